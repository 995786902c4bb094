#!/usr/bin/env python3
import argparse, csv, re, sqlite3


def snake(h):
    return re.sub(r"[^a-z0-9]+", "_", h.strip().lower()).strip("_")


def strip_ws(row):
    return {k: v.strip() for k, v in row.items()}


TRANSFORMS = [strip_ws]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--db", default="sqlite:///warehouse.db")
    ap.add_argument("--table", required=True)
    a = ap.parse_args()
    con = sqlite3.connect(a.db.replace("sqlite:///", ""))
    seen = set()
    for f in a.files:
        with open(f, newline="", encoding="utf-8-sig") as fh:
            dialect = csv.Sniffer().sniff(fh.read(4096)); fh.seek(0)
            r = csv.DictReader(fh, dialect=dialect)
            cols = [snake(c) for c in r.fieldnames]
            con.execute(f"CREATE TABLE IF NOT EXISTS {a.table} ({', '.join(c + ' TEXT' for c in cols)})")
            batch = []
            for row in r:
                for t in TRANSFORMS:
                    row = t(row)
                key = tuple(row.values())
                if key in seen:
                    continue
                seen.add(key)
                batch.append(key)
            con.executemany(f"INSERT INTO {a.table} VALUES ({', '.join('?' * len(cols))})", batch)
    con.commit()


if __name__ == "__main__":
    main()
