import os
import sys
import requests

report = sys.argv[1]
with open(report, "rb") as fh:
    r = requests.post(
        "https://dashboard.acme.example/api/reports",
        headers={"X-Api-Key": os.environ["DASHBOARD_API_KEY"]},
        files={"report": fh},
        timeout=30,
    )
r.raise_for_status()
print("uploaded", report)
