#!/usr/bin/env python3
"""Build ``pipeline/data/legacy_encodings.tsv`` from the two character tables in ``corpus/legacy``.

* TCVN3 (ABC, the ``.VnTime`` fonts): one byte per letter, bytes A0–FF of glibc's ``TCVN5712-1``
  charmap (``glibc_charmap_TCVN5712-1.txt``). Each of them is cross-checked against the TCVN3
  column of ``unicode_tcvn3_vni_viqr_table.tsv`` where that table has a single byte.
  The table's two-byte TCVN3 spellings of toned capitals ("41 B5" for À) are left out: TCVN3
  fonts have no toned capitals, real files draw them with the lower-case byte in a capitals-only
  font (``.VnTimeH``), see corpus/legacy/SOURCES.md.
* VNI (``VNI-Times``): every VNI spelling of the same table — a single byte, or a base letter
  followed by a mark byte.

Usage: ``python scripts/make_legacy_table.py`` (rewrites the data file; run from the repository root).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEGACY = ROOT / "corpus" / "legacy"
OUT = ROOT / "pipeline" / "data" / "legacy_encodings.tsv"

HEADER = """\
# Legacy Vietnamese 8-bit encodings → Unicode. Built by scripts/make_legacy_table.py from
#   - glibc's charmap TCVN5712-1 (Debian package locales 2.36, corpus/legacy/glibc_charmap_TCVN5712-1.txt):
#     TCVN3 = bytes A0–FF of TCVN 5712:1993 VN1, one byte per letter;
#   - the Unicode/TCVN3/VNI table of the R package vietnameseConverter (GPL >= 2, commit d465ed3,
#     "adapted from vietunicode.sourceforge.net", corpus/legacy/unicode_tcvn3_vni_viqr_table.tsv):
#     VNI spellings, and a cross-check of every single-byte TCVN3 letter (all agree).
# See corpus/legacy/SOURCES.md. TCVN3 has no toned capitals: the .VnTimeH-style fonts draw the
# lower-case bytes as capitals, which is a property of the font (legacy_fonts.tsv), not of the bytes.
# A Word/PDF/text tool that does not know the font gives these bytes as cp1252/Latin-1 characters.
# The last column says where a spelling is used: "font" = drawn by the .VnTime / VNI-Times fonts
# (what real files contain); "vn1" = a TCVN 5712 VN1 code the .VnTime fonts do not draw (a toned
# capital, or a combining mark), converted but not taken as evidence of TCVN3.
# encoding	bytes (hex)	unicode	name	use
"""


def glibc_tcvn3() -> dict[bytes, str]:
    out = {}
    for line in (LEGACY / "glibc_charmap_TCVN5712-1.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"<U([0-9A-F]{4})>\s+/x([0-9a-f]{2})\s", line)
        if m and int(m.group(2), 16) >= 0xA0:
            out[bytes([int(m.group(2), 16)])] = chr(int(m.group(1), 16))
    return out


def main() -> None:
    tcvn3 = glibc_tcvn3()
    with open(LEGACY / "unicode_tcvn3_vni_viqr_table.tsv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh, delimiter="\t"))
    vni, in_fonts = {}, set()
    for row in table:
        raw = bytes.fromhex(row["tcvn3_bytes_hex"])
        if len(raw) == 1 and tcvn3.get(raw) != row["unicode"]:
            raise SystemExit(f"TCVN3 tables disagree on {raw.hex()}: {tcvn3.get(raw)!r} vs {row['unicode']!r}")
        if len(raw) == 1:
            in_fonts.add(raw)
        vni[bytes.fromhex(row["vni_bytes_hex"])] = row["unicode"]
    lines = [HEADER.rstrip("\n")]
    for raw, char in sorted(tcvn3.items()):
        if char == "\u00a0":
            continue  # no-break space: the same in cp1252, nothing to convert
        use = "font" if raw in in_fonts else "vn1"
        lines.append(f"tcvn3\t{raw.hex(' ').upper()}\t{char}\t{unicodedata.name(char)}\t{use}")
    for raw, char in sorted(vni.items()):
        lines.append(f"vni\t{raw.hex(' ').upper()}\t{char}\t{unicodedata.name(char)}\tfont")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(tcvn3) - 1} TCVN3 ({len(in_fonts)} in the fonts) and {len(vni)} VNI spellings")


if __name__ == "__main__":
    main()
