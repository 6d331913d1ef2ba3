from conftest import REAL, SEED_001, SEED_002, WEB


def test_seed_001_targets_exactly(extracted):
    doc = extracted(SEED_001)
    got = [(t.value, t.unit, t.comparator, t.scope, t.deadline) for t in doc.targets]
    assert got == [
        (100, "%", "=", "annual", "2028"), (90, "%", ">=", "annual", "2028"), (65, "%", "=", "annual", "2028"),
        (5, "cuộc tập huấn", "=", "term", "2028"), (80, "%", "=", "annual", "2028"),
        (70, "%", ">=", "annual", "2028"), (90, "%", "=", "annual", "2028"),
        (1, "hội diễn văn nghệ", ">=", "term", "2028"), (1, "giải thể thao", ">=", "term", "2028")]
    assert all(t.section.startswith("sec_II__item_2") for t in doc.targets)
    first = doc.targets[0]
    assert first.indicator.startswith("cán bộ công đoàn chủ chốt các cấp")
    assert doc.text[first.start:first.end] == "100%"


def test_no_anniversaries_or_statistics(extracted):
    assert extracted(SEED_002).targets == []  # "137 năm Ngày Quốc tế Lao động" is no target
    assert extracted(WEB / "d06.txt").targets == []  # "Tổng số công đoàn viên: 20" is a statistic


def test_comparators_and_carry_over(extracted):
    d20 = [(t.value, t.comparator, t.deadline) for t in extracted(WEB / "d20.txt").targets]
    assert (7.3, "<=", "2025") in d20 and (6.8, "<=", "2030") in d20  # "xuống còn 7,3% ... và 6,8%"
    assert (12, "<", "2025") in d20
    d14 = [(t.value, t.comparator) for t in extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx").targets]
    assert (85, ">") in d14  # "đạt trên 85%"


def test_the_scope_of_a_value_broken_over_a_line():
    """"90\n%": the value's clause ends past its sentence's line; the scope in it is still read
    (no other scope word within 200 characters before it)."""
    from pipeline import extract
    doc = extract("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
                  "Triển khai thực hiện chương trình ABC\n"
                  "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC; Nghị quyết số 20 "
                  "của Tỉnh ủy về việc tổ chức hội thi cho đoàn viên công đoàn trên địa bàn.\n"
                  "I. MỤC TIÊU, CHỈ TIÊU\n1. Chỉ tiêu\n- Phấn đấu đạt trên 90\n% đoàn viên được tập huấn hàng năm.\n")
    assert [(t.value, t.unit, t.comparator, t.scope) for t in doc.targets] == [(90, "%", ">", "annual")]
