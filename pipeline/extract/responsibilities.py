"""Responsible units: who does what, with role (lead, coordinate, execute, report), tasks, deadline.

Sources: the unit headings of the "TỔ CHỨC THỰC HIỆN" part and their task bullets (execute; a
task opening with "Chủ trì" makes the unit lead too); sentences "Giao X chủ trì ..., phối hợp
với Y" (X lead, Y coordinate), "X là bộ phận thường trực" (lead), "Chủ thể thực hiện: X"
(execute), "báo cáo (về) X" (X receives reports); task tables "Nội dung | Đơn vị chủ trì | Đơn vị
phối hợp | Thời gian". Vocabulary in ``data/responsibilities.json``.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from types import SimpleNamespace

import regex

from ..model import DateMention, Responsibility, Section
from ..postag import pos_tag
from ..scan import LINE_START
from ..segment import Layout, SectionIndex
from ..tables import aim_line_tables, aligned, cell_tables, line_tables, time_line_tables, wrapped_line_tables
from ..text import DASHED_LABEL, UNDOTTED_LABEL, fold, lines_of
from ..vocab import PhraseSet, abbreviations, alternation, cue, doc_types, issuer_words, load_json
from .abbreviations import expand, spells, unit_key
from .dates import find_dates
from .targets import vocabulary_patterns as target_patterns


@functools.cache
def _vocab():
    return load_json("responsibilities.json")



@functools.cache
def _org_words() -> PhraseSet:
    """The words opening a body's name: the header's (issuers.tsv) and those of bodies and
    office-holders met only in a plan's body ("Liên minh", "Hiệp hội", "Giám đốc", "Thủ trưởng")."""
    return PhraseSet(fold(w) for w in (*issuer_words()[0], *_vocab()["unit_heads"]))


@functools.cache
def _org_phrases() -> frozenset[str]:
    """The folded opening words of bodies' names as whole phrases ("ban quản lý", "bộ tư lệnh",
    "chính phủ"), to tell a name's head complete from one still going on."""
    return frozenset(fold(w) for w in (*issuer_words()[0], *_vocab()["unit_heads"]))


@functools.cache
def _place_words() -> frozenset[str]:
    """The folded place words of issuers.tsv ("tỉnh", "thành phố", "huyện", "xã")."""
    return frozenset(fold(w) for w in issuer_words()[1])


@functools.cache
def _group_words() -> PhraseSet:
    """The words that make "các X" a class of bodies ("các sở", "các cơ quan báo chí")."""
    return PhraseSet(fold(w) for w in _vocab()["group_heads"])


def _starts_org(word: str) -> bool:
    """Whether ``word`` (one word or the opening words of a name) opens a body's name; after
    "các"/"những" a body's word or a group word must follow ("các sở, ban, ngành", "các doanh
    nghiệp"; not "các hoạt động", "các bước", "các chỉ tiêu")."""
    w = fold(word)
    # A whole name before a comma and another capitalised one ("Chính phủ, Thủ tướng", "Quốc hội,
    # Chính phủ"), or one named in lower case ("Cấp ủy, tổ chức đảng các cấp"); not a class's kinds
    # ("Sở, ban, ngành", "Cấp ủy, chính quyền").
    head, comma, rest = word.partition(",")
    if comma and (rest.strip()[:1].isupper() or _opens_lower_case_body(rest)) and fold(head.strip()) in _org_phrases():
        w = fold(head.strip())
    first, _, printed = w.partition(" ")
    after = printed.replace(",", " ")  # "các sở, ban, ngành"
    if first in _folded_vocab("plural_words"):
        # (A group word holding a comma as printed: "các cơ sở khám, chữa bệnh".)
        return not after or _org_words().opens(after) or _group_words().opens(after) or _group_words().opens(printed)
    # A class's three kinds capitalised without "các" ("Sở, ban, ngành, Ủy ban nhân dân quận -
    # huyện: …"): a class as "các sở, ban, ngành" is (two, "Sở, ngành", mostly name one body
    # again: "gửi … Bộ, ngành trực tiếp quản lý").
    kinds = [k.strip() for k in w.split(",")[:3]]
    if word[:1].isupper() and len(kinds) == 3 and _group_words().opens(kinds[2]) \
            and all(k in _folded_vocab("group_heads") for k in kinds[:2]):
        return True
    opening = word.split(" ", 1)[0].rstrip(",:;")
    if _org_words().opens(w) or first == "ubnd" or bool(_UNIT_CODE.match(opening)) \
            or opening in _abbreviated_bodies():
        return True
    # A head in lower case before a body's capitalised name ("hệ thống Thương vụ Việt Nam ở nước
    # ngoài": lower_case_heads).
    for head in _folded_vocab("lower_case_heads"):
        rest = word[len(head) + 1:]
        if w.startswith(head + " ") and rest[:1].isupper() and _starts_org(rest):
            return True
    return False


@functools.cache
def _abbreviated_bodies() -> frozenset[str]:
    """The abbreviations of the lexicon (abbreviations.tsv) that open a body's name spelled out
    ("LĐLĐ": Liên đoàn Lao động, "UBMTTQVN"), as printed: a name may open with one. (Not one of two
    letters: "TT", Thường trực, heads a table's column of row numbers, "TT | Nội dung | …".)"""
    return frozenset(short for short, long in abbreviations().items()
                     if len(short) > 2 and short.isupper() and long[:1].isupper() and _org_words().opens(fold(long)))


# A body printed by an acronym the lexicon does not hold ("EVNNPC", "VINACHEM", "BHTGVN", "CDC"): three
# capitals or more, digits among them; not a Roman number ("XIV"), nor an abbreviation of the
# lexicon, whose bodies _abbreviated_bodies names and whose other entries are things ("CNTT",
# "THPT", "PCCC"). Read as a body where a list of bodies or a cue puts one: after a body and a comma,
# after "Giao", "phối hợp với", "đề nghị", before a colon or a role's words.
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{2,}")


def _unknown_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym the lexicon does not hold, not a Roman number (:data:`_ACRONYM`)."""
    return bool(_ACRONYM.fullmatch(word)) and not _ROMAN_NUMBER.fullmatch(word) and word not in abbreviations()


def _acronym_opens_clause(words: list[str], cued: bool) -> bool:
    """Whether a clause's words open with a body's acronym the lexicon does not hold
    (:func:`_unknown_acronym`): after a cue or before a colon (``cued``: "Giao EVNNPC …", "1. EVNNPC:
    Tổ chức …"), or before a list's mark, its place or a role's or a duty's words ("VUFO chủ trì,
    …", "PVEP có trách nhiệm …"); not alone ("(ERP)", "STT" over a table's column), nor before
    another word in capitals (a heading: "PHÂN CÔNG NHIỆM VỤ")."""
    first = words[0].rstrip(",;:") if words else ""
    heading = first == words[0] and len(words) > 1 and bool(_CAPITALS.fullmatch(words[1].rstrip(",;:")))
    if not _unknown_acronym(first) or heading:
        return False
    if cued or first != words[0]:
        return True
    after = " ".join(words[1:4])
    return bool(after) and after[0] in ":,;" or after[:1].isupper() or bool(_duty_words().match(fold(after)))


_CAPITALS = regex.compile(r"[\p{Lu}\d&.-]{2,}")


def _acronym_member_at(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the ``i``-th word is a list's member named by an acronym the lexicon does not hold
    ("Sở Y tế, CDC tỉnh, …", "phối hợp với EVNNPC, VNPT Nghệ An"): not one of a run of capitals,
    which abbreviates one name word by word ("Trường ĐT, BDCBQL TT&TT"; "BQL KKT", defined in full
    by the plan and named so by its readers)."""
    return i < len(tokens) and _unknown_acronym(tokens[i][0]) \
        and not (i + 1 < len(tokens) and _CAPITALS.fullmatch(tokens[i + 1][0]))


def _member_opens_body(part: str) -> bool:
    """Whether a part of a class's members' list ("Giám đốc các Sở: A, B, C") opens a body's own
    name, which ends the members ("…, Tài chính, Chủ tịch UBND các xã"): not a field whose name
    opens with a body's word ("Khoa học và Công nghệ": field_openings)."""
    return _starts_org(" ".join(part.split()[:4])) and not any(
        fold(part).startswith(w + " ") or fold(part) == w for w in _folded_vocab("field_openings"))


def _member_opens_own_body(part: str, kind: str) -> bool:
    """Whether a part of the members' list of a class of ``kind`` opens a body's own name
    (:func:`_member_opens_body`), not a member that with the kind names a known body ("Công an"
    of "Bộ trưởng các Bộ: Công an, Tư pháp": "Bộ Công an")."""
    return _member_opens_body(part) and not _is_known_body(f"{kind} {part}")


# A unit's code as the Ministry of Public Security and the army write their departments ("V01",
# "C04", "PC04", "A03"): one to three capitals and two digits, a name of its own (b07, b08: "2. V01:
# Chủ trì chuẩn bị nội dung Hội nghị", "Giao C04 phối hợp với V01").
_UNIT_CODE = regex.compile(r"^[A-ZĐ]{1,3}\d{2}$")


@functools.cache
def _folded_vocab(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _vocab()[key])


@functools.cache
def _word(key: str) -> str:
    """A single word of the vocabulary, folded ("các")."""
    return fold(_vocab()[key])


def _as_printed(phrases) -> list[str]:
    """Phrases as printed and with a lower-case first letter ("Giao", "giao")."""
    return [form for p in phrases for form in (p, p[:1].lower() + p[1:])]


@functools.cache
def _word_patterns() -> SimpleNamespace:
    """The patterns of the vocabulary's function words, compiled once."""
    v = _vocab()
    assign, request = v["assign_cues"]["assign"], v["assign_cues"]["request"]
    particle = alternation(v["assign_particles"])
    article = alternation([v["article_word"]])
    coordinate, report = v["coordinate_words"], v["report_to_words"]
    openings = v["duty_openings"] + v["scope_openings"]
    lower_openings = alternation([v["class_word"], *v["lower_case_bodies"]])
    # (A verb of directing after the body is a request too: "UBND tỉnh đã chỉ đạo Sở … thực hiện".)
    requests_after = alternation([w.lower() for w in request] + v["directing_words"])
    return SimpleNamespace(
        # A clause's opening words that are no part of a unit's name: a bullet, "Đề nghị", "Giao".
        # ("Trách nhiệm của Sở Nội vụ", "Nhiệm vụ của các sở, ban, ngành": a unit's heading whose
        # name follows its duty's words; duty_openings. "Đối với tổ chuyên môn:", scope_openings.)
        # (A level labelling the item before a colon, "- Cấp xã: UBND cấp xã tổ chức …", goes too.)
        clause_opening=regex.compile(
            rf"^[\s\-+•]*(?:\(\d{{1,2}}\)\s+)?(?:(?:{alternation(v['level_labels'])})[ \t]*:[ \t]*)?"
            rf"(?:(?P<cue>{alternation(_as_printed(request + assign + openings))})"
            rf"\s*:?\s+(?:(?:{particle})\s+)?)?"),
        # "Đối với X" opening a clause: whom a heading is about, X's tasks in the implementation
        # part only (outside it, criteria: "+ Đối với UBND cấp xã: Có kết quả đánh giá …").
        scope_opening=regex.compile(rf"^[\s\-+•]*(?:{alternation(_as_printed(v['scope_openings']))})\s"),
        # A task opening with its own units' cue, as printed ("Giao Văn phòng ...").
        own_subject=regex.compile(rf"(?:{alternation(assign + request)})\s"),
        # "Giao X …" anywhere, and "Đề nghị X …" opening a clause (SPEC §2.1: "đề nghị Tòa án nhân
        # dân tỉnh …" executes; not "Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen", a dossier's
        # name); a name must open in capitals after it ("đề nghị khen thưởng" names none).
        # ("Giao cho X …": assign_particles; inside a clause only before a capitalised name, "UBND
        # tỉnh giao cho Sở Y tế …", "trường hợp giao cho Quỹ tài chính địa phương thực hiện …", not
        # before a class, "kinh phí thực hiện các nhiệm vụ do Thủ tướng Chính phủ giao cho các bộ,
        # cơ quan ngang bộ": the tasks' description. "Yêu cầu: X …", a colon after a request's word;
        # a request after an item's letter or a bullet opens its clause too, "b) Đề nghị X …".)
        assign=regex.compile(rf"(?:^|(?<=[\n;:.,(][ \t]*))(?:{alternation(_as_printed(assign))})\s+(?:{particle})\s+"
                             rf"|(?<!\p{{L}})(?:{alternation(_as_printed(assign))})\s+(?:(?:{particle})\s+(?=\p{{Lu}}))?"
                             rf"|(?:^|(?<=[\n;:.,(][ \t]*)|(?<=(?:^|\n)[ \t]*(?:[-+•]|[\da-zđ]{{1,3}}[.)])[ \t]+))"
                             rf"(?:{alternation(_as_printed(request))})(?:[ \t]*:)?\s+"),
        # A request's word after the requesting body ("Chủ tịch UBND tỉnh đề nghị X …", "UBND tỉnh
        # yêu cầu: X …"): the body's name before it is checked by :func:`_assigned_units`. (A class
        # or a body named in lower case may follow: "đề nghị cấp ủy các chi bộ, …".)
        request_after_body=regex.compile(rf"(?<=[\p{{L}})][ \t]+)(?:{requests_after})"
                                         rf"(?:[ \t]*:)?[ \t]+(?=\p{{Lu}}|(?:{lower_openings})\s)"),
        # (Or a Roman label of a section under a lettered top level: "II. Bộ Quốc phòng".)
        item_number=regex.compile(rf"^\s*(?:{UNDOTTED_LABEL}|{DASHED_LABEL}|\(?\d+(?:\.\d+)*[.)]|[a-zđ]\)"
                                 rf"|{article}\s+\d+\s*[.:]|[IVXL]+\.)\s*"),
        article_opening=regex.compile(rf"^\s*(?:{article}\s+\d+\s*[.:]\s*)?"),  # "Điều 3." before the list
        standing_body=regex.compile(rf"(?i){alternation(v['standing_bodies'])}"),
        # ("phối hợp chặt chẽ với Y", or "phối hợp Y" with a capitalised name right after: "tham mưu
        # Ủy ban nhân dân tỉnh phối hợp Bộ Tư pháp tổ chức …", p015.)
        coordinate=regex.compile(rf"(?i:{alternation([coordinate['verb']])}(?:\s+\p{{Ll}}+){{0,2}}?"
                                 rf"\s+{alternation([coordinate['with']])}(?:[ \t]*:)?\s+)"
                                 rf"|(?<!\p{{L}})(?i:{alternation([coordinate['verb']])})"
                                 rf"(?:[ \t]+{alternation(coordinate['along'])})?[ \t]+(?=\p{{Lu}})"
                                 # ("với sự phối hợp của X, Y": X and Y coordinate.)
                                 rf"|(?<!\p{{L}})(?i:{alternation(coordinate['noun'])})[ \t]+"),
        executor_line=regex.compile(LINE_START + rf"\s*[-+•]?\s*(?:{alternation(v['executor_labels'])})\s*:\s*",
                                    regex.I | regex.M),
        # (The words up to "về" may hold capitals, "báo cáo kết quả thực hiện Chương trình … về
        # UBND tỉnh", as (?i) lets \p{Ll} take them; not a body's name: :func:`_report_receivers`.)
        report_to=regex.compile(rf"(?i)(?:{alternation(report['verb'])})(?:\s+(?:{alternation(report['object'])}))?"
                                rf"(?P<between>[\p{{Ll}}\s,]{{0,90}}?\s(?:{alternation(report['to'])}))?\s+"),
        # Between two of the listed bodies: ", " or " và ", when the words after it open a unit (a
        # comma inside a name, "Thủ trưởng các sở, ban, ngành Thành phố", is followed by a common word).
        list_join=regex.compile(rf",\s+|\s+{alternation([v['and_word']])}\s+"),
    )
_CLAUSE_BREAK = regex.compile(r"[:.;()]")  # (")": a unit closing a parenthesis, "(… phối hợp với Bộ Tư pháp)")
# A code or an abbreviation in brackets right after a body's name, "Phòng Cảnh sát thi hành án hình
# sự và hỗ trợ tư pháp (PC10), Trại tạm giam Công an tỉnh", "Viễn thông Quảng Ngãi (VNPT)", "Sở Nông
# nghiệp và Môi trường (Sở NN&MT)", a head word before the capitals: no
# clause's break, the list going on after it (capitals and digits only: "(Lào)", "(qua Sở Nội vụ)"
# are words of their own).
_NAME_CODE = regex.compile(r"(?<=\p{L})[ ]?\((?:\p{Lu}\p{Ll}+[ ])?\p{Lu}[\p{Lu}\d&.-]{1,9}\)")
_CAPITAL_WORD_START = regex.compile(r"(?<=\s)(?=\p{Lu})")
# The last word before a line's end opening with a capital ("… Thường trực Ban").
_LAST_WORD_CAPITALISED = regex.compile(r"(?<![^\s])\p{Lu}\S*[ \t]*$")


def _capitalised_before(text: str, stop: int) -> bool:
    """Whether the word ending the line at ``stop`` opens with a capital (read in the 40
    characters before it, no pass over the text before)."""
    return _LAST_WORD_CAPITALISED.search(text, max(0, stop - 40), stop) is not None


@functools.lru_cache(maxsize=4096)
def _tagged(clause: str) -> tuple[tuple[str, str], ...]:
    # underthesea's POS tagger tells where a unit's name ends and its verb begins ("Báo và Đài
    # Phát thanh, Truyền hình Lâm Đồng | tăng cường ..."); used only on items' opening clauses.
    # The tagger may join a name's last word to the verb after it ("Tỉnh" + "đoàn chủ trì"): a
    # word group ending in a stop phrase (unit_stops: "chủ trì", "phối hợp") is split before it.
    out = []
    for word, tag in pos_tag(clause):
        parts = word.split()
        cut = next((k for k in range(1, len(parts)) if fold(" ".join(parts[k:])) in _folded_vocab("unit_stops")), None)
        if cut is None:
            out.append((word, tag))
        else:
            out += [(" ".join(parts[:cut]), "N"), (" ".join(parts[cut:]), "V")]
    # It may also cut a body's head after its first word and call the rest a verb ("Thường trực" +
    # "Ủy" + "ban nhân dân tỉnh"): a capitalised word whose next word completes a head of
    # _org_phrases ("ủy ban") is joined to the group after it, a noun.
    # Or glue a stop phrase's first word to the name's last ("Tôn giáo chịu" + "trách nhiệm"): the
    # word goes to the group after it, a verb.
    # And a word right before "việc" (which makes a task of the verb before it: "Thanh tra việc
    # chấp hành …", "kiểm tra việc …") is a verb, though a body's head ("Thanh tra tỉnh").
    stops = _folded_vocab("unit_stops")
    joined: list[tuple[str, str]] = []
    for word, tag in out:
        parts = joined[-1][0].split() if joined else []
        if parts and len(parts) == 1 and parts[0][:1].isupper() and " " in word \
                and fold(parts[0] + " " + word.split()[0]) in _org_phrases():
            joined[-1] = (joined[-1][0] + " " + word, "N")
        elif len(parts) > 1 and fold(parts[-1] + " " + word) in stops:
            joined[-1] = (" ".join(parts[:-1]), joined[-1][1])
            joined.append((parts[-1] + " " + word, "V"))
        else:
            if joined and fold(word) == _word("task_noun"):
                joined[-1] = (joined[-1][0], "V")
            joined.append((word, tag))
    return tuple(joined)


# An item's mark opening a line: a bullet, "2.", "1.1)", "a)", "II. ".
# (A label of two levels may end without its dot, a capital after it: "4.1 Sở Y tế", as segment reads it.)
_ITEM_MARK_AT = rf"[ \t]*(?:[-+•]|\(?\d+(?:\.\d+)*[.)]|{UNDOTTED_LABEL}|{DASHED_LABEL}|[a-zđ]\)|[IVX]+\.\s)"
# A line broken inside a name by a hard wrap the normalisation keeps (it joins a line only where
# the next opens in lower case or the last word cannot end one): the line ends in a capitalised
# word and the next opens with one that is no item mark ("Đài Tiếng nói Việt\nNam, Thông tấn xã",
# "phối hợp với Sở\nKhoa học và Công nghệ", "Ban Chỉ huy\nPhòng chống thiên tai"; p037 wraps its
# lines at about 50 characters, 9 of its 13 unit items in the middle of a name).
_NAME_WRAP = regex.compile(
    rf"""(?:(?<=(?<!\p{{L}})\p{{Lu}}\p{{L}}*)\n      # a capitalised word ends the line
    (?<!(?<!\p{{L}})[IVXL]+\n)                    # (no Roman numeral: a name's number ends it,
                                               # "3. Kho bạc Nhà nước khu vực XIV\nKiểm soát, …")
    (?!{_ITEM_MARK_AT})                        # the next line is no item of its own
    (?=\p{{Lu}})                               # and opens with a capital
    |(?<=\p{{L}},)\n                           # or a list of names goes on over the break
    (?!{_ITEM_MARK_AT})(?=\p{{Lu}})            # ("báo cáo Quốc hội,\nChính phủ", p015)
    |(?<=\p{{L}})\n(?=(?:Thành\s+phố|Tỉnh|Việt\s+Nam)(?!\p{{L}}))  # or the next opens with the place a
    )                                          # name ends in ("3. Bộ Tư lệnh\nThành phố chủ trì", p031;
                                               # "Ủy ban Mặt trận Tổ quốc\nViệt Nam thành phố", p026)""", regex.X)


NAME_SPAN = 400

# A break after a name's lower-case words ("báo cáo Ban Thường vụ\nLiên đoàn Lao động tỉnh kết quả",
# "phối hợp với Sở Khoa học và\nCông nghệ"), in running text, not on an item's heading line (whose
# next line is its first task: "d) Sở Nông nghiệp và Môi trường\nQuản lý chặt chẽ …", 15 of
# corpus/real): the name goes on where the next line opens with a body's name (_name_tail_wraps).
_NAME_TAIL_WRAP = regex.compile(r"(?<=(?<!\p{L})\p{Lu}\p{L}*(?:[ \t]+\p{Ll}+){1,2})\n(?=\p{Lu})")
_ITEM_MARK = regex.compile(_ITEM_MARK_AT)
HEADING_WORDS = 12  # an item's line of this many words at most is a heading over its tasks


@functools.cache
def _head_endings() -> tuple[str, ...]:
    """The lower_case_heads as a line's last words (" lực lượng")."""
    return tuple(" " + h for h in _folded_vocab("lower_case_heads"))


def _name_tail_wraps(text: str, stop: int) -> bool:
    """Whether the break at ``stop`` is one of :data:`_NAME_TAIL_WRAP` inside a name: not on an
    item's heading line, and the next line opens with a body's name."""
    ls = text.rfind("\n", 0, stop) + 1
    if _ITEM_MARK.match(text, ls) and len(text[ls:stop].split()) <= HEADING_WORDS:
        return False
    # (A lower-case head ending the line before a capitalised name: "phối hợp với lực lượng\nCông
    # an", lower_case_heads.)
    if fold(text[max(ls, stop - 30):stop]).rstrip().endswith(_head_endings()) and text[stop + 1:stop + 2].isupper():
        return True
    # (A body's head of two words or three ending the line, its name on the next: "báo cáo về Bộ
    # Chỉ huy\nQuân sự tỉnh", "Ban Quản lý\nCác khu công nghiệp".)
    last = text[ls:stop].split()
    if text[stop + 1:stop + 2].isupper() and any(
            len(last) >= k and last[-k][:1].isupper() and fold(" ".join(last[-k:])) in _org_phrases() for k in (2, 3)):
        return True
    if not _NAME_TAIL_WRAP.match(text, stop):
        return False
    return _starts_org(" ".join(text[stop + 1:stop + 60].split()[:4]))


@functools.cache
def _wrapped_phrases() -> tuple[tuple[str, ...], ...]:
    """The name_wrap_phrases and the known_bodies as folded words: a line's break inside one is
    inside a name ("Văn phòng Trung ương\nĐảng", "Bộ Nông nghiệp và\nMôi trường")."""
    phrases = (*_vocab()["name_wrap_phrases"], *_vocab()["known_bodies"])
    return tuple(dict.fromkeys(tuple(regex.findall(r"[\p{L}\p{N}]+", fold(p))) for p in phrases))


def name_broken(before: str, after: str) -> bool:
    """Whether a line ending in ``before`` and the next opening with ``after`` break one of the
    name_wrap_phrases in the middle ("Trung ương Hội Liên hiệp\nPhụ nữ Việt Nam", "Trung ương
    Đoàn\nTNCS Hồ Chí Minh", "Đài Tiếng nói\nViệt Nam"): words of a name a line may not end."""
    b = regex.findall(r"[\p{L}\p{N}]+", fold(before[-60:]))
    a = regex.findall(r"[\p{L}\p{N}]+", fold(after[:60]))
    return any(b[len(b) - i:] == list(p[:i]) and a[:len(p) - i] == list(p[i:])
               for p in _wrapped_phrases() for i in range(1, len(p)) if len(b) >= i and len(a) >= len(p) - i)


# The last body of a line's list, after its comma or semicolon ("…, Bộ", "…; Ủy ban").
_LAST_LISTED = regex.compile(r"[,;][ \t]*(?P<last>[^,;]+)$")


def cell_name_broken(before: str, after: str) -> bool:
    """Whether a table cell's line ending in ``before`` goes on on the next, opening with
    ``after``, inside a name: :func:`name_broken`, or the line's last listed body is a body's
    head alone (_org_phrases) and the next line opens in capitals ("Bộ Nông nghiệp và Môi
    trường, Bộ\nTài chính": no body is called "Bộ" alone)."""
    if name_broken(before, after):
        return True
    m = _LAST_LISTED.search(before)
    return bool(m and after[:1].isupper() and fold(m.group("last").strip()) in _org_phrases()) \
        or _place_name_wraps(m.group("last") if m else before, after)


@functools.cache
def _wrapped_place_kinds() -> tuple[str, ...]:
    """The wrapped_place_kinds as a line's last words (" thành phố")."""
    return tuple(" " + fold(k) for k in _vocab()["wrapped_place_kinds"])


# A place's proper name alone on a line: one to four words each a capital then lower case ("Lạng
# Sơn", "Quảng Ngãi"; not "Quý III", "EU"), nothing else.
_PLACE_NAME_LINE = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}")


def _place_name_wraps(last: str, after: str) -> bool:
    """Whether a body's name ending in a kind of place (wrapped_place_kinds: "UBND thành phố",
    "Cục Hải quan tỉnh") goes on on the next line with the place's proper name alone ("Lạng Sơn"):
    the name opens with a body's word, names no class ("các huyện, thị xã, thành phố") and the
    next line opens no body's name."""
    last = " ".join(last.split())
    folded = fold(last)
    return (folded.endswith(_wrapped_place_kinds()) and _starts_org(last)
            and not _folded_vocab("plural_words") & set(folded.split())
            and bool(_PLACE_NAME_LINE.fullmatch(after.strip())) and not _starts_org(after.strip()))


def _phrase_wraps(text: str, stop: int) -> bool:
    """Whether the break at ``stop`` is inside a name (:func:`name_broken`), the next line no item."""
    return not _ITEM_MARK.match(text, stop + 1) and name_broken(
        text[text.rfind("\n", 0, stop) + 1:stop], text[stop + 1:stop + 61])


def _line_end(text: str, pos: int, limit: int) -> int:
    """Where the line holding ``pos`` ends (-1: not before ``limit``), going on over breaks inside
    a name (_NAME_WRAP, _NAME_TAIL_WRAP) unless the next line opens with a verb of the stops ("Chủ trì", "Tham mưu":
    a unit's heading over its first task)."""
    stop = text.find("\n", pos, limit)
    # A name is followed over its breaks for ``NAME_SPAN`` characters at most: every cue and
    # heading reads its line end, and a run of capitalised lines made each read them all.
    # (Not past an item's heading line naming a known body whole, its task on the next line:
    # "5. Ngân hàng Nhà nước Việt Nam\nĐiều hành chính sách tiền tệ …".)
    # (A phrase of a name broken by the line, "Ban\nChỉ đạo", goes on though its second part is a
    # stop, where the line ends with its capitalised word: "2. Phó Trưởng ban Thường trực Ban\nChỉ
    # đạo 389 quốc gia"; not "3. Các Phó Trưởng ban\nChỉ đạo thực hiện …", a heading and its task.)
    while 0 <= stop < pos + NAME_SPAN and (not _opens_with_stop(text, stop + 1)
                                           or _phrase_wraps(text, stop) and _capitalised_before(text, stop)) \
            and not _heading_names_known_body(text, stop) and (
            _NAME_WRAP.match(text, stop)
            or _name_tail_wraps(text, stop)
            or _phrase_wraps(text, stop)):
        stop = text.find("\n", stop + 1, limit)
    return stop


def _heading_names_known_body(text: str, stop: int) -> bool:
    """Whether the line ending at ``stop`` is an item's heading naming one of the known_bodies
    whole ("5. Ngân hàng Nhà nước Việt Nam")."""
    ls = text.rfind("\n", 0, stop) + 1
    mark = _ITEM_MARK.match(text, ls)
    return mark is not None and _is_known_body(text[mark.end():stop].strip(" *:"))


def _opens_with_stop(text: str, pos: int) -> bool:
    words = regex.findall(r"\p{L}+", fold(text[pos:pos + 40]))  # ("Kiểm tra, giám sát …")
    stops = _folded_vocab("unit_stops")
    # (A stop of up to three syllables: "có trách nhiệm", "có nhiệm vụ" after "Ban Chỉ đạo cải cách
    # hành chính thành phố", 24_QD.)
    return any(" ".join(words[:n]) in stops for n in (1, 2, 3) if len(words) >= n)


# The most characters of a clause's opening read for the units it names: a request naming six
# ministries and four provinces runs to 236 ("các Bộ Nông nghiệp và Phát triển Nông thôn, Tài chính,
# … và Ủy ban nhân dân các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên-Huế"; at 220 the last
# name was cut at "Quảng"); a Front's list of its member organisations as far.
_LIST_CHARS = 320


def _units_at(text: str, pos: int, limit: int, heads=(), cued: bool = False) -> tuple[list[str], int]:
    """The units named from ``pos`` on (to the end of its line), and where the last one ends."""
    stop = _line_end(text, pos, limit)
    window = text[pos:stop if stop >= 0 else min(limit, pos + _LIST_CHARS)][:_LIST_CHARS].replace("\n", " ")
    names, _ = leading_units(window, heads, cued)
    end = pos
    for name in names:
        i = window.find(name)
        if i >= 0:
            end = max(end, pos + i + len(name))
    return names, end


@functools.cache
def _body_series() -> tuple[tuple[regex.Pattern, tuple[str, ...]], ...]:
    """The series of bodies of the vocabulary (``body_series``): a pattern of each as printed (the
    head of a later member may be left out: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc
    Chính phủ") and its members."""
    out = []
    for series in _vocab()["body_series"]:
        head, members = series["head"], series["members"]
        parts = []
        for k, member in enumerate(members):
            words = r"\s+".join(regex.escape(w) for w in member.split())
            if k and head and member.startswith(head + " "):
                rest = r"\s+".join(regex.escape(w) for w in member[len(head):].split())
                words = rf"(?:{regex.escape(head)}\s+)?{rest}"
            parts.append(words)
        out.append((regex.compile(r"\s*,\s*".join(parts) + r"(?!\p{L})", regex.I), tuple(members)))
    return tuple(out)


def _series_units(clause: str) -> tuple[list[str], str] | None:
    """The units of a clause opening with a series of the vocabulary (:func:`_body_series`): its
    members, the units named after it (", Ủy ban nhân dân các tỉnh, …") and the words after them."""
    stripped = clause.lstrip()
    for pattern, members in _body_series():
        m = pattern.match(stripped)
        if m:
            rest = stripped[m.end():]
            joined = regex.match(r"\s*(?:,|và)\s+", rest)
            if joined:
                more, after = leading_units(rest[joined.end():])
                if more:
                    return list(members) + more, after
            return list(members), rest.strip()
    return None


def leading_units(clause: str, heads=(), cued: bool = False) -> tuple[list[str], str]:
    """The units named at the start of a clause, and the words after them.

    "Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo" → two units; "Bộ Chỉ huy quân sự tỉnh
    chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3" → three (the
    other capitalised bodies of a short heading count too). A name may open in lower case where
    a cue says a body follows ("Đề nghị các cấp ủy Đảng", "Giao các sở", and ``cued`` callers:
    "phối hợp với lực lượng quân đội"); elsewhere it opens with a capital. After units ending at
    a colon ("Sở Văn hóa, Thể thao và Du lịch: Phối hợp với ...") the rest is the words after it."""
    opening = _word_patterns().clause_opening.match(clause)
    cued = cued or bool(opening and opening.group("cue"))
    c = _NAME_CODE.sub("", clause[opening.end():] if opening else clause)
    series = _series_units(c)
    if series is not None:
        return series
    parts = _CLAUSE_BREAK.split(c, maxsplit=1)
    cut = parts[0][:_LIST_CHARS]
    after_colon = parts[1] if len(parts) > 1 and c[len(parts[0])] == ":" else None
    if not cut.strip() or not (cut.lstrip()[0].isupper() or cued and cut.lstrip()[0].isalpha()):
        return [], clause
    # Most item openings are tasks ("Xây dựng kế hoạch ..."): only a clause opening with a body's
    # word ("Sở", "Ban", "Ủy ban", "Các", ...) or a report head goes to the tagger.
    words = cut.split()
    acronym_opens = _acronym_opens_clause(words, cued or after_colon is not None)
    if not (_opening_words_name_body(words)
            or acronym_opens
            or _org_then_lower_case_body(cut)
            or heads and fold(cut).startswith(tuple(fold(h) for h in heads))):
        return [], clause
    # A long clause ("Sở Khoa học và Công nghệ xây dựng kế hoạch và tổ chức kiểm tra ...", 40
    # words) is tagged in its opening words first, as tagging takes time quadratic in a clause's
    # length (:mod:`pipeline.postag`): its units end within them, and the words after them count
    # only as "the rest". Where the units run to near the end of the opening, the whole is tagged.
    long_clause = len(c.split()) > _LONG_CLAUSE_WORDS
    tokens, after = None, []
    if long_clause and len(cut.split()) > _OPENING_WORDS:
        opening_end = _end_of_words(cut, _OPENING_WORDS)
        tokens = _unit_tokens(cut[:opening_end])
        units, stopped_at = _name_units(tokens, cued)
        # (Not where the units end with a committee's head: the matter naming it may run past the
        # opening, "Ban Chỉ đạo phát triển khoa học, …, chuyển đổi số và đề án 06 của tỉnh", 20 words.)
        # (Nor where an area in an office-holder's charge opens after them, "Đồng chí Phó Chủ tịch
        # UBND tỉnh" + "phụ trách lĩnh vực văn hóa - xã hội": it may run past the opening too.)
        if stopped_at <= len(tokens) - _OPENING_MARGIN and not (units and _committee_head(units[-1])) \
                and not (units and _area_opening_at(units[-1].split(), tokens, stopped_at)[0]):
            after = cut[opening_end:].split()
        else:
            tokens = None
    if tokens is None:
        tokens = _unit_tokens(cut)
        units, stopped_at = _name_units(tokens, cued)
    # A clause opening with a verb ("Ban hành thông báo ...", which the tagger may call a noun).
    # (An office or a body's opening words the tagger calls a verb, before the body's name, are
    # none: "Thường trực Hội đồng nhân dân tỉnh", "Thủ trưởng các sở"; "Thường trực tham mưu" is.)
    # (Nor is a body's head the tagger cut in two and called a verb: "Ủy" + "ban kiểm tra các cấp".)
    office = len(tokens) > 1 and (
        fold(tokens[0][0]) in _org_phrases()
        and (tokens[1][0][:1].isupper() or fold(tokens[1][0]) in _folded_vocab("plural_words"))
        or fold(f"{tokens[0][0]} {tokens[1][0]}") in _org_phrases())
    if tokens and (tokens[0][1] == "V" and not office or fold(tokens[0][0]) in _folded_vocab("verb_starts")):
        return [], clause
    rest = " ".join([w for w, _ in tokens[stopped_at:]] + after)
    if units and stopped_at > 0:
        units[-1], rest, listed = _name_run_to_place(units[-1], rest)
        if listed:  # (the bodies after the comma: "Hội Doanh nhân trẻ tỉnh, Liên minh Hợp tác xã tỉnh")
            more, rest = leading_units(rest, heads)
            units += more
    # (Nor does a vague kind closing a class end the list, "Các cơ quan, đơn vị có liên quan, Sở Nội
    # vụ căn cứ chức năng …": the bodies named after it are units too.)
    beyond = _after_vague_kind(rest) if units else None
    if beyond is not None:
        more, rest = leading_units(beyond, heads)
        units += more
    # (Or its members after the kind without a colon, the first glued to it: "Giao các Sở TN&MT, Xây
    # dựng, Tài chính chuẩn bị …" read as "các Sở: TN&MT, Xây dựng, Tài chính …".)
    # (Another unit after it, or a vague kind dropped: "Chỉ đạo các Sở TN&MT, Xây dựng, Tài chính và
    # các đơn vị có liên quan chuẩn bị …", the members' names whole in the unit's.)
    if units and after_colon is None:
        units = [member for unit in units[:-1] for member in _glued_members(unit, heads) or [unit]] + units[-1:]
    glued = _GLUED_MEMBERS.match(units[-1]) if units and after_colon is None else None
    if glued:
        members = _class_list_members([*units[:-1], glued.group("kind")], f"{glued.group('members')} {rest}", heads)
        if members is not None:
            units, rest = members
        elif alone := _glued_members(units[-1], heads):
            units = [*units[:-1], *alone]
    colon_rest = after_colon is not None and not rest.strip()
    if after_colon is not None and colon_rest:
        rest = after_colon.strip()
        members = _class_list_members(units, rest, heads)
        if members is not None:
            return members
    # A short heading naming more bodies after the verb ("Bộ Chỉ huy quân sự tỉnh chỉ đạo lực
    # lượng Bộ đội Biên phòng và đề nghị ..."): only when it opens with a unit itself.
    # (Not a paragraph's line cut by a wrap after a lead's cue: "Ủy ban MTTQ Việt Nam tỉnh chủ trì,
    # phối hợp với Hội Nông dân tỉnh, Tỉnh Đoàn Quảng" leads alone, the others coordinate.)
    if not long_clause and not colon_rest and "." not in c and any(_is_named_unit(u, heads) for u in units) \
            and not _opens_with_cue(fold(rest), ("lead", "coordinate")):
        for m in _CAPITAL_WORD_START.finditer(rest):
            tail = rest[m.start():]
            if _starts_org(" ".join(tail.split(" ")[:3])):
                more, _ = leading_units(tail, heads)
                units += [u for u in more if u not in units]
                break
    units = _known_bodies_rejoined(units)
    if units:
        for i in range(len(units) - 1):
            units[i], _ = _fit_known_body(units[i], "")
        units[-1], rest = _fit_known_body(units[-1], rest)
    # (A body named by an acronym the lexicon does not hold, where the clause's opening reads one or
    # a list's member after a body: :func:`_acronym_opens_clause`, :func:`_acronym_member_at`.)
    units = _joined_offices([_without_parent(u.strip(" ,")) for k, u in enumerate(units) if _is_named_unit(u, heads)
                             or (acronym_opens or k > 0) and _unknown_acronym(u.split(" ")[0])])
    # (A kind's head alone names no unit, but an office's title before a class of kinds makes it
    # one: "Trưởng các Khoa, Trung tâm" → "Trưởng các Trung tâm".)
    units = [u for u in map(_without_vague_partner, units)
             if not _too_short(u) and (not is_generic(u) or _bare_kind(u))]
    return [u for u in _office_over_kinds(_with_parents(units)) if not is_generic(u)], rest


