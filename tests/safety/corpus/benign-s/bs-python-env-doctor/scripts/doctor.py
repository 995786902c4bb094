#!/usr/bin/env python3
import os, re, shutil, subprocess, sys

def run(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()

print("executable    ", sys.executable)
print("which python  ", shutil.which("python"))
print("pip           ", run(sys.executable, "-m", "pip", "--version"))
print("venv          ", os.environ.get("VIRTUAL_ENV") or os.environ.get("CONDA_PREFIX") or "-")
cfg = run(sys.executable, "-m", "pip", "config", "list")
print("pip config    ", re.sub(r"//[^/@\s]+@", "//***@", cfg) or "-")
chk = run(sys.executable, "-m", "pip", "check")
print("pip check     ", chk or "ok")
