"""Cases 19-26: PDF text layers."""
import json, pathlib
from common import pdf_header, pdf_sign, page

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


def run_hdr(n, total):
    return f"\n{'':<60}{n}\n\fUBND huyện Đông Lĩnh - Kế hoạch số 27/KH-UBND{'':<20}Trang {n + 1}/{total}\n"


# 19 -- page numbers, running header line at every page top, headings right after page breaks.
hdr19 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG LĨNH", "27/KH-UBND", "Đông Lĩnh", ("09", "02", "2026"),
                   title_lines=["Thực hiện công tác cải cách hành chính năm 2026"])
body19 = """     Thực hiện Kế hoạch số 14/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh về cải cách
hành chính năm 2026, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
     1. Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân.
     2. Gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.""" + run_hdr(1, 4) + """II. NHIỆM VỤ TRỌNG TÂM
     1. Cải cách thể chế: rà soát 100% văn bản quy phạm pháp luật do huyện ban hành.
     2. Cải cách thủ tục hành chính: giải quyết đúng hạn trên 98% hồ sơ.
     3. Cải cách tổ chức bộ máy hành chính nhà nước.""" + run_hdr(2, 4) + """III. KINH PHÍ THỰC HIỆN
     Kinh phí bố trí trong dự toán ngân sách huyện năm 2026.
IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
     Báo cáo quý gửi về Phòng Nội vụ trước ngày 15 của tháng cuối quý.""" + run_hdr(3, 4) + """V. TỔ CHỨC THỰC HIỆN
     1. Phòng Nội vụ chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.
     2. Văn phòng HĐND và UBND huyện phối hợp kiểm soát thủ tục hành chính.
"""
CASES["19"] = (hdr19 + body19 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đinh Công Tráng"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ TRỌNG TÂM"), S("III", "KINH PHÍ THỰC HIỆN"),
                S("IV", "CHẾ ĐỘ THÔNG TIN, BÁO CÁO"), S("V", "TỔ CHỨC THỰC HIỆN")],
               "PDF with page numbers and a running header/footer line at each page top; headings after page breaks.")

# 20 -- headings wrapped over three lines, a wrap leaving only years, a bare label with a wrapped title.
hdr20 = pdf_header("ỦY BAN NHÂN DÂN", "TỈNH TÂY XUYÊN", "77/KH-UBND", "Tây Xuyên", ("30", "3", "2026"),
                   title_lines=["Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững", "giai đoạn 2026 - 2030"])
body20 = """     Căn cứ Quyết định số 905/QĐ-TTg ngày 12/9/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân
tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU GIẢM NGHÈO ĐA CHIỀU, BAO TRÙM, BỀN VỮNG GIAI ĐOẠN
2026 - 2030
     1. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5%/năm.
     2. 100% huyện nghèo thoát khỏi tình trạng nghèo.
II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA
GIẢM NGHÈO BỀN VỮNG GẮN VỚI XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN CÁC
HUYỆN MIỀN NÚI
     1. Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo.
     2. Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo.
III.
CƠ CHẾ LỒNG GHÉP NGUỒN VỐN GIỮA CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA
VÀ CÁC CHƯƠNG TRÌNH, DỰ ÁN KHÁC
     Ưu tiên bố trí vốn cho các xã đặc biệt khó khăn.
IV. TỔ CHỨC THỰC HIỆN
     1. Sở Nông nghiệp và Môi trường là cơ quan thường trực Chương trình.
     2. Ủy ban nhân dân các huyện xây dựng kế hoạch giảm nghèo của địa phương.
"""
CASES["20"] = (hdr20 + body20 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Sầm Văn Nghị",
                                         recipients=("- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy, HĐND tỉnh;", "- Lưu: VT.")),
               [S("I", "MỤC TIÊU GIẢM NGHÈO ĐA CHIỀU, BAO TRÙM, BỀN VỮNG GIAI ĐOẠN 2026 - 2030"),
                S("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GẮN VỚI XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN CÁC HUYỆN MIỀN NÚI"),
                S("III", "CƠ CHẾ LỒNG GHÉP NGUỒN VỐN GIỮA CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VÀ CÁC CHƯƠNG TRÌNH, DỰ ÁN KHÁC"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "PDF headings: a wrap leaving only the years, a three-line heading, a bare label over a two-line title.")

# 21 -- headings in sentence case, wrapped (university / hospital plans typed so).
hdr21 = pdf_header("SỞ Y TẾ TỈNH HÀ LĨNH", "BỆNH VIỆN ĐA KHOA TỈNH", "64/KH-BVĐK", "Hà Lĩnh", ("04", "3", "2026"),
                   title_lines=["Cải tiến chất lượng khám bệnh, chữa bệnh năm 2026"])
body21 = """I. Mục đích, yêu cầu
     Nâng cao chất lượng dịch vụ khám bệnh, chữa bệnh, hướng tới sự hài lòng của người bệnh.
II. Nhiệm vụ và giải pháp cải tiến chất lượng khám bệnh, chữa bệnh tại các khoa lâm
sàng và cận lâm sàng
     1. Rút ngắn thời gian chờ khám trung bình xuống dưới 60 phút.
     2. Triển khai bệnh án điện tử tại 100% khoa lâm sàng.
III. Kinh phí thực hiện
     Từ nguồn thu sự nghiệp của Bệnh viện.
IV. Tổ chức thực hiện
     1. Phòng Quản lý chất lượng chủ trì, theo dõi, đánh giá kết quả.
     2. Các khoa, phòng xây dựng đề án cải tiến chất lượng của đơn vị.
"""
CASES["21"] = (hdr21 + body21 + pdf_sign(["GIÁM ĐỐC"], "Bùi Thị Phương Lan",
                                         recipients=("- Sở Y tế (b/c);", "- Các khoa, phòng;", "- Lưu: VT, QLCL.")),
               [S("I", "Mục đích, yêu cầu"),
                S("II", "Nhiệm vụ và giải pháp cải tiến chất lượng khám bệnh, chữa bệnh tại các khoa lâm sàng và cận lâm sàng"),
                S("III", "Kinh phí thực hiện"), S("IV", "Tổ chức thực hiện")],
               "PDF sentence-case headings, II wrapped over two lines.")

# 22 -- a Roman numeral at a wrapped line's start in mid-sentence, in sequence with the numbering ("Quý\nIV.").
hdr22 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN BẢO XUYÊN", "19/KH-UBND", "Bảo Xuyên", ("26", "01", "2026"),
                   title_lines=["Kiểm tra công tác văn thư, lưu trữ năm 2026"])
