"""Cases 09-18: decisions issuing plans, lettered tops, Arabic tops."""
import json, pathlib
from common import md_header, md_sign, pdf_header, pdf_sign, page

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


DEC_MD_PREAMBLE = """**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {P}**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm
2025;*

*Căn cứ Quyết định số {Q} của Thủ tướng Chính phủ;*

*Theo đề nghị của Giám đốc {S} tại Tờ trình số {T}.*

**QUYẾT ĐỊNH:**

**Điều 1. **Ban
hành kèm theo Quyết định này Kế hoạch {K}.

**Điều 2. **Quyết
định này có hiệu lực kể từ ngày ký.

**Điều 3. **Chánh
Văn phòng Ủy ban nhân dân tỉnh, Giám đốc {S}, Thủ trưởng các sở, ban, ngành tỉnh,
Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.
"""

# 09 -- decision issuing a plan (markdown) with an annex whose group rows are "**I.\nTITLE**" cells.
dec09 = DEC_MD_PREAMBLE.format(P="NAM VÂN", Q="1120/QĐ-TTg ngày 05/9/2025", S="Sở Y tế",
                               T="88/TTr-SYT ngày 02/3/2026", K="chăm sóc sức khỏe người cao tuổi tỉnh Nam Vân năm 2026")
plan09 = """
* *

**KẾ HOẠCH**

CHĂM SÓC SỨC KHỎE NGƯỜI CAO TUỔI TỈNH NAM VÂN NĂM 2026

*(Kèm theo Quyết định số 512/QĐ-UBND ngày 09 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân
dân tỉnh)*

**I. MỤC
TIÊU**

1. Mục tiêu chung: nâng cao sức khỏe, chất lượng sống của người cao tuổi.

2. Mục tiêu cụ thể: 90% người cao tuổi được lập hồ sơ theo dõi sức khỏe.

**II. ĐỐI
TƯỢNG, PHẠM VI**

Người từ đủ 60 tuổi trở lên đang sinh sống trên địa bàn tỉnh.

**III. NHIỆM
VỤ, GIẢI PHÁP**

1. Truyền thông nâng cao nhận thức về chăm sóc sức khỏe người cao tuổi.

2. Khám sức khỏe định kỳ tại trạm y tế xã.

**IV. KINH
PHÍ**

Ngân sách nhà nước và các nguồn hợp pháp khác.

**V. TỔ CHỨC
THỰC HIỆN**

1. Sở Y tế chủ trì, hướng dẫn, kiểm tra, giám sát.

2. Hội Người cao tuổi tỉnh phối hợp tuyên truyền, vận động.

**CHỦ TỊCH**


**PHỤ LỤC**

NHIỆM VỤ CỤ THỂ NĂM 2026

*(Kèm theo Kế hoạch ban hành tại Quyết định số 512/QĐ-UBND ngày 09/3/2026)*

|
**TT**
|
**Nội dung**
|
**Đơn vị chủ trì**
|
**Thời gian**
|
|
**I.
TRUYỀN THÔNG, GIÁO DỤC SỨC KHỎE**
|
|
1
|
Sản xuất 02 phóng sự về chăm sóc sức khỏe người cao tuổi
|
Sở Y tế
|
Quý II/2026
|
|
**II.
KHÁM, QUẢN LÝ SỨC KHỎE**
|
|
1
|
Khám sức khỏe định kỳ cho người cao tuổi tại trạm y tế xã
|
UBND các xã, phường
|
Năm 2026
|
|
**III.
NÂNG CAO NĂNG LỰC CHUYÊN MÔN**
|
|
1
|
Tập huấn cho nhân viên y tế cơ sở
|
Sở Y tế
|
Quý III/2026
|
"""
CASES["09"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH NAM VÂN", "512/QĐ-UBND", "Nam Vân", ("09", "3", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Ban hành Kế hoạch chăm sóc sức khỏe người cao tuổi tỉnh Nam Vân năm 2026"])
               + dec09 + md_sign(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Thào A Sùng", recipients=("- Như Điều 3;", "- Bộ Y tế;", "- Lưu: VT, KGVX."))
               + plan09,
               [S("I", "MỤC TIÊU"), S("II", "ĐỐI TƯỢNG, PHẠM VI"), S("III", "NHIỆM VỤ, GIẢI PHÁP"), S("IV", "KINH PHÍ"),
                S("V", "TỔ CHỨC THỰC HIỆN")],
               "Decision + attached plan (signature of the attached plan only 'CHỦ TỊCH'); annex group rows 'I.\\nTITLE' in one cell.")

