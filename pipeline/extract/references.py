"""References: documents a plan cites, one :class:`Reference` per mention.

Found forms: "Nghị quyết số 01/NQ-LĐLĐ, ngày 10/10/2023 của Ban Chấp hành ... về ...",
"Nghị định 98/2023/NĐ-CP", party "Chỉ thị số 34-CT/TW", stray spaces "05- CT/TW", "39/HD - CĐN",
abbreviated types "QĐ số 2214/QĐ-TTg", capitals in titles "CHỈ THỊ SỐ 01/CT-TTG"; short forms
"Nghị quyết số 20", "Chỉ thị 05" (resolved by :mod:`pipeline.resolve`); named documents without a
number ("Luật Thi đua, khen thưởng năm 2022", "Nghị quyết Đại hội XIII Công đoàn Việt Nam").
Types and their abbreviations come from ``data/doc_types.tsv``, cue words from
``data/references.json``.
"""
from __future__ import annotations

import functools

import regex

from ..model import Reference
from ..normalize import fold
from ..vocab import alternation, doc_type_by_code, doc_type_by_name, doc_types, issuer_words, load_json
from .dates import find_dates


@functools.cache
def _vocab():
    return load_json("references.json")



@functools.cache
def _typealternation() -> str:
    names = []
    for dt in doc_types():
        names += [dt.type, dt.header, dt.type.lower()]
        names += list(dt.aliases)
    names = [n for n in names if n and len(n) >= 2]
    return alternation(names)


# Symbol parts: "NQ", "LĐLĐ", "QĐ-TTg", "PGD&ĐT", "UBQGCĐS"; a dot only inside ("HĐ.TV"). Stray
# spaces around separators are allowed on one line ("05- CT/TW", "39/HD - CĐN"), never a line break.
_SYMBOL_PART = r"[\p{Lu}][\p{L}\d&]*(?:\.(?=\p{L})[\p{L}\d&]*)*"
_SYMBOL = (rf"(?:\d{{4}}[ \t]*/[ \t]*)?{_SYMBOL_PART}(?:[ \t]*[-/][ \t]*(?:{_SYMBOL_PART}|\d+[\p{{L}}&]*))*")


@functools.cache
def _code_ref() -> regex.Pattern:
    t = _typealternation()
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<type>{t})(?:\s+(?:số|SỐ|Số)\s*:?|\s*:|\s+s(?=\d))?\s*"
        rf"(?P<number>\d{{1,5}}[a-z]?)(?:[ \t]*(?P<sep>[/-])[ \t]*|[ \t]+(?=\p{{Lu}}+[ \t]*/))"
        rf"(?P<symbol>{_SYMBOL})",
        regex.V1)


@functools.cache
def _bare_ref() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}\d/.-])(?P<number>\d{{1,5}}[a-z]?)[ \t]*(?P<sep>[/-])[ \t]*(?P<symbol>{_SYMBOL})",
                         regex.V1)


@functools.cache
def _short_ref() -> regex.Pattern:
    t = _typealternation()
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<type>{t})(?:[ \t]+(?:số|SỐ|Số))?[ \t]+(?P<number>\d{{1,5}}[a-z]?)(?![\d/\-]|\s*[-/]\s*\p{{Lu}}|\s+\p{{Lu}}+\s*/)"
        rf"(?!\s*(?:năm|tháng|ngày|%|người|đơn vị|cuộc|lần))", regex.V1)


@functools.cache
def _named_ref() -> regex.Pattern:
    starts = alternation(_vocab()["named_starts"])
    return regex.compile(rf"(?<![\p{{L}}])(?P<start>{starts})\s+(?P<rest>\S)", regex.V1)


def canonical_type(raw: str) -> str:
    dt = doc_type_by_name().get(fold(raw))
    return dt.type if dt else raw[:1].upper() + raw[1:].lower()


def _clean_symbol(sym: str) -> str:
    sym = regex.sub(r"\s+", "", sym).rstrip(".")
    return sym


@functools.cache
def _issuer_stop() -> regex.Pattern:
    stops = alternation(_vocab()["issuer_stops"])
    return regex.compile(rf"\s(?:{stops})(?=\s|$)|[,;.:()“”\"\n]|\s[-–]\s", regex.I)


