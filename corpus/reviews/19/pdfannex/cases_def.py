# Made-up cases. Province names invented: Quảng Lâm, Bình Sơn, Tây Khê.


def hd(issuer, num, place, date, title, dtype="KẾ HOẠCH"):
    return f"""{issuer}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc 
Số: {num} {place}, {date}
{dtype}
{title}
"""


def sg(cap="TM. ỦY BAN NHÂN DÂN", tit="CHỦ TỊCH", name="Nguyễn Văn Khải", rec="- Sở Tài chính;\n- Các phòng, ban chuyên môn;\n- Lưu: VT."):
    return f"""Nơi nhận:
{rec}
{cap}
{tit}
{name}
"""


def body(basis, scope, tasks, org):
    return f"""{basis}
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
{scope}
2. Yêu cầu
Các cơ quan, đơn vị bám sát chỉ tiêu được giao, cụ thể hóa thành nhiệm vụ của đơn vị mình; định kỳ đánh giá, báo cáo kết quả thực hiện.
II. CÁC CHỈ TIÊU CHỦ YẾU
Các chỉ tiêu chủ yếu được giao chi tiết tại Phụ lục kèm theo Kế hoạch này.
III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
{tasks}
IV. TỔ CHỨC THỰC HIỆN
{org}
Trên đây là Kế hoạch của Ủy ban nhân dân; yêu cầu các cơ quan, đơn vị triển khai thực hiện./."""


T26 = ("T", "2026")
A25 = ("A", "2025")
U25 = ("U", "2025")
CMP = ("U", None)

CASES = []

# 01 xã KT-XH 2026, two-row header: Năm 2025 over KH | ƯTH; comparison column; page break + repeated header
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nXÃ TÂN LẠC", "112/KH-UBND", "Tân Lạc", "ngày 19 tháng 12 năm 2025",
            "Phát triển kinh tế - xã hội năm 2026"),
    body=body("Căn cứ Nghị quyết số 27/NQ-HĐND ngày 15/12/2025 của Hội đồng nhân dân xã Tân Lạc về nhiệm vụ phát triển kinh tế - xã hội năm 2026; Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:",
              "Triển khai kịp thời, đồng bộ các nhiệm vụ phát triển kinh tế - xã hội của xã trong năm 2026, tạo chuyển biến rõ nét ở từng thôn.",
              "1. Tập trung cơ cấu lại sản xuất nông nghiệp theo hướng hàng hóa, gắn với liên kết tiêu thụ.\n2. Đẩy mạnh thu hút đầu tư vào cụm công nghiệp và thương mại - dịch vụ.",
              "1. Văn phòng HĐND và UBND xã chủ trì theo dõi, tổng hợp kết quả thực hiện.\n2. Phòng Kinh tế xã hướng dẫn các thôn triển khai các chỉ tiêu được giao."),
    sign=sg(), annex_page=4,
    annex="""Phụ lục
CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026
(Kèm theo Kế hoạch số 112/KH-UBND ngày 19/12/2025 của UBND xã Tân Lạc)""",
    header="""TT Chỉ tiêu ĐVT
Năm 2025
Kế hoạch 
năm 2026
So sánh 
KH 2026/ 
ƯTH 2025 
(%)
Kế hoạch
Ước thực 
hiện""",
    unitcol=True, repeat=True,
    cols=[U25, A25, T26, CMP],
    rows=["G|I|Kinh tế|",
          "1|Tổng giá trị sản xuất\\(giá so sánh 2010)|tỷ đồng|2.450|2.480|2.690|108,5",
          "2|Tốc độ tăng giá trị sản\\xuất|%|8,0|8,3|8,5|",
          "G||Trong đó:|tốc độ tăng giá trị sản xuất",
          "-|Nông, lâm nghiệp, thủy\\sản|%|3,5|3,6|3,8|",
          "-|Công nghiệp - xây dựng|%|11,0|11,4|12,0|",
          "-|Thương mại - dịch vụ|%|9,0|9,2|9,5|",
          "3|Tổng sản lượng lương thực\\có hạt|tấn|18.200|18.350|18.500|100,8",
          "4|Thu nhập bình quân đầu\\người|triệu đồng|62|63,5|68|107,1",
          "P|5",
          "G|II|Văn hóa - xã hội|",
          "5|Tỷ lệ hộ nghèo (theo chuẩn\\nghèo đa chiều)|%|3,2|3,1|2,5|",
          "6|Số hộ nghèo giảm|hộ|40|45|42|93,3",
          "7|Tỷ lệ dân số tham gia bảo\\hiểm y tế|%|93|93,4|95|",
          "8|Số lao động được giải quyết\\việc làm mới|người|350|372|380|102,2",
          "9|Tỷ lệ trẻ em dưới 5 tuổi suy\\dinh dưỡng thể thấp còi|%|12,5|12,3|< 12|",
          "G|III|Môi trường|",
          "10|Tỷ lệ dân cư nông thôn sử\\dụng nước sạch theo quy\\chuẩn|%|62|63|66|",
          "11|Tỷ lệ chất thải rắn sinh hoạt\\được thu gom, xử lý|%|85|86,2|90|"],
))

# 02 five-year plan, "Kế hoạch giai đoạn 2026 - 2030" over years, ƯTH 2025 baseline, page break repeated header
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG LÂM", "245/KH-UBND", "Quảng Lâm", "ngày 08 tháng 12 năm 2025",
            "Chuyển đổi số tỉnh Quảng Lâm giai đoạn 2026 - 2030"),
    body=body("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Đưa chuyển đổi số thành động lực chính để nâng cao năng lực quản trị của chính quyền các cấp trên địa bàn tỉnh.",
              "1. Hoàn thiện hạ tầng số, kết nối băng rộng đến từng thôn, bản.\n2. Phát triển dữ liệu số dùng chung của tỉnh.",
              "1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch.\n2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường căn cứ chỉ tiêu được giao xây dựng kế hoạch hằng năm."),
    sign=sg(name="Hà Minh Tùng", cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH"), annex_page=6,
    annex="""PHỤ LỤC
CHỈ TIÊU CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030
(Kèm theo Kế hoạch số 245/KH-UBND ngày 08 tháng 12 năm 2025 của 
Ủy ban nhân dân tỉnh Quảng Lâm)""",
    header="""STT Chỉ tiêu
Đơn vị 
tính
Ước thực 
hiện năm 
2025
Kế hoạch giai đoạn 2026 - 2030
2026 2027 2028 2029 2030""",
    unitcol=True, repeat=True,
    cols=[A25, T26, ("T", "2027"), ("T", "2028"), ("T", "2029"), ("T", "2030")],
    rows=["G|I|Chính quyền số|",
          "1|Tỷ lệ hồ sơ thủ tục hành\\chính được xử lý trực\\tuyến toàn trình|%|42|50|60|70|75|80",
          "2|Tỷ lệ văn bản trao đổi giữa\\các cơ quan nhà nước dưới\\dạng điện tử|%|95|98|99|100|100|100",
          "3|Số cơ sở dữ liệu chuyên\\ngành được kết nối, chia sẻ|cơ sở dữ liệu|12|16|20|24|27|30",
          "G|II|Kinh tế số|",
          "4|Tỷ trọng kinh tế số trong\\GRDP|%|8,5|10|12|14|17|20",
          "5|Số doanh nghiệp công nghệ\\số đang hoạt động|doanh nghiệp|310|350|400|460|520|600",
          "P|7",
          "6|Tỷ lệ doanh nghiệp nhỏ và\\vừa sử dụng nền tảng số|%|35|40|45|50|55|60",
          "G|III|Xã hội số|",
          "7|Tỷ lệ dân số trưởng thành\\có điện thoại thông minh|%|78|82|85|88|90|≥ 92",
          "8|Tỷ lệ hộ gia đình có kết nối\\Internet băng rộng cáp quang|%|81|85|88|91|93|95",
          "9|Tỷ lệ người dân có danh\\tính số, chữ ký số cá nhân|%|30|40|50|60|70|80"],
))

