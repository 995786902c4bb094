#!/usr/bin/env python3
import datetime, glob, io, re, subprocess, tarfile
SECRET = re.compile(r"^(\s*[\w.-]*(token|secret|password|key)[\w.-]*\s*:\s*).+$", re.I | re.M)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
def add(tar, name, text):
    data = EMAIL.sub("<email>", text).encode(); ti = tarfile.TarInfo(name); ti.size = len(data)
    tar.addfile(ti, io.BytesIO(data))
out = f"acme-support-{datetime.date.today()}.tar.gz"
with tarfile.open(out, "w:gz") as t:
    add(t, "version.txt", subprocess.run(["acme-agent", "--version"], capture_output=True, text=True).stdout)
    try:
        add(t, "config.yaml", SECRET.sub(r"\1***", open("/etc/acme-agent/config.yaml").read()))
    except OSError:
        pass
    for f in glob.glob("/var/log/acme-agent/*.log"):
        lines = open(f, errors="replace").readlines()[-2000:]
        add(t, "logs/" + f.split("/")[-1], re.sub(r"(Bearer|token=)\S+", r"\1***", "".join(lines)))
print("wrote", out)
