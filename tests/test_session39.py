"""The thirty-ninth session's rules (issue 13), on the held-out real snippets' development half
(tests/fixtures/heldout, odd numbers): aims in prose outside a targets part ("trong đó:", "tổng
số" tell no past), and indicators without the words that link, frame or set out the aims."""
from __future__ import annotations

import importlib
import sys

import pytest

from pipeline.api import extract

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")


def _snippet_targets(snippet_id: str) -> list[tuple]:
    kind = snippet_id.rsplit("-", 1)[0]
    snippet = next(s for s in heldout.snippets(kind) if s["id"] == snippet_id)
    doc = extract(text=heldout.plan_text(kind, snippet), source=f"{snippet_id}.txt")
    return [(t.value, t.until, t.unit, t.indicator) for t in doc.targets]


def test_a_breakdown_and_a_total_tell_no_past():
    # (A press page quoting a city's plan, no heading of aims: "…, trong đó: Huy động ít nhất 50%
    # trẻ em độ tuổi nhà trẻ, …" lost every aim to "trong đó:" read as a report's breakdown.)
    found = _snippet_targets("aimsprose-023")
    assert (50, None, "%", "trẻ em độ tuổi nhà trẻ") in found
    assert (10, None, "%", "trẻ đạt tiêu chuẩn phát triển") in found
    assert (60, None, "%", "trường đạt tiêu chuẩn kiểm định chất lượng giáo dục") in found
    # "nâng tổng số trường đạt chuẩn quốc gia lên 213 trường" is an aim, "tổng số" no report.
    assert (213, None, "trường", "tổng số trường đạt chuẩn quốc gia") in _snippet_targets("aimsprose-091")


@pytest.mark.parametrize("sentence, indicator", [
    # A linking word, a topic up to its comma, the words setting out aims with their subject.
    ("Đồng thời, tạo ra khoảng 6,3 triệu việc làm.", "tạo ra"),
    ("Việt Nam đặt mục tiêu nâng tỷ lệ lao động qua đào tạo lên 40% vào năm 2030.",
     "nâng tỷ lệ lao động qua đào tạo"),
    ("Về phát triển kinh tế số, mục tiêu đặt ra là tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 30%.",
     "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số"),
])
def test_indicators_without_the_words_that_frame_the_aim(sentence, indicator):
    text = heldout.HEADER + sentence + "\n"
    assert [t.indicator for t in extract(text=text).targets] == [indicator]
