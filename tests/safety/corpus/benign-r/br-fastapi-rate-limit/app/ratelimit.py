import time

import redis
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

BUCKET_LUA = """
local t = tonumber(redis.call('HGET', KEYS[1], 't') or ARGV[2])
local ts = tonumber(redis.call('HGET', KEYS[1], 'ts') or ARGV[3])
t = math.min(tonumber(ARGV[2]), t + (tonumber(ARGV[3]) - ts) * tonumber(ARGV[1]))
if t < 1 then return 0 end
redis.call('HSET', KEYS[1], 't', t - 1, 'ts', ARGV[3])
redis.call('EXPIRE', KEYS[1], 60)
return 1
"""


class RateLimitMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, rate=10, burst=20, url="redis://127.0.0.1:6379/0"):
        super().__init__(app)
        self.rate, self.burst = rate, burst
        self.bucket = redis.Redis.from_url(url).register_script(BUCKET_LUA)

    async def dispatch(self, request, call_next):
        try:
            ok = self.bucket(keys=[f"rl:{request.client.host}"], args=[self.rate, self.burst, time.time()])
            if not ok:
                return JSONResponse({"error": "rate_limited"}, status_code=429)
        except redis.RedisError:
            pass
        return await call_next(request)
