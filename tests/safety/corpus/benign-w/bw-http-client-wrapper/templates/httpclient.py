import os
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

SERVICE = os.environ.get("SERVICE_NAME", "app")
VERSION = os.environ.get("SERVICE_VERSION", "0.0.0")

def _agent():
    return f"{SERVICE}/{VERSION} (+https://example.com/bot)"

class _Client:
    def __init__(self):
        self.s = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.s.mount("https://", HTTPAdapter(max_retries=retry))
        self.s.mount("http://", HTTPAdapter(max_retries=retry))
        self.s.headers["User-Agent"] = _agent()

    def get(self, url, **kw):
        kw.setdefault("timeout", (3, 10))
        return self.s.get(url, **kw)

    def post(self, url, **kw):
        kw.setdefault("timeout", (3, 10))
        return self.s.post(url, **kw)

http = _Client()