# 10 -- decision whose Điều 1 holds the plan (national style).
body10 = """**BỘ TRƯỞNG BỘ CÔNG THƯƠNG**

*Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức
năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;*

*Theo đề nghị của Vụ trưởng Vụ Thị trường trong nước.*

**QUYẾT ĐỊNH:**

**Điều 1.** Phê duyệt Kế hoạch phát triển thương mại điện tử nông thôn giai đoạn 2026 - 2030
với các nội dung chủ yếu sau:

**I. MỤC TIÊU**

1. Mục tiêu tổng quát

Phát triển thương mại điện tử tại khu vực nông thôn, thu hẹp khoảng cách số giữa các vùng.

2. Mục tiêu cụ thể đến năm 2030

- 50% hợp tác xã nông nghiệp có gian hàng trên sàn thương mại điện tử.

**II. NHIỆM VỤ, GIẢI PHÁP**

1. Hoàn thiện khung pháp lý về thương mại điện tử nông thôn.

2. Đào tạo kỹ năng bán hàng trực tuyến cho hộ kinh doanh.

**III. KINH PHÍ THỰC HIỆN**

Từ nguồn ngân sách trung ương bố trí trong dự toán chi thường xuyên của Bộ.

**IV.** **TỔ CHỨC THỰC HIỆN**

1. Vụ Thị trường trong nước là đơn vị đầu mối, theo dõi, tổng hợp.

2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương xây dựng kế hoạch của địa phương.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Bộ, Vụ trưởng Vụ Thị trường trong nước và Thủ trưởng các đơn vị
có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
CASES["10"] = (md_header("BỘ CÔNG THƯƠNG", "", "781/QĐ-BCT", "Hà Nội", ("24", "02", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Phê duyệt Kế hoạch phát triển thương mại điện tử nông thôn giai đoạn 2026 - 2030"])
               + body10 + md_sign(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Phan Đức Lâm", recipients=("- Như Điều 3;", "- Văn phòng Chính phủ;", "- Lưu: VT, TTTN.")),
               [S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "KINH PHÍ THỰC HIỆN"), S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Decision whose Điều 1 holds the plan's sections I-IV; Điều 2, 3 after them.")

# 11 -- decision issuing a plan, PDF text layer with page numbers.
hdr11 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN TÂN LĨNH", "145/QĐ-UBND", "Tân Lĩnh", ("11", "02", "2026"),
                   doc_type="QUYẾT ĐỊNH", title_lines=["Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn",
                                                      "năm 2026 trên địa bàn huyện Tân Lĩnh"])
body11 = """                    ỦY BAN NHÂN DÂN HUYỆN TÂN LĨNH

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ;
Theo đề nghị của Trưởng phòng Kinh tế huyện.
                                   QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai và tìm
