"""The forty-sixth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and the real documents."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from pipeline.api import extract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")


def _units(plan) -> set[tuple[str, str]]:
    return {(r.unit, r.role) for r in plan.responsibilities}


def _implementation_units(text: str) -> set[tuple[str, str]]:
    return _units(extract(text=heldout.HEADER + heldout.IMPLEMENTATION + text + "\n", source="t.txt"))


def test_a_class_of_three_kinds_without_cac_opening_an_item_is_a_class():
    """assignprose5-011 (Hồ Chí Minh City's plan on the satisfaction survey): "1. Sở, ban, ngành, Ủy
    ban nhân dân quận-huyện, xã, phường, thị trấn thực hiện …" names two classes, as "Các sở, ban,
    ngành" would; two kinds alone ("Bộ, ngành" after "gửi … và") name one body again, no class."""
    assert _units(heldout.snippet_plan("assignprose5-011")) == {
        ("Sở, ban, ngành", "execute"), ("Ủy ban nhân dân quận-huyện, xã, phường, thị trấn", "execute")}
    assert _implementation_units("- Báo cáo gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý.") \
        == {("Sở Nông nghiệp và Môi trường", "report")}
