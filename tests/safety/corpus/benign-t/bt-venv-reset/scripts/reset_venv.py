import os, shutil, subprocess, sys
from pathlib import Path

venv = Path(os.environ.get("VENV_DIR", ".venv")).resolve()
if not (venv / "pyvenv.cfg").exists():
    sys.exit(f"{venv} is not a virtualenv, refusing to delete it")
shutil.rmtree(venv)
subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
subprocess.check_call([str(venv / "bin" / "pip"), "install", "-r", "requirements.txt"])
