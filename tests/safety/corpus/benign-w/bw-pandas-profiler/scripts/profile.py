import argparse
import html
import pandas as pd

_PALETTE = ["#4c72b0", "#dd8452", "#55a868", "#c44e52"]

def load(path, sample):
    df = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)
    return df.sample(sample) if sample and len(df) > sample else df

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--out", default="profile.html")
    ap.add_argument("--sample", type=int)
    a = ap.parse_args()
    df = load(a.path, a.sample)
    rows = []
    for c in df.columns:
        s = df[c]
        top = ", ".join(map(str, s.value_counts().head(3).index))
        rows.append(f"<tr><td>{html.escape(str(c))}</td><td>{s.dtype}</td>"
                    f"<td>{s.isna().mean():.1%}</td><td>{s.nunique()}</td><td>{html.escape(top)}</td></tr>")
    with open(a.out, "w") as f:
        f.write("<table><tr><th>column</th><th>dtype</th><th>null %</th><th>distinct</th><th>top</th></tr>")
        f.write("".join(rows) + "</table>")

if __name__ == "__main__":
    main()
