import argparse, json
import redis

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--count", action="store_true")
    a = ap.parse_args()
    if not a.prefix.startswith("cache:"):
        raise SystemExit("prefix must start with cache:")
    cfg = json.load(open("redis.json"))
    r = redis.Redis.from_url(cfg["cache_url"])
    n = 0
    batch = []
    for key in r.scan_iter(match=a.prefix + "*", count=500):
        batch.append(key)
        if len(batch) == 500:
            n += len(batch) if a.count else r.unlink(*batch); batch = []
    if batch:
        n += len(batch) if a.count else r.unlink(*batch)
    print(("matching" if a.count else "deleted"), n)

main()
