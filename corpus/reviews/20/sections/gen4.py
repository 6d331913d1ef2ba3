"""Cases 27-34: annexes, joint plans, unlabelled capitals, Phần, long numbering."""
import json, pathlib
from common import md_header, md_sign, pdf_header, pdf_sign, page

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


# 27 -- markdown annex whose caption has no "Phụ lục" word; group rows "**I.\nTITLE**" in one cell.
body27 = """Thực hiện Nghị quyết số 05-NQ/TU ngày 20/12/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân
dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

Cụ thể hóa các nhiệm vụ phát triển hạ tầng giao thông năm 2026.

**II. NHIỆM
VỤ TRỌNG TÂM**

Các nhiệm vụ, công trình trọng điểm chi tiết tại Danh mục kèm theo Kế hoạch này.

**III. TỔ CHỨC
THỰC HIỆN**

1. Sở Xây dựng chủ trì, theo dõi, đôn đốc tiến độ.

2. Sở Tài chính tham mưu bố trí vốn.
"""
annex27 = """
**DANH MỤC CÔNG TRÌNH GIAO THÔNG TRỌNG ĐIỂM NĂM 2026**

*(Kèm theo Kế hoạch số 166/KH-UBND ngày 06/02/2026 của Ủy ban nhân dân tỉnh)*

|
**TT**
|
**Tên công trình**
|
**Chủ đầu tư**
|
**Thời gian hoàn thành**
|
|
**I.
CÔNG TRÌNH CHUYỂN TIẾP**
|
|
1
|
Đường tỉnh 719 đoạn qua xã Hòa Tiến
|
Ban Quản lý dự án giao thông tỉnh
|
Quý III/2026
|
|
**II.
CÔNG TRÌNH KHỞI CÔNG MỚI**
|
|
2
|
Cầu Bến Mít trên sông Vân
|
Ban Quản lý dự án giao thông tỉnh
|
Năm 2027
|
|
**III.
CÔNG TRÌNH CHUẨN BỊ ĐẦU TƯ**
|
|
3
|
Đường vành đai phía Bắc thành phố
|
Sở Xây dựng
|
Năm 2028
|
"""
CASES["27"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH HÀ LĨNH", "166/KH-UBND", "Hà Lĩnh", ("06", "02", "2026"),
                         title_lines=["Phát triển hạ tầng giao thông trọng điểm năm 2026"])
               + body27 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Vũ Hữu Tài") + annex27,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ TRỌNG TÂM"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "Annex after the signature captioned 'DANH MỤC …' + '(Kèm theo Kế hoạch …)', no 'PHỤ LỤC' word; group rows 'I.\\nTITLE'.")

