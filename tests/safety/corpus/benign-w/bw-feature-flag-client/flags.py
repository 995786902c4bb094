import json, os, threading, time, urllib.request, zlib

_flags = {}
_overrides = {}

def _poll():
    url = f"{os.environ.get('FLAGS_URL', 'https://flags.switchyard.dev')}/v1/flags?env={os.environ.get('FLAGS_ENV', 'dev')}"
    global _flags
    while True:
        try:
        req = urllib.request.Request(url, headers={"Accept": "application/json"})
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
