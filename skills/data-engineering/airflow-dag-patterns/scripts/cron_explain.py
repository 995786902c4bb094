#!/usr/bin/env python3
"""Explain a five-field cron expression (or a preset such as @daily) in words and list its next run
times, so a schedule can be checked before a DAG or job is deployed.

Standard cron semantics: when both day-of-month and day-of-week are restricted, a day matches if
either does. Times are computed in UTC unless --from carries another offset.
Exit status: 0 valid, 2 invalid expression or bad usage.
"""
import argparse
import sys
from datetime import datetime, timedelta, timezone

PRESETS = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
           "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
FIELDS = [("minute", 0, 59, None), ("hour", 0, 23, None), ("day-of-month", 1, 31, None),
          ("month", 1, 12, MONTHS), ("day-of-week", 0, 7, DAYS)]


class CronError(ValueError):
    pass


def number(text, low, high, names, field):
    upper = text.upper()
    if names and upper in names:
        return names.index(upper) + (1 if field == "month" else 0)
    if not text.isdigit():
        raise CronError(f"{field}: {text!r} is not a number{' or a name' if names else ''}")
    value = int(text)
    if not low <= value <= high:
        raise CronError(f"{field}: {value} is outside {low}-{high}")
    return value


def parse_field(text, field, low, high, names):
    values = set()
    for part in text.split(","):
        if not part:
            raise CronError(f"{field}: empty list item in {text!r}")
        base, _, step_text = part.partition("/")
        step = 1
        if step_text:
            if not step_text.isdigit() or int(step_text) == 0:
                raise CronError(f"{field}: step {step_text!r} must be a positive number")
            step = int(step_text)
        if base == "*":
            start, end = low, high if field != "day-of-week" else 6
        elif "-" in base:
            a, _, b = base.partition("-")
            start, end = number(a, low, high, names, field), number(b, low, high, names, field)
            if start > end:
                raise CronError(f"{field}: range {base} runs backwards")
        else:
            start = number(base, low, high, names, field)
            end = high if step_text else start
        values.update(range(start, end + 1, step))
    if field == "day-of-week" and 7 in values:
        values.discard(7)
        values.add(0)
    return values


def parse(expression):
    text = expression.strip()
    text = PRESETS.get(text.lower(), text)
    if text.startswith("@"):
        raise CronError(f"unknown preset {expression.strip()!r} (known: {', '.join(sorted(PRESETS))})")
    parts = text.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields (minute hour day-of-month month day-of-week), got {len(parts)}")
    sets = [parse_field(p, name, low, high, names) for p, (name, low, high, names) in zip(parts, FIELDS)]
    # As in Vixie cron, a field starting with "*" (also "*/2") leaves the other day field in charge.
    restricted = (not parts[2].startswith("*"), not parts[4].startswith("*"))
    return sets, parts, restricted


def spans(values):
    ordered = sorted(values)
    out = []
    for v in ordered:
        if out and v == out[-1][1] + 1:
            out[-1][1] = v
        else:
            out.append([v, v])
    return out


def describe_set(values, full, label=str):
    if values == full:
        return None
    chunks = []
    for a, b in spans(values):
        chunks.append(label(a) if a == b else f"{label(a)} through {label(b)}" if b - a > 1 else f"{label(a)}, {label(b)}")
    return ", ".join(chunks)


def explain(sets, parts, restricted):
    minutes, hours, doms, months, dows = sets
    if len(minutes) == 1 and len(hours) == 1:
        when = f"at {min(hours):02d}:{min(minutes):02d}"
    elif len(minutes) == 1 and len(hours) <= 6:
        when = "at " + ", ".join(f"{h:02d}:{min(minutes):02d}" for h in sorted(hours))
    else:
        minute_text = describe_set(minutes, set(range(60)))
        hour_text = describe_set(hours, set(range(24)), lambda h: f"{h:02d}h")
        when = ("every minute" if minute_text is None else f"at minute {minute_text}") + \
               ("" if hour_text is None else f" past hour {hour_text}")
    days = []
    dom_text = describe_set(doms, set(range(1, 32)))
    dow_text = describe_set(dows, set(range(7)), lambda d: DAY_NAMES[d])
    if restricted[0] and restricted[1] and dom_text and dow_text:
        days.append(f"on day {dom_text} of the month or on {dow_text}")
    else:
        if dom_text:
            days.append(f"on day {dom_text} of the month")
        if dow_text:
            days.append(f"on {dow_text}")
    month_text = describe_set(months, set(range(1, 13)), lambda m: MONTH_NAMES[m - 1])
    if month_text:
        days.append(f"in {month_text}")
    return " ".join([when] + days) if days else f"{when}, every day"


def matches_day(day, sets, restricted):
    _, _, doms, months, dows = sets
    if day.month not in months:
        return False
    dom_ok, dow_ok = day.day in doms, (day.weekday() + 1) % 7 in dows
    if restricted[0] and restricted[1]:
        return dom_ok or dow_ok
    return dom_ok and dow_ok


def next_runs(sets, restricted, start, count):
    minutes, hours = sorted(sets[0]), sorted(sets[1])
    moment = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    day = moment.replace(hour=0, minute=0)
    runs = []
    for _ in range(366 * 8):  # leap-day schedules recur within 8 years
        if matches_day(day, sets, restricted):
            for h in hours:
                for m in minutes:
                    candidate = day.replace(hour=h, minute=m)
                    if candidate >= moment:
                        runs.append(candidate)
                        if len(runs) == count:
                            return runs
        day += timedelta(days=1)
    return runs


def main(argv=None):
    parser = argparse.ArgumentParser(description="Explain a cron expression and list its next run times.",
                                     epilog="Example: cron_explain.py '30 2 * * 1-5' --from 2026-12-05T00:00:00Z --count 3")
    parser.add_argument("expression", help="five fields in one quoted argument, or a preset such as @daily")
    parser.add_argument("--count", type=int, default=5, help="how many next runs to list (default 5, at most 1000)")
    parser.add_argument("--from", dest="start", help="ISO 8601 start time (default: now, UTC)")
    options = parser.parse_args(argv)
    if not 0 <= options.count <= 1000:
        parser.error("--count must be between 0 and 1000")
    try:
        start = datetime.now(timezone.utc)
        if options.start:
            start = datetime.fromisoformat(options.start.replace("Z", "+00:00"))
            if start.tzinfo is None:
                start = start.replace(tzinfo=timezone.utc)
        sets, parts, restricted = parse(options.expression)
    except (CronError, ValueError) as error:
        print(f"cron_explain: {error}", file=sys.stderr)
        return 2
    print(f"{' '.join(parts)}: {explain(sets, parts, restricted)}")
    runs = next_runs(sets, restricted, start, options.count)
    for run in runs:
        print(run.isoformat())
    if options.count and not runs:
        print("no run in the next 8 years (e.g. 30 February)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
