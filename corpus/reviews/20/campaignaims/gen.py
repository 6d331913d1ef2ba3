"""Generate the made-up cases and their expectations (written before running the program)."""
import json
from pathlib import Path
from render import render

HERE = Path(__file__).parent / "cases"
HERE.mkdir(exist_ok=True)
CASES = {}


def T(v, unit, ind, kind="target", until=None, dl=None, cmp="=", unc=False, note=None):
    d = {"value": v, "until": until, "unit": unit, "kind": kind, "deadline": dl, "comparator": cmp,
         "indicator": ind}
    if unc:
        d["uncertain"] = True
    if note:
        d["note"] = note
    return d


def case(n, issuer, number, pdate, title, pre, body, targets, signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Khải"), doc_type="KẾ HOẠCH", note=""):
    CASES[n] = dict(text=render(issuer, number, pdate, doc_type, title, pre, body, signer),
                    targets=targets, note=note)


UBT = ("ỦY BAN NHÂN DÂN", "TỈNH BẮC LAM")
UBN = ("ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ GIANG")
UBS = ("ỦY BAN NHÂN DÂN", "TỈNH TÂY KHÊ")

# 01 election emulation: aims list; anniversaries, times, khóa, nhiệm kỳ not aims
case("01", UBT, "0212/KH-UBND", "Bắc Lam, ngày 08 tháng 12 năm 2025",
     "Phát động phong trào thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
     ["Thực hiện Kế hoạch số 198/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh về tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031; nhân dịp kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam (06/01/1946 - 06/01/2026), Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động phong trào thi đua như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "**1. Mục đích**",
      "Động viên các tầng lớp Nhân dân tích cực tham gia cuộc bầu cử, góp phần tổ chức thành công ngày hội toàn dân.",
      "**2. Chỉ tiêu**",
      "- Phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%.",
      "- 100% khu vực bỏ phiếu hoàn thành việc bỏ phiếu, kiểm phiếu trước 21 giờ ngày bầu cử, không có khu vực bỏ phiếu phải bầu lại, bầu thêm.",
      "- Tỷ lệ người trúng cử đại biểu Hội đồng nhân dân tỉnh là phụ nữ đạt từ 35% trở lên; là người dân tộc thiểu số đạt từ 20% trở lên.",
      "- Mỗi xã, phường, đặc khu có ít nhất 01 mô hình, cách làm hay trong công tác tuyên truyền bầu cử.",
      "**II. NỘI DUNG THI ĐUA**",
      "1. Thời gian: Từ ngày 15/12/2025 đến hết ngày 15/3/2026 (ngày bầu cử).",
      "2. Thi đua làm tốt công tác chuẩn bị, bảo đảm thời gian bỏ phiếu từ 07 giờ đến 19 giờ theo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.",
      "**III. TỔ CHỨC THỰC HIỆN**",
      "Sở Nội vụ chủ trì, hướng dẫn, theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/3/2026."],
     [T(99, "%", "tỷ lệ cử tri đi bầu", cmp=">", dl="2026"),
      T(100, "%", "khu vực bỏ phiếu hoàn thành việc bỏ phiếu, kiểm phiếu trước 21 giờ ngày bầu cử", dl="2026"),
      T(35, "%", "tỷ lệ người trúng cử đại biểu Hội đồng nhân dân tỉnh là phụ nữ", cmp=">=", dl="2026"),
      T(20, "%", "tỷ lệ người trúng cử đại biểu Hội đồng nhân dân tỉnh là người dân tộc thiểu số", cmp=">=", dl="2026"),
      T(1, "mô hình", "mô hình, cách làm hay trong công tác tuyên truyền bầu cử mỗi xã, phường, đặc khu", cmp=">=", dl="2026")])

# 02 election organisation at commune: legal rules, member counts, seats
case("02", ("ỦY BAN NHÂN DÂN", "XÃ PHÚ ĐÔNG"), "45/KH-UBND", "Phú Đông, ngày 10 tháng 12 năm 2025",
     "Tổ chức cuộc bầu cử đại biểu Hội đồng nhân dân xã Phú Đông nhiệm kỳ 2026 - 2031",
     ["Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, được sửa đổi, bổ sung năm 2025; Ủy ban nhân dân xã ban hành Kế hoạch tổ chức cuộc bầu cử như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**",
      "- Phấn đấu 100% cử tri trên địa bàn xã được nhận thẻ cử tri trước ngày bầu cử.",
      "- Phấn đấu tỷ lệ cử tri đi bầu đạt từ 98% trở lên.",
      "**II. NỘI DUNG**", "**1. Thành lập các tổ chức phụ trách bầu cử**",
      "- Ban bầu cử đại biểu Hội đồng nhân dân xã gồm 11 thành viên, do Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã làm Trưởng ban.",
      "- Toàn xã chia thành 14 khu vực bỏ phiếu; mỗi khu vực bỏ phiếu thành lập 01 Tổ bầu cử, mỗi Tổ bầu cử có từ 11 đến 21 thành viên.",
      "- Số đại biểu Hội đồng nhân dân xã được bầu: 30 đại biểu.",
      "**2. Lập và niêm yết danh sách cử tri**",
      "Chậm nhất 40 ngày trước ngày bầu cử (trước ngày 03/02/2026), hoàn thành việc lập danh sách cử tri; niêm yết danh sách cử tri tại trụ sở Ủy ban nhân dân xã và tại các khu vực bỏ phiếu.",
      "**3. Tập huấn nghiệp vụ**",
      "Tổ chức tập huấn nghiệp vụ cho 100% thành viên các Tổ bầu cử trước ngày 01/3/2026.",
      "**4. Xác định kết quả bầu cử**",
      "Người trúng cử phải là người ứng cử được quá một nửa tổng số phiếu bầu hợp lệ."],
     [T(100, "%", "cử tri trên địa bàn xã được nhận thẻ cử tri trước ngày bầu cử", dl="2026"),
      T(98, "%", "tỷ lệ cử tri đi bầu", cmp=">=", dl="2026"),
      T(100, "%", "thành viên các Tổ bầu cử được tập huấn nghiệp vụ", dl="2026-03-01"),
      T(14, "khu vực bỏ phiếu", "khu vực bỏ phiếu toàn xã", unc=True),
      T(11, "thành viên", "thành viên mỗi Tổ bầu cử", until=21, kind="threshold", unc=True),
      T(30, "đại biểu", "số đại biểu Hội đồng nhân dân xã được bầu", unc=True)],
     signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thành"))

# 03 emulation of a department: aims + award criteria (thresholds) + quotas + dossier
case("03", ("UBND TỈNH TÂY KHÊ", "SỞ Y TẾ"), "120/KH-SYT", "Tây Khê, ngày 12 tháng 01 năm 2026",
     "Phát động phong trào thi đua thực hiện nhiệm vụ năm 2026 của ngành Y tế",
     ["Thực hiện Luật Thi đua, khen thưởng năm 2022; Sở Y tế ban hành Kế hoạch phát động phong trào thi đua năm 2026 như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**",
      "Phát huy tinh thần trách nhiệm của cán bộ, viên chức, người lao động toàn ngành.",
      "**II. CHỈ TIÊU THI ĐUA**",
      "- 100% cơ quan, đơn vị trực thuộc Sở tổ chức ký kết giao ước thi đua.",
      "- Mỗi đơn vị có ít nhất 01 sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận.",
      "- Tỷ lệ người bệnh hài lòng với dịch vụ y tế đạt từ 92% trở lên.",
      "**III. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG**",
      "1. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: tặng cho tập thể hoàn thành 100% chỉ tiêu kế hoạch được giao, trong đó có ít nhất 02 chỉ tiêu vượt kế hoạch từ 10% trở lên; cá nhân có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ.",
      "2. Số lượng: Sở đề nghị khen thưởng không quá 05 tập thể và 10 cá nhân tiêu biểu.",
      "3. Hồ sơ đề nghị khen thưởng gồm 02 bộ (bản chính), gửi về Sở Y tế (qua Phòng Tổ chức cán bộ) trước ngày 05/12/2026.",
      "**IV. TỔ CHỨC THỰC HIỆN**",
      "Phòng Tổ chức cán bộ chủ trì, theo dõi, tổng hợp kết quả phong trào thi đua."],
     [T(100, "%", "cơ quan, đơn vị trực thuộc Sở tổ chức ký kết giao ước thi đua", dl="2026"),
      T(1, "sáng kiến", "sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận mỗi đơn vị", cmp=">=", dl="2026"),
      T(92, "%", "tỷ lệ người bệnh hài lòng với dịch vụ y tế", cmp=">=", dl="2026"),
      T(100, "%", "tập thể hoàn thành chỉ tiêu kế hoạch được giao", kind="threshold"),
      T(10, "%", "chỉ tiêu vượt kế hoạch", kind="threshold", cmp=">="),
      T(2, "chỉ tiêu", "chỉ tiêu vượt kế hoạch từ 10% trở lên", kind="threshold", cmp=">=", unc=True),
      T(2, "năm", "năm liên tục hoàn thành xuất sắc nhiệm vụ", kind="threshold", unc=True),
      T(5, "tập thể", "tập thể đề nghị khen thưởng", kind="threshold", cmp="<=", unc=True),
      T(10, "cá nhân", "cá nhân tiêu biểu đề nghị khen thưởng", kind="threshold", cmp="<=", unc=True)],
     signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hạnh"))

# 04 online contest: structure numbers, prizes, aims in a "Chỉ tiêu" line of NỘI DUNG
case("04", UBN, "77/KH-UBND", "Nam Hà Giang, ngày 05 tháng 3 năm 2026",
     "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy năm 2026",
     ["Nhằm nâng cao nhận thức của Nhân dân về phòng, chống ma túy, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Cuộc thi như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Tuyên truyền sâu rộng các quy định của pháp luật về phòng, chống ma túy.",
      "**II. NỘI DUNG, HÌNH THỨC**",
      "1. Hình thức: thi trắc nghiệm trực tuyến, gồm 04 tuần thi; mỗi tuần 20 câu hỏi, thời gian làm bài không quá 15 phút.",
      "2. Chỉ tiêu: Phấn đấu thu hút ít nhất 20.000 lượt người tham gia dự thi; 100% cán bộ, công chức, viên chức các sở, ban, ngành tham gia dự thi.",
      "**III. CƠ CẤU GIẢI THƯỞNG**",
      "1. Giải cá nhân: Mỗi tuần thi có 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.",
      "2. Mức thưởng: Giải Nhất 3.000.000 đồng/giải; Giải Nhì 2.000.000 đồng/giải; Giải Ba 1.000.000 đồng/giải; Giải Khuyến khích 500.000 đồng/giải.",
      "3. Giải tập thể: 03 giải cho các đơn vị có số lượng người dự thi đông nhất.",
      "**IV. TỔ CHỨC THỰC HIỆN**", "Công an tỉnh chủ trì tổ chức Cuộc thi."],
     [T(20000, "lượt người", "lượt người tham gia dự thi", cmp=">=", dl="2026"),
      T(100, "%", "cán bộ, công chức, viên chức các sở, ban, ngành tham gia dự thi", dl="2026"),
      T(1, "giải Nhất", "giải Nhất mỗi tuần thi", kind="threshold", unc=True),
      T(2, "giải Nhì", "giải Nhì mỗi tuần thi", kind="threshold", unc=True),
      T(3, "giải Ba", "giải Ba mỗi tuần thi", kind="threshold", unc=True),
      T(5, "giải Khuyến khích", "giải Khuyến khích mỗi tuần thi", kind="threshold", unc=True),
      T(3, "giải", "giải tập thể cho các đơn vị có số lượng người dự thi đông nhất", kind="threshold", unc=True)])

# 05 training plan: aims inside tasks
case("05", ("UBND TỈNH BẮC LAM", "SỞ TƯ PHÁP"), "25/KH-STP", "Bắc Lam, ngày 20 tháng 01 năm 2026",
     "Bồi dưỡng nghiệp vụ cho hòa giải viên ở cơ sở năm 2026",
     ["Thực hiện Luật Hòa giải ở cơ sở năm 2013; Sở Tư pháp ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao kỹ năng, nghiệp vụ cho đội ngũ hòa giải viên ở cơ sở.",
      "**II. NỘI DUNG**",
      "1. Tổ chức 05 lớp tập huấn cho 500 lượt hòa giải viên, tổ trưởng tổ hòa giải ở cơ sở, mỗi lớp 02 ngày.",
      "2. Biên soạn, phát hành 3.000 cuốn sổ tay hòa giải viên, cấp phát đến 100% tổ hòa giải.",
      "3. Tổ chức 01 Hội thi hòa giải viên giỏi cấp tỉnh vào Quý III/2026.",
      "4. Phấn đấu 100% học viên tham dự đầy đủ thời gian và được cấp giấy chứng nhận.",
      "**III. KINH PHÍ**",
      "Tổng kinh phí: 285.000.000 đồng (Hai trăm tám mươi lăm triệu đồng) từ nguồn ngân sách tỉnh năm 2026.",
      "**IV. TỔ CHỨC THỰC HIỆN**", "Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức thực hiện."],
     [T(5, "lớp tập huấn", "lớp tập huấn cho hòa giải viên, tổ trưởng tổ hòa giải ở cơ sở", dl="2026"),
      T(500, "lượt hòa giải viên", "lượt hòa giải viên, tổ trưởng tổ hòa giải ở cơ sở được tập huấn", dl="2026"),
      T(3000, "cuốn sổ tay", "cuốn sổ tay hòa giải viên phát hành", dl="2026"),
      T(100, "%", "tổ hòa giải được cấp phát sổ tay hòa giải viên", dl="2026"),
      T(1, "Hội thi", "Hội thi hòa giải viên giỏi cấp tỉnh", dl="2026-Q3"),
      T(100, "%", "học viên tham dự đầy đủ thời gian và được cấp giấy chứng nhận", dl="2026")],
     signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Quốc Hưng"))

# 06 training: colon lines under THÀNH PHẦN, SỐ LƯỢNG
case("06", UBS, "31/KH-UBND", "Tây Khê, ngày 02 tháng 02 năm 2026",
     "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã năm 2026",
     ["Thực hiện Chương trình chuyển đổi số của tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "**1. Mục đích**", "Nâng cao kỹ năng số cho đội ngũ cán bộ, công chức cấp xã.",
      "**2. Yêu cầu**", "- Bảo đảm 100% học viên được trang bị kiến thức cơ bản về chuyển đổi số và an toàn thông tin.",
      "**II. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN**",
      "1. Số lớp: 03 lớp.", "2. Số lượng học viên: khoảng 240 người (80 người/lớp).",
      "3. Thời gian: 03 ngày/lớp, dự kiến tổ chức trong tháng 4 và tháng 5/2026.",
      "4. Địa điểm: Hội trường Trường Chính trị tỉnh.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Khoa học và Công nghệ chủ trì tổ chức các lớp bồi dưỡng."],
     [T(100, "%", "học viên được trang bị kiến thức cơ bản về chuyển đổi số và an toàn thông tin", dl="2026"),
      T(3, "lớp", "số lớp bồi dưỡng kỹ năng số", dl="2026"),
      T(240, "người", "số lượng học viên", dl="2026"),
      T(80, "người/lớp", "học viên mỗi lớp", unc=True)])

# 07 drug prevention month
case("07", UBN, "140/KH-UBND", "Nam Hà Giang, ngày 15 tháng 5 năm 2026",
     "Tổ chức Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6 năm 2026",
     ["Thực hiện Luật Phòng, chống ma túy năm 2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU**", "**1. Mục đích, yêu cầu**",
      "Huy động cả hệ thống chính trị tham gia phòng, chống ma túy.", "**2. Chỉ tiêu**",
      "- Giảm 10% số vụ phạm tội về ma túy so với năm 2025.",
      "- Triệt phá ít nhất 15 đường dây, ổ nhóm mua bán, tổ chức sử dụng trái phép chất ma túy.",
      "- Phấn đấu 30% số xã, phường, đặc khu được công nhận đạt tiêu chí \"xã, phường không ma túy\".",
      "- 100% người sử dụng trái phép chất ma túy được lập hồ sơ quản lý theo quy định.",
      "**II. NỘI DUNG**",
      "1. Tháng hành động được triển khai từ ngày 01/6 đến ngày 30/6/2026, cao điểm là Ngày toàn dân phòng, chống ma túy 26/6.",
      "2. Áp dụng biện pháp quản lý người sử dụng trái phép chất ma túy theo khoản 2 Điều 23 Luật Phòng, chống ma túy năm 2021.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Công an tỉnh chủ trì, phối hợp với Sở Y tế triển khai Kế hoạch."],
     [T(10, "%", "số vụ phạm tội về ma túy giảm so với năm 2025", dl="2026"),
      T(15, "đường dây", "đường dây, ổ nhóm mua bán, tổ chức sử dụng trái phép chất ma túy bị triệt phá", cmp=">=", dl="2026"),
      T(30, "%", "số xã, phường, đặc khu được công nhận đạt tiêu chí xã, phường không ma túy", dl="2026"),
      T(100, "%", "người sử dụng trái phép chất ma túy được lập hồ sơ quản lý", dl="2026")])

# 08 children month: hotline 111, 8 loại vắc xin inside the indicator
case("08", UBT, "150/KH-UBND", "Bắc Lam, ngày 20 tháng 4 năm 2026",
     "Tổ chức Tháng hành động vì trẻ em năm 2026",
     ["Thực hiện Luật Trẻ em năm 2016, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao nhận thức, trách nhiệm của gia đình, nhà trường và xã hội trong việc bảo vệ, chăm sóc trẻ em.",
      "**II. CHỈ TIÊU**",
      "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt trên 95%.",
      "- Giảm 5% số trẻ em bị tai nạn, thương tích so với năm 2025.",
      "- 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và hỗ trợ kịp thời.",
      "- Ít nhất 80% số xã, phường có điểm vui chơi, giải trí cho trẻ em đạt chuẩn.",
      "**III. NỘI DUNG HOẠT ĐỘNG**",
      "1. Tuyên truyền về Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí) và Ngày Quốc tế thiếu nhi 01/6.",
      "2. Tổ chức tặng 2.000 suất quà cho trẻ em có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.",
      "**IV. TỔ CHỨC THỰC HIỆN**", "Sở Y tế chủ trì, phối hợp với Tỉnh Đoàn tổ chức các hoạt động."],
     [T(95, "%", "tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin", cmp=">", dl="2026"),
      T(5, "%", "số trẻ em bị tai nạn, thương tích giảm so với năm 2025", dl="2026"),
      T(100, "%", "trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và hỗ trợ kịp thời", dl="2026"),
      T(80, "%", "số xã, phường có điểm vui chơi, giải trí cho trẻ em đạt chuẩn", cmp=">=", dl="2026"),
      T(2000, "suất quà", "suất quà cho trẻ em có hoàn cảnh khó khăn", dl="2026")])

# 09 gender equality month: mô hình/xã, dates without year, Dự án 8, Chương trình 1719
case("09", UBS, "265/KH-UBND", "Tây Khê, ngày 05 tháng 11 năm 2025",
     "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025",
     ["Thực hiện hướng dẫn của Bộ Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao nhận thức về bình đẳng giới trong các tầng lớp Nhân dân.",
      "**II. CHỈ TIÊU**",
      "- Duy trì và nhân rộng mô hình \"Địa chỉ tin cậy ở cộng đồng\", phấn đấu ít nhất 01 mô hình/xã, phường.",
      "- 100% cơ quan, đơn vị treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động.",
      "- Tổ chức ít nhất 02 hoạt động truyền thông trực tiếp tại mỗi xã, phường trong thời gian diễn ra Tháng hành động.",
      "**III. NỘI DUNG**",
      "1. Thời gian: từ ngày 15/11 đến ngày 15/12/2025; ngày 25/11 là Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ.",
      "2. Lồng ghép với Dự án 8 \"Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em\" thuộc Chương trình mục tiêu quốc gia 1719.",
      "**IV. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh triển khai."],
     [T(1, "mô hình", "mô hình Địa chỉ tin cậy ở cộng đồng mỗi xã, phường", cmp=">=", dl="2025"),
      T(100, "%", "cơ quan, đơn vị treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động", dl="2025"),
      T(2, "hoạt động", "hoạt động truyền thông trực tiếp tại mỗi xã, phường", cmp=">=", dl="2025")])

# 10 administrative reform: indices, ranks, ISO 9001:2015, phút
case("10", UBN, "08/KH-UBND", "Nam Hà Giang, ngày 10 tháng 01 năm 2026",
     "Cải cách hành chính năm 2026",
     ["Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 như sau:"],
     ["**I. MỤC TIÊU**", "**1. Mục tiêu chung**", "Xây dựng nền hành chính phục vụ Nhân dân, phục vụ doanh nghiệp.",
      "**2. Mục tiêu cụ thể**",
      "- Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt trên 85%.",
      "- Chỉ số cải cách hành chính (PAR INDEX) của tỉnh tăng ít nhất 03 bậc so với năm 2025.",
      "- Chỉ số PAPI thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.",
      "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt từ 98% trở lên.",
      "- Thời gian chờ đợi của người dân tại Bộ phận Một cửa không quá 15 phút/lượt giao dịch.",
      "- 100% cơ quan hành chính nhà nước cấp tỉnh, cấp xã duy trì, áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.",
      "**II. NHIỆM VỤ**", "Sở Nội vụ chủ trì, theo dõi, đôn đốc việc thực hiện."],
     [T(85, "%", "chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)", cmp=">", dl="2026"),
      T(3, "bậc", "chỉ số cải cách hành chính (PAR INDEX) của tỉnh tăng so với năm 2025", cmp=">=", dl="2026"),
      T(20, "tỉnh", "chỉ số PAPI thuộc nhóm tỉnh, thành phố dẫn đầu cả nước", dl="2026", unc=True),
      T(98, "%", "tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", cmp=">=", dl="2026"),
      T(15, "phút", "thời gian chờ đợi của người dân tại Bộ phận Một cửa", cmp="<=", dl="2026"),
      T(100, "%", "cơ quan hành chính nhà nước cấp tỉnh, cấp xã duy trì, áp dụng Hệ thống quản lý chất lượng", dl="2026")])

# 11 digital government, Đề án 06, mức độ 2, 5G, 14 tuổi
case("11", UBT, "19/KH-UBND", "Bắc Lam, ngày 22 tháng 01 năm 2026",
     "Triển khai Đề án 06 và chuyển đổi số trong giải quyết thủ tục hành chính năm 2026",
     ["Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06), Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU, CHỈ TIÊU**",
      "- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
      "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%/tổng số hồ sơ thủ tục hành chính.",
      "- Tối thiểu 70% người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng VNeID.",
      "- 100% cơ quan, đơn vị kết nối, chia sẻ dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); hạ tầng mạng 5G phủ sóng 100% xã, phường.",
      "**II. NHIỆM VỤ, GIẢI PHÁP**", "Công an tỉnh chủ trì triển khai các nhiệm vụ của Đề án 06 trên địa bàn tỉnh."],
     [T(100, "%", "thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình", dl="2026"),
      T(80, "%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính", cmp=">=", dl="2026"),
      T(70, "%", "người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng VNeID", cmp=">=", dl="2026"),
      T(100, "%", "cơ quan, đơn vị kết nối, chia sẻ dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", dl="2026"),
      T(100, "%", "xã, phường được hạ tầng mạng 5G phủ sóng", dl="2026")])

# 12 inline enumeration (1) (2) (3) (4) in one paragraph
case("12", UBS, "40/KH-UBND", "Tây Khê, ngày 25 tháng 02 năm 2026",
     "Thực hiện công tác gia đình năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác gia đình năm 2026 như sau:"],
     ["**I. MỤC TIÊU**", "**1. Mục tiêu chung**", "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh.",
      "**2. Chỉ tiêu**",
      "Phấn đấu trong năm 2026: (1) 100% xã, phường tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam 28/6; (2) ít nhất 85% hộ gia đình được tuyên truyền, phổ biến kiến thức về phòng, chống bạo lực gia đình; (3) giảm 15% số vụ bạo lực gia đình so với năm 2025; (4) mỗi xã, phường duy trì tối thiểu 02 câu lạc bộ gia đình phát triển bền vững.",
      "**II. NHIỆM VỤ, GIẢI PHÁP**", "Sở Văn hóa, Thể thao và Du lịch chủ trì, hướng dẫn các địa phương thực hiện."],
     [T(100, "%", "xã, phường tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam", dl="2026"),
      T(85, "%", "hộ gia đình được tuyên truyền, phổ biến kiến thức về phòng, chống bạo lực gia đình", cmp=">=", dl="2026"),
      T(15, "%", "số vụ bạo lực gia đình giảm so với năm 2025", dl="2026"),
      T(2, "câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững mỗi xã, phường duy trì", cmp=">=", dl="2026")])

# 13 aims as level-2 bold headings
case("13", UBN, "52/KH-UBND", "Nam Hà Giang, ngày 03 tháng 3 năm 2026",
     "Xây dựng xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật ở cơ sở.",
      "**II. CHỈ TIÊU VÀ NHIỆM VỤ**",
      "**1. Phấn đấu 100% xã, phường đạt chuẩn tiếp cận pháp luật**",
      "- Rà soát, đánh giá các tiêu chí, chỉ tiêu; xác định tiêu chí chưa đạt để có giải pháp khắc phục.",
      "**2. Ít nhất 90% tủ sách pháp luật được số hóa và kết nối với Cổng Pháp luật quốc gia**",
      "- Cập nhật tài liệu, văn bản pháp luật mới lên tủ sách pháp luật điện tử.",
      "**3. Tổ chức 10 hội nghị đối thoại chính sách, pháp luật với doanh nghiệp**",
      "- Sở Tư pháp chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Tư pháp theo dõi, đôn đốc, báo cáo Ủy ban nhân dân tỉnh."],
     [T(100, "%", "xã, phường đạt chuẩn tiếp cận pháp luật", dl="2026"),
      T(90, "%", "tủ sách pháp luật được số hóa và kết nối với Cổng Pháp luật quốc gia", cmp=">=", dl="2026"),
      T(10, "hội nghị", "hội nghị đối thoại chính sách, pháp luật với doanh nghiệp", dl="2026")])

# 14 number words in parentheses
case("14", UBT, "88/KH-UBND", "Bắc Lam, ngày 15 tháng 3 năm 2026",
     "Tổ chức Chiến dịch ra quân làm sạch môi trường năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Huy động Nhân dân tham gia bảo vệ môi trường.",
      "**II. NỘI DUNG**",
      "- Tổ chức 02 (hai) hội nghị quán triệt, triển khai Kế hoạch.",
      "- Tổ chức 05 (năm) đợt ra quân tổng vệ sinh môi trường, khơi thông cống rãnh.",
      "- Xây dựng 01 (một) chuyên mục \"Xanh - Sạch - Đẹp\" trên Báo và Phát thanh, Truyền hình tỉnh, phát sóng định kỳ 02 (hai) kỳ/tháng.",
      "- Vận động ít nhất 10.000 (mười nghìn) lượt đoàn viên, hội viên tham gia các đợt ra quân.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nông nghiệp và Môi trường chủ trì thực hiện."],
     [T(2, "hội nghị", "hội nghị quán triệt, triển khai Kế hoạch", dl="2026"),
      T(5, "đợt", "đợt ra quân tổng vệ sinh môi trường, khơi thông cống rãnh", dl="2026"),
      T(1, "chuyên mục", "chuyên mục Xanh - Sạch - Đẹp trên Báo và Phát thanh, Truyền hình tỉnh", dl="2026"),
      T(2, "kỳ/tháng", "chuyên mục phát sóng định kỳ", dl="2026"),
      T(10000, "lượt đoàn viên", "lượt đoàn viên, hội viên tham gia các đợt ra quân", cmp=">=", dl="2026")])

# 15 space before %
case("15", ("UBND TỈNH NAM HÀ GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), "402/KH-SGDĐT", "Nam Hà Giang, ngày 15 tháng 9 năm 2025",
     "Tuyên truyền bảo đảm trật tự, an toàn giao thông trong trường học năm học 2025 - 2026",
     ["Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao ý thức chấp hành pháp luật về giao thông của học sinh.",
      "**II. CHỈ TIÊU**",
      "- 100 % cán bộ, giáo viên, học sinh được tuyên truyền về Luật Trật tự, an toàn giao thông đường bộ.",
      "- Tối thiểu 95 % học sinh ký cam kết không điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi.",
      "- Giảm ít nhất 10 % số vụ tai nạn giao thông liên quan đến học sinh so với năm học trước.",
      "- Trên 90 % phụ huynh học sinh được phổ biến các quy định về đưa đón học sinh an toàn.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Các cơ sở giáo dục trực thuộc triển khai thực hiện."],
     [T(100, "%", "cán bộ, giáo viên, học sinh được tuyên truyền về Luật Trật tự, an toàn giao thông đường bộ"),
      T(95, "%", "học sinh ký cam kết không điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi", cmp=">="),
      T(10, "%", "số vụ tai nạn giao thông liên quan đến học sinh giảm so với năm học trước", cmp=">="),
      T(90, "%", "phụ huynh học sinh được phổ biến các quy định về đưa đón học sinh an toàn", cmp=">")],
     signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Minh Tâm"))

# 16 quoted names with numbers
case("16", UBS, "60/KH-UBND", "Tây Khê, ngày 10 tháng 3 năm 2026",
     "Thực hiện phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**", "**1. Mục tiêu chung**", "Nâng cao chất lượng phong trào.", "**2. Chỉ tiêu**",
      "- 100% khu dân cư thực hiện mô hình \"3 không\" (không rác thải, không tệ nạn, không tội phạm).",
      "- Phấn đấu 70% hộ gia đình đăng ký thực hiện tiêu chí \"5 không, 3 sạch\".",
      "- Duy trì 150 câu lạc bộ \"Gia đình 5 không, 3 sạch\".",
      "- Hưởng ứng phong trào \"Ngày Chủ nhật xanh\" vào Chủ nhật tuần thứ 2 hằng tháng.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp thực hiện."],
     [T(100, "%", "khu dân cư thực hiện mô hình 3 không", dl="2026"),
      T(70, "%", "hộ gia đình đăng ký thực hiện tiêu chí 5 không, 3 sạch", dl="2026"),
      T(150, "câu lạc bộ", "câu lạc bộ Gia đình 5 không, 3 sạch duy trì", dl="2026")])

# 17 committee counts, dossiers, team sizes
case("17", ("UBND TỈNH BẮC LAM", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), "35/KH-SVHTTDL", "Bắc Lam, ngày 12 tháng 3 năm 2026",
     "Tổ chức Hội thi Tuyên truyền viên giỏi tỉnh Bắc Lam năm 2026",
     ["Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch tổ chức Hội thi như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "- Phấn đấu 100% xã, phường có đội tham gia Hội thi.",
      "**II. THỜI GIAN, ĐỊA ĐIỂM**", "Hội thi diễn ra trong 02 ngày, từ ngày 20/5 đến ngày 21/5/2026 tại Nhà Văn hóa tỉnh.",
      "**III. BAN TỔ CHỨC, BAN GIÁM KHẢO**",
      "- Ban Tổ chức gồm 09 thành viên, do đồng chí Phó Giám đốc Sở làm Trưởng ban.",
      "- Ban Giám khảo gồm 05 thành viên; Tổ Thư ký gồm 03 đồng chí.",
      "**IV. HỒ SƠ ĐĂNG KÝ**",
      "Mỗi đơn vị cử 01 đội thi, mỗi đội từ 03 đến 05 thành viên. Mỗi đơn vị lập 02 bộ hồ sơ đăng ký, gồm: 01 bản đăng ký danh sách thí sinh, 01 bản kịch bản phần thi năng khiếu; gửi về Ban Tổ chức trước ngày 20/4/2026.",
      "**V. TỔ CHỨC THỰC HIỆN**", "Phòng Quản lý văn hóa chủ trì tổ chức Hội thi."],
     [T(100, "%", "xã, phường có đội tham gia Hội thi", dl="2026"),
      T(1, "đội thi", "đội thi mỗi đơn vị cử", kind="threshold", unc=True),
      T(3, "thành viên", "thành viên mỗi đội thi", until=5, kind="threshold", unc=True)],
     signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Lan"))

# 18 step labels "Bước 1 (..)" with aims inside
case("18", UBN, "101/KH-UBND", "Nam Hà Giang, ngày 20 tháng 5 năm 2026",
     "Chiến dịch truyền thông phòng, chống sốt xuất huyết năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Chủ động phòng, chống dịch sốt xuất huyết.",
      "**II. CÁC BƯỚC TRIỂN KHAI**",
      "Bước 1 (từ ngày 01/6 đến ngày 07/6/2026): tổ chức 01 hội nghị triển khai Chiến dịch tại tỉnh.",
      "Bước 2 (từ ngày 08/6 đến ngày 28/6/2026): tổ chức 03 đợt chiến dịch diệt lăng quăng, bọ gậy, bảo đảm 100% hộ gia đình tại các ổ dịch cũ được kiểm tra.",
      "Bước 3 (tuần cuối tháng 6/2026): tổng kết, báo cáo kết quả về Sở Y tế.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Y tế chủ trì triển khai Chiến dịch."],
     [T(1, "hội nghị", "hội nghị triển khai Chiến dịch tại tỉnh", dl="2026-06-07"),
      T(3, "đợt", "đợt chiến dịch diệt lăng quăng, bọ gậy", dl="2026-06-28"),
      T(100, "%", "hộ gia đình tại các ổ dịch cũ được kiểm tra", dl="2026-06-28")])

# 19 hotline 1022, time limits
case("19", UBS, "22/KH-UBND", "Tây Khê, ngày 15 tháng 01 năm 2026",
     "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp qua Tổng đài 1022 năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- 100% phản ánh, kiến nghị của người dân gửi qua Tổng đài 1022 được tiếp nhận, phân loại trong vòng 08 giờ làm việc.",
      "- Tối thiểu 95% phản ánh, kiến nghị được xử lý, trả lời đúng thời hạn (không quá 05 ngày làm việc kể từ ngày tiếp nhận).",
      "- Mức độ hài lòng của người dân về kết quả xử lý đạt trên 90%.",
      "**II. NỘI DUNG**",
      "Thời hạn xử lý thực hiện theo Điều 9 Quy chế ban hành kèm theo Quyết định số 18/2024/QĐ-UBND ngày 05/6/2024 của Ủy ban nhân dân tỉnh.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Trung tâm Phục vụ hành chính công tỉnh chủ trì thực hiện."],
     [T(100, "%", "phản ánh, kiến nghị gửi qua Tổng đài được tiếp nhận, phân loại trong vòng 08 giờ làm việc", dl="2026"),
      T(8, "giờ", "phản ánh, kiến nghị được tiếp nhận, phân loại trong vòng", cmp="<=", unc=True),
      T(95, "%", "phản ánh, kiến nghị được xử lý, trả lời đúng thời hạn", cmp=">=", dl="2026"),
      T(5, "ngày làm việc", "thời hạn xử lý, trả lời phản ánh, kiến nghị", cmp="<=", kind="threshold", unc=True),
      T(90, "%", "mức độ hài lòng của người dân về kết quả xử lý", cmp=">", dl="2026")])

# 20 từ 15 ngày xuống còn 10 ngày; cắt giảm ... đối với 50 TTHC
case("20", UBT, "30/KH-UBND", "Bắc Lam, ngày 05 tháng 02 năm 2026",
     "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- Rút ngắn thời gian giải quyết thủ tục cấp giấy phép xây dựng từ 15 ngày xuống còn 10 ngày làm việc.",
      "- Cắt giảm ít nhất 30% thời gian giải quyết đối với 50 thủ tục hành chính thuộc thẩm quyền của Ủy ban nhân dân tỉnh.",
      "- Tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính đạt tối thiểu 20%.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Xây dựng thực hiện."],
     [T(10, "ngày làm việc", "thời gian giải quyết thủ tục cấp giấy phép xây dựng", cmp="<=", dl="2026"),
      T(15, "ngày", "thời gian giải quyết thủ tục cấp giấy phép xây dựng (hiện nay)", kind="achieved", unc=True),
      T(30, "%", "thời gian giải quyết thủ tục hành chính thuộc thẩm quyền của Ủy ban nhân dân tỉnh được cắt giảm", cmp=">=", dl="2026"),
      T(50, "thủ tục hành chính", "thủ tục hành chính được cắt giảm thời gian giải quyết", dl="2026", unc=True),
      T(20, "%", "tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính", cmp=">=", dl="2026")])

