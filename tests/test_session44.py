"""The forty-fourth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and the real documents: a table a web page's text copy writes one cell a paragraph keeps
its unit's cell apart from the name before it."""
from __future__ import annotations

from heldout_plans import ROOT, heldout, unit_pairs

from pipeline.api import extract
from pipeline.normalize import normalize

HEADER, IMPLEMENTATION = heldout.HEADER, heldout.IMPLEMENTATION


def test_a_unit_cell_after_a_blank_line_is_no_wrap_of_the_name_before():
    """aimstables-009, a table of a province's report copied from its web page: each cell a
    paragraph; the unit "điểm" in lower case after the indicator's cell is a cell of its own (it had
    been joined to the name, and the row lost its unit column)."""
    text = ("Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều\n\nđiểm\n\n1-1,5\n\n1,1\n\nVượt\n")
    assert normalize(text).text == text
    got = [(t.value, t.until, t.unit, t.indicator, t.kind) for t in heldout.snippet_plan("aimstables-009").targets]
    indicator = "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều"
    assert got[:2] == [(1, 1.5, "điểm", indicator, "target"), (1.1, None, "điểm", indicator, "achieved")]


def test_a_wrapped_line_before_a_figure_and_a_page_number_is_joined():
    """corpus/probes m295's task table as a PDF's text layer writes it: the product cell wrapped
    over two lines, then the next row's number and, after a blank line, the page's: the wrap is
    joined (the two figures are not spaced alike, so no row of cells)."""
    text = ("Hệ thống vận hành 24/7; 100% hệ thống thông tin cấp độ 3 trở\nlên được kết nối giám sát\n33\n\n"
            "11\n\nTổ chức diễn tập\n")
    assert normalize(text).text.startswith("Hệ thống vận hành 24/7; 100% hệ thống thông tin cấp độ 3 trở lên được")


def test_bodies_after_a_vague_kind_joined_by_and():
    """assignprose4-037, a Prime Minister's dispatch as the press quotes it: "phối hợp với các bộ,
    ngành, cơ quan liên quan và UBND các tỉnh, thành phố trực thuộc Trung ương": the vague kind
    closing the class does not end the list, the body after "và" coordinates too."""
    got = unit_pairs(heldout.snippet_plan("assignprose4-037"))
    assert {("Bộ Công an", "lead"), ("các bộ, ngành", "coordinate"),
            ("UBND các tỉnh, thành phố trực thuộc Trung ương", "coordinate")} <= got


def test_a_document_or_a_bare_head_as_the_requester():
    """assignprose4-021 and -039, a ministry's letters as the press quotes them: "Bộ cũng yêu cầu
    Tổng cục Đường bộ Việt Nam và các Cục: Hàng không, …", "Văn bản yêu cầu Giám đốc Sở GD&ĐT, …":
    the units after the request's word are asked though no body's name opens the clause."""
    got = unit_pairs(heldout.snippet_plan("assignprose4-021"))
    assert {("Tổng cục Đường bộ Việt Nam", "execute"), ("Cục Hàng không", "execute")} <= got
    assert ("Giám đốc Sở GD&ĐT", "execute") in unit_pairs(heldout.snippet_plan("assignprose4-039"))
    # (Nor a directing word after a document, "Văn bản chỉ đạo …" naming the documents that direct.)
    assert not unit_pairs(extract(text=HEADER + IMPLEMENTATION + "Văn bản chỉ đạo các sở, ngành về phòng dịch.\n",
                              source="t.txt"))


def test_a_list_ends_the_name_of_the_body_reported_to():
    """assignprose-013, a Deputy Prime Minister's conclusions: "hằng tháng báo cáo Thủ tướng danh
    sách các bộ, ngành, địa phương chưa hoàn thành": the list reported is no part of the name."""
    got = unit_pairs(heldout.snippet_plan("assignprose-013"))
    assert ("Thủ tướng", "report") in got
    assert not any(unit.startswith("Thủ tướng danh sách") for unit, _ in got)


