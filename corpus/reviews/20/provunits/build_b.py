# Cases 13-26: text and expectation written together, before any run of the program.
import json, pathlib
D = pathlib.Path(__file__).parent / "cases"
def E(unit, role, alt=(), opt=False):
    d = {"unit": unit, "role": role}
    if alt: d["printed_as"] = list(alt)
    if opt: d["optional"] = True
    return d
CASES = {}

# 13 Roman numeral inside a unit name, wrapped so that it starts a line (plain PDF-like text)
CASES["13"] = ("""V. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Chủ trì, phối hợp với Thuế tỉnh, Kho bạc Nhà nước khu vực
XII hướng dẫn các đơn vị sử dụng ngân sách thực hiện thanh toán không dùng tiền mặt.
2. Kho bạc Nhà nước khu vực XII
Thực hiện kiểm soát chi bảo đảm đúng quy định; định kỳ hằng quý báo cáo Sở Tài
chính kết quả thực hiện.
3. Thuế tỉnh
Chỉ đạo Thuế cơ sở 1, Thuế cơ sở 2 hỗ trợ người nộp thuế sử dụng hóa đơn điện tử.
VI. CHẾ ĐỘ BÁO CÁO
Các cơ quan, đơn vị gửi báo cáo về Sở Tài chính trước ngày 05/12/2026.
""", [
    E("Sở Tài chính", "execute"), E("Sở Tài chính", "lead"),
    E("Thuế tỉnh", "coordinate"), E("Kho bạc Nhà nước khu vực XII", "coordinate"),
    E("Kho bạc Nhà nước khu vực XII", "execute"),
    E("Sở Tài chính", "report"),
    E("Thuế tỉnh", "execute"),
    E("Thuế cơ sở 1", "execute", opt=True), E("Thuế cơ sở 2", "execute", opt=True),
])

# 14 social plan, ordinary pipe table, chủ trì / phối hợp columns, cells with ; and ,
CASES["14"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Phân công nhiệm vụ**

| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Rà soát hộ nghèo, hộ cận nghèo | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các xã, phường, đặc khu | Quý IV/2025 |
| 2 | Cho vay vốn giải quyết việc làm | Ngân hàng Chính sách xã hội chi nhánh tỉnh | Sở Nội vụ; Hội Nông dân tỉnh; Hội Liên hiệp Phụ nữ tỉnh | Năm 2026 |
| 3 | Hỗ trợ sinh kế cho đồng bào dân tộc thiểu số | Sở Dân tộc và Tôn giáo | Sở Tài chính; Sở Công Thương | Năm 2026 |
| 4 | Cấp thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo | Bảo hiểm xã hội tỉnh | Sở Y tế, Ủy ban nhân dân các xã, phường, đặc khu | Hằng năm |
""", [
    E("Sở Nông nghiệp và Môi trường", "lead"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    E("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "lead"),
    E("Sở Nội vụ", "coordinate"), E("Hội Nông dân tỉnh", "coordinate"), E("Hội Liên hiệp Phụ nữ tỉnh", "coordinate"),
    E("Sở Dân tộc và Tôn giáo", "lead"),
    E("Sở Tài chính", "coordinate"), E("Sở Công Thương", "coordinate"),
    E("Bảo hiểm xã hội tỉnh", "lead"),
    E("Sở Y tế", "coordinate"),
])

# 15 one cell a line, chủ trì / phối hợp, a rowspan chủ trì cell left out of the next row, group row
CASES["15"] = ("""**V. TỔ CHỨC THỰC HIỆN**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

**PHỤ LỤC**

NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026

|
**STT**
|
**Nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I. HẠ TẦNG SỐ**
|
|
1
|
Phủ sóng di động 5G tại trung tâm các xã, phường, đặc khu
|
Sở Khoa học và Công nghệ
|
Ủy ban nhân dân các xã, phường, đặc khu
|
Quý IV/2026
|
|
2
|
Nâng cấp mạng truyền số liệu chuyên dùng
|
Bưu điện tỉnh
|
Tháng 6/2026
|
|
**II. DỮ LIỆU SỐ**
|
|
3
|
Xây dựng cơ sở dữ liệu đất đai
|
Sở Nông nghiệp và Môi trường
|
Sở Tài chính; Thuế tỉnh
|
Năm 2026
|
|
4
|
Số hóa hồ sơ hộ tịch
|
Sở Tư pháp
|
Công an tỉnh
|
Năm 2026
|
""", [
    E("Sở Khoa học và Công nghệ", "lead"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    E("Bưu điện tỉnh", "coordinate"),
    E("Sở Nông nghiệp và Môi trường", "lead"),
    E("Sở Tài chính", "coordinate"), E("Thuế tỉnh", "coordinate"),
    E("Sở Tư pháp", "lead"), E("Công an tỉnh", "coordinate"),
])

# 16 pronoun-like references, report chain
CASES["16"] = ("""**VI. TỔ CHỨC THỰC HIỆN**

1. Các cơ quan được giao chủ trì các nhiệm vụ tại Phụ lục kèm theo có trách nhiệm
xây dựng kế hoạch chi tiết, bảo đảm tiến độ, chất lượng.

2. Các cơ quan, đơn vị nêu trên định kỳ trước ngày 15 tháng 12 hằng năm báo cáo kết
quả về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa
phương kịp thời phản ánh về Sở Nội vụ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh
xem xét, điều chỉnh cho phù hợp./.
""", [
    E("Sở Nội vụ", "report"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Sở Nội vụ", "lead", opt=True),
    E("Sở Nội vụ", "execute", opt=True),
])

# 17 grouped by level: "1. Cấp tỉnh" / "2. Cấp xã" with a) b) units, plain text
CASES["17"] = ("""IV. TỔ CHỨC THỰC HIỆN
1. Cấp tỉnh
a) Sở Nội vụ: hướng dẫn, kiểm tra việc tổ chức phong trào thi đua ở các cơ quan,
đơn vị, địa phương.
b) Sở Tài chính: bảo đảm kinh phí khen thưởng theo quy định.
2. Cấp xã
a) Ủy ban nhân dân các xã, phường, đặc khu: phát động phong trào thi đua tại địa
phương; lựa chọn điển hình tiên tiến.
b) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: tham mưu Ủy ban nhân dân xã
tổ chức khen thưởng theo thẩm quyền.
c) Phòng Văn hóa - Xã hội: chủ trì tuyên truyền về phong trào thi đua trên hệ thống
truyền thanh cơ sở.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "monitor"),
    E("Sở Tài chính", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "execute"),
    E("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead"),
    E("Phòng Văn hóa - Xã hội", "execute"), E("Phòng Văn hóa - Xã hội", "lead"),
])

