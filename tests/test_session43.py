"""The forty-third session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers): a line announcing aims ("Chiến lược đề ra mục tiêu:", "mục tiêu … như sau: …") makes
the figures after it aims as a heading of aims does."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from pipeline.api import extract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n"


def _targets(plan) -> list[tuple]:
    return [(t.value, t.until, t.unit, t.kind) for t in plan.targets]


def test_a_line_ending_in_a_colon_announces_the_items_under_it():
    """aimsprose3-001, a national strategy's aims: "Chiến lược đề ra mục tiêu:" then "1. Đến năm
    2025" and its lettered items; the counts of the items need no verb of aiming ("Hình thành được
    02 trung tâm …", "Nâng cấp, hình thành mới được 10 cơ sở …")."""
    got = _targets(heldout.snippet_plan("aimsprose3-001"))
    assert got == [(5, None, "nước", "target"), (60, None, "nước", "target"),
                   (5, None, "thương hiệu", "target"), (1, None, "trung tâm quốc", "target"),
                   (2, None, "trung tâm đổi", "target"), (10, None, "cơ sở nghiên", "target")]


def test_the_rest_of_a_line_after_aims_announced_in_it():
    """aimsprose3-003: "Cụ thể, mục tiêu phát triển khoa học, công nghệ đến năm 2025 như sau: …; có
    25 - 30 tổ chức khoa học và công nghệ được xếp hạng …; … thuộc nhóm 40 quốc gia hàng đầu"."""
    got = _targets(heldout.snippet_plan("aimsprose3-003"))
    assert (25, 30, "tổ chức khoa", "target") in got
    assert (40, None, "quốc gia", "target") in got


def test_no_announcement_without_the_words_of_aims():
    """A colon after other words announces nothing: the count with no verb of aiming stays out."""
    text = HEADER + "Các nhiệm vụ như sau:\n\n1. Năm 2026\n\na) Có 02 trung tâm đổi mới sáng tạo.\n"
    assert _targets(extract(text=text, source="t.txt")) == []
    aimed = HEADER + "Mục tiêu như sau:\n\n1. Năm 2026\n\na) Có 02 trung tâm đổi mới sáng tạo.\n"
    assert _targets(extract(text=aimed, source="t.txt")) == [(2, None, "trung tâm đổi", "target")]


def test_a_section_of_the_situation_is_not_announced():
    """Under "I. KẾT QUẢ THỰC HIỆN", "Các chỉ tiêu đạt được như sau: …" reports: achieved."""
    text = HEADER + ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nCác chỉ tiêu như sau: tỷ lệ hộ nghèo còn 2,1%; "
                     "có 15 xã đạt chuẩn nông thôn mới.\n")
    assert _targets(extract(text=text, source="t.txt")) == [(2.1, None, "%", "achieved"),
                                                            (15, None, "xã", "achieved")]
