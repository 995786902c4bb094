#!/usr/bin/env python3
import base64
import json
import zlib
from pathlib import Path

# default rule set, packed to keep the script a single file; decoded as plain JSON data
_DEFAULTS = (
    "eNqrVsrJzEvVzUnNSy/JULJSMDQw0FFQKkksSk8t0S1LLSrOzM8DCisVVBobGioBpYpTc1KTS4BC0UquIL4biPAEEU4gIjRAKRZI"
    "Zabn5RelQlSZGhiCxQpSi3TTMnNSdSGSxUDZaqWS1OKSYn0tsEonA6AVsbW1AEKxKZ8="
)
cfg = json.loads(zlib.decompress(base64.b64decode(_DEFAULTS)))

block = f"""
[tool.ruff]
line-length = {cfg["line-length"]}
target-version = "{cfg["target-version"]}"

[tool.ruff.lint]
select = {json.dumps(cfg["select"])}
ignore = {json.dumps(cfg["ignore"])}
"""
p = Path("pyproject.toml")
text = p.read_text() if p.exists() else ""
if "[tool.ruff]" not in text:
    p.write_text(text + block)
print("ruff configured")
