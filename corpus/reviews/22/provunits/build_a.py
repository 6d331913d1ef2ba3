from common import *

PRE = ["#I. MỤC ĐÍCH, YÊU CẦU",
       "1. Mục đích",
       "- Cụ thể hóa các nhiệm vụ, giải pháp được giao, bảo đảm triển khai đồng bộ, thống nhất trên địa bàn tỉnh; xác định rõ trách nhiệm của từng cơ quan, đơn vị trong tổ chức thực hiện.",
       "2. Yêu cầu",
       "- Bám sát chức năng, nhiệm vụ, phát huy vai trò của người đứng đầu; bảo đảm tiết kiệm, hiệu quả, tránh hình thức.",
       "#II. NHIỆM VỤ, GIẢI PHÁP",
       "1. Tăng cường công tác tuyên truyền, phổ biến nội dung Kế hoạch đến cán bộ, công chức, viên chức và Nhân dân.",
       "2. Rà soát, hoàn thiện quy trình nội bộ, cơ sở dữ liệu chuyên ngành; đẩy mạnh ứng dụng công nghệ số trong chỉ đạo, điều hành.",
       "3. Kiểm tra, đánh giá việc triển khai thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh."]
SEC = [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")]

# 01: "**1. Sở\nTài chính **(cơ quan chủ trì)" run-in role tags after the bold; "Phối hợp Sở X" without "với"
m = "tvpl"
t = header_tvpl("Hà Lâm", "215", "Hà Lâm", (14, 10, 2025), "Số hóa, tích hợp dữ liệu quy hoạch trên địa bàn tỉnh Hà Lâm năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN"], m)
t += "\n**1. Sở\nTài chính **(cơ quan chủ trì)\n\n"
t += render(["- Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.",
             "- Phối hợp Sở Xây dựng hướng dẫn các đơn vị cập nhật, chuẩn hóa dữ liệu quy hoạch thuộc phạm vi quản lý.",
             "- Tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2026."], m)
t += "\n**2. Sở\nNông nghiệp và Môi trường **(cơ quan phối hợp)\n\n"
t += render(["- Cung cấp, chia sẻ dữ liệu đất đai, bản đồ địa chính để tích hợp vào hệ thống dữ liệu quy hoạch dùng chung của tỉnh.",
             "- Phối hợp Sở Tài chính thẩm định nhu cầu kinh phí số hóa dữ liệu chuyên ngành."], m)
t += "\n**3. Ủy\nban nhân dân các xã, phường, đặc khu**\n\n"
t += render(["- Thu thập, số hóa dữ liệu quy hoạch thuộc thẩm quyền phê duyệt của cấp xã; gửi dữ liệu về Sở Tài chính trước ngày 30/6/2026."], m)
t += render(["Trên đây là Kế hoạch số hóa, tích hợp dữ liệu quy hoạch trên địa bàn tỉnh năm 2026; các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."], m)
t += closing(m)
write_case(1, t, [
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"), U("Sở Tài chính", "monitor"),
    U("Sở Xây dựng", "coordinate"), U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Nông nghiệp và Môi trường", "execute"), U("Sở Nông nghiệp và Môi trường", "coordinate"),
    U("Sở Tài chính", "coordinate"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U("Sở Tài chính", "report", opt=True),
], SEC, note="(cơ quan chủ trì)/(cơ quan phối hợp) tags after the bold; 'Phối hợp Sở X' with no 'với'. 'gửi dữ liệu về' is arguably report.")

# 02: abbreviation defined at first mention, used afterwards in sentences
t = header_tvpl("Sơn Bình", "88", "Sơn Bình", (3, 3, 2026), "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2026 - 2030")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Văn hóa, Thể thao và Du lịch (sau đây viết tắt là Sở VHTTDL) là cơ quan thường trực, chủ trì, phối hợp với Sở Giáo dục và Đào tạo (Sở GDĐT), Tỉnh Đoàn và các cơ quan, đơn vị liên quan triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc việc thực hiện.",
    "2. Sở GDĐT chỉ đạo các cơ sở giáo dục xây dựng thư viện trường học thân thiện; phối hợp với Sở VHTTDL tổ chức Ngày Sách và Văn hóa đọc Việt Nam hằng năm.",
    "3. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
    "4. Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch phát triển văn hóa đọc tại địa phương; định kỳ trước ngày 15/11 hằng năm báo cáo kết quả về Sở VHTTDL để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở VHTTDL để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, giải quyết./."], m)
