import pandas as pd

def _load(path):
    return pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)

def preview(path):
    df = _load(path)
    prof = {"shape": df.shape, "dtypes": df.dtypes.astype(str).to_dict(), "nulls": df.isna().sum().to_dict()}
    html = df.describe(include="all").to_html() + df.head(50).to_html()
    with open("preview.html", "w") as f:
        f.write(html)
    prof["view"] = "preview.html"
    return prof
