"""Made-up provincial plans in the legal-database (TVPL) markdown style. All names invented."""

PROV = {
    "Lạc Sơn": "Đỗ Văn Thịnh",
    "Bình Khê": "Vũ Thị Thu Hà",
    "Kim Lâm": "Hoàng Minh Quân",
    "Tân Hải": "Lương Đức Anh",
}


def head(prov, number, symbol, date_text):
    up = prov.upper()
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
Số: {number}/{symbol}
|
*{prov}, {date_text}*
|
"""


def sign(prov):
    return f"""|
***Nơi nhận:***
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KT.
|
**TM. ỦY BAN NHÂN
DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**{PROV[prov]}**
|
"""


def body(prov, subject, lead, partner, aims_text):
    return f"""**I. MỤC ĐÍCH, YÊU CẦU**

1. Cụ thể hóa các định hướng phát triển {subject} của tỉnh; xác định các chỉ tiêu
theo từng năm làm căn cứ để các cơ quan, đơn vị tổ chức thực hiện.

2. Các chỉ tiêu phải sát với thực tiễn, có tính khả thi; phân công rõ trách nhiệm, thời gian
thực hiện.

**II. MỤC TIÊU**

1. Mục tiêu chung

Phát triển {subject} nhanh, bền vững; nâng cao năng lực cạnh tranh, đóng góp tích cực vào
tăng trưởng kinh tế của tỉnh.

2. Mục tiêu cụ thể

{aims_text}

**III. NHIỆM VỤ, GIẢI PHÁP**

1. Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phù hợp với điều kiện của tỉnh.

2. Tăng cường xúc tiến đầu tư, thương mại; kết nối cung cầu, mở rộng thị trường.

3. Đẩy mạnh ứng dụng khoa học, công nghệ và chuyển đổi số trong quản lý, sản xuất.

**IV. TỔ CHỨC THỰC HIỆN**

1. {lead}

Chủ trì, theo dõi triển khai Kế hoạch; định kỳ hằng năm tổng hợp kết quả thực hiện, báo cáo
Ủy ban nhân dân tỉnh.

2. {partner}

Theo chức năng, nhiệm vụ được giao, triển khai các nội dung của Kế hoạch thuộc lĩnh vực quản lý.

3. Ủy ban nhân dân các xã, phường

Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương và tổ chức thực hiện.
"""


def units(lead, partner):
    return [
        {"unit": lead, "roles": ["execute", "lead", "monitor"]},
        {"unit": partner, "roles": ["execute"]},
        {"unit": "Ủy ban nhân dân các xã, phường", "roles": ["execute"]},
        {"unit": "Ủy ban nhân dân tỉnh", "roles": ["report"]},
    ]


def plan(prov, number, date_text, date_short, title, subject, annex, lead="Sở Công Thương",
         partner="Sở Tài chính", in_aims=None):
    """A KẾ HOẠCH. annex: text put after the signature (PHỤ LỤC ...), or None; in_aims: text
    put under II.2 instead of the pointer to the annex."""
    aims = in_aims if in_aims is not None else "Các chỉ tiêu cụ thể tại Phụ lục kèm theo Kế hoạch này."
    annex_text = ""
    if annex:
        annex_text = "\n\n" + annex.replace("{REF}", f"*(Kèm theo Kế hoạch số {number}/KH-UBND ngày {date_short} của Ủy ban nhân dân tỉnh {prov})*")
    return (head(prov, number, "KH-UBND", date_text) + "\n**KẾ HOẠCH**\n\n" + title + "\n\n"
            + f"*Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;*\n\n"
            + f"*Căn cứ Quyết định số 1418/QĐ-UBND ngày 22/9/2025 của Ủy ban nhân dân tỉnh {prov} phê\n"
            + f"duyệt Đề án phát triển {subject} tỉnh {prov} giai đoạn 2026 - 2030;*\n\n"
            + f"Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện với các nội dung sau:\n\n"
            + body(prov, subject, lead, partner, aims) + "\n" + sign(prov) + annex_text + "\n")


def decision(prov, number, date_text, date_short, title, subject, annex, lead="Sở Công Thương",
             partner="Sở Tài chính", in_aims=None):
    """A QUYẾT ĐỊNH issuing a KẾ HOẠCH; the plan and then its annex follow the signature."""
    aims = in_aims if in_aims is not None else "Các chỉ tiêu cụ thể tại Phụ lục kèm theo Kế hoạch này."
    annex_text = ""
    if annex:
        annex_text = "\n\n" + annex.replace("{REF}", f"*(Kèm theo Kế hoạch ban hành tại Quyết định số {number}/QĐ-UBND ngày {date_short} của Ủy ban nhân dân tỉnh {prov})*")
    return (head(prov, number, "QĐ-UBND", date_text) + "\n**QUYẾT ĐỊNH**\n\n"
            + f"**Ban hành Kế hoạch {title[0].lower() + title[1:]}**\n\n"
            + f"**ỦY BAN NHÂN DÂN TỈNH {prov.upper()}**\n\n"
            + "*Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;*\n\n"
            + f"*Theo đề nghị của Giám đốc {lead} tại Tờ trình số 406/TTr-SCT ngày 10/11/2025.*\n\n"
            + "**QUYẾT ĐỊNH:**\n\n"
            + f"**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {title[0].lower() + title[1:]}.\n\n"
            + "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n"
            + f"**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc {lead}; Giám đốc {partner};\n"
            + "Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm\n"
            + "thi hành Quyết định này./.\n\n"
            + sign(prov) + "\n\n**KẾ HOẠCH**\n\n" + title + "\n\n"
            + f"*(Kèm theo Quyết định số {number}/QĐ-UBND ngày {date_short} của Ủy ban nhân dân tỉnh {prov})*\n\n"
            + body(prov, subject, lead, partner, aims) + annex_text + "\n")


def decision_units(lead, partner):
    return units(lead, partner) + [
        {"unit": "Chánh Văn phòng Ủy ban nhân dân tỉnh", "roles": ["execute"]},
        {"unit": "Giám đốc " + lead, "roles": ["execute"], "alt": [lead]},
        {"unit": "Giám đốc " + partner, "roles": ["execute"], "alt": [partner]},
        {"unit": "Chủ tịch Ủy ban nhân dân các xã, phường", "roles": ["execute"],
         "alt": ["Ủy ban nhân dân các xã, phường"]},
    ]
