"""The thirty-seventh session's rules (issue 13): what a share of the estimate measures in a budget
report, named by the sum reported before it or by its clause's label."""
from __future__ import annotations

import pytest

from pipeline import extract

_REPORT = "KẾ HOẠCH\nTài chính - ngân sách nhà nước 03 năm\n\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN\n\n"


def _aims(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(t.value, t.unit, t.indicator) for t in extract(text=_REPORT + text).targets]


@pytest.mark.parametrize("text, aims", [
    # A label before a colon names what the report after it measures (its line, or the line above).
    ("a) Thu nội địa: ước\nthực hiện 3.420.000 triệu đồng, đạt 106,5% dự toán, tăng 7,1% so với cùng kỳ.\n",
     [(106.5, "%", "Thu nội địa"), (7.1, "%", "Thu nội địa")]),
    ("b) Chi thường xuyên:\nước thực hiện 8.076.650 triệu đồng, đạt 99,1% dự toán, cơ bản đáp ứng các nhiệm vụ.\n",
     [(99.1, "%", "Chi thường xuyên")]),
    # A share of the estimate after a sum reported for its subject measures that subject, not the
    # words after the estimate (the sum itself, a budget plan's reported money, is no target).
    ("- Thu tiền sử dụng đất ước đạt\n540.000 triệu đồng, đạt 120% dự toán, chủ yếu từ việc đấu giá.\n",
     [(120, "%", "Thu tiền sử dụng đất")]),
    # So does a share of a whole after it ("chiếm 36,5% tổng thu nội địa").
    ("- Thu từ khu vực ngoài quốc doanh ước đạt 1.250.000 triệu đồng, đạt 101,8% dự toán, chiếm 36,5% tổng thu "
     "nội địa.\n",
     [(101.8, "%", "Thu từ khu vực ngoài quốc doanh"),
      (36.5, "%", "Thu từ khu vực ngoài quốc doanh trong tổng thu nội địa")]),
])
def test_a_reported_sums_share_of_the_estimate_is_named_by_its_subject(text, aims):
    assert _aims(text) == aims


def test_a_task_completing_the_plan_keeps_the_plans_words():
    # No sum reported before the value: the words after it still say what it is of.
    assert _aims("II. MỤC TIÊU\n\n- Tỷ lệ giải ngân vốn đầu tư công đạt 95% kế hoạch vốn được giao.\n") == [
        (95, "%", "Tỷ lệ giải ngân vốn đầu tư công")]


_SCALE = "KẾ HOẠCH\nTổ chức chương trình tư vấn tuyển sinh\n\n"


def test_a_heading_naming_the_scale_sets_aims_beside_the_scope():
    # "QUY MÔ" beside "ĐỐI TƯỢNG" (scope, no aims) and "Tổng số" (a past cue elsewhere): aims.
    text = (_SCALE + "II. THỜI GIAN, ĐỊA ĐIỂM, ĐỐI TƯỢNG VÀ QUY MÔ\n4. Quy mô\n- Tổng số học sinh tham dự trực "
            "tiếp không dưới 11.000 lượt; mỗi điểm tổ chức đón từ\n1.500 đến 2.200 học sinh.\n")
    assert [(t.value, t.until, t.unit) for t in extract(text=text).targets] == [
        (11000, None, "lượt"), (1500, 2200, "học sinh")]


@pytest.mark.parametrize("heading", ["II. ĐỐI TƯỢNG\n1. Quy mô trường lớp, học sinh",
                                     "II. ĐỐI TƯỢNG\n1. Vùng sản xuất tập trung quy mô lớn"])
def test_the_scale_of_a_thing_in_a_heading_describes(heading):
    # The scale of a named thing describes what there is, as the scope does: no aims.
    text = _SCALE + heading + "\n- Tổng số học sinh toàn trường là 1.004 học sinh.\n"
    assert extract(text=text).targets == []


def test_a_national_bodys_matter_after_quoc_gia_ve_is_its_name():
    text = ("KẾ HOẠCH\nThực hiện năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Trung tâm Quốc gia về Dịch vụ việc làm chủ "
            "trì xây dựng sàn giao dịch việc làm.\n")
    assert {(r.unit, r.role) for r in extract(text=text).responsibilities} >= {
        ("Trung tâm Quốc gia về Dịch vụ việc làm", "lead")}
