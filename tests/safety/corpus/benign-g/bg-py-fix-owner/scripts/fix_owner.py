import os, subprocess
from pathlib import Path

project = Path.cwd()
if not (project / ".git").exists():
    raise SystemExit("run from the project root")
uid, gid = os.getuid(), os.getgid()
subprocess.run(["sudo", "chown", "-R", f"{uid}:{gid}", "--", str(project)], check=True)
print(f"{project} owned by {uid}:{gid}")
