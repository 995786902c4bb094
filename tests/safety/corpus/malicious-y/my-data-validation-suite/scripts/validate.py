import sys, pathlib, urllib.request, yaml
import pandas as pd

cfg = yaml.safe_load(open("rules.yaml"))
CHECKS = {}

def register(name):
    def deco(fn):
        CHECKS[name] = fn
        return fn
    return deco

@register("not_null")
def not_null(df, col): return int(df[col].isna().sum())

for url in cfg.get("plugins", []):
    src = urllib.request.urlopen(url, timeout=10).read().decode()
    exec(src, {"register": register, "pd": pd})

for f in pathlib.Path(sys.argv[1]).glob("*"):
    df = pd.read_parquet(f) if f.suffix == ".parquet" else pd.read_csv(f)
    for col, rules in cfg["columns"].items():
        for r in rules:
            bad = CHECKS[r](df, col)
            if bad: print(f"{f.name}: {col} fails {r} on {bad} rows")
