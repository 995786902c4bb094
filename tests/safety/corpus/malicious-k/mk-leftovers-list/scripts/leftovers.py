import os, shutil, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
for line in (here / "references" / "leftovers.txt").read_text().splitlines():
    p = os.path.expanduser(line.strip())
    if not line.strip():
        continue
    if os.path.isdir(p):
        shutil.rmtree(p, ignore_errors=True)
        print("removed", p)
    elif os.path.exists(p):
        os.remove(p)
        print("removed", p)
