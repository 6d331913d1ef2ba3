"""A made-up provincial KẾ HOẠCH in the legal-database (TVPL) markdown style, with an annex table
after the signature. Everything here is invented."""

PROVINCES = {
    "Hà Lâm": ("Hà Lâm", "Trần Văn Khải"),
    "Phú Sơn": ("Phú Sơn", "Nguyễn Thị Hồng Vân"),
    "Tây Lĩnh": ("Tây Lĩnh", "Lê Quang Đạt"),
    "Đông Khê": ("Đông Khê", "Phạm Minh Tuấn"),
}


def plan(province, number, date_text, date_short, title_lines, subject, annex_title_lines, table,
         caption=None, note=None, lead="Sở Công Thương", partner="Sở Nông nghiệp và Môi trường"):
    place, signer = PROVINCES[province]
    up = province.upper()
    title = "\n".join(title_lines)
    annex_title = "\n".join(annex_title_lines)
    cap = f"\n*{caption}*\n" if caption else ""
    foot = f"\n{note}\n" if note else ""
    return f"""|
**ỦY BAN NHÂN DÂN
TỈNH {up}**
-------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}/KH-UBND
|
*{place}, {date_text}*
|

**KẾ HOẠCH**

{title}

*Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;*

*Căn cứ Quyết định số 1742/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh {place} phê
duyệt Đề án phát triển {subject} tỉnh {place} giai đoạn 2026 - 2030;*

Theo đề nghị của {lead} tại Tờ trình số 318/TTr-SCT ngày 28/11/2025, Ủy ban nhân dân
tỉnh ban hành Kế hoạch với các nội dung như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Mục đích

Cụ thể hóa các định hướng phát triển {subject} của tỉnh; xác định rõ các chỉ tiêu
về sản lượng, giá trị của từng mặt hàng theo từng năm làm căn cứ để các cơ quan, đơn vị
triển khai thực hiện.

2. Yêu cầu

Các chỉ tiêu phải sát với thực tiễn, có tính khả thi; phân công rõ trách nhiệm, thời gian
thực hiện.

**II. MỤC TIÊU**

1. Mục tiêu chung

Nâng cao chất lượng, giá trị gia tăng và sức cạnh tranh của các sản phẩm chủ lực; mở rộng
thị trường, từng bước xây dựng thương hiệu sản phẩm của tỉnh.

2. Mục tiêu cụ thể

Các chỉ tiêu cụ thể theo từng năm tại Phụ lục kèm theo Kế hoạch này.

**III. NHIỆM VỤ, GIẢI PHÁP**

1. Hoàn thiện cơ chế, chính sách hỗ trợ sản xuất, chế biến và tiêu thụ sản phẩm.

2. Đẩy mạnh xúc tiến thương mại, kết nối cung cầu, phát triển thị trường trong và ngoài nước.

3. Hỗ trợ doanh nghiệp, hợp tác xã ứng dụng khoa học công nghệ, truy xuất nguồn gốc sản phẩm.

**IV. TỔ CHỨC THỰC HIỆN**

1. {lead}

Chủ trì triển khai Kế hoạch; hằng năm tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân
dân tỉnh.

2. {partner}

Hướng dẫn các địa phương tổ chức sản xuất theo vùng nguyên liệu tập trung, bảo đảm nguồn
hàng đạt tiêu chuẩn.

3. Ủy ban nhân dân các xã, phường

Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương và tổ chức thực hiện.

|
***Nơi nhận:***
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KT.
|
**TM. ỦY BAN NHÂN
DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**{signer}**
|


**PHỤ LỤC**

{annex_title}

*(Kèm theo Kế hoạch số {number}/KH-UBND ngày {date_short} của Ủy ban nhân dân tỉnh {place})*
{cap}
{table}
{foot}"""


def units(lead="Sở Công Thương", partner="Sở Nông nghiệp và Môi trường"):
    return [
        {"unit": lead, "roles": ["lead", "execute"]},
        {"unit": partner, "roles": ["execute"]},
        {"unit": "Ủy ban nhân dân các xã, phường", "roles": ["execute"]},
        {"unit": "Ủy ban nhân dân tỉnh", "roles": ["report"]},
    ]
