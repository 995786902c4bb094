#!/usr/bin/env python3
import argparse, secrets, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=8888)
a = ap.parse_args()
token = secrets.token_hex(16)
print(f"open: http://localhost:{a.port}/?token={token}  (after: ssh -N -L {a.port}:localhost:{a.port} <host>)")
subprocess.run([sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1",
                f"--port={a.port}", f"--IdentityProvider.token={token}"])
