# Cases 41-50: text and expectation written together, before any run of the program on them.
import json, pathlib
D = pathlib.Path(__file__).parent / "cases"
def E(unit, role, alt=(), opt=False):
    d = {"unit": unit, "role": role}
    if alt: d["printed_as"] = list(alt)
    if opt: d["optional"] = True
    return d
CASES = {}

# 41 emulation blocs: Cụm, Khối thi đua and their heads
CASES["41"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ**

Hướng dẫn các Cụm, Khối thi đua tổ chức ký kết giao ước thi đua năm 2026; tổng hợp
kết quả chấm điểm, xếp hạng.

**2. Trưởng các Cụm, Khối thi đua của tỉnh**

Chủ trì tổ chức ký kết giao ước thi đua, chấm điểm, bình xét thi đua trong Cụm,
Khối; gửi kết quả về Sở Nội vụ trước ngày 10/12/2026.

**3. Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã
hội tỉnh**

Thống nhất nội dung, tiêu chí thi đua phù hợp với đặc thù của Khối.
""", [
    E("Sở Nội vụ", "execute"),
    E("Trưởng các Cụm, Khối thi đua của tỉnh", "execute"),
    E("Trưởng các Cụm, Khối thi đua của tỉnh", "lead"),
    E("Sở Nội vụ", "report"),
    E("Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh", "execute"),
])

# 42 closing paragraph with addressees after "Trên đây là"
CASES["42"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Nông nghiệp và Môi trường**

Chủ trì, theo dõi việc triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

**2. Sở Tài chính**

Bố trí kinh phí thực hiện Kế hoạch.

Trên đây là Kế hoạch phòng, chống thiên tai năm 2026 của Ủy ban nhân dân tỉnh. Yêu
cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường, đặc
khu nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng
mắc kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp, tham mưu Ủy ban
nhân dân tỉnh xem xét, chỉ đạo./.
""", [
    E("Sở Nông nghiệp và Môi trường", "execute"), E("Sở Nông nghiệp và Môi trường", "lead"),
    E("Sở Nông nghiệp và Môi trường", "monitor"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Sở Tài chính", "execute"),
    E("Thủ trưởng các sở, ban, ngành tỉnh", "execute"),
    E("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Nông nghiệp và Môi trường", "report"),
])

# 43 deeper numbering "4.1. Sở Nội vụ" under "4. Phân công nhiệm vụ", plain text
CASES["43"] = ("""III. TỔ CHỨC THỰC HIỆN
1. Thời gian thực hiện: từ tháng 01/2026 đến hết tháng 12/2026.
2. Kinh phí: từ nguồn ngân sách tỉnh năm 2026.
3. Phân công nhiệm vụ
3.1. Sở Nội vụ
Chủ trì tổ chức các lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ cấp xã.
3.2. Trường Chính trị tỉnh
Phối hợp với Sở Nội vụ biên soạn tài liệu, bố trí giảng viên.
3.3. Ủy ban nhân dân các xã, phường, đặc khu
Cử cán bộ, công chức tham gia đầy đủ các lớp bồi dưỡng.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "lead"),
    E("Trường Chính trị tỉnh", "execute"), E("Trường Chính trị tỉnh", "coordinate", opt=True),
    E("Sở Nội vụ", "coordinate"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
])

# 44 table header variants: "Cơ quan tham mưu" and "Cơ quan, đơn vị thực hiện"
CASES["44"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

| TT | Nhiệm vụ | Cơ quan tham mưu | Cơ quan, đơn vị thực hiện | Thời hạn |
|---|---|---|---|---|
| 1 | Ban hành Quy chế phối hợp quản lý cụm công nghiệp | Sở Công Thương | Ủy ban nhân dân các xã, phường, đặc khu | Quý I/2026 |
| 2 | Rà soát quy hoạch mạng lưới chợ | Sở Công Thương | Sở Xây dựng; Sở Tài chính | Quý II/2026 |
| 3 | Kiểm tra an toàn thực phẩm dịp Tết | Sở Y tế | Công an tỉnh; Ủy ban nhân dân các xã, phường, đặc khu | Tháng 01/2026 |
""", [
    E("Sở Công Thương", "lead"), E("Sở Y tế", "lead"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Xây dựng", "execute"), E("Sở Tài chính", "execute"), E("Công an tỉnh", "execute"),
])

# 45 the issuer as subject: "Ủy ban nhân dân tỉnh giao ..."
CASES["45"] = ("""**V. TỔ CHỨC THỰC HIỆN**

1. Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển
khai Kế hoạch; định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh.

2. Ủy ban nhân dân tỉnh giao Sở Tài chính cân đối, bố trí kinh phí thực hiện.
""", [
    E("Sở Y tế", "lead"), E("Bảo hiểm xã hội tỉnh", "coordinate"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Sở Tài chính", "execute"),
])

# 46 two subjects with monitor; office-holders with a shared tail "Chủ tịch, các Phó Chủ tịch UBND tỉnh"
CASES["46"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường, đặc khu tổ chức thực
hiện nghiêm Kế hoạch này.

2. Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ theo dõi, đôn đốc việc thực hiện; kịp
thời báo cáo Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh những nội dung phát
sinh.
""", [
    E("Các sở, ban, ngành tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "monitor"), E("Sở Nội vụ", "monitor"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "execute", opt=True), E("Sở Nội vụ", "execute", opt=True),
    E("Chủ tịch Ủy ban nhân dân tỉnh", "report", ["Chủ tịch"]),
    E("các Phó Chủ tịch Ủy ban nhân dân tỉnh", "report"),
])

# 47 headings that point back ("nêu tại ...") and a vague heading: nothing expected for them
CASES["47"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Giáo dục và Đào tạo**

Chủ trì triển khai Kế hoạch trong các cơ sở giáo dục; tổng hợp, báo cáo Ủy ban nhân
dân tỉnh.

**2. Các cơ quan, đơn vị nêu tại mục 1**

Căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết.

**3. Các cơ quan, đơn vị được phân công tại Phụ lục**

Chủ động bố trí nguồn lực thực hiện.
""", [
    E("Sở Giáo dục và Đào tạo", "execute"), E("Sở Giáo dục và Đào tạo", "lead"),
    E("Ủy ban nhân dân tỉnh", "report"),
])

# 48 "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" lines, with Báo và Phát thanh, Truyền hình tỉnh in the list
CASES["48"] = ("""**III. NỘI DUNG**

**1. Tổ chức Lễ phát động phong trào thi đua**

- Thời gian: tháng 01/2026.

- Đơn vị chủ trì: Sở Nội vụ.

- Đơn vị phối hợp: Văn phòng Ủy ban nhân dân tỉnh, Báo và Phát thanh, Truyền hình
tỉnh, Sở Văn hóa, Thể thao và Du lịch.

**2. Tổ chức Hội nghị điển hình tiên tiến**

- Thời gian: tháng 8/2026.

- Đơn vị chủ trì: Hội đồng Thi đua - Khen thưởng tỉnh.

- Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính.
""", [
    E("Sở Nội vụ", "lead"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "coordinate"),
    E("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
    E("Hội đồng Thi đua - Khen thưởng tỉnh", "lead"),
    E("Sở Nội vụ", "coordinate"), E("Sở Tài chính", "coordinate"),
])

# 49 one cell a line timetable with the unit cell hard-wrapped inside
CASES["49"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

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
Quán triệt Kế hoạch tới cán bộ, công chức,
viên chức
|
Các sở, ban, ngành tỉnh; Ủy ban nhân dân các
xã, phường, đặc khu
|
|
Tháng 3/2026
|
Tổ chức tuyên truyền trên các phương tiện
thông tin đại chúng
|
Sở Văn hóa, Thể thao và Du lịch; Báo và Phát
thanh, Truyền hình tỉnh
|
|
Tháng 6/2026
|
Sơ kết 6 tháng thực hiện Kế hoạch
|
Sở Nội vụ
|
""", [
    E("Các sở, ban, ngành tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Văn hóa, Thể thao và Du lịch", "execute"),
    E("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    E("Sở Nội vụ", "execute"),
])

# 50 "Giao X là cơ quan thường trực", "là đầu mối", in run-in
CASES["50"] = ("""**V. TỔ CHỨC THỰC HIỆN**

1. Giao Sở Dân tộc và Tôn giáo là cơ quan thường trực, chủ trì, phối hợp với các cơ
quan liên quan tổ chức thực hiện Kế hoạch; định kỳ hằng năm tổng hợp, báo cáo Ủy
ban nhân dân tỉnh, Bộ Dân tộc và Tôn giáo.

2. Giao Văn phòng Ủy ban nhân dân tỉnh là đầu mối theo dõi việc thực hiện các nhiệm
vụ được giao tại Kế hoạch này.
""", [
    E("Sở Dân tộc và Tôn giáo", "lead"),
    E("Ủy ban nhân dân tỉnh", "report"), E("Bộ Dân tộc và Tôn giáo", "report"),
    E("Văn phòng Ủy ban nhân dân tỉnh", "lead"), E("Văn phòng Ủy ban nhân dân tỉnh", "monitor"),
])

for k, (text, exp) in CASES.items():
    (D / f"{k}.txt").write_text(text, encoding="utf-8")
    (D / f"{k}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
