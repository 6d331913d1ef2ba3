from common import U, prov_header, write
from cases_b import ph, TC, OPEN

# 19 "Đề nghị" addressees one per line, and in a wrapped paragraph
src = ph("Kim Sơn", "120/KH-UBND", "ngày 14 tháng 4 năm 2026", "Phổ biến, giáo dục pháp luật năm 2026") + OPEN + """
1. Sở Tư pháp
Là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. Đề nghị:
- Tòa án nhân dân tỉnh;
- Viện kiểm sát nhân dân tỉnh;
- Bảo hiểm xã hội tỉnh;
- Thuế tỉnh
phối hợp với Sở Tư pháp tổ chức phổ biến pháp luật gắn với hoạt động chuyên môn của ngành.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Luật gia tỉnh, Đoàn Luật sư tỉnh phối hợp tổ chức trợ giúp pháp lý, tư vấn pháp luật miễn phí cho người dân.
"""
write(19, src, [
    U("Sở Tư pháp", "execute"), U("Sở Tư pháp", "lead"), U("Sở Tư pháp", "monitor"),
    U("Tòa án nhân dân tỉnh", "execute"), U("Viện kiểm sát nhân dân tỉnh", "execute"),
    U("Bảo hiểm xã hội tỉnh", "execute"), U("Thuế tỉnh", "execute"),
    U("Tòa án nhân dân tỉnh", "coordinate"), U("Viện kiểm sát nhân dân tỉnh", "coordinate"),
    U("Bảo hiểm xã hội tỉnh", "coordinate"), U("Thuế tỉnh", "coordinate"),
    U("Sở Tư pháp", "coordinate"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"), U("Hội Luật gia tỉnh", "execute"), U("Đoàn Luật sư tỉnh", "execute"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate"), U("Hội Luật gia tỉnh", "coordinate"), U("Đoàn Luật sư tỉnh", "coordinate"),
], TC)