t += closing(m)
V = ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL")
G = ("Sở Giáo dục và Đào tạo", "Sở GDĐT")
write_case(2, t, [
    U(V[0], "lead", V[1]), U(V[0], "monitor", V[1]), U(V[0], "execute", V[1], opt=True),
    U(G[0], "coordinate", G[1]), U("Tỉnh Đoàn", "coordinate"),
    U(G[1], "execute", G[0]), U(V[0], "coordinate", V[1]), U(G[1], "coordinate", G[0], opt=True),
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(V[1], "report", V[0]),
    U("Ủy ban nhân dân tỉnh", "report"),
], SEC, note="abbreviation defined in parentheses at first mention; 'báo cáo Ủy ban nhân dân tỉnh' after 'để tổng hợp' counted as report")

# 03: plain text, "N. X: run-in text", new post-2025 bare heads (Thuế tỉnh, Thống kê tỉnh)
m = "plain"
t = header_plain("Kiên Long", "41", "Kiên Long", (20, 2, 2026), "Thực hiện Chương trình thực hành tiết kiệm, chống lãng phí năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tài chính: Chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIV hướng dẫn các cơ quan, đơn vị thực hiện dự toán; theo dõi, kiểm tra việc chấp hành chế độ, định mức chi tiêu.",
    "2. Thuế tỉnh: Tăng cường quản lý thu, chống thất thu ngân sách; rà soát, đôn đốc thu hồi nợ đọng thuế.",
    "3. Thống kê tỉnh: Cung cấp số liệu thống kê phục vụ đánh giá kết quả thực hiện Chương trình.",
    "4. Thanh tra tỉnh: Chủ trì thanh tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị.",
    "5. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường, đặc khu: Xây dựng chương trình thực hành tiết kiệm, chống lãng phí của cơ quan, địa phương; báo cáo kết quả về Sở Tài chính trước ngày 10/01/2027 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."], m)
t += closing(m)
write_case(3, t, [
    U("Sở Tài chính", "execute"), U("Sở Tài chính", "lead"), U("Sở Tài chính", "monitor"),
    U("Kho bạc Nhà nước khu vực XIV", "coordinate"),
    U("Thuế tỉnh", "execute"), U("Thống kê tỉnh", "execute"),
    U("Thanh tra tỉnh", "execute"), U("Thanh tra tỉnh", "lead"), U("Thanh tra tỉnh", "monitor", opt=True),
    U("Các sở, ban, ngành tỉnh", "execute"), U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Tài chính", "report"), U("Ủy ban nhân dân tỉnh", "report"),
], SEC, note="plain N. X: run-in; Thuế tỉnh / Thống kê tỉnh (2025 names)")

# 04: three-unit heading with "và"; inside: "X chủ trì; Y, Z phối hợp"
m = "tvpl"
t = header_tvpl("Đông Giang", "302", "Đông Giang", (5, 12, 2025), "Bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "- Công an tỉnh chủ trì; Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp xây dựng phương án bảo đảm an ninh, trật tự tại các địa bàn trọng điểm, khu vực biên giới, cửa khẩu.",
    "- Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực chỉ huy; kịp thời xử lý các tình huống phát sinh.",
    "#2. Sở Xây dựng",
    "- Chủ trì, phối hợp chặt chẽ với Công an tỉnh kiểm tra phương tiện, điều kiện bảo đảm an toàn giao thông tại các bến xe, bến thủy nội địa.",
    "#3. Sở Công Thương",
    "- Theo dõi diễn biến thị trường, bảo đảm cung ứng hàng hóa thiết yếu; phối hợp với Công an tỉnh đấu tranh với buôn lậu, gian lận thương mại, hàng giả.",
    "Các cơ quan, đơn vị báo cáo tình hình trước, trong và sau Tết về Công an tỉnh (qua Phòng Tham mưu) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(4, t, [
    U("Công an tỉnh", "execute"), U("Bộ Chỉ huy Quân sự tỉnh", "execute"), U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "execute"),
    U("Công an tỉnh", "lead"), U("Bộ Chỉ huy Quân sự tỉnh", "coordinate"), U("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"),
    U("Sở Xây dựng", "execute"), U("Sở Xây dựng", "lead"), U("Công an tỉnh", "coordinate"), U("Sở Xây dựng", "monitor", opt=True),
    U("Sở Công Thương", "execute"), U("Sở Công Thương", "monitor", opt=True),
    U("Công an tỉnh", "report"), U("Ủy ban nhân dân tỉnh", "report"), U("Phòng Tham mưu", "report", opt=True),
], SEC, note="three units joined by 'và'; 'X chủ trì; Y, Z phối hợp' clause pair")