kiếm cứu nạn năm 2026 trên địa bàn huyện Tân Lĩnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban, ngành huyện, Chủ
tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.
"""
sign11 = pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Văn Tuyên",
                  recipients=("- Như Điều 3;", "- Ban Chỉ huy PCTT tỉnh;", "- Lưu: VT."))
plan11 = page(1) + """                        ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        HUYỆN TÂN LĨNH                    Độc lập - Tự do - Hạnh phúc

                                        KẾ HOẠCH
       Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn huyện Tân Lĩnh
    (Ban hành kèm theo Quyết định số 145/QĐ-UBND ngày 11/02/2026 của UBND huyện Tân Lĩnh)

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai, giảm thiểu
thiệt hại về người và tài sản.
2. Yêu cầu
Quán triệt phương châm “bốn tại chỗ” trong công tác phòng, chống thiên tai.
II. TÌNH HÌNH THIÊN TAI NĂM 2025
Năm 2025, trên địa bàn huyện xảy ra 03 đợt mưa lớn gây sạt lở tại 05 xã.
III. NHIỆM VỤ TRỌNG TÂM
1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp.
2. Rà soát, cập nhật phương án ứng phó với các cấp độ rủi ro thiên tai.
""" + page(2) + """IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế là cơ quan thường trực, tham mưu UBND huyện chỉ đạo triển khai.
2. Ủy ban nhân dân các xã, thị trấn xây dựng phương án tại chỗ.
                                                   TM. ỦY BAN NHÂN DÂN
                                                          CHỦ TỊCH
""" + page(3)
CASES["11"] = (hdr11 + body11 + sign11 + plan11,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TÌNH HÌNH THIÊN TAI NĂM 2025"), S("III", "NHIỆM VỤ TRỌNG TÂM"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "PDF decision issuing a plan; the plan repeats the header and its subtitle is 'Ban hành kèm theo'.")

# 12 -- decision issuing a plan whose top levels are A, B, C (Romans under B).
dec12 = DEC_MD_PREAMBLE.format(P="KIM LĨNH", Q="936/QĐ-TTg ngày 11/8/2025", S="Sở Giáo dục và Đào tạo",
                               T="201/TTr-SGDĐT ngày 20/02/2026", K="nâng cao chất lượng dạy và học ngoại ngữ giai đoạn 2026 - 2030")
plan12 = """
**KẾ HOẠCH**

NÂNG CAO CHẤT LƯỢNG DẠY VÀ HỌC NGOẠI NGỮ TRONG CÁC CƠ SỞ GIÁO DỤC
GIAI ĐOẠN 2026 - 2030

*(Kèm theo Quyết định số 377/QĐ-UBND ngày 28/02/2026 của Chủ tịch UBND tỉnh Kim Lĩnh)*

**A. MỤC ĐÍCH,
YÊU CẦU**

1. Nâng cao năng lực ngoại ngữ của học sinh, giáo viên.

2. Đến năm 2030, 70% giáo viên ngoại ngữ đạt chuẩn năng lực theo quy định.

**B. NHIỆM
VỤ, GIẢI PHÁP**

**I. HOÀN THIỆN CƠ CHẾ,
CHÍNH SÁCH**

1. Rà soát, ban hành chính sách hỗ trợ giáo viên ngoại ngữ.

**II. BỒI DƯỠNG ĐỘI NGŨ GIÁO VIÊN**

1. Bồi dưỡng 600 lượt giáo viên tiếng Anh.

**III. ĐỔI MỚI KIỂM TRA, ĐÁNH GIÁ**

1. Áp dụng định dạng đề thi đánh giá năng lực ngoại ngữ 4 kỹ năng.

**C. KINH PHÍ THỰC HIỆN**

Ngân sách tỉnh và nguồn xã hội hóa.

**D. TỔ CHỨC
THỰC HIỆN**

1. Sở Giáo dục và Đào tạo chủ trì, hướng dẫn, theo dõi việc thực hiện.

2. Sở Tài chính tham mưu bố trí kinh phí.
"""
CASES["12"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH KIM LĨNH", "377/QĐ-UBND", "Kim Lĩnh", ("28", "02", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Ban hành Kế hoạch nâng cao chất lượng dạy và học ngoại ngữ", "giai đoạn 2026 - 2030"])
               + dec12 + md_sign(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lường Văn Pản", recipients=("- Như Điều 3;", "- Bộ GDĐT;", "- Lưu: VT."))
               + plan12,
               [S("A", "MỤC ĐÍCH, YÊU CẦU"), S("B", "NHIỆM VỤ, GIẢI PHÁP"), S("C", "KINH PHÍ THỰC HIỆN"), S("D", "TỔ CHỨC THỰC HIỆN")],
               "Decision + attached plan with lettered tops A-D, Romans under B.")

# 13 -- lettered tops A/B/C, Romans under B, heading label and title in separate bold runs.
body13 = """Thực hiện Chương trình hành động số 12-CTr/TU ngày 05/01/2026 của Tỉnh ủy, Ủy ban nhân dân
tỉnh xây dựng Kế hoạch như sau:

