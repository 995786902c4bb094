#!/usr/bin/env python3
"""Merge review findings from several reviewers into one Markdown report (standard library only).

Each input file is a JSON array of findings in the skill's finding format (reviewer, id, category,
severity, file, line_start, line_end, title, evidence, impact, suggestion; confidence optional).
Findings on the same file whose line ranges overlap (within --tolerance lines) and whose category
matches are merged: the highest severity is kept, every reviewer's evidence is listed and a severity
disagreement is flagged. The report opens with the verdict (REQUEST CHANGES when any blocker or major
remains), nits are capped, and reviewer text is flattened to one line and escaped for Markdown.
"""
import argparse
import json
import sys
from collections import Counter

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

RANK = {"blocker": 0, "major": 1, "minor": 2, "nit": 3}
TEXT_FIELDS = ("reviewer", "id", "category", "file", "title", "evidence", "impact", "suggestion")


class InputError(Exception):
    pass


def inline(value):
    """One line of Markdown-safe text: no line breaks, no raw HTML, no stray table or code markup."""
    text = "".join(c if c.isprintable() else " " for c in " ".join(str(value).split()))
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("`", "'")


def load(paths):
    findings = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as err:
            raise InputError(f"cannot read {path}: {err.strerror}") from None
        except UnicodeDecodeError:
            raise InputError(f"{path} is not UTF-8 text") from None
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
        if not isinstance(data, list):
            raise InputError(f"{path}: expected a JSON array of findings")
        for index, finding in enumerate(data):
            where = f"{path} [{index}]"
            if not isinstance(finding, dict):
                raise InputError(f"{where}: a finding must be an object")
            missing = [k for k in TEXT_FIELDS + ("severity", "line_start", "line_end") if k not in finding]
            if missing:
                raise InputError(f"{where}: missing {', '.join(missing)}")
            if finding["severity"] not in RANK:
                raise InputError(f"{where}: severity {json.dumps(finding['severity'])} is not one of {', '.join(RANK)}")
            start, end = finding["line_start"], finding["line_end"]
            if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in (start, end)) or end < start:
                raise InputError(f"{where}: line_start and line_end must be line numbers, start <= end")
            findings.append({**{k: inline(finding[k]) for k in TEXT_FIELDS}, "severity": finding["severity"],
                             "line_start": start, "line_end": end})
    return findings


def consolidate(findings, tolerance):
    def overlaps(a, b):
        return (a["file"] == b["file"] and a["category"] == b["category"]
                and a["line_start"] <= b["line_end"] + tolerance and b["line_start"] <= a["line_end"] + tolerance)

    groups = []
    for finding in sorted(findings, key=lambda f: (f["file"], f["line_start"], f["id"])):
        for group in groups:
            if any(overlaps(finding, member) for member in group):
                group.append(finding)
                break
        else:
            groups.append([finding])
    merged = []
    for group in groups:
        lead = min(group, key=lambda f: RANK[f["severity"]])
        merged.append({
            **lead,
            "line_start": min(f["line_start"] for f in group),
            "line_end": max(f["line_end"] for f in group),
            "reviewers": sorted({f["reviewer"] for f in group}),
            "ids": [f["id"] for f in group],
            "disputed": len({f["severity"] for f in group}) > 1,
            "evidence_all": [f"{f['reviewer']}: {f['evidence']}" for f in group],
        })
    return sorted(merged, key=lambda m: (RANK[m["severity"]], -len(m["reviewers"]), m["file"], m["line_start"]))


def render(merged, max_nits):
    counts = Counter(m["severity"] for m in merged)
    verdict = "REQUEST CHANGES" if counts["blocker"] or counts["major"] else "APPROVE"
    out = [f"# Consolidated review: {verdict}", "", " · ".join(f"{s}: {counts.get(s, 0)}" for s in RANK)]
    nits = 0
    for m in merged:
        if m["severity"] == "nit":
            nits += 1
            if nits > max_nits:
                continue
        flag = " (severity disputed — see evidence)" if m["disputed"] else ""
        out += ["", f"## [{m['severity'].upper()}] {m['title']}{flag}",
                f"- Where: `{m['file']}` lines {m['line_start']}–{m['line_end']}",
                f"- Raised by: {', '.join(m['reviewers'])} ({', '.join(m['ids'])})",
                f"- Impact: {m['impact']}",
                f"- Fix: {m['suggestion']}",
                *[f"- Evidence — {e}" for e in m["evidence_all"]]]
    if nits > max_nits:
        out += ["", f"_{nits - max_nits} more nits omitted; see the raw findings._"]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("findings", nargs="+", help="one JSON array of findings per reviewer")
    parser.add_argument("--tolerance", type=int, default=3, help="lines apart that still count as overlapping (default 3)")
    parser.add_argument("--max-nits", type=int, default=10, help="nits to show (default 10)")
    args = parser.parse_args()
    if args.tolerance < 0 or args.max_nits < 0:
        parser.error("--tolerance and --max-nits cannot be negative")
    try:
        findings = load(args.findings)
    except InputError as err:
        print(f"consolidate: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    print(render(consolidate(findings, args.tolerance), args.max_nits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
