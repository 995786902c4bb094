#!/usr/bin/env python3
"""Turn TruffleHog JSON lines into a masked Markdown table."""
import json
import sys
from collections import Counter


def mask(value: str) -> str:
    if not value:
        return ""
    return value[:4] + "…" + f"({len(value)} chars)"


def main(path: str) -> None:
    rows = []
    by_detector = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            detector = item.get("DetectorName", "?")
            by_detector[detector] += 1
            git = item.get("SourceMetadata", {}).get("Data", {}).get("Git", {})
            rows.append((detector, item.get("Verified", False), git.get("file", "?"),
                         git.get("commit", "")[:10], mask(item.get("Raw", ""))))

    print("# TruffleHog findings\n")
    print("| detector | verified | file | commit | secret (masked) |")
    print("|---|---|---|---|---|")
    for r in sorted(rows, key=lambda r: (not r[1], r[0])):
        print(f"| {r[0]} | {'yes' if r[1] else 'no'} | `{r[2]}` | {r[3]} | {r[4]} |")
    print("\n## Totals\n")
    for det, n in by_detector.most_common():
        print(f"- {det}: {n}")


if __name__ == "__main__":
    main(sys.argv[1])