def _tail(text: str, pos: int, limit: int, symbol: str | None = None) -> tuple[str | None, str | None, str | None, int, int]:
    """Date, issuer and subject following a document code at ``pos``; returns (date, issuer,
    subject, end of the date/issuer part, end of the subject)."""
    date = issuer = subject = None
    if symbol:
        # A symbol printed twice ("37-NQ/TW NQ/TW ngày ...").
        rep = regex.match(r"[ \t]+" + regex.escape(symbol) + r"(?![\p{L}\d])", text[pos:pos + len(symbol) + 3])
        if rep:
            pos += rep.end()
    end = pos
    window = text[pos:min(limit, pos + 400)]
    m = regex.match(r"\s*,?\s*(?:ban\s+hành\s+)?(?=(?:ngày|\d))", window, regex.I)
    if m:
        dates = find_dates(text, pos + m.end(), min(limit, pos + m.end() + 40))
        if dates and dates[0].start <= pos + m.end() + 6 and dates[0].granularity == "day":
            date = dates[0].value
            end = dates[0].end
    m = regex.match(r"\s*,?\s*năm\s+(\d{4})\b", text[end:end + 12])
    if date is None and m:
        date = m.group(1)
        end += m.end()
    m = regex.match(r"\s*,?\s*(?:của|do)\s+", text[end:end + 12], regex.I)
    if m:
        s = end + m.end()
        rest = text[s:min(limit, s + 150)]
        stop = _issuer_stop().search(rest)
        cand = rest[:stop.start()] if stop else rest
        # "(khóa XI)" belongs to the issuer.
        cand = cand.strip()
        if cand and cand[0].isupper() and len(cand.split()) <= 14:
            issuer = cand
            end = s + len(cand)
            km = regex.match(r"\s*\((?:khóa|khoá|Khóa|Khoá)\s+[IVXL]+\)", text[end:end + 20])
            if km:
                issuer += km.group(0)
                end += km.end()
    sub_end = end
    m = regex.match(r"\s*,?\s*(?:về\s+việc|về|V/v|v/v)\s+", text[end:end + 12])
    if m:
        s = end + m.end()
        rest = text[s:min(limit, s + 300)]
        q = regex.match(r"[“\"]([^”\"]{3,250})[”\"]", rest)
        if q:
            subject = q.group(1).strip()
            sub_end = s + q.end()
        else:
            stop = _subject_stop().search(rest)
            cand = rest[:stop.start()] if stop else rest
            subject = cand.strip() or None
            sub_end = s + len(cand.rstrip())
    return date, issuer, subject, end, sub_end


def _starts_document(text: str, pos: int) -> bool:
    return bool(regex.match(rf"(?:{_typealternation()})(?!\p{{L}})", text[pos:pos + 40]))


@functools.cache
def _subject_stop() -> regex.Pattern:
    """Where a cited document's subject ends: a sentence or clause break, the next cited document
    ("..., Kế hoạch số ..."), or the citing body's own sentence ("..., Sở Tư pháp ban hành ...")."""
    # Header words are in capitals ("ỦY BAN"); in running text only the first letter is ("Ủy ban").
    orgs = alternation({form for w in issuer_words()[0] for form in (w, w[0] + w[1:].lower())})
    return regex.compile(
        r"[;.\n]|\s\(|(?:,|\s+và)\s*(?=(?:Nghị|Quyết|Chỉ|Kế|Thông|Hướng|Chương|Kết|Công|Luật)\s)"
        rf"|,\s*(?=(?:{orgs})\s)")


def _named_end(text: str, start: int, limit: int) -> int:
    """End of a named document's name ("Luật Thi đua, khen thưởng năm 2022")."""
    v = _vocab()
    cont = tuple(fold(w) for w in v["law_name_continuations"])
    pos = start
    stop_rx = regex.compile(r"[;.\n:()“”\"]|,\s*|\s(?:và|của|về|ngày|số|do|đã|để|nhằm|theo|với|trong|đến|thì|là|sau|được|đối|gắn|quy|hướng|có|liên|tại|phê|ban|cho|các|nhiệm|giai)\s|\s[-–]\s", regex.I)
    while pos < limit:
        m = stop_rx.search(text, pos, min(limit, pos + 200))
        if not m:
            return min(limit, pos + 120)
        tok = m.group(0)
        if tok.startswith(",") and fold(text[m.end():m.end() + 15]).startswith(cont):
            pos = m.end()
            continue
        # "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": "và" joins two capitalised names,
        # unless a new document follows ("... và Nghị quyết ...").
        if fold(tok.strip()) == "và" and text[m.end():m.end() + 1].isupper() \
                and not _starts_document(text, m.end()):
            pos = m.end()
            continue
        end = m.start()
        # Keep a trailing "năm 2022" / "(khóa XII)" that is part of the name.
        ym = regex.match(r"\s+năm\s+\d{4}", text[end:end + 12])
        if ym:
            end += ym.end()
        return end
    return limit


