"""The forty-first session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers): a table of aims written one cell a paragraph whose header's upper row names one
measure in capitals over its years ("TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ" over "Năm 2022 | … | Năm
2025"), under a caption naming aims, its cells' figures printed with a decimal point ("92.75%")."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from pipeline.api import extract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")
targets_module = importlib.import_module("pipeline.extract.targets")


def _snippet_plan(sid: str):
    kind = sid.rsplit("-", 1)[0]
    snippet = next(s for s in heldout.snippets(kind) if s["id"] == sid)
    return extract(text=heldout.plan_text(kind, snippet), source=f"{sid}.txt")


def test_one_measure_in_capitals_over_its_years_under_a_caption_of_aims():
    plan = _snippet_plan("aimstables-025")
    got = [(t.value, t.unit, t.indicator, t.deadline, t.kind) for t in plan.targets]
    assert len(got) == 16
    assert got[:4] == [(92, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2022", "target"),
                       (92.75, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2023", "target"),
                       (94, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2024", "target"),
                       (95, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2025", "target")]
    assert got[-1] == (95, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ Bắc Giang", "2025", "target")


@pytest.mark.parametrize(("cell", "value"), [
    ("92.75%", 92.75),  # a decimal point before two digits
    ("9.06", 9.06),
    ("91.0", 91),
    ("1.500", 1500),  # before three, a thousands' mark
    ("12.500,5", 12500.5),
    ("7,6", 7.6),
])
def test_a_cells_decimal_point_before_one_or_two_digits(cell, value):
    match = targets_module._value_cell(cell)
    assert match is not None and targets_module._cell_number(match) == value


def test_a_line_in_capitals_is_a_header_cell_of_its_own():
    from pipeline.tables import _abbreviation_wrap
    assert not _abbreviation_wrap("Tỉnh, thành phố", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ")
    assert _abbreviation_wrap("Số sản phẩm", "OCOP 3 sao trở lên")
