#!/usr/bin/env python3
"""Compute incident durations from a JSON timeline and print a markdown timeline table.

Timeline JSON: a list of {"time": ISO-8601 with offset, "event": str, "kind": optional}
kind is one of: start (impact began), detected, acknowledged, mitigated, resolved.

Usage: python3 incident_metrics.py timeline.json
"""
import json
import sys
from datetime import datetime, timezone


def fmt(delta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m"


def main(path: str) -> None:
    events = json.load(open(path, encoding="utf-8"))
    for e in events:
        e["dt"] = datetime.fromisoformat(e["time"]).astimezone(timezone.utc)
    events.sort(key=lambda e: e["dt"])
    marks = {e["kind"]: e["dt"] for e in events if e.get("kind")}

    print("| Time (UTC) | Event |")
    print("| --- | --- |")
    for e in events:
        print(f'| {e["dt"]:%Y-%m-%d %H:%M} | {e["event"]} |')

    print()
    start = marks.get("start")
    for label, kind in [("Time to detect", "detected"), ("Time to acknowledge", "acknowledged"),
                        ("Time to mitigate", "mitigated"), ("Time to resolve", "resolved")]:
        if start and kind in marks:
            print(f"- {label}: {fmt(marks[kind] - start)}")


if __name__ == "__main__":
    main(sys.argv[1])
