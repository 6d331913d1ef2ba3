"""The data files of ``pipeline/data`` (the language knowledge the code reads): each parses, and the
JSON files' keys and the code's reads of them agree — no key that no code reads, no read of a key
that is not there (in the spirit of dateparser's tests of its language files).

Which keys the code reads is found statically, from the syntax trees of the package's modules:

- a *loader* of ``X.json`` is ``load_json("X.json")`` or a function of the module whose body calls
  it (``def _vocab(): return load_json("dates.json")``); a name assigned a loader's result
  (``v = _vocab()``) stands for it within the top-level function (or module) where it is assigned;
- a read is a subscript or a ``.get`` of a loader's result with a string constant
  (``_vocab()["day"]``, ``v.get("day")``), or with a name looping over a tuple or list of string
  constants (``v[k] for k in ("day", "month")``), or with a parameter of a function, in which case
  the string constants passed for that parameter in the module's calls of the function are the
  keys read (``_folded_vocab("unit_stops")``);
- the layout cues (``layout_cues.json``) are read through :func:`pipeline.vocab.cue` and its
  siblings: the string constant each call passes first is a key read.

Only top-level keys are checked (nested tables are data: comparator words, messages per language);
keys opening with "_" (``_doc``, ``_comment``) are comments. A read built some other way (a key
computed at run time) is not seen: write it as one of the forms above.
"""
from __future__ import annotations

import ast
import json
from collections import defaultdict
from pathlib import Path

import pytest
import regex

import pipeline
from pipeline import vocab

PACKAGE = Path(pipeline.__file__).parent
DATA = PACKAGE / "data"
# Functions of pipeline.vocab taking a key of layout_cues.json as their first argument.
CUE_ACCESSORS = {"cue", "cue_pattern", "cue_phrases"}
# Each TSV file's columns: (fewest, most) per row, and whether its first row names the columns.
TSV_COLUMNS = {
    "abbreviations.tsv": (2, 2, False),
    "chrome.tsv": (1, 1, False),
    "doc_types.tsv": (4, 4, True),
    "issuers.tsv": (2, 2, True),
    "legacy_encodings.tsv": (5, 5, False),
    "legacy_fonts.tsv": (2, 3, False),
    "legacy_lookalikes.tsv": (3, 3, False),
    "line_joining.tsv": (1, 1, False),
    "line_joining_dashes.tsv": (1, 1, False),
    "line_joining_numbers.tsv": (1, 1, False),
    "line_joining_romans.tsv": (1, 1, False),
    "provinces.tsv": (2, 2, True),
}
JSON_FILES = sorted(p.name for p in DATA.glob("*.json"))


# --- the reads of the code ------------------------------------------------------------------

def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id
        if isinstance(node.func, ast.Attribute):
            return node.func.attr
    return None


