from common import *
from build_a import PRE, SEC
NN = "Sở Nông nghiệp và Môi trường"
V = "Sở Văn hóa, Thể thao và Du lịch"

# 27: italic labels "*Cơ quan chủ trì:*" under tasks
m = "tvpl"
t = header_tvpl("Kiên Long", "160", "Kiên Long", (9, 6, 2026), "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới năm 2026")
t += render(["#I. MỤC ĐÍCH, YÊU CẦU", "- Phát huy tiềm năng, lợi thế về du lịch cộng đồng; huy động sự tham gia của người dân.",
    "#II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
    "1. Xây dựng bộ tiêu chí điểm du lịch cộng đồng của tỉnh.",
    "!*Cơ quan chủ trì:* Sở Văn hóa, Thể thao và Du lịch; *cơ quan phối hợp:* Sở Nông nghiệp và Môi trường, Sở Công Thương.",
    "*Thời gian thực hiện:* Quý III năm 2026.",
    "2. Hỗ trợ đào tạo kỹ năng phục vụ khách du lịch cho hộ gia đình tham gia du lịch cộng đồng.",
    "!*Cơ quan chủ trì:* Sở Nội vụ; *cơ quan phối hợp:* Hội Nông dân tỉnh, Ủy ban nhân dân các xã, phường, đặc khu.",
    "*Thời gian thực hiện:* Năm 2026.",
    "#III. TỔ CHỨC THỰC HIỆN",
    "Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026./."], m)
t += closing(m)
write_case(27, t, [
    U(V, "lead"), U(NN, "coordinate"), U("Sở Công Thương", "coordinate"),
    U("Sở Nội vụ", "lead"), U("Hội Nông dân tỉnh", "coordinate"), U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    U(V, "monitor"), U(V, "execute", opt=True), U("Ủy ban nhân dân tỉnh", "report"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"), ("III", "TỔ CHỨC THỰC HIỆN")],
   note="italic labels *Cơ quan chủ trì:* / *cơ quan phối hợp:* on one line")

# 28: shared head "Các sở: Y tế, ..." in prose
t = header_tvpl("Đông Giang", "71", "Đông Giang", (30, 3, 2026), "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "2. Các sở: Giáo dục và Đào tạo, Nội vụ, Văn hóa, Thể thao và Du lịch theo chức năng, nhiệm vụ được giao lồng ghép nội dung bình đẳng giới vào các chương trình, đề án do ngành quản lý.",
    "3. Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Y tế giám sát việc thực hiện các mục tiêu bình đẳng giới./."], m)
t += closing(m)
write_case(28, t, [
    U("Sở Y tế", "lead"), U("Sở Y tế", "execute", opt=True), U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Giáo dục và Đào tạo", "execute", "Các sở: Giáo dục và Đào tạo"), U("Sở Nội vụ", "execute", "Nội vụ"),
    U(V, "execute", "Văn hóa, Thể thao và Du lịch"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "execute"), U("Hội Liên hiệp Phụ nữ tỉnh", "coordinate", opt=True),
    U("Hội Liên hiệp Phụ nữ tỉnh", "monitor"), U("Sở Y tế", "coordinate"),
], SEC, note="'Các sở: A, B, C' shared head in prose; each expanded")

# 29: Ban Chỉ đạo tỉnh with defined short form, members, Tổ giúp việc
t = header_tvpl("Bắc Hòa", "250", "Bắc Hòa", (2, 12, 2025), "Hoạt động của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Các thành viên Ban Chỉ đạo tỉnh theo lĩnh vực được phân công theo dõi, chỉ đạo, đôn đốc các cơ quan, đơn vị thực hiện nhiệm vụ.",
    "2. Sở Khoa học và Công nghệ - cơ quan thường trực của Ban Chỉ đạo tỉnh chủ trì, phối hợp với Tổ giúp việc Ban Chỉ đạo tỉnh xây dựng chương trình công tác năm; tổng hợp tình hình, báo cáo Trưởng Ban Chỉ đạo tỉnh theo định kỳ.",
    "3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường, đặc khu gửi báo cáo định kỳ hằng quý về Sở Khoa học và Công nghệ trước ngày 20 của tháng cuối quý./."], m)
