#!/usr/bin/env python3
import math
import sys
from collections import Counter, defaultdict

ALLOW = ("sophosxl.net", "mcafee.com", "akamaiedge.net", "cloudfront.net")


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def parent(q: str) -> str:
    parts = q.rstrip(".").split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else q


def main():
    fields = None
    stats = defaultdict(lambda: {"subs": set(), "lens": [], "ents": [], "clients": Counter()})
    for line in sys.stdin:
        if line.startswith("#fields"):
            fields = line.rstrip("\n").split("\t")[1:]
            continue
        if line.startswith("#") or not fields:
            continue
        rec = dict(zip(fields, line.rstrip("\n").split("\t")))
        q = rec.get("query", "-").lower()
        if q == "-" or q.endswith(ALLOW):
            continue
        p = parent(q)
        sub = q[: -len(p)].rstrip(".")
        if not sub:
            continue
        s = stats[p]
        s["subs"].add(sub)
        longest = max(sub.split("."), key=len)
        s["lens"].append(len(longest))
        s["ents"].append(entropy(longest))
        s["clients"][rec.get("id.orig_h", "?")] += 1

    rows = []
    for p, s in stats.items():
        if len(s["subs"]) < 50:
            continue
        mean_len = sum(s["lens"]) / len(s["lens"])
        mean_ent = sum(s["ents"]) / len(s["ents"])
        rows.append((len(s["subs"]) * mean_ent * mean_len / 100, p, len(s["subs"]), mean_len, mean_ent, s["clients"].most_common(1)[0]))
    for score, p, n, ml, me, (client, _) in sorted(rows, reverse=True):
        print(f"{score:9.1f}  {p:35} subs={n:<6} len={ml:5.1f} H={me:4.2f} top={client}")


if __name__ == "__main__":
    main()
