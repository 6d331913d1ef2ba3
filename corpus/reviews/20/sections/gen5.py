"""Cases 35-38."""
import json, pathlib
from common import md_header, md_sign, pdf_header, pdf_sign, page

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


# 35 -- markdown hard wrap: "… tại Phụ lục\nIV. …" in section II (IV within reach of the numbering).
body35 = """Thực hiện Quyết định số 77/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh, Sở Tài chính xây
dựng Kế hoạch kiểm tra công tác quản lý tài sản công năm 2026 như sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

Đánh giá việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị.

**II. NỘI
DUNG KIỂM TRA**

1. Kiểm tra việc lập, quản lý hồ sơ tài sản công, việc sử dụng xe ô tô công
và trụ sở làm việc; các đơn vị tự kiểm tra và lập báo cáo theo mẫu tại Phụ lục
IV. Báo cáo gửi về Sở Tài chính trước ngày 30/6/2026.

2. Kiểm tra việc khai thác nguồn lực tài chính từ tài sản công.

**III. THÀNH
PHẦN ĐOÀN KIỂM TRA**

Đoàn kiểm tra gồm đại diện Sở Tài chính, Kho bạc Nhà nước khu vực.

**IV. TỔ CHỨC
THỰC HIỆN**

Phòng Quản lý công sản chủ trì, tham mưu Giám đốc Sở thành lập Đoàn kiểm tra.
"""
CASES["35"] = (md_header("UBND TỈNH PHƯỚC LÂM", "SỞ TÀI CHÍNH", "41/KH-STC", "Phước Lâm", ("02", "4", "2026"),
                         title_lines=["Kiểm tra công tác quản lý, sử dụng tài sản công năm 2026"])
               + body35 + md_sign(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Hồng Vân"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG KIỂM TRA"), S("III", "THÀNH PHẦN ĐOÀN KIỂM TRA"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Markdown hard wrap '… theo mẫu tại Phụ lục\\nIV. Báo cáo gửi …' in section II.")

# 36 -- decision + attached plan whose section II lists its annexes line by line ("Phụ lục I. …").
dec36 = """**ỦY BAN NHÂN DÂN TỈNH TÂY XUYÊN**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 55/TTr-SNV ngày 10/3/2026.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên
chức tỉnh Tây Xuyên năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành, Chủ tịch
UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.
"""
plan36 = """
**KẾ HOẠCH**

ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TỈNH TÂY XUYÊN NĂM 2026

*(Kèm theo Quyết định số 610/QĐ-UBND ngày 17/3/2026 của UBND tỉnh Tây Xuyên)*

**I. MỤC TIÊU**

Phấn đấu 100% cán bộ, công chức cấp xã được bồi dưỡng kiến thức quản lý nhà nước.

**II. NỘI DUNG ĐÀO TẠO, BỒI DƯỠNG**

Nội dung, đối tượng, số lượng lớp chi tiết tại các Phụ lục kèm theo Kế hoạch này, gồm:

Phụ lục I. Danh mục lớp bồi dưỡng theo tiêu chuẩn ngạch, chức danh;

Phụ lục II. Danh mục lớp bồi dưỡng kỹ năng, nghiệp vụ chuyên ngành.

**III. KINH PHÍ THỰC HIỆN**

Kinh phí đào tạo, bồi dưỡng bố trí trong dự toán ngân sách tỉnh năm 2026.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Nội vụ chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch.

2. Trường Chính trị tỉnh phối hợp mở các lớp bồi dưỡng.

**PHỤ LỤC I**

DANH MỤC LỚP BỒI DƯỠNG THEO TIÊU CHUẨN NGẠCH, CHỨC DANH

*(Kèm theo Kế hoạch ban hành tại Quyết định số 610/QĐ-UBND ngày 17/3/2026)*

| TT | Tên lớp | Số lớp | Số học viên |
|---|---|---|---|
| 1 | Bồi dưỡng ngạch chuyên viên | 04 | 320 |
| 2 | Bồi dưỡng ngạch chuyên viên chính | 02 | 150 |
"""
CASES["36"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH TÂY XUYÊN", "610/QĐ-UBND", "Tây Xuyên", ("17", "3", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "tỉnh Tây Xuyên năm 2026"])
               + dec36 + md_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lý Thị Sen",
                                 recipients=("- Như Điều 3;", "- Bộ Nội vụ;", "- Lưu: VT, NC.")) + plan36,
               [S("I", "MỤC TIÊU"), S("II", "NỘI DUNG ĐÀO TẠO, BỒI DƯỠNG"), S("III", "KINH PHÍ THỰC HIỆN"),
                S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Attached plan whose section II lists its annexes on lines opening 'Phụ lục I.' / 'Phụ lục II.'.")

# 37 -- PDF decision whose Điều 1 holds the plan's sections.
hdr37 = pdf_header("BỘ NỘI VỤ", "", "402/QĐ-BNV", "Hà Nội", ("20", "4", "2026"), doc_type="QUYẾT ĐỊNH",
                   title_lines=["Phê duyệt Kế hoạch số hóa tài liệu lưu trữ lịch sử giai đoạn 2026 - 2028"])
body37 = """                                  BỘ TRƯỞNG BỘ NỘI VỤ
     Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;
     Theo đề nghị của Cục trưởng Cục Văn thư và Lưu trữ nhà nước.
                                       QUYẾT ĐỊNH:
     Điều 1. Phê duyệt Kế hoạch số hóa tài liệu lưu trữ lịch sử giai đoạn 2026 - 2028 với các
nội dung sau:
     I. MỤC TIÊU
     Số hóa 100% tài liệu lưu trữ lịch sử có giá trị đặc biệt tại các Trung tâm Lưu trữ quốc gia.
     II. NHIỆM VỤ
     1. Xây dựng hệ thống quản lý tài liệu lưu trữ số.
     2. Số hóa khoảng 5 triệu trang tài liệu.
     III. TỔ CHỨC THỰC HIỆN
     Cục Văn thư và Lưu trữ nhà nước chủ trì, hướng dẫn, kiểm tra việc thực hiện.
     Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
     Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Văn thư và Lưu trữ nhà nước và Thủ trưởng các
đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
CASES["37"] = (hdr37 + body37 + pdf_sign(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Trần Quốc Hưng",
                                         recipients=("- Như Điều 3;", "- Lưu: VT, VTLTNN.")),
               [S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "PDF decision whose Điều 1 holds the plan's sections I-III (indented lines).")

# 38 -- PDF: headings set in a two-column table, the label on its own line, the title on the next;
#        the first one right under the plan's title with no preamble.
hdr38 = pdf_header("ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA LẠC", "17/KH-UBND", "Hòa Lạc", ("03", "02", "2026"),
                   title_lines=["Ra quân tổng vệ sinh môi trường, chỉnh trang đô thị", "đón Tết Nguyên đán Bính Ngọ năm 2026"])
body38 = """I.
MỤC ĐÍCH, YÊU CẦU
     Tạo cảnh quan đô thị sáng - xanh - sạch - đẹp; huy động 100% tổ dân phố tham gia.
II.
THỜI GIAN, LỰC LƯỢNG THAM GIA
     1. Thời gian: từ ngày 07/02/2026 đến ngày 14/02/2026.
     2. Lực lượng: cán bộ, công chức phường, đoàn viên thanh niên, hội viên các hội.
III.
TỔ CHỨC THỰC HIỆN
     1. Công chức Địa chính - Xây dựng chủ trì, phối hợp các tổ dân phố thực hiện.
     2. Đoàn Thanh niên phường ra quân thu gom rác thải tại các tuyến đường chính.
"""
CASES["38"] = (hdr38.rstrip("\n") + "\n" + body38 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phan Văn Tý",
                                                            recipients=("- UBND thành phố (b/c);", "- Các tổ dân phố;", "- Lưu: VT.")),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "THỜI GIAN, LỰC LƯỢNG THAM GIA"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "PDF: label alone, title next line; the first heading right under the plan's title, no preamble.")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