# 03 industrial products, groups by branch, TH 2024 / ƯTH 2025 / KH 2026 / comparison
CASES.append(dict(
    head=hd("UBND TỈNH BÌNH SƠN\nSỞ CÔNG THƯƠNG", "58/KH-SCT", "Bình Sơn", "ngày 26 tháng 12 năm 2025",
            "Phát triển công nghiệp, thương mại năm 2026"),
    body=body("Căn cứ Kế hoạch số 301/KH-UBND ngày 12/12/2025 của UBND tỉnh về phát triển kinh tế - xã hội năm 2026; Sở Công Thương xây dựng Kế hoạch như sau:",
              "Cụ thể hóa các chỉ tiêu ngành Công Thương năm 2026 được UBND tỉnh giao.",
              "1. Hỗ trợ doanh nghiệp mở rộng sản xuất, đổi mới công nghệ.\n2. Thúc đẩy tiêu thụ sản phẩm công nghiệp chủ lực của tỉnh.",
              "1. Phòng Quản lý công nghiệp chủ trì theo dõi các chỉ tiêu sản xuất công nghiệp.\n2. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở hằng quý."),
    sign=sg(cap="KT. GIÁM ĐỐC", tit="PHÓ GIÁM ĐỐC", name="Lê Thị Hồng Vân"), annex_page=4,
    annex="""Phụ lục
MỘT SỐ SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU NĂM 2026
(Kèm theo Kế hoạch số 58/KH-SCT ngày 26/12/2025 của Sở Công Thương)""",
    header="""TT Sản phẩm ĐVT
Thực hiện 
năm 2024
Ước thực 
hiện năm 
2025
Kế hoạch 
năm 2026
KH 2026 so 
với ƯTH 
2025 (%)""",
    unitcol=True,
    cols=[("A", "2024"), A25, T26, CMP],
    rows=["G|I|Công nghiệp khai khoáng|",
          "1|Đá xây dựng các loại|nghìn m3|1.820|1.905|2.000|105,0",
          "2|Cát, sỏi xây dựng|nghìn m3|640|655|670|102,3",
          "G|II|Công nghiệp chế biến, chế\\tạo|",
          "3|Chè chế biến|tấn|9.400|9.750|10.200|104,6",
          "4|Cà phê nhân xuất khẩu|tấn|21.300|22.100|23.000|104,1",
          "5|Gạch nung|triệu viên|185|192|200|104,2",
          "6|Quần áo may sẵn|triệu sản\\phẩm|14,2|15,6|17,0|109,0",
          "7|Phân bón NPK|nghìn tấn|48|51|55|107,8",
          "G|III|Sản xuất và phân phối điện,\\nước|",
          "8|Điện thương phẩm|triệu kWh|1.150|1.240|1.330|107,3",
          "9|Điện sản xuất (thủy điện,\\điện mặt trời)|triệu kWh|2.480|2.610|2.700|103,4",
          "10|Nước máy thương phẩm|nghìn m3|15.800|16.500|17.300|104,8"],
))

# 04 allocation by commune (transposed: columns are indicators), total row, an empty cell in the middle
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH TÂY KHÊ", "318/KH-UBND", "Tây Khê", "ngày 22 tháng 12 năm 2025",
            "Thực hiện mục tiêu giảm nghèo bền vững và giải quyết việc làm năm 2026"),
    body=body("Căn cứ Nghị quyết số 41/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Giao chỉ tiêu giảm nghèo, giải quyết việc làm và bảo hiểm y tế năm 2026 đến từng xã, phường.",
              "1. Hỗ trợ sinh kế, nhân rộng mô hình giảm nghèo.\n2. Kết nối cung - cầu lao động, hỗ trợ vay vốn tạo việc làm.",
              "1. Sở Nội vụ chủ trì, phối hợp với Bảo hiểm xã hội tỉnh hướng dẫn, theo dõi việc thực hiện.\n2. Ủy ban nhân dân các xã, phường tổ chức thực hiện chỉ tiêu được giao."),
    sign=sg(cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH", name="Đinh Quang Hải"), annex_page=5,
    annex="""Phụ lục
GIAO CHỈ TIÊU GIẢM NGHÈO, VIỆC LÀM VÀ BẢO HIỂM Y TẾ NĂM 2026 
CHO CÁC XÃ, PHƯỜNG
(Kèm theo Kế hoạch số 318/KH-UBND ngày 22/12/2025 của UBND tỉnh)""",
    header="""TT
Xã, 
phường
Tỷ lệ hộ 
nghèo giảm 
(%)
Số lao động 
được giải 
quyết việc 
làm (người)
Tỷ lệ dân số 
tham gia 
BHYT (%)
Số hộ được 
hỗ trợ nhà ở 
(hộ)""",
    unitcol=False,
    cols=[("T", "2026", "%", "Tỷ lệ hộ nghèo giảm"), ("T", "2026", "người", "Số lao động được giải quyết việc làm"),
          ("T", "2026", "%", "Tỷ lệ dân số tham gia BHYT"), ("T", "2026", "hộ", "Số hộ được hỗ trợ nhà ở")],
    rows=["|Toàn tỉnh|1,2|14.500|95,5|620",
          "1|Phường Khê Thượng|0,3|1.850|97,0|15",
          "2|Phường Bến Đò|0,4|1.620|96,8|20",
          "3|Xã Tân Phúc|1,5|980|95,0|65",
          "4|Xã Phước Lộc|1,8|1.040|94,5|",
          "5|Xã Đồng Xuân|2,0|760|94,0|80",
          "6|Xã Hòa Mỹ Tây|2,5|690|93,5|95",
          "7|Xã Suối Cát|3,0|540|93,0|110",
          "8|Xã Ea Lâm|3,5|610|92,5|120",
          "9|Xã Sông Hinh Thượng|3,2|430|93,0|115"],
))

# 05 no unit column: units in row names; lettered groups, no TT
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN", "290/KH-UBND", "Bình Sơn", "ngày 16 tháng 12 năm 2025",
            "Thực hiện Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026"),
    body=body("Thực hiện Nghị quyết số 35/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
              "Tổ chức thực hiện thắng lợi các chỉ tiêu Nghị quyết Hội đồng nhân dân tỉnh đề ra.",
              "1. Cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh.\n2. Phát triển văn hóa, xã hội hài hòa với tăng trưởng kinh tế.",
              "1. Sở Tài chính chủ trì, tham mưu UBND tỉnh theo dõi, đánh giá việc thực hiện các chỉ tiêu.\n2. Cục Thống kê tỉnh phối hợp cung cấp số liệu."),
    sign=sg(name="Trương Văn Lực"), annex_page=5,
    annex="""PHỤ LỤC
CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
(Kèm theo Kế hoạch số 290/KH-UBND ngày 16/12/2025 của UBND tỉnh Bình Sơn)""",
    header="""Chỉ tiêu
Ước thực hiện 
năm 2025
Kế hoạch năm 
2026""",
    unitcol=False,
    cols=[A25, T26],
    rows=["G|A|CÁC CHỈ TIÊU KINH TẾ|",
          "|Tốc độ tăng trưởng tổng sản phẩm\\trên địa bàn (GRDP) (%)|7,6|8,0 - 8,5",
          "|GRDP bình quân đầu người (triệu\\đồng)|82,4|90",
          "|Tỷ trọng công nghiệp - xây dựng\\trong GRDP (%)|31,2|32,5",
          "|Kim ngạch xuất khẩu hàng hóa (triệu\\USD)|1.350|1.480",
          "|Số doanh nghiệp thành lập mới\\(doanh nghiệp)|820|900",
          "|Số xã đạt chuẩn nông thôn mới nâng\\cao (xã)|14|18",
          "G|B|CÁC CHỈ TIÊU XÃ HỘI|",
          "|Tỷ lệ lao động qua đào tạo (%)|71|73",
          "|Trong đó: có văn bằng, chứng chỉ (%)=>Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ|29,5|31",
          "|Số bác sĩ trên 1 vạn dân (bác sĩ)|11,2|12",
          "|Tỷ lệ hộ nghèo giảm (%)|1,1|1,0",
          "G|C|CÁC CHỈ TIÊU MÔI TRƯỜNG|",
          "|Tỷ lệ che phủ rừng (%)|48,3|48,6",
          "|Tỷ lệ khu công nghiệp có hệ thống xử\\lý nước thải tập trung đạt chuẩn (%)|100|100"],
))

