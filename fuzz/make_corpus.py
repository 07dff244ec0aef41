#!/usr/bin/env python3
"""Build the seed corpus of fuzz_extract.

    python3 fuzz/make_corpus.py OUTDIR

Seeds are the golden corpus pages (tests/corpus/*/source.html), the bundled
sample page, the HTML fragments of the C test suites (the string literals of
tests/c/*.c that look like markup, adjacent literals joined, C escapes
decoded) and the regression inputs in fuzz/regressions/.  Each seed gets
the two option bytes fuzz_one.h reads; the golden pages get several option
variants, including the encoding their meta.json names.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Iterator, List

ROOT = Path(__file__).resolve().parents[1]

# Index of each label in bs_fuzz_encoding() (fuzz_one.h).
ENCODINGS = {None: 0, "utf-8": 1, "windows-1252": 2, "shift_jis": 3,
             "utf-16le": 4, "iso-8859-2": 5, "koi8-r": 6}
DEFAULT_OPTS = 0x78  # balanced, tables, images, links, formatting
URL_NEWS = 1


def header(opts: int, enc: int, url: int) -> bytes:
    return bytes([opts & 0xFF, (enc & 7) | ((url & 7) << 3)])


def c_literal_groups(src: str) -> Iterator[bytes]:
    """Runs of adjacent C string literals, decoded and joined."""
    i, n = 0, len(src)
    group: List[bytes] = []
    in_group = False
    simple = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, '"': 34, "'": 39,
              "a": 7, "b": 8, "f": 12, "v": 11, "?": 63}
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c in " \t\r\n" or (c == "\\" and src.startswith("\\\n", i)):
            i += 1
            continue
        if c == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            if in_group:
                yield b"".join(group)
                group, in_group = [], False
            continue
        if c == '"':
            out = bytearray()
            j = i + 1
            while j < n and src[j] != '"':
                ch = src[j]
                if ch != "\\":
                    out += ch.encode("utf-8")
                    j += 1
                    continue
                e = src[j + 1]
                if e == "x":
                    k = j + 2
                    while k < n and src[k] in "0123456789abcdefABCDEF":
                        k += 1
                    out.append(int(src[j + 2:k], 16) & 0xFF)
                    j = k
                elif e in "01234567":
                    k = j + 1
                    while k < j + 4 and src[k] in "01234567":
                        k += 1
                    out.append(int(src[j + 1:k], 8) & 0xFF)
                    j = k
                elif e == "\n":
                    j += 2
                else:
                    out.append(simple.get(e, ord(e) & 0xFF))
                    j += 2
            group.append(bytes(out))
            in_group = True
            i = j + 1
            continue
        if in_group:
            yield b"".join(group)
            group, in_group = [], False
        i += 1
    if in_group:
        yield b"".join(group)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build-fuzz/seeds")
    out.mkdir(parents=True, exist_ok=True)
    seeds: List[bytes] = []

    pages = sorted((ROOT / "tests" / "corpus").glob("*/source.html"))
    pages.append(ROOT / "python" / "broadsheet" / "data" / "sample.html")
    for page in pages:
        if not page.is_file():
            continue
        html = page.read_bytes()
        meta = page.parent / "meta.json"
        enc = 0
        if meta.is_file():
            label = json.loads(meta.read_text(encoding="utf-8")).get("encoding")
            enc = ENCODINGS.get(label.lower() if label else None, 0)
        seeds.append(header(DEFAULT_OPTS, enc, URL_NEWS) + html)
        seeds.append(header(0x7F, 0, 0) + html)          # recall, comments
        seeds.append(header(0x01, 0, 2) + html)          # precision, bare
        seeds.append(header(0x80, 0, 0) + html)          # opts == NULL

    for src in sorted((ROOT / "tests" / "c").glob("*.c")):
        text = src.read_text(encoding="utf-8", errors="replace")
        for frag in c_literal_groups(text):
            if len(frag) >= 24 and b"<" in frag and b">" in frag:
                seeds.append(header(DEFAULT_OPTS, 0, URL_NEWS) + frag)

    reg = ROOT / "fuzz" / "regressions"
    if reg.is_dir():
        for f in sorted(reg.iterdir()):
            if f.is_file() and not f.name.startswith(".") and f.suffix != ".md":
                seeds.append(f.read_bytes())

    written = 0
    for s in seeds:
        name = out / hashlib.sha1(s).hexdigest()
        if not name.exists():
            name.write_bytes(s)
            written += 1
    print(f"{written} new seeds in {out} ({len(seeds)} built)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
