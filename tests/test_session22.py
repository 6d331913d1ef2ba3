"""Rules of the twenty-second session, each on a made-up text."""
from pipeline import extract

_PROGRAMME = ("CHÍNH PHỦ\nSố: 41/NQ-CP\nHà Nội, ngày 20 tháng 3 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
              "Thực hiện chiến lược phát triển kinh tế số\nI. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n"
              "{body}\nII. TỔ CHỨC THỰC HIỆN\nCác bộ, cơ quan ngang bộ triển khai.\n")


def _aims(body: str) -> list[tuple]:
    return [(t.value, t.until, t.unit, t.indicator)
            for t in extract(text=_PROGRAMME.format(body=body)).targets]


def test_a_count_in_millions_after_a_part_is_named_by_the_thing_it_counts():
    # The words before the value are "trong đó có khoảng", a whole's parts and a verb: they name
    # nothing, and the thing counted after "triệu" does.
    assert _aims("- Tạo ra khoảng 7 triệu việc làm, trong đó có khoảng 2,5 triệu việc làm trực tiếp.") == [
        (7, None, "triệu việc làm", "việc làm"),
        (2.5, None, "triệu việc làm", "việc làm trực tiếp")]


def test_a_count_in_millions_after_aiming_and_the_whole_country():
    assert _aims("- Phấn đấu đến năm 2030 cả nước có 2 triệu doanh nghiệp hoạt động, trong đó có khoảng "
                 "1,2 triệu hộ kinh doanh ở nông thôn.") == [
        (2, None, "triệu doanh nghiệp", "doanh nghiệp hoạt động"),
        (1.2, None, "triệu hộ kinh", "hộ kinh doanh ở nông thôn")]


def test_a_count_of_people_in_millions_named_before_it_keeps_that_name():
    # "thành thị" names the part; the counted "người" says nothing of it.
    targets = extract(text=_PROGRAMME.format(
        body="- Lực lượng lao động cả nước đạt 53,5 triệu người, trong đó thành thị 16,2 triệu người, "
             "nông thôn 37,3 triệu người.")).targets
    assert [(t.value, t.indicator) for t in targets][1:] == [(16.2, "thành thị"), (37.3, "nông thôn")]


def test_ranks_to_the_superlative_after_the_ranked_noun():
    assert _aims("- Việt Nam thuộc nhóm 40 nước có môi trường kinh doanh thuận lợi nhất thế giới.\n"
                 "- Duy trì vị trí trong nhóm 5 nước xuất khẩu đồ gỗ lớn nhất thế giới.") == [
        (40, None, "nước", "Việt Nam có môi trường kinh doanh thuận lợi nhất thế giới"),
        (5, None, "nước", "Duy trì vị trí xuất khẩu đồ gỗ lớn nhất thế giới")]


def test_coordinated_ranks_each_have_their_own_field():
    assert _aims("- Phấn đấu đến năm 2030, Việt Nam nằm trong nhóm 50 nước dẫn đầu về chính phủ số, nhóm 30 "
                 "nước dẫn đầu về kinh tế số và nhóm 40 nước dẫn đầu về đổi mới sáng tạo.") == [
        (50, None, "nước", "Việt Nam dẫn đầu về chính phủ số"),
        (30, None, "nước", "Việt Nam dẫn đầu về kinh tế số"),
        (40, None, "nước", "Việt Nam dẫn đầu về đổi mới sáng tạo")]


def test_a_rank_inside_what_a_count_counts_is_no_aim():
    aims = _aims("- Có ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 trường hàng đầu châu Á.")
    assert [(value, indicator) for value, _, _, indicator in aims] == [
        (8, "cơ sở giáo dục đại học thuộc nhóm 200 trường hàng đầu châu Á")]


def test_the_people_a_rate_is_per_are_no_count():
    assert _aims("- Số bác sĩ trên 10.000 dân đạt 15 bác sĩ.\n- Số giường bệnh trên 1 vạn dân đạt 35 giường.") == [
        (15, None, "bác sĩ", "Số bác sĩ trên 10.000 dân"),
        (35, None, "giường", "Số giường bệnh trên 1 vạn dân")]


_ANNEX = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\nĐắk Lắk, ngày 15 tháng 12 năm 2025\nKẾ HOẠCH\n"
          "Xuất khẩu nông sản giai đoạn 2026 - 2030\nI. MỤC TIÊU\nChỉ tiêu tại Phụ lục.\n"
          "II. TỔ CHỨC THỰC HIỆN\nSở Công Thương chủ trì.\n\n**PHỤ LỤC I**\n\n**{caption}**\n\n{table}")