# 21 quarter series
case("21", UBN, "12/KH-UBND", "Nam Hà Giang, ngày 12 tháng 01 năm 2026",
     "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai được số hóa: Quý I/2026 đạt 30%; Quý II/2026 đạt 60%; Quý III/2026 đạt 85%; Quý IV/2026 đạt 100%.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Nông nghiệp và Môi trường chủ trì thực hiện."],
     [T(30, "%", "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai được số hóa", dl="2026-Q1"),
      T(60, "%", "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai được số hóa", dl="2026-Q2"),
      T(85, "%", "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai được số hóa", dl="2026-Q3"),
      T(100, "%", "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai được số hóa", dl="2026-Q4")])

# 22 criteria for awards (thresholds) vs aims
case("22", UBS, "05/KH-UBND", "Tây Khê, ngày 06 tháng 01 năm 2026",
     "Phát động phong trào thi đua chi trả chính sách an sinh xã hội không dùng tiền mặt năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "- Phấn đấu 100% cơ quan, đơn vị, địa phương đăng ký hưởng ứng phong trào thi đua.",
      "**II. TIÊU CHÍ XÉT KHEN THƯỞNG**",
      "**1. Đối với tập thể**",
      "- Hoàn thành 100% nhiệm vụ được giao trong phong trào thi đua;",
      "- Có tỷ lệ đối tượng nhận trợ cấp qua tài khoản đạt từ 70% trở lên;",
      "- Không có cán bộ, công chức bị xử lý kỷ luật từ hình thức khiển trách trở lên.",
      "**2. Đối với cá nhân**",
      "- Có ít nhất 01 sáng kiến, giải pháp được cấp có thẩm quyền công nhận.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì, hướng dẫn, tổng hợp."],
     [T(100, "%", "cơ quan, đơn vị, địa phương đăng ký hưởng ứng phong trào thi đua", dl="2026"),
      T(100, "%", "nhiệm vụ được giao trong phong trào thi đua hoàn thành (tập thể)", kind="threshold"),
      T(70, "%", "tỷ lệ đối tượng nhận trợ cấp qua tài khoản (tập thể)", kind="threshold", cmp=">="),
      T(1, "sáng kiến", "sáng kiến, giải pháp được cấp có thẩm quyền công nhận (cá nhân)", kind="threshold", cmp=">=")])

