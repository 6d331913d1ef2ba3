"""Legacy Vietnamese 8-bit encodings — TCVN3 (ABC) and VNI — recognised and converted to Unicode.

Before Unicode, Vietnamese was typed in fonts that drew its letters at Latin-1 code points. TCVN3
(the ``.VnTime`` fonts) gives every letter one byte ("ế" = D5); VNI (``VNI-Times``) writes a base
letter followed by a mark byte ("ế" = "e" + E1). A tool that does not know the font — antiword, a PDF
text layer, a DOCX ``w:t``, a text editor — hands these bytes over as cp1252/Latin-1 characters:
"KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) for "Kế hoạch". Such text is recognised by its telltale
characters and mapped back with the tables in ``pipeline/data/legacy_encodings.tsv``.

TCVN3 has no toned capital letters: headings were set in capitals-only fonts (``.VnTimeH``) that
draw the lower-case bytes as capitals, and a capital starting a word is often that one letter in
such a font ("ñy ban" = "Ủy ban"). Where the font is known (DOCX runs, PDF characters, the runs
``word97`` reads from a .doc file) the capitals come back exactly. Without it, a word typed in
capitals around a lower-case toned letter ("QUYÕT §ÞNH") is still read as capitals ("QUYẾT ĐỊNH"),
but a heading typed all in lower case in an H font stays lower case.

For a text: :func:`detect`, :func:`convert`, :func:`convert_mixed` (only the legacy parts of a
text), :func:`convert_pages`. With fonts: :func:`font_encoding`, :func:`convert_run`,
:func:`convert_runs`.
Bytes: :func:`as_cp1252`, :func:`decode`. Convert before anything else touches the text: TCVN3
puts "ư" at byte AD, the soft hyphen, which normalisation deletes.
"""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..vocab import rows

__all__ = ["ENCODINGS", "detect", "convert", "convert_mixed", "convert_pages", "font_encoding",
           "convert_run", "convert_runs", "encodings_in_use", "as_cp1252", "decode"]

ENCODINGS = ("tcvn3", "vni")

# Evidence thresholds of detect() and convert_mixed(): legacy texts of corpus/legacy have 10–25
# telltales per 100 letters, the Unicode corpora (corpus/seeds, web, real) none outside the one
# line pasted from a TCVN3 page into corpus/web/d18.txt (11 telltales). Five keep a few symbols
# in a short text ("© 2024", "5 µg", "«quoted»") from passing for TCVN3.
MIN_TELLTALES = 5
MIN_TELLTALE_SHARE = 0.02  # of the text's letters
# Legacy Vietnamese is still mostly ASCII: 74–81 % of the letters of the corpus/legacy samples are
# ASCII letters. Random 8-bit bytes (binary, or a text in some other code page) are not.
MIN_ASCII_LETTER_SHARE = 0.5
MAX_CONTROL_SHARE = 0.01  # C0 control characters other than tab and line breaks, of all characters


@dataclass(frozen=True)
class _Encoding:
    """One legacy encoding, as characters: what a cp1252/Latin-1 reading of its bytes looks like."""

    letters: dict[str, str]      # one legacy character → its Unicode letter (or combining mark)
    marks: dict[str, str]        # VNI mark character → the combining marks it adds to its base
    bases: frozenset[str]        # (converted) letters a mark byte attaches to
    telltales: frozenset[str]    # legacy characters that betray the encoding (see _load)
    used: frozenset[str]         # every character the encoding's fonts draw a Vietnamese letter at
    strange: frozenset[str]      # those of them that are not Vietnamese letters themselves (ß, Ö, ¸)
    foreign: frozenset[str]      # Latin-1 Vietnamese letters (à, Á …) the fonts never give


