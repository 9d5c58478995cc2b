#!/usr/bin/env python3
"""Lists the titles of every story the corpus already tells, for a writer of a new split to avoid.

  python3 corpus/used_stories.py [--shared ../shared] > /tmp/used-stories.txt

Reads the gold titles of the open batches, of shared/eval (dev, dev2, train) and of every sealed pack
(titles only: no article, no fact). The writer's brief (corpus/briefs/writer.md) points at the list.
"""
import argparse
import glob
import io
import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "blind"))
from pack import scramble  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    a = ap.parse_args()
    files = glob.glob(str(HERE / "*" / "gold" / "*.json")) + glob.glob(a.shared + "/eval/*/gold/*.json") \
        + glob.glob(a.shared + "/eval/train/*/gold/*.json")
    titles = {json.load(open(f)).get("title", "") for f in files}
    for pack in sorted((HERE / "blind").glob("blind*.bin")):
        with tarfile.open(fileobj=io.BytesIO(scramble(pack.read_bytes())), mode="r:gz") as tar:
            for m in tar.getmembers():
                if m.name.startswith("gold/") and m.name.endswith(".json"):
                    titles.add(json.load(tar.extractfile(m)).get("title", ""))
    print("\n".join(sorted(t for t in titles if t)))


if __name__ == "__main__":
    main()
