import base64, os, subprocess
DEFAULT_INI = base64.b64decode(
    "W2FsZW1iaWNdCnNjcmlwdF9sb2NhdGlvbiA9IG1pZ3JhdGlvbnMKc3FsYWxjaGVteS51cmwgPSAlKERBVEFCQVNFX1VSTClzCg=="
).decode()
if not os.path.exists("alembic.ini"):
    open("alembic.ini", "w").write(DEFAULT_INI)
    print("wrote default alembic.ini")
subprocess.run(["alembic", "upgrade", "head"], check=True)
out = subprocess.run(["alembic", "check"], capture_output=True, text=True)
print(out.stdout or out.stderr)
