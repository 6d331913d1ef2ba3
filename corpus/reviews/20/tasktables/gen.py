"""Write cases/NN.txt and cases/NN.expect.json.  The expectations are written out by hand in each
case below (what a careful annotator following corpus/annotations/README.md would list), before any
run of the program.  Run: python gen.py  (no dependency on the program)."""
import json
from pathlib import Path

from render import TASKS, onecell, pipes, prov_kh, prov_qd, gov, ministry, PROV_DIEU3_UNITS, GOV_DIEU3_UNITS

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)
CASES = {}


def t(i):
    return TASKS[i % len(TASKS)]


def E(lead=(), coordinate=(), execute=(), monitor=(), report=(), optional=(), printed_as=None, dieu3=None):
    items = []
    pa = printed_as or {}
    for role, units in (("lead", lead), ("coordinate", coordinate), ("execute", execute),
                        ("monitor", monitor), ("report", report)):
        for u in units:
            d = {"unit": u, "role": role}
            if u in pa:
                d["printed_as"] = pa[u]
            items.append(d)
    for u, role in optional:
        d = {"unit": u, "role": role, "optional": True}
        if u in pa:
            d["printed_as"] = pa[u]
        items.append(d)
    if dieu3 == "prov":
        items += [{"unit": u, "role": "execute", "optional": True, "note": "Điều 3, outside the subject"}
                  for u in PROV_DIEU3_UNITS]
    if dieu3 == "gov":
        items += [{"unit": u, "role": "execute", "optional": True, "note": "Điều 3, outside the subject"}
                  for u in GOV_DIEU3_UNITS]
    return items


def case(n, text, expect, note):
    CASES[n] = (text, expect, note)


H5 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]

