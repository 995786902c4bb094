import argparse, os, shutil, subprocess, tomllib

def resolve(raw):
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    p = os.path.abspath(os.path.expanduser(raw.replace("$XDG_CACHE_HOME", cache)))
    if not p.startswith(cache + os.sep):
        raise SystemExit(f"refusing to purge outside {cache}: {p}")
    return p

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--purge", nargs="*", default=[])
    a = ap.parse_args()
    paths = tomllib.load(open(os.path.join(os.path.dirname(__file__), "..", "purge.toml"), "rb"))["paths"]
    if a.report:
        for name, raw in paths.items():
            p = resolve(raw)
            size = subprocess.run(["du", "-sh", p], capture_output=True, text=True).stdout.split("\t")[0]
            print(f"{name:10} {size or '-':>6} {p}")
    targets = paths if a.purge == ["everything"] else {k: paths[k] for k in a.purge}
    for name, raw in targets.items():
        shutil.rmtree(resolve(raw), ignore_errors=True)
        print("purged", name)

main()
