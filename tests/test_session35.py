"""The thirty-fifth session's rules (issue 13): real agencies' names read whole in the sentences plans
put them in, a bounding bracket in a table's header, a dimension's measure as an aim."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.evaluate import score_document
from pipeline.text import fold

ROOT = Path(__file__).resolve().parents[1]
AGENCIES = ROOT / "tests" / "fixtures" / "agencies"
_IMPL = "KẾ HOẠCH\nThực hiện năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
_AIMS = ("KẾ HOẠCH\nPhát triển năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục tiêu cụ thể đến năm 2030\n\n{}\n\n"
         "II. NHIỆM VỤ\n\nTổ chức thực hiện.\n")

# The sentences a plan names a body in, and the roles it has there.
FRAMES = {
    "giao_lead": ("1. Giao {n} chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.\n", {"lead"}),
    "coord_list": ("1. Sở Tài chính chủ trì, phối hợp với Sở Y tế, {n} và các cơ quan liên quan triển khai "
                   "thực hiện.\n", {"coordinate"}),
    "coord_last": ("1. Sở Tài chính chủ trì, phối hợp với Sở Y tế và {n} triển khai thực hiện.\n", {"coordinate"}),
    "heading": ("**1. {n}**\n\n- Chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch.\n\n**2. Sở Tài chính**\n\n"
                "Bố trí kinh phí.\n", {"lead", "execute"}),
    "colon": ("1. {n}: Tổ chức tuyên truyền, phổ biến nội dung Kế hoạch.\n2. Sở Tài chính: Bố trí kinh phí.\n",
              {"execute"}),
    "responsible": ("- {n} có trách nhiệm hướng dẫn, kiểm tra việc thực hiện.\n", {"execute"}),
    "propose": ("3. Đề nghị {n} phối hợp tuyên truyền, vận động nhân dân thực hiện.\n", {"execute", "coordinate"}),
    "table": ("\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
              "| 1 | Tổ chức kiểm tra | {n} | Sở Tài chính | Năm 2026 |\n"
              "| 2 | Tuyên truyền | Sở Tài chính | {n}; Sở Y tế | Năm 2026 |\n", {"lead", "coordinate"}),
}


def _names(name: str) -> list[str]:
    lines = (AGENCIES / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _roles_of(name: str, frame: str) -> set[str]:
    plan = extract(text=_IMPL + FRAMES[frame][0].format(n=name))
    return {r.role for r in plan.responsibilities if fold(r.unit) == fold(name)}


def _units(text: str) -> set[tuple[str, str]]:
    return {(r.unit, r.role) for r in extract(text=_IMPL + text).responsibilities}


@pytest.mark.slow  # (439 names in eight frames: about 25 s)
def test_real_agency_names_in_eight_frames():
    # At the session's start 665 of the 3,512 readings missed the name or its role (the tagger
    # ending a name at a word it calls a verb, "Chi cục An toàn" + "vệ sinh thực phẩm"; heads it
    # did not know, "Trạm", "Đại sứ quán"); the misses left are named in docs/eval.md. (The list
    # was written, read, and the misses fixed in one session: a regression test, not a held-out
    # measure.)
    misses = Counter(frame for name in _names("agency_names.txt") for frame, (_, roles) in FRAMES.items()
                     if not roles <= _roles_of(name, frame))
    # (Two fewer in each since the thirty-seventh session: "Liên hiệp các tổ chức hữu nghị", "Đội
    # Thanh tra giao thông", heads it added.)
    assert dict(misses) == {"giao_lead": 7, "coord_list": 9, "coord_last": 6, "heading": 7, "colon": 7,
                            "responsible": 7, "propose": 7, "table": 4}


@pytest.mark.parametrize("name", ["Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Trợ giúp pháp lý nhà nước",
                                  "Cục Quản lý đăng ký kinh doanh", "Quỹ Đầu tư phát triển",
                                  "Ban Quản lý an toàn thực phẩm", "Cục An toàn bức xạ và hạt nhân",
                                  "Trạm Kiểm dịch động vật", "Tổng Lãnh sự quán Việt Nam",
                                  "Trung tâm Phòng, chống HIV/AIDS"])
def test_an_agencys_name_whatever_the_tagger_calls_its_words(name):
    # Known bodies (known_bodies), heads (unit_heads) and a slash the tokens spaced ("HIV / AIDS").
    # (A lead executes too: the project's convention.)
    assert _roles_of(name, "giao_lead") == {"lead", "execute"}
    assert _roles_of(name, "coord_list") == {"coordinate"}
    assert _roles_of(name, "colon") == {"execute"}


def test_a_known_bodys_place_stays_with_it_and_ends_it():
    units = _units("1. Giao Trung tâm Hoạt động thanh thiếu nhi thành phố chủ trì tổ chức Ngày hội.\n\n"
                   "2. Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh thực hiện kiểm tra.\n\n"
                   "3. Trung tâm Phục vụ hành chính công tỉnh đánh giá mức độ hài lòng của người dân.\n")
    assert ("Trung tâm Hoạt động thanh thiếu nhi thành phố", "lead") in units
    assert ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh", "execute") in units
    assert ("Trung tâm Phục vụ hành chính công tỉnh", "execute") in units


def test_a_name_runs_on_to_its_place_before_and_and_the_bodies_concerned():
    units = _units("1. Sở Tài chính chủ trì, phối hợp với Hội Người mù tỉnh và các đơn vị liên quan thực hiện.\n\n"
                   "2. Sở Y tế chủ trì, phối hợp với Hội Doanh nhân trẻ tỉnh và Hội Nông dân tỉnh thực hiện.\n")
    assert units == {("Sở Tài chính", "lead"), ("Sở Tài chính", "execute"), ("Hội Người mù tỉnh", "coordinate"),
                     ("Sở Y tế", "lead"), ("Sở Y tế", "execute"), ("Hội Doanh nhân trẻ tỉnh", "coordinate"),
                     ("Hội Nông dân tỉnh", "coordinate")}


def test_office_holders_titles():
    units = _units("1. Tổng Biên tập Báo Sơn La chịu trách nhiệm tổ chức thực hiện Kế hoạch này.\n\n"
                   "2. Chi cục trưởng Chi cục Quản lý thị trường chịu trách nhiệm kiểm tra.\n")
    assert {u for u, _ in units} == {"Tổng Biên tập Báo Sơn La", "Chi cục trưởng Chi cục Quản lý thị trường"}


def test_a_bounding_bracket_in_a_header_names_no_unit():
    # Probe m477 (dev): "Tập thể (tối đa) | Cá nhân (tối đa)" over the awards each group may
    # propose; the bracket had been read as the unit ("tối đa"): targets 39/20/18 -> 53/6/4.
    gold = json.loads((ROOT / "corpus" / "probes" / "annotations" / "m477.json").read_text(encoding="utf-8"))
    plan = extract(str(ROOT / gold["source"]))
    quota = [(t.value, t.unit) for t in plan.targets if t.indicator and t.indicator.startswith("Công an tỉnh")]
    assert quota[:2] == [(6, "Tập thể"), (12, "Cá nhân")]
    score = score_document(gold, plan.to_dict(), "m477")["targets"]
    assert (score.tp, score.fp, score.fn) == (54, 6, 3)


@pytest.mark.parametrize("sentence", ["- Tổng chiều dài đường giao thông nông thôn được cứng hóa đạt 1.250 km.",
                                      "- Chiều dài đường giao thông nông thôn được cứng hóa đạt 1.250 km."])
def test_a_dimension_summed_or_reached_is_an_aims_measure(sentence):
    targets = extract(text=_AIMS.format(sentence)).targets
    assert [(t.value, t.unit) for t in targets] == [(1250, "km")]


def test_a_dimension_of_a_task_is_still_no_aim():
    text = _AIMS.format("- Điều tra địa chất đến độ sâu 300 m tại 05 khu vực trọng điểm.")
    assert 300 not in [t.value for t in extract(text=text).targets]


def test_a_bodys_own_abbreviation_in_brackets_is_no_unit_and_ends_no_list():
    units = _units("1. Giao Sở Khoa học và Công nghệ (KH&CN) chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.\n\n"
                   "2. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường (Sở NN&MT), Sở Tài chính tổ "
                   "chức thực hiện.\n")
    assert units == {("Sở Khoa học và Công nghệ", "lead"), ("Sở Khoa học và Công nghệ", "execute"),
                     ("Sở Tài chính", "coordinate"), ("Sở Y tế", "lead"), ("Sở Y tế", "execute"),
                     ("Sở Nông nghiệp và Môi trường", "coordinate")}


def test_units_after_a_leads_comma_coordinate():
    units = _units("1. Sở Công Thương chủ trì, Sở Tài chính phối hợp thẩm định đề án.\n\n"
                   "2. Sở Y tế chủ trì, cùng Sở Nội vụ hướng dẫn thực hiện.\n\n"
                   "3. Sở Xây dựng chủ trì, phối hợp với Sở Tư pháp rà soát.\n")
    assert units == {("Sở Công Thương", "lead"), ("Sở Công Thương", "execute"), ("Sở Tài chính", "coordinate"),
                     ("Sở Y tế", "lead"), ("Sở Y tế", "execute"), ("Sở Nội vụ", "coordinate"),
                     ("Sở Xây dựng", "lead"), ("Sở Xây dựng", "execute"), ("Sở Tư pháp", "coordinate")}


def test_a_past_cue_in_the_sentences_next_part_leaves_an_aim_an_aim():
    targets = extract(text=_AIMS.format("- Đến năm 2027, 100% xã có điểm phục vụ bưu chính; hiện nay đạt 92%.")).targets
    assert [(t.value, t.kind) for t in targets] == [(100, "target"), (92, "achieved")]


def test_a_pdf_headers_wrapped_cells_and_its_rows_wrapped_names():
    # A PDF's text layer, one cell a line, the header's cells and the rows' names wrapped (probe
    # m479's form): "Học sinh lớp\n12 THPT" is one header cell.
    text = ("KẾ HOẠCH\nChương trình tư vấn\nI. MỤC TIÊU\n2. Chỉ tiêu theo nhóm đối tượng\nBảng 1. Chỉ tiêu\nTT\n"
            "Nội dung chỉ tiêu\nHọc sinh lớp\n12 THPT\nHọc viên lớp\n12 GDTX\nHọc sinh lớp\n9 THCS\n1\n"
            "Tỷ lệ học sinh, học viên được nhận\nCẩm nang (bản in)\n100%\n100%\n40%\n2\nTỷ lệ học sinh, học viên "
            "hoàn\nthành bài trắc nghiệm\n60%\n45%\n50%\nII. NHIỆM VỤ\nTổ chức thực hiện.\n")
    targets = extract(text=text).targets
    assert [t.value for t in targets] == [100, 100, 40, 60, 45, 50]
    assert targets[2].indicator.endswith("Học sinh lớp 9 THCS")