# 06 education; school-year columns; "Trong đó:" and "- Mầm non" sub-rows
CASES.append(dict(
    head=hd("UBND TỈNH QUẢNG LÂM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "1942/KH-SGDĐT", "Quảng Lâm", "ngày 05 tháng 9 năm 2025",
            "Thực hiện nhiệm vụ năm học 2025 - 2026"),
    body=body("Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 28/7/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành khung kế hoạch thời gian năm học 2025 - 2026; Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:",
              "Nâng cao chất lượng giáo dục toàn diện, củng cố kết quả phổ cập giáo dục và xây dựng trường đạt chuẩn quốc gia.",
              "1. Rà soát, sắp xếp mạng lưới trường, lớp.\n2. Đầu tư cơ sở vật chất theo hướng chuẩn hóa.",
              "1. Phòng Giáo dục phổ thông chủ trì theo dõi, đôn đốc các trường thực hiện.\n2. Các trường học xây dựng kế hoạch năm học của đơn vị."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Phạm Quốc Bảo"), annex_page=4,
    annex="""Phụ lục
MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM HỌC 2025 - 2026
(Kèm theo Kế hoạch số 1942/KH-SGDĐT ngày 05/9/2025)""",
    header="""TT Nội dung
Đơn 
vị tính
Thực hiện 
năm học 
2024 - 2025
Kế hoạch 
năm học 
2025 - 2026""",
    unitcol=True,
    cols=[A25, T26],
    rows=["1|Tỷ lệ huy động trẻ 5 tuổi\\ra lớp|%|99,6|99,8",
          "2|Tỷ lệ học sinh hoàn thành\\chương trình tiểu học|%|99,2|99,5",
          "3|Tỷ lệ học sinh tốt nghiệp\\trung học phổ thông|%|98,1|≥ 98,5",
          "4|Số trường đạt chuẩn quốc\\gia|trường|412|430",
          "G||Trong đó:|số trường đạt chuẩn quốc gia",
          "-|Mầm non|trường|128|134",
          "-|Tiểu học|trường|156|162",
          "-|Trung học cơ sở|trường|104|109",
          "-|Trung học phổ thông|trường|24|25",
          "5|Tỷ lệ phòng học kiên cố|%|86,4|88",
          "6|Số giáo viên được bồi\\dưỡng năng lực số|giáo viên|3.200|4.500",
          "7|Tỷ lệ trường thực hiện\\chuyển đổi số trong quản\\lý, dạy học|%|70|85"],
))

# 07 health: comparators and ranges in the cells, Ghi chú with wrapped text, year only in the title
CASES.append(dict(
    head=hd("UBND TỈNH TÂY KHÊ\nSỞ Y TẾ", "45/KH-SYT", "Tây Khê", "ngày 06 tháng 01 năm 2026",
            "Công tác y tế năm 2026"),
    body=body("Căn cứ Kế hoạch số 318/KH-UBND ngày 22/12/2025 của UBND tỉnh; Sở Y tế xây dựng Kế hoạch công tác năm 2026 như sau:",
              "Chủ động phòng, chống dịch bệnh; nâng cao chất lượng khám, chữa bệnh và chăm sóc sức khỏe nhân dân.",
              "1. Củng cố mạng lưới y tế cơ sở.\n2. Nâng cao năng lực hệ thống y tế dự phòng.",
              "1. Phòng Nghiệp vụ Y chủ trì theo dõi các chỉ tiêu khám, chữa bệnh.\n2. Trung tâm Kiểm soát bệnh tật tỉnh thực hiện các chỉ tiêu y tế dự phòng."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Võ Thị Thanh Tâm"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU CHUYÊN MÔN NĂM 2026
(Kèm theo Kế hoạch số 45/KH-SYT ngày 06/01/2026 của Sở Y tế)""",
    header="""TT Chỉ tiêu
Đơn vị 
tính
Chỉ tiêu 
năm 2026 Ghi chú""",
    unitcol=True,
    cols=[T26, ("N", None)],
    rows=["1|Tỷ lệ trẻ em dưới 1 tuổi\\được tiêm chủng đầy đủ\\các loại vắc xin|%|≥ 95|Chỉ tiêu Nghị\\quyết HĐND tỉnh",
          "2|Tỷ lệ phụ nữ có thai được\\khám thai ít nhất 4 lần|%|90 - 92|",
          "3|Tỷ lệ xã, phường đạt Bộ\\tiêu chí quốc gia về y tế|%|trên 98|",
          "4|Số giường bệnh trên 1 vạn\\dân|giường|33|Không tính giường\\trạm y tế xã",
          "5|Số bác sĩ trên 1 vạn dân|bác sĩ|12,5|",
          "6|Tỷ lệ người dân có hồ sơ\\sức khỏe điện tử|%|95|",
          "7|Tỷ suất chết trẻ em dưới 1\\tuổi|‰|< 10|",
          "8|Tỷ lệ hài lòng của người\\bệnh với dịch vụ khám,\\chữa bệnh|%|≥ 90|Khảo sát độc lập",
          "9|Số ca mắc sốt xuất huyết\\giảm so với trung bình 5 năm|%|10 - 15|",
          "10|Tỷ lệ cơ sở khám, chữa\\bệnh thực hiện thanh toán\\không dùng tiền mặt|%|100|"],
))

# 08 trade union emulation annex: "Chỉ tiêu" column, units as counted things
CASES.append(dict(
    head=hd("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH SƠN\nCÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", "07/KH-CĐKCN", "Bình Sơn", "ngày 15 tháng 01 năm 2026",
            "Thực hiện chỉ tiêu thi đua năm 2026", ),
    body="""Thực hiện Chương trình công tác năm 2026 của Liên đoàn Lao động tỉnh, Ban Thường vụ Công đoàn các Khu công nghiệp xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát động phong trào thi đua sâu rộng trong đoàn viên, người lao động; gắn chỉ tiêu với trách nhiệm của từng công đoàn cơ sở.
II. CHỈ TIÊU
Có Phụ lục chỉ tiêu kèm theo.
III. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức - Kiểm tra theo dõi, tổng hợp kết quả thực hiện chỉ tiêu.
2. Các công đoàn cơ sở xây dựng kế hoạch cụ thể, báo cáo kết quả về Công đoàn các Khu công nghiệp trước ngày 15/11/2026./.""",
    sign=sg(cap="TM. BAN THƯỜNG VỤ", tit="CHỦ TỊCH", name="Trần Văn Nghĩa", rec="- LĐLĐ tỉnh (b/c);\n- Các CĐCS;\n- Lưu: VT."), annex_page=3,
    annex="""PHỤ LỤC
CHỈ TIÊU THI ĐUA NĂM 2026
(Kèm theo Kế hoạch số 07/KH-CĐKCN ngày 15/01/2026)""",
    header="""TT Nội dung chỉ tiêu
Đơn vị 
tính Chỉ tiêu Ghi chú""",
    unitcol=True,
    cols=[T26, ("N", None)],
    rows=["1|Phát triển đoàn viên mới|đoàn viên|1.200|",
          "2|Thành lập công đoàn cơ sở\\mới|CĐCS|12|Doanh nghiệp từ 25\\lao động trở lên",
          "3|Tỷ lệ CĐCS xếp loại hoàn\\thành tốt nhiệm vụ trở lên|%|≥ 85|",
          "4|Số CĐCS thương lượng, ký\\kết thỏa ước lao động tập\\thể có lợi hơn quy định|thỏa ước|25|",
          "5|Số sáng kiến được công nhận|sáng kiến|150|",
          "6|Giới thiệu đoàn viên ưu tú\\cho Đảng xem xét kết nạp|đoàn viên|60|",
          "7|Xây dựng nhà Mái ấm Công\\đoàn|nhà|5|",
          "8|Tỷ lệ đoàn viên, người lao\\động được tuyên truyền\\pháp luật|%|90|",
          "9|Tổ chức đối thoại tại nơi\\làm việc|cuộc|40|",
          "10|Tổ chức lớp tập huấn nghiệp\\vụ cho cán bộ công đoàn|lớp|4|"],
))

# 09 environment: units in names with slashes, "Hiện trạng" and two target horizons, notes, page number between rows (no repeated header)
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG LÂM", "301/KH-UBND", "Quảng Lâm", "ngày 30 tháng 12 năm 2025",
            "Bảo vệ môi trường tỉnh Quảng Lâm đến năm 2030"),
    body=body("Căn cứ Luật Bảo vệ môi trường năm 2020; Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo vệ môi trường đến năm 2030 như sau:",
              "Kiểm soát nguồn ô nhiễm, cải thiện chất lượng môi trường sống của người dân.",
              "1. Đầu tư hệ thống thu gom, xử lý chất thải rắn, nước thải.\n2. Tăng cường quan trắc môi trường tự động.",
              "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở, ngành triển khai thực hiện.\n2. UBND các xã, phường thực hiện các chỉ tiêu trên địa bàn."),
    sign=sg(cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH", name="Hà Minh Tùng"), annex_page=5,
    annex="""Phụ lục
CHỈ TIÊU BẢO VỆ MÔI TRƯỜNG ĐẾN NĂM 2030
(Kèm theo Kế hoạch số 301/KH-UBND ngày 30/12/2025 của UBND tỉnh)""",
    header="""TT Chỉ tiêu
Hiện trạng 
năm 2025
Mục tiêu 
đến năm 
2027
Mục tiêu 
đến năm 
2030 Ghi chú""",
    unitcol=False, repeat=False,
    cols=[A25, ("T", "2027"), ("T", "2030"), ("N", None)],
    rows=["1|Khối lượng chất thải rắn sinh\\hoạt đô thị được thu gom\\(tấn/ngày)|410|460|520|",
          "2|Tỷ lệ chất thải rắn sinh hoạt\\đô thị được thu gom, xử lý (%)|92|95|98|",
          "3|Tỷ lệ chất thải rắn sinh hoạt\\nông thôn được thu gom, xử lý\\(%)|65|75|85|Ưu tiên các xã\\ven đô",
          "4|Công suất xử lý nước thải\\sinh hoạt đô thị tập trung\\(m3/ngày đêm)|18.000|26.000|40.000|",
          "P|6",
          "5|Số trạm quan trắc môi\\trường không khí tự động\\(trạm)|4|7|12|",
          "6|Tỷ lệ cụm công nghiệp có\\hệ thống xử lý nước thải\\tập trung (%)|55|75|100|",
          "7|Tỷ lệ chất thải nguy hại\\được xử lý đạt quy chuẩn\\(%)|96|98|100|",
          "8|Diện tích cây xanh bình\\quân đầu người khu vực đô\\thị (m2/người)|6,5|7,5|9|"],
))

# 10 two-row header "Năm 2026" over "Chỉ tiêu Nghị quyết | Phấn đấu"; two targets per row
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nXÃ PHƯỚC LỘC", "09/KH-UBND", "Phước Lộc", "ngày 12 tháng 01 năm 2026",
            "Sản xuất nông nghiệp năm 2026"),
    body=body("Căn cứ Nghị quyết số 31/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân xã; Ủy ban nhân dân xã ban hành Kế hoạch sản xuất nông nghiệp năm 2026 như sau:",
              "Phấn đấu hoàn thành vượt mức các chỉ tiêu sản xuất nông nghiệp năm 2026.",
              "1. Chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả.\n2. Phòng, chống dịch bệnh trên cây trồng, vật nuôi.",
              "1. Phòng Kinh tế xã chủ trì hướng dẫn các thôn tổ chức sản xuất.\n2. Trưởng các thôn tổ chức thực hiện, báo cáo kết quả về UBND xã."),
    sign=sg(name="Nguyễn Hữu Phước"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP NĂM 2026
(Kèm theo Kế hoạch số 09/KH-UBND ngày 12/01/2026)""",
    header="""TT Chỉ tiêu ĐVT
Ước thực 
hiện năm 
2025
Năm 2026
Chỉ tiêu 
Nghị quyết Phấn đấu""",
    unitcol=True,
    cols=[A25, T26, T26],
    rows=["1|Tổng diện tích gieo trồng\\cây hằng năm|ha|6.420|6.450|6.500",
          "2|Diện tích lúa cả năm|ha|3.850|3.800|3.800",
          "3|Năng suất lúa bình quân|tạ/ha|61,5|62|63",
          "4|Sản lượng lúa|tấn|23.670|23.560|23.940",
          "5|Diện tích rau các loại|ha|540|560|600",
          "6|Diện tích chuyển đổi từ đất\\lúa sang cây trồng khác|ha|45|50|60",
          "7|Tổng đàn lợn|con|12.500|13.000|13.500",
          "8|Tổng đàn gia cầm|nghìn con|185|190|200",
          "9|Diện tích nuôi trồng thủy\\sản|ha|210|215|220",
          "10|Số sản phẩm OCOP đạt 3\\sao trở lên|sản phẩm|6|8|10"],
))

# 11 past period review + next period: "Giai đoạn 2021 - 2025" over KH | Thực hiện; KH 2026-2030
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH TÂY KHÊ", "27/KH-UBND", "Tây Khê", "ngày 20 tháng 01 năm 2026",
            "Phát triển kết cấu hạ tầng giao thông nông thôn giai đoạn 2026 - 2030"),
    body=body("Căn cứ Quyết định số 16/QĐ-UBND ngày 08/01/2026 của UBND tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Tiếp tục hoàn thiện mạng lưới giao thông nông thôn, kết nối vùng sản xuất với thị trường.",
              "1. Huy động nguồn lực xã hội hóa đầu tư đường giao thông nông thôn.\n2. Duy tu, bảo dưỡng thường xuyên các tuyến đường.",
              "1. Sở Xây dựng chủ trì, hướng dẫn các xã triển khai thực hiện.\n2. Sở Tài chính phối hợp bố trí nguồn vốn."),
    sign=sg(cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH", name="Đinh Quang Hải"), annex_page=4,
    annex="""Phụ lục
KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ CHỈ TIÊU GIAI ĐOẠN 2026 - 2030
(Kèm theo Kế hoạch số 27/KH-UBND ngày 20/01/2026)""",
    header="""TT Chỉ tiêu ĐVT
Giai đoạn 2021 - 2025
Kế hoạch 
giai đoạn 
2026 - 2030
Kế hoạch Thực hiện""",
    unitcol=True,
    cols=[("U", "2025"), A25, ("T", "2030")],
    rows=["1|Đường giao thông nông thôn\\được cứng hóa|km|850|912|1.100",
          "2|Tỷ lệ đường trục xã được\\nhựa hóa hoặc bê tông hóa|%|95|96,8|100",
          "3|Tỷ lệ đường trục thôn được\\cứng hóa|%|85|88,5|95",
          "4|Tỷ lệ đường ngõ xóm sạch,\\không lầy lội mùa mưa|%|80|82|90",
          "5|Cầu giao thông nông thôn\\được xây mới, cải tạo|cầu|60|54|75",
          "6|Số xã có đường ô tô đến\\trung tâm xã đi được quanh\\năm|xã|62|62|62",
          "7|Số km đường được lắp điện\\chiếu sáng|km|300|345|500",
          "8|Số tuyến đường kiểu mẫu\\có cây xanh|tuyến|120|136|200",
          "9|Tỷ lệ tuyến đường có biển\\báo, tên đường|%|70|74|90",
          "10|Số bến xe khách được nâng\\cấp|bến|4|3|6"],
))

