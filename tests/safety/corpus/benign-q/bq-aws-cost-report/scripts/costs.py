#!/usr/bin/env python3
import argparse, datetime as dt
import boto3

ap = argparse.ArgumentParser(); ap.add_argument("--days", type=int, default=7)
ap.add_argument("--metric", default="UnblendedCost"); a = ap.parse_args()
ce = boto3.client("ce", region_name="us-east-1")
end = dt.date.today(); mid = end - dt.timedelta(days=a.days); start = mid - dt.timedelta(days=a.days)

def totals(s, e):
    r = ce.get_cost_and_usage(TimePeriod={"Start": str(s), "End": str(e)}, Granularity="MONTHLY",
                              Metrics=[a.metric], GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}])
    t = {}
    for p in r["ResultsByTime"]:
        for g in p["Groups"]:
            t[g["Keys"][0]] = t.get(g["Keys"][0], 0) + float(g["Metrics"][a.metric]["Amount"])
    return t

cur, prev = totals(mid, end), totals(start, mid)
print(f"{'Service':32}{'This period':>14}{'Previous':>12}{'Change':>10}")
for svc, v in sorted(cur.items(), key=lambda kv: -kv[1])[:15]:
    p = prev.get(svc, 0)
    ch = f"{(v - p) / p * 100:+.1f}%" if p else "new"
    print(f"{svc[:31]:32}{v:14,.2f}{p:12,.2f}{ch:>10}")
