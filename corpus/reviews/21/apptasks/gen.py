"""Writes cases/NN.txt and cases/NN.expect.json. Expectations written by hand, before any run."""
import json
from pathlib import Path

from render import onecell, group, pipes, tvpl_header, repo_header
from frames import (L, C, E, M, R, T, OPT, opt, NQ_DIEU3_UNITS, QD_DIEU3_UNITS, nqcp_tvpl,
                    std_body_tvpl, qdttg_tvpl, ministry_tvpl, nqcp_repo)

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)
CASES = {}


def case(n, text, units, targets=(), sections=(), note=""):
    CASES[n] = dict(text=text, units=list(units), targets=list(targets),
                    sections=[dict(label=a, title=b) for a, b in sections], note=note)


SEC3 = [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("III", "TỔ CHỨC THỰC HIỆN")]
HDR6 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]

# =====================================================================================
# A. Repository markdown with '#' headings
# =====================================================================================

body01 = """## I. MỤC TIÊU

### 1. Mục tiêu tổng quát

Phát triển hạ tầng dữ liệu quốc gia đồng bộ, an toàn; dữ liệu trở thành tư liệu sản xuất chính, thúc đẩy kinh tế dữ liệu phát triển nhanh và bền vững.

### 2. Mục tiêu cụ thể đến năm 2030

- 100% cơ sở dữ liệu quốc gia được kết nối, chia sẻ với Trung tâm dữ liệu quốc gia.
- Quy mô thị trường dữ liệu đạt tối thiểu 4 tỷ USD.
- Hình thành ít nhất 05 sàn giao dịch dữ liệu được cấp phép hoạt động.
- Tỷ lệ dịch vụ công trực tuyến toàn trình sử dụng dữ liệu đã được số hóa đạt trên 90%.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Chương trình hành động này.

## III. TỔ CHỨC THỰC HIỆN

### 1. Bộ Công an

Chủ trì, theo dõi, đôn đốc các bộ, ngành, địa phương triển khai Chương trình hành động; định kỳ hằng năm tổng hợp, báo cáo Chính phủ.

### 2. Bộ Tài chính

Chủ trì, phối hợp với Bộ Công an bố trí kinh phí thực hiện Chương trình hành động theo quy định của pháp luật về ngân sách nhà nước.

### 3. Bộ Khoa học và Công nghệ

Phối hợp với Bộ Công an xây dựng tiêu chuẩn, quy chuẩn kỹ thuật về dữ liệu.

### 4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương

Xây dựng kế hoạch triển khai tại địa phương; gửi báo cáo kết quả thực hiện về Bộ Công an trước ngày 15 tháng 12 hằng năm."""

annex01 = """# PHỤ LỤC

## DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG

*(Kèm theo Nghị quyết số 58/NQ-CP ngày 14 tháng 4 năm 2026 của Chính phủ)*

""" + pipes([
    HDR6,
    ["**I**", "**HOÀN THIỆN THỂ CHẾ**", "", "", "", ""],
    ["1", "Xây dựng Nghị định quy định về sàn giao dịch dữ liệu", "Bộ Công an", "Bộ Khoa học và Công nghệ, Bộ Tư pháp, các bộ, ngành, địa phương", "Quý III/2026", "Nghị định của Chính phủ"],
    ["2", "Ban hành tiêu chuẩn quốc gia về chất lượng dữ liệu", "Bộ Khoa học và Công nghệ", "Bộ Công an; Ban Cơ yếu Chính phủ", "Năm 2026", "Tiêu chuẩn quốc gia"],
    ["**II**", "**PHÁT TRIỂN HẠ TẦNG DỮ LIỆU**", "", "", "", ""],
    ["3", "Kết nối cơ sở dữ liệu chuyên ngành với Trung tâm dữ liệu quốc gia", "Các bộ, cơ quan ngang bộ", "Bộ Công an", "Năm 2027", "Cơ sở dữ liệu được kết nối"],
    ["4", "Xây dựng trung tâm dữ liệu vùng", "Bộ Công an", "Bộ Tài chính, Bộ Xây dựng, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Năm 2028", "Trung tâm dữ liệu vùng được đưa vào vận hành"],
])

