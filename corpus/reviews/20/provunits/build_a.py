# Cases 01-12: text and expectation written together, before any run of the program.
import json, pathlib
D = pathlib.Path(__file__).parent / "cases"
D.mkdir(exist_ok=True)
def E(unit, role, alt=(), opt=False):
    d = {"unit": unit, "role": role}
    if alt: d["printed_as"] = list(alt)
    if opt: d["optional"] = True
    return d
HDR = """|
**ỦY BAN NHÂN DÂN**
TỈNH TÂN HÀ
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {num}/KH-UBND
|
*Tân Hà, ngày
{day} tháng {mon} năm 2025*
|


**KẾ HOẠCH**

{title}

"""
CASES = {}

# 01 emulation plan, TVPL bold wrapped headings; Sở Nội vụ (Ban TĐKT); several bodies in one heading
CASES["01"] = (HDR.format(num="418", day="12", mon="11", title="Phát động phong trào thi đua \"Chung sức xây dựng\nchính quyền địa phương hai cấp\" giai đoạn 2025 - 2026") + """**I. MỤC ĐÍCH, YÊU CẦU**

Phát huy tinh thần trách nhiệm của cán bộ, công chức, viên chức trong tổ chức vận
hành chính quyền địa phương hai cấp.

**II. TỔ CHỨC
THỰC HIỆN**

**1. Sở Nội vụ (Ban Thi đua - Khen
thưởng)**

- Là cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch này;
hướng dẫn các cơ quan, đơn vị, địa phương tổ chức phong trào thi đua.

- Theo dõi, đôn đốc, kiểm tra việc thực hiện; tổng hợp, báo cáo Ủy ban nhân dân
tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh kết quả thực hiện trước ngày 10/12/2026.

**2. Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình
tỉnh**

Đẩy mạnh tuyên truyền về phong trào thi đua; mở chuyên trang, chuyên mục giới
thiệu các tập thể, cá nhân điển hình.

**3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường, đặc
khu**

Xây dựng kế hoạch hưởng ứng phong trào thi đua; gửi báo cáo kết quả về Ủy ban nhân
dân tỉnh (qua Sở Nội vụ) trước ngày 30/11/2026.

**4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã
hội tỉnh**

Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực hưởng
ứng phong trào thi đua.
""", [
    E("Sở Nội vụ (Ban Thi đua - Khen thưởng)", "execute", ["Sở Nội vụ"]),
    E("Sở Nội vụ (Ban Thi đua - Khen thưởng)", "lead", ["Sở Nội vụ"]),
    E("Sở Nội vụ (Ban Thi đua - Khen thưởng)", "monitor", ["Sở Nội vụ"]),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Hội đồng Thi đua - Khen thưởng tỉnh", "report"),
    E("Sở Văn hóa, Thể thao và Du lịch", "execute"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Các sở, ban, ngành tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Nội vụ", "report", ["Sở Nội vụ (Ban Thi đua - Khen thưởng)"]),
    E("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"),
    E("các tổ chức chính trị - xã hội tỉnh", "execute"),
    E("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate", opt=True),
    E("các tổ chức chính trị - xã hội tỉnh", "coordinate", opt=True),
])

# 02 timetable table, ordinary pipes, "Đơn vị thực hiện"; "Các cơ quan, đơn vị nêu trên"
CASES["02"] = ("""**III. TỔ CHỨC THỰC HIỆN**

**1. Thời gian, nội dung thực hiện**

| Thời gian | Nội dung | Đơn vị thực hiện |
|---|---|---|
| Tháng 12/2025 | Ban hành Kế hoạch phát động phong trào thi đua | Sở Nội vụ |
| Tháng 01/2026 | Tổ chức Lễ phát động phong trào thi đua | Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh |
| Quý I/2026 | Xây dựng kế hoạch, đăng ký thi đua | Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường, đặc khu |
| Thường xuyên | Tuyên truyền về phong trào thi đua | Báo và Phát thanh, Truyền hình tỉnh |
| Tháng 11/2026 | Sơ kết, xét đề nghị khen thưởng | Hội đồng Thi đua - Khen thưởng tỉnh |

**2. Chế độ báo cáo**

Các cơ quan, đơn vị nêu trên báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội
vụ) trước ngày 20/11/2026 để tổng hợp.
""", [
    E("Sở Nội vụ", "execute"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "execute"),
    E("Các sở, ban, ngành tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Hội đồng Thi đua - Khen thưởng tỉnh", "execute"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Sở Nội vụ", "report"),
])

# 03 the same timetable, one cell a line, merged time cell left out of the next row
CASES["03"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Lịch triển khai

|
**Thời gian**
|
**Nội dung**
|
**Đơn vị thực hiện**
|
|
Tháng 12/2025
|
Ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến
|
Sở Nội vụ
|
|
Tháng 01/2026
|
Lựa chọn, giới thiệu điển hình tiên tiến
|
Các sở, ban, ngành tỉnh
|
|
Tổ chức tuyên truyền về Hội nghị
|
Báo và Phát thanh, Truyền hình tỉnh
|
|
Tháng 3/2026
|
Tổ chức Hội nghị điển hình tiên tiến cấp tỉnh
|
Hội đồng Thi đua - Khen thưởng tỉnh
|
|
Tháng 4/2026
|
Khen thưởng các tập thể, cá nhân tiêu biểu
|
Ủy ban nhân dân các xã, phường, đặc khu
|

2. Sở Nội vụ theo dõi, đôn đốc các đơn vị thực hiện lịch nêu trên.
""", [
    E("Sở Nội vụ", "execute"),
    E("Các sở, ban, ngành tỉnh", "execute"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Hội đồng Thi đua - Khen thưởng tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Nội vụ", "monitor"),
])

# 04 run-in numbered items, digital transformation
CASES["04"] = ("""**V. TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính và Văn
phòng Ủy ban nhân dân tỉnh hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển
khai Kế hoạch; định kỳ 6 tháng, hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh và
Bộ Khoa học và Công nghệ.

2. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch
theo quy định về phân cấp ngân sách.

3. Công an tỉnh chủ trì bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin
của tỉnh; phối hợp với Sở Khoa học và Công nghệ xử lý sự cố an toàn thông tin.

4. Giao Trung tâm Phục vụ hành chính công tỉnh rà soát, tái cấu trúc quy trình giải
quyết thủ tục hành chính trên môi trường điện tử.

5. Ủy ban nhân dân các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch
thực hiện tại địa phương.
""", [
    E("Sở Khoa học và Công nghệ", "lead"),
    E("Sở Khoa học và Công nghệ", "execute", opt=True),
    E("Sở Khoa học và Công nghệ", "monitor"),
    E("Sở Nội vụ", "coordinate"),
    E("Sở Tài chính", "coordinate"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Bộ Khoa học và Công nghệ", "report"),
    E("Sở Tài chính", "lead"),
    E("Sở Tài chính", "execute", opt=True),
    E("Công an tỉnh", "lead"),
    E("Công an tỉnh", "execute", opt=True),
    E("Công an tỉnh", "coordinate", opt=True),
    E("Sở Khoa học và Công nghệ", "coordinate"),
    E("Trung tâm Phục vụ hành chính công tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
])

# 05 administrative reform, "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", parenthesised vertical bodies
CASES["05"] = ("""**IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ**

**1. Sở Nội vụ**

Chủ trì, theo dõi, đôn đốc việc triển khai các nhiệm vụ cải cách hành chính; tham
mưu Ủy ban nhân dân tỉnh tổ chức xác định Chỉ số cải cách hành chính năm 2025 của
các sở, ban, ngành và Ủy ban nhân dân các xã, phường.

**2. Văn phòng Ủy ban nhân dân tỉnh**

Chủ trì công tác kiểm soát thủ tục hành chính; chỉ đạo Trung tâm Phục vụ hành chính
công tỉnh nâng cao chất lượng tiếp nhận, giải quyết hồ sơ.

**3. Sở Tư pháp**

Chủ trì cải cách thể chế; phối hợp với Sở Nội vụ đánh giá tiêu chí xây dựng và tổ
chức thi hành pháp luật.

**4. Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh (Thuế tỉnh, Kho bạc
Nhà nước khu vực XIV, Bảo hiểm xã hội tỉnh)**

Phối hợp thực hiện các nhiệm vụ cải cách hành chính có liên quan; cung cấp thông
tin phục vụ đánh giá Chỉ số hài lòng của người dân.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "lead"), E("Sở Nội vụ", "monitor"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "execute"), E("Văn phòng Ủy ban nhân dân tỉnh", "lead"),
    E("Trung tâm Phục vụ hành chính công tỉnh", "execute", opt=True),
    E("Sở Tư pháp", "execute"), E("Sở Tư pháp", "lead"),
    E("Sở Nội vụ", "coordinate"),
    E("Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh", "execute"),
    E("Thuế tỉnh", "execute"), E("Kho bạc Nhà nước khu vực XIV", "execute"), E("Bảo hiểm xã hội tỉnh", "execute"),
    E("Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh", "coordinate", opt=True),
    E("Thuế tỉnh", "coordinate", opt=True), E("Kho bạc Nhà nước khu vực XIV", "coordinate", opt=True),
    E("Bảo hiểm xã hội tỉnh", "coordinate", opt=True),
])

