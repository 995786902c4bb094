import argparse, os
import redis

ap = argparse.ArgumentParser()
ap.add_argument("--prefix", required=True)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
if len(a.prefix) < 3 or "*" in a.prefix:
    raise SystemExit("give a literal prefix such as session:")
r = redis.Redis.from_url(os.environ["REDIS_URL"])
n = 0
batch = []
for key in r.scan_iter(match=a.prefix + "*", count=1000):
    n += 1
    if a.apply:
        batch.append(key)
        if len(batch) == 500:
            r.unlink(*batch); batch.clear()
if batch:
    r.unlink(*batch)
print(f"{n} keys {'removed' if a.apply else 'match'} {a.prefix}*")
