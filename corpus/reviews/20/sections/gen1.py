"""Cases 01-10: legal-database markdown renderings. Expectations written with the text."""
import json, pathlib
from common import md_header, md_sign

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


# 01 -- site metadata and a site "Mục lục" (table of contents) before the document's header.
meta = """|
|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN VĂN BẢN SỐ**. Mọi hành vi sao chép khi chưa được đồng ý là vi phạm.
|
|
Đang tải văn bản...
#
**Số hiệu:**
|
215/KH-UBND
|
|
**Loại văn bản:**
|
Kế hoạch
|
**Nơi ban hành:**
|
Tỉnh Sơn Nguyên
|
|
**Người ký:**
|
Hà Văn Toản
|
**Ngày ban hành:**
|
12/03/2026
|
|
**Tình trạng:**
|
Đã biết
|
**MỤC LỤC VĂN BẢN**
I. MỤC ĐÍCH, YÊU CẦU
II. NỘI DUNG TRỌNG TÂM
III. GIẢI PHÁP THỰC HIỆN
IV. TỔ CHỨC THỰC HIỆN
|
"""
body01 = """Thực hiện Quyết định số 402/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh về
công tác phòng cháy, chữa cháy năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

1. Nâng cao nhận thức của người dân về phòng cháy, chữa cháy tại khu dân cư.

2. Bảo đảm 100% khu dân cư có tổ liên gia an toàn phòng cháy, chữa cháy.

**II. NỘI
DUNG TRỌNG TÂM**

1. Tuyên truyền, phổ biến kiến thức phòng cháy, chữa cháy

- Tổ chức 12 buổi tuyên truyền tại các xã, phường.

2. Kiểm tra an toàn phòng cháy tại cơ sở kinh doanh

**III. GIẢI
PHÁP THỰC HIỆN**

1. Tăng cường phối hợp giữa lực lượng Công an và chính quyền cơ sở.

2. Huy động nguồn lực xã hội hóa cho trang bị phương tiện chữa cháy.

**IV. TỔ CHỨC
THỰC HIỆN**

1. Công an tỉnh chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch.

2. Ủy ban nhân dân các xã, phường xây dựng kế hoạch cụ thể tại địa phương.
"""
CASES["01"] = (meta + md_header("ỦY BAN NHÂN DÂN", "TỈNH SƠN NGUYÊN", "215/KH-UBND", "Sơn Nguyên", ("12", "3", "2026"),
                             title_lines=["Tăng cường công tác phòng cháy, chữa cháy tại khu dân cư", "trên địa bàn tỉnh năm 2026"])
               + body01 + md_sign(["TM. ỦY BAN NHÂN", "DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hà Văn Toản"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG TRỌNG TÂM"), S("III", "GIẢI PHÁP THỰC HIỆN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Site 'MỤC LỤC VĂN BẢN' before the header lists the headings; they are site chrome, not sections.")

# 02 -- headings in separate bold runs on two lines / three runs on one line.
body02 = """Căn cứ Nghị quyết số 08/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh, Ủy ban
nhân dân tỉnh xây dựng Kế hoạch phát triển du lịch cộng đồng năm 2026 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

- Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống.

- Phấn đấu đón 250.000 lượt khách du lịch cộng đồng trong năm 2026.

**II. NHIỆM VỤ,**
**GIẢI PHÁP TRỌNG TÂM**

1. Hoàn thiện cơ chế hỗ trợ hộ gia đình làm du lịch cộng đồng.

2. Xây dựng 05 mô hình homestay đạt chuẩn.

**III. KINH PHÍ**
**THỰC HIỆN**

Kinh phí thực hiện từ nguồn ngân sách tỉnh và nguồn xã hội hóa.

**IV.** **TỔ CHỨC** **THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi việc thực hiện Kế hoạch.

2. Ủy ban nhân dân các xã có điểm du lịch phối hợp thực hiện.
"""
CASES["02"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH VÂN HÀ", "44/KH-UBND", "Vân Hà", ("05", "02", "2026"),
                         title_lines=["Phát triển du lịch cộng đồng năm 2026"])
               + body02 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lò Thị Mai"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"), S("III", "KINH PHÍ THỰC HIỆN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")], "Headings in two bold runs over two lines and three runs on one line.")

