from common import U, prov_header, write
from cases_b import ph, TC, OPEN

# 27 Central annex: partner cells with ";", a row split by a page break, header repeated
src = prov_header(["CHÍNH PHỦ"], "102/NQ-CP", "Hà Nội", "ngày 02 tháng 7 năm 2026", "NGHỊ QUYẾT",
    ["Ban hành Chương trình hành động thực hiện Chiến lược phát triển kinh tế số"]) + """
=QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động thực hiện Chiến lược phát triển kinh tế số.
=CHƯƠNG TRÌNH HÀNH ĐỘNG
=(Kèm theo Nghị quyết số 102/NQ-CP ngày 02 tháng 7 năm 2026 của Chính phủ)
I. MỤC TIÊU
Phát triển kinh tế số nhanh, bền vững.
II. TỔ CHỨC THỰC HIỆN
Bộ Khoa học và Công nghệ là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện Chương trình; các bộ, cơ quan thực hiện các nhiệm vụ tại Phụ lục.
=PHỤ LỤC
=DANH MỤC NHIỆM VỤ
|TT
|Nhiệm vụ
|Cơ quan chủ trì
|Cơ quan phối hợp
|Thời gian hoàn
|thành
|1
|Xây dựng Luật Kinh tế số
|Bộ Khoa học và Công
|nghệ
|Bộ Tư pháp; Bộ Tài
|chính; Văn phòng Chính
|phủ
|Năm 2027
|2
|Phát triển hạ tầng trung tâm
|dữ liệu quốc gia
|Bộ Công an
|Bộ Khoa học và Công
@5
|TT
|Nhiệm vụ
|Cơ quan chủ trì
|Cơ quan phối hợp
|Thời gian hoàn
|thành
|nghệ; Bộ Quốc phòng
|2026 - 2028
|3
|Thúc đẩy thương mại điện tử
|xuyên biên giới
|Bộ Công Thương
|Bộ Tài chính; Ngân hàng
|Nhà nước Việt Nam
|Năm 2027
"""
write(27, src, [
    U("Bộ Khoa học và Công nghệ", "lead"), U("Bộ Khoa học và Công nghệ", "monitor"),
    U("Bộ Khoa học và Công nghệ", "execute", opt=True),
    U("Bộ Tư pháp", "coordinate"), U("Bộ Tài chính", "coordinate"), U("Văn phòng Chính phủ", "coordinate"),
    U("Bộ Công an", "lead"), U("Bộ Khoa học và Công nghệ", "coordinate"), U("Bộ Quốc phòng", "coordinate"),
    U("Bộ Công Thương", "lead"), U("Ngân hàng Nhà nước Việt Nam", "coordinate"),
], [("I", "MỤC TIÊU"), ("II", "TỔ CHỨC THỰC HIỆN")])

