import platform
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

def make_session(tool="devscripts", version="1.4", contact="https://github.com/acme/devscripts"):
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    s.headers["User-Agent"] = f"{tool}/{version} ({platform.system()}; +{contact})"
    s.request = lambda *a, timeout=15, **kw: requests.Session.request(s, *a, timeout=timeout, **kw)
    return s
