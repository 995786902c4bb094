#!/usr/bin/env python3
"""Compare two evaluation runs, or a judge with human labels (standard library only).

  compare_runs.py compare BASELINE.jsonl CANDIDATE.jsonl [--by-slice] [--tolerance 0.02]
      Each line is one scored example: {"id": "q17", "slice": "billing", "faithful": true, "score": 0.8}.
      Rows are paired by "id"; every other boolean or numeric field is a criterion. For each criterion
      it prints the baseline and candidate means and the mean paired difference with a 95 % bootstrap
      confidence interval. With --tolerance it exits 1 when a CI lower bound falls below -tolerance
      (a regression gate for CI).
  compare_runs.py agreement LABELS.jsonl --a human --b judge
      Agreement and Cohen's kappa between two boolean fields of the same rows (judge calibration).
"""
import argparse
import json
import random
import sys



class InputError(Exception):
    pass


def printable(text):
    """The text with control characters (terminal escapes included) shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in str(text))


def read_jsonl(path):
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}:{number}:{err.colno}: invalid JSON: {err.msg}") from None
                if not isinstance(row, dict):
                    raise InputError(f"{path}:{number}: each line must be a JSON object")
                rows.append((number, row))
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    if not rows:
        raise InputError(f"{path} has no rows")
    return rows


def by_id(path):
    table = {}
    for number, row in read_jsonl(path):
        key = row.get("id")
        if not isinstance(key, (str, int)) or isinstance(key, bool):
            raise InputError(f'{path}:{number}: every row needs an "id" (string or number)')
        if printable(key) in table:
            raise InputError(f'{path}:{number}: id "{key}" appears twice')
        table[printable(key)] = row
    return table


def is_score(value):
    return isinstance(value, (bool, int, float)) and value == value


def paired_bootstrap(diffs, iters=5000, seed=0):
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(iters))
    return sum(diffs) / n, means[int(0.025 * iters)], means[int(0.975 * iters)]


def compare(args):
    base, cand = by_id(args.baseline), by_id(args.candidate)
    shared = sorted(set(base) & set(cand))
    only = len(set(base) ^ set(cand))
    if not shared:
        raise InputError("the two runs share no id")
    criteria = sorted({printable(k) for i in shared for k, v in cand[i].items() if k not in ("id", "slice") and is_score(v)})
    if not criteria:
        raise InputError("no boolean or numeric fields to compare")
    print(f"{len(shared)} paired examples" + (f" ({only} ids in only one run, left out)" if only else ""))
    groups = [("all", shared)]
    if args.by_slice:
        slices = sorted({printable(cand[i].get("slice", "-")) for i in shared})
        groups += [(s, [i for i in shared if printable(cand[i].get("slice", "-")) == s]) for s in slices]
    regressions = []
    print(f"{'criterion':<16} {'slice':<12} {'n':>4} {'base':>6} {'cand':>6} {'diff':>7}  95% CI")
    for criterion in criteria:
        for name, ids in groups:
            pairs = []
            for i in ids:
                b, c = base[i].get(criterion), cand[i].get(criterion)
                if not (is_score(b) and is_score(c)):
                    raise InputError(f'id "{i}": "{criterion}" must be a boolean or number in both runs')
                pairs.append((float(b), float(c)))
            if not pairs:
                continue
            diff, low, high = paired_bootstrap([c - b for b, c in pairs], args.iterations, args.seed)
            mean_b = sum(b for b, _ in pairs) / len(pairs)
            mean_c = sum(c for _, c in pairs) / len(pairs)
            print(f"{criterion[:16]:<16} {name[:12]:<12} {len(pairs):>4} {mean_b:>6.3f} {mean_c:>6.3f} {diff:>+7.3f}  [{low:+.3f}, {high:+.3f}]")
            if args.tolerance is not None and name == "all" and low < -args.tolerance:
                regressions.append(f"{criterion} (CI lower bound {low:+.3f})")
    if regressions:
        print(f"REGRESSION beyond tolerance {args.tolerance}: {', '.join(regressions)}")
        return 1
    return 0


def agreement(args):
    a, b = [], []
    for number, row in read_jsonl(args.labels):
        x, y = row.get(args.a), row.get(args.b)
        if not isinstance(x, bool) or not isinstance(y, bool):
            raise InputError(f'{args.labels}:{number}: "{args.a}" and "{args.b}" must both be true or false')
        a.append(x)
        b.append(y)
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    print(f"{n} rows  agreement {observed:.2f}  Cohen's kappa {kappa:.2f}")
    disagreements = [printable(row.get("id", number)) for (number, row), x, y in zip(read_jsonl(args.labels), a, b) if x != y]
    if disagreements:
        print(f"disagreements: {', '.join(disagreements[:20])}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compare", help="paired comparison of two runs")
    c.add_argument("baseline")
    c.add_argument("candidate")
    c.add_argument("--by-slice", action="store_true", help='also compare per "slice" value')
    c.add_argument("--tolerance", type=float, help="exit 1 if a criterion may have dropped by more than this")
    c.add_argument("--iterations", type=int, default=5000, help="bootstrap resamples (default 5000)")
    c.add_argument("--seed", type=int, default=0)
    g = sub.add_parser("agreement", help="agreement and kappa between two boolean fields")
    g.add_argument("labels")
    g.add_argument("--a", default="human", help='first field (default "human")')
    g.add_argument("--b", default="judge", help='second field (default "judge")')
    args = parser.parse_args()
    if args.command == "compare" and not 100 <= args.iterations <= 200_000:
        parser.error("--iterations must be between 100 and 200000")
    try:
        return compare(args) if args.command == "compare" else agreement(args)
    except InputError as err:
        print(printable(f"compare_runs: {err}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
