"""The fonts of a Word 97–2003 ``.doc`` file's text: its main text as (text, font name) runs.

antiword gives a .doc file's text but not its fonts, and legacy Vietnamese needs them: TCVN3 has
no toned capitals, so headings are lower-case bytes in a capitals-only font (``.VnTimeH``), and a
capital at the start of a word is often that one letter set in it ("ñy ban" = "Ủy ban"). This
module reads just enough of the binary format (Microsoft's [MS-DOC] specification) to give each
run of the main text its font: the File Information Block (FIB), the piece table (CLX), the
character and paragraph property pages (CHPX and PAPX FKPs), the style sheet (STSH) and the
font table (SttbfFfn). A run's font is its own (sprmCRgFtc2, else sprmCRgFtc0), else its
character style's, else its paragraph style's (following the styles' bases), else the style
sheet's default. Anything unexpected gives None: the caller goes on without fonts.
"""
from __future__ import annotations

import bisect
import struct
from pathlib import Path

# sprm (single property modifier) codes of [MS-DOC] 2.6.1.
SPRM_FONT_ASCII = 0x4A4F   # sprmCRgFtc0
SPRM_FONT_OTHER = 0x4A51   # sprmCRgFtc2: the font of characters that are neither ASCII nor East Asian
SPRM_CHAR_STYLE = 0x4A30   # sprmCIstd
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra bits; 6 = variable
_MAX_STYLE_DEPTH = 20


class _Format(Exception):
    """The file is not laid out as expected."""


def _u16(data: bytes, pos: int) -> int:
    return struct.unpack_from("<H", data, pos)[0]


def _u32(data: bytes, pos: int) -> int:
    return struct.unpack_from("<I", data, pos)[0]


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """The operands of a list of property modifiers, by sprm code (the last one wins)."""
    out = {}
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = _u16(grpprl, pos)
        pos += 2
        size = _OPERAND_SIZE.get(sprm >> 13)
        if size is None:  # variable length: a size byte first (the two table sprms that differ carry no font)
            if pos >= len(grpprl):
                break
            size = grpprl[pos] + 1
        out[sprm] = grpprl[pos:pos + size]
        pos += size
    return out


def _font_of(sprms: dict[int, bytes]) -> int | None:
    for code in (SPRM_FONT_OTHER, SPRM_FONT_ASCII):
        operand = sprms.get(code)
        if operand is not None and len(operand) >= 2:
            return _u16(operand, 0)
    return None


