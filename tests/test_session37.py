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
])
def test_a_reported_sums_share_of_the_estimate_is_named_by_its_subject(text, aims):
    assert _aims(text) == aims


def test_a_task_completing_the_plan_keeps_the_plans_words():
    # No sum reported before the value: the words after it still say what it is of.
    assert _aims("II. MỤC TIÊU\n\n- Tỷ lệ giải ngân vốn đầu tư công đạt 95% kế hoạch vốn được giao.\n") == [
        (95, "%", "Tỷ lệ giải ngân vốn đầu tư công")]