**A.** **MỤC ĐÍCH, YÊU CẦU**

1. Cụ thể hóa các nhiệm vụ phát triển khoa học, công nghệ và đổi mới sáng tạo.

2. Bảo đảm tính khả thi, phân công rõ trách nhiệm.

**B.** **NHIỆM VỤ,
GIẢI PHÁP**

**I. NÂNG CAO NHẬN THỨC**

1. Quán triệt các chủ trương của Đảng về khoa học, công nghệ.

**II. HOÀN THIỆN THỂ CHẾ**

1. Ban hành quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh.

**III. PHÁT TRIỂN HẠ TẦNG**

1. Xây dựng Trung tâm đổi mới sáng tạo của tỉnh.

**IV. PHÁT TRIỂN NHÂN LỰC**

1. Thu hút 30 chuyên gia, nhà khoa học về làm việc tại tỉnh.

**C.** **TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc.

2. Các sở, ban, ngành, địa phương triển khai theo chức năng, nhiệm vụ.
"""
CASES["13"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG LĨNH", "92/KH-UBND", "Đông Lĩnh", ("14", "4", "2026"),
                         title_lines=["Thực hiện Chương trình hành động số 12-CTr/TU về phát triển khoa học,", "công nghệ và đổi mới sáng tạo"])
               + body13 + md_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Bế Thị Loan"),
               [S("A", "MỤC ĐÍCH, YÊU CẦU"), S("B", "NHIỆM VỤ, GIẢI PHÁP"), S("C", "TỔ CHỨC THỰC HIỆN")],
               "Lettered tops with label and title in separate bold runs.")

# 14 -- PDF: A (results, I-II under A), B (tasks, I-III under B).
hdr14 = pdf_header("HUYỆN ỦY BẢO XUYÊN", "*", "58-KH/HU", "Bảo Xuyên", ("22", "01", "2026"),
                   title_lines=["triển khai công tác dân vận năm 2026"]).replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM").replace("Độc lập - Tự do - Hạnh phúc", "")
body14 = """
A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2025
I. ƯU ĐIỂM
Công tác dân vận của các cấp ủy, chính quyền có nhiều chuyển biến; 100% cơ sở
tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
II. HẠN CHẾ, NGUYÊN NHÂN
Việc thực hiện dân chủ ở cơ sở tại một số xã còn hình thức.
B. NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2026
I. NHIỆM VỤ CHUNG
Tiếp tục nâng cao chất lượng, hiệu quả công tác dân vận trong hệ thống chính trị.
""" + page(2) + """II. NHIỆM VỤ CỤ THỂ
1. Đẩy mạnh phong trào thi đua “Dân vận khéo”, phấn đấu mỗi xã có ít nhất 02 mô
hình “Dân vận khéo”.
2. Thực hiện tốt Quy chế dân chủ ở cơ sở.
III. TỔ CHỨC THỰC HIỆN
1. Ban Dân vận Huyện ủy chủ trì, theo dõi, hướng dẫn thực hiện Kế hoạch.
2. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện.
"""
sign14 = pdf_sign(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], "Hứa Văn Kiên",
                  recipients=("- Ban Dân vận Tỉnh ủy (b/c);", "- Các đảng ủy trực thuộc;", "- Lưu VP Huyện ủy."))
CASES["14"] = (hdr14 + body14 + sign14,
               [S("A", "KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2025"), S("B", "NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2026")],
               "PDF party plan, A (with I-II) and B (with I-III).")

# 15 -- five lettered tops A, B, C, D, Đ, no Romans.
body15 = """Thực hiện Kế hoạch số 20/KH-SVHTTDL ngày 12/01/2026 của Sở Văn hóa, Thể thao và Du lịch,
Ủy ban nhân dân xã Phước Vân xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao xã như sau:

**A. MỤC ĐÍCH, YÊU CẦU**

1. Đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại.

2. Tuyển chọn vận động viên tham gia Đại hội Thể dục thể thao tỉnh.

**B. THỜI GIAN, ĐỊA ĐIỂM**

1. Thời gian: từ ngày 10/5/2026 đến ngày 20/5/2026.

2. Địa điểm: Sân vận động trung tâm xã.

**C. NỘI DUNG THI ĐẤU**

1. Bóng đá nam, bóng chuyền hơi nữ, kéo co.

**D. KINH PHÍ**

Từ nguồn ngân sách xã và nguồn xã hội hóa.

**Đ. TỔ CHỨC THỰC HIỆN**

1. Văn phòng HĐND và UBND xã chủ trì, phối hợp Trung tâm Văn hóa xã tổ chức Đại hội.

2. Các thôn, bản tuyển chọn, đăng ký vận động viên.
"""
CASES["15"] = (md_header("ỦY BAN NHÂN DÂN", "XÃ PHƯỚC VÂN", "31/KH-UBND", "Phước Vân", ("02", "3", "2026"),
                         title_lines=["Tổ chức Đại hội Thể dục thể thao xã Phước Vân lần thứ V năm 2026"])
               + body15 + md_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lục Văn Chiến",
                                  recipients=("- Sở VHTTDL (b/c);", "- Các thôn, bản;", "- Lưu: VT.")),
               [S("A", "MỤC ĐÍCH, YÊU CẦU"), S("B", "THỜI GIAN, ĐỊA ĐIỂM"), S("C", "NỘI DUNG THI ĐẤU"), S("D", "KINH PHÍ"),
                S("Đ", "TỔ CHỨC THỰC HIỆN")],
               "Five lettered tops A-Đ, no Roman numerals.")

# 16 -- lettered tops in sentence case (school), Romans in sentence case under B.
body16 = """Căn cứ Kế hoạch số 45/KH-PGDĐT ngày 05/9/2025 của Phòng Giáo dục và Đào tạo, Trường Trung học cơ sở
Vân Hà xây dựng Kế hoạch bồi dưỡng học sinh giỏi năm học 2025 - 2026 như sau:

**A. Mục đích, yêu cầu**

1. Phát hiện, bồi dưỡng học sinh có năng khiếu các môn văn hóa.

2. Phấn đấu có ít nhất 15 học sinh đạt giải cấp huyện.

**B. Nội dung bồi dưỡng**

**I. Môn Ngữ văn**

Bồi dưỡng kỹ năng nghị luận xã hội và nghị luận văn học.

**II. Môn Toán**

Bồi dưỡng chuyên đề số học, hình học.

**III. Môn Tiếng Anh**

Bồi dưỡng kỹ năng đọc hiểu và viết.

**C. Tổ chức thực hiện**

1. Phó Hiệu trưởng chuyên môn chỉ đạo, kiểm tra việc thực hiện.