# 12 quarters: Quý I .. Quý IV, Cả năm
CASES.append(dict(
    head=hd("UBND TỈNH BÌNH SƠN\nSỞ NỘI VỤ", "12/KH-SNV", "Bình Sơn", "ngày 08 tháng 01 năm 2026",
            "Cải cách hành chính năm 2026"),
    body=body("Căn cứ Kế hoạch số 05/KH-UBND ngày 03/01/2026 của UBND tỉnh về cải cách hành chính năm 2026; Sở Nội vụ ban hành Kế hoạch như sau:",
              "Nâng cao chất lượng giải quyết thủ tục hành chính, lấy người dân, doanh nghiệp làm trung tâm.",
              "1. Rà soát, đơn giản hóa thủ tục hành chính.\n2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
              "1. Văn phòng Sở chủ trì theo dõi các chỉ tiêu theo quý.\n2. Các phòng chuyên môn thực hiện, báo cáo trước ngày 15 của tháng cuối quý."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Lâm Thị Ngọc"), annex_page=3,
    annex="""Phụ lục
LỘ TRÌNH THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026
(Kèm theo Kế hoạch số 12/KH-SNV ngày 08/01/2026)""",
    header="""TT Chỉ tiêu ĐVT Quý I Quý II Quý III Quý IV
Cả năm 
2026""",
    unitcol=True,
    cols=[T26, T26, T26, T26, T26],
    rows=["1|Tỷ lệ hồ sơ được giải quyết\\đúng hạn|%|97|98|98|99|99",
          "2|Tỷ lệ hồ sơ nộp trực tuyến|%|55|60|65|70|70",
          "3|Tỷ lệ hồ sơ được số hóa\\kết quả giải quyết|%|80|90|95|100|100",
          "4|Số thủ tục hành chính được\\rà soát, đề xuất đơn giản\\hóa|thủ tục|5|5|5|5|20",
          "5|Số cuộc kiểm tra công vụ|cuộc|1|2|2|1|6",
          "6|Tỷ lệ hồ sơ trả kết quả qua\\dịch vụ bưu chính công ích|%|10|12|14|15|15",
          "7|Số văn bản quy phạm pháp\\luật được rà soát|văn bản|10|15|15|10|50"],
))

# 13 per-row deadline column ("Thời gian hoàn thành") and lead unit column
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG LÂM", "33/KH-UBND", "Quảng Lâm", "ngày 21 tháng 01 năm 2026",
            "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử năm 2026"),
    body=body("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính.",
              "1. Làm sạch dữ liệu chuyên ngành, kết nối với Cơ sở dữ liệu quốc gia về dân cư.\n2. Tuyên truyền người dân sử dụng tài khoản định danh điện tử.",
              "1. Công an tỉnh là cơ quan thường trực, chủ trì theo dõi việc thực hiện.\n2. Các sở, ngành thực hiện nhiệm vụ tại Phụ lục."),
    sign=sg(name="Trần Quang Minh"), annex_page=4,
    annex="""Phụ lục
CHỈ TIÊU VÀ THỜI GIAN HOÀN THÀNH
(Kèm theo Kế hoạch số 33/KH-UBND ngày 21/01/2026)""",
    header="""TT Chỉ tiêu
Kết quả 
cần đạt
Đơn vị chủ 
trì
Thời gian 
hoàn thành""",
    unitcol=False,
    rowdl={"1": "2026", "2": "2026", "3": "2026", "4": "2026", "5": "2027", "6": "2026", "7": "2026", "8": "2027"},
    cols=[T26, ("N", None), ("N", None)],
    rows=["1|Tỷ lệ hồ sơ hộ tịch được số\\hóa, làm sạch (%)|100|Sở Tư pháp|Quý II/2026",
          "2|Tỷ lệ người có thẻ bảo hiểm\\y tế sử dụng căn cước để\\khám, chữa bệnh (%)|95|Sở Y tế|Tháng 9/2026",
          "3|Số thủ tục hành chính được\\cắt giảm giấy tờ nhờ khai\\thác dữ liệu dân cư (thủ\\tục)|45|Sở Nội vụ|Quý III/2026",
          "4|Tỷ lệ người dân từ 14 tuổi\\trở lên được kích hoạt định\\danh điện tử mức 2 (%)|90|Công an tỉnh|Năm 2026",
          "5|Tỷ lệ người hưởng an sinh\\xã hội nhận trợ cấp qua tài\\khoản (%)|100|Sở Nội vụ|Năm 2027",
          "6|Số điểm tiếp nhận hồ sơ có\\thiết bị đọc căn cước gắn\\chíp (điểm)|124|Văn phòng UBND\\tỉnh|Quý II/2026",
          "7|Tỷ lệ doanh nghiệp nộp thuế\\điện tử (%)|99|Thuế tỉnh|Năm 2026",
          "8|Số cơ sở dữ liệu chuyên\\ngành kết nối với Cơ sở dữ\\liệu quốc gia về dân cư (cơ\\sở dữ liệu)|15|Sở Khoa học và\\Công nghệ|Năm 2027"],
))

