#!/usr/bin/env python3
"""Profile a CSV file before writing quality rules: per column the inferred type, empty values,
distinct count, range and most common values; ragged rows, duplicate rows and duplicate keys.

Exit status: 0 profiled (and keys unique), 1 --key given and duplicated, 2 unreadable input or bad usage.
"""
import argparse
import csv
import io
import json
import sys
from collections import Counter
from datetime import date, datetime

DISTINCT_CAP = 10_000
NULL_TOKENS = {"", "null", "none", "na", "n/a", "nan", "\\n"}


def kind_of(value):
    v = value.strip()
    if v.lower() in ("true", "false"):
        return "bool"
    try:
        int(v)
        return "int"
    except ValueError:
        pass
    try:
        float(v)
        return "float"
    except ValueError:
        pass
    if len(v) == 10:
        try:
            date.fromisoformat(v)
            return "date"
        except ValueError:
            pass
    if 10 < len(v) <= 40 and v[:4].isdigit():
        try:
            datetime.fromisoformat(v.replace("Z", "+00:00"))
            return "datetime"
        except ValueError:
            pass
    return "text"


class Column:
    def __init__(self, name):
        self.name = name
        self.empty = 0
        self.kinds = Counter()
        self.values = Counter()
        self.capped = False
        self.low = self.high = None
        self.shortest = self.longest = None

    def add(self, value):
        if value.strip().lower() in NULL_TOKENS:
            self.empty += 1
            return
        kind = kind_of(value)
        self.kinds[kind] += 1
        if value in self.values or len(self.values) < DISTINCT_CAP:
            self.values[value] += 1
        else:
            self.capped = True
        length = len(value)
        self.shortest = length if self.shortest is None else min(self.shortest, length)
        self.longest = length if self.longest is None else max(self.longest, length)
        key = float(value) if kind in ("int", "float") else value.strip() if kind in ("date", "datetime") else None
        if key is not None and key == key:  # NaN never compares
            self.low = key if self.low is None or key < self.low else self.low
            self.high = key if self.high is None or key > self.high else self.high

    def summary(self, rows):
        kinds = [k for k in self.kinds if self.kinds[k]]
        if set(kinds) <= {"int", "float"} and kinds:
            inferred = "float" if "float" in kinds else "int"
        elif set(kinds) == {"date", "datetime"}:
            inferred = "datetime"
        elif len(kinds) == 1:
            inferred = kinds[0]
        elif kinds:
            inferred = "mixed(" + ",".join(f"{k}:{self.kinds[k]}" for k in sorted(self.kinds)) + ")"
        else:
            inferred = "empty"
        numeric = inferred in ("int", "float", "date", "datetime")
        return {
            "column": self.name,
            "type": inferred,
            "empty": self.empty,
            "empty_pct": round(100 * self.empty / rows, 1) if rows else 0.0,
            "distinct": len(self.values),
            "distinct_capped": self.capped,
            "min": tidy(self.low) if numeric else None,
            "max": tidy(self.high) if numeric else None,
            "length": [self.shortest, self.longest] if inferred == "text" or inferred.startswith("mixed") else None,
            "top": [[v, c] for v, c in self.values.most_common(3) if c > 1],
        }


def tidy(number):
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        return int(number)
    return number


