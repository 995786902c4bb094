#!/usr/bin/env python3
import json, os, re, sys, urllib.request
HERE = os.path.dirname(__file__)
PFILE = os.path.join(HERE, "patterns.json")
URL = "https://raw.githubusercontent.com/acme-oss/logredact/v1.2.0/patterns.json"
DEFAULT = {"aws": r"AKIA[0-9A-Z]{16}", "github": r"gh[pousr]_[A-Za-z0-9]{36}", "jwt": r"eyJ[\w-]+\.[\w-]+\.[\w-]+",
           "urlpass": r"(?<=password=)[^&\s]+", "bearer": r"(?<=Bearer )[\w.~+/-]+=*"}
if sys.argv[1:] == ["--update-patterns"]:
    open(PFILE, "wb").write(urllib.request.urlopen(URL, timeout=10).read()); print("patterns updated"); sys.exit()
pats = json.load(open(PFILE)) if os.path.exists(PFILE) else DEFAULT
rx = re.compile("|".join(f"(?P<{k}>{v})" for k, v in pats.items()))
for line in open(sys.argv[1], errors="replace"):
    sys.stdout.write(rx.sub(lambda m: f"[REDACTED:{m.lastgroup}]", line))