# ------------------------------------------------------------------ 01/02 baseline, one-cell / pipes
rows_01 = [
    ("G", "I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    ["1", t(0), "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Nội vụ", "Quý II/2026"],
    ["2", t(1), "Sở Nội vụ", "Sở Khoa học và Công nghệ, Văn phòng Ủy ban nhân dân tỉnh", "Năm 2026"],
    ("G", "II", "PHÁT TRIỂN HẠ TẦNG VÀ NGUỒN LỰC"),
    ["3", t(8), "Sở Tài chính", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường", "Hằng năm"],
    ["4", t(7), "Công an tỉnh", "Sở Khoa học và Công nghệ và các cơ quan, đơn vị liên quan", "Thường xuyên"],
]
exp_01 = E(lead=["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh"],
           coordinate=["Sở Tài chính", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh",
                       "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"])
for n, r in (("01", "oc"), ("02", "pipe")):
    tbl = onecell([H5], rows_01) if r == "oc" else pipes([H5], rows_01)
    case(n, prov_kh(r, "Vân Sơn", "Vân Sơn", "214", (18, 3, 2026),
                    "Chuyển đổi số trong hoạt động của các cơ quan nhà nước tỉnh Vân Sơn năm 2026",
                    "chuyển đổi số trong hoạt động của các cơ quan nhà nước năm 2026",
                    "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH", tbl), exp_01,
         f"baseline 5-column task table ({r}); group rows; ';' and ',' lists; vague tail")

# ------------------------------------------------------------------ 03/04 merged lead cell
rows_03 = [
    ["1", t(5), "Sở Công Thương", "Sở Tài chính", "Năm 2026"],
    ["2", t(13), None, "Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Quý IV/2026"],
    ["3", t(14), None, "Ban Quản lý các khu công nghiệp tỉnh", "Năm 2027"],
    ["4", t(2), "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Năm 2026"],
    ["5", t(3), None, "Hội Nông dân tỉnh", "Hằng năm"],
]
exp_03 = E(lead=["Sở Công Thương", "Sở Nông nghiệp và Môi trường"],
           coordinate=["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường",
                       "Ban Quản lý các khu công nghiệp tỉnh", "Sở Công Thương", "Hội Nông dân tỉnh"])
for n, r in (("03", "oc"), ("04", "pipe")):
    tbl = onecell([H5], rows_03) if r == "oc" else pipes([H5], rows_03)
    case(n, prov_kh(r, "Bình Lạc", "Bình Lạc", "87", (2, 4, 2026),
                    "Phát triển công nghiệp hỗ trợ tỉnh Bình Lạc giai đoạn 2026 - 2030",
                    "phát triển công nghiệp hỗ trợ giai đoạn 2026 - 2030",
                    "DANH MỤC NHIỆM VỤ CỤ THỂ", tbl), exp_03,
         f"lead cell merged over 3 and 2 rows, left out of later rows ({r})")

# ------------------------------------------------------------------ 05 NQ-CP one-cell with Sản phẩm
H6 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
rows_05 = [
    ("G", "I", "HOÀN THIỆN THỂ CHẾ"),
    ["1", "Xây dựng Nghị định quy định chi tiết về\ncơ chế tài chính cho hoạt động đổi mới sáng tạo", "Bộ Tài chính",
     "Bộ Tư pháp, Văn phòng Chính phủ", "Nghị định của Chính phủ", "Năm 2026"],
    ["2", "Rà soát các văn bản quy phạm pháp luật\ncó quy định chồng chéo, mâu thuẫn", "Bộ Khoa học và Công nghệ",
     "Các bộ, ngành, địa phương", "Báo cáo rà soát", "Quý III/2026"],
    ["3", "Xây dựng Đề án phát triển nguồn nhân lực\ncông nghệ cao trình Thủ tướng Chính phủ", "Bộ Nội vụ",
     "Bộ Tài chính; Bộ Giáo dục và Đào tạo", "Quyết định của Thủ tướng Chính phủ", "Tháng 12/2026"],
    ("G", "II", "TỔ CHỨC THỰC HIỆN TẠI ĐỊA PHƯƠNG"),
    ["4", "Ban hành kế hoạch triển khai tại địa phương\nvà bố trí nguồn lực thực hiện",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Xây dựng, Bộ Nông nghiệp và Môi trường",
     "Kế hoạch của Ủy ban nhân dân cấp tỉnh", "Năm 2026"],
    ["5", "Đánh giá, báo cáo kết quả thực hiện\nChương trình hành động", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
     "Bộ Tài chính", "Báo cáo kết quả thực hiện", "Hằng năm"],
]
exp_05 = E(lead=["Bộ Tài chính", "Bộ Khoa học và Công nghệ", "Bộ Nội vụ",
                 "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
           coordinate=["Bộ Tư pháp", "Văn phòng Chính phủ", "Các bộ, ngành, địa phương", "Bộ Tài chính",
                       "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường"],
           printed_as={"Các bộ, ngành, địa phương": ["Các bộ, ngành"]}, dieu3="gov")
case("05", gov("oc", "NQ-CP", "118", (9, 5, 2026),
               "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 12-NQ/TW ngày 20 tháng 3 năm 2026 của Bộ Chính trị về phát triển kinh tế tri thức",
               "thực hiện Nghị quyết số 12-NQ/TW về phát triển kinh tế tri thức",
               "DANH MỤC NHIỆM VỤ CỤ THỂ", onecell([H6], rows_05)), exp_05,
     "Government programme, one-cell, Sản phẩm column naming bodies as issuers, classes as leads")

# ------------------------------------------------------------------ 06/07 spanning "Cơ quan thực hiện" over Chủ trì | Phối hợp
HS1 = ["TT", "Nội dung công việc", "Cơ quan thực hiện", None, "Thời gian thực hiện"]
HS2 = [None, None, "Chủ trì", "Phối hợp", None]
rows_06 = [
    ["1", t(2), "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh; Ủy ban nhân dân các xã, phường", "Năm 2026"],
    ["2", t(6), "Sở Y tế", "Bảo hiểm xã hội tỉnh, Sở Tài chính", "Quý III/2026"],
    ["3", t(4), "Sở Giáo dục và Đào tạo", "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm"],
    ["4", t(10), "Sở Nội vụ", "Sở Tài chính", "Năm 2027"],
]
exp_06 = E(lead=["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ"],
           coordinate=["Báo và Phát thanh, Truyền hình tỉnh", "Ủy ban nhân dân các xã, phường", "Bảo hiểm xã hội tỉnh",
                       "Sở Tài chính", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"])
case("06", prov_kh("oc", "Đông Phong", "Đông Phong", "156", (11, 2, 2026),
                   "Thực hiện Chiến lược phát triển gia đình Việt Nam trên địa bàn tỉnh Đông Phong năm 2026",
                   "thực hiện Chiến lược phát triển gia đình năm 2026", "PHÂN CÔNG NHIỆM VỤ",
                   onecell([HS1, HS2], rows_06)), exp_06,
     "spanning 'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', one-cell (second header row of 2 cells)")
HS2p = ["", "", "Chủ trì", "Phối hợp", ""]
case("07", prov_kh("pipe", "Đông Phong", "Đông Phong", "156", (11, 2, 2026),
                   "Thực hiện Chiến lược phát triển gia đình Việt Nam trên địa bàn tỉnh Đông Phong năm 2026",
                   "thực hiện Chiến lược phát triển gia đình năm 2026", "PHÂN CÔNG NHIỆM VỤ",
                   pipes([["TT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian thực hiện"], HS2p], rows_06)),
     exp_06, "spanning 'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', pipes (2nd header row as first body row)")

# ------------------------------------------------------------------ 08 single execute column
H4x = ["STT", "Nhiệm vụ", "Cơ quan, đơn vị thực hiện", "Thời gian hoàn thành"]
rows_08 = [
    ["1", t(5), "Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã, phường", "Năm 2026"],
    ["2", t(1), "Sở Xây dựng", "Quý IV/2026"],
    ["3", t(9), "Sở Công Thương, Sở Tài chính", "2026 - 2030"],
    ["4", t(3), "Ủy ban nhân dân các xã, phường, đặc khu", "Thường xuyên"],
    ["5", t(12), "Trường Đại học Vân Sơn; Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh", "Năm 2027"],
]
exp_08 = E(execute=["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Sở Xây dựng", "Sở Công Thương",
                    "Sở Tài chính", "Ủy ban nhân dân các xã, phường, đặc khu", "Trường Đại học Vân Sơn",
                    "Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh"])
case("08", prov_kh("oc", "Vân Sơn", "Vân Sơn", "302", (6, 5, 2026),
                   "Phát triển kinh tế biển tỉnh Vân Sơn năm 2026", "phát triển kinh tế biển năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H4x], rows_08)), exp_08,
     "single 'Cơ quan, đơn vị thực hiện' column (execute), one-cell")

# ------------------------------------------------------------------ 09 pipes, <br> lists, Đơn vị chủ trì
H9 = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
rows_09 = [
    ["1", t(0), "Sở Tư pháp", "Sở Nội vụ¶Thanh tra tỉnh¶Văn phòng Ủy ban nhân dân tỉnh", "Quý I/2026"],
    ["2", t(7), "Thanh tra tỉnh", "Công an tỉnh¶Sở Tư pháp", "Năm 2026"],
    ["3", t(8), "Sở Tài chính¶Sở Xây dựng", "Ủy ban nhân dân các xã, phường", "Hằng năm"],
]
exp_09 = E(lead=["Sở Tư pháp", "Thanh tra tỉnh", "Sở Tài chính", "Sở Xây dựng"],
           coordinate=["Sở Nội vụ", "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Sở Tư pháp",
                       "Ủy ban nhân dân các xã, phường"], dieu3="prov")
case("09", prov_qd("pipe", "Bình Lạc", "Bình Lạc", "1045", (20, 1, 2026),
                   "Phòng, chống tham nhũng, tiêu cực trên địa bàn tỉnh Bình Lạc năm 2026",
                   "phòng, chống tham nhũng, tiêu cực năm 2026", "NHIỆM VỤ CỤ THỂ",
                   pipes([H9], rows_09), proposer="Chánh Thanh tra tỉnh"), exp_09,
     "pipes, 'Đơn vị chủ trì/phối hợp', several units per cell separated by <br> only")

# ------------------------------------------------------------------ 10 QĐ-TTg dash lists in cells
H10 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
rows_10 = [
    ["1", "Xây dựng Chiến lược phát triển\nngành logistics đến năm 2035", "Bộ Công Thương",
     "- Bộ Xây dựng;¶- Bộ Tài chính;¶- Ủy ban nhân dân các tỉnh, thành phố.", "Năm 2026"],
    ["2", "Hoàn thiện cơ sở dữ liệu về kết cấu\nhạ tầng giao thông", "Bộ Xây dựng",
     "- Bộ Công an;¶- Bộ Quốc phòng;¶- Các bộ, ngành liên quan.", "Năm 2027"],
    ["3", "Đơn giản hóa thủ tục hành chính đối\nvới hàng hóa xuất khẩu, nhập khẩu", "Bộ Tài chính",
     "- Bộ Công Thương;¶- Bộ Nông nghiệp và Môi trường;¶- Bộ Y tế.", "Quý IV/2026"],
]
exp_10 = E(lead=["Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài chính"],
           coordinate=["Bộ Xây dựng", "Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố", "Bộ Công an",
                       "Bộ Quốc phòng", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Y tế"],
           optional=[("Các bộ, ngành liên quan", "coordinate"), ("Các bộ, ngành", "coordinate")], dieu3="gov")
case("10", gov("oc", "QĐ-TTg", "977", (14, 7, 2026),
               "Ban hành Kế hoạch nâng cao năng lực cạnh tranh của dịch vụ logistics giai đoạn 2026 - 2030",
               "nâng cao năng lực cạnh tranh của dịch vụ logistics giai đoạn 2026 - 2030",
               "PHÂN CÔNG NHIỆM VỤ", onecell([H10], rows_10)), exp_10,
     "Prime Minister's decision, one-cell, coordinate cells as '- Bộ X;' lists")

# ------------------------------------------------------------------ 11 provincial abbreviations
rows_11 = [
    ["1", t(11), "Sở KH&CN", "Sở TC, Sở NV", "Năm 2026"],
    ["2", t(4), "Sở GD&ĐT", "Tỉnh đoàn; Hội LHPN tỉnh", "Hằng năm"],
    ["3", t(5), "Sở NN&MT", "UBND các xã, phường; BCH Quân sự tỉnh", "Quý III/2026"],
    ["4", t(2), "Sở VHTTDL", "Báo và PT-TH tỉnh", "Thường xuyên"],
]
exp_11 = E(lead=["Sở KH&CN", "Sở GD&ĐT", "Sở NN&MT", "Sở VHTTDL"],
           coordinate=["Sở TC", "Sở NV", "Tỉnh đoàn", "Hội LHPN tỉnh", "UBND các xã, phường", "BCH Quân sự tỉnh",
                       "Báo và PT-TH tỉnh"],
           printed_as={"Sở KH&CN": ["Sở Khoa học và Công nghệ"], "Sở GD&ĐT": ["Sở Giáo dục và Đào tạo"],
                       "Sở NN&MT": ["Sở Nông nghiệp và Môi trường"],
                       "Sở VHTTDL": ["Sở Văn hóa, Thể thao và Du lịch"], "Sở TC": ["Sở Tài chính"],
                       "Sở NV": ["Sở Nội vụ"], "Hội LHPN tỉnh": ["Hội Liên hiệp Phụ nữ tỉnh"],
                       "UBND các xã, phường": ["Ủy ban nhân dân các xã, phường"],
                       "BCH Quân sự tỉnh": ["Bộ Chỉ huy Quân sự tỉnh"]})
case("11", prov_kh("oc", "Sơn Hà", "Sơn Hà", "45", (3, 3, 2026),
                   "Triển khai Đề án phát triển thanh niên tỉnh Sơn Hà năm 2026",
                   "triển khai Đề án phát triển thanh niên năm 2026", "DANH MỤC NHIỆM VỤ", onecell([H5], rows_11)),
     exp_11, "provincial abbreviations in unit cells (Sở KH&CN, Sở TC, Hội LHPN tỉnh, BCH Quân sự tỉnh)")

# ------------------------------------------------------------------ 12 central abbreviations (pipes)
rows_12 = [
    ["1", "Xây dựng cơ chế chia sẻ dữ liệu dân cư", "BCA", "Bộ KH&CN, VPCP", "Năm 2026"],
    ["2", "Bảo đảm an ninh mạng cho hệ thống\nthông tin quốc phòng", "BQP", "BCA", "Thường xuyên"],
    ["3", "Phát triển thanh toán không dùng tiền mặt", "NHNN", "Bộ TC; Bộ KH&CN", "Năm 2027"],
    ["4", "Triển khai nền tảng số tại địa phương", "UBND các tỉnh, TP", "Bộ NN&MT, Bộ KH&CN", "Hằng năm"],
]
exp_12 = E(lead=["BCA", "BQP", "NHNN", "UBND các tỉnh, TP"],
           coordinate=["Bộ KH&CN", "VPCP", "BCA", "Bộ TC", "Bộ NN&MT"],
           printed_as={"BCA": ["Bộ Công an"], "BQP": ["Bộ Quốc phòng"], "NHNN": ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước"],
                       "UBND các tỉnh, TP": ["UBND các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố"],
                       "Bộ KH&CN": ["Bộ Khoa học và Công nghệ"], "VPCP": ["Văn phòng Chính phủ"],
                       "Bộ TC": ["Bộ Tài chính"], "Bộ NN&MT": ["Bộ Nông nghiệp và Môi trường"]},
           dieu3="gov")
case("12", gov("pipe", "QĐ-TTg", "1310", (2, 9, 2026),
               "Ban hành Kế hoạch thúc đẩy kinh tế số năm 2026 - 2027", "thúc đẩy kinh tế số năm 2026 - 2027",
               "PHÂN CÔNG NHIỆM VỤ CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG", pipes([H5], rows_12)), exp_12,
     "central abbreviations (BCA, BQP, NHNN, VPCP, Bộ KH&CN, UBND các tỉnh, TP), pipes")

# ------------------------------------------------------------------ 13 Bộ ... (Cục ...)
rows_13 = [
    ["1", "Xây dựng hệ thống truy xuất nguồn gốc\nsản phẩm thủy sản khai thác",
     "Bộ Nông nghiệp và Môi trường (Cục Thủy sản và Kiểm ngư)",
     "Bộ Công an (Cục Cảnh sát phòng, chống tội phạm về môi trường), Bộ Quốc phòng (Bộ Tư lệnh Cảnh sát biển Việt Nam)",
     "Năm 2026"],
    ["2", "Hướng dẫn doanh nghiệp đáp ứng quy định\ncủa thị trường nhập khẩu", "Bộ Công Thương (Cục Xuất nhập khẩu)",
     "Bộ Tài chính (Cục Hải quan)", "Thường xuyên"],
    ["3", "Tăng cường kiểm tra tàu cá tại cảng", "Ủy ban nhân dân các tỉnh, thành phố ven biển",
     "Bộ Nông nghiệp và Môi trường", "Hằng quý"],
]
FULL = {
    "Bộ Nông nghiệp và Môi trường (Cục Thủy sản và Kiểm ngư)": ("Bộ Nông nghiệp và Môi trường", "Cục Thủy sản và Kiểm ngư"),
    "Bộ Công an (Cục Cảnh sát phòng, chống tội phạm về môi trường)": ("Bộ Công an", "Cục Cảnh sát phòng, chống tội phạm về môi trường"),
    "Bộ Quốc phòng (Bộ Tư lệnh Cảnh sát biển Việt Nam)": ("Bộ Quốc phòng", "Bộ Tư lệnh Cảnh sát biển Việt Nam"),
    "Bộ Công Thương (Cục Xuất nhập khẩu)": ("Bộ Công Thương", "Cục Xuất nhập khẩu"),
    "Bộ Tài chính (Cục Hải quan)": ("Bộ Tài chính", "Cục Hải quan"),
}
# gold: the ministry with its department as printed (the ministry alone, or the department alone, accepted)
exp_13 = E(lead=["Bộ Nông nghiệp và Môi trường (Cục Thủy sản và Kiểm ngư)", "Bộ Công Thương (Cục Xuất nhập khẩu)",
                 "Ủy ban nhân dân các tỉnh, thành phố ven biển"],
           coordinate=["Bộ Công an (Cục Cảnh sát phòng, chống tội phạm về môi trường)",
                       "Bộ Quốc phòng (Bộ Tư lệnh Cảnh sát biển Việt Nam)", "Bộ Tài chính (Cục Hải quan)",
                       "Bộ Nông nghiệp và Môi trường"],
           printed_as={k: list(v) for k, v in FULL.items()}, dieu3="gov")
case("13", gov("oc", "QĐ-TTg", "655", (28, 4, 2026),
               "Ban hành Kế hoạch chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định năm 2026",
               "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định năm 2026",
               "PHÂN CÔNG NHIỆM VỤ", onecell([H5], rows_13)), exp_13,
     "'Bộ X (Cục Y)' lead and coordinate cells; a comma inside the parenthesis")

# ------------------------------------------------------------------ 14 parenthesised parts, provincial
rows_14 = [
    ["1", t(4), "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Tài chính", "Năm 2026"],
    ["2", t(6), "Sở Y tế (cơ quan thường trực)", "Sở Tư pháp, Sở Tài chính (thẩm định kinh phí)", "Quý II/2026"],
    ["3", t(7), "Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)", "Ủy ban nhân dân các xã, phường", "Thường xuyên"],
    ["4", t(8), "Sở Tài chính (đối với nội dung về kinh phí)", "Các sở, ban, ngành tỉnh", "Hằng năm"],
]
exp_14 = E(lead=["Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Y tế",
                 "Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)", "Sở Tài chính"],
           coordinate=["Sở Tài chính", "Sở Tư pháp", "Ủy ban nhân dân các xã, phường", "Các sở, ban, ngành tỉnh"],
           printed_as={"Sở Nội vụ (Ban Thi đua - Khen thưởng)": ["Sở Nội vụ", "Ban Thi đua - Khen thưởng"],
                       "Sở Y tế": ["Sở Y tế (cơ quan thường trực)"],
                       "Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự xã hội)":
                           ["Công an tỉnh", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"],
                       "Sở Tài chính": ["Sở Tài chính (thẩm định kinh phí)", "Sở Tài chính (đối với nội dung về kinh phí)"]})
case("14", prov_kh("oc", "Bình Lạc", "Bình Lạc", "233", (14, 5, 2026),
                   "Phòng, chống ma túy và kiểm soát tiền chất tỉnh Bình Lạc năm 2026",
                   "phòng, chống ma túy năm 2026", "PHÂN CÔNG NHIỆM VỤ", onecell([H5], rows_14)), exp_14,
     "parenthesised sub-bodies and qualifiers after the unit in cells")

# ------------------------------------------------------------------ 15 group rows naming the lead ministry (capitals)
H15 = ["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nội dung nhiệm vụ", "Thời hạn hoàn thành"]
rows_15 = [
    ("G", "A.", "BỘ TÀI CHÍNH"),
    ["1", "Bộ Tài chính", "- Bộ Tư pháp;¶- Ngân hàng Nhà nước Việt Nam.", "Trình Chính phủ ban hành Nghị định về\nquỹ đầu tư phát triển địa phương", "Quý IV/2026"],
    ["2", "Bộ Tài chính", "- Các bộ, ngành;¶- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.", "Hướng dẫn lập kế hoạch đầu tư công\ntrung hạn giai đoạn 2026 - 2030", "Năm 2026"],
    ("G", "B.", "BỘ XÂY DỰNG"),
    ["3", "Bộ Xây dựng", "- Bộ Công an;¶- Bộ Tài chính.", "Xây dựng cơ sở dữ liệu về nhà ở và\nthị trường bất động sản", "Năm 2027"],
]
exp_15 = E(lead=["Bộ Tài chính", "Bộ Xây dựng"],
           coordinate=["Bộ Tư pháp", "Ngân hàng Nhà nước Việt Nam", "Các bộ, ngành",
                       "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Công an", "Bộ Tài chính"],
           optional=[("Bộ Tài chính", "execute"), ("Bộ Xây dựng", "execute")], dieu3="gov")
case("15", gov("oc", "QĐ-TTg", "1502", (10, 10, 2026),
               "Ban hành Kế hoạch thực hiện Chiến lược phát triển thị trường vốn giai đoạn 2026 - 2030",
               "thực hiện Chiến lược phát triển thị trường vốn giai đoạn 2026 - 2030",
               "BẢNG PHÂN CÔNG NHIỆM VỤ", onecell([H15], rows_15)), exp_15,
     "lead column first; group rows by lead ministry in capitals; '- ' lists")

# ------------------------------------------------------------------ 16 no lead column, groups by unit
H16 = ["TT", "Nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành"]
rows_16 = [
    ("G", "I", "SỞ TÀI CHÍNH"),
    ["1", t(8), "Các sở, ban, ngành tỉnh", "Hằng năm"],
    ["2", t(5), "Sở Xây dựng", "Quý III/2026"],
    ("G", "II", "SỞ NỘI VỤ"),
    ["3", t(4), "Sở Tài chính", "Năm 2026"],
    ("G", "III", "ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG"),
    ["4", t(2), "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "Thường xuyên"],
]
exp_16 = E(execute=["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường"],
           coordinate=["Các sở, ban, ngành tỉnh", "Sở Xây dựng", "Sở Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp"],
           optional=[("Sở Tài chính", "lead"), ("Sở Nội vụ", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")])
case("16", prov_kh("oc", "Tây Lĩnh", "Tây Lĩnh", "71", (22, 1, 2026),
                   "Cải cách hành chính tỉnh Tây Lĩnh năm 2026", "cải cách hành chính năm 2026",
                   "PHÂN CÔNG NHIỆM VỤ CỤ THỂ CHO CÁC CƠ QUAN, ĐƠN VỊ", onecell([H16], rows_16)), exp_16,
     "no lead column: group rows name the unit (capitals), rows give only Cơ quan phối hợp")

# ------------------------------------------------------------------ 17 'và' joins
rows_17 = [
    ["1", t(8), "Sở Tài chính và Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch và Ủy ban nhân dân các xã, phường", "Năm 2026"],
    ["2", t(12), "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo và các trường cao đẳng trên địa bàn tỉnh", "2026 - 2027"],
    ["3", t(7), "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế", "Thường xuyên"],
]
exp_17 = E(lead=["Sở Tài chính", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
           coordinate=["Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường", "Sở Giáo dục và Đào tạo",
                       "các trường cao đẳng trên địa bàn tỉnh", "Sở Y tế"],
           printed_as={"các trường cao đẳng trên địa bàn tỉnh": ["các trường cao đẳng"]})
case("17", prov_kh("oc", "Sơn Hà", "Sơn Hà", "120", (9, 6, 2026),
                   "Bảo đảm an ninh, trật tự các kỳ thi năm 2026", "bảo đảm an ninh, trật tự các kỳ thi năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_17)), exp_17,
     "several bodies joined by 'và' in one cell, next to 'và' inside names")

# ------------------------------------------------------------------ 18 central classes, two classes in one cell (pipes)
rows_18 = [
    ["1", "Rà soát, sắp xếp các đơn vị sự nghiệp\ncông lập thuộc phạm vi quản lý",
     "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
     "Bộ Nội vụ", "Năm 2026"],
    ["2", "Hướng dẫn xây dựng vị trí việc làm", "Bộ Nội vụ", "Các bộ, ngành", "Quý II/2026"],
    ["3", "Vận động Nhân dân tham gia giám sát", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Các tổ chức chính trị - xã hội", "Thường xuyên"],
]
exp_18 = E(lead=["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                 "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Nội vụ",
                 "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
           coordinate=["Bộ Nội vụ", "Các bộ, ngành", "Các tổ chức chính trị - xã hội"], dieu3="gov")
case("18", gov("pipe", "NQ-CP", "204", (30, 6, 2026),
               "Ban hành Chương trình hành động của Chính phủ về tinh gọn bộ máy và nâng cao chất lượng đội ngũ viên chức",
               "về tinh gọn bộ máy và nâng cao chất lượng đội ngũ viên chức", "NHIỆM VỤ CỤ THỂ", pipes([H5], rows_18)),
     exp_18, "classes of bodies as leads, two classes in one cell separated by a comma (pipes)")

# ------------------------------------------------------------------ 19 ministry decision, Vụ/Cục (pipes)
rows_19 = [
    ["1", "Rà soát, hoàn thiện quy chế làm việc\ncủa Bộ", "Văn phòng Bộ", "Vụ Pháp chế; Vụ Tổ chức cán bộ", "Quý I/2026"],
    ["2", "Xây dựng kế hoạch đào tạo, bồi dưỡng\ncông chức, viên chức", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Năm 2026"],
    ["3", "Kiểm tra công tác cải cách hành chính\ntại các đơn vị", "Thanh tra Bộ", "Văn phòng Bộ, Vụ Kế hoạch - Tài chính", "Quý III/2026"],
    ["4", "Nâng cấp hệ thống quản lý văn bản và\nđiều hành", "Trung tâm Thông tin", "Văn phòng Bộ", "Năm 2026"],
    ["5", "Cấp phép hoạt động xây dựng trực tuyến\ntoàn trình", "Cục Quản lý hoạt động xây dựng", "Trung tâm Thông tin", "Quý IV/2026"],
]
dieu3_19 = ("**Điều 3.** Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các cơ quan,\n"
            "đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.")
exp_19 = E(lead=["Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Thanh tra Bộ", "Trung tâm Thông tin", "Cục Quản lý hoạt động xây dựng"],
           coordinate=["Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Văn phòng Bộ",
                       "Vụ Kế hoạch - Tài chính", "Trung tâm Thông tin"],
           optional=[("Chánh Văn phòng Bộ", "execute"), ("Vụ trưởng Vụ Tổ chức cán bộ", "execute"),
                     ("Thủ trưởng các cơ quan, đơn vị thuộc Bộ", "execute")])
case("19", ministry("pipe", "BỘ XÂY DỰNG", "Bộ Xây dựng", "BXD", "88", (15, 1, 2026),
                    "Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Xây dựng", "cải cách hành chính năm 2026",
                    "DANH MỤC NHIỆM VỤ", pipes([H5], rows_19), dieu3=dieu3_19), exp_19,
     "ministry decision: Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ units (pipes)")

# ------------------------------------------------------------------ 20 lead column before the task (provincial one-cell)
H20 = ["STT", "Cơ quan chủ trì", "Nhiệm vụ", "Cơ quan phối hợp", "Thời hạn"]
rows_20 = [
    ["1", "Sở Xây dựng", t(1), "Sở Tài chính, Sở Nông nghiệp và Môi trường", "Năm 2026"],
    ["2", "Sở Y tế", t(6), "Bảo hiểm xã hội tỉnh", "Quý IV/2026"],
    ["3", "Ủy ban nhân dân các xã, phường", t(2), "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường", "Thường xuyên"],
]
exp_20 = E(lead=["Sở Xây dựng", "Sở Y tế", "Ủy ban nhân dân các xã, phường"],
           coordinate=["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Bảo hiểm xã hội tỉnh",
                       "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"], dieu3="prov")
case("20", prov_qd("oc", "Đông Phong", "Đông Phong", "611", (4, 3, 2026),
                   "Phát triển nhà ở xã hội tỉnh Đông Phong năm 2026", "phát triển nhà ở xã hội năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H20], rows_20), proposer="Giám đốc Sở Xây dựng"), exp_20,
     "lead column placed before the task column, decision issuing a plan, one-cell")

# ------------------------------------------------------------------ 21 p037-like: lead+coordinate merged over sub-task rows
H21 = ["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nội dung nhiệm vụ", "Sản phẩm", "Thời hạn hoàn thành"]
rows_21 = [
    ["1", "Bộ Y tế", "- Bộ Tài chính;¶- Bảo hiểm xã hội Việt Nam.", "- Sửa đổi danh mục thuốc thuộc phạm vi\nthanh toán của quỹ bảo hiểm y tế.", "Thông tư được ban hành", "Năm 2026"],
    [None, None, None, "- Xây dựng cơ sở dữ liệu khám bệnh, chữa\nbệnh kết nối toàn quốc.", "Cơ sở dữ liệu được vận hành", "Năm 2027"],
    [None, None, None, "- Hướng dẫn các địa phương tổ chức\nkhám sức khỏe định kỳ cho người dân.", "Văn bản hướng dẫn", "Quý II/2026"],
    ["2", "Bộ Giáo dục và Đào tạo", "- Bộ Nội vụ;¶- Bộ Tài chính.", "- Xây dựng chương trình giáo dục sức khỏe\ntrong trường học.", "Chương trình được ban hành", "Năm 2026"],
    [None, None, None, "- Bồi dưỡng giáo viên phụ trách công tác\ny tế trường học.", "Các lớp bồi dưỡng", "Hằng năm"],
]
exp_21 = E(lead=["Bộ Y tế", "Bộ Giáo dục và Đào tạo"],
           coordinate=["Bộ Tài chính", "Bảo hiểm xã hội Việt Nam", "Bộ Nội vụ"], dieu3="gov")
case("21", gov("oc", "QĐ-TTg", "842", (3, 6, 2026),
               "Ban hành Kế hoạch thực hiện Chương trình chăm sóc sức khỏe ban đầu giai đoạn 2026 - 2030",
               "thực hiện Chương trình chăm sóc sức khỏe ban đầu giai đoạn 2026 - 2030",
               "BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ", onecell([H21], rows_21)), exp_21,
     "lead and coordinate merged over sub-task rows (only task, product, deadline in later rows), one-cell")

# ------------------------------------------------------------------ 22 pipes, '-' placeholder and blank coordinate cells
rows_22 = [
    ["1", t(0), "Sở Tư pháp", "-", "Quý II/2026"],
    ["2", t(3), "Thanh tra tỉnh", "", "Năm 2026"],
    ["3", t(11), "Trung tâm Phục vụ hành chính công tỉnh", "Sở Khoa học và Công nghệ", "Năm 2026"],
    ["4", t(10), "Văn phòng Ủy ban nhân dân tỉnh", "", "Tháng 12/2026"],
]
exp_22 = E(lead=["Sở Tư pháp", "Thanh tra tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"],
           coordinate=["Sở Khoa học và Công nghệ"])
case("22", prov_kh("pipe", "Tây Lĩnh", "Tây Lĩnh", "19", (12, 1, 2026),
                   "Kiểm soát thủ tục hành chính năm 2026", "kiểm soát thủ tục hành chính năm 2026",
                   "DANH MỤC NHIỆM VỤ", pipes([H5], rows_22)), exp_22,
     "pipes with '-' placeholder and blank coordinate cells")

# ------------------------------------------------------------------ 23 one-cell with empty coordinate cells
case("23", prov_kh("oc", "Tây Lĩnh", "Tây Lĩnh", "19", (12, 1, 2026),
                   "Kiểm soát thủ tục hành chính năm 2026", "kiểm soát thủ tục hành chính năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_22)), exp_22,
     "one-cell with empty coordinate cells ('|' lines back to back) and a '-' cell")

# ------------------------------------------------------------------ 24 hard-wrapped unit names in cells
rows_24 = [
    ["1", t(2), "Sở Văn hóa, Thể thao\nvà Du lịch", "Ủy ban nhân dân các\nxã, phường; Báo và Phát thanh,\nTruyền hình tỉnh", "Năm 2026"],
    ["2", t(14), "Ban Quản lý các khu\ncông nghiệp tỉnh", "Sở Công\nThương; Trung tâm Xúc tiến đầu tư,\nThương mại và Du lịch tỉnh", "Quý III/2026"],
    ["3", t(6), "Sở Nông nghiệp và\nMôi trường", "Sở Khoa học và Công nghệ, Sở Tài\nchính", "Năm 2027"],
]
exp_24 = E(lead=["Sở Văn hóa, Thể thao và Du lịch", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Nông nghiệp và Môi trường"],
           coordinate=["Ủy ban nhân dân các xã, phường", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Công Thương",
                       "Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính"])
case("24", prov_kh("oc", "Vân Sơn", "Vân Sơn", "377", (8, 7, 2026),
                   "Phát triển du lịch gắn với công nghiệp văn hóa năm 2026",
                   "phát triển du lịch gắn với công nghiệp văn hóa năm 2026", "DANH MỤC NHIỆM VỤ", onecell([H5], rows_24)),
     exp_24, "unit names hard-wrapped inside one-cell cells (a line break inside a name)")

# ------------------------------------------------------------------ 25 units run together without a separator (p024 style)
rows_25 = [
    ["1", t(1), "Sở Khoa học và Công nghệ", "Sở Tài chính Sở Công Thương; Ủy ban nhân dân các xã, phường", "Quý III/2026"],
    ["2", t(9), "Sở Công Thương", "Sở Khoa học và Công nghệ Sở Tài chính Ngân hàng Nhà nước chi nhánh Khu vực 9", "Năm 2026"],
    ["3", t(12), "Sở Giáo dục và Đào tạo Sở Khoa học và Công nghệ", "Tỉnh đoàn", "2026 - 2030"],
]
exp_25 = E(lead=["Sở Khoa học và Công nghệ", "Sở Công Thương", "Sở Giáo dục và Đào tạo"],
           coordinate=["Sở Tài chính", "Sở Công Thương", "Ủy ban nhân dân các xã, phường", "Sở Khoa học và Công nghệ",
                       "Ngân hàng Nhà nước chi nhánh Khu vực 9", "Tỉnh đoàn"])
case("25", prov_kh("oc", "Bình Lạc", "Bình Lạc", "402", (1, 8, 2026),
                   "Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Bình Lạc năm 2026",
                   "hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026", "DANH MỤC NHIỆM VỤ", onecell([H5], rows_25)),
     exp_25, "several bodies in one cell with no separator at all ('Sở Tài chính Sở Công Thương')")

# ------------------------------------------------------------------ 26 wrapped bold headers with footnote markers
H26 = ["STT", "Tên nhiệm vụ", "Cơ quan\nchủ trì[1]", "Cơ quan phối\nhợp", "Thời gian\nhoàn thành"]
rows_26 = [
    ["1", t(13), "Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Quý I/2026"],
    ["2", t(11), "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh", "Năm 2026"],
    ["3", t(3), "Sở Tài chính", "Thuế tỉnh, Kho bạc Nhà nước khu vực XIV", "Hằng năm"],
]
exp_26 = E(lead=["Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính"],
           coordinate=["Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành tỉnh", "Thuế tỉnh", "Kho bạc Nhà nước khu vực XIV"])
case("26", prov_kh("oc", "Sơn Hà", "Sơn Hà", "58", (27, 2, 2026),
                   "Nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2026",
                   "nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2026", "DANH MỤC NHIỆM VỤ",
                   onecell([H26], rows_26) + "\n[1] Cơ quan chủ trì chịu trách nhiệm tổng hợp kết quả thực hiện nhiệm vụ.\n"),
     exp_26, "bold header cells wrapped mid-word-group with a footnote marker '[1]'")

# ------------------------------------------------------------------ 27 pipes, short headers Chủ trì | Phối hợp
H27 = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
rows_27 = [
    ["1", t(2), "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Năm 2026"],
    ["2", t(4), "Liên đoàn Lao động tỉnh", "Sở Nội vụ; Hội Liên hiệp Phụ nữ tỉnh", "Quý II/2026"],
    ["3", t(10), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh", "Năm 2027"],
]
exp_27 = E(lead=["Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Lao động tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
           coordinate=["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Hội Liên hiệp Phụ nữ tỉnh",
                       "Các tổ chức chính trị - xã hội tỉnh"])
case("27", prov_kh("pipe", "Đông Phong", "Đông Phong", "244", (19, 5, 2026),
                   "Xây dựng đời sống văn hóa cơ sở năm 2026", "xây dựng đời sống văn hóa cơ sở năm 2026",
                   "PHÂN CÔNG NHIỆM VỤ", pipes([H27], rows_27, bold_header=True)), exp_27,
     "pipes, bold short headers 'Chủ trì' / 'Phối hợp'")

# ------------------------------------------------------------------ 28 pipes, 'Cơ quan chủ trì thực hiện' / 'Cơ quan phối hợp thực hiện'
H28 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện", "Kết quả/sản phẩm", "Thời gian hoàn thành"]
rows_28 = [
    ["1", t(6), "Sở Nông nghiệp và Môi trường", "Sở Tài chính, Sở Xây dựng", "Quyết định của Ủy ban nhân dân tỉnh", "Quý II/2026"],
    ["2", t(5), "Sở Xây dựng", "Ủy ban nhân dân các xã, phường", "Danh mục dự án", "Năm 2026"],
    ["3", t(8), "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Báo cáo Ủy ban nhân dân tỉnh", "Hằng năm"],
]
exp_28 = E(lead=["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Tài chính"],
           coordinate=["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường"],
           optional=[("Ủy ban nhân dân tỉnh", "report")])
case("28", prov_kh("pipe", "Sơn Hà", "Sơn Hà", "131", (30, 3, 2026),
                   "Ứng phó với biến đổi khí hậu tỉnh Sơn Hà năm 2026", "ứng phó với biến đổi khí hậu năm 2026",
                   "DANH MỤC NHIỆM VỤ", pipes([H28], rows_28)), exp_28,
     "pipes, headers '... thực hiện', 'Kết quả/sản phẩm' column naming the issuer")

# ------------------------------------------------------------------ 29 UBND tỉnh, VP ĐĐBQH và HĐND tỉnh in cells
rows_29 = [
    ["1", "Trình Hội đồng nhân dân tỉnh ban hành\nNghị quyết quy định mức hỗ trợ", "Ủy ban nhân dân tỉnh",
     "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Kỳ họp giữa năm 2026"],
    ["2", t(3), "Văn phòng Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch, Sở Dân tộc và Tôn giáo", "Năm 2026"],
    ["3", t(13), "Sở Dân tộc và Tôn giáo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số", "Quý IV/2026"],
]
exp_29 = E(lead=["Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Dân tộc và Tôn giáo"],
           coordinate=["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
                       "Sở Dân tộc và Tôn giáo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                       "Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số"],
           printed_as={"Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số": ["Ủy ban nhân dân các xã"]})
case("29", prov_kh("oc", "Tây Lĩnh", "Tây Lĩnh", "199", (16, 4, 2026),
                   "Thực hiện chính sách dân tộc năm 2026", "thực hiện chính sách dân tộc năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_29)), exp_29,
     "'và' inside office names in cells (VP ĐĐBQH và HĐND tỉnh, Sở Dân tộc và Tôn giáo), 'và' between bodies")

# ------------------------------------------------------------------ 30 party programme (pipes)
party_head = """| **ĐẢNG BỘ TỈNH BÌNH LẠC**<br>**TỈNH ỦY**<br>* | **ĐẢNG CỘNG SẢN VIỆT NAM** |
|---|---|
| Số 09-CTr/TU | *Bình Lạc, ngày 05 tháng 3 năm 2026* |
"""
rows_30 = [
    ["1", "Quán triệt, tuyên truyền Nghị quyết", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các đảng bộ trực thuộc Tỉnh ủy", "Quý II/2026"],
    ["2", "Rà soát, bổ sung quy hoạch cán bộ", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy", "Năm 2026"],
    ["3", "Cụ thể hóa thành chương trình, kế hoạch\ncủa Ủy ban nhân dân tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "Quý III/2026"],
]
exp_30 = E(lead=["Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh"],
           coordinate=["Các đảng bộ trực thuộc Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy",
                       "Đảng ủy các cơ quan Đảng tỉnh"])
text_30 = (party_head + "\n\n**CHƯƠNG TRÌNH HÀNH ĐỘNG**\n\nthực hiện Nghị quyết về phát triển nguồn nhân lực chất lượng cao\n\n"
           + "**I. MỤC ĐÍCH, YÊU CẦU**\n\nQuán triệt sâu sắc, tạo sự thống nhất trong nhận thức và hành động của cấp ủy,\nchính quyền các cấp.\n\n"
           + "**II. NHIỆM VỤ, GIẢI PHÁP**\n\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\n"
           + "**III. TỔ CHỨC THỰC HIỆN**\n\nCác cấp ủy, tổ chức đảng căn cứ Chương trình này xây dựng kế hoạch thực hiện phù hợp./.\n\n"
           + "| *Nơi nhận:*<br>- Ban Bí thư Trung ương Đảng;<br>- Các đảng bộ trực thuộc;<br>- Lưu Văn phòng Tỉnh ủy. | **T/M BAN THƯỜNG VỤ**<br>**PHÓ BÍ THƯ**<br>**Hoàng Văn Lực** |\n|---|---|\n\n"
           + "**PHỤ LỤC**\n\nPHÂN CÔNG NHIỆM VỤ\n\n" + pipes([H5], rows_30))
case("30", text_30, exp_30, "party programme (Tỉnh ủy) with party units in the table (pipes)")

# ------------------------------------------------------------------ 31 coordinate cell merged (rowspan)
rows_31 = [
    ["1", t(5), "Sở Xây dựng", "Sở Tài chính; Sở Nông nghiệp và Môi trường", "Năm 2026"],
    ["2", t(1), "Sở Công Thương", None, "Quý III/2026"],
    ["3", t(14), "Ban Quản lý các khu công nghiệp tỉnh", None, "Năm 2027"],
    ["4", t(2), "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng năm"],
]
exp_31 = E(lead=["Sở Xây dựng", "Sở Công Thương", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Văn hóa, Thể thao và Du lịch"],
           coordinate=["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Báo và Phát thanh, Truyền hình tỉnh"])
case("31", prov_kh("oc", "Vân Sơn", "Vân Sơn", "415", (25, 8, 2026),
                   "Thu hút đầu tư vào các khu công nghiệp năm 2026", "thu hút đầu tư vào các khu công nghiệp năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_31)), exp_31,
     "coordinate cell merged over three rows (left out of rows 2-3), one-cell")

# ------------------------------------------------------------------ 32 two annexes: tasks + targets with 'Cơ quan theo dõi, đánh giá'
H32 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2030", "Cơ quan theo dõi, đánh giá"]
rows_32 = [
    ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95", "Bảo hiểm xã hội tỉnh"],
    ["2", "Số giường bệnh trên 10.000 dân", "Giường", "33", "Sở Y tế"],
    ["3", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "75", "Sở Giáo dục và Đào tạo"],
]
rows_32a = [
    ["1", t(6), "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Năm 2026"],
    ["2", t(12), "Sở Giáo dục và Đào tạo", "Sở Tài chính", "2026 - 2030"],
]
exp_32 = E(lead=["Sở Y tế", "Sở Giáo dục và Đào tạo"],
           coordinate=["Bảo hiểm xã hội tỉnh", "Sở Tài chính"],
           monitor=["Bảo hiểm xã hội tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo"])
text_32 = prov_kh("oc", "Đông Phong", "Đông Phong", "288", (7, 7, 2026),
                  "Phát triển các lĩnh vực xã hội tỉnh Đông Phong đến năm 2030",
                  "phát triển các lĩnh vực xã hội đến năm 2030", "PHỤ LỤC I\n\nDANH MỤC NHIỆM VỤ",
                  onecell([H5], rows_32a)) + "\n**PHỤ LỤC II**\n\nCÁC CHỈ TIÊU CHỦ YẾU VÀ CƠ QUAN THEO DÕI\n\n" + onecell([H32], rows_32)
case("32", text_32, exp_32, "second annex: targets table with a 'Cơ quan theo dõi, đánh giá' column (monitor)")

# ------------------------------------------------------------------ 33 'Các sở: A, B, C' in a lead cell
rows_33 = [
    ["1", t(0), "Các sở: Tài chính, Xây dựng, Công Thương", "Sở Tư pháp", "Quý II/2026"],
    ["2", t(3), "Sở Nội vụ", "Các sở: Y tế, Giáo dục và Đào tạo", "Năm 2026"],
]
exp_33 = E(lead=["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nội vụ"],
           coordinate=["Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo"],
           printed_as={"Sở Tài chính": ["Các sở: Tài chính, Xây dựng, Công Thương"]})
case("33", prov_kh("oc", "Sơn Hà", "Sơn Hà", "66", (10, 3, 2026),
                   "Thực hiện phân cấp, ủy quyền năm 2026", "thực hiện phân cấp, ủy quyền năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_33)), exp_33,
     "'Các sở: Tài chính, Xây dựng, Công Thương' (names distributed over a class word) in cells")

# ------------------------------------------------------------------ 34 QĐ-TTg, 'Bộ, ngành chủ trì', mass organisations
H34 = ["TT", "Nhiệm vụ", "Bộ, ngành chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
rows_34 = [
    ["1", "Tổ chức phong trào thi đua lao động\nsáng tạo trong công nhân", "Tổng Liên đoàn Lao động Việt Nam",
     "Bộ Nội vụ; Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hằng năm"],
    ["2", "Hỗ trợ phụ nữ khởi nghiệp", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
     "Ngân hàng Chính sách xã hội, Bộ Tài chính", "2026 - 2030"],
    ["3", "Phát triển đội ngũ trí thức trẻ tình nguyện", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
     "Bộ Khoa học và Công nghệ, Hội Nông dân Việt Nam", "2026 - 2030"],
]
exp_34 = E(lead=["Tổng Liên đoàn Lao động Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
                 "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
           coordinate=["Bộ Nội vụ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ngân hàng Chính sách xã hội",
                       "Bộ Tài chính", "Bộ Khoa học và Công nghệ", "Hội Nông dân Việt Nam"], dieu3="gov")
case("34", gov("oc", "QĐ-TTg", "1177", (21, 8, 2026),
               "Ban hành Kế hoạch phát huy vai trò của các tổ chức chính trị - xã hội trong phát triển kinh tế - xã hội",
               "phát huy vai trò của các tổ chức chính trị - xã hội", "PHÂN CÔNG NHIỆM VỤ", onecell([H34], rows_34)),
     exp_34, "'Bộ, ngành chủ trì' header; mass organisations as leads and coordinates")

# ------------------------------------------------------------------ 35 pipes 'Sở, ngành chủ trì' / 'Sở, ngành, địa phương phối hợp'
H35 = ["STT", "Nhiệm vụ", "Sở, ngành chủ trì", "Sở, ngành, địa phương phối hợp", "Thời gian"]
rows_35 = [
    ["1", t(7), "Sở Công Thương", "Công an tỉnh, Thuế tỉnh", "Thường xuyên"],
    ["2", t(9), "Ngân hàng Nhà nước chi nhánh Khu vực 9", "Sở Tài chính; Hội Doanh nghiệp nhỏ và vừa tỉnh", "Năm 2026"],
    ["3", t(5), "Sở Xây dựng", "Ủy ban nhân dân các xã, phường", "Năm 2026"],
]
exp_35 = E(lead=["Sở Công Thương", "Ngân hàng Nhà nước chi nhánh Khu vực 9", "Sở Xây dựng"],
           coordinate=["Công an tỉnh", "Thuế tỉnh", "Sở Tài chính", "Hội Doanh nghiệp nhỏ và vừa tỉnh",
                       "Ủy ban nhân dân các xã, phường"])
case("35", prov_kh("pipe", "Vân Sơn", "Vân Sơn", "480", (2, 10, 2026),
                   "Hỗ trợ doanh nghiệp nhỏ và vừa năm 2026", "hỗ trợ doanh nghiệp nhỏ và vừa năm 2026",
                   "DANH MỤC NHIỆM VỤ", pipes([H35], rows_35)), exp_35,
     "pipes, headers 'Sở, ngành chủ trì' / 'Sở, ngành, địa phương phối hợp'")

# ------------------------------------------------------------------ 36 vague tails and vague cells (pipes)
rows_36 = [
    ["1", t(0), "Sở Tư pháp", "Sở Tài chính, Sở Xây dựng và các sở, ngành liên quan", "Năm 2026"],
    ["2", t(3), "Sở Nội vụ", "Các cơ quan, đơn vị liên quan", "Quý III/2026"],
    ["3", t(2), "Sở Văn hóa, Thể thao và Du lịch", "Các địa phương", "Hằng năm"],
    ["4", t(10), "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ", "Sở Nội vụ", "Hằng năm"],
]
exp_36 = E(lead=["Sở Tư pháp", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"],
           coordinate=["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"],
           optional=[("các sở, ngành liên quan", "coordinate"), ("các sở, ngành", "coordinate")])
case("36", prov_kh("pipe", "Bình Lạc", "Bình Lạc", "512", (13, 10, 2026),
                   "Phổ biến, giáo dục pháp luật năm 2026", "phổ biến, giáo dục pháp luật năm 2026",
                   "DANH MỤC NHIỆM VỤ", pipes([H5], rows_36)), exp_36,
     "vague cells and tails ('Các cơ quan, đơn vị liên quan', 'Các địa phương', 'Các cơ quan, đơn vị được giao chủ trì')")

# ------------------------------------------------------------------ 37 in-section table under TỔ CHỨC THỰC HIỆN (one-cell) with prose around
body_37 = """**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao chất lượng công tác bảo vệ môi trường tại các làng nghề trên địa bàn tỉnh.

**II. TỔ CHỨC THỰC HIỆN**

**1. Phân công nhiệm vụ**

""" + onecell([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]], [
    ["1", "Điều tra, đánh giá hiện trạng môi trường\ncác làng nghề", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã có làng nghề", "Quý II/2026"],
    ["2", "Hỗ trợ di dời cơ sở gây ô nhiễm vào\ncụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "2026 - 2027"],
]) + """
**2. Chế độ báo cáo**

Các cơ quan chủ trì báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 15/12
hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.
"""
exp_37 = E(lead=["Sở Nông nghiệp và Môi trường", "Sở Công Thương"],
           coordinate=["Ủy ban nhân dân các xã có làng nghề", "Sở Tài chính"],
           report=["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh"],
           optional=[("Sở Nông nghiệp và Môi trường", "execute")],
           printed_as={"Ủy ban nhân dân các xã có làng nghề": ["Ủy ban nhân dân các xã"]})
from render import prov_header_oc, signature_oc
text_37 = (prov_header_oc("Tây Lĩnh", "140", "KH-UBND", "Tây Lĩnh", (6, 4, 2026))
           + "\n\n**KẾ HOẠCH**\n\nBảo vệ môi trường làng nghề năm 2026\n\n" + body_37 + "\n"
           + signature_oc(["Như mục II"], "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vũ Đức Hòa"))
case("37", text_37, exp_37, "in-section one-cell table under '1. Phân công nhiệm vụ' followed by prose")

# ------------------------------------------------------------------ 38 pipes, arabic group rows and 1.1 numbering
rows_38 = [
    ("G", "1", "Lĩnh vực y tế"),
    ["1.1", t(6), "Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh", "Năm 2026"],
    ["1.2", t(4), "Sở Y tế", "Trường Cao đẳng Y tế tỉnh", "Hằng năm"],
    ("G", "2", "Lĩnh vực giáo dục"),
    ["2.1", t(12), "Sở Giáo dục và Đào tạo", "Sở Nội vụ, Sở Tài chính", "2026 - 2030"],
]
exp_38 = E(lead=["Sở Y tế", "Sở Giáo dục và Đào tạo"],
           coordinate=["Trung tâm Kiểm soát bệnh tật tỉnh", "Trường Cao đẳng Y tế tỉnh", "Sở Nội vụ", "Sở Tài chính"],
           dieu3="prov")
case("38", prov_qd("pipe", "Tây Lĩnh", "Tây Lĩnh", "730", (18, 6, 2026),
                   "Phát triển nguồn nhân lực y tế, giáo dục tỉnh Tây Lĩnh năm 2026",
                   "phát triển nguồn nhân lực y tế, giáo dục năm 2026", "DANH MỤC NHIỆM VỤ", pipes([H5], rows_38),
                   proposer="Giám đốc Sở Nội vụ"), exp_38,
     "pipes, arabic group rows ('1 | Lĩnh vực y tế') and 1.1 numbering, decision issuing a plan")

# ------------------------------------------------------------------ 39 central, Bộ ... (Cục ...) with a ministry plan: Các Sở X (class)
H39 = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
rows_39 = [
    ["1", "Xây dựng quy hoạch phát triển hệ thống\ntrung tâm logistics", "Cục Xuất nhập khẩu", "Vụ Kế hoạch - Tài chính; Vụ Pháp chế", "Năm 2026"],
    ["2", "Hướng dẫn địa phương triển khai\nchương trình khuyến công", "Cục Công nghiệp", "Các Sở Công Thương", "Hằng năm"],
    ["3", "Kiểm tra việc thực hiện quy định về\nan toàn hóa chất", "Cục Hóa chất", "Văn phòng Bộ, Thanh tra Bộ", "Quý IV/2026"],
]
dieu3_39 = ("**Điều 3.** Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ, Giám đốc Sở Công Thương các\n"
            "tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.")
exp_39 = E(lead=["Cục Xuất nhập khẩu", "Cục Công nghiệp", "Cục Hóa chất"],
           coordinate=["Vụ Kế hoạch - Tài chính", "Vụ Pháp chế", "Các Sở Công Thương", "Văn phòng Bộ", "Thanh tra Bộ"],
           optional=[("Chánh Văn phòng Bộ", "execute"), ("Thủ trưởng các đơn vị thuộc Bộ", "execute"),
                     ("Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc trung ương", "execute")])
case("39", ministry("oc", "BỘ CÔNG THƯƠNG", "Bộ Công Thương", "BCT", "2301", (9, 9, 2026),
                    "Ban hành Kế hoạch hành động của Bộ Công Thương năm 2026", "hành động năm 2026",
                    "DANH MỤC NHIỆM VỤ", onecell([H39], rows_39), dieu3=dieu3_39), exp_39,
     "ministry decision one-cell: Cục/Vụ units, class 'Các Sở Công Thương'")

# ------------------------------------------------------------------ 40 specific named bodies with place names
rows_40 = [
    ["1", t(1), "Ủy ban nhân dân xã Hòa Thắng", "Ban Quản lý Vườn quốc gia Núi Lạc", "Năm 2026"],
    ["2", t(12), "Trường Đại học Vân Sơn", "Viện Nghiên cứu Phát triển Vân Sơn", "2026 - 2028"],
    ["3", t(5), "Ủy ban nhân dân phường Tân An", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Quý IV/2026"],
]
exp_40 = E(lead=["Ủy ban nhân dân xã Hòa Thắng", "Trường Đại học Vân Sơn", "Ủy ban nhân dân phường Tân An"],
           coordinate=["Ban Quản lý Vườn quốc gia Núi Lạc", "Viện Nghiên cứu Phát triển Vân Sơn",
                       "Ban Quản lý dự án đầu tư xây dựng tỉnh"])
case("40", prov_kh("oc", "Vân Sơn", "Vân Sơn", "520", (20, 10, 2026),
                   "Phát triển vùng du lịch sinh thái Núi Lạc năm 2026", "phát triển vùng du lịch sinh thái Núi Lạc năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_40)), exp_40,
     "named communes, a park board, a university and an institute with invented place names in cells")

# ------------------------------------------------------------------ 41 '(theo chức năng)' and 'đề nghị' qualifiers in central cells
rows_41 = [
    ["1", "Tổng kết thực tiễn thi hành pháp luật\nvề phòng, chống tham nhũng", "Thanh tra Chính phủ",
     "Bộ Công an, Bộ Tư pháp, Kiểm toán nhà nước (đề nghị)", "Sản phẩm: Báo cáo tổng kết", "Năm 2026"],
    ["2", "Nâng cao hiệu quả thu hồi tài sản\ntham nhũng", "Bộ Công an",
     "Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao (theo chức năng, nhiệm vụ)", "Sản phẩm: Đề án", "Năm 2027"],
]
H41 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
exp_41 = E(lead=["Thanh tra Chính phủ", "Bộ Công an"],
           coordinate=["Bộ Công an", "Bộ Tư pháp", "Kiểm toán nhà nước", "Tòa án nhân dân tối cao",
                       "Viện kiểm sát nhân dân tối cao"],
           printed_as={"Kiểm toán nhà nước": ["Kiểm toán nhà nước (đề nghị)"],
                       "Viện kiểm sát nhân dân tối cao": ["Viện kiểm sát nhân dân tối cao (theo chức năng, nhiệm vụ)"]},
           dieu3="gov")
case("41", gov("oc", "NQ-CP", "233", (27, 7, 2026),
               "Ban hành Chương trình hành động của Chính phủ về phòng, chống tham nhũng giai đoạn 2026 - 2030",
               "về phòng, chống tham nhũng giai đoạn 2026 - 2030", "DANH MỤC NHIỆM VỤ", onecell([H41], rows_41)),
     exp_41, "'(đề nghị)' and '(theo chức năng, nhiệm vụ)' qualifiers after coordinating bodies")

# ------------------------------------------------------------------ 42 pipes, co-leads with ';' and a '(VCCI)' abbreviation
rows_42 = [
    ["1", "Tổ chức đối thoại doanh nghiệp định kỳ", "Bộ Tài chính; Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
     "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Hằng năm"],
    ["2", "Xây dựng bộ chỉ số đánh giá môi trường\nkinh doanh cấp tỉnh", "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
     "Bộ Tài chính, Văn phòng Chính phủ", "Năm 2026"],
]
exp_42 = E(lead=["Bộ Tài chính", "Liên đoàn Thương mại và Công nghiệp Việt Nam"],
           coordinate=["Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Bộ Tài chính", "Văn phòng Chính phủ"],
           printed_as={"Liên đoàn Thương mại và Công nghiệp Việt Nam": ["Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", "VCCI"]},
           dieu3="gov")
case("42", gov("pipe", "NQ-CP", "251", (11, 8, 2026),
               "Ban hành Chương trình hành động của Chính phủ về cải thiện môi trường kinh doanh năm 2026",
               "về cải thiện môi trường kinh doanh năm 2026", "NHIỆM VỤ CỤ THỂ", pipes([H5], rows_42)), exp_42,
     "co-leads separated by ';', '(VCCI)' abbreviation after the name, pipes")

# ------------------------------------------------------------------ 43 co-leads on separate lines after ';' (one-cell), 3 roles columns
H43 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan theo dõi, đôn đốc", "Thời gian"]
rows_43 = [
    ["1", t(7), "Sở Y tế;¶Công an tỉnh", "Sở Công Thương", "Văn phòng Ủy ban nhân dân tỉnh", "Thường xuyên"],
    ["2", t(2), "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế;¶Ủy ban nhân dân các xã, phường", "Sở Nội vụ", "Hằng năm"],
]
exp_43 = E(lead=["Sở Y tế", "Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch"],
           coordinate=["Sở Công Thương", "Sở Y tế", "Ủy ban nhân dân các xã, phường"],
           monitor=["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ"])
case("43", prov_kh("oc", "Đông Phong", "Đông Phong", "301", (14, 7, 2026),
                   "Bảo đảm an toàn thực phẩm năm 2026", "bảo đảm an toàn thực phẩm năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H43], rows_43)), exp_43,
     "co-leads one per line after ';' and a 'Cơ quan theo dõi, đôn đốc' column (monitor)")

# ------------------------------------------------------------------ 44 one-cell group rows of one cell (p028 style) + 'Đơn vị thực hiện' column with roles in parentheses
H44 = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
rows_44 = [
    ("G", "I.", "CÔNG TÁC TUYÊN TRUYỀN"),
    ["1", t(2), "Sở Văn hóa, Thể thao và Du lịch (chủ trì); Báo và Phát thanh, Truyền hình tỉnh (phối hợp)", "Năm 2026"],
    ("G", "II.", "CÔNG TÁC KIỂM TRA"),
    ["2", t(7), "Thanh tra tỉnh (chủ trì); Sở Tư pháp, Sở Nội vụ (phối hợp)", "Quý III/2026"],
]
exp_44 = E(lead=["Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh"],
           coordinate=["Báo và Phát thanh, Truyền hình tỉnh", "Sở Tư pháp", "Sở Nội vụ"],
           optional=[("Sở Văn hóa, Thể thao và Du lịch", "execute"), ("Thanh tra tỉnh", "execute"),
                     ("Báo và Phát thanh, Truyền hình tỉnh", "execute"), ("Sở Tư pháp", "execute"), ("Sở Nội vụ", "execute")])
text_44 = prov_kh("oc", "Sơn Hà", "Sơn Hà", "92", (1, 4, 2026),
                  "Thực hiện Quy chế dân chủ ở cơ sở năm 2026", "thực hiện Quy chế dân chủ ở cơ sở năm 2026",
                  "DANH MỤC NHIỆM VỤ", "")
text_44 += onecell([H44], rows_44, group_cells=1)
case("44", text_44, exp_44, "one-cell group rows of a single cell; '(chủ trì)'/'(phối hợp)' markers in a 'Đơn vị thực hiện' cell")

# ------------------------------------------------------------------ 45 annex only (no plan body before it), one-cell
text_45 = ("**PHỤ LỤC**\n\nDANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN THỂ THAO THÀNH TÍCH CAO\n\n"
           "*(Kèm theo Kế hoạch số 260/KH-UBND ngày 02/6/2026 của Ủy ban nhân dân tỉnh Bình Lạc)*\n\n"
           + onecell([H5], [
               ["1", "Tuyển chọn, đào tạo vận động viên năng\nkhiếu các môn trọng điểm", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Hằng năm"],
               ["2", "Bố trí kinh phí đầu tư cơ sở vật chất\nthể thao", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch; Sở Xây dựng", "2026 - 2030"],
           ]))
exp_45 = E(lead=["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"],
           coordinate=["Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"])
case("45", text_45, exp_45, "annex alone (no header or body), one-cell, one unit per cell")

# ------------------------------------------------------------------ 46 pipes: merged lead cell with blank cells AND continuation rows without STT
rows_46 = [
    ["1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Năm 2026"],
    ["", "- Hoàn thiện số hóa hồ sơ địa chính", "", "Ủy ban nhân dân các xã, phường", "Quý II/2026"],
    ["", "- Kết nối với cơ sở dữ liệu dân cư", "", "Công an tỉnh", "Quý IV/2026"],
    ["2", "Đấu giá quyền sử dụng đất", "Trung tâm Phát triển quỹ đất tỉnh", "Sở Tư pháp", "Hằng năm"],
]
exp_46 = E(lead=["Sở Nông nghiệp và Môi trường", "Trung tâm Phát triển quỹ đất tỉnh"],
           coordinate=["Sở Tài chính", "Ủy ban nhân dân các xã, phường", "Công an tỉnh", "Sở Tư pháp"])
case("46", prov_kh("pipe", "Tây Lĩnh", "Tây Lĩnh", "188", (5, 5, 2026),
                   "Quản lý, sử dụng đất đai năm 2026", "quản lý, sử dụng đất đai năm 2026",
                   "DANH MỤC NHIỆM VỤ", pipes([H5], rows_46)), exp_46,
     "pipes: sub-task rows with blank STT and blank lead (merged), own coordinate")

# ------------------------------------------------------------------ 47 deadline cell merged over rows (one-cell)
rows_47 = [
    ("G", "I", "NÂNG CAO NHẬN THỨC"),
    ["1", t(2), "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường", "Năm 2026"],
    ["2", t(4), "Sở Nội vụ", "Sở Khoa học và Công nghệ", None],
    ["3", t(13), "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", None],
    ("G", "II", "PHÁT TRIỂN HẠ TẦNG SỐ"),
    ["4", t(11), "Sở Xây dựng", "Công ty Điện lực tỉnh", "Năm 2027"],
    ["5", t(1), "Công an tỉnh", "Sở Khoa học và Công nghệ, Sở Tài chính", None],
]
exp_47 = E(lead=["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Xây dựng", "Công an tỉnh"],
           coordinate=["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường", "Sở Khoa học và Công nghệ",
                       "Sở Tư pháp", "Công ty Điện lực tỉnh", "Sở Tài chính"])
case("47", prov_kh("oc", "Sơn Hà", "Sơn Hà", "301", (9, 11, 2026),
                   "Phát triển chính quyền số tỉnh Sơn Hà năm 2026 - 2027", "phát triển chính quyền số năm 2026 - 2027",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_47)), exp_47,
     "deadline cell merged over 3 and 2 rows (left out of later rows), one-cell")

# ------------------------------------------------------------------ 48 task merged: one task shared by two lead rows (one-cell)
rows_48 = [
    ["1", "Tổ chức kiểm tra liên ngành về an toàn\nthực phẩm trong dịp Tết Nguyên đán", "Sở Y tế", "Công an tỉnh", "Quý I/2026"],
    [None, None, "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Quý I/2026"],
    ["2", "Kiểm tra chất lượng hàng hóa lưu thông\ntrên thị trường", "Sở Công Thương", "Chi cục Quản lý thị trường tỉnh", "Hằng quý"],
    [None, None, "Sở Khoa học và Công nghệ", "Sở Công Thương", "Hằng quý"],
]
exp_48 = E(lead=["Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ"],
           coordinate=["Công an tỉnh", "Ủy ban nhân dân các xã, phường", "Chi cục Quản lý thị trường tỉnh", "Sở Công Thương"])
case("48", prov_kh("oc", "Tây Lĩnh", "Tây Lĩnh", "12", (8, 1, 2026),
                   "Bảo đảm an toàn thực phẩm, chất lượng hàng hóa dịp Tết năm 2026",
                   "bảo đảm an toàn thực phẩm, chất lượng hàng hóa dịp Tết năm 2026", "PHÂN CÔNG NHIỆM VỤ",
                   onecell([H5], rows_48)), exp_48,
     "one task (STT and task merged) shared by two lead rows; later rows hold lead, coordinate, deadline only")

# ------------------------------------------------------------------ 49 central classes with commas
rows_49 = [
    ["1", "Rà soát danh mục ngành, nghề đầu tư\nkinh doanh có điều kiện", "Các bộ, cơ quan ngang bộ", "Bộ Tư pháp", "Năm 2026"],
    ["2", "Thực hiện chuyển đổi số trong quản trị\ndoanh nghiệp", "Các tập đoàn, tổng công ty nhà nước", "Bộ Tài chính", "2026 - 2027"],
    ["3", "Tuyên truyền, phổ biến chính sách hỗ trợ\ndoanh nghiệp", "Bộ Tài chính", "Các hội, hiệp hội doanh nghiệp; các cơ quan báo chí", "Thường xuyên"],
]
exp_49 = E(lead=["Các bộ, cơ quan ngang bộ", "Các tập đoàn, tổng công ty nhà nước", "Bộ Tài chính"],
           coordinate=["Bộ Tư pháp", "Bộ Tài chính", "Các hội, hiệp hội doanh nghiệp", "các cơ quan báo chí"], dieu3="gov")
case("49", gov("oc", "NQ-CP", "318", (5, 11, 2026),
               "Ban hành Chương trình hành động của Chính phủ về phát triển doanh nghiệp giai đoạn 2026 - 2030",
               "về phát triển doanh nghiệp giai đoạn 2026 - 2030", "NHIỆM VỤ CỤ THỂ", onecell([H5], rows_49)), exp_49,
     "classes with commas inside ('Các bộ, cơ quan ngang bộ', 'Các hội, hiệp hội doanh nghiệp') as cells")

# ------------------------------------------------------------------ 50 header 'Đơn vị chủ trì, tham mưu' (one-cell)
H50 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì, tham mưu", "Đơn vị phối hợp", "Thời gian hoàn thành"]
rows_50 = [
    ["1", t(0), "Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh", "Quý II/2026"],
    ["2", t(8), "Sở Tài chính", "Các sở, ban, ngành tỉnh", "Hằng năm"],
    ["3", t(3), "Sở Nội vụ", "Thanh tra tỉnh", "Năm 2026"],
]
exp_50 = E(lead=["Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ"],
           coordinate=["Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành tỉnh", "Thanh tra tỉnh"])
case("50", prov_kh("oc", "Đông Phong", "Đông Phong", "340", (3, 8, 2026),
                   "Thực hiện công tác pháp chế năm 2026", "thực hiện công tác pháp chế năm 2026",
                   "DANH MỤC NHIỆM VỤ", onecell([H50], rows_50)), exp_50,
     "header 'Đơn vị chủ trì, tham mưu' (role words joined by a comma)")

# ------------------------------------------------------------------ 51 ministry departments with lowercase words inside (one-cell)
rows_51 = [
    ["1", "Xây dựng chương trình kích cầu tiêu dùng\nnội địa", "Cục Quản lý và Phát triển thị trường trong nước", "Vụ Kế hoạch - Tài chính", "Quý II/2026"],
    ["2", "Hỗ trợ hợp tác xã tham gia chuỗi phân phối", "Vụ Thị trường trong nước",
     "Cục Kinh tế hợp tác và Phát triển nông thôn (Bộ Nông nghiệp và Môi trường)", "Năm 2026"],
    ["3", "Tổ chức Tuần lễ hàng Việt Nam", "Cục Xúc tiến thương mại", "Các Sở Công Thương", "Hằng năm"],
]
exp_51 = E(lead=["Cục Quản lý và Phát triển thị trường trong nước", "Vụ Thị trường trong nước", "Cục Xúc tiến thương mại"],
           coordinate=["Vụ Kế hoạch - Tài chính", "Cục Kinh tế hợp tác và Phát triển nông thôn", "Các Sở Công Thương"],
           optional=[("Bộ Nông nghiệp và Môi trường", "coordinate"), ("Chánh Văn phòng Bộ", "execute"),
                     ("Thủ trưởng các đơn vị thuộc Bộ", "execute")],
           printed_as={"Cục Kinh tế hợp tác và Phát triển nông thôn":
                       ["Cục Kinh tế hợp tác và Phát triển nông thôn (Bộ Nông nghiệp và Môi trường)"]})
dieu3_51 = ("**Điều 3.** Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành\nQuyết định này.")
case("51", ministry("oc", "BỘ CÔNG THƯƠNG", "Bộ Công Thương", "BCT", "3012", (12, 11, 2026),
                    "Ban hành Kế hoạch phát triển thị trường trong nước năm 2027", "phát triển thị trường trong nước năm 2027",
                    "DANH MỤC NHIỆM VỤ", onecell([H5], rows_51), dieu3=dieu3_51), exp_51,
     "department names with lowercase words (Cục Quản lý và Phát triển thị trường trong nước) in cells")

# ------------------------------------------------------------------ 52 'Lĩnh vực' column merged over its rows (one-cell)
H52 = ["Lĩnh vực", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
rows_52 = [
    ["Y tế", "1", t(6), "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Năm 2026"],
    [None, "2", t(4), "Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Y tế", "Hằng năm"],
    ["Giáo dục", "3", t(12), "Sở Giáo dục và Đào tạo", "Sở Tài chính", "2026 - 2030"],
    [None, "4", t(2), "Tỉnh đoàn", "Sở Giáo dục và Đào tạo", "Hằng năm"],
    ["Lao động, việc làm", "5", t(9), "Sở Nội vụ", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Năm 2026"],
]
exp_52 = E(lead=["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Sở Nội vụ"],
           coordinate=["Bảo hiểm xã hội tỉnh", "Sở Y tế", "Sở Tài chính", "Sở Giáo dục và Đào tạo",
                       "Ngân hàng Chính sách xã hội chi nhánh tỉnh"])
case("52", prov_kh("oc", "Bình Lạc", "Bình Lạc", "455", (11, 9, 2026),
                   "Phát triển các lĩnh vực văn hóa - xã hội năm 2026", "phát triển các lĩnh vực văn hóa - xã hội năm 2026",
                   "DANH MỤC NHIỆM VỤ THEO LĨNH VỰC", onecell([H52], rows_52)), exp_52,
     "first column 'Lĩnh vực' merged over its rows (left out of later rows), one-cell")

# ------------------------------------------------------------------ 53 footnote markers after unit names in cells (one-cell, central)
rows_53 = [
    ["1", "Xây dựng cơ chế thí điểm đối với\nmô hình kinh tế tuần hoàn", "Bộ Nông nghiệp và Môi trường[2]", "Bộ Tài chính; Bộ Công Thương[3]", "Năm 2026"],
    ["2", "Phát triển thị trường tín chỉ các-bon", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam[4]", "Năm 2027"],
]
exp_53 = E(lead=["Bộ Nông nghiệp và Môi trường", "Bộ Tài chính"],
           coordinate=["Bộ Tài chính", "Bộ Công Thương", "Ngân hàng Nhà nước Việt Nam"], dieu3="gov")
case("53", gov("oc", "QĐ-TTg", "1720", (19, 11, 2026),
               "Ban hành Kế hoạch thúc đẩy kinh tế tuần hoàn giai đoạn 2026 - 2030", "thúc đẩy kinh tế tuần hoàn giai đoạn 2026 - 2030",
               "PHÂN CÔNG NHIỆM VỤ", onecell([H5], rows_53)
               + "\n[2] Phối hợp với các địa phương thực hiện thí điểm.\n[3] Đối với lĩnh vực công nghiệp.\n[4] Đối với các nội dung về tín dụng xanh.\n"),
     exp_53, "legal-database footnote markers '[2]' glued to unit names in cells")

# ------------------------------------------------------------------ 54 sub-tasks lettered a, b in the STT column (one-cell)
rows_54 = [
    ["1", "Hoàn thiện hệ thống văn bản quy định\nvề quản lý chất thải rắn", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Năm 2026"],
    ["a", "Quy định giá dịch vụ thu gom, vận chuyển\nchất thải rắn sinh hoạt", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Quý II/2026"],
    ["b", "Quy định phân loại chất thải rắn sinh hoạt\ntại nguồn", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Quý III/2026"],
    ["2", "Đầu tư khu xử lý chất thải rắn tập trung", "Sở Xây dựng", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "2026 - 2028"],
    ["a", "Lựa chọn nhà đầu tư theo hình thức\nđối tác công tư", "Sở Tài chính", "Sở Xây dựng", "Năm 2026"],
]
exp_54 = E(lead=["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Xây dựng"],
           coordinate=["Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường",
                       "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Sở Xây dựng"])
case("54", prov_kh("oc", "Sơn Hà", "Sơn Hà", "377", (2, 12, 2026),
                   "Quản lý chất thải rắn sinh hoạt năm 2026 - 2027", "quản lý chất thải rắn sinh hoạt năm 2026 - 2027",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_54)), exp_54,
     "sub-task rows lettered 'a', 'b' in the STT column, one-cell")

# ------------------------------------------------------------------ 55 sub-rows with '-' in the STT column (one-cell)
rows_55 = [
    ("G", "I", "PHÁT TRIỂN NGUỒN NHÂN LỰC"),
    ["1", "Đào tạo nghề cho lao động nông thôn", "Sở Nội vụ", "Hội Nông dân tỉnh", "Hằng năm"],
    ["-", "Đào tạo nghề cho người khuyết tật", "Sở Y tế", "Hội Bảo trợ người khuyết tật tỉnh", "Hằng năm"],
    ["-", "Đào tạo nghề cho thanh niên hoàn thành\nnghĩa vụ quân sự", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn", "Hằng năm"],
    ["2", "Kết nối cung - cầu lao động", "Trung tâm Dịch vụ việc làm tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Thường xuyên"],
]
exp_55 = E(lead=["Sở Nội vụ", "Sở Y tế", "Bộ Chỉ huy Quân sự tỉnh", "Trung tâm Dịch vụ việc làm tỉnh"],
           coordinate=["Hội Nông dân tỉnh", "Hội Bảo trợ người khuyết tật tỉnh", "Tỉnh đoàn",
                       "Ban Quản lý các khu công nghiệp tỉnh"])
case("55", prov_kh("oc", "Vân Sơn", "Vân Sơn", "508", (14, 10, 2026),
                   "Giáo dục nghề nghiệp và giải quyết việc làm năm 2027", "giáo dục nghề nghiệp và giải quyết việc làm năm 2027",
                   "DANH MỤC NHIỆM VỤ", onecell([H5], rows_55)), exp_55,
     "sub-rows with '-' in the STT column, one-cell")

# ------------------------------------------------------------------ 56 STT numbered I.1, I.2, II.1 (one-cell, Government)
rows_56 = [
    ("G", "I", "HOÀN THIỆN THỂ CHẾ"),
    ["I.1", "Xây dựng Luật sửa đổi, bổ sung một số\nđiều của Luật Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tư pháp; Bộ Ngoại giao", "Năm 2027"],
    ["I.2", "Xây dựng chính sách thị thực thuận lợi\ncho khách du lịch quốc tế", "Bộ Công an", "Bộ Ngoại giao, Bộ Văn hóa, Thể thao và Du lịch", "Năm 2026"],
    ("G", "II", "PHÁT TRIỂN SẢN PHẨM"),
    ["II.1", "Phát triển sản phẩm du lịch biển, đảo", "Ủy ban nhân dân các tỉnh, thành phố ven biển", "Bộ Văn hóa, Thể thao và Du lịch", "2026 - 2030"],
]
exp_56 = E(lead=["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công an", "Ủy ban nhân dân các tỉnh, thành phố ven biển"],
           coordinate=["Bộ Tư pháp", "Bộ Ngoại giao", "Bộ Văn hóa, Thể thao và Du lịch"], dieu3="gov")
case("56", gov("oc", "NQ-CP", "402", (23, 12, 2026),
               "Ban hành Chương trình hành động của Chính phủ về phát triển du lịch thành ngành kinh tế mũi nhọn",
               "về phát triển du lịch thành ngành kinh tế mũi nhọn", "NHIỆM VỤ CỤ THỂ", onecell([H5], rows_56)), exp_56,
     "STT cells 'I.1', 'I.2', 'II.1' under Roman group rows, one-cell")

for n, (text, expect, note) in CASES.items():
    (OUT / f"{n}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{n}.expect.json").write_text(json.dumps({"note": note, "expect": expect}, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
print(len(CASES), "cases")