def find_references(text: str, start: int = 0, end: int | None = None) -> list[Reference]:
    """Every reference mention in text[start:end] (ids and short forms left to resolve)."""
    end = len(text) if end is None else end
    out: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for m in _code_ref().finditer(text, start, end):
        symbol = _clean_symbol(m.group("symbol"))
        if not regex.search(r"\p{Lu}", symbol) or len(symbol) < 2:
            continue
        typ = canonical_type(m.group("type"))
        number = m.group("number")
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end, symbol)
        # Party style "34-CT/TW": the separator is "-" and the symbol is the code; state style
        # "98/2023/NĐ-CP" keeps the year in the symbol.
        code = f"{number}{m.group('sep') or '-'}{symbol}" if m.group("sep") else f"{number}-{symbol}"
        out.append(Reference(ref_id="", type=typ, number=number, symbol=symbol, code=code,
                             date=date, issuer=issuer, subject=subject, relation="mentions",
                             short_form=False, section=None, start=m.start(), end=e1,
                             text=text[m.start():e1]))
        taken.append((m.start(), m.end()))
    # Bare codes whose type is their symbol's code ("số: 1521/QĐ-TTg", "...; 21/2021/QĐ-TTg"),
    # taken after "số" or as the next item of a list of references.
    for m in _bare_ref().finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        symbol = _clean_symbol(m.group("symbol"))
        code_word = regex.sub(r"^\d{4}/", "", symbol)
        code_word = regex.split(r"[-/]", code_word)[0]
        dt = doc_type_by_code().get(code_word.upper())
        if dt is None:
            continue
        before = text[max(start, m.start() - 12):m.start()]
        after_list = regex.search(r"(?:[;,]|\svà)\s*$", before) and any(
            0 <= m.start() - b <= 200 for a, b in taken)
        if not (regex.search(r"(?i)số\s*:?\s*$", before) or after_list):
            continue
        number = m.group("number")
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end)
        out.append(Reference(ref_id="", type=dt.type, number=number, symbol=symbol,
                             code=f"{number}{m.group('sep')}{symbol}", date=date, issuer=issuer,
                             subject=subject, relation="mentions", short_form=False, section=None,
                             start=m.start(), end=e1, text=text[m.start():e1]))
        taken.append((m.start(), m.end()))
    for m in _short_ref().finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        typ = canonical_type(m.group("type"))
        # "Kế hoạch 2022" and similar: a bare year is not a document number.
        if len(m.group("number")) == 4 and m.group("number").startswith(("19", "20")):
            continue
        # Only "số N" or a type that is a real document type with a short number.
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end)
        out.append(Reference(ref_id="", type=typ, number=m.group("number"), symbol=None, code=None,
                             date=date, issuer=issuer, subject=subject, relation="mentions",
                             short_form=True, section=None, start=m.start(), end=e1,
                             text=text[m.start():e1]))
        taken.append((m.start(), m.end()))
    for m in _named_ref().finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        head = m.group("start")
        rest_start = m.start("rest")
        # Laws and codes are named with a capital ("Luật Công đoàn"); congress resolutions by
        # "Đại hội" + numeral/ordinal, "Trung ương" + number.
        first = text[rest_start]
        # Laws are named with a capital ("Luật Công đoàn"); a capital "Luật" mid-sentence names a
        # law even when the name goes on in lower case ("Thực hiện Luật phòng, chống thiên tai").
        if fold(head) in ("luật", "bộ luật", "hiến pháp", "pháp lệnh", "công ước") and not first.isupper():
            mid_sentence = m.start() > 0 and text[m.start() - 1] in " \t(“\"" and \
                not regex.search(r"[.!?]\s*$", text[max(0, m.start() - 3):m.start()])
            not_laws = tuple(fold(w) for w in _vocab()["not_law_words"])
            if not (head[0].isupper() and mid_sentence and not fold(text[rest_start:rest_start + 6]).startswith(not_laws)):
                continue
        if fold(head) == "luật" and fold(text[rest_start:rest_start + 6]).startswith(
                tuple(fold(w) for w in _vocab()["not_law_words"])):
            continue
        if fold(head).startswith("nghị quyết đại hội"):
            after = text[rest_start:rest_start + 20]
            # "Nghị quyết Đại hội XIII ...", "... Đại hội đại biểu ...", "... Đại hội Công đoàn tỉnh";
            # in lower case ("nghị quyết đại hội công đoàn gắn với ...") only with a numeral.
            strict = r"(?:[IVXL]+\b|lần\s+thứ|toàn\s+quốc|đại\s+biểu|\p{Lu}\p{Ll})"
            loose = r"(?:[IVXL]+\b|đại\s+biểu|\p{Lu}|lần|toàn\s+quốc|công\s+đoàn|đảng)"
            if head.split()[-1] == "hội" and head.split()[-2] == "đại" and not regex.match(strict, after):
                continue
            if not regex.match(loose, after, regex.I):
                continue
        name_end = _named_end(text, rest_start, end)
        name = text[m.start():name_end].strip()
        # "Nghị quyết Đại hội Công đoàn các cấp": resolutions of every level, not one document.
        if regex.match(r"\s*các\s+cấp\b", text[name_end:name_end + 10]) or fold(name).endswith(" các cấp"):
            continue
        if len(name.split()) < 2 or len(name) > 160:
            continue
        typ = canonical_type(regex.sub(r"\s+(Đại hội|đại hội|Trung ương|Hội nghị).*", "", head))
        date, issuer, subject, e1, e2 = _tail(text, name_end, end)
        year = regex.search(r"năm\s+(\d{4})$", name)
        out.append(Reference(ref_id="", type=typ, number=None, symbol=None, code=None,
                             date=date or (year.group(1) if year else None), issuer=issuer,
                             subject=subject, relation="mentions", short_form=False, section=None,
                             start=m.start(), end=max(e1, name_end), text=text[m.start():max(e1, name_end)],
                             name=name))
        taken.append((m.start(), name_end))
    # A plan cited by what it is rather than by number ("Thực hiện Kế hoạch ngày 05/4/2023 của
    # Liên đoàn Lao động tỉnh về ...", "Căn cứ Kế hoạch của Ban Chấp hành ... về ..."): drafts and
    # unnumbered plans are cited this way. Only right after a citing cue, where it is unambiguous.
    for m in _described_ref().finditer(text, start, end):
        if not free(m.start("type"), m.end("type")):
            continue
        pos = m.end("type")
        date = None
        dm = regex.match(r"\s+(?=năm|ngày|tháng)", text[pos:pos + 12])
        if dm:
            dates = find_dates(text, pos, min(end, pos + 45))
            if dates and dates[0].start <= pos + 2:
                date, pos = dates[0].value, dates[0].end
        if not regex.match(r"\s*,?\s*của\s", text[pos:pos + 8]):
            continue
        _, issuer, subject, e1, e2 = _tail(text, pos, end)
        if not issuer:
            continue
        out.append(Reference(ref_id="", type=canonical_type(m.group("type")), number=None, symbol=None,
                             code=None, date=date, issuer=issuer, subject=subject, relation="mentions",
                             short_form=False, section=None, start=m.start("type"), end=e2,
                             text=text[m.start("type"):e2]))
        taken.append((m.start("type"), e2))
    out.sort(key=lambda r: r.start)
    _assign_relations(text, out)
    return out


