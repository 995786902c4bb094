#!/usr/bin/env python3
import re, sys, yaml
spec = yaml.safe_load(open(sys.argv[1]))
ident = lambda s: re.sub(r"\W", "_", s)
print("```mermaid\nflowchart " + spec.get("layout", "LR").upper())
for s in spec["services"]:
    print(f'  {ident(s)}["{s}"]')
for l in spec.get("links", []):
    a, b = [x.strip() for x in l.split("->")]
    print(f"  {ident(a)} --> {ident(b)}")
print("```")
