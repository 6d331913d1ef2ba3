#!/usr/bin/env python3
"""Generate a large, deterministic test batch for ``plans build``.

Good documents (about 90 %) are variants of the corpus's own text documents (``corpus/seeds/*.txt``
and ``corpus/web/*.txt``, read at run time): the number in "Số: 12/KH-..." and in cited codes, the
day/month/year of dates (kept valid; years shifted consistently through the document), place names
swapped with places named in other corpus documents, a paragraph dropped or duplicated, CRLF line
endings, and the encoding (mostly UTF-8; some UTF-8 with BOM, UTF-16 and Windows-1258 with
decomposed tone marks). About one in a hundred good files is an unchanged copy of a corpus PDF/DOCX
(``corpus/generated/*.pdf|*.docx``, ``corpus/real/14_*.docx``) under a new name.

Bad inputs (``--bad-fraction``, split evenly over :data:`BAD_KINDS`, each kind at least once) are
written under ``bad/``; see :data:`BAD_KINDS` for what each kind is.

Usage::

    python scripts/make_batch.py OUT_DIR --n 1000 [--bad-fraction 0.1] [--seed 0] [--max-bytes 1000000]
                                 [--check]

writes ``OUT_DIR/good/...``, ``OUT_DIR/bad/...`` and ``OUT_DIR/expected.json`` =
``{"good": [relative paths], "bad": {relative path: kind}}``. ``--check`` then verifies every file
(each bad file really is what its kind says, with pdfplumber / zipfile / charset-normalizer, and,
where ``pipeline`` imports, that ``pipeline.ingest.read`` accepts the good and rejects the bad ones)
and that the same seed gives the same bytes. Importable as
``make_batch(out_dir, n, bad_fraction=0.1, seed=0, max_bytes=1_000_000) -> dict``.
"""
from __future__ import annotations

import argparse
import calendar
import codecs
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

BAD_KINDS = (
    "empty",             # 0-byte .txt
    "blank",             # .txt of whitespace only (some with a UTF-8 / UTF-16 BOM)
    "binary",            # random bytes (with NULs) named .txt
    "not_a_document",    # a PNG or a zip of random content named .pdf / .docx
    "truncated_pdf",     # the first ~40 % of a corpus PDF
    "encrypted_pdf",     # reportlab PDF with a user password
    "no_text_layer",     # PDF whose pages are only an image (a "scan")
    "corrupt_docx",      # a truncated corpus DOCX (zip without its central directory)
    "zip_bomb_docx",     # DOCX whose word/document.xml declares 210 MiB (file ~215 kB)
    "undecodable_text",  # high bytes + control bytes (no NUL): neither UTF-8 nor any 8-bit text
    "too_large",         # valid corpus text larger than --max-bytes
)
MIN_MAX_BYTES = 256 * 1024  # every file but the too_large ones stays below this (zip bomb ~215 kB)
ZIP_BOMB_DECLARED = 210 * 1024 * 1024
COPY_FRACTION = 0.01        # share of good files that are unchanged binary corpus copies

# encodings of good text files: (codec written, weight)
ENCODINGS = (("utf-8", 75), ("utf-8-sig", 8), ("utf-16", 7), ("cp1258", 10))
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
CP1258_FALLBACK = {"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "‘": "'", "’": "'",
                   "“": '"', "”": '"', "…": "...", "•": "-", "\u00a0": " ", "\u200b": ""}


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------