# 14 real pypdfium2 style: unit + numbers joined on one line after a wrapped name; years 2026-2028
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH TÂY KHÊ", "61/KH-UBND", "Tây Khê", "ngày 03 tháng 3 năm 2026",
            "Phát triển kinh tế tập thể, hợp tác xã giai đoạn 2026 - 2028"),
    body=body("Căn cứ Luật Hợp tác xã năm 2023; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Phát triển các hợp tác xã hoạt động hiệu quả, gắn với chuỗi giá trị nông sản chủ lực của tỉnh.",
              "1. Hỗ trợ thành lập mới hợp tác xã.\n2. Hỗ trợ hợp tác xã ứng dụng công nghệ cao.",
              "1. Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh triển khai Kế hoạch.\n2. UBND các xã, phường thực hiện các chỉ tiêu trên địa bàn."),
    sign=sg(cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH", name="Đinh Quang Hải"), annex_page=4,
    annex="""Phụ lục
CHỈ TIÊU PHÁT TRIỂN KINH TẾ TẬP THỂ GIAI ĐOẠN 2026 - 2028
(Kèm theo Kế hoạch số 61/KH-UBND ngày 03/3/2026)""",
    header="""TT Chỉ tiêu ĐVT Năm 2026 Năm 2027 Năm 2028""",
    unitcol=True, join=True,
    cols=[T26, ("T", "2027"), ("T", "2028")],
    rows=["1|Số hợp tác xã thành lập\\mới|hợp tác xã|25|30|35",
          "2|Tỷ lệ hợp tác xã hoạt động\\hiệu quả|%|60|65|70",
          "3|Số hợp tác xã ứng dụng\\công nghệ cao|hợp tác xã|12|16|20",
          "4|Số thành viên hợp tác xã|thành viên|18.500|19.200|20.000",
          "5|Doanh thu bình quân một\\hợp tác xã|tỷ đồng|4,2|4,6|5,0",
          "6|Số tổ hợp tác thành lập mới|tổ hợp tác|40|45|50",
          "7|Tỷ lệ cán bộ quản lý hợp\\tác xã có trình độ từ sơ\\cấp trở lên|%|65|70|75",
          "8|Số hợp tác xã tham gia\\chuỗi liên kết|hợp tác xã|55|65|80"],
))

