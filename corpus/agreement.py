#!/usr/bin/env python3
"""Inter-annotator agreement of the corpus: each batch's gold/ against gold2/ (the second annotator's).

  python3 corpus/agreement.py [--shared ../shared] [BATCH_DIR ...]

For every article annotated twice, the second annotation is scored against the first with the
matching rules of shared/eval/score.py (names, amounts within 2%, product names, statuses).
Agreement per kind is matched / union = tp / (first + second - tp), summed over articles. The
blind split's second annotations (BATCH/blind/gold2) are included: annotators are not the people
who change the rules.
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("companies", "investments", "launches")


def pairs(batch):
    for first, second in ((batch / "gold", batch / "gold2"), (batch / "blind" / "gold", batch / "blind" / "gold2")):
        if not second.is_dir():
            continue
        for f in sorted(second.glob("*.json")):
            if (first / f.name).is_file():
                yield first / f.name, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("batches", nargs="*")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # noqa: E402  (shared/eval/score.py: the matching rules)

    batches = [Path(b) for b in a.batches] or sorted(p for p in HERE.glob("c*") if p.is_dir())
    grand = {k: [0, 0, 0] for k in KINDS}
    print(f"{'batch':8} {'articles':>8}  " + "  ".join(f"{k:>22}" for k in KINDS))
    for batch in batches:
        done = list(pairs(batch))
        if not done:
            continue
        firsts = [json.loads(p.read_text(encoding="utf-8")) for p, _ in done]
        # the same article: joined by the first annotation's title, whatever title the second one wrote
        seconds = [{**json.loads(q.read_text(encoding="utf-8")), "title": first["title"]}
                   for first, (_, q) in zip(firsts, done)]
        result, _ = score.score(firsts, score.gold_as_briefing(seconds))
        cells = []
        for k in KINDS:
            tp, second, first = result[k]["tp"], result[k]["predicted"], result[k]["gold"]
            union = first + second - tp
            for i, v in enumerate((tp, second, first)):
                grand[k][i] += v
            cells.append(f"{tp / union if union else 1.0:.2f} ({tp}/{union})".rjust(22))
        print(f"{batch.name:8} {len(done):>8}  " + "  ".join(cells))
    cells = []
    for k in KINDS:
        tp, second, first = grand[k]
        union = first + second - tp
        cells.append(f"{tp / union if union else 1.0:.2f} ({tp}/{union})".rjust(22))
    print(f"{'all':8} {'':>8}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