# 23 youth month: anniversary 95 năm, ages, range 02 - 03
case("23", ("TỈNH ĐOÀN TÂY KHÊ", "BAN THƯỜNG VỤ"), "18-KH/TĐTN-PTTN", "Tây Khê, ngày 20 tháng 02 năm 2026",
     "Tổ chức Tháng Thanh niên năm 2026",
     ["Nhân dịp kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026), Ban Thường vụ Tỉnh Đoàn ban hành Kế hoạch tổ chức Tháng Thanh niên năm 2026 như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU**", "**1. Mục đích, yêu cầu**", "Phát huy vai trò xung kích của đoàn viên, thanh niên.",
      "**2. Chỉ tiêu**",
      "- 100% cơ sở Đoàn tổ chức Lễ ra quân Tháng Thanh niên năm 2026.",
      "- Mỗi chi đoàn đăng ký thực hiện từ 02 - 03 công trình, phần việc thanh niên.",
      "- Vận động tối thiểu 1.500 đoàn viên, thanh niên tham gia hiến máu tình nguyện.",
      "- Phấn đấu 80% thanh niên trong độ tuổi từ 16 đến 30 tuổi được tập hợp vào các tổ chức do Đoàn làm nòng cốt.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Ban Phong trào Tỉnh Đoàn tham mưu, theo dõi, tổng hợp kết quả."],
     [T(100, "%", "cơ sở Đoàn tổ chức Lễ ra quân Tháng Thanh niên", dl="2026"),
      T(2, "công trình", "công trình, phần việc thanh niên mỗi chi đoàn đăng ký thực hiện", until=3, dl="2026"),
      T(1500, "đoàn viên", "đoàn viên, thanh niên tham gia hiến máu tình nguyện", cmp=">=", dl="2026"),
      T(80, "%", "thanh niên trong độ tuổi từ 16 đến 30 tuổi được tập hợp vào các tổ chức do Đoàn làm nòng cốt", dl="2026")],
     signer=("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Nam"))