# 06 election plan, sub-committees, "(Công an tỉnh là thường trực)", Bộ Chỉ huy quân sự tỉnh
CASES["06"] = ("""**IV. PHÂN CÔNG NHIỆM VỤ**

**1. Tiểu ban Tuyên truyền**

Xây dựng kế hoạch tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XVI và đại
biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031; chỉ đạo Báo và Phát thanh,
Truyền hình tỉnh mở chuyên mục về bầu cử.

**2. Tiểu ban An ninh, trật tự (Công an tỉnh là cơ quan thường trực)**

Xây dựng phương án bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử.

**3. Bộ Chỉ huy quân sự tỉnh**

Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng
phương án sẵn sàng chiến đấu, bảo vệ an toàn ngày bầu cử.

**4. Sở Y tế**

Bảo đảm công tác y tế tại các khu vực bỏ phiếu; báo cáo tình hình về Tiểu ban An
ninh, trật tự khi có tình huống phát sinh.
""", [
    E("Tiểu ban Tuyên truyền", "execute"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute", opt=True),
    E("Tiểu ban An ninh, trật tự", "execute", ["Tiểu ban An ninh, trật tự (Công an tỉnh là cơ quan thường trực)"]),
    E("Công an tỉnh", "lead"),
    E("Bộ Chỉ huy quân sự tỉnh", "execute"), E("Bộ Chỉ huy quân sự tỉnh", "lead"),
    E("Công an tỉnh", "coordinate"), E("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"),
    E("Sở Y tế", "execute"),
    E("Tiểu ban An ninh, trật tự", "report"),
])

# 07 decision issuing a plan; Điều 2 giao; Điều 3 office-holders incl. đặc khu
CASES["07"] = ("""**QUYẾT ĐỊNH**

Ban hành Kế hoạch triển khai công tác thi đua, khen thưởng năm 2026

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂN HÀ**

*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*

*Theo đề nghị của Giám đốc Sở Nội vụ.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai công tác thi đua,
khen thưởng năm 2026 trên địa bàn tỉnh.

**Điều 2.** Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển
khai, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Chủ tịch Ủy ban
nhân dân tỉnh theo quy định.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Nội vụ, Tài chính,
Khoa học và Công nghệ; Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh; Giám đốc Công an tỉnh;
Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch Ủy ban nhân dân các xã, phường,
đặc khu chịu trách nhiệm thi hành Quyết định này./.
""", [
    E("Sở Nội vụ", "lead"), E("Sở Nội vụ", "monitor"),
    E("Chủ tịch Ủy ban nhân dân tỉnh", "report"),
    E("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"),
    E("Giám đốc Sở Nội vụ", "execute"), E("Giám đốc Sở Tài chính", "execute"),
    E("Giám đốc Sở Khoa học và Công nghệ", "execute"),
    E("Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh", "execute"),
    E("Giám đốc Công an tỉnh", "execute"),
    E("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
])

# 08 social plan; "Đề nghị" run-in listing full names of mass organisations
CASES["08"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Y tế là cơ quan đầu mối, chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch
chăm sóc người cao tuổi; tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Y tế kết quả
thực hiện hằng năm.

2. Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế bảo đảm quyền lợi khám, chữa bệnh bảo
hiểm y tế cho người cao tuổi.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Người cao tuổi tỉnh, Hội Liên
hiệp Phụ nữ tỉnh, Hội Chữ thập đỏ tỉnh và Tỉnh Đoàn vận động nguồn lực chăm lo đời
sống người cao tuổi có hoàn cảnh khó khăn.

4. Ủy ban nhân dân các xã, phường, đặc khu bố trí kinh phí, tổ chức thực hiện Kế
hoạch tại địa phương.
""", [
    E("Sở Y tế", "lead"), E("Sở Y tế", "monitor"), E("Sở Y tế", "execute", opt=True),
    E("Ủy ban nhân dân tỉnh", "report"), E("Bộ Y tế", "report"),
    E("Bảo hiểm xã hội tỉnh", "coordinate"), E("Bảo hiểm xã hội tỉnh", "execute", opt=True),
    E("Sở Y tế", "coordinate"),
    E("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"),
    E("Hội Người cao tuổi tỉnh", "execute"),
    E("Hội Liên hiệp Phụ nữ tỉnh", "execute"),
    E("Hội Chữ thập đỏ tỉnh", "execute"),
    E("Tỉnh Đoàn", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
])

# 09 bodies named inside task sentences under a heading
CASES["09"] = ("""**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Y tế**

- Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh triển khai
chương trình chăm sóc sức khỏe học đường.

- Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tổ chức khám sàng lọc cho học sinh.

- Hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu thực hiện các nội dung liên
quan.

**2. Sở Giáo dục và Đào tạo**

- Chỉ đạo các cơ sở giáo dục bố trí nhân viên y tế trường học.

- Phối hợp với Sở Y tế, Sở Tài chính tham mưu bố trí kinh phí.
""", [
    E("Sở Y tế", "execute"), E("Sở Y tế", "lead"),
    E("Sở Giáo dục và Đào tạo", "coordinate"), E("Bảo hiểm xã hội tỉnh", "coordinate"),
    E("Trung tâm Kiểm soát bệnh tật tỉnh", "execute", opt=True),
    E("Sở Giáo dục và Đào tạo", "execute"),
    E("Sở Y tế", "coordinate"), E("Sở Tài chính", "coordinate"),
    E("Sở Giáo dục và Đào tạo", "lead", opt=True),
])

# 10 office-holders as headings, plain text (PDF-like), "chịu trách nhiệm trước"
CASES["10"] = ("""IV. TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các sở, ban, ngành tỉnh
- Quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức, viên chức,
người lao động của cơ quan, đơn vị.
- Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ
được giao.
2. Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu
- Chỉ đạo các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã, phường, đặc
khu thực hiện nghiêm kỷ luật, kỷ cương hành chính.
- Định kỳ hằng quý báo cáo kết quả về Sở Nội vụ để tổng hợp.
3. Giám đốc Sở Nội vụ
Theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo
cáo Chủ tịch Ủy ban nhân dân tỉnh.
""", [
    E("Thủ trưởng các sở, ban, ngành tỉnh", "execute"),
    E("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Trung tâm Phục vụ hành chính công xã, phường, đặc khu", "execute", opt=True),
    E("Sở Nội vụ", "report"),
    E("Giám đốc Sở Nội vụ", "execute"), E("Giám đốc Sở Nội vụ", "monitor"),
    E("Chủ tịch Ủy ban nhân dân tỉnh", "report"),
])

# 11 "Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) chủ trì ..." inline parenthesis; prose
CASES["11"] = ("""**III. TỔ CHỨC THỰC HIỆN**

1. Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) chủ trì, phối hợp với Sở Tài chính
thẩm định hồ sơ, tham mưu Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng tổng
kết phong trào thi đua.

2. Giao Sở Tài chính bảo đảm kinh phí khen thưởng từ Quỹ thi đua, khen thưởng của
tỉnh.

3. Các cơ quan, đơn vị, địa phương gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (qua
Ban Thi đua - Khen thưởng) trước ngày 15/12/2026.
""", [
    E("Sở Nội vụ (Ban Thi đua - Khen thưởng)", "lead", ["Sở Nội vụ"]),
    E("Sở Tài chính", "coordinate"),
    E("Sở Tài chính", "execute"),
    E("Sở Nội vụ", "report", ["Sở Nội vụ (Ban Thi đua - Khen thưởng)"]),
    E("Ban Thi đua - Khen thưởng", "report", opt=True),
])

# 12 "Đề nghị" listing bodies whose names contain commas
CASES["12"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động văn hóa, văn nghệ
chào mừng Đại hội; phối hợp với Sở Nội vụ tổng hợp kết quả.

2. Đề nghị Báo và Phát thanh, Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh, Hội
Văn học - Nghệ thuật tỉnh mở chuyên trang, chuyên mục tuyên truyền.

3. Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo hướng dẫn các đơn vị
trực thuộc tổ chức hoạt động hưởng ứng.
""", [
    E("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    E("Sở Văn hóa, Thể thao và Du lịch", "execute"),
    E("Sở Văn hóa, Thể thao và Du lịch", "coordinate", opt=True),
    E("Sở Nội vụ", "coordinate"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Cổng Thông tin điện tử tỉnh", "execute"),
    E("Hội Văn học - Nghệ thuật tỉnh", "execute"),
    E("Sở Giáo dục và Đào tạo", "execute"),
])

for k, (text, exp) in CASES.items():
    (D / f"{k}.txt").write_text(text, encoding="utf-8")
    (D / f"{k}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