# 28 -- decision issuing a plan; the plan ends without a signature; its annex is a mini-plan with its own I/II.
dec28 = """**CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VÂN SƠN**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm
2025;*

*Theo đề nghị của Trưởng phòng Văn hóa - Xã hội huyện.*

**QUYẾT ĐỊNH:**

**Điều 1. **Ban
hành kèm theo Quyết định này Kế hoạch hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026.

**Điều 2. **Quyết
định này có hiệu lực kể từ ngày ký.

**Điều 3. **Chánh
Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa - Xã hội, Chủ tịch UBND các xã chịu trách
nhiệm thi hành Quyết định này./.
"""
plan28 = """
**KẾ HOẠCH**

HƯỞNG ỨNG NGÀY SÁCH VÀ VĂN HÓA ĐỌC VIỆT NAM NĂM 2026

*(Kèm theo Quyết định số 88/QĐ-UBND ngày 25/3/2026 của Chủ tịch UBND huyện Vân Sơn)*

**I. MỤC ĐÍCH,
YÊU CẦU**

Lan tỏa văn hóa đọc trong cộng đồng, nhất là thanh thiếu nhi.

**II. NỘI DUNG
HOẠT ĐỘNG**

1. Tổ chức Hội thi Đại sứ văn hóa đọc cấp huyện (chi tiết tại Phụ lục I).

2. Trưng bày sách tại Thư viện huyện.

**III. TỔ CHỨC
THỰC HIỆN**

Phòng Văn hóa - Xã hội chủ trì, phối hợp với Huyện đoàn tổ chức các hoạt động./.

**Phụ lục I**

**KẾ HOẠCH TỔ CHỨC HỘI THI ĐẠI SỨ VĂN HÓA ĐỌC CẤP HUYỆN**

*(Kèm theo Kế hoạch hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026)*

**I. ĐỐI TƯỢNG DỰ THI**

Học sinh tiểu học, trung học cơ sở trên địa bàn huyện.

**II. THỂ LỆ, CƠ CẤU GIẢI THƯỞNG**

1. Mỗi thí sinh gửi 01 video giới thiệu cuốn sách yêu thích.

2. Cơ cấu giải: 01 giải Nhất, 02 giải Nhì, 03 giải Ba.

**III. THỜI GIAN NHẬN BÀI**

Từ ngày 01/4/2026 đến hết ngày 15/4/2026.
"""
CASES["28"] = (md_header("ỦY BAN NHÂN DÂN", "HUYỆN VÂN SƠN", "88/QĐ-UBND", "Vân Sơn", ("25", "3", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Ban hành Kế hoạch hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026"])
               + dec28 + md_sign(["CHỦ TỊCH"], "Tòng Văn Lả", recipients=("- Như Điều 3;", "- Lưu: VT.")) + plan28,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG HOẠT ĐỘNG"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "Decision + attached plan ending without a signature, then 'Phụ lục I' that is a mini-plan with its own I-III.")

# 29 -- joint plan (markdown), two issuers, two signature blocks side by side.
hdr29 = """|
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**
**TỈNH KIM LĨNH**
-------
**TỈNH ĐOÀN KIM LĨNH**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 25/KHLT-SGDĐT-TĐ
|
*Kim Lĩnh, ngày 10
tháng 02 năm 2026*
|

**KẾ HOẠCH LIÊN TỊCH**

Tổ chức Hội thi Tin học trẻ tỉnh Kim Lĩnh năm 2026

"""
body29 = """Căn cứ Chương trình phối hợp số 08/CTPH-BGDĐT-TWĐTN ngày 03/6/2024, Sở Giáo dục và Đào tạo và
Tỉnh Đoàn thống nhất ban hành Kế hoạch liên tịch tổ chức Hội thi Tin học trẻ năm 2026 như sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

Phát hiện, bồi dưỡng tài năng tin học trẻ; phấn đấu 150 thí sinh dự vòng chung kết.

**II. ĐỐI TƯỢNG,
NỘI DUNG THI**

1. Bảng A: học sinh tiểu học; Bảng B: học sinh trung học cơ sở; Bảng C: học sinh trung học phổ thông.

2. Nội dung: lập trình, sản phẩm ứng dụng sáng tạo.

**III. THỜI GIAN,
ĐỊA ĐIỂM**

Vòng chung kết tổ chức ngày 18/4/2026 tại Trường THPT Chuyên Kim Lĩnh.

**IV. GIẢI THƯỞNG**

Ban Tổ chức trao giải Nhất, Nhì, Ba, Khuyến khích cho từng bảng.

**V. TỔ CHỨC
THỰC HIỆN**

1. Tỉnh Đoàn là cơ quan thường trực Ban Tổ chức Hội thi.

2. Sở Giáo dục và Đào tạo chỉ đạo các trường cử thí sinh tham dự.
"""
sign29 = """
|
**TM. BAN THƯỜNG VỤ TỈNH ĐOÀN**
**BÍ THƯ**



**Nông Thị Huyền**
|
**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**



**Đỗ Văn Quang**
|

|
**Nơi nhận:**
- Trung ương Đoàn (b/c);
- UBND tỉnh (b/c);
- Các trường THPT, Phòng GD&ĐT;
- Lưu: VT SGDĐT, VT TĐ.
|
"""
CASES["29"] = (hdr29 + body29 + sign29,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "ĐỐI TƯỢNG, NỘI DUNG THI"), S("III", "THỜI GIAN, ĐỊA ĐIỂM"),
                S("IV", "GIẢI THƯỞNG"), S("V", "TỔ CHỨC THỰC HIỆN")],
               "Joint plan in markdown, two issuers, two signature blocks before the recipients.")

# 30 -- joint plan in PDF, two signature blocks side by side, then an annex 'PHỤ LỤC' with I/II headings.
hdr30 = """HỘI NÔNG DÂN TỈNH TÂY XUYÊN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NGÂN HÀNG CHÍNH SÁCH XÃ HỘI                  Độc lập - Tự do - Hạnh phúc
   CHI NHÁNH TỈNH TÂY XUYÊN

Số: 14/KHPH-HND-NHCS                 Tây Xuyên, ngày 03 tháng 3 năm 2026

                                 KẾ HOẠCH PHỐI HỢP
          Thực hiện ủy thác cho vay vốn tín dụng chính sách năm 2026

"""
body30 = """I. MỤC ĐÍCH, YÊU CẦU
     Nâng cao chất lượng hoạt động ủy thác; phấn đấu tỷ lệ nợ quá hạn dưới 0,2%.
II. NỘI DUNG PHỐI HỢP
     1. Củng cố, kiện toàn Tổ tiết kiệm và vay vốn.
     2. Tập huấn nghiệp vụ ủy thác cho cán bộ Hội cơ sở.
III. TRÁCH NHIỆM CỦA MỖI BÊN
     1. Hội Nông dân tỉnh chỉ đạo Hội Nông dân cấp huyện, cấp xã thực hiện nội dung ủy thác.
     2. Chi nhánh Ngân hàng Chính sách xã hội tỉnh bảo đảm nguồn vốn, trả phí ủy thác đúng quy định.
IV. TỔ CHỨC THỰC HIỆN
     Định kỳ 6 tháng, hai bên tổ chức giao ban đánh giá kết quả phối hợp.
"""
sign30 = """
TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH          KT. GIÁM ĐỐC
            CHỦ TỊCH                           PHÓ GIÁM ĐỐC

             (Đã ký)                              (Đã ký)

          Lý Văn Thành                          Phùng Thị Yến

Nơi nhận:
- Trung ương Hội NDVN (b/c);
- NHCSXH Việt Nam (b/c);
- Hội ND các huyện; PGD NHCSXH các huyện;
- Lưu: VT.
""" + page(3) + """                                   PHỤ LỤC
             CHỈ TIÊU PHỐI HỢP ỦY THÁC NĂM 2026
   (Kèm theo Kế hoạch phối hợp số 14/KHPH-HND-NHCS ngày 03/3/2026)
I. CHỈ TIÊU VỀ DƯ NỢ
     Dư nợ ủy thác qua Hội Nông dân tăng 8% so với năm 2025.
II. CHỈ TIÊU VỀ CHẤT LƯỢNG TÍN DỤNG
     100% Tổ tiết kiệm và vay vốn xếp loại khá, tốt.
"""
CASES["30"] = (hdr30 + body30 + sign30,
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG PHỐI HỢP"), S("III", "TRÁCH NHIỆM CỦA MỖI BÊN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Joint plan (PDF), two signature blocks side by side, annex with its own I/II headings.")

# 31 -- unlabelled capitals sub-headings inside sections; an unlabelled capitals line before section I.
body31 = """Thực hiện Hướng dẫn số 03-HD/BTGDVTU ngày 12/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy,
Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

**PHẦN MỞ ĐẦU**

Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ thị xã nhiệm kỳ 2025 - 2030.

**I. MỤC ĐÍCH, YÊU CẦU**

Tuyên truyền sâu rộng các sự kiện chính trị quan trọng của đất nước và địa phương.

**II. NỘI DUNG TUYÊN TRUYỀN**

**CÁC NGÀY LỄ LỚN**

1. Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026).

2. Kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước.

**SỰ KIỆN CỦA ĐỊA PHƯƠNG**

1. Kỷ niệm 20 năm thành lập thị xã.

**III. HÌNH THỨC TUYÊN TRUYỀN**

Tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử thị xã.

**IV. TỔ CHỨC THỰC HIỆN**

Phòng Văn hóa - Xã hội chủ trì, hướng dẫn các phường, xã thực hiện.
"""
CASES["31"] = (md_header("ỦY BAN NHÂN DÂN", "THỊ XÃ PHƯỚC LÂM", "12/KH-UBND", "Phước Lâm", ("19", "01", "2026"),
                         title_lines=["Tuyên truyền các ngày lễ lớn, sự kiện quan trọng năm 2026"])
               + body31 + md_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hầu A Lử"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG TUYÊN TRUYỀN"), S("III", "HÌNH THỨC TUYÊN TRUYỀN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Unlabelled capitals lines ('PHẦN MỞ ĐẦU', 'CÁC NGÀY LỄ LỚN') are not sections.")

# 32 -- "PHẦN I." / "PHẦN II." tops without Roman sections (markdown, bold, wrapped).
body32 = """**PHẦN I. KẾT QUẢ THỰC HIỆN CÔNG TÁC
GIA ĐÌNH NĂM 2025**

1. Công tác chỉ đạo, điều hành được quan tâm; 85% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.

2. Một số hạn chế: tình trạng bạo lực gia đình vẫn còn xảy ra ở một số địa phương.

**PHẦN II. NHIỆM VỤ,
GIẢI PHÁP NĂM 2026**

1. Tiếp tục tuyên truyền Luật Phòng, chống bạo lực gia đình.

2. Nhân rộng mô hình câu lạc bộ gia đình phát triển bền vững.

3. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc thực hiện.
"""
CASES["32"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH VÂN HÀ", "70/KH-UBND", "Vân Hà", ("11", "3", "2026"),
                         title_lines=["Công tác gia đình năm 2026"])
               + body32 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Quàng Văn Đôi"),
               [S("Phần I", "KẾT QUẢ THỰC HIỆN CÔNG TÁC GIA ĐÌNH NĂM 2025"), S("Phần II", "NHIỆM VỤ, GIẢI PHÁP NĂM 2026")],
               "'PHẦN I.' / 'PHẦN II.' tops with title on the same bold line, wrapped; no Roman sections.")

# 33 -- PDF "PHẦN THỨ NHẤT" / "PHẦN THỨ HAI" on their own lines, title below; no Roman sections.
hdr33 = pdf_header("ỦY BAN NHÂN DÂN", "XÃ HÒA TIẾN", "09/KH-UBND", "Hòa Tiến", ("14", "01", "2026"),
                   title_lines=["Phát triển sản xuất nông nghiệp năm 2026"])
body33 = """                              PHẦN THỨ NHẤT
            ĐÁNH GIÁ KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2025
     1. Trồng trọt: tổng diện tích gieo trồng đạt 1.250 ha, bằng 101% kế hoạch.
     2. Chăn nuôi: tổng đàn gia cầm đạt 42.000 con.
                              PHẦN THỨ HAI
              KẾ HOẠCH SẢN XUẤT NÔNG NGHIỆP NĂM 2026
     1. Chỉ tiêu: tổng diện tích gieo trồng 1.280 ha.
     2. Giải pháp: chuyển đổi 30 ha đất lúa kém hiệu quả sang trồng cây ăn quả.
     3. Tổ chức thực hiện: các thôn xây dựng kế hoạch sản xuất cụ thể.
"""
CASES["33"] = (hdr33 + body33 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Ma Văn Cường",
                                         recipients=("- UBND huyện (b/c);", "- Các thôn;", "- Lưu: VT.")),
               [S("Phần thứ nhất", "ĐÁNH GIÁ KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2025"),
                S("Phần thứ hai", "KẾ HOẠCH SẢN XUẤT NÔNG NGHIỆP NĂM 2026")],
               "PDF 'PHẦN THỨ NHẤT' / 'PHẦN THỨ HAI' centred on their own lines, title below; no Romans.")

