from common import U, prov_header, sign, write

SEC3 = [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("III", "TỔ CHỨC THỰC HIỆN")]

# 01 NQ-CP issuing an action programme; headings directly above paragraphs; wrapped heading;
# page number between heading and paragraph; "(Bộ X chủ trì, phối hợp với …)"
src = prov_header(["CHÍNH PHỦ"], "71/NQ-CP", "Hà Nội", "ngày 14 tháng 4 năm 2026", "NGHỊ QUYẾT",
    ["Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số ",
     "19-NQ/TW ngày 02 tháng 02 năm 2026 của Bộ Chính trị về phát triển kinh tế biển xanh"]) + """
=CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.
=QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW ngày 02 tháng 02 năm 2026 của Bộ Chính trị về phát triển kinh tế biển xanh.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này./.
=Nơi nhận:
=- Ban Bí thư Trung ương Đảng;
=- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
=- Lưu: VT, NN (2).
=TM. CHÍNH PHỦ
=KT. THỦ TƯỚNG
=PHÓ THỦ TƯỚNG
=Lê Minh Tâm
@2
=CHƯƠNG TRÌNH HÀNH ĐỘNG
=CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 02 THÁNG 02 NĂM 2026
=(Kèm theo Nghị quyết số 71/NQ-CP ngày 14 tháng 4 năm 2026 của Chính phủ)
I. MỤC ĐÍCH, YÊU CẦU
Xác định các nhiệm vụ chủ yếu để các bộ, ngành, địa phương tập trung chỉ đạo, tổ chức thực hiện có hiệu quả Nghị quyết số 19-NQ/TW.
II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Rà soát, hoàn thiện thể chế, chính sách về quản lý tổng hợp tài nguyên biển và hải đảo (Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tư pháp, Bộ Tài chính; hoàn thành trong năm 2027).
2. Phát triển hạ tầng cảng biển, logistics gắn với các trung tâm kinh tế biển (Bộ Xây dựng chủ trì, phối hợp với Bộ Công Thương và Ủy ban nhân dân các tỉnh, thành phố ven biển; thực hiện hằng năm).
III. TỔ CHỨC THỰC HIỆN
1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, ⏎thành phố trực thuộc trung ương
Căn cứ nhiệm vụ được giao tại Chương trình hành động này, xây dựng kế hoạch của bộ, ngành, địa phương mình, hoàn thành trước ngày 30 tháng 6 năm 2026; định kỳ hằng năm gửi báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường trước ngày 15 tháng 12 để tổng hợp, báo cáo Thủ tướng Chính phủ.
2. Bộ Nông nghiệp và Môi trường
@3
Chủ trì, theo dõi, đôn đốc các bộ, ngành, địa phương triển khai thực hiện Chương trình hành động này; tổ chức sơ kết, tổng kết việc thực hiện vào năm 2028 và năm 2030.
3. Bộ Tài chính
Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường cân đối, bố trí kinh phí thực hiện Chương trình hành động theo quy định của pháp luật về ngân sách nhà nước.
4. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - ⏎xã hội
Tổ chức tuyên truyền, vận động nhân dân tham gia bảo vệ môi trường biển; giám sát việc thực hiện chính sách, pháp luật về phát triển kinh tế biển xanh.
"""
write(1, src, [
    U("Các Bộ trưởng", "execute", "Bộ trưởng"),
    U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ Nông nghiệp và Môi trường", "lead"),
    U("Bộ Tư pháp", "coordinate"), U("Bộ Tài chính", "coordinate"),
    U("Bộ Xây dựng", "lead"), U("Bộ Xây dựng", "execute", opt=True),
    U("Bộ Công Thương", "coordinate"),
    U("Ủy ban nhân dân các tỉnh, thành phố ven biển", "coordinate"),
    U("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "execute"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ Nông nghiệp và Môi trường", "report"),
    U("Thủ tướng Chính phủ", "report"),
    U("Bộ Nông nghiệp và Môi trường", "execute"),
    U("Bộ Nông nghiệp và Môi trường", "monitor"),
    U("Bộ Tài chính", "execute"), U("Bộ Tài chính", "lead"),
    U("Bộ Nông nghiệp và Môi trường", "coordinate"),
    U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
    U("các tổ chức chính trị - xã hội", "execute"),
    U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "monitor"),
    U("các tổ chức chính trị - xã hội", "monitor"),
], SEC3)