def _annex_aims(caption: str, table: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator)
            for t in extract(text=_ANNEX.format(caption=caption, table=table)).targets]


def test_a_row_of_no_name_under_a_product_is_its_other_measure():
    # The legal-database pipe rendering of a name merged down over two rows of units.
    table = (
        "| **TT** | **Sản phẩm** | **Đơn vị tính** | **Ước thực hiện năm 2025** | **Kế hoạch giai đoạn 2026 - 2030**"
        " | **Kế hoạch giai đoạn 2026 - 2030** | **Ghi chú** |\n|---|---|---|---|---|---|---|\n"
        "| **TT** | **Sản phẩm** | **Đơn vị tính** | **Ước thực hiện năm 2025** | **Năm 2026** | **Năm 2030** "
        "| **Ghi chú** |\n| (1) | (2) | (3) | (4) | (5) | (6) | (7) |\n"
        "| 1 | Cà phê nhân | Tấn | 395.000 | 405.000 | 440.000 | Kể cả cà phê đặc sản |\n"
        "|  |  | Triệu USD | 1.460 | 1.580 | 2.050 |  |\n")
    assert _annex_aims("CHỈ TIÊU XUẤT KHẨU THEO SẢN PHẨM", table) == [
        (395000, "Tấn", "achieved", "2025", "Cà phê nhân"),
        (405000, "Tấn", "target", "2026", "Cà phê nhân"),
        (440000, "Tấn", "target", "2030", "Cà phê nhân"),
        (1460, "Triệu USD", "achieved", "2025", "Cà phê nhân"),
        (1580, "Triệu USD", "target", "2026", "Cà phê nhân"),
        (2050, "Triệu USD", "target", "2030", "Cà phê nhân")]


def test_a_column_of_products_after_the_values_is_a_note_and_cumulative_is_no_unit():
    markets = (
        "| **TT** | **Thị trường** | **Tỷ trọng trong tổng kim ngạch xuất khẩu (%)** | **Tỷ trọng trong tổng kim "
        "ngạch xuất khẩu (%)** | **Sản phẩm chủ lực** |\n|---|---|---|---|---|\n"
        "|  |  | **Ước thực hiện năm 2025** | **Năm 2030** |  |\n"
        "| 1 | Trung Quốc | 24 | 20 | Sầu riêng, chuối, tôm |\n")
    assert [a[4] for a in _annex_aims("CƠ CẤU THỊ TRƯỜNG XUẤT KHẨU", markets)] == [
        "tỷ trọng trong tổng kim ngạch xuất khẩu Trung Quốc"] * 2
    areas = (
        "| **TT** | **Xã, phường** | **Đơn vị tính** | **Diện tích vùng trồng được cấp mã số (lũy kế)** | "
        "**Diện tích vùng trồng được cấp mã số (lũy kế)** |\n|---|---|---|---|---|\n"
        "|  |  |  | **Đến năm 2027** | **Đến năm 2030** |\n| 1 | Xã Cư M'gar | Ha | 2.800 | 4.200 |\n")
    assert [a[:4] for a in _annex_aims("DIỆN TÍCH VÙNG TRỒNG ĐƯỢC CẤP MÃ SỐ", areas)] == [
        (2800, "Ha", "target", "2027"), (4200, "Ha", "target", "2030")]


def test_a_table_under_a_caption_of_spending_is_a_budget():
    table = ("| **STT** | **Nội dung** | **Ước thực hiện 2025** | **Dự toán 2026** | **Dự kiến 2027** |\n"
             "|---|---|---|---|---|\n| 1 | Chi đầu tư phát triển | 5.980 | 6.150 | 6.560 |\n"
             "| 2 | Chi thường xuyên | 15.648 | 14.870 | 15.190 |\n")
    spending = ("Tổng chi ngân sách địa phương năm 2026 được xây dựng theo định mức của Hội đồng nhân dân tỉnh. "
                "Chi tiết tại Biểu số 02:\n\n*Biểu số 02: Dự kiến chi ngân sách địa phương 03 năm 2026 - 2028*\n\n"
                "*Đơn vị tính: tỷ đồng*\n\n")
    assert _annex_aims("KẾ HOẠCH TÀI CHÍNH 03 NĂM", spending + table) == []
    # The same table under a caption of aims is read.
    aims = spending.replace("Dự kiến chi ngân sách địa phương", "Chỉ tiêu chi ngân sách địa phương")
    assert len(_annex_aims("KẾ HOẠCH TÀI CHÍNH 03 NĂM", aims + table)) == 6