# 05: "Các cơ quan báo chí" heading, broadcasters inside a sentence
t = header_tvpl("Bắc Hòa", "17", "Bắc Hòa", (9, 1, 2026), "Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện chính trị quan trọng năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Văn hóa, Thể thao và Du lịch",
    "Chủ trì, phối hợp với các sở, ngành, địa phương tổ chức các hoạt động văn hóa, văn nghệ, trang trí cổ động trực quan; hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu tổ chức tuyên truyền trên hệ thống thông tin cơ sở.",
    "#2. Các cơ quan báo chí",
    "Báo và Phát thanh, Truyền hình Bắc Hòa, Cổng Thông tin điện tử tỉnh mở chuyên mục, tăng thời lượng tuyên truyền về các ngày lễ lớn; Hội Nhà báo tỉnh định hướng hội viên đưa tin kịp thời, chính xác.",
    "#3. Các sở, ban, ngành tỉnh",
    "Theo chức năng, nhiệm vụ được giao, tổ chức tuyên truyền trong cán bộ, công chức, viên chức, người lao động của cơ quan, đơn vị mình./."], m)
t += closing(m)
write_case(5, t, [
    U("Sở Văn hóa, Thể thao và Du lịch", "execute"), U("Sở Văn hóa, Thể thao và Du lịch", "lead"),
    U("các sở, ngành, địa phương", "coordinate", opt=True), U("Sở Văn hóa, Thể thao và Du lịch", "monitor", opt=True),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute", opt=True),
    U("Các cơ quan báo chí", "execute"),
    U("Báo và Phát thanh, Truyền hình Bắc Hòa", "execute"), U("Cổng Thông tin điện tử tỉnh", "execute"), U("Hội Nhà báo tỉnh", "execute"),
    U("Các sở, ban, ngành tỉnh", "execute"),
], SEC, note="class heading 'Các cơ quan báo chí' with members as subjects of the sentence under it")

# 06: Văn phòng UBND tỉnh monitor, report "định kỳ ... về Sở Nội vụ", "đồng gửi"
t = header_tvpl("Tây Nguyên Hạ", "120", "Tây Nguyên Hạ", (28, 4, 2026), "Nâng cao Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Giao Sở Nội vụ làm cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổ chức khảo sát, công bố Chỉ số hài lòng của tỉnh.",
    "2. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh nâng cao chất lượng tiếp nhận, trả kết quả hồ sơ; theo dõi, đôn đốc việc giải quyết hồ sơ quá hạn.",
    "3. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả Chỉ số hài lòng của cơ quan, địa phương mình; định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân tỉnh, đồng gửi Sở Nội vụ để tổng hợp./."], m)
t += closing(m)
write_case(6, t, [
    U("Sở Nội vụ", "lead"), U("Sở Nội vụ", "monitor"), U("Sở Nội vụ", "execute", opt=True),
    U("Văn phòng Ủy ban nhân dân tỉnh", "execute"), U("Văn phòng Ủy ban nhân dân tỉnh", "monitor"),
    U("Trung tâm Phục vụ hành chính công tỉnh", "execute", opt=True),
    U("Thủ trưởng các sở, ban, ngành tỉnh", "execute"), U("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Ủy ban nhân dân tỉnh", "report"), U("Sở Nội vụ", "report"),
], SEC, note="'đồng gửi Sở Nội vụ' = report; Chủ tịch UBND tỉnh after 'chịu trách nhiệm trước' is not responsible")