# 24 deadline as a date before the aim / trong Quý
case("24", UBT, "70/KH-UBND", "Bắc Lam, ngày 02 tháng 3 năm 2026",
     "Triển khai thực hiện sắp xếp, lưu trữ hồ sơ tài liệu sau sắp xếp đơn vị hành chính",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- Phấn đấu đến ngày 30/6/2026, 100% hồ sơ, tài liệu của các đơn vị hành chính cấp huyện (cũ) được chỉnh lý, bàn giao về Lưu trữ lịch sử tỉnh.",
      "- Trong Quý III/2026, ít nhất 70% hồ sơ, tài liệu đã chỉnh lý được số hóa.",
      "- Hoàn thành việc tiêu hủy tài liệu hết giá trị trước ngày 31/12/2026.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì thực hiện."],
     [T(100, "%", "hồ sơ, tài liệu của các đơn vị hành chính cấp huyện (cũ) được chỉnh lý, bàn giao về Lưu trữ lịch sử tỉnh", dl="2026-06-30"),
      T(70, "%", "hồ sơ, tài liệu đã chỉnh lý được số hóa", cmp=">=", dl="2026-Q3")])

# 25 two aims joined by "và" with different bases; "trong đó tối thiểu 30% số cuộc"
case("25", UBN, "160/KH-UBND", "Nam Hà Giang, ngày 01 tháng 10 năm 2026",
     "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Tôn vinh Hiến pháp, pháp luật.", "**II. CHỈ TIÊU**",
      "- Phấn đấu 100% cơ quan, đơn vị nhà nước và ít nhất 60% doanh nghiệp trên địa bàn tỉnh tổ chức hưởng ứng Ngày Pháp luật (09/11).",
      "- Tổ chức ít nhất 200 cuộc tuyên truyền, phổ biến pháp luật, trong đó tối thiểu 30% số cuộc được tổ chức tại vùng đồng bào dân tộc thiểu số.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Tư pháp chủ trì thực hiện."],
     [T(100, "%", "cơ quan, đơn vị nhà nước tổ chức hưởng ứng Ngày Pháp luật", dl="2026"),
      T(60, "%", "doanh nghiệp trên địa bàn tỉnh tổ chức hưởng ứng Ngày Pháp luật", cmp=">=", dl="2026"),
      T(200, "cuộc", "cuộc tuyên truyền, phổ biến pháp luật", cmp=">=", dl="2026"),
      T(30, "%", "số cuộc tuyên truyền được tổ chức tại vùng đồng bào dân tộc thiểu số", cmp=">=", dl="2026")])