@dataclass(frozen=True)
class _Tables:
    encodings: dict[str, _Encoding]
    vietnamese: frozenset[str]   # Vietnamese letters beyond Latin-1 (ă, đ, ơ, ư, ạ … ỹ)
    latin1_vietnamese: frozenset[str]  # Vietnamese letters inside Latin-1 (à, á, â, ã, è …)
    fonts: tuple[tuple[regex.Pattern, str, bool], ...]


def _seen_as_cp1252(raw: bytes) -> str:
    return raw.decode("cp1252", errors="strict")


@functools.cache
def _load() -> _Tables:
    """Read the data files into lookup tables.

    Telltales: for TCVN3, the letters whose byte lies in A1–BF, the Latin-1 block of symbols and
    punctuation (¡ ¢ § ¨ © « ¬ ® µ ¶ · ¸ ¹ …): they are the commonest Vietnamese letters (à á ả ã ạ ă
    â ê ô ơ ư đ), so TCVN3 text is full of them while Unicode text, Windows-1258 text read as
    Latin-1, and VNI text have none. For VNI, the mark bytes that are not themselves Vietnamese
    letters (ø ï û ä å ë ü …); they count only right after a base vowel (see _evidence).
    """
    spellings: dict[str, list[tuple[bytes, str, str]]] = {"tcvn3": [], "vni": []}
    for enc, hexbytes, char, _name, use in rows("legacy_encodings.tsv"):
        spellings[enc].append((bytes.fromhex(hexbytes), char, use))
    unicode_letters = {char for enc in spellings.values() for _, char, _ in enc
                       if unicodedata.category(char).startswith("L")}
    vietnamese = frozenset(c for c in unicode_letters if ord(c) > 0xFF)
    latin1_vietnamese = frozenset(c for c in unicode_letters if ord(c) <= 0xFF)
    known = vietnamese | latin1_vietnamese

    tcvn3_letters = {_seen_as_cp1252(raw): char for raw, char, _ in spellings["tcvn3"]}
    for enc, lookalike, hexbyte in rows("legacy_lookalikes.tsv"):
        if enc == "tcvn3":
            tcvn3_letters[lookalike] = tcvn3_letters[_seen_as_cp1252(bytes.fromhex(hexbyte))]
    tcvn3_used = frozenset(_seen_as_cp1252(raw) for raw, _, use in spellings["tcvn3"] if use == "font")
    tcvn3 = _Encoding(
        letters=tcvn3_letters, marks={}, bases=frozenset(),
        telltales=frozenset(ch for ch in tcvn3_used if "\u00a1" <= ch <= "\u00bf"),
        used=tcvn3_used, strange=tcvn3_used - known, foreign=latin1_vietnamese - tcvn3_used)

    vni_letters = {_seen_as_cp1252(raw): char for raw, char, _ in spellings["vni"] if len(raw) == 1}
    marks: dict[str, str] = {}
    bases = set()
    for raw, char, _ in spellings["vni"]:
        if len(raw) != 2:
            continue
        base = vni_letters.get(_seen_as_cp1252(raw[:1]), _seen_as_cp1252(raw[:1]))
        full, stem = unicodedata.normalize("NFD", char), unicodedata.normalize("NFD", base)
        mark = _seen_as_cp1252(raw[1:])
        if not full.startswith(stem) or marks.get(mark, full[len(stem):]) != full[len(stem):]:
            raise ValueError(f"legacy_encodings.tsv: VNI {raw.hex()} is not base + one mark")
        marks[mark] = full[len(stem):]
        bases.add(base)
    vni_used = frozenset(vni_letters) | frozenset(marks)
    vni = _Encoding(letters=vni_letters, marks=marks, bases=frozenset(bases),
                    telltales=frozenset(m for m in marks if m not in known),
                    used=vni_used, strange=vni_used - known, foreign=latin1_vietnamese - vni_used)

    fonts = tuple((regex.compile(row[0]), row[1], len(row) > 2 and row[2] == "capitals")
                  for row in rows("legacy_fonts.tsv"))
    return _Tables({"tcvn3": tcvn3, "vni": vni}, vietnamese, latin1_vietnamese, fonts)