body22 = """I. MỤC ĐÍCH, YÊU CẦU
     Đánh giá việc chấp hành quy định về công tác văn thư, lưu trữ tại các cơ quan, đơn vị.
II. NỘI DUNG, THỜI GIAN KIỂM TRA
     1. Nội dung: việc lập hồ sơ công việc, quản lý văn bản điện tử, chỉnh lý tài liệu.
     2. Thời gian: đoàn kiểm tra làm việc với 12 cơ quan, đơn vị trong Quý III; kết quả
được tổng hợp và báo cáo Ủy ban nhân dân huyện trong tháng đầu của Quý
IV. Các cơ quan được kiểm tra chuẩn bị hồ sơ, tài liệu theo đề cương gửi kèm.
III. TỔ CHỨC THỰC HIỆN
     1. Phòng Nội vụ chủ trì, tham mưu thành lập đoàn kiểm tra.
     2. Các cơ quan, đơn vị được kiểm tra bố trí cán bộ làm việc với đoàn.
"""
CASES["22"] = (hdr22 + body22 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Khổng Minh Đạt"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG, THỜI GIAN KIỂM TRA"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "PDF: '… của Quý\\nIV. Các cơ quan …' — IV at a line start mid-sentence, within reach of the numbering.")

# 23 -- "… tại Mục\nIII." forward reference in section II (the next number).
hdr23 = pdf_header("ỦY BAN NHÂN DÂN", "TỈNH NAM VÂN", "133/KH-UBND", "Nam Vân", ("19", "5", "2026"),
                   title_lines=["Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026"])
body23 = """I. MỤC ĐÍCH, YÊU CẦU
     Nâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh thực phẩm.
II. NỘI DUNG HOẠT ĐỘNG
     1. Tổ chức Lễ phát động Tháng hành động tại 05 huyện trọng điểm.
     2. Kiểm tra liên ngành các cơ sở sản xuất, kinh doanh thực phẩm; kinh phí kiểm tra
thực hiện theo quy định tại Mục
III. Kế hoạch này và các văn bản hướng dẫn hiện hành.
     3. Tuyên truyền trên Báo Nam Vân, Đài Phát thanh và Truyền hình tỉnh.
III. KINH PHÍ THỰC HIỆN
     Ngân sách tỉnh bố trí cho Ban Chỉ đạo liên ngành về an toàn thực phẩm.
IV. TỔ CHỨC THỰC HIỆN
     1. Sở Y tế là cơ quan thường trực, tổng hợp kết quả báo cáo UBND tỉnh.
     2. Sở Nông nghiệp và Môi trường, Sở Công Thương phối hợp kiểm tra.
"""
CASES["23"] = (hdr23 + body23 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lò Văn Hặc"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG HOẠT ĐỘNG"), S("III", "KINH PHÍ THỰC HIỆN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "PDF: '… tại Mục\\nIII. Kế hoạch này …' — III at a line start mid-sentence, the next number.")

# 24 -- a targets table in layout text (pdftotext -layout) inside section II, group rows I/II/III in capitals.
hdr24 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN TÂN LĨNH", "52/KH-UBND", "Tân Lĩnh", ("06", "3", "2026"),
                   title_lines=["Phát triển kinh tế - xã hội năm 2026"])
