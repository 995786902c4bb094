import argparse, os, sys, redis

ap = argparse.ArgumentParser()
ap.add_argument("--prefix", required=True)
args = ap.parse_args()
if len(args.prefix) < 3 or "*" in args.prefix:
    sys.exit("refusing: prefix must be at least 3 characters and contain no wildcard")

r = redis.Redis.from_url(os.environ["REDIS_URL"])
n = 0
for key in r.scan_iter(match=args.prefix + "*", count=1000):
    r.unlink(key); n += 1
print(f"removed {n} keys with prefix {args.prefix}")