class _Document:
    def __init__(self, word: bytes, table: bytes):
        self.word, self.table = word, table
        if len(word) < 154 + 8 * 34 or _u16(word, 0) != 0xA5EC:
            raise _Format("no Word 97 FIB")
        self.text_length = _u32(word, 76)  # ccpText: the main text's characters

    def fc_lcb(self, index: int) -> bytes:
        """The table-stream structure at the index-th (offset, size) pair of the FIB."""
        fc, lcb = struct.unpack_from("<II", self.word, 154 + 8 * index)
        if fc + lcb > len(self.table):
            raise _Format("structure beyond the table stream")
        return self.table[fc:fc + lcb]

    def fonts(self) -> list[str]:
        sttb = self.fc_lcb(15)  # SttbfFfn
        count, pos, names = _u16(sttb, 0), 4, []
        for _ in range(count):
            size = sttb[pos]
            ffn = sttb[pos + 1:pos + 1 + size]
            names.append(ffn[39:].decode("utf-16-le", "replace").split("\x00")[0])
            pos += 1 + size
        return names

    def pieces(self) -> list[tuple[int, int, int, bool]]:
        """(first CP, last CP + 1, file offset, 8-bit) of each piece of text."""
        clx, pos = self.fc_lcb(33), 0
        while pos < len(clx) and clx[pos] == 1:  # Prc: property modifiers for pieces, skipped
            pos += 3 + _u16(clx, pos + 1)
        if pos >= len(clx) or clx[pos] != 2:
            raise _Format("no piece table")
        size = _u32(clx, pos + 1)
        plc = clx[pos + 5:pos + 5 + size]
        n = (size - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
        out = []
        for i in range(n):
            fc = _u32(plc, 4 * (n + 1) + 8 * i + 2)
            compressed = bool(fc & 0x40000000)
            fc &= ~0x40000000
            out.append((cps[i], cps[i + 1], fc // 2 if compressed else fc, compressed))
        return out

    def _fkp_pages(self, index: int) -> list[bytes]:
        plc = self.fc_lcb(index)
        n = (len(plc) - 4) // 8
        pages = []
        for pn in struct.unpack_from(f"<{n}I", plc, 4 * (n + 1)):
            start = (pn & 0x3FFFFF) * 512
            if start + 512 > len(self.word):
                raise _Format("property page beyond the document")
            pages.append(self.word[start:start + 512])
        return pages

    def char_runs(self) -> list[tuple[int, int, dict[int, bytes]]]:
        """(first FC, last FC + 1, sprms) of each run of character properties."""
        out = []
        for page in self._fkp_pages(12):  # PlcBteChpx
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for k in range(crun):
                offset = page[4 * (crun + 1) + k] * 2
                sprms = _sprms(page[offset + 1:offset + 1 + page[offset]]) if offset else {}
                out.append((fcs[k], fcs[k + 1], sprms))
        return out

    def paragraph_styles(self) -> list[tuple[int, int, int]]:
        """(first FC, last FC + 1, style index) of each paragraph."""
        out = []
        for page in self._fkp_pages(13):  # PlcBtePapx
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for k in range(crun):
                offset = page[4 * (crun + 1) + 13 * k] * 2
                istd = 0
                if offset:
                    size = page[offset]
                    start = offset + 1 if size else offset + 2
                    istd = _u16(page, start)
                out.append((fcs[k], fcs[k + 1], istd))
        return out

    def styles(self) -> tuple[list[tuple[int | None, int | None]], int | None]:
        """(font, base style) of each style, and the default font."""
        stsh = self.fc_lcb(1)
        header = _u16(stsh, 0)
        count, base_size = _u16(stsh, 2), _u16(stsh, 4)
        default = _u16(stsh, 2 + 12) if header >= 14 else None  # rgftcStandardChpStsh[0]
        pos = 2 + header
        out: list[tuple[int | None, int | None]] = []
        for _ in range(count):
            size = _u16(stsh, pos)
            std = stsh[pos + 2:pos + 2 + size]
            pos += 2 + size
            if size < 10:
                out.append((None, None))
                continue
            kind, base = _u16(std, 2) & 0xF, _u16(std, 2) >> 4
            upx_count = _u16(std, 4) & 0xF
            name_length = _u16(std, base_size)
            p = base_size + 2 + 2 * (name_length + 1)
            font = None
            for u in range(upx_count):
                p += p % 2
                if p + 2 > len(std):
                    break
                upx_size = _u16(std, p)
                upx = std[p + 2:p + 2 + upx_size]
                p += 2 + upx_size
                # paragraph styles (kind 1): a PAPX, then a CHPX; character styles (kind 2): a CHPX
                if (kind == 1 and u == 1) or (kind == 2 and u == 0):
                    font = _font_of(_sprms(upx))
            out.append((font, None if base == 0xFFF else base))
        return out, default


def font_runs(path: str | Path) -> list[tuple[str, str | None]] | None:
    """The main text of a Word 97–2003 file as (text, font name) runs, in order; None when the
    file cannot be read this way (not Word 97 or later, damaged, or olefile missing)."""
    try:
        import olefile
    except ImportError:
        return None
    try:
        with olefile.OleFileIO(str(path)) as ole:
            word = ole.openstream("WordDocument").read()
            which = "1Table" if _u16(word, 0x0A) & 0x0200 else "0Table"
            table = ole.openstream(which).read()
        return _runs(_Document(word, table))
    except (_Format, OSError, struct.error, IndexError, ValueError, olefile.olefile.OleFileError):
        return None


def _runs(doc: _Document) -> list[tuple[str, str | None]]:
    names = doc.fonts()
    styles, default = doc.styles()

    def style_font(istd: int | None) -> int | None:
        for _ in range(_MAX_STYLE_DEPTH):
            if istd is None or istd >= len(styles):
                return None
            font, istd_base = styles[istd]
            if font is not None:
                return font
            istd = istd_base
        return None

    chars = doc.char_runs()
    char_starts = [start for start, _, _ in chars]
    paragraphs = doc.paragraph_styles()
    paragraph_starts = [start for start, _, _ in paragraphs]

    def font_at(fc: int) -> str | None:
        font = None
        i = bisect.bisect_right(char_starts, fc) - 1
        if i >= 0 and fc < chars[i][1]:
            sprms = chars[i][2]
            font = _font_of(sprms)
            if font is None and SPRM_CHAR_STYLE in sprms and len(sprms[SPRM_CHAR_STYLE]) >= 2:
                font = style_font(_u16(sprms[SPRM_CHAR_STYLE], 0))
        if font is None:
            j = bisect.bisect_right(paragraph_starts, fc) - 1
            if j >= 0 and fc < paragraphs[j][1]:
                font = style_font(paragraphs[j][2])
        if font is None:
            font = default
        return names[font] if font is not None and font < len(names) else None

    runs: list[tuple[str, str | None]] = []
    for first, last, fc, compressed in doc.pieces():
        if first >= doc.text_length:
            break
        last = min(last, doc.text_length)
        width = 1 if compressed else 2
        data = doc.word[fc:fc + (last - first) * width]
        text = data.decode("cp1252", "replace") if compressed else data.decode("utf-16-le", "replace")
        # one run per stretch of the piece between character-property boundaries
        cuts = sorted({0, len(text)} | {(start - fc) // width for start in char_starts
                                        if fc < start < fc + len(data)})
        for a, b in zip(cuts, cuts[1:]):
            font = font_at(fc + a * width)
            if runs and runs[-1][1] == font:
                runs[-1] = (runs[-1][0] + text[a:b], font)
            else:
                runs.append((text[a:b], font))
    return runs