# 28 "Cơ quan chủ trì: …; Cơ quan phối hợp: …" lines under tasks, wrapped
src = ph("Kim Sơn", "199/KH-UBND", "ngày 12 tháng 6 năm 2026", "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026") + """
I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ người nghèo tiếp cận các dịch vụ xã hội cơ bản.
II. NHIỆM VỤ CỤ THỂ
1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: Sở Tài chính, Ngân hàng Chính sách xã hội chi nhánh tỉnh, Ủy ban nhân dân các xã, phường.
2. Hỗ trợ việc làm bền vững
- Cơ quan chủ trì: Sở Nội vụ.
- Cơ quan phối hợp: Sở Giáo dục và Đào tạo, Liên đoàn Lao động tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh.
3. Truyền thông và giảm nghèo về thông tin
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: Báo và Phát thanh, Truyền hình Kim Sơn.
III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.
"""
write(28, src, [
    U("Sở Nông nghiệp và Môi trường", "lead"), U("Sở Tài chính", "coordinate"),
    U("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "coordinate"), U("Ủy ban nhân dân các xã, phường", "coordinate"),
    U("Sở Nội vụ", "lead"), U("Sở Giáo dục và Đào tạo", "coordinate"), U("Liên đoàn Lao động tỉnh", "coordinate"),
    U("Tỉnh Đoàn", "coordinate"), U("Hội Liên hiệp Phụ nữ tỉnh", "coordinate"),
    U("Sở Văn hóa, Thể thao và Du lịch", "lead"), U("Báo và Phát thanh, Truyền hình Kim Sơn", "coordinate"),
    U("Sở Nông nghiệp và Môi trường", "monitor"), U("Ủy ban nhân dân tỉnh", "report"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 29 "Đối với …" headings directly above paragraphs, one wrapped
src = ph("Bình Lâm", "225/KH-UBND", "ngày 10 tháng 7 năm 2026", "Chuyển đổi số trong cơ quan nhà nước năm 2026") + OPEN + """
1. Đối với Sở Khoa học và Công nghệ
Chủ trì hướng dẫn các cơ quan triển khai nền tảng số dùng chung; theo dõi, đánh giá mức độ chuyển đổi số của các cơ quan, địa phương.
2. Đối với Văn phòng Ủy ban nhân dân tỉnh
Vận hành Hệ thống quản lý văn bản và điều hành của tỉnh; phối hợp với Sở Khoa học và Công nghệ bảo đảm an toàn thông tin.
3. Đối với các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc ⏎khu
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30 tháng 11 năm 2026.
"""
write(29, src, [
    U("Sở Khoa học và Công nghệ", "execute"), U("Sở Khoa học và Công nghệ", "lead"), U("Sở Khoa học và Công nghệ", "monitor"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Sở Khoa học và Công nghệ", "coordinate"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "coordinate", opt=True),
    U("các sở, ban, ngành", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Khoa học và Công nghệ", "report"),
], TC)

# 30 A long heading wrapped over two lines (project board), and role tag on the wrapped line
src = ph("Hải Vân", "244/KH-UBND", "ngày 24 tháng 7 năm 2026", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026") + OPEN + """
1. Sở Tài chính (cơ quan thường trực)
Theo dõi, đôn đốc tiến độ giải ngân của các chủ đầu tư; tham mưu điều chuyển vốn của các dự án giải ngân chậm; báo cáo Ủy ban nhân dân tỉnh hằng tháng.
2. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và dân dụng ⏎tỉnh
Tập trung thi công các dự án trọng điểm; giải ngân hết kế hoạch vốn được giao trước ngày 31 tháng 12 năm 2026.
3. Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát ⏎triển nông thôn tỉnh
Phối hợp với Ủy ban nhân dân các xã, phường đẩy nhanh công tác bồi thường, giải phóng mặt bằng.
4. Kho bạc Nhà nước khu vực XVI
Kiểm soát chi, thanh toán kịp thời cho các dự án khi có đủ hồ sơ.
"""
write(30, src, [
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"), U("Sở Tài chính", "monitor"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và dân dụng tỉnh", "execute"),
    U("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh", "execute"),
    U("Ủy ban nhân dân các xã, phường", "coordinate"),
    U("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh", "coordinate", opt=True),
    U("Kho bạc Nhà nước khu vực XVI", "execute"),
], TC)

# 31 The Front's member organisations named in one "Đề nghị" paragraph, names broken by wraps
src = ph("Phú Lâm", "258/KH-UBND", "ngày 14 tháng 8 năm 2026", "Thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026") + OPEN + """
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì hướng dẫn bình xét các danh hiệu văn hóa; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Tỉnh Đoàn, Liên đoàn Lao động tỉnh, Hội Người cao tuổi tỉnh triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào; giám sát việc bình xét danh hiệu gia đình văn hóa ở khu dân cư.
3. Ủy ban nhân dân các xã, phường
Chỉ đạo Ban Công tác Mặt trận ở khu dân cư tổ chức bình xét danh hiệu gia đình văn hóa.
"""
write(31, src, [
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"), U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "monitor"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "coordinate"), U("Hội Cựu chiến binh tỉnh", "coordinate"),
    U("Hội Nông dân tỉnh", "coordinate"), U("Tỉnh Đoàn", "coordinate"), U("Liên đoàn Lao động tỉnh", "coordinate"),
    U("Hội Người cao tuổi tỉnh", "coordinate"),
    U("Ủy ban nhân dân các xã, phường", "execute"),
    U("Ban Công tác Mặt trận ở khu dân cư", "execute", opt=True),
], TC)

# 32 Office-holders with names and posts in a steering-committee plan
src = ph("Trà Giang", "266/KH-UBND", "ngày 20 tháng 8 năm 2026", "Tổng điều tra kinh tế năm 2026 trên địa bàn tỉnh") + OPEN + """
1. Trưởng Ban Chỉ đạo Tổng điều tra tỉnh
Đồng chí Lâm Văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo trực tiếp chỉ đạo toàn bộ công tác Tổng điều tra trên địa bàn tỉnh.
2. Thống kê tỉnh
Là cơ quan thường trực Ban Chỉ đạo, chủ trì tổ chức tập huấn nghiệp vụ cho điều tra viên; kiểm tra, giám sát chất lượng thông tin thu thập; báo cáo Trưởng Ban Chỉ đạo tiến độ thực hiện hằng tuần.
3. Giám đốc Sở Tài chính
Bảo đảm kinh phí cho Tổng điều tra theo quy định.
4. Chủ tịch Ủy ban nhân dân các xã, phường
Thành lập Ban Chỉ đạo Tổng điều tra cấp xã; bố trí điều tra viên, tổ trưởng điều tra.
"""
write(32, src, [
    U("Trưởng Ban Chỉ đạo Tổng điều tra tỉnh", "execute"),
    U("Phó Chủ tịch Ủy ban nhân dân tỉnh", "execute", opt=True),
    U("Thống kê tỉnh", "execute"), U("Thống kê tỉnh", "lead"), U("Thống kê tỉnh", "monitor"),
    U("Trưởng Ban Chỉ đạo", "report"),
    U("Giám đốc Sở Tài chính", "execute"),
    U("Chủ tịch Ủy ban nhân dân các xã, phường", "execute"),
], TC, notes="Report addressee 'Trưởng Ban Chỉ đạo' (printed so).")

# 33 A commune plan after the reform: the commune's offices and organisations
src = prov_header(["ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ"], "35/KH-UBND", "Hòa Phú", "ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    ["Phòng, chống bệnh dại trên địa bàn xã năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Không để xảy ra trường hợp tử vong do bệnh dại trên địa bàn xã.
II. NHIỆM VỤ
Tiêm phòng dại cho chó, mèo; quản lý đàn vật nuôi.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân xã tổ chức tiêm phòng; phối hợp với Trạm Y tế xã theo dõi tình hình bệnh dại trên người và động vật.
2. Trạm Y tế xã
Tổ chức tiêm vắc xin phòng dại cho người bị chó, mèo cắn; báo cáo kịp thời các trường hợp nghi mắc bệnh về Trung tâm Kiểm soát bệnh tật tỉnh.
3. Trung tâm Dịch vụ tổng hợp xã
Cử cán bộ thú y tham gia tiêm phòng cho đàn chó, mèo; hướng dẫn người dân xử lý vết cắn.
4. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể
Tuyên truyền, vận động hội viên chấp hành nuôi nhốt, tiêm phòng cho chó, mèo.
5. Trưởng các thôn
Thống kê số hộ nuôi chó, mèo; vận động người dân đưa vật nuôi đi tiêm phòng.
"""
write(33, src, [
    U("Phòng Kinh tế", "execute"), U("Phòng Kinh tế", "lead"), U("Trạm Y tế xã", "coordinate"),
    U("Phòng Kinh tế", "monitor", opt=True), U("Phòng Kinh tế", "coordinate", opt=True),
    U("Trạm Y tế xã", "execute"), U("Trung tâm Kiểm soát bệnh tật tỉnh", "report"),
    U("Trung tâm Dịch vụ tổng hợp xã", "execute"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "execute"), U("các đoàn thể", "execute"),
    U("Trưởng các thôn", "execute"),
], TC, notes="Phòng Kinh tế monitor: 'theo dõi tình hình bệnh dại' is arguably watching an epidemic, not others' work; optional.")

# 34 Task annex with group rows, lead cell merged over the group, page break inside a cell
src = ph("Đông Sơn", "288/KH-UBND", "ngày 01 tháng 9 năm 2026", "Thực hiện Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2026 - 2030") + OPEN + """
Sở Nội vụ là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện; các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.
=PHỤ LỤC
|TT
|Nhiệm vụ
|Cơ quan chủ trì
|Cơ quan phối hợp
|Thời gian hoàn thành
|1
|Đào tạo nhân lực
|1.1
|Đào tạo nghề trình độ cao
|cho lao động khu công
|nghiệp
|Sở Giáo dục và Đào tạo
|Ban Quản lý các khu công
|nghiệp tỉnh
|Hằng năm
|1.2
|Đào tạo sau đại học cho
|công chức, viên chức
|Sở Nội vụ
|2026 - 2030
|2
|Thu hút nhân tài
|2.1
|Ban hành chính sách thu
|hút chuyên gia, nhà khoa
|học
|Sở Nội vụ
|Sở Tài chính; Sở Khoa học
@4
|và Công nghệ
|Năm 2027
|2.2
|Kết nối doanh nghiệp với
|các trường đại học
|Sở Khoa học và Công nghệ
|Trường Đại học Đông Sơn
|Hằng năm
"""
write(34, src, [
    U("Sở Nội vụ", "lead"), U("Sở Nội vụ", "monitor"), U("Sở Nội vụ", "execute", opt=True), U("Sở Nội vụ", "coordinate", opt=True),
    U("Sở Giáo dục và Đào tạo", "lead"), U("Ban Quản lý các khu công nghiệp tỉnh", "coordinate"),
    U("Sở Tài chính", "coordinate"), U("Sở Khoa học và Công nghệ", "coordinate"),
    U("Sở Khoa học và Công nghệ", "lead"), U("Trường Đại học Đông Sơn", "coordinate"),
], TC, notes="Row 1.2: lead Sở GDĐT merged (left out), Sở Nội vụ is the partner? No: I read '1.2 … Sở Nội vụ 2026 - 2030' as lead Sở Nội vụ with no partner (a row with one unit cell: the lead). Sở Nội vụ lead is one pair anyway.")

# 35 Dash headings "- Bộ X:" with the paragraph on the next line (NQ-CP)
src = prov_header(["CHÍNH PHỦ"], "115/NQ-CP", "Hà Nội", "ngày 28 tháng 7 năm 2026", "NGHỊ QUYẾT",
    ["Phiên họp Chính phủ thường kỳ tháng 7 năm 2026"]) + """
=QUYẾT NGHỊ:
1. Về tình hình kinh tế - xã hội tháng 7 năm 2026
Chính phủ yêu cầu các bộ, cơ quan, địa phương tập trung thực hiện các nhiệm vụ sau:
- Bộ Tài chính:
Chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam điều hành chính sách tài khóa chủ động, phối hợp chặt chẽ với chính sách tiền tệ; đôn đốc giải ngân vốn đầu tư công.
- Bộ Công Thương:
Bảo đảm cung ứng đủ xăng dầu, điện cho sản xuất, kinh doanh; phối hợp với Bộ Ngoại giao mở rộng thị trường xuất khẩu.
- Bộ Nông nghiệp và Môi trường:
Chỉ đạo khắc phục hậu quả mưa lũ, khôi phục sản xuất; báo cáo Thủ tướng Chính phủ trong tháng 8 năm 2026.
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:
Đẩy nhanh giải phóng mặt bằng các dự án hạ tầng trọng điểm.
"""
write(35, src, [
    U("Bộ Tài chính", "execute"), U("Bộ Tài chính", "lead"), U("Ngân hàng Nhà nước Việt Nam", "coordinate"),
    U("Bộ Tài chính", "monitor"),
    U("Bộ Công Thương", "execute"), U("Bộ Ngoại giao", "coordinate"), U("Bộ Công Thương", "coordinate", opt=True),
    U("Bộ Nông nghiệp và Môi trường", "execute"), U("Thủ tướng Chính phủ", "report"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("các bộ, cơ quan, địa phương", "execute", opt=True),
], [], notes="A session resolution: numbered parts are not Roman sections.")

# 36 Universities and institutes in a provincial plan, heading wrapped
src = ph("Thái Giang", "301/KH-UBND", "ngày 08 tháng 9 năm 2026", "Phát triển khoa học, công nghệ và đổi mới sáng tạo năm 2026") + OPEN + """
1. Sở Khoa học và Công nghệ
Chủ trì tổ chức tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh; kiểm tra, đánh giá việc thực hiện các nhiệm vụ đã phê duyệt.
2. Trường Đại học Thái Giang, Trường Cao đẳng Kỹ thuật Công nghiệp Thái ⏎Giang
Phối hợp với Sở Khoa học và Công nghệ triển khai các đề tài ứng dụng; chuyển giao kết quả nghiên cứu cho doanh nghiệp.
3. Viện Nghiên cứu Phát triển Thái Giang
Nghiên cứu, tư vấn chính sách phát triển kinh tế - xã hội của tỉnh.
4. Trung tâm Đổi mới sáng tạo tỉnh
Hỗ trợ các dự án khởi nghiệp đổi mới sáng tạo; kết nối nhà đầu tư với doanh nghiệp khởi nghiệp.
"""
write(36, src, [
    U("Sở Khoa học và Công nghệ", "execute"), U("Sở Khoa học và Công nghệ", "lead"), U("Sở Khoa học và Công nghệ", "monitor"),
    U("Trường Đại học Thái Giang", "execute"), U("Trường Cao đẳng Kỹ thuật Công nghiệp Thái Giang", "execute"),
    U("Sở Khoa học và Công nghệ", "coordinate"),
    U("Trường Đại học Thái Giang", "coordinate", opt=True), U("Trường Cao đẳng Kỹ thuật Công nghiệp Thái Giang", "coordinate", opt=True),
    U("Viện Nghiên cứu Phát triển Thái Giang", "execute"),
    U("Trung tâm Đổi mới sáng tạo tỉnh", "execute"),
], TC)
