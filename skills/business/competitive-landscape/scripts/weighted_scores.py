#!/usr/bin/env python3
"""Weighted competitor scoring with a weight-sensitivity check (standard library only).

Input is one JSON file:
  {"us": "Our product",                                   which option is yours (for the gap list)
   "criteria": {"ease_of_setup": 0.4, "price_fit": 0.6},  buying criteria and weights summing to 1
   "options": {"Our product": {"ease_of_setup": 5, "price_fit": 3}, "Rival": {...}}}  scores 1-5

Prints the weighted ranking, how often each option ranks first when every weight is perturbed by up
to +/- the jitter (weights renormalised, seeded so runs repeat), and the criteria where a competitor
beats you by the gap threshold or more.
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


def number(value, where, low, high):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise InputError(f"{where} must be a number from {low} to {high}, got {json.dumps(value)}")
    return float(value)


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
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), dict) or not isinstance(data.get("options"), dict):
        raise InputError(f'{path} must be an object with "criteria" and "options" objects')
    criteria = {name: number(w, f'weight of "{name}"', 0, 1) for name, w in data["criteria"].items()}
    if not criteria:
        raise InputError("no criteria given")
    total = sum(criteria.values())
    if abs(total - 1) > 1e-6:
        raise InputError(f"criteria weights sum to {total:.4f}; they must sum to 1")
    options = {}
    for option, scores in data["options"].items():
        if not isinstance(scores, dict):
            raise InputError(f'options["{option}"] must be an object of criterion scores')
        missing = [c for c in criteria if c not in scores]
        unknown = [c for c in scores if c not in criteria]
        if missing or unknown:
            raise InputError(f'options["{option}"]: ' + "; ".join(
                part for part in (f"missing {', '.join(missing)}" if missing else "",
                                  f"unknown criteria {', '.join(unknown)}" if unknown else "") if part))
        options[printable(option)] = {c: number(scores[c], f'score of "{option}" on "{c}"', 1, 5) for c in criteria}
    if len(options) < 2:
        raise InputError("give at least two options to compare")
    us = data.get("us")
    us = printable(us) if isinstance(us, str) else us
    if us is not None and us not in options:
        raise InputError(f'"us" is "{us}", which is not one of the options')
    return us, criteria, options


def ranking(options, weights):
    scored = ((name, sum(scores[c] * w for c, w in weights.items())) for name, scores in options.items())
    return sorted(scored, key=lambda item: -item[1])


def rank_one_shares(options, criteria, trials, jitter, seed):
    rng = random.Random(seed)
    wins = dict.fromkeys(options, 0)
    for _ in range(trials):
        raw = {c: w * (1 + rng.uniform(-jitter, jitter)) for c, w in criteria.items()}
        total = sum(raw.values()) or 1.0
        wins[ranking(options, {c: v / total for c, v in raw.items()})[0][0]] += 1
    return {name: count / trials for name, count in wins.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scores", help="JSON file with criteria, weights and scores")
    parser.add_argument("--trials", type=int, default=2000, help="weight perturbations to try (default 2000)")
    parser.add_argument("--jitter", type=float, default=0.3, help="relative weight change, 0.3 = +/-30%% (default)")
    parser.add_argument("--gap", type=float, default=2, help="score difference that counts as a gap (default 2)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 1 <= args.trials <= 1_000_000:
        parser.error("--trials must be between 1 and 1000000")
    if not 0 <= args.jitter < 1:
        parser.error("--jitter must be at least 0 and below 1")
    try:
        us, criteria, options = load(args.scores)
    except InputError as err:
        print(printable(f"weighted_scores: {err}"), file=sys.stderr)
        return 1

    width = max(len(name) for name in options) + 2
    for name, score in ranking(options, criteria):
        print(f"{name:<{width}} {score:.2f}")
    print(f"rank-1 share under +/-{args.jitter:.0%} weight changes:")
    shares = rank_one_shares(options, criteria, args.trials, args.jitter, args.seed)
    for name, share in sorted(shares.items(), key=lambda item: -item[1]):
        if share:
            print(f"  {name:<{width}} {share:.0%}")
    if us is not None:
        for name, scores in options.items():
            for criterion in criteria:
                if name != us and scores[criterion] - options[us][criterion] >= args.gap:
                    print(f"gap: {name} beats us on {criterion} ({scores[criterion]:g} vs {options[us][criterion]:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
