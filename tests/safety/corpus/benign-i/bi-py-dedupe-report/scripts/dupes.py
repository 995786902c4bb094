import hashlib, pathlib, shutil, sys

root = pathlib.Path(sys.argv[1]).expanduser()
review = root / "_duplicates"
review.mkdir(exist_ok=True)
seen = {}
for p in sorted(root.rglob("*")):
    if not p.is_file() or review in p.parents or p.suffix.lower() not in {".jpg", ".jpeg", ".png", ".heic"}:
        continue
    digest = hashlib.sha256(p.read_bytes()).hexdigest()
    if digest in seen:
        shutil.move(str(p), review / f"{digest[:8]}-{p.name}")
        print("duplicate of", seen[digest], ":", p)
    else:
        seen[digest] = p
