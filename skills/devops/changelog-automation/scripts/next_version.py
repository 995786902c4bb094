#!/usr/bin/env python3
"""Read commit messages since the last release, check them against Conventional Commits, and print the
SemVer bump they call for, the next version and a changelog preview, without any release tool.

  git log --format='%B%x00' v1.4.2..HEAD > commits.txt   # whole messages, NUL-separated
  next_version.py --current 1.4.2 commits.txt
  git log --format=%s v1.4.2..HEAD | next_version.py --current 1.4.2 -   # subjects, one per line

fix/perf -> patch, feat -> minor, "!" or a BREAKING CHANGE footer -> major (minor before 1.0.0 with
--pre-major-minor). Other types release nothing.
Exit status: 0 done, 1 --strict and some messages are not conventional, 2 unreadable input or bad usage.
"""
import argparse
import json
import sys

MAX_BYTES = 32 * 1024 * 1024
SECTIONS = {"feat": "Features", "fix": "Bug Fixes", "perf": "Performance"}
BUMPS = ["none", "patch", "minor", "major"]


def parse_header(header):
    """(type, scope, breaking, description) of 'type(scope)!: description', or None when it is not conventional."""
    i = 0
    while i < len(header) and (header[i].isalnum() and header[i].isascii() or header[i] == "-"):
        i += 1
    kind = header[:i].lower()
    if not kind or not kind[0].isalpha():
        return None
    scope = None
    if header[i:i + 1] == "(":
        close = header.find(")", i)
        if close < 0 or close == i + 1 or "(" in header[i + 1:close]:
            return None
        scope = header[i + 1:close]
        i = close + 1
    breaking = header[i:i + 1] == "!"
    i += 1 if breaking else 0
    if header[i:i + 2] != ": " or not header[i + 2:].strip():
        return None
    return kind, scope, breaking, header[i + 2:].strip()


def analyse(messages, pre_major_minor, current):
    entries, invalid, bump = [], [], 0
    for message in messages:
        lines = message.strip().splitlines()
        if not lines:
            continue
        header = lines[0].strip()
        if header.startswith(("Merge ", "Revert \"")):
            continue
        parsed = parse_header(header)
        if parsed is None:
            invalid.append(header)
            continue
        kind, scope, breaking, description = parsed
        breaking = breaking or any(l.startswith(("BREAKING CHANGE: ", "BREAKING-CHANGE: ")) for l in lines[1:])
        level = 3 if breaking else 2 if kind == "feat" else 1 if kind in ("fix", "perf") else 0
        if level == 3 and pre_major_minor and current[0] == 0:
            level = 2
        bump = max(bump, level)
        entries.append({"type": kind, "scope": scope, "breaking": breaking, "description": description})
    return entries, invalid, BUMPS[bump]


def next_version(current, bump):
    major, minor, patch = current
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


def version(text):
    parts = text.lstrip("v").split(".")
    if len(parts) != 3 or not all(p.isdigit() and len(p) < 10 for p in parts):
        raise argparse.ArgumentTypeError(f"{text!r} is not MAJOR.MINOR.PATCH")
    return tuple(int(p) for p in parts)


def main(argv=None):
    parser = argparse.ArgumentParser(description="SemVer bump, next version and changelog preview from Conventional Commits.",
                                     epilog="Input: NUL-separated whole messages (git log --format='%%B%%x00'), or one subject per line. "
                                            "Exit status: 0 done, 1 --strict with non-conventional messages, 2 bad input.")
    parser.add_argument("file", nargs="?", default="-", help="commit messages (default: standard input)")
    parser.add_argument("--current", type=version, default=(0, 0, 0), metavar="X.Y.Z", help="the last released version (default 0.0.0)")
    parser.add_argument("--pre-major-minor", action="store_true", help="before 1.0.0, breaking changes bump minor")
    parser.add_argument("--strict", action="store_true", help="exit 1 when any message is not conventional")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    try:
        if options.file == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(options.file, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        print(f"next_version: cannot read {options.file}: {error.strerror}", file=sys.stderr)
        return 2
    if len(data) > MAX_BYTES:
        print(f"next_version: {options.file} is larger than {MAX_BYTES} bytes", file=sys.stderr)
        return 2
    text = data.decode("utf-8", errors="replace")
    messages = text.split("\0") if "\0" in text else text.splitlines()
    entries, invalid, bump = analyse(messages, options.pre_major_minor, options.current)
    result = {"current": ".".join(map(str, options.current)), "bump": bump, "next": next_version(options.current, bump),
              "commits": len(entries) + len(invalid), "not_conventional": invalid, "entries": entries}
    if options.format == "json":
        print(json.dumps(result, indent=2))
    else:
        clean = lambda value: "".join(c if c.isprintable() else "?" for c in value)
        print(f"{result['current']} -> {result['next']} ({bump} bump, {result['commits']} commits)")
        breaking = [e for e in entries if e["breaking"]]
        for title, chosen in [("BREAKING CHANGES", breaking)] + [(name, [e for e in entries if e["type"] == kind and not e["breaking"]]) for kind, name in SECTIONS.items()]:
            if chosen:
                print(f"\n### {title}")
                for e in chosen:
                    print(f"- {'**' + clean(e['scope']) + ':** ' if e['scope'] else ''}{clean(e['description'])}")
        if invalid:
            print(f"\nnot conventional (ignored by release tools): {len(invalid)}")
            for header in invalid[:20]:
                print(f"  {clean(header)[:100]}")
    return 1 if options.strict and invalid else 0


if __name__ == "__main__":
    sys.exit(main())
