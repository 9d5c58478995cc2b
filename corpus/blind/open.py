#!/usr/bin/env python3
"""Opens sealed blind splits that have judged their rounds: blindN.bin becomes the open batch corpus/bN
(articles/, gold/, gold2/ where it has one, PROVENANCE.md), with the batch prefix the pack added taken off,
and the pack is deleted. Once opened, a split is training data: it judges nothing again.

  python3 corpus/blind/open.py blind16.bin [blind17.bin ...]
"""
import io
import sys
import tarfile
from pathlib import Path

from pack import HERE, scramble

CORPUS = HERE.parent


def open_pack(name: str) -> Path:
    pack = HERE / name
    target = CORPUS / ("b" + pack.stem.removeprefix("blind"))
    if target.exists():
        sys.exit(f"open.py: {target} exists")
    with tarfile.open(fileobj=io.BytesIO(scramble(pack.read_bytes())), mode="r:gz") as tar:
        for member in tar.getmembers():
            folder, _, stored = member.name.partition("/")
            data = tar.extractfile(member).read()
            if folder == "provenance":
                out = target / "PROVENANCE.md"
            else:
                batch, sep, original = stored.partition("-")
                if not sep or not batch.startswith("blind"):
                    sys.exit(f"open.py: {name}: unexpected member {member.name}")
                out = target / folder / original
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
    pack.unlink()
    return target


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for name in sys.argv[1:]:
        target = open_pack(name)
        print(f"{name} -> {target.relative_to(CORPUS.parent)}: {len(list((target / 'articles').iterdir()))} files")


if __name__ == "__main__":
    main()
