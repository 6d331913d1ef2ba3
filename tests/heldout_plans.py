"""The held-out harness (scripts/heldout_eval.py) as the session tests read it: the module itself,
a plan's (unit, role) pairs, and sentences read as a small plan's implementation part."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from pipeline.api import extract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")


def unit_pairs(plan) -> set[tuple[str, str]]:
    """A plan's responsibilities as (unit, role) pairs."""
    return {(r.unit, r.role) for r in plan.responsibilities}


def implementation_units(sentences: str) -> set[tuple[str, str]]:
    """The (unit, role) pairs of sentences read under the harness's header and implementation
    heading."""
    return unit_pairs(extract(text=heldout.HEADER + heldout.IMPLEMENTATION + sentences + "\n"))
