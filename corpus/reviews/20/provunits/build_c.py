# Cases 27-40: text and expectation written together, before any run of the program.
import json, pathlib
D = pathlib.Path(__file__).parent / "cases"
def E(unit, role, alt=(), opt=False):
    d = {"unit": unit, "role": role}
    if alt: d["printed_as"] = list(alt)
    if opt: d["optional"] = True
    return d
CASES = {}

# 27 heading with a dash and the standing role: "Sở Nội vụ - cơ quan thường trực ..."
CASES["27"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ - Cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh**

Hướng dẫn, theo dõi, đôn đốc việc tổ chức phong trào thi đua; tham mưu sơ kết, tổng
kết, khen thưởng.

**2. Sở Tài chính**

Tham mưu bố trí kinh phí khen thưởng; hướng dẫn thanh quyết toán theo quy định.

**3. Các thành viên Hội đồng Thi đua - Khen thưởng tỉnh**

Theo dõi, kiểm tra việc tổ chức phong trào thi đua tại các cơ quan, đơn vị, địa
phương được phân công phụ trách.
""", [
    E("Sở Nội vụ", "execute", ["Sở Nội vụ - Cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh"]),
    E("Sở Nội vụ", "lead", ["Sở Nội vụ - Cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh"]),
    E("Sở Nội vụ", "monitor", ["Sở Nội vụ - Cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh"]),
    E("Sở Tài chính", "execute"), E("Sở Tài chính", "lead"),
    E("Các thành viên Hội đồng Thi đua - Khen thưởng tỉnh", "execute"),
    E("Các thành viên Hội đồng Thi đua - Khen thưởng tỉnh", "monitor"),
])

# 28 "Trách nhiệm của ..." headings, several levels, class heading
CASES["28"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Trách nhiệm của Sở Nội vụ**

a) Chủ trì tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch.

b) Kiểm tra, đôn đốc các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu
thực hiện chế độ báo cáo.

**2. Trách nhiệm của các sở, ban, ngành, đơn vị cấp tỉnh**

Cập nhật đầy đủ dữ liệu cán bộ, công chức, viên chức vào Cơ sở dữ liệu quốc gia về
cán bộ, công chức, viên chức.

**3. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu**

Rà soát, chuẩn hóa dữ liệu cán bộ, công chức cấp xã; gửi kết quả về Sở Nội vụ.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "lead"), E("Sở Nội vụ", "monitor"),
    E("các sở, ban, ngành, đơn vị cấp tỉnh", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Nội vụ", "report"),
])

# 29 "Giao" three armed bodies; Ban Chỉ huy Phòng thủ khu vực
CASES["29"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Giao Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh theo
chức năng, nhiệm vụ xây dựng phương án bảo đảm an ninh, trật tự dịp Tết Nguyên đán.

2. Bộ Chỉ huy quân sự tỉnh chỉ đạo Ban Chỉ huy Phòng thủ khu vực 1, Ban Chỉ huy
Phòng thủ khu vực 2 duy trì nghiêm chế độ trực sẵn sàng chiến đấu.

3. Công an tỉnh tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân
tỉnh.
""", [
    E("Công an tỉnh", "execute"), E("Bộ Chỉ huy quân sự tỉnh", "execute"),
    E("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "execute"),
    E("Ban Chỉ huy Phòng thủ khu vực 1", "execute", opt=True),
    E("Ban Chỉ huy Phòng thủ khu vực 2", "execute", opt=True),
    E("Ban Thường vụ Tỉnh ủy", "report"), E("Ủy ban nhân dân tỉnh", "report"),
])

# 30 reversed parenthesis "Ban Thi đua - Khen thưởng (Sở Nội vụ)", Thường trực Hội đồng
CASES["30"] = ("""**III. TỔ CHỨC THỰC HIỆN**

**1. Thường trực Hội đồng Thi đua - Khen thưởng tỉnh**

Chỉ đạo, theo dõi, kiểm tra việc tổ chức phong trào thi đua trên địa bàn tỉnh.

**2. Ban Thi đua - Khen thưởng (Sở Nội vụ)**

Tham mưu Hội đồng Thi đua - Khen thưởng tỉnh hướng dẫn tổ chức phong trào; thẩm
định hồ sơ đề nghị khen thưởng; tổng hợp, báo cáo Thường trực Hội đồng.

**3. Hội đồng Thi đua - Khen thưởng các xã, phường, đặc khu**

Tổ chức phát động, xét khen thưởng theo thẩm quyền.
""", [
    E("Thường trực Hội đồng Thi đua - Khen thưởng tỉnh", "execute"),
    E("Thường trực Hội đồng Thi đua - Khen thưởng tỉnh", "monitor"),
    E("Ban Thi đua - Khen thưởng (Sở Nội vụ)", "execute", ["Ban Thi đua - Khen thưởng"]),
    E("Ban Thi đua - Khen thưởng (Sở Nội vụ)", "lead", ["Ban Thi đua - Khen thưởng"]),
    E("Thường trực Hội đồng", "report", ["Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"]),
    E("Hội đồng Thi đua - Khen thưởng các xã, phường, đặc khu", "execute"),
])

# 31 table with "Đơn vị thực hiện" in a content section (not TỔ CHỨC THỰC HIỆN)
CASES["31"] = ("""**II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN**

| STT | Nội dung | Thời gian | Đơn vị thực hiện |
|---|---|---|---|
| 1 | Tổ chức Hội nghị trực tuyến quán triệt Luật Dữ liệu | Tháng 01/2026 | Sở Khoa học và Công nghệ |
| 2 | Tập huấn kỹ năng khai thác dữ liệu cho công chức cấp xã | Quý II/2026 | Trung tâm Công nghệ thông tin và Truyền thông tỉnh |
| 3 | Kiểm tra việc kết nối, chia sẻ dữ liệu | Quý III/2026 | Công an tỉnh, Sở Khoa học và Công nghệ |

**III. TỔ CHỨC THỰC HIỆN**

Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
""", [
    E("Sở Khoa học và Công nghệ", "execute"),
    E("Trung tâm Công nghệ thông tin và Truyền thông tỉnh", "execute"),
    E("Công an tỉnh", "execute"),
    E("Sở Khoa học và Công nghệ", "lead"), E("Sở Khoa học và Công nghệ", "monitor"),
])

# 32 bold run-in headings "**2. Sở Tài chính, Sở Nội vụ:** text"
CASES["32"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Y tế:** Chủ trì, hướng dẫn triển khai Kế hoạch; theo dõi, tổng hợp, báo cáo
Ủy ban nhân dân tỉnh.

**2. Sở Tài chính, Sở Nội vụ:** Theo chức năng, nhiệm vụ tham mưu bố trí kinh phí,
biên chế cho các trạm y tế.

**3. Công an tỉnh, Bộ Chỉ huy quân sự tỉnh:** Phối hợp với Sở Y tế bảo đảm lực
lượng, phương tiện khi có dịch bệnh.
""", [
    E("Sở Y tế", "execute"), E("Sở Y tế", "lead"), E("Sở Y tế", "monitor"),
    E("Ủy ban nhân dân tỉnh", "report"),
    E("Sở Tài chính", "execute"), E("Sở Nội vụ", "execute"),
    E("Sở Tài chính", "lead"), E("Sở Nội vụ", "lead"),
    E("Công an tỉnh", "execute"), E("Bộ Chỉ huy quân sự tỉnh", "execute"),
    E("Công an tỉnh", "coordinate", opt=True), E("Bộ Chỉ huy quân sự tỉnh", "coordinate", opt=True),
    E("Sở Y tế", "coordinate"),
])

# 33 "Các sở: Nội vụ, Tư pháp" inside a timetable cell, ordinary pipes
CASES["33"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

| Thời gian | Nội dung | Đơn vị thực hiện |
|---|---|---|
| Tháng 02/2026 | Rà soát thủ tục hành chính nội bộ | Các sở: Nội vụ, Tư pháp, Tài chính |
| Tháng 4/2026 | Công bố danh mục thủ tục hành chính được cắt giảm | Văn phòng Ủy ban nhân dân tỉnh |
| Tháng 6/2026 | Kiểm tra việc thực hiện | Sở Nội vụ |
""", [
    E("Sở Nội vụ", "execute", ["Nội vụ"]), E("Sở Tư pháp", "execute", ["Tư pháp"]),
    E("Sở Tài chính", "execute", ["Tài chính"]),
    E("Văn phòng Ủy ban nhân dân tỉnh", "execute"),
    E("Sở Nội vụ", "monitor", opt=True),
])

# 34 one cell a line, "Cơ quan thực hiện" cell with "(chủ trì)" marks
CASES["34"] = ("""**V. TỔ CHỨC THỰC HIỆN**

|
**TT**
|
**Nhiệm vụ**
|
**Cơ quan thực hiện**
|
**Thời gian**
|
|
1
|
Xây dựng Đề án sắp xếp đơn vị sự nghiệp công lập
|
Sở Nội vụ (chủ trì); Sở Tài chính
|
Quý I/2026
|
|
2
|
Đánh giá mức độ tự chủ tài chính của đơn vị sự nghiệp
|
Sở Tài chính (chủ trì); các sở quản lý ngành
|
Quý II/2026
|
""", [
    E("Sở Nội vụ", "lead"), E("Sở Tài chính", "coordinate"), E("Sở Tài chính", "lead"),
    E("Sở Tài chính", "execute", opt=True), E("Sở Nội vụ", "execute", opt=True),
    E("các sở quản lý ngành", "coordinate", opt=True), E("các sở quản lý ngành", "execute", opt=True),
])

# 35 "- Các sở, ngành:" with "+ Sở X: ..." sub-bullets
CASES["35"] = ("""IV. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành:
+ Sở Y tế: chỉ đạo các cơ sở khám bệnh, chữa bệnh bảo đảm thuốc, vật tư y tế.
+ Sở Công Thương: bảo đảm nguồn cung hàng hóa thiết yếu, bình ổn giá dịp Tết.
+ Sở Xây dựng: bảo đảm an toàn giao thông, tăng cường phương tiện vận tải.
2. Ủy ban nhân dân các xã, phường, đặc khu: chăm lo Tết cho các gia đình chính
sách, hộ nghèo; báo cáo kết quả về Sở Nội vụ trước ngày 25/02/2026.
""", [
    E("Các sở, ngành", "execute", opt=True),
    E("Sở Y tế", "execute"), E("Sở Công Thương", "execute"), E("Sở Xây dựng", "execute"),
    E("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    E("Sở Nội vụ", "report"),
])

# 36 office-holders after "Giao"
CASES["36"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

1. Giao Giám đốc Sở Nội vụ, Chánh Thanh tra tỉnh tổ chức kiểm tra công vụ đột xuất
tại các cơ quan, đơn vị có nhiều phản ánh, kiến nghị.

2. Giao Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm về kỷ luật,
kỷ cương hành chính tại địa phương.
""", [
    E("Giám đốc Sở Nội vụ", "execute"), E("Chánh Thanh tra tỉnh", "execute"),
    E("Giám đốc Sở Nội vụ", "monitor"), E("Chánh Thanh tra tỉnh", "monitor"),
    E("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
])

# 37 "Đề nghị Ủy ban MTTQ ... giám sát" as monitor, short form MTTQ
CASES["37"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Nông nghiệp và Môi trường**

Chủ trì triển khai Kế hoạch; hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu thực
hiện bồi thường, hỗ trợ, tái định cư.

**2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội**

Giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư; tuyên truyền, vận
động người dân chấp hành.
""", [
    E("Sở Nông nghiệp và Môi trường", "execute"), E("Sở Nông nghiệp và Môi trường", "lead"),
    E("Ủy ban MTTQ Việt Nam tỉnh", "execute"), E("Ủy ban MTTQ Việt Nam tỉnh", "monitor"),
    E("các tổ chức chính trị - xã hội", "execute"), E("các tổ chức chính trị - xã hội", "monitor"),
])

# 38 "X phối hợp với Y", "phối hợp chặt chẽ với", "phối hợp cùng"
CASES["38"] = ("""**V. TỔ CHỨC THỰC HIỆN**

1. Sở Giáo dục và Đào tạo phối hợp với Tỉnh Đoàn tổ chức Hội trại tuổi trẻ sáng tạo
cho học sinh trung học phổ thông.

2. Sở Văn hóa, Thể thao và Du lịch phối hợp chặt chẽ với Hội Liên hiệp Thanh niên
Việt Nam tỉnh tổ chức Ngày hội văn hóa thanh niên.

3. Liên đoàn Lao động tỉnh phối hợp cùng Sở Nội vụ tổ chức tuyên dương công nhân lao
động tiêu biểu.
""", [
    E("Sở Giáo dục và Đào tạo", "coordinate"), E("Tỉnh Đoàn", "coordinate"),
    E("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
    E("Hội Liên hiệp Thanh niên Việt Nam tỉnh", "coordinate"),
    E("Liên đoàn Lao động tỉnh", "coordinate"), E("Sở Nội vụ", "coordinate"),
    E("Sở Giáo dục và Đào tạo", "execute", opt=True),
    E("Sở Văn hóa, Thể thao và Du lịch", "execute", opt=True),
    E("Liên đoàn Lao động tỉnh", "execute", opt=True),
])

# 39 PHÂN CÔNG NHIỆM VỤ as level 2 under TỔ CHỨC THỰC HIỆN with a) b) bold-italic units and "Các đơn vị còn lại"
CASES["39"] = ("""**IV. TỔ CHỨC THỰC HIỆN**

**1. Phân công nhiệm vụ**

***a) Sở Nội vụ***

Chủ trì tổ chức tuyển dụng công chức cấp xã năm 2026 theo hình thức thi tuyển.

***b) Sở Khoa học và Công nghệ***

Bảo đảm hạ tầng thi trên máy vi tính; phối hợp với Sở Nội vụ xử lý sự cố kỹ thuật.

***c) Các cơ quan, đơn vị còn lại***

Thực hiện theo chức năng, nhiệm vụ.

**2. Kinh phí thực hiện**

Từ nguồn thu phí dự tuyển và ngân sách tỉnh.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "lead"),
    E("Sở Khoa học và Công nghệ", "execute"),
    E("Sở Khoa học và Công nghệ", "coordinate", opt=True),
    E("Sở Nội vụ", "coordinate"),
])

# 40 the same election unit names spelled with abbreviations in a heading, plus "cấp xã"
CASES["40"] = ("""**III. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ**

Hướng dẫn UBND cấp xã lập danh sách cử tri; theo dõi, tổng hợp tình hình, báo cáo
UBND tỉnh và Bộ Nội vụ theo quy định.

**2. Sở Tư pháp, Sở Dân tộc và Tôn giáo**

Phối hợp với Ủy ban MTTQ Việt Nam tỉnh tuyên truyền pháp luật về bầu cử đến đồng
bào dân tộc thiểu số, chức sắc, chức việc tôn giáo.

**3. UBND cấp xã**

Niêm yết danh sách cử tri; bảo đảm điều kiện cho các khu vực bỏ phiếu.
""", [
    E("Sở Nội vụ", "execute"), E("Sở Nội vụ", "monitor", opt=True),
    E("UBND tỉnh", "report"), E("Bộ Nội vụ", "report"),
    E("Sở Tư pháp", "execute"), E("Sở Dân tộc và Tôn giáo", "execute"),
    E("Sở Tư pháp", "coordinate", opt=True), E("Sở Dân tộc và Tôn giáo", "coordinate", opt=True),
    E("Ủy ban MTTQ Việt Nam tỉnh", "coordinate"),
    E("UBND cấp xã", "execute"),
])

for k, (text, exp) in CASES.items():
    (D / f"{k}.txt").write_text(text, encoding="utf-8")
    (D / f"{k}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
