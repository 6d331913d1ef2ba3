"""The thirty-eighth session's rules (issue 13): bodies named by an acronym the lexicon lacks, the
plan's own abbreviations in a dashed legend or in groups of capitals, a class's members glued to
its kind; and the held-out real snippets of tests/fixtures/heldout, scored as a regression."""
from __future__ import annotations

import importlib
import sys

import pytest
from test_session35 import _IMPL, _units

from pipeline.api import extract
from pipeline.extract.abbreviations import find_abbreviations

from conftest import ROOT


@pytest.mark.parametrize("clause, units", [
    # A body's acronym the lexicon does not hold, in a list after a cue and a body.
    ("1. Sở Công Thương chủ trì, phối hợp với EVNNPC, VNPT Nghệ An và Viettel Nghệ An triển khai.\n",
     {("Sở Công Thương", "lead"), ("EVNNPC", "coordinate"), ("VNPT Nghệ An", "coordinate"),
      ("Viettel Nghệ An", "coordinate")}),
    # A known body's acronym before "và" and a class: two units (was one, "VCCI và các cơ quan liên
    # quan", dropped as vague).
    ("1. Giao Sở Y tế, VCCI và các cơ quan liên quan thực hiện.\n", {("Sở Y tế", "execute"), ("VCCI", "execute")}),
    # After a cue, and opening a clause before a role's words.
    ("1. Giao EVNNPC chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.\n",
     {("EVNNPC", "lead"), ("Sở Tài chính", "coordinate")}),
    ("- VUFO chủ trì, phối hợp với Sở Ngoại vụ.\n", {("VUFO", "lead"), ("Sở Ngoại vụ", "coordinate")}),
    # A class's members glued to its kind, and after a class of kinds and a colon.
    ("1. Giao các Sở TN&MT, Xây dựng, Tài chính chuẩn bị các nội dung làm việc.\n",
     {("Sở TN&MT", "execute"), ("Sở Xây dựng", "execute"), ("Sở Tài chính", "execute")}),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ngành: Y tế, Tài chính, Chủ tịch UBND các huyện chịu "
     "trách nhiệm thi hành quyết định này.\n",
     {("Chánh Văn phòng UBND tỉnh", "execute"), ("Giám đốc Sở Y tế", "execute"), ("Giám đốc Sở Tài chính", "execute"),
      ("Chủ tịch UBND các huyện", "execute")}),
    # A bracketed number and a linking word before the units.
    ("(4) Bộ Giáo dục và Đào tạo chủ trì, hướng dẫn việc rà soát.\n", {("Bộ Giáo dục và Đào tạo", "lead")}),
    ("Theo đó, các sở, ban, ngành triển khai thực hiện.\n", {("các sở, ban, ngành", "execute")}),
])
def test_units_named_by_acronyms_and_members_of_classes(clause, units):
    assert units <= _units(clause)


@pytest.mark.parametrize("clause", [
    "- CNTT được ứng dụng rộng rãi.\n",  # a thing's acronym (the lexicon's)
    "- CBCCVC có trách nhiệm thực hiện nghiêm.\n",
    "**PHÂN CÔNG NHIỆM VỤ**\n\nTổ chức thực hiện.\n",  # a heading in capitals
    "a) Hoàn thiện hệ thống quản trị tổng thể (ERP) theo phương thức PPP trong năm 2026, Sở Tài chính chủ trì.\n",
])
def test_an_acronym_alone_or_of_a_thing_names_no_unit(clause):
    names = {unit for unit, _ in _units(clause)}
    assert not names & {"CNTT", "CBCCVC", "PHÂN", "PHÂN CÔNG NHIỆM VỤ", "ERP", "PPP"}


