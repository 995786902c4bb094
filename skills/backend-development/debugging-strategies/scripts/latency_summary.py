#!/usr/bin/env python3
"""Summarise request latency from structured logs (JSON lines or logfmt key=value): count, errors and
p50/p90/p99/max per group (endpoint, status, host, version...), slowest groups first.

Exit status: 0 summarised, 1 no line had a duration, 2 unreadable input or bad usage.
"""
import argparse
import json
import math
import sys
from collections import defaultdict

DURATION_FIELDS = ("duration_ms", "latency_ms", "elapsed_ms", "response_time_ms", "took_ms", "duration",
                   "latency", "elapsed", "request_time", "response_time", "took", "rt")
GROUP_FALLBACKS = ("route", "path", "endpoint", "url", "uri")
STATUS_FIELDS = ("status", "status_code", "code", "http_status")
UNIT_FACTORS = {"ns": 1e-6, "us": 1e-3, "µs": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_logfmt(line):
    fields = {}
    i, n = 0, len(line)
    while i < n:
        while i < n and line[i] == " ":
            i += 1
        start = i
        while i < n and line[i] not in "= ":
            i += 1
        key = line[start:i]
        if i < n and line[i] == "=":
            i += 1
            if i < n and line[i] == '"':
                i += 1
                value = []
                while i < n and line[i] != '"':
                    if line[i] == "\\" and i + 1 < n:
                        i += 1
                    value.append(line[i])
                    i += 1
                i += 1
                fields[key] = "".join(value)
            else:
                start = i
                while i < n and line[i] != " ":
                    i += 1
                fields[key] = line[start:i]
        elif key:
            fields[key] = ""
        i += 1 if i < n and line[i] != "=" else 0
    return fields


def parse_line(line):
    line = line.strip()
    if line.startswith("{"):
        try:
            value = json.loads(line)
        except ValueError:
            return None
        return flatten(value) if isinstance(value, dict) else None
    return parse_logfmt(line) if "=" in line else None


def flatten(record, prefix=""):
    out = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and len(out) < 1000:
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out


def milliseconds(value, field, unit):
    """The value in milliseconds: a number (unit from --unit or the field name) or a string with a unit suffix."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number, suffix = float(value), ""
    else:
        text = str(value).strip()
        cut = len(text)
        while cut and text[cut - 1].isalpha() or (cut and text[cut - 1] == "µ"):
            cut -= 1
        try:
            number = float(text[:cut])
        except ValueError:
            return None
        suffix = text[cut:].lower()
        if suffix and suffix not in UNIT_FACTORS:
            return None
    if not math.isfinite(number) or number < 0:
        return None
    if suffix:
        return number * UNIT_FACTORS[suffix]
    if unit != "auto":
        return number * UNIT_FACTORS[unit]
    lowered = field.lower()
    if lowered.endswith(("_s", "_seconds", "_sec")) or lowered == "request_time":
        return number * 1000.0
    if lowered.endswith(("_us", "_micros")):
        return number / 1000.0
    return number


def normalise(value):
    """/orders/1017/items -> /orders/:id/items, so that ids do not make one group each."""
    text = str(value)
    if "/" not in text:
        return text
    text = text.split("?", 1)[0]
    parts = text.split("/")
    for index, part in enumerate(parts):
        compact = part.replace("-", "")
        if part and (part.isdigit() or (len(compact) >= 8 and all(c in "0123456789abcdefABCDEF" for c in compact))):
            parts[index] = ":id"
    return "/".join(parts)


def percentile(sorted_values, fraction):
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def summarise(lines, field, by, unit, keep_ids):
    groups = defaultdict(list)
    errors = defaultdict(int)
    skipped = 0
    for line in lines:
        record = parse_line(line)
        if not record:
            skipped += 1 if line.strip() else 0
            continue
        name = field or next((f for f in DURATION_FIELDS if f in record), None)
        duration = milliseconds(record[name], name, unit) if name and name in record else None
        if duration is None:
            skipped += 1
            continue
        if by:
            values = [record.get(b, "-") for b in by]
        else:
            values = [next((v for k, v in record.items() if k.rsplit(".", 1)[-1] in GROUP_FALLBACKS), "all")]
        key = " ".join(str(v) if keep_ids else normalise(v) for v in values)
        groups[key].append(duration)
        status = next((record[s] for s in STATUS_FIELDS if s in record), None)
        if str(status).isdigit() and int(status) >= 500:
            errors[key] += 1
    rows = []
    for key, values in groups.items():
        values.sort()
        rows.append({"group": key, "count": len(values), "errors_5xx": errors[key],
                     "p50_ms": percentile(values, 0.5), "p90_ms": percentile(values, 0.9),
                     "p99_ms": percentile(values, 0.99), "max_ms": values[-1], "total_ms": sum(values)})
    return rows, skipped


def main(argv=None):
    parser = argparse.ArgumentParser(description="Latency percentiles per endpoint (or any field) from JSON-lines or logfmt logs.",
                                     epilog=f"Duration fields tried in order: {', '.join(DURATION_FIELDS)}. "
                                            "Exit status: 0 summarised, 1 no durations found, 2 unreadable input.")
    parser.add_argument("files", nargs="*", default=["-"], metavar="LOG", help="log files (default: standard input)")
    parser.add_argument("--field", help="the duration field (default: the first known one present)")
    parser.add_argument("--unit", choices=("auto", "ns", "us", "ms", "s"), default="auto",
                        help="unit of bare numbers (auto: from the field name, else ms)")
    parser.add_argument("--by", action="append", default=[], metavar="FIELD",
                        help="group by this field (repeatable; nested JSON as a.b; default: route/path/url)")
    parser.add_argument("--keep-ids", action="store_true", help="do not fold numeric and hex path segments into :id")
    parser.add_argument("--sort", choices=("total", "p99", "count"), default="total")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)

    def lines():
        for path in options.files:
            handle = sys.stdin.buffer if path == "-" else open(path, "rb")
            try:
                for raw in handle:
                    yield raw[:65536].decode("utf-8", errors="replace")
            finally:
                if handle is not sys.stdin.buffer:
                    handle.close()

    try:
        rows, skipped = summarise(lines(), options.field, options.by, options.unit, options.keep_ids)
    except OSError as error:
        print(f"latency_summary: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    rows.sort(key=lambda r: (-r[options.sort + "_ms" if options.sort != "count" else "count"], r["group"]))
    rows = rows[: max(options.top, 0)]
    if options.format == "json":
        print(json.dumps({"groups": rows, "skipped_lines": skipped}, indent=2))
    else:
        print(f"{'count':>7} {'5xx':>5} {'p50':>9} {'p90':>9} {'p99':>9} {'max':>9}  group (ms)")
        for r in rows:
            print(f"{r['count']:>7} {r['errors_5xx']:>5} {r['p50_ms']:>9.1f} {r['p90_ms']:>9.1f} {r['p99_ms']:>9.1f} {r['max_ms']:>9.1f}  {r['group']}")
        if skipped:
            print(f"{skipped} line(s) without a usable duration skipped", file=sys.stderr)
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