# 15 real pypdfium2 style: whole row on one line when the name fits ("1 Chi phí ... 6,74 ...")
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN", "77/KH-UBND", "Bình Sơn", "ngày 10 tháng 3 năm 2026",
            "Thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2026"),
    body=body("Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Nâng cao chất lượng, giá trị sản phẩm OCOP gắn với lợi thế của từng địa phương.",
              "1. Hỗ trợ chủ thể OCOP hoàn thiện sản phẩm.\n2. Xúc tiến thương mại, quảng bá sản phẩm OCOP.",
              "1. Sở Nông nghiệp và Môi trường là cơ quan thường trực Chương trình OCOP tỉnh.\n2. Sở Công Thương phối hợp tổ chức xúc tiến thương mại."),
    sign=sg(name="Trương Văn Lực"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU CHƯƠNG TRÌNH OCOP NĂM 2026
(Kèm theo Kế hoạch số 77/KH-UBND ngày 10/3/2026)""",
    header="""TT Nội dung ĐVT
Ước TH 
2025 KH 2026 Ghi chú""",
    unitcol=True, join=True,
    cols=[A25, T26, ("N", None)],
    rows=["1|Sản phẩm OCOP được công nhận mới|sản phẩm|42|50|",
          "2|Sản phẩm OCOP đạt 4 sao|sản phẩm|9|12|",
          "3|Sản phẩm OCOP đạt 5 sao|sản phẩm|1|2|",
          "4|Chủ thể OCOP là hợp tác xã|chủ thể|38|45|",
          "5|Điểm giới thiệu, bán sản phẩm OCOP|điểm|14|20|",
          "6|Tỷ lệ sản phẩm OCOP có truy xuất nguồn gốc|%|70|85|",
          "7|Sản phẩm OCOP bán trên sàn thương mại điện tử|sản phẩm|120|160|",
          "8|Hội chợ, triển lãm OCOP cấp tỉnh|hội chợ|2|3|",
          "9|Sản phẩm OCOP được nâng hạng sao|sản phẩm|10|15|",
          "10|Tỷ lệ chủ thể OCOP là doanh nghiệp|%|20|25|"],
))

# 16 forestry by commune: total first; units in column headers; an empty cell in the middle
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG LÂM", "52/KH-UBND", "Quảng Lâm", "ngày 09 tháng 02 năm 2026",
            "Trồng rừng và bảo vệ, phát triển rừng năm 2026"),
    body=body("Căn cứ Luật Lâm nghiệp năm 2017; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Nâng cao tỷ lệ che phủ rừng và giá trị sản xuất lâm nghiệp.",
              "1. Chuẩn bị cây giống chất lượng cao.\n2. Tổ chức trồng rừng đúng khung thời vụ.",
              "1. Chi cục Kiểm lâm chủ trì hướng dẫn kỹ thuật, kiểm tra nghiệm thu.\n2. UBND các xã tổ chức thực hiện chỉ tiêu được giao."),
    sign=sg(cap="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", tit="PHÓ CHỦ TỊCH", name="Hà Minh Tùng"), annex_page=4,
    annex="""Phụ lục
GIAO CHỈ TIÊU TRỒNG RỪNG NĂM 2026
(Kèm theo Kế hoạch số 52/KH-UBND ngày 09/02/2026)""",
    header="""TT Đơn vị
Trồng rừng 
tập trung 
(ha)
Khoanh nuôi 
tái sinh (ha)
Trồng cây 
phân tán 
(nghìn cây)
Tỷ lệ che 
phủ rừng 
(%)""",
    unitcol=False,
    cols=[("T", "2026", "ha", "Trồng rừng tập trung"), ("T", "2026", "ha", "Khoanh nuôi tái sinh"),
          ("T", "2026", "nghìn cây", "Trồng cây phân tán"), ("T", "2026", "%", "Tỷ lệ che phủ rừng")],
    rows=["|Tổng cộng|2.150|1.320|850|52,4",
          "1|Xã Trà Lĩnh|420|260|95|68,2",
          "2|Xã Sơn Kỳ|380|310|80|65,0",
          "3|Xã Ba Vì Thượng|350|240|70|61,5",
          "4|Xã Minh Long|300||110|58,3",
          "5|Xã Đức Phổ Tây|260|180|120|49,7",
          "6|Xã An Lão|240|190|90|55,1",
          "7|Phường Nghĩa Chánh|50||185|12,4",
          "8|Xã Tư Nghĩa Đông|150|140|100|38,6"],
))

# 17 population/health with ‰ and "/vạn dân", "Tăng/giảm" signed comparison column
CASES.append(dict(
    head=hd("UBND TỈNH TÂY KHÊ\nSỞ Y TẾ", "88/KH-SYT", "Tây Khê", "ngày 10 tháng 02 năm 2026",
            "Công tác dân số năm 2026"),
    body=body("Căn cứ Chiến lược Dân số Việt Nam đến năm 2030; Sở Y tế ban hành Kế hoạch công tác dân số năm 2026 như sau:",
              "Duy trì mức sinh thay thế, nâng cao chất lượng dân số.",
              "1. Truyền thông chuyển đổi hành vi về dân số.\n2. Mở rộng tầm soát trước sinh và sơ sinh.",
              "1. Chi cục Dân số chủ trì theo dõi các chỉ tiêu.\n2. Trạm Y tế các xã, phường thực hiện."),
    sign=sg(cap="KT. GIÁM ĐỐC", tit="PHÓ GIÁM ĐỐC", name="Võ Thị Thanh Tâm"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU CÔNG TÁC DÂN SỐ NĂM 2026
(Kèm theo Kế hoạch số 88/KH-SYT ngày 10/02/2026)""",
    header="""TT Chỉ tiêu ĐVT
Ước thực 
hiện năm 
2025
Kế hoạch 
năm 2026
Tăng (+), 
giảm (-)""",
    unitcol=True,
    cols=[A25, T26, CMP],
    rows=["1|Tỷ số giới tính khi sinh|số bé trai/100\\bé gái|111,2|110,5|-0,7",
          "2|Tỷ lệ sinh con thứ 3 trở\\lên|%|11,8|11,3|-0,5",
          "3|Tỷ suất sinh thô|‰|15,1|15,0|-0,1",
          "4|Tỷ lệ phụ nữ mang thai\\được tầm soát trước sinh|%|70|75|+5",
          "5|Tỷ lệ trẻ sơ sinh được tầm\\soát sơ sinh|%|80|85|+5",
          "6|Số cặp nam nữ được tư\\vấn, khám sức khỏe trước\\khi kết hôn|cặp|3.200|3.600|+400",
          "7|Tỷ lệ người cao tuổi được\\khám sức khỏe định kỳ|%|62|68|+6",
          "8|Số người mới sử dụng biện\\pháp tránh thai hiện đại|người|24.500|25.000|+500"],
))

# 18 groups by crop (product) with the same measure rows under each: indicator must carry the crop
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nXÃ EA LÂM", "15/KH-UBND", "Ea Lâm", "ngày 20 tháng 01 năm 2026",
            "Sản xuất nông nghiệp năm 2026"),
    body=body("Căn cứ Nghị quyết số 22/NQ-HĐND ngày 19/12/2025 của HĐND xã; Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
              "Phát triển sản xuất nông nghiệp bền vững, tăng thu nhập cho nông dân.",
              "1. Tái canh cà phê, thâm canh lúa nước.\n2. Phát triển chăn nuôi an toàn sinh học.",
              "1. Phòng Kinh tế xã chủ trì theo dõi.\n2. Các thôn, buôn tổ chức thực hiện."),
    sign=sg(name="Y Bhin Niê"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP NĂM 2026
(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND xã Ea Lâm)""",
    header="""TT Chỉ tiêu ĐVT
Ước thực 
hiện 2025
Kế hoạch 
2026
So sánh 
(%)""",
    unitcol=True, repeat=True,
    cols=[A25, T26, CMP],
    rows=["G|I|Cây lúa|lúa",
          "1|Diện tích|ha|1.250|1.250|100,0",
          "2|Năng suất|tạ/ha|58,4|59,0|101,0",
          "3|Sản lượng|tấn|7.300|7.375|101,0",
          "G|II|Cây cà phê|cà phê",
          "1|Diện tích|ha|4.820|4.850|100,6",
          "2|Diện tích tái canh|ha|160|180|112,5",
          "3|Sản lượng nhân|tấn|13.900|14.300|102,9",
          "P|4",
          "G|III|Cây sầu riêng|sầu riêng",
          "1|Diện tích|ha|640|700|109,4",
          "2|Sản lượng|tấn|5.200|6.100|117,3",
          "G|IV|Chăn nuôi|-",
          "1|Tổng đàn bò|con|3.150|3.300|104,8",
          "2|Tổng đàn lợn|con|9.800|10.200|104,1",
          "3|Sản lượng thịt hơi xuất\\chuồng|tấn|2.050|2.150|104,9"],
))

# 19 a row broken across a page: first part of its name, page number, repeated header, rest of row
CASES.append(dict(
    head=hd("UBND TỈNH QUẢNG LÂM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "102/KH-SVHTTDL", "Quảng Lâm", "ngày 14 tháng 01 năm 2026",
            "Phát triển du lịch năm 2026"),
    body=body("Căn cứ Kế hoạch số 301/KH-UBND ngày 30/12/2025 của UBND tỉnh; Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:",
              "Đưa du lịch trở thành ngành kinh tế quan trọng của tỉnh.",
              "1. Đa dạng hóa sản phẩm du lịch.\n2. Đẩy mạnh xúc tiến, quảng bá du lịch.",
              "1. Phòng Quản lý du lịch chủ trì theo dõi các chỉ tiêu.\n2. Trung tâm Xúc tiến du lịch tổ chức các sự kiện quảng bá."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Nông Thị Huyền"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU PHÁT TRIỂN DU LỊCH NĂM 2026
(Kèm theo Kế hoạch số 102/KH-SVHTTDL ngày 14/01/2026)""",
    header="""TT Chỉ tiêu ĐVT
TH 
2024
ƯTH 
2025
KH 
2026""",
    unitcol=True, repeat=True,
    cols=[("A", "2024"), A25, T26],
    rows=["1|Tổng lượt khách du lịch|lượt khách|2.850.000|3.100.000|3.400.000",
          "G||Trong đó:|tổng lượt khách du lịch",
          "-|Khách quốc tế|lượt khách|185.000|210.000|250.000",
          "-|Khách lưu trú|lượt khách|1.240.000|1.350.000|1.500.000",
          "2|Tổng thu từ khách du lịch|tỷ đồng|5.200|5.900|6.800",
          "3|Số cơ sở lưu trú du lịch|cơ sở|610|640|680",
          "RAW|4",
          "RAW|Số buồng lưu trú đạt tiêu ",
          "P|4",
          "RAW|chuẩn từ 3 sao trở lên",
          "RAW|buồng",
          "RAW|1.450",
          "RAW|1.620",
          "RAW|1.900",
          "5|Số điểm du lịch được công\\nhận|điểm|18|21|25",
          "6|Số lao động trực tiếp trong\\ngành du lịch|người|9.200|9.800|10.500",
          "7|Số sản phẩm du lịch mới|sản phẩm|6|8|10"],
    prose=[{"value": 1450, "until": None, "unit": "buồng", "kind": "achieved", "deadline": "2024", "indicator": "Số buồng lưu trú đạt tiêu chuẩn từ 3 sao trở lên", "uncertain": False},
           {"value": 1620, "until": None, "unit": "buồng", "kind": "achieved", "deadline": "2025", "indicator": "Số buồng lưu trú đạt tiêu chuẩn từ 3 sao trở lên", "uncertain": False},
           {"value": 1900, "until": None, "unit": "buồng", "kind": "target", "deadline": "2026", "indicator": "Số buồng lưu trú đạt tiêu chuẩn từ 3 sao trở lên", "uncertain": False}],
))