# 26 phone numbers, web address, 1.000.000 lượt
case("26", UBS, "95/KH-UBND", "Tây Khê, ngày 08 tháng 4 năm 2026",
     "Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- 100% học sinh trung học phổ thông được tuyên truyền về các thủ đoạn lừa đảo trên không gian mạng.",
      "- Phấn đấu 1.000.000 lượt người được tiếp cận thông tin cảnh báo trên mạng xã hội.",
      "**II. NỘI DUNG**",
      "Khi phát hiện dấu hiệu lừa đảo, người dân liên hệ đường dây nóng của Công an tỉnh: 0269.3822.113 hoặc gọi số điện thoại 113; tra cứu thông tin cảnh báo tại trang canhbao.khonggianmang.gov.vn.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Công an tỉnh chủ trì thực hiện."],
     [T(100, "%", "học sinh trung học phổ thông được tuyên truyền về các thủ đoạn lừa đảo trên không gian mạng", dl="2026"),
      T(1000000, "lượt người", "lượt người được tiếp cận thông tin cảnh báo trên mạng xã hội", dl="2026")])

# 27 election gender plan: threshold (law) vs aim
case("27", UBT, "230/KH-UBND", "Bắc Lam, ngày 15 tháng 12 năm 2025",
     "Bảo đảm bình đẳng giới trong công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- Bảo đảm số người ứng cử là phụ nữ ít nhất 35% tổng số người trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân theo quy định của Luật Bầu cử.",
      "- Phấn đấu tỷ lệ nữ trúng cử đại biểu Hội đồng nhân dân cấp xã đạt từ 30% trở lên.",
      "- 100% tổ chức phụ trách bầu cử được tập huấn về lồng ghép giới.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh thực hiện."],
     [T(35, "%", "người ứng cử là phụ nữ trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân", kind="threshold", cmp=">=", note="legal quota of the Law on elections; kind doubtful"),
      T(30, "%", "tỷ lệ nữ trúng cử đại biểu Hội đồng nhân dân cấp xã", cmp=">=", dl="2026"),
      T(100, "%", "tổ chức phụ trách bầu cử được tập huấn về lồng ghép giới", dl="2026")])