body24 = """I. MỤC TIÊU TỔNG QUÁT
     Duy trì tốc độ tăng trưởng kinh tế khá; bảo đảm an sinh xã hội.
II. CÁC CHỈ TIÊU CHỦ YẾU
TT      Chỉ tiêu                                            Đơn vị tính      Kế hoạch 2026
I       CHỈ TIÊU KINH TẾ
1       Tốc độ tăng giá trị sản xuất                        %                     9,5
2       Thu ngân sách trên địa bàn                          tỷ đồng               315
II      CHỈ TIÊU XÃ HỘI
3       Tỷ lệ hộ nghèo giảm                                 %                     1,2
4       Tỷ lệ lao động qua đào tạo                          %                     72
III     CHỈ TIÊU MÔI TRƯỜNG
5       Tỷ lệ chất thải rắn sinh hoạt được thu gom          %                     95
6       Tỷ lệ che phủ rừng                                  %                     48,5
III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
     1. Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao.
     2. Tăng cường thu hút đầu tư vào cụm công nghiệp.
IV. TỔ CHỨC THỰC HIỆN
     Các phòng, ban, ngành, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.
"""
CASES["24"] = (hdr24 + body24 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Mạc Văn Quyết"),
               [S("I", "MỤC TIÊU TỔNG QUÁT"), S("II", "CÁC CHỈ TIÊU CHỦ YẾU"), S("III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Layout-text targets table inside section II with group rows 'I/II/III   CHỈ TIÊU …' in capitals.")

# 25 -- the same kind of table written one cell a line (a PDF text layer without layout) inside section II.
hdr25 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN VÂN SƠN", "61/KH-UBND", "Vân Sơn", ("12", "3", "2026"),
                   title_lines=["Thực hiện nhiệm vụ chuyển đổi số năm 2026"])
body25 = """I. MỤC TIÊU
     Phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn huyện.
II. NHIỆM VỤ CỤ THỂ
     Các nhiệm vụ cụ thể và phân công thực hiện như sau:
TT
Nhiệm vụ
Đơn vị chủ trì
Thời gian
I
CHÍNH QUYỀN SỐ
1
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
Văn phòng HĐND và UBND huyện
Quý II/2026
II
KINH TẾ SỐ
2
Hỗ trợ hộ kinh doanh mở gian hàng trên sàn thương mại điện tử
Phòng Kinh tế
Năm 2026
III
XÃ HỘI SỐ
3
Phổ cập kỹ năng số cho người dân qua Tổ công nghệ số cộng đồng
UBND các xã, thị trấn
Năm 2026
IV
BẢO ĐẢM AN TOÀN THÔNG TIN
4
Diễn tập ứng cứu sự cố an toàn thông tin mạng
Phòng Văn hóa - Xã hội
Quý IV/2026
III. KINH PHÍ THỰC HIỆN
     Ngân sách huyện năm 2026 và các nguồn hợp pháp khác.
IV. TỔ CHỨC THỰC HIỆN
     Phòng Văn hóa - Xã hội chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""
CASES["25"] = (hdr25 + body25 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Chu Đình Khoa"),
               [S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ CỤ THỂ"), S("III", "KINH PHÍ THỰC HIỆN"), S("IV", "TỔ CHỨC THỰC HIỆN")],
               "One-cell-a-line task table inside section II; group rows 'III'/'IV' + capitals continue the numbering.")

# 26 -- PDF annex after the signature, group rows I/II/III one cell a line, annex's own headings.
hdr26 = pdf_header("ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG LĨNH", "208/KH-UBND", "Đông Lĩnh", ("21", "7", "2026"),
                   title_lines=["Phát triển hợp tác xã nông nghiệp năm 2026 - 2027"])
body26 = """I. MỤC ĐÍCH, YÊU CẦU
     Nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp.
II. NHIỆM VỤ, GIẢI PHÁP
     1. Hỗ trợ thành lập mới hợp tác xã (chi tiết tại Phụ lục kèm theo).
     2. Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã.
III. TỔ CHỨC THỰC HIỆN
     Sở Nông nghiệp và Môi trường chủ trì, theo dõi, tổng hợp.
"""
annex26 = page(4) + """                                        Phụ lục
        CHỈ TIÊU PHÁT TRIỂN HỢP TÁC XÃ NÔNG NGHIỆP NĂM 2026 - 2027
   (Kèm theo Kế hoạch số 208/KH-UBND ngày 21/7/2026 của UBND tỉnh Đông Lĩnh)
I. MỤC TIÊU CHUNG
Phát triển hợp tác xã gắn với chuỗi giá trị nông sản chủ lực.
II. CHỈ TIÊU CỤ THỂ
TT
Chỉ tiêu
Đơn vị tính
Năm 2026
Năm 2027
I
HỢP TÁC XÃ
1
Số hợp tác xã thành lập mới
hợp tác xã
20
25
II
THÀNH VIÊN
2
Số thành viên tăng thêm
người
800
1.000
III
LIÊN KẾT
3
Số chuỗi liên kết sản xuất - tiêu thụ
chuỗi
12
15
"""
CASES["26"] = (hdr26 + body26 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hà Thị Nguyệt") + annex26,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "PDF annex after the signature ('Phụ lục' alone, caption, subtitle) with its own I/II headings and one-cell-a-line group rows.")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
