from common import *
from build_a import PRE, SEC

# 43: 2025 names of tax, enforcement and science-association bodies as headings
m = "tvpl"
t = header_tvpl("Ninh Hải", "233", "Ninh Hải", (4, 11, 2025), "Tăng cường thu hồi nợ thuế và thi hành án dân sự về tài chính năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Thuế tỉnh",
    "- Chủ trì rà soát, phân loại nợ thuế; chỉ đạo Thuế cơ sở 1 tỉnh Ninh Hải, Thuế cơ sở 2 tỉnh Ninh Hải áp dụng biện pháp cưỡng chế nợ thuế theo quy định.",
    "#2. Thi hành án dân sự tỉnh",
    "- Tổ chức thi hành dứt điểm các khoản thu nộp ngân sách nhà nước; chỉ đạo Phòng Thi hành án dân sự khu vực 1 xác minh điều kiện thi hành án.",
    "#3. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    "- Tổ chức tư vấn, phản biện các giải pháp quản lý thu ngân sách trên nền tảng số./."], m)
t += closing(m)
write_case(43, t, [
    U("Thuế tỉnh", "execute"), U("Thuế tỉnh", "lead"),
    U("Thuế cơ sở 1 tỉnh Ninh Hải", "execute", opt=True), U("Thuế cơ sở 2 tỉnh Ninh Hải", "execute", opt=True),
    U("Thi hành án dân sự tỉnh", "execute"),
    U("Phòng Thi hành án dân sự khu vực 1", "execute", opt=True),
    U("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "execute"),
], SEC, note="2025 names: Thi hành án dân sự tỉnh, Thuế cơ sở, Phòng THADS khu vực")

# 44: semicolon list after "phối hợp với" in a heading task, plain text
m = "plain"
t = header_plain("Bình Giang", "150", "Bình Giang", (14, 7, 2026), "Bảo đảm an toàn thực phẩm trong mùa lễ hội năm 2026")
t += render(PRE + ["III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế",
    "- Chủ trì, phối hợp với Sở Công Thương; Sở Nông nghiệp và Môi trường; Công an tỉnh thành lập đoàn kiểm tra liên ngành về an toàn thực phẩm.",
    "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2026.",
    "2. Sở Công Thương",
    "- Phối hợp với Sở Y tế kiểm tra, giám sát an toàn thực phẩm tại các chợ, siêu thị, cơ sở kinh doanh thực phẩm.",
    "3. Ủy ban nhân dân các xã, phường, đặc khu",
    "- Thành lập đoàn kiểm tra cấp xã; phối hợp với Trạm Y tế xã, phường kiểm tra các bếp ăn tập thể trên địa bàn."], m)
t += closing(m)
write_case(44, t, [
    U("Sở Y tế", "execute"), U("Sở Y tế", "lead"),
    U("Sở Công Thương", "coordinate"), U("Sở Nông nghiệp và Môi trường", "coordinate"), U("Công an tỉnh", "coordinate"),
    U("Ủy ban nhân dân tỉnh", "report"),
    U("Sở Công Thương", "execute"), U("Sở Y tế", "coordinate"), U("Sở Công Thương", "monitor"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "execute"), U("Trạm Y tế xã, phường", "coordinate"),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "monitor"), U("Sở Y tế", "monitor", opt=True),
    U("Ủy ban nhân dân các xã, phường, đặc khu", "coordinate", opt=True),
], SEC, note="semicolon list after phối hợp với; 'phối hợp với X kiểm tra, giám sát' monitor")

# 45: "X chủ trì; Y phối hợp" under joined headings, TVPL
m = "tvpl"
t = header_tvpl("Cao Nguyên", "171", "Cao Nguyên", (19, 8, 2026), "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ I năm 2026")
t += render(PRE + ["#III. TỔ CHỨC THỰC HIỆN",
    "#1. Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính",
    "- Sở Văn hóa, Thể thao và Du lịch chủ trì; Sở Tài chính phối hợp xây dựng dự toán kinh phí tổ chức Đại hội, trình Ủy ban nhân dân tỉnh phê duyệt.",
    "#2. Công an tỉnh, Sở Y tế",
    "- Công an tỉnh chủ trì bảo đảm an ninh, trật tự tại các địa điểm thi đấu; Sở Y tế phối hợp bố trí lực lượng y tế trực cấp cứu./."], m)
t += closing(m)
V = "Sở Văn hóa, Thể thao và Du lịch"
write_case(45, t, [
    U(V, "execute"), U("Sở Tài chính", "execute"), U(V, "lead"), U("Sở Tài chính", "coordinate"),
    U("Công an tỉnh", "execute"), U("Sở Y tế", "execute"), U("Công an tỉnh", "lead"), U("Sở Y tế", "coordinate"),
], SEC, note="joined headings, inside: 'X chủ trì …; Y phối hợp …'")
