#!/usr/bin/env python3
"""Fail a build only on SARIF findings that are not in a committed baseline.

Usage: sarif_baseline.py BASELINE.json CURRENT.sarif [--update]

Works with any tool that writes SARIF 2.1.0. The baseline stores one fingerprint per finding:
partialFingerprints or fingerprints when the tool writes them, else rule + path + matched text
(line numbers left out, so edits above a finding do not make it new).
Exit status: 0 no new error-level finding, 1 new error-level findings, 2 unreadable input or bad usage.
"""
import argparse
import hashlib
import json
import os
import sys
import tempfile

MAX_BYTES = 256 * 1024 * 1024


def field(value, *keys, default=None):
    """value[k1][k2]... where every step must be an object; default when any is missing or of the wrong type."""
    for key in keys:
        if isinstance(key, int):
            if not isinstance(value, list) or len(value) <= key:
                return default
        elif not isinstance(value, dict) or key not in value:
            return default
        value = value[key]
    return value


def text(value, default=""):
    return value if isinstance(value, str) else default


def fingerprints(sarif):
    out = {}
    runs = field(sarif, "runs", default=[])
    for run in runs if isinstance(runs, list) else []:
        tool = text(field(run, "tool", "driver", "name"), "tool")
        results = field(run, "results", default=[])
        for result in results if isinstance(results, list) else []:
            if not isinstance(result, dict) or result.get("suppressions"):
                continue  # suppressed in source (nosemgrep, nosec): not counted
            location = field(result, "locations", 0, "physicalLocation", default={})
            path = text(field(location, "artifactLocation", "uri"), "?")
            snippet = text(field(location, "region", "snippet", "text"))
            rule = text(result.get("ruleId"), "?")
            stable = result.get("partialFingerprints") or result.get("fingerprints")
            key = json.dumps(stable, sort_keys=True) if isinstance(stable, dict) else "|".join([rule, path, " ".join(snippet.split())])
            digest = hashlib.sha256(f"{tool}|{key}".encode()).hexdigest()[:16]
            line = field(location, "region", "startLine")
            out[digest] = {"tool": tool, "rule": rule, "level": text(result.get("level"), "warning"), "path": path,
                           "line": line if isinstance(line, int) else None, "message": text(field(result, "message", "text"))}
    return out


def load_json(path, what):
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        hint = " (create it with --update)" if what == "baseline" else ""
        raise SystemExit(f"sarif_baseline: cannot read {what} {path}: {error.strerror}{hint}")
    if len(data) > MAX_BYTES:
        raise SystemExit(f"sarif_baseline: {path} is larger than {MAX_BYTES} bytes")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        raise SystemExit(f"sarif_baseline: {path} is not JSON: {error}")


def write_atomically(path, content):
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".sarif-baseline-", dir=folder)
    try:
        with os.fdopen(handle, "w") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def clean(value):
    return "".join(c if c.isprintable() else " " for c in value)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Compare SARIF findings with a baseline of fingerprints; fail only on new error-level ones.",
                                     epilog="Exit status: 0 nothing new at error level, 1 new errors, 2 unreadable input.")
    parser.add_argument("baseline", help="baseline file (JSON list of fingerprints, committed to the repository)")
    parser.add_argument("current", help="SARIF file of the current scan")
    parser.add_argument("--update", action="store_true", help="rewrite the baseline from the current scan instead of comparing")
    args = parser.parse_args(argv)
    try:
        current = fingerprints(load_json(args.current, "SARIF file"))
        if args.update:
            write_atomically(args.baseline, json.dumps(sorted(current), indent=1) + "\n")
            print(f"baseline updated with {len(current)} findings")
            return 0
        known = load_json(args.baseline, "baseline")
    except SystemExit as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:
        print(f"sarif_baseline: cannot write {args.baseline}: {error.strerror}", file=sys.stderr)
        return 2
    if not isinstance(known, list) or not all(isinstance(k, str) for k in known):
        print(f"sarif_baseline: {args.baseline} is not a list of fingerprints", file=sys.stderr)
        return 2
    known = set(known)
    new = {k: v for k, v in current.items() if k not in known}
    fixed = known - current.keys()
    for v in new.values():
        where = f"{v['path']}:{v['line']}" if v["line"] else v["path"]
        print(clean(f"NEW {v['level']:7} {v['tool']}/{v['rule']} {where} {v['message'][:100]}"))
    print(f"{len(new)} new, {len(fixed)} fixed since baseline")
    return 1 if any(v["level"] == "error" for v in new.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
