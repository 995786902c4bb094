#!/usr/bin/env python3
"""Portfolio risk metrics from a CSV of prices or returns (Python 3.11 standard library only).

Conventions: returns are simple periodic returns (0.01 = +1 %); VaR and ES are reported as positive
loss fractions of current value; --periods is periods per year (252 trading days, 52, 12).
The CSV has a header row; the first column is a label (usually the date), the others numeric series.
Give --prices when the series are prices (converted to simple returns), otherwise they are returns.
The functions can also be imported: `from risk_metrics import historical_var`.
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import statistics
import sys
from statistics import NormalDist

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}


def quantile(xs: list[float], q: float) -> float:
    """Linear-interpolation quantile (same as numpy.quantile / pandas default)."""
    s = sorted(xs)
    h = (len(s) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])


def annualized_volatility(returns: list[float], periods: int = 252) -> float:
    return statistics.stdev(returns) * math.sqrt(periods)          # sample stdev (ddof=1)


def ewma_volatility(returns: list[float], lam: float = 0.94, periods: int = 252) -> float:
    """RiskMetrics-style exponentially weighted volatility (zero-mean), annualized."""
    var = returns[0] ** 2
    for r in returns[1:]:
        var = lam * var + (1 - lam) * r * r
    return math.sqrt(var * periods)


def historical_var(returns: list[float], level: float = 0.99) -> float:
    return -quantile(returns, 1 - level)


def historical_es(returns: list[float], level: float = 0.99) -> float:
    cutoff = quantile(returns, 1 - level)
    tail = [r for r in returns if r <= cutoff]
    return -statistics.fmean(tail)


def parametric_var(returns: list[float], level: float = 0.99) -> float:
    mu, sigma = statistics.fmean(returns), statistics.stdev(returns)
    return -(mu + sigma * NormalDist().inv_cdf(1 - level))


def parametric_es(returns: list[float], level: float = 0.99) -> float:
    mu, sigma = statistics.fmean(returns), statistics.stdev(returns)
    z = NormalDist().inv_cdf(1 - level)
    return -(mu - sigma * NormalDist().pdf(z) / (1 - level))


def monte_carlo_var(returns: list[float], level: float = 0.99, horizon: int = 10,
                    n_paths: int = 20_000, seed: int = 7) -> tuple[float, float]:
    """Bootstrap `horizon`-day paths from history; returns (VaR, ES) of the compounded return."""
    rng = random.Random(seed)
    sims = []
    for _ in range(n_paths):
        growth = 1.0
        for _ in range(horizon):
            growth *= 1 + rng.choice(returns)
        sims.append(growth - 1)
    return historical_var(sims, level), historical_es(sims, level)


def sharpe_ratio(returns: list[float], rf_annual: float = 0.0, periods: int = 252) -> float:
    rf = (1 + rf_annual) ** (1 / periods) - 1
    excess = [r - rf for r in returns]
    return statistics.fmean(excess) / statistics.stdev(excess) * math.sqrt(periods)


def sortino_ratio(returns: list[float], mar_annual: float = 0.0, periods: int = 252) -> float:
    mar = (1 + mar_annual) ** (1 / periods) - 1
    downside = math.sqrt(sum(min(0.0, r - mar) ** 2 for r in returns) / len(returns))
    return (statistics.fmean(returns) - mar) / downside * math.sqrt(periods)


def max_drawdown(returns: list[float]) -> tuple[float, int, int]:
    """Largest peak-to-trough fall of the compounded equity curve: (drawdown, peak_idx, trough_idx)."""
    equity, peak, peak_i = 1.0, 1.0, -1
    worst, worst_peak, worst_trough = 0.0, -1, -1
    for i, r in enumerate(returns):
        equity *= 1 + r
        if equity > peak:
            peak, peak_i = equity, i
        dd = equity / peak - 1
        if dd < worst:
            worst, worst_peak, worst_trough = dd, peak_i, i
    return worst, worst_peak, worst_trough


def cagr(returns: list[float], periods: int = 252) -> float:
    growth = math.prod(1 + r for r in returns)
    return growth ** (periods / len(returns)) - 1


def beta_alpha(asset: list[float], market: list[float], periods: int = 252) -> tuple[float, float]:
    """OLS beta of asset on market and annualized alpha (intercept), zero risk-free rate."""
    beta = statistics.covariance(asset, market) / statistics.variance(market)
    alpha = statistics.fmean(asset) - beta * statistics.fmean(market)
    return beta, alpha * periods


def kupiec_pof(exceptions: int, observations: int, level: float = 0.99) -> float:
    """p-value of Kupiec's proportion-of-failures test for a VaR model (chi-square, 1 dof)."""
    p = 1 - level
    x, n = exceptions, observations
    phat = x / n
    log_null = (n - x) * math.log(1 - p) + x * math.log(p)
    log_alt = ((n - x) * math.log(1 - phat) if x < n else 0.0) + (x * math.log(phat) if x else 0.0)
    lr = -2 * (log_null - log_alt)
    return math.erfc(math.sqrt(lr / 2))


class InputError(Exception):
    pass