# 28 NTM criteria numbers
case("28", UBN, "115/KH-UBND", "Nam Hà Giang, ngày 10 tháng 4 năm 2026",
     "Nâng cao chất lượng tiêu chí về hệ thống chính trị và tiếp cận pháp luật trong xây dựng nông thôn mới năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- 100% xã đạt Tiêu chí số 18 về hệ thống chính trị và tiếp cận pháp luật theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030.",
      "- Ít nhất 12 xã đạt chuẩn nông thôn mới nâng cao.",
      "- Không còn xã đạt dưới 15 tiêu chí.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tư pháp thực hiện."],
     [T(100, "%", "xã đạt Tiêu chí số 18 về hệ thống chính trị và tiếp cận pháp luật", dl="2026"),
      T(12, "xã", "xã đạt chuẩn nông thôn mới nâng cao", cmp=">=", dl="2026"),
      T(15, "tiêu chí", "xã đạt dưới tiêu chí (không còn)", kind="threshold", cmp="<", unc=True)])

# 29 aims in Yêu cầu, bảo đảm
case("29", UBS, "130/KH-UBND", "Tây Khê, ngày 12 tháng 5 năm 2026",
     "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "**1. Mục đích**", "Phát triển văn hóa đọc trong cộng đồng.", "**2. Yêu cầu**",
      "- Bảo đảm 100% cán bộ chủ chốt cấp xã được quán triệt nội dung Kế hoạch trước ngày 15/5/2026.",
      "- Hoạt động hưởng ứng được tổ chức ở ít nhất 50% trường học trên địa bàn tỉnh.",
      "- Mỗi thư viện cấp xã tổ chức tối thiểu 01 buổi giới thiệu sách.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện."],
     [T(100, "%", "cán bộ chủ chốt cấp xã được quán triệt nội dung Kế hoạch", dl="2026-05-15"),
      T(50, "%", "trường học trên địa bàn tỉnh tổ chức hoạt động hưởng ứng", cmp=">=", dl="2026"),
      T(1, "buổi", "buổi giới thiệu sách mỗi thư viện cấp xã tổ chức", cmp=">=", dl="2026")])