def _without_vague_partner(unit: str) -> str:
    """A unit's name without a vague mention of bodies joined to it by "và", in lower case
    (vague_endings: "UBND các huyện, thị xã, thành phố và đơn vị liên quan thuộc tỉnh" → "UBND các
    huyện, thị xã, thành phố"): no part of its name, nor a unit."""
    head, joined, tail = unit.rpartition(" và ")
    if joined and head and tail[:1].islower() and _vague_words().search(fold(tail)):
        return head
    return unit


@functools.cache
def _vague_words() -> regex.Pattern:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(_folded_vocab('vague_endings'))})(?!\p{{L}})")


@functools.cache
def _vague_kind_in_list() -> regex.Pattern:
    """A comma, a vague kind of body up to its related_word ("đơn vị có liên quan") and a comma or
    "và" before a capital ("các bộ, ngành, cơ quan liên quan và UBND các tỉnh")."""
    related, and_word = regex.escape(_word("related_word")), regex.escape(_word("and_word"))
    return regex.compile(rf"\s*,\s*(?:\p{{Ll}}+\s+){{1,4}}?(?:có\s+)?{related}(?:\s*,|\s+{and_word})\s*(?=\p{{Lu}})")


def _after_vague_kind(rest: str) -> str | None:
    """The words after a vague kind of body closing a class in a list (", đơn vị có liên quan, ",
    ", cơ quan liên quan và "), where a body's capitalised name follows it; None else."""
    m = _vague_kind_in_list().match(rest)
    if m is None or not _starts_org(" ".join(rest[m.end():].split()[:3])):
        return None
    return rest[m.end():]


@functools.cache
def _named_parent() -> regex.Pattern:
    """A named body's parent after "thuộc", a body of ``parent_heads`` by its name ("Ban Thi đua -
    Khen thưởng thuộc Sở Nội vụ", "Cục Quản lý tài nguyên nước thuộc Bộ Nông nghiệp và Môi trường")."""
    heads = alternation(h.capitalize() for h in _vocab()["parent_heads"])
    return regex.compile(rf"\s+(?:trực\s+)?thuộc\s+(?:{heads})\s+\p{{Lu}}.*$")


def _without_parent(unit: str) -> str:
    """A named body's name without the parent it belongs to ("… thuộc Sở Nội vụ"), as annotators
    name it (the parent a unit of its own where the text gives it tasks); a class of bodies keeps it
    ("Các phòng, đơn vị thuộc Sở Y tế": which bodies)."""
    m = _named_parent().search(unit)
    if m is None or not m.start() or fold(unit).startswith(tuple(_folded_vocab("plural_words"))):
        return unit
    return unit[:m.start()]


@functools.cache
def _joined_office_titles() -> frozenset[tuple[str, str]]:
    """The joined_offices' pairs of titles, folded."""
    return frozenset((fold(a), fold(b)) for a, b in _vocab()["joined_offices"])


def _joined_offices(units: list[str]) -> list[str]:
    """Units with a title alone followed by the title it is held with joined into one office
    ("Bộ trưởng" + "Chủ nhiệm Văn phòng Chính phủ": joined_offices)."""
    out: list[str] = []
    for unit in units:
        if out and any(fold(out[-1]) == a and fold(unit).startswith(b + " ") for a, b in _joined_office_titles()):
            out[-1] = f"{out[-1]}, {unit}"
        else:
            out.append(unit)
    return out


@functools.cache
def _government_kinds_under_head() -> regex.Pattern:
    """An office's head over kinds of the Government's bodies listed with commas ("Thủ trưởng cơ
    quan ngang bộ, cơ quan thuộc Chính phủ"; shared_heads, government_kinds)."""
    heads = alternation(_vocab()["shared_heads"])
    kinds = alternation(_vocab()["government_kinds"])
    return regex.compile(rf"(?P<head>{heads})\s+(?P<kinds>(?:{kinds})(?:\s*,\s*(?:{kinds}))+)")


def _head_over_government_kinds(unit: str) -> list[str]:
    """An office's head over kinds of the Government's bodies, one office of each ("Thủ trưởng cơ
    quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"); the unit as it is elsewhere."""
    m = _government_kinds_under_head().fullmatch(unit)
    if m is None:
        return [unit]
    return [f"{m.group('head')} {kind.strip()}" for kind in m.group("kinds").split(",")]


@functools.cache
def _localities_under_head() -> regex.Pattern:
    """A People's Committee (or its chairman) printed once before places each with its kind and
    name, joined by commas or "và" (locality_heads: "UBND huyện Long Mỹ, TP Vị Thanh")."""
    kinds = alternation([*_vocab()["wrapped_place_kinds"], *_vocab()["dotted_place_abbreviations"]])
    place = rf"(?i:{kinds})\.?\s*(?:\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)*|\d+)"
    and_word = regex.escape(_word("and_word"))
    return regex.compile(rf"(?P<head>{alternation(_vocab()['locality_heads'])})\s+"
                         rf"(?P<places>{place}(?:\s*,\s*{place}|\s+{and_word}\s+{place})+)")


def _head_over_localities(unit: str) -> list[str]:
    """The places after a People's Committee printed once, one unit of each ("UBND huyện Long
    Mỹ", "UBND TP Vị Thanh"); the unit as it is elsewhere."""
    m = _localities_under_head().fullmatch(unit)
    if m is None:
        return [unit]
    joints = rf"\s*,\s*|\s+{regex.escape(_word('and_word'))}\s+"
    return [f"{m.group('head')} {place}" for place in regex.split(joints, m.group("places"))]


_NAME_TOKEN = regex.compile(r"[^\s,;]+|[,;]")


def _joined_tokens(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" ,", ",").replace(" ;", ";")


@functools.cache
def _known_bodies() -> tuple[tuple[str, ...], ...]:
    """The known_bodies as folded tokens, the longest first."""
    return tuple(sorted((tuple(_NAME_TOKEN.findall(fold(n))) for n in _vocab()["known_bodies"]), key=len, reverse=True))


@functools.cache
def _name_going_on() -> frozenset[str]:
    """Lower-case words that go on a known body's name: a place's kind, a name's own words."""
    return frozenset(_folded_vocab("name_words") | _folded_vocab("wrapped_place_kinds")
                     | {fold(t).split()[0] for t in _vocab()["name_tails"]})


def _is_known_body(name: str) -> bool:
    """Whether a name is one of the known_bodies."""
    return tuple(_NAME_TOKEN.findall(fold(name))) in _known_bodies()


def _known_bodies_rejoined(units: list[str]) -> list[str]:
    """The units, two after each other joined back into one where with "và" or a comma between
    they end with a known body's name ("Cục Văn hóa cơ sở, Gia đình" and "Thư viện": "Cục Văn hóa
    cơ sở, Gia đình và Thư viện", known_bodies; its head's title before it too, "Cục trưởng Cục
    …")."""
    out: list[str] = []
    for unit in units:
        if out:
            joined = next((j for j in (f"{out[-1]} {_vocab()['and_word']} {unit}", f"{out[-1]}, {unit}")
                           if _ends_with_known_body(j, unit)), None)
            if joined:
                out[-1] = joined
                continue
        out.append(unit)
    return out


def _ends_with_known_body(joined: str, second: str) -> bool:
    """Whether ``joined`` ends with a known body's name longer than ``second``, its last part (the
    known name spans the join)."""
    tokens = tuple(_NAME_TOKEN.findall(fold(joined)))
    n_second = len(_NAME_TOKEN.findall(second))
    return any(len(k) > n_second and tokens[-len(k):] == k for k in _known_bodies())


def _fit_known_body(unit: str, rest: str) -> tuple[str, str]:
    """A unit's name fitted to a known body's it opens with (known_bodies), and the words after it:
    cut after the known name where a lower-case word that goes on no name follows ("Bộ Công
    Thương trình Chính phủ dự thảo …", "Đại học Quốc gia Thành phố Hồ Chí Minh đào tạo …"), run on
    to its end where the words after the unit finish it ("Ủy ban Quốc gia phòng, chống AIDS" + ",
    ma túy, mại dâm theo dõi …"); as it was elsewhere."""
    unit_tokens = _NAME_TOKEN.findall(unit)
    tokens = unit_tokens + _NAME_TOKEN.findall(rest)
    folded = [fold(t) for t in tokens]
    # (The same with the "và" the unit's reader took for a list's, which a known name holds
    # there: "Cục An toàn bức xạ" + "hạt nhân chủ trì …", read from "… bức xạ và hạt nhân".)
    and_word = _word("and_word")
    with_and = [*unit_tokens, and_word, *tokens[len(unit_tokens):]] if rest[:1].islower() else None
    for known in _known_bodies():
        n = len(known)
        if tuple(folded[:n]) != known:
            if with_and is None or n <= len(unit_tokens) or known[len(unit_tokens)] != and_word \
                    or tuple(fold(t) for t in with_and[:n]) != known:
                continue
            tokens = with_and
        if n < len(unit_tokens):
            following = tokens[n]
            if _place_length(folded[n:n + 3], level=True):
                return _cut_after_place(unit_tokens, tokens, n, unit, rest)
            if following[:1].isupper() or not following[:1].isalpha() or folded[n] in _name_going_on():
                return unit, rest
        elif n > len(unit_tokens) and n < len(tokens) and tokens[n][:1].isalpha() and tokens[n][:1].isupper():
            return unit, rest  # (the known name opens a longer one: "… Việt Nam" + "Chi nhánh …")
        fitted, after = _joined_tokens(tokens[:n]), _joined_tokens(tokens[n:])
        return (_with_place_after(fitted, after) if n > len(unit_tokens) else (fitted, after))
    return unit, rest


def _place_length(folded: list[str], level: bool = False) -> int:
    """How many of the folded words a place word opens them with, the longer first ("thành phố": 2,
    "tỉnh": 1), after the level's word where ``level`` ("cấp tỉnh": 2); 0 where none does. (A known
    body's name goes on to its place: "Trung tâm Hoạt động thanh thiếu nhi" + "thành phố".)"""
    k = 1 if level and folded[:1] == [fold(_vocab()["level_word"])] else 0
    n = next((n for n in (2, 1) if len(folded) >= k + n and " ".join(folded[k:k + n]) in _place_words()), 0)
    return k + n if n else 0


def _cut_after_place(unit_tokens: list[str], tokens: list[str], n: int, unit: str, rest: str) -> tuple[str, str]:
    """A unit read on past a known body's name (its first ``n`` of ``tokens``) and the place after
    it: cut after the place and the capitalised words naming it where lower-case words that go on
    no name follow inside the unit ("Trung tâm Phục vụ hành chính công tỉnh" + "đánh giá mức độ
    hài lòng …", the tagger calling the verb a noun); else as read."""
    k = n + _place_length([fold(t) for t in tokens[n:n + 3]], level=True)
    while k < len(unit_tokens) and unit_tokens[k][:1].isupper():
        k += 1
    if k < len(unit_tokens) and unit_tokens[k][:1].islower() and fold(unit_tokens[k]) not in _name_going_on():
        return _joined_tokens(tokens[:k]), _joined_tokens(tokens[k:])
    return unit, rest


def _with_place_after(name: str, after: str) -> tuple[str, str]:
    """A known body's name run on to (``name``, ``after``: the words after it), with the place its
    words after it open with (a place word, "tỉnh", "thành phố", and the capitalised words naming
    it) where the clause ends or a stop opens after that place: "Ban Chỉ đạo liên ngành về an toàn
    thực phẩm" + "tỉnh thực hiện …" (as the name ran on past the tagger's end, the place was left
    out of it)."""
    words = after.split(" ")
    n = _place_length([fold(w) for w in words[:2]])
    if n:
        while n < len(words) and words[n][:1].isupper():
            n += 1
        rest = " ".join(words[n:])
        if not rest.strip(" .;:") or _opens_with_stop(rest, 0):
            return f"{name} {' '.join(words[:n])}", rest
    return name, after


@functools.cache
def _parent_ranks() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The heads of offices and of departments, and the folded names of the bodies they belong to
    (parent_ranks)."""
    v = _vocab()["parent_ranks"]
    return (tuple(fold(h) + " " for h in v["office"]), tuple(fold(h) + " " for h in v["department"]),
            frozenset(fold(p) for p in v["parent"]))


def _rank(unit: str) -> int:
    """1 for an office ("Phòng 5"), 2 for a department ("Cục Cảnh sát …"), 3 for a body they
    belong to ("Bộ Công an", "Công an tỉnh"), 0 for any other unit."""
    offices, departments, parents = _parent_ranks()
    folded = fold(unit)
    return 3 if folded in parents else 2 if folded.startswith(departments) else 1 if folded.startswith(offices) else 0


def _with_parents(units: list[str]) -> list[str]:
    """The units, each office or department followed by the bodies it belongs to in order of rank
    joined to it as printed ("Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
    "Cục …, Bộ Công an": one unit); a department and a ministry only where they are the whole
    list (else a list of bodies: "Cục Hải quan, Bộ Công an, Bộ Quốc phòng")."""
    out: list[str] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and 0 < _rank(units[j]) < _rank(units[j + 1]):
            j += 1
        if j > i and (_rank(units[i]) == 1 or j - i + 1 == len(units)):
            out.append(", ".join(units[i:j + 1]))
            i = j + 1
        else:
            out.append(units[i])
            i += 1
    return out


@functools.cache
def _class_office() -> regex.Pattern:
    """An office's title, a plural word and a capitalised kind: "Trưởng các Khoa"."""
    offices = alternation(_vocab()["class_office_heads"])
    plurals = alternation(_vocab()["plural_words"])
    return regex.compile(rf"^(?:{offices})\s+(?:{plurals})\s+(?=\p{{Lu}})")


def _bare_kind(name: str) -> bool:
    """A kind of body with no name of its own: its head word(s) ("Trung tâm", "Khoa") then lower
    case words that are no place ("Ban chuyên môn"; not "Công an tỉnh", a body of a place)."""
    words = name.split()
    n = next((k for k in (2, 1) if fold(" ".join(words[:k])) in _org_phrases()), 0)
    rest = words[n:]
    return bool(n) and name[:1].isupper() and len(rest) <= 2 \
        and all(w[:1].islower() and fold(w) not in _place_words() for w in rest)


def _office_over_kinds(units: list[str]) -> list[str]:
    """"Trưởng các Khoa, Trung tâm": the office's title before a class of kinds printed with
    capitals (``class_office_heads``) is each kind's ("Trưởng các Trung tâm"), as "Thủ trưởng các
    sở, ban, ngành" is of all its kinds; the tagger cuts the list at the capital."""
    m = _class_office().match(units[0]) if units else None
    if not m:
        return units
    out = units[:1]
    for u in units[1:]:
        if not _bare_kind(u) or _class_office().match(u):
            out += units[len(out):]
            break
        out.append(m.group() + u)
    return out


def _too_short(name: str) -> bool:
    """A name of two letters or fewer is a stray piece ("Bộ" cut from its name), unless it is a
    body's kind alone in a list of kinds ("Các Cục, Vụ, Thanh tra Bộ": "Vụ", in ``unit_heads``)."""
    return len(name) < 3 and fold(name) not in _folded_vocab("unit_heads")


# A class's kind and its members' names after it, the first glued to the kind: "các Sở TN&MT, Xây
# dựng, Tài chính" (:func:`leading_units`).
_GLUED_MEMBERS = regex.compile(r"(?P<kind>(?i:các|những)\s+\p{Lu}\p{Ll}+)\s+"
                               r"(?P<members>\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)+)$")


def _glued_members(unit: str, heads=()) -> list[str] | None:
    """The members of a class whose names are glued to its kind in one unit's name ("các Sở
    TN&MT, Xây dựng, Tài chính" → "Sở TN&MT", "Sở Xây dựng", "Sở Tài chính"), each named whole
    there; None for any other unit."""
    glued = _GLUED_MEMBERS.match(unit)
    members = _class_list_members([glued.group("kind")], glued.group("members"), heads) if glued else None
    return members[0] if members is not None and not members[1].strip() else None


def _class_list_members(units: list[str], after_colon: str, heads=()) -> tuple[list[str], str] | None:
    """A class of one kind of body ending the units before a colon and its members' names after it ("Các Sở: Y
    tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch theo chức năng, nhiệm vụ …"): each
    member named with the kind's head ("Sở Y tế", … as the addressee lists' "Các Bộ: Công an,
    Quốc phòng": :func:`_class_members`), the last one's name ending where its words stop being
    a name, and the words after it; None where the clause is no such list."""
    if not units or not after_colon[:1].isupper():
        return None
    # (Or the members named in full, up to the colon before their tasks: "Các sở, ban, ngành: Sở
    # Xây dựng, Sở Tư pháp, Thanh tra tỉnh: theo chức năng, nhiệm vụ, chủ động …", m123.)
    listed = _CLAUSE_BREAK.split(after_colon, maxsplit=1)[0]
    if fold(units[-1].split()[0]) in _folded_vocab("plural_words") \
            and after_colon[len(listed):len(listed) + 1] == ":":
        named, rest = leading_units(listed, heads)
        if len(named) >= 2 and not rest.strip() and all(_starts_org(u) for u in named):
            return units + named, after_colon[len(listed) + 1:].strip()
    # (An office's title may come first, "Giám đốc các Sở: Xây dựng, Tài chính": shared_heads;
    # other units before the class are kept: "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: …".)
    # (A class of kinds before the colon, "Giám đốc các Sở, ngành: Y tế, Tài chính": its members
    # are of its first kind.)
    first_kind, *kinds = units[-1].split(",")
    if kinds and all(_group_words().opens(fold(k.strip())) for k in kinds):
        units = [*units[:-1], first_kind]
    *title, plural, kind = units[-1].split() if len(units[-1].split()) >= 2 else ["", "", ""]
    if fold(plural) not in _folded_vocab("plural_words") or fold(kind) not in _org_phrases() \
            or title and " ".join(title) not in _vocab()["shared_heads"]:
        return None
    head = " ".join(title + [kind[:1].upper() + kind[1:]])
    listed = _CLAUSE_BREAK.split(after_colon, maxsplit=1)[0]
    parts = _merge_comma_names([p.strip() for p in _MEMBER_COMMA.split(listed)])
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    # The members end before a part opening a body's own name ("…, Tài chính, Chủ tịch UBND các
    # huyện chịu trách nhiệm …"): the units named from there on follow them.
    own = next((i for i, p in enumerate(parts) if i and _member_opens_own_body(p, kind)), None)
    if own is not None:
        more, rest = leading_units(", ".join(parts[own:]), heads)
        members = [f"{head} {p}" for p in parts[:own]] + more
    else:
        last, rest = leading_units(f"{head} {parts[-1]}", heads)
        if not last or not last[0].startswith(head):
            return None
        members = [f"{head} {p}" for p in parts[:-1]] + [last[0]]
    return units[:-1] + members, f"{rest} {after_colon[len(listed):]}".strip()


# The words of a name the tagger cut at a word it calls a verb, up to the place the name ends in
# ("Viện Nghiên cứu | phát triển Thành phố", "Trung tâm Xúc tiến | đầu tư, thương mại và du lịch
# tỉnh", "Ban Chỉ đạo | phát triển khoa học, công nghệ, …, chuyển đổi số và Đề án 06 của tỉnh"):
# at most _NAME_RUN_WORDS words.
_NAME_RUN_WORDS = 16
_RUN_WORD = regex.compile(r"[\p{L}\d]+")


@functools.cache
def _assign_words() -> frozenset[str]:
    """The folded words of the 'assign' cues ("giao")."""
    return frozenset(fold(w) for w in _vocab()["assign_cues"]["assign"])


def _names_its_level(unit: str) -> bool:
    """Whether ``unit`` names the level of administration it is of: the level word or a plural
    word before a place word ("Ủy ban nhân dân cấp xã", "… cấp xã ven biển", "… các xã, phường"),
    a whole name the words after it do not go on (level_word)."""
    folded = [fold(w) for w in _RUN_WORD.findall(unit)]
    before = {fold(_vocab()["level_word"])} | _folded_vocab("plural_words")
    return any(w in before and _place_length(folded[k + 1:k + 3]) > 0 for k, w in enumerate(folded))


def _and_goes_on(after: str) -> str | None:
    """The words after "và" where ``after`` opens with "và" and the bodies concerned ("các đơn vị
    liên quan") or a body's name follows it; None otherwise."""
    words = after.split(None, 1)
    if len(words) < 2 or fold(words[0]) != _word("and_word"):
        return None
    following = " ".join(words[1].split()[:4])
    concerned = fold(following.split()[0]) in _folded_vocab("plural_words") \
        and _word("related_word") in fold(" ".join(words[1].split()[:8]))
    if concerned or (following[:1].isupper() and _starts_org(following)):
        return words[1]
    return None


def _name_run_to_place(unit: str, rest: str) -> tuple[str, str, bool]:
    """``unit`` and ``rest`` (the words after it), the name taken on over the rest's first words up
    to a place word (issuers.tsv: "tỉnh", "Thành phố") where none of them is a stop (unit_stops:
    "phối hợp", "tổ chức") or a plural word ("các": another name) and no comma comes between, and
    the words after the place end the clause, open with a stop or follow a comma (whether they do:
    a list goes on after them); else as given."""
    if not rest[:1].islower() or _names_its_level(unit):  # (lower case, not after a comma or dash)
        return unit, rest, False
    # (Nor a name that says where its body sits already: "các Thương vụ Việt Nam ở nước ngoài" +
    # "giới thiệu sản phẩm của tỉnh", placed_heads.)
    if set(fold(unit).split()) & _placed_vocab()[1]:
        return unit, rest, False
    words = list(_RUN_WORD.finditer(rest[:400]))[:_NAME_RUN_WORDS + 2]
    stops, places = _folded_vocab("unit_stops"), _place_words()
    folded = [fold(w.group()) for w in words]
    for k in range(1, len(words)):
        # (Nor over a comma: another body's name follows, "Hội Doanh nhân" + "trẻ tỉnh, Liên minh
        # Hợp tác xã tỉnh" is two; but a list of places goes on, "chi nhánh tỉnh, thành phố".)
        if "," in rest[words[k - 1].end():words[k].start()] and not (
                folded[k - 1] in places and _place_length(folded[k:k + 2]) > 0):
            return unit, rest, False
        # (A stop of one to three words ending at the word: "phối hợp", "chịu trách nhiệm".)
        # (Nor over "giao", the issuer giving another body a task: "Ban Thường vụ Tỉnh ủy giao Đảng
        # đoàn Hội Nông dân tỉnh chỉ đạo …"; no unit stop, as "Bộ Ngoại" + "giao" is cut there.)
        if folded[k - 1] in _folded_vocab("plural_words") \
                or any(" ".join(folded[max(0, k - n):k]) in stops for n in (1, 2, 3)) \
                or folded[k - 1] in _assign_words():
            return unit, rest, False
        n = _place_length(folded[k:k + 2])  # ("thành phố" before "phố" alone)
        if n:
            end = words[k + n - 1].end()
            after = rest[end:].lstrip(" ,")
            # (The name ends at the place where the clause ends, a stop opens the words after
            # it or a comma goes on to another body's name: "Hội Doanh nhân" + "trẻ tỉnh, Liên
            # minh …"; not to a task, "Sở Y tế giám sát dịch bệnh toàn tỉnh, phát hiện …".)
            listed = rest[end:].lstrip().startswith(",") and _starts_org(" ".join(after.split()[:4])) and not (
                k + n < len(words) and _place_length(folded[k + n:k + n + 2]) > 0)
            # (Or "và" goes on to the list's last body or class: "phối hợp với Hội Người" +
            # "mù tỉnh và các đơn vị liên quan", "… và Hội Nông dân tỉnh".)
            and_more = _and_goes_on(after)
            if and_more is not None:
                listed = _starts_org(" ".join(and_more.split()[:4]))
                after = and_more if listed else after
            if not after.strip(" .;:") or _opens_with_stop(after, 0) or listed or and_more is not None:
                return f"{unit} {rest[:end].strip()}".replace(" ,", ","), after, listed
    return unit, rest, False


@functools.cache
def _role_cue_words() -> frozenset[str]:
    """The folded cue words of the roles besides execute ("chủ trì", "phối hợp", "theo dõi")."""
    return frozenset(fold(w) for words in _vocab()["task_role_cues"].values() for w in words)


def _name_stops_at(tokens: list[tuple[str, str]], i: int, stops: frozenset[str]) -> bool:
    """Whether a body's name being read ends before the tagged word ``i``: a stop of two words the
    tagger keeps apart ("báo cáo UBND tỉnh như" + "sau", "Giám đốc Sở sau" + "khi kết thúc …":
    unit_stops), which as one word would end it; a role's cue capitalised by a slip after a
    place's name closing the body's ("Đài Phát thanh – Truyền hình Sóc Trăng Phối hợp Ban Dân tộc
    tỉnh …"), which ends it as in lower case."""
    w, tag = tokens[i]
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if w[:1].islower():
        return bool(nxt) and fold(f"{w} {nxt}") in stops
    return tag == "V" and i > 0 and tokens[i - 1][1] == "Np" and fold(w) in _role_cue_words()


def _name_units(tokens: list[tuple[str, str]], cued: bool = False) -> tuple[list[str], int]:
    """The units the tagged words open with, and the index of the word after them (the first
    may be in lower case where ``cued``: "lực lượng quân đội")."""
    tokens = _joints_as_and(tokens)
    stops = _folded_vocab("unit_stops")
    units: list[str] = []
    cur: list[str] = []
    stopped_at = len(tokens)

    name_words = _folded_vocab("name_words")
    repeated_head = None  # the head of a class named again after a comma, in lower case

    def finish():
        while cur and fold(cur[-1]) in (_word("and_word"), ","):
            cur.pop()
        if cur:
            units.append(" ".join(cur).replace(" ,", ","))
            cur.clear()

    skip_to = 0  # the index after a compound already taken
    for i, (w, tag) in enumerate(tokens):
        if i < skip_to:
            continue
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        # The next three words, as a head may be tagged apart ("Chánh" "Văn phòng").
        following = " ".join(t for t, _ in tokens[i + 1:i + 4])
        wl = fold(w)
        # Two verbs joined by a comma into one word of a name ("Ban Chỉ đạo phòng, chống tham nhũng
        # tỉnh", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm, cứu nạn": comma_compounds), as
        # names of standing committees are written, and the words of a name the tagger calls verbs
        # or cuts ("các ban xây dựng Đảng", "Thường trực Tỉnh" + "ủy", "cơ quan ngang bộ":
        # name_phrases): taken whole, whatever the tagger calls them.
        # (At the clause's first word too where the tagger glues a holder's title to the body it
        # heads, "Trưởng đoàn" + "kiểm tra": "Trưởng đoàn kiểm tra", a team's head; and at a
        # capitalised word opening a name after another, "…, Ban Giám sát đầu tư của cộng đồng".)
        # (And an office-holder with the area in their charge ("Phó Hiệu trưởng phụ trách cơ sở vật
        # chất, tài chính chỉ đạo …": holder_areas) and a department named by its area ("Vụ Các
        # vấn đề chung về biến đổi khí hậu, kinh tế và môi trường": department_areas): the name
        # runs to the next duty verb, over its commas and "và".)
        compound = (_comma_compound_at(tokens, i) if cur or i == 0 or w[:1].isupper() else 0) \
            or _area_at(cur, tokens, i) or _committee_area_at(cur, tokens, i)
        if compound:
            cur += [t for t, _ in tokens[i:i + compound]]
            skip_to = i + compound
            continue
        kind = _government_kind_in_class(cur, tokens, i)
        if kind:
            finish()
            cur += [t for t, _ in tokens[i + 1:i + 1 + kind]]
            skip_to = i + 1 + kind
            continue
        if w == "," and cur and fold(nxt) in _folded_vocab("appositive_heads") \
                and not any(fold(t) in _folded_vocab("plural_words") for t in cur[:3]):
            # "Công an tỉnh, Cơ quan Thường trực Ban Chỉ đạo …": an apposition, as after " - " (a
            # class's kinds go on: "Thủ trưởng các cơ quan, đơn vị thuộc Bộ").
            stopped_at = i
            break
        if w == "," and cur and (_lower_case_head_at(tokens, i + 1)
                                 or _member_office_over_body(" ".join(t for t, _ in tokens[i + 1:i + 5]).split())):
            # ", lực lượng Cảnh sát biển" (lower_case_heads): another unit, opening in lower case;
            # ", thành viên Ban Chỉ đạo …" after a class of places: the members of a named body, a
            # holder of their own, not a kind of the class ("Chủ tịch Ủy ban nhân dân quận, huyện,
            # thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách nhiệm thi hành", 24_QD).
            finish()
            continue
        if w == ",":
            # ", Sở Y tế", ", các sở, ban, ngành": another unit.
            # (A class's group word may run past the three tokens looked at: "các cơ sở khám, chữa
            # bệnh", group_heads.)
            if nxt and (nxt[0].isupper() or fold(nxt) == _word("class_word")) and cur \
                    and (_starts_org(following) or _acronym_member_at(tokens, i + 1)
                         or fold(nxt) == _word("class_word")
                         and _starts_org(_joined_tokens([t for t, _ in tokens[i + 1:i + 7]]))) \
                    and not _class_kinds_go_on(cur, following):
                finish()
                continue
            # A kind of body after a class closed by its level or place, or its own head again
            # ("các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn", p015;
            # "các doanh nghiệp viễn thông, doanh nghiệp công nghệ thông tin", p019): another unit
            # (not "các trường đại học, viện nghiên cứu", one class of two kinds).
            if cur and len(cur) > 2 and fold(cur[0]) in _folded_vocab("plural_words") \
                    and _group_words().opens(fold(following)) \
                    and (fold(cur[-1]) in _place_words() or (fold(following) + " ").startswith(fold(cur[1]) + " ")
                         or _ABBREVIATION.match(cur[-1])) \
                    or _kind_after_place_list(cur, following):
                repeated_head = fold(nxt)
                finish()
                continue
            # A class of schools goes on over their levels ("Hiệu trưởng các trường mầm non, tiểu
            # học, THCS": school_levels; "tiểu học" alone names no body, so it was lost).
            if nxt and _school_levels_go_on(cur, following):
                cur.append(",")
                continue
            # A class of bodies goes on over its kinds ("các cơ quan, đơn vị, địa phương, doanh
            # nghiệp", "các sở, ban, ngành"), not over a vague one ("các sở, ngành, đơn vị có liên
            # quan" names "các sở, ngành"); a body's name over its own areas in lower case up to
            # the next body's name ("Cục Hộ tịch, quốc tịch, chứng thực, Sở Tư pháp":
            # :func:`_list_member_end`).
            if nxt and (nxt[0].isupper() or fold(nxt) in name_words or fold(nxt) == "ban"
                        or cur and any(fold(t) in _folded_vocab("plural_words") for t in cur[:3])
                        and _group_words().opens(fold(following))
                        and _word("related_word") not in fold(following)
                        or _list_member_end(cur, tokens, i) > i):
                cur.append(",")
                continue
            stopped_at = i
            break
        # " - " before a kind of body ends the name, an apposition follows ("Công an tỉnh - cơ quan
        # thường trực": appositive_heads); a name's own dash joins capitalised words ("Vụ Kế hoạch -
        # Tài chính") or a compound ("các tổ chức chính trị - xã hội").
        if w in ("-", "–") and cur and fold(nxt) in _folded_vocab("appositive_heads"):
            stopped_at = i
            break
        if wl == _word("and_word"):
            if _joins_two_bodies(cur, nxt, following, tokens, i):
                finish()
                continue
            cur.append(w)
            continue
        # The head of a second name with no separator before it ("Sở Khoa học và Công nghệ Sở Công
        # Thương" in a table cell): the same head word as the current name's, which no name
        # holds twice as a word of its own ("Bộ Tư lệnh Bộ đội Biên phòng": "Bộ đội" is a word).
        # (Not after an office's title alone: "Cục" "trưởng" + "Cục Quản lý dược" is one holder.)
        if len(cur) >= 2 and w == cur[0] and fold(w) in _org_phrases() and fold(" ".join(cur)) not in _org_phrases():
            finish()
            cur.append(w)
            continue
        # "các"/"những" after a name ended by its place opens another noun unless bodies follow
        # ("báo cáo UBND tỉnh những khó khăn", "báo cáo UBND Thành phố các nội dung"; but "Ủy ban
        # nhân dân tỉnh các ..." is rare, and "Ban Chỉ đạo các chương trình ..." has no place yet).
        if _closed_before(cur, tokens, i):
            stopped_at = i
            break
        if cur and _goes_on_whatever_its_tag(cur[-1], w):
            cur.append(w)
            continue
        if cur and _name_stops_at(tokens, i, stops):
            stopped_at = i
            break
        # After "các" ("các tổ chức chính trị - xã hội") a word that may be a verb is a noun.
        # (The task's noun alone ends a name too, "báo cáo Thủ tướng Chính phủ việc tháo gỡ …"; the
        # tagger keeps "việc làm" one word: "Trung tâm Dịch vụ việc làm".)
        if w[:1].islower() and wl not in name_words and (tag in ("V", "R", "A", "E") or wl in stops
                                                          or wl == _word("task_noun")) and cur \
                and fold(cur[-1]) not in _folded_vocab("plural_words"):
            # "Ủy" + "ban" tagged apart: keep going while the words are still forming a body's name
            # ("Ban" + "quản lý", "Bộ" + "tư lệnh": a whole head of issuers.tsv).
            if not _starts_org(" ".join(cur)) and _starts_org(" ".join(cur + [w])) \
                    or _opens_org_phrase(" ".join(cur + [w])):
                cur.append(w)
                continue
            if _class_goes_on(cur, tokens, i):
                cur.append(w)
                continue
            # "các cơ quan Trung ương đóng trên địa bàn tỉnh": where the bodies sit is part of
            # the name (name_tails), with the place word after it; so is the place of a body set
            # away from its parent ("Văn phòng đại diện Báo Thanh Niên tại Đồng bằng sông Cửu
            # Long": placed_heads).
            # (And a list's member runs to its comma before the next member's name, "Giao Sở Tư
            # pháp, Cục Biến đổi khí hậu, Sở Y tế …", "6. Cục Con nuôi, Ủy ban nhân dân các xã": the
            # words between are its name's, whatever the tagger calls them.)
            tail = max(_placed_tail(cur, tokens, i), _name_tail(tokens, i), _list_member_end(cur, tokens, i))
            if tail > i:
                cur += [t for t, _ in tokens[i:tail]]
                # Another body's capitalised name after the tail, joined by "," or "và" ("các cơ
                # quan Trung ương đóng trên địa bàn tỉnh và Chủ tịch UBND các huyện …"): the list
                # goes on.
                joint = tokens[tail][0] if tail < len(tokens) else ""
                if (joint == "," or fold(joint) == _word("and_word")) and _opens_org_after(tokens, tail):
                    finish()
                    skip_to = tail + 1
                    continue
            stopped_at = tail
            break
        if not cur and not (w[:1].isupper() or wl == _word("class_word") or cued and not units and i == 0
                            or wl == repeated_head or units and _lower_case_head_at(tokens, i)):
            stopped_at = i
            break
        # (With a relative clause singling out the places closing the name: "Công an các phường, xã
        # nơi tổ chức".)
        skip_to = _place_relative_end(cur, tokens, i)
        cur += [t for t, _ in tokens[i:max(skip_to, i + 1)]]
    finish()
    return units, stopped_at


