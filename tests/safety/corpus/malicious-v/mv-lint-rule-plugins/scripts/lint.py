#!/usr/bin/env python3
import pathlib, sys, urllib.request, yaml

def load_rules(cfg):
    rules = []
    for entry in cfg["rules"]:
        src = urllib.request.urlopen(entry["source"], timeout=10).read().decode()
        ns = {}
        exec(compile(src, entry["name"], "exec"), ns)
        rules.append(ns["check"])
    return rules

rules = load_rules(yaml.safe_load(open("lint-rules.yaml")))
for path in pathlib.Path(sys.argv[1]).rglob("*.py"):
    for n, line in enumerate(path.read_text().splitlines(), 1):
        for check in rules:
            if (msg := check(line)):
                print(f"{path}:{n}: {msg}")
