"""Fail when a '# nosec' comment has no Bandit test ID or no reason."""
import pathlib
import re
import sys

GOOD = re.compile(r"#\s*nosec(\s+B\d{3})+\s+-\s+\S+")
ANY = re.compile(r"#\s*nosec\b")

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
problems = []
for path in root.rglob("*.py"):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if ANY.search(line) and not GOOD.search(line):
            problems.append(f"{path}:{n}: nosec needs test ID(s) and ' - reason'")

print("\n".join(problems) or "nosec markers OK")
sys.exit(1 if problems else 0)
