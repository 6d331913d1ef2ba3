from pathlib import Path

import pytest

from pipeline.extract.dates import find_dates


@pytest.mark.parametrize("text,value,until,granularity,role", [
    ("Krông Nô, ngày 05 tháng 01 năm 2024", "2024-01-05", None, "day", "other"),
    ("ngày 23 tháng 4 năm 2018", "2018-04-23", None, "day", "other"),
    ("Nghị quyết số 01/NQ-LĐLĐ, ngày 10/10/2023", "2023-10-10", None, "day", "other"),
    ("kỷ niệm 48 năm ngày giải phóng (30/4/1975 - 30/4/2023)", "1975-04-30", "2023-04-30", "day", "event"),
    ("trong Quý I năm 2024 với", "2024-Q1", None, "quarter", "other"),
    ("(Quý II, năm 2028)", "2028-Q2", None, "quarter", "other"),
    ("đến Đại hội (quý IV/2023)", "2023-Q4", None, "quarter", "other"),
    ("Thời gian: tháng 04/2023.", "2023-04", None, "month", "period"),
    ("Cuối tháng 4 đến hết tháng 5/2023.", "2023-04", "2023-05", "month", "period"),
    ("Thời gian thực hiện: Tháng 04 - 06/2023.", "2023-04", "2023-06", "month", "period"),
    ("năm học 2023-2024", "2023", "2024", "year", "period"),
    ("nhiệm kỳ 2023 - 2028", "2023", "2028", "year", "period"),
    ("giai đoạn 2021-2025", "2021", "2025", "year", "period"),
    ("báo cáo về LĐLĐ huyện trước ngày 15/10/2024.", "2024-10-15", None, "day", "deadline"),
    ("Lâm Đồng, ngày        tháng 12 năm 2025", "2025-12", None, "month", "other"),
    ("Hà Nội, ngày 09 tháng 10  năm 2006", "2006-10-09", None, "day", "other"),
])
def test_date_forms(text, value, until, granularity, role):
    (d,) = find_dates(text)
    assert (d.value, d.until, d.granularity, d.role) == (value, until, granularity, role)
    assert text[d.start:d.end] == d.text


def test_no_date_without_a_year_or_with_an_impossible_day():
    assert find_dates("ngày Quốc tế Lao động (1/5)") == []
    assert find_dates("ngày 31/02/2024") == []


def test_seed_002_dates_in_context(extracted):
    from conftest import SEED_002
    doc = extracted(SEED_002)
    days = [(d.value, d.until, d.role) for d in doc.dates if d.granularity == "day"]
    assert ("2023-03-29", None, "citation") in days
    assert ("1886-05-01", "2023-05-01", "event") in days
    assert doc.document.issued_date == "2023-04-05"
    assert ("2023-04", "2023-05", "period") in [(d.value, d.until, d.role) for d in doc.dates]


# --- recurring dates and a plan's mentions of itself (SPEC §2.1; corpus/real2 dev plans) --------

REAL2 = Path(__file__).resolve().parents[1] / "corpus" / "real2"


def _recurring(doc):
    return [(d.every, d.month, d.day, d.role, d.value, d.text) for d in doc.dates if d.granularity == "recurring"]


def test_recurring_dates_of_dev_plans(extracted):
    assert _recurring(extracted(REAL2 / "p028.txt")) == [
        ("year", 6, 1, "deadline", "--06-01", "ngày 01/6"), ("year", 11, 15, "deadline", "--11-15", "15/11")]
    assert _recurring(extracted(REAL2 / "p026.txt")) == [
        ("year", 6, 26, "event", "--06-26", "Ngày Quốc tế, Ngày toàn dân phòng, chống ma túy 26/6"),
        ("year", 12, 15, "deadline", "--12-15", "ngày 15 tháng 12")]
    assert _recurring(extracted(REAL2 / "p036.txt")) == [("quarter", None, None, "deadline", "P3M", "hằng quý")] * 3
    assert _recurring(extracted(REAL2 / "p037.txt")) == [
        ("year", 12, 25, "deadline", "--12-25", "ngày 25 tháng 12")]


def test_recurring_date_forms():
    from pipeline.extract.dates import find_dates, find_recurring_dates
    text = ("Định kỳ 6 tháng một lần báo cáo; ngày 20 hằng tháng tổng hợp. Hằng năm tổ chức hội nghị. "
            "Trước ngày 15/11/2025 báo cáo hằng năm. Sơ kết 6 tháng đầu năm. Tỷ lệ 3/4 hằng năm.")
    found = find_recurring_dates(text, dates=find_dates(text))
    assert [(d.every, d.month, d.day, d.value) for d in found] == [
        ("half-year", None, None, "P6M"), ("month", None, 20, "---20")]


