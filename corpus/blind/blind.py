#!/usr/bin/env python3
"""Scores the program on the corpus's blind split and prints only totals.

  python3 corpus/blind/blind.py [--jar target/marketwatch.jar] [--shared ../shared] [--pack blind36.bin ...]

Whoever changes the extraction rules never reads these articles or a per-fact difference: this
script unpacks a pack (blind16.bin … blind36.bin) into a temporary folder, runs the nightly job on it,
scores the briefing with shared/eval/score.py, prints precision, recall and F1 per kind and the
launch-window accuracy with the counts behind them, and deletes the folder. Given several packs it also prints
their pooled totals: one micro-average over all their facts, which is how a round is judged (a split holds
some twenty launches, so one fact moves its F1 by 0.03 or more). Run it once per round of rule changes and
write the figures in docs/extraction.md. A split that somebody has read becomes training data; write a new one.
"""
import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pack import scramble  # noqa: E402


KINDS = ("companies", "investments", "launches")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jar", default="target/marketwatch.jar")
    ap.add_argument("--pack", action="append",
                    help="a sealed blind split: blind16.bin … blind36.bin (corpus/README.md); give it several times "
                         "to judge a round on them pooled (default blind36.bin); opened ones are corpus/bN")
    ap.add_argument("--shared", default=str(HERE.parent.parent.parent / "shared"))
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # noqa: E402
    jar = Path(a.jar).resolve()
    if not jar.is_file():
        sys.exit(f"blind.py: {jar} not found: build first (./mvnw -B -q -DskipTests package)")
    packs = a.pack or ["blind36.bin"]
    pooled = {kind: [0, 0, 0] for kind in KINDS}
    articles = 0
    for pack in packs:
        result, n = judge(score, jar, pack)
        articles += n
        print(f"corpus blind split {pack}: {n} articles")
        for kind in KINDS:
            r = result[kind]
            pooled[kind] = [x + y for x, y in zip(pooled[kind], (r["tp"], r["predicted"], r["gold"]))]
            print(f"{kind:12} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
                  f"  (tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']})")
        print(f"launch windows ending in the gold month: {result['launchWindowMonth']}")
        if result["articlesMissing"]:
            print(f"articles not found in the briefing: {len(result['articlesMissing'])}")
    if len(packs) > 1:
        # one micro-average over every pack: a round's change is read on all its judges' facts together,
        # not as a sum of per-split changes of one or two facts each
        print(f"pooled over {len(packs)} splits: {articles} articles")
        for kind in KINDS:
            tp, predicted, gold = pooled[kind]
            p = tp / predicted if predicted else 0.0
            r = tp / gold if gold else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{kind:12} P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp {tp}, predicted {predicted}, gold {gold})")


def judge(score, jar, pack):
    """Runs the nightly job on one pack in a temporary folder and scores it: (totals, articles)."""
    with tempfile.TemporaryDirectory(prefix="mw-corpus-blind-") as tmp:
        tmp = Path(tmp)
        with tarfile.open(fileobj=io.BytesIO(scramble((HERE / pack).read_bytes())), mode="r:gz") as tar:
            tar.extractall(tmp, filter="data")
        run = subprocess.run(["java", "-jar", str(jar), "briefing", "--input", str(tmp / "articles"), "--output",
                              str(tmp / "out"), "--as-of", "2026-01-01", "--quiet"], capture_output=True, text=True)
        briefings = list((tmp / "out").glob("*/briefing.json"))
        if not briefings:
            sys.exit(f"blind.py: the job wrote no briefing for {pack} (exit {run.returncode})")
        golds = score.load_gold(tmp / "gold")
        result, _ = score.score(golds, json.loads(briefings[0].read_text(encoding="utf-8")))
        return result, len(golds)


if __name__ == "__main__":
    main()
