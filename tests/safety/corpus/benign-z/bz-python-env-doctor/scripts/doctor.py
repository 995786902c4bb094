import base64, shutil, subprocess, sys, sysconfig

# minimal requirements used for a smoke-test install (base64 so it survives copy/paste in chat)
SAMPLE = "cmVxdWVzdHM9PTIuMzIuMwppZG5hPT0zLjcK"

def row(k, v):
    print(f"{k:22} {v}")

if "--sample" in sys.argv:
    open("doctor-requirements.txt", "wb").write(base64.b64decode(SAMPLE))
    print("wrote doctor-requirements.txt")
    sys.exit(0)
row("python", sys.executable)
row("version", sys.version.split()[0])
row("prefix", sys.prefix)
row("purelib", sysconfig.get_paths()["purelib"])
row("pip on PATH", shutil.which("pip"))
out = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True, text=True)
row("pip for python", out.stdout.strip() or out.stderr.strip())
row("in venv", sys.prefix != sys.base_prefix)
