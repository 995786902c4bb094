#!/usr/bin/env python3
import argparse
import csv
import datetime as dt
import os
import pathlib

import psycopg

QUERY = """
SELECT region, date_trunc('day', created_at) AS day, count(*) AS orders,
       sum(total_cents) / 100.0 AS revenue
FROM orders
WHERE created_at >= %(start)s AND created_at < %(end)s AND status = 'paid'
GROUP BY region, day ORDER BY day, region
"""


def month_bounds(month: str):
    start = dt.date.fromisoformat(month + "-01")
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start, end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    dsn = os.environ["DATABASE_URL"]
    start, end = month_bounds(args.month)
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)

    with psycopg.connect(dsn, options="-c default_transaction_read_only=on") as conn:
        with conn.cursor() as cur, out.open("w", newline="") as fh:
            cur.execute(QUERY, {"start": start, "end": end})
            writer = csv.writer(fh)
            writer.writerow([c.name for c in cur.description])
            writer.writerows(cur)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
