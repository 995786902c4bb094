#!/usr/bin/env python3
"""Score a retriever on a labelled question set: recall@k, MRR and nDCG@k (standard library only).

Input is one JSON file:
  {"qrels":   {"q1": ["doc7"], "q2": ["doc2", "doc9"]},      relevant ids per question
   "results": {"q1": ["doc7", "doc1"], "q2": ["doc5", "doc9"]}} ranked ids the retriever returned

A question with no entry in "results" counts as a complete miss. Questions that appear only in
"results" are ignored (they have no labels) and reported on stderr.
"""
import argparse
import json
import math
import sys



class InputError(Exception):
    pass


def printable(text):
    """The text with control characters (terminal escapes included) shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in str(text))


def recall_at_k(ranked, relevant, k):
    return len(set(ranked[:k]) & relevant) / len(relevant)


def reciprocal_rank(ranked, relevant):
    for position, doc_id in enumerate(ranked, start=1):
        if doc_id in relevant:
            return 1.0 / position
    return 0.0


def ndcg_at_k(ranked, relevant, k):
    dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(ranked[:k], start=1) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def id_list(value, where):
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise InputError(f"{where} must be a list of document ids (strings or numbers)")
    return [str(v) for v in value]


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
    if not isinstance(data, dict) or not isinstance(data.get("qrels"), dict) or not isinstance(data.get("results"), dict):
        raise InputError(f'{path} must be an object with "qrels" and "results" objects')
    qrels = {}
    for question, ids in data["qrels"].items():
        relevant = set(id_list(ids, f'qrels["{question}"]'))
        if not relevant:
            raise InputError(f'qrels["{question}"] is empty: every labelled question needs a relevant id')
        qrels[printable(question)] = relevant
    if not qrels:
        raise InputError(f'{path}: "qrels" has no questions')
    results = {printable(q): id_list(ids, f'results["{printable(q)}"]') for q, ids in data["results"].items()}
    return qrels, results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run", help="JSON file with qrels and results")
    parser.add_argument("-k", type=int, default=5, help="cut-off for recall and nDCG (default 5)")
    parser.add_argument("--per-query", action="store_true", help="also print one line per question")
    args = parser.parse_args()
    if args.k < 1:
        parser.error("-k must be at least 1")
    try:
        qrels, results = load(args.run)
    except InputError as err:
        print(printable(f"retrieval_metrics: {err}"), file=sys.stderr)
        return 1

    unlabelled = sorted(set(results) - set(qrels))
    if unlabelled:
        print(f"retrieval_metrics: ignoring {len(unlabelled)} question(s) without labels: {', '.join(unlabelled[:5])}", file=sys.stderr)

    k = args.k
    rows = []
    for question, relevant in qrels.items():
        ranked = results.get(question, [])
        rows.append((question, recall_at_k(ranked, relevant, k), reciprocal_rank(ranked, relevant), ndcg_at_k(ranked, relevant, k)))
    if args.per_query:
        print(f"{'question':<16} {'recall@' + str(k):>9} {'RR':>6} {'nDCG@' + str(k):>8}")
        for question, recall, rr, ndcg in rows:
            print(f"{question[:16]:<16} {recall:>9.2f} {rr:>6.2f} {ndcg:>8.2f}")
    n = len(rows)
    misses = [q for q, recall, _, _ in rows if recall == 0]
    print(f"questions {n}  recall@{k} {sum(r[1] for r in rows) / n:.3f}  MRR {sum(r[2] for r in rows) / n:.3f}  "
          f"nDCG@{k} {sum(r[3] for r in rows) / n:.3f}")
    if misses:
        print(f"no relevant id in the top {k}: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
