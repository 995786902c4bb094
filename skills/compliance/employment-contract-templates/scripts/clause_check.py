#!/usr/bin/env python3
"""Screen an employment agreement draft for checklist clauses it never mentions (standard library only).

A keyword screen over a Markdown or plain-text draft: it finds sections that are absent, so they are
added before counsel reviews the draft. It cannot tell whether a clause is lawful, enforceable or well
drafted. Exit status: 0 every item found, 1 items missing, 2 bad usage or unreadable input.
"""
import argparse
import re
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

MAX_BYTES = 5 * 1024 * 1024

# Checklist item -> phrases that show it is addressed; a phrase matches at the start of a word, so
# "terminat" matches "termination" and "terminate".
COMMON = [
    ("parties", ["between", "parties"]),
    ("start date", ["start date", "starts on", "commencement", "commence"]),
    ("position and duties", ["position", "job title", "duties"]),
    ("place of work", ["place of work", "work location", "remote", "hybrid", "office address"]),
    ("pay and pay interval", ["salary", "remuneration", "wage"]),
    ("working hours", ["working hours", "hours of work", "hours per week", "working time"]),
    ("paid leave", ["holiday", "vacation", "paid time off", "annual leave", "pto"]),
    ("confidentiality", ["confidential"]),
    ("intellectual property", ["intellectual property", "invention"]),
    ("termination and notice", ["terminat", "notice period"]),
    ("data protection", ["data protection", "privacy notice", "personal data"]),
    ("governing law", ["governing law", "laws of"]),
    ("entire agreement", ["entire agreement"]),
]

JURISDICTIONS = {
    "UK": [
        ("probation", ["probation"]),
        ("sick pay and sick leave", ["sick"]),
        ("pension (auto-enrolment)", ["pension"]),
        ("training entitlement", ["training"]),
        ("disciplinary and grievance procedures", ["disciplinary", "grievance"]),
        ("collective agreements, or a statement that none apply", ["collective agreement"]),
    ],
    "DE": [
        ("probation (Probezeit)", ["probation", "probezeit"]),
        ("overtime", ["overtime", "überstunden"]),
        ("rest breaks", ["break", "pause"]),
        ("training entitlement", ["training", "fortbildung"]),
        ("written form for termination", ["written form", "schriftform"]),
        ("collective agreements (Tarifvertrag)", ["collective agreement", "tarifvertrag"]),
    ],
    "US-CA": [
        ("at-will statement", ["at-will", "at will"]),
        ("exempt or non-exempt classification", ["exempt"]),
        ("Labor Code 2870 invention notice", ["2870"]),
        ("arbitration terms, if any, reviewed", ["arbitration"]),
    ],
    "OTHER": [],
}


def normalise(text):
    return " ".join(text.lower().split())


def mentions(text, phrase):
    # re.escape keeps the phrase literal; the look-behind only anchors it at a word start (linear time).
    return re.search(r"(?<![a-z0-9])" + re.escape(phrase), text) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("draft", help="the draft, Markdown or plain text")
    parser.add_argument("--jurisdiction", "-j", choices=sorted(JURISDICTIONS), default="OTHER",
                        help="adds that jurisdiction's items to the common ones (default OTHER: common only)")
    args = parser.parse_args()
    try:
        with open(args.draft, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ValueError(f"{args.draft} is larger than 5 MiB; is it really a contract draft?")
        text = normalise(raw.decode("utf-8"))
    except OSError as err:
        print(f"clause_check: cannot read {args.draft}: {err.strerror}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    except UnicodeDecodeError as err:
        print(f"clause_check: {args.draft} is not UTF-8 text (byte {err.start})", file=sys.stderr)
        return 2
    except ValueError as err:
        print(f"clause_check: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2

    items = COMMON + JURISDICTIONS[args.jurisdiction]
    missing = [name for name, phrases in items if not any(mentions(text, p) for p in phrases)]
    print(f"{len(items) - len(missing)} of {len(items)} checklist items found ({args.jurisdiction})")
    for name in missing:
        print(f"  missing: {name}")
    if args.jurisdiction == "US-CA" and mentions(text, "non-compet"):
        print("  note: a non-compete is mentioned; for California employees it may appear only as a statement that none applies")
    if not missing:
        print("next: review by qualified counsel")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
