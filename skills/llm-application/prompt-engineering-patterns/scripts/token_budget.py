#!/usr/bin/env python3
"""Estimate the tokens of prompt files and what a request volume costs (standard library only, offline).

Token counts are estimates, not a tokenizer: about 4.7 characters per token for English prose, 3.7 for code
and markup, one per group of up to three digits and per separator after a number, about one per CJK
character and one per 2 characters of other non-Latin scripts. The range printed, -15 %/+25 % of the
estimate, covers the difference between tokenizers; for exact counts use the provider's tokenizer or
token-counting endpoint. Prices are yours to give (per million tokens), since they change often.

  token_budget.py PROMPT [PROMPT ...] [--budget N]
  token_budget.py PROMPT ... --output-tokens 300 --requests-per-day 2000 --input-price 3 --output-price 15
      [--cached-fraction 0.8 --cached-price 0.3]

With --budget, exits 1 when the high end of the estimate exceeds N (a unit-test style check).
"""
import argparse
import sys
import unicodedata

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

MAX_BYTES = 20 * 1024 * 1024
CODE_MARKS = set("{}[]()<>=;:\"'`|\\/_*#$")


def estimate(text):
    """Estimated token count of text, from its mix of scripts."""
    latin = code = cjk = other = spaces = digit_tokens = run = 0
    for char in text:
        if char.isdigit() and ord(char) < 128:
            run += 1
            continue
        if run:
            digit_tokens += (run + 2) // 3      # numbers split into groups of up to three digits
            run = 0
            if ord(char) < 128 and not char.isalnum() and not char.isspace():
                digit_tokens += 1               # separators after numbers ("2026-01,", "4.5") stand alone
                continue
        if char.isspace():
            spaces += 1
        elif ord(char) < 128:
            if char in CODE_MARKS:
                code += 1
            else:
                latin += 1
        elif unicodedata.category(char)[0] == "L" and unicodedata.east_asian_width(char) in ("W", "F"):
            cjk += 1
        else:
            other += 1
    if run:
        digit_tokens += (run + 2) // 3
    # Symbols pull the ratio of the surrounding ASCII text towards code (3.7 chars per token).
    ascii_total = latin + code + spaces
    code_share = code / ascii_total if ascii_total else 0
    chars_per_token = 4.7 - min(1.0, code_share * 8)
    return ascii_total / chars_per_token + digit_tokens + cjk + other / 2


def read_text(path):
    with open(path, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"{path} is larger than 20 MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"{path} is not UTF-8 text (byte {err.start})") from None


def money(value):
    return f"${value:,.4f}" if value < 1 else f"${value:,.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prompts", nargs="+", help="files sent with every request (system prompt, examples...)")
    parser.add_argument("--budget", type=int, help="exit 1 if the estimate may exceed this many tokens")
    parser.add_argument("--output-tokens", type=float, default=0, help="expected output tokens per request")
    parser.add_argument("--extra-input-tokens", type=float, default=0, help="per-request input not in the files (user message, retrieved context)")
    parser.add_argument("--requests-per-day", type=float, help="request volume, for the cost lines")
    parser.add_argument("--input-price", type=float, help="price per million input tokens")
    parser.add_argument("--output-price", type=float, help="price per million output tokens")
    parser.add_argument("--cached-fraction", type=float, default=0, help="share of input tokens served from a prompt cache (0-1)")
    parser.add_argument("--cached-price", type=float, help="price per million cached input tokens")
    args = parser.parse_args()
    numbers = [args.output_tokens, args.extra_input_tokens, args.requests_per_day or 0, args.input_price or 0,
               args.output_price or 0, args.cached_price or 0]
    if any(n < 0 or n != n or n == float("inf") for n in numbers):
        parser.error("token counts, volumes and prices must be finite and not negative")
    if not 0 <= args.cached_fraction <= 1:
        parser.error("--cached-fraction must be between 0 and 1")
    if args.cached_fraction and args.cached_price is None:
        parser.error("--cached-fraction needs --cached-price")

    total = 0.0
    try:
        for path in args.prompts:
            tokens = estimate(read_text(path))
            total += tokens
            print(f"{path:<40} ~{tokens:>8,.0f} tokens")
    except OSError as err:
        print(f"token_budget: cannot read {err.filename}: {err.strerror}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    except ValueError as err:
        print(f"token_budget: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    low, high = total * 0.85, total * 1.25
    print(f"{'prompt files':<40} ~{total:>8,.0f} tokens (likely {low:,.0f}-{high:,.0f})")

    if args.requests_per_day is not None:
        if args.input_price is None or args.output_price is None:
            parser.error("--requests-per-day needs --input-price and --output-price")
        per_request_in = total + args.extra_input_tokens
        cached = per_request_in * args.cached_fraction
        fresh = per_request_in - cached
        per_request = (fresh * args.input_price + cached * (args.cached_price or 0) + args.output_tokens * args.output_price) / 1e6
        print(f"per request: ~{per_request_in:,.0f} input + {args.output_tokens:,.0f} output tokens = {money(per_request)}"
              f" (x1000 = {money(per_request * 1000)})")
        daily = per_request * args.requests_per_day
        print(f"at {args.requests_per_day:,.0f} requests/day: {money(daily)}/day, {money(daily * 30)}/30 days "
              f"(likely {money(daily * 30 * 0.85)}-{money(daily * 30 * 1.25)})")
    if args.budget is not None and high > args.budget:
        print(f"over budget: up to {high:,.0f} tokens against {args.budget:,}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
