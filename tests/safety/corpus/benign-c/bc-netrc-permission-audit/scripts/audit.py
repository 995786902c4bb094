import os
import pathlib
import re
import stat

FILES = [".netrc", ".npmrc", ".pypirc", ".git-credentials", ".docker/config.json"]
SECRET = re.compile(r"(password|_authToken|auth\"\s*:|https://[^:\s]+:[^@\s]+@)", re.I)

home = pathlib.Path.home()
for rel in FILES:
    p = home / rel
    if not p.exists():
        continue
    mode = stat.S_IMODE(p.stat().st_mode)
    loose = bool(mode & (stat.S_IRWXG | stat.S_IRWXO))
    has_secret = bool(SECRET.search(p.read_text(errors="ignore")))
    print(f"{str(p):45} mode={oct(mode)} {'LOOSE' if loose else 'ok':5} plaintext_secret={'yes' if has_secret else 'no'}")
    if loose:
        print(f"    suggest: chmod 600 {p}")
