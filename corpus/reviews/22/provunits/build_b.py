from common import *
from build_a import PRE, SEC

# 13: state enterprises and telecoms as headings
m = "tvpl"
t = header_tvpl("Hà Lâm", "301", "Hà Lâm", (11, 11, 2025), "Bảo đảm cung ứng điện, nước, thông tin liên lạc mùa khô năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Công Thương",
    "- Chủ trì, phối hợp với Công ty Điện lực Hà Lâm xây dựng phương án cung ứng điện, ưu tiên cấp điện cho trạm bơm tưới tiêu, cơ sở y tế.",
    "#2. Công ty Điện lực Hà Lâm",
    "- Bảo đảm vận hành an toàn lưới điện; thông báo lịch tạm ngừng cung cấp điện trước ít nhất 05 ngày.",
    "#3. Công ty TNHH MTV Khai thác công trình thủy lợi Hà Lâm, Công ty Cổ phần Cấp thoát nước Hà Lâm",
    "- Điều tiết nguồn nước hợp lý, bảo đảm nước sinh hoạt cho Nhân dân vùng khô hạn.",
    "#4. Viễn thông Hà Lâm, Viettel Hà Lâm, Bưu điện tỉnh",
    "- Bảo đảm thông tin liên lạc thông suốt phục vụ chỉ đạo, điều hành phòng, chống hạn hán./."], m)
t += closing(m)
write_case(13, t, [
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "lead"), U("Công ty Điện lực Hà Lâm", "coordinate"),
    U("Công ty Điện lực Hà Lâm", "execute"),
    U("Công ty TNHH MTV Khai thác công trình thủy lợi Hà Lâm", "execute"), U("Công ty Cổ phần Cấp thoát nước Hà Lâm", "execute"),
    U("Viễn thông Hà Lâm", "execute"), U("Viettel Hà Lâm", "execute"), U("Bưu điện tỉnh", "execute"),
], SEC, note="state enterprises / telecoms as unit headings. '05 ngày' is a rule, not an aim")

# 14: banks
t = header_tvpl("Sơn Bình", "145", "Sơn Bình", (4, 6, 2026), "Triển khai chính sách tín dụng hỗ trợ nhà ở xã hội trên địa bàn tỉnh")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Đề nghị Ngân hàng Nhà nước chi nhánh Khu vực 11",
    "- Chỉ đạo các tổ chức tín dụng trên địa bàn triển khai chương trình cho vay ưu đãi; theo dõi, giám sát dư nợ cho vay nhà ở xã hội.",
    "- Phối hợp với Sở Xây dựng công khai danh mục dự án đủ điều kiện vay vốn.",
    "#2. Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn Bình",
    "- Giải ngân kịp thời nguồn vốn cho vay mua, thuê mua nhà ở xã hội; phối hợp với Ủy ban nhân dân các xã, phường, đặc khu bình xét đối tượng vay vốn.",
    "#3. Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Sơn Bình, Ngân hàng TMCP Công Thương Việt Nam chi nhánh Sơn Bình",
    "- Đơn giản hóa hồ sơ, thủ tục vay vốn; định kỳ hằng quý báo cáo kết quả cho vay về Ngân hàng Nhà nước chi nhánh Khu vực 11 và Sở Xây dựng./."], m)
t += closing(m)
N = "Ngân hàng Nhà nước chi nhánh Khu vực 11"
write_case(14, t, [
    U(N, "execute"), U(N, "monitor"), U("Sở Xây dựng", "coordinate"),
    U("Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn Bình", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    U("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Sơn Bình", "execute"),
    U("Ngân hàng TMCP Công Thương Việt Nam chi nhánh Sơn Bình", "execute"),
    U(N, "report"), U("Sở Xây dựng", "report"),
    U("các tổ chức tín dụng trên địa bàn", "execute", opt=True),
], SEC, note="banks; 'và' inside bank names")

# 15: Ban Quản lý các khu công nghiệp with abbreviation BQL các KCN
t = header_tvpl("Đông Giang", "66", "Đông Giang", (19, 3, 2026), "Phát triển hạ tầng số trong các khu công nghiệp giai đoạn 2026 - 2030")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Ban Quản lý các khu công nghiệp tỉnh (BQL các KCN)",
    "- Chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng rà soát hiện trạng hạ tầng viễn thông trong các khu công nghiệp; đề xuất điều chỉnh quy hoạch hạ tầng kỹ thuật viễn thông.",
    "- Tổng hợp, tham mưu, báo cáo Ủy ban nhân dân tỉnh các nội dung cần sửa đổi, bổ sung.",
    "#2. Sở Khoa học và Công nghệ",
    "- Phối hợp với BQL các KCN hướng dẫn các doanh nghiệp viễn thông xây dựng hạ tầng kỹ thuật viễn thông thụ động dùng chung.",
    "#3. Các doanh nghiệp kinh doanh hạ tầng khu công nghiệp",
    "- Bố trí mặt bằng, phối hợp với các doanh nghiệp viễn thông đầu tư hạ tầng số đồng bộ; định kỳ 6 tháng báo cáo tiến độ về BQL các KCN./."], m)
