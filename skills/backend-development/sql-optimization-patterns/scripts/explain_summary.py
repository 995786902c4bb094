#!/usr/bin/env python3
"""Summarise a PostgreSQL plan from EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON): the nodes that take the
time (self time, loops included), and the usual causes: row estimates off by 10x or more, filters that
throw most rows away, sorts and hashes spilling to disk, inner sides of nested loops run thousands of times.

  psql -XqAt -c "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT ..." > plan.json
  explain_summary.py plan.json

Exit status: 0 summarised, 2 unreadable input or not a JSON plan.
"""
import argparse
import json
import sys

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 500


def number(node, key):
    value = node.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def label(node):
    text = str(node.get("Node Type", "?"))
    if node.get("Relation Name"):
        text += f" on {node['Relation Name']}"
        if node.get("Alias") and node["Alias"] != node["Relation Name"]:
            text += f" {node['Alias']}"
    if node.get("Index Name"):
        text += f" using {node['Index Name']}"
    return text


def walk(node, depth=0, limited=False):
    """Yield (node, total_ms, self_ms, limited) for every node; times are over all its loops, and
    limited says a Limit above it may have stopped it early."""
    if depth > MAX_DEPTH or not isinstance(node, dict):
        return
    loops = number(node, "Actual Loops") or 1
    total = number(node, "Actual Total Time") * loops
    children = [c for c in node.get("Plans", []) if isinstance(c, dict)] if isinstance(node.get("Plans"), list) else []
    child_total = sum(number(c, "Actual Total Time") * (number(c, "Actual Loops") or 1) for c in children
                      if c.get("Parent Relationship") != "InitPlan")
    yield node, total, max(total - child_total, 0.0), limited
    limited = limited or node.get("Node Type") == "Limit"
    for child in children:
        yield from walk(child, depth + 1, limited)


def problems(node, total, limited):
    found = []
    loops = number(node, "Actual Loops") or 1
    actual = number(node, "Actual Rows") * loops
    planned = number(node, "Plan Rows") * loops
    if "Actual Rows" in node and max(actual, planned) >= 100:
        ratio = (max(actual, 1)) / max(planned, 1)
        if ratio >= 10 or (ratio <= 0.1 and not limited):
            found.append(f"estimated {planned:,.0f} rows, got {actual:,.0f}: refresh statistics (ANALYZE), "
                         "or add extended statistics for correlated columns")
    removed = number(node, "Rows Removed by Filter") * loops
    if removed >= 1000 and removed >= 10 * max(actual, 1):
        found.append(f"filter discarded {removed:,.0f} rows to keep {actual:,.0f}: an index on the filtered columns "
                     "(or a partial index) would read fewer")
    if node.get("Sort Space Type") == "Disk":
        found.append(f"sort spilled to disk ({number(node, 'Sort Space Used'):,.0f} kB): raise work_mem for this query or sort fewer rows")
    if number(node, "Hash Batches") > 1:
        found.append(f"hash split into {number(node, 'Hash Batches'):,.0f} batches (spilled): raise work_mem or hash the smaller side")
    if loops >= 1000 and total >= 1:
        fix = "fewer outer rows, or a hash join once the estimate is right" if "Index" in str(node.get("Node Type")) \
            else "an index on the join key, or a hash join"
        found.append(f"runs {loops:,.0f} times (inner side of a nested loop): {fix}")
    if number(node, "Heap Fetches") >= 1000:
        found.append(f"index-only scan fetched {number(node, 'Heap Fetches'):,.0f} heap pages: VACUUM to update the visibility map")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description="Find the slow nodes and their usual causes in a PostgreSQL JSON plan.",
                                     epilog="Exit status: 0 summarised, 2 unreadable input or not a JSON plan.")
    parser.add_argument("file", nargs="?", default="-", help="EXPLAIN (ANALYZE, FORMAT JSON) output (default: standard input)")
    parser.add_argument("--top", type=int, default=5, help="how many nodes to list by self time (default 5)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    try:
        if options.file == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(options.file, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES} bytes")
        document = json.loads(data.decode("utf-8-sig"))
    except OSError as error:
        print(f"explain_summary: cannot read {options.file}: {error.strerror}", file=sys.stderr)
        return 2
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        print(f"explain_summary: {options.file} is not a JSON plan: {error}", file=sys.stderr)
        return 2
    top = document[0] if isinstance(document, list) and document else document
    plan = top.get("Plan") if isinstance(top, dict) else None
    if not isinstance(plan, dict):
        print(f"explain_summary: {options.file} has no \"Plan\": use EXPLAIN (ANALYZE, FORMAT JSON)", file=sys.stderr)
        return 2
    if "Actual Total Time" not in plan:
        print("explain_summary: the plan has no actual times (EXPLAIN without ANALYZE); only estimates are shown", file=sys.stderr)
    nodes = list(walk(plan))
    execution = number(top, "Execution Time")
    ranked = sorted(nodes, key=lambda n: -n[2])[: max(options.top, 0)]
    findings = [(label(node), text) for node, total, _, limited in nodes for text in problems(node, total, limited)]
    if options.format == "json":
        print(json.dumps({
            "planning_ms": number(top, "Planning Time"), "execution_ms": execution,
            "slowest": [{"node": label(n), "self_ms": round(s, 3), "total_ms": round(t, 3), "loops": number(n, "Actual Loops") or 1}
                        for n, t, s, _ in ranked],
            "findings": [{"node": n, "finding": f} for n, f in findings],
        }, indent=2))
        return 0
    print(f"planning {number(top, 'Planning Time'):.1f} ms, execution {execution:.1f} ms, {len(nodes)} nodes")
    print("   self ms  share  node")
    for node, total, self_ms, _ in ranked:
        share = f"{100 * self_ms / execution:4.0f}%" if execution else "   -"
        loops = number(node, "Actual Loops") or 1
        print(f"{self_ms:10.1f}  {share}  {label(node)}" + (f" (x{loops:,.0f} loops)" if loops > 1 else ""))
    for name, text in findings:
        print(f"- {name}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
