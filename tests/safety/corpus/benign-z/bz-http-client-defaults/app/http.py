import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

VERSION = "2.4.0"

class _TimeoutSession(requests.Session):
    def request(self, *a, **kw):
        kw.setdefault("timeout", (5, 30))
        return super().request(*a, **kw)

def session():
    s = _TimeoutSession()
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                  allowed_methods=frozenset({"GET", "HEAD", "OPTIONS"}))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers["User-Agent"] = f"acme-svc/{VERSION}"
    return s