t += closing(m)
K = "Sở Khoa học và Công nghệ"
write_case(29, t, [
    U("Các thành viên Ban Chỉ đạo tỉnh", "execute"), U("Các thành viên Ban Chỉ đạo tỉnh", "monitor"),
    U(K, "lead"), U(K, "execute", opt=True), U("Tổ giúp việc Ban Chỉ đạo tỉnh", "coordinate"),
    U("Trưởng Ban Chỉ đạo tỉnh", "report"),
    U("Các sở, ban, ngành tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(K, "report"),
], SEC, note="'X - cơ quan thường trực của Ban Chỉ đạo tỉnh chủ trì' run-in; Tổ giúp việc; report to Trưởng Ban")

# 30: office-holders with an area
t = header_tvpl("Tây Nguyên Hạ", "12", "Tây Nguyên Hạ", (8, 1, 2026), "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội trực tiếp chỉ đạo việc tổ chức các hoạt động mừng Đảng, mừng Xuân.",
    "2. Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm tổ chức chương trình nghệ thuật đón Giao thừa, bắn pháo hoa tầm thấp tại Quảng trường tỉnh.",
    "3. Giám đốc Công an tỉnh chỉ đạo bảo đảm an ninh, trật tự, an toàn giao thông tại các điểm tổ chức sự kiện.",
    "4. Chánh Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(30, t, [
    U("Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội", "execute", "Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội"),
    U("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Giám đốc Công an tỉnh", "execute"),
    U("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute", opt=True), U("Chánh Văn phòng Ủy ban nhân dân tỉnh", "monitor"),
    U("Chủ tịch Ủy ban nhân dân tỉnh", "report"),
], SEC, note="office-holders with an area; Giám đốc Công an tỉnh")

# 31: commune-level bodies joined heading
t = header_tvpl("Phú Yên Hạ", "205", "Phú Yên Hạ", (23, 9, 2025), "Phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm)",
    "- Chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh xây dựng phương án chữa cháy rừng cấp tỉnh; tổ chức diễn tập tại các khu rừng có nguy cơ cháy cao.",
    "#2. Công an cấp xã, Ban Chỉ huy quân sự cấp xã",
    "- Bố trí lực lượng thường trực tại các khu rừng trọng điểm; tham gia chữa cháy rừng khi có yêu cầu.",
    "#3. Các chủ rừng là tổ chức",
    "- Xây dựng và thực hiện phương án phòng cháy, chữa cháy rừng; báo cáo kịp thời vụ cháy về Hạt Kiểm lâm khu vực và Ủy ban nhân dân cấp xã./."], m)
t += closing(m)
write_case(31, t, [
    U(NN, "execute", "Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm)"), U(NN, "lead", "Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm)"),
    U("Bộ Chỉ huy Quân sự tỉnh", "coordinate"), U("Công an tỉnh", "coordinate"),
    U("Công an cấp xã", "execute"), U("Ban Chỉ huy quân sự cấp xã", "execute"),
    U("Các chủ rừng là tổ chức", "execute"),
    U("Hạt Kiểm lâm khu vực", "report"), U("Ủy ban nhân dân cấp xã", "report"),
], SEC, note="commune bodies; chủ rừng class; Hạt Kiểm lâm")

# 32: heading with "và các cơ quan liên quan" tail; vague coordinate tails
t = header_tvpl("Ninh Hải", "48", "Ninh Hải", (12, 2, 2026), "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Tư pháp và các cơ quan, đơn vị có liên quan",
    "- Sở Tư pháp chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các cơ quan, đơn vị có liên quan rà soát văn bản; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
    "#2. Văn phòng Hội đồng nhân dân tỉnh",
    "- Phối hợp với Sở Tư pháp rà soát các nghị quyết quy phạm pháp luật của Hội đồng nhân dân tỉnh./."], m)
t += closing(m)
write_case(32, t, [
    U("Sở Tư pháp", "execute"), U("Sở Tư pháp", "lead"), U("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Văn phòng Hội đồng nhân dân tỉnh", "execute"), U("Văn phòng Hội đồng nhân dân tỉnh", "coordinate", opt=True), U("Sở Tư pháp", "coordinate"),
], SEC, note="'Sở Tư pháp và các cơ quan, đơn vị có liên quan' heading: only Sở Tư pháp")