@functools.cache
def _described_ref() -> regex.Pattern:
    cues = alternation(_vocab()["relation_cues"]["implements"] + _vocab()["relation_cues"]["basis"])
    types = alternation(["Kế hoạch", "Chương trình", "Nghị quyết", "Chỉ thị", "Quyết định", "Hướng dẫn",
                         "Đề án", "Kết luận", "Chương trình hành động"])
    return regex.compile(rf"(?:^|[;.]\s*|\n)\s*(?:{cues})\s+(?P<type>{types})(?=\s+(?:năm|ngày|tháng|của)\s)",
                         regex.I | regex.M)


@functools.cache
def _relation_res():
    v = _vocab()
    fillers = alternation(v["clause_fillers"])
    res = {}
    for rel, cues in v["relation_cues"].items():
        res[rel] = regex.compile(rf"^(?:{alternation(cues)})(?:\s+(?:{fillers}))*\s*:?\s*$", regex.I)
    return res


def _assign_relations(text: str, refs: list[Reference]) -> None:
    """implements / basis / mentions from the words opening the clause that cites the document.

    A document listed right after another one ("...; Nghị quyết số 01/NQ-LĐLĐ ...") inherits the
    relation of the clause before it."""
    res = _relation_res()
    prev_relation_by_clause: dict[int, str] = {}
    for r in refs:
        para_start = text.rfind("\n", 0, r.start) + 1
        clause_start = max(para_start, text.rfind(";", para_start, r.start) + 1)
        lead = text[clause_start:r.start].strip()
        relation = "mentions"
        for rel, rx in res.items():
            if rx.match(lead):
                relation = rel
                break
        else:
            if not lead and clause_start > para_start:
                # A list continuation: inherit from the previous clause of the paragraph.
                relation = prev_relation_by_clause.get(para_start, "mentions")
        if lead == "" or relation != "mentions":
            prev_relation_by_clause[para_start] = relation
        r.relation = relation
