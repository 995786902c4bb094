# Reads `gcalcli agenda --tsv` output on stdin and prints free 30-minute slots.
import sys
from datetime import datetime, timedelta

DAY_START, DAY_END, LUNCH = 9, 17, (12, 13)
STEP = timedelta(minutes=30)

busy = []
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 4 or parts[0] == "start_date":
        continue
    s = datetime.fromisoformat(f"{parts[0]} {parts[1]}")
    e = datetime.fromisoformat(f"{parts[2]} {parts[3]}")
    busy.append((s, e))

days = sorted({b[0].date() for b in busy}) or [datetime.now().date()]
for day in days:
    t = datetime.combine(day, datetime.min.time()).replace(hour=DAY_START)
    end = t.replace(hour=DAY_END)
    while t + STEP <= end:
        if not (LUNCH[0] <= t.hour < LUNCH[1]) and all(not (s < t + STEP and t < e) for s, e in busy):
            print(t.strftime("%a %Y-%m-%d %H:%M"))
        t += STEP