# 33: classes of enterprises and heads of agencies
m = "plain"
t = header_plain("Cao Nguyên", "99", "Cao Nguyên", (18, 6, 2026), "Sắp xếp, đổi mới doanh nghiệp nhà nước do tỉnh quản lý giai đoạn 2026 - 2030")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tài chính là cơ quan đầu mối, chủ trì tham mưu Ủy ban nhân dân tỉnh triển khai phương án sắp xếp; hướng dẫn, kiểm tra việc thực hiện.",
    "2. Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh được giao quản lý doanh nghiệp chỉ đạo người đại diện phần vốn nhà nước thực hiện phương án sắp xếp.",
    "3. Các doanh nghiệp nhà nước, doanh nghiệp có vốn nhà nước do tỉnh quản lý xây dựng đề án tái cơ cấu; định kỳ 6 tháng báo cáo Sở Tài chính."], m)
t += closing(m)
write_case(33, t, [
    U("Sở Tài chính", "lead"), U("Sở Tài chính", "monitor"), U("Sở Tài chính", "execute", opt=True),
    U("Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh được giao quản lý doanh nghiệp", "execute", "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"),
    U("Các doanh nghiệp nhà nước", "execute"), U("doanh nghiệp có vốn nhà nước do tỉnh quản lý", "execute"),
    U("Sở Tài chính", "report"),
], SEC, note="classes of enterprises; a class of heads with qualifier")

# 34: hospitals and centres heading
m = "tvpl"
t = header_tvpl("Bình Giang", "118", "Bình Giang", (20, 5, 2026), "Nâng cao chất lượng khám bệnh, chữa bệnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Y tế",
    "- Chủ trì triển khai Kế hoạch; chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện bộ tiêu chí chất lượng bệnh viện.",
    "#2. Bệnh viện Đa khoa tỉnh, Bệnh viện Y dược cổ truyền tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh",
    "- Cải tiến quy trình khám bệnh, rút ngắn thời gian chờ; triển khai bệnh án điện tử theo lộ trình.",
    "#3. Trường Cao đẳng Y tế tỉnh",
    "- Phối hợp với Sở Y tế đào tạo, bồi dưỡng nguồn nhân lực y tế cho tuyến xã./."], m)
t += closing(m)
write_case(34, t, [
    U("Sở Y tế", "execute"), U("Sở Y tế", "lead"),
    U("Bệnh viện Đa khoa tỉnh", "execute"), U("Bệnh viện Y dược cổ truyền tỉnh", "execute"), U("Trung tâm Kiểm soát bệnh tật tỉnh", "execute"),
    U("Trường Cao đẳng Y tế tỉnh", "execute"), U("Trường Cao đẳng Y tế tỉnh", "coordinate", opt=True), U("Sở Y tế", "coordinate"),
], SEC, note="health bodies")

# 35: role tags inside the bold heading
t = header_tvpl("Hà Lâm", "140", "Hà Lâm", (3, 6, 2026), "Cải cách thủ tục hành chính trong lĩnh vực đất đai năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Nông nghiệp và Môi trường (đơn vị chủ trì)",
    "- Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đất đai; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
    "#2. Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp (đơn vị phối hợp)",
    "- Thẩm định phương án đơn giản hóa; công bố, công khai thủ tục hành chính sau khi được phê duyệt./."], m)
t += closing(m)
write_case(35, t, [
    U(NN, "execute"), U(NN, "lead"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Sở Tư pháp", "execute"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"), U("Sở Tư pháp", "coordinate"),
], SEC, note="(đơn vị chủ trì)/(đơn vị phối hợp) tags inside the bold heading; the phối hợp tag covers both units")

# 36: abbreviations in run-in sentences (no definitions)
t = header_tvpl("Sơn Bình", "222", "Sơn Bình", (6, 10, 2025), "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở NN&MT chủ trì, phối hợp với BCH Quân sự tỉnh, BCH Bộ đội Biên phòng tỉnh xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro; tham mưu UBND tỉnh chỉ đạo sơ tán dân khi cần thiết.",
    "2. Sở KH&CN bảo đảm thông tin liên lạc phục vụ công tác chỉ huy, điều hành.",
    "3. VP UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo Chủ tịch UBND tỉnh./."], m)
