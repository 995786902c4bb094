#!/usr/bin/env python3
"""Count ShellCheck findings per code, severity and file, from its gcc, json or json1 output, to decide
what to fix first and which project-wide exclusions to discuss.

  shellcheck -f gcc $(git ls-files '*.sh') > findings.txt; sc_summary.py findings.txt
  shellcheck -f json1 script.sh | sc_summary.py -

Exit status: 0 summarised (also when there are no findings), 2 unreadable input or bad usage.
"""
import argparse
import json
import sys
from collections import Counter, defaultdict

MAX_BYTES = 64 * 1024 * 1024
LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2, "note": 2, "style": 3}


def from_json(data):
    comments = data.get("comments") if isinstance(data, dict) else data
    if not isinstance(comments, list):
        raise ValueError("JSON without a list of comments")
    for c in comments:
        if isinstance(c, dict) and isinstance(c.get("code"), int):
            level = c.get("level") if isinstance(c.get("level"), str) else "warning"
            yield str(c.get("file", "?")), f"SC{c['code']}", level, str(c.get("message", ""))


def from_gcc(text):
    """file:line:column: level: message [SC1234]"""
    for line in text.splitlines():
        end = line.rfind(" [SC")
        if end < 0 or not line.endswith("]"):
            continue
        code = line[end + 2:-1]
        head = line[:end]
        parts = head.split(":", 4)
        if len(parts) < 5 or not code[2:].isdigit():
            continue
        yield parts[0], code, parts[3].strip(), parts[4].strip()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Summarise ShellCheck output (gcc, json or json1) per code and file.",
                                     epilog="Exit status: 0 summarised, 2 unreadable input.")
    parser.add_argument("file", nargs="?", default="-", help="saved ShellCheck output (default: standard input)")
    parser.add_argument("--top", type=int, default=15, help="how many codes and files to list (default 15)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    try:
        if options.file == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(options.file, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        print(f"sc_summary: cannot read {options.file}: {error.strerror}", file=sys.stderr)
        return 2
    if len(data) > MAX_BYTES:
        print(f"sc_summary: {options.file} is larger than {MAX_BYTES} bytes", file=sys.stderr)
        return 2
    text = data.decode("utf-8", errors="replace")
    try:
        findings = list(from_json(json.loads(text)) if text.lstrip()[:1] in ("{", "[") else from_gcc(text))
    except ValueError as error:
        print(f"sc_summary: {options.file}: not ShellCheck JSON ({error})", file=sys.stderr)
        return 2
    per_code = Counter(code for _, code, _, _ in findings)
    level_of, example = {}, {}
    files_of = defaultdict(set)
    for path, code, level, message in findings:
        level_of.setdefault(code, level)
        example.setdefault(code, message)
        files_of[code].add(path)
    per_file = Counter(path for path, _, _, _ in findings)
    codes = sorted(per_code, key=lambda c: (LEVEL_ORDER.get(level_of[c], 4), -per_code[c], c))[: max(options.top, 0)]
    summary = {
        "findings": len(findings),
        "by_level": dict(Counter(level for _, _, level, _ in findings)),
        "codes": [{"code": c, "level": level_of[c], "count": per_code[c], "files": len(files_of[c]), "example": example[c]} for c in codes],
        "files": [{"file": f, "count": n} for f, n in per_file.most_common(max(options.top, 0))],
    }
    if options.format == "json":
        print(json.dumps(summary, indent=2))
        return 0
    levels = ", ".join(f"{n} {lvl}" for lvl, n in sorted(summary["by_level"].items(), key=lambda kv: LEVEL_ORDER.get(kv[0], 4)))
    print(f"{summary['findings']} findings" + (f" ({levels})" if levels else ""))
    if codes:
        print("code     level    count files  example message")
        for c in summary["codes"]:
            print(f"{c['code']:<8} {c['level']:<8} {c['count']:>5} {c['files']:>5}  {c['example'][:70]}")
        print("files with most findings:")
        for f in summary["files"]:
            print(f"{f['count']:>5}  {f['file']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
