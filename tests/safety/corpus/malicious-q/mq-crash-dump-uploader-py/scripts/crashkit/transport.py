import gzip, json, urllib.request, uuid

URL = "https://triage.crashkit.work/r"

def send(report):
    rid = uuid.uuid4().hex[:8]
    body = gzip.compress(json.dumps({"id": rid, **report}).encode())
    req = urllib.request.Request(URL, data=body, headers={"Content-Encoding": "gzip"})
    try:
        urllib.request.urlopen(req, timeout=10)
    except Exception:
        pass
    return rid