t += closing(m)
write_case(36, t, [
    U("Sở NN&MT", "lead", NN), U("Sở NN&MT", "execute", NN, opt=True),
    U("BCH Quân sự tỉnh", "coordinate", "Bộ Chỉ huy Quân sự tỉnh"), U("BCH Bộ đội Biên phòng tỉnh", "coordinate", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    U("Sở KH&CN", "execute", "Sở Khoa học và Công nghệ"),
    U("VP UBND tỉnh", "monitor", "Văn phòng Ủy ban nhân dân tỉnh"), U("VP UBND tỉnh", "execute", "Văn phòng Ủy ban nhân dân tỉnh", opt=True),
    U("Chủ tịch UBND tỉnh", "report", "Chủ tịch Ủy ban nhân dân tỉnh"),
], SEC, note="abbreviated names inside sentences")

# 37: list after "phối hợp với:" separated by semicolons
t = header_tvpl("Lam Sơn", "77", "Lam Sơn", (11, 3, 2026), "Bảo đảm trật tự an toàn giao thông năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Công an tỉnh chủ trì, phối hợp với: Sở Xây dựng; Sở Giáo dục và Đào tạo; Báo và Phát thanh, Truyền hình tỉnh; Ủy ban nhân dân các xã, phường, đặc khu tổ chức cao điểm tuyên truyền, xử lý vi phạm trật tự an toàn giao thông.",
    "2. Sở Y tế chỉ đạo các cơ sở y tế bảo đảm cấp cứu người bị tai nạn giao thông; phối hợp với Công an tỉnh kiểm tra nồng độ cồn đối với người điều khiển phương tiện./."], m)
t += closing(m)
write_case(37, t, [
    U("Công an tỉnh", "lead"), U("Công an tỉnh", "execute", opt=True),
    U("Sở Xây dựng", "coordinate"), U("Sở Giáo dục và Đào tạo", "coordinate"), U("Báo và Phát thanh, Truyền hình tỉnh", "coordinate"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    U("Sở Y tế", "execute"), U("Công an tỉnh", "coordinate"), U("Sở Y tế", "monitor", opt=True),
], SEC, note="'phối hợp với:' + semicolon list including a name with a comma")

# 38: youth bodies
t = header_tvpl("Hải Vân", "55", "Hải Vân", (27, 2, 2026), "Tổ chức Tháng Thanh niên năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Đề nghị Ban Thường vụ Tỉnh Đoàn",
    "- Chủ trì, phối hợp với Hội Liên hiệp Thanh niên Việt Nam tỉnh, Hội đồng Đội tỉnh tổ chức các hoạt động tình nguyện, Ngày Chủ nhật xanh.",
    "#2. Sở Nội vụ",
    "- Phối hợp với Tỉnh Đoàn tổ chức Ngày hội việc làm cho thanh niên; tư vấn, giới thiệu việc làm, xuất khẩu lao động./."], m)
t += closing(m)
write_case(38, t, [
    U("Ban Thường vụ Tỉnh Đoàn", "execute"), U("Ban Thường vụ Tỉnh Đoàn", "lead"),
    U("Hội Liên hiệp Thanh niên Việt Nam tỉnh", "coordinate"), U("Hội đồng Đội tỉnh", "coordinate"),
    U("Sở Nội vụ", "execute"), U("Sở Nội vụ", "coordinate", opt=True), U("Tỉnh Đoàn", "coordinate"),
], SEC, note="youth organisations")

# 39: comma-laden names in a subject list with "theo chức năng, nhiệm vụ được giao"
t = header_tvpl("Kiên Long", "188", "Kiên Long", (29, 7, 2026), "Phát triển thể dục, thể thao quần chúng năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình tỉnh, Sở Giáo dục và Đào tạo tổ chức Ngày chạy Olympic vì sức khỏe toàn dân.",
    "2. Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình tỉnh theo chức năng, nhiệm vụ được giao đẩy mạnh phong trào rèn luyện thân thể trong trường học và cộng đồng.",
    "3. Ủy ban nhân dân các xã, phường, đặc khu đầu tư thiết chế thể thao cơ sở; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch./."], m)
