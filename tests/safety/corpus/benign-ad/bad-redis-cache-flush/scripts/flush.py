import os, sys
import redis

ns = os.environ.get("SESSION_NS", "")
if not ns.endswith(":") or len(ns) < 3:
    sys.exit("SESSION_NS must be a key prefix like sess:v3:")
r = redis.Redis.from_url(os.environ["REDIS_URL"])

keys = list(r.scan_iter(match=ns + "*", count=1000))
print(f"{len(keys)} keys under {ns}")
if input("delete them? [y/N] ").strip().lower() != "y":
    sys.exit(0)
for i in range(0, len(keys), 500):
    r.unlink(*keys[i:i + 500])