class Corpus:
    """The corpus documents a batch is made from, read once."""

    def __init__(self, root: Path = CORPUS):
        self.texts: dict[str, tuple[str, str]] = {}   # stem -> (group, text)
        for group in ("seeds", "web"):
            for path in sorted((root / group).glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                if text.strip():
                    self.texts[path.stem] = (group, text.replace("\r\n", "\n"))
        if not self.texts:
            raise SystemExit(f"make_batch: no corpus texts under {root}/seeds or {root}/web")
        self.stems = sorted(self.texts)
        self.copies: list[Path] = sorted((root / "generated").glob("*.pdf")) \
            + sorted((root / "generated").glob("*.docx")) + sorted((root / "real").glob("14_*.docx"))
        self.copy_bytes = {p: p.read_bytes() for p in self.copies}
        self.pdfs = [p for p in self.copies if p.suffix == ".pdf"]
        self.docxs = [p for p in self.copies if p.suffix == ".docx"]
        self.places, self.doc_places = _find_places({s: t for s, (_, t) in self.texts.items()})


_PLACE_PREFIX = re.compile(r"(?<!\w)(tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|huyện|Huyện|HUYỆN)[ \t]+")


_WORD = re.compile(r"[^\W\d_]+")


def _place_tokens(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` capitalised words (all Title or all UPPER) from ``start`` on one line."""
    tokens: list[str] = []
    style = None
    for raw in text[start:start + 60].split("\n", 1)[0].split(" "):
        m = _WORD.match(raw)
        if not m:
            break
        word = m.group(0)
        if raw[m.end():m.end() + 1] in ("'", "’") and m.end() < len(raw):
            break                                   # "Đăk R'Lấp": not a word boundary
        this = "upper" if word.isupper() and len(word) > 1 else "title" if word.istitle() else None
        if this is None or (style and this != style):
            break
        style = this
        tokens.append(word)
        if len(tokens) == limit or word != raw:
            break
    return tokens


def _find_places(texts: dict[str, str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Place names the corpus itself uses after "tỉnh/thành phố/huyện", by category, and per doc.

    A name is its first two capitalised words ("Trà Vinh", "TRÀ VINH" -> "Trà Vinh"). Two words that
    the corpus always follows with the same third one are part of a longer name and left alone: "Hồ
    Chí" (Minh) is mostly the person, in "tư tưởng, đạo đức, phong cách Hồ Chí Minh".
    """
    found: dict[str, dict[str, int]] = {}
    for text in texts.values():
        for m in _PLACE_PREFIX.finditer(text):
            tokens = _place_tokens(text, m.end(), 2)
            if len(tokens) == 2 and tokens[0].lower() not in ("ủy", "uỷ"):  # "tỉnh Ủy ..." = Tỉnh ủy
                name = " ".join(tokens).title() if tokens[0].isupper() else " ".join(tokens)
                cat = "district" if m.group(1).lower() == "huyện" else "province"
                found.setdefault(name, {}).setdefault(cat, 0)
                found[name][cat] += 1
    alltext = "\n".join(texts.values())
    names: dict[str, str] = {}
    for name, cats in found.items():
        followers = set()
        for form in (name, name.upper()):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", alltext):
                nxt = _place_tokens(alltext, m.end() + 1, 1) if alltext[m.end():m.end() + 1] == " " else []
                followers.add(nxt[0].title() if nxt else None)
        if len(followers) == 1 and None not in followers:
            continue
        names[name] = max(cats, key=cats.get)
    places: dict[str, list[str]] = {"province": [], "district": []}
    for name in sorted(names):
        places[names[name]].append(name)
    doc_places = {stem: [p for p in sorted(names) if _place_re(p).search(text)] for stem, text in texts.items()}
    return places, doc_places


_PLACE_RES: dict[str, re.Pattern] = {}


def _place_re(name: str) -> re.Pattern:
    if name not in _PLACE_RES:
        _PLACE_RES[name] = re.compile(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(name.upper())})(?!\w)")
    return _PLACE_RES[name]


# ---------------------------------------------------------------------------------------------
# Good documents: text variants
# ---------------------------------------------------------------------------------------------

# a document or cited code: "20/KH-UBND", "25/2006/NQ-CP", "01/CTr-LĐLĐ", "13-CT/TW"
_CODE = re.compile(r"(?<![\w/.,-])(\d{1,4})((?:/\d{4})?/[A-ZĐ][\wĐđ.-]*(?:/[\wĐđ-]+)?|-[A-ZĐ]{1,5}/[A-ZĐ]+)")
_DATE = re.compile(
    r"(?P<vn>(?:ngày|Ngày|NGÀY)\s+(?P<d>\d{1,2})(?P<s2>\s+(?:tháng|THÁNG)\s+)(?P<m>\d{1,2})"
    r"(?P<s3>\s+(?:năm|NĂM)\s+)(?P<y>\d{4})(?!\d))"
    r"|(?P<sl>(?<![\d/])(?P<d2>\d{1,2})(?P<sep>[/.-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4})(?![\d/]))"
    r"|(?P<yr>(?<!\d)(?:19[89]\d|20[0-3]\d)(?!\d))")


def _pad(value: int, like: str) -> str:
    return str(value).zfill(len(like)) if like.startswith("0") else str(value)


def _vary_codes(text: str, rng: random.Random) -> str:
    mapping: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        key = m.group(0).upper()           # "SỐ 01/CT-TTG" in a title is "số 01/CT-TTg"
        if key not in mapping:
            num = m.group(1)
            is_own = text[max(0, m.start() - 6):m.start()].rstrip().endswith(("Số:", "SỐ:"))
            if rng.random() < (0.85 if is_own else 0.5):
                old = int(num)
                new = old
                while new == old:
                    new = rng.randint(1, max(30, old * 3 + 10))
                num = _pad(new, m.group(1))
            mapping[key] = num
        return mapping[key] + m.group(2)

    return _CODE.sub(sub, text)


def _vary_dates(text: str, rng: random.Random) -> str:
    delta = rng.choice((0, 0, 0, -1, -1, -2, -3, 1, 2))
    redraw = rng.random() < 0.7          # does this document get new days/months at all
    dates: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def new_date(d: int, m: int, y: int) -> tuple[int, int, int] | None:
        if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
            return None                   # not a date (or a typo in the source): leave it
        if (d, m, y) not in dates:
            ny = y + delta
            nm, nd = m, d
            if redraw and rng.random() < 0.5:
                nm = rng.randint(1, 12)
                nd = rng.randint(1, calendar.monthrange(ny, nm)[1])
            nd = min(nd, calendar.monthrange(ny, nm)[1])      # 29/2 of a shifted year
            dates[(d, m, y)] = (nd, nm, ny)
        return dates[(d, m, y)]

    def sub(m: re.Match) -> str:
        if m.group("yr"):
            return str(int(m.group("yr")) + delta)
        if m.group("vn"):
            d, mo, y = m.group("d"), m.group("m"), m.group("y")
            new = new_date(int(d), int(mo), int(y))
            if new is None:
                return m.group(0)
            head = m.group(0)[:m.start("d") - m.start()]
            return f"{head}{_pad(new[0], d)}{m.group('s2')}{_pad(new[1], mo)}{m.group('s3')}{new[2]}"
        d, mo, y, sep = m.group("d2"), m.group("m2"), m.group("y2"), m.group("sep")
        new = new_date(int(d), int(mo), int(y))
        if new is None:
            return m.group(0)
        return f"{_pad(new[0], d)}{sep}{_pad(new[1], mo)}{sep}{new[2]}"

    return _DATE.sub(sub, text)


def _swap_places(text: str, stem: str, corpus: Corpus, rng: random.Random) -> str:
    own = corpus.doc_places.get(stem, [])
    if not own:
        return text
    for place in rng.sample(own, k=min(len(own), rng.choice((1, 1, 2)))):
        cat = "district" if place in corpus.places["district"] else "province"
        others = [p for p in corpus.places[cat] if p not in own]
        if not others:
            continue
        new = rng.choice(others)
        # (the replacement runs within this iteration: ``new`` is bound to be explicit about it)
        text = _place_re(place).sub(lambda m, new=new: new.upper() if m.group(0).isupper() else new, text)
    return text


def _drop_or_duplicate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    lo, hi = int(len(lines) * 0.3), int(len(lines) * 0.9)
    candidates = [i for i in range(lo, hi) if len(lines[i].strip()) > 20]
    if not candidates:
        return text
    i = rng.choice(candidates)
    spaced = i + 1 < len(lines) and not lines[i + 1].strip()
    if rng.random() < 0.55:
        del lines[i:i + (2 if spaced else 1)]
    else:
        lines[i + 1:i + 1] = ["", lines[i]] if spaced else [lines[i]]
    return "\n".join(lines)


_CP1258_CACHE: dict[str, str] = {}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters (with their non-tone diacritics) + combining tone marks."""
    out = []
    cache = _CP1258_CACHE
    for ch in text:
        conv = cache.get(ch)
        if conv is None:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))
            conv = base + "".join(c for c in nfd if c in TONE_MARKS)
            try:
                conv.encode("cp1258")
            except UnicodeEncodeError:
                conv = CP1258_FALLBACK.get(ch, "?")
            cache[ch] = conv
        out.append(conv)
    return "".join(out).encode("cp1258")


def text_variant(stem: str, corpus: Corpus, rng: random.Random) -> tuple[bytes, str]:
    """One realistic variant of a corpus text, encoded; returns (bytes, encoding name)."""
    text = corpus.texts[stem][1]
    text = _vary_codes(text, rng)
    text = _vary_dates(text, rng)
    if rng.random() < 0.6:
        text = _swap_places(text, stem, corpus, rng)
    if rng.random() < 0.4:
        text = _drop_or_duplicate(text, rng)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    encoding = rng.choices([e for e, _ in ENCODINGS], weights=[w for _, w in ENCODINGS])[0]
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    return data, encoding


# ---------------------------------------------------------------------------------------------
# Bad inputs
# ---------------------------------------------------------------------------------------------

def _random_bytes(rng: random.Random, n: int) -> bytes:
    return rng.getrandbits(8 * n).to_bytes(n, "little") if n else b""


def _png(rng: random.Random, width: int = 64, height: int = 48) -> bytes:
    from PIL import Image
    image = Image.frombytes("RGB", (width, height), _random_bytes(rng, width * height * 3))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _zipinfo(name: str) -> zipfile.ZipInfo:
    """A deflated zip entry with a fixed timestamp (so the same seed gives the same bytes)."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _ascii_fold(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if ord(c) < 128)


class BadMaker:
    """Makes the bytes (and file suffix) of each bad kind; templates built once per batch."""

    def __init__(self, corpus: Corpus, max_bytes: int):
        self.corpus = corpus
        self.max_bytes = max_bytes
        self._bomb: bytes | None = None

    def make(self, kind: str, rng: random.Random) -> tuple[bytes, str]:
        return getattr(self, kind)(rng)

    def empty(self, rng):
        return b"", ".txt"

    def blank(self, rng):
        ws = "".join(rng.choice(" \t\n\n\r\n") for _ in range(rng.randint(1, 400)))
        style = rng.random()
        if style < 0.7:
            return ws.encode("ascii"), ".txt"
        if style < 0.85:
            return codecs.BOM_UTF8 + ws.encode("ascii"), ".txt"
        return ws.encode("utf-16"), ".txt"

    def binary(self, rng):
        data = bytearray(_random_bytes(rng, rng.randint(2048, 65536)))
        data[rng.randrange(0, 2048)] = 0               # a NUL early, as any binary file has
        if data[:3] in (b"\xef\xbb\xbf", b"%PD", b"PK\x03") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            data[0] = 0
        return bytes(data), ".txt"

    def not_a_document(self, rng):
        what = rng.choice(("png", "zip"))
        if what == "png":
            data = _png(rng, rng.randint(16, 200), rng.randint(16, 200))
        else:
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for k in range(rng.randint(1, 3)):
                    zf.writestr(_zipinfo(f"data{k}.bin"), _random_bytes(rng, rng.randint(100, 5000)))
            data = buf.getvalue()
        return data, rng.choice((".pdf", ".docx"))

    def truncated_pdf(self, rng):
        data = self.corpus.copy_bytes[rng.choice(self.corpus.pdfs)]
        return data[:int(len(data) * rng.uniform(0.38, 0.42))], ".pdf"

    def encrypted_pdf(self, rng):
        from reportlab.lib.pdfencrypt import StandardEncryption
        from reportlab.pdfgen import canvas
        password = f"{rng.getrandbits(40):010x}"
        enc = StandardEncryption(password, ownerPassword=f"{rng.getrandbits(40):010x}", canPrint=0)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1, encrypt=enc)
        text = self.corpus.texts[rng.choice(self.corpus.stems)][1]
        lines = [_ascii_fold(line)[:90] for line in text.split("\n") if line.strip()][:40]
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
            if y < 60:
                break
        c.showPage()
        c.save()
        return buf.getvalue(), ".pdf"

    def no_text_layer(self, rng):
        from PIL import Image, ImageDraw
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1)
        for _ in range(rng.randint(1, 3)):
            image = Image.new("L", (420, 594), 255)
            draw = ImageDraw.Draw(image)
            y = rng.randint(30, 60)
            while y < 550:                      # dark blobs in lines: a page scanned, no text
                x = 50
                while x < 370:
                    w = rng.randint(6, 40)
                    draw.rectangle([x, y, x + w, y + 6], fill=rng.randint(0, 90))
                    x += w + rng.randint(4, 9)
                y += rng.randint(12, 22)
            c.drawImage(ImageReader(image), 0, 0, 595, 842)
            c.showPage()
        c.save()
        return buf.getvalue(), ".pdf"

    def corrupt_docx(self, rng):
        data = self.corpus.copy_bytes[rng.choice(self.corpus.docxs)]
        return data[:int(len(data) * rng.uniform(0.3, 0.7))], ".docx"

    def zip_bomb_docx(self, rng):
        if self._bomb is None:   # compressed once (streaming, 1 MiB at a time), ~0.5 s
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
                zf.writestr(_zipinfo("[Content_Types].xml"),
                            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                            'openxmlformats.org/package/2006/content-types"/>')
                chunk = bytes(1 << 20)
                with zf.open(_zipinfo("word/document.xml"), "w") as out:
                    for _ in range(ZIP_BOMB_DECLARED // len(chunk)):
                        out.write(chunk)
                zf.comment = b"0" * 16
            self._bomb = buf.getvalue()
        # same archive, a different 16-byte archive comment each time (the comment ends the file)
        return self._bomb[:-16] + f"{rng.getrandbits(64):016x}".encode(), ".docx"

    def undecodable_text(self, rng):
        from charset_normalizer import from_bytes
        control = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) + b"\x7f"
        high = bytes(range(0x80, 0x100))
        ascii_ = b"abcdefghijklmnopqrstuvwxyz     "
        for _ in range(100):
            n = rng.randint(300, 6000)
            pc, pa = rng.uniform(0.1, 0.3), rng.uniform(0.0, 0.1)
            out = bytearray()
            for _ in range(n):
                r = rng.random()
                out.append(rng.choice(control) if r < pc else rng.choice(ascii_) if r < pc + pa
                           else rng.choice(high))
            data = bytes(out)
            if data[:3] == b"\xef\xbb\xbf" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                continue
            try:
                data.decode("utf-8")
                continue
            except UnicodeDecodeError:
                pass
            if from_bytes(data).best() is None and from_bytes(data, cp_isolation=None).best() is None:
                return data, ".txt"
        raise RuntimeError("could not make undecodable bytes")  # never seen

    def too_large(self, rng):
        target = self.max_bytes + rng.randint(1, max(1, self.max_bytes // 20))
        stem = rng.choice(self.corpus.stems)
        unit = (self.corpus.texts[stem][1].rstrip("\n") + "\n\n").encode("utf-8")
        data = unit * (target // len(unit) + 1)
        return data, ".txt"


# ---------------------------------------------------------------------------------------------
# Batch
# ---------------------------------------------------------------------------------------------

def _clear(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / "expected.json").exists():
            raise SystemExit(f"make_batch: {out} is not empty and holds no expected.json "
                             "(not a batch of ours): refusing to write into it")
        for sub in ("good", "bad"):
            if (out / sub).exists():
                shutil.rmtree(out / sub)
        (out / "expected.json").unlink()


def make_batch(out_dir, n: int, bad_fraction: float = 0.1, seed: int = 0,
               max_bytes: int = 1_000_000, corpus: Corpus | None = None) -> dict:
    """Write ``n`` files under ``out_dir`` (good/, bad/, expected.json); return the expected dict."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0 <= bad_fraction <= 1:
        raise ValueError("bad_fraction must be within [0, 1]")
    if max_bytes < MIN_MAX_BYTES:
        raise ValueError(f"max_bytes must be at least {MIN_MAX_BYTES} (the zip bomb alone is ~215 kB)")
    corpus = corpus or Corpus()
    out = Path(out_dir)
    _clear(out)
    n_bad = 0
    if bad_fraction > 0 and n:
        n_bad = min(n, max(len(BAD_KINDS), round(n * bad_fraction)))
    n_good = n - n_bad
    n_copy = min(n_good, round(n_good * COPY_FRACTION)) if corpus.copies else 0
    rng = random.Random(f"make_batch:{seed}")

    plan: list[tuple[str, object]] = []
    kinds = list(BAD_KINDS)
    rng.shuffle(kinds)
    plan += [("bad", kinds[i % len(kinds)]) for i in range(n_bad)]
    copies = list(corpus.copies)
    rng.shuffle(copies)
    plan += [("copy", copies[i % len(copies)]) for i in range(n_copy)]
    plan += [("text", rng.choice(corpus.stems)) for _ in range(n_good - n_copy)]
    rng.shuffle(plan)

    width = max(5, len(str(max(n - 1, 0))))
    bad_maker = BadMaker(corpus, max_bytes)
    expected: dict = {"good": [], "bad": {}}
    made_dirs: set[Path] = set()

    def write(rel: str, data: bytes) -> None:
        path = out / rel
        if path.parent not in made_dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(path.parent)
        path.write_bytes(data)

    for i, (what, arg) in enumerate(plan):
        frng = random.Random(f"{seed}:{i}")
        num = str(i).zfill(width)
        if what == "bad":
            data, suffix = bad_maker.make(arg, frng)
            rel = f"bad/{num}_{arg}{suffix}"
            expected["bad"][rel] = arg
        elif what == "copy":
            src: Path = arg
            group = src.parent.name        # generated | real
            rel = f"good/{group}/{num}_{src.stem}{src.suffix}"
            data = corpus.copy_bytes[src]
            expected["good"].append(rel)
        else:
            group = corpus.texts[arg][0]   # seeds | web
            data, _encoding = text_variant(arg, corpus, frng)
            rel = f"good/{group}/{num}_{arg}.txt"
            expected["good"].append(rel)
        write(rel, data)
    out.mkdir(parents=True, exist_ok=True)
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    return expected


# ---------------------------------------------------------------------------------------------
# Self-check (no pytest)
# ---------------------------------------------------------------------------------------------

def _check_bad(path: Path, kind: str, max_bytes: int) -> str | None:
    """None if ``path`` really is a ``kind`` bad input, else what is wrong."""
    data = path.read_bytes()
    if kind != "too_large" and len(data) > max_bytes:
        return "larger than max_bytes"
    if kind == "empty":
        return None if data == b"" else "not 0 bytes"
    if kind == "blank":
        for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                         (codecs.BOM_UTF16_BE, "utf-16")):
            if data.startswith(bom):
                return None if not data.decode(enc).strip() and len(data) > len(bom) else "not whitespace"
        return None if data and not data.strip() else "not whitespace"
    if kind == "binary":
        return None if b"\x00" in data[:8192] else "no NUL in the first 8 kB"
    if kind == "not_a_document":
        if data.startswith(b"%PDF"):
            return "is a PDF"
        if data.startswith(b"\x89PNG"):
            from PIL import Image
            Image.open(io.BytesIO(data)).verify()
            return None
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "has word/document.xml" if "word/document.xml" in zf.namelist() else None
    if kind in ("truncated_pdf", "encrypted_pdf", "no_text_layer"):
        import pdfplumber
        try:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                chars = sum(len(p.chars) for p in pdf.pages)
                images = sum(len(p.images) for p in pdf.pages)
        except Exception as exc:  # noqa: BLE001 - any failure to open is what we want
            reason = repr(exc)
            if kind == "truncated_pdf":
                return None
            if kind == "encrypted_pdf":
                return None if "PDFPasswordIncorrect" in reason else f"fails, but not for a password: {reason}"
            return f"cannot be opened: {reason}"
        if kind == "no_text_layer":
            return None if chars == 0 and images > 0 else f"{chars} chars, {images} images"
        return "opens without a password" if kind == "encrypted_pdf" else "opens"
    if kind == "corrupt_docx":
        try:
            zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            return None
        return "is a valid zip"
    if kind == "zip_bomb_docx":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            declared = sum(i.file_size for i in zf.infolist())
        ok = declared > 200 * 1024 * 1024 and len(data) < 1_000_000
        return None if ok else f"declares {declared} bytes in a {len(data)}-byte file"
    if kind == "undecodable_text":
        from charset_normalizer import from_bytes
        if b"\x00" in data:
            return "has NUL"
        try:
            data.decode("utf-8")
            return "is UTF-8"
        except UnicodeDecodeError:
            pass
        return None if from_bytes(data).best() is None else "charset-normalizer decodes it"
    if kind == "too_large":
        return None if len(data) > max_bytes else "not larger than max_bytes"
    return f"unknown kind {kind}"


def _check_good(path: Path, corpus: Corpus, copy_hashes: set[str], max_bytes: int) -> str | None:
    data = path.read_bytes()
    if len(data) > max_bytes:
        return "larger than max_bytes"
    if path.suffix in (".pdf", ".docx"):
        return None if hashlib.sha256(data).hexdigest() in copy_hashes else "not a copy of a corpus file"
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc)
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = unicodedata.normalize("NFC", data.decode("cp1258"))
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "has NUL"
    if not any("\u00c0" <= c <= "\u1ef9" for c in text):
        return "no Vietnamese letters"
    return None


def _tree_hash(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(out)).encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def self_check(out_dir, expected: dict, max_bytes: int, corpus: Corpus | None = None) -> int:
    """Verify a batch; print findings; return the number of problems (0 = all good)."""
    import tempfile
    corpus = corpus or Corpus()
    out = Path(out_dir)
    problems = []
    on_disk = {str(p.relative_to(out)).replace(os.sep, "/") for p in out.rglob("*") if p.is_file()}
    listed = set(expected["good"]) | set(expected["bad"])
    if on_disk - listed - {"expected.json"}:
        problems.append(f"files not in expected.json: {sorted(on_disk - listed)[:5]}")
    if listed - on_disk:
        problems.append(f"missing files: {sorted(listed - on_disk)[:5]}")
    if expected["bad"]:
        missing = set(BAD_KINDS) - set(expected["bad"].values())
        if missing:
            problems.append(f"bad kinds never made: {sorted(missing)}")
    for rel, kind in expected["bad"].items():
        why = _check_bad(out / rel, kind, max_bytes)
        if why:
            problems.append(f"{rel} ({kind}): {why}")
    copy_hashes = {hashlib.sha256(b).hexdigest() for b in corpus.copy_bytes.values()}
    for rel in expected["good"]:
        why = _check_good(out / rel, corpus, copy_hashes, max_bytes)
        if why:
            problems.append(f"{rel}: {why}")
    # the pipeline's own reader, where it imports: good files read, bad files raise IngestError
    try:
        sys.path.insert(0, str(ROOT))
        from pipeline import ingest
        from pipeline.ingest import base as ingest_base
    except Exception as exc:  # noqa: BLE001
        print(f"self-check: pipeline.ingest not importable ({exc}); ingest check skipped")
    else:
        saved = ingest_base.MAX_BYTES
        ingest_base.MAX_BYTES = max_bytes
        notes = []
        try:
            for rel in expected["good"]:
                try:
                    doc = ingest.read(out / rel)
                    if not doc.text.strip():
                        notes.append(f"good {rel}: read gives no text")
                except Exception as exc:  # noqa: BLE001
                    notes.append(f"good {rel}: {exc}")
            for rel, kind in expected["bad"].items():
                try:
                    doc = ingest.read(out / rel)
                    notes.append(f"bad {rel} ({kind}): read without error ({len(doc.text)} chars)")
                except ingest.IngestError:
                    pass
                except Exception as exc:  # noqa: BLE001
                    notes.append(f"bad {rel} ({kind}): {type(exc).__name__} instead of IngestError: {exc}")
        finally:
            ingest_base.MAX_BYTES = saved
        for note in notes[:20]:
            print(f"self-check: ingest: {note}")
        if notes:
            print(f"self-check: ingest: {len(notes)} file(s) the pipeline's reader handles unlike "
                  "expected.json says (pipeline findings, not generator faults)")
    # determinism: the same seed gives the same bytes
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a"), Path(tmp, "b")
        make_batch(a, 60, 0.3, seed=7, max_bytes=MIN_MAX_BYTES, corpus=corpus)
        make_batch(b, 60, 0.3, seed=7, max_bytes=MIN_MAX_BYTES, corpus=corpus)
        if _tree_hash(a) != _tree_hash(b):
            problems.append("same seed, different batches")
    for p in problems[:30]:
        print(f"self-check: {p}")
    print(f"self-check: {len(expected['good'])} good, {len(expected['bad'])} bad checked; "
          f"{len(problems)} problem(s)")
    return len(problems)


def _du(out: Path) -> int:
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", metavar="OUT_DIR")
    ap.add_argument("--n", type=int, default=1000, help="number of files (default 1000)")
    ap.add_argument("--bad-fraction", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-bytes", type=int, default=1_000_000,
                    help="size limit the build will run with: too_large files exceed it, others do not")
    ap.add_argument("--check", action="store_true", help="verify the batch after writing it")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    corpus = Corpus()
    expected = make_batch(args.out_dir, args.n, args.bad_fraction, args.seed, args.max_bytes, corpus=corpus)
    elapsed = time.perf_counter() - t0
    out = Path(args.out_dir)
    kinds = sorted(set(expected["bad"].values()))
    n_copy = sum(1 for r in expected["good"] if not r.endswith(".txt"))
    print(f"make_batch: {args.n} files -> {out} ({len(expected['good'])} good incl. {n_copy} corpus "
          f"PDF/DOCX copies, {len(expected['bad'])} bad of {len(kinds)} kinds), "
          f"{_du(out) / 1e6:.1f} MB, {elapsed:.1f} s")
    if args.check:
        return 1 if self_check(out, expected, args.max_bytes, corpus=corpus) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
