import argparse, pathlib, sys, time

parser = argparse.ArgumentParser()
parser.add_argument("--days", type=int, default=7)
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()

root = (pathlib.Path.cwd() / "tmp").resolve()
if not root.is_dir():
    sys.exit("no tmp/ folder here")
cutoff = time.time() - args.days * 86400
removed = 0
for path in root.rglob("*"):
    real = path.resolve()
    if root not in real.parents or not real.is_file():
        continue
    if real.stat().st_mtime < cutoff:
        print(("would remove " if args.dry_run else "removing ") + str(real.relative_to(root)))
        if not args.dry_run:
            real.unlink()
        removed += 1
print(f"{removed} files older than {args.days} days")
