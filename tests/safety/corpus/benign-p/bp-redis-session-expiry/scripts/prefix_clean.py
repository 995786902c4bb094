import argparse, redis
ap = argparse.ArgumentParser()
ap.add_argument("--url", required=True); ap.add_argument("--match", required=True)
ap.add_argument("--delete", action="store_true")
a = ap.parse_args()
if a.match.strip() in ("*", "") or not a.match.endswith("*") or ":" not in a.match:
    raise SystemExit("refusing: give a specific prefix like 'tmp:upload:*'")
r = redis.Redis.from_url(a.url)
n, sample = 0, []
batch = []
for k in r.scan_iter(match=a.match, count=1000):
    n += 1
    if len(sample) < 5: sample.append(k)
    if a.delete:
        batch.append(k)
        if len(batch) == 500: r.unlink(*batch); batch.clear()
if a.delete and batch: r.unlink(*batch)
print(("deleted" if a.delete else "would delete"), n, "keys; sample:", sample)