_TCTH = "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n"


def _units(body: str) -> set[tuple[str, str]]:
    return {(r.role, r.unit) for r in extract(text=_TCTH + body).responsibilities}


def test_a_bank_branch_in_lower_case_is_part_of_its_name():
    assert _units("2. Đề nghị Ngân hàng Nhà nước chi nhánh Khu vực 9, Bảo hiểm xã hội tỉnh chỉ đạo triển khai "
                  "cho vay.") == {("execute", "Ngân hàng Nhà nước chi nhánh Khu vực 9"),
                                  ("execute", "Bảo hiểm xã hội tỉnh")}


def test_a_list_of_partners_after_a_colon_and_between_semicolons():
    units = _units("1. Công an tỉnh chủ trì, phối hợp với: Sở Xây dựng; Sở Giáo dục và Đào tạo; Báo và Phát "
                   "thanh, Truyền hình tỉnh tổ chức tuyên truyền.")
    assert {u for role, u in units if role == "coordinate"} == {
        "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Báo và Phát thanh, Truyền hình tỉnh"}


def test_a_partner_the_heading_names_still_coordinates_in_a_later_clause():
    assert ("coordinate", "Bộ Chỉ huy Quân sự tỉnh") in _units(
        "**1. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh**\n\n- Công an tỉnh chủ trì; Bộ Chỉ huy Quân sự tỉnh phối "
        "hợp xây dựng phương án bảo đảm an ninh.")


def test_an_activity_tables_column_of_quantities_sets_counts():
    table = ("| **TT** | **Nội dung hoạt động** | **Đơn vị tính** | **Số lượng** | **Thời gian thực hiện** | "
             "**Cơ quan chủ trì** |\n|---|---|---|---|---|---|\n"
             "| 1 | Tổ chức hội nghị tập huấn kỹ năng chuyển đổi số | Hội nghị | 4 | Quý II/2026 | Sở Nội vụ |\n"
             "| 2 | Phát hành tờ gấp hướng dẫn dịch vụ công | Tờ | 50.000 | Năm 2026 | Sở Tư pháp |\n")
    inspections = ("| **TT** | **Nội dung kiểm tra** | **Tổng số cuộc** | **Quý I** | **Quý II** | "
                   "**Cơ quan chủ trì** |\n|---|---|---|---|---|---|\n"
                   "| 1 | Kiểm tra công tác văn thư, lưu trữ | 6 | 3 | 3 | Sở Nội vụ |\n")
    assert [a[:4] for a in _annex_aims("CÁC HOẠT ĐỘNG", table + "\nKế hoạch kiểm tra như sau:\n\n" + inspections)] == [
        (4, "Hội nghị", "target", "2026"), (50000, "Tờ", "target", "2026"), (6, "cuộc", "target", None)]


def test_a_unit_of_measure_after_thousands_or_millions_is_kept_whole():
    assert [(v, u) for v, _, u, _ in _aims("- Sản lượng điện đạt 300 tỷ kWh.\n- Công suất đạt 5 nghìn MW.\n"
                                           "- Năng lực thông qua của cảng cạn đạt khoảng 12 - 13 triệu TEU/năm.")] == [
        (300, "tỷ kWh"), (5, "nghìn MW"), (12, "triệu TEU/năm")]


def test_a_column_of_totals_after_the_years_is_the_aim_over_the_term():
    table = ("*Đơn vị tính: căn nhà*\n\n| TT | Xã, phường | Năm 2026 | Năm 2027 | Năm 2028 | Tổng cộng |\n"
             "|---|---|---|---|---|---|\n| 1 | Xã Hưng Lộc | 45 | 40 | 35 | 120 |\n"
             "| 2 | Xã Thạch Bàn | 60 | 55 | 45 | 160 |\n")
    aims = _annex_aims("PHÂN BỔ CHỈ TIÊU HỖ TRỢ NHÀ Ở CHO HỘ NGHÈO GIAI ĐOẠN 2026 - 2028", table)
    assert [a[:4] for a in aims[:4]] == [(45, "căn nhà", "target", "2026"), (40, "căn nhà", "target", "2027"),
                                         (35, "căn nhà", "target", "2028"), (120, "căn nhà", "target", "2028")]
    assert aims[3][4].startswith("Xã Hưng Lộc Tổng cộng") and len(aims) == 8


