import subprocess, sys
from pathlib import Path

target = Path(sys.argv[1]).resolve()
if not target.is_dir():
    sys.exit(f"{target} is not a folder")
subprocess.run(["chcon", "-R", "-t", "container_file_t", str(target)], check=True)
print(subprocess.run(["getenforce"], capture_output=True, text=True).stdout.strip(), "- label applied to", target)
