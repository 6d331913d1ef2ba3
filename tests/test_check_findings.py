
"""The per-code functions of pipeline.check, each called directly on one fixture child and its
parent (the corpus document its case.json names), and the report renderers on a small report."""
from __future__ import annotations

import functools
import json
import re

import pytest

from pipeline.check import (
    Against,
    Evidence,
    Finding,
    Report,
    citation_mismatches,
    deadlines_after_parent,
    evidence,
    is_the_plan,
    issued_before_parent,
    numbering_gaps,
    period_outside_parent,
    resolve_parents,
    sections_missing,
    target_shortfalls,
    tasks_not_covered,
)
from pipeline.check_report import to_html, to_markdown

from conftest import ROOT

CASES = ROOT / "tests" / "fixtures" / "check"


@functools.cache
def _doc(rel: str) -> dict:
    from pipeline import extract
    return extract(ROOT / rel).to_dict(with_text=True)


def _pair(case: str) -> tuple[dict, dict]:
    """A fixture's child and its parent, extracted."""
    parent = json.loads((CASES / case / "case.json").read_text(encoding="utf-8"))["parent"]
    return _doc(f"tests/fixtures/check/{case}/child.txt"), _doc(parent)


def _evidence(f: Finding) -> list[tuple[str, int, int, str]]:
    return [(e.document, e.start, e.end, e.text) for e in f.evidence]


def test_evidence_quotes_the_span():
    plan, _ = _pair("p1_issued_before_parent")
    e = evidence(plan, "plan", 133, 166)
    # (a dict without ``raw_lines``: the lines of the normalised text)
    assert e == Evidence("plan", plan["document"]["source"], 133, 166, "Đắk Mil, ngày 20 tháng 3 năm 2023", 9, 9)


@pytest.mark.slow  # (1.8 s)
def test_target_weaker_and_missing():
    plan, parent = _pair("p2_target_weaker")
    (f,) = target_shortfalls(plan, parent)
    assert (f.code, f.severity, f.parent) == ("target-weaker", "error", parent["document"]["source"])
    # (The indicator's first 20 words, targets.INDICATOR_WORDS, without the function word "các" they end in.)
    assert f.details == {"indicator": "đoàn viên, người lao động tại các đơn vị có tổ chức công đoàn được quán "
                                      "triệt, học tập",
                         "parent_value": ">=90%", "value": ">=80%"}
    assert _evidence(f) == [("plan", 2150, 2153, "80%"), ("parent", 2950, 2953, "90%")]
    # The clean child it was made from restates every aim at full strength.
    clean, _ = _pair("p2_clean_a")
    assert target_shortfalls(clean, parent) == []
    # A plan with no targets at all misses each of the parent's aims.
    missing = target_shortfalls({**plan, "targets": []}, parent)
    assert missing and {f.code for f in missing} == {"target-missing"}
    assert all(f.details["parent_value"].endswith("%") or " " in f.details["parent_value"] for f in missing)


def test_citation_mismatch_names_the_field():
    plan, parent = _pair("p1_citation_mismatch")
    # "Thực hiện Kế hoạch ngày 03/4/2023 ... và Kế hoạch số 303/KH-TLĐ ...": both implement; the
    # parent is the one cited by its date.
    (ref,) = [r for r in plan["references"] if r["relation"] == "implements" and r["number"] is None]
    (f,) = citation_mismatches(plan, ref, parent)
    assert f.code == "citation-mismatch"
    assert f.details == {"field": "ngày ban hành", "cited": "2023-04-03", "actual": "2023-04-05"}
    assert _evidence(f)[0][:3] == ("plan", 294, 468)
    assert _evidence(f)[0][3].startswith("Kế hoạch ngày 03/4/2023 của Liên đoàn Lao động tỉnh Đắk Nông")
    (en,) = citation_mismatches(plan, ref, parent, lang="en")
    assert en.details["field"] != "ngày ban hành" and en.message != f.message


def test_deadline_after_parent():
    plan, parent = _pair("p6_deadline_after_parent")
    (f,) = deadlines_after_parent(plan, parent)
    assert (f.code, f.severity) == ("deadline-after-parent", "warning")
    assert f.details == {"date": "2024-10-30", "parent_date": "2024-10-15"}
    assert _evidence(f) == [("plan", 3369, 3384, "ngày 30/10/2024"), ("parent", 5716, 5731, "ngày 15/10/2024")]
    clean, _ = _pair("p6_clean_a")
    assert deadlines_after_parent(clean, parent) == []


