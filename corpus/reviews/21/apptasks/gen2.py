# Cases 22-39 (executed inside gen.py, which gives case, L, C, E, … and the renderings).

# ---- 22: one-cell: a coordinate cell merged over rows 1-3 (left out of rows 2, 3) while the lead changes;
#      a group row of one cell only
b, u, s = std_body_tvpl("Bộ Y tế")
annex22 = """**PHỤ LỤC**

NHIỆM VỤ CỤ THỂ
*(Kèm theo Nghị quyết số 151/NQ-CP ngày 27 tháng 10 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    ["**Nhóm nhiệm vụ về y tế cơ sở**"],
    ["1", "Chuẩn hóa danh mục thuốc thiết yếu tại\ntrạm y tế", "Bộ Y tế", "Bảo hiểm xã hội Việt Nam;\nỦy ban nhân dân các tỉnh, thành\nphố trực thuộc trung ương", "Năm 2026", "Thông tư"],
    ["2", "Cơ chế chi trả dịch vụ y tế dự phòng", "Bộ Tài chính", "Quý IV/2026", "Nghị định"],
    ["3", "Đào tạo bác sĩ gia đình", "Bộ Giáo dục và Đào tạo", "2026 - 2030", "Chương trình đào tạo"],
    ["**Nhóm nhiệm vụ về dân số**"],
    ["4", "Chương trình điều chỉnh mức sinh phù hợp\ncác vùng", "Bộ Y tế", "Bộ Nội vụ; Trung ương Hội Liên hiệp\nPhụ nữ Việt Nam", "Năm 2027", "Quyết định của Thủ tướng\nChính phủ"],
])
case("22", nqcp_tvpl("151/NQ-CP", "Hà Nội, ngày 27 tháng 10 năm 2026", "VỀ CHĂM SÓC SỨC KHỎE NHÂN DÂN", b, annex22),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Y tế"), C("Bảo hiểm xã hội Việt Nam"), C("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
         L("Bộ Tài chính"), L("Bộ Giáo dục và Đào tạo"),
         C("Bộ Nội vụ"), C("Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
     ],
     sections=s, note="one-cell: coordinate cell merged over rows 1-3 (left out of rows 2, 3); one-cell group rows")

# ---- 23: prose aims of a Government programme, TVPL, hard-wrapped, 'a) Đến năm 2027:' labels
body23 = """**I. MỤC TIÊU**

**1. Mục tiêu tổng quát**

Phát triển khu vực kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế.

**2. Mục tiêu cụ thể**

a) Đến năm 2027:

- Có ít nhất 1,5 triệu doanh nghiệp hoạt động trong nền kinh tế.

- Tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt khoảng 10-12%/năm.

b) Đến năm 2030:

- Có tối thiểu 3.000 doanh nghiệp tư nhân tham gia chuỗi cung ứng toàn cầu.

- Năng suất lao động của khu vực kinh tế tư nhân tăng bình quân trên 8%/năm.

- Giảm 20% chi phí tuân thủ thủ tục hành chính của doanh nghiệp so với năm 2025.

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Bộ Tài chính chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình hành động; định kỳ hằng
năm tổng hợp, báo cáo Thủ tướng Chính phủ."""
case("23", nqcp_tvpl("156/NQ-CP", "Hà Nội, ngày 03 tháng 11 năm 2026", "VỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN", body23, ""),
     units=QD_DIEU3_UNITS + [L("Bộ Tài chính"), M("Bộ Tài chính"), R("Thủ tướng Chính phủ"), E("Bộ Tài chính", optional=True)],
     targets=[
         T(1.5, "triệu doanh nghiệp", ["doanh nghiệp", "hoạt động"], "2027"),
         T(10, "%", ["tăng trưởng", "kinh tế tư nhân"], "2027", until=12),
         T(3000, "doanh nghiệp", ["doanh nghiệp", "chuỗi cung ứng"], "2030"),
         T(8, "%", ["năng suất lao động"], "2030"),
         T(20, "%", ["chi phí tuân thủ", "thủ tục hành chính"], "2030"),
     ],
     sections=SEC3, note="aims under 'a) Đến năm 2027:' labels, TVPL; a range per year, 'triệu doanh nghiệp'")

# ---- 24: TCTH prose of a Government resolution: office-holders, 'Giao', 'Đề nghị', Văn phòng Chính phủ
body24 = """**I. MỤC TIÊU**

Tạo chuyển biến rõ nét trong cải thiện môi trường kinh doanh.

**II. NHIỆM VỤ, GIẢI PHÁP**

Các nhiệm vụ, giải pháp tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ
tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:

a) Trực tiếp chỉ đạo, chịu trách nhiệm trước Chính phủ, Thủ tướng Chính phủ về kết quả thực
hiện các nhiệm vụ được giao.

b) Định kỳ hằng quý, báo cáo kết quả thực hiện gửi Bộ Tài chính trước ngày 20 của tháng cuối
quý.

2. Giao Bộ Tài chính chủ trì, phối hợp với Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp
tình hình thực hiện, báo cáo Chính phủ tại phiên họp thường kỳ tháng cuối quý.

