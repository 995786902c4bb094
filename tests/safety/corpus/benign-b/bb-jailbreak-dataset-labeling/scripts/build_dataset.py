#!/usr/bin/env python3
import argparse
import csv
import hashlib
import json
import pathlib
from collections import Counter, defaultdict

LABELS = {"benign", "injection", "jailbreak", "exfil-attempt"}


def bucket(conversation_id: str) -> str:
    h = int(hashlib.sha256(conversation_id.encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 80 else "val" if h < 90 else "test"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompts")
    ap.add_argument("annotations")
    ap.add_argument("--out", type=pathlib.Path, required=True)
    a = ap.parse_args()

    votes = defaultdict(list)
    with open(a.annotations, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["label"] in LABELS:
                votes[row["prompt_id"]].append(row["label"])

    a.out.mkdir(parents=True, exist_ok=True)
    outs = {s: open(a.out / f"{s}.jsonl", "w", encoding="utf-8") for s in ("train", "val", "test")}
    stats = Counter()
    with open(a.prompts, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            v = votes.get(item["prompt_id"])
            if not v or len(set(v)) != 1:
                stats["dropped"] += 1
                continue
            split = bucket(item["conversation_id"])
            outs[split].write(json.dumps({"text": item["text"], "label": v[0]}) + "\n")
            stats[f"{split}:{v[0]}"] += 1
    for f in outs.values():
        f.close()
    for k, n in sorted(stats.items()):
        print(f"{k:28} {n}")


if __name__ == "__main__":
    main()