def test_issued_before_and_period_outside_parent():
    plan, parent = _pair("p1_issued_before_parent")
    (f,) = issued_before_parent(plan, parent)
    assert f.details == {"date": "2023-03-20", "parent_date": "2023-04-05"}
    assert _evidence(f) == [("plan", 133, 166, "Đắk Mil, ngày 20 tháng 3 năm 2023")]
    plan, parent = _pair("p2_period_outside_parent")
    (f,) = period_outside_parent(plan, parent)
    assert f.details == {"period": "2023–2030", "parent_period": "2023–2028"}
    assert issued_before_parent(plan, parent) == []


@pytest.mark.slow  # 2.7 s: extracts a fixture pair
def test_task_not_covered_pairs_the_closest_item():
    plan, parent = _pair("p1_task_not_covered")
    (f,) = tasks_not_covered(plan, parent)
    assert f.code == "task-not-covered"
    assert f.details["task"].startswith("1. Tuyên truyền, cổ động trực quan 1.1. Nội dung")
    assert f.details["candidate"].startswith("1. Tuyên truyền sâu rộng đến cán bộ, đoàn viên")
    assert round(f.details["score"], 4) == 0.2159
    assert _evidence(f)[0] == ("parent", 1835, 1869, "1. Tuyên truyền, cổ động trực quan")


def test_plan_structure_findings():
    plan, _ = _pair("p1_section_missing")
    assert [(f.code, f.evidence, f.details) for f in sections_missing(plan)] == \
        [("section-missing", [], {"section": "MỤC ĐÍCH, YÊU CẦU"})]
    plan, _ = _pair("p2_numbering_gap")
    (f,) = numbering_gaps(plan)
    assert (f.code, f.severity, f.details) == ("numbering-gap", "info",
                                               {"message": "item numbering jumps to 6 (missing 5)"})
    assert _evidence(f)[0][:3] == ("plan", 4461, 4799)
    assert sections_missing(plan) == []


def test_resolve_parents():
    plan, parent = _pair("p1_parent_not_found")
    against = Against(docs={parent["document"]["doc_id"]: parent})
    parents, findings = resolve_parents(plan, against)
    assert parents == []
    (f,) = findings
    assert (f.code, f.details) == ("parent-not-found", {"ref": "Kế hoạch số 196/KH-LĐLĐ ngày 10/3/2023 của "
                                                                "Liên đoàn Lao động tỉnh Đắk Nông"})
    plan, _ = _pair("p1_clean_a")
    parents, findings = resolve_parents(plan, against)
    assert findings == [] and [p.cited["doc_id"] for p in parents] == [parent["document"]["doc_id"]]
    assert parents[0].ref["relation"] == "implements"


def test_report_rendering():
    f = Finding("target-weaker", "error", "Chỉ tiêu thấp hơn", [Evidence("plan", "c.txt", 3, 6, "80%\n")], "p.txt")
    rep = Report(plan="c.txt", parents=[{"source": "p.txt", "citation": "Kế hoạch số 1", "score": 1.0}], findings=[f])
    assert to_markdown([rep], "en") == "\n".join([
        "# Plan check report", "", "## Plan: c.txt", "", "**Summary:** 1 error, 0 warning, 0 info", "",
        "**Parent documents:**", "- p.txt (Kế hoạch số 1; 1.00)", "",
        "1. **[error] `target-weaker`** — Chỉ tiêu thấp hơn",
        "   - Evidence in the plan (characters 3–6): «80%»", ""])
    page = to_html([Report(plan="c.txt", parents=[], findings=[])])
    assert page.startswith("<!doctype html><html lang='vi'>")
    assert "<p>Không tìm thấy văn bản cấp trên trong bộ văn bản đối chiếu.</p>" in page
    assert "<p>Không phát hiện vấn đề.</p>" in page


