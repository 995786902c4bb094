#!/usr/bin/env python3
"""SaaS metrics for a period from a month-by-month MRR movement table (standard library only).

The CSV needs a header row with these columns (currency amounts, logo counts), one row per month:
  month,new,expansion,contraction,churned,new_logos,churned_logos,s_and_m,cogs,net_burn
s_and_m is fully loaded sales and marketing expense; net_burn is cash out minus cash in.
Starting MRR and customer count are options; so are the preceding period's S&M (magic number) and the
revenue growth and free-cash-flow margin for the Rule of 40. Metrics whose inputs are missing or
zero print as n/a.
"""
import argparse
import csv
import math
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

COLUMNS = ["new", "expansion", "contraction", "churned", "new_logos", "churned_logos", "s_and_m", "cogs", "net_burn"]


class InputError(Exception):
    pass


def ratio(numerator, denominator):
    return None if numerator is None or not denominator else numerator / denominator


def read_months(path):
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ["month"] + COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
            months = []
            for row in reader:
                values = {}
                for column in COLUMNS:
                    text = (row[column] or "").strip().replace("_", "")
                    try:
                        values[column] = float(text)
                    except ValueError:
                        values[column] = math.nan
                    if not math.isfinite(values[column]):
                        raise InputError(f"{path}:{reader.line_num}: {column} is '{row[column]}', not a number")
                    if values[column] < 0 and column != "net_burn":
                        raise InputError(f"{path}:{reader.line_num}: {column} is negative; movements are positive amounts")
                months.append((row["month"], values))
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except csv.Error as err:
        raise InputError(f"{path}: malformed CSV: {err}") from None
    if not months:
        raise InputError(f"{path}: no data rows")
    return months


def compute(months, start_mrr, start_customers, prior_s_and_m, ltv_cap, growth, fcf_margin):
    mrr, customers, revenue = start_mrr, start_customers, 0.0
    totals = dict.fromkeys(COLUMNS, 0.0)
    logo_churn = []
    for month, values in months:
        if customers <= 0:
            raise InputError(f"customer count reaches {customers:g} before {month}; check the logo columns")
        logo_churn.append(values["churned_logos"] / customers)
        mrr += values["new"] + values["expansion"] - values["contraction"] - values["churned"]
        customers += values["new_logos"] - values["churned_logos"]
        revenue += mrr
        for column in COLUMNS:
            totals[column] += values[column]
    net_new = totals["new"] + totals["expansion"] - totals["contraction"] - totals["churned"]
    gross_margin = ratio(revenue - totals["cogs"], revenue)
    churn = sum(logo_churn) / len(logo_churn)
    arpa = ratio(mrr, customers)
    cac = ratio(totals["s_and_m"], totals["new_logos"])
    new_arpa = ratio(totals["new"], totals["new_logos"])
    margin_arpa = None if arpa is None or gross_margin is None else arpa * gross_margin
    lifetime_capped = min(1 / churn, ltv_cap) if churn else ltv_cap
    ltv_capped = None if margin_arpa is None else margin_arpa * lifetime_capped
    return [
        ("ending MRR", mrr, "money"),
        ("ARR", mrr * 12, "money"),
        (f"net new MRR ({len(months)} mo)", net_new, "money"),
        ("GRR (period)", ratio(start_mrr - totals["contraction"] - totals["churned"], start_mrr), "pct"),
        ("NRR (period)", ratio(start_mrr + totals["expansion"] - totals["contraction"] - totals["churned"], start_mrr), "pct"),
        ("avg monthly logo churn", churn, "pct"),
        ("gross margin", gross_margin, "pct"),
        ("ARPA (monthly)", arpa, "money"),
        ("blended CAC", cac, "money"),
        ("CAC payback (months)", ratio(cac, None if new_arpa is None or gross_margin is None else new_arpa * gross_margin), "money"),
        ("LTV (uncapped)", ratio(margin_arpa, churn), "money"),
        (f"LTV ({ltv_cap:g}-month cap)", ltv_capped, "money"),
        ("LTV:CAC (capped)", ratio(ltv_capped, cac), "money"),
        ("magic number", ratio(net_new * 12, prior_s_and_m), "money"),
        ("burn multiple", ratio(totals["net_burn"], net_new * 12 if net_new > 0 else None), "money"),
        ("SaaS quick ratio", ratio(totals["new"] + totals["expansion"], totals["contraction"] + totals["churned"]), "money"),
        ("Rule of 40", None if growth is None or fcf_margin is None else (growth + fcf_margin) * 100, "money"),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", help="month-by-month movements")
    parser.add_argument("--start-mrr", type=float, required=True, help="MRR at the start of the first month")
    parser.add_argument("--start-customers", type=float, required=True, help="customers at the start")
    parser.add_argument("--prior-s-and-m", type=float, help="S&M expense of the preceding period of the same length (magic number)")
    parser.add_argument("--ltv-cap", type=float, default=60, help="customer lifetime cap in months (default 60)")
    parser.add_argument("--growth", type=float, help="year-over-year revenue growth, 0.85 = 85%% (Rule of 40)")
    parser.add_argument("--fcf-margin", type=float, help="free cash flow margin, -0.45 = -45%% (Rule of 40)")
    args = parser.parse_args()
    if args.start_mrr <= 0 or args.start_customers <= 0:
        parser.error("--start-mrr and --start-customers must be positive")
    if args.ltv_cap <= 0:
        parser.error("--ltv-cap must be positive")
    try:
        metrics = compute(read_months(args.csv), args.start_mrr, args.start_customers, args.prior_s_and_m,
                          args.ltv_cap, args.growth, args.fcf_margin)
    except InputError as err:
        print(f"saas_metrics: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    for name, value, kind in metrics:
        if value is None:
            shown = "n/a"
        elif kind == "pct":
            shown = f"{value:.1%}"
        else:
            shown = f"{value:,.2f}"
        print(f"{name:<24} {shown:>14}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
