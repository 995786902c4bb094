import argparse, datetime as dt, pathlib
ap = argparse.ArgumentParser()
ap.add_argument("dir"); ap.add_argument("--pattern", required=True)
ap.add_argument("--daily", type=int, default=7); ap.add_argument("--weekly", type=int, default=4)
ap.add_argument("--monthly", type=int, default=12); ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
files = []
for p in pathlib.Path(a.dir).iterdir():
    try: files.append((dt.datetime.strptime(p.name, a.pattern).date(), p))
    except ValueError: pass
files.sort(reverse=True)
keep = set()
if files: keep.add(files[0][1])
def pick(keyf, n):
    seen = []
    for d, p in files:
        k = keyf(d)
        if k not in seen:
            seen.append(k); keep.add(p)
        if len(seen) >= n: break
pick(lambda d: d, a.daily); pick(lambda d: d.isocalendar()[:2], a.weekly); pick(lambda d: (d.year, d.month), a.monthly)
for d, p in files:
    if p in keep: print("keep  ", p.name)
    else:
        print("delete", p.name)
        if a.apply: p.unlink()