# --- detection -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Evidence:
    tcvn3: int     # TCVN3 telltales
    vni: int       # VNI telltales
    unicode: int   # Vietnamese letters beyond Latin-1: the text is (partly) Unicode already
    letters: int
    ascii_letters: int
    controls: int
    chars: int

    @property
    def best(self) -> str:
        return "tcvn3" if self.tcvn3 >= self.vni else "vni"

    @property
    def legacy(self) -> int:
        return max(self.tcvn3, self.vni)

    def of(self, encoding: str) -> int:
        return self.tcvn3 if encoding == "tcvn3" else self.vni


def _evidence(text: str) -> _Evidence:
    tables = _load()
    tcvn3, vni = tables.encodings["tcvn3"], tables.encodings["vni"]
    n_tcvn3 = n_vni = n_unicode = n_letters = n_ascii = n_controls = 0
    previous = ""
    for i, ch in enumerate(text):
        if ch in tcvn3.telltales:
            # A letter of a word ("ho¹ch", "vµ", "®i"), not a symbol standing apart ("© 2024").
            following = text[i + 1:i + 2]
            n_tcvn3 += any(c.isalpha() or c in tcvn3.used for c in (previous, following) if c)
        elif ch in vni.telltales and vni.letters.get(previous, previous) in vni.bases:
            n_vni += 1
        elif ch in tables.vietnamese:
            n_unicode += 1
        if ch.isalpha():
            n_letters += 1
            n_ascii += ch.isascii()
        elif ch < " " and ch not in "\t\n\r\f\v":
            n_controls += 1
        previous = ch
    return _Evidence(n_tcvn3, n_vni, n_unicode, n_letters, n_ascii, n_controls, len(text))


def detect(text: str) -> str | None:
    """The legacy encoding ('tcvn3' or 'vni') whose bytes this text is, read as cp1252/Latin-1
    ("KÕ ho¹ch", "Keá hoaïch"), or None for Unicode (or any other) text.

    Counts the encodings' telltale characters (see ``_load``): a text is legacy when they are at
    least ``MIN_TELLTALES`` and ``MIN_TELLTALE_SHARE`` of its letters, outnumber its Vietnamese
    letters beyond Latin-1 (which no legacy text has), and the text looks like text (mostly ASCII
    letters, hardly any control characters). A text with Unicode and legacy parts is
    judged by its larger part; :func:`convert_mixed` converts the legacy parts of any text.
    """
    if not _could_be(text):
        return None
    ev = _evidence(text)
    if ev.legacy < MIN_TELLTALES or ev.legacy < MIN_TELLTALE_SHARE * ev.letters:
        return None
    if ev.unicode >= ev.legacy:
        return None
    if ev.ascii_letters < MIN_ASCII_LETTER_SHARE * ev.letters or ev.controls > MAX_CONTROL_SHARE * ev.chars:
        return None  # not text in a Latin script: binary data, or another code page
    return ev.best


@dataclass(frozen=True)
class _Signs:
    """What a piece of text says about being in one legacy encoding."""

    strange: int   # characters the encoding converts that are not Vietnamese letters ("ß", "Ö", "aø")
    usual: int     # characters it converts that are Vietnamese letters too ("é", "ô", "oá")
    against: int   # Vietnamese letters beyond Latin-1, or Latin-1 ones it never gives ("à" in TCVN3)


def _signs(text: str, encoding: str) -> _Signs:
    tables = _load()
    table = tables.encodings[encoding]
    strange = usual = against = 0
    previous = ""
    for ch in text:
        if ch in table.marks:
            if table.letters.get(previous, previous) in table.bases:
                if ch in table.strange:
                    strange += 1
                else:
                    usual += 1
        elif ch in table.used:
            if ch in table.strange:
                strange += 1
            else:
                usual += 1
        elif ch in tables.vietnamese or ch in table.foreign:
            against += 1
        previous = ch
    return _Signs(strange, usual, against)


