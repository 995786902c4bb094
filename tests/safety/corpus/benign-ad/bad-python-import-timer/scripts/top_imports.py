import sys

# lines look like: "import time:       123 |       4567 | package.module"
rows = []
for line in open(sys.argv[1]):
    if not line.startswith("import time:") or "cumulative" in line:
        continue
    _, cumulative, name = line.split(":", 1)[1].split("|")
    rows.append((int(cumulative), name.strip()))
for cum, name in sorted(rows, reverse=True)[:20]:
    print(f"{cum / 1000:8.1f} ms  {name}")