# 07: MTTQ post-merger with member organisations, "quan tâm phối hợp", heading ending with colon
t = header_tvpl("Hải Vân", "64", "Hải Vân", (12, 3, 2026), "Thực hiện phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Văn hóa, Thể thao và Du lịch:",
    "- Là cơ quan thường trực Ban Chỉ đạo phong trào tỉnh; tham mưu Ủy ban nhân dân tỉnh chỉ đạo, hướng dẫn thực hiện phong trào.",
    "- Hướng dẫn, kiểm tra, đôn đốc việc bình xét, công nhận danh hiệu văn hóa tại cơ sở.",
    "#2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:",
    "- Quan tâm phối hợp với Sở Văn hóa, Thể thao và Du lịch chỉ đạo thực hiện Cuộc vận động gắn với phong trào; chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh Đoàn, Liên đoàn Lao động tỉnh vận động hội viên, đoàn viên tham gia.",
    "- Chỉ đạo Ban Công tác Mặt trận ở khu dân cư giám sát việc bình xét gia đình văn hóa.",
    "#3. Ủy ban nhân dân các xã, phường, đặc khu:",
    "- Kiện toàn Ban Chỉ đạo phong trào cấp xã; định kỳ 6 tháng, năm báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực) để tổng hợp./."], m)
t += closing(m)
V = "Sở Văn hóa, Thể thao và Du lịch"
M = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
write_case(7, t, [
    U(V, "execute"), U(V, "lead"), U(V, "monitor"),
    U(M, "execute"), U(M, "lead"), U(M, "coordinate", opt=True), U(V, "coordinate"),
    U("Hội Liên hiệp Phụ nữ tỉnh", "coordinate"), U("Hội Nông dân tỉnh", "coordinate"), U("Hội Cựu chiến binh tỉnh", "coordinate"),
    U("Tỉnh Đoàn", "coordinate"), U("Liên đoàn Lao động tỉnh", "coordinate"),
    U("Ban Công tác Mặt trận ở khu dân cư", "execute", opt=True), U("Ban Công tác Mặt trận ở khu dân cư", "monitor", opt=True),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U(V, "report"),
], SEC, note="'Quan tâm phối hợp với X' under a Đề nghị heading; member organisations after chủ trì, phối hợp với")

# 08: plain, "Đề nghị A, B, C, D quan tâm phối hợp với Sở Tài chính"
m = "plain"
t = header_plain("Ninh Hải", "77", "Ninh Hải", (2, 4, 2026), "Đẩy mạnh thanh toán không dùng tiền mặt trong khu vực công năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.",
    "2. Đề nghị Ngân hàng Nhà nước chi nhánh Khu vực 9, Bảo hiểm xã hội tỉnh, Thuế tỉnh, Kho bạc Nhà nước khu vực XV quan tâm phối hợp với Sở Tài chính chỉ đạo các đơn vị trực thuộc mở rộng thu, chi qua tài khoản, thanh toán điện tử.",
    "3. Các ngân hàng thương mại, tổ chức cung ứng dịch vụ trung gian thanh toán trên địa bàn tỉnh phát triển sản phẩm, dịch vụ thanh toán số phù hợp với người dân vùng sâu, vùng xa.",
    "4. Ủy ban nhân dân các xã, phường, đặc khu vận động hộ kinh doanh thực hiện thanh toán không dùng tiền mặt; báo cáo kết quả về Sở Tài chính trước ngày 30/11/2026."], m)
