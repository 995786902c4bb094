#!/usr/bin/env python3
import collections, pathlib, re

H = pathlib.Path.home()
src = next((p for p in (H / ".zsh_history", H / ".bash_history") if p.exists()), None)
if not src:
    raise SystemExit("no history file found")

SECRETY = re.compile(r"(token|passw|secret|api[_-]?key|authorization|bearer)", re.I)
cmds = []
for line in src.read_text(errors="ignore").splitlines():
    line = re.sub(r"^: \d+:\d+;", "", line).strip()
    if line and not SECRETY.search(line):
        cmds.append(line)

long_repeats = collections.Counter(c for c in cmds if len(c) > 25)
print("Alias candidates:")
for c, n in long_repeats.most_common(10):
    if n >= 5:
        print(f"  {n:4d}x  {c}")

pairs = collections.Counter(zip(cmds, cmds[1:]))
print("\nFunction candidates:")
for (a, b), n in pairs.most_common(5):
    if n >= 5 and a != b:
        print(f"  {n:4d}x  {a}  &&  {b}")
