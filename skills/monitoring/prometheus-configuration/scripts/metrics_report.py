#!/usr/bin/env python3
"""Read a Prometheus text exposition (a saved /metrics page) and report what it will cost: series per
metric family, the labels with the most distinct values, and naming problems (counters without _total,
non-base units). Works before the target is ever scraped.

Exit status: 0 read, 1 a --max-series limit was exceeded, 2 unreadable input or bad usage.
"""
import argparse
import json
import sys
from collections import defaultdict

MAX_BYTES = 64 * 1024 * 1024
SUFFIXES = ("_bucket", "_sum", "_count", "_total", "_created", "_gsum", "_gcount", "_info")
NON_BASE_UNITS = {"_ms": "seconds", "_milliseconds": "seconds", "_microseconds": "seconds", "_minutes": "seconds",
                  "_hours": "seconds", "_kb": "bytes", "_kilobytes": "bytes", "_mb": "bytes", "_megabytes": "bytes",
                  "_percent": "a 0-1 ratio"}


class ParseError(ValueError):
    pass


def parse_sample(line):
    """Return (name, {label: value}) of one sample line; label values may hold any escaped text."""
    i = 0
    n = len(line)
    while i < n and line[i] not in "{ \t":
        i += 1
    name = line[:i]
    labels = {}
    if i < n and line[i] == "{":
        i += 1
        while True:
            while i < n and line[i] in " ,":
                i += 1
            if i < n and line[i] == "}":
                i += 1
                break
            eq = line.find("=", i)
            if eq < 0 or eq + 1 >= n or line[eq + 1] != '"':
                raise ParseError("expected label=\"value\"")
            key = line[i:eq].strip()
            i = eq + 2
            value = []
            while i < n and line[i] != '"':
                if line[i] == "\\" and i + 1 < n:
                    value.append({"n": "\n"}.get(line[i + 1], line[i + 1]))
                    i += 2
                else:
                    value.append(line[i])
                    i += 1
            if i >= n:
                raise ParseError("unterminated label value")
            labels[key] = "".join(value)
            i += 1
    rest = line[i:].split()
    if not name or not rest:
        raise ParseError("expected a metric name and a value")
    return name, labels


def family_of(name, types):
    if name in types:
        return name
    for suffix in SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in types:
            return name[: -len(suffix)]
    return name


def analyse(lines, top):
    types, errors = {}, []
    series = defaultdict(int)
    label_values = defaultdict(lambda: defaultdict(set))
    samples = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            parts = line.split(None, 3)
            if len(parts) >= 4 and parts[1] == "TYPE":
                types[parts[2]] = parts[3].strip()
            continue
        try:
            samples.append(parse_sample(line))
        except ParseError as error:
            if len(errors) < 20:
                errors.append(f"line {number}: {error}")
    for name, labels in samples:
        family = family_of(name, types)
        series[family] += 1
        for key, value in labels.items():
            if key != "le" and key != "quantile" and len(label_values[family][key]) <= 100_000:
                label_values[family][key].add(value)
    problems = []
    for family, kind in sorted(types.items()):
        if kind == "counter" and not family.endswith("_total") and family + "_total" not in {n for n, _ in samples}:
            problems.append(f"{family}: counter without the _total suffix")
    for family in sorted(series):
        for unit, base in NON_BASE_UNITS.items():
            if family.endswith(unit) or (unit + "_") in family:
                problems.append(f"{family}: use base units ({base}) in the name and value")
                break
    families = sorted(series.items(), key=lambda kv: (-kv[1], kv[0]))
    labels = sorted(((len(v), f, k) for f, keys in label_values.items() for k, v in keys.items()), reverse=True)
    return {
        "series": sum(series.values()),
        "families": len(series),
        "top_families": [{"family": f, "type": types.get(f, "untyped"), "series": c} for f, c in families[:top]],
        "top_labels": [{"family": f, "label": k, "distinct": c} for c, f, k in labels[:top]],
        "problems": problems,
        "parse_errors": errors,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description="Series counts, label cardinality and naming problems of a saved /metrics page.",
                                     epilog="Save one with: curl -s http://HOST:PORT/metrics > metrics.txt. "
                                            "Exit status: 0 read, 1 over --max-series, 2 unreadable input.")
    parser.add_argument("file", metavar="METRICS", help="text exposition file, or - for standard input")
    parser.add_argument("--top", type=int, default=10, help="how many families and labels to list (default 10)")
    parser.add_argument("--max-series", type=int, default=0, help="exit 1 when the page holds more series than this")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    try:
        if options.file == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(options.file, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        print(f"metrics_report: cannot read {options.file}: {error.strerror}", file=sys.stderr)
        return 2
    if len(data) > MAX_BYTES:
        print(f"metrics_report: {options.file} is larger than {MAX_BYTES} bytes", file=sys.stderr)
        return 2
    result = analyse(data.decode("utf-8", errors="replace").splitlines(), max(options.top, 0))
    if options.format == "json":
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['series']} series in {result['families']} families")
        print("series  family")
        for f in result["top_families"]:
            print(f"{f['series']:>6}  {f['family']} ({f['type']})")
        print("distinct  label")
        for entry in result["top_labels"]:
            print(f"{entry['distinct']:>8}  {entry['family']}{{{entry['label']}}}")
        for problem in result["problems"]:
            print(f"naming: {problem}")
        for error in result["parse_errors"]:
            print(f"skipped {error}", file=sys.stderr)
    return 1 if options.max_series and result["series"] > options.max_series else 0


if __name__ == "__main__":
    sys.exit(main())