t += closing(m)
write_case(39, t, [
    U(V, "lead"), U(V, "execute", opt=True),
    U("Báo và Phát thanh, Truyền hình tỉnh", "coordinate"), U("Sở Giáo dục và Đào tạo", "coordinate"),
    U("Sở Giáo dục và Đào tạo", "execute"), U(V, "execute"), U("Báo và Phát thanh, Truyền hình tỉnh", "execute"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(V, "report"),
], SEC, note="subject list of names with inner commas")

# 40: plain, unnumbered dash bullets each starting with a unit
m = "plain"
t = header_plain("Đông Giang", "204", "Đông Giang", (1, 10, 2025), "Phòng, chống tác hại của thuốc lá năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "- Sở Y tế chủ trì triển khai Kế hoạch; hướng dẫn, kiểm tra việc thực hiện môi trường không khói thuốc tại các cơ quan, đơn vị.",
    "- Sở Công Thương phối hợp với Công an tỉnh kiểm tra, xử lý hành vi kinh doanh thuốc lá điện tử, thuốc lá nung nóng.",
    "- Sở Giáo dục và Đào tạo lồng ghép nội dung phòng, chống tác hại của thuốc lá vào hoạt động ngoại khóa.",
    "- Ủy ban nhân dân các xã, phường, đặc khu xây dựng khu dân cư không khói thuốc; báo cáo kết quả về Sở Y tế trước ngày 20/11/2026."], m)
t += closing(m)
write_case(40, t, [
    U("Sở Y tế", "lead"), U("Sở Y tế", "monitor"), U("Sở Y tế", "execute", opt=True),
    U("Sở Công Thương", "coordinate"), U("Sở Công Thương", "execute", opt=True), U("Công an tỉnh", "coordinate"),
    U("Sở Công Thương", "monitor", opt=True), U("Công an tỉnh", "monitor", opt=True),
    U("Sở Giáo dục và Đào tạo", "execute"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U("Sở Y tế", "report"),
], SEC, note="unnumbered dash bullets in plain text")

# 41: report via standing body with dash apposition
m = "tvpl"
t = header_tvpl("Bắc Hòa", "260", "Bắc Hòa", (9, 12, 2025), "Thực hiện Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Công an tỉnh - cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ hướng dẫn, đôn đốc các cơ quan, đơn vị làm sạch dữ liệu.",
    "2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường, đặc khu định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Tổ công tác Đề án 06 tỉnh (qua Công an tỉnh) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(41, t, [
    U("Công an tỉnh", "lead"), U("Công an tỉnh", "monitor"), U("Công an tỉnh", "execute", opt=True),
    U("Sở Khoa học và Công nghệ", "coordinate"),
    U("Các sở, ban, ngành tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Tổ công tác Đề án 06 tỉnh", "report"), U("Công an tỉnh", "report"), U("Ủy ban nhân dân tỉnh", "report"),
], SEC, note="'X - cơ quan thường trực Tổ công tác … chủ trì' with the committee name; report via")

# 42: "Các sở, ban, ngành, đoàn thể tỉnh" heading over a) b) with named units inside
t = header_tvpl("Tây Nguyên Hạ", "96", "Tây Nguyên Hạ", (13, 4, 2026), "Thực hiện Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Công Thương",
    "Chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức các phiên chợ hàng Việt về nông thôn; kết nối tiêu thụ sản phẩm OCOP.",
    "#2. Các sở, ban, ngành, đoàn thể tỉnh",
    "a) Sở Nông nghiệp và Môi trường hỗ trợ các chủ thể OCOP xây dựng thương hiệu, truy xuất nguồn gốc sản phẩm.",
    "b) Liên minh Hợp tác xã tỉnh vận động các hợp tác xã tham gia hệ thống phân phối hàng Việt.",
    "c) Hội Doanh nhân trẻ tỉnh phối hợp với Sở Công Thương tổ chức diễn đàn doanh nghiệp hàng Việt./."], m)
t += closing(m)
write_case(42, t, [
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "lead"), U("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate"),
    U("Các sở, ban, ngành, đoàn thể tỉnh", "execute"),
    U(NN, "execute"), U("Liên minh Hợp tác xã tỉnh", "execute"),
    U("Hội Doanh nhân trẻ tỉnh", "execute", opt=True), U("Hội Doanh nhân trẻ tỉnh", "coordinate"), U("Sở Công Thương", "coordinate"),
], SEC, note="class heading with a)-c) units under it")