# --- conversion ------------------------------------------------------------------------------

def convert(text: str, encoding: str, capitals: bool = False) -> str:
    """Convert a text in a legacy encoding (as cp1252/Latin-1 characters) to Unicode NFC.

    ``capitals``: the text was set in a capitals-only font (``.VnTimeH``), so all of it is upper
    case. Otherwise TCVN3 words written in capitals around lower-case toned letters are put in
    capitals (see :func:`_recover_capitals`). Characters outside the encoding's table are kept.
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r} (expected one of {ENCODINGS})")
    table = _load().encodings[encoding]
    if encoding == "tcvn3":
        out = unicodedata.normalize("NFC", text.translate(_translation(encoding)))
        if not capitals:
            out = _recover_capitals(out)
    else:
        parts: list[str] = []
        for ch in text:
            if ch in table.marks and parts and parts[-1] in table.bases:
                parts.append(table.marks[ch])
            else:
                parts.append(table.letters.get(ch, ch))
        out = unicodedata.normalize("NFC", "".join(parts))
    return out.upper() if capitals else out


@functools.cache
def _translation(encoding: str) -> dict[int, str]:
    return {ord(k): v for k, v in _load().encodings[encoding].letters.items()}


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _recover_capitals(text: str) -> str:
    """Capitals of converted TCVN3 text whose font is unknown. TCVN3 has no toned capitals, so a
    word typed in capitals keeps its toned letters in lower case: "QUYẾT" comes out "QUYếT",
    "ĐỊNH" "ĐịNH". Such a word — two capitals or more and no lower-case ASCII letter — is put in
    capitals. So is a word with one capital ("ủY") next to such a word, in a line where half the
    words at least are Vietnamese words in capitals ("QUYẾT ĐỊNH của ủY BAN NHÂN DÂN" → "ỦY"), but
    not elsewhere: "Để" (§Ó) and "Họ" (Hä) start sentences, and abbreviations ("Lưu: VP, Vụ PC")
    do not make a heading."""
    out = []
    for line in text.split("\n"):
        words = list(_WORD.finditer(line))
        kinds: list[str | None] = []
        for m in words:
            word = m.group(0)
            has_ascii_lower = any("a" <= ch <= "z" for ch in word)
            capitals = sum(1 for ch in word if ch.isupper())
            if has_ascii_lower or not capitals:
                kinds.append(None)
            else:
                kinds.append("caps" if capitals >= 2 else "one")
        # Vietnamese words in capitals, not abbreviations ("VP", "UBND"): "NHÂN", "QUYẾT".
        heading = 2 * sum(1 for m, kind in zip(words, kinds)
                          if kind == "caps" and not m.group(0).isascii()) >= len(kinds)
        pieces, pos = [], 0
        for i, m in enumerate(words):
            kind = kinds[i]
            near = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(words)}
            if kind == "caps" or (kind == "one" and heading and "caps" in near):
                pieces += [line[pos:m.start()], m.group(0).upper()]
                pos = m.end()
        out.append("".join(pieces) + line[pos:])
    return "\n".join(out)


def convert_mixed(text: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Convert only the legacy parts of a text — all of it, some lines, or runs of words inside a
    line. Returns (text, encoding), the encoding None when nothing was converted.

    ``encoding`` defaults to the one the telltales of the text's words without Unicode letters
    point to (at least ``MIN_TELLTALES`` of them); give it for a piece of a larger text (a
    page) whose encoding is known. Then, line by line (see :func:`_convert_line`):
    a line with no sign against the encoding is converted whole if it has a character that is no
    Vietnamese letter ("ß", "Ö", "aø"), or only Vietnamese-looking ones ("Céng" → "Cộng") in a text
    that is mostly legacy; a line with signs both ways is converted word by word.
    """
    if encoding is None:
        encoding = _mixed_encoding(text)
        if encoding is None:
            return text, None
    ev = _evidence(text)
    converted = _convert_text(text, encoding, mostly_legacy=ev.of(encoding) > ev.unicode)
    return converted, (encoding if converted != text else None)


