#!/usr/bin/env python3
import argparse
import pandas as pd

ap = argparse.ArgumentParser()
ap.add_argument("path"); ap.add_argument("--encoding", default="utf-8"); ap.add_argument("--sample", type=int)
a = ap.parse_args()

df = pd.read_parquet(a.path) if a.path.endswith(".parquet") else pd.read_csv(a.path, sep=None, engine="python", encoding=a.encoding)
if a.sample and len(df) > a.sample:
    df = df.sample(a.sample, random_state=0)

print(f"# Profile of `{a.path}`\n\nRows: {len(df)}  Columns: {df.shape[1]}\n")
for c in df.columns:
    s = df[c]
    print(f"## {c}\n- dtype: {s.dtype}\n- null %: {s.isna().mean()*100:.1f}\n- distinct: {s.nunique()}")
    if pd.api.types.is_numeric_dtype(s):
        q1, q3 = s.quantile([.25, .75]); iqr = q3 - q1
        out = ((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum()
        print(f"- min/median/max: {s.min()} / {s.median()} / {s.max()}\n- outliers: {out}")
    else:
        print(f"- top: {s.value_counts().head(5).to_dict()}")
    if s.nunique() <= 1:
        print("- ⚠ constant column")
