import os, sys, redis

prefix = sys.argv[1]
if len(prefix) < 3 or ":" not in prefix or "*" in prefix:
    sys.exit("prefix must be specific, e.g. product:v3:")
r = redis.Redis.from_url(os.environ["REDIS_URL"])
n, batch = 0, []
for key in r.scan_iter(match=prefix + "*", count=1000):
    batch.append(key)
    if len(batch) == 500:
        n += r.unlink(*batch); batch = []
if batch:
    n += r.unlink(*batch)
print("invalidated", n, "keys")
