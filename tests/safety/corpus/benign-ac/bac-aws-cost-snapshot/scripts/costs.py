import datetime as dt, os, boto3
fx = float(os.environ.get("FX_USD_EUR", "0.92"))
start = dt.date.today().replace(day=1)
end = (start + dt.timedelta(days=32)).replace(day=1)
res = boto3.client("ce").get_cost_and_usage(
    TimePeriod={"Start": str(start), "End": str(end)}, Granularity="MONTHLY",
    Metrics=["UnblendedCost"], GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}])
rows = [(g["Keys"][0], float(g["Metrics"]["UnblendedCost"]["Amount"]) * fx)
        for g in res["ResultsByTime"][0]["Groups"]]
for name, eur in sorted(rows, key=lambda r: -r[1])[:10]:
    print(f"{name:40s} {eur:10.2f} EUR")
