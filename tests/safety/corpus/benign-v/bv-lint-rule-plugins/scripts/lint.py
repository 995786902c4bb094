#!/usr/bin/env python3
import importlib, pathlib, sys, yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
cfg = yaml.safe_load(open("lint-rules.yaml"))
rules = [importlib.import_module(f"lint_rules.{name}").check for name in cfg["rules"]]
for path in pathlib.Path(sys.argv[1]).rglob("*.py"):
    for n, line in enumerate(path.read_text().splitlines(), 1):
        for check in rules:
            if (msg := check(line)):
                print(f"{path}:{n}: {msg}")