# 18 bold headings wrapped inside names (TVPL)
CASES["18"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Khoa học và
Công nghệ**

Chủ trì hướng dẫn, theo dõi việc triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân
dân tỉnh.

**2. Báo và Phát
thanh, Truyền hình tỉnh**

Xây dựng chuyên mục "Chuyển đổi số" phát sóng hằng tuần.

**3. Bộ Chỉ huy quân
sự tỉnh**

Triển khai ứng dụng chuyển đổi số trong công tác quốc phòng địa phương.

**4. Bộ Chỉ huy Bộ đội
Biên phòng tỉnh**

Phối hợp với Ủy ban nhân dân các xã, phường, đặc khu ven biển tuyên truyền kỹ
năng số cho ngư dân.
""", [
    E("Sở Khoa học và Công nghệ", "execute"), E("Sở Khoa học và Công nghệ", "lead"),
    E("Sở Khoa học và Công nghệ", "monitor"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Bộ Chỉ huy quân sự tỉnh", "execute"),
    E("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "execute"),
    E("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate", opt=True),
    E("Ủy ban nhân dân các xã, phường, đặc khu ven biển", "coordinate"),
])

# 19 digital transformation; telecoms heading; community tech teams; KH&CN as standing body of BCĐ
CASES["19"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Khoa học và Công nghệ (cơ quan thường trực Ban Chỉ đạo về phát triển khoa
học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh)**

Chủ trì, phối hợp với các sở, ban, ngành tỉnh triển khai Kế hoạch; theo dõi, đôn
đốc, kiểm tra tiến độ thực hiện.

**2. Viễn thông tỉnh, Viettel tỉnh, Bưu điện tỉnh**

Bảo đảm hạ tầng viễn thông; hỗ trợ người dân cài đặt, sử dụng dịch vụ công trực
tuyến.

**3. Tổ công nghệ số cộng đồng các xã, phường, đặc khu**

Hướng dẫn người dân kỹ năng số cơ bản, thanh toán không dùng tiền mặt.
""", [
    E("Sở Khoa học và Công nghệ", "execute"), E("Sở Khoa học và Công nghệ", "lead"),
    E("Sở Khoa học và Công nghệ", "monitor"),
    E("các sở, ban, ngành tỉnh", "coordinate"),
    E("Viễn thông tỉnh", "execute"), E("Viettel tỉnh", "execute"), E("Bưu điện tỉnh", "execute"),
    E("Tổ công nghệ số cộng đồng các xã, phường, đặc khu", "execute"),
])