def test_a_body_table_of_the_plans_years_with_its_unit_above_is_read_unless_money():
    body = ("Cụ thể theo từng năm như sau:\n\n*Đơn vị tính: ha*\n\n| TT | Nội dung | Năm 2026 | Năm 2027 |\n"
            "|---|---|---|---|\n| 1 | Diện tích trồng rừng tập trung | 2.400 | 3.000 |\n"
            "| 2 | Diện tích khoanh nuôi tái sinh rừng | 9.500 | 10.800 |\n")
    assert [a[:4] for a in _annex_aims("PHÁT TRIỂN RỪNG", body)] == [
        (2400, "ha", "target", "2026"), (3000, "ha", "target", "2027"),
        (9500, "ha", "target", "2026"), (10800, "ha", "target", "2027")]
    # Money by the years with no word of aims is a budget (SPEC §2.1).
    assert _annex_aims("PHÁT TRIỂN RỪNG", body.replace("Đơn vị tính: ha", "Đơn vị tính: tỷ đồng")) == []


def test_a_table_under_a_heading_of_aims_out_of_its_captions_reach():
    text = (_ANNEX.split("**PHỤ LỤC I**")[0].replace("I. MỤC TIÊU\nChỉ tiêu tại Phụ lục.\n", (
        "I. MỤC TIÊU\n2. Mục tiêu cụ thể\nGiảm nghèo bền vững, hạn chế tái nghèo trên địa bàn các xã.\n\n"
        "Ưu tiên nguồn lực cho các xã có tỷ lệ hộ nghèo cao.\n\nPhân bổ cho từng xã, phường theo bảng dưới đây:\n\n"
        "| TT | Xã, phường | Số hộ nghèo giảm trong năm (hộ) | Tỷ lệ hộ nghèo cuối năm (%) |\n|---|---|---|---|\n"
        "| 1 | Xã Tân Khê | 120 | 3,2 |\n| 2 | Xã Đồng Lựu | 95 | 2,8 |\n\n")))
    assert [(t.value, t.unit, t.indicator) for t in extract(text=text).targets] == [
        (120, "hộ", "Số hộ nghèo giảm trong năm Xã Tân Khê"), (3.2, "%", "Tỷ lệ hộ nghèo cuối năm Xã Tân Khê"),
        (95, "hộ", "Số hộ nghèo giảm trong năm Xã Đồng Lựu"), (2.8, "%", "Tỷ lệ hộ nghèo cuối năm Xã Đồng Lựu")]


def test_a_header_of_three_rows_as_a_tree_before_two_rows_read_alone():
    # One cell a line: the first two rows alone make a header of two rows by chance (the notes'
    # cell spanning the middle row), the third then left as a row; as a tree, "Trong đó" spans
    # the third row's cells and "Tổng số" spans nothing.
    from tests.test_session21 import _one_cell_a_line
    rows = [["**TT**", "**Xã, phường**", "**Tỷ lệ che phủ rừng (%)**", "**Trồng rừng mới năm 2026 (ha)**",
             "**Diện tích giao, khoán bảo vệ rừng năm 2026 (ha)**", "**Ghi chú**"],
            ["**Ước thực hiện năm 2025**", "**Kế hoạch năm 2026**", "**Tổng số**", "**Trong đó**"],
            ["**Rừng sản xuất**", "**Rừng phòng hộ, đặc dụng**"],
            ["1", "Xã Mường Tè", "68,4", "69,0", "260", "180", "80", "38.500", "Có khu bảo tồn"],
            ["2", "Xã Mù Cả", "72,1", "72,6", "150", "90", "60", "31.200", ""]]
    aims = _annex_aims("CHỈ TIÊU BẢO VỆ, PHÁT TRIỂN RỪNG NĂM 2026 GIAO CHO CÁC XÃ", _one_cell_a_line(rows))
    assert [(v, u, k, d) for v, u, k, d, _ in aims[:7]] == [
        (68.4, "%", "achieved", "2025"), (69, "%", "target", "2026"), (260, "ha", "target", "2026"),
        (180, "ha", "target", "2026"), (80, "ha", "target", "2026"), (38500, "ha", "target", "2026"),
        (72.1, "%", "achieved", "2025")]
    assert aims[4][4] == "Trong đó Rừng phòng hộ, đặc dụng Trồng rừng mới Xã Mường Tè"


