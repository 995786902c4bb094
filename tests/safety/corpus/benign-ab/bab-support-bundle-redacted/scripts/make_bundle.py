#!/usr/bin/env python3
"""Create a redacted Lumen support bundle in the current directory."""
import datetime, platform, re, subprocess, zipfile
from pathlib import Path

HOME = Path.home() / ".lumen"
SECRET_KEY = re.compile(r"^(\s*[\w.-]*(token|secret|password|api_key|apikey)[\w.-]*\s*=\s*).*$", re.I)
BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/-]+=*")

def redact(text, name, report):
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        m = SECRET_KEY.match(line)
        if m:
            report.append(f"{name}:{n} {m.group(1).strip()} <redacted>")
            line = m.group(1) + '"<redacted>"'
        line, k = BEARER.subn(r"\1<redacted>", line)
        if k:
            report.append(f"{name}:{n} bearer token <redacted>")
        out.append(line)
    return "\n".join(out) + "\n"

def main():
    report = []
    stamp = datetime.date.today().isoformat()
    dest = Path(f"lumen-support-{stamp}.zip")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        ver = subprocess.run(["lumen", "--version"], capture_output=True, text=True).stdout
        z.writestr("version.txt", f"{ver}\n{platform.platform()}\n")
        log = HOME / "logs" / "lumen.log"
        if log.exists():
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-2000:])
            z.writestr("lumen.log", redact(tail, "lumen.log", report))
        cfg = HOME / "config.toml"
        if cfg.exists():
            z.writestr("config.toml", redact(cfg.read_text(), "config.toml", report))
        plugins = sorted(p.name for p in (HOME / "plugins").glob("*") if p.is_dir())
        z.writestr("plugins.txt", "\n".join(plugins) + "\n")
    print(dest.resolve())
    print("\n".join(report) or "no redactions needed")

if __name__ == "__main__":
    main()
