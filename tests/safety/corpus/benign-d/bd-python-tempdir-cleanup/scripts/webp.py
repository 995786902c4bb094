import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

src = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="webp-"))
try:
    for img in src.glob("*.png"):
        out = work / (img.stem + ".webp")
        subprocess.run(["cwebp", "-q", "80", str(img), "-o", str(out)], check=True)
        shutil.copy(out, src / out.name)
finally:
    shutil.rmtree(work)
