#!/usr/bin/env python3
"""Create the next numbered ADR (MADR-style) and optionally mark an older one superseded.

Usage:
  python3 new_adr.py "Use PostgreSQL for the orders service"
  python3 new_adr.py "Move orders to DynamoDB" --supersedes 7 --dir docs/decisions
"""
import argparse
import datetime as dt
import pathlib
import re
import sys

TEMPLATE = """---
status: proposed
date: {date}
decision-makers: []
consulted: []
informed: []
---

# {title}

## Context and Problem Statement

What forces us to decide now? Facts, constraints, and the question being answered.

## Decision Drivers

* ...

## Considered Options

* ...

## Decision Outcome

Chosen option: "...", because ...

### Consequences

* Good, because ...
* Bad, because ...

### Confirmation

How we will check that the decision is implemented and still holds.

## Pros and Cons of the Options

### ...

## More Information

{more}
"""


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:60].rstrip("-")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("title")
    ap.add_argument("--dir", default="docs/decisions")
    ap.add_argument("--supersedes", type=int)
    args = ap.parse_args()

    folder = pathlib.Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    numbers = [int(m.group(1)) for p in folder.glob("*.md") if (m := re.match(r"(\d{4})-", p.name))]
    number = max(numbers, default=0) + 1
    path = folder / f"{number:04d}-{slugify(args.title)}.md"

    more = ""
    if args.supersedes is not None:
        old = next(iter(folder.glob(f"{args.supersedes:04d}-*.md")), None)
        if old is None:
            print(f"ADR {args.supersedes:04d} not found in {folder}", file=sys.stderr)
            return 1
        text = old.read_text()
        text = re.sub(r"^status: .*$", f"status: superseded by ADR-{number:04d}", text, count=1, flags=re.M)
        old.write_text(text)
        more = f"Supersedes [ADR-{args.supersedes:04d}]({old.name})."

    path.write_text(TEMPLATE.format(date=dt.date.today().isoformat(), title=args.title, more=more))
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
