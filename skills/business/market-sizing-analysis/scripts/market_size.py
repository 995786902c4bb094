#!/usr/bin/env python3
"""Bottom-up and top-down market sizing with scenarios and a sales-capacity check (standard library only).

Input is one JSON file:
  {"scenarios": [{"name": "base", "accounts": 130000, "acv": 3600,
                  "serviceable_share": 0.55, "target_share": 0.06}, ...],
   "top_down": {"category_spend": 2.4e9, "segment_share": 0.20, "serviceable_share": 0.55},   optional
   "capacity": {"scenario": "base", "reps_by_year": [2, 4, 7, 10, 14],                       optional
                "deals_per_rep_month": 6, "ramp_months": 3}}
accounts: all potential buying accounts; acv: annual contract value; serviceable_share: share you can
serve (segment, geography, integrations); target_share: share of SAM you can win in the horizon.
The capacity check counts the customers the sales team can close (new reps close nothing while
ramping) and caps SOM at that number. Amounts print in millions of the currency.
"""
import argparse
import json
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}


class InputError(Exception):
    pass


def number(obj, key, where, low=0.0, high=float("inf")):
    value = obj.get(key) if isinstance(obj, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        limit = f" between {low:g} and {high:g}" if high != float("inf") else f" of at least {low:g}"
        raise InputError(f'{where}: "{key}" must be a number{limit}, got {json.dumps(value)}')
    return float(value)


def millions(x):
    return f"{x / 1e6:,.1f}M"


def capacity_customers(reps_by_year, deals_per_rep_month, ramp_months):
    total, previous = 0.0, 0
    for reps in reps_by_year:
        new_reps = max(reps - previous, 0)
        total += (previous * 12 + new_reps * (12 - ramp_months)) * deals_per_rep_month
        previous = reps
    return round(total)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", help="JSON file with scenarios and optional checks")
    args = parser.parse_args()
    lines = []
    try:
        try:
            with open(args.model, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as err:
            raise InputError(f"cannot read {args.model}: {err.strerror}") from None
        except UnicodeDecodeError:
            raise InputError(f"{args.model} is not UTF-8 text") from None
        except json.JSONDecodeError as err:
            raise InputError(f"{args.model}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
        if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list) or not data["scenarios"]:
            raise InputError('the file needs a non-empty "scenarios" list')
        results = {}
        lines.append(f"{'scenario':<10} {'TAM':>10} {'SAM':>10} {'SOM':>10} {'SOM accts':>10}")
        for index, s in enumerate(data["scenarios"]):
            where = f"scenarios[{index}]"
            name = s.get("name") if isinstance(s, dict) else None
            if not isinstance(name, str) or not name.strip() or name in results:
                raise InputError(f'{where}: needs a unique "name"')
            accounts = number(s, "accounts", where)
            acv = number(s, "acv", where)
            sam_accounts = accounts * number(s, "serviceable_share", where, 0, 1)
            som_accounts = sam_accounts * number(s, "target_share", where, 0, 1)
            results[name] = {"acv": acv, "som_accounts": som_accounts}
            lines.append(f"{name[:10]:<10} {millions(accounts * acv):>10} {millions(sam_accounts * acv):>10} "
                  f"{millions(som_accounts * acv):>10} {som_accounts:>10,.0f}")
        if "top_down" in data:
            td = data["top_down"]
            tam = number(td, "category_spend", "top_down") * number(td, "segment_share", "top_down", 0, 1)
            sam = tam * number(td, "serviceable_share", "top_down", 0, 1)
            lines.append(f"top-down TAM {millions(tam)}, SAM {millions(sam)}")
        if "capacity" in data:
            cap = data["capacity"]
            scenario = cap.get("scenario") if isinstance(cap, dict) else None
            if scenario not in results:
                raise InputError(f'capacity: "scenario" must name one of {", ".join(results)}')
            reps = cap.get("reps_by_year")
            if not isinstance(reps, list) or not reps or not all(isinstance(r, int) and not isinstance(r, bool) and r >= 0 for r in reps):
                raise InputError('capacity: "reps_by_year" must be a list of head counts')
            ramp = number(cap, "ramp_months", "capacity", 0, 12) if "ramp_months" in cap else 3
            closed = capacity_customers(reps, number(cap, "deals_per_rep_month", "capacity"), ramp)
            chosen = results[scenario]
            lines.append(f"sales capacity over {len(reps)} years: {closed:,} customers vs {scenario} SOM {chosen['som_accounts']:,.0f}")
            lines.append(f"capacity-constrained SOM: {millions(min(closed, chosen['som_accounts']) * chosen['acv'])}")
    except InputError as err:
        print(f"market_size: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