def _string(node: ast.AST) -> str | None:
    """The value of a string constant."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _first_string(node: ast.AST) -> str | None:
    """The string constant a call passes first."""
    return _string(node.args[0]) if isinstance(node, ast.Call) and node.args else None


def _json_loaded(node: ast.AST) -> str | None:
    """The file of a ``load_json("X.json")`` call."""
    return _first_string(node) if _call_name(node) == "load_json" else None


def _strings(node: ast.AST) -> list[str] | None:
    """The string constants of a literal tuple or list of them."""
    if isinstance(node, (ast.Tuple, ast.List)):
        values = [_string(e) for e in node.elts]
        return [v for v in values if v is not None] if None not in values else None
    return None


def _module_reads(tree: ast.Module) -> dict[str, set[str]]:
    """JSON file → the keys this module reads of it (see the module's doc)."""
    loaders = {f.name: name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
               for node in ast.walk(f) if (name := _json_loaded(node))}
    reads: dict[str, set[str]] = defaultdict(set)
    key_params: list[tuple[str, int, str]] = []  # (function, position of the parameter, file)

    def source(node: ast.AST, aliases: dict[str, str]) -> str | None:
        if isinstance(node, ast.Name):
            return aliases.get(node.id)
        name = _call_name(node)
        if isinstance(node, ast.Call) and name in loaders and not node.args:
            return loaders[name]
        return _json_loaded(node)

    definitions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    scopes: list[ast.AST] = [*definitions, ast.Module(body=[n for n in tree.body if n not in definitions],
                                                      type_ignores=[])]
    scope_loops: list[tuple[ast.AST, dict[str, list[str]]]] = []
    for scope in scopes:
        aliases: dict[str, str] = {}
        loops: dict[str, list[str]] = {}
        scope_loops.append((scope, loops))
        params: dict[str, tuple[str, int]] = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if (file := source(node.value, {})):
                    aliases[node.targets[0].id] = file
            elif isinstance(node, (ast.For, ast.comprehension)) and isinstance(node.target, ast.Name):
                if (keys := _strings(node.iter)) is not None:
                    loops[node.target.id] = keys
            elif isinstance(node, ast.FunctionDef):
                for i, arg in enumerate(node.args.args):
                    params[arg.arg] = (node.name, i)
        for node in ast.walk(scope):
            base: ast.AST
            key: ast.AST
            if isinstance(node, ast.Subscript):
                base, key = node.value, node.slice
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                    and node.args:
                base, key = node.func.value, node.args[0]
            else:
                continue
            file = source(base, aliases)
            if not file:
                continue
            if (constant := _string(key)) is not None:
                reads[file].add(constant)
            elif isinstance(key, ast.Name) and key.id in loops:
                reads[file].update(loops[key.id])
            elif isinstance(key, ast.Name) and key.id in params:
                key_params.append((*params[key.id], file))
    for scope, loops in scope_loops:
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            for function, position, file in key_params:
                if name == function and len(node.args) > position:
                    passed = node.args[position]
                    if (constant := _string(passed)) is not None:
                        reads[file].add(constant)
                    elif isinstance(passed, ast.Name) and passed.id in loops:
                        reads[file].update(loops[passed.id])
            if name in CUE_ACCESSORS and (constant := _first_string(node)) is not None:
                reads["layout_cues.json"].add(constant)
    return reads


def code_reads() -> dict[str, set[str]]:
    """JSON data file → the top-level keys the package's code reads of it."""
    reads: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        for file, keys in _module_reads(ast.parse(path.read_text(encoding="utf-8"))).items():
            reads[file] |= keys
    return reads


# --- the tests ------------------------------------------------------------------------------

def test_every_data_file_is_a_known_kind():
    kinds = {p.name: p.suffix for p in DATA.iterdir() if p.is_file() and p.name != "__init__.py"}
    assert {name for name, suffix in kinds.items() if suffix == ".tsv"} == set(TSV_COLUMNS)
    assert all(suffix in (".json", ".tsv") for suffix in kinds.values()), kinds


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_file_parses_to_an_object(name):
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data


@pytest.mark.parametrize("name", sorted(TSV_COLUMNS))
def test_tsv_file_has_its_columns(name):
    fewest, most, has_header = TSV_COLUMNS[name]
    rows = vocab.rows(name)
    assert rows
    for row in rows:
        assert fewest <= len(row) <= most, (name, row)
        assert all(cell == cell.strip() for cell in row), (name, row)
    if has_header:
        assert all(cell.isascii() and cell.isidentifier() for cell in rows[0]), (name, rows[0])


@pytest.mark.slow  # (~1.2 s a file: the package read once per file)
@pytest.mark.parametrize("name", JSON_FILES)
def test_every_key_of_a_json_file_is_read(name):
    keys = {k for k in json.loads((DATA / name).read_text(encoding="utf-8")) if not k.startswith("_")}
    unread = keys - code_reads()[name]
    assert not unread, f"{name}: no code reads {sorted(unread)}"


@pytest.mark.slow  # (reads every module: 2 s each)
def test_every_key_the_code_reads_is_there():
    reads = code_reads()
    assert set(reads) <= set(JSON_FILES), sorted(set(reads) - set(JSON_FILES))
    for name, keys in reads.items():
        missing = keys - set(json.loads((DATA / name).read_text(encoding="utf-8")))
        assert not missing, f"{name}: the code reads {sorted(missing)}, which it does not have"


@pytest.mark.slow  # (reads every module: 2 s each)
def test_the_reads_are_found():
    """The static look-up sees the reads of each form (else the two tests above prove nothing)."""
    reads = code_reads()
    assert {"day", "range_to", "qualifiers", "deadline_cues"} <= reads["dates.json"]  # v[...], loops, build(k)
    assert {"unit_stops", "verb_starts"} <= reads["responsibilities.json"]  # _folded_vocab("unit_stops")
    assert "component_types" in reads["references.json"]  # load_json("references.json")[...]
    assert {"motto", "recipients", "signing_capacities"} <= reads["layout_cues.json"]  # cue("motto")
    tree = ast.parse('def _v():\n    return load_json("x.json")\n\n'
                     'def f():\n    v = _v()\n    return v["a"], _v().get("b")\n')
    assert _module_reads(tree) == {"x.json": {"a", "b"}}


def test_layout_cues_are_well_formed():
    """Each cue: phrases (strings), known flags; its pattern compiles and finds each phrase."""
    flags = {"phrases", "any_case", "marks_optional", "dot_or_slash"}
    for name, entry in json.loads((DATA / "layout_cues.json").read_text(encoding="utf-8")).items():
        if name.startswith("_"):
            continue
        assert {k for k in entry if not k.startswith("_")} <= flags, (name, entry)
        assert entry["phrases"] and all(isinstance(p, str) and p == p.strip() for p in entry["phrases"])
        assert all(isinstance(entry.get(f, False), bool) for f in flags - {"phrases"})
        for phrase in entry["phrases"]:
            assert vocab.cue_pattern(name).fullmatch(phrase), (name, phrase)
            assert regex.compile(vocab.cue(name, any_case=False, marks_optional=False)).fullmatch(phrase)


def test_cue_tolerance():
    """What the layout cues take: either tone placement, dashes and spaces, case and marks where the
    data allows them and the consumer does not narrow them."""
    motto = vocab.cue_pattern("motto")
    assert motto.fullmatch("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert motto.fullmatch("Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert motto.fullmatch("CỘNG HOA XA HOI\nCHU NGHIA VIET NAM")
    assert vocab.cue_pattern("motto", words=2, any_case=False).fullmatch("CỘNG HOÀ")
    assert not vocab.cue_pattern("motto", words=2, any_case=False).fullmatch("Cộng hòa")
    assert vocab.cue_pattern("tagline").fullmatch("Độc lập – Tự do-Hạnh phúc")
    assert not vocab.cue_pattern("tagline").fullmatch("Doc lap - Tu do - Hanh phuc")
    assert vocab.cue_pattern("recipients").fullmatch("NOI NHAN")
    capacities = vocab.cue_pattern("signing_capacities")
    assert all(capacities.fullmatch(c) for c in ("TM.", "TM /", "T.M.", "T/M", "KT.", "TUQ."))
    assert not capacities.fullmatch("TM")
    assert not vocab.cue_pattern("signing_capacities", only=("TM.", "KT.")).fullmatch("T/M")
    assert regex.fullmatch(rf"(?i){vocab.cue('subject')}", "V/v")
    assert not regex.fullmatch(rf"(?i){vocab.cue('subject')}", "V/V")
    assert vocab.tone_placements("HÒA") == ("HÒA", "HOÀ") and vocab.tone_placements("thuỷ") == ("thuỷ", "thủy")
    assert vocab.tone_placements("quá") == ("quá",) and vocab.tone_placements("Nguyễn") == ("Nguyễn",)


# The word lists the code builds its patterns from (issue 15: words moved out of the code): file →
# key → the phrases the list must hold (a list of the key's own, or a table of lists per part).
# Each phrase is a non-empty, trimmed string without doubled spaces, listed once; the patterns
# built from them find each phrase (checked below per module).
WORD_LISTS = {
    "check.json": {
        "until_words": ["đến", "tới"], "until_end_words": ["hết"],
        "closing_types": ["Kế hoạch", "Chương trình"],
        "target_part_headings": {"aims": ["mục tiêu", "chỉ tiêu"], "tasks": ["nhiệm vụ", "giải pháp"],
                                 "vision": ["tầm nhìn"], "purpose": ["mục đích", "yêu cầu"]},
        "implementing_openers": {"purpose": ["để", "nhằm"], "organise": ["tổ chức"]},
        "citation_joints": ["và", "cùng"], "bound_is_words": ["là"],
        "before_words": ["trước"], "signed_for": ["T/M", "TM.", "TM", "KT.", "KT", "Q.", "THAY MẶT"],
    },
    "references.json": {
        "issuer_cues": ["của", "do"], "number_word": "số", "number_word_unmarked": "so",
        "not_number_nouns": ["%", "người", "đơn vị", "cuộc", "lần"], "issued_word": "ban hành", "term_word": "khóa",
        "ordinal_word": "thứ", "subject_words": ["về việc"], "about_word": "về",
        "subject_stop_type_words": ["Nghị", "Quyết", "Chỉ", "Kế", "Thông", "Hướng", "Chương", "Kết", "Công", "Luật"],
        "and_word": "và",
        "name_stop_words": ["và", "của", "về", "ngày", "số", "do", "đã", "để", "nhằm", "theo", "với", "trong", "đến",
                            "thì", "là", "sau", "được", "đối", "gắn", "quy định", "hướng dẫn", "có hiệu lực",
                            "có liên quan", "có quy định", "có trách nhiệm", "có nội dung", "có ý nghĩa",
                            "liên quan", "liên tịch", "tại", "phê duyệt", "ban hành", "cho", "các", "nhiệm", "giai"],
        "congress_words": {"strict": ["lần thứ", "toàn quốc", "đại biểu"],
                           "loose": ["đại biểu", "lần", "toàn quốc", "công đoàn", "đảng"]},
        "all_levels": "các cấp", "congress_or_plenum": ["Đại hội", "đại hội", "Trung ương", "Hội nghị", "hội nghị"],
        "of_word": "của", "law_type": "Luật", "law_heads": ["Luật", "Bộ luật", "Pháp lệnh"],
        "law_list_not_words": ["và", "được", "đã", "theo", "tại"],
        "named_law_heads": ["luật", "bộ luật", "hiến pháp", "pháp lệnh", "công ước", "điều lệ"],
        "passed_by": {"passive": ["được"], "verbs": ["thông qua"]},
        "plenum_body_words": ["Ban Chấp hành", "Ban chấp hành", "BCH"], "proper_named_heads": ["điều lệ"],
        "congress_resolution": "nghị quyết đại hội", "congress_word": "đại hội",
        "approved_by": {"passive": ["được"], "verbs": ["phê duyệt", "ban hành"],
                        "preps": ["ban hành kèm theo", "kèm theo", "theo", "tại"]},
        "described_types": ["Kế hoạch", "Chương trình", "Nghị quyết", "Chỉ thị", "Quyết định", "Hướng dẫn", "Đề án",
                            "Kết luận", "Chương trình hành động"],
    },
    "dates.json": {"list_joints": ["và"]},
    "targets.json": {
        "deadline_words": {"by": ["đến", "vào", "trong", "tới", "hết", "riêng"], "by_end": ["đến", "vào"],
                           "end": ["cuối"], "term": ["nhiệm kỳ"]},
        "by_year_words": ["vào", "đến", "trong"], "group_year_words": ["đến", "hết"], "heading_year_words": ["đến"],
        "comparing_verbs": ["đạt", "là", "có", "còn", "xuống", "tăng", "giảm", "lên"],
        "or_more_words": ["trở lên", "trở xuống"], "count_word": "số", "conjunctions": {"and": "và", "or": "hoặc"},
    },
    "responsibilities.json": {
        "class_word": "các", "plural_words": ["các", "những"], "and_word": "và",
        "glued_connectors": ["và", "của", "với"], "related_word": "liên quan", "article_word": "Điều",
        "assign_cues": {"assign": ["Giao"], "request": ["Đề nghị", "Yêu cầu"]}, "lead_word": "chủ trì",
        "assigned_lead_openings": ["là cơ quan", "là đơn vị", "là bộ phận", "làm đầu mối", "(cơ quan thường trực"],
        "standing_bodies": ["cơ quan thường trực", "bộ phận thường trực"],
        "coordinate_words": {"verb": "phối hợp", "with": "với", "along": ["cùng"],
                             "noun": ["với sự phối hợp của", "có sự phối hợp của", "với sự tham gia phối hợp của"]},
        "executor_labels": ["Chủ thể thực hiện", "Đơn vị thực hiện", "Cơ quan thực hiện"],
        "report_to_words": {"verb": ["báo cáo", "phản ánh", "gửi"], "object": ["kết quả"],
                            "to": ["về", "cho", "lên", "gửi", "đến"], "via": ["qua", "thông qua"]},
    },
}


def _phrase_lists(value) -> list[list]:
    return list(value.values()) if isinstance(value, dict) else [value]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_word_lists_are_well_formed(name):
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for key, expected in WORD_LISTS[name].items():
        assert data[key] == expected, (name, key)  # (the exact lists: a change here changes the rules)
        assert key in data["_doc"], f"{name}: the _doc does not describe {key!r}"
        for phrases in _phrase_lists(data[key]):
            phrases = [phrases] if isinstance(phrases, str) else phrases
            assert phrases and len(set(phrases)) == len(phrases), (name, key)
            assert all(isinstance(p, str) and p and p == p.strip() and "  " not in p for p in phrases), (name, key)


def test_check_patterns_find_their_words():
    """Each word of check.json's lists is found by the pattern built from it, in the text the
    pattern reads (folded, or as printed for the closing sentence and the signature line)."""
    from pipeline import check
    assert check._until_end().search("kế hoạch đến hết ") and check._until_end().search("giai đoạn tới ")
    assert not check._until_end().search("kế hoạch hết ")
    assert check._until_start().match("tới năm 2030") and not check._until_start().match("trong năm 2030")
    assert check._stated_issuer().search("Trên đây là Chương trình hành động do Ban Thường vụ Tỉnh ủy ban hành./.")
    assert check._stated_issuer().search("Trên đây là Kế hoạch thực hiện của UBND tỉnh./.").group(1) == "UBND tỉnh"
    assert not check._stated_issuer().search("Trên đây là Đề án của UBND tỉnh./.")
    cued = check._cued_citation()
    for opening in (". ", "v/v ", "về việc ", ". để ", ". nhằm tổ chức "):
        assert cued.search(f"{opening}thực hiện § và § cùng "), opening  # (the citation cued follows)
    assert not cued.search("tuyên truyền thực hiện § và ")
    signed = [m.group(1) for m in check._signed_for().finditer("T/M BỘ CHÍNH TRỊ\nTHAY MẶT BAN THƯỜNG VỤ\nKT CHỦ TỊCH")]
    assert signed == ["BỘ CHÍNH TRỊ", "BAN THƯỜNG VỤ", "CHỦ TỊCH"]
    assert check._bound_before().search("chậm nhất là hết ") and check._bound_before().search("trước ngày ")
    assert check._before_bound().search("hoàn thành trước quý ") and not check._before_bound().search("sau năm ")


def test_dates_patterns_find_their_words():
    """The date words of dates.json in the patterns built from them: a day in words, a list of
    recurring days, a period's months that are a half of one year."""
    from pipeline.extract import dates
    assert dates._words_day().search("ngày 15 tháng 11 năm 2025").groups() == ("15", "11", "2025")
    res = dates._recurring_res()
    assert res["next_day_month"].match(" và ngày 15/11") and res["next_day_month"].match("; 15 tháng 11")
    assert res["day_month"].search("ngày 30 tháng 11") and not res["day_month"].search("ngày 30 tháng 11 năm 2025")
    assert res["period"].search("định kỳ 6 tháng") and not res["period"].search("định kỳ 6 tháng đầu năm")
    assert not res["period"].search("mỗi 6 tháng cuối năm")
    periods = json.loads((DATA / "dates.json").read_text(encoding="utf-8"))["recurring"]["periods"]
    assert periods["half_of_year"] == ["đầu", "cuối"]


def test_targets_patterns_find_their_words():
    """targets.json's words in the patterns built from them (:func:`vocabulary_patterns`)."""
    from pipeline.extract import targets
    rx = targets.vocabulary_patterns()
    assert rx.deadline.search("đạt 90% vào cuối năm 2025").groups() == (None, "2025")
    assert rx.deadline.search("Hết năm 2030").group(1) == "2030"
    assert rx.by_year.match("vào năm 2025 và") and not rx.by_year.match("sau năm 2025")
    assert rx.group_year.search("hết 2030").group(1) == "2030"
    assert rx.heading_year.search("đến năm 2030").group(1) == "2030"
    assert rx.year_cell.match("năm 2025").group("year") == "2025"
    assert rx.comparator_words.sub("", "Tốc độ tăng trưởng đạt") == "Tốc độ tăng trưởng"
    assert rx.or_more.sub("", " trở lên cho") == "cho" and rx.or_more.sub("", " trở\nlên") == " trở\nlên"
    assert rx.number_of.match("Số hợp tác xã kiểu mới").group(1) == "hợp tác xã"
    assert rx.trailing_join.sub("", "công chức và") == "công chức" and rx.trailing_join.sub("", "a hoặc ,") == "a"
    assert targets._fragment("100% công chức và") and targets._fragment("cán bộ hoặc") and not targets._fragment("Hà")


def test_responsibilities_patterns_find_their_words():
    """responsibilities.json's function words in the patterns built from them."""
    from pipeline.extract import responsibilities as r
    rx = r._word_patterns()
    assert rx.clause_opening.match("- Đề nghị: Sở Y tế").group("cue") == "Đề nghị"
    assert rx.clause_opening.match("giao Sở Y tế").group("cue") == "giao"
    assert rx.own_subject.match("Giao Văn phòng") and not rx.own_subject.match("giao Văn phòng")
    assert rx.assign.search("Giao Sở Nội vụ") and not rx.assign.search("Giaothông") and not rx.assign.search("xgiao Sở")
    assert rx.item_number.match("Điều 3. Chánh").end() == len("Điều 3. ") and rx.item_number.match("đ) Sở").end() == 3
    assert rx.article_opening.match("Điều 3: Sở").end() == len("Điều 3: ")
    assert rx.standing_body.search("là Cơ quan thường trực") and rx.standing_body.search("bộ phận\nthường trực")
    assert rx.coordinate.search("phối hợp chặt chẽ với Sở")
    assert not rx.coordinate.search("phối hợp chặt chẽ thường xuyên với")
    assert rx.executor_line.search("- Đơn vị thực hiện: Sở Y tế")
    assert rx.report_to.match("báo cáo kết quả thực hiện về Sở").group(0) == "báo cáo kết quả thực hiện về "
    assert [m.group(0) for m in rx.list_join.finditer("Sở A, Sở B và Sở C")] == [", ", " và "]


def test_references_patterns_find_their_words():
    """references.json's words in the patterns built from them (module constants of
    :mod:`pipeline.extract.references`)."""
    from pipeline.extract import references as r
    assert r._code_ref().match("Chỉ thị so 41-CT/TW") and r._code_ref().match("Quyết định SỐ 12/QĐ-UBND")
    assert r._short_ref().match("Kế hoạch số 12") and not r._short_ref().match("Kế hoạch 5 năm")
    assert not r._short_ref().match("Đề án 3 đơn vị") and r._short_ref().match("Đề án 3 đơn\tvị")  # (as printed)
    assert r._DATE_NEXT.match(", ban hành ngày") and r._YEAR_NEXT.match(" năm 2020").group(1) == "2020"
    assert r._ISSUER_NEXT.match(" do ") and r._TERM_NEXT.match(" (khoá XIII)") and r._TERM_NEXT.match(" (Khóa XII)")
    assert r._SUBJECT_NEXT.match(" về việc ban") and r._SUBJECT_NEXT.match(", về công tác")
    assert r._NAME_STOP.search("Luật Đất đai nhằm ").group(0) == " nhằm "
    assert r._WRAPPED_ORDINAL.search("lần thứ\nXIII") and r._WRAPPED_NAME_END.match("Chính phủ ngày 18")
    assert r._LIST_BEFORE.search("Kế hoạch số 1 và ") and r._NUMBER_WORD_BEFORE.search("Số: ")
    assert r._CONGRESS_STRICT.match("lần thứ XIII") and r._CONGRESS_LOOSE.match("công đoàn tỉnh")
    assert r._ALL_LEVELS.match(" các cấp")
    assert r._CONGRESS_OR_PLENUM.sub("", "Nghị quyết Hội nghị Trung ương") == "Nghị quyết"
    assert r._DATE_WORD_NEXT.match(" tháng 5") and r._OF_NEXT.match(", của ")
    assert r._NAME_YEAR.search("Luật Thi đua năm 2022").group(1) == "2022"
    assert r._LAW_ITEM.match("Bộ luật Lao động") and r._LAW_ITEM_SEPARATOR.match(", và Pháp lệnh ")
    assert r._CODE_AFTER_NAME.match(" số 60/2024/QH15") and r._AND_LOWER_BEFORE_CODE.match(" và khen thưởng số 1/")
    assert r._NEXT_LAW_ITEM.search("Luật Nhà ở ngày 1").group(0) == " ngày "
    assert r._LOWER_CONTINUATION.match(", sử dụng tài sản công, Luật Đầu tư")
    assert not r._LOWER_CONTINUATION.match(", được sửa đổi, Luật Đầu tư")
    assert r._APPROVED_BY_NUMBER.match(" được phê duyệt tại Quyết định số 224")
    assert r._LAW_HEADS == ("luật", "bộ luật", "pháp lệnh") and r._DESCRIBED_NEXT == ("năm", "ngày", "tháng", "của")
