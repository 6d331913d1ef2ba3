"""Build cases/NN.txt and cases/NN.expect.json (expectations written here, before any run)."""
import json, pathlib
from doc import build

HERE = pathlib.Path(__file__).parent
CASES = HERE / "cases"
CASES.mkdir(exist_ok=True)

def T(value, unit, deadline, words, kind="target", until=None, opt=False):
    return {"value": value, "until": until, "unit": unit, "kind": kind,
            "deadline": deadline if isinstance(deadline, list) or deadline is None else [deadline],
            "words": words, "optional": opt}

def U(unit, role):
    return {"unit": unit, "role": role}

def meta(prov, num, date, title, short, signer="Nguyễn Văn Thành"):
    return {"i1": "ỦY BAN NHÂN DÂN", "i2": prov.upper(), "prov": prov, "number": num,
            "place": prov.split(" ", 1)[1], "date": date, "title": title, "short": short, "signer": signer}

def tcth(u1, u2="Ủy ban nhân dân các xã, phường", n="IV"):
    return [f"#{n}. TỔ CHỨC THỰC HIỆN", f"##1. {u1}",
            "- Hướng dẫn, triển khai các nội dung của Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.",
            f"##2. {u2}",
            "- Xây dựng kế hoạch cụ thể và tổ chức triển khai các nội dung của Kế hoạch trên địa bàn."]

def tcth_units(u1, u2="Ủy ban nhân dân các xã, phường"):
    return [U(u1, "execute"), U(u2, "execute"), U("Ủy ban nhân dân tỉnh", "report")]

PURPOSE = ["#I. MỤC ĐÍCH, YÊU CẦU", "##1. Mục đích",
           "- Cụ thể hóa các nhiệm vụ, giải pháp để tổ chức thực hiện có hiệu quả các chủ trương của Trung ương và của tỉnh trong lĩnh vực được giao.",
           "##2. Yêu cầu",
           "- Xác định rõ nội dung công việc, thời gian thực hiện và trách nhiệm của các cơ quan, đơn vị; bảo đảm thiết thực, hiệu quả, tránh hình thức."]

cases = []   # (tag, meta, parts, annex, expect_targets, expect_units, note)

# ---------------------------------------------------------------- T01 body table, task heading, "Cụ thể như sau:"
m = meta("tỉnh Hòa Lâm", "215/KH-UBND", (12, 1, 2026),
         "Phát triển nông nghiệp hữu cơ trên địa bàn tỉnh Hòa Lâm giai đoạn 2026 - 2028",
         "phát triển nông nghiệp hữu cơ trên địa bàn tỉnh giai đoạn 2026 - 2028")
