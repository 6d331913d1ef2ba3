"""Rules of the twenty-fifth session, on the development half of batch 28 of the probes (made-up
plans in the renderings of real ones, annotated blind: corpus/probes/m225, m227, m229, m231)."""
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.extract.header import _two_names
from pipeline.extract.responsibilities import leading_units
from pipeline.tables import aligned, cell_tables

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "corpus" / "probes"
sys.path.insert(0, str(ROOT / "scripts"))

from differential_tables import one_cell_a_line  # noqa: E402


def _plan(name: str):
    return extract(path=str(PROBES / f"{name}.txt"))


def test_a_short_row_takes_no_group_heading_and_rows_after_it_stay_as_wide_as_the_table():
    # m227's annex of tasks, one cell a line: row 2 is printed short (a cell merged down left
    # out), then the group's row "II. HẠ TẦNG SỐ" with its five empty cells. The group's row was
    # joined to row 2 as its last cell, and every row after it read with four empty cells in
    # front (ten cells under a header of six): none of their bodies was read.
    doc = _plan("m227")
    lo = doc.text.find("DANH MỤC NHIỆM VỤ")
    rows = [r.cells for table in cell_tables(doc.text, lo, len(doc.text)) for r in aligned(table)]
    assert {len(cells) for cells in rows} <= {4, 5, 6}
    assert rows[4][:1] == ["II. HẠ TẦNG SỐ"]
    assert rows[5][:3] == ["3", rows[5][1], "Các doanh nghiệp viễn thông"]
    annex = {(r.unit, r.role) for r in doc.responsibilities if r.start > lo}
    assert {("Chi cục Hải quan khu vực XI", "coordinate"), ("Hiệp hội Du lịch tỉnh", "coordinate"),
            ("Trường Đại học Quảng Bình", "lead"), ("Sở Xây dựng", "lead"),
            ("UBND các xã, phường, đặc khu", "coordinate"), ("Bảo hiểm xã hội tỉnh", "coordinate")} <= annex
    # (68: a bare "Trung tâm" watching, a name cut short, is no unit since the twenty-ninth session;
    # 69: a class of schools over its levels, "các cơ sở giáo dục đại học, giáo dục nghề nghiệp",
    # since the thirtieth; 71: "Phân hiệu Đại học Huế tại Quảng Trị" named with its place, as it
    # executes and leads, since the thirty-fourth.)
    assert len(doc.responsibilities) == 71


def test_a_joint_plans_header_and_signatures_side_by_side():
    # m231, a PDF's text layer: "UBND TỈNH BÌNH ĐỊNH BÁO THANH NIÊN CỘNG HÒA …" (the two issuers'
    # columns run together), the type line "KẾ HOẠCH LIÊN TỊCH" (four words, no title of its own:
    # the title on the lines below was lost), and the two signatures side by side on each line.
    doc = _plan("m231").document
    assert (doc.parent_issuer, doc.issuer) == ("UBND TỈNH BÌNH ĐỊNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert doc.doc_type == "KẾ HOẠCH LIÊN TỊCH"
    assert doc.title == ("Tổ chức Chương trình “Tư vấn tuyển sinh - hướng nghiệp” và Ngày hội “Chọn nghề hôm "
                         "nay - Vững bước tương lai” cho học sinh trung học phổ thông tỉnh Bình Định năm 2025")
    assert (doc.signing_capacity, doc.signer_title, doc.signer) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                                                     "Trương Công Hiển")


def test_two_names_side_by_side_are_cut_before_a_family_name():
    assert _two_names("Trương Công Hiển Đặng Ngọc Bảo Trâm") == "Trương Công Hiển"
    # (A family name that is a given name too, "Hà", is no cut where a more even one is.)
    assert _two_names("Lê Văn Hà Nguyễn Thị Lan") == "Lê Văn Hà"
    assert _two_names("Nguyễn Văn An") is None


def test_a_capitals_title_goes_on_over_an_authority_after_a_word_that_ends_no_title():
    # m225: "… NGÀY 14 THÁNG 11 NĂM 2025 CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ …" (the authority's
    # line ended the title at "CỦA").
    assert _plan("m225").document.title == (
        "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG NGÀY 14 THÁNG 11 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG "
        "CƯỜNG CÔNG TÁC PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM, HỌC SINH TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ")


def test_the_committee_for_the_advancement_of_women_is_one_name():
    # The tagger cut "Ban Vì sự" before "tiến bộ" (a verb) where a class of bodies follows.
    assert leading_units("Ban Vì sự tiến bộ của phụ nữ các sở, ban, ngành, đoàn thể tỉnh")[0] == [
        "Ban Vì sự tiến bộ của phụ nữ các sở, ban, ngành, đoàn thể tỉnh"]
    units = {(r.unit, r.role) for r in _plan("m229").responsibilities}
    assert ("Ban Vì sự tiến bộ của phụ nữ các sở, ban, ngành, đoàn thể tỉnh", "execute") in units
    assert not any(u == "Ban Vì sự" for u, _ in units)


def _readings(text: str) -> tuple[Counter, set]:
    doc = extract(text=text, source="plan.txt")
    return (Counter((t.value, t.until, t.unit, t.indicator, t.kind, t.deadline) for t in doc.targets),
            {(r.unit, r.role) for r in doc.responsibilities})


@pytest.mark.parametrize("name", [
    "m194",  # a header over two rows (its merged cells printed empty), a group's rows, "Trong đó:" rows
    pytest.param("m163", marks=pytest.mark.slow),  # the last row's cells after an empty one
    pytest.param("m125", marks=pytest.mark.slow),
    pytest.param("m145", marks=pytest.mark.slow),
    pytest.param("m177", marks=pytest.mark.slow),
    pytest.param("m221", marks=pytest.mark.slow),
    pytest.param("m227", marks=pytest.mark.slow),
    # A Youth Union's table of quotas given to its units under "CHỈ TIÊU GIAO CÁC ĐƠN VỊ …": each
    # row's unit executes, read in the second rendering too.
    pytest.param("m57", marks=pytest.mark.slow),
    # A Prime Minister's task annex whose cells list bodies one a line ("Cục Thống kê (Bộ Tài
    # chính)<br>VCCI", "Các bộ, cơ quan liên quan<br>Văn phòng Chính phủ"): printed one cell a line
    # the breaks are a page's as much as the cell's, and the lines are whole units all the same.
    pytest.param("m131", marks=pytest.mark.slow),
])
def test_a_plans_tables_read_alike_as_pipes_and_one_cell_a_line(name):
    # A differential test of the two renderings of one table: rows printed with every cell, their
    # empty ones as a bar alone, are read by their stride (tables._strided). Before, the probes'
    # dev plans with pipe tables lost 1,003 of their 3,606 targets printed one cell a line.
    text = (PROBES / f"{name}.txt").read_text()
    targets, units = _readings(text)
    assert targets and _readings(one_cell_a_line(text)[0]) == (targets, units)
