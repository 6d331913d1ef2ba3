"""Cases 39-40 (written after the first run, expectations before running them)."""
import json, pathlib
from common import md_header, md_sign, pdf_header, pdf_sign

OUT = pathlib.Path(__file__).parent / "cases"
CASES = {}


def S(label, title, **kw):
    return {"label": label, "title": title, **kw}


# 39 -- pdftotext output of a standalone plan: each page's first line opens with the form feed;
#       pages 2 and 3 open with a heading.
hdr39 = pdf_header("ỦY BAN NHÂN DÂN", "HUYỆN HÒA TIẾN", "40/KH-UBND", "Hòa Tiến", ("16", "3", "2026"),
                   title_lines=["Phòng, chống dịch bệnh trên gia súc, gia cầm năm 2026"])
body39 = """I. MỤC ĐÍCH, YÊU CẦU
     Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra; tiêm phòng đạt trên 80% tổng đàn.
     Phát hiện sớm, xử lý kịp thời ổ dịch mới phát sinh.
                                                            1
\fII. NỘI DUNG, GIẢI PHÁP
     1. Tổ chức tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng đợt 1 trong tháng 4/2026.
     2. Tiêu độc, khử trùng môi trường chăn nuôi theo Tháng vệ sinh tiêu độc.
                                                            2
\fIII. TỔ CHỨC THỰC HIỆN
     1. Phòng Kinh tế chủ trì, phối hợp Trạm Chăn nuôi và Thú y theo dõi tình hình dịch bệnh.
     2. Ủy ban nhân dân các xã chỉ đạo thú y viên cơ sở thực hiện tiêm phòng.
"""
CASES["39"] = (hdr39 + body39 + pdf_sign(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lương Văn Tiến"),
               [S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NỘI DUNG, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")],
               "pdftotext page breaks: the form feed opens the next page's first line, a heading there.")

# 40 -- decision + attached plan (markdown) with a hard wrap putting 'Phụ lục 02 kèm theo …' at a line start.
dec40 = """**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LĨNH**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Theo đề nghị của Giám đốc Sở Công Thương.*

**QUYẾT ĐỊNH:**

**Điều 1. **Ban
hành kèm theo Quyết định này Kế hoạch xúc tiến thương mại tỉnh Hà Lĩnh năm 2026.

**Điều 2. **Quyết
định này có hiệu lực kể từ ngày ký.

**Điều 3. **Chánh
Văn phòng UBND tỉnh, Giám đốc Sở Công Thương và Thủ trưởng các cơ quan, đơn vị liên quan chịu
trách nhiệm thi hành Quyết định này./.
"""
plan40 = """
**KẾ HOẠCH**

XÚC TIẾN THƯƠNG MẠI TỈNH HÀ LĨNH NĂM 2026

*(Kèm theo Quyết định số 233/QĐ-UBND ngày 05/02/2026 của Chủ tịch UBND tỉnh Hà Lĩnh)*

**I. MỤC
TIÊU**

Hỗ trợ doanh nghiệp mở rộng thị trường; tổ chức 04 hội chợ, triển lãm trong tỉnh.

**II. NỘI
DUNG**

1. Tổ chức Hội chợ nông sản, đặc sản vùng miền tỉnh Hà Lĩnh năm 2026.

2. Hỗ trợ doanh nghiệp tham gia hội chợ trong nước theo danh mục tại
Phụ lục 01 kèm theo Kế hoạch này.

**III. KINH
PHÍ**

Kinh phí thực hiện theo dự toán tại Phụ lục 02 kèm theo.

**IV. TỔ
CHỨC THỰC HIỆN**

1. Sở Công Thương chủ trì, theo dõi, tổng hợp kết quả thực hiện.

2. Các đơn vị báo cáo kết quả về Sở Công Thương trước ngày 15/12/2026.
"""
CASES["40"] = (md_header("ỦY BAN NHÂN DÂN", "TỈNH HÀ LĨNH", "233/QĐ-UBND", "Hà Lĩnh", ("05", "02", "2026"), doc_type="QUYẾT ĐỊNH",
                         title_lines=["Ban hành Kế hoạch xúc tiến thương mại tỉnh Hà Lĩnh năm 2026"])
               + dec40 + md_sign(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Ninh Văn Đạo", recipients=("- Như Điều 3;", "- Bộ Công Thương;", "- Lưu: VT.")) + plan40,
               [S("I", "MỤC TIÊU"), S("II", "NỘI DUNG"), S("III", "KINH PHÍ"), S("IV", "TỔ CHỨC THỰC HIỆN")],
               "Attached plan; a hard wrap puts 'Phụ lục 01 kèm theo …' at a line start inside section II.")

for k, (text, exp, note) in CASES.items():
    (OUT / f"{k}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{k}.expect.json").write_text(json.dumps({"sections": exp, "note": note}, ensure_ascii=False, indent=1), encoding="utf-8")
print(sorted(CASES))