def test_a_dashed_legend_and_groups_of_capitals_define_the_plans_abbreviations():
    legend = "*Chữ viết tắt: BTC - Bộ Tài chính; NHNN - Ngân hàng Nhà nước Việt Nam; Bộ CT - Bộ Công Thương.*\n"
    assert [(a.short, a.long) for a in find_abbreviations(legend) if a.source == "inline"] == [
        ("BTC", "Bộ Tài chính"), ("NHNN", "Ngân hàng Nhà nước Việt Nam"), ("Bộ CT", "Bộ Công Thương")]
    inline = "Giao Ban Quản lý Khu kinh tế tỉnh (BQL KKT) chủ trì; tại Hà Nội (Hà Nội) và Sở Y tế (SYT)."
    assert [(a.short, a.long) for a in find_abbreviations(inline) if a.source == "inline"] == [
        ("BQL KKT", "Ban Quản lý Khu kinh tế tỉnh"), ("SYT", "Sở Y tế")]
    # One unit however it is named: "BQL KKT" in the annex is the body the text names in full.
    text = ("1. Ban Quản lý Khu kinh tế tỉnh (BQL KKT) chủ trì tổ chức thực hiện.\n\nPHỤ LỤC\n"
            "| TT | Nhiệm vụ | Chủ trì | Phối hợp |\n|---|---|---|---|\n"
            "| 1 | Thu hút đầu tư | BQL KKT | Sở Tài chính |\n")
    assert sorted((r.unit, r.role) for r in extract(text=_IMPL + text).responsibilities
                  if r.role == "lead") == [("Ban Quản lý Khu kinh tế tỉnh", "lead")]


@pytest.mark.slow  # (382 snippets: about 15 s)
def test_held_out_real_snippets():
    # First sight (the thirty-eighth session's start, 42271e5), dev / test: aims in prose 199/39/91,
    # 180/37/90; aims in tables 21/50/186, 35/39/178; assignments 122/69/129, 110/39/135. The second
    # batch at the thirty-ninth session's start (f893a37): aims in prose 108/21/32, 98/4/29;
    # assignments 45/8/67, 46/9/60. The third at the fortieth's (82598c8): aims in tables 0/4/16,
    # 0/6/12; assignments 14/7/12, 14/6/17 (tests/fixtures/heldout). From then on the small plan
    # carries no date (scripts/heldout_eval.py): the tables of aims at that start read 26/50/181,
    # 43/39/170 so; every other kind the same.
    sys.path.insert(0, str(ROOT / "scripts"))
    heldout = importlib.import_module("heldout_eval")
    found = {}
    for kind in heldout.KINDS:
        field = "responsibilities" if kind.startswith("assign") else "targets"
        for split in ("dev", "test"):
            s = heldout.score(kind, split)[0][field]
            found[kind, split] = (s.tp, s.fp, s.fn)
    assert found == {("aimsprose", "dev"): (231, 17, 59), ("aimsprose", "test"): (192, 29, 78),
                     ("aimstables", "dev"): (97, 25, 110), ("aimstables", "test"): (105, 9, 108),
                     ("assignprose", "dev"): (191, 50, 60), ("assignprose", "test"): (129, 50, 116),
                     ("aimsprose2", "dev"): (116, 15, 24), ("aimsprose2", "test"): (104, 1, 23),
                     ("assignprose2", "dev"): (68, 8, 44), ("assignprose2", "test"): (52, 15, 54),
                     ("aimstables3", "dev"): (0, 4, 16), ("aimstables3", "test"): (0, 6, 12),
                     ("assignprose3", "dev"): (17, 3, 9), ("assignprose3", "test"): (17, 7, 14),
                     ("assignprose4", "dev"): (55, 19, 27), ("assignprose4", "test"): (26, 16, 13),
                     ("aimsprose3", "dev"): (51, 5, 15), ("aimsprose3", "test"): (87, 6, 6),
                     ("aimsbudget", "dev"): (0, 1, 0), ("aimsbudget", "test"): (0, 0, 0),
                     ("aimsprose4", "dev"): (125, 8, 18), ("aimsprose4", "test"): (135, 16, 27),
                     ("aimsgov", "dev"): (49, 6, 9), ("aimsgov", "test"): (41, 6, 12),
                     ("assigngov", "dev"): (38, 7, 14), ("assigngov", "test"): (27, 1, 21),
                     ("aimsprose5", "dev"): (86, 5, 23), ("aimsprose5", "test"): (79, 3, 50),
                     ("assignprose5", "dev"): (50, 4, 9), ("assignprose5", "test"): (46, 8, 20),
                     ("aimsorg", "dev"): (43, 4, 39), ("aimsorg", "test"): (48, 6, 20),
                     ("aimsprose6", "dev"): (84, 5, 19), ("aimsprose6", "test"): (84, 11, 19),
                     ("assignprose6", "dev"): (28, 9, 35), ("assignprose6", "test"): (21, 10, 42),
                     ("assignorg", "dev"): (15, 8, 34), ("assignorg", "test"): (16, 14, 50)}
