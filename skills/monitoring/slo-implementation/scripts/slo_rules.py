#!/usr/bin/env python3
"""Error-budget math and multi-window multi-burn-rate Prometheus rules for a ratio SLI.

Usage: python3 slo_rules.py SERVICE OBJECTIVE_PERCENT [--status BAD TOTAL] > rules/SERVICE-slo.yaml
Example: python3 slo_rules.py orders-api 99.9
"""
import argparse
import re
import sys

PERIOD_DAYS = 30
# (budget fraction consumed, long window, short window, severity) — Google SRE workbook defaults
POLICIES = [
    (0.02, "1h", "5m", "page"),
    (0.05, "6h", "30m", "page"),
    (0.10, "3d", "6h", "ticket"),
]
SERVICE_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
HOURS = {"5m": 5 / 60, "30m": 0.5, "1h": 1, "6h": 6, "3d": 72}


def budget_minutes(objective_pct: float, days: int = PERIOD_DAYS) -> float:
    return (1 - objective_pct / 100) * days * 24 * 60


def burn_rate(budget_fraction: float, window: str, days: int = PERIOD_DAYS) -> float:
    """Burn rate at which `budget_fraction` of the budget is spent within `window`."""
    return budget_fraction * days * 24 / HOURS[window]


def rules_yaml(service: str, objective_pct: float) -> str:
    sel = f'job="{service}"'
    error_budget = 1 - objective_pct / 100
    windows = sorted({w for _, lw, sw, _ in POLICIES for w in (lw, sw)}, key=HOURS.get)
    out = ["groups:", f"  - name: {service}-slo-recording", "    rules:"]
    for w in windows:
        out += [
            f"      - record: slo:sli_error:ratio_rate{w}",
            "        expr: |",
            f'          sum(rate(http_requests_total{{{sel}, code=~"5.."}}[{w}]))',
            f"          /",
            f"          sum(rate(http_requests_total{{{sel}}}[{w}]))",
            "        labels:",
            f"          service: {service}",
        ]
    out += [f"  - name: {service}-slo-alerts", "    rules:"]
    for fraction, long_w, short_w, severity in POLICIES:
        rate = burn_rate(fraction, long_w)
        threshold = round(rate * error_budget, 6)
        out += [
            f"      - alert: {''.join(c for c in service.title() if c.isalnum())}ErrorBudgetBurn",
            "        expr: |",
            f'          slo:sli_error:ratio_rate{long_w}{{service="{service}"}} > {threshold}',
            "          and",
            f'          slo:sli_error:ratio_rate{short_w}{{service="{service}"}} > {threshold}',
            "        labels:",
            f"          severity: {severity}",
            f'          long_window: "{long_w}"',
            "        annotations:",
            f'          summary: "{service} is burning its {objective_pct}% SLO budget at {rate:g}x"',
            f'          description: "{fraction:.0%} of the {PERIOD_DAYS}-day error budget would be spent in {long_w}."',
        ]
    return "\n".join(out) + "\n"


def status(objective_pct: float, bad: float, total: float) -> str:
    """How much of the budget a count of failed requests has used."""
    allowed = (1 - objective_pct / 100) * total
    used = bad / allowed if allowed else float("inf")
    return (f"# {bad:,.0f} of {total:,.0f} requests failed; the budget allows {allowed:,.0f}: "
            f"{used:.1%} used, {1 - used:.1%} left")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Error-budget math and multi-window multi-burn-rate Prometheus rules for a ratio SLI.",
        epilog="Example: python3 slo_rules.py orders-api 99.9 > rules/orders-api-slo.yaml")
    parser.add_argument("service", help="value of the job label, e.g. orders-api")
    parser.add_argument("objective", type=float, help="objective in percent, e.g. 99.9")
    parser.add_argument("--status", nargs=2, type=float, metavar=("BAD", "TOTAL"),
                        help="also report the budget used by BAD failed requests out of TOTAL")
    args = parser.parse_args(argv)
    if not SERVICE_NAME.fullmatch(args.service):
        parser.error("SERVICE may hold only letters, digits, '_', '.', ':' and '-' (it goes into YAML and PromQL)")
    if not 0 < args.objective < 100:
        parser.error("OBJECTIVE is a percentage strictly between 0 and 100")
    if args.status and not 0 <= args.status[0] <= args.status[1]:
        parser.error("--status needs 0 <= BAD <= TOTAL")
    print(f"# budget: {budget_minutes(args.objective):.1f} min per {PERIOD_DAYS} days", file=sys.stderr)
    for fraction, long_w, short_w, severity in POLICIES:
        print(f"# {severity}: burn rate {burn_rate(fraction, long_w):g}x over {long_w} and {short_w}",
              file=sys.stderr)
    if args.status:
        print(status(args.objective, *args.status), file=sys.stderr)
    sys.stdout.write(rules_yaml(args.service, args.objective))
    return 0


if __name__ == "__main__":
    sys.exit(main())