def test_a_part_row_with_its_unit_merged_down_takes_its_wholes_unit():
    table = ("| **STT** | **Chỉ tiêu** | **Đơn vị tính** | **Ước thực hiện năm 2025** | "
             "**Năm 2026** | **Năm 2030** | **Ghi chú** |\n|---|---|---|---|---|---|---|\n"
             "| 1 | Tổng diện tích nuôi trồng thủy sản | ha | 405.600 | 405.200 | 403.000 |  |\n"
             "|  | *Trong đó:* |  |  |  |  |  |\n"
             "|  | - Nuôi tôm - lúa |  | 74.500 | 76.500 | 85.000 |  |\n")
    aims = _annex_aims("CHỈ TIÊU PHÁT TRIỂN NUÔI TRỒNG THỦY SẢN GIAI ĐOẠN 2026 - 2030", table)
    assert [(v, u, k, d) for v, u, k, d, _ in aims] == [
        (405600, "ha", "achieved", "2025"), (405200, "ha", "target", "2026"), (403000, "ha", "target", "2030"),
        (74500, "ha", "achieved", "2025"), (76500, "ha", "target", "2026"), (85000, "ha", "target", "2030")]


def test_cung_between_two_bodies_joins_them():
    assert _units("1. Sở Y tế cùng Bảo hiểm xã hội tỉnh kiểm tra việc khám, chữa bệnh bảo hiểm y tế.") == {
        ("execute", "Sở Y tế"), ("execute", "Bảo hiểm xã hội tỉnh"),
        ("monitor", "Sở Y tế"), ("monitor", "Bảo hiểm xã hội tỉnh")}
    assert ("execute", "Các sở, ngành cùng cấp") in _units("2. Các sở, ngành cùng cấp phối hợp triển khai.")


def test_a_timetable_of_a_pdf_text_layer_with_wrapped_cells():
    # Rows opening with their time, no number column; cells wrapped over lines, an office's
    # "Phó" ending a line, a bracket opening one; the page's number and the header again.
    head = "Thời gian\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\n"
    text = ("SỞ Y TẾ TỈNH GIA LAI\nSố: 418/KH-SYT\nGia Lai, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch\n"
            "I. MỤC ĐÍCH\nBảo đảm hiệu quả.\nII. TỔ CHỨC THỰC HIỆN\n" + head +
            "Tháng 3/2026\nBan hành Kế hoạch; kiện\ntoàn Ban Chỉ đạo\nPhòng Nghiệp vụ Y\nVăn phòng Sở; Trung\n"
            "tâm Kiểm soát bệnh tật\ntỉnh\nTháng 4/2026\nTập huấn chẩn đoán, điều\ntrị người bệnh\n"
            "Bệnh viện Đa khoa tỉnh\n(Phó Giám đốc phụ trách\nchuyên môn)\nBệnh viện Nhi tỉnh\n4\n" + head +
            "Tháng 6 - 9/2026\nKiểm tra, giám sát công\ntác phòng, chống dịch\nGiám đốc Sở Y tế; Phó\n"
            "Giám đốc Sở phụ trách\ny tế dự phòng\nThanh tra Sở\n")
    units = {(r.role, r.unit) for r in extract(text=text).responsibilities}
    assert {("lead", "Phòng Nghiệp vụ Y"), ("coordinate", "Văn phòng Sở"),
            ("coordinate", "Trung tâm Kiểm soát bệnh tật tỉnh"), ("lead", "Bệnh viện Đa khoa tỉnh"),
            ("coordinate", "Bệnh viện Nhi tỉnh"), ("lead", "Giám đốc Sở Y tế"),
            ("coordinate", "Thanh tra Sở")} <= units


def test_a_table_of_a_crops_seasons_under_a_caption_naming_the_plan():
    body = ("Kế hoạch diện tích gieo trồng các cây trồng chính theo từng vụ cụ thể như sau:\n\n*Đơn vị tính: ha*\n\n"
            "| **TT** | **Cây trồng** | **Vụ Đông Xuân** | **Vụ Mùa** | **Cả năm** |\n|---|---|---|---|---|\n"
            "| 1 | Lúa | 35.600 | 47.300 | 82.900 |\n| 2 | Ngô | 17.200 | 14.900 | 32.100 |\n")
    aims = _annex_aims("SẢN XUẤT NÔNG NGHIỆP NĂM 2026", body)
    assert [(v, u) for v, u, _, _, _ in aims] == [(35600, "ha"), (47300, "ha"), (82900, "ha"), (17200, "ha"),
                                                 (14900, "ha"), (32100, "ha")]
    assert [i for *_, i in aims][:2] == ["Lúa Vụ Đông Xuân", "Lúa Vụ Mùa"]
