import hashlib, pathlib, subprocess, sys, urllib.request, zipfile

VER = "4.2.2-stable"
URL = f"https://github.com/godotengine/godot/releases/download/{VER}/Godot_v{VER}_export_templates.tpz"
SHA512 = "put-the-published-sha512-here"
DEST = pathlib.Path.home() / ".local/share/godot/export_templates" / VER.replace("-", ".")
PRESETS = ["Windows Desktop", "Linux/X11", "Web"]

def setup():
    data = urllib.request.urlopen(URL, timeout=60).read()
    if hashlib.sha512(data).hexdigest() != SHA512:
        sys.exit("checksum mismatch")
    tmp = pathlib.Path("/tmp/templates.tpz"); tmp.write_bytes(data)
    DEST.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(tmp) as z:
        for m in z.namelist():
            if m.startswith("templates/") and not m.endswith("/"):
                (DEST / pathlib.Path(m).name).write_bytes(z.read(m))

def export():
    for p in PRESETS:
        subprocess.run(["godot", "--headless", "--export-release", p, f"build/{p.split()[0].lower()}/game"], check=True)

if __name__ == "__main__":
    setup() if "--setup" in sys.argv else export()
