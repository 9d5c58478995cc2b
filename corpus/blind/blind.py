#!/usr/bin/env python3
"""Scores the program on the corpus's blind split and prints only totals.

  python3 corpus/blind/blind.py [--jar target/marketwatch.jar] [--shared ../shared] [--pack blind44.bin ...]

Whoever changes the extraction rules never reads these articles or a per-fact difference: this
script unpacks a pack (blind37.bin … blind64.bin) into a temporary folder, runs the nightly job on it,
scores the briefing with shared/eval/score.py, prints precision, recall and F1 per kind and the
launch-window accuracy with the counts behind them, and deletes the folder. Given several packs it also prints
their pooled totals: one micro-average over all their facts, which is how a round is judged (a split holds
some twenty launches, so one fact moves its F1 by 0.03 or more). Where a pack holds a second annotation (gold2/),
it also prints the launches judged against both: precision over the readings that match either annotator's
launch, recall over the launches both annotators read (two careful readers agree on about 0.82-0.92 of
launches, so a reading one of them took is no plain error). Run it once per round of rule changes and
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
                    help="a sealed blind split: blind37.bin … blind64.bin (corpus/README.md); give it several times "
                         "to judge a round on them pooled (default blind52.bin); opened ones are corpus/bN")
    ap.add_argument("--shared", default=str(HERE.parent.parent.parent / "shared"))
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # noqa: E402
    jar = Path(a.jar).resolve()
    if not jar.is_file():
        sys.exit(f"blind.py: {jar} not found: build first (./mvnw -B -q -DskipTests package)")
    packs = a.pack or ["blind52.bin"]
    pooled = {kind: [0, 0, 0] for kind in KINDS}
    pooled_two = [0, 0, 0, 0]
    articles = 0
    for pack in packs:
        result, n, two = judge(score, jar, pack)
        articles += n
        print(f"corpus blind split {pack}: {n} articles")
        for kind in KINDS:
            r = result[kind]
            pooled[kind] = [x + y for x, y in zip(pooled[kind], (r["tp"], r["predicted"], r["gold"]))]
            print(f"{kind:12} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
                  f"  (tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']})")
        print(f"launch windows ending in the gold month: {result['launchWindowMonth']}")
        if two:
            pooled_two = [x + y for x, y in zip(pooled_two, two)]
            print(agreed_line(two))
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
        if pooled_two[1]:
            print(agreed_line(pooled_two))


def agreed_line(two):
    """Launches judged against two annotations: precision over readings that match either annotator's
    launch, recall over the launches both annotators read."""
    either, predicted, found, agreed = two
    p = either / predicted if predicted else 0.0
    r = found / agreed if agreed else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"launches, two annotators: P={p:.3f} R={r:.3f} F1={f1:.3f}  (readings matching either {either} of "
            f"{predicted}; launches both read {agreed}, found {found})")


def two_annotators(score, golds, golds2, briefing):
    """[readings matching either annotation, readings, agreed launches found, agreed launches] over the
    articles annotated twice; None when the pack has no second annotation."""
    second = {g["_file"]: g for g in golds2}
    if not second:
        return None
    arts, by_art = score.per_article(briefing)
    title_to_id = {}
    for aid, a in arts.items():
        title_to_id.setdefault(score.norm_title(a.get("title")), aid)
    out = [0, 0, 0, 0]
    for g in golds:
        g2 = second.get(g["_file"])
        if g2 is None:
            continue
        pred = by_art.get(title_to_id.get(score.norm_title(g["title"])), {"companies": [], "launches": []})
        r = score.Resolver(g.get("companies", []), g2.get("companies", []), pred["companies"])
        match = lambda p, q: score.launch_match(p, q, r)  # noqa: E731
        first = sorted(g.get("launches", []), key=lambda q: bool(q.get("unnamed")))
        pairs = score.greedy(g2.get("launches", []), first, match)
        agreed = [q for _, q in pairs]
        matched2 = {id(p) for p, _ in pairs}
        union = first + [q for q in g2.get("launches", []) if id(q) not in matched2]
        readings = pred["launches"]
        out[0] += len(score.greedy(readings, union, match))
        out[1] += len(readings)
        out[2] += len(score.greedy(readings, agreed, match))
        out[3] += len(agreed)
    return out


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
        briefing = json.loads(briefings[0].read_text(encoding="utf-8"))
        result, _ = score.score(golds, briefing)
        golds2 = score.load_gold(tmp / "gold2") if (tmp / "gold2").is_dir() else []
        return result, len(golds), two_annotators(score, golds, golds2, briefing)


if __name__ == "__main__":
    main()