case("01", nqcp_repo("58/NQ-CP", "Hà Nội, ngày 14 tháng 4 năm 2026",
                     "THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU QUỐC GIA ĐẾN NĂM 2030", body01, annex01),
     units=QD_DIEU3_UNITS + [
         E("Bộ Công an"), L("Bộ Công an"), M("Bộ Công an"), R("Chính phủ"),
         E("Bộ Tài chính"), L("Bộ Tài chính"), C("Bộ Công an"),
         E("Bộ Khoa học và Công nghệ"), C("Bộ Khoa học và Công nghệ"),
         E("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"), R("Bộ Công an"),
         C("Bộ Tư pháp"), C("các bộ, ngành, địa phương", optional=True),
         L("Bộ Khoa học và Công nghệ"), C("Ban Cơ yếu Chính phủ"),
         L("Các bộ, cơ quan ngang bộ"), C("Bộ Tài chính"), C("Bộ Xây dựng"),
         C("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
     ],
     targets=[
         T(100, "%", ["cơ sở dữ liệu quốc gia", "kết nối"], "2030"),
         T(4, "tỷ USD", ["thị trường dữ liệu"], "2030"),
         T(5, "sàn giao dịch dữ liệu", ["sàn giao dịch dữ liệu"], "2030"),
         T(90, "%", ["dịch vụ công trực tuyến"], "2030"),
     ],
     sections=SEC3,
     note="# repository markdown: ## Roman headings, ### unit headings, annex pipe table with separator row and bold group rows")

# ---- 02: the same programme in the TVPL one-cell rendering
body02 = """**I. MỤC TIÊU**

**1. Mục tiêu tổng quát**

Phát triển hạ tầng dữ liệu quốc gia đồng bộ, an toàn; dữ liệu trở thành tư liệu sản xuất
chính, thúc đẩy kinh tế dữ liệu phát triển nhanh và bền vững.

**2. Mục tiêu cụ thể đến năm 2030**

- 100% cơ sở dữ liệu quốc gia được kết nối, chia sẻ với Trung tâm dữ liệu quốc gia.

- Quy mô thị trường dữ liệu đạt tối thiểu 4 tỷ USD.

- Hình thành ít nhất 05 sàn giao dịch dữ liệu được cấp phép hoạt động.

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Chương trình hành động này.

**III. TỔ CHỨC THỰC HIỆN**

**1. Bộ Công an**

Chủ trì, theo dõi, đôn đốc các bộ, ngành, địa phương triển khai Chương trình hành động;
định kỳ hằng năm tổng hợp, báo cáo Chính phủ.

**2. Bộ Tài chính**

Chủ trì, phối hợp với Bộ Công an bố trí kinh phí thực hiện Chương trình hành động."""

annex02 = """**PHỤ LỤC**

DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG
*(Kèm theo Nghị quyết số 58/NQ-CP ngày 14 tháng 4 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    group("I", "HOÀN THIỆN THỂ CHẾ"),
    ["1", "Xây dựng Nghị định quy định về sàn giao\ndịch dữ liệu", "Bộ Công an", "Bộ Khoa học và Công nghệ, Bộ Tư\npháp, các bộ, ngành, địa phương", "Quý III/2026", "Nghị định của Chính phủ"],
    ["2", "Ban hành tiêu chuẩn quốc gia về chất\nlượng dữ liệu", "Bộ Khoa học và Công nghệ", "Bộ Công an; Ban Cơ yếu Chính phủ", "Năm 2026", "Tiêu chuẩn quốc gia"],
    group("II", "PHÁT TRIỂN HẠ TẦNG DỮ LIỆU"),
    ["3", "Kết nối cơ sở dữ liệu chuyên ngành với\nTrung tâm dữ liệu quốc gia", "Các bộ, cơ quan ngang bộ", "Bộ Công an", "Năm 2027", "Cơ sở dữ liệu được kết nối"],
    ["4", "Xây dựng trung tâm dữ liệu vùng", "Bộ Công an", "Bộ Tài chính, Bộ Xây dựng, Ủy ban nhân\ndân các tỉnh, thành phố trực thuộc\ntrung ương", "Năm 2028", "Trung tâm dữ liệu vùng được đưa\nvào vận hành"],
])

case("02", nqcp_tvpl("58/NQ-CP", "Hà Nội, ngày 14 tháng 4 năm 2026",
                     "THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU QUỐC GIA ĐẾN NĂM 2030", body02, annex02),
     units=QD_DIEU3_UNITS + [
         E("Bộ Công an"), L("Bộ Công an"), M("Bộ Công an"), R("Chính phủ"),
         E("Bộ Tài chính"), L("Bộ Tài chính"), C("Bộ Công an"),
         C("Bộ Khoa học và Công nghệ"), C("Bộ Tư pháp"), C("các bộ, ngành, địa phương", optional=True),
         L("Bộ Khoa học và Công nghệ"), C("Ban Cơ yếu Chính phủ"),
         L("Các bộ, cơ quan ngang bộ"), C("Bộ Tài chính"), C("Bộ Xây dựng"),
         C("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
     ],
     targets=[
         T(100, "%", ["cơ sở dữ liệu quốc gia", "kết nối"], "2030"),
         T(4, "tỷ USD", ["thị trường dữ liệu"], "2030"),
         T(5, "sàn giao dịch dữ liệu", ["sàn giao dịch dữ liệu"], "2030"),
     ],
     sections=SEC3, note="01 in the TVPL rendering (bold headings, one-cell annex)")

# ---- 03: QĐ-TTg in repository markdown, <br> lists "- Bộ X;" in cells, lettered group rows
annex03 = """## Phụ lục

### PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH

*(Kèm theo Quyết định số 712/QĐ-TTg ngày 09 tháng 5 năm 2026 của Thủ tướng Chính phủ)*

""" + pipes([
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["**A**", "**NHÓM NHIỆM VỤ VỀ THỊ TRƯỜNG TÀI CHÍNH XANH**", "", "", "", ""],
    ["1", "Xây dựng bộ tiêu chí phân loại xanh cho các dự án đầu tư", "Bộ Nông nghiệp và Môi trường", "- Bộ Tài chính;\n- Ngân hàng Nhà nước Việt Nam;\n- Bộ Công Thương.", "Năm 2026", "Quyết định của Thủ tướng Chính phủ"],
    ["2", "Hướng dẫn phát hành trái phiếu xanh của doanh nghiệp", "Bộ Tài chính", "- Ủy ban Chứng khoán Nhà nước;\n- Bộ Nông nghiệp và Môi trường.", "Quý IV/2026", "Thông tư"],
    ["**B**", "**NHÓM NHIỆM VỤ VỀ TÍN DỤNG XANH**", "", "", "", ""],
    ["3", "Ban hành hướng dẫn quản lý rủi ro môi trường trong hoạt động cấp tín dụng", "Ngân hàng Nhà nước Việt Nam", "- Bộ Nông nghiệp và Môi trường;\n- Các tổ chức tín dụng.", "Năm 2027", "Thông tư"],
    ["4", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Bộ Tài chính", "Các bộ, ngành, địa phương", "Năm 2030", "Báo cáo Thủ tướng Chính phủ"],
])
body03 = """## I. MỤC ĐÍCH, YÊU CẦU

Huy động nguồn lực tài chính cho tăng trưởng xanh; phân công cụ thể nhiệm vụ cho các bộ, ngành.

## II. NHIỆM VỤ CỤ THỂ

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

## III. TỔ CHỨC THỰC HIỆN

1. Bộ Tài chính là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 hằng năm.

2. Các bộ, cơ quan được giao nhiệm vụ tại Phụ lục gửi báo cáo kết quả về Bộ Tài chính trước ngày 15 tháng 12 hằng năm."""

text03 = f"""{repo_header('THỦ TƯỚNG CHÍNH PHỦ', '712/QĐ-TTg', 'Hà Nội, ngày 09 tháng 5 năm 2026')}

# QUYẾT ĐỊNH

## Ban hành Kế hoạch huy động nguồn lực tài chính cho tăng trưởng xanh giai đoạn 2026 - 2030

**THỦ TƯỚNG CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch huy động nguồn lực tài chính cho tăng trưởng xanh giai đoạn 2026 - 2030.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

**Điều 3.** Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.

**KT. THỦ TƯỚNG**<br>**PHÓ THỦ TƯỚNG**

**Lê Minh Đạo**

---

# KẾ HOẠCH

## Huy động nguồn lực tài chính cho tăng trưởng xanh giai đoạn 2026 - 2030

*(Kèm theo Quyết định số 712/QĐ-TTg ngày 09 tháng 5 năm 2026 của Thủ tướng Chính phủ)*

{body03}

{annex03}
"""
case("03", text03,
     units=QD_DIEU3_UNITS + [
         L("Bộ Tài chính"), M("Bộ Tài chính"), R("Thủ tướng Chính phủ"), E("Bộ Tài chính", optional=True),
         R("Bộ Tài chính"),
         L("Bộ Nông nghiệp và Môi trường"), C("Bộ Tài chính"), C("Ngân hàng Nhà nước Việt Nam"), C("Bộ Công Thương"),
         C("Ủy ban Chứng khoán Nhà nước"), C("Bộ Nông nghiệp và Môi trường"),
         L("Ngân hàng Nhà nước Việt Nam"), C("Các tổ chức tín dụng"),
         C("Các bộ, ngành, địa phương", optional=True),
         E("Các bộ, cơ quan được giao nhiệm vụ tại Phụ lục", optional=True),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="QĐ-TTg repository markdown; '- Bộ X;' lists joined by <br>; lettered group rows A/B in bold")

# ---- 04: ministry decision (Bộ Y tế) in repository markdown; departments with a comma or a dash in their names
text04 = f"""{repo_header('BỘ Y TẾ', '1508/QĐ-BYT', 'Hà Nội, ngày 20 tháng 5 năm 2026')}

# QUYẾT ĐỊNH

## Về việc ban hành Kế hoạch nâng cao chất lượng khám bệnh, chữa bệnh tuyến cơ sở năm 2026

**BỘ TRƯỞNG BỘ Y TẾ**

*Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;*

*Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch nâng cao chất lượng khám bệnh, chữa bệnh tuyến cơ sở năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Vụ trưởng Vụ Kế hoạch - Tài chính, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.

**KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**

**Nguyễn Hữu Lâm**

---

# KẾ HOẠCH

## Nâng cao chất lượng khám bệnh, chữa bệnh tuyến cơ sở năm 2026

## I. MỤC TIÊU

- 95% trạm y tế xã, phường có bác sĩ làm việc.
- Ít nhất 60% trạm y tế thực hiện được trên 80% danh mục dịch vụ kỹ thuật theo phân tuyến.

## II. NHIỆM VỤ

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

### 1. Cục Quản lý Khám, chữa bệnh

Là đơn vị đầu mối, hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp kết quả, báo cáo Bộ trưởng.

### 2. Vụ Kế hoạch - Tài chính

Chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh bố trí kinh phí thực hiện Kế hoạch.

### 3. Vụ Sức khỏe Bà mẹ - Trẻ em

Hướng dẫn chuyên môn về chăm sóc sức khỏe sinh sản tại trạm y tế.

### 4. Sở Y tế các tỉnh, thành phố trực thuộc trung ương

Xây dựng kế hoạch triển khai tại địa phương; báo cáo kết quả về Cục Quản lý Khám, chữa bệnh trước ngày 10 tháng 12 năm 2026.
"""
KCB = "Cục Quản lý Khám, chữa bệnh"
case("04", text04,
     units=[
         E("Chánh Văn phòng Bộ"), E("Cục trưởng Cục Quản lý Khám, chữa bệnh"), E("Vụ trưởng Vụ Kế hoạch - Tài chính"),
         E("Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương"), E("Thủ trưởng các đơn vị thuộc Bộ"),
         E(KCB), L(KCB), M(KCB), R("Bộ trưởng"),
         E("Vụ Kế hoạch - Tài chính"), L("Vụ Kế hoạch - Tài chính"), C(KCB),
         E("Vụ Sức khỏe Bà mẹ - Trẻ em"),
         E("Sở Y tế các tỉnh, thành phố trực thuộc trung ương"), R(KCB),
     ],
     targets=[
         T(95, "%", ["trạm y tế", "bác sĩ"], None),
         T(60, "%", ["trạm y tế", "danh mục dịch vụ kỹ thuật"], None),
         T(80, "%", ["danh mục dịch vụ kỹ thuật"], None, optional=True),
     ],
     sections=SEC3[:1] + [("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="ministry decision, # markdown; 'Cục Quản lý Khám, chữa bệnh' has a comma; Điều 3 office-holders of a ministry")

# ---- 05: TCTH as a bullet list with bold unit names (repository markdown)
body05 = """## I. MỤC TIÊU

Bảo đảm an ninh năng lượng quốc gia; đến năm 2030 tỷ trọng năng lượng tái tạo trong tổng cung năng lượng sơ cấp đạt 25-30%.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Chương trình.

## III. TỔ CHỨC THỰC HIỆN

- **Bộ Công Thương:** chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo Thủ tướng Chính phủ.
- **Bộ Tài chính:** cân đối, bố trí vốn đầu tư công cho các dự án lưới điện truyền tải trọng điểm.
- **Ngân hàng Nhà nước Việt Nam:** chỉ đạo các tổ chức tín dụng ưu tiên cho vay các dự án năng lượng tái tạo.
- **Tập đoàn Điện lực Việt Nam, Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam:** triển khai đầu tư các dự án nguồn điện, lưới điện được giao."""
case("05", nqcp_repo("77/NQ-CP", "Hà Nội, ngày 02 tháng 6 năm 2026",
                     "BẢO ĐẢM AN NINH NĂNG LƯỢNG QUỐC GIA GIAI ĐOẠN 2026 - 2030", body05, ""),
     units=QD_DIEU3_UNITS + [
         E("Bộ Công Thương"), L("Bộ Công Thương"), M("Bộ Công Thương"), R("Thủ tướng Chính phủ"),
         E("Bộ Tài chính"), E("Ngân hàng Nhà nước Việt Nam"), E("các tổ chức tín dụng", optional=True),
         E("Tập đoàn Điện lực Việt Nam"), E("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"),
     ],
     targets=[T(25, "%", ["năng lượng tái tạo", "tổng cung năng lượng sơ cấp"], "2030", until=30)],
     sections=SEC3, note="'- **Unit:** tasks' bullets as the implementation part")

# ---- 06: '#### a)' unit headings under a '### 2. Trách nhiệm của các bộ, ngành' heading
body06 = """## I. MỤC TIÊU

Nâng cao năng lực phòng, chống thiên tai; giảm thiểu thiệt hại về người và tài sản.

## II. NHIỆM VỤ, GIẢI PHÁP

Các nhiệm vụ, giải pháp theo Chiến lược quốc gia phòng, chống thiên tai.

## III. TỔ CHỨC THỰC HIỆN

### 1. Ban Chỉ đạo quốc gia về phòng, chống thiên tai

Chỉ đạo, kiểm tra, đôn đốc các bộ, ngành, địa phương thực hiện Chương trình.

### 2. Trách nhiệm của các bộ, ngành

#### a) Bộ Nông nghiệp và Môi trường

Là cơ quan thường trực, chủ trì hướng dẫn các địa phương xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro.

#### b) Bộ Quốc phòng

Chủ trì, phối hợp với Bộ Công an chỉ đạo lực lượng vũ trang tham gia tìm kiếm cứu nạn.

#### c) Bộ Văn hóa, Thể thao và Du lịch

Phối hợp với Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam đưa tin cảnh báo thiên tai kịp thời.

### 3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương

Rà soát, bổ sung phương án di dời dân cư vùng có nguy cơ sạt lở; báo cáo Ban Chỉ đạo quốc gia về phòng, chống thiên tai."""
BCD = "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"
case("06", nqcp_repo("81/NQ-CP", "Hà Nội, ngày 16 tháng 6 năm 2026",
                     "VỀ PHÒNG, CHỐNG THIÊN TAI GIAI ĐOẠN 2026 - 2030", body06, ""),
     units=QD_DIEU3_UNITS + [
         E(BCD), M(BCD),
         E("Bộ Nông nghiệp và Môi trường"), L("Bộ Nông nghiệp và Môi trường"),
         E("Bộ Quốc phòng"), L("Bộ Quốc phòng"), C("Bộ Công an"),
         E("Bộ Văn hóa, Thể thao và Du lịch"), C("Bộ Văn hóa, Thể thao và Du lịch", optional=True), E("các bộ, ngành", optional=True),
         C("Đài Truyền hình Việt Nam"), C("Đài Tiếng nói Việt Nam"),
         E("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"), R(BCD),
     ],
     sections=[("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="#### a) unit headings under a ### heading that names no unit")

# ---- 07: aims by year under '#### a) Đến năm 2027' sub-headings
body07 = """## I. MỤC TIÊU

### 1. Mục tiêu chung

Phát triển nguồn nhân lực chất lượng cao cho ngành công nghiệp bán dẫn.

### 2. Mục tiêu cụ thể

#### a) Đến năm 2027

- Đào tạo tối thiểu 15.000 kỹ sư, cử nhân ngành vi mạch bán dẫn.
- Có ít nhất 10 cơ sở giáo dục đại học đào tạo chuyên sâu về thiết kế vi mạch.

#### b) Đến năm 2030

- Đào tạo tối thiểu 50.000 kỹ sư, cử nhân ngành vi mạch bán dẫn.
- 100% cơ sở đào tạo ngành vi mạch có phòng thí nghiệm dùng chung đạt chuẩn.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Các nhiệm vụ tại Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

Bộ Giáo dục và Đào tạo chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
case("07", nqcp_repo("90/NQ-CP", "Hà Nội, ngày 01 tháng 7 năm 2026",
                     "PHÁT TRIỂN NGUỒN NHÂN LỰC NGÀNH CÔNG NGHIỆP BÁN DẪN", body07, ""),
     units=QD_DIEU3_UNITS + [L("Bộ Giáo dục và Đào tạo"), M("Bộ Giáo dục và Đào tạo"), R("Thủ tướng Chính phủ"),
                             E("Bộ Giáo dục và Đào tạo", optional=True)],
     targets=[
         T(15000, "kỹ sư", ["kỹ sư", "vi mạch bán dẫn"], "2027"),
         T(10, "cơ sở giáo dục đại học", ["cơ sở giáo dục đại học", "thiết kế vi mạch"], "2027"),
         T(50000, "kỹ sư", ["kỹ sư", "vi mạch bán dẫn"], "2030"),
         T(100, "%", ["cơ sở đào tạo", "phòng thí nghiệm"], "2030"),
     ],
     sections=SEC3, note="year of each aim only in the '#### a) Đến năm 2027' sub-heading")

# ---- 08: aims as bullets with bold area labels
body08 = """## I. MỤC TIÊU

### 1. Mục tiêu tổng quát

Đưa Việt Nam trở thành quốc gia số, phát triển kinh tế số nhanh và bền vững.

### 2. Mục tiêu cụ thể đến năm 2030

- **Về kinh tế số:** tỷ trọng kinh tế số đạt tối thiểu 30% GDP; tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa đạt trên 20%.
- **Về hạ tầng số:** mạng di động 5G phủ sóng 99% dân số.
- **Về nhân lực số:** mỗi năm đào tạo mới ít nhất 100.000 nhân lực công nghệ số.

## II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Theo Phụ lục kèm theo.

## III. TỔ CHỨC THỰC HIỆN

Bộ Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Thủ tướng Chính phủ."""
case("08", nqcp_repo("95/NQ-CP", "Hà Nội, ngày 10 tháng 7 năm 2026",
                     "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ", body08, ""),
     units=QD_DIEU3_UNITS + [L("Bộ Khoa học và Công nghệ"), M("Bộ Khoa học và Công nghệ"), R("Thủ tướng Chính phủ"),
                             E("Bộ Khoa học và Công nghệ", optional=True)],
     targets=[
         T(30, "%", ["kinh tế số", "GDP"], "2030"),
         T(20, "%", ["thương mại điện tử", "tổng mức bán lẻ"], "2030"),
         T(99, "%", ["5G", "dân số"], "2030"),
         T(100000, "nhân lực công nghệ số", ["nhân lực công nghệ số"], ["2030", None]),
     ],
     sections=SEC3, note="aims as '- **Về X:** …' bullets, several in one bullet")

# ---- 09: ministry (culture) plan in repository markdown: department names with commas, annex table
annex09 = """## PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ

""" + pipes([
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["1", "Xây dựng bộ chỉ số đánh giá hoạt động thư viện công cộng", "Cục Văn hóa cơ sở, Gia đình và Thư viện", "Vụ Pháp chế; Vụ Kế hoạch, Tài chính", "Quý II/2026"],
    ["2", "Số hóa hồ sơ di tích quốc gia đặc biệt", "Cục Di sản văn hóa", "Trung tâm Công nghệ thông tin; Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố", "Năm 2026"],
    ["3", "Sản xuất chương trình quảng bá văn hóa trên nền tảng số", "Cục Phát thanh, truyền hình và thông tin điện tử", "Cục Du lịch Quốc gia Việt Nam", "Năm 2026"],
    ["4", "Bố trí kinh phí thực hiện Kế hoạch", "Vụ Kế hoạch, Tài chính", "Văn phòng Bộ", "Hằng năm"],
])
text09 = f"""{repo_header('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', '845/QĐ-BVHTTDL', 'Hà Nội, ngày 05 tháng 3 năm 2026')}

# QUYẾT ĐỊNH

## Ban hành Kế hoạch chuyển đổi số ngành văn hóa năm 2026

**BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH**

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số ngành văn hóa năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

---

# KẾ HOẠCH

## I. MỤC ĐÍCH, YÊU CẦU

Đẩy mạnh ứng dụng công nghệ số trong quản lý và cung cấp dịch vụ văn hóa.

## II. NHIỆM VỤ

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch.

## III. TỔ CHỨC THỰC HIỆN

Giao Trung tâm Công nghệ thông tin chủ trì, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Lãnh đạo Bộ.

{annex09}
"""
case("09", text09,
     units=[
         E("Chánh Văn phòng Bộ"), E("Vụ trưởng Vụ Kế hoạch, Tài chính"), E("Thủ trưởng các cơ quan, đơn vị có liên quan", optional=True),
         L("Trung tâm Công nghệ thông tin"), M("Trung tâm Công nghệ thông tin"), R("Lãnh đạo Bộ"),
         L("Cục Văn hóa cơ sở, Gia đình và Thư viện"), C("Vụ Pháp chế"), C("Vụ Kế hoạch, Tài chính"),
         L("Cục Di sản văn hóa"), C("Trung tâm Công nghệ thông tin"),
         C("Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố"),
         L("Cục Phát thanh, truyền hình và thông tin điện tử"), C("Cục Du lịch Quốc gia Việt Nam"),
         L("Vụ Kế hoạch, Tài chính"), C("Văn phòng Bộ"),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="ministry departments whose names hold a comma, in cells and in Điều 3")

# =====================================================================================
# B. TVPL one-cell annexes of Government and Prime Minister's documents
# =====================================================================================

b, u, s = std_body_tvpl("Bộ Khoa học và Công nghệ")
annex10 = """**PHỤ LỤC**

DANH MỤC NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG
*(Kèm theo Nghị quyết số 102/NQ-CP ngày 24 tháng 7 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    group("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    ["1", "Xây dựng Luật sửa đổi, bổ sung một số điều\ncủa Luật Chuyển giao công nghệ", "Bộ Khoa học và Công nghệ", "Bộ Tư pháp, Bộ Công an, các bộ, ngành,\nđịa phương", "Năm 2027", "Luật được Quốc hội\nthông qua"],
    ["2", "Ban hành cơ chế thử nghiệm có kiểm soát\ncho công nghệ tài chính", "Ngân hàng Nhà nước Việt Nam", "Bộ Tài chính; Bộ Khoa học và Công\nnghệ; Bộ Công an", "Quý IV/2026", "Nghị định"],
    group("II", "PHÁT TRIỂN NGUỒN NHÂN LỰC"),
    ["3", "Đề án thu hút chuyên gia, nhà khoa học\nngười Việt Nam ở nước ngoài", "Bộ Khoa học và Công nghệ", "Bộ Ngoại giao, Bộ Nội vụ, Bộ Công an", "Năm 2026", "Quyết định của Thủ tướng\nChính phủ"],
    ["4", "Đào tạo nhân lực trình độ cao trong lĩnh\nvực trí tuệ nhân tạo", "Bộ Giáo dục và Đào tạo", "Đại học Quốc gia Hà Nội, Đại học Quốc\ngia Thành phố Hồ Chí Minh", "2026 - 2030", "Chương trình đào tạo"],
])
case("10", nqcp_tvpl("102/NQ-CP", "Hà Nội, ngày 24 tháng 7 năm 2026",
                     "VỀ ĐỔI MỚI SÁNG TẠO QUỐC GIA", b, annex10),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Khoa học và Công nghệ"), C("Bộ Tư pháp"), C("Bộ Công an"), C("các bộ, ngành, địa phương", optional=True),
         L("Ngân hàng Nhà nước Việt Nam"), C("Bộ Tài chính"), C("Bộ Khoa học và Công nghệ"),
         C("Bộ Ngoại giao"), C("Bộ Nội vụ"),
         L("Bộ Giáo dục và Đào tạo"), C("Đại học Quốc gia Hà Nội"), C("Đại học Quốc gia Thành phố Hồ Chí Minh"),
     ],
     sections=s, note="baseline NQ-CP one-cell annex, group rows by area, names wrapped in cells")

# ---- 11: p037-like: lead column first, group rows naming the lead ministry, later rows short, a Chỉ tiêu column
annex11 = """**PHỤ LỤC I**

BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ QUẢN LÝ
CHẤT THẢI RẮN GIAI ĐOẠN 2026 - 2030
*(Kèm theo Quyết định số 1186/QĐ-TTg ngày 18 tháng 8 năm 2026 của Thủ tướng
Chính phủ)*

""" + onecell([
    ["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nội dung nhiệm\nvụ", "Chỉ tiêu đạt được", "Thời hạn hoàn thành"],
    group("A.", "BỘ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG"),
    ["1", "Bộ Nông nghiệp và Môi trường", "- Bộ Xây dựng;\n- Bộ Y tế;\n- UBND các tỉnh, thành phố.",
     "- Hướng dẫn phân loại chất thải rắn sinh hoạt\ntại nguồn.", "- Ít nhất 80% hộ gia đình đô thị thực hiện\nphân loại chất thải tại nguồn.", "Giai đoạn 2026 - 2028"],
    ["- Xây dựng cơ sở dữ liệu quốc gia về chất\nthải rắn.", "- 100% tỉnh, thành phố cập nhật dữ liệu\nvào hệ thống.", "Năm 2027"],
    group("B.", "BỘ XÂY DỰNG"),
    ["2", "Bộ Xây dựng", "- Bộ Nông nghiệp và Môi trường;\n- Bộ Tài chính.",
     "- Rà soát quy hoạch khu xử lý chất thải rắn\nliên vùng.", "- Hình thành tối thiểu 06 khu xử lý chất\nthải rắn liên vùng.", "Năm 2030"],
])
body11 = """**I. MỤC TIÊU**

Nâng cao hiệu quả quản lý chất thải rắn; hạn chế tối đa chôn lấp trực tiếp.

**II. NHIỆM VỤ, GIẢI PHÁP**

Phân công tại Phụ lục I kèm theo Kế hoạch này.

**III. TỔ CHỨC THỰC HIỆN**

Bộ Nông nghiệp và Môi trường là cơ quan đầu mối, theo dõi, đôn đốc, tổng hợp tình hình
thực hiện Kế hoạch, báo cáo Thủ tướng Chính phủ."""
case("11", qdttg_tvpl("1186/QĐ-TTg", "Hà Nội, ngày 18 tháng 8 năm 2026",
                      "HÀNH ĐỘNG QUỐC GIA VỀ QUẢN LÝ CHẤT THẢI RẮN GIAI ĐOẠN 2026 - 2030", body11, annex11),
     units=QD_DIEU3_UNITS + [
         L("Bộ Nông nghiệp và Môi trường"), M("Bộ Nông nghiệp và Môi trường"), R("Thủ tướng Chính phủ"),
         C("Bộ Xây dựng"), C("Bộ Y tế"), C("UBND các tỉnh, thành phố"),
         L("Bộ Xây dựng"), C("Bộ Nông nghiệp và Môi trường"), C("Bộ Tài chính"),
     ],
     targets=[
         T(80, "%", ["hộ gia đình đô thị", "phân loại"], "2028"),
         T(100, "%", ["tỉnh, thành phố", "cập nhật dữ liệu"], "2027"),
         T(6, "khu xử lý chất thải rắn liên vùng", ["khu xử lý chất thải rắn"], "2030"),
     ],
     sections=SEC3[:1] + [("II", "NHIỆM VỤ, GIẢI PHÁP"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="p037-like: lead column first, ministry group rows, a later row with only task/aim/deadline, aims in a Chỉ tiêu column")

# ---- 12: ministry (agriculture & environment) annex, department names with commas and lowercase words
annex12 = """**PHỤ LỤC**

NHIỆM VỤ CỤ THỂ CỦA CÁC ĐƠN VỊ THUỘC BỘ
*(Kèm theo Quyết định số 2210/QĐ-BNNMT ngày 11 tháng 6 năm 2026 của Bộ trưởng
Bộ Nông nghiệp và Môi trường)*

""" + onecell([
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Cập nhật bản đồ phân vùng rủi ro thiên\ntai cấp tỉnh", "Cục Quản lý đê điều và\nPhòng, chống thiên tai", "Viện Khoa học Thủy lợi Việt Nam; Cục\nKhí tượng Thủy văn", "Quý III/2026"],
    ["2", "Xây dựng hướng dẫn kiểm kê khí nhà kính\ncấp cơ sở", "Cục Biến đổi khí hậu", "Vụ Khoa học và Công nghệ; Viện Chiến\nlược, Chính sách nông nghiệp và môi\ntrường", "Năm 2026"],
    ["3", "Quan trắc chất lượng nước các lưu vực\nsông liên tỉnh", "Cục Kiểm soát ô nhiễm môi trường", "Cục Quản lý tài nguyên nước", "Hằng năm"],
    ["4", "Thanh tra việc chấp hành pháp luật về bảo\nvệ môi trường tại các khu công nghiệp", "Thanh tra Bộ", "Cục Kiểm soát ô nhiễm môi trường", "Năm 2026"],
    ["5", "Tổng hợp, đánh giá kết quả thực hiện", "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Tháng 12/2026"],
])
body12 = """**I. MỤC ĐÍCH, YÊU CẦU**

Triển khai kịp thời, hiệu quả các nhiệm vụ được Chính phủ giao năm 2026.

**II. NHIỆM VỤ CỤ THỂ**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao;
định kỳ hằng quý báo cáo kết quả về Văn phòng Bộ để tổng hợp, báo cáo Bộ trưởng."""
case("12", ministry_tvpl("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bộ Nông nghiệp và Môi trường", "2210/QĐ-BNNMT",
                         "Hà Nội, ngày 11 tháng 6 năm 2026", "THỰC HIỆN NHIỆM VỤ CHÍNH PHỦ GIAO NĂM 2026",
                         body12, annex12,
                         "Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết\nđịnh này./."),
     units=[
         E("Chánh Văn phòng Bộ"), E("Thủ trưởng các đơn vị thuộc Bộ"),
         R("Văn phòng Bộ"), R("Bộ trưởng"),
         L("Cục Quản lý đê điều và Phòng, chống thiên tai"), C("Viện Khoa học Thủy lợi Việt Nam"), C("Cục Khí tượng Thủy văn"),
         L("Cục Biến đổi khí hậu"), C("Vụ Khoa học và Công nghệ"), C("Viện Chiến lược, Chính sách nông nghiệp và môi trường"),
         L("Cục Kiểm soát ô nhiễm môi trường"), C("Cục Quản lý tài nguyên nước"),
         L("Thanh tra Bộ"), C("Cục Kiểm soát ô nhiễm môi trường"),
         L("Văn phòng Bộ"), C("Các đơn vị thuộc Bộ"),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="ministry departments (Cục, Vụ, Viện, Thanh tra Bộ, Văn phòng Bộ), commas inside names, wrapped cells")

# ---- 13: list of legal documents: Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Cấp ban hành | Thời hạn trình
annex13 = """**PHỤ LỤC**

DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT
*(Kèm theo Quyết định số 1302/QĐ-TTg ngày 04 tháng 9 năm 2026 của Thủ tướng Chính phủ)*

""" + onecell([
    ["STT", "Tên văn bản", "Cơ quan chủ trì\nsoạn thảo", "Cơ quan phối hợp", "Cấp ban hành", "Thời hạn trình"],
    ["1", "Nghị định quy định chi tiết về đăng ký\nphương tiện giao thông", "Bộ Công an", "Bộ Xây dựng; Bộ Tư pháp", "Chính phủ", "Tháng 10/2026"],
    ["2", "Thông tư quy định về đào tạo, sát hạch\ngiấy phép lái xe", "Bộ Công an", "Bộ Giáo dục và Đào tạo", "Bộ trưởng Bộ Công an", "Tháng 11/2026"],
    ["3", "Quyết định phê duyệt Đề án phát triển\nhạ tầng trạm sạc", "Bộ Công Thương", "Bộ Xây dựng; Tập đoàn Điện lực Việt\nNam", "Thủ tướng Chính phủ", "Tháng 12/2026"],
])
body13 = """**I. MỤC ĐÍCH, YÊU CẦU**

Xác định cụ thể danh mục văn bản quy định chi tiết, cơ quan chủ trì soạn thảo và thời hạn
trình ban hành.

**II. NỘI DUNG**

Danh mục văn bản quy định chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Bộ Tư pháp theo dõi, đôn đốc việc soạn thảo, ban hành văn bản quy định chi tiết; Văn phòng
Chính phủ phối hợp với Bộ Tư pháp kiểm tra tiến độ trình."""
case("13", qdttg_tvpl("1302/QĐ-TTg", "Hà Nội, ngày 04 tháng 9 năm 2026",
                      "TRIỂN KHAI THI HÀNH LUẬT TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ (SỬA ĐỔI)", body13, annex13),
     units=QD_DIEU3_UNITS + [
         M("Bộ Tư pháp"), E("Bộ Tư pháp", optional=True), C("Văn phòng Chính phủ"), C("Bộ Tư pháp", optional=True),
         M("Văn phòng Chính phủ", optional=True),
         L("Bộ Công an"), C("Bộ Xây dựng"), C("Bộ Tư pháp"), C("Bộ Giáo dục và Đào tạo"),
         L("Bộ Công Thương"), C("Tập đoàn Điện lực Việt Nam"),
         E("Chính phủ", optional=True), E("Bộ trưởng Bộ Công an", optional=True), E("Thủ tướng Chính phủ", optional=True),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="legislative list: 'Cơ quan chủ trì soạn thảo' header wrapped, 'Cấp ban hành' column (optional)")

# ---- 14: central bodies with lowercase words in their names
b, u, s = std_body_tvpl("Bộ Nội vụ")
annex14 = """**PHỤ LỤC**

NHIỆM VỤ CỤ THỂ
*(Kèm theo Nghị quyết số 118/NQ-CP ngày 21 tháng 8 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    ["1", "Sắp xếp, kiện toàn tổ chức bộ máy các cơ\nquan tư pháp địa phương", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao; Bộ\nNội vụ", "Năm 2026", "Đề án"],
    ["2", "Kiểm toán việc quản lý, sử dụng vốn nhà\nnước tại doanh nghiệp", "Kiểm toán nhà nước", "Ủy ban Quản lý vốn nhà nước tại\ndoanh nghiệp", "Năm 2027", "Báo cáo kiểm toán"],
    ["3", "Thanh tra trách nhiệm thực hiện pháp luật\nvề phòng, chống tham nhũng", "Thanh tra Chính phủ", "Ban Cơ yếu Chính phủ; Bảo hiểm xã hội\nViệt Nam", "Năm 2026", "Kết luận thanh tra"],
    ["4", "Tuyên truyền về cải cách tổ chức bộ máy", "Thông tấn xã Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt\nNam; Hội Nhà báo Việt Nam", "Thường xuyên", "Tin, bài"],
])
case("14", nqcp_tvpl("118/NQ-CP", "Hà Nội, ngày 21 tháng 8 năm 2026",
                     "VỀ TIẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁY", b, annex14),
     units=QD_DIEU3_UNITS + u + [
         L("Tòa án nhân dân tối cao"), C("Viện kiểm sát nhân dân tối cao"), C("Bộ Nội vụ"),
         L("Kiểm toán nhà nước"), C("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"),
         L("Thanh tra Chính phủ"), C("Ban Cơ yếu Chính phủ"), C("Bảo hiểm xã hội Việt Nam"),
         L("Thông tấn xã Việt Nam"), C("Viện Hàn lâm Khoa học xã hội Việt Nam"), C("Hội Nhà báo Việt Nam"),
     ],
     sections=s, note="central bodies whose names hold lowercase words; tasks opening with 'Kiểm toán', 'Thanh tra'")

# ---- 15: Sản phẩm column naming bodies; Thời gian before the unit columns; 'Chủ trì thực hiện' headers
b, u, s = std_body_tvpl("Bộ Tài chính")
annex15 = """**PHỤ LỤC**

NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG
*(Kèm theo Nghị quyết số 121/NQ-CP ngày 28 tháng 8 năm 2026 của Chính phủ)*

""" + onecell([
    ["TT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"],
    ["1", "Sửa đổi quy định về phân cấp quản lý ngân\nsách", "Nghị định của Chính phủ", "Quý II/2027", "Bộ Tài chính", "Bộ Tư pháp; Kiểm toán nhà nước"],
    ["2", "Đánh giá tình hình thực hiện dự toán ngân\nsách nhà nước", "Báo cáo Thủ tướng Chính phủ", "Hằng năm", "Bộ Tài chính", "Các bộ, cơ quan trung ương"],
    ["3", "Hướng dẫn quản lý quỹ tài chính ngoài ngân\nsách", "Thông tư của Bộ trưởng Bộ Tài\nchính", "Năm 2026", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"],
    ["4", "Xây dựng cơ sở dữ liệu về nợ công", "Hệ thống được vận hành", "Năm 2027", "Bộ Tài chính", "Bộ Công an; Ngân hàng Phát triển Việt\nNam"],
])
case("15", nqcp_tvpl("121/NQ-CP", "Hà Nội, ngày 28 tháng 8 năm 2026",
                     "VỀ THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ NĂM 2026", b, annex15),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Tài chính"), C("Bộ Tư pháp"), C("Kiểm toán nhà nước"), C("Các bộ, cơ quan trung ương"),
         C("Ngân hàng Nhà nước Việt Nam"), C("Bộ Công an"), C("Ngân hàng Phát triển Việt Nam"),
     ],
     sections=s, note="Sản phẩm and deadline before the unit columns; 'Chủ trì thực hiện' / 'Phối hợp thực hiện'")

# ---- 16: ministry: 'Lãnh đạo Bộ phụ trách' column and a spanning 'Trách nhiệm thực hiện' header over Chủ trì | Phối hợp
annex16 = """**PHỤ LỤC**

PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH
*(Kèm theo Quyết định số 3015/QĐ-BCT ngày 02 tháng 10 năm 2026 của Bộ trưởng Bộ
Công Thương)*

""" + onecell([
    ["TT", "Nhiệm vụ", "Lãnh đạo Bộ\nphụ trách", "Trách nhiệm thực hiện", "Thời hạn"],
    ["Chủ trì", "Phối hợp"],
    ["1", "Xây dựng Đề án phát triển thị trường\nthương mại điện tử xuyên biên giới", "Thứ trưởng Phan Đức Khang", "Cục Thương mại điện tử và\nKinh tế số", "Vụ Pháp chế; Cục Xúc tiến thương\nmại", "Quý IV/2026"],
    ["2", "Rà soát quy định về kiểm soát hàng hóa\nnhập khẩu", "Thứ trưởng Phan Đức Khang", "Cục Xuất nhập khẩu", "Cục Quản lý và Phát triển thị\ntrường trong nước", "Năm 2026"],
    ["3", "Tổng hợp, báo cáo kết quả thực hiện", "Thứ trưởng Vũ Thị Mai Hoa", "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Tháng 12/2026"],
], header_rows=2)
body16 = """**I. MỤC ĐÍCH, YÊU CẦU**

Phân công cụ thể các đơn vị thuộc Bộ triển khai nhiệm vụ năm 2026.

**II. NHIỆM VỤ**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng Bộ theo dõi, đôn đốc, tổng hợp, báo cáo Bộ trưởng kết quả thực hiện."""
case("16", ministry_tvpl("BỘ CÔNG THƯƠNG", "Bộ Công Thương", "3015/QĐ-BCT", "Hà Nội, ngày 02 tháng 10 năm 2026",
                         "THỰC HIỆN NHIỆM VỤ VỀ PHÁT TRIỂN THƯƠNG MẠI NĂM 2026", body16, annex16,
                         "Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết\nđịnh này./."),
     units=[
         E("Chánh Văn phòng Bộ"), E("Thủ trưởng các đơn vị thuộc Bộ"),
         M("Văn phòng Bộ"), R("Bộ trưởng"), E("Văn phòng Bộ", optional=True),
         M("Thứ trưởng Phan Đức Khang", optional=True), M("Thứ trưởng Vũ Thị Mai Hoa", optional=True),
         E("Thứ trưởng Phan Đức Khang", optional=True), E("Thứ trưởng Vũ Thị Mai Hoa", optional=True),
         L("Cục Thương mại điện tử và Kinh tế số"), C("Vụ Pháp chế"), C("Cục Xúc tiến thương mại"),
         L("Cục Xuất nhập khẩu"), C("Cục Quản lý và Phát triển thị trường trong nước"),
         L("Văn phòng Bộ"), C("Các đơn vị thuộc Bộ"),
     ],
     sections=[("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="'Lãnh đạo Bộ phụ trách' column of deputy ministers, two-row header 'Trách nhiệm thực hiện' > Chủ trì | Phối hợp")

# ---- 17: 'Các Bộ: Công an, Quốc phòng, Ngoại giao' expansions in cells
b, u, s = std_body_tvpl("Bộ Ngoại giao")
annex17 = """**PHỤ LỤC**

NHIỆM VỤ CỦA CÁC BỘ, NGÀNH
*(Kèm theo Nghị quyết số 130/NQ-CP ngày 15 tháng 9 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    ["1", "Xây dựng cơ chế phối hợp bảo hộ công dân\nở nước ngoài", "Bộ Ngoại giao", "Các Bộ: Công an, Quốc phòng, Nội vụ", "Năm 2026", "Quy chế phối hợp"],
    ["2", "Đàm phán điều ước quốc tế về tương trợ tư\npháp", "Bộ Tư pháp", "Các bộ: Ngoại giao, Công an", "2026 - 2028", "Điều ước quốc tế"],
    ["3", "Quản lý người lao động Việt Nam làm việc ở\nnước ngoài", "Bộ Nội vụ", "Bộ Ngoại giao, Công an", "Thường xuyên", "Báo cáo"],
])
case("17", nqcp_tvpl("130/NQ-CP", "Hà Nội, ngày 15 tháng 9 năm 2026",
                     "VỀ CÔNG TÁC NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI", b, annex17),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Ngoại giao"), C("Bộ Công an"), C("Bộ Quốc phòng"), C("Bộ Nội vụ"),
         L("Bộ Tư pháp"), C("Bộ Ngoại giao"),
         L("Bộ Nội vụ"),
     ],
     sections=s, note="'Các Bộ: A, B, C' and 'Bộ Ngoại giao, Công an' (one shared head) in coordinate cells")

# ---- 18: qualifier tails without brackets in cells
b, u, s = std_body_tvpl("Bộ Công Thương")
annex18 = """**PHỤ LỤC**

NHIỆM VỤ CỤ THỂ
*(Kèm theo Nghị quyết số 133/NQ-CP ngày 22 tháng 9 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    ["1", "Phát triển chuỗi cung ứng linh kiện điện tử", "Bộ Công Thương", "Bộ Khoa học và Công nghệ theo chức\nnăng, nhiệm vụ được giao", "Năm 2027", "Đề án"],
    ["2", "Ưu đãi thuế cho doanh nghiệp công nghiệp\nhỗ trợ", "Bộ Tài chính", "Bộ Công Thương và các bộ, cơ quan có\nliên quan", "Năm 2026", "Nghị định"],
    ["3", "Hỗ trợ doanh nghiệp tham gia chuỗi giá trị\ntoàn cầu", "Các bộ, ngành theo lĩnh vực quản lý", "Phòng Thương mại và Công nghiệp Việt\nNam", "Thường xuyên", "Chương trình hỗ trợ"],
])
case("18", nqcp_tvpl("133/NQ-CP", "Hà Nội, ngày 22 tháng 9 năm 2026",
                     "VỀ PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ", b, annex18),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ Công Thương"), C("Bộ Khoa học và Công nghệ"),
         L("Bộ Tài chính"), C("Bộ Công Thương"),
         L("Các bộ, ngành", printed_as=["Các bộ, ngành theo lĩnh vực quản lý"]),
         C("Phòng Thương mại và Công nghiệp Việt Nam"),
     ],
     sections=s, note="qualifier tails without brackets ('theo chức năng, nhiệm vụ được giao', 'theo lĩnh vực quản lý')")

# ---- 19: state groups and associations
b, u, s = std_body_tvpl("Bộ Công Thương")
annex19 = """**PHỤ LỤC**

DANH MỤC NHIỆM VỤ
*(Kèm theo Nghị quyết số 140/NQ-CP ngày 06 tháng 10 năm 2026 của Chính phủ)*

""" + onecell([
    HDR6,
    ["1", "Đầu tư lưới điện truyền tải 500 kV mạch 4", "Tập đoàn Điện lực Việt Nam", "Tổng công ty Truyền tải điện Quốc gia;\nỦy ban nhân dân các tỉnh có dự án đi\nqua", "Năm 2028", "Công trình hoàn thành"],
    ["2", "Phát triển hạ tầng cáp quang biển quốc tế", "Tập đoàn Công nghiệp - Viễn thông Quân\nđội", "Tổng công ty Bưu điện Việt Nam; Hiệp\nhội Phần mềm và Dịch vụ công nghệ\nthông tin Việt Nam", "Năm 2027", "Tuyến cáp được đưa vào khai thác"],
    ["3", "Thúc đẩy doanh nghiệp tham gia thị trường\ncarbon", "Liên đoàn Thương mại và Công nghiệp\nViệt Nam", "Hội Doanh nghiệp trẻ Việt Nam; Các\nhiệp hội ngành hàng", "Thường xuyên", "Hội nghị, diễn đàn"],
])
case("19", nqcp_tvpl("140/NQ-CP", "Hà Nội, ngày 06 tháng 10 năm 2026",
                     "VỀ PHÁT TRIỂN HẠ TẦNG CHIẾN LƯỢC", b, annex19),
     units=QD_DIEU3_UNITS + u + [
         L("Tập đoàn Điện lực Việt Nam"), C("Tổng công ty Truyền tải điện Quốc gia"),
         C("Ủy ban nhân dân các tỉnh có dự án đi qua"),
         L("Tập đoàn Công nghiệp - Viễn thông Quân đội"), C("Tổng công ty Bưu điện Việt Nam"),
         C("Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin Việt Nam"),
         L("Liên đoàn Thương mại và Công nghiệp Việt Nam"), C("Hội Doanh nghiệp trẻ Việt Nam"), C("Các hiệp hội ngành hàng"),
     ],
     sections=s, note="state groups, corporations and associations in cells; '500 kV' in a task")

# ---- 20: abbreviated ministries in cells (pipes, as some legal-database pages give them)
b, u, s = std_body_tvpl("Bộ Văn hóa, Thể thao và Du lịch")
annex20 = """**PHỤ LỤC**

PHÂN CÔNG NHIỆM VỤ
*(Kèm theo Nghị quyết số 144/NQ-CP ngày 13 tháng 10 năm 2026 của Chính phủ)*

""" + pipes([
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
    ["1", "Đưa nội dung giáo dục di sản vào nhà trường", "Bộ GDĐT", "Bộ VHTTDL", "2026-2027"],
    ["2", "Bảo tồn làng nghề truyền thống", "Bộ NNMT", "Bộ VHTTDL; UBND các tỉnh, thành phố trực thuộc TW", "2026-2030"],
    ["3", "Phát triển công nghiệp văn hóa số", "Bộ VHTTDL", "Bộ KHCN; TTXVN; BHXHVN", "2027"],
])
case("20", nqcp_tvpl("144/NQ-CP", "Hà Nội, ngày 13 tháng 10 năm 2026",
                     "VỀ PHÁT TRIỂN VĂN HÓA", b, annex20),
     units=QD_DIEU3_UNITS + u + [
         L("Bộ GDĐT"), C("Bộ VHTTDL"),
         L("Bộ NNMT"), C("UBND các tỉnh, thành phố trực thuộc TW"),
         L("Bộ VHTTDL", optional=True), C("Bộ KHCN"), C("TTXVN"), C("BHXHVN"),
     ],
     sections=s, note="abbreviated ministries without '&' (Bộ GDĐT, Bộ VHTTDL, Bộ NNMT, Bộ KHCN), 'trực thuộc TW'")

# ---- 21: education ministry departments, one-cell
annex21 = """**PHỤ LỤC**

PHÂN CÔNG THỰC HIỆN
*(Kèm theo Quyết định số 2650/QĐ-BGDĐT ngày 17 tháng 8 năm 2026 của Bộ trưởng Bộ
Giáo dục và Đào tạo)*

""" + onecell([
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Hướng dẫn công tác tư vấn tâm lý cho\nhọc sinh", "Vụ Giáo dục Chính trị và Công tác\nhọc sinh, sinh viên", "Vụ Giáo dục Trung học; Các sở giáo\ndục và đào tạo", "Tháng 9/2026"],
    ["2", "Bồi dưỡng giáo viên dạy môn Tin học", "Cục Nhà giáo và Cán bộ quản lý giáo\ndục", "Các đại học, học viện, trường đại học", "Năm học 2026 - 2027"],
    ["3", "Tổ chức kỳ thi đánh giá năng lực quốc gia", "Cục Khảo thí và Kiểm định chất lượng\ngiáo dục", "Cục Công nghệ thông tin", "Tháng 6/2027"],
])
body21 = """**I. MỤC ĐÍCH**

Triển khai các nhiệm vụ trọng tâm năm học 2026 - 2027.

**II. NHIỆM VỤ**

Tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng Bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính theo dõi, đôn đốc việc thực hiện."""
case("21", ministry_tvpl("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ Giáo dục và Đào tạo", "2650/QĐ-BGDĐT",
                         "Hà Nội, ngày 17 tháng 8 năm 2026", "TRIỂN KHAI NHIỆM VỤ NĂM HỌC 2026 - 2027",
                         body21, annex21,
                         "Chánh Văn phòng, Vụ trưởng Vụ Giáo dục Trung học, Thủ trưởng các đơn vị có liên quan\nthuộc Bộ chịu trách nhiệm thi hành Quyết định này./."),
     units=[
         E("Chánh Văn phòng"), E("Vụ trưởng Vụ Giáo dục Trung học"),
         E("Thủ trưởng các đơn vị có liên quan thuộc Bộ", optional=True),
         L("Văn phòng Bộ"), C("Vụ Kế hoạch - Tài chính"), M("Văn phòng Bộ"),
         M("Vụ Kế hoạch - Tài chính", optional=True),
         L("Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"), C("Vụ Giáo dục Trung học"),
         C("Các sở giáo dục và đào tạo"),
         L("Cục Nhà giáo và Cán bộ quản lý giáo dục"), C("Các đại học, học viện, trường đại học"),
         L("Cục Khảo thí và Kiểm định chất lượng giáo dục"), C("Cục Công nghệ thông tin"),
     ],
     sections=[("I", "MỤC ĐÍCH"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")],
     note="education departments with commas and lowercase words, a class with commas")

exec(open(Path(__file__).parent / 'gen2.py', encoding='utf-8').read())

for n, c in CASES.items():
    (OUT / f"{n}.txt").write_text(c["text"], encoding="utf-8")
    (OUT / f"{n}.expect.json").write_text(json.dumps(
        {k: c[k] for k in ("units", "targets", "sections", "note")}, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(CASES), "cases")