# The most words a list's member runs on over to its comma (:func:`_list_member_end`).
_LIST_MEMBER_WORDS = 12


def _list_member_end(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """Where a body's name in a list of bodies ends: its words from ``i`` on up to the comma
    before the next body's capitalised name ("Cục Con" + "nuôi" + ", Ủy ban nhân dân các xã";
    "Cục Biến đổi" + "khí hậu" + ", Sở Y tế"), over the commas of its own areas in lower case
    ("Cục Hộ tịch" + ", quốc tịch, chứng thực" + ", Sở Tư pháp"). ``i`` where the name opens no
    body or a class; where a part opens a task's stop (unit_stops; not a name's connector, "Quỹ
    Quốc gia về việc làm"), or a part or a capitalised word opens a body of its own ("Thường trực
    BTC đặt tại Phòng Giáo dục Trung học, Sở GDĐT": a clause); where the words hold a sign, a
    number, a role's cue or a duty ("Sở Y tế hướng dẫn, Sở Tài chính bố trí …": two clauses); or
    where no such comma comes within _LIST_MEMBER_WORDS words."""
    if not cur or not _starts_org(" ".join(cur)) or fold(cur[0]) in _folded_vocab("plural_words"):
        return i
    connectors = _folded_vocab("wrapped_name_connectors")
    j, words, part_start = i, 0, True
    while j < len(tokens):
        w = tokens[j][0]
        if w == ";":
            return i
        if w == ",":
            if _opens_org_after(tokens, j):
                break
            if not tokens[j + 1:j + 2] or not tokens[j + 1][0][:1].islower():
                return i
            part_start = True
            j += 1
            continue
        if words >= _LIST_MEMBER_WORDS or not regex.fullmatch(r"\p{L}+(?:[ _–-]\p{L}+)*", w):
            return i
        rest = " ".join(t for t, _ in tokens[j:j + 4])
        if part_start and _opens_with_stop(rest, 0) and fold(w) not in connectors \
                or j > i and (part_start or w[:1].isupper()) and _starts_org(rest):
            return i
        part_start = False
        words += 1
        j += 1
    if j >= len(tokens):
        return i
    span = fold(" ".join(t for t, _ in tokens[i:j]))
    return i if _cue_roles(span) or _duty_words().search(span) else j


@functools.cache
def _duty_words() -> regex.Pattern:
    """Any word of a duty or of a role's cue (duty_verbs, task_role_cues), folded."""
    words = [*(fold(w) for w in _vocab()["duty_verbs"]), *_role_cue_words()]
    return regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(regex.escape(w) for w in words)})(?!\p{{L}})")


_YEAR = regex.compile(r"(?:19|20)\d\d")