# 20 new-rural roadmap with "-" cells (nothing due that year) and period column
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN", "95/KH-UBND", "Bình Sơn", "ngày 25 tháng 3 năm 2026",
            "Xây dựng nông thôn mới giai đoạn 2026 - 2030"),
    body=body("Căn cứ Quyết định số 51/QĐ-UBND ngày 02/3/2026 của UBND tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Xây dựng nông thôn mới thực chất, bền vững, đi vào chiều sâu.",
              "1. Tập trung các tiêu chí còn thiếu ở các xã khó khăn.\n2. Xây dựng thôn kiểu mẫu gắn với du lịch nông thôn.",
              "1. Văn phòng Điều phối nông thôn mới tỉnh chủ trì theo dõi, tổng hợp.\n2. UBND các xã thực hiện lộ trình tại Phụ lục."),
    sign=sg(name="Trương Văn Lực"), annex_page=4,
    annex="""Phụ lục
LỘ TRÌNH XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030
(Kèm theo Kế hoạch số 95/KH-UBND ngày 25/3/2026)""",
    header="""TT Chỉ tiêu ĐVT 2026 2027 2028 2029 2030
Cả giai 
đoạn""",
    unitcol=True,
    cols=[T26, ("T", "2027"), ("T", "2028"), ("T", "2029"), ("T", "2030"), ("T", "2030")],
    rows=["1|Số xã đạt chuẩn nông thôn\\mới (lũy kế)|xã|52|56|60|63|65|65",
          "2|Số xã đạt chuẩn nông thôn\\mới nâng cao (lũy kế)|xã|20|24|28|32|36|36",
          "3|Số xã đạt chuẩn nông thôn\\mới kiểu mẫu|xã|-|1|-|2|2|5",
          "4|Số thôn đạt chuẩn thôn\\nông thôn mới kiểu mẫu|thôn|15|15|20|20|30|100",
          "5|Bình quân tiêu chí đạt\\chuẩn trên một xã|tiêu chí|18,4|18,7|18,9|19|19|19",
          "6|Số xã thoát khỏi tình trạng\\đặc biệt khó khăn|xã|2|2|-|1|-|5",
          "7|Thu nhập bình quân đầu\\người khu vực nông thôn|triệu đồng|62|68|74|80|86|86"],
))

# 21 fishery: group rows carry the unit "(tấn)" / "(ha)"; "Trong đó:" with "-" items; no ĐVT column
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nXÃ AN HẢI", "21/KH-UBND", "An Hải", "ngày 05 tháng 02 năm 2026",
            "Phát triển thủy sản năm 2026"),
    body=body("Căn cứ Nghị quyết số 19/NQ-HĐND ngày 20/12/2025 của HĐND xã An Hải; Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
              "Phát triển thủy sản theo hướng bền vững, giảm khai thác ven bờ, tăng nuôi trồng.",
              "1. Hỗ trợ ngư dân chuyển đổi nghề khai thác ven bờ.\n2. Quy hoạch vùng nuôi tôm công nghệ cao.",
              "1. Phòng Kinh tế xã chủ trì theo dõi.\n2. Đồn Biên phòng An Hải phối hợp quản lý tàu cá."),
    sign=sg(name="Lê Văn Sáu"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU PHÁT TRIỂN THỦY SẢN NĂM 2026
(Kèm theo Kế hoạch số 21/KH-UBND ngày 05/02/2026)""",
    header="""TT Chỉ tiêu
Ước thực hiện 
năm 2025
Kế hoạch năm 
2026""",
    unitcol=False,
    cols=[A25, T26],
    rows=["G|I|Tổng sản lượng thủy sản (tấn)|sản lượng thủy sản",
          "1|Khai thác|18.400|18.000",
          "2|Nuôi trồng|9.600|10.500",
          "G||Trong đó:|nuôi trồng",
          "-|Tôm nước lợ|6.200|6.900",
          "-|Cá nước ngọt|2.100|2.300",
          "-|Nhuyễn thể|1.300|1.300",
          "G|II|Diện tích nuôi trồng (ha)|diện tích nuôi trồng",
          "1|Tôm nước lợ|820|860",
          "G||Trong đó:|",
          "-|Tôm nuôi công nghệ cao|95|130",
          "2|Cá nước ngọt|310|320",
          "G|III|Tàu cá (chiếc)|-",
          "1|Tổng số tàu cá|640|620",
          "2|Tàu có chiều dài từ 15 m trở\\lên|210|225"],
))

# 22 vaccination by commune: base population columns are not targets
CASES.append(dict(
    head=hd("UBND TỈNH TÂY KHÊ\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT", "14/KH-KSBT", "Tây Khê", "ngày 16 tháng 01 năm 2026",
            "Tiêm chủng mở rộng năm 2026"),
    body=body("Căn cứ Kế hoạch số 45/KH-SYT ngày 06/01/2026 của Sở Y tế; Trung tâm Kiểm soát bệnh tật tỉnh ban hành Kế hoạch như sau:",
              "Duy trì tỷ lệ tiêm chủng cao, không để dịch bệnh có vắc xin phòng ngừa bùng phát.",
              "1. Cung ứng vắc xin đầy đủ, kịp thời.\n2. Rà soát đối tượng tiêm chủng tại từng thôn.",
              "1. Khoa Phòng, chống bệnh truyền nhiễm chủ trì theo dõi.\n2. Trạm Y tế các xã, phường thực hiện chỉ tiêu được giao."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Cao Minh Đức"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU TIÊM CHỦNG ĐẦY ĐỦ CHO TRẺ DƯỚI 1 TUỔI NĂM 2026
(Kèm theo Kế hoạch số 14/KH-KSBT ngày 16/01/2026)""",
    header="""TT Xã, phường
Dân số 
trung bình 
(người)
Số trẻ dưới 
1 tuổi dự 
kiến (trẻ)
Chỉ tiêu tiêm 
chủng đầy 
đủ (trẻ)
Tỷ lệ (%)""",
    unitcol=False,
    cols=[("X", None), ("X", None), ("T", "2026", "trẻ", "Chỉ tiêu tiêm chủng đầy đủ"), ("T", "2026", "%", "Tỷ lệ tiêm chủng đầy đủ")],
    rows=["1|Phường Khê Thượng|48.250|720|691|96",
          "2|Phường Bến Đò|39.600|590|567|96",
          "3|Xã Tân Phúc|22.480|355|337|95",
          "4|Xã Phước Lộc|18.900|310|295|95",
          "5|Xã Đồng Xuân|15.320|262|249|95",
          "6|Xã Hòa Mỹ Tây|12.750|230|216|94",
          "7|Xã Suối Cát|10.940|205|193|94",
          "8|Xã Ea Lâm|9.860|198|184|93",
          "|Cộng|178.100|2.870|2.732|95"],
))

