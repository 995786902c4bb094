#!/usr/bin/env python3
"""Check Grafana dashboard JSON before it is provisioned from Git: export placeholders (__inputs), the
v2 schema, uid and id problems, hard-coded data sources, fixed rate() ranges instead of
$__rate_interval, multi-value variables matched with =, panels without a unit, duplicate panel ids.

Exit status: 0 nothing found, 1 findings, 2 unreadable input or not a dashboard.
"""
import argparse
import json
import sys

MAX_BYTES = 32 * 1024 * 1024
UNIT_PANELS = {"timeseries", "stat", "gauge", "bargauge", "graph"}
RANGE_FUNCTIONS = ("rate(", "irate(", "increase(", "delta(", "deriv(", "_over_time(")


def panels_of(container, depth=0):
    """Every panel, rows' nested panels included."""
    items = container.get("panels") if isinstance(container, dict) else None
    for panel in items if isinstance(items, list) and depth < 5 else []:
        if isinstance(panel, dict):
            yield panel
            yield from panels_of(panel, depth + 1)


def fixed_ranges(expr):
    """Durations written inside [...] as literals, e.g. [5m]; subqueries [1h:5m] and variables are left alone."""
    found, start = [], expr.find("[")
    while start >= 0:
        end = expr.find("]", start)
        if end < 0:
            break
        inside = expr[start + 1:end]
        if inside and "$" not in inside and ":" not in inside and inside[0].isdigit():
            found.append(inside)
        start = expr.find("[", end)
    return found


def datasource_problem(datasource):
    if isinstance(datasource, str):
        return None if datasource.startswith("$") or datasource in ("-- Grafana --", "-- Mixed --", "-- Dashboard --") else datasource
    if isinstance(datasource, dict):
        uid = datasource.get("uid")
        if isinstance(uid, str) and uid and not uid.startswith("$") and not uid.startswith("-- ") and uid != "grafana":
            return uid
    return None


def lint(dashboard):
    findings = []
    report = lambda where, rule, message: findings.append({"where": where, "rule": rule, "message": message})
    if isinstance(dashboard.get("spec"), dict) and "elements" in dashboard["spec"] or "elements" in dashboard:
        report("dashboard", "v2-schema", "this is the v2 (dynamic dashboards) schema; file provisioning expects the classic JSON model")
        return findings
    if "dashboard" in dashboard and isinstance(dashboard["dashboard"], dict) and "panels" not in dashboard:
        dashboard = dashboard["dashboard"]  # the API's {"dashboard": ..., "meta": ...} wrapper
    if "__inputs" in dashboard:
        report("dashboard", "export-inputs", "__inputs placeholders (exported for sharing externally) only resolve in the import UI; use a datasource variable")
    uid = dashboard.get("uid")
    if not isinstance(uid, str) or not uid:
        report("dashboard", "uid", "no uid: every provisioning run creates a new identity; set a stable uid")
    elif len(uid) > 40 or not all(c.isalnum() or c in "-_" for c in uid):
        report("dashboard", "uid", f"uid {uid!r} must be at most 40 letters, digits, '-' or '_'")
    if dashboard.get("id") is not None:
        report("dashboard", "id", "id is set: imports can clash with another dashboard's id; use \"id\": null")
    if not isinstance(dashboard.get("panels"), list):
        report("dashboard", "panels", "no top-level panels list: not a classic dashboard JSON model")
    variables = dashboard.get("templating", {}).get("list", []) if isinstance(dashboard.get("templating"), dict) else []
    variables = [v for v in variables if isinstance(v, dict)]
    multi = [v.get("name") for v in variables if (v.get("multi") or v.get("includeAll")) and isinstance(v.get("name"), str)]
    seen_ids = {}
    for panel in panels_of(dashboard):
        title = str(panel.get("title") or f"panel {panel.get('id')}")
        where = f"panel {title!r}"
        pid = panel.get("id")
        if isinstance(pid, int):
            if pid in seen_ids:
                report(where, "duplicate-id", f"panel id {pid} is also used by {seen_ids[pid]!r}")
            seen_ids.setdefault(pid, title)
        hard = datasource_problem(panel.get("datasource"))
        if hard:
            report(where, "fixed-datasource", f"data source {hard!r} is hard-coded; use the ${{datasource}} variable")
        kind = panel.get("type")
        defaults = panel.get("fieldConfig", {}).get("defaults", {}) if isinstance(panel.get("fieldConfig"), dict) else {}
        if kind in UNIT_PANELS and isinstance(defaults, dict) and not defaults.get("unit"):
            report(where, "no-unit", "no unit set (fieldConfig.defaults.unit): seconds, bytes and ratios display as bare numbers")
        targets = panel.get("targets") if isinstance(panel.get("targets"), list) else []
        for target in targets:
            if not isinstance(target, dict):
                continue
            expr = target.get("expr")
            if not isinstance(expr, str):
                continue
            if any(f in expr for f in RANGE_FUNCTIONS):
                for duration in sorted(set(fixed_ranges(expr))):
                    report(where, "fixed-range", f"[{duration}] is fixed: too short when zoomed out, gaps at other scrape intervals; use [$__rate_interval]")
            for name in multi:
                for form in (f'="${name}"', f'="${{{name}}}"', f'!="${name}"'):
                    if form in expr:
                        report(where, "multi-value-equals", f"${name} can hold several values; match it with =~ (or !~), not = or !=")
                        break
            hard = datasource_problem(target.get("datasource"))
            if hard:
                report(where, "fixed-datasource", f"query data source {hard!r} is hard-coded; use the ${{datasource}} variable")
    return findings


def main(argv=None):
    parser = argparse.ArgumentParser(description="Check Grafana dashboard JSON files for provisioning and query pitfalls.",
                                     epilog="Exit status: 0 clean, 1 findings, 2 unreadable input or not a dashboard.")
    parser.add_argument("files", nargs="+", metavar="DASHBOARD", help="dashboard JSON file, or - for standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    results = []
    for path in options.files:
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ValueError(f"larger than {MAX_BYTES} bytes")
            dashboard = json.loads(data.decode("utf-8-sig"))
        except OSError as error:
            print(f"dashboard_lint: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        except (ValueError, UnicodeDecodeError, RecursionError) as error:
            print(f"dashboard_lint: {path} is not JSON: {error}", file=sys.stderr)
            return 2
        if not isinstance(dashboard, dict):
            print(f"dashboard_lint: {path} is not a dashboard (a JSON object)", file=sys.stderr)
            return 2
        results += [dict(file=path, **f) for f in lint(dashboard)]
    if options.format == "json":
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print("".join(c if c.isprintable() else "?" for c in f"{r['file']}: {r['where']}: [{r['rule']}] {r['message']}"))
        print(f"{len(results)} finding(s)", file=sys.stderr)
    return 1 if results else 0


if __name__ == "__main__":
    sys.exit(main())