def _child_with(tmp_path, name: str, new: str):
    """The parent-not-found fixture's child, saved as ``name``, with ``new`` in place of the end of its
    citation (the text the finding's message and evidence quote)."""
    text = (CASES / "p1_parent_not_found" / "child.txt").read_text(encoding="utf-8")
    old = "Liên đoàn Lao động tỉnh Đắk Nông về"
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_markdown_report_shows_document_markup_as_text(tmp_path):
    from pipeline.check import check_file
    path = _child_with(tmp_path, "a<b>&c.txt", "Liên đoàn Lao động tỉnh Đắk Nông <script>alert(1)</script> & về")
    rep = check_file(str(path), Against(docs={}), "en")
    rep.parents = [{"source": "<img src=x onerror=alert(1)>.txt", "citation": "Kế hoạch <b>1</b>", "score": 1.0}]
    md = to_markdown([rep], "en")
    assert md.splitlines()[2] == f"## Plan: {tmp_path}/a&lt;b>&amp;c.txt"
    assert "- &lt;img src=x onerror=alert(1)>.txt (Kế hoạch &lt;b>1&lt;/b>; 1.00)" in md.splitlines()
    cited = "Kế hoạch số 196/KH-LĐLĐ ngày 10/3/2023 của Liên đoàn Lao động tỉnh Đắk Nông &lt;script>alert"
    assert md.split("\n")[-3:] == [
        # (2.: the first is parent-unchecked, a warning: no parent was checked, issue 14)
        f"2. **[info] `parent-not-found`** — The plan it implements is not in the collection: {cited}.",
        f"   - Evidence in the plan (characters 327–416): «{cited}»", ""]
    assert "<" not in md and "&c" not in md
    # a ">" opens no markup: a target shown as ">=90%" stays readable in a terminal
    md = to_markdown([Report(plan=">=90% &amp; <b>", parents=[], findings=[])], "en")
    assert md.splitlines()[2] == "## Plan: >=90% &amp;amp; &lt;b>"