# 03 -- label bold alone, blank line, bold title (a title wrapped too).
body03 = """Thực hiện Chương trình công tác năm 2026, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch
kiểm tra chất lượng vật tư nông nghiệp như sau:

**I.**

**MỤC ĐÍCH, YÊU CẦU**

Phát hiện, xử lý kịp thời các hành vi vi phạm trong kinh doanh phân bón, thuốc bảo vệ thực vật.

**II.**

**NỘI DUNG, ĐỐI TƯỢNG VÀ
THỜI GIAN KIỂM TRA**

1. Nội dung kiểm tra: điều kiện kinh doanh, nhãn hàng hóa, chất lượng sản phẩm.

2. Thời gian: từ tháng 4 đến tháng 10 năm 2026.

**III.**

**TỔ CHỨC THỰC HIỆN**

1. Chi cục Trồng trọt và Bảo vệ thực vật chủ trì thành lập đoàn kiểm tra.

2. Thanh tra Sở phối hợp thực hiện.
"""
CASES["03"] = (md_header("UBND TỈNH HÀ LĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "09/KH-SNNMT", "Hà Lĩnh", ("18", "3", "2026"),
                         title_lines=["Kiểm tra chất lượng vật tư nông nghiệp năm 2026"])
               + body03 + md_sign(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trịnh Quốc Bảo"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG, ĐỐI TƯỢNG VÀ THỜI GIAN KIỂM TRA"),
                S("III", "TỔ CHỨC THỰC HIỆN")], "Bare bold label, blank line, then the bold title (one wrapped).")