# 20 Heading with colon, the paragraph starting lowercase on the next line
src = ph("Bình Lâm", "170/KH-UBND", "ngày 19 tháng 5 năm 2026", "Phát triển thể thao quần chúng năm 2026") + OPEN + """
1. Sở Văn hóa, Thể thao và Du lịch:
chủ trì tổ chức Đại hội Thể dục thể thao tỉnh; hướng dẫn các xã, phường tổ chức giải thể thao quần chúng; theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Giáo dục và Đào tạo:
chỉ đạo các cơ sở giáo dục tổ chức Hội khỏe Phù Đổng các cấp; phối hợp với Sở Văn hóa, Thể thao và Du lịch tuyển chọn vận động viên năng khiếu.
3. Liên đoàn Lao động tỉnh, Tỉnh Đoàn:
tổ chức các giải thể thao cho công nhân, viên chức, lao động và thanh niên.
4. Ủy ban nhân dân các xã, phường:
xây dựng, quản lý các thiết chế văn hóa, thể thao cơ sở.
"""
write(20, src, [
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    U("Sở Văn hóa, Thể thao và Du lịch", "monitor"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Giáo dục và Đào tạo", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
    U("Sở Giáo dục và Đào tạo", "coordinate", opt=True),
    U("các cơ sở giáo dục", "execute", opt=True),
    U("Liên đoàn Lao động tỉnh", "execute"), U("Tỉnh Đoàn", "execute"),
    U("Ủy ban nhân dân các xã, phường", "execute"),
], TC)

# 21 A decision of a provincial UBND with Điều 3 wrapped, and the attached plan's headings directly above paragraphs
src = prov_header(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ LÂM"], "1450/QĐ-UBND", "Phú Lâm", "ngày 21 tháng 7 năm 2026", "QUYẾT ĐỊNH",
    ["Ban hành Kế hoạch thu hút đầu tư vào các khu công nghiệp năm 2026"]) + """
=ỦY BAN NHÂN DÂN TỈNH PHÚ LÂM
=QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thu hút đầu tư vào các khu công nghiệp năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Công Thương, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường có khu công nghiệp và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
@2
=KẾ HOẠCH
=(Kèm theo Quyết định số 1450/QĐ-UBND ngày 21 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
Thu hút các dự án công nghệ cao, thân thiện môi trường.
II. TỔ CHỨC THỰC HIỆN
1. Ban Quản lý các khu công nghiệp tỉnh
Chủ trì tổ chức xúc tiến đầu tư, hỗ trợ nhà đầu tư sau cấp phép; định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh (qua Sở Tài chính).
2. Sở Tài chính
Phối hợp với Ban Quản lý các khu công nghiệp tỉnh thẩm định hồ sơ dự án; theo dõi tình hình triển khai các dự án đầu tư.
3. Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh
Xây dựng tài liệu quảng bá môi trường đầu tư; tổ chức hội nghị xúc tiến đầu tư tại nước ngoài.
"""
write(21, src, [
    U("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Giám đốc Sở Tài chính", "execute"),
    U("Giám đốc Sở Công Thương", "execute"), U("Trưởng ban Ban Quản lý các khu công nghiệp tỉnh", "execute"),
    U("Chủ tịch Ủy ban nhân dân các xã, phường có khu công nghiệp", "execute"),
    U("Ban Quản lý các khu công nghiệp tỉnh", "execute"), U("Ban Quản lý các khu công nghiệp tỉnh", "lead"),
    U("Sở Tài chính", "report"), U("Ủy ban nhân dân tỉnh", "report", opt=True),
    U("Sở Tài chính", "execute"), U("Ban Quản lý các khu công nghiệp tỉnh", "coordinate"),
    U("Sở Tài chính", "coordinate", opt=True), U("Sở Tài chính", "monitor"),
    U("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "execute"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")])

# 22 QĐ-TTg national plan: unit headings with "- " bullets, page number before the first bullet
src = prov_header(["THỦ TƯỚNG CHÍNH PHỦ"], "930/QĐ-TTg", "Hà Nội", "ngày 10 tháng 6 năm 2026", "QUYẾT ĐỊNH",
    ["Ban hành Kế hoạch quốc gia bảo vệ trẻ em trên môi trường mạng giai đoạn 2026 - 2030"]) + """
=QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch quốc gia bảo vệ trẻ em trên môi trường mạng giai đoạn 2026 - 2030.
=KẾ HOẠCH
=(Kèm theo Quyết định số 930/QĐ-TTg ngày 10 tháng 6 năm 2026 của Thủ tướng Chính phủ)
I. MỤC TIÊU
Tạo môi trường mạng an toàn, lành mạnh cho trẻ em.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Y tế
@3
- Là cơ quan thường trực, chủ trì, phối hợp với Bộ Công an, Bộ Khoa học và Công nghệ hướng dẫn, theo dõi việc thực hiện Kế hoạch.
- Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện hằng năm.
2. Bộ Công an
- Chủ trì phát hiện, điều tra, xử lý các hành vi xâm hại trẻ em trên môi trường mạng.
- Phối hợp với Bộ Khoa học và Công nghệ, các doanh nghiệp cung cấp dịch vụ viễn thông, internet gỡ bỏ thông tin vi phạm.
3. Bộ Giáo dục và Đào tạo
- Đưa nội dung kỹ năng an toàn trên môi trường mạng vào hoạt động giáo dục; chỉ đạo các cơ sở giáo dục phổ thông tổ chức thực hiện.
4. Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp Phụ nữ Việt Nam
- Phối hợp với Bộ Y tế tuyên truyền, hướng dẫn cha mẹ, trẻ em sử dụng internet an toàn.
"""
write(22, src, [
    U("Bộ Y tế", "execute"), U("Bộ Y tế", "lead"), U("Bộ Y tế", "monitor"),
    U("Bộ Công an", "coordinate"), U("Bộ Khoa học và Công nghệ", "coordinate"),
    U("Thủ tướng Chính phủ", "report"),
    U("Bộ Công an", "execute"), U("Bộ Công an", "lead"),
    U("các doanh nghiệp cung cấp dịch vụ viễn thông, internet", "coordinate"),
    U("Bộ Công an", "coordinate", opt=True) ,
    U("Bộ Giáo dục và Đào tạo", "execute"), U("các cơ sở giáo dục phổ thông", "execute", opt=True),
    U("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "execute"), U("Hội Liên hiệp Phụ nữ Việt Nam", "execute"),
    U("Bộ Y tế", "coordinate"),
    U("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "coordinate", opt=True), U("Hội Liên hiệp Phụ nữ Việt Nam", "coordinate", opt=True),
], [("I", "MỤC TIÊU"), ("II", "TỔ CHỨC THỰC HIỆN")])

# 23 "Giao Sở …" paragraphs without headings, wrapped; "Giao Ủy ban nhân dân các xã, phường:" over bullets
src = ph("Thái Giang", "211/KH-UBND", "ngày 29 tháng 6 năm 2026", "Xử lý rác thải nhựa và chất thải rắn sinh hoạt năm 2026") + OPEN + """
1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng, Sở Tài chính và Ủy ban nhân dân các xã, phường hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn; kiểm tra việc thu gom, vận chuyển, xử lý chất thải.
2. Giao Sở Công Thương hướng dẫn các siêu thị, trung tâm thương mại hạn chế sử dụng túi ni lông khó phân hủy.
3. Giao Ủy ban nhân dân các xã, phường:
- Tổ chức thu gom, vận chuyển chất thải rắn sinh hoạt trên địa bàn;
- Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 05 tháng 12 năm 2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
"""
write(23, src, [
    U("Sở Nông nghiệp và Môi trường", "lead"), U("Sở Xây dựng", "coordinate"), U("Sở Tài chính", "coordinate"),
    U("Ủy ban nhân dân các xã, phường", "coordinate"), U("Sở Nông nghiệp và Môi trường", "monitor"),
    U("Sở Nông nghiệp và Môi trường", "execute", opt=True),
    U("Sở Công Thương", "execute"),
    U("Ủy ban nhân dân các xã, phường", "execute"),
    U("Sở Nông nghiệp và Môi trường", "report"), U("Ủy ban nhân dân tỉnh", "report"),
], TC)

# 24 Heading listing bodies with semicolons, wrapped over two lines
src = ph("Đông Sơn", "260/KH-UBND", "ngày 18 tháng 8 năm 2026", "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ") + OPEN + """
1. Sở Y tế
Là cơ quan thường trực Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, chủ trì thành lập các đoàn kiểm tra liên ngành; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Công Thương; Sở Nông nghiệp và Môi trường; Công an tỉnh; Sở Văn hóa, Thể ⏎thao và Du lịch
Theo chức năng, nhiệm vụ, cử thành viên tham gia đoàn kiểm tra liên ngành; phối hợp với Sở Y tế xử lý các vi phạm về an toàn thực phẩm.
3. Ủy ban nhân dân các xã, phường, đặc khu
Thành lập đoàn kiểm tra cấp xã; kiểm tra các cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố trên địa bàn.
"""
write(24, src, [
    U("Sở Y tế", "execute"), U("Sở Y tế", "lead"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Công Thương", "execute"), U("Sở Nông nghiệp và Môi trường", "execute"), U("Công an tỉnh", "execute"),
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Y tế", "coordinate"),
    U("Sở Công Thương", "coordinate", opt=True), U("Sở Nông nghiệp và Môi trường", "coordinate", opt=True),
    U("Công an tỉnh", "coordinate", opt=True), U("Sở Văn hóa, Thể thao và Du lịch", "coordinate", opt=True),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "monitor"),
], TC, notes="UBND cấp xã monitor: inspects food businesses (others' work).")

# 25 A name broken by a page break inside a partner list; heading broken by a page number
src = ph("Vân Hà", "276/KH-UBND", "ngày 27 tháng 8 năm 2026", "Phát triển kinh tế tập thể, hợp tác xã năm 2026") + OPEN + """
1. Sở Tài chính
Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh, Sở Khoa học và Công nghệ, Ngân hàng Chính sách xã hội chi nhánh tỉnh Vân Hà, Sở Văn hóa, Thể thao @@3 và Du lịch triển khai các chính sách hỗ trợ hợp tác xã; theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Liên minh Hợp tác xã tỉnh
Tư vấn, hỗ trợ thành lập mới hợp tác xã; tổ chức đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã.
3. Ủy ban nhân dân các xã, phường
Hướng dẫn các tổ hợp tác, hợp tác xã trên địa bàn hoạt động theo quy định của Luật Hợp tác xã.
"""
write(25, src, [
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"), U("Sở Tài chính", "monitor"),
    U("Sở Nông nghiệp và Môi trường", "coordinate"), U("Liên minh Hợp tác xã tỉnh", "coordinate"),
    U("Sở Khoa học và Công nghệ", "coordinate"), U("Ngân hàng Chính sách xã hội chi nhánh tỉnh Vân Hà", "coordinate"),
    U("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
    U("Liên minh Hợp tác xã tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường", "execute"),
], TC)

# 26 Ministry of Finance plan for its Cục and Vụ; names with lowercase words
src = prov_header(["BỘ TÀI CHÍNH"], "2210/KH-BTC", "Hà Nội", "ngày 05 tháng 6 năm 2026", "KẾ HOẠCH",
    ["Triển khai thực hành tiết kiệm, chống lãng phí năm 2026 của Bộ Tài chính"]) + """
I. MỤC ĐÍCH, YÊU CẦU
Thực hành tiết kiệm, chống lãng phí trong quản lý, sử dụng ngân sách, tài sản công.
II. TỔ CHỨC THỰC HIỆN
1. Cục Quản lý công sản
Chủ trì hướng dẫn, kiểm tra việc quản lý, sử dụng tài sản công tại các đơn vị thuộc Bộ; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện.
2. Vụ Ngân sách nhà nước
Chủ trì tham mưu Bộ trưởng trình Chính phủ phương án tiết kiệm chi thường xuyên; phối hợp với Cục Quản lý nợ và Kinh tế đối ngoại rà soát các khoản vay.
3. Cục Thuế, Cục Hải quan, Kho bạc Nhà nước
Chỉ đạo các đơn vị trực thuộc thực hiện nghiêm các định mức chi tiêu; đẩy mạnh thanh toán điện tử.
4. Thanh tra Bộ
Thanh tra, kiểm tra việc thực hành tiết kiệm, chống lãng phí tại các đơn vị thuộc Bộ.
5. Viện Chiến lược và Chính sách tài chính
Nghiên cứu, đề xuất các giải pháp nâng cao hiệu quả sử dụng nguồn lực tài chính công.
"""
write(26, src, [
    U("Cục Quản lý công sản", "execute"), U("Cục Quản lý công sản", "lead"), U("Cục Quản lý công sản", "monitor"),
    U("Bộ trưởng", "report"),
    U("Vụ Ngân sách nhà nước", "execute"), U("Vụ Ngân sách nhà nước", "lead"),
    U("Cục Quản lý nợ và Kinh tế đối ngoại", "coordinate"),
    U("Vụ Ngân sách nhà nước", "coordinate", opt=True),
    U("Cục Thuế", "execute"), U("Cục Hải quan", "execute"), U("Kho bạc Nhà nước", "execute"),
    U("Thanh tra Bộ", "execute"), U("Thanh tra Bộ", "monitor"),
    U("Viện Chiến lược và Chính sách tài chính", "execute"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")])