2. Tổ trưởng chuyên môn phân công giáo viên bồi dưỡng.
"""
CASES["16"] = (md_header("PHÒNG GD&ĐT HUYỆN VÂN HÀ", "TRƯỜNG THCS VÂN HÀ", "18/KH-THCS", "Vân Hà", ("15", "9", "2025"),
                         title_lines=["Bồi dưỡng học sinh giỏi năm học 2025 - 2026"])
               + body16 + md_sign(["HIỆU TRƯỞNG"], "Lê Thị Ngọc Ánh",
                                  recipients=("- Phòng GD&ĐT (b/c);", "- Tổ chuyên môn (t/h);", "- Lưu: VT.")),
               [S("A", "Mục đích, yêu cầu"), S("B", "Nội dung bồi dưỡng"), S("C", "Tổ chức thực hiện")],
               "Lettered tops in sentence case (school plan), Romans in sentence case under B.")

# 17 -- PDF school plan with Arabic tops in capitals and a)/b) under them.  (uncertain)
hdr17 = pdf_header("PHÒNG GD&ĐT HUYỆN TÂN LĨNH", "TRƯỜNG TIỂU HỌC TÂN HÒA", "21/KH-TH", "Tân Hòa", ("08", "10", "2025"),
                   title_lines=["Tổ chức Ngày hội đọc sách năm học 2025 - 2026"])
body17 = """1. MỤC ĐÍCH, YÊU CẦU
a) Mục đích
Khơi dậy niềm đam mê đọc sách, hình thành thói quen đọc cho học sinh.
b) Yêu cầu
Tổ chức an toàn, thiết thực; 100% học sinh được tham gia.
2. NỘI DUNG, HÌNH THỨC
a) Trưng bày, giới thiệu sách theo chủ đề.
b) Thi kể chuyện theo sách cấp trường.
3. THỜI GIAN, ĐỊA ĐIỂM
Ngày 20/11/2025 tại sân trường.
4. TỔ CHỨC THỰC HIỆN
a) Phó Hiệu trưởng phụ trách chỉ đạo chung.
b) Cán bộ thư viện chuẩn bị sách, tài liệu trưng bày.
"""
CASES["17"] = (hdr17 + body17 + pdf_sign(["HIỆU TRƯỞNG"], "Vương Thị Thu", recipients=("- Phòng GD&ĐT (b/c);", "- Lưu: VT.")),
               [S("1", "MỤC ĐÍCH, YÊU CẦU", uncertain=True), S("2", "NỘI DUNG, HÌNH THỨC", uncertain=True),
                S("3", "THỜI GIAN, ĐỊA ĐIỂM", uncertain=True), S("4", "TỔ CHỨC THỰC HIỆN", uncertain=True)],
               "PDF school plan whose top level is Arabic in capitals; README speaks of Roman/Phần/A only: uncertain.")

# 18 -- markdown with Arabic bold tops in sentence case and 1.1 under them. (uncertain)
body18 = """Thực hiện Kế hoạch công tác năm 2026 của Đoàn Thanh niên phường, Chi đoàn Khu phố 3 xây dựng Kế hoạch như sau:

**1. Mục đích, yêu cầu**

1.1. Phát huy vai trò xung kích của đoàn viên trong giữ gìn vệ sinh môi trường.

1.2. Mỗi đoàn viên tham gia ít nhất 02 buổi ra quân trong năm.

**2. Nội dung hoạt động**

2.1. Ra quân “Ngày Chủ nhật xanh” hằng tháng.

2.2. Trồng 200 cây xanh tại các tuyến hẻm.

**3. Tổ chức thực hiện**

Ban Chấp hành Chi đoàn phân công đoàn viên phụ trách từng hoạt động.
"""
CASES["18"] = (md_header("ĐOÀN TNCS HỒ CHÍ MINH PHƯỜNG HÒA LẠC", "CHI ĐOÀN KHU PHỐ 3", "02-KH/CĐ", "Hòa Lạc", ("10", "01", "2026"),
                         title_lines=["Ra quân bảo vệ môi trường năm 2026"]).replace("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH").replace("Độc lập - Tự do - Hạnh phúc\n", "")
               + body18 + md_sign(["TM. BAN CHẤP HÀNH", "BÍ THƯ"], "Trần Gia Huy", recipients=("- Đoàn phường (b/c);", "- Lưu.")),
               [S("1", "Mục đích, yêu cầu", uncertain=True), S("2", "Nội dung hoạt động", uncertain=True),
                S("3", "Tổ chức thực hiện", uncertain=True)],
               "Arabic bold tops in sentence case, 1.1 under them: uncertain (README speaks of Roman/Phần/A).")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