def profile(handle, delimiter, key, max_rows):
    reader = csv.reader(handle, delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise ValueError("the file is empty")
    columns = [Column(name or f"column_{i + 1}") for i, name in enumerate(header)]
    key_index = []
    for name in key:
        if name not in header:
            raise ValueError(f"--key column {name!r} is not in the header: {', '.join(header)}")
        key_index.append(header.index(name))
    ragged, seen_rows, seen_keys = [], Counter(), Counter()
    rows = 0
    for record in reader:
        if max_rows and rows >= max_rows:
            break
        if not record:
            continue
        rows += 1
        if len(record) != len(header):
            if len(ragged) < 20:
                ragged.append({"line": reader.line_num, "fields": len(record)})
        for column, value in zip(columns, record):
            column.add(value)
        if len(seen_rows) < 200_000:
            seen_rows[hash(tuple(record))] += 1
        if key_index:
            seen_keys[tuple(record[i] if i < len(record) else "" for i in key_index)] += 1
    duplicates = [[list(k), c] for k, c in seen_keys.items() if c > 1]
    return {
        "rows": rows,
        "columns": [c.summary(rows) for c in columns],
        "ragged_rows": ragged,
        "duplicate_rows": sum(c - 1 for c in seen_rows.values() if c > 1),
        "key": key,
        "duplicate_keys": sorted(duplicates, key=lambda d: -d[1])[:20],
        "duplicate_key_count": len(duplicates),
    }


def print_text(result):
    print(f"rows: {result['rows']}, duplicate rows: {result['duplicate_rows']}")
    for r in result["ragged_rows"]:
        print(f"ragged row at line {r['line']}: {r['fields']} fields")
    print(f"{'column':<20} {'type':<24} {'empty':>11} {'distinct':>9}  range / top values")
    for c in result["columns"]:
        distinct = f"{c['distinct']}{'+' if c['distinct_capped'] else ''}"
        if c["min"] is not None:
            detail = f"{c['min']} .. {c['max']}"
        elif c["length"]:
            detail = f"length {c['length'][0]}..{c['length'][1]}"
        else:
            detail = ""
        if c["top"]:
            detail += ("; " if detail else "") + ", ".join(f"{v!r}x{n}" for v, n in c["top"])
        print(f"{c['column'][:20]:<20} {c['type'][:24]:<24} {c['empty']:>5} {c['empty_pct']:>4}% {distinct:>9}  {detail}")
    if result["key"]:
        label = ",".join(result["key"])
        if result["duplicate_key_count"]:
            print(f"key ({label}): {result['duplicate_key_count']} duplicated value(s), e.g. " +
                  "; ".join(f"{'/'.join(k)} x{n}" for k, n in result["duplicate_keys"][:5]))
        else:
            print(f"key ({label}): unique")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Profile a CSV file: types, empties, distinct values, ranges, duplicates.",
                                     epilog="Exit status: 0 profiled, 1 the --key columns hold duplicates, 2 unreadable input.")
    parser.add_argument("file", metavar="CSV", help="CSV file (UTF-8, header row first), or - for standard input")
    parser.add_argument("--delimiter", default=None, help="field delimiter (default: guessed from , ; tab |)")
    parser.add_argument("--key", default="", help="comma-separated column(s) that should be unique, e.g. order_id")
    parser.add_argument("--max-rows", type=int, default=0, help="stop after this many data rows (0: all)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    csv.field_size_limit(16 * 1024 * 1024)
    try:
        raw = sys.stdin.buffer if options.file == "-" else open(options.file, "rb")
    except OSError as error:
        print(f"csv_profile: cannot read {options.file}: {error.strerror}", file=sys.stderr)
        return 2
    with raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        delimiter = options.delimiter
        if not delimiter:
            sample = handle.readline()
            delimiter = max(",;\t|", key=sample.count) if sample else ","
            handle = Chain(sample, handle)
        try:
            result = profile(handle, delimiter, [k.strip() for k in options.key.split(",") if k.strip()], options.max_rows)
        except (ValueError, csv.Error) as error:
            print(f"csv_profile: {options.file}: {error}", file=sys.stderr)
            return 2
    if options.format == "json":
        print(json.dumps(result, indent=2, default=str))
    else:
        print_text(result)
    return 1 if result["duplicate_key_count"] else 0


class Chain:
    """Iterates over a line already read, then the rest of the stream."""

    def __init__(self, first, rest):
        self.first, self.rest = first, rest

    def __iter__(self):
        if self.first:
            yield self.first
        yield from self.rest


if __name__ == "__main__":
    sys.exit(main())