t += closing(m)
B = ("Ban Quản lý các khu công nghiệp tỉnh", "BQL các KCN")
write_case(15, t, [
    U(B[0], "execute", B[1]), U(B[0], "lead", B[1]), U("Sở Khoa học và Công nghệ", "coordinate"), U("Sở Xây dựng", "coordinate"),
    U("Ủy ban nhân dân tỉnh", "report"), U(B[0], "lead", B[1], opt=True),
    U("Sở Khoa học và Công nghệ", "execute"), U(B[1], "coordinate", B[0]),
    U("Các doanh nghiệp kinh doanh hạ tầng khu công nghiệp", "execute"), U("các doanh nghiệp viễn thông", "coordinate", opt=True),
    U(B[1], "report", B[0]),
], SEC, note="abbreviation BQL các KCN after first mention in parentheses")

# 16: report recipients only; no task for Tỉnh ủy / HĐND / Bộ
m = "plain"
t = header_plain("Kiên Long", "18", "Kiên Long", (15, 1, 2026), "Tổng kết 5 năm thực hiện Đề án phát triển kinh tế tập thể")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh xây dựng báo cáo tổng kết, trình Ủy ban nhân dân tỉnh trước ngày 31/3/2026 để báo cáo Ban Thường vụ Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh và Bộ Tài chính.",
    "2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường, đặc khu đánh giá kết quả thực hiện Đề án thuộc lĩnh vực, địa bàn quản lý, gửi báo cáo về Sở Tài chính trước ngày 28/02/2026.",
    "Trên đây là Kế hoạch tổng kết 5 năm thực hiện Đề án phát triển kinh tế tập thể; Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai thực hiện đúng thời gian quy định./."], m)
t += closing(m, recips=["- Bộ Tài chính (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Liên minh HTX tỉnh;", "- UBND các xã, phường, đặc khu;", "- Lưu: VT, KT."])
write_case(16, t, [
    U("Sở Tài chính", "lead"), U("Sở Tài chính", "execute", opt=True), U("Liên minh Hợp tác xã tỉnh", "coordinate"),
    U("Ủy ban nhân dân tỉnh", "report", opt=True),
    U("Ban Thường vụ Tỉnh ủy", "report"), U("Thường trực Hội đồng nhân dân tỉnh", "report"), U("Bộ Tài chính", "report"),
    U("Các sở, ban, ngành tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Tài chính", "report"),
], SEC, note="report recipients (Ban Thường vụ Tỉnh ủy, TT HĐND, Bộ Tài chính) are report only; recipients list gives nothing")

# 17: Giao A; B; C; D theo chức năng ... (semicolon list of subjects in a sentence)
m = "tvpl"
t = header_tvpl("Bắc Hòa", "92", "Bắc Hòa", (8, 4, 2026), "Phòng, chống đuối nước trẻ em trên địa bàn tỉnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Giao Sở Y tế; Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các xã, phường, đặc khu theo chức năng, nhiệm vụ được giao triển khai các hoạt động phòng, chống đuối nước trẻ em.",
    "2. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các lớp dạy bơi an toàn cho trẻ em trong dịp hè; Sở Giáo dục và Đào tạo phối hợp bố trí địa điểm tại các trường học có bể bơi.",
    "3. Các cơ quan, đơn vị, địa phương báo cáo kết quả về Sở Y tế trước ngày 15/10/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(17, t, [
    U("Sở Y tế", "execute"), U("Sở Giáo dục và Đào tạo", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "execute"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Văn hóa, Thể thao và Du lịch", "lead"), U("Sở Giáo dục và Đào tạo", "coordinate"),
    U("Sở Y tế", "report"), U("Ủy ban nhân dân tỉnh", "report"),
], SEC, note="semicolon list after Giao; second clause subject 'Sở GDĐT phối hợp'")

