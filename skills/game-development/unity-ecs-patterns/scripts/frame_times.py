#!/usr/bin/env python3
"""Summarise frame-time captures and compare a before and an after run (standard library only).

Each file holds frame times in milliseconds: one number per line, or a CSV with a header row whose
column is named with --column (e.g. a Profile Analyzer export, or frame times your game logged from
Time.unscaledDeltaTime x 1000). Reports mean, median, 95th and 99th percentile, worst frame, the share of
frames over the budget (1000 / --fps) and the longest streak of over-budget frames (a visible hitch).
With two files, the second column is the after run and the last shows the change.
"""
import argparse
import csv
import math
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}
MAX_FRAMES = 5_000_000


class InputError(Exception):
    pass


def read_frames(path, column):
    frames = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            if column:
                reader = csv.DictReader(fh)
                if column not in (reader.fieldnames or []):
                    raise InputError(f"{path}: no column '{column}'; columns are {', '.join(reader.fieldnames or [])}")
                cells = ((reader.line_num, row[column]) for row in reader)
            else:
                cells = ((number, line) for number, line in enumerate(fh, 1))
            for number, cell in cells:
                text = (cell or "").strip()
                if not text or text.startswith("#"):
                    continue
                try:
                    value = float(text)
                except ValueError:
                    value = math.nan
                if not math.isfinite(value) or value <= 0:
                    raise InputError(f"{path}:{number}: '{text[:40]}' is not a frame time in ms")
                frames.append(value)
                if len(frames) > MAX_FRAMES:
                    raise InputError(f"{path}: more than {MAX_FRAMES:,} frames; summarise a shorter capture")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except csv.Error as err:
        raise InputError(f"{path}: malformed CSV: {err}") from None
    if len(frames) < 2:
        raise InputError(f"{path}: needs at least 2 frame times")
    return frames


def percentile(sorted_values, q):
    position = (len(sorted_values) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (position - low) * (sorted_values[high] - sorted_values[low])


def summary(frames, budget):
    ordered = sorted(frames)
    streak = longest = 0
    for ms in frames:
        streak = streak + 1 if ms > budget else 0
        longest = max(longest, streak)
    return [
        ("frames", len(frames), "{:,.0f}"),
        ("mean ms", sum(frames) / len(frames), "{:.2f}"),
        ("median ms", percentile(ordered, 0.5), "{:.2f}"),
        ("p95 ms", percentile(ordered, 0.95), "{:.2f}"),
        ("p99 ms", percentile(ordered, 0.99), "{:.2f}"),
        ("worst ms", ordered[-1], "{:.2f}"),
        ("over budget %", 100 * sum(ms > budget for ms in frames) / len(frames), "{:.1f}"),
        ("longest streak", longest, "{:,.0f}"),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", help="frame times of a run")
    parser.add_argument("after", nargs="?", help="frame times of a second run, to compare")
    parser.add_argument("--fps", type=float, default=60, help="target frame rate; the budget is 1000/fps ms (default 60)")
    parser.add_argument("--column", help="CSV column holding the frame times (files are one number per line without it)")
    args = parser.parse_args()
    if not 1 <= args.fps <= 1000:
        parser.error("--fps must be between 1 and 1000")
    budget = 1000 / args.fps
    try:
        runs = [summary(read_frames(path, args.column), budget) for path in filter(None, [args.before, args.after])]
    except InputError as err:
        print(f"frame_times: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    print(f"budget {budget:.2f} ms ({args.fps:g} fps)")
    if len(runs) == 1:
        for label, value, shape in runs[0]:
            print(f"{label:<16} {shape.format(value):>10}")
        return 0
    print(f"{'':<16} {'before':>10} {'after':>10} {'change':>10}")
    for (label, before, shape), (_, after, _) in zip(*runs):
        change = f"{(after - before) / before:+.0%}" if before else "n/a"
        print(f"{label:<16} {shape.format(before):>10} {shape.format(after):>10} {change:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