@functools.cache
def _telltale_pattern(encodings: tuple[str, ...]) -> regex.Pattern:
    chars = set().union(*(_load().encodings[enc].telltales for enc in encodings))
    return regex.compile("[" + regex.escape("".join(sorted(chars))) + "]")


def _could_be(text: str, encoding: str | None = None) -> bool:
    """Quick test: does the text have any telltale at all? (Most texts have none.)"""
    return _telltale_pattern((encoding,) if encoding else ENCODINGS).search(text) is not None


def _mixed_encoding(text: str) -> str | None:
    if not _could_be(text):
        return None
    counts = {"tcvn3": 0, "vni": 0}
    for word in text.split():
        ev = _evidence(word)
        if not ev.unicode:
            counts["tcvn3"] += ev.tcvn3
            counts["vni"] += ev.vni
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= MIN_TELLTALES else None


def _convert_text(text: str, encoding: str, mostly_legacy: bool, capitals: bool = False) -> str:
    return "\n".join(_convert_line(line, encoding, mostly_legacy, capitals) for line in text.split("\n"))


def _convert_line(line: str, encoding: str, mostly_legacy: bool, capitals: bool = False) -> str:
    """One line of :func:`convert_mixed`. Word by word, a word with a sign against the encoding
    is Unicode, one with a strange character is legacy, and one with neither ("bé", "vai",
    ASCII) goes with its nearest word that has one, the preceding one on a tie: in "Căn cứ vào
    vai trß vµ nhiÖm vô của cán bộ" only "trß vµ nhiÖm vô" is converted."""
    signs = _signs(line, encoding)
    if not signs.against:
        if signs.strange or (signs.usual and mostly_legacy) or capitals:
            return convert(line, encoding, capitals)
        return line
    pieces = regex.split(r"(\s+)", line)
    words = []
    for i, piece in enumerate(pieces):
        if piece and not piece.isspace():
            signs = _signs(piece, encoding)
            words.append((i, "unicode" if signs.against else "legacy" if signs.strange else None))
    for n, (i, kind) in enumerate(words):
        if kind is None:
            before = next((k for _, k in reversed(words[:n]) if k), None)
            after = next((k for _, k in words[n + 1:] if k), None)
            kind = before or after
        if kind == "legacy":
            pieces[i] = convert(pieces[i], encoding, capitals)
    return "".join(pieces)


def convert_pages(pages: list[str]) -> tuple[list[str], str | None]:
    """:func:`convert_mixed` for the pages of one document: the encoding is found on all of them
    together, so that a short page (a signature, a table of figures) is converted too."""
    joined = "\n".join(pages)
    encoding = _mixed_encoding(joined)
    if encoding is None:
        return pages, None
    ev = _evidence(joined)
    out = [_convert_text(page, encoding, ev.of(encoding) > ev.unicode) for page in pages]
    return out, (encoding if out != pages else None)


# --- fonts -----------------------------------------------------------------------------------

_SUBSET = regex.compile(r"^[A-Z]{6}\+")
_STYLE = regex.compile(r"(?:[\s,\-]*(?:bold|italic|oblique|regular|normal|roman|semibold|light|mt|ps))+$",
                       regex.I)


@functools.lru_cache(maxsize=4096)
def font_encoding(font: str | None) -> tuple[str | None, bool]:
    """(encoding, capitals-only) of a font name from a DOCX ``w:rFonts`` or a PDF character:
    ".VnTime" → ('tcvn3', False), "AARIQC+.VnTimeH,Bold" → ('tcvn3', True), "VNI-Times" →
    ('vni', False), "Times New Roman" or None → (None, False). Patterns: legacy_fonts.tsv."""
    if not font:
        return None, False
    family = _STYLE.sub("", _SUBSET.sub("", font.strip())).replace(" ", "").lower()
    for pattern, encoding, capitals in _load().fonts:
        if pattern.search(family):
            return encoding, capitals
    return None, False