# 20 election plan, bodies of HĐND / MTTQ, "Đề nghị Ban Thường trực ... chủ trì"
CASES["20"] = ("""**III. TỔ CHỨC THỰC HIỆN**

1. Thường trực Hội đồng nhân dân tỉnh chủ trì, phối hợp với Ủy ban nhân dân tỉnh và
Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh dự kiến cơ cấu, thành phần,
số lượng người được giới thiệu ứng cử đại biểu Hội đồng nhân dân tỉnh.

2. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì tổ chức
các hội nghị hiệp thương theo quy định của Luật Bầu cử.

3. Sở Nội vụ hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu về quy trình thành
lập các tổ chức phụ trách bầu cử; tổng hợp, báo cáo Thường trực Hội đồng nhân dân
tỉnh.
""", [
    E("Thường trực Hội đồng nhân dân tỉnh", "lead"),
    E("Thường trực Hội đồng nhân dân tỉnh", "execute", opt=True),
    E("Ủy ban nhân dân tỉnh", "coordinate"),
    E("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate"),
    E("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead"),
    E("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute", opt=True),
    E("Sở Nội vụ", "execute"),
    E("Thường trực Hội đồng nhân dân tỉnh", "report"),
])

# 21 closing paragraph: standing body + Văn phòng theo dõi, đôn đốc, báo cáo Chủ tịch
CASES["21"] = ("""**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Xây dựng**

Chủ trì triển khai các nhiệm vụ phát triển nhà ở xã hội; phối hợp với Sở Tài chính
tham mưu cơ chế ưu đãi cho chủ đầu tư.

**2. Ngân hàng Nhà nước Chi nhánh Khu vực 9**

Chỉ đạo các tổ chức tín dụng trên địa bàn triển khai gói tín dụng ưu đãi nhà ở xã
hội.

**3.** Sở Xây dựng là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn
đốc việc thực hiện Kế hoạch. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm theo dõi,
kiểm tra việc thực hiện, định kỳ báo cáo Chủ tịch Ủy ban nhân dân tỉnh.
""", [
    E("Sở Xây dựng", "execute"), E("Sở Xây dựng", "lead"), E("Sở Xây dựng", "monitor"),
    E("Sở Tài chính", "coordinate"),
    E("Sở Xây dựng", "coordinate", opt=True),
    E("Ngân hàng Nhà nước Chi nhánh Khu vực 9", "execute"),
    E("các tổ chức tín dụng trên địa bàn", "execute", opt=True),
    E("Văn phòng Ủy ban nhân dân tỉnh", "monitor"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "execute", opt=True),
    E("Chủ tịch Ủy ban nhân dân tỉnh", "report"),
])

# 22 "và" between names that contain "và"
CASES["22"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Giao Sở Văn hóa, Thể thao và Du lịch và Sở Giáo dục và Đào tạo tổ chức Hội thi
tìm hiểu lịch sử địa phương cho học sinh, sinh viên.

2. Sở Nông nghiệp và Môi trường và Sở Xây dựng hướng dẫn Ủy ban nhân dân các xã,
phường, đặc khu chỉnh trang cảnh quan môi trường.

3. Sở Dân tộc và Tôn giáo phối hợp với Sở Nội vụ và Sở Khoa học và Công nghệ rà soát
cơ sở dữ liệu về cơ sở tôn giáo.
""", [
    E("Sở Văn hóa, Thể thao và Du lịch", "execute"), E("Sở Giáo dục và Đào tạo", "execute"),
    E("Sở Nông nghiệp và Môi trường", "execute"), E("Sở Xây dựng", "execute"),
    E("Sở Dân tộc và Tôn giáo", "coordinate"), E("Sở Dân tộc và Tôn giáo", "execute", opt=True),
    E("Sở Nội vụ", "coordinate"), E("Sở Khoa học và Công nghệ", "coordinate"),
])

# 23 UBND abbreviations, a named đặc khu, "UBND cấp xã"
CASES["23"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Nông nghiệp và Môi trường**

Chủ trì hướng dẫn UBND các xã, phường, đặc khu triển khai phân loại chất thải rắn
sinh hoạt tại nguồn.

**2. UBND các xã, phường, đặc khu**

Tổ chức thu gom, vận chuyển chất thải; báo cáo kết quả về Sở Nông nghiệp và Môi
trường trước ngày 20/11 hằng năm.

**3. UBND đặc khu Hòn Mây**

Xây dựng phương án thu gom rác thải nhựa trên đảo và trên các tàu du lịch.
""", [
    E("Sở Nông nghiệp và Môi trường", "execute"), E("Sở Nông nghiệp và Môi trường", "lead"),
    E("UBND các xã, phường, đặc khu", "execute"),
    E("Sở Nông nghiệp và Môi trường", "report"),
    E("UBND đặc khu Hòn Mây", "execute"),
])

