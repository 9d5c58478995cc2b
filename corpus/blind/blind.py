#!/usr/bin/env python3
"""Scores the program on the corpus's blind split and prints only totals.

  python3 corpus/blind/blind.py [--jar target/marketwatch.jar] [--shared ../shared] [--pack blind32.bin]

Whoever changes the extraction rules never reads these articles or a per-fact difference: this
script unpacks a pack (blind16.bin … blind32.bin) into a temporary folder, runs the nightly job on it,
scores the briefing with shared/eval/score.py, prints precision, recall and F1 per kind and the
launch-window accuracy, and deletes the folder. Run it once per round of rule changes and write the figures in
docs/extraction.md. A split that somebody has read becomes training data; write a new one.
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jar", default="target/marketwatch.jar")
    ap.add_argument("--pack", default="blind32.bin",
                    help="which sealed blind split: blind16.bin … blind32.bin (corpus/README.md); opened ones are corpus/bN")
    ap.add_argument("--shared", default=str(HERE.parent.parent.parent / "shared"))
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # noqa: E402
    jar = Path(a.jar).resolve()
    if not jar.is_file():
        sys.exit(f"blind.py: {jar} not found: build first (./mvnw -B -q -DskipTests package)")
    with tempfile.TemporaryDirectory(prefix="mw-corpus-blind-") as tmp:
        tmp = Path(tmp)
        with tarfile.open(fileobj=io.BytesIO(scramble((HERE / a.pack).read_bytes())), mode="r:gz") as tar:
            tar.extractall(tmp, filter="data")
        run = subprocess.run(["java", "-jar", str(jar), "briefing", "--input", str(tmp / "articles"), "--output",
                              str(tmp / "out"), "--as-of", "2026-01-01", "--quiet"], capture_output=True, text=True)
        briefings = list((tmp / "out").glob("*/briefing.json"))
        if not briefings:
            sys.exit(f"blind.py: the job wrote no briefing (exit {run.returncode})")
        golds = score.load_gold(tmp / "gold")
        result, _ = score.score(golds, json.loads(briefings[0].read_text(encoding="utf-8")))
    print(f"corpus blind split {a.pack}: {len(golds)} articles")
    for kind in ("companies", "investments", "launches"):
        r = result[kind]
        print(f"{kind:12} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}")
    print(f"launch windows ending in the gold month: {result['launchWindowMonth']}")
    if result["articlesMissing"]:
        print(f"articles not found in the briefing: {len(result['articlesMissing'])}")


if __name__ == "__main__":
    main()