# 23 notes with numbers and citations; two page breaks; header repeated
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG LÂM", "71/KH-UBND", "Quảng Lâm", "ngày 02 tháng 3 năm 2026",
            "Giáo dục nghề nghiệp và giải quyết việc làm năm 2026"),
    body=body("Căn cứ Nghị quyết số 44/NQ-HĐND ngày 12/12/2025 của HĐND tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
              "Nâng cao chất lượng nguồn nhân lực, đáp ứng nhu cầu của thị trường lao động.",
              "1. Đào tạo nghề gắn với nhu cầu của doanh nghiệp.\n2. Phát triển thị trường lao động, kết nối việc làm.",
              "1. Sở Nội vụ chủ trì theo dõi, tổng hợp.\n2. Các cơ sở giáo dục nghề nghiệp thực hiện chỉ tiêu tuyển sinh."),
    sign=sg(name="Trần Quang Minh"), annex_page=5,
    annex="""Phụ lục
CHỈ TIÊU GIÁO DỤC NGHỀ NGHIỆP VÀ VIỆC LÀM NĂM 2026
(Kèm theo Kế hoạch số 71/KH-UBND ngày 02/3/2026)""",
    header="""TT Chỉ tiêu ĐVT
Ước thực 
hiện năm 
2025
Kế hoạch 
năm 2026 Ghi chú""",
    unitcol=True, repeat=True,
    cols=[A25, T26, ("N", None)],
    rows=["1|Tuyển sinh giáo dục nghề\\nghiệp|người|28.500|30.000|",
          "G||Trong đó:|tuyển sinh giáo dục nghề nghiệp",
          "-|Trình độ cao đẳng|người|3.800|4.200|",
          "-|Trình độ trung cấp|người|5.100|5.500|",
          "-|Sơ cấp và dưới 3 tháng|người|19.600|20.300|Trong đó 6.000 lao\\động nông thôn",
          "2|Tỷ lệ lao động qua đào tạo|%|72,5|74|Theo Quyết định số\\12/QĐ-UBND",
          "3|Số lao động được giải quyết\\việc làm|người|21.000|22.000|",
          "P|6",
          "4|Số lao động đi làm việc ở\\nước ngoài theo hợp đồng|người|1.900|2.100|",
          "5|Tỷ lệ thất nghiệp khu vực\\thành thị|%|2,8|< 3|",
          "6|Số phiên giao dịch việc làm|phiên|48|52|Định kỳ 2 phiên/tháng",
          "7|Số người được hỗ trợ vay\\vốn tạo việc làm|người|3.500|3.800|",
          "P|7",
          "8|Số cơ sở giáo dục nghề\\nghiệp đạt chuẩn chất\\lượng|cơ sở|8|10|",
          "9|Tỷ lệ người học có việc làm\\sau tốt nghiệp|%|85|≥ 85|"],
))

# 24 prose aims restated in the annex (one target per aim) + annex with ĐVT column
CASES.append(dict(
    head=hd("ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN", "36/KH-UBND", "Bình Sơn", "ngày 11 tháng 02 năm 2026",
            "Phát triển thương mại điện tử năm 2026"),
    body="""Căn cứ Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Phát triển thương mại điện tử trở thành kênh phân phối quan trọng của doanh nghiệp và hộ sản xuất trên địa bàn tỉnh.
2. Mục tiêu cụ thể
Năm 2026, phấn đấu 60% doanh nghiệp trên địa bàn tỉnh có hoạt động thương mại điện tử; 400 hộ sản xuất được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử. Các chỉ tiêu cụ thể tại Phụ lục kèm theo.
II. NHIỆM VỤ
1. Đào tạo kỹ năng kinh doanh trực tuyến cho doanh nghiệp, hộ kinh doanh.
2. Hỗ trợ đưa nông sản lên sàn thương mại điện tử.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì, phối hợp với các sở, ngành tổ chức thực hiện Kế hoạch.
2. UBND các xã, phường phối hợp vận động hộ sản xuất tham gia.""",
    sign=sg(name="Trương Văn Lực"), annex_page=3,
    annex="""Phụ lục
CHỈ TIÊU PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ NĂM 2026
(Kèm theo Kế hoạch số 36/KH-UBND ngày 11/02/2026)""",
    header="""TT Chỉ tiêu ĐVT
Năm 
2026""",
    unitcol=True,
    cols=[T26],
    rows=["1|Tỷ lệ doanh nghiệp có hoạt\\động thương mại điện tử|%|60",
          "2|Số hộ sản xuất được hỗ trợ\\đưa sản phẩm lên sàn\\thương mại điện tử|hộ|400",
          "3|Tỷ lệ doanh nghiệp có\\website hoặc ứng dụng di\\động|%|45",
          "4|Tỷ lệ giao dịch thanh toán\\không dùng tiền mặt|%|55",
          "5|Số lớp tập huấn kỹ năng\\kinh doanh trực tuyến|lớp|20",
          "6|Số học viên được tập huấn|học viên|1.500",
          "7|Số gian hàng của tỉnh trên\\sàn thương mại điện tử|gian hàng|250",
          "8|Tỷ lệ đơn vị sự nghiệp công\\lập chấp nhận thanh toán\\điện tử|%|100",
          "9|Số sản phẩm OCOP được bán\\trực tuyến|sản phẩm|120",
          "10|Số hội chợ trực tuyến được\\tổ chức|hội chợ|3"],
))

# 25 header cells split word by word + trailing spaces + page number "- 2 -" style + \r\n? (kept \n), Kế hoạch 2025 | ƯTH 2025 | % so KH | KH 2026
CASES.append(dict(
    head=hd("UBND TỈNH TÂY KHÊ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "205/KH-SNNMT", "Tây Khê", "ngày 29 tháng 12 năm 2025",
            "Phát triển thủy lợi và nước sạch nông thôn năm 2026"),
    body=body("Căn cứ Kế hoạch số 318/KH-UBND ngày 22/12/2025 của UBND tỉnh; Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
              "Bảo đảm nước tưới cho sản xuất và nước sạch cho dân cư nông thôn.",
              "1. Nâng cấp hệ thống kênh mương nội đồng.\n2. Xây dựng công trình cấp nước tập trung.",
              "1. Chi cục Thủy lợi chủ trì theo dõi.\n2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn thực hiện các chỉ tiêu cấp nước."),
    sign=sg(cap="GIÁM ĐỐC", tit="", name="Phan Văn Thắng"), annex_page="- 4 -",
    annex="""PHỤ LỤC
CHỈ TIÊU THỦY LỢI VÀ NƯỚC SẠCH NÔNG THÔN NĂM 2026
(Kèm theo Kế hoạch số 205/KH-SNNMT ngày 29/12/2025)""",
    header="""TT
Chỉ 
tiêu
Đơn 
vị 
tính
Năm 2025
Kế 
hoạch 
năm 
2026
Kế 
hoạch
Ước 
thực 
hiện
% so 
với 
KH""",
    unitcol=True, repeat=True,
    cols=[U25, A25, CMP, T26],
    rows=["1|Diện tích được tưới chủ\\động|ha|38.000|38.450|101,2|39.000",
          "2|Kênh mương nội đồng được\\kiên cố hóa|km|45|41,5|92,2|50",
          "3|Số hồ chứa được sửa chữa,\\nâng cấp|hồ|6|6|100,0|8",
          "4|Tỷ lệ hồ chứa có quy trình\\vận hành được phê duyệt|%|90|92|102,2|100",
          "P|- 5 -",
          "5|Tỷ lệ dân cư nông thôn sử\\dụng nước sạch đáp ứng\\quy chuẩn|%|60|61,2|102,0|65",
          "6|Số công trình cấp nước tập\\trung xây mới|công trình|4|3|75,0|5",
          "7|Số hộ được đấu nối nước\\sạch mới|hộ|5.000|5.320|106,4|6.000",
          "8|Tỷ lệ công trình cấp nước\\hoạt động bền vững|%|70|71|101,4|75"],
))
