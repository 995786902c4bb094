#!/usr/bin/env python3
"""Regenerate the registry table in tracks.md from tracks/*/metadata.json and plan.md (stdlib only).

Progress is counted from the task markers in each plan.md: "- [x]" done, "- [~]" in progress,
"- [!]" blocked, "- [ ]" open, "- [-]" dropped (not counted); checkpoint lines are not tasks. The
table is written between the marker lines "<!-- tracks:begin -->" and "<!-- tracks:end -->", and any
text outside them is kept; a missing tracks.md is created. The file is replaced atomically.
--check writes nothing and exits 1 when the table is out of date (for CI or a pre-commit hook).
"""
import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

BEGIN, END = "<!-- tracks:begin -->", "<!-- tracks:end -->"
TASK = re.compile(r"^[ \t]*- \[( |~|x|!|-)\] (?!Checkpoint)", re.MULTILINE)
STATUSES = {"draft", "specified", "planned", "in_progress", "blocked", "review", "done", "archived"}


class TrackError(Exception):
    pass


def cell(value):
    """Keep a metadata value inside one Markdown table cell."""
    text = "".join(c if c.isprintable() else " " for c in " ".join(str(value).split()))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def track_rows(tracks_dir):
    rows = []
    for meta_path in sorted(tracks_dir.glob("*/metadata.json")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise TrackError(f"{meta_path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
        except (OSError, UnicodeDecodeError) as err:
            raise TrackError(f"{meta_path}: cannot read: {err}") from None
        if not isinstance(meta, dict) or not isinstance(meta.get("id"), str) or not isinstance(meta.get("title"), str):
            raise TrackError(f'{meta_path}: needs string "id" and "title" fields')
        if meta.get("status") not in STATUSES:
            raise TrackError(f"{meta_path}: status {json.dumps(meta.get('status'))} is not one of {', '.join(sorted(STATUSES))}")
        plan = meta_path.with_name("plan.md")
        try:
            marks = TASK.findall(plan.read_text(encoding="utf-8")) if plan.is_file() else []
        except (OSError, UnicodeDecodeError) as err:
            raise TrackError(f"{plan}: cannot read: {err}") from None
        counted = [m for m in marks if m != "-"]
        done = sum(1 for m in counted if m == "x")
        blocked = sum(1 for m in counted if m == "!")
        progress = f"{done}/{len(counted)}" if counted else "-"
        rows.append(f"| {cell(meta['id'])} | {cell(meta['title'])} | {meta['status']} | {progress} "
                    f"| {blocked or ''} | {cell(meta.get('updated', ''))} |")
    return rows


def render(registry, tracks_dir):
    try:
        text = registry.read_text(encoding="utf-8") if registry.exists() else f"# Tracks\n\n{BEGIN}\n{END}\n"
    except (OSError, UnicodeDecodeError) as err:
        raise TrackError(f"{registry}: cannot read: {err}") from None
    if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
        raise TrackError(f"{registry} needs exactly one '{BEGIN}' line followed by one '{END}' line")
    table = "\n".join(["| ID | Title | Status | Tasks done | Blocked | Updated |",
                       "|----|-------|--------|------------|---------|---------|",
                       *track_rows(tracks_dir)])
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table}\n{END}{tail}", text, table


def write_atomically(path, text):
    fd, temp = tempfile.mkstemp(prefix=".tracks-", suffix=".md", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".", help="folder holding tracks.md and tracks/ (default: current)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if tracks.md is out of date")
    args = parser.parse_args()
    root = Path(args.root)
    tracks_dir = root / "tracks"
    if not tracks_dir.is_dir():
        print(f"update_tracks: no tracks/ folder in {root}", file=sys.stderr)
        return 2
    registry = root / "tracks.md"
    if registry.is_symlink():
        print(f"update_tracks: {registry} is a symbolic link; refusing to replace it", file=sys.stderr)
        return 2
    try:
        new, old, table = render(registry, tracks_dir)
        if args.check:
            if new != old:
                print(f"{registry} is out of date; run scripts/update_tracks.py")
                return 1
            print(f"{registry} is up to date")
            return 0
        if new != old:
            write_atomically(registry, new)
    except TrackError as err:
        print(f"update_tracks: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    except OSError as err:
        print(f"update_tracks: cannot write {registry}: {err.strerror}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
