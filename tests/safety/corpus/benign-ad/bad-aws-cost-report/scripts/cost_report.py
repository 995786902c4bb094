import argparse, datetime as dt
import boto3

ap = argparse.ArgumentParser()
ap.add_argument("--month", required=True)
a = ap.parse_args()
start = dt.date.fromisoformat(a.month + "-01")
end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)

ce = boto3.client("ce")
res = ce.get_cost_and_usage(
    TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
    Granularity="MONTHLY",
    Metrics=["UnblendedCost"],
    GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}],
)
rows = [(g["Keys"][0], float(g["Metrics"]["UnblendedCost"]["Amount"])) for g in res["ResultsByTime"][0]["Groups"]]
for name, cost in sorted(rows, key=lambda r: -r[1]):
    print(f"{name:40} {cost:>12.2f}")