def test_html_report_has_no_control_character(tmp_path):
    from pipeline.check import check_file
    path = _child_with(tmp_path, "child\x1f.txt", "Liên đoàn Lao động tỉnh Đắk\x01Nông\x7f về")
    rep = check_file(str(path), Against(docs={}), "en")
    (nf,) = [f for f in rep.findings if f.code == "parent-not-found"]
    assert "Đắk\x01Nông\x7f" in nf.message  # the document's text, as it is
    page = to_html([rep], "en")
    assert not [c for c in page if (ord(c) < 32 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f]
    assert f"<h2>Plan: {tmp_path}/child\ufffd.txt</h2>" in page
    assert page.count("Đắk\ufffdNông\ufffd") == 2  # the message and the evidence



def test_the_plan_and_its_other_renderings_are_never_its_parent():
    """Seed 004 cites "Kế hoạch số 31/KH-LĐLĐ ... về thông tin, tuyên truyền về công tác thi đua khen
    thưởng năm 2024", all but its own title; it has no number or date, so a collection holding it
    (or its .pdf/.docx) offered it as the cited plan. The collection does not hold plan 31."""
    from pipeline.check import check_file
    stem = "004_8de1297c99c34097"
    paths = [f"corpus/seeds/{stem}.txt", f"corpus/generated/{stem}.pdf", f"corpus/generated/{stem}.docx"]
    docs = [_doc(p) for p in paths + ["corpus/seeds/001_f7ed4621f7bb48e0.txt"]]
    against = Against(docs={d["document"]["doc_id"]: d for d in docs})
    for path in paths:
        plan = _doc(path)["document"]
        assert [is_the_plan(plan, d["document"]) for d in docs] == [True, True, True, False]
        rep = check_file(path, against, "en")
        assert rep.parents == []
        # (A directive is a parent too, issue 14: "- Tiếp tục triển khai: Chỉ thị số 19/CT-TTg ...".)
        assert [(f.code, f.details["ref"]) for f in rep.findings if f.code == "parent-not-found"] == [
            ("parent-not-found", "Kế hoạch số 31/KH-LĐLĐ ngày 29/3/2024 của Ban Thường vụ Liên đoàn Lao động tỉnh"),
            ("parent-not-found", "Chỉ thị số 19/CT-TTg, ngày 16/7/2021 của Thủ tướng Chính phủ")]
    # another plan without number or date is not this one: its title differs
    other = {**docs[1]["document"], "doc_id": "x", "title": "Thông tin, tuyên truyền năm 2024"}
    assert not is_the_plan(docs[0]["document"], other)


def test_a_plan_in_the_collection_still_finds_its_parent():
    plan, parent = _pair("p1_clean_a")
    assert not is_the_plan(plan["document"], parent["document"])
    parents, findings = resolve_parents(plan, Against(docs={d["document"]["doc_id"]: d for d in (plan, parent)}))
    assert findings == [] and [p.cited["doc_id"] for p in parents] == [parent["document"]["doc_id"]]


# --- real implementation chains (tests/fixtures/check-real, issue 14) --------------------------

REAL = "tests/fixtures/check-real"


def _real(pair: str):
    from pipeline.check import check_file
    against = Against.from_paths([str(ROOT / REAL / f"{pair}-parent.txt")])
    return check_file(str(ROOT / REAL / f"{pair}-child.txt"), against)


def test_real_parents_of_every_kind_are_linked():
    """A Politburo resolution (p04, cited "Căn cứ" and in the programme's title), a director's
    decision (p06, "Thực hiện Quyết định số 1050/QĐ-SCT"), a ministry's decision a letter deploys in
    its subject line (p09, "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD")."""
    for pair in ("p04", "p06", "p09"):
        rep = _real(pair)
        assert [p["source"].rsplit("/", 1)[-1] for p in rep.parents] == [f"{pair}-parent.txt"]
        assert rep.parents[0]["relation"] == "implements"


def test_real_findings_p04_and_p06():
    rep = _real("p04")
    assert [(f.code, f.details.get("parent_value")) for f in rep.findings] == [
        ("deadline-after-parent", None), ("target-missing", "80%"), ("target-missing", "85%")]
    # Row 13 of the task table, "Hoàn thành cơ sở dữ liệu thống nhất, đồng bộ … | Năm 2025 và các
    # năm tiếp theo", for the resolution's "Hoàn thành xây dựng cơ sở dữ liệu quốc gia … trước năm
    # 2025" (a TF-IDF similarity of 0.24: the row condenses the bullet).
    late = rep.findings[0]
    assert late.details == {"date": "Năm 2025", "parent_date": "trước năm 2025"}
    assert late.evidence[0].line == 118
    # "Bộ Chính trị" signs the resolution whose header reads BAN CHẤP HÀNH TRUNG ƯƠNG: no mismatch.
    rep = _real("p06")
    (wrong,) = [f for f in rep.findings if f.code == "citation-mismatch"]
    assert wrong.details == {"field": "ngày ban hành", "cited": "2025-03-06", "actual": "2026-03-06"}
    # Right in the preamble, wrong in section 3.1: reported at the later mention.
    assert [e.text.split()[:4] for e in wrong.evidence] == [["Quyết", "định", "số", "1050/QĐ-SCT"]]
    assert "ngày 06/3/2025" in wrong.evidence[0].text
    # A decision's articles give no tasks or targets: said, not silent. Two inspections of
    # Phụ lục I fall in 2025, before the decision (06/3/2026) that orders the 2026 inspections.
    assert [f.code for f in rep.findings] == ["citation-mismatch", "parent-unchecked",
                                              "period-outside-parent", "period-outside-parent"]
    assert "không tìm thấy nhiệm vụ" in rep.findings[1].message
    assert [f.evidence[0].text for f in rep.findings[2:]] == ["25/3/2025", "27/3/2025"]
    assert rep.to_dict()["schema"] == "plans-check/1"


def test_real_letter_gets_no_plan_structure_findings():
    """No section or numbering findings on a letter; the decision it deploys is checked for its one
    deadline ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028"), which the letter keeps."""
    rep = _real("p09")
    assert rep.findings == []


def test_unrelated_parent_is_said_so():
    from pipeline.check import check_file
    against = Against.from_paths([str(ROOT / REAL / "p06-parent.txt")])
    rep = check_file(str(ROOT / REAL / "p04-child.txt"), against, "en")
    assert rep.parents == []
    (f,) = [f for f in rep.findings if f.code == "parent-unchecked"]
    assert f.severity == "warning" and f.details["reason"] == "the plan does not cite it"


def test_every_details_key_is_documented():
    """docs/check-report.md documents, per finding code, every key of ``details``: the keywords of
    each ``_finding(code, ...)`` call in pipeline/check.py and the placeholders of its messages."""
    import ast
    import string

    import regex

    from pipeline.check import _vocab
    doc = (ROOT / "docs" / "check-report.md").read_text(encoding="utf-8")
    documented: dict[str, set[str]] = {}
    for m in regex.finditer(r"^### `([a-z-]+)`\n((?:- .*\n(?:  .*\n)*)+)", doc, regex.M):
        documented[m.group(1)] = set(regex.findall(r"^- `(\w+)`", m.group(2), regex.M))
    used: dict[str, set[str]] = {code: set() for code in _vocab()["severity"]}
    tree = ast.parse((ROOT / "pipeline" / "check.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_finding" \
                and isinstance(node.args[0], ast.Constant):
            used[node.args[0].value] |= {k.arg for k in node.keywords if k.arg not in (None, "lang")}
    for lang in ("vi", "en"):
        for code, template in _vocab()["messages"][lang].items():
            used[code] |= {name for _, name, _, _ in string.Formatter().parse(template) if name}
    assert set(documented) == set(used)
    for code, keys in used.items():
        assert keys and keys <= documented[code], (code, keys - documented[code])


def test_evidence_gives_the_line_of_the_raw_file():
    """Evidence carries the 1-based lines of the file as read, beside the offsets of the normalised
    text (which joins wrapped lines: p06's citation of section 3.1 spans two lines of the file)."""
    rep = _real("p06")
    raw = (ROOT / REAL / "p06-child.txt").read_text(encoding="utf-8").split("\n")
    (wrong,) = [f for f in rep.findings if f.code == "citation-mismatch"]
    e = wrong.evidence[0]
    assert (e.line, e.end_line) == (32, 33)
    assert raw[31].endswith("Quyết định số") and raw[32].startswith("1050/QĐ-SCT ngày 06/3/2025")
    late = [f.evidence[0] for f in rep.findings if f.code == "period-outside-parent"]
    assert [(e.text, e.line) for e in late] == [("25/3/2025", 120), ("27/3/2025", 126)]
    assert all(e.text in raw[e.line - 1] for e in late)
    assert e.start != sum(len(x) + 1 for x in raw[:31])  # offsets are the normalised text's, not the file's
    d = rep.to_dict()["findings"][0]["evidence"][0]
    assert d["line"] == 32 and d["end_line"] == 33 and d["start"] == e.start


EXTRA = ROOT / "tests" / "fixtures" / "check-extra"


def test_plan_issued_late(tmp_path):
    """The parent says its children issue their plans "trong tháng 5/2024"; the child is dated
    12/6/2024 (tests/fixtures/check-extra/plan_issued_late). The same child dated 20/5/2024 is not
    late; "trước ngày 20/5/2024" makes that day late, "chậm nhất là ngày 20/5/2024" does not; a
    report due "trước ngày" is no plan's issue date."""
    from pipeline.check import check_file
    pair = EXTRA / "plan_issued_late"
    against = Against.from_paths([str(pair / "parent.txt")])
    rep = check_file(str(pair / "child.txt"), against)
    (late,) = [f for f in rep.findings if f.code == "plan-issued-late"]
    assert late.severity == "warning"
    assert late.details == {"date": "2024-06-12", "parent_date": "trong tháng 5/2024", "due": "2024-05-31"}
    assert [(e.document, e.text, e.line) for e in late.evidence] == [
        ("plan", "Vĩnh Bình Bắc, ngày 12 tháng 6 năm 2024", 9), ("parent", "trong tháng 5/2024", 53)]
    on_time = check_file(str(CASES / "p6_clean_a" / "child.txt"), against)
    assert "plan-issued-late" not in [f.code for f in on_time.findings]
    parent_text = (pair / "parent.txt").read_text(encoding="utf-8")
    for said, is_late in (("trước ngày 20/5/2024", True), ("chậm nhất là ngày 20/5/2024", False),
                          ("báo cáo kết quả trước ngày 15/5/2024", False)):
        (tmp_path / "p.txt").write_text(parent_text.replace("trong tháng 5/2024", said), encoding="utf-8")
        rep = check_file(str(CASES / "p6_clean_a" / "child.txt"), Against.from_paths([str(tmp_path / "p.txt")]))
        assert ("plan-issued-late" in [f.code for f in rep.findings]) == is_late, said


def test_recurring_deadline_after_parent():
    """"trước ngày 10/12 hằng năm" in the child is after "trước ngày 30/11 hằng năm" in the parent
    (tests/fixtures/check-extra/recurring_deadline); it is not compared with the one-off deadline
    of 15/10/2024, and the one-off deadlines (05/10/2024 within 15/10/2024) stay clean."""
    from pipeline.check import check_file
    pair = EXTRA / "recurring_deadline"
    rep = check_file(str(pair / "child.txt"), Against.from_paths([str(pair / "parent.txt")]))
    late = [f for f in rep.findings if f.code == "deadline-after-parent"]
    assert [(f.details, [e.text for e in f.evidence]) for f in late] == [
        ({"date": "--12-10", "parent_date": "--11-30"}, ["ngày 10/12", "ngày 30/11"])]


_ANNEX_PARENT = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 100/KH-UBND
Lâm Đồng, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Phát triển thư viện cơ sở giai đoạn 2025 - 2030

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng hoạt động thư viện.
II. MỤC TIÊU
{aims}
III. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng thư viện xã.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
{annex}"""
_ANNEX = """
PHỤ LỤC
CHỈ TIÊU PHÁT TRIỂN THƯ VIỆN CƠ SỞ ĐẾN NĂM 2030
| STT | Chỉ tiêu | Đơn vị tính | Năm 2030 |
|---|---|---|---|
| 1 | Tỷ lệ thôn, tổ dân phố có thư viện đạt chuẩn | % | {value} |
"""


def test_targets_in_annex_tables_of_parent_and_child(tmp_path):
    """A parent that sets its aims in an annex table alone, a child that restates one weaker in its
    body (70% for 80%), and the other way round: target-weaker both ways."""
    from pipeline.check import check_file
    child_head = _ANNEX_PARENT.replace("TỈNH LÂM ĐỒNG\nSố: 100/KH-UBND", "XÃ ĐẠ TẺH\nSố: 12/KH-UBND").replace(
        "ngày 10 tháng 01", "ngày 20 tháng 02").replace(
        "I. MỤC ĐÍCH", "Thực hiện Kế hoạch số 100/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Lâm Đồng.\n"
                       "I. MỤC ĐÍCH")
    cases = [(_ANNEX_PARENT.format(aims="Các chỉ tiêu tại Phụ lục kèm theo.", annex=_ANNEX.format(value=80)),
              child_head.format(aims="Đến năm 2030, 70% thôn, tổ dân phố có thư viện đạt chuẩn.", annex="")),
             (_ANNEX_PARENT.format(aims="Đến năm 2030, 80% thôn, tổ dân phố có thư viện đạt chuẩn.", annex=""),
              child_head.format(aims="Các chỉ tiêu tại Phụ lục kèm theo.", annex=_ANNEX.format(value=70)))]
    for n, (parent, child) in enumerate(cases):
        (tmp_path / f"parent{n}.txt").write_text(parent, encoding="utf-8")
        (tmp_path / f"child{n}.txt").write_text(child, encoding="utf-8")
        rep = check_file(str(tmp_path / f"child{n}.txt"), Against.from_paths([str(tmp_path / f"parent{n}.txt")]))
        assert [(f.code, f.details["parent_value"], f.details["value"]) for f in rep.findings] == [
            ("target-weaker", "80%", "70%")], n


def test_html_report_shows_both_texts_side_by_side():
    """p04's deadline finding: the plan's task row ("Năm 2025 và các năm tiếp theo") beside the
    resolution's bullet ("… trước năm 2025"), each in the text around it, the evidence marked."""
    rep = _real("p04")
    page = to_html([rep], "en")
    first = page.split("<li><span class='sev'")[1]
    assert first.count("<div class='side'>") == 2
    plan_side, parent_side = first.split("<div class='side'>")[1:]
    assert "Evidence in the plan: " in plan_side
    assert "p04-child.txt (characters 18994–19002, lines 118–118)" in plan_side
    # (the next row, "14 | …", on its own line as in the file: rows of a table are never joined)
    assert "| <mark>Năm 2025</mark> và các năm tiếp theo\n14 |" in plan_side
    assert "Evidence in the parent: " in parent_side and "p04-parent.txt (characters 14567–14575" in parent_side
    assert re.search(r"trước <mark>năm 2025</mark>", parent_side)
    # a report made without the documents (from JSON) quotes the evidence alone
    bare = Report(plan=rep.plan, parents=rep.parents, findings=rep.findings)
    assert "«<mark>Năm 2025</mark>»" in to_html([bare], "en")
