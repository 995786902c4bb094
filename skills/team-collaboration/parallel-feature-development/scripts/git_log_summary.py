#!/usr/bin/env python3
"""Summarise a git history: who changed what, which areas churn, and which files are hot spots.

Reads the output of this command (from a file, or standard input with "-"):

  git log --since=90.days --no-merges --numstat --date=short --format='>>> %h|%ad|%an|%s'

and prints commits and lines per author, churn per directory (--depth levels deep) and the hot files:
changed in the most commits, by two or more authors. Hot files are where parallel branches collide;
give each one owner or change it once in a contract step. Standard library only; it runs no git command.
"""
import argparse
import sys
from collections import Counter, defaultdict


MARK = ">>> "


def printable(text):
    """The text with control characters (terminal escapes included) shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in str(text))


class InputError(Exception):
    pass


def rename_target(path):
    """'src/{old => new}/x.py' or 'old.py => new.py' -> the new path."""
    if "{" in path and " => " in path and "}" in path:
        head, rest = path.split("{", 1)
        inner, tail = rest.split("}", 1)
        new = inner.split(" => ", 1)[1]
        return (head + new + tail).replace("//", "/")
    if " => " in path:
        return path.split(" => ", 1)[1]
    return path


def parse(lines):
    commits = []
    current = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if line.startswith(MARK):
            parts = line[len(MARK):].split("|", 3)
            if len(parts) != 4:
                raise InputError(f"line {number}: expected '>>> hash|date|author|subject'")
            current = {"hash": parts[0], "date": parts[1], "author": printable(parts[2].strip()) or "(unknown)", "files": []}
            commits.append(current)
        elif line.strip():
            fields = line.split("\t")
            if len(fields) != 3 or current is None:
                raise InputError(f"line {number}: not a numstat line ('added<TAB>deleted<TAB>path'); "
                                 "was the log made with the --format shown in --help?")
            added, deleted, path = fields
            if added == "-" and deleted == "-":      # binary file
                added = deleted = "0"
            if not (added.isdigit() and deleted.isdigit()):
                raise InputError(f"line {number}: line counts must be numbers")
            current["files"].append((printable(rename_target(path)), int(added), int(deleted)))
    if not commits:
        raise InputError("no commits found; was the log made with the --format shown in --help?")
    return commits


def area(path, depth):
    parts = path.split("/")
    return "/".join(parts[:min(depth, len(parts) - 1)]) or "(root)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", help="file with the git log output, or - for standard input")
    parser.add_argument("--depth", type=int, default=2, help="directory levels for the churn table (default 2)")
    parser.add_argument("--top", type=int, default=8, help="rows per table (default 8)")
    args = parser.parse_args()
    if args.depth < 1 or args.top < 1:
        parser.error("--depth and --top must be at least 1")
    try:
        if args.log == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(args.log, encoding="utf-8", errors="replace") as fh:
                lines = fh.read().splitlines()
        commits = parse(lines)
    except OSError as err:
        print(printable(f"git_log_summary: cannot read {args.log}: {err.strerror}"), file=sys.stderr)
        return 1
    except InputError as err:
        print(printable(f"git_log_summary: {err}"), file=sys.stderr)
        return 1

    authors = defaultdict(lambda: {"commits": 0, "added": 0, "deleted": 0, "files": set()})
    areas = Counter()
    file_commits = Counter()
    file_authors = defaultdict(set)
    for commit in commits:
        who = authors[commit["author"]]
        who["commits"] += 1
        for path, added, deleted in commit["files"]:
            who["added"] += added
            who["deleted"] += deleted
            who["files"].add(path)
            areas[area(path, args.depth)] += added + deleted
            file_commits[path] += 1
            file_authors[path].add(commit["author"])
    dates = sorted(c["date"] for c in commits)
    print(f"{len(commits)} commits by {len(authors)} authors, {dates[0]} to {dates[-1]}, {len(file_commits)} files touched")

    print("\nauthor                commits   added  deleted  files")
    ranked = sorted(authors.items(), key=lambda item: (-item[1]["commits"], item[0]))
    for name, who in ranked[:args.top]:
        print(f"{name[:20]:<20} {who['commits']:>8} {who['added']:>7} {who['deleted']:>8} {len(who['files']):>6}")

    print(f"\n{'churn by area (depth ' + str(args.depth) + ')':<32} {'lines changed':>13}")
    for name, churn in areas.most_common(args.top):
        print(f"{name[:32]:<32} {churn:>13}")

    hot = [(path, n, len(file_authors[path])) for path, n in file_commits.items() if len(file_authors[path]) >= 2]
    hot.sort(key=lambda item: (-item[2], -item[1], item[0]))
    print(f"\n{'hot files (2+ authors)':<32} {'commits':>8} {'authors':>8}")
    for path, n, count in hot[:args.top]:
        print(f"{path[-32:]:<32} {n:>8} {count:>8}")
    if not hot:
        print("none: every file was changed by one author")
    return 0


if __name__ == "__main__":
    sys.exit(main())
