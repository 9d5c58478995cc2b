#!/usr/bin/env python3
"""Packs one of the corpus's blind splits into a pack (blind.bin by default; name it blindN.bin),
scrambled so that nobody reads it by accident.

  python3 corpus/blind/pack.py [--out blind25.bin] [--force] SOURCE_DIR ...

Each SOURCE_DIR holds articles/ and gold/ (a batch's blind part as its writer left it), and may
hold gold2/ (a second annotator's) and PROVENANCE.md. Files are stored as <folder>/<batch>-<name>,
the provenance as provenance/<batch>.md. Run it once, when a new blind split is
written; then delete the plain copies. The pack is deterministic: the same files give the same bytes.
It refuses to overwrite an existing pack unless given --force, and a source without articles/ and gold/.
"""
import hashlib
import io
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = b"market-watch corpus blind split: scrambled, not secret"


def scramble(data: bytes) -> bytes:
    """XOR with a SHA-256 counter stream: its own inverse."""
    out = bytearray(len(data))
    for start in range(0, len(data), 32):
        pad = hashlib.sha256(KEY + start.to_bytes(8, "big")).digest()
        for i, b in enumerate(data[start:start + 32]):
            out[start + i] = b ^ pad[i]
    return bytes(out)


def main():
    args = sys.argv[1:]
    out = "blind.bin"
    if "--out" in args[:-1]:
        k = args.index("--out")
        out, args = args[k + 1], args[:k] + args[k + 2:]
    force = "--force" in args
    args = [a for a in args if a != "--force"]
    sources = [Path(s) for s in args]
    if not sources:
        sys.exit(__doc__)
    if (HERE / out).exists() and not force:
        sys.exit(f"pack.py: {out} exists; a pack is written once (give --force to replace it on purpose)")
    missing = [str(s) for s in sources if not (s / "articles").is_dir() or not (s / "gold").is_dir()]
    if missing:
        sys.exit(f"pack.py: no articles/ and gold/ in {', '.join(missing)}")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
        for source in sources:
            batch = source.parent.name if source.name == "blind" else source.name
            files = [(f"{folder}/{batch}-{f.name}", f) for folder in ("articles", "gold", "gold2")
                     if (source / folder).is_dir() for f in sorted((source / folder).iterdir())]
            if (source / "PROVENANCE.md").is_file():
                files.append((f"provenance/{batch}.md", source / "PROVENANCE.md"))
            for name, f in files:
                info = tarfile.TarInfo(name)
                data = f.read_bytes()
                info.size, info.mtime, info.mode = len(data), 0, 0o644
                tar.addfile(info, io.BytesIO(data))
    raw = buf.getvalue()
    raw = raw[:4] + b"\0\0\0\0" + raw[8:]  # gzip header time: keep the pack deterministic
    (HERE / out).write_bytes(scramble(raw))
    print(f"{out}: {len(raw)} bytes from {len(sources)} folders")


if __name__ == "__main__":
    main()