# 34 -- PDF programme with sections I-XII; "Đại hội XIII" / "khóa XIII" in prose.
hdr34 = pdf_header("ỦY BAN NHÂN DÂN", "TỈNH PHƯỚC LÂM", "300/KH-UBND", "Phước Lâm", ("28", "12", "2025"),
                   title_lines=["Thực hiện các nhiệm vụ trọng tâm năm 2026"])
titles34 = ["MỤC TIÊU TỔNG QUÁT", "CÁC CHỈ TIÊU CHỦ YẾU", "PHÁT TRIỂN NÔNG NGHIỆP", "PHÁT TRIỂN CÔNG NGHIỆP",
            "THƯƠNG MẠI, DỊCH VỤ", "ĐẦU TƯ CÔNG", "GIÁO DỤC VÀ ĐÀO TẠO", "Y TẾ", "VĂN HÓA, XÃ HỘI",
            "TÀI NGUYÊN VÀ MÔI TRƯỜNG", "QUỐC PHÒNG, AN NINH", "TỔ CHỨC THỰC HIỆN"]
romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
lines = []
for r, t in zip(romans, titles34):
    lines.append(f"{r}. {t}")
    if r == "I":
        lines.append("     Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII và Nghị quyết Đại")
        lines.append("hội XIV của Đảng; phấn đấu tăng trưởng kinh tế đạt 8,5%.")
    elif r == "VII":
        lines.append("     Thực hiện Kết luận của Hội nghị Trung ương khóa XIII về đổi mới căn bản, toàn diện")
        lines.append("giáo dục và đào tạo; 100% trường học có kết nối Internet tốc độ cao.")
    elif r == "XII":
        lines.append("     1. Các sở, ban, ngành, địa phương cụ thể hóa nhiệm vụ trong kế hoạch của đơn vị.")
        lines.append("     2. Sở Tài chính theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.")
    else:
        lines.append("     Triển khai đồng bộ các giải pháp theo chức năng, nhiệm vụ được giao.")
    if r in ("IV", "IX"):
        lines.append(page(2 if r == "IV" else 3).strip("\n"))
body34 = "\n".join(lines) + "\n"
CASES["34"] = (hdr34 + body34 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Tạ Quang Vinh"),
               [S(r, t) for r, t in zip(romans, titles34)],
               "PDF programme with 12 Roman sections; 'lần thứ XIII', 'khóa XIII' in prose.")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