rows = [["TT", "Nội dung", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028"],
        ["1", "Diện tích lúa hữu cơ được chứng nhận", "ha", "350", "420", "500"],
        ["2", "Diện tích cây ăn quả hữu cơ được chứng nhận", "ha", "120", "150", "180"],
        ["3", "Cơ sở sản xuất được cấp giấy chứng nhận hữu cơ", "Cơ sở", "15", "20", "25"],
        ["4", "Chuỗi liên kết sản xuất, tiêu thụ sản phẩm hữu cơ", "Chuỗi", "6", "8", "10"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Phát triển nông nghiệp hữu cơ theo hướng hàng hóa, gắn với chuỗi giá trị, nâng cao thu nhập cho người sản xuất và bảo vệ môi trường sinh thái.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "##1. Phát triển vùng sản xuất hữu cơ tập trung",
    "Rà soát, lựa chọn các vùng có điều kiện thuận lợi để chuyển đổi sang sản xuất hữu cơ; hỗ trợ người sản xuất cấp giấy chứng nhận và xây dựng chuỗi liên kết. Cụ thể như sau:",
    ("TABLE", rows),
    "##2. Đẩy mạnh xúc tiến thương mại",
    "- Hỗ trợ các cơ sở tham gia hội chợ, triển lãm giới thiệu sản phẩm hữu cơ trong và ngoài tỉnh."] + tcth("Sở Nông nghiệp và Môi trường")
exp = []
for r in rows[1:]:
    for y, v in zip((2026, 2027, 2028), r[3:]):
        exp.append(T(float(v), r[2], str(y), [r[1].split()[0].lower(), r[1].split()[1].lower()] + (["lúa"] if "lúa" in r[1] else ["quả"] if "quả" in r[1] else [])))
cases.append(("T01 body table under a task heading, lead-in 'Cụ thể như sau:'", m, parts, None, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T02 body table, aims section, prose between, "theo bảng dưới đây"
m = meta("tỉnh Nam Quan", "38/KH-UBND", (20, 1, 2026),
         "Thực hiện giảm nghèo bền vững trên địa bàn tỉnh Nam Quan năm 2026",
         "thực hiện giảm nghèo bền vững trên địa bàn tỉnh năm 2026")
rows = [["TT", "Xã, phường", "Số hộ nghèo giảm trong năm (hộ)", "Tỷ lệ hộ nghèo cuối năm (%)"],
        ["1", "Xã Tân Khê", "120", "3,2"],
        ["2", "Xã Đồng Lựu", "95", "2,8"],
        ["3", "Xã Phước Hà", "140", "4,1"],
        ["4", "Phường Bình Nguyên", "35", "0,9"],
        ["", "Toàn tỉnh", "390", "2,6"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung",
    "Thực hiện giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo vượt lên mức sống tối thiểu.",
    "##2. Mục tiêu cụ thể",
    "Tập trung nguồn lực cho các xã có tỷ lệ hộ nghèo cao; ưu tiên hỗ trợ hộ nghèo có thành viên là người có công, người khuyết tật, người cao tuổi.",
    "Lồng ghép các chương trình, dự án trên địa bàn để hỗ trợ sinh kế, tạo việc làm, bảo đảm tiếp cận các dịch vụ xã hội cơ bản.",
    "Phân bổ cho từng xã, phường theo bảng dưới đây:",
    ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP",
    "- Triển khai đồng bộ các chính sách hỗ trợ về y tế, giáo dục, nhà ở, nước sinh hoạt và thông tin cho hộ nghèo, hộ cận nghèo."] + tcth("Sở Nông nghiệp và Môi trường")
exp = []
for r in rows[1:]:
    exp.append(T(float(r[2]), "hộ", "2026", ["hộ nghèo", "giảm", r[1].split()[-1].lower()] if r[0] else ["hộ nghèo", "giảm"]))
    exp.append(T(float(r[3].replace(",", ".")), "%", "2026", ["tỷ lệ hộ nghèo", r[1].split()[-1].lower()] if r[0] else ["tỷ lệ hộ nghèo"]))
cases.append(("T02 body table in an aims section, 2 paragraphs of prose between heading and 'theo bảng dưới đây:'", m, parts, None, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T03 Tổng cộng column + Tổng cộng row, annex, unit line
m = meta("tỉnh Đông Thạch", "402/KH-UBND", (5, 2, 2026),
         "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh Đông Thạch giai đoạn 2026 - 2028",
         "hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo giai đoạn 2026 - 2028")
rows = [["TT", "Xã, phường", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng cộng"],
        ["1", "Xã Hưng Lộc", "45", "40", "35", "120"],
        ["2", "Xã Thạch Bàn", "60", "55", "45", "160"],
        ["3", "Xã Vĩnh Tuy", "30", "30", "25", "85"],
        ["4", "Phường Nam Thạch", "15", "10", "10", "35"],
        ["", "Tổng cộng", "150", "135", "115", "400"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở, bảo đảm nhà ở an toàn, ổn định; chỉ tiêu của từng xã, phường tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Rà soát, lập danh sách hộ được hỗ trợ; huy động nguồn lực xã hội hóa, sự tham gia của cộng đồng."] + tcth("Sở Xây dựng")
exp = []
for r in rows[1:]:
    w = [r[1].split()[-1].lower()] if r[0] else ["nhà ở"]
    for y, v in zip((2026, 2027, 2028), r[2:5]):
        exp.append(T(float(v), "căn", str(y), w))
    exp.append(T(float(r[5]), "căn", ["2028"], w))
annex = ("PHÂN BỔ CHỈ TIÊU HỖ TRỢ NHÀ Ở CHO HỘ NGHÈO, HỘ CẬN NGHÈO GIAI ĐOẠN 2026 - 2028", "*Đơn vị tính: căn nhà*", rows, 1)
for e in exp: e["unit"] = "căn"
cases.append(("T03 annex by commune x year + 'Tổng cộng' column + 'Tổng cộng' row, unit line 'Đơn vị tính: căn nhà'", m, parts, annex, exp, tcth_units("Sở Xây dựng")))

# ---------------------------------------------------------------- T04 Tổng số column, rows of different units, body under "Chỉ tiêu cụ thể"
m = meta("tỉnh Tây Bình", "77/KH-UBND", (22, 1, 2026),
         "Đào tạo nghề cho lao động nông thôn tỉnh Tây Bình giai đoạn 2026 - 2028",
         "đào tạo nghề cho lao động nông thôn giai đoạn 2026 - 2028")
rows = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng số"],
        ["1", "Lớp đào tạo nghề cho lao động nông thôn", "Lớp", "40", "45", "50", "135"],
        ["2", "Lao động nông thôn được đào tạo nghề", "Người", "1.200", "1.350", "1.500", "4.050"],
        ["3", "Mô hình đào tạo nghề gắn với doanh nghiệp", "Mô hình", "3", "4", "5", "12"],
        ["4", "Tỷ lệ lao động có việc làm sau đào tạo", "%", "80", "82", "85", "-"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung",
    "Nâng cao chất lượng, hiệu quả đào tạo nghề cho lao động nông thôn, gắn với nhu cầu của thị trường lao động.",
    "##2. Chỉ tiêu cụ thể", ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Đổi mới nội dung, chương trình đào tạo; phát triển mạng lưới cơ sở giáo dục nghề nghiệp."] + tcth("Sở Nội vụ")
exp = []
kw = {"1": ["lớp", "đào tạo nghề"], "2": ["lao động", "đào tạo nghề"], "3": ["mô hình"], "4": ["việc làm", "sau đào tạo"]}
for r in rows[1:]:
    for y, v in zip((2026, 2027, 2028), r[3:6]):
        exp.append(T(float(v.replace(".", "")), r[2], str(y), kw[r[0]]))
    if r[6] != "-":
        exp.append(T(float(r[6].replace(".", "")), r[2], ["2028"], kw[r[0]]))
cases.append(("T04 body aims table with a 'Tổng số' column after the years", m, parts, None, exp, tcth_units("Sở Nội vụ")))

# ---------------------------------------------------------------- T05 activity table: ĐVT + Số lượng + time + lead + partner, body
m = meta("tỉnh Lam Sơn", "19/KH-UBND", (8, 1, 2026),
         "Phổ cập kỹ năng số cho người dân trên địa bàn tỉnh Lam Sơn năm 2026",
         "phổ cập kỹ năng số cho người dân năm 2026")
rows = [["TT", "Nội dung hoạt động", "Đơn vị tính", "Số lượng", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        ["1", "Tổ chức hội nghị tập huấn kỹ năng chuyển đổi số cho cán bộ cấp xã", "Hội nghị", "04", "Quý II/2026", "Sở Khoa học và Công nghệ", "Sở Nội vụ"],
        ["2", "Mở lớp bồi dưỡng kỹ năng số cơ bản cho người dân", "Lớp", "30", "Năm 2026", "Ủy ban nhân dân các xã, phường", "Tỉnh đoàn"],
        ["3", "Phát hành tờ gấp hướng dẫn sử dụng dịch vụ công trực tuyến", "Tờ", "50.000", "Quý III/2026", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh"],
        ["4", "Tổ chức cuộc thi tìm hiểu về chuyển đổi số", "Cuộc thi", "01", "Quý IV/2026", "Tỉnh đoàn", "Sở Giáo dục và Đào tạo"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Nâng cao nhận thức, trang bị kỹ năng số cơ bản cho người dân để tham gia các hoạt động trên môi trường số an toàn, hiệu quả.",
    "#III. NỘI DUNG, HOẠT ĐỘNG", "Các hoạt động trọng tâm trong năm 2026 gồm:", ("TABLE", rows)] + tcth("Sở Khoa học và Công nghệ")
exp = [T(4, "Hội nghị", "2026", ["hội nghị", "tập huấn"]), T(30, "Lớp", "2026", ["lớp", "kỹ năng số"]),
       T(50000, "Tờ", "2026", ["tờ gấp"]), T(1, "Cuộc thi", "2026", ["cuộc thi"])]
units = tcth_units("Sở Khoa học và Công nghệ") + [U("Sở Khoa học và Công nghệ", "lead"), U("Ủy ban nhân dân các xã, phường", "lead"),
         U("Sở Văn hóa, Thể thao và Du lịch", "lead"), U("Tỉnh đoàn", "lead"), U("Sở Nội vụ", "coordinate"), U("Tỉnh đoàn", "coordinate"),
         U("Báo và Phát thanh, Truyền hình tỉnh", "coordinate"), U("Sở Giáo dục và Đào tạo", "coordinate")]
cases.append(("T05 body activity table: Nội dung | ĐVT | Số lượng | Thời gian | Chủ trì | Phối hợp", m, parts, None, exp, units))

# ---------------------------------------------------------------- T06 activity table, quantity with its unit in the cell
m = meta("tỉnh Hòa Lâm", "44/KH-UBND", (15, 1, 2026),
         "Phổ biến, giáo dục pháp luật trên địa bàn tỉnh Hòa Lâm năm 2026",
         "phổ biến, giáo dục pháp luật năm 2026")
rows = [["TT", "Hoạt động", "Số lượng", "Thời gian", "Đơn vị thực hiện"],
        ["1", "Hội nghị phổ biến pháp luật cho cán bộ, công chức cấp xã", "05 cuộc", "Quý I, Quý II", "Sở Tư pháp"],
        ["2", "Tuyên truyền pháp luật cho học sinh trung học phổ thông", "2.000 người", "Tháng 9 - 11/2026", "Sở Giáo dục và Đào tạo"],
        ["3", "Chuyên mục Pháp luật và đời sống trên sóng truyền hình", "12 chuyên mục", "Hằng tháng", "Báo và Phát thanh, Truyền hình tỉnh"],
        ["4", "Bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở", "08 lớp", "Quý III", "Sở Tư pháp"]]
parts = PURPOSE + ["#II. NỘI DUNG", "##1. Nội dung phổ biến", "- Các luật, nghị quyết mới được Quốc hội thông qua có hiệu lực trong năm 2026.",
    "##2. Hình thức và hoạt động cụ thể", "Tổ chức các hoạt động sau:", ("TABLE", rows),
    "#III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho các cơ quan, đơn vị theo phân cấp hiện hành."] + tcth("Sở Tư pháp")
exp = [T(5, "cuộc", "2026", ["hội nghị", "phổ biến"]), T(2000, "người", "2026", ["học sinh"]),
       T(12, "chuyên mục", "2026", ["chuyên mục"]), T(8, "lớp", "2026", ["hòa giải viên"])]
units = tcth_units("Sở Tư pháp") + [U("Sở Giáo dục và Đào tạo", "execute"), U("Báo và Phát thanh, Truyền hình tỉnh", "execute")]
cases.append(("T06 activity table, 'Số lượng' cells with their unit ('05 cuộc', '2.000 người'), 'Đơn vị thực hiện'", m, parts, None, exp, units))

# ---------------------------------------------------------------- T07 "Trong đó: a) Nữ" sub-rows in the name column, annex
m = meta("tỉnh Nam Quan", "96/KH-UBND", (10, 2, 2026),
         "Thực hiện chỉ tiêu lao động, việc làm tỉnh Nam Quan năm 2026",
         "thực hiện chỉ tiêu lao động, việc làm năm 2026")
rows = [["TT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"],
        ["1", "Số lao động được tạo việc làm mới", "Người", "18.500", "19.000"],
        ["", "Trong đó: a) Lao động nữ", "Người", "8.200", "8.600"],
        ["", "b) Lao động nông thôn", "Người", "11.000", "11.400"],
        ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "Người", "2.100", "2.300"],
        ["", "Trong đó: Nữ", "Người", "650", "700"],
        ["3", "Tỷ lệ lao động qua đào tạo", "%", "72", "73,5"],
        ["", "Trong đó: Có bằng cấp, chứng chỉ", "%", "30", "32"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Tạo việc làm bền vững, nâng cao chất lượng nguồn nhân lực; các chỉ tiêu cụ thể tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Phát triển thị trường lao động, nâng cao hiệu quả hoạt động của Trung tâm Dịch vụ việc làm tỉnh."] + tcth("Sở Nội vụ")
exp = [T(19000, "Người", "2026", ["việc làm mới"]), T(8600, "Người", "2026", ["nữ", "việc làm"]),
       T(11400, "Người", "2026", ["nông thôn", "việc làm"]), T(2300, "Người", "2026", ["nước ngoài"]),
       T(700, "Người", "2026", ["nữ", "nước ngoài"]), T(73.5, "%", "2026", ["qua đào tạo"]),
       T(32, "%", "2026", ["bằng cấp", "đào tạo"])]
for v, w in ((18500, ["việc làm mới"]), (8200, ["nữ"]), (11000, ["nông thôn"]), (2100, ["nước ngoài"]), (650, ["nữ"]), (72, ["đào tạo"]), (30, ["bằng cấp"])):
    exp.append(T(v, "%" if v in (72, 30) else "Người", ["2025"], w, kind="achieved", opt=True))
annex = ("CHỈ TIÊU LAO ĐỘNG, VIỆC LÀM NĂM 2026", None, rows, 1)
cases.append(("T07 annex: 'Trong đó: a) Lao động nữ' / 'b) …' / 'Trong đó: Nữ' sub-rows in the name column", m, parts, annex, exp, tcth_units("Sở Nội vụ")))

# ---------------------------------------------------------------- T08 lettered sub-rows in TT column under a parent WITH values
m = meta("tỉnh Lam Sơn", "130/KH-UBND", (3, 3, 2026),
         "Phát triển chăn nuôi tỉnh Lam Sơn đến năm 2030",
         "phát triển chăn nuôi đến năm 2030")
rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2030"],
        ["1", "Tổng đàn gia súc", "Con", "420.000", "470.000"],
        ["a)", "Đàn trâu", "Con", "35.000", "32.000"],
        ["b)", "Đàn bò", "Con", "85.000", "98.000"],
        ["c)", "Đàn lợn", "Con", "300.000", "340.000"],
        ["2", "Tổng sản lượng thịt hơi xuất chuồng", "Tấn", "68.000", "80.000"],
        ["a)", "Thịt lợn hơi", "Tấn", "52.000", "60.000"],
        ["b)", "Thịt gia cầm", "Tấn", "14.000", "18.000"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung", "Phát triển chăn nuôi theo hướng hàng hóa, an toàn sinh học, gắn với bảo vệ môi trường.",
    "##2. Mục tiêu cụ thể", "Các chỉ tiêu chủ yếu như sau:", ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Quy hoạch vùng chăn nuôi tập trung xa khu dân cư; kiểm soát dịch bệnh."] + tcth("Sở Nông nghiệp và Môi trường")
exp = []
parent = None
for r in rows[1:]:
    if r[0][0].isdigit():
        parent = r[1]; w = [r[1].split()[1].lower(), r[1].split()[-1].lower()]
    else:
        w = [r[1].split()[-1].lower(), "gia súc" if "gia súc" in parent else "sản lượng"]
    for y, v in zip((2026, 2030), r[3:]):
        exp.append(T(float(v.replace(".", "")), r[2], str(y), w))
# words: lettered rows must carry the parent ('đàn'/'sản lượng'-ish): require parent's second word
cases.append(("T08 body aims table: lettered 'a) b) c)' rows in the TT column under a parent row that has values", m, parts, None, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T09 values merged across year columns (colspan), annex
m = meta("tỉnh Đông Thạch", "211/KH-UBND", (18, 3, 2026),
         "Xây dựng nông thôn mới tỉnh Đông Thạch giai đoạn 2026 - 2030",
         "xây dựng nông thôn mới giai đoạn 2026 - 2030")
rows = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"],
        ["1", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "70", "80", "90", "100", "<"],
        ["2", "Tỷ lệ hộ dân nông thôn sử dụng nước sạch", "%", "60", "65", "70", "75", "80"],
        ["3", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "5", "<", "8", "<", "12"],
        ["4", "Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom", "%", "85", "88", "90", "95", "<"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Xây dựng nông thôn mới bền vững, thực chất; nâng cao đời sống vật chất, tinh thần của người dân; lộ trình cụ thể tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Huy động các nguồn lực, phát huy vai trò chủ thể của người dân."] + tcth("Sở Nông nghiệp và Môi trường")
Y = ["2026", "2027", "2028", "2029", "2030"]
exp = [T(70, "%", "2026", ["xã", "nông thôn mới"]), T(80, "%", "2027", ["xã", "nông thôn mới"]), T(90, "%", "2028", ["xã", "nông thôn mới"]),
       T(100, "%", ["2029", "2030"], ["xã", "nông thôn mới"])]
exp += [T(v, "%", y, ["nước sạch"]) for v, y in zip((60, 65, 70, 75, 80), Y)]
exp += [T(5, "Xã", ["2026", "2027"], ["nâng cao"]), T(8, "Xã", ["2028", "2029"], ["nâng cao"]), T(12, "Xã", "2030", ["nâng cao"])]
exp += [T(v, "%", y, ["chất thải", "thu gom"]) for v, y in zip((85, 88, 90), Y)] + [T(95, "%", ["2029", "2030"], ["chất thải", "thu gom"])]
annex = ("LỘ TRÌNH THỰC HIỆN MỘT SỐ CHỈ TIÊU NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030", None, rows, 1)
cases.append(("T09 annex: value cells merged across two year columns (colspan)", m, parts, annex, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T10 value merged DOWN (rowspan) in a middle column, commune rows, annex
m = meta("tỉnh Tây Bình", "58/KH-UBND", (26, 1, 2026),
         "Thực hiện công tác y tế cơ sở trên địa bàn tỉnh Tây Bình năm 2026",
         "thực hiện công tác y tế cơ sở năm 2026")
rows = [["TT", "Xã, phường", "Tỷ lệ trạm y tế có bác sĩ làm việc (%)", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%)", "Tỷ lệ dân số được quản lý sức khỏe (%)"],
        ["1", "Xã Ea Pông", "100", "95", "90"],
        ["2", "Xã Krông Ba", "^", "93", "88"],
        ["3", "Xã Cư Mlan", "^", "96", "92"],
        ["4", "Phường Tân Lập", "^", "98", "95"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Củng cố, nâng cao năng lực mạng lưới y tế cơ sở; chỉ tiêu của từng xã, phường tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Kiện toàn tổ chức bộ máy, bổ sung nhân lực cho trạm y tế xã, phường."] + tcth("Sở Y tế")
exp = []
for i, r in enumerate(rows[1:]):
    c = r[1].split()[-1].lower()
    exp.append(T(100, "%", "2026", ["bác sĩ", c], opt=(i > 0)))
    exp.append(T(float(r[3]), "%", "2026", ["tiêm chủng", c]))
    exp.append(T(float(r[4]), "%", "2026", ["quản lý sức khỏe", c]))
annex = ("CHỈ TIÊU Y TẾ CƠ SỞ NĂM 2026 CỦA CÁC XÃ, PHƯỜNG", None, rows, 1)
cases.append(("T10 annex by commune: a value merged down (rowspan) in the first value column", m, parts, annex, exp, tcth_units("Sở Y tế")))

# ---------------------------------------------------------------- T11 unit in the row name, no ĐVT column, annex
m = meta("tỉnh Lam Sơn", "25/KH-UBND", (14, 1, 2026),
         "Sản xuất nông nghiệp tỉnh Lam Sơn năm 2026",
         "sản xuất nông nghiệp năm 2026")
rows = [["TT", "Chỉ tiêu", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh (%)"],
        ["1", "Diện tích gieo trồng lúa cả năm (ha)", "48.500", "47.800", "98,6"],
        ["2", "Năng suất lúa bình quân (tạ/ha)", "61,2", "62,0", "101,3"],
        ["3", "Sản lượng lương thực có hạt (tấn)", "305.000", "306.500", "100,5"],
        ["4", "Tổng đàn lợn (con)", "410.000", "425.000", "103,7"],
        ["5", "Tỷ lệ che phủ rừng (%)", "42,5", "43,0", "-"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Duy trì tăng trưởng ổn định ngành nông nghiệp, bảo đảm an ninh lương thực; các chỉ tiêu cụ thể tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Chuyển đổi cơ cấu cây trồng phù hợp; ứng dụng khoa học công nghệ vào sản xuất."] + tcth("Sở Nông nghiệp và Môi trường")
exp = [T(47800, "ha", "2026", ["diện tích", "lúa"]), T(62.0, "tạ/ha", "2026", ["năng suất", "lúa"]),
       T(306500, "tấn", "2026", ["sản lượng lương thực"]), T(425000, "con", "2026", ["đàn lợn"]), T(43.0, "%", "2026", ["che phủ rừng"])]
exp += [T(48500, "ha", "2025", ["lúa"], "achieved", opt=True), T(61.2, "tạ/ha", "2025", ["lúa"], "achieved", opt=True),
        T(305000, "tấn", "2025", ["lương thực"], "achieved", opt=True), T(410000, "con", "2025", ["lợn"], "achieved", opt=True),
        T(42.5, "%", "2025", ["rừng"], "achieved", opt=True)]
annex = ("MỘT SỐ CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP NĂM 2026", None, rows, 1)
cases.append(("T11 annex: the unit in the row name ('Diện tích … (ha)'), no ĐVT column", m, parts, annex, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T12 unit line "Đơn vị tính: tỷ đồng" over a body table under a task heading
m = meta("tỉnh Hòa Lâm", "301/KH-UBND", (2, 3, 2026),
         "Phát triển thương mại nội địa tỉnh Hòa Lâm giai đoạn 2026 - 2028",
         "phát triển thương mại nội địa giai đoạn 2026 - 2028")
rows = [["TT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028"],
        ["1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "68.000", "74.500", "81.000"],
        ["2", "Doanh thu bán lẻ qua thương mại điện tử", "2.400", "3.000", "3.700"],
        ["3", "Doanh thu của hệ thống siêu thị, trung tâm thương mại", "9.500", "10.800", "12.000"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Phát triển thương mại nội địa hiện đại, văn minh; mở rộng kênh phân phối, thúc đẩy tiêu dùng.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "##1. Phát triển thị trường trong tỉnh",
    "Mở rộng mạng lưới phân phối, khuyến khích thương mại điện tử và các loại hình bán lẻ hiện đại. Cụ thể theo từng năm như sau:",
    "*Đơn vị tính: tỷ đồng*", ("TABLE", rows),
    "##2. Phát triển hạ tầng thương mại", "- Cải tạo, nâng cấp chợ truyền thống; thu hút đầu tư siêu thị, trung tâm thương mại."] + tcth("Sở Công Thương")
kw = {"1": ["bán lẻ", "dịch vụ"], "2": ["thương mại điện tử"], "3": ["siêu thị"]}
exp = [T(float(v.replace(".", "")), "tỷ đồng", y, kw[r[0]]) for r in rows[1:] for y, v in zip(("2026", "2027", "2028"), r[2:])]
cases.append(("T12 body table under a task heading, unit only in an italic line 'Đơn vị tính: tỷ đồng'", m, parts, None, exp, tcth_units("Sở Công Thương")))

# ---------------------------------------------------------------- T13 'Chỉ tiêu giao' beside 'Chỉ tiêu phấn đấu', annex
m = meta("tỉnh Nam Quan", "61/KH-UBND", (28, 1, 2026),
         "Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế tỉnh Nam Quan năm 2026",
         "phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế năm 2026")
rows = [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao năm 2026", "Chỉ tiêu phấn đấu năm 2026"],
        ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94", "95"],
        ["2", "Số người tham gia bảo hiểm xã hội tự nguyện", "Người", "25.000", "27.000"],
        ["3", "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội", "%", "38,5", "40"],
        ["4", "Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp", "%", "30", "31,5"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; các chỉ tiêu cụ thể tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Đẩy mạnh tuyên truyền, vận động người dân tham gia bảo hiểm xã hội tự nguyện."] + tcth("Bảo hiểm xã hội tỉnh")
kw = {"1": ["bảo hiểm y tế"], "2": ["tự nguyện"], "3": ["bảo hiểm xã hội", "lực lượng lao động"], "4": ["thất nghiệp"]}
exp = []
for r in rows[1:]:
    u = r[2]
    exp.append(T(float(r[3].replace(".", "").replace(",", ".")), u, "2026", kw[r[0]]))
    exp.append(T(float(r[4].replace(".", "").replace(",", ".")), u, "2026", kw[r[0]]))
annex = ("CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM NĂM 2026", None, rows, 1)
cases.append(("T13 annex: 'Chỉ tiêu giao năm 2026' beside 'Chỉ tiêu phấn đấu năm 2026'", m, parts, annex, exp, tcth_units("Bảo hiểm xã hội tỉnh")))

# ---------------------------------------------------------------- T14 value column + 'Thời gian hoàn thành' column + lead column, body
m = meta("tỉnh Tây Bình", "140/KH-UBND", (6, 3, 2026),
         "Chuyển đổi số tỉnh Tây Bình giai đoạn 2026 - 2028",
         "chuyển đổi số giai đoạn 2026 - 2028")
rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Thời gian hoàn thành", "Cơ quan chủ trì theo dõi"],
        ["1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "80", "Năm 2027", "Văn phòng Ủy ban nhân dân tỉnh"],
        ["2", "Cơ sở dữ liệu chuyên ngành được kết nối với nền tảng tích hợp của tỉnh", "Cơ sở dữ liệu", "12", "Năm 2026", "Sở Khoa học và Công nghệ"],
        ["3", "Tỷ lệ người trưởng thành có chữ ký số cá nhân", "%", "50", "Năm 2028", "Sở Khoa học và Công nghệ"],
        ["4", "Tỷ lệ trường học triển khai học bạ số", "%", "100", "Năm 2026", "Sở Giáo dục và Đào tạo"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung", "Phát triển chính quyền số, kinh tế số, xã hội số; nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
    "##2. Chỉ tiêu cụ thể", ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Hoàn thiện hạ tầng số; phát triển các nền tảng số dùng chung của tỉnh."] + tcth("Sở Khoa học và Công nghệ")
exp = [T(80, "%", "2027", ["trực tuyến"]), T(12, "Cơ sở dữ liệu", "2026", ["kết nối"]), T(50, "%", "2028", ["chữ ký số"]), T(100, "%", "2026", ["học bạ số"])]
units = tcth_units("Sở Khoa học và Công nghệ") + [U("Văn phòng Ủy ban nhân dân tỉnh", "lead"), U("Sở Khoa học và Công nghệ", "lead"), U("Sở Giáo dục và Đào tạo", "lead")]
cases.append(("T14 body aims table: 'Giá trị' + 'Thời gian hoàn thành' (deadline column) + lead column", m, parts, None, exp, units))

# ---------------------------------------------------------------- T15 communes as COLUMNS, annex
m = meta("tỉnh Đông Thạch", "88/KH-UBND", (30, 1, 2026),
         "Phát triển giáo dục mầm non trên địa bàn tỉnh Đông Thạch năm 2026",
         "phát triển giáo dục mầm non năm 2026")
rows = [["TT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", "Xã Tân Hòa", "Xã Phú Lạc", "Phường Đông Giang"],
        ["1", "Tỷ lệ huy động trẻ nhà trẻ ra lớp", "%", "35", "28", "30", "45"],
        ["2", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", "95", "93", "94", "98"],
        ["3", "Số trường mầm non đạt chuẩn quốc gia", "Trường", "64", "5", "4", "7"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Nâng cao chất lượng chăm sóc, giáo dục trẻ; chỉ tiêu giao cho từng xã, phường tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Phát triển mạng lưới trường, lớp; bảo đảm đủ giáo viên mầm non."] + tcth("Sở Giáo dục và Đào tạo")
kw = {"1": ["nhà trẻ"], "2": ["mẫu giáo"], "3": ["chuẩn quốc gia"]}
exp = []
for r in rows[1:]:
    for place, v in zip(("", "hòa", "lạc", "giang"), r[3:]):
        exp.append(T(float(v), r[2], "2026", kw[r[0]] + ([place] if place else [])))
annex = ("GIAO CHỈ TIÊU GIÁO DỤC MẦM NON NĂM 2026 CHO CÁC XÃ, PHƯỜNG", None, rows, 1)
cases.append(("T15 annex: communes as columns (Toàn tỉnh | Xã … | Phường …), indicators as rows", m, parts, annex, exp, tcth_units("Sở Giáo dục và Đào tạo")))

# ---------------------------------------------------------------- T16 period columns 'Giai đoạn 2026 - 2027 | Giai đoạn 2028 - 2030', body
m = meta("tỉnh Lam Sơn", "177/KH-UBND", (9, 3, 2026),
         "Hỗ trợ doanh nghiệp nhỏ và vừa tỉnh Lam Sơn giai đoạn 2026 - 2030",
         "hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn 2026 - 2030")
rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Giai đoạn 2026 - 2027", "Giai đoạn 2028 - 2030"],
        ["1", "Doanh nghiệp thành lập mới", "Doanh nghiệp", "1.500", "2.800"],
        ["2", "Hộ kinh doanh chuyển đổi thành doanh nghiệp", "Hộ", "120", "250"],
        ["3", "Doanh nghiệp nhỏ và vừa được hỗ trợ tư vấn", "Lượt doanh nghiệp", "600", "1.000"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung", "Tạo môi trường thuận lợi cho doanh nghiệp nhỏ và vừa phát triển, nâng cao năng lực cạnh tranh.",
    "##2. Mục tiêu cụ thể", "Phấn đấu đạt các chỉ tiêu sau:", ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Cải thiện môi trường đầu tư kinh doanh; hỗ trợ tiếp cận tín dụng, mặt bằng sản xuất."] + tcth("Sở Tài chính")
kw = {"1": ["thành lập mới"], "2": ["hộ kinh doanh", "chuyển đổi"], "3": ["tư vấn"]}
exp = [T(float(v.replace(".", "")), r[2], y, kw[r[0]]) for r in rows[1:] for y, v in zip(("2027", "2030"), r[3:])]
cases.append(("T16 body aims table with period columns 'Giai đoạn 2026 - 2027 | Giai đoạn 2028 - 2030'", m, parts, None, exp, tcth_units("Sở Tài chính")))

# ---------------------------------------------------------------- T17 cells with their unit and words ('Duy trì 100%', '15 mô hình'), no ĐVT, body
m = meta("tỉnh Hòa Lâm", "66/KH-UBND", (21, 1, 2026),
         "Bảo vệ môi trường tỉnh Hòa Lâm giai đoạn 2026 - 2027",
         "bảo vệ môi trường giai đoạn 2026 - 2027")
rows = [["TT", "Nội dung", "Năm 2026", "Năm 2027"],
        ["1", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "95%", "Duy trì 100%"],
        ["2", "Mô hình phân loại rác thải tại nguồn", "15 mô hình", "25 mô hình"],
        ["3", "Cụm công nghiệp có hệ thống xử lý nước thải tập trung", "06 cụm", "08 cụm"],
        ["4", "Tỷ lệ cơ sở y tế xử lý chất thải y tế đạt chuẩn", "Đạt 98%", "Đạt 100%"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "##1. Mục tiêu chung", "Kiểm soát ô nhiễm, cải thiện chất lượng môi trường sống của người dân.",
    "##2. Mục tiêu cụ thể", ("TABLE", rows),
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Tăng cường kiểm tra, xử lý vi phạm pháp luật về bảo vệ môi trường."] + tcth("Sở Nông nghiệp và Môi trường")
exp = [T(95, "%", "2026", ["chất thải rắn", "thu gom"]), T(100, "%", "2027", ["chất thải rắn", "thu gom"]),
       T(15, "mô hình", "2026", ["phân loại"]), T(25, "mô hình", "2027", ["phân loại"]),
       T(6, "cụm", "2026", ["nước thải"]), T(8, "cụm", "2027", ["nước thải"]),
       T(98, "%", "2026", ["y tế", "chất thải"]), T(100, "%", "2027", ["y tế", "chất thải"])]
cases.append(("T17 body aims table: unit and words in the value cells ('15 mô hình', 'Duy trì 100%', 'Đạt 98%'), no ĐVT", m, parts, None, exp, tcth_units("Sở Nông nghiệp và Môi trường")))

# ---------------------------------------------------------------- T18 quarter columns in an inspection plan
m = meta("tỉnh Nam Quan", "12/KH-UBND", (6, 1, 2026),
         "Kiểm tra công tác cải cách hành chính năm 2026",
         "kiểm tra công tác cải cách hành chính năm 2026")
rows = [["TT", "Nội dung kiểm tra", "Tổng số cuộc", "Quý I", "Quý II", "Quý III", "Quý IV", "Cơ quan chủ trì"],
        ["1", "Kiểm tra công tác cải cách hành chính tại các sở, ban, ngành", "8", "2", "2", "2", "2", "Sở Nội vụ"],
        ["2", "Kiểm tra việc giải quyết thủ tục hành chính tại Ủy ban nhân dân cấp xã", "12", "3", "3", "3", "3", "Văn phòng Ủy ban nhân dân tỉnh"],
        ["3", "Kiểm tra công tác văn thư, lưu trữ", "6", "-", "3", "3", "-", "Sở Nội vụ"]]
parts = PURPOSE + ["#II. NỘI DUNG, THỜI GIAN KIỂM TRA", "Số cuộc kiểm tra và thời gian được phân bổ như sau:", ("TABLE", rows),
    "#III. PHƯƠNG THỨC KIỂM TRA", "- Kiểm tra trực tiếp tại cơ quan, đơn vị kết hợp kiểm tra qua hệ thống thông tin."] + tcth("Sở Nội vụ")
exp = [T(8, "cuộc", "2026", ["cải cách hành chính", "sở"]), T(12, "cuộc", "2026", ["thủ tục hành chính"]), T(6, "cuộc", "2026", ["văn thư"])]
for r in rows[1:]:
    for q, v in zip((1, 2, 3, 4), r[3:7]):
        if v != "-":
            exp.append(T(float(v), "cuộc", ["2026", f"2026-Q{q}"], [r[1].split()[2].lower()], opt=True))
units = tcth_units("Sở Nội vụ") + [U("Sở Nội vụ", "lead"), U("Văn phòng Ủy ban nhân dân tỉnh", "lead")]
cases.append(("T18 inspection plan: 'Tổng số cuộc' then quarter columns, lead column", m, parts, None, exp, units))

# ---------------------------------------------------------------- T19 activity table: Số lượng beside Kinh phí (triệu đồng)
m = meta("tỉnh Tây Bình", "33/KH-UBND", (16, 1, 2026),
         "Tuyên truyền về bình đẳng giới tỉnh Tây Bình năm 2026",
         "tuyên truyền về bình đẳng giới năm 2026")
rows = [["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Kinh phí (triệu đồng)", "Đơn vị thực hiện"],
        ["1", "Tập huấn kiến thức về bình đẳng giới cho cán bộ làm công tác gia đình cấp xã", "Lớp", "06", "180", "Sở Văn hóa, Thể thao và Du lịch"],
        ["2", "Tọa đàm về phòng, chống bạo lực gia đình", "Cuộc", "10", "120", "Hội Liên hiệp Phụ nữ tỉnh"],
        ["3", "Xây dựng mô hình câu lạc bộ gia đình hạnh phúc", "Câu lạc bộ", "15", "225", "Ủy ban nhân dân các xã, phường"],
        ["", "Tổng cộng", "", "", "525", ""]]
parts = PURPOSE + ["#II. NỘI DUNG HOẠT ĐỘNG VÀ KINH PHÍ", "Các hoạt động trong năm như sau:", ("TABLE", rows),
    "#III. NGUỒN KINH PHÍ", "Từ nguồn ngân sách tỉnh bố trí trong dự toán năm 2026 của các cơ quan, đơn vị."] + tcth("Sở Văn hóa, Thể thao và Du lịch")
exp = [T(6, "Lớp", "2026", ["tập huấn", "bình đẳng giới"]), T(10, "Cuộc", "2026", ["tọa đàm"]), T(15, "Câu lạc bộ", "2026", ["gia đình hạnh phúc"])]
units = tcth_units("Sở Văn hóa, Thể thao và Du lịch") + [U("Hội Liên hiệp Phụ nữ tỉnh", "execute")]
cases.append(("T19 activity table: 'Số lượng' beside 'Kinh phí (triệu đồng)' and a money total row", m, parts, None, exp, units))

# ---------------------------------------------------------------- T20 school levels as columns, unit line '%', annex
m = meta("tỉnh Hòa Lâm", "155/KH-UBND", (11, 3, 2026),
         "Phát triển giáo dục phổ thông tỉnh Hòa Lâm đến năm 2030",
         "phát triển giáo dục phổ thông đến năm 2030")
rows = [["TT", "Chỉ tiêu", "Mầm non", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông"],
        ["1", "Tỷ lệ trường đạt chuẩn quốc gia", "75", "90", "85", "70"],
        ["2", "Tỷ lệ giáo viên đạt trình độ chuẩn được đào tạo", "98", "95", "97", "100"],
        ["3", "Tỷ lệ phòng học kiên cố", "90", "95", "98", "100"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Nâng cao chất lượng giáo dục toàn diện; các chỉ tiêu đến năm 2030 theo cấp học tại Phụ lục kèm theo.",
    "#III. NHIỆM VỤ, GIẢI PHÁP", "- Đầu tư cơ sở vật chất, thiết bị dạy học; bồi dưỡng đội ngũ nhà giáo."] + tcth("Sở Giáo dục và Đào tạo")
kw = {"1": ["chuẩn quốc gia"], "2": ["giáo viên"], "3": ["phòng học"]}
lv = ["mầm non", "tiểu học", "trung học cơ sở", "phổ thông"]
exp = [T(float(v), "%", "2030", kw[r[0]] + [l]) for r in rows[1:] for l, v in zip(lv, r[2:])]
annex = ("CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC THEO CẤP HỌC ĐẾN NĂM 2030", "*Đơn vị tính: %*", rows, 1)
cases.append(("T20 annex: school levels as columns, unit only in a line 'Đơn vị tính: %'", m, parts, annex, exp, tcth_units("Sở Giáo dục và Đào tạo")))

# ---------------------------------------------------------------- T21 activity table with merged time and merged lead (rowspan)
m = meta("tỉnh Đông Thạch", "71/KH-UBND", (19, 1, 2026),
         "Phát triển du lịch cộng đồng tỉnh Đông Thạch năm 2026",
         "phát triển du lịch cộng đồng năm 2026")
rows = [["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Tập huấn kỹ năng phục vụ du khách cho hộ làm du lịch cộng đồng", "Lớp", "05", "Quý II/2026", "Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch tỉnh"],
        ["2", "Hỗ trợ hộ gia đình nâng cấp cơ sở lưu trú homestay", "Hộ", "40", "^", "Ủy ban nhân dân các xã, phường", "Ngân hàng Chính sách xã hội chi nhánh tỉnh"],
        ["3", "Xây dựng điểm du lịch cộng đồng kiểu mẫu", "Điểm", "03", "Quý III/2026", "^", "Sở Nông nghiệp và Môi trường"],
        ["4", "Tổ chức đoàn khảo sát, quảng bá sản phẩm du lịch cộng đồng", "Đoàn", "02", "Quý IV/2026", "Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch tỉnh"]]
parts = PURPOSE + ["#II. MỤC TIÊU", "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa, tạo sinh kế cho người dân.",
    "#III. NỘI DUNG THỰC HIỆN", "Các nội dung cụ thể như sau:", ("TABLE", rows)] + tcth("Sở Văn hóa, Thể thao và Du lịch")
exp = [T(5, "Lớp", "2026", ["tập huấn"]), T(40, "Hộ", "2026", ["homestay"]), T(3, "Điểm", "2026", ["kiểu mẫu"]), T(2, "Đoàn", "2026", ["khảo sát"])]
units = tcth_units("Sở Văn hóa, Thể thao và Du lịch") + [U("Sở Văn hóa, Thể thao và Du lịch", "lead"), U("Ủy ban nhân dân các xã, phường", "lead"),
    U("Hiệp hội Du lịch tỉnh", "coordinate"), U("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "coordinate"), U("Sở Nông nghiệp và Môi trường", "coordinate")]
cases.append(("T21 activity table: Số lượng + time merged down (row 2) + lead merged down (row 3)", m, parts, None, exp, units))

# ---------------------------------------------------------------- write
index = []
n = 0
for tag, m, parts, annex, exp, units in cases:
    for style in ("md", "onecell"):
        n += 1
        text = build(m, parts, style, annex)
        (CASES / f"{n:02d}.txt").write_text(text, encoding="utf-8")
        (CASES / f"{n:02d}.expect.json").write_text(json.dumps({"case": tag, "style": style, "targets": exp, "units": units}, ensure_ascii=False, indent=1), encoding="utf-8")
        index.append(f"{n:02d}\t{style}\t{tag}")
(HERE / "INDEX.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
print(n, "cases")
