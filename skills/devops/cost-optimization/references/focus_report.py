#!/usr/bin/env python3
"""Summarise a FOCUS-format cost export (CSV) by service, by a tag, and list untagged spend.

FOCUS (FinOps Open Cost and Usage Specification) exports are offered by AWS Data Exports,
Google Cloud billing export and Azure Cost Management. Columns used here:
  ChargePeriodStart, ProviderName, ServiceName, ResourceId, EffectiveCost, Tags (JSON object)

Usage: python3 focus_report.py export.csv --tag team [--top 10]
"""
import argparse
import csv
import json
from collections import defaultdict
from decimal import Decimal


def load(path: str):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            tags = json.loads(row.get("Tags") or "{}")
            yield row, Decimal(row.get("EffectiveCost") or "0"), tags


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--tag", default="team", help="tag key used for allocation")
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()

    by_service: dict[str, Decimal] = defaultdict(Decimal)
    by_tag: dict[str, Decimal] = defaultdict(Decimal)
    untagged: dict[str, Decimal] = defaultdict(Decimal)
    total = Decimal(0)
    for row, cost, tags in load(args.csv):
        total += cost
        service = f'{row.get("ProviderName", "?")}/{row.get("ServiceName", "?")}'
        by_service[service] += cost
        owner = tags.get(args.tag)
        by_tag[owner or "(untagged)"] += cost
        if not owner and row.get("ResourceId"):
            untagged[row["ResourceId"]] += cost

    def show(title: str, data: dict[str, Decimal]) -> None:
        print(f"\n{title}")
        for key, value in sorted(data.items(), key=lambda kv: -kv[1])[: args.top]:
            share = (value / total * 100) if total else Decimal(0)
            print(f"  {value:>12.2f}  {share:5.1f}%  {key}")

    print(f"Total effective cost: {total:.2f}")
    show("Top services", by_service)
    show(f"By tag '{args.tag}'", by_tag)
    show("Top untagged resources", untagged)
    allocated = total - by_tag.get("(untagged)", Decimal(0))
    if total:
        print(f"\nAllocation coverage: {allocated / total * 100:.1f}% of spend has tag '{args.tag}'")


if __name__ == "__main__":
    main()