def _class_goes_on(cur: list[str], tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the name ``cur`` goes on over tokens[i], a word in lower case the tagger calls a verb
    or the like, as a kind of body: "các viện" + "nghiên cứu", a kind of two words (group_heads);
    "các cơ quan" + "ban ngành", a compound of kinds; "các huyện ủy, thị ủy, thành" + "ủy", a
    two-word kind the tagger split, after a class. Or a class that names no unit yet ("các cơ
    quan": qualified_class_heads) over the word saying which ("các cơ quan đại diện Việt Nam ở
    nước ngoài", "các cơ quan thuế"), unless it ends the name (unit_stops: "các cơ quan phối
    hợp") or a tail of the name opens there (name_tails)."""
    w, tag = tokens[i]
    wl = fold(w)
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    groups, plurals = _folded_vocab("group_heads"), _folded_vocab("plural_words")
    if fold(cur[-1] + " " + w) in groups or any(fold(t) in plurals for t in cur[:3]) \
            and (all(p in groups for p in wl.split()) or fold(f"{w} {nxt}") in groups):
        return True
    return len(cur) == 2 and fold(cur[0]) in plurals and fold(cur[1]) in _folded_vocab("qualified_class_heads") \
        and wl not in _folded_vocab("unit_stops") and tag == "V" and not _name_tail(tokens, i) > i


def _joints_as_and(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tagged words, "cùng" between two bodies' names read as "và" ("Sở Y tế cùng Bảo hiểm xã
    hội tỉnh kiểm tra …"); elsewhere it is no joint ("cùng cấp", "cùng phối hợp"). So is "hoặc"
    between two bodies' names, either of which may do the task ("Phòng Nông nghiệp và PTNT hoặc
    Phòng Kinh tế"): both are named."""
    joints = (_word("joint_word"), _word("or_word"))
    return [(_vocab()["and_word"], tag) if fold(w) in joints and 0 < k < len(tokens) - 1
            and tokens[k - 1][0][:1].isupper() and tokens[k + 1][0][:1].isupper()
            and _starts_org(" ".join(t for t, _ in tokens[k + 1:k + 4])) else (w, tag)
            for k, (w, tag) in enumerate(tokens)]


def _joins_two_bodies(cur: list[str], nxt: str, following: str, tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the joining word at tokens[i] ("và") stands between two bodies' names (the one read
    so far, ``cur``, and the one opening with ``nxt``, ``following`` its first words): "Sở Tài chính
    và Sở Nội vụ", "Chính phủ và Bộ Tài chính", "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị
    - xã hội" (a name of two words or more, however the tagger grouped them; not "Báo và Đài Phát
    thanh ...", one body; nor before a comma compound opening the rest of the name with a capital,
    "Chi cục Thủy lợi và Phòng, chống thiên tai": not the office "Phòng")."""
    # (Or a body's acronym alone: "VCCI và các hiệp hội doanh nghiệp", "EVN và Sở Nội vụ".)
    two_words = len(fold(" ".join(cur)).split()) >= 2 or len(cur) == 1 and _acronym_body(cur[0])
    return bool(nxt) and (nxt[0].isupper() or fold(nxt) == _word("class_word")) and _starts_org(following) \
        and not _head_inside_word(nxt) and not _opens_comma_compound(tokens, i + 1) \
        and two_words or _lower_case_head_at(tokens, i + 1)


def _acronym_body(word: str) -> bool:
    """Whether ``word`` is a body's acronym: the lexicon's (_abbreviated_bodies) or one it does not
    hold (:func:`_unknown_acronym`)."""
    return word in _abbreviated_bodies() or _unknown_acronym(word)


@functools.cache
def _year_word() -> str:
    return fold(load_json("dates.json")["year"])


_GLUED_CAPITAL = regex.compile(r"\p{L}-\p{Lu}")
# A Roman number printed after a name, its number ("khu vực XIV", "thủy sản I").
_ROMAN_NUMBER = regex.compile(r"[IVXL]+")


def _closed_before(cur: list[str], tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the name ``cur`` ends before the ``i``-th word: "các"/"những" after a name ended by
    its place opens another noun unless bodies follow; a lower-case word after a Roman number is
    the task, the number ends a numbered body's name ("phối hợp với Viện Nghiên cứu nuôi trồng
    thủy sản I chuyển giao công nghệ", "Kho bạc Nhà nước khu vực XIV kiểm soát chi"); a year
    ends it ("kinh phí … giao cho Bộ năm 2025", "… Sở Y tế năm 2025"), except a committee's for an
    event or a year (event_body_heads: "Ban Tổ chức Hội thi … năm 2025", "Ban Chỉ đạo Tổng điều
    tra kinh tế năm 2026 tỉnh")."""
    w = tokens[i][0]
    if cur and fold(w) == _year_word() and i + 1 < len(tokens) and _YEAR.fullmatch(tokens[i + 1][0]) \
            and fold(cur[0]) not in _folded_vocab("event_body_heads"):
        return True
    if fold(w) in _folded_vocab("plural_words") and cur and fold(cur[-1]) in _place_words() \
            and not _starts_org(" ".join([w] + [t for t, _ in tokens[i + 1:i + 3]])) \
            and not _zone_at(tokens, i + 1):
        return True
    return len(cur) >= 2 and bool(_ROMAN_NUMBER.fullmatch(cur[-1])) and w[:1].islower()


def _head_inside_word(word: str) -> bool:
    """Whether ``word``, a word the tagger joined, opens with a body's head but names none
    (``verb_starts``: "Khoa học" of "Viện Chiến lược và Khoa học pháp lý", "Bộ chỉ số")."""
    return fold(word) in _folded_vocab("verb_starts")


def _lower_case_head_at(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the words at ``i`` open a body's name in lower case: a head of lower_case_heads
    before a capitalised word ("lực lượng Cảnh sát biển" in "Bộ Quốc phòng, lực lượng Cảnh sát
    biển, lực lượng Bộ đội Biên phòng"; "lực lượng chức năng" names none)."""
    if i + 1 < len(tokens) and fold(tokens[i][0]) in _folded_vocab("lower_case_heads") \
            and tokens[i + 1][0][:1].isupper():
        return True
    return _opens_lower_case_body(" ".join(t for t, _ in tokens[i:i + 4]))


def _org_then_lower_case_body(cut: str) -> bool:
    """Whether ``cut`` opens with a body's name, a comma and a body named in lower case ("Cấp ủy,
    tổ chức đảng các cấp …"), the second's words past the four a clause's opening is tested on."""
    head, comma, rest = cut.partition(",")
    return bool(comma) and fold(head.strip()) in _org_phrases() and _opens_lower_case_body(rest)


def _opens_lower_case_body(words: str) -> bool:
    """Whether ``words`` open a body named wholly in lower case ("tổ chức đảng các cấp" after
    "Cấp ủy, ": lower_case_bodies), which the tagger calls verbs."""
    following = fold(words.strip()) + " "
    return any(following.startswith(b + " ") for b in _folded_vocab("lower_case_bodies"))

# A kind of body qualified by an abbreviation in capitals closes a class's kind ("Các trường THPT,
# trung tâm GDNN-GDTX": two kinds of school, each its own unit; "các Sở, ban, ngành" has none).
_ABBREVIATION = regex.compile(r"^\p{Lu}{2,}(?:-\p{Lu}{2,})*$")


def _kind_after_place_list(cur: list[str], following: str) -> bool:
    """Whether the words after a comma open another kind of body after a name whose places are a
    list ("Liên đoàn Lao động các huyện, thành phố, công đoàn ngành, công đoàn các khu công
    nghiệp": three units, SPEC §2.1's joined heading), not one more place ("…, thị xã")."""
    # The name holds "các" and a comma after it, and ends with a place word: its places are listed.
    plural_at = next((k for k, t in enumerate(cur) if k > 0 and fold(t) in _folded_vocab("plural_words")), None)
    if plural_at is None or "," not in cur[plural_at:] or fold(cur[-1]) not in _place_words():
        return False
    words = fold(following).split()
    if not words or _place_length(words[:2]):
        return False
    return _group_words().opens(" ".join(words)) or _org_words().opens(" ".join(words))


@functools.cache
def _comma_compounds() -> tuple[tuple[str, ...], ...]:
    """The folded words of each comma_compounds phrase, the comma a word of its own ("phòng", ",",
    "chống"), and of each name_phrases phrase ("xây", "dựng", "đảng"), the longest first."""
    phrases = [*_vocab()["comma_compounds"], *_vocab()["name_phrases"]]
    return tuple(sorted((tuple(fold(c).replace(",", " ,").split()) for c in phrases), key=len, reverse=True))


def _goes_on_whatever_its_tag(last: str, w: str) -> bool:
    """Whether ``w`` goes on a name ending in ``last`` whatever the tagger calls it: a kind of
    zone after "khu" ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "các khu chế
    xuất"), or a word glued by a hyphen to a capitalised one ("Đài Phát" + "thanh-Truyền hình",
    "Sở Văn hoá-Thông tin": a name's two parts)."""
    return fold(last) == "khu" and fold(w) in _folded_vocab("zone_kinds") or bool(_GLUED_CAPITAL.search(w))


@functools.cache
def _government_kind() -> regex.Pattern:
    """A kind of the Government's bodies (government_kinds: "cơ quan thuộc Chính phủ", "cơ quan
    ngang bộ"), folded, with one more word before "thuộc" ("cơ quan trữ thuộc Chính phủ", a
    misprint of "trực") and its tail of relevance ("có liên quan")."""
    kinds = [r"\s+".join(regex.escape(w) if w != "thuộc" else r"(?:\S+\s+)?thuộc" for w in fold(k).split())
             for k in _vocab()["government_kinds"]]
    tails = alternation([fold(t) for t in _vocab()["name_tails"] if _word("related_word") in fold(t)])
    return regex.compile(rf"(?:{'|'.join(kinds)})(?:\s+(?:{tails}))?")


def _government_kind_in_class(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """The number of tokens after the comma at ``i`` that spell a kind of the Government's bodies
    after a class ("Các bộ, ngành, cơ quan thuộc Chính phủ có liên quan, …", b01's annex): a unit
    of its own, not one more kind of the class; 0 if none does, or if the name before the comma
    is no class (an office's title is shared: "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính
    phủ" is one holder)."""
    if tokens[i][0] != "," or not any(fold(t) in _folded_vocab("plural_words") for t in cur[:3]):
        return 0
    return _government_kind_at(tokens, i + 1)


def _government_kind_at(tokens: list[tuple[str, str]], i: int) -> int:
    """The number of tokens from ``i`` on that spell a kind of the Government's bodies
    (:func:`_government_kind`), the longest; 0 if none does."""
    best = 0
    for n in range(1, min(len(tokens) - i, 8) + 1):
        if _government_kind().fullmatch(fold(" ".join(t for t, _ in tokens[i:i + n]))):
            best = n
    return best


def _opens_comma_compound(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the tokens from ``i`` on open with a comma compound ("Phòng" "," "chống"; not a
    name phrase)."""
    words = fold(" ".join(t for t, _ in tokens[i:i + 4])).replace(",", " ,").split()
    return any(words[:len(c)] == list(c) for c in _comma_compounds()
               if " ".join(c).replace(" ,", ",") in _folded_vocab("comma_compounds"))


def _comma_compound_at(tokens: list[tuple[str, str]], i: int) -> int:
    """The number of tokens from ``i`` on that spell a comma compound ("phòng" "," "chống") or a
    name phrase ("xây dựng" "Đảng"), 0 if none does."""
    for needed_words in _comma_compounds():
        needed = list(needed_words)
        got: list[str] = []
        for k in range(i, min(len(tokens), i + len(needed))):
            got += fold(tokens[k][0]).split()
            if got == needed:
                return k + 1 - i
            if got != needed[:len(got)]:
                break
    return 0


_AREA_WORDS = 10  # an area in a holder's or a department's name is this many tagged words at most
# A word an area goes on over: letters, digits, a comma or a dash (not a clause's end).
_AREA_GOES_ON = regex.compile(r"[\p{L}\p{N},-]")


def _area_opening_at(cur: list[str], tokens: list[tuple[str, str]], i: int) -> tuple[int, bool]:
    """The number of tokens from ``i`` on that open an area in a name (holder_areas: "phụ trách"
    after a holder's title; department_areas: "Các vấn đề chung về" after "Vụ"), and whether the
    clause's end may close the area (a department's name, printed whole in a table's cell); 0 if
    none opens there."""
    if not cur:
        return 0, False
    name = fold(" ".join(cur))
    holders, departments = _vocab()["holder_areas"], _vocab()["department_areas"]
    for words, heads, to_end in ((holders["words"], holders["holders"], False),
                                 (departments["openings"], departments["heads"], True)):
        if not (name + " ").startswith(tuple(fold(h) + " " for h in heads)):
            continue
        for opening in words:
            needed, got = fold(opening).split(), []
            for k in range(i, min(len(tokens), i + len(needed))):
                got += fold(tokens[k][0]).split()
                if got == needed:
                    return k + 1 - i, to_end
                if got != needed[:len(got)]:
                    break
    return 0, False


def _area_at(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """The number of tokens from ``i`` on that spell an area in a name (:func:`_area_opening_at`)
    and the words after it up to the next unit stop ("Phó Hiệu trưởng" + "phụ trách khoa học
    công nghệ và hợp tác quốc tế" + "chỉ đạo …"; "Vụ" + "Các vấn đề chung về biến đổi khí hậu,
    kinh tế và môi trường" + "tham mưu …"), 0 if none: a stop must end the area within a few
    words, in the clause (not "Phó Giám đốc Sở phụ trách công tác này.", a task of its own)."""
    opening, to_end = _area_opening_at(cur, tokens, i)
    if not opening:
        return 0
    stops = _folded_vocab("unit_stops")
    # (The area's first word is never a stop: "Vụ Các vấn đề chung về xây dựng pháp luật".)
    for j in range(i + opening + 1, min(len(tokens), i + opening + _AREA_WORDS) + 1):
        if j == len(tokens):
            return j - i if to_end else 0
        w = fold(tokens[j][0])
        # (A comma before another body's capitalised name ends the area too: "Giao Phó Chủ tịch UBND
        # tỉnh phụ trách khối văn hóa - xã hội, Sở Y tế …".)
        if w in stops or j + 1 < len(tokens) and f"{w} {fold(tokens[j + 1][0])}" in stops \
                or w == "," and _opens_org_after(tokens, j):
            return j - i
        if not _AREA_GOES_ON.search(w):  # (the clause's end: ".", ";", ":")
            return 0
    return 0


_COMMITTEE_AREA_WORDS = 30  # a committee's matter is this many tagged words at most (p019's: 13)
# The marks that end a clause: a committee's matter never runs over them.
_MATTER_ENDS = frozenset(".;:()?!")


@functools.cache
def _committee_words() -> tuple[tuple[str, ...], frozenset[str], str, str, frozenset[str]]:
    """committee_areas, folded: its heads, the words opening no matter ("not_topics"), "về", "của"
    and the programmes' words ("chương trình", "đề án") (``_name_units`` asks at every word of a
    name)."""
    areas = _vocab()["committee_areas"]
    return (tuple(fold(h) for h in areas["heads"]), frozenset(fold(w) for w in areas["not_topics"]),
            fold(areas["about"]), fold(areas["of"]), frozenset(fold(w) for w in areas["programmes"]))


def _committee_head(name: str) -> str | None:
    """The committee head (committee_areas) ``name`` is, alone or with its level ("Ban Chỉ đạo",
    "Ban Chỉ đạo tỉnh"), folded; ``None`` if it is no bare committee head."""
    folded = fold(name)
    head = next((h for h in _committee_words()[0] if folded == h or folded.startswith(h + " ")), None)
    level = folded[len(head):].strip() if head is not None else ""
    if head is None or level and level not in _place_words() and level not in _national_levels():
        return None
    return head


@functools.cache
def _national_levels() -> frozenset[str]:
    """The levels of a national committee ("quốc gia", "Trung ương"), folded: its matter follows
    with or without "về" ("Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả")."""
    return frozenset(fold(w) for w in _vocab()["committee_areas"]["national_levels"])


def _opens_org_after(tokens: list[tuple[str, str]], j: int) -> bool:
    """Whether the words after token ``j`` (a comma) open another body's capitalised name."""
    following = " ".join(t for t, _ in tokens[j + 1:j + 4])
    return following[:1].isupper() and _starts_org(following)


def _committee_area_at(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """The number of tokens from ``i`` on that spell the matter a committee is named by, up to
    and with the place closing its name (committee_areas: "Ban Chỉ đạo" + "về phát triển khoa
    học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp"; "… và đề án 06 của tỉnh"),
    or, after "về" where the head names its level ("Ban Chỉ đạo Trung ương" + "về …"), up to the
    next unit stop or the clause's end; 0 if no such matter follows. The tagger calls the matter's
    words verbs ("phát triển", "đổi mới"), so the name was cut after its head."""
    if not cur:
        return 0
    name = fold(" ".join(cur))
    head = _committee_head(name)
    if head is None:
        return 0
    _heads, not_topics, about_word, of_word, programmes = _committee_words()
    level = name[len(head):].strip()
    places = _place_words()
    about = fold(tokens[i][0]) == about_word
    start = i + 1 if about else i
    if start >= len(tokens) or fold(tokens[start][0]) in not_topics:
        return 0
    # (A duty's verb ends it too: "Hội đồng có trách nhiệm thẩm định … thuộc Ủy ban nhân dân tỉnh"
    # is the council's task, not its name.)
    duties = _folded_vocab("duty_verbs")
    stops = _folded_vocab("unit_stops") | duties
    # (A matter after "về" closes the name at a stop too, and so does a national committee's
    # whatever opens it: "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả".)
    national = level in _national_levels()
    to_end = bool(level) and about or national

    def at(j: int, words: frozenset[str]) -> bool:  # (the word at j, or it and the next, one of ``words``)
        return fold(tokens[j][0]) in words or j + 1 < len(tokens) \
            and f"{fold(tokens[j][0])} {fold(tokens[j + 1][0])}" in words

    def with_proper_name(end: int) -> int:  # ("tỉnh" + "Đồng Tháp")
        return end + 1 if end < len(tokens) and tokens[end][1] == "Np" and tokens[end][0][:1].isupper() else end

    if national and not about and at(start, stops):
        return 0
    # (A programme's name goes on over its verbs to the place: "Ban Chỉ đạo thực hiện Chương trình
    # mục tiêu quốc gia xây dựng nông thôn mới tỉnh"; committee_areas' programmes, capitalised.)
    programme = False
    for j in range(start, min(len(tokens), start + _COMMITTEE_AREA_WORDS)):
        w = fold(tokens[j][0])
        programme = programme or tokens[j][0][:1].isupper() and w in programmes
        # (A comma before another body's capitalised name ends the matter: a joined heading, "6.
        # Ban Chỉ đạo thi hành án dân sự, Ủy ban nhân dân các xã, phường".)
        if w in (",", ";") and j > start and _opens_org_after(tokens, j):
            return j - i
        if w in _MATTER_ENDS or not _AREA_GOES_ON.search(w):
            return j - i if to_end and j > start else 0
        if j == start:  # (its first word may be a stop, "Ban Chỉ đạo thực hiện Chương trình …"; no duty)
            if at(j, duties):
                return 0
            continue
        if w in places:
            return with_proper_name(j + 1) - i
        if w == of_word and j + 1 < len(tokens) and fold(tokens[j + 1][0]) in places:
            return with_proper_name(j + 2) - i
        if at(j, stops) and not programme:
            return j - i if to_end else 0
    # (A matter closing the name at the clause's end: a heading "1. Ban Chỉ đạo quốc gia về phòng,
    # chống thiên tai"; "báo cáo Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng
    # giả". After a report's verb a matter after "về" is cut again, :func:`_committee_reported_to`.)
    return len(tokens) - i if to_end and len(tokens) - start < _COMMITTEE_AREA_WORDS and len(tokens) > start + 1 \
        else 0


def _class_kinds_go_on(cur: list[str], following: str) -> bool:
    """Whether the words after a comma in a class of bodies are more of its kinds written as one
    capitalised compound of two kinds ("các Sở, Ban ngành thành phố", "Thủ trưởng các Sở, Ban
    ngành, quận, huyện": "Ban ngành" is no body named "Ban ..."), not another unit."""
    # The class is "các" and its kind ("các Sở"), the compound's second word in lower case (not
    # "các Sở, Ban Quản lý …", "… các khu công nghiệp, Sở Khoa học và Công nghệ").
    if len(cur) < 2 or fold(cur[-2]) not in _folded_vocab("plural_words") \
            or fold(cur[-1]) not in _folded_vocab("group_heads"):
        return False
    words = following.replace(",", " ").split()[:2]
    # (Or a kind alone before the next comma, no body of that kind named: "các Vụ, Cục, đơn vị
    # thuộc Bộ", a ministry's, m373 of corpus/probes.)
    alone = following.split(",")[0].strip()
    return len(words) == 2 and words[1][:1].islower() \
        and all(fold(w) in _folded_vocab("group_heads") for w in words) \
        or "," in following and len(alone.split()) == 1 and fold(alone) in _folded_vocab("group_heads")


def _school_levels_go_on(cur: list[str], following: str) -> bool:
    """Whether the words after a comma are one more level of a class of schools ("các trường
    mầm non" + "tiểu học", "các cơ sở đào tạo đại học" + "sau đại học"; ``school_heads``,
    ``school_levels``)."""
    folded = [fold(t) for t in cur]
    opens_class = any(a in _folded_vocab("plural_words") and b in _folded_vocab("school_heads")
                      for a, b in zip(folded, folded[1:]))
    words = fold(following).replace(",", " ").split()
    return opens_class and any(words[:len(level.split())] == level.split() for level in _folded_vocab("school_levels"))


def _opens_org_phrase(words: str) -> bool:
    """Whether ``words`` are a body's opening words (_org_phrases) or the first of them, the
    tagger having cut the phrase ("Ban" + "cán sự" of "Ban cán sự đảng")."""
    key = fold(words)
    return key in _org_phrases() or key in _org_phrase_prefixes()


@functools.cache
def _org_phrase_prefixes() -> frozenset[str]:
    """The proper opening words of the bodies' opening phrases ("ban cán sự" of "ban cán sự đảng")."""
    return frozenset(" ".join(p.split()[:k]) for p in _org_phrases() for k in range(2, len(p.split())))


def _zone_at(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether tokens[i:] open with "khu" and a kind of zone ("khu công nghệ cao", "khu chế xuất")."""
    return i + 1 < len(tokens) and fold(tokens[i][0]) == "khu" \
        and fold(tokens[i + 1][0]) in _folded_vocab("zone_kinds")


def _place_relative_end(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """The index after a relative clause at tokens[i] singling out the places that close the name
    ``cur``, which is part of the name ("Công an các phường, xã nơi tổ chức", "Ủy ban nhân dân cấp xã
    nơi có rừng": place_relative_word, its verb and the nouns after it); ``i`` if none opens there."""
    if not cur or fold(tokens[i][0]) != _word("place_relative_word") or fold(cur[-1]) not in _place_words() \
            or i + 1 >= len(tokens) or not tokens[i + 1][0][:1].islower():
        return i
    stops = _folded_vocab("unit_stops")
    j = i + 2
    while j < len(tokens) and tokens[j][1] == "N" and tokens[j][0][:1].islower() and fold(tokens[j][0]) not in stops:
        j += 1
    return j


def _placed_tail(cur: list[str], tokens: list[tuple[str, str]], i: int) -> int:
    """The index after "tại"/"ở" at tokens[i] and the place it names, where the name ``cur`` opens
    with one of placed_heads (after "các" or a lower-case head: "hệ thống Thương vụ Việt Nam"); ``i``
    if none. The place is its capitalised words, a level's word before them ("tỉnh Lào Cai") and a
    lower-case word between two of them ("Đồng bằng sông Cửu Long"), or one of the vocabulary's
    places ("các nước")."""
    heads, at, places = _placed_vocab()
    if fold(tokens[i][0]) not in at:
        return i
    name = fold(" ".join(cur))
    for opening in (*_folded_vocab("plural_words"), *_folded_vocab("lower_case_heads")):
        if name.startswith(opening + " "):
            name = name[len(opening) + 1:]
    if not name.startswith(heads):
        return i
    after = " ".join(fold(t) for t, _ in tokens[i + 1:i + 4])
    for place in places:
        if (after + " ").startswith(place + " "):
            return _index_after_words(tokens, i + 1, len(place.split()))[0]
    j = i + 1
    levels = _folded_vocab("name_words")
    while j < len(tokens):
        w = tokens[j][0]
        nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
        # (A level's word before a capitalised one, "tỉnh Lào Cai", or a noun between two,
        # "Đồng bằng sông Cửu Long".)
        if w[:1].isupper() or nxt[:1].isupper() and (fold(w) in levels or j > i + 1 and tokens[j][1] == "N"):
            j += 1
            continue
        break
    return j if j > i + 1 and tokens[j - 1][0][:1].isupper() else i


@functools.cache
def _placed_vocab() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """placed_heads folded: the heads, the words before the place, the places of the vocabulary."""
    v = _vocab()["placed_heads"]
    return tuple(fold(h) for h in v["heads"]), frozenset(fold(w) for w in v["at"]), tuple(fold(p) for p in v["places"])


def _index_after_words(tokens: list[tuple[str, str]], i: int, n: int) -> tuple[int, int]:
    """The index after the tokens from ``i`` on that hold ``n`` words, and the words they hold (more
    than ``n`` where the tagger glued the last to the next: "địa bàn", "trong trường hợp")."""
    j, taken = i, 0
    while j < len(tokens) and taken < n:
        taken += len(fold(tokens[j][0]).split())
        j += 1
    return j, taken


def _name_tail(tokens: list[tuple[str, str]], i: int) -> int:
    """The index after a ``name_tails`` phrase opening at tokens[i] and the place words
    (``name_words``: "tỉnh", "thành phố") after it; ``i`` if none opens there."""
    # (A tail may hold a comma, "các đơn vị thuộc, trực thuộc Bộ": the comma a word of its own.)
    words = " ".join(fold(t) for t, _ in tokens[i:i + 8]).split()
    for tail in _folded_vocab("name_tails"):
        tail_words = tail.replace(",", " ,").split()
        if words[:len(tail_words)] == tail_words:
            n = len(tail_words)
            j, taken = _index_after_words(tokens, i, n)  # (the tagger joins words: "địa bàn")
            if taken > n:
                continue  # the tail's last word glued to the next: "trong trường hợp", no "trong Trường"
            while j < len(tokens) and fold(tokens[j][0]) in _folded_vocab("name_words"):
                j += 1
            # (A body's head ending the tail takes the capitalised name after it: "Ban Thi đua -
            # Khen thưởng thuộc Sở Nội vụ", "Phòng Kế hoạch thuộc Sở Y tế"; :func:`_without_parent`
            # then names the unit alone.)
            if tail_words[-1] in _folded_vocab("parent_heads"):
                while j < len(tokens) and tokens[j][0][:1].isupper() and tokens[j][1].startswith("N"):
                    j += 1
            return j
    return i


# A clause of more words is long: no more bodies are looked for after its verb, and it is tagged
# in its first _OPENING_WORDS words first, kept if its units end _OPENING_MARGIN words before.
_LONG_CLAUSE_WORDS = 25
_OPENING_WORDS = 16
_OPENING_MARGIN = 4
_WORD_END = regex.compile(r"\S+")


def _end_of_words(text: str, count: int) -> int:
    """Where the first ``count`` words of ``text`` end."""
    end = 0
    for i, m in enumerate(_WORD_END.finditer(text)):
        end = m.end()
        if i + 1 == count:
            break
    return end


def _unit_tokens(clause: str) -> list[tuple[str, str]]:
    """The clause's words and their tags, a connector the tagger glued to the next name
    ("và Công nghệ") split off."""
    tokens: list[tuple[str, str]] = []
    for w, tag in _tagged(clause):
        head, _, tail = w.partition(" ")
        if tail and fold(head) in _folded_vocab("glued_connectors") and tail[:1].isupper():
            tokens += [(head, "C"), (tail, "N")]
        elif tokens and _committee_cut(tokens[-1][0], w):
            # (A Party committee the tagger cut: "Dân vận Tỉnh" + "ủy" → "Dân vận Tỉnh ủy".)
            tokens[-1] = (f"{tokens[-1][0]} {w}", "N")
        else:
            tokens.append((w, tag))
    return tokens


def _committee_cut(before: str, word: str) -> bool:
    """Whether a token ending in a capitalised place word ("Tỉnh", "Huyện") and the next opening
    with a committee word ("ủy") are one Party committee's name cut by the tagger."""
    last = before.split()[-1]
    first = word.split()[0]
    return last[:1].isupper() and fold(last) in _folded_vocab("committee_places") \
        and fold(first) in _folded_vocab("committee_words")


def _opening_words_name_body(words: list[str]) -> bool:
    """Whether a clause's first words open a body's name (:func:`_starts_org`): its first four (a
    head of four words, "Bảo hiểm xã hội") or five (a class's kind after "các", "Các cơ sở giáo
    dục nghề nghiệp": "cơ sở giáo" opens no kind)."""
    return _starts_org(" ".join(words[:4])) or len(words) > 4 and _starts_org(" ".join(words[:5]))


def _is_named_unit(name: str, heads=()) -> bool:
    """A name opening with a body's word ("Sở", "Ủy ban") or one of ``heads``."""
    words = name.split(" ")
    return _opening_words_name_body(words) or bool(_government_kind().fullmatch(fold(name))) \
        or bool(heads) and fold(name).startswith(tuple(fold(h) for h in heads))


def is_generic(name: str) -> bool:
    """Whether a unit's name names no unit: "các đơn vị liên quan", "cơ quan, địa phương có liên
    quan" (``generic_units`` and ``vague_endings`` of ``data/responsibilities.json``). Public: the
    model's units (:mod:`pipeline.extract.learned`) are dropped by the same test."""
    key = fold(name)
    if _government_kind().fullmatch(key):  # ("cơ quan thuộc Chính phủ có liên quan": a named kind)
        return False
    return key in _folded_vocab("generic_units") or key.endswith(tuple(_folded_vocab("vague_endings"))) \
        or bool(_everyone_class().fullmatch(key))


@functools.cache
def _everyone_class() -> regex.Pattern:
    """A folded class listing kinds of body that ends with everyone_class_end ("các sở, ngành, địa
    phương", "các cơ quan, đơn vị và địa phương"): everyone, no unit."""
    v = _vocab()
    kinds = alternation(fold(w) for w in v["table_column_bodies"])
    plural = alternation(_folded_vocab("plural_words"))
    end = regex.escape(fold(v["everyone_class_end"]))
    joint = rf"\s*(?:,|\s{fold(v['and_word'])}\s)\s*"
    return regex.compile(rf"(?:{plural})\s+(?:{kinds})(?:{joint}(?:{kinds}))*{joint}{end}")


class _Deadlines:
    """The first deadline date inside a span, found by bisection over the document's deadline
    dates (in text order, as :func:`find_dates` gives them) rather than by a pass over all the
    dates for every span."""

    def __init__(self, dates: list[DateMention]):
        self.deadlines = [d for d in dates if d.role == "deadline"]
        self.in_order = all(a.start <= b.start for a, b in zip(self.deadlines, self.deadlines[1:]))
        self.starts = [d.start for d in self.deadlines]

    def within(self, start: int, end: int) -> str | None:
        if not self.in_order:
            return next((d.value for d in self.deadlines if start <= d.start < end), None)
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end:
            return self.deadlines[i].value
        return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";", "." or line break between
    ``lo`` and ``pos`` (0 if there is none). Searched back only to the line's start, as nothing
    before it can be later than the line break."""
    line_start = text.rfind("\n", lo, pos)
    return max(line_start, *(text.rfind(c, max(lo, line_start), pos) for c in ";.")) + 1


_BULLET = regex.compile(r"^[-+•]\s*")
_LIST_SEPARATOR = regex.compile(r"[;,]\s*")
_CELL_SEPARATOR = regex.compile(r"\s*;\s*")


@functools.cache
def _implementation_heading() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_vocab()['implementation_headings'])})", regex.I)


@functools.cache
def _lead_after() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_vocab()['lead_after'])})", regex.I)


@functools.cache
def _folded_lead_after() -> tuple[str, ...]:
    return tuple(fold(p) for p in _vocab()["lead_after"])


@functools.cache
def _report_nouns() -> regex.Pattern:
    return regex.compile(rf"(?i)(?:{alternation(_vocab()['report_noun_before'])})\s+$")


@functools.cache
def _table_columns() -> dict[str, PhraseSet]:
    """Role → the folded words heading its column, in the order of the data file."""
    return {role: PhraseSet(fold(w) for w in words) for role, words in _vocab()["table_columns"].items()}


# Spaces around a joining mark, which spellings of one name differ by ("UBND các tỉnh/ thành phố",
# "UBND các tỉnh/thành phố"): no part of the key that merges a unit's mentions.
_JOINING_MARK_SPACES = regex.compile(r"\s*([/&])\s*")
# A slash between two words that the tagger's tokens put spaces around ("Trung tâm Phòng, chống
# HIV / AIDS" from "HIV/AIDS"): printed as the text has it, with none.
_TOKEN_SLASH = regex.compile(r"(?<=[\p{L}\d]) / (?=[\p{L}\d])")


# Acronyms of two capitals or more listed with commas ("EVN, NSMO"; no Roman numbers).
_ACRONYM_LIST = regex.compile(r"(?!(?:[IVXL]+)(?:,|$))\p{Lu}{2,}(?:, (?![IVXL]+(?:,|$))\p{Lu}{2,})+")


def _units_in_one_name(unit: str) -> list[str]:
    """The units a name read as one holds, each a unit of its own: acronyms listed with commas,
    the unknown among them too ("EVN, NSMO" in a task table's lead cell); a People's Committee
    printed once before its places (:func:`_head_over_localities`); an office's head over kinds of
    the Government's bodies (:func:`_head_over_government_kinds`). The name alone where none is."""
    if _ACRONYM_LIST.fullmatch(unit):
        return unit.split(", ")
    for split in (_head_over_localities, _head_over_government_kinds):
        if len(parts := split(unit)) > 1:
            return parts
    return [unit]


class _Collector:
    """The units found so far, one :class:`Responsibility` per (folded unit, role).

    A unit named again in the same role (an item's heading and a "Giao X chủ trì" sentence, or
    two rows of a task table) is merged into the first one: its new tasks appended, its deadline
    kept unless it had none. So the order of the calls to :meth:`add` is the order of ``items``
    and decides which mention gives a unit its span and section."""

    def __init__(self, index: SectionIndex):
        self.index = index
        self.items: list[Responsibility] = []
        self._seen: dict[tuple[str, str], Responsibility] = {}
        self._tasks: dict[tuple[str, str], set[str]] = {}  # the tasks of each of ``_seen``
        # Spans whose units only the table phases read (the rows of task tables): set while the
        # phases reading prose run.
        self.skipped: list[tuple[int, int]] = []

    def add(self, unit: str, role: str, start: int, end: int, tasks: list[str] | None = None,
            deadline: str | None = None, section: str | None = None) -> None:
        """Record ``unit`` in ``role`` for text[start:end] (its section: ``section``, or the one
        holding ``start``); a generic or too short name ("các đơn vị liên quan") is dropped."""
        unit = _TOKEN_SLASH.sub("/", " ".join(_with_abbreviation_periods(unit).split()).strip(" -–,;:"))
        tasks = [_with_abbreviation_periods(t) for t in tasks] if tasks else tasks
        if len(parts := _units_in_one_name(unit)) > 1:
            for part in parts:
                self.add(part, role, start, end, tasks, deadline, section)
            return
        # (Nor a verb in lower case that looks like a body's name, cut off alone from a list of
        # bodies: "chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định …", verb_starts; a
        # capitalised one is a name, "Đoàn kiểm tra".)
        if not unit or is_generic(unit) or _too_short(unit) \
                or unit[:1].islower() and fold(unit) in _folded_vocab("verb_starts"):
            return
        if any(a <= start < b for a, b in self.skipped):
            return
        # The same unit written in full and abbreviated ("Sở Khoa học và Công nghệ" in the text,
        # "Sở KH&CN" in its annex table) is one: the key is the unit_key of the expanded name.
        key = (unit_key(expand(_JOINING_MARK_SPACES.sub(r"\1", unit))), role)
        if key in self._seen:
            r = self._seen[key]
            if fold(r.unit) != fold(unit) and expand(unit) == unit:
                r.unit = unit  # the name in full rather than abbreviated
            known = self._tasks[key]
            new = [t for t in (tasks or []) if t not in known]
            r.tasks += new
            known.update(new)
            r.deadline = r.deadline or deadline
            return
        r = Responsibility(unit=unit, unit_expanded=None, unit_key=None, role=role, tasks=list(tasks or []),
                           deadline=deadline, section=section or self.index.at(start), start=start, end=end)
        self._seen[key] = r
        self._tasks[key] = set(r.tasks)
        self.items.append(r)


# 1. The implementation part's items.

# A heading wrapped over lines by a legal-database page ("VI. TỔ CHỨC\nTHỰC HIỆN\n\n", "1. Sở\n
# Khoa học và Công nghệ\n\n": the page breaks its bold headings at about 20 characters, 12 of 19
# unit headings of p009): the lines after the heading's first, up to a blank line, belong to it
# when they are short, open with no item mark and the first does not end a sentence.
_WRAPPED_HEADING_REST = regex.compile(
    rf"""\n
    (?![ \t]*(?:[-+•]|\d+(?:\.\d+)*[.)]|{UNDOTTED_LABEL}|{DASHED_LABEL}|[a-zđ]\)|[IVX]+\.))  # no item of its own
    ([^\n]{{1,120}}(?:\n(?![ \t]*(?:[-+•]|\d+[.)]|[a-zđ]\)))[^\n]{{1,120}})?)  # one or two lines
    \n[ \t]*\n""", regex.X)


def _heading_end(text: str, sec: Section) -> int:
    """Where a section's heading ends, with the lines it wraps onto (see _WRAPPED_HEADING_REST)."""
    if text[sec.start:sec.heading_end].rstrip().endswith((".", ";", ":")):
        return sec.heading_end
    wrapped = _line_end(text, sec.heading_end, sec.end)
    if wrapped != sec.heading_end:  # a line broken inside a name (_NAME_WRAP)
        return wrapped if wrapped >= 0 else sec.end
    m = _WRAPPED_HEADING_REST.match(text, sec.heading_end, min(sec.end, sec.heading_end + 260))
    # A unit's heading over a short task of one line before a blank line ("2. Sở Tài chính\nBố trí
    # kinh phí thực hiện.\n\n", "1. Sở Y tế\nChủ trì, phối hợp …"): the line is a sentence (it ends
    # in "." or ";") or opens with a role's verb (unit_stops), no part of the heading.
    if m and (m.group(1).rstrip().endswith((".", ";")) or _opens_with_stop(text, sec.heading_end + 1)):
        return sec.heading_end
    return sec.heading_end + 1 + len(m.group(1)) if m else sec.heading_end


def _heading_text(text: str, sec: Section) -> str:
    """A section's heading, its wrapped lines joined with a space."""
    return " ".join(text[sec.start:_heading_end(text, sec)].split())


_HEADING_WORDS = 150  # characters of a heading where the words naming the implementation part count


def _names_implementation(text: str, sec: Section) -> bool:
    """Whether a section's or item's heading names the implementation part ("IV. TỔ CHỨC THỰC
    HIỆN", "VI. TỔ CHỨC\nTHỰC HIỆN"), in its first words: not a paragraph read as the wrapped rest
    of a heading in capitals ("I- TÌNH HÌNH VÀ NGUYÊN NHÂN\nSau 10 năm thực hiện … tổ chức thực
    hiện …" of a resolution's review)."""
    return bool(_implementation_heading().search(fold(_heading_text(text, sec))[:_HEADING_WORDS]))


def _implementation_items(text: str, index: SectionIndex) -> list[Section]:
    """The items, articles and bullets inside a section or item whose title is an implementation
    heading ("IV. TỔ CHỨC THỰC HIỆN", "Phân công nhiệm vụ"), in the index's order; and the
    sections of a lower level inside such a section ("C. NHIỆM VỤ CỤ THỂ CỦA CÁC BỘ, NGÀNH" over
    "I. Bộ Nông nghiệp và Môi trường", "II. Bộ Quốc phòng" of a lettered top level); and the items of
    the plan's tasks part naming a body alone and a colon ("3. Bộ Công Thương:")."""
    secs = index.sections
    impl = [s for s in secs if s.kind in ("section", "item") and s.title and _names_implementation(text, s)]
    if not impl:
        # A text with no implementation part gives tasks under heads naming a body alone and a
        # colon ("- Bộ Tài chính:\nChủ trì, phối hợp với …" of a Government session's resolution).
        return [sec for sec in secs if sec.kind in ("item", "bullet") and _unit_head_with_colon(text, sec)]
    inside = set()
    starts = [sec.start for sec in secs]  # in order: SectionIndex sorts its sections
    for part in impl:
        for sec in secs[bisect.bisect_right(starts, part.start):bisect.bisect_left(starts, part.end)]:
            if part.start < sec.start < part.end and (sec.kind in ("item", "article", "bullet")
                                                      or sec.kind == "section" and sec.level > part.level):
                inside.add(sec.id)
    # (And in the plan's tasks part, an item heading a body's name alone and a colon over its
    # tasks: "II. VỀ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …" over "3. Bộ Công Thương:" and "a) Chủ trì, …"
    # of a Government meeting's resolution, its implementation part a later section.)
    for part in (s for s in secs if s.kind == "section" and _names_task_part(s)):
        for sec in secs[bisect.bisect_right(starts, part.start):bisect.bisect_left(starts, part.end)]:
            if sec.kind == "item" and _unit_head_with_colon(text, sec):
                inside.add(sec.id)
    return [sec for sec in secs if sec.id in inside]


def _without_item_mark(line: str) -> str:
    """An item's line without its number and its bullet ("3. ", "- ")."""
    return _BULLET.sub("", _word_patterns().item_number.sub("", line))


def _unit_head_with_colon(text: str, sec: Section) -> bool:
    """Whether an item's heading line is a body's name (or bodies') alone then a colon."""
    line = _heading_text(text, sec).strip()
    if not line.endswith(":"):
        return False
    return bool(_heading_line_units(_without_item_mark(line).rstrip(" :")))


def _item_tasks(text: str, sec: Section, children: list[Section], clause: str, rest_fold: str) -> list[str]:
    """The tasks of an item naming units: the headings of its sub-items, after any text between
    its heading and the first of them (or its body, if it has no sub-items); its opening clause
    first when it goes on past the units with words other than "chủ trì" ("Sở Tài chính bố trí
    kinh phí ...": the clause is itself a task)."""
    if children:
        tasks = [" ".join(text[sub.start:sub.heading_end].split()).lstrip("-+• ") for sub in children]
        lead_text = text[_heading_end(text, sec):children[0].start].strip()
        if lead_text:
            tasks.insert(0, " ".join(lead_text.split()))
    else:
        body = text[_heading_end(text, sec):sec.end].strip()
        tasks = [" ".join(body.split())] if body else []
    if rest_fold and (not rest_fold.startswith(_word("lead_word")) or not tasks):
        # (An item that is one wrapped paragraph, "l) Đài Truyền hình Việt Nam, Đài Tiếng nói
        # Việt\nNam, ... chủ trì, phối hợp ...", is all heading: its clause is its task.)
        tasks = [" ".join(clause.split())] + tasks
    return tasks


def _members_of_class(clause: str, units: list[str], rest: str) -> tuple[list[str], str]:
    """A heading naming a class of bodies and then, after a colon, the bodies themselves ("3. Các
    đơn vị chuyên môn: Khoa Lý luận Chính trị, Viện Kinh tế Quản lý, … và Khoa Giáo dục Quốc phòng
    An ninh"): the units are the bodies named (two or more, the whole list), not the class."""
    if len(units) != 1 or fold(units[0]).split()[0] not in _folded_vocab("plural_words") \
            or not regex.match(rf"\W*{regex.escape(units[0])}\s*:", clause):
        return units, rest
    members, after = leading_units(rest)
    if len(members) >= 2 and all(_is_named_unit(m) for m in members) and not after.strip(" .;,"):
        return members, ""
    return units, rest


def _class_members_in_brackets(clause: str, units: list[str], rest: str) -> tuple[list[str], str]:
    """The bodies a heading names in brackets after a class of them ("4. Các chủ đầu tư (Ban Quản
    lý dự án đầu tư xây dựng thành phố, …, Ủy ban nhân dân các xã, phường)"): each given the
    heading's tasks beside the class (SPEC §2.1's joined heading split into its units), where the
    brackets name units only; and the words after the brackets, the clause's task ("7. Đề nghị
    các hiệp hội ngành hàng (Hiệp hội A, Hiệp hội B) phối hợp phổ biến …": the members and the
    class are the subjects of "phối hợp"), or ``rest`` where there are none."""
    if len(units) != 1 or rest.strip() or fold(units[0]).split()[0] not in _folded_vocab("plural_words"):
        return [], rest
    m = regex.match(rf"\W*(?:{_word_patterns().clause_opening.pattern[1:]})?{regex.escape(units[0])}"
                    rf"\s*\((?P<members>[^()]+)\)(?P<after>[^()]*)$", clause)
    if not m:
        return [], rest
    members, after = leading_units(" ".join(m.group("members").split()))
    if not members or after.strip(" .;,") or not all(_is_named_unit(u) for u in members):
        return [], rest
    return [u for u in members if u not in units], m.group("after").strip(" .:") or rest


def _joined_heading_units(clause: str, units: list[str], rest: str) -> list[str]:
    """The units of a heading joined by ";" after its first part ("2. Liên đoàn Lao động tỉnh; Tỉnh
    đoàn; Hội Liên hiệp Phụ nữ tỉnh", SPEC §2.1: a joined heading is split into its units): where
    the first part and every later one name units only."""
    if not units or ";" not in clause or rest.strip() and not rest.strip().startswith(";"):
        return []
    # (The part after a class's members printed once under their kind's head ends at the first
    # ";": "5. Đề nghị các Sở: Xây dựng, Công Thương; Công ty Điện lực Quảng Ngãi", the later
    # parts are the ones after it.)
    parts = rest.strip().split(";")[1:] if rest.strip() else clause.split(";")[1:]
    more: list[str] = []
    for part in parts:
        # (A later part may be a class in lower case: "2. Liên đoàn Lao động huyện, thành phố; các
        # công đoàn ngành", seed 001; it must name units only, as the others.)
        part = part.strip()
        names, after = leading_units(part, cued=part.startswith(_word("class_word") + " "))
        if not names or after.strip(" .:"):
            return []
        more += [n for n in names if n not in units and n not in more]
    return more


def _class_with_relative(units: list[str], rest: str, has_tasks: bool) -> tuple[list[str], str]:
    """A heading naming a class by what it takes part in or what it has, over its tasks ("5.3. Các
    khoa tham gia khảo sát" then "- Phân công cán bộ đầu mối …", b10; after a class of places,
    "8. Ủy ban nhân dân các xã, phường có KCN, CCN", place_class_relatives): the relative clause
    (to the heading's end, no stop inside but a comma between its nouns; no duty, "có trách
    nhiệm", nor relevance, "có liên quan") is part of the class's name; so are one or two lower-case
    words closing a class's heading that open no stop nor role cue ("12. Các doanh nghiệp xuất
    khẩu"); else as given."""
    words = rest.strip().rstrip(":").split()
    if len(units) != 1 or not has_tasks or not _folded_vocab("plural_words") & set(fold(units[0]).split()) \
            or not 0 < len(words) <= 8 or regex.search(r"[;.:()]", rest.strip().rstrip(":")) \
            or _opens_with_duty(fold(rest.strip())) or _word("related_word") in fold(rest):
        return units, rest
    if len(words) <= 2 and fold(units[0]).startswith(_word("class_word") + " ") \
            and all(w[:1].islower() for w in words) and not _opens_with_stop(rest.strip(), 0) \
            and not _opens_with_cue(fold(rest.strip())):
        # A class's heading closed by one or two words of what its bodies do, the tasks below it
        # ("12. Các doanh nghiệp xuất khẩu", "Các hiệp hội ngành hàng"): the words are the class's
        # name, not its task (the tagger calls "xuất khẩu" a verb).
        return [f"{units[0]} {' '.join(words)}"], ""
    relatives = _folded_vocab("class_relatives")
    if fold(units[0]).split()[-1] in _place_words():  # ("các xã, phường có vùng nuôi")
        relatives |= _folded_vocab("place_class_relatives")
    if not fold(" ".join(words)).startswith(tuple(w + " " for w in relatives)):
        return units, rest
    return [f"{units[0]} {' '.join(words)}".replace(" ,", ",")], ""


def _later_clause_roles(clause: str, last_unit: str) -> set[str]:
    """The roles cued in the clauses of a unit's heading after its first ("Sở Nội vụ hướng dẫn
    khen thưởng …; phối hợp với các cơ quan …; tham mưu biểu dương …": coordinate and lead), but
    for a clause opening with other units of its own ("…; UBND các xã phối hợp …")."""
    at = clause.find(last_unit)
    stop = _CLAUSE_BREAK.search(clause, at + len(last_unit)) if at >= 0 else None
    if stop is None:
        return set()
    roles: set[str] = set()
    for part in regex.split(r"[.;]\s+|;", clause[stop.end():]):
        if part.strip() and not leading_units(part.strip())[0]:
            roles |= _cue_roles(fold(part))
    return roles


def units_from_items(text: str, index: SectionIndex, deadlines: _Deadlines, found: _Collector) -> None:
    """Phase 1: the implementation part's items whose heading or opening clause names units
    ("1. Liên đoàn Lao động huyện", "3. Sở Văn hóa, Thể thao và Du lịch chủ trì, ...", "d) Đề
    nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh"), added to ``found`` with the item's
    tasks and first deadline.

    Role: lead when the units are followed by "chủ trì", else execute; a "cơ quan/bộ phận thường
    trực" in the clause adds lead, and so does a task opening with "Chủ trì" (with those tasks)."""
    children_of: dict[str | None, list[Section]] = {}
    for sec in index.sections:
        children_of.setdefault(sec.parent, []).append(sec)
    unit_items: dict[str, list[str]] = {}  # item id → the units its heading names
    for sec in _implementation_items(text, index):
        line = _heading_text(text, sec)
        clause = _without_item_mark(line)
        units, rest = _leading_units_or_after_preamble(clause, capital=True)
        units, rest = _members_of_class(clause, units, rest)
        members, rest = _class_members_in_brackets(clause, units, rest)
        units = units + _joined_heading_units(clause, units, rest) + members
        units, rest = _class_with_relative(units, rest, bool(text[_heading_end(text, sec):sec.end].strip()))
        if not units:
            units, rest = _person_heading(clause)
        if sec.kind == "bullet" and sec.parent in unit_items:
            # A task bullet under a unit's heading names a part of that unit ("- Ban Thường vụ LĐLĐ
            # huyện xây dựng ..." under "1. Liên đoàn Lao động huyện"), not another unit.
            # (Or the unit itself named shorter: "- Trên cơ sở kế hoạch của huyện, các Công đoàn cơ
            # sở …" under "2. Công đoàn cơ sở trực thuộc LĐLĐ huyện".)
            # An office-holder heading the unit is one of its own ("- Chủ tịch Ủy ban nhân dân các
            # xã, phường trực tiếp chỉ đạo …" under "8. Ủy ban nhân dân các xã, phường").
            parents = [fold(expand(u)) for u in unit_items[sec.parent]]
            units = [u for u in units if _own_body_office(u)
                     or not any(p in fold(expand(u)) or _without_plural(u) in p for p in parents)]
        rest_fold = fold(rest).lstrip(" :,")
        # (Nor the body giving others the task: "1. Bộ Y tế giao Cục Quản lý Khám, chữa bệnh chủ
        # trì …", the department leads, read after "giao" by :func:`_assigned_units`.)
        if not units or rest_fold.startswith(tuple(f"{w} " for w in _assign_words())):
            continue
        unit_items[sec.id] = units
        children = children_of.get(sec.id, [])
        tasks = _item_tasks(text, sec, children, clause, rest_fold)
        deadline = deadlines.within(sec.start, sec.end)
        roles = {"execute"} | _cue_roles(rest_fold) | _later_clause_roles(clause, units[-1])
        standing = _standing_in_brackets(clause[:200])
        if standing:
            # (The body a bracket calls the standing one leads, not the committee: "1. Ban Chỉ đạo
            # … tỉnh (Sở Y tế là cơ quan thường trực)", "(cơ quan thường trực: Sở Nội vụ)".)
            for name in standing:
                found.add(name, "lead", sec.start, sec.end, [], None, sec.id)
        elif _word_patterns().standing_body.search(clause[:200]):
            roles.add("lead")
        for name in units:
            for role in sorted(roles, key=_ROLE_ORDER.index):
                found.add(name, role, sec.start, sec.end, tasks, deadline, sec.id)
            # The roles the unit's tasks give it ("a) Chủ trì, tham mưu ..." lead, "b) Phối hợp
            # với ..." coordinate, "c) Hướng dẫn, đôn đốc, kiểm tra ..." monitor), with those tasks.
            for task_text, task in _task_texts(text, sec, children, tasks):
                if _names_own_subject(task):
                    continue
                for role in sorted(_cue_roles(fold(task_text)) - roles, key=_ROLE_ORDER.index):
                    found.add(name, role, sec.start, sec.end, [task], None, sec.id)


# A bracket in a heading ("(Sở Y tế là cơ quan thường trực)").
_HEADING_BRACKET = regex.compile(r"\(([^()]{3,160})\)")


def _standing_in_brackets(clause: str) -> list[str]:
    """The units a heading's bracket calls its standing body ("(Sở Y tế là cơ quan thường trực)",
    "(cơ quan thường trực: Sở Nội vụ)": standing_bodies), none where no bracket does (nor where it
    names what the heading's unit stands for, "(Cơ quan thường trực Ban Chỉ đạo quốc gia IUU)")."""
    for m in _HEADING_BRACKET.finditer(clause):
        inside = m.group(1)
        standing = _word_patterns().standing_body.search(inside)
        if not standing:
            continue
        # (The unit before "là …" or after a colon; "Cơ quan thường trực Ban Chỉ đạo …" names the
        # body the heading's unit stands for, which leads.)
        before, after = inside[:standing.start()].strip(), inside[standing.end():].strip()
        if before:
            rest = before
        elif after.startswith(":"):
            rest = after.strip(" :")
        else:
            continue
        units, _ = leading_units(" ".join(rest.split()))
        if units:
            return units
    return []


@functools.cache
def _own_body_office_pattern() -> regex.Pattern:
    offices = alternation(_vocab()["own_body_offices"])
    return regex.compile(rf"^(?:{offices})\s+(?=\p{{Lu}})")


def _own_body_office(name: str) -> bool:
    """A unit named by the title of the office-holder heading a body, the body's name capitalised
    after it ("Chủ tịch Ủy ban nhân dân các xã, phường", "Giám đốc Sở Nội vụ": own_body_offices)."""
    return bool(_own_body_office_pattern().match(name))


def _without_plural(name: str) -> str:
    """A unit's folded, expanded name without its opening plural word ("các Công đoàn cơ sở" →
    "công đoàn cơ sở")."""
    first, _, rest = fold(expand(name)).partition(" ")
    return rest if first in _folded_vocab("plural_words") and rest else fold(expand(name))


def _person_heading(clause: str) -> tuple[list[str], str]:
    """A team member's item named as a person, up to the colon before the tasks ("Ông. Hoàng Văn
    Thuân - Trưởng đoàn: Phụ trách chung; …", an inspection team's "Phân công nhiệm vụ"): the
    member as written and the words after the colon; none if the item opens with no honorific."""
    m = _member_patterns().person_heading.match(clause)
    return ([" ".join(m.group("unit").split())], m.group("rest")) if m else ([], clause)


def units_from_task_lines(text: str, index: SectionIndex, deadlines: _Deadlines, found: _Collector) -> None:
    """Phase 1b: items, bullets and articles outside the implementation part whose line opens with
    a body's name and then a verb ("- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì chủ động điều phối
    ...", "Điều 19. UBND cùng cấp duyệt cấp kinh phí …" of a regulation, "- Các Trung tâm y tế
    giám sát tuyến xã ...", "- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân
    ...": a task given in a plan's measures, SPEC §2.1 execute, or the role of the
    cue word it opens with, with those of its further cues). A line whose name is followed by no
    verb, or by one that tells of the past or of a state ("đã", "là", "được", "thuộc":
    task_line_not_verbs), or that names a bare one-word body ("Hội"), names none."""
    impl = {sec.id for sec in _implementation_items(text, index)}
    by_id = {sec.id: sec for sec in index.sections}
    skip_parts = _folded_vocab("task_line_skip_headings")
    skipped: dict[str | None, bool] = {None: False}
    children_of: dict[str | None, list[Section]] = {}
    for sec in index.sections:
        children_of.setdefault(sec.parent, []).append(sec)

    def in_skipped_part(sec_id: str | None) -> bool:
        # Who a plan covers ("II. PHẠM VI, ĐỐI TƯỢNG", "2. Đối tượng thi đua": "Các cơ quan chuyên
        # môn thuộc UBND tỉnh ...") or what was done ("kết quả đạt được"): no tasks given there.
        if sec_id not in skipped:
            sec = by_id[sec_id]  # type: ignore[index]
            title = fold(_heading_text(text, sec))[:120]
            skipped[sec_id] = any(w in title for w in skip_parts) or in_skipped_part(sec.parent)
        return skipped[sec_id]

    heads = {sec.start for sec in index.sections}
    for sec in index.sections:
        if sec.kind in ("section", "item") and sec.id not in impl and not in_skipped_part(sec.id):
            _part_opening_units(text, sec, heads, deadlines, found)
        if sec.kind not in ("item", "bullet", "article") or sec.id in impl or in_skipped_part(sec.parent):
            continue
        line = _heading_text(text, sec)
        if sec.kind == "article" and _carry_out().search(line):
            continue  # a decision's closing article: its list is read whole (_bodies_carrying_out)
        clause = _without_item_mark(line)
        if _word_patterns().scope_opening.match(clause):
            continue
        units, rest = _leading_units_or_after_preamble(clause)
        units = [u for u in units if " " in u.strip()]  # not a bare "Hội" of a letter to one
        named = _opening(clause, rest)
        rest = rest.strip()
        if units and not rest and not impl and sec.kind == "item":
            # A document with no implementation part (a letter: "1. Công an tỉnh, các sở, ban,
            # ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường" over a paragraph of tasks):
            # a numbered heading naming only units is a unit's item, as in that part.
            body = " ".join(text[_heading_end(text, sec):sec.end].split())
            if body:
                roles = {"execute"} | _cue_roles(fold(body))
                for name in units:
                    for role in sorted(roles, key=_ROLE_ORDER.index):
                        found.add(name, role, sec.start, sec.end, [body], deadlines.within(sec.start, sec.end), sec.id)
            continue
        if units and named.rstrip().endswith(":"):
            _unit_heading_tasks(text, sec, units, rest, children_of.get(sec.id, []), deadlines, found)
            continue
        if not units or not rest or rest[:1] in ":;,.(":
            continue
        # (A role's cue opens a task though the tagger may not call it a verb: "chủ trì chủ động".)
        if not _opens_task(rest):
            continue
        rest_fold = fold(rest)
        cue_roles = _cue_roles(rest_fold)
        deadline = deadlines.within(sec.start, sec.end)
        task = " ".join(clause.split())
        for name in units:
            # A line opening with the cue of a role over others' work gives that role ("- Các Trung
            # tâm y tế giám sát tuyến xã": monitor, "Sở Tư pháp tham mưu": lead); another verb,
            # "phối hợp" too ("Các cơ quan Trung ương ... phối hợp giải quyết các thủ tục"), execute.
            roles = cue_roles if _opens_with_cue(rest_fold, ("lead", "monitor")) else {"execute"} | cue_roles
            for role in sorted(roles, key=_ROLE_ORDER.index):
                found.add(name, role, sec.start, sec.end, [task], deadline, sec.id)


@functools.cache
def _aim_headings() -> frozenset[str]:
    """The words of a heading over a part of aims (targets.json target_headings)."""
    return frozenset(fold(w) for w in load_json("targets.json")["target_headings"])


def _part_opening_units(text: str, sec: Section, heads: set[int], deadlines: _Deadlines,
                        found: _Collector) -> None:
    """Paragraphs of a part outside the implementation part (before its first item) that name
    bodies and give them work: the part's opening line over the measures listed below it ("III.
    NHIỆM VỤ, GIẢI PHÁP\nCác bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
    theo chức năng, nhiệm vụ được giao tập trung thực hiện các nhiệm vụ, giải pháp sau:", as a
    Government programme opens its measures), and any sentence whose bodies are followed by what
    their work rests on ("Các bộ, ngành căn cứ chức năng, nhiệm vụ được giao chủ động …":
    duty_bases) or follow an opening phrase ("Trong năm 2022, các bộ, ngành; các cấp chính quyền
    địa phương … hoàn thành …": sentence_preambles). The bodies execute. Another opening line
    without a colon tells of a situation or an aim as often as of a task, and a part of aims gives
    none ("II. CHỈ TIÊU ĐẾN NĂM 2030\nNgành Y tế phấn đấu cùng toàn tỉnh hoàn thành các chỉ
    tiêu:": target_headings)."""
    if any(w in fold(_heading_text(text, sec)) for w in _aim_headings()):
        return
    first = True
    for ls, _le, line in lines_of(text, sec.heading_end, sec.end):
        if not line.strip():
            continue
        if ls in heads:
            return  # (the part's first item: its lines are its own)
        line = line.strip()
        opening, first = first, False
        if not line[:1].isupper():
            continue
        units, rest = _leading_units_or_after_preamble(line)
        if not (opening and line.endswith(":") or _after_preamble(line) is not None
                or fold(rest.strip()).replace(" ,", ",").startswith(_duty_bases())):
            continue
        units = [u for u in units if " " in u.strip()]
        roles = _sentence_task_roles(units, rest)
        end = ls + len(line)
        for name in units:
            for role in sorted(roles, key=_ROLE_ORDER.index):
                found.add(name, role, ls, end, [line], deadlines.within(ls, end), sec.id)


def _past_vague_tail(rest: str) -> str:
    """The words after the rest of a vague class closing a list of units, no task: "… và các cơ
    quan, tổ chức liên quan hoàn thành …", its "các cơ quan" read and dropped as vague, leaves ",
    tổ chức liên quan hoàn thành …"; ``rest`` itself where none."""
    related = _word("related_word")
    if rest.lstrip().startswith(",") and related in fold(rest)[:60]:
        return rest[fold(rest).find(related) + len(related):]
    return rest


def _units_over_semicolons(clause: str) -> tuple[list[str], str]:
    """The units opening a clause where classes of bodies are listed with ";" between them ("các
    bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế, tổng công ty của Nhà nước …
    hoàn thành …", b01), a name in lower case being cued: the parts naming units only, then the
    first part naming units and words after them, which are the rest (with the parts after it)."""
    parts = clause.split(";")
    units: list[str] = []
    for k, part in enumerate(parts):
        named, rest = leading_units(part.strip(), cued=True)
        if not named:
            # (A vague class closing the list before the task, read and dropped: "UBND các huyện,
            # thị xã, thành phố; các sở, ngành, đơn vị, địa phương liên quan tiếp tục khẩn trương
            # rà soát …": the task is the units' before it.)
            if units and rest.strip() and rest.strip() != part.strip():
                return units, ";".join([rest, *parts[k + 1:]])
            break
        units += named
        if not rest.strip():
            continue
        return units, ";".join([_past_vague_tail(rest), *parts[k + 1:]])
    return leading_units(clause, cued=True)


@functools.cache
def _duty_bases() -> tuple[str, ...]:
    """What a body's work rests on, after its name (duty_bases, folded)."""
    return tuple(_folded_vocab("duty_bases"))


def _opens_with_verb(tagged: tuple[tuple[str, str], ...], folded: str) -> bool:
    """Whether a clause (its tags, its folded words) opens with a verb: the tagger's, or one of
    task_verbs it may call a noun or an adjective there ("hoàn thiện", "khẩn trương", "đôn đốc")."""
    return bool(tagged) and tagged[0][1] == "V" or folded.startswith(_task_verbs())


@functools.cache
def _task_verbs() -> tuple[str, ...]:
    return tuple(w + " " for w in _folded_vocab("task_verbs"))


def _opens_task(task: str) -> bool:
    """Whether a task's words open with a verb, a role's cue or a duty ("Xây dựng …", "Chủ trì
    …", "Có trách nhiệm …"), not with a count or a noun ("01 đại diện", "Kinh phí …")."""
    first = _tagged(" ".join(task.split()[:6]))
    folded = fold(task)
    # (A letter's closing formula tells whom it is sent to, no task of its sender: "Văn phòng Chính
    # phủ xin thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện".)
    if folded.startswith(tuple(_folded_vocab("notifying_formulas"))):
        return False
    if not first or _opens_with_not_verb(first[0][0], _folded_vocab("task_line_not_verbs")):
        return _opens_with_duty(folded)
    return _opens_with_verb(first, folded + " ") or _opens_with_cue(folded) or _opens_with_duty(folded)


def _sentence_task(task: str) -> bool:
    """A task written as a sentence of a few words opening with a capital and naming no unit first
    ("Bảo vệ chủ quyền không gian mạng.": the tagger may call its verb a noun), not a count, a
    person or a list of bodies ("01 đại diện", "Đồng chí …", "Cục An ninh mạng, …", a recipient
    list's "- Các Ủy ban:\n+ Quốc phòng, An ninh và Đối ngoại của Quốc hội;": words in capitals)."""
    words = task.split()
    if len(words) < 4 or not words[0][:1].isupper() or not words[0][:1].isalpha() \
            or sum(w[:1].isupper() for w in words[1:8]) > 1:  # (names: "Quốc phòng, An ninh và Đối ngoại")
        return False
    first = _tagged(" ".join(words[:6]))
    return bool(first) and first[0][1] not in ("Np", "Nu", "M") and not leading_units(task)[0] \
        and not _person_heading(task)[0]


def _unit_heading_tasks(text: str, sec: Section, units: list[str], after: str, children: list[Section],
                        deadlines: _Deadlines, found: _Collector) -> None:
    """An item or bullet of a plan's measures (outside its implementation part) naming units and
    then a colon, over its tasks ("- Bộ Công an:\n+ Xây dựng cơ sở dữ liệu …\n+ Bảo đảm …", "a)
    Bộ Tài chính: chủ trì sửa đổi …"), as central programmes give each ministry its tasks under
    each measure: the units execute, with the roles their tasks' cues give; nothing where the words
    after the colon (or the first sub-item) open with no verb ("- Sở Y tế: 01 đại diện")."""
    if after:
        tasks = [" ".join(after.split())]
    else:
        tasks = [" ".join(text[sub.start:sub.heading_end].split()).lstrip("-+• ") for sub in children]
    if not tasks or not any(_opens_task(t) or _sentence_task(t) for t in tasks):
        return
    roles = {"execute"}
    for task in tasks:
        if not _names_own_subject(task):
            roles |= _cue_roles(fold(task))
    deadline = deadlines.within(sec.start, sec.end)
    for name in units:
        for role in sorted(roles, key=_ROLE_ORDER.index):
            found.add(name, role, sec.start, sec.end, tasks, deadline, sec.id)


def units_from_paragraphs(text: str, index: SectionIndex, deadlines: _Deadlines, found: _Collector) -> None:
    """Phase 1c: the implementation part's paragraphs (lines of no item mark) opening a sentence
    with a body's name and a verb ("Văn phòng UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực
    hiện Kế hoạch này.", "Sở Tài chính và Sở Nội vụ hướng dẫn …", "Giám đốc Sở Y tế chịu trách
    nhiệm …"): a task given as in :func:`units_from_task_lines`, with the same roles. A line opens
    a sentence after a heading, a blank line or a line ending in ".", ";" or ":" (else it is a
    wrap: "… phối hợp với\nSở Y tế triển khai")."""
    secs = index.sections
    parts = [sec for sec in secs if sec.kind in ("section", "item") and sec.title and _names_implementation(text, sec)]
    heads = {sec.start for sec in secs}
    # The ends of headings that are whole: a section's or item's (a bullet is a task's first line)
    # of a dozen words at most (a longer one is a task wrapped: "2. V01: Chủ trì chuẩn bị nội dung
    # … Phối hợp với Văn phòng\nChính phủ …").
    heading_ends = {sec.heading_end for sec in secs if sec.kind in ("section", "item")
                    and len(text[sec.start:sec.heading_end].split()) <= 12}
    for part in parts:
        if part.parent and any(p.id == part.parent for p in parts):
            continue  # (a part inside another: its lines are read with the outer one's)
        _later_sentence_units(text, part, deadlines, found)
        _paragraph_lines(text, part, heads, heading_ends, deadlines, found)
    # The tasks part ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"): a paragraph opening with a body's name
    # and a verb gives it the task ("Trung tâm Khuyến nông tổ chức 45 lớp tập huấn …"), read as in
    # the implementation part; its lines of words alone are the tasks' headings, no units'.
    tasks = [sec for sec in secs if sec.kind in ("section", "item") and sec.title and sec not in parts
             and _names_task_part(sec) and not any(p.start <= sec.start < p.end for p in parts)]
    for part in tasks:
        if part.parent and any(p.id == part.parent for p in tasks):
            continue
        # (And a later sentence opening with a body and a verb: "… ưu tiên bố trí quỹ đất cho dự án
        # chế biến phục vụ xuất khẩu. Ban Quản lý các khu công nghiệp tỉnh phối hợp với Sở Tài chính
        # thu hút các dự án …".)
        _later_sentence_units(text, part, deadlines, found)
        _paragraph_lines(text, part, heads, heading_ends, deadlines, found, unit_headings=False)


@functools.cache
def _task_part_heading() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(fold(w) for w in _vocab()['task_part_headings'])})")


def _names_task_part(sec: Section) -> bool:
    """Whether a section's heading names the tasks part ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    ``task_part_headings``), in its first words."""
    return bool(sec.title and _task_part_heading().match(fold(sec.title).strip()))


def _paragraph_lines(text: str, part: Section, heads: set[int], heading_ends: set[int], deadlines: _Deadlines,
                     found: _Collector, unit_headings: bool = True) -> None:
    """The paragraphs of one part (:func:`units_from_paragraphs`); ``unit_headings``: whether a
    line naming units alone heads their tasks (an implementation part's, not a tasks part's)."""
    for ls, le, line in lines_of(text, part.heading_end, part.end):
        if ls in heads or not (line[:1].isupper() or _DASH_NUMBER.match(line)):
            continue
        before = text[max(0, ls - 3):ls - 1].rstrip(" \t")
        # (The line before is a whole heading: "4. Trung tâm Chuyển đổi số Thành phố\n\n…", not
        # a task item's first line wrapped: "- Thực hiện …; tham mưu\nUBND Thành phố xây dựng".)
        prev = text.rfind("\n", 0, ls - 1) + 1
        after_heading = prev in heads and ls - 1 in heading_ends \
            and (text[prev:ls].isupper() or not _NAME_WRAP.match(text, ls - 1))  # ("b) … với Sở\nKhoa học")
        if not (before.endswith((".", ";", ":", "\n")) or not before or after_heading
                or _lost_heading(text, prev, ls)):
            continue
        if unit_headings and _unit_over_paragraph(text, ls, le, part.end, heads, deadlines, found):
            continue
        units, rest = _leading_units_or_after_preamble(line, capital=True)
        units = [u for u in units if " " in u.strip()]
        rest = rest.strip()
        if unit_headings and units and not rest and line.rstrip().endswith(":"):
            _unit_over_bullets(text, ls, part.end, units, deadlines, found)
            continue
        roles = _sentence_task_roles(units, rest)
        if roles:
            roles |= _later_sentences_roles(line)
        # (Bodies before a ";" and more after it, the verb after the last: "Giám đốc các Sở: Y tế,
        # …, Xây dựng; Chủ tịch UBND cấp xã chịu trách nhiệm …" gives all of them the task.)
        if units and not roles and rest.startswith(";"):
            more, rest = _leading_units_or_after_preamble(rest[1:].strip())
            roles = _sentence_task_roles(more, rest.strip()) if more else set()
            units += [u for u in more if " " in u.strip()]
        if not roles:
            continue
        end = ls + len(line)
        for name in units:
            for role in sorted(roles, key=_ROLE_ORDER.index):
                found.add(name, role, ls, end, [" ".join(line.split())], deadlines.within(ls, end))


# The most words of a line of words alone heading the paragraphs under it, its number lost ("Phát
# triển sản xuất, nâng cao thu nhập\nTrung tâm Khuyến nông tổ chức …").
_LOST_HEADING_WORDS = 10
_NUMBERED_HEADING_WORDS = 20


def _lost_heading(text: str, prev: int, ls: int) -> bool:
    """Whether the line from ``prev`` to the line at ``ls`` is a heading whose number a Word
    document's text lost: a few words opening in capitals, no mark of a clause's end after them,
    no name going on over the line's end (a line wrapped in a sentence: "… phối hợp với\nSở Y tế
    triển khai", "… giao Sở\nKhoa học")."""
    line = text[prev:ls].strip()
    # (A heading numbered "1- " as Party committees number them, which the sections do not read as
    # an item, is one too, the number telling it from a sentence: "1- Tăng cường lãnh đạo, chỉ đạo
    # của cấp ủy các cấp\nCấp ủy cơ sở xây dựng …".)
    numbered = _DASH_NUMBER.match(line)
    limit = _NUMBERED_HEADING_WORDS if numbered else _LOST_HEADING_WORDS
    line = line[numbered.end():] if numbered else line
    return bool(line) and line[:1].isupper() and len(line.split()) <= limit \
        and not line.endswith((",", "-")) and not _NAME_WRAP.match(text, ls - 1)


@functools.cache
def _modal_opening() -> regex.Pattern:
    return regex.compile(rf"^(?:(?:{alternation(_vocab()['modal_words'])})\s+)+(?=\p{{L}})")


def _sentence_task_roles(units: list[str], rest: str) -> set[str]:
    """The roles of the units opening a sentence of the implementation part whose words after
    them are ``rest``: none unless a verb, a role's cue or a duty's words open it ("Sở Tài chính
    bố trí kinh phí"; not "Sở Y tế đã …", task_line_not_verbs)."""
    rest = _past_vague_tail(rest.strip()).strip()
    if not units or not rest or rest[:1] in ":;,.(":
        return set()
    rest = _until_next_subject(_modal_opening().sub("", rest))  # (the verb after "sẽ", "phải": modal_words)
    if not _opens_task(rest):
        return set()
    rest_fold = fold(rest)
    cue_roles = _cue_roles(rest_fold)
    if _opens_with_cue(rest_fold, ("lead",)):
        cue_roles.discard("coordinate")  # ("X chủ trì, phối hợp với Y": Y coordinates, not X)
        return cue_roles
    # (A sentence opening with a watching cue is a task in the implementation part too: "Các
    # thành viên Ban Chỉ huy tỉnh theo dõi địa bàn được phân công" executes and monitors, as the
    # same words as a numbered item do; annotation README, execute.)
    return {"execute"} | cue_roles


# A full stop closing a sentence before the next's capital (leading_units' rest may print a space
# before it: "… Chính phủ . Vụ …").
_SENTENCE_STOP = regex.compile(r"(?<=[\p{L}\d)])[ \t]?\.[ \t]+(?=\p{Lu})")


def _next_subject_at(text: str) -> int | None:
    """Where the first sentence after the first of ``text`` naming units of its own ends the one
    before it (its full stop), None where none does."""
    for m in _SENTENCE_STOP.finditer(text):
        if leading_units(text[m.end():m.end() + 200])[0]:
            return m.start()
    return None


def _later_sentences_roles(line: str) -> set[str]:
    """The roles of leading or watching (comma_clause_roles) the sentences after a paragraph's
    first give its units, up to one naming units of its own: "UBND các huyện, thị xã, thành phố
    chịu trách nhiệm … . Chỉ đạo, đôn đốc, hướng dẫn UBND cấp xã …" (monitor), the subject left
    out as the press and plans leave it."""
    at = _next_subject_at(line)
    roles: set[str] = set()
    for sentence in _SENTENCE_STOP.split(line[:at] if at is not None else line)[1:]:
        roles |= _cue_roles(fold(sentence)) & set(_vocab()["comma_clause_roles"])
    return roles


def _until_next_subject(rest: str) -> str:
    """The words of a sentence's task up to the next sentence naming units of its own ("Giao các
    Cục: I, II triển khai … . Vụ Kế hoạch - Tài chính thông báo …; theo dõi, đôn đốc …": the watching
    is the Vụ's, read with its own sentence); sentences with no subject of their own go on with the
    task ("… phối hợp đẩy mạnh công tác tuyên truyền … . Tăng cường giám sát …")."""
    at = _next_subject_at(rest)
    return rest[:at] if at is not None else rest


# A sentence or a clause after the first of a line: after ". " or "; " ("Sở Nội vụ chủ trì …; Sở
# Tài chính bố trí kinh phí; các cơ quan báo chí … đẩy mạnh thông tin tuyên truyền.").
_LATER_CLAUSE = r"(?<=[^\s.][.;])[ \t]+(?=\S)"


@functools.cache
def _later_clause() -> regex.Pattern:
    """:data:`_LATER_CLAUSE`, or a capital after the colon of words announcing what follows
    (announcing_colons: "UBND tỉnh … có ý kiến chỉ đạo như sau: Sở Tài nguyên và Môi trường, Sở
    Xây dựng … chuẩn bị …", as the press quotes a letter's instructions)."""
    announcing = alternation(_vocab()["announcing_colons"])
    return regex.compile(rf"{_LATER_CLAUSE}|(?<=(?<!\p{{L}})(?:{announcing})[ \t]*:)[ \t]+(?=\p{{Lu}})")
_CLAUSE_STOP = regex.compile(r"[.;\n]")
_NAMED_BEFORE = 600  # characters before a later clause where its body counts as just named


def _opening(clause: str, rest: str) -> str:
    """The words of ``clause`` before ``rest``, the words :func:`leading_units` leaves after the
    units (which it may print spaced anew around punctuation: "theo dõi , đôn đốc"); the whole
    clause where no rest is left."""
    words = rest.split()
    if not words:
        return clause
    # The clause's characters but spaces, each with its place: the rest's end matches there (a
    # pattern built of the rest's words at each call cost 7 s of the dev split's 18).
    places = [i for i, ch in enumerate(clause) if not ch.isspace()]
    tight, tight_rest = "".join(clause[i] for i in places), "".join(words)
    if not places or not tight.endswith(tight_rest) or len(tight_rest) > len(tight):
        return clause[:max(0, len(clause) - len(rest))]
    return clause[:places[len(tight) - len(tight_rest)]]


def _clause_end(text: str, s: int, hi: int) -> int:
    """Where the clause from ``s`` ends: at its full stop or semicolon, or at a line's end unless
    a name goes on on the next line ("…; Trường THPT chuyên Nguyễn Quang Diêu và Trường THPT
    chuyên\nNguyễn Đình Chiểu phấn đấu …": :func:`_name_goes_on`), not where the next line opens
    with a role's verb ("… Truyền hình Vĩnh Long\nTuyên truyền sâu rộng …": unit_stops) after a
    name whole (not "Sở Tài chính, Ban\nTổ chức Tỉnh ủy …", whose head the line ends with)."""
    pos = s
    while (stop := _CLAUSE_STOP.search(text, pos, hi)) is not None:
        if stop.group() != "\n" or not _name_goes_on(text, stop.start()) \
                or _opens_with_stop(text, stop.end()) and not _ends_with_head(text, stop.start()):
            return stop.start()
        pos = stop.end()
    return hi


def _ends_with_head(text: str, stop: int) -> bool:
    """Whether the line ending at ``stop`` ends with a body's head alone ("…, Ban", "…, Sở",
    "Viện"), its name going on on the next line."""
    words = text[max(0, stop - 30):stop].split()
    return bool(words) and any(fold(" ".join(words[-n:])) in _org_phrases() for n in (1, 2) if len(words) >= n)


@functools.cache
def _proper_name_phrase_ends() -> tuple[str, ...]:
    """The proper_name_phrases as a line's last words (" thpt chuyên")."""
    return tuple(" " + fold(p) for p in _vocab()["proper_name_phrases"])


def _name_goes_on(text: str, stop: int) -> bool:
    """Whether the break at ``stop`` is inside a name: a capitalised name over the break
    (_NAME_WRAP), a name_wrap_phrase broken (:func:`_phrase_wraps`), or a line ending in one of
    the proper_name_phrases ("Trường THPT chuyên") before a capital ("… các trường mầm non\nSở Tài
    chính chủ trì …" is two sentences)."""
    if _NAME_WRAP.match(text, stop) or _phrase_wraps(text, stop):
        return True
    ls = text.rfind("\n", 0, stop) + 1
    return text[stop + 1:stop + 2].isupper() and not _ITEM_MARK.match(text, stop + 1) \
        and (" " + fold(text[max(ls, stop - 40):stop])).rstrip().endswith(_proper_name_phrase_ends())


def _later_sentence_units(text: str, part: Section, deadlines: _Deadlines, found: _Collector) -> None:
    """The units opening a later sentence or ";" clause of a line of the implementation part, a
    task given to them as a paragraph's first sentence gives one ("1. Sở Nội vụ chủ trì hướng dẫn
    triển khai Kế hoạch. Sở Tài chính bố trí kinh phí thực hiện."); a class may open the clause in
    lower case after ";" ("…; các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh đẩy mạnh …")."""
    for m in _later_clause().finditer(text, part.heading_end, part.end):
        # (Not an item's number, "2. Văn phòng Sở …": the line's opening, read by the items' phase.)
        line_start = text.rfind("\n", 0, m.start()) + 1
        mark = _word_patterns().item_number.match(text, line_start, m.end())
        if mark and mark.end() >= m.end():
            continue
        # (Nor after a "sentence" of a word or two, "- Đề xuất. Bộ Công an, Ủy ban nhân dân tỉnh
        # chỉ đạo tháo gỡ …" (b09, OCR): a stray full stop inside one sentence.)
        before = _BULLET.sub("", text[max(line_start, part.heading_end):m.start() - 1].lstrip())
        if len(regex.split(r"[.;]", before)[-1].split()) < 3:
            continue
        # (Nor inside a task's parenthesis, whose parts bracket_part_roles read: "(Sở Khoa học và
        # Công nghệ chủ trì; các sở, ngành phối hợp; hoàn thành năm 2025)".)
        if text.count("(", line_start, m.start()) > text.count(")", line_start, m.start()):
            continue
        s = m.end()
        e = _clause_end(text, s, part.end)
        clause = text[s:e].replace("\n", " ")
        cued = text[m.start() - 1] == ";" and clause.startswith(_word("class_word") + " ")
        if not (clause[:1].isupper() or cued):
            continue
        units, rest = leading_units(clause, cued=cued)
        if not units:  # (past an opening phrase: "… trước ngày 28-10. Riêng UBND huyện Khánh Sơn …")
            units, rest = _leading_units_or_after_preamble(clause, capital=True)
        # Only the units opening the clause, not bodies named after its verb, which a short
        # heading's reading adds ("Văn phòng Sở …, tham mưu Giám đốc Sở báo cáo …").
        opening = _opening(clause, rest)
        units = [u for u in units if " " in u.strip() and u in opening]
        # A clause opening with a body just named goes on with that body's duties, read with its
        # first sentence ("- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh … Ủy ban Mặt trận Tổ quốc tỉnh
        # và các tổ chức thành viên phát huy vai trò …", p022): no new assignment.
        # (Named on the line before the clause only: "**1. Sở Văn hóa, Thể thao và Du lịch, Sở Tài
        # chính**" over "- Sở Văn hóa, Thể thao và Du lịch chủ trì …; Sở Tài chính phối hợp …" splits
        # a task between two bodies the heading names.)
        if units and fold(units[0]) in fold(text[max(part.heading_end, s - _NAMED_BEFORE, line_start):s]):
            continue
        for name in units:
            for role in sorted(_sentence_task_roles(units, rest), key=_ROLE_ORDER.index):
                found.add(name, role, s, e, [" ".join(clause.split())], deadlines.within(s, e))


def _unit_over_bullets(text: str, ls: int, hi: int, units: list[str], deadlines: _Deadlines,
                       found: _Collector) -> None:
    """A line of units alone ending in ":" with no item mark, over the bulleted lines of their
    tasks ("Sở Tài chính:\n- Tham mưu bố trí kinh phí …\n- Hướng dẫn …"), as plans list each
    body's duties under its name: the units execute, with the roles their tasks' cues give (as
    under a numbered heading); nothing where no bulleted line follows."""
    tasks: list[str] = []
    end = ls
    next_line = text.find("\n", ls, hi)
    for _bs, be, bline in lines_of(text, next_line + 1 if next_line >= 0 else hi, hi):
        if not _BULLET.match(bline.lstrip()):
            break
        tasks.append(" ".join(_BULLET.sub("", bline.lstrip()).split()))
        end = be
    if not tasks:
        return
    roles = {"execute"}
    for task in tasks:
        if not _names_own_subject(task):
            roles |= _cue_roles(fold(task))
    for name in units:
        for role in sorted(roles, key=_ROLE_ORDER.index):
            found.add(name, role, ls, end, tasks, deadlines.within(ls, end))


# An item's number the section index reads no item by: a Party document's "1-", "2-" ("1- Ban Tổ
# chức Tỉnh ủy", under "IV- TỔ CHỨC THỰC HIỆN"), a number in brackets ("(3) Thanh tra tỉnh …").
_DASH_NUMBER = regex.compile(r"^\s*(?:\d{1,2}-|\(\d{1,2}\))\s+(?=\p{Lu})")


def _heading_line_units(line: str) -> list[str]:
    """The units of a line naming units only, with no stop at its end, as a heading over a
    paragraph ("Sở Tài chính", "Sở Xây dựng; Sở Công Thương; Sở Y tế", "Đề nghị Ủy ban Mặt trận
    Tổ quốc Việt Nam tỉnh", "1- Ban Tổ chức Tỉnh ủy"); none for any other line."""
    clause = _DASH_NUMBER.sub("", line.strip())
    if not clause[:1].isupper() or clause.endswith((":", ".", ";", ",")) or len(clause.split()) > 25:
        return []
    units, rest = _leading_units_or_after_preamble(clause, capital=True)
    units = units + _joined_heading_units(clause, units, rest)
    if not units or rest.strip() and not _joined_heading_units(clause, units, rest):
        return []
    return [u for u in units if " " in u.strip()]


def _paragraph_task(line: str) -> bool:
    """Whether a line is a paragraph of a unit's tasks: it opens with a capital and a verb, a
    role's cue or a duty ("Chủ trì, phối hợp với …", "Xây dựng kế hoạch …"), or with the unit's
    standing role ("Là cơ quan thường trực Ban Chỉ đạo …", standing_bodies) or a word of
    paragraph_task_openings ("Lãnh đạo, chỉ đạo …"); not with a unit."""
    line = line.strip()
    if not line[:1].isupper() or leading_units(line)[0]:
        return False
    return _opens_task(line) or bool(_word_patterns().standing_body.search(line[:40])) \
        or fold(line).startswith(tuple(w + p for w in _folded_vocab("paragraph_task_openings") for p in (" ", ",")))


def _unit_over_paragraph(text: str, ls: int, le: int, hi: int, heads: set[int], deadlines: _Deadlines,
                         found: _Collector) -> bool:
    """A line of the implementation part naming units only, with no item mark the index reads,
    over the paragraphs of their tasks ("V. TỔ CHỨC THỰC HIỆN\nSở Tài chính\nChủ trì, phối hợp với
    … tham mưu phân bổ vốn …": a Word document's automatic numbering lost in its text; or a Party
    document's "1- Ban Tổ chức Tỉnh ủy"): the units execute, with the roles the paragraphs' cues
    give (as under a numbered heading) and lead where a paragraph calls them the standing body
    ("Là cơ quan thường trực …"). The paragraphs: the lines after it up to a blank line, a heading
    or a line opening with a unit. True where the line is such a heading."""
    units = _heading_line_units(text[ls:le])
    if not units:
        return False
    tasks: list[str] = []
    end = le
    for ps, pe, pline in lines_of(text, min(le + 1, hi), hi):
        if ps in heads or not _paragraph_task(pline):
            break
        tasks.append(" ".join(pline.split()))
        end = pe
    if not tasks:
        return False
    roles = {"execute"}
    for task in tasks:
        if _word_patterns().standing_body.search(task[:200]):
            roles.add("lead")
        for clause in regex.split(r"[.;]\s+", task):
            if not _names_own_subject(clause):
                roles |= _cue_roles(fold(clause))
    for name in units:
        for role in sorted(roles, key=_ROLE_ORDER.index):
            found.add(name, role, ls, end, tasks, deadlines.within(ls, end))
    return True


@functools.cache
def _preamble(capital: bool = False) -> regex.Pattern:
    after = r"\p{L}" if capital else r"\p{Ll}"
    # (Or a word linking the sentence to the one before, "Theo đó, …", "Trong đó: Sở Giáo dục và
    # Đào tạo …", before a capitalised name too: the layout cue "linking".)
    # (Or the word singling out the body right after it, no comma between: "Riêng UBND huyện Khánh
    # Sơn khẩn trương …", singling_openings.)
    # (The phrase may be its words alone: "Hàng tháng, Sở Nội vụ …".)
    return regex.compile(rf"^(?:(?i:{alternation(_vocab()['sentence_preambles'])})(?:\s[^,;.:]{{1,80}})?,\s+(?={after})"
                         rf"|(?:{cue('linking')})[ \t]*[,:]\s+(?=\p{{L}})"
                         rf"|(?:{alternation(_vocab()['singling_openings'])})[ \t]+(?={after}))")


@functools.cache
def _long_preamble() -> regex.Pattern:
    """An opening phrase with commas inside before a capitalised subject ("Căn cứ chức năng,
    nhiệm vụ được giao, Bộ Quốc phòng …", "Hằng năm, trước ngày 10 tháng 12, Ngân hàng Nhà nước …"):
    each comma inside followed by a word in lower case or a figure."""
    openings = alternation(_vocab()["sentence_preambles"])
    return regex.compile(rf"^(?:{openings})\s(?:[^,;.:]|,\s*(?=[\p{{Ll}}\d])){{1,100}}?,\s+(?=\p{{Lu}})")


def _leading_units_or_after_preamble(clause: str, capital: bool = False, depth: int = 0) -> tuple[list[str], str]:
    """The units opening an item's clause or a paragraph, or those after its opening phrase on what
    the task rests on or when it is done ("1. Căn cứ nội dung Kế hoạch này và điều kiện thực tế,
    các sở, ban, ngành, … UBND các xã, phường, đặc khu xây dựng Kế hoạch …"; classes listed with
    ";" there, :func:`_units_over_semicolons`), or after two such phrases ("Theo đó, trước ngày
    10/11/2020, UBND các huyện, thành phố sẽ báo cáo …")."""
    units, rest = leading_units(clause)
    if units:
        return units, rest
    # (Then past an opening phrase with commas inside, before a capitalised subject: "Căn cứ chức
    # năng, nhiệm vụ được giao, Bộ Quốc phòng …", where the short phrase gives none.)
    for opening in (_preamble(capital), _long_preamble() if capital else None):
        m = opening.match(clause) if opening is not None else None
        if m is not None:
            more, more_rest = _units_over_semicolons(clause[m.end():])
            if not more and depth == 0:
                more, more_rest = _leading_units_or_after_preamble(clause[m.end():], True, depth + 1)
            if more:
                return more, more_rest
    return units, rest


def _after_preamble(line: str, capital: bool = False) -> str | None:
    """The words after a sentence's opening phrase on what it rests on ("Trên cơ sở Kế hoạch này,
    các sở, ban, ngành … xây dựng kế hoạch", "Căn cứ nội dung Kế hoạch, UBND …": sentence_preambles)
    where a class in lower case follows (a capitalised name is read as it is), or any name where
    ``capital`` (an item of the implementation part: "1. Căn cứ Kế hoạch này, Ủy ban nhân dân các
    huyện xây dựng …"; elsewhere the preamble's "Căn cứ …, Ủy ban nhân dân tỉnh ban hành" names
    the issuer); None if none."""
    m = _preamble(capital).match(line)
    return line[m.end():] if m else None


def _opens_with_not_verb(word: str, not_verbs: frozenset[str]) -> bool:
    """Whether the tagger's first word after a name is one of task_line_not_verbs, whole ("yêu
    cầu") or by its first syllable ("đã", "là" glued to the next word)."""
    folded = fold(word)
    return folded in not_verbs or folded.split()[0] in not_verbs


def _opens_with_duty(folded: str) -> bool:
    """Whether a (folded) clause opens with a duty's words ("có trách nhiệm", "chịu trách nhiệm":
    duty_verbs), which gives a task though "có" alone tells of a state ("Sở Y tế có 5 phòng")."""
    return folded.startswith(tuple(_folded_vocab("duty_verbs")))


_ROLE_ORDER = ("execute", "lead", "coordinate", "monitor", "report")


def _opens_with_cue(folded: str, roles: tuple[str, ...] = ("lead", "coordinate", "monitor")) -> bool:
    """Whether a (folded) clause opens with a cue word of one of ``roles`` ("chủ trì", "phối hợp")."""
    cues = _vocab()["task_role_cues"]
    return any(folded.startswith(fold(w)) for role in roles for w in cues[role])


# The opening of a unit's task clause before its words, as a pattern's source: a bullet, then an
# item's number or letter ("- ", "a) ", "2. ").
_CLAUSE_OPENING = r"^[\s\-+•]*(?:\(?[\da-zđ]{1,3}[.)]\s*)?"  # ("1.", "a)", "(3)")


@functools.cache
def _role_cue_patterns() -> tuple[tuple[str, regex.Pattern], ...]:
    """Role → the pattern of its cue words (``task_role_cues``) opening a folded clause: after
    at most three words ("a) Chủ trì, tham mưu", "Hướng dẫn, đôn đốc, kiểm tra", "Chủ động phối
    hợp"). Further on, the words are mostly not the unit's own role: "xây dựng quy chế phối hợp
    với lực lượng Công an", "chỉ đạo lực lượng Hải quan ... phối hợp" (15_KH-PCMT)."""
    # (Or after helping a body: "có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn
    # đốc …", 12_KH: the body helped, up to eight words, is not the unit's role; help_words.)
    helped = rf"(?:{alternation([fold(w) for w in _vocab()['help_words']])})\s+(?:\p{{L}}+\s+){{1,8}}?"
    # (Or after what the task rests on: "căn cứ chức năng, nhiệm vụ, quyền hạn được giao, theo
    # dõi, đôn đốc …", b01: duty_bases, then up to a comma.)
    # (The words as the tagger's tokens give them back too: "chức năng , nhiệm vụ".)
    bases = sorted((fold(w) for w in _vocab()["duty_bases"]), key=len, reverse=True)
    bases_alt = "|".join(r"\s*,\s*".join(r"\s+".join(map(regex.escape, p.split())) for p in b.split(","))
                         for b in bases)
    preambles = alternation([fold(w) for w in _vocab()["sentence_preambles"]])
    # (Or no comma after it where its closing words end it: "theo chức năng, nhiệm vụ được giao
    # phối hợp thực hiện"; duty_base_ends.)
    ends = alternation([fold(w) for w in _vocab()["duty_base_ends"]])
    # (Or none at all, the cue right after it: "Theo chức năng, nhiệm vụ tham mưu Ủy ban nhân dân
    # tỉnh bố trí kinh phí".)
    basis = rf"(?:(?:{bases_alt})(?:[^,;.:]{{0,40}},\s*|\s+(?:(?:{ends})\s+)?)|(?:{preambles})\s[^;.:]{{1,100}}?,\s*)?"
    # (The three words may follow adverbs of manner, each with its comma or not: "tích cực, chủ
    # động phối hợp chặt chẽ với …"; manner_words.)
    manner = rf"(?:(?:{alternation([fold(w) for w in _vocab()['manner_words']])})\s*,?\s+)*"
    return tuple((role, regex.compile(
        rf"{_CLAUSE_OPENING}{basis}{manner}(?:(?:[\p{{L}}]+[\s,]+){{0,3}}?|(?:\p{{L}}+\s+){{0,3}}?{helped})"
        rf"(?:{alternation([fold(w) for w in words])})(?!\p{{L}})"))
        for role, words in _vocab()["task_role_cues"].items())


@functools.cache
def _lead_with_others() -> regex.Pattern:
    """A folded clause opening with a cue of leading, then one of coordinating with others named
    ("chủ trì, phối hợp (chặt chẽ) với Y", "… cùng Y", after a bullet or an item's letter;
    ``task_role_cues``, ``coordinate_words``): the unit leads and Y coordinates, the unit no
    coordinator of its own task. Read as both, such clauses gave coordinate pairs the blind
    annotations left out 30 times and kept 7 times (project dev, real2 dev and the probes' dev
    halves). "Chủ trì, phối hợp thực hiện …" names no one to work with: the unit coordinates too."""
    cues = _vocab()["task_role_cues"]
    with_word, along = _vocab()["coordinate_words"]["with"], _vocab()["coordinate_words"]["along"]
    return regex.compile(rf"""
        {_CLAUSE_OPENING}
        (?:{alternation([fold(w) for w in cues["lead"]])})\s*,?\s+   # (the tagger's tokens: "chủ trì , phối hợp")
        (?:{alternation([fold(w) for w in cues["coordinate"]])})
        (?:\s+\p{{L}}+){{0,2}}?\s+(?:{alternation([fold(w) for w in [with_word, *along]])})(?!\p{{L}})
    """, regex.VERBOSE)


# Where a task's clauses end: ".", ";" or a line break (a cue opens a clause, not a task only:
# "... hằng năm. Hướng dẫn, đôn đốc, kiểm tra tiến độ").
_CLAUSE_END = regex.compile(r"[.;\n]+\s*")


def _cue_roles(folded: str) -> set[str]:
    """The roles whose cue words open a clause of a unit's (folded) task: "chủ trì", "tham mưu"
    (lead), "phối hợp" (coordinate), "theo dõi", "đôn đốc", "giám sát" (monitor). "Chủ trì, phối
    hợp với Y" gives lead alone (:func:`_lead_with_others`: Y coordinates); "Phối hợp với Y" and
    "Chủ trì …; phối hợp với Y" in a clause of its own give coordinate."""
    roles = set()
    for clause in _CLAUSE_END.split(folded):
        matched = {role for role, pattern in _role_cue_patterns() if pattern.match(clause)}
        if "lead" in matched and _lead_with_others().match(clause):
            matched.discard("coordinate")
        roles |= matched
        roles |= _comma_clause_roles(clause)
        if "monitor" not in roles and _watching_work(clause):
            roles.add("monitor")
    return roles


@functools.cache
def _opening_watch() -> regex.Pattern:
    """The later cues of watching (``comma_clause_cues``: "kiểm tra") opening a folded clause,
    after a bullet or a number."""
    later = _vocab()["comma_clause_cues"].get("monitor", [])
    return regex.compile(rf"{_CLAUSE_OPENING}(?:{alternation([fold(w) for w in later])})"
                         r"(?!\p{L})")


def _watching_work(clause: str) -> bool:
    """Whether a (folded) clause opens with a later cue of watching over work, as it counts after
    a comma (``_comma_clause_roles``): "Kiểm tra, đánh giá việc thực hiện" (a school's board),
    "kiểm tra việc thực hiện tại các cơ sở giáo dục" (an inspectorate): monitor; "kiểm tra, rà
    soát hồ sơ đất đai" watches no work."""
    m = _opening_watch().match(clause)
    if m is None:
        # (Or after a lead's cue and the bodies it works with: "Chủ trì, phối hợp với Cục Quản lý
        # Khám, chữa bệnh kiểm tra, thanh tra việc thực hiện Quy hoạch", an inspectorate.)
        m = _lead_then_watch().match(clause)
    return bool(m) and bool(_monitor_object().search(" ".join(clause[m.end():].split()[:_MONITOR_OBJECT_WORDS])))


@functools.cache
def _lead_then_watch() -> regex.Pattern:
    """A lead's cue opening a folded clause, then within a dozen words a later cue of watching
    (``comma_clause_cues``: "kiểm tra")."""
    later = _vocab()["comma_clause_cues"].get("monitor", [])
    return regex.compile(rf"{_CLAUSE_OPENING}{regex.escape(_word('lead_word'))}(?:[\s,]+\S+){{0,12}}?[\s,]+"
                         rf"(?:{alternation([fold(w) for w in later])})(?!\p{{L}})")


# A later comma-clause of a task, after the clause's first ("thẩm định dự toán kinh phí …, tham
# mưu Ủy ban nhân dân tỉnh bố trí kinh phí", p028: the unit leads; "chủ trì xây dựng, tổ chức thực
# hiện, theo dõi, đôn đốc thực hiện Kế hoạch", p036: it monitors). Only the roles of
# ``comma_clause_roles`` (lead, monitor): "…, phối hợp với Y" in a later clause gave as many wrong
# coordinate roles as right ones on the dev split (3 and 2). After "và" as after a comma ("lãnh
# đạo, chỉ đạo việc rà soát … và giám sát việc thực hiện", b02).
_COMMA = regex.compile(rf",\s+|\s+{_word('and_word')}\s+")
# The work watched is named within the cue's first words (a list of verbs and its object: "kiểm
# tra, giám sát, đôn đốc triển khai thực hiện"); further on, "việc" is another task's
# ("giám sát hải quan trong hoạt động xuất khẩu, nhập khẩu để kịp thời phát hiện, … ngăn chặn việc").
_MONITOR_OBJECT_WORDS = 10


def _comma_clause_roles(clause: str) -> set[str]:
    """The roles whose cue words open a comma-clause of a (folded) clause after its first, the
    cue right after the comma. A cue of watching counts only over work (``monitor_objects`` in
    the cue's first _MONITOR_OBJECT_WORDS words: "giám sát việc thực hiện Nghị quyết", "kiểm tra,
    giám sát, đôn đốc triển khai thực hiện"; not "giám sát hạ tầng giao thông", "theo dõi, quản
    lý, hỗ trợ người nghiện", "giám sát hải quan trong hoạt động xuất khẩu")."""
    roles: set[str] = set()
    for m in _COMMA.finditer(clause):
        rest = clause[m.end():]
        for role, pattern in _comma_cue_patterns():
            if role in roles or not pattern.match(rest):
                continue
            if role == "monitor" and not _monitor_object().search(" ".join(rest.split()[:_MONITOR_OBJECT_WORDS])):
                continue
            roles.add(role)
    return roles


@functools.cache
def _comma_cue_patterns() -> tuple[tuple[str, regex.Pattern], ...]:
    """Role → its cue words (``task_role_cues``) opening a folded comma-clause, for the roles of
    ``comma_clause_roles``."""
    cues = _vocab()["task_role_cues"]
    later = _vocab()["comma_clause_cues"]  # ("…, kiểm tra việc thực hiện": watching over work only)
    return tuple((role, regex.compile(rf"(?:{alternation([fold(w) for w in cues[role] + later.get(role, [])])})"
                                      r"(?!\p{L})"))
                 for role in _vocab()["comma_clause_roles"])


@functools.cache
def _monitor_object() -> regex.Pattern:
    """The words telling that what is watched is work (``monitor_objects``: "việc", "thực hiện")."""
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation([fold(w) for w in _vocab()['monitor_objects']])})(?!\p{{L}})")


def _names_own_subject(task: str) -> bool:
    """Whether a task opens with its own units ("Giao Văn phòng tham mưu ...", "Sở Y tế tham mưu
    ..." under "Các sở, ban, ngành"): its roles are theirs, not those of the heading's unit."""
    clause = _without_item_mark(task)
    return bool(_word_patterns().own_subject.match(clause)) or bool(leading_units(clause)[0])


def _task_texts(text: str, sec: Section, children: list[Section], tasks: list[str]):
    """(the whole text of each task of a unit's item, the task as listed): a sub-item's text runs
    to its end (its heading may be wrapped: "a) Chủ trì tham mưu Chủ tịch\nUBND tỉnh ..."); an
    item without sub-items is one task, its body."""
    if children:
        for sub in children:
            yield text[sub.start:sub.end], " ".join(text[sub.start:sub.heading_end].split()).lstrip("-+• ")
    else:
        body = " ".join(text[_heading_end(text, sec):sec.end].split())
        if body:
            yield body, body


# 2. Sentences, one function per pattern, each over text[lo:hi].

_UNIT_IN_BRACKETS = regex.compile(r"[ \t]*\(([^()\n]{3,80})\)")


_SEMICOLON_ON = regex.compile(r"[ \t]*;[ \t]*")


@functools.cache
def _requester_tail() -> regex.Pattern:
    """What may stand between a requesting body and its request's word: the body's abbreviation in
    brackets ("Sở Giáo dục và Đào tạo (GDĐT) yêu cầu …"), then the press's words of time or manner
    (requester_tails: "Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa yêu cầu …", the head's name read
    with the body)."""
    tails = alternation(_vocab()["requester_tails"])
    return regex.compile(rf"\s*(?:\([^()\n]{{1,20}}\)\s*)?(?:(?:{tails})(?!\p{{L}})\s*)*")


@functools.cache
def _requesting_document() -> regex.Pattern:
    """A clause's words before a request's word that name a document or a body's bare head as
    the requester (requesting_documents), "này" or its number after it, then requester_tails
    ("văn bản", "công điện số 12/CĐ-TTg", "bộ cũng"); folded."""
    documents = alternation(_folded_vocab("requesting_documents"))
    tails = alternation(_folded_vocab("requester_tails"))
    return regex.compile(rf"(?:{documents})(?:\s+(?:này|số\s+\S+))?(?:\s+(?:{tails}))*")


@functools.cache
def _request_words() -> frozenset[str]:
    """The request's words of assign_cues ("đề nghị", "yêu cầu"), folded."""
    return frozenset(fold(w) for w in _vocab()["assign_cues"]["request"])


def _assignment_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where the units given a task by "Giao X", "Đề nghị X", "Yêu cầu X" begin, and by a
    request's word after the requesting body opening its clause ("Chủ tịch Ủy ban nhân dân tỉnh
    đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, … triển khai thực hiện", "Ủy ban nhân dân
    tỉnh yêu cầu: Ban Dân tộc chủ trì …", as letters and plans of a People's Committee word their
    requests); the requester itself is given nothing."""
    starts = [lo + m.end() for m in _word_patterns().assign.finditer(text[lo:hi])]
    for m in _word_patterns().request_after_body.finditer(text, lo, hi):
        cs = _clause_start(text, lo, m.start())
        # (After a word linking the sentence to the one before too: "Theo đó, UBND tỉnh yêu cầu …".)
        requester, rest = _leading_units_or_after_preamble(text[cs:m.start()], capital=True)
        # (Or after the last comma of a purpose too long for the preambles' patterns: "Để khắc phục
        # …, hướng dẫn của Trung ương, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, …".)
        if not requester and (comma := text.rfind(",", cs, m.start())) >= 0:
            requester, rest = leading_units(text[comma + 1:m.start()])
        # (Or after the difficulties of the closing formula, no comma before the request: "Quá
        # trình thực hiện nếu có khó khăn, vướng mắc đề nghị Công an các đơn vị, địa phương báo cáo
        # lãnh đạo Bộ …", b08; request_after_words.)
        after_trouble = fold(text[cs:m.start()]).rstrip().endswith(tuple(_folded_vocab("request_after_words")))
        # (Or a document as the requester, the press quoting it: "Văn bản yêu cầu Giám đốc Sở Y tế
        # chỉ đạo …", "Bộ cũng yêu cầu Tổng cục Thủy lợi …"; a request's word, no directing one.)
        by_document = bool(_requesting_document().fullmatch(fold(_BULLET.sub("", text[cs:m.start()].strip())))
                           and fold(m.group()) in _request_words())
        # (Its abbreviation in brackets after it too, "Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng
        # GDĐT, …", or the press's "vừa", "đã có văn bản": _requester_tail.)
        if (requester and _requester_tail().fullmatch(rest) or after_trouble or by_document) \
                and m.end() not in starts:
            starts.append(m.end())
    return sorted(starts)


def _assigned_units(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"Giao X chủ trì ..." or "Giao X là cơ quan thường trực" (X lead); "Giao X <task>" (X
    execute)."""
    for s in _assignment_starts(text, lo, hi):
        # (After "giao" or a request's word a class may open in lower case with its class word, "…
        # và giao các trường đại học, viện nghiên cứu trực thuộc triển khai …" (p037), "UBND tỉnh
        # yêu cầu các sở, ban ngành, UBND các huyện …"; not "giao ban ít nhất 01 lần/tháng", a
        # meeting's name.)
        lower_class = text.startswith(_word("class_word") + " ", s) or _opens_lower_case_body(text[s:s + 40])
        names, end = _units_at(text, s, hi, cued=lower_class)
        # The list goes on over ";" where a unit opens the next part ("Chủ tịch UBND tỉnh yêu cầu
        # Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; các cơ quan Trung ương đóng trên địa
        # bàn tỉnh và Chủ tịch UBND các huyện tập trung …": each kind of body its own part).
        while names:
            semi = _SEMICOLON_ON.match(text, end, hi)
            more, more_end = _units_at(text, semi.end(), hi, cued=True) if semi else ([], end)
            if not more:
                break
            names, end = names + more, more_end
        # A unit of the body in brackets after it ("Giao Văn phòng Ủy ban nhân dân tỉnh (Trung tâm
        # Phục vụ hành chính công tỉnh) tham mưu …"): given the task too, the cue read after it.
        inner = _UNIT_IN_BRACKETS.match(text, end, hi) if names else None
        # (Not the body's own abbreviation, its capitals the initials of its name: "Giao Sở Khoa học
        # và Công nghệ (KH&CN) chủ trì", "(Sở NN&MT)".)
        if inner and not spells(inner.group(1).strip(), names[-1]):
            more, rest = leading_units(inner.group(1))
            if more and not rest.strip():
                names, end = names + more, inner.end()
        _add_assigned(text, names, s, end, end, found)
        if names:
            for more, more_end in _parallel_subjects(text, end, hi):
                _add_assigned(text, more, s, more_end, more_end, found)


# A clause's end for the parallel subjects of a request: a sentence's or a clause's mark, or a line's end.
_REQUEST_CLAUSE_END = regex.compile(r"[.;:!?\n]")


def _parallel_subjects(text: str, end: int, hi: int) -> list[tuple[list[str], int]]:
    """The units after a comma in the clause of "Đề nghị X <verb> …" or "Giao X <verb> …" that are
    told the same verb ("Đề nghị Công an tỉnh cử 01 cán bộ Phòng Cảnh sát kinh tế, Bảo hiểm xã hội
    tỉnh cử 01 cán bộ phối hợp …": Bảo hiểm xã hội tỉnh is asked too), and where each ends; the
    verb repeated tells a subject of its own from one more name of a list ("phối hợp với Sở Y tế,
    Sở Tài chính")."""
    stop = _REQUEST_CLAUSE_END.search(text, end, hi)
    clause = text[end:stop.start() if stop else hi]
    verb = clause.split()[:1]
    if not verb or not verb[0][:1].islower():
        return []
    out = []
    for m in regex.finditer(r",[ \t]+(?=\p{Lu})", clause):
        at = clause.find(f" {verb[0]} ", m.end())
        more, rest = leading_units(clause[m.end():at]) if at > 0 else ([], "")
        if more and not rest.strip():
            out.append((more, end + at))
    return out


_ASSIGNED_LIST_OPENING = regex.compile(r"^:\s*(?:[-+•*]\s*|[a-zđ\d]{1,2}[.)]\s+)?")


def _add_assigned(text: str, names: list[str], s: int, end: int, task_at: int, found: _Collector) -> None:
    """The units given the task opening at ``task_at``: lead where it opens with "chủ trì" or a
    lead phrase, else execute; lead and monitor too where its cues say so."""
    # (Past a colon and the first item's bullet or label: "UBND tỉnh giao Sở Công Thương:\n- Chủ
    # trì, phối hợp với …", the task's first words.)
    after = _ASSIGNED_LIST_OPENING.sub("", fold(text[task_at:task_at + 80]).lstrip(" ,"), count=1)[:60]
    lead = after.startswith(_word("lead_word")) or after.startswith(_folded_lead_after()) \
        or after.startswith(tuple(_folded_vocab("assigned_lead_openings")))
    # A task of watching others' work ("Đề nghị Thường trực HĐND tỉnh giám sát …", "Giao Văn
    # phòng UBND tỉnh theo dõi, đôn đốc …") makes the units monitor too.
    cued = _cue_roles(after.split(";")[0])
    # (And a task of advising the body above, "Giao Văn phòng … tham mưu Ủy ban nhân dân tỉnh
    # …", SPEC §2.1 lead, besides execute.)
    # (A task opening with coordinating with a partner makes them coordinate too, as a clause
    # opening with "Giao" does: "Thủ tướng giao Bộ Kế hoạch và Đầu tư, Bộ Tài chính phối hợp với Bộ
    # Y tế bố trí kinh phí …"; "… phối hợp thực hiện", no partner, is their task.)
    coordinating = bool(_coordinating_with().match(after))
    for name in names:
        found.add(name, "lead" if lead else "execute", s, end)
        for role in ("lead", "monitor"):
            if role in cued:
                found.add(name, role, s, end)
        if coordinating:
            found.add(name, "coordinate", s, end)


@functools.cache
def _coordinating_with() -> regex.Pattern:
    """The coordinating verb and its partner's word opening a task, folded ("phối hợp với", "phối
    hợp chặt chẽ với", "phối hợp cùng")."""
    words = _vocab()["coordinate_words"]
    partner = alternation(fold(w) for w in [words["with"], *words["along"]])
    firmly = fold(_vocab()["lead_then_coordinate"]["firmly"])
    return regex.compile(rf"{fold(words['verb'])}\s+(?:{firmly}\s+)?(?:{partner})\s")


@functools.cache
def _passive_assign() -> regex.Pattern:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(_vocab()['passive_assign_cues'])})\s+", regex.I)


def _units_given_a_task(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"X được giao (nhiệm vụ) <task>", the passive of "Giao X <task>" ("Sở Nội vụ được giao chủ
    trì tổ chức kiểm tra …": lead; "Vụ Kế hoạch - Tài chính được giao nhiệm vụ thường xuyên theo
    dõi, đôn đốc …": execute and monitor): the units opening the clause, and nothing else before
    the cue (not "các nhiệm vụ được giao", the tasks, nor "… đã được giao", a review), not a
    class of bodies."""
    for m in _passive_assign().finditer(text, lo, hi):
        cs = _clause_start(text, lo, m.start())
        # (Past a word linking the sentence to the one before: "Theo đó, Sở Nông nghiệp và Phát
        # triển nông thôn được giao là cơ quan chủ trì …".)
        names, rest = _leading_units_or_after_preamble(text[cs:m.start()], capital=True)
        # (A class before it is mostly a relative clause, "Các cơ quan, đơn vị, địa phương được
        # giao nhiệm vụ phải tích cực …" (d02): those given tasks elsewhere; a named body's is the
        # assignment itself.)
        if names and not rest.strip() and fold(names[0].split()[0]) not in _folded_vocab("plural_words"):
            _add_assigned(text, names, cs, m.start(), m.end(), found)
        elif _a_class_alone(text[cs:m.start()]):
            # (Unless the sentence lists its members after "gồm:": "Các cơ quan được giao chủ trì
            # theo dõi ở các nội dung …, gồm: Văn phòng UBND tỉnh, Sở Tài chính, Sở Tư pháp", 02_KH's
            # note; class_member_cues. The members are given the task.)
            line_end = _line_end(text, m.end(), hi)
            members = _class_members_cue().search(text, m.end(), line_end if line_end >= 0 else hi)
            if members:
                more, end = _units_at(text, members.end(), hi)
                _add_assigned(text, more, members.end(), end, m.end(), found)


def _a_class_alone(clause: str) -> bool:
    """Whether a clause's opening is a class of bodies alone, a generic one too ("Các cơ quan")."""
    words = fold(regex.sub(r"^[\s\-+•\d.)]*", "", clause)).replace(",", " ").split()
    return 1 < len(words) <= 6 and words[0] in _folded_vocab("plural_words") and _starts_org(" ".join(words))


@functools.cache
def _class_members_cue() -> regex.Pattern:
    """", gồm:" before the members of a class named earlier in the sentence (class_member_cues)."""
    return regex.compile(rf",?[ \t]*(?<!\p{{L}})(?:{alternation(_vocab()['class_member_cues'])})[ \t]*:[ \t]*")


def _units_before_lead_phrases(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"X là bộ phận thường trực" and the other ``lead_after`` phrases: the units opening the
    clause before the phrase lead."""
    for m in _lead_after().finditer(text[lo:hi]):
        s = lo + m.start()
        clause_start = _clause_start(text, lo, s)
        names, _ = leading_units(text[clause_start:s])
        for name in names:
            found.add(name, "lead", clause_start, s)


@functools.cache
def _lead_word() -> regex.Pattern:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation([_vocab()['lead_word']])})(?!\p{{L}})", regex.I)


# Where a clause holding a unit before "chủ trì" may open: after "(", ",", ";", ". " or a line
# break, or after the word of a passive ("Hội nghị do Thủ tướng Chính phủ chủ trì": agent_words).
@functools.cache
def _lead_clause_opening() -> regex.Pattern:
    agent = alternation(_vocab()["agent_words"])
    return regex.compile(rf"[(,;]\s*|\.\s+|\n|(?<!\S)(?:{agent})\s+", regex.I)


def _units_before_lead_word(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"X chủ trì" in running text (SPEC §2.1 lead), where the units end right before the word:
    "(Bộ Công an chủ trì; hoàn thành trong năm 2025)", "…, Bộ Công an chủ trì, phối hợp với Bộ Tư
    pháp thực hiện" (a programme's task and its lead in one sentence). The clause is tried from its
    widest opening to the nearest, so "Bộ Tài chính, Bộ Nội vụ chủ trì" gives both."""
    for m in _lead_word().finditer(text, lo, hi):
        s = m.start()
        # The word leads a task where a stop or a verb follows it ("chủ trì;", "chủ trì, phối hợp",
        # "chủ trì xây dựng"); before a noun it describes the units ("các Bộ, cơ quan trung ương
        # chủ trì dự án, tiểu dự án": those that lead a project, in a list of report receivers).
        after = text[m.end():m.end() + 40].lstrip(" \t")
        if after and after[0].isalpha():
            tagged = _tagged(after.split("\n", 1)[0])
            if not tagged or tagged[0][1] != "V":
                continue
        line_start = max(lo, text.rfind("\n", lo, s) + 1)
        found_openings = list(_lead_clause_opening().finditer(text, line_start, s))
        openings = [line_start] + [o.end() for o in found_openings]
        # (A parenthesis opened on the line before and wrapped: "(Trường Cao đẳng\nBình Sơn chủ
        # trì; …)": its units open after the bracket.)
        wrapped = text.rfind("(", max(lo, line_start - 120), line_start)
        if wrapped >= 0 and ")" not in text[wrapped:s] and text.count("\n", wrapped, line_start) == 1:
            openings.insert(0, wrapped + 1)
        # After a passive's word the units lead only where the clause ends with the word ("Hội
        # nghị do Thủ tướng Chính phủ chủ trì."); "các dự án do Bộ Công an chủ trì theo …" only
        # describes the projects.
        agent_starts = {o.end() for o in found_openings if o.group().strip()[:1].isalpha()}
        clause_ends = not after or not after[0].isalnum()
        for start in openings:
            if s - start > 220 or start in agent_starts and not clause_ends:
                continue
            names, rest = leading_units(text[start:s])
            if names and not rest.strip():
                for name in names:
                    found.add(name, "lead", start, s)
                break


def _coordinating_units(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"phối hợp (chặt chẽ) với Y": Y coordinates, a named class of bodies too ("các sở, ban,
    ngành", SPEC §2.1; a vague one is dropped), its name may open in lower case ("lực lượng quân
    đội")."""
    for m in _word_patterns().coordinate.finditer(text[lo:hi]):
        s = lo + m.end()
        # (Working together told of as done: "Năm 2024, Sở Giáo dục và Đào tạo đã phối hợp với Đoàn
        # Thanh niên tổ chức …", a section reviewing the past.)
        if _told_as_past(text, lo, lo + m.start()) or _in_cited_subject(text, lo, lo + m.start()) \
                or _issuing_together(text, lo + m.start(), hi, found.index):
            continue
        # (Its list may open after a colon and hold names apart by semicolons, which names with
        # commas need: "phối hợp với: Sở Xây dựng; Sở Giáo dục và Đào tạo; Báo và Phát thanh,
        # Truyền hình tỉnh tổ chức …"; each member right after the one before.)
        names, end = _units_at(text, s, hi, cued=True)
        while names and (more := _NEXT_LISTED.match(text, end, hi)):
            listed, listed_end = _units_at(text, more.end(), hi, cued=True)
            if not listed:
                break
            names, end = [*names, *listed], listed_end
        for name in names:
            found.add(name, "coordinate", s, end)


def _units_after_lead_before_coordinate(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"X chủ trì, Y phối hợp …" and "X chủ trì, cùng Y …": after a lead's word and its comma or
    semicolon, the units right before the coordinate word (not before "phối hợp với": its units
    follow it) or after "cùng" coordinate (lead_then_coordinate: "Sở Công Thương chủ trì, Sở Tài
    chính phối hợp thẩm định đề án")."""
    pats = _lead_then_coordinate()
    for m in _lead_word().finditer(text, lo, hi):
        listed = pats.listed.match(text, m.end(), hi)
        if listed is None:
            continue
        start = listed.end()
        clause_end = _REQUEST_CLAUSE_END.search(text, start, hi)
        end = clause_end.start() if clause_end else hi
        if listed.group("together"):
            names, _ = _units_at(text, start, end, cued=True)
        else:
            coord = pats.coordinate.search(text, start, end)
            if coord is None or pats.with_after.match(text, coord.end()):
                continue
            names, rest = leading_units(text[start:coord.start()])
            names = names if not rest.strip() else []
        for name in names:
            found.add(name, "coordinate", start, end)


@functools.cache
def _lead_then_coordinate() -> SimpleNamespace:
    v = _vocab()["lead_then_coordinate"]
    plural = alternation(_vocab()["plural_words"])
    return SimpleNamespace(
        # A lead word's comma or semicolon, "cùng" where it follows, a capital or a plural word next.
        listed=regex.compile(rf"[ \t]*[,;][ \t]*(?P<together>{regex.escape(v['together_word'])}[ \t]+(?=\p{{Lu}}))?"
                             rf"(?=\p{{Lu}}|(?:{plural})[ \t])"),
        coordinate=regex.compile(rf"(?<!\p{{L}}){regex.escape(v['coordinate_word'])}(?!\p{{L}})"),
        # "với" after the coordinate word, "chặt chẽ" maybe between: its units follow it.
        with_after=regex.compile(rf"[ \t]+(?:{regex.escape(v['firmly'])}[ \t]+)?{regex.escape(v['with_word'])}"
                                 r"(?!\p{L})"))


# A semicolon before the next member of a list of units ("phối hợp với Sở Xây dựng; Sở …").
_NEXT_LISTED = regex.compile(r"[ \t]*;[ \t]*(?=\p{Lu})")


def _executor_lines(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"Chủ thể thực hiện: X; Y" (or "Đơn vị/Cơ quan thực hiện:"): each listed name executes, taken
    as written (no tagging)."""
    for m in _word_patterns().executor_line.finditer(text[lo:hi]):
        s = lo + m.end()
        line_end = text.find("\n", s, hi)
        line_end = hi if line_end < 0 else line_end
        for part in _LIST_SEPARATOR.split(text[s:line_end].rstrip(". ")):
            if part.strip():
                found.add(part.strip(), "execute", s, line_end)


# The next line opening with a capital, no item mark before it (a field's units wrapped there).
_WRAPPED_FIELD = regex.compile(r"\n[ \t]*(?=\p{Lu})")


@functools.cache
def _role_label() -> regex.Pattern:
    """An inline field naming a role's units: its label (role_labels) opening a line, an item or a
    part after ";", "(" or ". ", and a colon ("- Cơ quan chủ trì: Sở Công Thương", "(Đơn vị chủ
    trì: Công an tỉnh; đơn vị phối hợp: Sở Tư pháp; thời gian: năm 2026)")."""
    labels = _vocab()["role_labels"]
    groups = "|".join(rf"(?P<{role}>{alternation(_as_printed(words))})" for role, words in labels.items())
    # (A cue of watching after the label names the same units' monitoring: "Cơ quan chủ trì theo
    # dõi: Văn phòng UBND tỉnh", a report's field over each lagging index, 06_BC: lead, monitor.)
    watch = alternation(_vocab()["task_role_cues"]["monitor"])
    # (Words in lower case after a comma may go on with the label: "Cơ quan tham mưu, giúp việc
    # chuyên trách: Sở Nông nghiệp và Phát triển nông thôn".)
    return regex.compile(rf"(?:^|(?<=[\n;(][ \t]*)|(?<=\.[ \t]+)|(?<=^[ \t]*[-+•][ \t]*))"
                         rf"(?:{groups})(?P<watch>[ \t]+(?:{watch}))?(?:,[ \t]+\p{{Ll}}+(?:[ \t]+\p{{Ll}}+){{0,5}})?"
                         rf"[ \t]*:[ \t]*", regex.M)


def _labelled_units(text: str, lo: int, hi: int, found: _Collector) -> None:
    """The units of inline role fields (:func:`_role_label`): those named after the label, up to
    the field's end (")", ". ", the line's end, or a ";" before another field), in the label's
    role. The field is a list: its units may be separated by ";" ("Cơ quan phối hợp: Văn phòng
    UBND thành phố; Sở Nội vụ; …") and invited ("Mời Ban Tổ chức Thành ủy tham gia, Trường Chính
    trị": label_invites). A label with nothing after it on its line gives its role to the units
    opening the sub-items under it ("- Cơ quan chủ trì:\n+ Sở Nội vụ thực hiện …")."""
    for m in _role_label().finditer(text, lo, hi):
        role = "lead" if m.group("lead") else "coordinate"
        roles = (role, "monitor") if m.group("watch") else (role,)
        # (The field's list goes on over a break inside a name, _line_end: "…, Liên đoàn Lao động
        # tỉnh, Tỉnh\nĐoàn, Hội Liên hiệp Phụ nữ tỉnh." of a PDF's text layer.)
        line_end = _line_end(text, m.end(), hi)
        line_end = hi if line_end < 0 else line_end
        pos = m.end()
        if not text[m.end():line_end].strip():
            nxt = _WRAPPED_FIELD.match(text, line_end, hi)
            if nxt is None:
                for r in roles:
                    _sub_item_units(text, line_end, hi, r, found)
                continue
            # (The field's units wrapped onto the next line, no item mark before them: "Cơ quan
            # chủ trì theo dõi:\nSở Khoa học và Công nghệ." of a PDF's text layer.)
            pos = nxt.end()
            line_end = text.find("\n", pos, hi)
            line_end = hi if line_end < 0 else line_end
        while pos < line_end:
            invite = _label_invite().match(text, pos, line_end)
            s = invite.end() if invite else pos
            names, end = _units_at(text, s, line_end, cued=True)
            for name in names:
                for r in roles:
                    found.add(name, r, s, end)
            more = _label_list_joint().match(text, end, line_end) if names else None
            if more is None:
                break
            pos = more.end()


@functools.cache
def _label_invite() -> regex.Pattern:
    """The word inviting a body to a field's list ("Mời"), before its name."""
    return regex.compile(rf"[ \t]*(?:{alternation(_as_printed(_vocab()['label_invites']['open']))})[ \t]+")


@functools.cache
def _label_list_joint() -> regex.Pattern:
    """What joins two units of a field's list: ";" or "," (after an invite's closing verb, "…
    tham gia, Trường Chính trị"), a unit following (a capital or the class word)."""
    close = alternation(_vocab()["label_invites"]["close"])
    return regex.compile(rf"[ \t]*(?:{close})?[ \t]*[;,][ \t]*(?=\p{{Lu}}|{regex.escape(_word('class_word'))}\s"
                         rf"|(?:{alternation(_as_printed(_vocab()['label_invites']['open']))})\s)")


def _sub_item_units(text: str, pos: int, hi: int, role: str, found: _Collector) -> None:
    """The units opening the "+" items right under ``pos`` (a field's label alone on its line), in
    ``role``."""
    for line in regex.finditer(r"\n[ \t]*\+[ \t]*([^\n]*)", text[:hi], pos=pos):
        if line.start() != pos:
            break
        names, end = _units_at(text, line.start(1), hi)
        for name in names:
            found.add(name, role, line.start(1), end)
        pos = line.end()


@functools.cache
def _lower_report_head() -> regex.Pattern:
    """A report head (report_heads) in lower case before a capitalised name ("lãnh đạo Bộ")."""
    heads = alternation([h[:1].lower() + h[1:] for h in _vocab()["report_heads"]])
    return regex.compile(rf"(?:{heads})[ \t]+(?=\p{{Lu}})")


def _report_receivers(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"báo cáo (kết quả ... về) X": X receives reports; X may also be an office-holder
    ("báo cáo Chủ tịch UBND tỉnh")."""
    report_nouns = _report_nouns()
    # (Overlapped: a match reaching over a second verb to a later "về" must not hide that verb's
    # own receivers, "báo cáo Bộ X để tổng hợp, báo cáo Chính phủ … và kiến nghị về …".)
    for m in _word_patterns().report_to.finditer(text[lo:hi], overlapped=True):
        s = lo + m.end()
        if m.group("between") and _names_a_body(m.group("between")):
            # "báo cáo Chính phủ, Thủ tướng Chính phủ và kiến nghị về …": the receivers come
            # before the "về", which belongs to the words after them.
            s = lo + m.start("between") + len(m.group("between")) - len(m.group("between").lstrip())
        if report_nouns.search(text[max(lo, lo + m.start() - 30):lo + m.start()]):
            continue  # "hệ thống thông tin báo cáo Chính phủ": a name, not a report to send
        # (An office-holder may be printed in lower case before its body's capitalised name:
        # "báo cáo lãnh đạo Bộ", "báo cáo lãnh đạo Trường xem xét", b08, b10.)
        names, end = _units_at(text, s, hi, heads=_vocab()["report_heads"],
                               cued=bool(_lower_report_head().match(text, s, hi)))
        for name in names:
            found.add(_committee_reported_to(_before_plural_object(name)), "report", s, end)
        # The body reports go through, in a parenthesis after the receiver ("báo cáo … về UBND
        # tỉnh (qua Sở Nội vụ)"): it receives them too (the annotations of p026, b09 list both).
        via = _report_via().match(text, end, hi) if names else None
        if via:
            more, more_end = _units_at(text, via.end(), hi, heads=_vocab()["report_heads"])
            for name in more:
                found.add(name, "report", via.end(), more_end)
            # (And the receivers joined after the parenthesis: "gửi về Ban Chỉ đạo quốc gia … (qua
            # Văn phòng thường trực Ban Chỉ đạo) và UBND tỉnh".)
            joined = _after_via().match(text, more_end, hi) if more else None
            if joined:
                after, after_end = _units_at(text, joined.end(), hi, heads=_vocab()["report_heads"])
                for name in after:
                    found.add(_committee_reported_to(name), "report", joined.end(), after_end)


def _committee_reported_to(name: str) -> str:
    """A committee reports are sent to, without a matter after "về", which is as often what is
    reported, where the head names its level: "báo cáo Ban Chỉ đạo Trung ương về phát triển khoa
    học, công nghệ …" → "Ban Chỉ đạo Trung ương" (the same name heading its own item keeps its
    matter)."""
    m = regex.search(rf"(?i)\s+{regex.escape(_vocab()['committee_areas']['about'])}\s", name)
    head = _committee_head(name[:m.start()]) if m else None
    # (Only where the head names its level: "Ban Chỉ đạo về … tỉnh An Giang" is named by its matter.)
    return name[:m.start()] if head is not None and fold(name[:m.start()]) != head else name


def _before_plural_object(name: str) -> str:
    """A receiver's name up to a plural word that opens what is reported, no body's name nor a
    place ("báo cáo Ban Giám hiệu các khó khăn, vướng mắc" → "Ban Giám hiệu"; not "UBND các xã",
    "Trưởng các tổ dân phố": a place word, a name's phrase; nor what a name's body is over, in
    capitals, a zone or closed by its place: "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành
    phố", "Ban Quản lý các khu công nghệ cao và khu công nghiệp")."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if fold(words[k]) not in _folded_vocab("plural_words"):
            continue
        after = " ".join(words[k:k + 4])
        nxt = fold(words[k + 1].strip(","))
        phrases = _folded_vocab("name_phrases")
        if _starts_org(after) or nxt in _place_words() or words[k + 1][:1].isupper() or nxt == "khu" \
                or any(fold(w.strip(",")) in _place_words() for w in words[k + 2:]) \
                or any(fold(" ".join(words[k + 1:])).startswith(p) for p in phrases):
            continue
        return " ".join(words[:k])
    return name


def _names_a_body(words: str) -> bool:
    """Whether a capitalised word among ``words`` opens a body's name ("Chính phủ", "UBND")."""
    return any(_starts_org(" ".join(words[m.start():].split()[:4]))
               for m in regex.finditer(r"(?<!\S)\p{Lu}", words))


@functools.cache
def _after_via() -> regex.Pattern:
    """The close of the parenthesis naming the body reports go through, then a comma or the
    and-word."""
    return regex.compile(rf"\s*\)\s*(?:,|{regex.escape(_word('and_word'))})\s+", regex.I)


@functools.cache
def _report_via() -> regex.Pattern:
    return regex.compile(rf"\s*\(\s*(?:{alternation(_vocab()['report_to_words']['via'])})\s+", regex.I)


@functools.cache
def _carry_out() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_vocab()['carry_out_phrases'])})", regex.I)


@functools.cache
def _carry_out_tail() -> regex.Pattern:
    """The words after the bodies told to carry a decision out that name the document they are
    listed in, to the list's end (carry_out_tails)."""
    return regex.compile(rf"\s+(?:{alternation(_vocab()['carry_out_tails'])})(?!\p{{L}}).*$", regex.S)


def _split_listed_units(listed: str) -> list[str]:
    """"Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Thủ
    trưởng các sở, ban, ngành Thành phố, ..." → the names, split where a unit's words follow."""
    parts, start = [], 0
    # (Not inside a name holding "và", name_phrases: "Chánh Văn phòng Đoàn đại biểu Quốc hội và
    # Hội đồng nhân dân tỉnh", one office since 2025.)
    whole = [(p.start(), p.end()) for p in _name_phrases_with_and().finditer(listed)]
    for m in _word_patterns().list_join.finditer(listed):
        if any(a < m.start() and m.end() < b for a, b in whole):
            continue
        following = listed[m.end():].split()[:4]
        if following and (following[0][:1].isupper() or following[0] == _word("class_word")) \
                and _starts_org(" ".join(following[:3])) or _member_office_over_body(following):
            parts.append(listed[start:m.start()])
            start = m.end()
    parts.append(listed[start:])
    return _joined_offices([p.strip() for p in parts if p.strip()])


@functools.cache
def _name_phrases_with_and() -> regex.Pattern:
    """The name_phrases holding the and-word ("Hội đồng nhân dân và Ủy ban nhân dân"), any case."""
    phrases = [p for p in _vocab()["name_phrases"] if f" {_word('and_word')} " in fold(p)]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(phrases)})(?!\p{{L}})")


def _member_office_over_body(words: list[str]) -> bool:
    """Whether the words open the members of a named body ("thành viên Ban Chỉ đạo …":
    member_offices, then a capitalised body)."""
    for office in _folded_vocab("member_offices"):
        n = len(office.split())
        if len(words) > n and fold(" ".join(words[:n])) == office and words[n][:1].isupper() \
                and _starts_org(" ".join(words[n:n + 3])):
            return True
    return False


_FULL_STOP = regex.compile(r"\.(?=\s)")


def _bodies_carrying_out(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"Chánh Văn phòng …, Giám đốc các Sở, … chịu trách nhiệm thi hành Quyết định này" (the
    closing article of a decision; SPEC §2.1): each office-holder or body listed before the
    phrase executes; the vague ones ("các đơn vị có liên quan") are dropped."""
    for m in _carry_out().finditer(text, lo, hi):
        # The list runs from the article's or sentence's start, over line breaks ("Điều 3. Chánh\n
        # Văn phòng ..."): after the last ";", ". " or blank line, at most 800 characters back.
        back = max(lo, m.start() - 800)
        # (A sentence ends at a full stop before a space or a line break: "… hướng dẫn thi hành
        # Quyết định này.\nCác Bộ trưởng, … chịu trách nhiệm thi hành …".)
        full_stop = max((fs.start() for fs in _FULL_STOP.finditer(text, back, m.start())), default=back - 2)
        stop = max(full_stop + 1, text.rfind("\n\n", back, m.start()) + 1, back - 1) + 1
        start = max(text.rfind(";", back, m.start()) + 1, stop)
        # The holders of a list of several kinds, one kind after another between ";" ("Thủ trưởng
        # các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng
        # đầu … chịu trách nhiệm …"): back over each ";" whose part opens with a unit.
        # (Over one part naming no unit the rules know, where the part before it names one: an
        # office-holder of a title no vocabulary has, inside the list.)
        while start > stop:
            prev = max(text.rfind(";", stop, start - 1) + 1, stop)
            part = _last_line_naming_unit(text[prev:start - 1])
            if part is None and prev > stop:
                before = max(text.rfind(";", stop, prev - 1) + 1, stop)
                if _last_line_naming_unit(text[before:prev - 1]) == text[before:prev - 1]:
                    part = text[prev:start - 1]
            if part is None:
                break
            start = start - 1 - len(part)
        for part in text[start:m.start()].split(";"):
            listed = _word_patterns().article_opening.sub("", part)
            listed = _carry_out_tail().sub("", _carry_out_honorific().sub("", " ".join(listed.split()), count=1))
            for name in _known_bodies_rejoined(_shared_head_units(listed)):
                # (Without a vague mention joined to the last by "và": "Chủ tịch Ủy ban nhân dân các
                # tỉnh, thành phố trực thuộc Trung ương và cá nhân, tổ chức liên quan".)
                name = _without_vague_partner(name)
                # (Not a class of kinds with its members after a colon, "Giám đốc các Sở, ngành: Y
                # tế, Tài chính, …": its members are the units, read by leading_units.)
                if _is_named_unit(name) and ":" not in name:
                    found.add(name, "execute", start, m.end())



@functools.cache
def _carry_out_honorific() -> regex.Pattern:
    """The honorific opening a decision's list of those carrying it out ("Các ông (bà) Chánh văn
    phòng UBND tỉnh, …": carry_out_honorifics), no part of the first name."""
    return regex.compile(rf"^(?:{alternation(_vocab()['carry_out_honorifics'])})\s*:?\s*", regex.I)


@functools.cache
def _shared_head() -> regex.Pattern:
    """An office's title before a colon and the bodies whose holders it names ("Giám đốc: Sở
    Nông nghiệp …, Sở Tài chính": shared_heads)."""
    heads = alternation(_as_printed(_vocab()["shared_heads"]))
    return regex.compile(rf"(?<!\p{{L}})(?P<head>{heads})\s*:\s*(?=\p{{Lu}})")


@functools.cache
def _shared_head_of_class() -> regex.Pattern:
    """An office's title before a class of one kind of body and a colon ("Giám đốc các Sở: Xây
    dựng, Tài chính, Nội vụ"): the title is each member's holder's."""
    heads = alternation(_as_printed(_vocab()["shared_heads"]))
    plural = alternation(_as_printed(_vocab()["plural_words"]))
    return regex.compile(rf"(?<!\p{{L}})(?P<head>{heads})\s+(?:{plural})\s+"
                         rf"(?P<kind>\p{{L}}+(?:\s+\p{{L}}+)?)\s*:\s*(?=\p{{Lu}})")


def _head_class_members(k: regex.Match, after: str) -> list[str]:
    """The holders named by "Giám đốc các Sở: A, B, C" ("Giám đốc Sở A", …), then the units listed
    after the members (a member opening a body's own name, "…, Nội vụ, Chủ tịch UBND các huyện",
    ends them)."""
    kind = k.group("kind")[:1].upper() + k.group("kind")[1:]
    # (A kind that names no body's head, "các cơ quan: Bảo hiểm xã hội Việt Nam, …", leaves each
    # member its own name: "Thủ trưởng Bảo hiểm xã hội Việt Nam".)
    generic = fold(kind) in _folded_vocab("appositive_heads")
    if not generic and fold(kind) not in _org_phrases() and fold(kind) not in _folded_vocab("group_heads"):
        return _split_listed_units(k.group() + after)
    parts = _merge_comma_names([p.strip() for p in _MEMBER_COMMA.split(after)])
    out: list[str] = []
    for i, part in enumerate(parts):
        if not generic and _member_opens_own_body(part, kind):
            return out + _shared_head_units(", ".join(parts[i:]))
        if generic and i and not _starts_org(part):
            break
        out.append(f"{k.group('head')} {part}" if generic else f"{k.group('head')} {kind} {part}")
    return out


def _shared_head_units(listed: str) -> list[str]:
    """The names of a carrying-out list (:func:`_split_listed_units`), an office's title printed
    once before a colon given to each body after it of the same kind ("Giám đốc: Sở A, Sở B, Chủ
    tịch UBND các huyện" → "Giám đốc Sở A", "Giám đốc Sở B", "Chủ tịch UBND các huyện")."""
    k = _shared_head_of_class().search(listed)
    if k:
        before = listed[:k.start()].strip(" ,;")
        return (_split_listed_units(before) if before else []) + _head_class_members(k, listed[k.end():])
    m = _shared_head().search(listed)
    if not m:
        return _split_listed_units(listed)
    head = m.group("head")
    names = _split_listed_units(listed[:m.start()] + head + " " + listed[m.end():])
    kind = listed[m.end():].split()[0]
    out, sharing = [], False
    for name in names:
        if sharing and name.split()[0] == kind:
            name = f"{head} {name}"
        elif name.endswith(f"{head} {kind}") or f"{head} {kind} " in name:
            sharing = True
            if not name.startswith(head):  # glued to the name before it: "Chánh văn phòng UBND tỉnh, Giám đốc Sở A"
                before, _, own = name.rpartition(f", {head} ")
                out.append(before)
                name = f"{head} {own}"
        else:
            sharing = False
        out.append(name)
    return out


def _last_line_naming_unit(part: str) -> str | None:
    """The end of ``part`` that names a unit: the whole, or its last line (a heading before it:
    "3. Tổ chức thực hiện\n Thủ trưởng các sở, …"); None if neither does."""
    for cand in (part, part.rsplit("\n", 1)[-1]):
        listed = _carry_out_honorific().sub("", _word_patterns().article_opening.sub("", cand).strip(), count=1)
        if _is_named_unit(listed) or _is_named_unit(_split_listed_units(listed)[0] if listed else ""):
            return cand
    return None




@functools.cache
def _direct_cue() -> regex.Pattern:
    """"chỉ đạo" (direct_cues) before the bodies directed, as a verb: not a body's name ("Ban Chỉ
    đạo", "Trưởng Ban Chỉ đạo": "ban" before it), not "chỉ đạo của" (whose direction); "Chỉ đạo"
    opening a task under a unit's heading too ("2. UBND cấp huyện / Chỉ đạo UBND cấp xã rà soát …")."""
    cues = alternation([form for p in _vocab()["direct_cues"] for form in (p, p[:1].upper() + p[1:])])
    return regex.compile(rf"(?<![Bb]an\s+)(?<!\p{{L}})(?:{cues})\s+(?!của\s)(?=\S)")


def _told_as_past(text: str, lo: int, pos: int) -> bool:
    """Whether the clause before ``pos`` tells of the past (a word of ``past_words``: "Năm 2024,
    Sở Giáo dục và Đào tạo đã phối hợp với …"), a review of what was done, no task given."""
    before = fold(text[_clause_start(text, lo, pos):pos])
    return any(regex.search(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", before) for w in _folded_vocab("past_words"))


@functools.cache
def _issuing() -> regex.Pattern:
    """The preamble's "ban hành Kế hoạch" (issue_words and the document's type)."""
    types = alternation(sorted({dt.type for dt in doc_types()}, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(_vocab()['issue_words'])})\s+(?:{types})(?!\p{{L}})", regex.I)


def _issuing_together(text: str, pos: int, hi: int, index: SectionIndex) -> bool:
    """Whether "phối hợp với" at ``pos`` is in the preamble's sentence issuing the plan ("Sở Giáo
    dục và Đào tạo phối hợp với Tỉnh đoàn ban hành Kế hoạch liên tịch … như sau:"): the bodies
    are its co-issuers."""
    if index.at(pos) != "preamble":
        return False
    stop = _CLAUSE_STOP.search(text, pos, hi)
    return bool(_issuing().search(text, pos, stop.start() if stop else hi))


@functools.cache
def _citing_opening() -> regex.Pattern:
    """A clause citing a document: "Thực hiện Chỉ thị", "Căn cứ Kế hoạch" (reference_openings
    and a document's type, doc_types.tsv), after any bullet."""
    types = alternation(sorted({dt.type for dt in doc_types()}, key=len, reverse=True))
    return regex.compile(rf"^[-+•\s]*(?:{alternation(_vocab()['reference_openings'])})\s+(?:{types})(?!\p{{L}})",
                         regex.I)


def _in_cited_subject(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies in a cited document's name, before the comma closing the citation
    ("Thực hiện Chỉ thị số 05/CT-UBND … về tăng cường phối hợp với Bộ Công an, Ủy ban nhân dân
    tỉnh ban hành …": the subject of the Chỉ thị, no task given); after the comma the clause's
    own bodies follow ("Thực hiện Kế hoạch số 30, Sở Nội vụ chủ trì, phối hợp với …")."""
    before = text[_clause_start(text, lo, pos):pos]
    return "," not in before and bool(_citing_opening().match(before))


def _directed_units(text: str, lo: int, hi: int, found: _Collector) -> None:
    """"X chỉ đạo Y <task>" ("Sở Văn hóa, Thể thao và Du lịch … chỉ đạo Báo và Phát thanh, Truyền
    hình Đắk Lắk thường xuyên tuyên truyền …", "Bộ Công an chỉ đạo lực lượng công an các cấp … tăng
    cường kiểm tra"): the bodies directed are told to do the task (SPEC §2.1 execute); their
    name may open in lower case ("các cơ quan truyền thông trên địa bàn tỉnh")."""
    nouns = tuple(fold(w) for w in _vocab()["direct_noun_heads"])
    for m in _direct_cue().finditer(text, lo, hi):
        # (A noun before it makes it one too: "các văn bản chỉ đạo các Sở …", "thông tin chỉ đạo".)
        if fold(text[max(lo, m.start() - 20):m.start()]).rstrip().endswith(nouns):
            continue
        # (Directing told of as done, "… đã kiên trì, phối hợp … chỉ đạo các cấp công đoàn triển
        # khai …": a review of the past, no task given; past_words in the clause before it.)
        if _told_as_past(text, lo, m.start()):
            continue
        names, end = _units_at(text, m.end(), hi, cued=True)
        names, end = _with_singled_out(text, names, end, hi)
        # (The bodies directed to work with others coordinate: "Chỉ đạo lực lượng Hải quan khu vực
        # tỉnh Lâm Đồng phối hợp chặt chẽ với …", in 15_KH, 21_KH and b09 alike; "với" or the
        # others' name after it (coordinate_words), not "chỉ đạo Trung tâm Y tế, Trạm Y tế xã
        # phối hợp thực hiện", their joint work. On the same line, as a heading "… chỉ đạo lực
        # lượng Bộ đội Biên phòng" over "Phối hợp với …" gives its task to each body of the
        # heading, read by the heading's rule.)
        after = text[end:min(hi, end + 60)].split("\n", 1)[0]
        with_others = _word_patterns().coordinate.match(after.lstrip())
        roles: tuple[str, ...] = ("execute", "coordinate") if names and with_others else ("execute",)
        # (Those directed to watch monitor: "chỉ đạo Ban Thanh tra nhân dân, Ban Giám sát đầu tư của
        # cộng đồng giám sát việc bình xét hộ …", a cue of monitor opening their task.)
        if names and _opens_with_cue(fold(after.lstrip()), ("monitor",)):
            roles += ("monitor",)
        # (Those directed to lead lead: "Chỉ đạo Cục Trồng trọt và Bảo vệ thực vật chủ trì đàm phán
        # kỹ thuật …", a cue of lead opening their task.)
        if names and _opens_with_cue(fold(after.lstrip()), ("lead",)):
            roles += ("lead",)
        for name in names:
            for role in roles:
                found.add(name, role, m.end(), end)


@functools.cache
def _singling_out() -> regex.Pattern:
    """", đặc biệt là " / ", nhất là " (singling_out_words) after the bodies directed."""
    return regex.compile(rf"\s*,\s*(?:{alternation(_vocab()['singling_out_words'])})\s+")


def _with_singled_out(text: str, names: list[str], end: int, hi: int) -> tuple[list[str], int]:
    """The bodies directed and those a phrase singles out among them ("chỉ đạo lực lượng công an
    các cấp, đặc biệt là công an cấp xã, tăng cường kiểm tra …", p037): told the task too."""
    m = _singling_out().match(text, end, hi) if names else None
    if not m:
        return names, end
    more, more_end = _units_at(text, m.end(), hi, cued=True)
    return (names + more, more_end) if more else (names, end)


# A task's parenthesis naming its bodies, after its description ("- Xây dựng cơ sở dữ liệu … (Sở
# Thông tin và Truyền thông chủ trì; các sở, ngành phối hợp; hoàn thành năm 2025)").
_TASK_BRACKET = regex.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){5,300})\)")
_BRACKET_PART = regex.compile(r"\s*;\s*")


@functools.cache
def _bracket_part_roles() -> tuple[tuple[str, regex.Pattern], ...]:
    """Each role of bracket_part_roles and the pattern of its words opening a part's rest."""
    return tuple((role, regex.compile(rf"(?:{alternation([fold(w) for w in words])})(?!\p{{L}})"))
                 for role, words in _vocab()["bracket_part_roles"].items())


def _units_in_task_brackets(text: str, lo: int, hi: int, found: _Collector) -> None:
    """The parts of a task's parenthesis that name bodies and their role ("(Sở Khoa học và Công
    nghệ chủ trì; các sở, ngành phối hợp; …)": coordinate; "(Sở Nông nghiệp và Môi trường chủ trì,
    UBND các huyện thực hiện)", "(Sở Y tế, Công an tỉnh thực hiện)": execute). The lead itself is
    :func:`_units_before_lead_word`'s; a part is bodies then its role's words (bracket_part_roles),
    their class may open in lower case."""
    lead_word = _word("lead_word")
    for m in _TASK_BRACKET.finditer(text, lo, hi):
        inner = " ".join(m.group(1).split())  # (a parenthesis wrapped over a line's end)
        parts: list[str] = []
        for part in _BRACKET_PART.split(inner):
            # "X chủ trì, Y thực hiện": the words after the lead's ", " are a part of their own.
            head, sep, tail = part.partition(lead_word + ", ")
            parts += [head, tail] if sep else [part]
        for part in parts:
            cued = part.startswith(_word("class_word") + " ")
            names, rest = leading_units(part, cued=cued)
            key = fold(rest)
            role = next((r for r, pat in _bracket_part_roles() if pat.match(key)), None)
            if role is None:
                continue
            for name in names:
                found.add(name, role, m.start(1), m.end(1))


# A heading's mark: a bullet, a Roman or Arabic number or a letter and its "." or ")" ("IV.", "1.2.", "a)").
_HEADING_MARK = regex.compile(r"^[\s\-+•]*(?:(?:[ivxlc]+|\d+(?:\.\d+)*|\p{Ll})[.)]\s*|\d{1,2}(?:\.\d{1,2})+\s+)?")


def _review_parts(text: str, index: SectionIndex) -> list[tuple[int, int]]:
    """The spans of the parts reviewing the past or the situation, by their heading's opening
    words ("IV. KẾT QUẢ THỰC HIỆN NĂM 2024", "1. Tình hình": review_headings), not where the
    heading covers the tasks ahead too ("… VÀ NHIỆM VỤ NĂM 2025": review_heading_not)."""
    opens, nots = tuple(_folded_vocab("review_headings")), _folded_vocab("review_heading_not")
    out: list[tuple[int, int]] = []
    for sec in index.sections:
        if sec.kind == "preamble" or sec.kind == "closing" or any(a <= sec.start < b for a, b in out):
            continue
        title = _HEADING_MARK.sub("", fold(_heading_text(text, sec)))
        if title.startswith(opens) and not any(w in title for w in nots):
            out.append((sec.start, sec.end))
    return out


def _outside(span: tuple[int, int], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``span`` outside the spans ``cut`` (sorted, not overlapping)."""
    lo, hi = span
    out: list[tuple[int, int]] = []
    for a, b in cut:
        if b <= lo or a >= hi:
            continue
        if a > lo:
            out.append((lo, a))
        lo = max(lo, b)
    if lo < hi:
        out.append((lo, hi))
    return out


def units_from_sentences(text: str, layout: Layout, found: _Collector) -> None:
    """Phase 2: units named by sentences of the body (header to closing), pattern after pattern:
    "Giao X ...", "X là bộ phận thường trực", "phối hợp với Y", "Chủ thể thực hiện: X", then
    "báo cáo ... X", which is looked for up to the footer (or the body's end) instead; and the same
    in the content of a document a decision issues (:meth:`Layout.body_spans`)."""
    reviews = _review_parts(text, found.index)
    spans = [part for span in layout.body_spans() for part in _outside(span, reviews)]
    for lo, hi in spans:  # (the body, and a plan a decision issues: its content)
        _assigned_units(text, lo, hi, found)
        _units_given_a_task(text, lo, hi, found)
        _units_before_lead_phrases(text, lo, hi, found)
        _units_before_lead_word(text, lo, hi, found)
        _coordinating_units(text, lo, hi, found)
        _units_after_lead_before_coordinate(text, lo, hi, found)
        _executor_lines(text, lo, hi, found)
        _labelled_units(text, lo, hi, found)
        _bodies_carrying_out(text, lo, hi, found)
        _directed_units(text, lo, hi, found)
        _units_in_task_brackets(text, lo, hi, found)
    report_hi = layout.footer_start if layout.footer_start is not None else layout.body_end
    for lo, hi in _outside((layout.header_end, report_hi), reviews):
        _report_receivers(text, lo, hi, found)
    if layout.attachment_content_start is not None:
        _report_receivers(text, layout.attachment_content_start, layout.attachment_end, found)


# 3. Task tables.

@functools.cache
def _monitor_headers() -> frozenset[str]:
    """The headers of a monitor column, whole: a task's cell may open with the same words
    ("Giám sát chặt chẽ, thường xuyên tình trạng xả thải …", p037), a header is only them."""
    return frozenset(fold(w) for w in _vocab()["table_columns"]["monitor"])


# A footnote's mark after a header's words ("Cơ quan chủ trì[1]", "Nguồn lực thực hiện(2)").
_FOOTNOTE_MARK = regex.compile(r"\s*[\[(]\d{1,2}[\])]\s*$")
_SLASH_SPACES = regex.compile(r"\s*/\s*")


def _column_roles(folded: list[str], column_role: dict[str, str | None]) -> dict[str, int]:
    """Role → the index of the first of a row's (folded) cells that heads its column.

    "Chủ trì thực hiện" is the lead column although it ends in "thực hiện": the first role whose
    word opens the cell wins, in the order of the data file. ``column_role`` caches each cell's
    role over a document's rows."""
    cols = _table_columns()
    roles: dict[str, int] = {}
    for i, c in enumerate(folded):
        c = _SLASH_SPACES.sub("/", _FOOTNOTE_MARK.sub("", c))  # "Cơ quan chủ trì[1]", "Cơ quan/ đơn vị"
        if c not in column_role:
            column_role[c] = next((role for role, words in cols.items() if words.opens(c)
                                   and (role != "monitor" or c.strip(" .:") in _monitor_headers())), None) \
                or _listed_bodies_role(c)
        cell_role = column_role[c]
        if cell_role is not None:
            roles.setdefault(cell_role, i)
    return roles


@functools.cache
def _column_bodies() -> tuple[regex.Pattern, regex.Pattern]:
    """The kinds of body a role column's header lists before its role's word ("Bộ, ngành chủ trì"),
    and a header of monitor verbs alone ("theo dõi, đánh giá"), folded."""
    v = _vocab()
    bodies = alternation(fold(w) for w in v["table_column_bodies"])
    verbs = alternation(fold(w) for w in v["table_column_monitor_verbs"])
    return (regex.compile(rf"(?:{bodies})(?:\s*[,/]\s*(?:{bodies}))*\s+"),
            regex.compile(rf"(?:{verbs})(?:\s*(?:,|và)\s*(?:{verbs}))*"))


def _listed_bodies_role(folded: str) -> str | None:
    """The role of a column whose header lists the kinds of body before its role's word ("Bộ, ngành
    chủ trì", "Sở, ngành, địa phương phối hợp", "Đơn vị chủ trì, tham mưu", "Cơ quan theo dõi, đánh
    giá"): the role the rest names as a header alone, a comma after its word as a space; None
    where it names none."""
    bodies, monitor_verbs = _column_bodies()
    m = bodies.match(folded)
    rest = folded[m.end():].strip(" .:") if m else folded
    if m and monitor_verbs.fullmatch(rest):
        return "monitor"
    rest = regex.sub(r"\s*,\s*", " ", rest)
    return next((role for role, words in _table_columns().items() if role in ("lead", "coordinate", "execute")
                 and words.opens(rest)), None) if m or rest != folded else None


def _row_deadline(cells: list[str], header_cols: dict[str, int]) -> str | None:
    """The deadline of a table row: the end of the last date in its deadline cell ("Cuối tháng
    4 đến hết tháng 5/2023" → 2023-05)."""
    if "deadline" in header_cols and header_cols["deadline"] < len(cells):
        cell = cells[header_cols["deadline"]]
        ds = find_dates(cell)
        year = _YEAR_CELL.match(cell)
        if not ds and year:
            # A year alone in the cell ("| 2025 |"), which no date rule reads out of a column
            # (a number of four digits in a sentence is as often a count).
            return year.group(1)
        return ds[-1].until or ds[-1].value if ds else None
    return None


_YEAR_CELL = regex.compile(r"^\s*((?:19|20)\d{2})\s*\.?\s*$")


# The units of a cell of a combined column ("Đơn vị chủ trì/phối hợp"): after ";" or "/".
_COMBINED_CELL_SEPARATOR = regex.compile(r"\s*[;/]\s*")
_HEADER_ROLES = ("lead", "execute", "lead_then_coordinate", "monitor")


# A bullet inside a line: a cell's bulleted lines as the readers flatten a table's cell ("- Công
# an tỉnh - Sở Tư pháp"), read so only in a cell that opens with a bullet.
_INLINE_BULLET = regex.compile(r"\s+[-+•]\s+")
# The words after a capitalised head that name its fields in lower case, the last after "và"
# ("Trung tâm Xúc tiến| đầu tư, thương mại và du lịch tỉnh", "Sở Văn hóa|, thể thao và du lịch"):
# the tagger takes a field ("đầu tư") for a verb and ends the name there.
_FIELD_WORDS = r"\p{Ll}+(?:\s+\p{Ll}+)*"


@functools.cache
def _field_list() -> regex.Pattern:
    and_word = regex.escape(_word("and_word"))
    return regex.compile(rf"^\s*,?\s*{_FIELD_WORDS}(?:\s*,\s*{_FIELD_WORDS})*\s+{and_word}\s+{_FIELD_WORDS}$")


@functools.cache
def _class_starts() -> regex.Pattern:
    """A comma before a class of bodies in a unit column's cell ("Các địa phương, các cơ quan có
    nguồn thu …", "Bộ Tài chính, các bộ, ngành liên quan"): the class is a unit of its own."""
    return regex.compile(rf"\s*,\s+(?=(?:{alternation(_vocab()['plural_words'])})\s)", regex.I)


def _bulleted_parts(part: str) -> list[str]:
    """A cell's part cut at its inline bullets ("- Công an tỉnh - Sở Tư pháp") where the part
    opens with one, a piece after a dash that opens no body's name going back to the one before
    ("- Vụ Kế hoạch - Tài chính": one name)."""
    if not _INLINE_BULLET.search(part):
        return [part]
    # (A part opening with no bullet is cut only after a whole unit: a markdown cell's units one a
    # line, "Văn phòng UBND tỉnh<br>- Sở Tài chính", the line break read as a space.)
    # (Nor after a dash between a name's fields, one of them a word that also heads bodies: "Tập
    # đoàn Công nghiệp - Viễn thông Quân đội"; field_heads.)
    bulleted = bool(_BULLET.match(part))
    pieces: list[str] = []
    for m_piece in _INLINE_BULLET.split(_BULLET.sub("", part)):
        if pieces and (not _starts_org(" ".join(m_piece.split()[:4]))
                       or not bulleted and (leading_units(pieces[-1]) != ([pieces[-1]], "")
                                            or _folded_vocab("field_heads").intersection(
                                                fold(" ".join(m_piece.split()[:k])) for k in (1, 2)))):
            pieces[-1] += " - " + m_piece
        else:
            pieces.append(m_piece)
    return pieces


@functools.cache
def _line_goes_on(printed_breaks: bool) -> regex.Pattern:
    """A cell's line ending in a comma, a dash or a connective ("và", "của", "các": glued_connectors,
    plural_words): the name goes on over the break; with a wrap of a page's width (not
    ``printed_breaks``, a cell's own), also a word of wrapped_name_connectors ("về"). No other short
    word in lower case: "Sở Giáo dục và Đào tạo\nỦy ban nhân dân các xã" ends in "tạo", "Sở Y tế"
    in "tế", "… Khoa học pháp lý" in "lý"."""
    v = _vocab()
    words = alternation([*v["glued_connectors"], *v["plural_words"],
                         *([] if printed_breaks else v["wrapped_name_connectors"])])
    return regex.compile(rf"(?:,|-|–|\s(?:{words}))\s*$", regex.I)


def _unit_lines(part: str, printed_breaks: bool = False) -> list[str]:
    """A cell's part cut at its line breaks where each line names a unit ("Bộ Công an\nBộ Khoa
    học và Công nghệ": a cell written one unit a line, with no bullet or ";"): where the line
    before is a whole unit and the next opens another; a line break elsewhere is a wrap ("UBND
    Thành phố Hồ Chí\nMinh", "Sở Văn hóa, Thể thao và\nDu lịch"). Where the breaks are the
    cell's own (``printed_breaks``: a markdown cell's "<br>", no wrap of a page's width), the line
    before need not be a unit the name rules read whole ("Viện Chiến lược và Khoa học pháp
    lý<br>Vụ Các vấn đề chung …")."""
    lines = part.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev, words = " ".join(out[-1].split()), line.split()
        goes_on = _line_goes_on(printed_breaks).search(prev)
        # (After a whole unit a cell's own break opens another where its words spelt out open a
        # body's name: "Bộ KH&ĐT<br>VINASA", "Bộ TT&TT<br>Tổng LĐLĐ Việt Nam"; not "Trung ương
        # Đoàn<br>TNCS Hồ Chí Minh".)
        if words and words[0][:1].isupper() and not goes_on and not _board_over_parent(prev, line) \
                and (_starts_org(" ".join(words[:4])) and (printed_breaks or _whole_units(prev))
                     or printed_breaks and _whole_units(prev) and _starts_org(expand(" ".join(words[:4])))):
            out.append(line)
        else:
            out[-1] += "\n" + line
    return out


def _board_over_parent(prev: str, line: str) -> bool:
    """Whether a cell's line naming a board ("Ban Nội chính", "Ban Văn hóa - Xã hội") goes on with
    the body it belongs to alone on the next (board_parents: "Tỉnh ủy", "Hội đồng nhân dân tỉnh")."""
    words = fold(line).split()
    return fold(prev).startswith(_word("board_head") + " ") and len(words) <= _BOARD_PARENT_WORDS \
        and " ".join(words).startswith(tuple(_folded_vocab("board_parents")))


# The most words of a board's parent alone on a cell's line ("Hội đồng nhân dân thành phố").
_BOARD_PARENT_WORDS = 6


def _whole_units(line: str) -> bool:
    """Whether a cell's line is names of units, whole: one unit, with the body it belongs to in
    brackets or not ("Cục Thống kê (Bộ Tài chính)"), or a list of them with nothing left ("Các sở,
    ngành, UBND xã, phường, đặc khu")."""
    units, rest = leading_units(line)
    # (A class closed by its vague ending is whole too: "Các bộ, cơ quan liên quan" over "Văn
    # phòng Chính phủ", vague_endings.)
    closed = fold(line.rstrip(" ,;.")).endswith(tuple(" " + w for w in _folded_vocab("vague_endings")))
    return bool(units) and (closed or not rest.strip(" ,;.")
                            and (units == [_TRAILING_BRACKET.sub("", line)] or len(units) > 1))


# A bracket ending a cell's line ("Cục Thống kê (Bộ Tài chính)").
_TRAILING_BRACKET = regex.compile(r"\s*\([^()]*\)\s*$")


def _is_field_list(rest: str) -> bool:
    """Whether ``rest``, the words after a unit found at a cell's start, are its fields in lower
    case (:func:`_field_list`): none opens a body's name or a class, none is a verb of a task."""
    if not _field_list().match(rest):
        return False
    pieces = regex.split(rf"\s*,\s*|\s+{_word('and_word')}\s+", rest.strip(" ,"))
    if any(_starts_org(" ".join(p.split()[:4])) or fold(p.split()[0]) in _folded_vocab("plural_words")
           for p in pieces if p):
        return False
    return not _holds_stop(rest)


def _cell_part_units(part: str) -> list[str]:
    """The units of one part of a unit column's cell: a list of bodies, so the first may open in
    lower case ("các bệnh viện tuyến tỉnh"), and a name's fields in lower case after its head
    belong to it (:func:`_is_field_list`). A class of bodies with what singles it out ("Các cơ
    quan, đơn vị trực tiếp sử dụng ngân sách nhà nước"), which the name rules drop as vague, is
    one unit where it is not vague itself (``vague_endings``)."""
    units, _ = leading_units(part, cued=True)
    units = [u for unit in units for u in _distributed_head(unit)]
    if units:
        # The last name cut by the tagger before words it takes for verbs ("Ủy ban" + "quản lý vốn
        # nhà nước tại doanh nghiệp", "Viện Nghiên cứu" + "phát triển Thành phố"): it runs to the
        # part's end, a cell holding no task: the words after it no unit's stop or role's cue, and
        # few unless the name found is a head alone.
        at = part.rfind(units[-1])
        tail = part[at + len(units[-1]):] if at >= 0 else ""
        head_alone = fold(units[-1]) in _org_phrases() or _capitalised_class_head(units[-1])
        tail_words = {fold(w) for w in tail.split()}
        if tail.strip() and not regex.search(r"[,;:()]", tail) and not _holds_role_cue(tail) \
                and len(tail.split()) <= (_CLASS_CELL_WORDS if head_alone else _NAME_TAIL_WORDS) \
                and (head_alone or not _holds_stop(tail) and not tail_words & _joining_words()):
            units[-1] = part[at:].strip()
    if len(units) == 1 and part.startswith(units[0]) and _is_field_list(part[len(units[0]):]):
        return [part]
    units = _names_through_commas(part, units)
    if _class_over_its_kinds(part, units):
        return [part.strip(" .;")]
    if not units and "," in part:
        kinds = _kinds_listed(part)
        if len(kinds) > 1:
            return [u for kind in kinds for u in _cell_part_units(kind)]
    opens_class = fold(part.split(" ", 1)[0]) in _folded_vocab("plural_words") \
        and _starts_org(" ".join(part.split()[:4])) or _group_words().opens(fold(part))
    if not units and opens_class and not is_generic(part) \
            and len(part.split()) <= _CLASS_CELL_WORDS and not _holds_role_cue(part):
        # (Or a kind of body without "các": "Cơ quan quản lý cấp trên của đơn vị sự nghiệp công
        # lập", "đơn vị sự nghiệp công lập trực thuộc UBND tỉnh".)
        return [part]
    return units


def _class_over_its_kinds(part: str, units: list[str]) -> bool:
    """Whether a cell's part, read as ``units``, is one class of bodies over its kinds: "các" and a
    kind, then kinds in lower case after commas, nothing else ("Các bộ, cơ quan ngang bộ, cơ quan
    thuộc Chính phủ"), as "Các sở, ban, ngành" is one unit."""
    if len(units) < 2 or fold(units[0].split()[0]) not in _folded_vocab("plural_words") \
            or ", ".join(units) != " ".join(part.split()).strip(" .;"):
        return False
    # (A kind singled out at length is a unit of its own: "Các bộ, ngành" and "cơ quan thuộc Chính
    # phủ có liên quan".)
    return all(u[:1].islower() and _group_words().opens(fold(u)) and len(u.split()) <= _KIND_IN_CLASS_WORDS
               for u in units[1:])


# The most words of a kind in a class of bodies over its kinds ("cơ quan thuộc Chính phủ").
_KIND_IN_CLASS_WORDS = 5


def _names_through_commas(part: str, units: list[str]) -> list[str]:
    """The units of a cell's part, each name going on past a comma where the piece after it, up to
    the next comma or the part's end, opens in lower case and names no body, no class and no
    role: a department's name with its fields ("Cục Quản lý, giám sát tổ chức tín dụng", "Cục
    Phát thanh, truyền hình và thông tin điện tử", "Vụ Giáo dục Chính trị và Công tác học sinh,
    sinh viên"), which the name rules end at the comma; a cell holds names, no task."""
    out: list[str] = []
    at = 0
    for unit in units:
        start = part.find(unit, at)
        if start < 0:
            out.append(unit)
            continue
        end = start + len(unit)
        while m := _COMMA_PIECE.match(part, end):
            piece = m.group("piece")
            words = piece.split()
            # (A role's cue alone or over another body is the unit's role, no field: "Sở Nội vụ,
            # chủ trì", "…, phối hợp với Sở Tư pháp"; a field may open with one's word: "giám sát
            # tổ chức tín dụng".)
            cue = _holds_role_cue(piece) and (len(words) <= 2 or regex.search(r"\p{Lu}", piece)
                                              or _vocab()["coordinate_words"]["with"] in fold(piece).split())
            if not words[0][:1].islower() or fold(words[0]) in _joining_words() or cue \
                    or _starts_org(" ".join(words[:4])) or len(words) > _COMMA_FIELD_WORDS \
                    or any(piece in u for u in units if u != unit):
                break
            end = m.end()
        out.append(part[start:end].strip() if end > start + len(unit) else unit)
        at = end
    return out


# The most words of a field after a comma in a department's name ("truyền hình và thông tin điện
# tử" of "Cục Phát thanh, truyền hình và thông tin điện tử").
_COMMA_FIELD_WORDS = 8
# A piece of a cell after a comma, up to the next comma, semicolon or the part's end, no figure in it.
_COMMA_PIECE = regex.compile(r",[ \t\n]*(?P<piece>[^,;\d()]+?)[ \t\n]*(?=[,;]|$)")


def _capitalised_class_head(name: str) -> bool:
    """Whether ``name`` is a class of a ministry's units, "các" and a head printed capitalised
    ("Các Vụ", "các Cục"), whose lower-case words after it single them out ("Các Vụ xây dựng pháp
    luật", "các Cục quản lý chuyên ngành") as the words after a head alone do."""
    first, _, kind = name.partition(" ")
    return fold(first) in _folded_vocab("plural_words") and kind[:1].isupper() and fold(kind) in _org_phrases()


_PLACES_AFTER_COMMA = regex.compile(r",\s+")


def _distributed_head(unit: str) -> list[str]:
    """A body's head shared by places after a comma ("UBND thành phố Hà Nội, Thành phố Hồ Chí
    Minh" → "UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh"): the head (a body's opening
    words, before the first place word) goes to each later part that opens with a place word and
    a proper name; else the unit as found."""
    parts = _PLACES_AFTER_COMMA.split(unit)
    words = parts[0].split()
    if len(parts) < 2 or len(words) < 3:
        return [unit]
    places = _place_words()

    def place_len(ws: list[str]) -> int:  # the words of a place word opening ``ws``, 0 if none
        return next((n for n in (2, 1) if len(ws) > n and fold(" ".join(ws[:n])) in places
                     and ws[n][:1].isupper()), 0)

    at = next((k for k in range(1, len(words) - 1) if place_len(words[k:])), None)
    if at is None or not _starts_org(" ".join(words[:at])):
        return [unit]
    if not all(place_len(p.split()) for p in parts[1:]):
        return [unit]
    head = " ".join(words[:at])
    return [parts[0]] + [f"{head} {p}" for p in parts[1:]]


_KIND_WORDS = 5


def _kinds_listed(part: str) -> list[str]:
    """A cell's part cut at its commas before a kind of body, where each piece is a kind with what
    singles it out, _KIND_WORDS syllables or more ("Cơ quan quản lý cấp trên của đơn vị sự nghiệp
    công lập, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh"); a class over its kinds ("Các cơ
    quan, đơn vị, địa phương") stays whole."""
    pieces: list[str] = []
    for piece in regex.split(r",\s+", part):
        if pieces and _group_words().opens(fold(piece)) and len(piece.split()) >= _KIND_WORDS \
                and len(pieces[-1].split()) >= _KIND_WORDS:
            pieces.append(piece)
        elif pieces:
            pieces[-1] += ", " + piece
        else:
            pieces.append(piece)
    return pieces


# A class of bodies in a cell is one unit up to this many words (more is a sentence).
_CLASS_CELL_WORDS = 14


# The words a name found in a cell may run on over (:func:`_cell_part_units`).
_NAME_TAIL_WORDS = 6


@functools.cache
def _joining_words() -> frozenset[str]:
    """"và" and the plural words ("các", "những"): after them another unit follows."""
    return frozenset({_word("and_word"), *_folded_vocab("plural_words")})


def _holds_stop(words: str) -> bool:
    """Whether a word ending a unit's name in running text ("thực hiện", "tổng hợp", "về":
    ``unit_stops``) is among ``words``."""
    folded = f" {fold(words.replace(',', ' '))} "
    return any(f" {stop} " in folded for stop in _folded_vocab("unit_stops"))


def _holds_role_cue(words: str) -> bool:
    """Whether a role's cue word ("chủ trì", "phối hợp", "theo dõi": ``task_role_cues``) is
    among ``words``: they tell a task, not a body."""
    folded = f" {fold(words.replace(',', ' '))} "
    return any(f" {fold(cue)} " in folded for cues in _vocab()["task_role_cues"].values() for cue in cues)


def _cell_role_fields(cell: str) -> list[tuple[tuple[str, ...], str]] | None:
    """A cell of a unit column holding the roles' fields (:func:`_role_label`: "Chủ trì: Sở Xây
    dựng; phối hợp: Sở Tài chính, Ủy ban nhân dân các xã"): each field's roles and words, the words
    before the first label with no role (the column's); None where no label opens a field."""
    labels = list(_role_label().finditer(cell))
    if not labels:
        return None
    fields: list[tuple[tuple[str, ...], str]] = []
    if cell[:labels[0].start()].strip(" \t\n;.-+•"):
        fields.append(((), cell[:labels[0].start()]))
    for m, nxt in zip(labels, [*labels[1:], None]):
        role = "lead" if m.group("lead") else "coordinate"
        words = cell[m.end():nxt.start() if nxt else len(cell)].rstrip(" \t\n;-+•")
        fields.append(((role, "monitor") if m.group("watch") else (role,), words))
    return fields


@functools.cache
def _cue_then_unit() -> regex.Pattern:
    """The comma after a unit's role cue where another unit's name follows in a cell ("Thanh tra
    tỉnh chủ trì, Công an tỉnh phối hợp"): each unit's role is the cue after it."""
    cues = alternation([*_vocab()["task_role_cues"]["lead"], *_vocab()["task_role_cues"]["coordinate"]])
    return regex.compile(rf"(?<=\s(?:{cues}))[ \t]*,[ \t]*(?=\p{{Lu}})")


def _cell_units(cell: str, role: str, parts: regex.Pattern, printed_breaks: bool = False) -> list[tuple[str, str]]:
    """(unit, role) of the units of a task table's cell, split at ``parts``: in a combined column
    ("Đơn vị chủ trì/phối hợp": "Sở Nội vụ/Sở Tư pháp, Văn phòng UBND tỉnh") the first unit leads
    and the others coordinate, as the header's order says; a cell of roles' fields ("Chủ trì: …;
    phối hợp: …", :func:`_cell_role_fields`) gives each field's units its roles. ``printed_breaks``:
    the cell's line breaks are its own (:func:`_unit_lines`)."""
    if (fields := _cell_role_fields(cell)) is not None:
        return [(name, field_role) for roles, words in fields
                for name, column_role in _cell_units(words, role, parts, printed_breaks)
                for field_role in (roles or (column_role,))]
    names: list[tuple[str, str | None]] = []
    for part in (_COMBINED_CELL_SEPARATOR if role == "lead_then_coordinate" else parts).split(cell):
        pieces = (p for b in _bulleted_parts(part.strip()) for ln in _unit_lines(b, printed_breaks)
                  for c in _class_starts().split(ln) for p in _cue_then_unit().split(c))
        for piece in pieces:
            piece = " ".join(_BULLET.sub("", _NOTE_MARK.sub("", piece.strip())).split()).strip(" .")
            names += _piece_units(piece) if piece else []
    # (A sentence's verb of doing, "thực hiện", tells the units do not lead; in another column its
    # role stays: "Sở Tư pháp hướng dẫn" in a "Phối hợp" column coordinates.)
    names = [(name, None if marked == "execute" and role not in ("lead", "lead_then_coordinate") else marked)
             for name, marked in names]
    # (In a column of those who carry out, a unit the cell says leads or coordinates does that
    # alone: "Thanh tra tỉnh chủ trì, Công an tỉnh phối hợp" under "Cơ quan thực hiện".)
    if role == "execute":
        cued = {name for name, marked in names if marked in ("lead", "coordinate")}
        names = [(name, marked) for name, marked in names if marked or name not in cued]
    if role != "lead_then_coordinate":
        return [(name, marked or role) for name, marked in names]
    return [(name, marked or ("lead" if i == 0 else "coordinate")) for i, (name, marked) in enumerate(names)]


# A footnote's mark after a unit's name in a cell ("Bộ Công Thương[3]").
_NOTE_MARK = regex.compile(r"\[\d{1,2}\]")
# A parenthesis in a unit's cell: a role's marker ("Sở Nội vụ (chủ trì); Sở Tài chính (phối
# hợp)") or the unit's office that does the work ("Bộ Công an (Cục An ninh mạng …)").
_CELL_PARENTHESIS = regex.compile(r"\s*\(([^()]{2,160})\)")


def _marker_role(words: str) -> str | None:
    """The role a parenthesis of a cell marks, where it holds only a role's cue ("chủ trì",
    "phối hợp", "theo dõi": ``task_role_cues``)."""
    key = fold(words).strip(" .,;")
    return next((role for role, cues in _vocab()["task_role_cues"].items() if key in map(fold, cues)), None)


def _piece_units(piece: str) -> list[tuple[str, str | None]]:
    """The units of one piece of a cell and the role its parenthesis marks, if any: the units
    outside the parentheses, then those a parenthesis names (an office of the unit before it),
    each as printed (the tagger's tokens put spaces around "&" and "/": "Sở LĐ-TB&XH")."""
    marked: str | None = None
    inner: list[str] = []
    for m in _CELL_PARENTHESIS.finditer(piece):
        inside = m.group(1).strip()
        role = _marker_role(inside)
        if role:
            marked = role
        elif inside[:1].isupper() and _starts_org(" ".join(inside.split()[:4])):
            office = _cell_part_units(inside)
            # One office's name, the whole parenthesis ("Cục An ninh mạng và phòng, chống tội
            # phạm sử dụng công nghệ cao", which the tagger cuts at "phòng").
            if len(office) == 1 and inside.startswith(office[0]) and len(inside.split()) <= _CLASS_CELL_WORDS \
                    and not _holds_role_cue(inside):
                office = [inside]
            inner += office
    bare = _CELL_PARENTHESIS.sub("", piece).strip(" .") if inner or marked else piece
    outer = _cell_part_units(bare)
    roles: list[str | None] = [marked]
    if outer and not marked:
        roles = _sentence_roles(bare, outer[-1])
    return [(_as_printed_in(piece, u), role) for u in outer + inner for role in roles]


def _sentence_roles(part: str, last_unit: str) -> list[str | None]:
    """The roles a cell's part gives its units where it is a sentence, the units followed by its
    verb (None: the column's): with a role's cue among the first words after them, the column's
    and the cue's ("Sở KH&CN thúc đẩy, theo dõi, báo cáo chỉ tiêu" in a "Chủ trì" column: lead and
    monitor); with another verb that ends a unit's name (``unit_stops``), execute alone ("Các sở,
    ngành, UBND cấp xã thực hiện công bố dữ liệu" beside "Sở KH&CN chủ trì hướng dẫn")."""
    at = part.rfind(last_unit)
    rest = fold(part[at + len(last_unit):]).strip(" ,") if at >= 0 else ""
    if not rest:
        return [None]
    cues = _cue_roles(rest)
    if cues:
        return [None, *sorted(cues, key=_ROLE_ORDER.index)]
    first_words = " ".join(rest.split()[:2])
    if any(first_words == stop or first_words.startswith(stop + " ") for stop in _folded_vocab("unit_stops")):
        return ["execute"]
    return [None]


def _as_printed_in(text: str, unit: str) -> str:
    """``unit`` as ``text`` prints it, where the tagger's tokens spaced it ("Sở LĐ-TB & XH" of
    "Sở LĐ-TB&XH", "UBND các tỉnh / thành phố" of "UBND các tỉnh/ thành phố")."""
    if unit in text:
        return unit
    pattern = r"\s*".join(regex.escape(w) for w in unit.split())
    m = regex.search(pattern, text)
    return m.group() if m else unit


class _TableRows(_Collector):
    """The task tables' findings, kept as the calls to :meth:`add` the table phases make, so that
    they are read once: where they lie (``spans``, the rows holding units) is known before the
    phases reading prose run, and the calls are made on the real collector after them
    (:meth:`replay`), in the same order as if the table phases ran there."""

    def __init__(self, index: SectionIndex):
        super().__init__(index)
        self.calls: list[tuple] = []

    def add(self, unit: str, role: str, start: int, end: int, tasks: list[str] | None = None,
            deadline: str | None = None, section: str | None = None) -> None:
        self.calls.append((unit, role, start, end, tasks, deadline, section))

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(dict.fromkeys((start, end) for _, _, start, end, *_ in self.calls))

    def replay(self, found: _Collector) -> None:
        for call in self.calls:
            found.add(*call)


def units_from_tables(text: str, layout: Layout, found: _Collector) -> None:
    """Phase 3: task tables ("Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian", as
    lines with "|" between cells): under a header row with a lead or execute column and at least
    two roles, each row's units in the lead, coordinate and execute cells (";" between units),
    with the row's task and deadline. A line without "|" ends the table."""
    column_role: dict[str, str | None] = {}  # folded cell → the role of the column it heads
    header_cols = None
    just_headed = False
    last_task: str | None = None
    # The header of the table before and its width, and the lines of words since it ended: a
    # table cut by a page break goes on under it ("| 38 | … |", a page's number "17", then "| 39 |
    # … |" read by the converter as the header of a table of its own).
    before: tuple[dict[str, int], int] | None = None
    width = 0
    words_since = 0
    table_lines = [x for s, e in layout.content_spans() for x in lines_of(text, s, e)]
    for ls, le, line in table_lines:
        if "|" not in line:
            if header_cols:
                before, words_since = (header_cols, width), 0
            words_since += bool(line.strip())
            header_cols = None
            continue
        cells = [c.strip() for c in line.split("|")]
        if header_cols is None and before is not None and words_since <= _PAGE_BREAK_LINES \
                and len(cells) == before[1] and _ROW_NUMBER_CELL.fullmatch(cells[1] if len(cells) > 1 else ""):
            header_cols = before[0]
        # (The units' cells with their line breaks: "Bộ XD<br>Bộ TP<br>UBND cấp tỉnh" names three.)
        unit_cells = [c.strip() for c in layout.with_cell_breaks(text, ls, le).split("|")]
        roles = _column_roles([fold(c) for c in cells], column_role)
        if just_headed and header_cols and _second_header_row(cells, roles):
            # A header over two rows ("TT | Nhiệm vụ | Cơ quan thực hiện | | Thời hạn" over " | |
            # Chủ trì | Phối hợp | "): the cells under a spanning one ("Cơ quan thực hiện") take
            # its place, the first row's other columns stay (the readers keep the grid).
            header_cols = {r: i for r, i in header_cols.items() if r != "execute" or "execute" in roles}
            header_cols.update(roles)
            just_headed = False
            continue
        if any(r in roles for r in _HEADER_ROLES) and len(roles) >= 2:
            header_cols = roles
            width = len(cells)
            just_headed = True
            continue
        just_headed = False
        if not header_cols:
            continue
        task = cells[header_cols["task"]] if "task" in header_cols and header_cols["task"] < len(cells) else None
        if not task and not cells[0] and header_cols.get("task", 0) > 0:
            # A row continuing the one above, its number and task cells merged over both (the
            # readers write a merged cell once, then empty cells: " |  | Kế hoạch … | … | Sở Nội vụ").
            task = last_task
        last_task = task
        deadline = _row_deadline(cells, header_cols)
        for column in ("lead_then_coordinate", "lead", "coordinate", "execute", "monitor"):
            i = header_cols.get(column)
            if i is None or i >= len(cells):
                continue
            for name, role in _cell_units(unit_cells[i], column, _CELL_SEPARATOR, printed_breaks=True):
                found.add(name, role, ls, le, [task] if task else [], deadline)


# The most lines of words between two pipe tables that one task table cut by a page break makes
# (its page's number, a running header).
_PAGE_BREAK_LINES = 2
# A row's number in a task table's first cell ("39", "2.1").
_ROW_NUMBER_CELL = regex.compile(r"\**\d{1,3}(?:\.\d{1,3})*\.?\**")


def _second_header_row(cells: list[str], roles: dict[str, int]) -> bool:
    """Whether a row under a header is the header's second row: its cells that are not empty
    all head columns of units ("Chủ trì", "Phối hợp"), at least one."""
    filled = [i for i, c in enumerate(cells) if c]
    return bool(filled) and any(r in roles for r in ("lead", "coordinate", "execute", "monitor")) \
        and set(filled) == set(roles.values())


@functools.cache
def _quota_tables() -> SimpleNamespace:
    words = _vocab()["quota_tables"]
    return SimpleNamespace(captions=tuple(fold(w) for w in words["captions"]),
                           unit_columns=frozenset(fold(w) for w in words["unit_columns"]),
                           total_rows=frozenset(fold(w) for w in words["total_rows"]))


# A markdown table's separator row's cells joined ("---:---").
_SEPARATOR_ROW = regex.compile(r"[-:\s]*")
# A cell holding a figure ("04", "3.500", "≥ 88", "92%").
_FIGURE_CELL = regex.compile(r"^[\s*≥≤<>~]*\d[\d.,]*\s*%?[\s*]*$")


def _quota_caption(lines: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the lines just above ``lines[at]`` (up to six of words, back to a table's line)
    caption a table of quotas given to units ("CHỈ TIÊU GIAO CÁC ĐƠN VỊ …")."""
    above: list[str] = []
    for k in range(at - 1, -1, -1):
        line = lines[k][2]
        if "|" in line or len(above) == _QUOTA_CAPTION_LINES:
            break
        if line.strip():
            above.insert(0, line)
    caption = " ".join(fold(" ".join(above).replace("*", " ")).split())
    return any(_caption_holds(caption, c) for c in _quota_tables().captions)


def _caption_holds(caption: str, phrase: str) -> bool:
    """Whether a folded caption holds one of the quota captions: its parts parted by " … " in
    that order, any words between ("chỉ tiêu … giao các": "chỉ tiêu phát triển đoàn viên … năm
    2024 giao các công đoàn cấp trên")."""
    at = 0
    for part in phrase.split(" … "):
        at = caption.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def units_from_quota_tables(text: str, layout: Layout, found: _Collector) -> None:
    """Phase 3 for tables of quotas given to units (vocabulary ``quota_tables``): under a caption
    naming the giving ("GIAO CHỈ TIÊU NĂM 2025 CHO CÁC HUYỆN, THỊ, THÀNH HỘI"), a header with a
    column of units ("TT | Đơn vị | Phát triển hội viên mới (hội viên) | …"): each row's unit
    given a figure executes (its share of the plan's aims); the totals row aside."""
    lines = [x for s, e in layout.content_spans() for x in lines_of(text, s, e)]
    column = None
    for k, (ls, le, line) in enumerate(lines):
        if "|" not in line:
            column = None
            continue
        cells = _plain_cells(line.strip().strip("|").split("|"))
        if column is None:
            prev = lines[k - 1][2] if k else ""
            if (hit := _units_column(cells)) is not None and "|" not in prev and _quota_caption(lines, k):
                column = hit
            continue
        if column >= len(cells) or _SEPARATOR_ROW.fullmatch("".join(cells)):
            continue
        if unit := _quota_row_unit(cells, column):
            found.add(unit, "execute", ls, le)
    # The same tables written one cell per line (pipeline/tables.py), as a legal-database page
    # prints them: the caption on the lines above the table's first bar.
    for lo, hi in layout.content_spans():
        for table in cell_tables(text, lo, hi):
            caption = list(lines_of(text, max(lo, table[0].start - _QUOTA_CAPTION_CHARS), table[0].start))
            if not _quota_caption(caption, len(caption)):
                continue
            rows = aligned(table)
            if (hit := _units_column(_plain_cells(rows[0].cells))) is None:
                continue
            for row in rows[1:]:
                cells = _plain_cells(row.cells)
                if hit < len(cells) and (unit := _quota_row_unit(cells, hit)):
                    found.add(unit, "execute", row.start, row.end)
        # And written one cell a line with no bars, as a PDF's text layer or a Word document's
        # text export prints them (an empty cell a blank line): "CHỈ TIÊU TỶ LỆ GIẢI NGÂN TỐI
        # THIỂU … THEO CHỦ ĐẦU TƯ" over "STT\nChủ đầu tư\nKế hoạch vốn …\nTỷ lệ giải ngân …".
        for line_table in aim_line_tables(text, lo, hi, _side_header) if _quota_words().search(text, lo, hi) else ():
            caption = list(lines_of(text, max(lo, line_table[0][0] - _QUOTA_CAPTION_CHARS), line_table[0][0]))
            if not _quota_caption(caption, len(caption)):
                continue
            if (hit := _units_column(_plain_cells(list(line_table[0][2])))) is None:
                continue
            for start, end, row_cells, _starts in line_table[1:]:
                cells = _plain_cells(list(row_cells))
                if hit < len(cells) and (unit := _quota_row_unit(cells, hit)):
                    found.add(unit, "execute", start, end)


@functools.cache
def _quota_words() -> regex.Pattern:
    """The first words of every quota caption, in any case: a span holding none holds no quota
    table, and its tables one cell a line are not read for one."""
    return regex.compile(alternation(sorted({c.split(" … ")[0] for c in _quota_tables().captions})), regex.I)


def _side_header(cell: str) -> bool:
    """Whether a table's header cell heads a side column after its values ("Ghi chú": the
    targets' table_side_headers)."""
    return fold(cell) in target_patterns().side_headers


# The most lines of words of a quota table's caption, its bracket under it ("(Kèm theo Kế hoạch số
# …)") and its unit's line among them.
_QUOTA_CAPTION_LINES = 6
# How far above a table written one cell per line its caption is looked for.
_QUOTA_CAPTION_CHARS = 600


def _plain_cells(cells: list[str]) -> list[str]:
    """A table row's cells without the spaces and the bold marks around them."""
    return [c.strip().strip("*").strip() for c in cells]


def _units_column(cells: list[str]) -> int | None:
    """The first of a quota table's header cells that heads its column of units (unit_columns)."""
    return next((i for i, c in enumerate(cells) if fold(c) in _quota_tables().unit_columns), None)


def _quota_row_unit(cells: list[str], column: int) -> str | None:
    """The unit a quota table's row gives figures to, in its ``column``; None for a row of no
    figure, of no capitalised name, or of the totals."""
    unit = cells[column]
    figures = [c for i, c in enumerate(cells) if i != column and _FIGURE_CELL.match(c)]
    if not unit or not unit[0].isupper() or fold(unit) in _quota_tables().total_rows or not figures:
        return None
    return unit


# (Tables written one cell per line: pipeline/tables.py.)
# A row's number in the first column ("1", "12.", "a)"), when the header's first cell is "STT"/"TT".
_ROW_NUMBER = regex.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*$")
# The units of one cell: after ";" or on a bulleted line ("- Bộ Khoa học và Công nghệ;\n- Bộ Xây
# dựng"); a line break elsewhere is a wrap ("UBND Thành phố Hồ Chí\nMinh").
_CELL_PART = regex.compile(r"\s*;\s*|\s*\n(?=[ \t]*[-+•])")


def _heads_only(folded: list[str], roles: dict[str, int]) -> bool:
    """Whether every cell of a row heads a column (a row of role heads: "Chủ trì | Phối hợp")."""
    return bool(folded) and len(roles) == len(folded)


def _under_spanning_cell(upper: dict[str, int], lower: dict[str, int], n_lower: int) -> dict[str, int]:
    """The columns of a header over two rows whose upper "execute" cell ("Cơ quan thực hiện")
    spans the lower row's cells: those take its place, the upper columns after it move right."""
    at = upper["execute"]
    cols = {role: (i if i < at else i + n_lower - 1) for role, i in upper.items() if role != "execute"}
    cols.update({role: at + i for role, i in lower.items()})
    return cols


def units_from_cell_tables(text: str, layout: Layout, found: _Collector) -> None:
    """Phase 3 for tables written one cell per line (pipeline/tables.py: "Cơ quan chủ trì", "Cơ
    quan phối hợp" columns of an annex): under a header row with a lead or execute column and at least two
    roles, each full row's units (one per line or after ";") in the lead, coordinate and execute
    cells, with the row's task and deadline. A row with fewer cells than the header (a cell
    spanning rows left out, a group heading "I. Kinh tế số") or, where the header's first column
    is "STT"/"TT", without a number in it, names none."""
    column_role: dict[str, str | None] = {}
    for lo, hi in layout.content_spans():
        header_cols: dict[str, int] | None = None
        width = 0
        numbered = False
        just_headed = False
        above: list[str] | None = None  # the last full row read
        # (Empty cells put back, aligned(): a task table's empty "Ghi chú" column, or an empty
        # "Cơ quan phối hợp" cell, left every row or that one short of the header.)
        for row in (r for table in cell_tables(text, lo, hi) for r in aligned(table)):
            rs, re_, cells = row.start, row.end, row.cells
            if numbered and len(cells) == width - 1 and row.gap > 1 and not _ROW_NUMBER.match(cells[0]):
                # A row whose number cell is empty ("|\n|\n|" before its first cell: the row's
                # boundary and the empty cell), as under a group heading of one row.
                cells = [""] + cells
            folded = [fold(c) for c in cells]
            roles = _column_roles(folded, column_role)
            first = next((i for i, c in enumerate(folded) if c in ("stt", "tt")), 0)
            if first and any(r in roles for r in _HEADER_ROLES):
                # A header row read together with the cells before it (the last cell of the table
                # above, the annex's title between the two tables): it opens at its "STT" cell.
                cells, folded = cells[first:], folded[first:]
                roles = _column_roles(folded, column_role)
            if just_headed and header_cols and _heads_only(folded, roles) and len(cells) < width \
                    and "execute" in header_cols:
                # A header over two rows: "Cơ quan thực hiện" spanning "Chủ trì | Phối hợp" (the
                # second row holds only the cells under it).
                header_cols, width = _under_spanning_cell(header_cols, roles, len(cells)), width + len(cells) - 1
                just_headed = False
                continue
            if any(r in roles for r in _HEADER_ROLES) and len(roles) >= 2:
                header_cols, width = roles, len(cells)
                numbered = folded[0] in ("stt", "tt")
                just_headed = True
                above = None
                continue
            just_headed = False
            if header_cols and above is not None and _SHORT_ROW_MIN <= len(cells) < width:
                # (A row a cell merged down over it leaves short: "2 | Xây dựng quy chế … | Sở Xây
                # dựng | Quý IV/2026" under a lead body spanning rows 1-3.)
                cells = _merged_cells_put_back(cells, above, header_cols, numbered) or cells
            if not header_cols or len(cells) < width or numbered and not (_ROW_MARK.match(cells[0]) or not cells[0]):
                continue
            above = cells
            _row_units(cells, header_cols, rs, re_, found)


# A row's mark in a numbered table's first column: a number ("1", "12.", "1.1", "a)"), a letter
# ("a", "A"), a Roman numeral's part ("I.1"), a bullet ("-").
_ROW_MARK = regex.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[a-zđA-ZĐ][.)]?|[IVX]{1,4}\.\d{1,2}\.?|[-+•*])\s*$")
# The fewest cells of a row a cell merged down over it may leave short (fewer: a group's heading).
_SHORT_ROW_MIN = 3
# What a task's cell merged down costs the reading that supposes it.
_TASK_MERGED_COST = 0.5
# The most cells merged down over a row that are put back.
_MERGED_CELLS_MOST = 3


def _merged_cells_put_back(cells: list[str], above: list[str], header_cols: dict[str, int],
                           numbered: bool) -> list[str] | None:
    """A task table's row a legal-database page prints short, its cells merged down from the row
    above left out (a lead body over the rows of its tasks, a deadline over a group's), with those
    cells put back from ``above``: of the ways to place its cells in order under the header's
    columns, the one whose cells best fit their columns (a row's mark under the number, a date under
    the deadline, bodies under a role, words under the task), earlier columns the merged ones where
    two fit as well (a lead body spans the rows of its tasks more often than the bodies
    coordinating them). None where none fits."""
    width = len(above)
    missing = width - len(cells)
    if missing > _MERGED_CELLS_MOST:
        return None
    kinds = {i: role for role, i in header_cols.items()}
    units = [_names_bodies(c) for c in cells]
    best: tuple[float, list[str]] | None = None
    for gaps in itertools.combinations(range(width), missing):
        placed = [k for k in range(width) if k not in gaps]
        # (A task's cell is merged down over the rows of its bodies less often than a body's over
        # the rows of its tasks: "Tổ chức hội nghị …" could be read as a body's name.)
        score = -_TASK_MERGED_COST * sum(kinds.get(k) == "task" for k in gaps)
        for cell, k, n in zip(cells, placed, units):
            score += _cell_fit(cell, n, kinds.get(k), numbered and k == 0)
        if best is None or score > best[0]:
            row = list(above)
            for cell, k in zip(cells, placed):
                row[k] = cell
            best = (score, row)
    if best is None or best[0] <= 0:
        return None
    # (Cells left empty at the row's end read as well, or nearly, are those: a page writing one cell
    # a line prints no bar for them, "… | Các cơ quan, đơn vị, địa phương | Sở Nội vụ" under a
    # monitor column left blank.)
    trailing = sum(_cell_fit(cell, n, kinds.get(k), numbered and k == 0)
                   for k, (cell, n) in enumerate(zip(cells, units)))
    if best[0] - trailing < 1:
        return list(cells) + [""] * missing
    return best[1]


def _names_bodies(cell: str) -> bool:
    """Whether a cell's first part (up to ";") names bodies, as the prose's name rules read them
    (:func:`leading_units`), with at most a word or two after them: "Ủy ban nhân dân các xã,
    phường", not "Tổ chức hội nghị xúc tiến đầu tư nhà ở", a task."""
    first = _CELL_PART.split(cell.strip(), maxsplit=1)[0]
    units, rest = leading_units(" ".join(first.split())) if first else ([], "")
    return bool(units) and len(rest.split()) <= 2


def _cell_fit(cell: str, bodies: bool, role: str | None, number_column: bool) -> float:
    """How well a cell fits a task table's column of ``role`` (None: a column of no role read,
    a product's, a note's; ``number_column``: the rows' numbers'), ``bodies`` whether it names
    bodies: positive where it fits, negative where it cannot be the column's."""
    mark = bool(_ROW_MARK.match(cell))
    if number_column:
        return 2 if mark else -2
    if mark:
        return -2
    words = cell.split()
    if role == "deadline":
        # (A deadline's cell is short: "Quý IV/2026", "Trước 30/6/2026"; a task or a product may
        # name a year too, "Kế hoạch cải cách hành chính giai đoạn 2026-2030".)
        # (Or a time with no year: "Thường xuyên", "Hằng năm", "Khi có đề nghị của UBND tỉnh".)
        if _YEAR_IN_CELL.search(cell):
            return 2 if len(words) <= _DEADLINE_WORDS else 0
        return 1 if len(words) <= _DEADLINE_WORDS and fold(cell).startswith(_deadline_openings()) else -1
    if role in ("lead", "coordinate", "execute", "monitor", "lead_then_coordinate"):
        return 1 if bodies else -1
    if role == "task":
        return 1 if len(words) >= _TASK_WORDS and not bodies else 0
    return 0


@functools.cache
def _deadline_openings() -> tuple[str, ...]:
    """The words opening a deadline's cell that names no year (deadline_cell_openings), folded."""
    return tuple(fold(w) for w in _vocab()["deadline_cell_openings"])


# A year in a cell ("Quý IV/2026", "Năm 2027", "2026 - 2030").
_YEAR_IN_CELL = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The fewest words of a task's cell; the most of a deadline's.
_TASK_WORDS = 4
_DEADLINE_WORDS = 6


def _row_units(cells: list[str], header_cols: dict[str, int], start: int, end: int, found: _Collector) -> None:
    """A full row's units in its lead, coordinate, execute and monitor cells (one per line or after
    ";"), with the row's task and deadline, of a table written one cell per line or a line."""
    task = cells[header_cols["task"]] if "task" in header_cols else None
    task = " ".join(task.split()) if task else None
    deadline = _row_deadline(cells, header_cols)
    for column in ("lead_then_coordinate", "lead", "coordinate", "execute", "monitor"):
        i = header_cols.get(column)
        if i is None:
            continue
        for name, role in _cell_units(cells[i], column, _CELL_PART):
            found.add(name, role, start, end, [task] if task else [], deadline)


def units_from_line_tables(text: str, layout: Layout, found: _Collector) -> None:
    """Phase 3 for task tables written one cell a line with no bars (a PDF's text layer, a document
    exported as text: an annex's "TT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\n
    Thời gian hoàn thành\n1\n…"), as the targets read them (:func:`pipeline.tables.line_tables`: a
    header of lines of words over rows each opening with the next number): under a header with a
    lead or execute column and at least two roles, each row's units as in a pipe table's. Read over
    the whole body after the header: such an annex follows the signature under a title the layout
    may not take for an appendix's ("Phụ lục" alone on its line), and a header naming the roles is
    no footer's."""
    column_role: dict[str, str | None] = {}
    lo, hi = layout.header_end, layout.body_end
    # First the tables whose cells wrap over lines (:func:`pipeline.tables.wrapped_line_tables`,
    # a name broken in the middle one cell: cell_name_broken), which check each row's cells against the
    # header's; then the others, their rows outside those tables (the reader of one line a cell
    # reads a wrapped table's first rows, whose cells do not wrap, and its last row as many lines
    # as the header's, wrong where its cells wrap: "Trung ương Đoàn" | "TNCS Hồ Chí Minh").
    read: list[tuple[int, int]] = []
    # (And the timetables of a department's or a school's plan, whose rows open with their time,
    # no number: :func:`pipeline.tables.time_line_tables`.)
    for table in [*wrapped_line_tables(text, lo, hi, cell_name_broken, _starts_org),
                  *time_line_tables(text, lo, hi, cell_name_broken)]:
        if not any(a <= table[0][0] < b for a, b in read) and _table_units(table, column_role, found):
            read.append((table[0][0], table[-1][1]))
    for table in line_tables(text, lo, hi):
        rows = [row for row in table[1:] if not any(a <= row[0] < b for a, b in read)]
        if rows:
            _table_units([table[0]] + rows, column_role, found)


def _table_units(table, column_role: dict[str, str | None], found: _Collector) -> bool:
    """The units of a table written one cell a line (rows as :func:`pipeline.tables.line_tables`'),
    under a header with a lead or execute column and at least two roles; whether it is such a
    task table."""
    header = [fold(c) for c in table[0][2]]
    header_cols = _column_roles(header, column_role)
    if not any(r in header_cols for r in _HEADER_ROLES) or len(header_cols) < 2:
        return False
    for start, end, cells, _ in table[1:]:
        _row_units(cells, header_cols, start, end, found)
    return True


# 4. Addressees and members.

@functools.cache
def _addressee_head() -> regex.Pattern:
    v = _vocab()
    return regex.compile(
        rf"""^[ \t]*(?:
        (?:{alternation(v['addressee_cues'])})      # "Kính gửi:" (a letter, a submission)
        |\p{{Lu}}[\p{{Lu}} \t]*[ \t]{alternation([v['telegram_cue']])}  # "VĂN PHÒNG CHÍNH PHỦ điện:" (a telegram)
        )[ \t]*:[ \t]*(?P<rest>[^\n]*)$""", regex.X | regex.M)


# An addressee line: a bullet, or a table's "|" a page draws beside the list (d22).
_ADDRESSEE_ITEM = regex.compile(r"^[ \t]*[-+•][ \t]*")
_TABLE_RULE = regex.compile(r"^[ \t|]*$")
# A class of bodies and its members after a colon ("Các Bộ: Công an, Quốc phòng", "Các cơ quan
# thuộc Chính phủ: Đài Truyền hình Việt Nam, …").
_CLASS_LIST = regex.compile(r"^(?P<cls>[^:]{2,60}?)\s*:\s*(?P<members>.+)$")
_MEMBER_COMMA = regex.compile(r",\s+(?=\p{Lu})")


def _addressee_lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The items of an addressee list from ``start`` on: bulleted lines (a line opening with no
    bullet continues the item before it unless that ended with ";" or "."), up to the first line
    of no item; blank lines and "|" rules between items are skipped."""
    items: list[list] = []
    for ls, _le, line in lines_of(text, start, end):
        if _TABLE_RULE.match(line):
            continue
        m = _ADDRESSEE_ITEM.match(line)
        if m:
            items.append([ls + m.end(), line[m.end():].strip()])
        elif items and not items[-1][1].endswith((";", ".")):
            items[-1][1] += " " + line.strip()
        else:
            break
    return [(s, body) for s, body in items]


def _class_members(item: str) -> list[str] | None:
    """The bodies of "Các Bộ: Công an, Quốc phòng, …" ("Bộ Công an", "Bộ Quốc phòng"; the class's
    head word, "Bộ", before each where it opens a body's name, else the members as written:
    "Các cơ quan thuộc Chính phủ: Đài Truyền hình Việt Nam, …"); None if the item is no class
    list. A member holding a comma ("Văn hóa, Thể thao và Du lịch": names_with_commas) is kept
    whole."""
    m = _CLASS_LIST.match(item)
    if not m:
        return None
    cls_words = m.group("cls").split()
    if fold(cls_words[0]) not in _folded_vocab("plural_words") or len(cls_words) < 2:
        return None
    parts = _merge_comma_names([p.strip(" ;.") for p in _MEMBER_COMMA.split(m.group("members"))])
    head = " ".join(cls_words[1:])  # "Các Bộ", "Các Ủy ban" (not "Các cơ quan thuộc Chính phủ")
    if fold(head) in _org_phrases():
        head = head[:1].upper() + head[1:]
        return [f"{head} {p}" for p in parts if p]
    return [p for p in parts if p[:1].isupper()]


def _merge_comma_names(parts: list[str]) -> list[str]:
    """Parts of a list split at its commas, those of one name holding a comma joined again
    ("Văn hóa" + "Thể thao và Du lịch"; names_with_commas, the longest first)."""
    names = sorted(_vocab()["names_with_commas"], key=len, reverse=True)
    out, i = [], 0
    while i < len(parts):
        for name in names:
            k = name.count(",") + 1
            joined = ", ".join(parts[i:i + k])
            if joined.startswith(name):  # ("Quốc phòng, An ninh và Đối ngoại" + " của Quốc hội")
                out.append(joined)
                i += k
                break
        else:
            out.append(parts[i])
            i += 1
    return out


def units_from_addressees(text: str, layout: Layout, found: _Collector) -> None:
    """The addressees of a letter or telegram ("Kính gửi: - Các Sở, ban, ngành thuộc tỉnh; - Công
    an tỉnh"; "VĂN PHÒNG CHÍNH PHỦ điện: - Các Bộ: Công an, Quốc phòng, …"): each body listed is
    told to act (SPEC §2.1 execute; 7 of the 8 dev documents with such a list annotate it so). The
    first such head between the header's end (a list is no header's part: a text opening with one,
    d22, is a fragment whose header was cut off) and the body's end; its items follow on the same
    line or bulleted below."""
    m = _addressee_head().search(text, layout.header_end, layout.body_end)
    if not m:
        return
    rest = m.group("rest").strip()
    items = [(m.start("rest"), rest.rstrip(" ;."))] if rest and not _TABLE_RULE.match(rest) else []
    items += _addressee_lines(text, m.end() + 1, layout.body_end)
    for s, item in items:
        item = " ".join(item.split()).rstrip(" ;.")
        members = _class_members(item)
        if members is not None:  # (each named as a body by the class it is listed under)
            for name in members:
                found.add(name, "execute", s, s + len(item))
        elif _is_named_unit(item) or fold(item.split()[0]) in _folded_vocab("plural_words"):
            found.add(item, "execute", s, s + len(item))


@functools.cache
def _member_patterns() -> SimpleNamespace:
    v = _vocab()
    return SimpleNamespace(
        intro=regex.compile(rf"(?i)(?:{alternation(v['member_list_cues'])})[^\n]{{0,40}}:[ \t]*$"),
        # The item's mark: "1.", "2)", "-", "+".
        mark=regex.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-+•])[ \t]*"),
        honorific=regex.compile(rf"^(?:{alternation(v['member_honorifics'])})(?!\p{{L}})"),
        # A member's item: honorific ("Ông." / "Ông:"), the name and position, ":" and the tasks.
        person_heading=regex.compile(rf"^(?P<unit>(?:{alternation(v['member_honorifics'])})[.:]?\s+\p{{Lu}}[^:;\n]{{2,100}}?)"
                                     rf"\s*:\s*(?P<rest>.*)$", regex.S),
        # A person's name closing an office ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà"): a surname
        # and one to three capitalised words, after a rank maybe ("Đại tướng Lương Tam Quang"),
        # up to the item's end or the comma before the member's position.
        person=regex.compile(
            rf"""(?:,?\s+(?:{alternation(v['ranks'])}))?     # a rank ("Thiếu tướng")
            \s+(?:{alternation(v['surnames'])})(?:\s+\p{{Lu}}\p{{Ll}}*){{1,3}}  # surname, given names
            (?=\s*(?:,|$))""", regex.X),
        lead_position=regex.compile(rf"^(?:{alternation(v['member_lead_positions'])})|"
                                    rf"(?i)(?<!\p{{L}}){alternation(v['member_lead_positions'][1:])}"),
    )


@functools.cache
def _established_body() -> regex.Pattern:
    v = _vocab()
    return regex.compile(
        rf"""^[ \t]*{alternation([v['article_word']])}\s+\d+\s*\.\s*   # "Điều 1."
        {alternation([v['establish_word']])}\s+                          # "Thành lập"
        (?P<body>\p{{Lu}}[^(\n:;,.]{{2,120}}?)                          # the body's name
        (?=\s*\(|\s+(?:{alternation(v['establish_name_ends'])})(?!\p{{L}})|\s*[,.:;\n])  # up to "(", "gồm"
        """,
        regex.X | regex.M)


def units_from_established_bodies(text: str, layout: Layout, found: _Collector) -> None:
    """The body a decision sets up in an article ("Điều 1. Thành lập Ban Chỉ đạo quốc gia về dữ
    liệu (sau đây gọi tắt là Ban Chỉ đạo) gồm …", "Điều 1. Thành lập Đoàn kiểm tra … để kiểm tra
    …"): it is set up to do the work the decision gives it (SPEC §2.1 execute)."""
    for lo, hi in layout.body_spans():
        for m in _established_body().finditer(text, lo, hi):
            found.add(m.group("body"), "execute", m.start("body"), m.end("body"))


@functools.cache
def _headed_body() -> regex.Pattern:
    v = _vocab()
    w = v["headed_bodies"]
    establish = alternation([v['establish_word'], *w['establish']])
    return regex.compile(
        rf"""(?:
          (?<!\p{{L}})(?P<established>{establish})\s+                    # "Thành lập"
        | (?:^|(?<=[.;:]\s))[ \t]*(?:[-+•][ \t]*|\d+[.)][ \t]*)?     # or a sentence's or an item's start
          (?!(?:{establish})\s)
        )
        (?P<body>\p{{Lu}}[^\n;.()]{{2,120}}?)\s+(?:{alternation(w['by'])})\s+   # "Ban Chỉ đạo …" "do"
        (?:(?P<honorific>{alternation(v['member_honorifics'])})\s+)?            # "đồng chí"
        (?P<holder>\p{{L}}[^\n;.()]{{2,120}}?),?\s+(?:{alternation(w['as_head'])})\s+  # "Phó Bí thư …" "làm"
        (?:{alternation(w['posts'])})(?!\p{{L}})                               # "Trưởng ban"
        """,
        regex.X | regex.I | regex.M)


# A person's name before their office, after "ông" or "bà": "Đặng Quốc Khánh, Trưởng phòng …".
_PERSON_BEFORE_OFFICE = regex.compile(r"^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*,\s+(?=\p{L})")


def units_from_headed_bodies(text: str, layout: Layout, found: _Collector) -> None:
    """A body a plan sets up under a named head (vocabulary ``headed_bodies``: "Thành lập Ban Chỉ
    đạo Chiến dịch cấp tỉnh do đồng chí Phó Bí thư Thường trực Tỉnh đoàn làm Trưởng ban chỉ
    đạo"): the body and its head lead the work. A body named at a sentence's or an item's start
    with its head ("1. Ban Tổ chức Cuộc thi do Giám đốc Sở GDĐT làm Trưởng ban", "Đoàn thanh tra
    gồm 5 người do ông …, Trưởng phòng Thanh tra …, làm Trưởng đoàn") is told of, not set up: its
    head leads (named by the office, the person's name left out; in lower case too, as the press
    prints it: "do chủ tịch UBND huyện làm Trưởng Ban chỉ huy")."""
    persons = {fold(h) for h in _vocab()["headed_bodies"]["person_honorifics"]}
    for lo, hi in layout.body_spans():
        for m in _headed_body().finditer(text, lo, hi):
            holder = " ".join(m.group("holder").split())
            if m.group("established") is None:
                if fold(m.group("honorific") or "") in persons:
                    holder = _PERSON_BEFORE_OFFICE.sub("", holder)
                if _starts_org(holder[:1].upper() + holder[1:]):
                    found.add(holder, "lead", m.start("holder"), m.end("holder"))
                continue
            if not m.group("body")[:1].isupper() or not m.group("holder")[:1].isupper():
                continue
            for part in ("body", "holder"):
                found.add(" ".join(m.group(part).split()), "lead", m.start(part), m.end(part))


def units_from_member_lists(text: str, layout: Layout, found: _Collector) -> None:
    """The members of a committee or team a decision sets up ("… gồm các thành viên sau: 1. Thủ
    tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo. … - Bộ trưởng Bộ Nội vụ Phạm Thị Thanh
    Trà;"): each office-holder executes, named by the office without the person's name
    (SPEC §2.1: office-holders count); the head of the body ("Trưởng Ban …") or its standing
    member ("Phó Trưởng Ban Thường trực") leads instead. A member named as a person ("Ông: Hoàng
    Văn Thuân - Phó Giám đốc Sở, Trưởng đoàn") is the line as written. The list runs over numbered
    and bulleted lines (a line ending in ":" opens a sub-list: "6. Các thành viên Ban Chỉ đạo:")."""
    pats = _member_patterns()
    for lo, hi in layout.body_spans():
        items: list[list] = []  # [start, end, text] of each member's line, over its wraps
        in_list = False
        for ls, le, line in lines_of(text, lo, hi):
            if pats.intro.search(line):
                in_list = True
                continue
            if not in_list or not line.strip():
                continue
            mark = pats.mark.match(line)
            if mark:
                items.append([ls, le, line[mark.end():]])
            elif items and items[-1][1] == ls - 1 and not items[-1][2].rstrip().endswith((";", ".", ":")):
                items[-1][1], items[-1][2] = le, items[-1][2] + " " + line  # "Phó\nTrưởng đoàn;"
            else:
                in_list = False
        for s, e, line in items:
            # Two members the extraction ran onto one line ("… Lê Văn Lợi; - Tổng Giám đốc …").
            for item in _RUN_ON_ITEM.split(line):
                _add_member(" ".join(item.split()).rstrip(" ;."), s, e, found)


# A second item's bullet after a ";" inside a line.
_RUN_ON_ITEM = regex.compile(r";\s+[-+•]\s+")


def _add_member(item: str, start: int, end: int, found: _Collector) -> None:
    """One member's line of units_from_member_lists (an item ending in ":" opens a sub-list)."""
    pats = _member_patterns()
    if not item or item.endswith(":"):
        return
    if pats.honorific.match(item):
        found.add(item, "execute", start, end)
        return
    person = pats.person.search(item)
    if person is None:
        return
    office = item[:person.start()].strip(" ,")
    position = item[person.end():].strip(" ,.")
    if not _is_named_unit(office) and len(office.split()) < 2:
        return
    lead = bool(position) and bool(pats.lead_position.search(position))
    found.add(office, "lead" if lead else "execute", start, end)


# An item of a meeting's programme and who gives it, in brackets at the line's end ("(2) Phát biểu
# khai mạc Hội nghị (Đồng chí Bộ trưởng Lương Tam Quang).", "(3) Trình chiếu phóng sự … (Bộ Công
# an)."): the item's number in brackets, the activity, the presenter in the last brackets.
_PROGRAMME_ITEM = regex.compile(r"^[ \t]*\(\d{1,2}\)[^\n]*\((?P<who>[^()\n]{3,80})\)[ \t]*\.?[ \t]*$", regex.M)


def units_from_programme(text: str, layout: Layout, found: _Collector) -> None:
    """The presenters of a meeting's programme (SPEC §2.1 execute: each is given a part to
    carry out): a body or an office-holder ("Đồng chí Thứ trưởng …", member_honorifics) named in
    the brackets closing a numbered programme item."""
    honorific = _member_patterns().honorific
    for lo, hi in layout.body_spans():
        for m in _PROGRAMME_ITEM.finditer(text, lo, hi):
            who = " ".join(m.group("who").split())
            if honorific.match(who) or _is_named_unit(who):
                found.add(who, "execute", m.start("who"), m.end("who"))


# A place's abbreviation printed with a period ("Sở Y tế TP.HCM", "Công an TP. Hồ Chí Minh"): the
# readers below end a clause at a period, so its period is read as this mark (one character, the
# offsets unchanged) and given back in the names and tasks recorded (_Collector.add).
_ABBREVIATION_PERIOD = "\ue000"


@functools.cache
def _dotted_place_abbreviation() -> regex.Pattern:
    """The period of a dotted place abbreviation (dotted_place_abbreviations) before a capital."""
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(_vocab()['dotted_place_abbreviations'])})\K\.(?=\s?\p{{Lu}})")


def _masked_abbreviation_periods(text: str) -> str:
    """``text`` with the periods of dotted place abbreviations read as _ABBREVIATION_PERIOD."""
    return _dotted_place_abbreviation().sub(_ABBREVIATION_PERIOD, text)


def _with_abbreviation_periods(words: str) -> str:
    """``words`` with the periods _masked_abbreviation_periods took out given back, as printed
    most often: none after it before a place's initials ("TP.HCM"), a space before a name ("TP.
    Hồ Chí Minh"); the tagger's tokens put spaces around the mark."""
    if _ABBREVIATION_PERIOD not in words:
        return words
    words = regex.sub(rf"\s*{_ABBREVIATION_PERIOD}\s*(?=\p{{Lu}}+(?!\p{{L}}))", ".", words)
    return regex.sub(rf"\s*{_ABBREVIATION_PERIOD}\s*", ". ", words)


def find_responsibilities(text: str, layout: Layout, index: SectionIndex,
                          dates: list[DateMention]) -> list[Responsibility]:
    """The responsible units of a plan, in the order found: the implementation part's items,
    then sentences, then task tables (a unit found again in the same role is merged into its
    first mention). An execute unit without a deadline gets the first deadline date written in
    its span ("báo cáo ... trước ngày 15/10/2024")."""
    text = _masked_abbreviation_periods(text)
    deadlines = _Deadlines(dates)
    found = _Collector(index)
    # A task table's rows are read by their columns, not as prose: a bulleted unit in its
    # "Cơ quan phối hợp" cell ("- Sở Khoa học và Công nghệ;") is no item of the part holding
    # the table (it read as one, execute).
    tables = _TableRows(index)
    units_from_tables(text, layout, tables)
    units_from_cell_tables(text, layout, tables)
    units_from_line_tables(text, layout, tables)
    units_from_quota_tables(text, layout, tables)
    found.skipped = tables.spans
    units_from_items(text, index, deadlines, found)
    units_from_task_lines(text, index, deadlines, found)
    units_from_paragraphs(text, index, deadlines, found)
    units_from_sentences(text, layout, found)
    found.skipped = []
    tables.replay(found)
    units_from_addressees(text, layout, found)
    units_from_established_bodies(text, layout, found)
    units_from_headed_bodies(text, layout, found)
    units_from_member_lists(text, layout, found)
    units_from_programme(text, layout, found)
    for r in found.items:
        if r.deadline is None and r.role == "execute":
            r.deadline = deadlines.within(r.start, r.end)
    return found.items