def read_series(path: str, columns: list[str], prices: bool) -> dict[str, list[float]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if not header or len(header) < 2:
                raise InputError(f"{path}: needs a header row with a label column and at least one series")
            missing = [c for c in columns if c not in header[1:]]
            if missing:
                raise InputError(f"{path}: no column {', '.join(missing)}; series are {', '.join(header[1:])}")
            index = {c: header.index(c) for c in columns}
            values: dict[str, list[float]] = {c: [] for c in columns}
            for row in reader:
                if not row or not any(cell.strip() for cell in row):
                    continue
                for column, i in index.items():
                    cell = row[i].strip() if i < len(row) else ""
                    try:
                        value = float(cell)
                    except ValueError:
                        value = math.nan
                    if not math.isfinite(value):
                        raise InputError(f"{path}:{reader.line_num}: {column} is '{cell}', not a number")
                    if prices and value <= 0:
                        raise InputError(f"{path}:{reader.line_num}: price {value:g} in {column} is not positive")
                    values[column].append(value)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except csv.Error as err:
        raise InputError(f"{path}: malformed CSV: {err}") from None
    if prices:
        values = {c: [b / a - 1 for a, b in zip(v, v[1:])] for c, v in values.items()}
    else:
        for column, series in values.items():
            if series and statistics.median(abs(x) for x in series) > 1:
                raise InputError(f"{column} looks like prices (typical value above 100 %); add --prices")
    for column, series in values.items():
        if len(series) < 20:
            raise InputError(f"{column} has {len(series)} returns; at least 20 are needed")
        if statistics.pstdev(series) == 0:
            raise InputError(f"{column} never changes; risk metrics are undefined")
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", help="CSV with a label column and numeric series")
    parser.add_argument("--asset", required=True, help="column to measure")
    parser.add_argument("--market", help="benchmark column, for beta and alpha")
    parser.add_argument("--prices", action="store_true", help="the columns are prices, not returns")
    parser.add_argument("--level", type=float, default=0.99, help="VaR/ES confidence level (default 0.99)")
    parser.add_argument("--periods", type=int, default=252, help="periods per year (default 252)")
    parser.add_argument("--rf", type=float, default=0.0, help="annual risk-free rate for Sharpe, 0.02 = 2%%")
    parser.add_argument("--horizon", type=int, default=10, help="days for the Monte Carlo VaR (default 10)")
    parser.add_argument("--paths", type=int, default=20_000, help="Monte Carlo paths (default 20000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 0.5 < args.level < 1:
        parser.error("--level must be between 0.5 and 1, e.g. 0.99")
    if args.periods < 1 or not 1 <= args.horizon <= 250 or not 100 <= args.paths <= 1_000_000:
        parser.error("--periods must be positive, --horizon 1-250, --paths 100-1000000")
    try:
        columns = [args.asset] + ([args.market] if args.market and args.market != args.asset else [])
        series = read_series(args.csv, columns, args.prices)
    except InputError as err:
        print(f"risk_metrics: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    r, level, periods = series[args.asset], args.level, args.periods
    pct = f"{level:.1%}".replace(".0%", "%")

    print(f"{args.asset}: {len(r)} returns")
    print(f"annualized vol      {annualized_volatility(r, periods):8.2%}")
    print(f"EWMA vol (0.94)     {ewma_volatility(r, periods=periods):8.2%}")
    print(f"1-day {pct} VaR hist  {historical_var(r, level):8.2%}   ES {historical_es(r, level):6.2%}")
    print(f"1-day {pct} VaR norm  {parametric_var(r, level):8.2%}   ES {parametric_es(r, level):6.2%}")
    mc_var, mc_es = monte_carlo_var(r, level, args.horizon, args.paths, args.seed)
    print(f"{args.horizon}-day {pct} VaR MC   {mc_var:8.2%}   ES {mc_es:6.2%}")
    print(f"Sharpe (rf {args.rf:.1%})    {sharpe_ratio(r, args.rf, periods):8.2f}")
    if any(x < 0 for x in r):
        print(f"Sortino (MAR 0)     {sortino_ratio(r, periods=periods):8.2f}")
    mdd, peak_i, trough_i = max_drawdown(r)
    print(f"max drawdown        {mdd:8.2%}   (peak after return {peak_i + 1}, trough after return {trough_i + 1})")
    growth = cagr(r, periods)
    print(f"CAGR / Calmar       {growth:8.2%}   " + (f"{growth / abs(mdd):6.2f}" if mdd else "   n/a"))
    if args.market and args.market in series:
        m = series[args.market]
        b, a = beta_alpha(r, m, periods)
        print(f"beta / alpha vs {args.market:<4}{b:6.2f}   {a:6.2%}")
    if len(r) >= 100:
        half = len(r) // 2
        var_first = historical_var(r[:half], level)
        tested = r[half:]
        exceptions = sum(1 for x in tested if -x > var_first)
        print(f"VaR backtest: {exceptions}/{len(tested)} exceptions in the second half, "
              f"Kupiec p={kupiec_pof(exceptions, len(tested), level):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
