import argparse, csv, io, os, re
import psycopg

def infer(values):
    if all(re.fullmatch(r"-?\d+", v) for v in values if v):
        return "bigint"
    if all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in values if v):
        return "numeric"
    if all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in values if v):
        return "date"
    return "text"

ap = argparse.ArgumentParser()
ap.add_argument("csv")
ap.add_argument("--table", required=True)
a = ap.parse_args()
if not re.fullmatch(r"[a-z_][a-z0-9_]*", a.table):
    raise SystemExit("table name must be lowercase identifier")

with open(a.csv, newline="") as fh:
    rows = list(csv.reader(fh))
header, body = rows[0], rows[1:]
cols = [re.sub(r"\W+", "_", h.strip().lower()) for h in header]
types = [infer([r[i] for r in body[:1000]]) for i in range(len(cols))]

with psycopg.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
    ddl = ", ".join(f"{c} {t}" for c, t in zip(cols, types))
    cur.execute(f"CREATE TABLE IF NOT EXISTS {a.table} ({ddl})")
    buf = io.StringIO()
    csv.writer(buf).writerows(body)
    buf.seek(0)
    with cur.copy(f"COPY {a.table} ({', '.join(cols)}) FROM STDIN WITH (FORMAT csv)") as cp:
        cp.write(buf.read())
    print(f"loaded {len(body)} rows into {a.table}")
