import json, pathlib, sys

def strip(path):
    nb = json.loads(path.read_text())
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")

for p in pathlib.Path(sys.argv[1]).rglob("*.ipynb"):
    strip(p)
    print("stripped", p)
