#!/usr/bin/env python3
"""Carve non-overlapping VPC/VNet ranges per environment and region, and subnets per AZ."""
import ipaddress

SUPERNET = ipaddress.ip_network("10.64.0.0/12")          # reserved for cloud; on-prem uses other ranges
ENVIRONMENTS = ["prod", "staging", "dev", "shared"]
REGIONS = ["eu-west-1", "us-east-1"]
VPC_PREFIX = 16                                          # 65,536 addresses per VPC
TIERS = {"public": 24, "private": 20, "data": 24}         # subnet size per tier
AZS = ["a", "b", "c"]

vpcs = SUPERNET.subnets(new_prefix=VPC_PREFIX)
plan = {}
for env in ENVIRONMENTS:
    for region in REGIONS:
        vpc = next(vpcs)
        plan[(env, region)] = vpc
        print(f"{env:8} {region:10} {vpc}")

# Subnets for one VPC: biggest subnets first, each from the smallest free block that fits
vpc = plan[("prod", "eu-west-1")]
free = [vpc]
allocations = []
for tier, prefix in sorted(TIERS.items(), key=lambda kv: kv[1]):
    for az in AZS:
        block = next(b for b in sorted(free, key=lambda n: (-n.prefixlen, n.network_address)) if b.prefixlen <= prefix)
        free.remove(block)
        sub, *rest = block.subnets(new_prefix=prefix)
        free.extend(rest)
        allocations.append((tier, az, sub))
for tier, az, sub in sorted(allocations, key=lambda a: a[2]):
    print(f"  prod eu-west-1 {tier:8} az-{az} {sub}")
assert not any(a[2].overlaps(b[2]) for i, a in enumerate(allocations) for b in allocations[i + 1:])