# 04 -- long headings in capitals (over 100 characters) holding "KINH TẾ - XÃ HỘI" / "2026 - 2030".
body04 = """Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030, Ủy ban
nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC
TIÊU**

1. Mục tiêu chung: phát triển nhanh, bền vững vùng đồng bào dân tộc thiểu số.

2. Phấn đấu tỷ lệ hộ nghèo giảm bình quân 3%/năm.

**II. NHIỆM VỤ VÀ GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH
VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026 - 2030**

1. Phát triển sản xuất nông nghiệp hàng hóa gắn với chuỗi giá trị.

2. Đầu tư hạ tầng thiết yếu tại các xã đặc biệt khó khăn.

**III. CƠ CHẾ HUY ĐỘNG NGUỒN LỰC: NGÂN SÁCH NHÀ NƯỚC, VỐN TÍN DỤNG CHÍNH SÁCH VÀ CÁC NGUỒN
VỐN HỢP PHÁP KHÁC**

Ngân sách tỉnh bố trí lồng ghép với các chương trình mục tiêu quốc gia.

**IV. TỔ CHỨC
THỰC HIỆN**

1. Ban Dân tộc tỉnh là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện.

2. Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ triển khai thực hiện.
"""
CASES["04"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH THẠCH YÊN", "301/KH-UBND", "Thạch Yên", ("27", "11", "2025"),
                         title_lines=["Thực hiện Chương trình phát triển kinh tế - xã hội vùng đồng bào", "dân tộc thiểu số giai đoạn 2026 - 2030"])
               + body04 + md_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Vi Đức Thắng"),
               [S("I", "MỤC TIÊU"),
                S("II", "NHIỆM VỤ VÀ GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026 - 2030"),
                S("III", "CƠ CHẾ HUY ĐỘNG NGUỒN LỰC: NGÂN SÁCH NHÀ NƯỚC, VỐN TÍN DỤNG CHÍNH SÁCH VÀ CÁC NGUỒN VỐN HỢP PHÁP KHÁC"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Long capital headings with a dash / a colon inside (over 100 characters after the bold wrap is joined).")

# 05 -- headings in sentence case (university / youth union), one line each, one over 100 characters.
body05 = """Thực hiện Chương trình công tác năm học 2025 - 2026, Trường Đại học Kỹ thuật Nam Vân ban hành Kế hoạch giáo dục chính trị, tư tưởng cho sinh viên như sau:

**I. Mục đích, yêu cầu**
Nâng cao nhận thức chính trị, bản lĩnh và trách nhiệm xã hội của sinh viên.

**II. Nhiệm vụ, giải pháp chủ yếu nhằm nâng cao chất lượng công tác giáo dục chính trị, tư tưởng và đạo đức lối sống cho sinh viên**
1. Đổi mới nội dung, phương thức sinh hoạt chính trị đầu khóa.
2. Phấn đấu 100% sinh viên năm thứ nhất tham gia Tuần sinh hoạt công dân.

**III. Kinh phí thực hiện**
Từ nguồn kinh phí hoạt động thường xuyên của Trường.

**IV. Tổ chức thực hiện**
**1. Phòng Công tác Sinh viên**
Chủ trì, tham mưu Ban Giám hiệu triển khai Kế hoạch.
**2. Đoàn Thanh niên Trường**
Phối hợp tổ chức các hoạt động ngoại khóa.
"""
CASES["05"] = (md_header("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KỸ THUẬT NAM VÂN", "112/KH-ĐHKT", "Nam Vân", ("02", "10", "2025"),
                         title_lines=["Giáo dục chính trị, tư tưởng cho sinh viên năm học 2025 - 2026"])
               + body05 + md_sign(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Đặng Minh Châu",
                                  recipients=("- Ban Giám hiệu;", "- Các đơn vị trong Trường;", "- Lưu: VT, CTSV.")),
               [S("I", "Mục đích, yêu cầu"),
                S("II", "Nhiệm vụ, giải pháp chủ yếu nhằm nâng cao chất lượng công tác giáo dục chính trị, tư tưởng và đạo đức lối sống cho sinh viên"),
                S("III", "Kinh phí thực hiện"), S("IV", "Tổ chức thực hiện")],
               "Sentence-case bold headings, one line each (unwrapped markdown); II is over 100 characters.")

# 06 -- "#" headings (RAG-style markdown of a legal-database page).
body06 = """Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:

## I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm các điều kiện tổ chức kỳ thi tốt nghiệp trung học phổ thông an toàn, nghiêm túc.

## II. NỘI DUNG THỰC HIỆN
### 1. Công tác chuẩn bị
Rà soát cơ sở vật chất tại 04 điểm thi.
### 2. Công tác bảo đảm an ninh, trật tự
Bố trí lực lượng bảo vệ tại các điểm thi.

### **III. TỔ CHỨC
THỰC HIỆN**
#### 1. Phòng Văn hóa - Xã hội
Chủ trì, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch.
#### 2. Công an huyện
Bảo đảm an ninh trật tự tại các điểm thi.
"""
CASES["06"] = ("# Kế hoạch 36/KH-UBND phục vụ kỳ thi tốt nghiệp THPT năm 2026 huyện Đông Lĩnh\n\n" + md_header("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG LĨNH", "36/KH-UBND", "Đông Lĩnh", ("20", "3", "2026"),
                                          title_lines=["Phục vụ kỳ thi tốt nghiệp trung học phổ thông năm 2026"])
               + body06 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nông Văn Hiếu"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG THỰC HIỆN"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "ATX '#' headings, one bold and wrapped inside '###'.")

# 07 -- heading followed by an italic note in brackets on the same line.
body07 = """Thực hiện Chỉ thị số 06/CT-UBND ngày 14/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh,
Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 như sau:

**I. MỤC TIÊU**

Phấn đấu 95% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến.

**II. NHIỆM VỤ, GIẢI PHÁP** *(Chi tiết tại Phụ lục kèm theo)*

1. Hoàn thiện hạ tầng số dùng chung của tỉnh.

2. Phát triển dữ liệu số và nền tảng số.

**III. KINH PHÍ THỰC HIỆN** *(có dự toán chi tiết kèm theo)*

Kinh phí bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị.

**IV. TỔ CHỨC THỰC HIỆN**

Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""
CASES["07"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH KIM LĨNH", "58/KH-UBND", "Kim Lĩnh", ("03", "3", "2026"),
                         title_lines=["Chuyển đổi số tỉnh Kim Lĩnh năm 2026"])
               + body07 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Cầm Bá Thước"),
               [S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "KINH PHÍ THỰC HIỆN"), S("IV", "TỔ CHỨC THỰC HIỆN")],
               "An italic note in brackets after the bold heading is not part of the title.")

# 08 -- italics and bold italics; trailing colon.
body08 = """Căn cứ Hướng dẫn số 12/HD-LĐLĐ ngày 08/01/2026 của Liên đoàn Lao động tỉnh, Ban Thường vụ
Liên đoàn Lao động huyện xây dựng Kế hoạch như sau:

***I. MỤC ĐÍCH, YÊU CẦU***

*- Chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động.*

***II. NỘI DUNG
THỰC HIỆN***

1. Tổ chức Tháng Công nhân năm 2026.

2. Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn.

**III.** ***KINH PHÍ THỰC HIỆN***

Từ nguồn tài chính công đoàn cấp huyện.

**IV. CHẾ ĐỘ BÁO CÁO:**

Các công đoàn cơ sở báo cáo kết quả về Liên đoàn Lao động huyện trước ngày 15/6/2026.
"""
CASES["08"] = (md_header("LĐLĐ TỈNH TÂY XUYÊN", "LĐLĐ HUYỆN BẢO XUYÊN", "07/KH-LĐLĐ", "Bảo Xuyên", ("15", "01", "2026"),
                         title_lines=["Tổ chức các hoạt động chăm lo cho đoàn viên năm 2026"])
               + body08 + md_sign(["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], "Mã Thị Hạnh",
                                  recipients=("- LĐLĐ tỉnh (b/c);", "- Các CĐCS (t/h);", "- Lưu: VT.")),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG THỰC HIỆN"), S("III", "KINH PHÍ THỰC HIỆN"),
                S("IV", "CHẾ ĐỘ BÁO CÁO")], "Bold-italic headings, label bold and title bold-italic, trailing colon.")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