# 18: bold headings ending with a colon and run-in text on the same line
t = header_tvpl("Tây Nguyên Hạ", "175", "Tây Nguyên Hạ", (2, 7, 2026), "Thực hiện công tác giảm nghèo bền vững năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN"], m)
t += ("**1. Sở Nông nghiệp và Môi trường:** Là cơ quan thường trực Chương trình mục tiêu quốc gia giảm nghèo\n"
      "bền vững; chủ trì, phối hợp với các sở, ngành hướng dẫn, kiểm tra, đôn đốc các địa phương triển\n"
      "khai thực hiện.\n\n"
      "**2. Sở Tài chính, Sở Dân tộc và Tôn giáo:** Theo chức năng, nhiệm vụ được giao, tham mưu\n"
      "phân bổ vốn, lồng ghép các chính sách hỗ trợ đồng bào dân tộc thiểu số.\n\n"
      "**3. Ngân hàng Chính sách xã hội chi nhánh tỉnh:** Bảo đảm nguồn vốn tín dụng ưu đãi cho hộ\n"
      "nghèo, hộ cận nghèo, hộ mới thoát nghèo.\n\n"
      "**4. Ủy ban nhân dân các xã, phường, đặc khu:** Rà soát, quản lý danh sách hộ nghèo; báo cáo\n"
      "kết quả về Sở Nông nghiệp và Môi trường trước ngày 10/12/2026./.\n\n")
t += closing(m)
NN = "Sở Nông nghiệp và Môi trường"
write_case(18, t, [
    U(NN, "execute"), U(NN, "lead"), U(NN, "monitor"),
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"), U("Sở Dân tộc và Tôn giáo", "execute"), U("Sở Dân tộc và Tôn giáo", "lead"),
    U("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "execute"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(NN, "report"),
    U("các sở, ngành", "coordinate", opt=True),
], SEC, note="'**X:** run-in' bold headings with colon inside the bold")

# 19: "hướng dẫn, kiểm tra, đôn đốc" and "chủ trì tham mưu", "tham mưu UBND tỉnh" in a sentence; "phối hợp chặt chẽ với"
t = header_tvpl("Lam Sơn", "230", "Lam Sơn", (21, 10, 2025), "Quản lý, sử dụng đất đai tiết kiệm, hiệu quả năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Nông nghiệp và Môi trường",
    "- Chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành bảng giá đất điều chỉnh; hướng dẫn, kiểm tra, đôn đốc Ủy ban nhân dân các xã, phường, đặc khu lập kế hoạch sử dụng đất.",
    "- Phối hợp chặt chẽ với Thanh tra tỉnh, Công an tỉnh xử lý các trường hợp vi phạm pháp luật đất đai.",
    "#2. Sở Tài chính",
    "- Phối hợp với Sở Nông nghiệp và Môi trường thẩm định giá đất cụ thể; tham mưu Ủy ban nhân dân tỉnh quản lý nguồn thu từ đất.",
    "#3. Văn phòng Đăng ký đất đai tỉnh",
    "- Cập nhật, chỉnh lý cơ sở dữ liệu đất đai; cung cấp thông tin đất đai cho Thuế tỉnh phục vụ xác định nghĩa vụ tài chính./."], m)
t += closing(m)
write_case(19, t, [
    U(NN, "execute"), U(NN, "lead"), U(NN, "monitor"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute", opt=True),
    U("Thanh tra tỉnh", "coordinate"), U("Công an tỉnh", "coordinate"), U(NN, "coordinate", opt=True),
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "coordinate", opt=True), U(NN, "coordinate"), U("Sở Tài chính", "lead"),
    U("Văn phòng Đăng ký đất đai tỉnh", "execute"),
], SEC, note="'Chủ trì tham mưu'; UBND tỉnh object of tham mưu; Thuế tỉnh recipient of information (not responsible)")

# 20: post-2025 justice and police bodies
t = header_tvpl("Phú Yên Hạ", "38", "Phú Yên Hạ", (10, 2, 2026), "Phổ biến, giáo dục pháp luật cho Nhân dân năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tư pháp là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, chủ trì, phối hợp với Thi hành án dân sự tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh tổ chức các phiên tòa xét xử lưu động gắn với tuyên truyền pháp luật.",
    "2. Công an tỉnh chỉ đạo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh, Công an các xã, phường, đặc khu tuyên truyền pháp luật về phòng cháy, chữa cháy tại khu dân cư.",
    "3. Đề nghị Tòa án nhân dân khu vực 1, Tòa án nhân dân khu vực 2 phối hợp với Ủy ban nhân dân cấp xã tổ chức phiên tòa giả định cho học sinh./."], m)