def test_a_count_of_aims_announcing_the_lines_under_it():
    """aimsprose4-001, a province's aims for a year: "25 chỉ tiêu phấn đấu năm 2024" then "11 chỉ
    tiêu kinh tế gồm:" over lines of "indicator: value": the sums of money after the colons are
    aims too (they had been read as figures of no aim, outside a heading of aims)."""
    got = [(t.value, t.unit, t.indicator) for t in heldout.snippet_plan("aimsprose4-001").targets]
    assert (12800, "tỷ đồng", "Thu ngân sách nhà nước") in got
    assert (104, "triệu đồng/năm", "GRDP bình quân đầu người") in got
    assert len(got) == 16


def test_not_only_ends_a_name():
    """assignprose2-013, a minister's instructions as the press reports them: "Trung tâm không chỉ
    giới thiệu giải pháp …" names no unit "Trung tâm không chỉ" (a bare head, generic, once "không
    chỉ" ends it)."""
    got = unit_pairs(heldout.snippet_plan("assignprose2-013"))
    assert ("Cục Chuyển đổi số quốc gia", "execute") in got
    assert not any(unit.startswith("Trung tâm") for unit, _ in got)


def test_a_row_of_fewer_values_under_columns_of_years_fills_the_last():
    """corpus/probes m357 (dev), a province's annex as its PDF's text layer writes it, one cell a
    line and the empty cells left out: "10\\nSố sản phẩm đạt 5 sao (lũy kế)\\nSản phẩm\\n1\\n1\\n2\\n3
    \\nSở NN&MT" under six columns of years ("Ước TH năm 2025", "Năm 2026" … "Năm 2030") is read into
    the last ones (it had been left unread); not under a comparison's column (m369's "So sánh (%)",
    which its rows of rates leave empty)."""
    from pipeline.api import extract
    from pipeline.tables import year_column
    plan = extract(path=ROOT / "corpus" / "probes" / "m357.txt")
    regions = "Số vùng nguyên liệu tập trung đạt chuẩn phục vụ chế biến"
    got = [(t.value, t.deadline) for t in plan.targets if t.indicator == regions]
    assert got == [(6, "2028"), (8, "2029"), (10, "2030")]
    assert year_column("Kế hoạch giai đoạn Năm 2026") and year_column("Ước TH\nnăm 2025")
    assert not year_column("So sánh KH 2026/ ƯTH 2025 (%)") and not year_column("So sánh (%)")
    assert not year_column("Chợ được cải tạo, nâng cấp năm 2026 (chợ)")
    m369 = extract(path=ROOT / "corpus" / "probes" / "m369.txt")
    # (Its row "7\nTỷ lệ lao động qua đào tạo\n%\n78,5\n80" stays unread: no telling which columns.)
    assert not [t for t in m369.targets if t.indicator == "Tỷ lệ lao động qua đào tạo"]


def test_a_plans_own_bullets_ending_it_are_no_page_chrome():
    """aimsprose4-009, a Party congress's aims as its page prints them, each a "•" bullet: with no
    signature nor recipients before them they are the document's own lines (they had been dropped
    as a page's list of links, and with them every aim); "đến cuối nhiệm kỳ" ends no indicator."""
    got = [(t.value, t.unit, t.indicator) for t in heldout.snippet_plan("aimsprose4-009").targets]
    assert (417000, "tấn", "Sản lượng thuỷ, hải sản") in got
    assert (75, "triệu đồng/người/năm", "GRDP bình quân đầu người") in got
    assert len(got) == 9
    from pipeline.segment import find_body
    closed = ("KẾ HOẠCH\nVề việc X\n\nI. MỤC TIÊU\n- Đạt 90%.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
              "• Tin liên quan\n• Văn bản mới\n")
    assert closed[:find_body(closed)[1]].endswith("CHỦ TỊCH")
    opened = "KẾ HOẠCH\nVề việc X\n\nI. MỤC TIÊU\n• Sản lượng lúa đạt 417.000 tấn.\n"
    assert find_body(opened)[1] == len(opened) - 1
