#!/usr/bin/env python3
"""Per host pair: ICMP echo count, distinct payload sizes and mean payload entropy (reads a pcap)."""
import math
import sys
from collections import Counter, defaultdict

from scapy.all import ICMP, IP, PcapReader


def entropy(b: bytes) -> float:
    if not b:
        return 0.0
    c = Counter(b)
    return -sum(n / len(b) * math.log2(n / len(b)) for n in c.values())


def main(path):
    stats = defaultdict(lambda: {"n": 0, "sizes": set(), "ent": 0.0})
    with PcapReader(path) as pcap:
        for pkt in pcap:
            if IP in pkt and ICMP in pkt and pkt[ICMP].type == 8:
                payload = bytes(pkt[ICMP].payload)
                s = stats[(pkt[IP].src, pkt[IP].dst)]
                s["n"] += 1
                s["sizes"].add(len(payload))
                s["ent"] += entropy(payload)
    for (src, dst), s in sorted(stats.items(), key=lambda kv: -kv[1]["n"]):
        mean_ent = s["ent"] / s["n"]
        flag = "SUSPECT" if len(s["sizes"]) > 5 and mean_ent > 5.5 else ""
        print(f"{src:>15} -> {dst:<15} n={s['n']:<6} sizes={len(s['sizes']):<4} H={mean_ent:4.2f} {flag}")


if __name__ == "__main__":
    main(sys.argv[1])