t += closing(m)
write_case(20, t, [
    U("Sở Tư pháp", "lead"), U("Sở Tư pháp", "execute", opt=True),
    U("Thi hành án dân sự tỉnh", "coordinate"), U("Tòa án nhân dân tỉnh", "coordinate"), U("Viện Kiểm sát nhân dân tỉnh", "coordinate"),
    U("Công an tỉnh", "execute"),
    U("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh", "execute", opt=True),
    U("Công an các xã, phường, đặc khu", "execute", opt=True),
    U("Tòa án nhân dân khu vực 1", "execute"), U("Tòa án nhân dân khu vực 2", "execute"),
    U("Tòa án nhân dân khu vực 1", "coordinate", opt=True), U("Tòa án nhân dân khu vực 2", "coordinate", opt=True),
    U("Ủy ban nhân dân cấp xã", "coordinate"),
], SEC, note="2025 judicial names; Chỉ đạo X objects optional")

# 21: "Ủy ban nhân dân 96 xã, phường, đặc khu" with a number; "Chủ tịch UBND 96 xã, phường"
m = "plain"
t = header_plain("Cao Nguyên", "140", "Cao Nguyên", (25, 8, 2025), "Triển khai mô hình chính quyền địa phương hai cấp trên địa bàn tỉnh")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh hướng dẫn Ủy ban nhân dân 96 xã, phường, đặc khu kiện toàn tổ chức bộ máy; theo dõi, tổng hợp khó khăn, vướng mắc.",
    "2. Ủy ban nhân dân 96 xã, phường, đặc khu bố trí cán bộ, công chức đúng vị trí việc làm; bảo đảm hoạt động thông suốt của Trung tâm Phục vụ hành chính công cấp xã.",
    "3. Chủ tịch Ủy ban nhân dân 96 xã, phường, đặc khu chịu trách nhiệm về tiến độ giải quyết thủ tục hành chính trên địa bàn; báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 25 hằng tháng."], m)
t += closing(m)
X = "Ủy ban nhân dân 96 xã, phường, đặc khu"
write_case(21, t, [
    U("Sở Nội vụ", "lead"), U("Sở Nội vụ", "execute", opt=True), U("Sở Nội vụ", "monitor"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
    U(X, "execute"), U("Chủ tịch Ủy ban nhân dân 96 xã, phường, đặc khu", "execute"),
    U("Ủy ban nhân dân tỉnh", "report"), U("Sở Nội vụ", "report"),
], SEC, note="a count inside the unit name: 96 xã, phường, đặc khu (not a target)")

# 22: hội đặc thù, Liên hiệp các tổ chức hữu nghị, joined heading of associations
m = "tvpl"
t = header_tvpl("Ninh Hải", "83", "Ninh Hải", (6, 5, 2026), "Chăm sóc và phát huy vai trò người cao tuổi năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Y tế",
    "- Chủ trì tổ chức khám sức khỏe định kỳ, lập hồ sơ theo dõi sức khỏe người cao tuổi; phối hợp với Hội Người cao tuổi tỉnh triển khai mô hình câu lạc bộ liên thế hệ tự giúp nhau.",
    "#2. Hội Người cao tuổi tỉnh, Hội Chữ thập đỏ tỉnh, Hội Khuyến học tỉnh",
    "- Vận động hội viên tham gia các hoạt động văn hóa, thể thao; huy động nguồn lực chăm sóc người cao tuổi cô đơn, không nơi nương tựa.",
    "#3. Liên hiệp các tổ chức hữu nghị tỉnh",
    "- Vận động các tổ chức phi chính phủ nước ngoài tài trợ dự án chăm sóc người cao tuổi./."], m)
t += closing(m)
write_case(22, t, [
    U("Sở Y tế", "execute"), U("Sở Y tế", "lead"), U("Hội Người cao tuổi tỉnh", "coordinate"),
    U("Hội Người cao tuổi tỉnh", "execute"), U("Hội Chữ thập đỏ tỉnh", "execute"), U("Hội Khuyến học tỉnh", "execute"),
    U("Liên hiệp các tổ chức hữu nghị tỉnh", "execute"),
], SEC, note="associations; 'Liên hiệp các tổ chức hữu nghị tỉnh' has lowercase words")