3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Phòng Thương mại và Công nghiệp Việt
Nam giám sát việc thực hiện Nghị quyết."""
case("24", nqcp_tvpl("160/NQ-CP", "Hà Nội, ngày 10 tháng 11 năm 2026",
                     "VỀ CẢI THIỆN MÔI TRƯỜNG KINH DOANH NĂM 2027", body24, "",
                     dieu3="Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ\nchịu trách nhiệm thi hành Nghị quyết này."),
     units=[
         E("Bộ trưởng", printed_as=["Các Bộ trưởng"]), E("Thủ trưởng cơ quan ngang bộ"), E("Thủ trưởng cơ quan thuộc Chính phủ"),
         E("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
         R("Bộ Tài chính"), L("Bộ Tài chính"), C("Văn phòng Chính phủ"), M("Bộ Tài chính"), R("Chính phủ"),
         M("Văn phòng Chính phủ", optional=True),
         E("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), E("Phòng Thương mại và Công nghiệp Việt Nam"),
         M("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), M("Phòng Thương mại và Công nghiệp Việt Nam"),
     ],
     sections=[("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="central office-holders as an item heading over a) b); Giao … chủ trì, phối hợp; Đề nghị … giám sát")

# ---- 25: Ministry of Public Security plan (KH-BCA), TVPL prose with its departments
text25 = tvpl_header("BỘ CÔNG AN", "", "245/KH-BCA-A05", "Hà Nội, ngày 12 tháng 5 năm 2026") + """

**KẾ HOẠCH**

Triển khai công tác bảo đảm an ninh mạng năm 2026

Thực hiện Chỉ thị số 18/CT-TTg ngày 20/3/2026 của Thủ tướng Chính phủ về tăng cường bảo
đảm an ninh mạng, Bộ Công an ban hành Kế hoạch triển khai như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm an ninh mạng cho các hệ thống thông tin quan trọng về an ninh quốc gia; 100% hệ
thống thông tin quan trọng về an ninh quốc gia được kiểm tra, đánh giá an ninh mạng trong
năm 2026.

**II. NHIỆM VỤ**

1. Rà soát, thống kê hệ thống thông tin quan trọng về an ninh quốc gia.

2. Tổ chức diễn tập ứng phó sự cố an ninh mạng.

**III. TỔ CHỨC THỰC HIỆN**

1. Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao là đơn vị thường trực,
chủ trì, phối hợp với Cục Kỹ thuật nghiệp vụ hướng dẫn, kiểm tra việc thực hiện Kế hoạch;
tổng hợp kết quả, báo cáo Lãnh đạo Bộ.

2. Học viện An ninh nhân dân phối hợp với Cục An ninh mạng và phòng, chống tội phạm sử dụng
công nghệ cao tổ chức bồi dưỡng kiến thức an ninh mạng cho cán bộ.

3. Công an các tỉnh, thành phố trực thuộc trung ương triển khai Kế hoạch tại địa phương;
báo cáo kết quả về Bộ Công an (qua Cục An ninh mạng và phòng, chống tội phạm sử dụng công
nghệ cao) trước ngày 30/11/2026.

|
***Nơi nhận:***
- Đồng chí Bộ trưởng (để b/c);
- Các đơn vị trực thuộc Bộ;
- Lưu: VT, A05.
|
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**Thượng tướng Hồ Văn Tường**
|
"""
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
case("25", text25,
     units=[
         L(A05), E(A05, optional=True), M(A05), C("Cục Kỹ thuật nghiệp vụ"), R("Lãnh đạo Bộ"),
         C("Học viện An ninh nhân dân"), C(A05),
         E("Công an các tỉnh, thành phố trực thuộc trung ương"), R("Bộ Công an"), R(A05),
     ],
     targets=[T(100, "%", ["hệ thống thông tin quan trọng", "kiểm tra"], "2026")],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="ministry plan, a Cục whose name holds a comma and lowercase words, prose roles")

# ---- 26: pipes: Roman group rows, 1.1 numbering, 'Các bộ, ngành, địa phương' as a lead alone
b, u, s = std_body_tvpl("Bộ Nội vụ")
annex26 = """**PHỤ LỤC**

DANH MỤC NHIỆM VỤ
*(Kèm theo Nghị quyết số 163/NQ-CP ngày 17 tháng 11 năm 2026 của Chính phủ)*

""" + pipes([
    HDR6,
    ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""],
    ["1.1", "Rà soát văn bản quy phạm pháp luật về phân cấp, phân quyền", "Các bộ, ngành, địa phương", "Bộ Tư pháp", "Năm 2026", "Báo cáo rà soát"],
    ["1.2", "Sửa đổi Nghị định về vị trí việc làm", "Bộ Nội vụ", "Bộ Tài chính, Bộ Tư pháp, các bộ, ngành, địa phương", "Quý III/2026", "Nghị định"],
    ["II", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", ""],
    ["2.1", "Hoàn thiện cơ chế tự chủ của đơn vị sự nghiệp công lập", "Bộ Tài chính", "Bộ Nội vụ; Bộ Y tế; Bộ Giáo dục và Đào tạo", "Năm 2027", "Nghị định"],
])
case("26", nqcp_tvpl("163/NQ-CP", "Hà Nội, ngày 17 tháng 11 năm 2026", "VỀ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC", b, annex26),
     units=QD_DIEU3_UNITS + u + [
         L("Các bộ, ngành, địa phương", optional=True), C("Bộ Tư pháp"),
         L("Bộ Nội vụ"), C("Bộ Tài chính"), C("các bộ, ngành, địa phương", optional=True),
         L("Bộ Tài chính"), C("Bộ Nội vụ"), C("Bộ Y tế"), C("Bộ Giáo dục và Đào tạo"),
     ],
     sections=s, note="pipes with plain (not bold) Roman group rows in capitals and 1.1 numbering")

# ---- 27: pipes: bodies one per <br> line without punctuation, a merged lead written blank
b, u, s = std_body_tvpl("Bộ Y tế")
annex27 = """**PHỤ LỤC**