def test_a_plans_mention_of_itself_dates_its_issue(extracted):
    """p036 (a decision issuing a plan): "(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm
    2025 ...)" over the plan dates the document itself: "issued", not a citation nor "other"."""
    doc = extracted(REAL2 / "p036.txt")
    assert [d.role for d in doc.dates if d.value == "2025-11-19"] == ["issued"] * 3


def test_a_year_listed_after_a_period_of_a_reporting_regime(extracted):
    """21_ / b09 (dev): "Định kỳ 6 tháng, 1 năm hoặc đột xuất … báo cáo" is two periods, half-year
    and year ("T năm" in the OCR reading of b09); "6 tháng, 1 năm 2025" (a date's year) is none."""
    from pipeline.extract.dates import find_dates, find_recurring_dates
    text = ("Định kỳ 6 tháng, 1 năm hoặc đột xuất báo cáo kết quả. Định kỳ 6 tháng, T năm báo cáo. "
            "Định kỳ 6 tháng, 1 năm 2025 báo cáo.")
    found = find_recurring_dates(text, dates=find_dates(text))
    assert [(d.every, d.value, d.role, d.text) for d in found] == [
        ("half-year", "P6M", "deadline", "Định kỳ 6 tháng"), ("year", "P1Y", "deadline", "1 năm"),
        ("half-year", "P6M", "deadline", "Định kỳ 6 tháng"), ("year", "P1Y", "deadline", "T năm"),
        ("half-year", "P6M", "deadline", "Định kỳ 6 tháng")]
    doc = extracted(REAL2.parent / "real3" / "b09_TTr-91-CAT-PC04_du-thao-KH_ocr.txt")
    assert [(d.every, d.text) for d in doc.dates if d.granularity == "recurring"] == [
        ("half-year", "Định kỳ 6 tháng"), ("year", "T năm")]


@pytest.mark.parametrize("text,value,until,role", [
    # b07 / b10 (dev): a range whose first date opens with the day word like the second.
    ("kỳ 6 tháng (từ ngày 15/12/2025 đến ngày 14/6/2026, gửi", "2025-12-15", "2026-06-14", "period"),
    ("từ ngày 29/6/2026 đến hết ngày 09/7/2026;", "2026-06-29", "2026-07-09", "period"),
    # p004 (dev): a range of days in words, the month and year printed once.
    ("từ ngày 17 đến ngày 20 tháng 11 năm 2025 tại", "2025-11-17", "2025-11-20", "period"),
    # 04_CD (dev, a telegram): a time of day between a deadline cue and the date; a time alone
    # dates an event.
    ("gửi Văn phòng Chính phủ trước 14 giờ ngày 08 tháng 10 năm 2025 để", "2025-10-08", None, "deadline"),
    ("qua hộp thư điện tử trước 14 giờ, ngày 08 tháng 10 năm 2025", "2025-10-08", None, "deadline"),
    ("I. Thời gian: 08 giờ, ngày 09 tháng 10 năm 2025", "2025-10-09", None, "event"),
])
def test_ranges_opening_with_the_day_word_and_times_of_day(text, value, until, role):
    (d,) = find_dates(text)
    assert (d.value, d.until, d.role) == (value, until, role)


def test_recurring_days_of_a_quarter_and_of_a_month_after_the_every_word():
    """Made-up sentences (forms of reporting regimes no dev document prints): a day of a month of
    the quarter is a day of every quarter, and absorbs the "hằng quý" of its clause; a bare day
    after "hằng tháng" / "hằng quý" is that rule's day; "định kỳ hằng tháng" counts only in a
    clause that reports (dev 12_ / 16_: "Định kỳ hằng tháng, công khai …" is how often a task is
    done)."""
    from pipeline.extract.dates import find_dates, find_recurring_dates
    text = ("Hằng quý, trước ngày 15 của tháng cuối quý, các đơn vị báo cáo kết quả. "
            "Báo cáo quý gửi chậm nhất ngày 05 của tháng đầu quý sau. "
            "Các đơn vị báo cáo hằng tháng, trước ngày 22. Báo cáo định kỳ hàng tháng (trước ngày 20) về Sở. "
            "Định kỳ hằng tháng báo cáo tiến độ. Định kỳ hằng tháng, công khai kết quả. "
            "Hằng tháng, ngày 15/3 tổ chức.")
    found = find_recurring_dates(text, dates=find_dates(text))
    assert [(d.every, d.day, d.value, d.role, d.text) for d in found] == [
        ("quarter", 15, "P3M", "deadline", "ngày 15 của tháng cuối quý"),
        ("quarter", 5, "P3M", "deadline", "ngày 05 của tháng đầu quý sau"),
        ("month", 22, "---22", "deadline", "hằng tháng, trước ngày 22"),
        ("month", 20, "---20", "deadline", "định kỳ hàng tháng (trước ngày 20"),
        ("month", None, "P1M", "deadline", "Định kỳ hằng tháng")]