# 23: "Đối với ..." headings
t = header_tvpl("Hải Vân", "190", "Hải Vân", (17, 9, 2025), "Thực hiện công tác dân vận của chính quyền năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Đối với các sở, ban, ngành tỉnh",
    "- Xây dựng kế hoạch thực hiện công tác dân vận chính quyền của cơ quan, đơn vị; gắn với thực hiện quy chế dân chủ ở cơ sở.",
    "#2. Đối với Ủy ban nhân dân các xã, phường, đặc khu",
    "- Tổ chức đối thoại với Nhân dân; giải quyết kịp thời kiến nghị, phản ánh chính đáng của người dân.",
    "#3. Đối với Sở Nội vụ",
    "- Chủ trì, phối hợp với Ban Dân vận Tỉnh ủy hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(23, t, [
    U("Các sở, ban, ngành tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Nội vụ", "execute"), U("Sở Nội vụ", "lead"), U("Sở Nội vụ", "monitor"),
    U("Ban Dân vận Tỉnh ủy", "coordinate"), U("Ủy ban nhân dân tỉnh", "report"),
], SEC, note="'Đối với X' headings")

# 24: religious bodies coordinating, run-in plain heading with colon
m = "plain"
t = header_plain("Bình Giang", "27", "Bình Giang", (3, 2, 2026), "Thực hiện công tác tôn giáo năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Dân tộc và Tôn giáo: chủ trì, phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Ủy ban Đoàn kết Công giáo tỉnh, Ban Đại diện Hội Thánh Tin Lành tỉnh tổ chức gặp mặt chức sắc, chức việc nhân dịp các ngày lễ lớn của tôn giáo.",
    "2. Công an tỉnh: nắm chắc tình hình, phòng ngừa hoạt động lợi dụng tôn giáo xâm phạm an ninh quốc gia.",
    "3. Ủy ban nhân dân các xã, phường, đặc khu: giải quyết kịp thời nhu cầu sinh hoạt tôn giáo hợp pháp; định kỳ 6 tháng báo cáo tình hình về Sở Dân tộc và Tôn giáo."], m)
t += closing(m)
D = "Sở Dân tộc và Tôn giáo"
write_case(24, t, [
    U(D, "execute"), U(D, "lead"),
    U("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "coordinate"), U("Ủy ban Đoàn kết Công giáo tỉnh", "coordinate"),
    U("Ban Đại diện Hội Thánh Tin Lành tỉnh", "coordinate"),
    U("Công an tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(D, "report"),
], SEC, note="religious bodies after phối hợp với")

# 25: joint subject with "cùng"; "phối hợp cùng"
m = "tvpl"
t = header_tvpl("Hà Lâm", "112", "Hà Lâm", (14, 5, 2026), "Kiểm tra việc thực hiện chính sách bảo hiểm y tế năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế cùng Bảo hiểm xã hội tỉnh kiểm tra việc khám, chữa bệnh bảo hiểm y tế tại các cơ sở khám bệnh, chữa bệnh; kịp thời xử lý các hành vi lạm dụng, trục lợi quỹ bảo hiểm y tế.",
    "2. Sở Tài chính bảo đảm kinh phí đóng, hỗ trợ đóng bảo hiểm y tế cho các đối tượng theo quy định.",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế tại cơ sở./."], m)
t += closing(m)
write_case(25, t, [
    U("Sở Y tế", "execute"), U("Bảo hiểm xã hội tỉnh", "execute"), U("Sở Y tế", "monitor"), U("Bảo hiểm xã hội tỉnh", "monitor"),
    U("Sở Tài chính", "execute"),
    U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "execute"), U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "monitor"),
], SEC, note="'X cùng Y kiểm tra' joint subject")

# 26: HĐND bodies asked to supervise
t = header_tvpl("Sơn Bình", "201", "Sơn Bình", (27, 10, 2025), "Thực hiện các kết luận sau giám sát về công tác quản lý quy hoạch xây dựng")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Xây dựng chủ trì, phối hợp với Sở Nông nghiệp và Môi trường khắc phục các tồn tại, hạn chế nêu tại kết luận giám sát; báo cáo Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 30/6/2026.",
    "2. Đề nghị Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh tiếp tục giám sát việc thực hiện các kiến nghị sau giám sát./."], m)
t += closing(m)
write_case(26, t, [
    U("Sở Xây dựng", "lead"), U("Sở Xây dựng", "execute", opt=True), U(NN, "coordinate"),
    U("Thường trực Hội đồng nhân dân tỉnh", "report"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Thường trực Hội đồng nhân dân tỉnh", "execute"), U("Thường trực Hội đồng nhân dân tỉnh", "monitor"),
    U("các Ban của Hội đồng nhân dân tỉnh", "execute"), U("các Ban của Hội đồng nhân dân tỉnh", "monitor"),
    U("các Tổ đại biểu Hội đồng nhân dân tỉnh", "execute"), U("các Tổ đại biểu Hội đồng nhân dân tỉnh", "monitor"),
], SEC, note="HĐND bodies asked to supervise")