NHIỆM VỤ CỦA CÁC BỘ, NGÀNH
*(Kèm theo Nghị quyết số 166/NQ-CP ngày 24 tháng 11 năm 2026 của Chính phủ)*

""" + pipes([
    HDR6,
    ["1", "Mở rộng danh mục dịch vụ kỹ thuật do quỹ bảo hiểm y tế chi trả", "Bộ Y tế", "Bộ Tài chính\nBảo hiểm xã hội Việt Nam", "Năm 2026", "Thông tư"],
    ["2", "Liên thông dữ liệu khám bệnh, chữa bệnh với cơ sở dữ liệu quốc gia về dân cư", "", "Bộ Công an\nBảo hiểm xã hội Việt Nam\nỦy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Năm 2027", "Dữ liệu được kết nối"],
    ["3", "Phát triển bảo hiểm y tế hộ gia đình", "Bảo hiểm xã hội Việt Nam", "Bộ Y tế\nBộ Tài chính", "Hằng năm", "Báo cáo"],
])
case("27", nqcp_tvpl("166/NQ-CP", "Hà Nội, ngày 24 tháng 11 năm 2026", "VỀ BẢO HIỂM Y TẾ TOÀN DÂN", b, annex27),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Y tế"), C("Bộ Tài chính"), C("Bảo hiểm xã hội Việt Nam"), C("Bộ Công an"),
         C("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
         L("Bảo hiểm xã hội Việt Nam"), C("Bộ Y tế"),
     ],
     sections=s, note="pipes: one body per <br> line without punctuation; a merged lead cell written blank")

# ---- 28: office-holders in the unit cells
b, u, s = std_body_tvpl("Bộ Xây dựng")
annex28 = """**PHỤ LỤC**

PHÂN CÔNG NHIỆM VỤ
*(Kèm theo Quyết định số 1650/QĐ-TTg ngày 01 tháng 12 năm 2026 của Thủ tướng Chính phủ)*

""" + onecell([
    ["STT", "Nhiệm vụ", "Người chịu trách nhiệm\nchủ trì", "Cơ quan phối hợp", "Thời hạn"],
    ["1", "Hoàn thành giải phóng mặt bằng tuyến\nđường sắt tốc độ cao", "Chủ tịch Ủy ban nhân dân các tỉnh\ncó tuyến đi qua", "Bộ Xây dựng; Bộ Nông nghiệp và Môi\ntrường", "Quý II/2027"],
    ["2", "Phê duyệt báo cáo nghiên cứu khả thi dự\nán", "Bộ trưởng Bộ Xây dựng", "Bộ Tài chính", "Quý IV/2026"],
    ["3", "Bố trí đủ vốn cho dự án", "Bộ trưởng Bộ Tài chính", "Bộ Xây dựng", "Hằng năm"],
])
case("28", qdttg_tvpl("1650/QĐ-TTg", "Hà Nội, ngày 01 tháng 12 năm 2026",
                      "TRIỂN KHAI DỰ ÁN ĐƯỜNG SẮT TỐC ĐỘ CAO TRÊN TRỤC BẮC - NAM", b, annex28),
     units=QD_DIEU3_UNITS + [dict(x) for x in u] + [
         L("Chủ tịch Ủy ban nhân dân các tỉnh có tuyến đi qua"), C("Bộ Xây dựng"), C("Bộ Nông nghiệp và Môi trường"),
         L("Bộ trưởng Bộ Xây dựng"), C("Bộ Tài chính"), L("Bộ trưởng Bộ Tài chính"),
     ],
     sections=s, note="'Người chịu trách nhiệm chủ trì' column holding office-holders")

# ---- 29: repository markdown: the annex split by '### A.' sub-headings, a small table under each
body29 = """## I. MỤC TIÊU

Nâng cao năng lực cạnh tranh của ngành du lịch; đến năm 2030 đón 35 triệu lượt khách quốc tế.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Các nhiệm vụ theo từng lĩnh vực tại Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