# 02 QĐ-TTg issuing a national plan, with a task annex one cell a line; header repeated after a
# page break; merged lead cell printed once; cells wrapped
src = prov_header(["THỦ TƯỚNG CHÍNH PHỦ"], "812/QĐ-TTg", "Hà Nội", "ngày 05 tháng 5 năm 2026", "QUYẾT ĐỊNH",
    ["Ban hành Kế hoạch quốc gia về phòng, chống tác hại của rượu, bia giai đoạn 2026 - 2030"]) + """
=THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Y tế.
=QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch quốc gia về phòng, chống tác hại của rượu, bia giai đoạn 2026 - 2030.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.
=KT. THỦ TƯỚNG
=PHÓ THỦ TƯỚNG
=Trần Quốc Hưng
@2
=KẾ HOẠCH QUỐC GIA
=Về phòng, chống tác hại của rượu, bia giai đoạn 2026 - 2030
=(Kèm theo Quyết định số 812/QĐ-TTg ngày 05 tháng 5 năm 2026 của Thủ tướng Chính phủ)
I. MỤC TIÊU
Ngăn chặn xu hướng gia tăng sử dụng rượu, bia, giảm tác hại của rượu, bia đối với sức khỏe người dân.
II. NHIỆM VỤ VÀ GIẢI PHÁP
Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Y tế
Là cơ quan đầu mối, chủ trì hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện hằng năm.
2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
Căn cứ chức năng, nhiệm vụ được giao, thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.
@3
=PHỤ LỤC
=NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH
=(Kèm theo Kế hoạch ban hành tại Quyết định số 812/QĐ-TTg ngày 05 tháng 5 năm 2026)
|TT
|Nhiệm vụ
|Cơ quan chủ
|trì
|Cơ quan phối hợp
|Thời gian
|hoàn thành
|1
|Xây dựng Nghị định quy
|định chi tiết về quản lý
|kinh doanh rượu
|Bộ Công Thương
|Bộ Y tế, Bộ Tư pháp,
|Bộ Tài chính
|Năm 2027
|2
|Sửa đổi quy định về
|kiểm soát quảng cáo rượu,
|bia trên môi trường mạng
|Bộ Văn hóa, Thể thao và Du lịch, Bộ Khoa học và Công nghệ
|Năm 2027
|3
|Tuyên truyền về tác hại của
|rượu, bia trên báo chí
|Đài Truyền hình
|Việt Nam
|Đài Tiếng nói Việt Nam,
|Thông tấn xã Việt Nam
|Hằng năm
@4
|TT
|Nhiệm vụ
|Cơ quan chủ
|trì
|Cơ quan phối hợp
|Thời gian
|hoàn thành
|4
|Kiểm tra việc thực hiện quy
|định về nồng độ cồn khi
|tham gia giao thông
|Bộ Công an
|Bộ Y tế, Ủy ban nhân
|dân các tỉnh, thành phố
|trực thuộc trung ương
|Hằng năm
|5
|Đưa nội dung phòng, chống
|tác hại của rượu, bia vào
|chương trình giáo dục
|Bộ Giáo dục và
|Đào tạo
|Bộ Y tế
|Năm 2028
"""
write(2, src, [
    U("Các Bộ trưởng", "execute", "Bộ trưởng"),
    U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ Y tế", "execute"), U("Bộ Y tế", "lead"), U("Bộ Y tế", "monitor"),
    U("Thủ tướng Chính phủ", "report"),
    U("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "execute"),
    U("Bộ Công Thương", "lead"), U("Bộ Y tế", "coordinate"), U("Bộ Tư pháp", "coordinate"),
    U("Bộ Tài chính", "coordinate"),
    U("Bộ Văn hóa, Thể thao và Du lịch", "coordinate"), U("Bộ Khoa học và Công nghệ", "coordinate"),
    U("Đài Truyền hình Việt Nam", "lead"), U("Đài Tiếng nói Việt Nam", "coordinate"),
    U("Thông tấn xã Việt Nam", "coordinate"),
    U("Bộ Công an", "lead"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "coordinate"),
    U("Bộ Giáo dục và Đào tạo", "lead"),
], [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ VÀ GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="Row 2 has its lead cell merged with row 1 (Bộ Công Thương printed once): lead Bộ Công Thương once (same pair). Bộ Y tế coordinate appears in rows 1, 4, 5: one pair.")

# 03 Ministry plan for its Vụ, Cục, Thanh tra, Văn phòng, institutes
src = prov_header(["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], "1204/KH-BKHCN", "Hà Nội", "ngày 20 tháng 3 năm 2026", "KẾ HOẠCH",
    ["Triển khai công tác cải cách hành chính năm 2026 của Bộ Khoa học và Công nghệ"]) + """
Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Bộ Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính của Bộ, gắn trách nhiệm người đứng đầu các đơn vị.
II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ, tài chính công và chuyển đổi số.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Bộ
Là đơn vị đầu mối, tham mưu Lãnh đạo Bộ chỉ đạo, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện định kỳ hằng quý.
2. Vụ Tổ chức cán bộ
Chủ trì triển khai các nhiệm vụ cải cách tổ chức bộ máy, cải cách chế độ công vụ; phối hợp với Văn phòng Bộ đánh giá chỉ số cải cách hành chính của các đơn vị.
3. Vụ Pháp chế
Chủ trì rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Bộ; kiểm tra việc thực hiện công tác pháp chế tại các đơn vị.
4. Thanh tra Bộ
Chủ trì, phối hợp với Vụ Tổ chức cán bộ thanh tra, kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính tại các đơn vị thuộc Bộ.
5. Cục Thông tin, Thống kê và Trung tâm Chuyển đổi số
Chủ trì xây dựng, vận hành Hệ thống thông tin giải quyết thủ tục hành chính của Bộ; bảo đảm kết nối với Cổng Dịch vụ công quốc gia.
6. Viện Chiến lược và Chính sách khoa học và công nghệ
Nghiên cứu, đề xuất giải pháp nâng cao chất lượng thể chế quản lý khoa học, công nghệ và đổi mới sáng tạo.
7. Vụ Kế hoạch - Tài chính
Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao cho Bộ.
8. Thủ trưởng các đơn vị thuộc Bộ
Quán triệt, tổ chức thực hiện Kế hoạch tại đơn vị; gửi báo cáo kết quả về Văn phòng Bộ trước ngày 10 tháng 12 năm 2026.
"""
write(3, src, [
    U("Văn phòng Bộ", "execute"), U("Văn phòng Bộ", "lead"), U("Văn phòng Bộ", "monitor"),
    U("Bộ trưởng", "report"),
    U("Vụ Tổ chức cán bộ", "execute"), U("Vụ Tổ chức cán bộ", "lead"),
    U("Văn phòng Bộ", "coordinate"), U("Vụ Tổ chức cán bộ", "coordinate", opt=True),
    U("Vụ Pháp chế", "execute"), U("Vụ Pháp chế", "lead"), U("Vụ Pháp chế", "monitor"),
    U("Thanh tra Bộ", "execute"), U("Thanh tra Bộ", "lead"), U("Thanh tra Bộ", "monitor"),
    U("Vụ Tổ chức cán bộ", "coordinate"),
    U("Cục Thông tin, Thống kê", "execute"), U("Cục Thông tin, Thống kê", "lead"),
    U("Trung tâm Chuyển đổi số", "execute"), U("Trung tâm Chuyển đổi số", "lead"),
    U("Viện Chiến lược và Chính sách khoa học và công nghệ", "execute"),
    U("Vụ Kế hoạch - Tài chính", "execute"),
    U("Thủ trưởng các đơn vị thuộc Bộ", "execute"),
    U("Văn phòng Bộ", "report"),
    U("Lãnh đạo Bộ", "report", opt=True),
], SEC3[:1] + [("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="Vụ Tổ chức cán bộ coordinate appears twice (its own '; phối hợp với' optional) and as the partner of Thanh tra Bộ (required): the required one is matched first.")

# 04 Provincial UBND plan: headings directly above paragraphs, page numbers between heading and
# paragraph and inside a paragraph
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH VÂN HÀ"], "118/KH-UBND", "Vân Hà", "ngày 09 tháng 4 năm 2026", "KẾ HOẠCH",
    ["Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Vân Hà"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai, giảm thiểu thiệt hại về người và tài sản.
II. NHIỆM VỤ TRỌNG TÂM
Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp; rà soát phương án ứng phó thiên tai theo cấp độ rủi ro.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
Là cơ quan thường trực của Ban Chỉ huy phòng thủ dân sự tỉnh, chủ trì theo dõi, tổng hợp tình hình thiên tai; hướng dẫn, kiểm tra Ủy ban nhân dân các xã, phường rà soát phương án sơ tán dân cư @@4 vùng trũng thấp, ven sông; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 năm 2026.
2. Bộ Chỉ huy Quân sự tỉnh
Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng kế hoạch huy động lực lượng, phương tiện tham gia tìm kiếm cứu nạn.
3. Sở Xây dựng
@5
Hướng dẫn các chủ đầu tư bảo đảm an toàn công trình hạ tầng giao thông trong mùa mưa bão; phối hợp với Sở Công Thương kiểm tra an toàn hồ, đập thủy điện.
4. Sở Tài chính
Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí dự phòng cho công tác phòng, chống thiên tai.
5. Ủy ban nhân dân các xã, phường
Xây dựng phương án ứng phó thiên tai tại địa phương; tổ chức diễn tập theo phương châm bốn tại chỗ.
"""
write(4, src, [
    U("Sở Nông nghiệp và Môi trường", "execute"), U("Sở Nông nghiệp và Môi trường", "lead"),
    U("Sở Nông nghiệp và Môi trường", "monitor"),
    U("Ủy ban nhân dân các xã, phường", "execute"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Bộ Chỉ huy Quân sự tỉnh", "execute"), U("Bộ Chỉ huy Quân sự tỉnh", "lead"),
    U("Công an tỉnh", "coordinate"), U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"),
    U("Sở Xây dựng", "execute"), U("Sở Công Thương", "coordinate"),
    U("Sở Xây dựng", "coordinate", opt=True), U("Sở Xây dựng", "monitor", opt=True),
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ TRỌNG TÂM"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="'hướng dẫn, kiểm tra Ủy ban nhân dân các xã, phường' also the object of monitor; UBND các xã execute comes from its own heading 5. Sở Xây dựng monitor: 'phối hợp … kiểm tra an toàn hồ, đập' (others' works).")

# 05 Joined headings naming several bodies, wrapped over two lines
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH TRÀ GIANG"], "64/KH-UBND", "Trà Giang", "ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
    ["Tổ chức các hoạt động kỷ niệm các ngày lễ lớn và sự kiện lịch sử năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức các hoạt động kỷ niệm trang trọng, thiết thực, tiết kiệm.
II. NỘI DUNG HOẠT ĐỘNG
Tổ chức tuyên truyền, trang trí cổ động trực quan, các hoạt động văn hóa, văn nghệ, thể dục, thể thao.
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ, Báo và Phát thanh, ⏎Truyền hình Trà Giang
Chủ trì tổ chức tuyên truyền trên các phương tiện thông tin đại chúng, hệ thống thông tin cơ sở và mạng xã hội về ý nghĩa các ngày lễ lớn.
2. Sở Nội vụ, Sở Tài chính, Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh, Bộ ⏎Chỉ huy Quân sự tỉnh
Theo chức năng, nhiệm vụ, bảo đảm kinh phí, công tác lễ tân, an ninh, trật tự cho các hoạt động kỷ niệm của tỉnh.
3. Ủy ban nhân dân các xã, phường, đặc khu và Ban Quản lý các khu công ⏎nghiệp tỉnh
Tổ chức các hoạt động kỷ niệm phù hợp với điều kiện của địa phương, đơn vị; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 20 tháng 12 năm 2026.
"""
write(5, src, [
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    U("Sở Khoa học và Công nghệ", "execute"), U("Sở Khoa học và Công nghệ", "lead"),
    U("Báo và Phát thanh, Truyền hình Trà Giang", "execute"), U("Báo và Phát thanh, Truyền hình Trà Giang", "lead"),
    U("Sở Nội vụ", "execute"), U("Sở Tài chính", "execute"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Công an tỉnh", "execute"),
    U("Bộ Chỉ huy Quân sự tỉnh", "execute"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Ban Quản lý các khu công nghiệp tỉnh", "execute"),
    U("Sở Văn hóa, Thể thao và Du lịch", "report"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG HOẠT ĐỘNG"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 06 The Front and its member organisations; heading wrapped at "chính trị - / xã hội"; members one per line
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ LÂM"], "205/KH-UBND", "Phú Lâm", "ngày 18 tháng 5 năm 2026", "KẾ HOẠCH",
    ["Triển khai Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người tiêu dùng, doanh nghiệp về ưu tiên sử dụng hàng Việt Nam.
II. NỘI DUNG
Tuyên truyền, kết nối cung cầu, hỗ trợ doanh nghiệp phát triển thị trường trong nước.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức các phiên chợ hàng Việt về nông thôn; theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - ⏎xã hội tỉnh
Phối hợp với Sở Công Thương tuyên truyền, vận động hội viên, đoàn viên và nhân dân hưởng ứng Cuộc vận động; giám sát việc thực hiện Cuộc vận động tại cơ sở.
3. Các tổ chức thành viên:
Hội Liên hiệp Phụ nữ tỉnh;
Hội Nông dân tỉnh;
Hội Cựu chiến binh tỉnh;
Tỉnh Đoàn;
Liên đoàn Lao động tỉnh
lồng ghép nội dung Cuộc vận động vào sinh hoạt định kỳ của tổ chức; biểu dương các tập thể, cá nhân tiêu biểu.
4. Công ty Điện lực Phú Lâm, Công ty Cổ phần Cấp nước Phú Lâm
Tham gia chương trình bình ổn giá, ưu tiên sử dụng vật tư, thiết bị sản xuất trong nước.
"""
write(6, src, [
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "lead"), U("Sở Công Thương", "monitor"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"), U("các tổ chức chính trị - xã hội tỉnh", "execute"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate", opt=True), U("các tổ chức chính trị - xã hội tỉnh", "coordinate", opt=True),
    U("Sở Công Thương", "coordinate"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "monitor"), U("các tổ chức chính trị - xã hội tỉnh", "monitor"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "execute"), U("Hội Nông dân tỉnh", "execute"),
    U("Hội Cựu chiến binh tỉnh", "execute"), U("Tỉnh Đoàn", "execute"), U("Liên đoàn Lao động tỉnh", "execute"),
    U("Các tổ chức thành viên", "execute", opt=True),
    U("Công ty Điện lực Phú Lâm", "execute"), U("Công ty Cổ phần Cấp nước Phú Lâm", "execute"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="Sở Công Thương monitor: 'theo dõi, tổng hợp kết quả' of the campaign (others' work).")

# 07 Bodies one per line after "Giao các cơ quan sau:"; a heading listing bodies with semicolons
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH KIM SƠN"], "77/KH-UBND", "Kim Sơn", "ngày 11 tháng 3 năm 2026", "KẾ HOẠCH",
    ["Thực hiện công tác bảo đảm trật tự, an toàn giao thông năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Kéo giảm tai nạn giao thông trên cả ba tiêu chí; xử lý nghiêm các hành vi vi phạm.
II. NHIỆM VỤ, GIẢI PHÁP
Tăng cường tuyên truyền, tuần tra, kiểm soát, xử lý vi phạm; khắc phục điểm đen tai nạn giao thông.
III. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh
Là cơ quan thường trực của Ban An toàn giao thông tỉnh, chủ trì tổ chức các đợt cao điểm tuần tra, kiểm soát; định kỳ hằng tháng báo cáo Ủy ban nhân dân tỉnh.
2. Sở Xây dựng; Sở Giáo dục và Đào tạo; Sở Y tế
Theo chức năng, nhiệm vụ được giao, xây dựng kế hoạch triển khai các nội dung có liên quan của Kế hoạch này; gửi kết quả về Công an tỉnh để tổng hợp.
3. Giao các cơ quan sau:
- Sở Văn hóa, Thể thao và Du lịch;
- Báo và Phát thanh, Truyền hình Kim Sơn;
- Hội Liên hiệp Phụ nữ tỉnh;
- Tỉnh Đoàn
phối hợp với Công an tỉnh đẩy mạnh tuyên truyền pháp luật về trật tự, an toàn giao thông trong các tầng lớp nhân dân, đoàn viên, thanh niên.
4. Ủy ban nhân dân các xã, phường
Chỉ đạo Công an xã, phường tăng cường tuần tra, xử lý vi phạm trên các tuyến đường liên xã; giải tỏa hành lang an toàn đường bộ.
"""
write(7, src, [
    U("Công an tỉnh", "execute"), U("Công an tỉnh", "lead"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Xây dựng", "execute"), U("Sở Giáo dục và Đào tạo", "execute"), U("Sở Y tế", "execute"),
    U("Công an tỉnh", "report"),
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Báo và Phát thanh, Truyền hình Kim Sơn", "execute"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "execute"), U("Tỉnh Đoàn", "execute"),
    U("Sở Văn hóa, Thể thao và Du lịch", "coordinate"), U("Báo và Phát thanh, Truyền hình Kim Sơn", "coordinate"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "coordinate"), U("Tỉnh Đoàn", "coordinate"),
    U("Công an tỉnh", "coordinate"),
    U("Ủy ban nhân dân các xã, phường", "execute"),
    U("Công an xã, phường", "execute", opt=True),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="Item 3: the four bodies are the subject of 'phối hợp với Công an tỉnh …' (SPEC: subject of 'X phối hợp' is coordinate) and are told to act (execute, 'Giao').")

# 08 Office-holders as headings; a heading wrapped before a lowercase word
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH BÌNH LÂM"], "143/KH-UBND", "Bình Lâm", "ngày 24 tháng 4 năm 2026", "KẾ HOẠCH",
    ["Tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Giải quyết kịp thời, dứt điểm các vụ việc khiếu nại, tố cáo ngay từ cơ sở.
II. NHIỆM VỤ
Tổ chức tiếp công dân định kỳ, đột xuất; rà soát, giải quyết các vụ việc tồn đọng, kéo dài.
III. TỔ CHỨC THỰC HIỆN
1. Chánh Thanh tra tỉnh
Chủ trì tham mưu Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo giải quyết các vụ việc phức tạp; theo dõi, đôn đốc việc thực hiện các kết luận, quyết định giải quyết khiếu nại.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh
Bố trí lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh; phối hợp với Ban Tiếp công dân tỉnh chuẩn bị hồ sơ, tài liệu.
3. Giám đốc các sở, Thủ trưởng các ban, ngành thuộc Ủy ban nhân dân ⏎tỉnh
Trực tiếp tiếp công dân theo quy định; giải quyết dứt điểm các vụ việc thuộc thẩm quyền; gửi báo cáo về Thanh tra tỉnh trước ngày 15 hằng tháng.
4. Chủ tịch Ủy ban nhân dân các xã, phường
Tập trung giải quyết các vụ việc ngay từ khi mới phát sinh; không để hình thành điểm nóng về an ninh, trật tự.
"""
write(8, src, [
    U("Chánh Thanh tra tỉnh", "execute"), U("Chánh Thanh tra tỉnh", "lead"), U("Chánh Thanh tra tỉnh", "monitor"),
    U("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Ban Tiếp công dân tỉnh", "coordinate"),
    U("Chánh Văn phòng Ủy ban nhân dân tỉnh", "coordinate", opt=True),
    U("Giám đốc các sở", "execute"), U("Thủ trưởng các ban, ngành thuộc Ủy ban nhân dân tỉnh", "execute"),
    U("Thanh tra tỉnh", "report"),
    U("Chủ tịch Ủy ban nhân dân các xã, phường", "execute"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 09 Abbreviations explained once (PDF), then used in headings and partner lists
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN"], "96/KH-UBND", "Đông Sơn", "ngày 30 tháng 3 năm 2026", "KẾ HOẠCH",
    ["Triển khai chương trình mỗi xã một sản phẩm (OCOP) năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương.
II. NHIỆM VỤ
Hỗ trợ chủ thể OCOP hoàn thiện sản phẩm, xây dựng thương hiệu, xúc tiến thương mại.
III. TỔ CHỨC THỰC HIỆN
Giao Sở Nông nghiệp và Môi trường (sau đây viết tắt là Sở NN&MT) là cơ quan thường trực Chương trình; Ủy ban nhân dân các xã, phường, đặc khu (sau đây viết tắt là UBND cấp xã) là cơ quan tổ chức thực hiện tại địa phương.
1. Sở NN&MT
Chủ trì tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh; hướng dẫn UBND cấp xã lựa chọn sản phẩm tham gia Chương trình.
2. Sở Công Thương
Phối hợp với Sở NN&MT tổ chức hội chợ, triển lãm, kết nối tiêu thụ sản phẩm OCOP.
3. Sở Khoa học và Công nghệ (Sở KH&CN)
Hỗ trợ chủ thể OCOP đăng ký nhãn hiệu, truy xuất nguồn gốc sản phẩm.
4. UBND cấp xã
Chủ trì tổ chức đánh giá, phân hạng sản phẩm cấp xã; phối hợp với Sở KH&CN hướng dẫn chủ thể đăng ký bảo hộ nhãn hiệu; báo cáo kết quả về Sở NN&MT trước ngày 10 tháng 12 năm 2026.
"""
write(9, src, [
    U("Sở Nông nghiệp và Môi trường", "lead", "Sở NN&MT"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute", "UBND cấp xã"),
    U("Sở Nông nghiệp và Môi trường", "execute", "Sở NN&MT"),
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "coordinate"),
    U("Sở Nông nghiệp và Môi trường", "coordinate", "Sở NN&MT"),
    U("Sở Khoa học và Công nghệ", "execute", "Sở KH&CN"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "lead", "UBND cấp xã"),
    U("Sở Khoa học và Công nghệ", "coordinate", "Sở KH&CN"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate", "UBND cấp xã", opt=True),
    U("Sở Nông nghiệp và Môi trường", "report", "Sở NN&MT"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="The full name and the defined short form are the same unit: either printed form matches.")

# 10 Police, military command, border guard; headings wrapped before a lowercase "tỉnh"; page number inside a partner list
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH HẢI VÂN"], "188/KH-UBND", "Hải Vân", "ngày 06 tháng 5 năm 2026", "KẾ HOẠCH",
    ["Phòng, chống buôn lậu, gian lận thương mại và hàng giả trên tuyến biên giới năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Ngăn chặn, đẩy lùi tình trạng buôn lậu, vận chuyển hàng cấm qua biên giới.
II. NHIỆM VỤ TRỌNG TÂM
Tăng cường tuần tra, kiểm soát địa bàn biên giới, cửa khẩu, đường mòn, lối mở.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Chi cục Hải quan khu vực XII, Công an ⏎tỉnh
Chủ trì tuần tra, kiểm soát trên tuyến biên giới, cửa khẩu theo địa bàn được phân công; phối hợp với Ủy ban nhân dân các xã biên giới nắm tình hình, phát hiện đối tượng.
2. Bộ Chỉ huy Quân sự tỉnh
Chỉ đạo Ban Chỉ huy Quân sự các xã biên giới phối hợp với đồn biên phòng tham gia tuần tra; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sở Công Thương, Công @@3 an tỉnh tổ chức lực lượng chốt chặn các đường mòn, lối mở.
3. Sở Công Thương
Chủ trì chỉ đạo lực lượng quản lý thị trường kiểm tra, xử lý hàng giả, hàng không rõ nguồn gốc tại các chợ biên giới.
4. Ủy ban nhân dân các xã biên giới
Tuyên truyền, vận động nhân dân không tiếp tay cho buôn lậu; báo cáo tình hình về Ban Chỉ đạo 389 tỉnh định kỳ hằng quý.
"""
write(10, src, [
    U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "execute"), U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "lead"),
    U("Chi cục Hải quan khu vực XII", "execute"), U("Chi cục Hải quan khu vực XII", "lead"),
    U("Công an tỉnh", "execute"), U("Công an tỉnh", "lead"),
    U("Ủy ban nhân dân các xã biên giới", "coordinate"),
    U("Bộ Chỉ huy Quân sự tỉnh", "execute"),
    U("Ban Chỉ huy Quân sự các xã biên giới", "execute", opt=True),
    U("Ban Chỉ huy Quân sự các xã biên giới", "coordinate", opt=True),
    U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"), U("Sở Công Thương", "coordinate"),
    U("Công an tỉnh", "coordinate"),
    U("Bộ Chỉ huy Quân sự tỉnh", "coordinate", opt=True),
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "lead"), U("Sở Công Thương", "monitor", opt=True),
    U("Ủy ban nhân dân các xã biên giới", "execute"),
    U("Ban Chỉ đạo 389 tỉnh", "report"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ TRỌNG TÂM"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 11 State companies
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH THÁI GIANG"], "59/KH-UBND", "Thái Giang", "ngày 25 tháng 2 năm 2026", "KẾ HOẠCH",
    ["Bảo đảm cung ứng điện, nước sạch và dịch vụ viễn thông mùa khô năm 2026"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm cung ứng đủ điện, nước sạch phục vụ sản xuất và sinh hoạt của nhân dân trong mùa khô.
II. NHIỆM VỤ
Rà soát nguồn cung, xây dựng phương án cấp điện, cấp nước dự phòng.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
Chủ trì theo dõi tình hình cung ứng điện trên địa bàn; kiểm tra việc thực hiện phương án cấp điện của Công ty Điện lực Thái Giang.
2. Công ty Điện lực Thái Giang
Xây dựng phương án cấp điện mùa khô, ưu tiên cấp điện cho các trạm bơm tưới tiêu; thông báo lịch tạm ngừng cấp điện trên các phương tiện thông tin đại chúng.
3. Công ty TNHH MTV Khai thác công trình thủy lợi Thái Giang
Vận hành hợp lý hệ thống hồ chứa, trạm bơm; phối hợp với Ủy ban nhân dân các xã, phường điều tiết nước tưới.
4. Công ty Cổ phần Cấp thoát nước Thái Giang
Bảo đảm cấp nước sạch liên tục; xây dựng phương án cấp nước bằng xe bồn cho các khu vực thiếu nước.
5. Viễn thông Thái Giang, Viettel Thái Giang
Bảo đảm thông tin liên lạc thông suốt phục vụ công tác chỉ đạo, điều hành.
"""
write(11, src, [
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "lead"), U("Sở Công Thương", "monitor"),
    U("Công ty Điện lực Thái Giang", "execute"),
    U("Công ty TNHH MTV Khai thác công trình thủy lợi Thái Giang", "execute"),
    U("Ủy ban nhân dân các xã, phường", "coordinate"),
    U("Công ty TNHH MTV Khai thác công trình thủy lợi Thái Giang", "coordinate", opt=True),
    U("Công ty Cổ phần Cấp thoát nước Thái Giang", "execute"),
    U("Viễn thông Thái Giang", "execute"), U("Viettel Thái Giang", "execute"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")])

# 12 "(Sở X chủ trì, phối hợp với …)" after tasks, wrapped across lines and a page break
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH VÂN HÀ"], "231/KH-UBND", "Vân Hà", "ngày 15 tháng 6 năm 2026", "KẾ HOẠCH",
    ["Thực hiện Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030 trên địa bàn tỉnh"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các nhiệm vụ của Chiến lược phù hợp với tình hình thực tế của tỉnh.
II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện cơ chế kiểm soát quyền lực trong công tác cán bộ, quản lý tài chính công, đầu tư công, đất đai và khoáng sản (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường; thực hiện thường xuyên).
2. Thực hiện công khai, minh bạch trong hoạt động của cơ quan, tổ chức, đơn vị; kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn (Thanh tra tỉnh chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường; thực hiện hằng năm).
3. Nâng cao hiệu quả phát hiện, xử lý tham nhũng qua công tác điều tra, truy tố, xét xử và thu hồi tài sản tham nhũng (Công an tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Thi hành án dân sự tỉnh; thực hiện thường xuyên).
4. Đẩy mạnh chuyển đổi số, thanh toán không dùng tiền mặt trong thu, chi ngân sách (Sở Khoa học và Công nghệ, @@4 Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XVI; hoàn thành năm 2027).
III. TỔ CHỨC THỰC HIỆN
Thanh tra tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Thanh tra Chính phủ theo quy định.
"""
write(12, src, [
    U("Sở Nội vụ", "lead"), U("Sở Tài chính", "coordinate"), U("Sở Nông nghiệp và Môi trường", "coordinate"),
    U("Thanh tra tỉnh", "lead"), U("các sở, ban, ngành", "coordinate"),
    U("Ủy ban nhân dân các xã, phường", "coordinate"),
    U("Công an tỉnh", "lead"), U("Viện kiểm sát nhân dân tỉnh", "coordinate"),
    U("Tòa án nhân dân tỉnh", "coordinate"), U("Thi hành án dân sự tỉnh", "coordinate", opt=True),
    U("Sở Khoa học và Công nghệ", "lead"), U("Sở Tài chính", "lead"),
    U("Kho bạc Nhà nước khu vực XVI", "coordinate"),
    U("Thanh tra tỉnh", "execute"), U("Thanh tra tỉnh", "monitor"),
    U("Ủy ban nhân dân tỉnh", "report"), U("Thanh tra Chính phủ", "report"),
    U("Sở Nội vụ", "execute", opt=True), U("Công an tỉnh", "execute", opt=True),
    U("Sở Khoa học và Công nghệ", "execute", opt=True), U("Sở Tài chính", "execute", opt=True),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
notes="Thi hành án dân sự tỉnh is review 22 kind 5 (known) - optional.")