def convert_run(text: str, font: str | None) -> str:
    """Convert a run of text set in ``font`` (see :func:`font_encoding`): legacy-font runs are
    converted — capitals-only fonts give capitals, words with Unicode letters are left as they
    are — and any other run is returned unchanged."""
    encoding, capitals = font_encoding(font)
    if encoding is None:
        return text
    return _convert_text(text, encoding, mostly_legacy=True, capitals=capitals)


def _groups(runs: Iterable[tuple[str, str | None]]) -> list[tuple[tuple[str | None, bool], str]]:
    """Consecutive runs with the same (encoding, capitals) joined, so that a VNI base letter and
    its mark byte split over two runs still combine."""
    groups: list[tuple[tuple[str | None, bool], list[str]]] = []
    for text, font in runs:
        key = font_encoding(font)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(text)
        else:
            groups.append((key, [text]))
    return [(key, "".join(texts)) for key, texts in groups]


def encodings_in_use(runs: Iterable[tuple[str, str | None]]) -> set[str]:
    """The legacy encodings whose font runs hold legacy text: all together, no fewer of the
    encoding's letters than letters against it (see :func:`_signs`). Documents typed in
    Unicode while still styled with .VnTime fonts exist (corpus/legacy/19); their runs are not
    converted. Runs with no letter either way (ASCII) do not count."""
    totals = {enc: [0, 0] for enc in ENCODINGS}
    for (encoding, _), text in _groups(runs):
        if encoding:
            signs = _signs(text, encoding)
            totals[encoding][0] += signs.strange + signs.usual
            totals[encoding][1] += signs.against
    return {enc for enc, (pro, con) in totals.items() if pro >= con}


def convert_runs(runs: Iterable[tuple[str, str | None]],
                 encodings: Iterable[str] | None = None) -> tuple[str, str | None]:
    """Join (text, font name) runs, converting those set in legacy fonts (see
    :func:`font_encoding`); capitals-only fonts give capitals. Returns (text, encoding): the
    encoding of the converted runs (the larger by characters), or None when none was converted.

    ``encodings``: the encodings to convert, by default :func:`encodings_in_use` of these runs —
    pass the document's own (computed on all its runs) when converting it piece by piece. Inside
    a converted run, a word with Unicode letters is left as it is.
    """
    runs = list(runs)
    allowed = set(encodings_in_use(runs) if encodings is None else encodings)
    out: list[str] = []
    converted = {enc: 0 for enc in ENCODINGS}
    for (encoding, capitals), text in _groups(runs):
        if encoding in allowed:
            new = _convert_text(text, encoding, mostly_legacy=True, capitals=capitals)
            if new != text:
                converted[encoding] += len(text)
            text = new
        out.append(text)
    best = max(converted, key=converted.__getitem__)
    return "".join(out), (best if converted[best] else None)


# --- bytes -----------------------------------------------------------------------------------

def as_cp1252(data: bytes) -> str:
    """8-bit bytes as the characters the legacy functions expect: cp1252, or Latin-1 for bytes
    cp1252 leaves undefined (81, 8D, 8F, 90, 9D). The two agree on A0–FF, where the letters are."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(data: bytes) -> tuple[str, str] | None:
    """Decode 8-bit bytes that are TCVN3 or VNI: (Unicode text, encoding), or None when the bytes
    do not look like either (see :func:`detect`)."""
    text = as_cp1252(data)
    detected = detect(text)
    if detected is None:
        return None
    converted, encoding = convert_mixed(text, detected)
    return converted, encoding or detected