Bộ Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
H5 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
annex29 = """# PHỤ LỤC

## NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC

### A. Xúc tiến, quảng bá du lịch

""" + pipes([H5,
             ["1", "Tổ chức chương trình quảng bá du lịch tại các thị trường trọng điểm", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao; Vietnam Airlines", "Hằng năm"],
             ["2", "Xây dựng nền tảng dữ liệu du lịch quốc gia", "Cục Du lịch Quốc gia Việt Nam", "Bộ Công an", "Năm 2027"]]) + """

### B. Thị thực và xuất nhập cảnh

""" + pipes([H5,
             ["3", "Mở rộng danh sách nước được miễn thị thực", "Bộ Công an", "Bộ Ngoại giao; Bộ Văn hóa, Thể thao và Du lịch", "Năm 2026"]]) + """

### C. Hạ tầng du lịch

""" + pipes([H5,
             ["4", "Nâng cấp các cảng hàng không phục vụ du lịch", "Bộ Xây dựng", "Tổng công ty Cảng hàng không Việt Nam", "2026 - 2030"]])
case("29", nqcp_repo("170/NQ-CP", "Hà Nội, ngày 08 tháng 12 năm 2026", "VỀ PHÁT TRIỂN DU LỊCH", body29, annex29),
     units=QD_DIEU3_UNITS + [
         L("Bộ Văn hóa, Thể thao và Du lịch"), M("Bộ Văn hóa, Thể thao và Du lịch"), R("Thủ tướng Chính phủ"),
         E("Bộ Văn hóa, Thể thao và Du lịch", optional=True),
         C("Bộ Ngoại giao"), C("Vietnam Airlines"), L("Cục Du lịch Quốc gia Việt Nam"), C("Bộ Công an"),
         L("Bộ Công an"), C("Bộ Văn hóa, Thể thao và Du lịch"),
         L("Bộ Xây dựng"), C("Tổng công ty Cảng hàng không Việt Nam"),
     ],
     targets=[T(35, "triệu lượt khách quốc tế", ["khách quốc tế"], "2030")],
     sections=SEC3, note="annex split by '### A.' headings, one small table under each")

# ---- 30: repository markdown: a table of aims with a 'Cơ quan chủ trì theo dõi' column
body30 = """## I. MỤC TIÊU

### 1. Mục tiêu chung

Bảo đảm an sinh xã hội bền vững, không để ai bị bỏ lại phía sau.

### 2. Các chỉ tiêu chủ yếu

""" + pipes([
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 (ước)", "Năm 2027", "Năm 2030", "Cơ quan chủ trì theo dõi"],
    ["1", "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội", "%", "42", "50", "60", "Bảo hiểm xã hội Việt Nam"],
    ["2", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "3,2", "2,5", "1,5", "Bộ Nông nghiệp và Môi trường"],
    ["3", "Số người cao tuổi được hưởng trợ cấp xã hội", "Nghìn người", "2.100", "2.400", "2.800", "Bộ Y tế"],
]) + """

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Theo chức năng, nhiệm vụ, các bộ, ngành, địa phương thực hiện các giải pháp đã đề ra.

## III. TỔ CHỨC THỰC HIỆN

Bộ Nội vụ chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
case("30", nqcp_repo("175/NQ-CP", "Hà Nội, ngày 15 tháng 12 năm 2026", "VỀ AN SINH XÃ HỘI GIAI ĐOẠN 2026 - 2030", body30, ""),
     units=QD_DIEU3_UNITS + [
         L("Bộ Nội vụ"), M("Bộ Nội vụ"), R("Thủ tướng Chính phủ"), E("Bộ Nội vụ", optional=True),
         L("Bảo hiểm xã hội Việt Nam"), L("Bộ Nông nghiệp và Môi trường"), L("Bộ Y tế"),
         M("Bảo hiểm xã hội Việt Nam", optional=True), M("Bộ Nông nghiệp và Môi trường", optional=True), M("Bộ Y tế", optional=True),
     ],
     targets=[
         T(50, "%", ["lực lượng lao động", "bảo hiểm xã hội"], "2027"),
         T(60, "%", ["lực lượng lao động", "bảo hiểm xã hội"], "2030"),
         T(2.5, "%", ["hộ nghèo"], "2027"),
         T(1.5, "%", ["hộ nghèo"], "2030"),
         T(2400, "Nghìn người", ["người cao tuổi", "trợ cấp"], "2027"),
         T(2800, "Nghìn người", ["người cao tuổi", "trợ cấp"], "2030"),
         T(42, "%", ["lực lượng lao động"], "2025", kind="achieved", optional=True),
         T(3.2, "%", ["hộ nghèo"], "2025", kind="achieved", optional=True),
         T(2100, "Nghìn người", ["người cao tuổi"], "2025", kind="achieved", optional=True),
     ],
     sections=SEC3, note="table of aims with an estimate column and a 'Cơ quan chủ trì theo dõi' column")

# ---- 31: prose aims from a baseline, 'xuống còn', 'gấp 2 lần'
body31 = """## I. MỤC TIÊU

### 1. Mục tiêu tổng quát

Nâng cao chất lượng môi trường không khí tại các đô thị lớn.

### 2. Mục tiêu cụ thể đến năm 2030

- Nâng tỷ lệ phương tiện giao thông công cộng sử dụng năng lượng xanh từ 15% năm 2025 lên 50% vào năm 2030.
- Giảm số ngày có chỉ số chất lượng không khí ở mức kém từ 60 ngày/năm xuống còn dưới 30 ngày/năm tại các đô thị đặc biệt.
- Số trạm quan trắc không khí tự động tăng gấp 2 lần so với năm 2025.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Theo Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

Bộ Nông nghiệp và Môi trường chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
case("31", nqcp_repo("178/NQ-CP", "Hà Nội, ngày 22 tháng 12 năm 2026", "VỀ KIỂM SOÁT Ô NHIỄM KHÔNG KHÍ", body31, ""),
     units=QD_DIEU3_UNITS + [L("Bộ Nông nghiệp và Môi trường"), M("Bộ Nông nghiệp và Môi trường"),
                             R("Thủ tướng Chính phủ"), E("Bộ Nông nghiệp và Môi trường", optional=True)],
     targets=[
         T(50, "%", ["phương tiện giao thông công cộng", "năng lượng xanh"], "2030"),
         T(30, "ngày", ["số ngày", "không khí", "kém"], "2030"),
         T(2, "lần", ["trạm quan trắc không khí"], "2030"),
         T(15, "%", ["phương tiện"], "2025", kind="achieved", optional=True),
         T(60, "ngày", ["số ngày"], "2025", kind="achieved", optional=True),
     ],
     sections=SEC3, note="aims 'từ A năm 2025 lên B vào năm 2030', 'xuống còn dưới', 'gấp 2 lần'")

# ---- 32: State Bank decision, departments with commas
annex32 = """**PHỤ LỤC**

PHÂN CÔNG NHIỆM VỤ CHO CÁC ĐƠN VỊ THUỘC NGÂN HÀNG NHÀ NƯỚC
*(Kèm theo Quyết định số 1120/QĐ-NHNN ngày 08 tháng 6 năm 2026 của Thống đốc Ngân
hàng Nhà nước Việt Nam)*

""" + onecell([
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
    ["1", "Hướng dẫn phân loại nợ đối với khoản vay\nxanh", "Cục Quản lý, giám sát tổ chức tín\ndụng", "Vụ Chính sách tiền tệ; Vụ Pháp chế", "Quý III/2026"],
    ["2", "Giám sát giao dịch đáng ngờ liên quan đến\ntài sản số", "Cục Phòng, chống rửa tiền", "Cục Công nghệ thông tin; Vụ Thanh\ntoán", "Thường xuyên"],
    ["3", "Triển khai tín dụng xanh tại địa phương", "Ngân hàng Nhà nước chi nhánh Khu\nvực 1", "Các tổ chức tín dụng trên địa bàn", "Năm 2026"],
])
body32 = """**I. MỤC ĐÍCH, YÊU CẦU**

Triển khai hiệu quả chính sách tín dụng xanh của ngành Ngân hàng.

**II. NHIỆM VỤ CỤ THỂ**

Tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Vụ Tín dụng các ngành kinh tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp,
báo cáo Thống đốc."""
text32 = tvpl_header("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "", "1120/QĐ-NHNN", "Hà Nội, ngày 08 tháng 6 năm 2026") + """

**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH PHÁT TRIỂN TÍN DỤNG XANH CỦA NGÀNH NGÂN HÀNG NĂM 2026

**THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM**

*Theo đề nghị của Vụ trưởng Vụ Tín dụng các ngành kinh tế.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch phát triển tín dụng xanh của ngành Ngân
hàng năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng, Vụ trưởng Vụ Tín dụng các ngành kinh tế, Thủ trưởng các đơn vị
thuộc Ngân hàng Nhà nước, Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 1 - 15 chịu trách
nhiệm thi hành Quyết định này./.

|
**KT. THỐNG ĐỐC**
**PHÓ THỐNG ĐỐC**
**Đinh Quang Vĩnh**
|

**KẾ HOẠCH**

PHÁT TRIỂN TÍN DỤNG XANH CỦA NGÀNH NGÂN HÀNG NĂM 2026

""" + body32 + "\n\n" + annex32 + "\n"
case("32", text32,
     units=[
         E("Chánh Văn phòng"), E("Vụ trưởng Vụ Tín dụng các ngành kinh tế"),
         E("Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước"), E("Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 1 - 15"),
         L("Vụ Tín dụng các ngành kinh tế"), M("Vụ Tín dụng các ngành kinh tế"), R("Thống đốc"),
         L("Cục Quản lý, giám sát tổ chức tín dụng"), C("Vụ Chính sách tiền tệ"), C("Vụ Pháp chế"),
         L("Cục Phòng, chống rửa tiền"), C("Cục Công nghệ thông tin"), C("Vụ Thanh toán"),
         L("Ngân hàng Nhà nước chi nhánh Khu vực 1"), C("Các tổ chức tín dụng trên địa bàn"),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="State Bank departments with commas ('Cục Quản lý, giám sát …', 'Cục Phòng, chống rửa tiền')")

# ---- 33: ministry plan in repository markdown: ### headings naming the ministry's own units and provincial Sở
body33 = """# KẾ HOẠCH

## Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026

## I. MỤC TIÊU

Phấn đấu đến hết năm 2026 có thêm 300 xã đạt chuẩn nông thôn mới nâng cao.

## II. NHIỆM VỤ

Hướng dẫn, kiểm tra, giám sát việc thực hiện Chương trình tại các địa phương.

## III. TỔ CHỨC THỰC HIỆN

### 1. Văn phòng Điều phối nông thôn mới Trung ương

Là cơ quan thường trực, tham mưu Bộ trưởng chỉ đạo, điều hành; tổng hợp, báo cáo Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia.

### 2. Thanh tra Bộ

Kiểm tra việc quản lý, sử dụng vốn Chương trình tại một số địa phương.

### 3. Các Cục, Vụ, Viện thuộc Bộ

Theo chức năng, nhiệm vụ, hướng dẫn thực hiện các tiêu chí thuộc lĩnh vực quản lý.

### 4. Sở Nông nghiệp và Môi trường các tỉnh, thành phố

Tham mưu Ủy ban nhân dân cấp tỉnh triển khai Chương trình; báo cáo kết quả về Văn phòng Điều phối nông thôn mới Trung ương trước ngày 15/12/2026.
"""
text33 = repo_header("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "318/KH-BNNMT", "Hà Nội, ngày 19 tháng 1 năm 2026") + "\n\n" + body33
VP = "Văn phòng Điều phối nông thôn mới Trung ương"
case("33", text33,
     units=[
         E(VP), L(VP), R(VP), R("Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia"),
         E("Thanh tra Bộ"), M("Thanh tra Bộ", optional=True),
         E("Các Cục, Vụ, Viện thuộc Bộ"),
         E("Sở Nông nghiệp và Môi trường các tỉnh, thành phố"), L("Sở Nông nghiệp và Môi trường các tỉnh, thành phố"),
     ],
     targets=[T(300, "xã", ["xã", "nông thôn mới nâng cao"], "2026")],
     sections=[("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="ministry plan, repository markdown, '# KẾ HOẠCH' then '##' Romans, ### unit headings")

# ---- 34: office-holders of the Government: Phó Thủ tướng, Bộ trưởng Bộ X
body34 = """**I. MỤC TIÊU**

Hoàn thành các công trình trọng điểm quốc gia ngành giao thông đúng tiến độ.

**II. NHIỆM VỤ, GIẢI PHÁP**

Tập trung tháo gỡ vướng mắc về mặt bằng, vật liệu xây dựng và vốn.

**III. TỔ CHỨC THỰC HIỆN**

1. Phó Thủ tướng Chính phủ Lê Minh Đạo trực tiếp chỉ đạo, kiểm tra, đôn đốc việc thực hiện
Chương trình.

2. Bộ trưởng Bộ Xây dựng chịu trách nhiệm trước Thủ tướng Chính phủ về tiến độ các dự án;
định kỳ hằng tháng báo cáo Phó Thủ tướng Chính phủ Lê Minh Đạo.

3. Chủ tịch Ủy ban nhân dân các tỉnh có dự án đi qua chịu trách nhiệm hoàn thành giải phóng
mặt bằng trước ngày 30/6/2027."""
case("34", nqcp_tvpl("182/NQ-CP", "Hà Nội, ngày 28 tháng 12 năm 2026",
                     "VỀ ĐẨY NHANH TIẾN ĐỘ CÁC CÔNG TRÌNH GIAO THÔNG TRỌNG ĐIỂM", body34, ""),
     units=QD_DIEU3_UNITS + [
         E("Phó Thủ tướng Chính phủ Lê Minh Đạo"), M("Phó Thủ tướng Chính phủ Lê Minh Đạo"),
         E("Bộ trưởng Bộ Xây dựng"), R("Phó Thủ tướng Chính phủ Lê Minh Đạo"),
         E("Chủ tịch Ủy ban nhân dân các tỉnh có dự án đi qua"),
     ],
     sections=[("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="office-holders of the Government named with a person, as item subjects and report addressees")

# ---- 35: two annexes: tasks, and projects with 'Cơ quan chủ quản | Chủ đầu tư | Tổng mức đầu tư (tỷ đồng)'
b, u, s = std_body_tvpl("Bộ Xây dựng")
annex35 = """**PHỤ LỤC I**

NHIỆM VỤ CỤ THỂ
*(Kèm theo Quyết định số 1702/QĐ-TTg ngày 14 tháng 12 năm 2026 của Thủ tướng Chính phủ)*

""" + onecell([
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
    ["1", "Ban hành định mức kinh tế - kỹ thuật\nduy tu đường thủy nội địa", "Bộ Xây dựng", "Bộ Tài chính", "Năm 2027"],
]) + """

**PHỤ LỤC II**

DANH MỤC DỰ ÁN ƯU TIÊN ĐẦU TƯ
*(Kèm theo Quyết định số 1702/QĐ-TTg ngày 14 tháng 12 năm 2026 của Thủ tướng Chính phủ)*

""" + onecell([
    ["STT", "Tên dự án", "Cơ quan chủ quản", "Chủ đầu tư", "Tổng mức đầu tư\n(tỷ đồng)", "Thời gian thực hiện"],
    ["1", "Nạo vét luồng tàu sông Hậu giai đoạn 2", "Bộ Xây dựng", "Cục Đường thủy nội địa Việt Nam", "4.250", "2027 - 2029"],
    ["2", "Cảng cạn kết nối hành lang kinh tế phía\nBắc", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ban Quản lý dự án đầu tư xây dựng\ntỉnh Lạng Sơn", "1.870", "2027 - 2030"],
])
case("35", qdttg_tvpl("1702/QĐ-TTg", "Hà Nội, ngày 14 tháng 12 năm 2026",
                      "PHÁT TRIỂN GIAO THÔNG ĐƯỜNG THỦY NỘI ĐỊA ĐẾN NĂM 2030", b, annex35),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Xây dựng"), C("Bộ Tài chính"),
         L("Ủy ban nhân dân tỉnh Lạng Sơn"),
         E("Cục Đường thủy nội địa Việt Nam"), E("Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn"),
     ],
     targets=[],
     sections=s, note="a projects annex: 'Cơ quan chủ quản' (lead) and 'Chủ đầu tư' (execute) columns, an investment column of budgets")

# ---- 36: quantified products in the Sản phẩm column of a ministry's task table
annex36 = """**PHỤ LỤC**

NHIỆM VỤ BỒI DƯỠNG NĂM 2026
*(Kèm theo Quyết định số 905/QĐ-BNV ngày 03 tháng 4 năm 2026 của Bộ trưởng Bộ Nội vụ)*

""" + onecell([
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian"],
    ["1", "Bồi dưỡng kỹ năng số cho công chức cấp\nxã", "Học viện Hành chính và Quản trị\ncông", "Vụ Chính quyền địa phương", "Ít nhất 5.000 công chức cấp xã\nđược bồi dưỡng", "Quý II - Quý IV/2026"],
    ["2", "Biên soạn tài liệu bồi dưỡng về quản trị\nđịa phương", "Vụ Chính quyền địa phương", "Học viện Hành chính và Quản trị công", "03 bộ tài liệu", "Quý II/2026"],
    ["3", "Tổ chức lớp bồi dưỡng lãnh đạo cấp sở", "Vụ Đào tạo, bồi dưỡng cán bộ, công\nchức", "Sở Nội vụ các tỉnh, thành phố", "20 lớp bồi dưỡng", "Năm 2026"],
])
body36 = """**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao năng lực đội ngũ cán bộ, công chức chính quyền địa phương hai cấp.

**II. NHIỆM VỤ**

Tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Vụ Đào tạo, bồi dưỡng cán bộ, công chức là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện;
báo cáo Bộ trưởng kết quả trước ngày 15/12/2026."""
DTBD = "Vụ Đào tạo, bồi dưỡng cán bộ, công chức"
case("36", ministry_tvpl("BỘ NỘI VỤ", "Bộ Nội vụ", "905/QĐ-BNV", "Hà Nội, ngày 03 tháng 4 năm 2026",
                         "BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG NĂM 2026", body36, annex36,
                         "Chánh Văn phòng Bộ, Vụ trưởng Vụ Đào tạo, bồi dưỡng cán bộ, công chức, Thủ trưởng các\nđơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.",
                         proposer="Vụ trưởng Vụ Đào tạo, bồi dưỡng cán bộ, công chức"),
     units=[
         E("Chánh Văn phòng Bộ"), E("Vụ trưởng Vụ Đào tạo, bồi dưỡng cán bộ, công chức"), E("Thủ trưởng các đơn vị thuộc Bộ"),
         L(DTBD), M(DTBD), R("Bộ trưởng"),
         L("Học viện Hành chính và Quản trị công"), C("Vụ Chính quyền địa phương"),
         L("Vụ Chính quyền địa phương"), C("Học viện Hành chính và Quản trị công"),
         C("Sở Nội vụ các tỉnh, thành phố"),
     ],
     targets=[
         T(5000, "công chức cấp xã", ["công chức cấp xã", "bồi dưỡng"], "2026"),
         T(3, "bộ tài liệu", ["bộ tài liệu"], "2026"),
         T(20, "lớp bồi dưỡng", ["lớp bồi dưỡng"], "2026"),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="quantified products in a 'Sản phẩm' column; a Vụ whose name holds two commas")

# ---- 37: repository markdown table with '•' bullets and <br/> in cells, bold header cells
b37 = """## I. MỤC TIÊU

Bảo đảm an ninh lương thực quốc gia trong mọi tình huống.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Theo Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

Bộ Nông nghiệp và Môi trường chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
annex37 = """# PHỤ LỤC

""" + "\n".join([
    "| **STT** | **Nhiệm vụ** | **Cơ quan chủ trì** | **Cơ quan phối hợp** | **Thời gian hoàn thành** |",
    "|:---:|:---|:---|:---|:---:|",
    "| 1 | Quy hoạch vùng sản xuất lúa chất lượng cao | Bộ Nông nghiệp và Môi trường | • Bộ Tài chính<br/>• Bộ Công Thương<br/>• UBND các tỉnh vùng đồng bằng sông Cửu Long | 2026 |",
    "| 2 | Dự trữ quốc gia về lương thực | Bộ Tài chính | • Bộ Nông nghiệp và Môi trường<br/>• Bộ Quốc phòng | Hằng năm |",
    "| 3 | Kiểm soát xuất khẩu gạo trong tình huống khẩn cấp | Bộ Công Thương | • Bộ Nông nghiệp và Môi trường<br/>• Hiệp hội Lương thực Việt Nam | Khi có yêu cầu |",
])
case("37", nqcp_repo("186/NQ-CP", "Hà Nội, ngày 29 tháng 12 năm 2026", "VỀ BẢO ĐẢM AN NINH LƯƠNG THỰC QUỐC GIA", b37, annex37),
     units=QD_DIEU3_UNITS + [
         L("Bộ Nông nghiệp và Môi trường"), M("Bộ Nông nghiệp và Môi trường"), R("Thủ tướng Chính phủ"),
         E("Bộ Nông nghiệp và Môi trường", optional=True),
         C("Bộ Tài chính"), C("Bộ Công Thương"), C("UBND các tỉnh vùng đồng bằng sông Cửu Long"),
         L("Bộ Tài chính"), C("Bộ Nông nghiệp và Môi trường"), C("Bộ Quốc phòng"),
         L("Bộ Công Thương"), C("Hiệp hội Lương thực Việt Nam"),
     ],
     sections=SEC3, note="repository table: bold header cells, alignment row, '•' bullets joined by <br/>")

# ---- 38: Prime Minister's directive (Chỉ thị): tasks by body in prose, no Roman headings
text38 = tvpl_header("THỦ TƯỚNG CHÍNH PHỦ", "", "27/CT-TTg", "Hà Nội, ngày 06 tháng 10 năm 2026") + """

**CHỈ THỊ**

Về tăng cường phòng, chống buôn lậu xăng dầu

Thời gian qua, tình trạng buôn lậu xăng dầu qua biên giới diễn biến phức tạp. Để kịp thời ngăn
chặn, Thủ tướng Chính phủ yêu cầu:

1. Bộ Công an:

a) Chủ trì, phối hợp với Bộ Quốc phòng đấu tranh triệt phá các đường dây buôn lậu xăng dầu.

b) Định kỳ hằng quý báo cáo Thủ tướng Chính phủ kết quả thực hiện.

2. Bộ Quốc phòng chỉ đạo Bộ đội Biên phòng, Cảnh sát biển Việt Nam tăng cường tuần tra, kiểm
soát trên các tuyến biên giới.

3. Bộ Tài chính chỉ đạo Cục Hải quan kiểm soát chặt chẽ xăng dầu tạm nhập, tái xuất.

4. Đề nghị Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao đẩy nhanh tiến độ truy tố,
xét xử các vụ án buôn lậu xăng dầu.

5. Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả theo dõi, đôn đốc việc
thực hiện Chỉ thị này.

|
**THỦ TƯỚNG**
**Lâm Quốc Hùng**
|
"""
BCD389 = "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"
case("38", text38,
     units=[
         E("Bộ Công an"), L("Bộ Công an"), C("Bộ Quốc phòng"), R("Thủ tướng Chính phủ"),
         E("Bộ Quốc phòng"), E("Bộ đội Biên phòng", optional=True), E("Cảnh sát biển Việt Nam", optional=True),
         E("Bộ Tài chính"), E("Cục Hải quan", optional=True),
         E("Viện kiểm sát nhân dân tối cao"), E("Tòa án nhân dân tối cao"),
         M(BCD389), E(BCD389, optional=True),
     ],
     sections=[],
     note="Prime Minister's directive: numbered bodies, 'X chỉ đạo Y', 'Đề nghị', a Ban Chỉ đạo with commas")

# ---- 39: prose aims with measures that are not percentages
body39 = """**I. MỤC TIÊU**

**1. Mục tiêu tổng quát**

Nâng cao sức khỏe, tầm vóc và chất lượng cuộc sống của Nhân dân.

**2. Mục tiêu cụ thể đến năm 2030**

- Tuổi thọ trung bình đạt 75,5 tuổi.

- Đạt 19 bác sĩ trên 10.000 dân.

- Tỷ lệ hộ nghèo đa chiều giảm bình quân 1-1,5%/năm.

- Chiều cao trung bình của thanh niên 18 tuổi tăng thêm 1,5 cm so với năm 2025.

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Bộ Y tế chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình hành động; định kỳ hằng
năm tổng hợp, báo cáo Thủ tướng Chính phủ."""
case("39", nqcp_tvpl("190/NQ-CP", "Hà Nội, ngày 30 tháng 12 năm 2026", "VỀ NÂNG CAO SỨC KHỎE NHÂN DÂN", body39, ""),
     units=QD_DIEU3_UNITS + [L("Bộ Y tế"), M("Bộ Y tế"), R("Thủ tướng Chính phủ"), E("Bộ Y tế", optional=True)],
     targets=[
         T(75.5, "tuổi", ["tuổi thọ trung bình"], "2030"),
         T(19, "bác sĩ", ["bác sĩ", "10.000 dân"], "2030"),
         T(1, "%", ["hộ nghèo đa chiều"], "2030", until=1.5),
         T(1.5, "cm", ["chiều cao", "thanh niên"], "2030"),
     ],
     sections=SEC3, note="measures in years of age, doctors per 10,000, centimetres, a yearly range")
