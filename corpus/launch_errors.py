#!/usr/bin/env python3
"""Counts a briefing's launch errors by class, on an open set (never on a blind split).

  python3 corpus/launch_errors.py --gold DIR --briefing FILE [--shared ../shared] [--list]

With shared/eval/score.py's matching, each gold launch left unmatched is classed by what the
briefing said of its product: nothing at all (`missed: no reading`), the product under another
company (`missed: company`), under another status (`missed: status`) or both; each reading left
unmatched is `extra: gold product` when it names a product the article's gold has (the other side of
a company or status error) or `extra: no gold product`. The classes tell a round which structure to
work on (attribution, status, recall or precision) before any wording is read. --list prints every
error with its evidence.
"""
import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def classify(score, gold, predicted, resolver):
    """(class, fact) for every unmatched gold launch and every unmatched reading of one article."""
    golds = sorted(gold.get("launches", []), key=lambda q: bool(q.get("unnamed")))
    readings = predicted["launches"]
    pairs = score.greedy(readings, golds, lambda p, q: score.launch_match(p, q, resolver))
    matched_readings = {id(p) for p, _ in pairs}
    matched_golds = {id(q) for _, q in pairs}

    def names_it(p, q):
        return q.get("unnamed") or score.same_product(p.get("product"), q.get("product"))

    for q in golds:
        if id(q) in matched_golds:
            continue
        same = [p for p in readings if names_it(p, q)]
        if not same:
            yield "missed: no reading", q
        elif any(resolver.same(p.get("company"), q.get("company")) for p in same):
            yield "missed: status", q
        elif any(p.get("status") == q.get("status") for p in same):
            yield "missed: company", q
        else:
            yield "missed: company and status", q
    for p in readings:
        if id(p) not in matched_readings:
            yield ("extra: gold product" if any(names_it(p, q) for q in golds) else "extra: no gold product"), p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--briefing", required=True)
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # noqa: E402
    briefing = json.loads(Path(a.briefing).read_text(encoding="utf-8"))
    articles, by_article = score.per_article(briefing)
    by_title = {}
    for aid, article in articles.items():
        by_title.setdefault(score.norm_title(article.get("title")), aid)
    counts = collections.Counter()
    for gold in score.load_gold(a.gold):
        predicted = by_article.get(by_title.get(score.norm_title(gold["title"])),
                                   {"companies": [], "investments": [], "launches": []})
        resolver = score.Resolver(gold.get("companies", []), predicted["companies"])
        for kind, fact in classify(score, gold, predicted, resolver):
            counts[kind] += 1
            if a.list:
                window = (fact.get("window") or {}).get("to")
                evidence = str(fact.get("evidence") or "")[:160]
                print(f"{kind:28} {gold['file']}: {fact.get('company')} / {fact.get('product')} "
                      f"[{fact.get('status')}] ..{window} | {evidence}")
    for kind in sorted(counts):
        print(f"{kind:28} {counts[kind]}")


if __name__ == "__main__":
    main()