# 24 party committees after 2025 reform, "Đề nghị" headings
CASES["24"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Đề nghị Đảng ủy Ủy ban nhân dân tỉnh**

Lãnh đạo, chỉ đạo các tổ chức đảng trực thuộc quán triệt, triển khai Kế hoạch.

**2. Đề nghị Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh**

Chỉ đạo lực lượng vũ trang tỉnh tham gia bảo đảm an ninh, trật tự.

**3. Đề nghị Đảng ủy các cơ quan Đảng tỉnh**

Phối hợp tuyên truyền, phổ biến đến cán bộ, đảng viên.
""", [
    E("Đảng ủy Ủy ban nhân dân tỉnh", "execute"),
    E("Đảng ủy Công an tỉnh", "execute"), E("Đảng ủy Quân sự tỉnh", "execute"),
    E("Đảng ủy các cơ quan Đảng tỉnh", "execute"),
    E("Đảng ủy các cơ quan Đảng tỉnh", "coordinate", opt=True),
    E("lực lượng vũ trang tỉnh", "execute", opt=True),
])

# 25 banks and funds with lowercase parts of names as headings
CASES["25"] = ("""**V. TỔ CHỨC THỰC HIỆN**

**1. Ngân hàng Chính sách xã hội chi nhánh tỉnh**

Chủ trì giải ngân vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.

**2. Quỹ Hỗ trợ nông dân tỉnh**

Phối hợp với Hội Nông dân các xã, phường, đặc khu cho vay phát triển sản xuất.

**3. Quỹ Đầu tư phát triển tỉnh**

Ưu tiên cho vay các dự án nhà ở xã hội, hạ tầng nông thôn.
""", [
    E("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "execute"),
    E("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "lead"),
    E("Quỹ Hỗ trợ nông dân tỉnh", "execute"),
    E("Quỹ Hỗ trợ nông dân tỉnh", "coordinate", opt=True),
    E("Hội Nông dân các xã, phường, đặc khu", "coordinate"),
    E("Quỹ Đầu tư phát triển tỉnh", "execute"),
])

# 26 timetable with separate lead/coordinate columns, one cell a line, ceremony
CASES["26"] = ("""**III. THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN**

|
**Thời gian**
|
**Nội dung công việc**
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
|
Tháng 10/2026
|
Hướng dẫn các đơn vị tổng kết phong trào thi đua
|
Sở Nội vụ
|
Văn phòng Ủy ban nhân dân tỉnh
|
|
Tháng 11/2026
|
Tuyên truyền gương điển hình tiên tiến
|
Sở Văn hóa, Thể thao và Du lịch
|
Báo và Phát thanh, Truyền hình tỉnh; Cổng Thông tin điện tử tỉnh
|
|
Tháng 12/2026
|
Tổ chức Lễ tổng kết, trao tặng danh hiệu thi đua
|
Hội đồng Thi đua - Khen thưởng tỉnh
|
Sở Nội vụ; Sở Tài chính
|
""", [
    E("Sở Nội vụ", "lead"), E("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
    E("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "coordinate"), E("Cổng Thông tin điện tử tỉnh", "coordinate"),
    E("Hội đồng Thi đua - Khen thưởng tỉnh", "lead"),
    E("Sở Nội vụ", "coordinate"), E("Sở Tài chính", "coordinate"),
])

for k, (text, exp) in CASES.items():
    (D / f"{k}.txt").write_text(text, encoding="utf-8")
    (D / f"{k}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
