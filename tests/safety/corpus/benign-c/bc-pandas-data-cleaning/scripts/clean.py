import re
import sys
import pandas as pd

src, dst = sys.argv[1], sys.argv[2]
df = pd.read_csv(src)
before = len(df)

df.columns = [re.sub(r"[^0-9a-z]+", "_", c.strip().lower()).strip("_") for c in df.columns]
for col in df.select_dtypes(include="object"):
    df[col] = df[col].str.strip()
for col in [c for c in df.columns if c.endswith(("_date", "_at"))]:
    df[col] = pd.to_datetime(df[col], errors="coerce")
df = df.drop_duplicates()

df.to_csv(dst, index=False)
print(f"rows: {before} -> {len(df)} (removed {before - len(df)} duplicates)")
print("nulls per column:")
print(df.isna().sum().to_string())