# 30 run-in level-2 bold heading "**2. Chỉ tiêu:** 100% ..."
case("30", UBT, "112/KH-UBND", "Bắc Lam, ngày 10 tháng 4 năm 2026",
     "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU**", "**1. Mục đích, yêu cầu:** Nâng cao nhận thức về an toàn thực phẩm.",
      "RAW:**2. Chỉ tiêu:** 100% bếp ăn tập thể tại các\ntrường học được kiểm tra; phấn đấu kiểm tra ít nhất 600 cơ sở sản\nxuất, kinh doanh thực phẩm; tỷ lệ mẫu kiểm nghiệm nhanh đạt yêu cầu từ 95% trở lên.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Y tế chủ trì thực hiện."],
     [T(100, "%", "bếp ăn tập thể tại các trường học được kiểm tra", dl="2026"),
      T(600, "cơ sở", "cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra", cmp=">=", dl="2026"),
      T(95, "%", "tỷ lệ mẫu kiểm nghiệm nhanh đạt yêu cầu", cmp=">=", dl="2026")])

# 31 campaign rounds: "03 đợt, mỗi đợt 05 ngày", Đợt 1 ... kiểm tra ít nhất 120 cơ sở
case("31", UBN, "66/KH-UBND", "Nam Hà Giang, ngày 01 tháng 3 năm 2026",
     "Cao điểm đấu tranh phòng, chống buôn lậu, gian lận thương mại và hàng giả năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại.",
      "**II. NỘI DUNG CAO ĐIỂM**",
      "Cao điểm được tổ chức thành 03 đợt, mỗi đợt 05 ngày.",
      "- Đợt 1 (tháng 3/2026): kiểm tra ít nhất 120 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng.",
      "- Đợt 2 (tháng 6/2026): kiểm tra ít nhất 80 cơ sở kinh doanh thực phẩm chức năng, mỹ phẩm.",
      "- Đợt 3 (tháng 11/2026): kiểm tra ít nhất 150 cơ sở kinh doanh hàng hóa phục vụ Tết.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Công Thương chủ trì thực hiện."],
     [T(3, "đợt", "đợt cao điểm", dl="2026", unc=True),
      T(120, "cơ sở", "cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng được kiểm tra", cmp=">=", dl="2026-03"),
      T(80, "cơ sở", "cơ sở kinh doanh thực phẩm chức năng, mỹ phẩm được kiểm tra", cmp=">=", dl="2026-06"),
      T(150, "cơ sở", "cơ sở kinh doanh hàng hóa phục vụ Tết được kiểm tra", cmp=">=", dl="2026-11")])

# 32 frequencies: 02 lần/ngày, mỗi lần 15 phút; tối thiểu 04 tin, bài/tháng
case("32", UBS, "58/KH-UBND", "Tây Khê, ngày 02 tháng 3 năm 2026",
     "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp trên hệ thống thông tin cơ sở",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Thông tin kịp thời về cuộc bầu cử đến Nhân dân.",
      "**II. NỘI DUNG**",
      "- Đài Truyền thanh cấp xã phát thông tin tuyên truyền về cuộc bầu cử 02 lần/ngày, mỗi lần 15 phút.",
      "- Trang thông tin điện tử của xã, phường đăng tải tối thiểu 04 tin, bài/tháng.",
      "- Mỗi thôn, tổ dân phố có ít nhất 01 bảng tin, pa nô cổ động về cuộc bầu cử.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn thực hiện."],
     [T(2, "lần/ngày", "Đài Truyền thanh cấp xã phát thông tin tuyên truyền về cuộc bầu cử", dl="2026"),
      T(15, "phút", "thời lượng mỗi lần phát", unc=True),
      T(4, "tin, bài/tháng", "tin, bài Trang thông tin điện tử của xã, phường đăng tải", cmp=">=", dl="2026"),
      T(1, "bảng tin", "bảng tin, pa nô cổ động về cuộc bầu cử mỗi thôn, tổ dân phố", cmp=">=", dl="2026")])

# 33 legal article numbers in a social plan
case("33", UBT, "175/KH-UBND", "Bắc Lam, ngày 05 tháng 6 năm 2026",
     "Phòng, chống bạo lực gia đình năm 2026",
     ["Căn cứ Luật Phòng, chống bạo lực gia đình năm 2022; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. CHỈ TIÊU**",
      "- 100% vụ bạo lực gia đình được phát hiện được xử lý theo quy định tại Điều 32 Luật Phòng, chống bạo lực gia đình năm 2022.",
      "- Ít nhất 90% nạn nhân bạo lực gia đình được phát hiện được hỗ trợ theo điểm b khoản 1 Điều 5 Nghị định số 76/2023/NĐ-CP.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện."],
     [T(100, "%", "vụ bạo lực gia đình được phát hiện được xử lý theo quy định", dl="2026"),
      T(90, "%", "nạn nhân bạo lực gia đình được phát hiện được hỗ trợ", cmp=">=", dl="2026")])

# 34 traffic safety: range 5-10%, "trên cả 03 tiêu chí"
case("34", UBN, "02/KH-BATGT", "Nam Hà Giang, ngày 08 tháng 01 năm 2026",
     "Bảo đảm trật tự, an toàn giao thông năm 2026",
     ["Ban An toàn giao thông tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- Kéo giảm từ 5% đến 10% số vụ tai nạn giao thông so với năm 2025 trên cả 03 tiêu chí (số vụ, số người chết, số người bị thương).",
      "- 100% người điều khiển phương tiện vi phạm nồng độ cồn bị phát hiện được xử lý nghiêm.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Công an tỉnh chủ trì thực hiện."],
     [T(5, "%", "số vụ tai nạn giao thông giảm so với năm 2025 trên cả 03 tiêu chí", until=10, dl="2026"),
      T(100, "%", "người điều khiển phương tiện vi phạm nồng độ cồn bị phát hiện được xử lý nghiêm", dl="2026")],
     signer=("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Bùi Đức Long"))

# 35 count inside a % aim: "ít nhất 01 lần/năm"
case("35", UBS, "20/KH-UBND", "Tây Khê, ngày 20 tháng 01 năm 2026",
     "Bồi dưỡng, tập huấn nghiệp vụ công tác dân tộc năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU**",
      "- 100% cán bộ, công chức làm công tác dân tộc cấp xã được tập huấn, bồi dưỡng nghiệp vụ ít nhất 01 lần/năm.",
      "- 80% người có uy tín trong đồng bào dân tộc thiểu số được phổ biến chính sách mới.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Dân tộc và Tôn giáo chủ trì thực hiện."],
     [T(100, "%", "cán bộ, công chức làm công tác dân tộc cấp xã được tập huấn, bồi dưỡng nghiệp vụ ít nhất 01 lần/năm", dl="2026"),
      T(1, "lần/năm", "tập huấn, bồi dưỡng nghiệp vụ cán bộ làm công tác dân tộc", cmp=">=", unc=True),
      T(80, "%", "người có uy tín trong đồng bào dân tộc thiểu số được phổ biến chính sách mới", dl="2026")])

# 36 "Chỉ tiêu 1." / "Chỉ tiêu số 2:" labels
case("36", UBT, "181/KH-UBND", "Bắc Lam, ngày 15 tháng 6 năm 2026",
     "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC TIÊU, CHỈ TIÊU**",
      "Chỉ tiêu 1. Tỷ lệ nữ lãnh đạo chủ chốt tại các sở, ban, ngành đạt ít nhất 30%.",
      "Chỉ tiêu số 2: 100% xã, phường có cán bộ làm công tác bình đẳng giới được tập huấn.",
      "Chỉ tiêu 3: Giảm tỷ lệ lao động nữ không có việc làm xuống dưới 3%.",
      "**II. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì thực hiện."],
     [T(30, "%", "tỷ lệ nữ lãnh đạo chủ chốt tại các sở, ban, ngành", cmp=">=", dl="2026"),
      T(100, "%", "xã, phường có cán bộ làm công tác bình đẳng giới được tập huấn", dl="2026"),
      T(3, "%", "tỷ lệ lao động nữ không có việc làm", cmp="<", dl="2026")])

