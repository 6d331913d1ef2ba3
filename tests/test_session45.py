"""The forty-fifth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
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


def test_a_peoples_committee_printed_once_before_its_places_is_one_unit_of_each():
    """assignprose-017 (a province's press release of its instruction): "phối hợp với … UBND huyện
    Long Mỹ, TP Vị Thanh" and "Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh" name two committees and
    two chairmen, each of its place; corpus/probes m379's "Ủy ban nhân dân xã Tri Tôn, xã Tịnh
    Biên, xã Ô Lâm" three."""
    units = _units(heldout.snippet_plan("assignprose-017"))
    assert {("UBND huyện Long Mỹ", "coordinate"), ("UBND TP Vị Thanh", "coordinate"),
            ("Chủ tịch UBND huyện Long Mỹ", "execute"), ("Chủ tịch UBND TP Vị Thanh", "execute")} <= units
    assert not any("Long Mỹ" in unit and "Vị Thanh" in unit for unit, _ in units)
    units = _units(extract(ROOT / "corpus/probes/m379.txt"))
    assert {(f"Ủy ban nhân dân xã {place}", "execute") for place in ("Tri Tôn", "Tịnh Biên", "Ô Lâm")} <= units
