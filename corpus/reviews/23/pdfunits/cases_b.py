from common import U, prov_header, write

def ph(prov, num, date, title):
    return prov_header(["ỦY BAN NHÂN DÂN", f"TỈNH {prov.upper()}"], num, prov, date, "KẾ HOẠCH", [title])

TC = [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")]
OPEN = """I. MỤC ĐÍCH, YÊU CẦU
Triển khai kịp thời, đồng bộ, hiệu quả các nhiệm vụ được giao.
II. NHIỆM VỤ
Các nhiệm vụ trọng tâm theo lĩnh vực được phân công.
III. TỔ CHỨC THỰC HIỆN
"""

# 13 QĐ-TTg Điều 2 "Giao Bộ …", wrapped inside names
src = prov_header(["THỦ TƯỚNG CHÍNH PHỦ"], "655/QĐ-TTg", "Hà Nội", "ngày 17 tháng 4 năm 2026", "QUYẾT ĐỊNH",
    ["Phê duyệt Đề án phát triển nguồn nhân lực ngành đường sắt tốc độ cao đến năm 2035"]) + """
=THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
=QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển nguồn nhân lực ngành đường sắt tốc độ cao đến năm 2035.
Điều 2. Tổ chức thực hiện
1. Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Giáo dục và Đào tạo, Bộ Khoa học và Công nghệ, Bộ Tài chính tổ chức triển khai Đề án; theo dõi, đôn đốc, kiểm tra tình hình thực hiện, định kỳ hằng năm báo cáo Thủ tướng Chính phủ.
2. Giao Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Xây dựng xây dựng chương trình đào tạo kỹ sư đường sắt tốc độ cao; chỉ đạo các cơ sở giáo dục đại học mở ngành đào tạo.
3. Giao Bộ Tài chính bố trí kinh phí thực hiện Đề án trong dự toán chi thường xuyên của các bộ, cơ quan theo phân cấp ngân sách nhà nước hiện hành.
4. Giao Tổng công ty Đường sắt Việt Nam phối hợp với các cơ sở đào tạo tổ chức đào tạo, thực tập cho người học tại doanh nghiệp.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Bộ trưởng các Bộ: Xây dựng, Giáo dục và Đào tạo, Khoa học và Công nghệ, Tài chính, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
write(13, src, [
    U("Bộ Xây dựng", "lead"), U("Bộ Giáo dục và Đào tạo", "coordinate"), U("Bộ Khoa học và Công nghệ", "coordinate"),
    U("Bộ Tài chính", "coordinate"), U("Bộ Xây dựng", "monitor"), U("Thủ tướng Chính phủ", "report"),
    U("Bộ Xây dựng", "execute", opt=True),
    U("Bộ Giáo dục và Đào tạo", "lead"), U("Bộ Xây dựng", "coordinate"),
    U("Bộ Giáo dục và Đào tạo", "execute", opt=True),
    U("các cơ sở giáo dục đại học", "execute", opt=True),
    U("Bộ Tài chính", "execute"),
    U("Tổng công ty Đường sắt Việt Nam", "execute"), U("Tổng công ty Đường sắt Việt Nam", "coordinate"),
    U("Bộ trưởng Bộ Xây dựng", "execute"), U("Bộ trưởng Bộ Giáo dục và Đào tạo", "execute"),
    U("Bộ trưởng Bộ Khoa học và Công nghệ", "execute"), U("Bộ trưởng Bộ Tài chính", "execute"),
    U("Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam", "execute"),
], [], notes="Decision with no plan attached: no sections expected (Điều are not sections).")

# 14 Provincial task annex: merged lead cells printed once; header repeated after a page break
src = ph("Vân Hà", "301/KH-UBND", "ngày 04 tháng 8 năm 2026", "Thực hiện Đề án phát triển du lịch cộng đồng giai đoạn 2026 - 2030") + OPEN + """
1. Sở Văn hóa, Thể thao và Du lịch
Là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Các sở, ngành, địa phương
Thực hiện các nhiệm vụ được giao tại Phụ lục kèm theo.
@3
=PHỤ LỤC
=PHÂN CÔNG NHIỆM VỤ
|TT
|Nhiệm vụ
|Cơ quan chủ trì
|Cơ quan phối hợp
|Thời gian hoàn
|thành
|1
|Khảo sát, lựa chọn các
|điểm du lịch cộng đồng
|Sở Văn hóa, Thể
|thao và Du lịch
|Ủy ban nhân dân các xã
|có điểm du lịch
|Quý III/2026
|2
|Xây dựng bộ tiêu chí điểm
|du lịch cộng đồng
|Sở Nông nghiệp và Môi
|trường
|Năm 2026
|3
|Đào tạo kỹ năng làm du
|lịch cho hộ dân
|Trường Cao đẳng Văn hóa
|Nghệ thuật Vân Hà
|Hằng năm
@4
|TT
|Nhiệm vụ
|Cơ quan chủ trì
|Cơ quan phối hợp
|Thời gian hoàn
|thành
|4
|Hỗ trợ vốn vay phát triển
|homestay
|Ngân hàng Chính sách xã
|hội chi nhánh tỉnh
|Sở Tài chính
|2026 - 2030
|5
|Quảng bá điểm đến trên
|nền tảng số
|Sở Khoa học và Công
|nghệ; Báo và Phát thanh,
|Truyền hình Vân Hà
|Hằng năm
"""
write(14, src, [
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    U("Sở Văn hóa, Thể thao và Du lịch", "monitor"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Các sở, ngành, địa phương", "execute", opt=True),
    U("Ủy ban nhân dân các xã có điểm du lịch", "coordinate"),
    U("Sở Nông nghiệp và Môi trường", "coordinate"),
    U("Trường Cao đẳng Văn hóa Nghệ thuật Vân Hà", "coordinate"),
    U("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "lead"), U("Sở Tài chính", "coordinate"),
    U("Sở Khoa học và Công nghệ", "coordinate"), U("Báo và Phát thanh, Truyền hình Vân Hà", "coordinate"),
], TC, notes="Rows 2, 3 and 5 leave out the lead cell merged with the row above (Sở VHTTDL for 1-3; NHCSXH for 4-5); lead Sở VHTTDL is one pair.")

# 15 Central task annex: header cells wrapped, several bodies in one cell one per line
src = prov_header(["BỘ NỘI VỤ"], "402/QĐ-BNV", "Hà Nội", "ngày 22 tháng 5 năm 2026", "QUYẾT ĐỊNH",
    ["Ban hành Kế hoạch triển khai Luật Cán bộ, công chức năm 2025"]) + """
=BỘ TRƯỞNG BỘ NỘI VỤ
=QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Luật Cán bộ, công chức năm 2025.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Công chức - Viên chức, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Tiền lương và Bảo hiểm xã hội và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.
@2
=KẾ HOẠCH
=Triển khai Luật Cán bộ, công chức năm 2025
=(Kèm theo Quyết định số 402/QĐ-BNV ngày 22 tháng 5 năm 2026 của Bộ trưởng Bộ Nội vụ)
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm Luật được triển khai thống nhất, đồng bộ.
II. NỘI DUNG
Nhiệm vụ cụ thể tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Vụ Công chức - Viên chức là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.
=PHỤ LỤC
|STT
|Nội dung công việc
|Đơn vị chủ
|trì
|Đơn vị phối
|hợp
|Thời gian
|hoàn thành
|1
|Xây dựng Nghị định quy định
|về tuyển dụng, sử dụng và
|quản lý công chức
|Vụ Công chức -
|Viên chức
|Vụ Pháp chế;
|Vụ Tổ chức - Biên chế;
|Văn phòng Bộ
|Tháng 9/2026
|2
|Xây dựng Nghị định về chế
|độ tiền lương đối với cán
|bộ, công chức cấp xã
|Cục Tiền lương và
|Bảo hiểm xã hội
|Vụ Chính quyền địa
|phương,
|Vụ Kế hoạch - Tài chính
|Tháng 12/2026
|3
|Tập huấn, phổ biến nội dung
|Luật
|Trường Đào tạo, bồi
|dưỡng cán bộ, công
|chức ngành Nội vụ
|Trung tâm Thông tin
|Năm 2026
"""
write(15, src, [
    U("Chánh Văn phòng Bộ", "execute"), U("Vụ trưởng Vụ Công chức - Viên chức", "execute"),
    U("Vụ trưởng Vụ Pháp chế", "execute"), U("Cục trưởng Cục Tiền lương và Bảo hiểm xã hội", "execute"),
    U("Thủ trưởng các đơn vị thuộc Bộ", "execute"),
    U("Vụ Công chức - Viên chức", "lead"), U("Vụ Công chức - Viên chức", "monitor"),
    U("Vụ Công chức - Viên chức", "execute", opt=True),
    U("Vụ Pháp chế", "coordinate"), U("Vụ Tổ chức - Biên chế", "coordinate"), U("Văn phòng Bộ", "coordinate"),
    U("Cục Tiền lương và Bảo hiểm xã hội", "lead"),
    U("Vụ Chính quyền địa phương", "coordinate"), U("Vụ Kế hoạch - Tài chính", "coordinate"),
    U("Trường Đào tạo, bồi dưỡng cán bộ, công chức ngành Nội vụ", "lead"),
    U("Trung tâm Thông tin", "coordinate"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 16 Ward plan after the 2025 reform: the ward's offices
src = prov_header(["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN"], "42/KH-UBND", "Tân An", "ngày 08 tháng 4 năm 2026", "KẾ HOẠCH",
    ["Chỉnh trang đô thị, bảo đảm trật tự lòng đường, vỉa hè năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Lập lại trật tự lòng đường, vỉa hè; xây dựng tuyến phố văn minh.
II. NHIỆM VỤ
Ra quân xử lý lấn chiếm; vận động hộ kinh doanh ký cam kết.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế, Hạ tầng và Đô thị
Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân phường thành lập Tổ kiểm tra liên ngành; theo dõi, tổng hợp kết quả thực hiện.
2. Công an phường
Chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị tổ chức tuần tra, xử lý vi phạm trật tự đô thị.
3. Phòng Văn hóa - Xã hội
Tuyên truyền trên hệ thống loa truyền thanh phường; vận động hộ kinh doanh chấp hành quy định.
4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường
Bố trí kinh phí, phương tiện phục vụ các đợt ra quân; tổng hợp báo cáo Chủ tịch Ủy ban nhân dân phường.
5. Ban Chỉ huy Quân sự phường
Phối hợp với Công an phường tham gia các đợt ra quân khi có yêu cầu.
6. Trưởng các khu phố
Vận động hộ gia đình trên địa bàn ký cam kết không lấn chiếm vỉa hè; báo cáo về Phòng Kinh tế, Hạ tầng và Đô thị các trường hợp tái lấn chiếm.
"""
write(16, src, [
    U("Phòng Kinh tế, Hạ tầng và Đô thị", "execute"), U("Phòng Kinh tế, Hạ tầng và Đô thị", "lead"),
    U("Phòng Kinh tế, Hạ tầng và Đô thị", "monitor"),
    U("Công an phường", "execute"), U("Công an phường", "lead"),
    U("Phòng Kinh tế, Hạ tầng và Đô thị", "coordinate"),
    U("Phòng Văn hóa - Xã hội", "execute"),
    U("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "execute"),
    U("Chủ tịch Ủy ban nhân dân phường", "report"),
    U("Ban Chỉ huy Quân sự phường", "execute"), U("Ban Chỉ huy Quân sự phường", "coordinate", opt=True),
    U("Công an phường", "coordinate"),
    U("Trưởng các khu phố", "execute"), U("Phòng Kinh tế, Hạ tầng và Đô thị", "report"),
], TC)

# 17 NQ-CP with lettered unit headings under "2. Trách nhiệm của các bộ, cơ quan"; page number between
src = prov_header(["CHÍNH PHỦ"], "88/NQ-CP", "Hà Nội", "ngày 12 tháng 5 năm 2026", "NGHỊ QUYẾT",
    ["Về nhiệm vụ, giải pháp thúc đẩy phát triển nhà ở xã hội năm 2026"]) + """
=CHÍNH PHỦ
=QUYẾT NGHỊ:
I. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
Đẩy nhanh tiến độ các dự án nhà ở xã hội; tháo gỡ vướng mắc về đất đai, quy hoạch, nguồn vốn.
II. TỔ CHỨC THỰC HIỆN
1. Nhiệm vụ chung
Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương khẩn trương triển khai các nhiệm vụ tại Nghị quyết này.
2. Nhiệm vụ cụ thể
a) Bộ Xây dựng
Chủ trì hướng dẫn, kiểm tra các địa phương trong việc lựa chọn chủ đầu tư dự án nhà ở xã hội; tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2026.
b) Ngân hàng Nhà nước Việt Nam
@2
Chỉ đạo các tổ chức tín dụng đẩy mạnh giải ngân gói tín dụng ưu đãi cho nhà ở xã hội; phối hợp với Bộ Tài chính xử lý vướng mắc về nguồn vốn.
c) Bộ Nông nghiệp và Môi trường
Hướng dẫn các địa phương bố trí quỹ đất cho nhà ở xã hội; phối hợp với Bộ Xây dựng rà soát quy hoạch sử dụng đất.
d) Ngân hàng Chính sách xã hội
Cho vay mua, thuê mua nhà ở xã hội theo quy định; báo cáo kết quả giải ngân về Ngân hàng Nhà nước Việt Nam.
"""
write(17, src, [
    U("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "execute"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ Xây dựng", "execute"), U("Bộ Xây dựng", "lead"), U("Bộ Xây dựng", "monitor"),
    U("Thủ tướng Chính phủ", "report"),
    U("Ngân hàng Nhà nước Việt Nam", "execute"), U("Bộ Tài chính", "coordinate"),
    U("Ngân hàng Nhà nước Việt Nam", "coordinate", opt=True),
    U("các tổ chức tín dụng", "execute", opt=True),
    U("Bộ Nông nghiệp và Môi trường", "execute"), U("Bộ Xây dựng", "coordinate"),
    U("Bộ Nông nghiệp và Môi trường", "coordinate", opt=True),
    U("Ngân hàng Chính sách xã hội", "execute"), U("Ngân hàng Nhà nước Việt Nam", "report"),
], [("I", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("II", "TỔ CHỨC THỰC HIỆN")])

# 18 A department plan (Sở Y tế) for its divisions and subordinate units
src = prov_header(["UBND TỈNH ĐÔNG SƠN", "SỞ Y TẾ"], "315/KH-SYT", "Đông Sơn", "ngày 03 tháng 6 năm 2026", "KẾ HOẠCH",
    ["Phòng, chống dịch sốt xuất huyết năm 2026"]) + OPEN + """
1. Phòng Nghiệp vụ Y - Dược
Là đầu mối tham mưu Giám đốc Sở chỉ đạo công tác phòng, chống dịch; kiểm tra công tác thu dung, điều trị tại các bệnh viện.
2. Trung tâm Kiểm soát bệnh tật tỉnh
Chủ trì giám sát dịch tễ, xử lý ổ dịch; phối hợp với Trạm Y tế các xã, phường tổ chức các chiến dịch diệt lăng quăng; báo cáo tình hình dịch về Sở Y tế (qua Phòng Nghiệp vụ Y - Dược) trước 16 giờ thứ Sáu hằng tuần.
3. Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi tỉnh
Chuẩn bị giường bệnh, thuốc, vật tư; tiếp nhận, điều trị bệnh nhân nặng.
4. Phòng Kế hoạch - Tài chính
Tham mưu bố trí kinh phí mua hóa chất, vật tư phòng, chống dịch.
5. Trạm Y tế các xã, phường
Tham mưu Ủy ban nhân dân cấp xã tổ chức chiến dịch vệ sinh môi trường; giám sát ca bệnh tại cộng đồng.
"""
write(18, src, [
    U("Phòng Nghiệp vụ Y - Dược", "execute"), U("Phòng Nghiệp vụ Y - Dược", "lead"), U("Phòng Nghiệp vụ Y - Dược", "monitor"),
    U("Trung tâm Kiểm soát bệnh tật tỉnh", "execute"), U("Trung tâm Kiểm soát bệnh tật tỉnh", "lead"),
    U("Trạm Y tế các xã, phường", "coordinate"),
    U("Trung tâm Kiểm soát bệnh tật tỉnh", "coordinate", opt=True),
    U("Phòng Nghiệp vụ Y - Dược", "report"), U("Sở Y tế", "report", opt=True),
    U("Trung tâm Kiểm soát bệnh tật tỉnh", "monitor", opt=True),
    U("Bệnh viện Đa khoa tỉnh", "execute"), U("Bệnh viện Nhi tỉnh", "execute"),
    U("Phòng Kế hoạch - Tài chính", "execute"), U("Phòng Kế hoạch - Tài chính", "lead"),
    U("Trạm Y tế các xã, phường", "execute"), U("Trạm Y tế các xã, phường", "lead"),
    U("Trạm Y tế các xã, phường", "monitor", opt=True),
], TC)