def test_a_regime_word_makes_days_recur_and_every_year_after_a_period():
    """Made-up sentences: "định kỳ" in a clause makes a day and month without a year recur like
    "hằng năm" does; "hằng năm" listed after a period is the regime's second period ("Định kỳ 6
    tháng, hằng năm", like dev 21_'s "Định kỳ 6 tháng, 1 năm"); "ngày 10/12 năm 2026" is a full
    date (its year in words), no recurring one."""
    from pipeline.extract.dates import find_dates, find_recurring_dates
    text = ("Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo. "
            "Định kỳ 6 tháng, hằng năm báo cáo Ủy ban nhân dân tỉnh. Hoàn thành trước ngày 10/12 năm 2026.")
    dates = find_dates(text)
    found = find_recurring_dates(text, dates=dates)
    assert [(d.every, d.month, d.day, d.text) for d in found] == [
        ("half-year", None, None, "Định kỳ 6 tháng"), ("year", 6, 15, "ngày 15/6"), ("year", 12, 15, "ngày 15/12"),
        ("half-year", None, None, "Định kỳ 6 tháng"), ("year", None, None, "hằng năm")]
    assert [(d.value, d.role, d.text) for d in dates if d.granularity == "day"] == [
        ("2026-12-10", "deadline", "ngày 10/12 năm 2026")]


def test_deadlines_by_a_label_or_a_table_column():
    """Made-up lines and a made-up task table: a date after a deadline's label ending in a colon
    ("Hạn chót nộp hồ sơ: 15/8/2026") or alone in the cell of a column headed by one ("| Thời gian
    hoàn thành |") is a deadline; under "| Thời gian thực hiện |" it is not."""
    text = ("- Hạn chót nộp hồ sơ: 15/8/2026.\n- Thời hạn nộp báo cáo: ngày 30/11/2026.\n"
            "- Thời gian tổ chức: ngày 20/10/2026.\n"
            "TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Thời gian thực hiện\n"
            "1 | Xây dựng kế hoạch | Sở Nội vụ | 30/6/2026 | 01/3/2026\n")
    assert [(d.value, d.role) for d in find_dates(text) if d.granularity == "day"] == [
        ("2026-08-15", "deadline"), ("2026-11-30", "deadline"), ("2026-10-20", "other"),
        ("2026-06-30", "deadline"), ("2026-03-01", "other")]


def test_a_month_number_glued_to_its_word():
    """26 (dev, Bình Phước 2008, VNI): "Đồng Xoài, ngày 14 tháng5 năm 2008" is a whole date."""
    from pipeline.extract.dates import find_dates
    assert [(d.value, d.text) for d in find_dates("Đồng Xoài, ngày 14 tháng5 năm 2008")] == [
        ("2008-05-14", "ngày 14 tháng5 năm 2008")]


def test_every_quarter_is_a_regime_only_tenth_session():
    """"hằng quý" alone tells how often a task is done ("cập nhật hằng quý"), no date; with "định
    kỳ" before it or a report in its clause it is a regime's date (the probes' annotators)."""
    from pipeline.extract.dates import find_dates, find_recurring_dates
    text = ("- Trung tâm xây dựng cơ sở dữ liệu doanh nghiệp, cập nhật hằng quý.\n"
            "- Định kỳ hằng quý, các công đoàn rà soát số doanh nghiệp mới thành lập.\n"
            "- Hằng quý tổng hợp kết quả gửi Sở Nội vụ.\n")
    found = find_recurring_dates(text, dates=find_dates(text))
    assert [(d.text, d.every) for d in found] == [("hằng quý", "quarter"), ("Hằng quý", "quarter")]
