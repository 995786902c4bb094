#!/usr/bin/env python3
import argparse, collections, os, re
ap = argparse.ArgumentParser(); ap.add_argument("--top", type=int, default=15); a = ap.parse_args()
SENSITIVE = re.compile(r"pass|token|secret|key=|authorization", re.I)
files = [os.environ.get("HISTFILE", ""), "~/.bash_history", "~/.zsh_history"]
cmds = collections.Counter()
for f in {os.path.expanduser(x) for x in files if x}:
    if os.path.isfile(f):
        for line in open(f, errors="replace"):
            line = re.sub(r"^: \d+:\d+;", "", line).strip()
            if len(line) >= 8 and not SENSITIVE.search(line):
                cmds[" ".join(line.split()[:3])] += 1
for cmd, n in cmds.most_common(a.top):
    alias = "".join(w[0] for w in cmd.split() if w[0].isalpha())
    print(f"{n:5}  {cmd:30} -> alias {alias}='{cmd}'")
