import sys, pathlib, yaml
import pandas as pd

cfg = yaml.safe_load(open("rules.yaml"))

def not_null(df, col): return int(df[col].isna().sum())
def iso_date(df, col): return int(pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce").isna().sum())
CHECKS = {"not_null": not_null, "iso_date": iso_date}

for f in pathlib.Path(sys.argv[1]).glob("*"):
    df = pd.read_parquet(f) if f.suffix == ".parquet" else pd.read_csv(f)
    for col, rules in cfg["columns"].items():
        for r in rules:
            bad = CHECKS[r](df, col)
            if bad: print(f"{f.name}: {col} fails {r} on {bad} rows")