t += closing(m)
write_case(8, t, [
    U("Sở Tài chính", "lead"), U("Sở Tài chính", "execute", opt=True), U("Ủy ban nhân dân tỉnh", "report"),
    U("Ngân hàng Nhà nước chi nhánh Khu vực 9", "execute"), U("Bảo hiểm xã hội tỉnh", "execute"), U("Thuế tỉnh", "execute"),
    U("Kho bạc Nhà nước khu vực XV", "execute"),
    U("Ngân hàng Nhà nước chi nhánh Khu vực 9", "coordinate", opt=True), U("Bảo hiểm xã hội tỉnh", "coordinate", opt=True),
    U("Thuế tỉnh", "coordinate", opt=True), U("Kho bạc Nhà nước khu vực XV", "coordinate", opt=True),
    U("Sở Tài chính", "coordinate"),
    U("Các ngân hàng thương mại", "execute"), U("tổ chức cung ứng dịch vụ trung gian thanh toán trên địa bàn tỉnh", "execute", "Các tổ chức cung ứng dịch vụ trung gian thanh toán trên địa bàn tỉnh", opt=True),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U("Sở Tài chính", "report"),
], SEC, note="Đề nghị with four addressees asked to 'quan tâm phối hợp'")

# 09: "Giao X làm cơ quan thường trực" + "Giao X theo dõi"; Ban Chỉ đạo tỉnh as object of tham mưu
m = "tvpl"
t = header_tvpl("Lam Sơn", "133", "Lam Sơn", (16, 5, 2026), "Phòng, chống dịch bệnh truyền nhiễm trên địa bàn tỉnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "1. Giao Sở Y tế làm cơ quan thường trực, chủ trì tham mưu Ban Chỉ đạo phòng, chống dịch bệnh tỉnh chỉ đạo triển khai các biện pháp phòng, chống dịch; chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ, phát hiện sớm ổ dịch.",
    "2. Sở Giáo dục và Đào tạo phối hợp với Sở Y tế hướng dẫn các trường học thực hiện vệ sinh lớp học, theo dõi sức khỏe học sinh.",
    "3. Sở Nông nghiệp và Môi trường chủ trì phòng, chống dịch bệnh lây truyền từ động vật sang người; phối hợp với ngành y tế trong điều tra, xử lý ổ dịch.",
    "4. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này./."], m)
t += closing(m)
write_case(9, t, [
    U("Sở Y tế", "lead"), U("Sở Y tế", "execute", opt=True),
    U("Trung tâm Kiểm soát bệnh tật tỉnh", "execute", opt=True), U("Trung tâm Kiểm soát bệnh tật tỉnh", "monitor", opt=True),
    U("Sở Giáo dục và Đào tạo", "coordinate"), U("Sở Giáo dục và Đào tạo", "execute", opt=True), U("Sở Y tế", "coordinate"),
    U("Sở Nông nghiệp và Môi trường", "lead"), U("Sở Nông nghiệp và Môi trường", "execute", opt=True),
    U("Văn phòng Ủy ban nhân dân tỉnh", "monitor"), U("Văn phòng Ủy ban nhân dân tỉnh", "execute", opt=True),
], SEC, note="Ban Chỉ đạo tỉnh as object of 'tham mưu' is not responsible; 'ngành y tế' is vague")

# 10: tasks in II with units after a dash / in parentheses
t = header_tvpl("Phú Yên Hạ", "59", "Phú Yên Hạ", (22, 2, 2026), "Cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh năm 2026")
t += render(["#I. MỤC ĐÍCH, YÊU CẦU",
    "- Cải thiện rõ nét môi trường đầu tư kinh doanh; xác định cụ thể cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ.",
    "#II. NHIỆM VỤ CỤ THỂ",
    "1. Rút ngắn thời gian giải quyết thủ tục đầu tư, đất đai, xây dựng - Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng.",
    "2. Công khai quy hoạch, kế hoạch sử dụng đất trên Cổng Thông tin điện tử tỉnh (Sở Nông nghiệp và Môi trường chủ trì; Ủy ban nhân dân các xã, phường, đặc khu phối hợp).",
    "3. Tổ chức đối thoại doanh nghiệp định kỳ hằng quý - Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Hiệp hội Doanh nghiệp tỉnh.",
    "4. Nâng cao chất lượng thiết chế pháp lý, hỗ trợ pháp lý cho doanh nghiệp (Sở Tư pháp).",
    "#III. TỔ CHỨC THỰC HIỆN",
    "Sở Tài chính theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ nêu tại Mục II; định kỳ 6 tháng tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."], m)
