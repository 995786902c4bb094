#!/usr/bin/env python3
"""Capability gaps, single points of failure and the cost of a hiring plan (standard library only).

Input is one JSON file:
  {"required": {"backend engineering": 3, "enterprise sales": 3, ...},        level needed, 0-3
   "team": {"Ana (CEO)": {"enterprise sales": 2, ...}, ...},                  current people, 0-3
   "plan": [{"role": "Account executive", "covers": {"enterprise sales": 3},
             "salary": 130000, "start_quarter": 2, "ramp_months": 4}, ...],
   "burden": 0.25, "recruiting_cost": 0.15, "quarters": 6}                    optional, these defaults
Levels: 0 none, 1 basic, 2 solid, 3 expert. A single point of failure is a required capability (level 2+)
that only one person holds at level 2 or more. Cost per quarter = salaries x (1 + burden) / 4 from the
start quarter, plus recruiting_cost x salary in the start quarter.
"""
import argparse
import json
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}


class InputError(Exception):
    pass


def show(text):
    """Names come from the input file: keep control characters off the terminal."""
    return str(text).translate(CONTROL_TO_QUESTION)


def level_map(value, where, known=None):
    if not isinstance(value, dict):
        raise InputError(f"{where} must be an object of capability levels")
    for capability, level in value.items():
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 3:
            raise InputError(f'{where}["{capability}"] must be a level from 0 to 3')
        if known is not None and capability not in known:
            raise InputError(f'{where}: "{capability}" is not a required capability (check the spelling)')
    return value


def number(obj, key, where, default=None, low=0.0, high=float("inf")):
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise InputError(f'{where}: "{key}" must be a number from {low:g}' + (f" to {high:g}" if high != float("inf") else ""))
    return value


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} must hold a JSON object")
    required = level_map(data.get("required"), "required")
    if not required:
        raise InputError('"required" lists no capabilities')
    team = data.get("team")
    if not isinstance(team, dict):
        raise InputError('"team" must be an object of people')
    team = {person: level_map(skills, f'team["{person}"]', required) for person, skills in team.items()}
    quarters = int(number(data, "quarters", "top level", 6, 1, 40))
    plan = []
    for index, hire in enumerate(data.get("plan") or []):
        where = f"plan[{index}]"
        if not isinstance(hire, dict) or not isinstance(hire.get("role"), str):
            raise InputError(f'{where} needs a "role"')
        plan.append({"role": hire["role"], "covers": level_map(hire.get("covers"), f"{where}.covers", required),
                     "salary": number(hire, "salary", where), "start": int(number(hire, "start_quarter", where, None, 1, quarters)),
                     "ramp": number(hire, "ramp_months", where, 0, 0, 36)})
    return required, team, plan, number(data, "burden", "top level", 0.25, 0, 2), number(data, "recruiting_cost", "top level", 0.15, 0, 2), quarters


def coverage(required, people):
    best = dict.fromkeys(required, 0)
    for skills in people.values():
        for capability, level in skills.items():
            best[capability] = max(best[capability], level)
    return best


def gaps(required, people):
    have = coverage(required, people)
    return {c: need - have[c] for c, need in required.items() if have[c] < need}


def single_points(required, people):
    risky = []
    for capability, need in required.items():
        holders = [p for p, skills in people.items() if skills.get(capability, 0) >= 2]
        if need >= 2 and len(holders) == 1:
            risky.append(f"{capability} (only {holders[0]})")
    return risky


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("plan", help="JSON file with required capabilities, the team and the hiring plan")
    args = parser.parse_args()
    try:
        required, team, plan, burden, recruiting, quarters = load(args.plan)
    except InputError as err:
        print(f"team_plan: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    print(show(f"gaps before hiring: {gaps(required, team) or 'none'}"))
    print(show(f"single points of failure: {', '.join(single_points(required, team)) or 'none'}"))
    future = dict(team)
    for hire in plan:
        future[hire["role"]] = hire["covers"]
    print(show(f"gaps after plan: {gaps(required, future) or 'none'}"))
    cost = [0.0] * quarters
    for hire in plan:
        start_month = (hire["start"] - 1) * 3 + 1
        print(show(f"{hire['role'][:26]:<26} starts month {start_month:>2}, fully productive by month {start_month + hire['ramp']:g}"))
        cost[hire["start"] - 1] += hire["salary"] * recruiting
        for quarter in range(hire["start"] - 1, quarters):
            cost[quarter] += hire["salary"] / 4 * (1 + burden)
    for index, amount in enumerate(cost, start=1):
        print(f"Q{index}: incremental cost ${amount:,.0f}")
    print(f"{quarters * 3}-month incremental cost: ${sum(cost):,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