# 37 award quotas: Cờ thi đua, Huân chương hạng Ba, plus an aim
case("37", UBN, "240/KH-UBND", "Nam Hà Giang, ngày 20 tháng 12 năm 2025",
     "Tổng kết, khen thưởng phong trào thi đua \"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\" giai đoạn 2021 - 2025",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "- Phấn đấu 100% xã, phường tổ chức tổng kết phong trào trước ngày 31/01/2026.",
      "**II. HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG**",
      "- Đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 01 tập thể có thành tích đặc biệt xuất sắc.",
      "- Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể và 03 cá nhân.",
      "- Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua cho 01 tập thể dẫn đầu và Bằng khen cho không quá 20 tập thể, 30 cá nhân.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì thực hiện."],
     [T(100, "%", "xã, phường tổ chức tổng kết phong trào", dl="2026-01-31"),
      T(1, "tập thể", "Huân chương Lao động hạng Ba cho tập thể", kind="threshold", unc=True),
      T(2, "tập thể", "Bằng khen Thủ tướng Chính phủ cho tập thể", kind="threshold", unc=True),
      T(3, "cá nhân", "Bằng khen Thủ tướng Chính phủ cho cá nhân", kind="threshold", unc=True),
      T(1, "tập thể", "Cờ thi đua cho tập thể dẫn đầu", kind="threshold", unc=True),
      T(20, "tập thể", "Bằng khen Chủ tịch UBND tỉnh cho tập thể", kind="threshold", cmp="<=", unc=True),
      T(30, "cá nhân", "Bằng khen Chủ tịch UBND tỉnh cho cá nhân", kind="threshold", cmp="<=", unc=True)])

# 38 event size and restated increment in parentheses
case("38", UBS, "145/KH-UBND", "Tây Khê, ngày 20 tháng 5 năm 2026",
     "Tổ chức Ngày Môi trường thế giới 05/6 năm 2026",
     ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
     ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao nhận thức bảo vệ môi trường.",
      "**II. NỘI DUNG**",
      "1. Tổ chức Lễ mít tinh hưởng ứng tại quảng trường tỉnh vào 07 giờ 30 phút ngày 05/6/2026, quy mô khoảng 500 đại biểu.",
      "2. Tổ chức ít nhất 150 buổi truyền thông trực tiếp tại cộng đồng (tăng 10% so với năm 2025).",
      "3. Phấn đấu 90% hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn.",
      "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nông nghiệp và Môi trường chủ trì thực hiện."],
     [T(500, "đại biểu", "quy mô Lễ mít tinh hưởng ứng", unc=True),
      T(150, "buổi", "buổi truyền thông trực tiếp tại cộng đồng", cmp=">=", dl="2026"),
      T(10, "%", "buổi truyền thông trực tiếp tăng so với năm 2025", unc=True),
      T(90, "%", "hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn", dl="2026")])

# --- second batch (written after the first run, before running these) ---
# 39 training: "Số lượng: 04 lớp, mỗi lớp khoảng 100 học viên" under NỘI DUNG
case2 = case
case2("39", ("UBND TỈNH NAM HÀ GIANG", "SỞ NỘI VỤ"), "14/KH-SNV", "Nam Hà Giang, ngày 25 tháng 02 năm 2026",
      "Bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã năm 2026",
      ["Sở Nội vụ ban hành Kế hoạch như sau:"],
      ["**I. MỤC ĐÍCH, YÊU CẦU**", "Nâng cao năng lực thực thi công vụ của công chức cấp xã.",
       "**II. NỘI DUNG BỒI DƯỠNG**",
       "**1. Quy mô**",
       "- Số lượng: 04 lớp, mỗi lớp khoảng 100 học viên.",
       "- Số lượt công chức được bồi dưỡng: 400 lượt.",
       "- Thời lượng: 05 ngày/lớp.",
       "**2. Nội dung**", "Kiến thức về quản lý nhà nước, kỹ năng giải quyết công việc tại chính quyền địa phương hai cấp.",
       "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức."],
      [T(4, "lớp", "số lượng lớp bồi dưỡng", dl="2026"),
       T(100, "học viên", "học viên mỗi lớp", unc=True),
       T(400, "lượt", "số lượt công chức được bồi dưỡng", dl="2026")],
      signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lý Văn Phúc"))

# 40 fraction in parentheses after a percentage
case2("40", UBS, "210/KH-UBND", "Tây Khê, ngày 10 tháng 8 năm 2026",
      "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
      ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
      ["**I. MỤC ĐÍCH, YÊU CẦU**",
       "- Phấn đấu 100% khu dân cư (1.126/1.126 khu dân cư) tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
       "- Ít nhất 90% hộ gia đình (khoảng 310.000 hộ) tham gia các hoạt động của Ngày hội.",
       "**II. TỔ CHỨC THỰC HIỆN**", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp thực hiện."],
      [T(100, "%", "khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc", dl="2026"),
       T(1126, "khu dân cư", "khu dân cư tổ chức Ngày hội", unc=True),
       T(90, "%", "hộ gia đình tham gia các hoạt động của Ngày hội", cmp=">=", dl="2026"),
       T(310000, "hộ", "hộ gia đình tham gia các hoạt động của Ngày hội", unc=True)])

# 41 parenthetical breakdowns after a count
case2("41", UBT, "92/KH-UBND", "Bắc Lam, ngày 18 tháng 3 năm 2026",
      "Kiểm tra công tác cải cách hành chính năm 2026",
      ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
      ["**I. MỤC ĐÍCH, YÊU CẦU**", "Đánh giá thực chất kết quả cải cách hành chính.",
       "**II. NỘI DUNG**",
       "- Tổ chức kiểm tra 24 cơ quan, đơn vị, địa phương (12 sở, ngành và 12 xã, phường).",
       "- Phấn đấu 100% kiến nghị sau kiểm tra được các cơ quan, đơn vị khắc phục (trong thời hạn 30 ngày kể từ ngày có kết luận kiểm tra).",
       "**III. TỔ CHỨC THỰC HIỆN**", "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh thực hiện."],
      [T(24, "cơ quan", "cơ quan, đơn vị, địa phương được kiểm tra", dl="2026"),
       T(12, "sở", "sở, ngành được kiểm tra", unc=True),
       T(12, "xã", "xã, phường được kiểm tra", unc=True),
       T(100, "%", "kiến nghị sau kiểm tra được các cơ quan, đơn vị khắc phục", dl="2026"),
       T(30, "ngày", "thời hạn khắc phục kiến nghị", kind="threshold", cmp="<=", unc=True)])

# 42 month series "Tháng 3/2026: ... ; Tháng 6/2026: ..."
case2("42", UBN, "33/KH-UBND", "Nam Hà Giang, ngày 10 tháng 02 năm 2026",
      "Làm sạch dữ liệu dân cư phục vụ cuộc bầu cử năm 2026",
      ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
      ["**I. MỤC TIÊU**",
       "- Tỷ lệ dữ liệu hộ tịch được số hóa, làm sạch và kết nối với Cơ sở dữ liệu quốc gia về dân cư: đến tháng 3/2026 đạt 80%; đến tháng 6/2026 đạt 100%.",
       "**II. TỔ CHỨC THỰC HIỆN**", "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh thực hiện."],
      [T(80, "%", "tỷ lệ dữ liệu hộ tịch được số hóa, làm sạch và kết nối với Cơ sở dữ liệu quốc gia về dân cư", dl="2026-03"),
       T(100, "%", "tỷ lệ dữ liệu hộ tịch được số hóa, làm sạch và kết nối với Cơ sở dữ liệu quốc gia về dân cư", dl="2026-06")])


if __name__ == "__main__":
    for n, c in CASES.items():
        (HERE / f"{n}.txt").write_text(c["text"], encoding="utf-8")
        (HERE / f"{n}.expect.json").write_text(json.dumps({"targets": c["targets"], "note": c["note"]},
                                                          ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(CASES), "cases")