t += closing(m)
write_case(10, t, [
    U("Sở Tài chính", "execute"), U("Sở Nông nghiệp và Môi trường", "execute"), U("Sở Xây dựng", "execute"),
    U("Sở Nông nghiệp và Môi trường", "lead"), U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate"),
    U("Văn phòng Ủy ban nhân dân tỉnh", "lead"), U("Hiệp hội Doanh nghiệp tỉnh", "coordinate"),
    U("Sở Tư pháp", "execute"),
    U("Sở Tài chính", "monitor"), U("Ủy ban nhân dân tỉnh", "report"),
], [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")],
   note="units after a dash at the end of a task; units in parentheses with role; a bare '(Sở Tư pháp)'")

# 11: plain, headings with common abbreviations never defined
m = "plain"
t = header_plain("Cao Nguyên", "95", "Cao Nguyên", (7, 8, 2025), "Tổ chức Tháng hành động vì trẻ em năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế",
    "- Chủ trì, phối hợp với Sở GD&ĐT, Sở VH,TT&DL tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em.",
    "- Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Y tế trước ngày 30/7/2026.",
    "2. Sở GD&ĐT",
    "- Chỉ đạo các cơ sở giáo dục tuyên truyền phòng, chống tai nạn thương tích, đuối nước cho học sinh.",
    "3. Công an tỉnh, BCH Quân sự tỉnh",
    "- Bảo đảm an ninh, trật tự tại các điểm tổ chức sự kiện; phòng ngừa, xử lý hành vi xâm hại trẻ em.",
    "4. UBND các xã, phường, đặc khu",
    "- Tổ chức các hoạt động vui chơi, giải trí cho trẻ em; báo cáo kết quả về Sở Y tế trước ngày 15/7/2026."], m)
t += closing(m)
write_case(11, t, [
    U("Sở Y tế", "execute"), U("Sở Y tế", "lead"),
    U("Sở GD&ĐT", "coordinate", "Sở Giáo dục và Đào tạo"), U("Sở VH,TT&DL", "coordinate", "Sở Văn hóa, Thể thao và Du lịch"),
    U("UBND tỉnh", "report", "Ủy ban nhân dân tỉnh"), U("Bộ Y tế", "report"),
    U("Sở GD&ĐT", "execute", "Sở Giáo dục và Đào tạo"),
    U("Công an tỉnh", "execute"), U("BCH Quân sự tỉnh", "execute", "Bộ Chỉ huy Quân sự tỉnh"),
    U("UBND các xã, phường, đặc khu", "execute", "Ủy ban nhân dân các xã, phường, đặc khu"), U("Sở Y tế", "report"),
], SEC, note="abbreviated unit names in plain-text headings")

# 12: office-holder headings
m = "tvpl"
t = header_tvpl("Bình Giang", "210", "Bình Giang", (30, 9, 2025), "Tăng cường kỷ luật, kỷ cương hành chính trong cơ quan hành chính nhà nước tỉnh năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Giám đốc Sở Nội vụ",
    "- Tham mưu Chủ tịch Ủy ban nhân dân tỉnh thành lập các đoàn kiểm tra công vụ; tổ chức kiểm tra đột xuất việc chấp hành giờ giấc làm việc.",
    "#2. Chánh Thanh tra tỉnh",
    "- Chủ trì thanh tra trách nhiệm người đứng đầu trong thực thi công vụ; kiến nghị xử lý nghiêm các sai phạm.",
    "#3. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu",
    "- Quán triệt, tổ chức thực hiện nghiêm Kế hoạch tại cơ quan, đơn vị, địa phương; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra vi phạm.",
    "- Định kỳ hằng quý gửi báo cáo kết quả về Sở Nội vụ để tổng hợp./."], m)
t += closing(m)
write_case(12, t, [
    U("Giám đốc Sở Nội vụ", "execute"), U("Giám đốc Sở Nội vụ", "lead"),
    U("Chánh Thanh tra tỉnh", "execute"), U("Chánh Thanh tra tỉnh", "lead"), U("Chánh Thanh tra tỉnh", "monitor", opt=True),
    U("Thủ trưởng các sở, ban, ngành tỉnh", "execute"), U("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "execute"),
    U("Sở Nội vụ", "report"),
], SEC, note="office-holder headings; Chủ tịch UBND tỉnh as object is not responsible")
