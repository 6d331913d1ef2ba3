"""Build cases/NN.txt and cases/NN.expect.json (review 21 / centralunits).
Expectations are written here with the text, before the program is run on a case."""
from __future__ import annotations

import json
from pathlib import Path

from render import md, tvpl, pdf, tvpl_header, md_header, pdf_header

HERE = Path(__file__).parent
CASES = HERE / "cases"
CASES.mkdir(exist_ok=True)


def U(unit, role, opt=False, printed_as=None, note=None):
    d = {"unit": unit, "role": role}
    if opt:
        d["optional"] = True
    if printed_as:
        d["printed_as"] = printed_as
    if note:
        d["note"] = note
    return d


def T(value, unit, words, deadline=None, kind="target", until=None, opt=False):
    d = {"value": value, "until": until, "unit": unit, "words": words, "deadline": deadline, "kind": kind}
    if opt:
        d["optional"] = True
    return d


def S(label, title):
    return {"label": label, "title": title}


# the Government's Điều 3 office-holders (execute); the SPEC asks one entry per office-holder
def gov_holders(with_ct=True, opt=False):
    out = [U("Bộ trưởng", "execute", opt, printed_as=["Các Bộ trưởng"]),
           U("Thủ trưởng cơ quan ngang bộ", "execute", opt),
           U("Thủ trưởng cơ quan thuộc Chính phủ", "execute", opt)]
    if with_ct:
        out.append(U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute", opt))
    return out


# the class 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ': its split is a known fault
# (review 20 tasktables 6), so every form is optional
def class_bo(role, opt=True):
    return [U("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", role, True),
            U("Các bộ", role, True), U("cơ quan ngang bộ", role, True),
            U("cơ quan thuộc Chính phủ", role, True)]


CASE = {}


def case(n, render, header, body, units, targets=(), sections=(), note=""):
    CASE[n] = dict(render=render, header=header, body=body, units=list(units),
                   targets=list(targets), sections=list(sections), note=note)


NQ_HDR_MD = md_header("CHÍNH PHỦ", "{num}", "Hà Nội, ngày {date}")
NQ_HDR_TV = tvpl_header("CHÍNH PHỦ", None, "{num}", "Hà Nội, ngày {date}")
TTG_HDR_TV = tvpl_header("THỦ TƯỚNG CHÍNH PHỦ", None, "{num}", "Hà Nội, ngày {date}")
TTG_HDR_MD = md_header("THỦ TƯỚNG CHÍNH PHỦ", "{num}", "Hà Nội, ngày {date}")


def nq_frame(num, date, title, prog_title, prog_num_date):
    """A Government resolution issuing an action programme: Điều 1-3, signature, programme head."""
    return [
        "T:NGHỊ QUYẾT",
        f"S:{title}",
        "T:CHÍNH PHỦ",
        "I:Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "T:QUYẾT NGHỊ:",
        f"A:Điều 1.|Ban hành kèm theo Nghị quyết này {prog_title}.",
        "A:Điều 2.|Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
        "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, "
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân "
        "có liên quan chịu trách nhiệm thi hành Nghị quyết này.",
        "SIG:TM. CHÍNH PHỦ/KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Đinh Quang Vĩnh",
        "T:CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "S:" + prog_title.upper().replace("CHƯƠNG TRÌNH HÀNH ĐỘNG ", ""),
        f"I:(Ban hành kèm theo Nghị quyết số {prog_num_date} của Chính phủ)",
    ]


# ---------------------------------------------------------------------------------------------
# 01 md: NQ-CP programme, the usual TCTH (baseline)
case("01", "md", NQ_HDR_MD.format(num="142/NQ-CP", date="14 tháng 8 năm 2026"),
     nq_frame("142/NQ-CP", "14/8/2026",
              "Ban hành Chương trình hành động của Chính phủ thực hiện Kết luận số 118-KL/TW của Bộ Chính trị về phát triển kinh tế biển",
              "Chương trình hành động của Chính phủ thực hiện Kết luận số 118-KL/TW của Bộ Chính trị về phát triển kinh tế biển",
              "142/NQ-CP ngày 14 tháng 8 năm 2026") + [
         "H:I. MỤC ĐÍCH, YÊU CẦU",
         "Xác định các nhiệm vụ chủ yếu để các bộ, ngành, địa phương tổ chức thực hiện thắng lợi Kết luận.",
         "H:II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
         "1. Hoàn thiện thể chế, chính sách về phát triển bền vững kinh tế biển.",
         "2. Phát triển kết cấu hạ tầng các vùng biển, ven biển.",
         "H:III. TỔ CHỨC THỰC HIỆN",
         "1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:",
         "a) Xây dựng, ban hành kế hoạch triển khai Chương trình hành động này trong Quý IV năm 2026.",
         "b) Định kỳ hằng năm, gửi báo cáo tình hình thực hiện về Bộ Nông nghiệp và Môi trường trước ngày 15 tháng 12 để tổng hợp, báo cáo Chính phủ.",
         "2. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng Chính phủ theo dõi, đôn đốc, kiểm tra việc thực hiện Chương trình hành động; tổ chức sơ kết vào năm 2028.",
         "3. Bộ Tài chính bố trí kinh phí thực hiện các nhiệm vụ theo quy định của pháp luật về ngân sách nhà nước.",
         "4. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội giám sát việc thực hiện Chương trình hành động.",
     ],
     gov_holders() + class_bo("execute") + [
         U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
         U("Bộ Nông nghiệp và Môi trường", "report"),
         U("Chính phủ", "report"),
         U("Bộ Nông nghiệp và Môi trường", "lead"),
         U("Bộ Nông nghiệp và Môi trường", "execute", opt=True),
         U("Bộ Nông nghiệp và Môi trường", "monitor"),
         U("Văn phòng Chính phủ", "coordinate"),
         U("Bộ Tài chính", "execute"),
         U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
         U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "monitor"),
         U("các tổ chức chính trị - xã hội", "execute"),
         U("các tổ chức chính trị - xã hội", "monitor"),
     ],
     sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 02 md: fronted adverbials before the subject of a TCTH item
case("02", "md", NQ_HDR_MD.format(num="77/NQ-CP", date="02 tháng 4 năm 2026"),
     nq_frame("77/NQ-CP", "02/4/2026",
              "Ban hành Chương trình hành động của Chính phủ về bảo đảm an ninh năng lượng quốc gia",
              "Chương trình hành động của Chính phủ về bảo đảm an ninh năng lượng quốc gia",
              "77/NQ-CP ngày 02 tháng 4 năm 2026") + [
         "H:I. MỤC TIÊU",
         "Bảo đảm vững chắc an ninh năng lượng quốc gia.",
         "H:II. NHIỆM VỤ, GIẢI PHÁP",
         "1. Đa dạng hóa nguồn cung năng lượng.",
         "H:III. TỔ CHỨC THỰC HIỆN",
         "1. Căn cứ chức năng, nhiệm vụ được giao, Bộ Quốc phòng, Bộ Công an xây dựng phương án bảo vệ các công trình năng lượng trọng điểm.",
         "2. Trước ngày 30 tháng 9 năm 2026, Bộ Công Thương trình Chính phủ dự thảo Nghị định về cơ chế dự trữ xăng dầu quốc gia.",
         "3. Trong Quý II năm 2027, Bộ Tư pháp hoàn thành việc rà soát các văn bản quy phạm pháp luật về năng lượng.",
         "4. Hằng năm, trước ngày 10 tháng 12, Ngân hàng Nhà nước Việt Nam gửi báo cáo về Bộ Công Thương để tổng hợp.",
         "5. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chương trình hành động.",
     ],
     gov_holders() + [
         U("Bộ Quốc phòng", "execute"), U("Bộ Công an", "execute"),
         U("Bộ Công Thương", "execute"), U("Bộ Tư pháp", "execute"),
         U("Ngân hàng Nhà nước Việt Nam", "execute"), U("Bộ Công Thương", "report"),
         U("Văn phòng Chính phủ", "monitor"), U("Văn phòng Chính phủ", "execute", opt=True),
         U("Chính phủ", "report", opt=True, note="trình Chính phủ"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 03 tvpl: QĐ-TTg approving an Đề án, Điều 2 tasks per ministry with colons; Điều 4 with Bộ trưởng, Chủ nhiệm VPCP
case("03", "tvpl", TTG_HDR_TV.format(num="1218/QĐ-TTg", date="22 tháng 7 năm 2026"), [
    "T:QUYẾT ĐỊNH",
    "S:PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN NGUỒN NHÂN LỰC NGÀNH ĐƯỜNG SẮT TỐC ĐỘ CAO ĐẾN NĂM 2035",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "I:Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
    "I:Theo đề nghị của Bộ trưởng Bộ Xây dựng.",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Phê duyệt Đề án phát triển nguồn nhân lực ngành đường sắt tốc độ cao đến năm 2035 với những nội dung chủ yếu sau:",
    "H:I. QUAN ĐIỂM",
    "Nguồn nhân lực là yếu tố quyết định thành công của các dự án đường sắt tốc độ cao.",
    "H:II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Đổi mới chương trình đào tạo.",
    "2. Hợp tác quốc tế về đào tạo.",
    "A:Điều 2.|Tổ chức thực hiện",
    "1. Bộ Xây dựng:",
    "a) Chủ trì, phối hợp với các bộ, cơ quan, địa phương tổ chức triển khai Đề án; hướng dẫn, kiểm tra việc thực hiện.",
    "b) Tổng hợp kết quả thực hiện, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 hằng năm.",
    "2. Bộ Giáo dục và Đào tạo:",
    "a) Chủ trì, phối hợp với Bộ Xây dựng xây dựng chuẩn chương trình đào tạo kỹ sư đường sắt tốc độ cao.",
    "b) Hướng dẫn các cơ sở giáo dục đại học mở mã ngành đào tạo mới.",
    "3. Bộ Tài chính: Bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.",
    "4. Bộ Ngoại giao: Phối hợp với Bộ Xây dựng vận động các đối tác nước ngoài hỗ trợ đào tạo.",
    "A:Điều 3.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 4.|Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Bộ trưởng các Bộ: Xây dựng, Giáo dục và Đào tạo, Tài chính, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Lương Hữu Thành",
], [
    U("Bộ Xây dựng", "execute"), U("Bộ Xây dựng", "lead"), U("Bộ Xây dựng", "monitor"),
    U("Thủ tướng Chính phủ", "report"),
    U("Bộ Giáo dục và Đào tạo", "execute"), U("Bộ Giáo dục và Đào tạo", "lead"),
    U("Bộ Xây dựng", "coordinate"),
    U("các cơ sở giáo dục đại học", "execute", opt=True, note="Hướng dẫn X mở: known family"),
    U("Bộ Tài chính", "execute"),
    U("Bộ Ngoại giao", "execute"), U("Bộ Ngoại giao", "coordinate"),
    U("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "execute"),
    U("Bộ trưởng Bộ Xây dựng", "execute"), U("Bộ trưởng Bộ Giáo dục và Đào tạo", "execute"),
    U("Bộ trưởng Bộ Tài chính", "execute"),
    U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute", printed_as=["cơ quan thuộc Chính phủ"]),
], sections=[S("I", "QUAN ĐIỂM"), S("II", "NHIỆM VỤ, GIẢI PHÁP")])

# 04 tvpl: CT-TTg directive, ministers and bodies; 'thông tin' as a verb; Bộ trưởng các Bộ: A, B + verb
case("04", "tvpl", TTG_HDR_TV.format(num="21/CT-TTg", date="05 tháng 3 năm 2027"), [
    "T:CHỈ THỊ",
    "S:Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2027",
    "Mùa khô năm 2027 được dự báo nắng nóng gay gắt, nguy cơ cháy rừng ở mức cao.",
    "Để chủ động phòng ngừa, hạn chế thấp nhất thiệt hại do cháy rừng, Thủ tướng Chính phủ yêu cầu:",
    "1. Bộ trưởng Bộ Nông nghiệp và Môi trường:",
    "a) Chỉ đạo Cục Kiểm lâm tổ chức kiểm tra công tác phòng cháy rừng tại các địa phương có nguy cơ cao.",
    "b) Tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2027.",
    "2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng chức năng sẵn sàng tham gia chữa cháy rừng khi có yêu cầu.",
    "3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm toàn diện về công tác phòng cháy rừng trên địa bàn; tổ chức trực canh lửa trong thời gian cao điểm.",
    "4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam thông tin kịp thời về cấp dự báo cháy rừng và các biện pháp phòng ngừa.",
    "5. Giao Phó Thủ tướng Lâm Đức Quyết trực tiếp chỉ đạo; Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chỉ thị này.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Bộ trưởng Bộ Nông nghiệp và Môi trường", "execute"),
    U("Cục Kiểm lâm", "execute", opt=True), U("Cục Kiểm lâm", "monitor", opt=True),
    U("Thủ tướng Chính phủ", "report"),
    U("Bộ trưởng Bộ Quốc phòng", "execute"), U("Bộ trưởng Bộ Công an", "execute"),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Đài Truyền hình Việt Nam", "execute"), U("Đài Tiếng nói Việt Nam", "execute"),
    U("Thông tấn xã Việt Nam", "execute"),
    U("Phó Thủ tướng Lâm Đức Quyết", "execute"),
    U("Văn phòng Chính phủ", "monitor"), U("Văn phòng Chính phủ", "execute", opt=True),
])

# 05 md: ministry plan, departments as bold run-in subjects '**Vụ X:** chủ trì ...'; Lãnh đạo Bộ
case("05", "md", md_header("BỘ NỘI VỤ", "88/KH-BNV", "Hà Nội, ngày 20 tháng 1 năm 2027"), [
    "T:KẾ HOẠCH",
    "S:Thực hiện công tác cải cách hành chính năm 2027 của Bộ Nội vụ",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Triển khai đồng bộ các nhiệm vụ cải cách hành chính của Bộ.",
    "H:II. NHIỆM VỤ",
    "1. Cải cách thể chế.",
    "2. Cải cách thủ tục hành chính.",
    "H:III. TỔ CHỨC THỰC HIỆN",
    "1. Lãnh đạo Bộ phụ trách lĩnh vực trực tiếp chỉ đạo các đơn vị triển khai các nhiệm vụ được giao.",
    "2. Trách nhiệm của các đơn vị thuộc Bộ",
    "**Vụ Cải cách hành chính:** chủ trì, phối hợp với Văn phòng Bộ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện.",
    "**Văn phòng Bộ:** chủ trì thực hiện nhiệm vụ hiện đại hóa hành chính; phối hợp với Vụ Kế hoạch - Tài chính bố trí kinh phí.",
    "**Vụ Pháp chế:** rà soát, đề xuất sửa đổi văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Bộ.",
    "**Thanh tra Bộ:** chủ trì kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính.",
    "3. Thủ trưởng các đơn vị thuộc Bộ gửi báo cáo định kỳ về Vụ Cải cách hành chính trước ngày 10 của tháng cuối quý.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Trịnh Gia Khánh",
], [
    U("Lãnh đạo Bộ phụ trách lĩnh vực", "execute"),
    U("các đơn vị thuộc Bộ", "execute", opt=True),
    U("Vụ Cải cách hành chính", "execute"), U("Vụ Cải cách hành chính", "lead"),
    U("Vụ Cải cách hành chính", "monitor"), U("Văn phòng Bộ", "coordinate"),
    U("Bộ trưởng", "report"),
    U("Văn phòng Bộ", "execute"), U("Văn phòng Bộ", "lead"),
    U("Vụ Kế hoạch - Tài chính", "coordinate"),
    U("Vụ Pháp chế", "execute"),
    U("Thanh tra Bộ", "execute"), U("Thanh tra Bộ", "lead"), U("Thanh tra Bộ", "monitor", opt=True),
    U("Thủ trưởng các đơn vị thuộc Bộ", "execute"),
    U("Vụ Cải cách hành chính", "report"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 06 pdf: NQ-CP with national committees named as responsible bodies
case("06", "pdf", pdf_header("CHÍNH PHỦ", "205/NQ-CP", "Hà Nội, ngày 11 tháng 10 năm 2026"), [
    "NGHỊ QUYẾT",
    "Ban hành Chương trình hành động phòng, chống HIV/AIDS, ma túy, mại dâm giai đoạn 2026 - 2030",
    "CHÍNH PHỦ",
    "QUYẾT NGHỊ:",
    "A:Điều 1.|Ban hành kèm theo Nghị quyết này Chương trình hành động phòng, chống HIV/AIDS, ma túy, mại dâm giai đoạn 2026 - 2030.",
    "A:Điều 2.|Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.",
    "SIG:TM. CHÍNH PHỦ/THỦ TƯỚNG/Hà Minh Tâm",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "(Ban hành kèm theo Nghị quyết số 205/NQ-CP ngày 11 tháng 10 năm 2026 của Chính phủ)",
    "H:I. MỤC TIÊU",
    "Kiềm chế, giảm tác hại của HIV/AIDS, ma túy, mại dâm đối với đời sống xã hội.",
    "H:II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường truyền thông thay đổi hành vi.",
    "H:III. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm chỉ đạo, điều phối hoạt động liên ngành; kiểm tra, giám sát việc thực hiện Chương trình tại các bộ, ngành, địa phương.",
    "2. Bộ Y tế là cơ quan thường trực về phòng, chống HIV/AIDS, chủ trì, phối hợp với Bộ Công an hướng dẫn triển khai các hoạt động can thiệp giảm tác hại.",
    "3. Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng đấu tranh, triệt phá các đường dây mua bán trái phép chất ma túy.",
    "4. Hội đồng Quốc gia Giáo dục và Phát triển nhân lực tư vấn cho Thủ tướng Chính phủ về đưa nội dung phòng, chống ma túy vào chương trình giáo dục.",
    "5. Các bộ, cơ quan, địa phương báo cáo kết quả thực hiện về Bộ Y tế trước ngày 15 tháng 11 hằng năm để tổng hợp, báo cáo Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm.",
], gov_holders() + [
    U("Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm", "execute"),
    U("Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm", "monitor"),
    U("Bộ Y tế", "execute"), U("Bộ Y tế", "lead"), U("Bộ Công an", "coordinate"),
    U("Bộ Công an", "execute"), U("Bộ Công an", "lead"), U("Bộ Quốc phòng", "coordinate"),
    U("Hội đồng Quốc gia Giáo dục và Phát triển nhân lực", "execute"),
    U("Bộ Y tế", "report"),
    U("Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm", "report"),
    U("Các bộ, cơ quan, địa phương", "execute", opt=True),
], sections=[S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 07 tvpl: 'với sự phối hợp của', 'đồng chủ trì'
case("07", "tvpl", TTG_HDR_TV.format(num="902/QĐ-TTg", date="09 tháng 6 năm 2026"), [
    "T:QUYẾT ĐỊNH",
    "S:BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN NGÀNH CÔNG NGHIỆP VĂN HÓA VIỆT NAM",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược phát triển ngành công nghiệp văn hóa Việt Nam.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Lương Hữu Thành",
    "T:KẾ HOẠCH",
    "S:THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN NGÀNH CÔNG NGHIỆP VĂN HÓA VIỆT NAM",
    "I:(Kèm theo Quyết định số 902/QĐ-TTg ngày 09 tháng 6 năm 2026 của Thủ tướng Chính phủ)",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Cụ thể hóa các nhiệm vụ của Chiến lược.",
    "H:II. NHIỆM VỤ CỤ THỂ",
    "1. Bộ Văn hóa, Thể thao và Du lịch thực hiện Đề án phát triển thị trường sản phẩm văn hóa với sự phối hợp của Bộ Tài chính, Bộ Công Thương.",
    "2. Bộ Văn hóa, Thể thao và Du lịch và Bộ Khoa học và Công nghệ đồng chủ trì xây dựng cơ sở dữ liệu quốc gia về công nghiệp văn hóa.",
    "3. Bộ Ngoại giao triển khai các hoạt động quảng bá văn hóa Việt Nam ở nước ngoài, với sự phối hợp của Bộ Văn hóa, Thể thao và Du lịch và Đài Truyền hình Việt Nam.",
    "H:III. TỔ CHỨC THỰC HIỆN",
    "Bộ Văn hóa, Thể thao và Du lịch là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng năm báo cáo Thủ tướng Chính phủ.",
], gov_holders() + [
    U("Bộ Văn hóa, Thể thao và Du lịch", "execute"),
    U("Bộ Tài chính", "coordinate"), U("Bộ Công Thương", "coordinate"),
    U("Bộ Văn hóa, Thể thao và Du lịch", "lead"),
    U("Bộ Khoa học và Công nghệ", "lead"), U("Bộ Khoa học và Công nghệ", "execute"),
    U("Bộ Ngoại giao", "execute"),
    U("Bộ Văn hóa, Thể thao và Du lịch", "coordinate"),
    U("Đài Truyền hình Việt Nam", "coordinate"),
    U("Bộ Văn hóa, Thể thao và Du lịch", "monitor"),
    U("Thủ tướng Chính phủ", "report"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ CỤ THỂ"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 08 md: 'Đề nghị' with Hội đồng nhân dân các cấp, and other central addressees
case("08", "md", NQ_HDR_MD.format(num="168/NQ-CP", date="30 tháng 9 năm 2026"),
     nq_frame("168/NQ-CP", "30/9/2026",
              "Ban hành Chương trình hành động của Chính phủ về thực hành tiết kiệm, chống lãng phí năm 2027",
              "Chương trình hành động của Chính phủ về thực hành tiết kiệm, chống lãng phí năm 2027",
              "168/NQ-CP ngày 30 tháng 9 năm 2026") + [
         "H:I. MỤC TIÊU",
         "Thực hành tiết kiệm, chống lãng phí trong mọi lĩnh vực.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Tài chính chủ trì, hướng dẫn, theo dõi việc thực hiện Chương trình; tổng hợp, báo cáo Chính phủ kết quả thực hành tiết kiệm, chống lãng phí.",
         "2. Thanh tra Chính phủ, Kiểm toán nhà nước tăng cường thanh tra, kiểm toán việc quản lý, sử dụng ngân sách nhà nước.",
         "3. Đề nghị Hội đồng nhân dân các cấp, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tăng cường giám sát việc thực hành tiết kiệm, chống lãng phí.",
         "4. Đề nghị Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương xem xét, bố trí nguồn lực thực hiện các nhiệm vụ của địa phương.",
     ],
     gov_holders() + [
         U("Bộ Tài chính", "execute", opt=True), U("Bộ Tài chính", "lead"), U("Bộ Tài chính", "monitor"),
         U("Chính phủ", "report"),
         U("Thanh tra Chính phủ", "execute"), U("Kiểm toán nhà nước", "execute"),
         U("Thanh tra Chính phủ", "monitor", opt=True), U("Kiểm toán nhà nước", "monitor", opt=True),
         U("Hội đồng nhân dân các cấp", "execute"), U("Hội đồng nhân dân các cấp", "monitor"),
         U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
         U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "monitor"),
         U("Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 09 pdf: Tổ công tác của Thủ tướng; Đại học Quốc gia Thành phố Hồ Chí Minh + verb; wrap inside it
case("09", "pdf", pdf_header("THỦ TƯỚNG CHÍNH PHỦ", "1533/QĐ-TTg", "Hà Nội, ngày 02 tháng 9 năm 2026"), [
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch triển khai Chương trình phát triển nhân lực công nghiệp bán dẫn",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch triển khai Chương trình phát triển nhân lực công nghiệp bán dẫn.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm thi hành Quyết định này.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
    "KẾ HOẠCH",
    "Triển khai Chương trình phát triển nhân lực công nghiệp bán dẫn",
    "(Kèm theo Quyết định số 1533/QĐ-TTg ngày 02 tháng 9 năm 2026 của Thủ tướng Chính phủ)",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm nhân lực cho ngành công nghiệp bán dẫn.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Khoa học và Công nghệ hướng dẫn các cơ sở đào tạo xây dựng chương trình đào tạo vi mạch.",
    "2. Đại học Quốc gia Hà Nội, Đại học Quốc gia Thành phố Hồ Chí Minh đào tạo nhân lực trình độ cao về thiết kế vi mạch; hằng năm báo cáo kết quả về Bộ Giáo dục và Đào tạo.",
    "3. Tổ công tác của Thủ tướng Chính phủ về phát triển công nghiệp bán dẫn kiểm tra, đôn đốc tiến độ thực hiện Kế hoạch tại các bộ, cơ quan.",
    "4. Bộ Tài chính phối hợp với Bộ Giáo dục và Đào tạo bố trí kinh phí.",
], gov_holders(with_ct=False) + [
    U("Bộ Giáo dục và Đào tạo", "execute", opt=True), U("Bộ Giáo dục và Đào tạo", "lead"),
    U("Bộ Khoa học và Công nghệ", "coordinate"),
    U("Đại học Quốc gia Hà Nội", "execute"),
    U("Đại học Quốc gia Thành phố Hồ Chí Minh", "execute"),
    U("Bộ Giáo dục và Đào tạo", "report"),
    U("Tổ công tác của Thủ tướng Chính phủ về phát triển công nghiệp bán dẫn", "execute",
      printed_as=["Tổ công tác của Thủ tướng Chính phủ"]),
    U("Tổ công tác của Thủ tướng Chính phủ về phát triển công nghiệp bán dẫn", "monitor",
      printed_as=["Tổ công tác của Thủ tướng Chính phủ"]),
    U("Bộ Tài chính", "execute"), U("Bộ Tài chính", "coordinate"),
    U("Bộ Giáo dục và Đào tạo", "coordinate"),
    U("các cơ sở đào tạo", "execute", opt=True),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 10 md: the Ministry of Foreign Affairs and its missions abroad
case("10", "md", NQ_HDR_MD.format(num="59/NQ-CP", date="16 tháng 3 năm 2027"),
     nq_frame("59/NQ-CP", "16/3/2027",
              "Ban hành Chương trình hành động của Chính phủ về công tác người Việt Nam ở nước ngoài",
              "Chương trình hành động của Chính phủ về công tác người Việt Nam ở nước ngoài",
              "59/NQ-CP ngày 16 tháng 3 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Phát huy nguồn lực của cộng đồng người Việt Nam ở nước ngoài.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Ngoại giao chủ trì, phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài và Ủy ban Nhà nước về người Việt Nam ở nước ngoài theo dõi, đôn đốc việc thực hiện Chương trình.",
         "2. Các cơ quan đại diện Việt Nam ở nước ngoài tổ chức các hoạt động hỗ trợ cộng đồng giữ gìn tiếng Việt.",
         "3. Bộ Giáo dục và Đào tạo phối hợp với Bộ Ngoại giao biên soạn tài liệu dạy tiếng Việt cho kiều bào.",
         "4. Bộ Công an chủ trì, phối hợp với Bộ Tư pháp đơn giản hóa thủ tục xuất nhập cảnh, quốc tịch.",
     ],
     gov_holders() + [
         U("Bộ Ngoại giao", "execute", opt=True), U("Bộ Ngoại giao", "lead"), U("Bộ Ngoại giao", "monitor"),
         U("các cơ quan đại diện Việt Nam ở nước ngoài", "coordinate"),
         U("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "coordinate"),
         U("Các cơ quan đại diện Việt Nam ở nước ngoài", "execute"),
         U("Bộ Giáo dục và Đào tạo", "execute"), U("Bộ Giáo dục và Đào tạo", "coordinate"),
         U("Bộ Ngoại giao", "coordinate"),
         U("Bộ Công an", "execute", opt=True), U("Bộ Công an", "lead"), U("Bộ Tư pháp", "coordinate"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 11 tvpl: ministry decision Điều 3 with distributive office-holders
case("11", "tvpl", tvpl_header("BỘ Y TẾ", None, "3120/QĐ-BYT", "Hà Nội, ngày 18 tháng 11 năm 2026"), [
    "T:QUYẾT ĐỊNH",
    "S:Về việc ban hành Kế hoạch triển khai bệnh án điện tử giai đoạn 2027 - 2028",
    "T:BỘ TRƯỞNG BỘ Y TẾ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch triển khai bệnh án điện tử giai đoạn 2027 - 2028.",
    "A:Điều 2.|Quyết định này có hiệu lực kể từ ngày ký, ban hành.",
    "A:Điều 3.|Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương, Giám đốc các bệnh viện trực thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Phan Thị Ngọc Diệp",
], [
    U("Chánh Văn phòng Bộ", "execute"), U("Chánh Thanh tra Bộ", "execute"),
    U("Vụ trưởng các Vụ thuộc Bộ Y tế", "execute", printed_as=["Vụ trưởng"]),
    U("Cục trưởng các Cục thuộc Bộ Y tế", "execute", printed_as=["Cục trưởng"]),
    U("Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Giám đốc các bệnh viện trực thuộc Bộ", "execute"),
])

# 12 pdf: monitor verbs after 'tăng cường' and other forms
case("12", "pdf", pdf_header("CHÍNH PHỦ", "233/NQ-CP", "Hà Nội, ngày 25 tháng 11 năm 2026"), [
    "NGHỊ QUYẾT",
    "Về những nhiệm vụ, giải pháp bảo đảm an toàn thực phẩm dịp cuối năm 2026",
    "CHÍNH PHỦ",
    "QUYẾT NGHỊ:",
    "1. Bộ Y tế tăng cường kiểm tra, đôn đốc các địa phương triển khai các biện pháp bảo đảm an toàn thực phẩm.",
    "2. Bộ Nông nghiệp và Môi trường, Bộ Công Thương theo lĩnh vực được phân công tổ chức thanh tra, kiểm tra đột xuất các cơ sở sản xuất, kinh doanh thực phẩm.",
    "3. Ban Chỉ đạo liên ngành trung ương về vệ sinh an toàn thực phẩm kiểm tra, giám sát việc thực hiện Nghị quyết tại các bộ, ngành, địa phương.",
    "4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo các sở, ngành kiểm soát chặt chẽ thực phẩm nhập lậu; báo cáo kết quả về Bộ Y tế trước ngày 20 tháng 02 năm 2027.",
    "5. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này.",
    "SIG:TM. CHÍNH PHỦ/THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Bộ Y tế", "execute"), U("Bộ Y tế", "monitor"),
    U("Bộ Nông nghiệp và Môi trường", "execute"), U("Bộ Công Thương", "execute"),
    U("Bộ Nông nghiệp và Môi trường", "monitor", opt=True), U("Bộ Công Thương", "monitor", opt=True),
    U("Ban Chỉ đạo liên ngành trung ương về vệ sinh an toàn thực phẩm", "execute"),
    U("Ban Chỉ đạo liên ngành trung ương về vệ sinh an toàn thực phẩm", "monitor"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("các sở, ngành", "execute", opt=True),
    U("Bộ Y tế", "report"),
    U("Văn phòng Chính phủ", "monitor"), U("Văn phòng Chính phủ", "execute", opt=True),
])

# 13 tvpl: NQ-CP, banks, social insurance and the state groups as a class; Điều 3 with Hội đồng thành viên
case("13", "tvpl", NQ_HDR_TV.format(num="121/NQ-CP", date="08 tháng 7 năm 2026"),
     nq_frame("121/NQ-CP", "08/7/2026",
              "Ban hành Chương trình hành động của Chính phủ về phát triển nhà ở xã hội",
              "Chương trình hành động của Chính phủ về phát triển nhà ở xã hội",
              "121/NQ-CP ngày 08 tháng 7 năm 2026") + [
         "H:I. MỤC TIÊU",
         "Bảo đảm chỗ ở cho người thu nhập thấp tại đô thị.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hướng dẫn, theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo Thủ tướng Chính phủ.",
         "2. Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại dành nguồn vốn cho vay ưu đãi nhà ở xã hội.",
         "3. Ngân hàng Chính sách xã hội, Ngân hàng Phát triển Việt Nam bố trí nguồn vốn cho vay mua, thuê mua nhà ở xã hội.",
         "4. Bảo hiểm xã hội Việt Nam phối hợp với Bộ Xây dựng cung cấp dữ liệu về người lao động có nhu cầu nhà ở.",
         "5. Các tập đoàn kinh tế, tổng công ty nhà nước tham gia đầu tư xây dựng nhà ở cho công nhân.",
         "6. Tổng Liên đoàn Lao động Việt Nam triển khai dự án nhà ở cho công nhân, người lao động.",
     ],
     gov_holders() + [
         U("Bộ Xây dựng", "execute", opt=True), U("Bộ Xây dựng", "lead"), U("Bộ Xây dựng", "monitor"),
         U("Bộ Tài chính", "coordinate"), U("Thủ tướng Chính phủ", "report"),
         U("Ngân hàng Nhà nước Việt Nam", "execute"), U("các ngân hàng thương mại", "execute", opt=True),
         U("Ngân hàng Chính sách xã hội", "execute"), U("Ngân hàng Phát triển Việt Nam", "execute"),
         U("Bảo hiểm xã hội Việt Nam", "execute"), U("Bảo hiểm xã hội Việt Nam", "coordinate"),
         U("Bộ Xây dựng", "coordinate"),
         U("Các tập đoàn kinh tế, tổng công ty nhà nước", "execute",
           printed_as=["Các tập đoàn kinh tế", "tổng công ty nhà nước"]),
         U("Tổng Liên đoàn Lao động Việt Nam", "execute"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 14 md: ministry plan, fronted adverbials again
case("14", "md", md_header("BỘ CÔNG THƯƠNG", "145/KH-BCT", "Hà Nội, ngày 05 tháng 02 năm 2027"), [
    "T:KẾ HOẠCH",
    "S:Triển khai công tác phòng vệ thương mại năm 2027",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động cảnh báo sớm các vụ việc phòng vệ thương mại.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Theo chức năng, nhiệm vụ được giao, Cục Phòng vệ thương mại chủ trì xây dựng hệ thống cảnh báo sớm; theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.",
    "2. Trước ngày 31 tháng 3 năm 2027, Vụ Pháp chế hoàn thành việc rà soát các thông tư hướng dẫn về phòng vệ thương mại.",
    "3. Trên cơ sở Kế hoạch này, Cục Xuất nhập khẩu, Cục Xúc tiến thương mại xây dựng kế hoạch chi tiết của đơn vị.",
    "4. Định kỳ hằng quý, Văn phòng Bộ tổng hợp tình hình, báo cáo Bộ trưởng.",
    "5. Trong phạm vi chức năng, nhiệm vụ của mình, Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Đoàn Minh Triết",
], [
    U("Cục Phòng vệ thương mại", "execute", opt=True), U("Cục Phòng vệ thương mại", "lead"),
    U("Cục Phòng vệ thương mại", "monitor"),
    U("Vụ Pháp chế", "execute"),
    U("Cục Xuất nhập khẩu", "execute"), U("Cục Xúc tiến thương mại", "execute"),
    U("Văn phòng Bộ", "execute"), U("Bộ trưởng", "report"),
    U("Vụ Kế hoạch - Tài chính", "execute"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 15 pdf: unnumbered run-in subjects 'Bộ X: chủ trì …' in a PDF text layer
case("15", "pdf", pdf_header("THỦ TƯỚNG CHÍNH PHỦ", "677/QĐ-TTg", "Hà Nội, ngày 28 tháng 4 năm 2027"), [
    "QUYẾT ĐỊNH",
    "Phê duyệt Đề án nâng cao năng lực phòng, chống dịch bệnh truyền nhiễm",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "QUYẾT ĐỊNH:",
    "A:Điều 1.|Phê duyệt Đề án nâng cao năng lực phòng, chống dịch bệnh truyền nhiễm với các nội dung sau:",
    "H:I. MỤC TIÊU",
    "Chủ động phát hiện sớm, kiểm soát kịp thời các dịch bệnh truyền nhiễm.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "Bộ Y tế: chủ trì, phối hợp với các bộ, cơ quan liên quan tổ chức thực hiện Đề án; theo dõi, đôn đốc, kiểm tra việc triển khai tại các địa phương.",
    "Bộ Quốc phòng: chủ trì chỉ đạo quân y phối hợp với y tế dân sự trong đáp ứng dịch bệnh ở khu vực biên giới.",
    "Bộ Tài chính: bố trí kinh phí chi thường xuyên thực hiện Đề án.",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương: xây dựng kế hoạch triển khai Đề án tại địa phương; báo cáo kết quả về Bộ Y tế trước ngày 15 tháng 12 hằng năm.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Lương Hữu Thành",
], gov_holders() + [
    U("Bộ Y tế", "execute"), U("Bộ Y tế", "lead"), U("Bộ Y tế", "monitor"),
    U("Bộ Quốc phòng", "execute"), U("Bộ Quốc phòng", "lead"),
    U("Bộ Tài chính", "execute"),
    U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ Y tế", "report"),
], sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 16 tvpl: decision establishing a national steering committee (standing body, Tổ giúp việc)
case("16", "tvpl", TTG_HDR_TV.format(num="1804/QĐ-TTg", date="19 tháng 10 năm 2026"), [
    "T:QUYẾT ĐỊNH",
    "S:Thành lập Ban Chỉ đạo quốc gia về phát triển kinh tế tuần hoàn",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Thành lập Ban Chỉ đạo quốc gia về phát triển kinh tế tuần hoàn (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:",
    "1. Phó Thủ tướng Chính phủ Lương Hữu Thành, Trưởng Ban Chỉ đạo.",
    "2. Bộ trưởng Bộ Nông nghiệp và Môi trường, Phó Trưởng Ban Thường trực.",
    "3. Các thành viên: Thứ trưởng các Bộ: Tài chính, Công Thương, Xây dựng.",
    "A:Điều 2.|Nhiệm vụ của Ban Chỉ đạo",
    "1. Giúp Thủ tướng Chính phủ nghiên cứu, chỉ đạo, điều phối giải quyết những công việc quan trọng, liên ngành về phát triển kinh tế tuần hoàn.",
    "2. Đôn đốc, kiểm tra các bộ, ngành, địa phương trong việc thực hiện các chính sách về kinh tế tuần hoàn.",
    "A:Điều 3.|Cơ quan thường trực, Tổ giúp việc",
    "1. Bộ Nông nghiệp và Môi trường làm nhiệm vụ cơ quan thường trực của Ban Chỉ đạo; bảo đảm các điều kiện cần thiết cho hoạt động của Ban Chỉ đạo.",
    "2. Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định thành lập Tổ giúp việc của Ban Chỉ đạo.",
    "A:Điều 4.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 5.|Các thành viên Ban Chỉ đạo, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Phó Thủ tướng Chính phủ Lương Hữu Thành", "execute", opt=True),
    U("Bộ trưởng Bộ Nông nghiệp và Môi trường", "execute", opt=True),
    U("Thứ trưởng Bộ Tài chính", "execute", opt=True), U("Thứ trưởng Bộ Công Thương", "execute", opt=True),
    U("Thứ trưởng Bộ Xây dựng", "execute", opt=True),
    U("Ban Chỉ đạo quốc gia về phát triển kinh tế tuần hoàn", "execute", opt=True),
    U("Ban Chỉ đạo", "execute", opt=True), U("Ban Chỉ đạo", "monitor", opt=True),
    U("Bộ Nông nghiệp và Môi trường", "lead"), U("Bộ Nông nghiệp và Môi trường", "execute"),
    U("Các thành viên Ban Chỉ đạo", "execute"),
    U("Bộ trưởng", "execute"), U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute", printed_as=["cơ quan thuộc Chính phủ"]),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
])

# 17 md: Ministry of Industry and Trade plan, departments with lowercase 'châu', trade offices abroad
case("17", "md", md_header("BỘ CÔNG THƯƠNG", "402/KH-BCT", "Hà Nội, ngày 14 tháng 3 năm 2027"), [
    "T:KẾ HOẠCH",
    "S:Phát triển thị trường xuất khẩu năm 2027",
    "H:I. MỤC TIÊU",
    "Mở rộng, đa dạng hóa thị trường xuất khẩu.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "H2:1. Vụ Thị trường châu Âu - châu Mỹ",
    "Chủ trì, phối hợp với Cục Xúc tiến thương mại tổ chức các đoàn giao thương tại thị trường EU, Hoa Kỳ.",
    "H2:2. Vụ Thị trường châu Á - châu Phi",
    "Chủ trì nghiên cứu, đề xuất giải pháp khai thác các hiệp định thương mại tự do với các nước châu Phi.",
    "H2:3. Cục Xúc tiến thương mại",
    "Tổng hợp kết quả thực hiện, báo cáo Lãnh đạo Bộ trước ngày 20 tháng 12 năm 2027.",
    "H2:4. Thương vụ Việt Nam tại các nước",
    "Cung cấp thông tin thị trường, cảnh báo rào cản thương mại; phối hợp với các hiệp hội ngành hàng hỗ trợ doanh nghiệp.",
    "SIG:BỘ TRƯỞNG/Đoàn Minh Triết",
], [
    U("Vụ Thị trường châu Âu - châu Mỹ", "execute"), U("Vụ Thị trường châu Âu - châu Mỹ", "lead"),
    U("Cục Xúc tiến thương mại", "coordinate"),
    U("Vụ Thị trường châu Á - châu Phi", "execute"), U("Vụ Thị trường châu Á - châu Phi", "lead"),
    U("Cục Xúc tiến thương mại", "execute"), U("Lãnh đạo Bộ", "report"),
    U("Thương vụ Việt Nam tại các nước", "execute"), U("Thương vụ Việt Nam tại các nước", "coordinate", opt=True),
    U("các hiệp hội ngành hàng", "coordinate"),
], sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 18 tvpl: 'Điều 2. Giao Bộ X:' with lettered tasks, and 'Giao Ủy ban nhân dân ...:'
case("18", "tvpl", TTG_HDR_TV.format(num="655/QĐ-TTg", date="21 tháng 4 năm 2027"), [
    "T:QUYẾT ĐỊNH",
    "S:PHÊ DUYỆT QUY HOẠCH HỆ THỐNG CẢNG CÁ, KHU NEO ĐẬU TRÁNH TRÚ BÃO CHO TÀU CÁ",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Phê duyệt Quy hoạch hệ thống cảng cá, khu neo đậu tránh trú bão cho tàu cá.",
    "A:Điều 2.|Tổ chức thực hiện",
    "1. Giao Bộ Nông nghiệp và Môi trường:",
    "a) Công bố, tổ chức thực hiện Quy hoạch; kiểm tra, giám sát việc đầu tư xây dựng cảng cá theo Quy hoạch.",
    "b) Chủ trì, phối hợp với Bộ Xây dựng rà soát, lồng ghép Quy hoạch với quy hoạch hệ thống cảng biển.",
    "2. Giao Ủy ban nhân dân các tỉnh, thành phố ven biển:",
    "a) Bố trí quỹ đất, nguồn lực đầu tư cảng cá do địa phương quản lý.",
    "b) Định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường.",
    "3. Giao Bộ Quốc phòng chỉ đạo Bộ đội Biên phòng phối hợp quản lý tàu cá ra, vào cảng.",
    "A:Điều 3.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 4.|Bộ trưởng Bộ Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Lương Hữu Thành",
], [
    U("Bộ Nông nghiệp và Môi trường", "execute"), U("Bộ Nông nghiệp và Môi trường", "monitor"),
    U("Bộ Nông nghiệp và Môi trường", "lead"), U("Bộ Xây dựng", "coordinate"),
    U("Ủy ban nhân dân các tỉnh, thành phố ven biển", "execute"),
    U("Bộ Nông nghiệp và Môi trường", "report"),
    U("Bộ Quốc phòng", "execute"),
    U("Bộ đội Biên phòng", "execute", opt=True), U("Bộ đội Biên phòng", "coordinate", opt=True),
    U("Bộ trưởng Bộ Nông nghiệp và Môi trường", "execute"),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển", "execute"),
])

# 19 pdf: CT-TTg, 'Yêu cầu các Bộ trưởng …', Bộ trưởng, Chủ nhiệm VPCP, joined holders
case("19", "pdf", pdf_header("THỦ TƯỚNG CHÍNH PHỦ", "09/CT-TTg", "Hà Nội, ngày 12 tháng 02 năm 2027"), [
    "CHỈ THỊ",
    "Về đẩy mạnh giải ngân vốn đầu tư công năm 2027",
    "Năm 2026, tỷ lệ giải ngân vốn đầu tư công chưa đạt yêu cầu.",
    "Để đẩy mạnh giải ngân vốn đầu tư công năm 2027, Thủ tướng Chính phủ chỉ thị:",
    "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trực tiếp chỉ đạo công tác giải ngân, chịu trách nhiệm trước Thủ tướng Chính phủ về kết quả giải ngân của bộ, cơ quan, địa phương mình.",
    "2. Bộ trưởng Bộ Tài chính chủ trì, phối hợp với Tổng Kiểm toán nhà nước, Tổng Thanh tra Chính phủ kiểm tra việc sử dụng vốn đầu tư công tại các dự án chậm giải ngân.",
    "3. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chỉ thị này; báo cáo Thủ tướng Chính phủ tại phiên họp Chính phủ thường kỳ hằng tháng.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Bộ trưởng", "execute", printed_as=["Các Bộ trưởng"]), U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("Bộ trưởng Bộ Tài chính", "execute", opt=True), U("Bộ trưởng Bộ Tài chính", "lead"),
    U("Bộ trưởng Bộ Tài chính", "monitor"),
    U("Tổng Kiểm toán nhà nước", "coordinate"), U("Tổng Thanh tra Chính phủ", "coordinate"),
    U("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "monitor"),
    U("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "execute", opt=True),
    U("Thủ tướng Chính phủ", "report"),
])

# 20 md: tasks in the NHIỆM VỤ part with units in brackets and 'Cơ quan chủ trì:' lines
case("20", "md", NQ_HDR_MD.format(num="36/NQ-CP", date="20 tháng 02 năm 2027"),
     nq_frame("36/NQ-CP", "20/02/2027",
              "Ban hành Chương trình hành động của Chính phủ về đổi mới công tác xây dựng và thi hành pháp luật",
              "Chương trình hành động của Chính phủ về đổi mới công tác xây dựng và thi hành pháp luật",
              "36/NQ-CP ngày 20 tháng 02 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Tạo chuyển biến căn bản trong công tác xây dựng và thi hành pháp luật.",
         "H:II. NHIỆM VỤ, GIẢI PHÁP",
         "1. Xây dựng Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật (Bộ Tư pháp chủ trì, phối hợp với Văn phòng Chính phủ; trình Quốc hội tại Kỳ họp thứ 3).",
         "2. Xây dựng Cơ sở dữ liệu quốc gia về pháp luật.",
         "- Cơ quan chủ trì: Bộ Tư pháp.",
         "- Cơ quan phối hợp: Bộ Công an, Bộ Khoa học và Công nghệ.",
         "- Thời gian hoàn thành: năm 2027.",
         "3. Rà soát, hệ thống hóa văn bản quy phạm pháp luật về đầu tư, kinh doanh (Bộ Tài chính, Bộ Công Thương thực hiện theo lĩnh vực quản lý).",
         "H:III. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Tư pháp theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo Chính phủ.",
     ],
     gov_holders() + [
         U("Bộ Tư pháp", "lead"), U("Văn phòng Chính phủ", "coordinate"),
         U("Quốc hội", "report", opt=True),
         U("Bộ Công an", "coordinate"), U("Bộ Khoa học và Công nghệ", "coordinate"),
         U("Bộ Tài chính", "execute"), U("Bộ Công Thương", "execute"),
         U("Bộ Tư pháp", "monitor"), U("Bộ Tư pháp", "execute"), U("Chính phủ", "report"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 21 tvpl: party bodies in a Government programme (Đề nghị …; báo cáo Bộ Chính trị, Ban Bí thư)
case("21", "tvpl", NQ_HDR_TV.format(num="94/NQ-CP", date="27 tháng 5 năm 2027"),
     nq_frame("94/NQ-CP", "27/5/2027",
              "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục",
              "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục",
              "94/NQ-CP ngày 27 tháng 5 năm 2027") + [
         "H:I. MỤC ĐÍCH, YÊU CẦU",
         "Quán triệt đầy đủ quan điểm, mục tiêu của Nghị quyết.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Giáo dục và Đào tạo là cơ quan đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Chương trình hành động; định kỳ tổng hợp, báo cáo Chính phủ, Đảng ủy Chính phủ để báo cáo Bộ Chính trị, Ban Bí thư.",
         "2. Đề nghị Ban Tuyên giáo và Dân vận Trung ương chỉ đạo công tác tuyên truyền về Nghị quyết.",
         "3. Đề nghị Văn phòng Trung ương Đảng, Ban Tổ chức Trung ương phối hợp với Bộ Giáo dục và Đào tạo trong quá trình kiểm tra việc thực hiện Nghị quyết.",
         "4. Đề nghị Ủy ban Văn hóa và Xã hội của Quốc hội giám sát việc thực hiện chính sách đối với nhà giáo.",
     ],
     gov_holders() + [
         U("Bộ Giáo dục và Đào tạo", "execute", opt=True), U("Bộ Giáo dục và Đào tạo", "lead"),
         U("Bộ Giáo dục và Đào tạo", "monitor"),
         U("Chính phủ", "report"), U("Đảng ủy Chính phủ", "report"),
         U("Bộ Chính trị", "report", opt=True), U("Ban Bí thư", "report", opt=True),
         U("Ban Tuyên giáo và Dân vận Trung ương", "execute"),
         U("Văn phòng Trung ương Đảng", "execute"), U("Ban Tổ chức Trung ương", "execute"),
         U("Văn phòng Trung ương Đảng", "coordinate"), U("Ban Tổ chức Trung ương", "coordinate"),
         U("Bộ Giáo dục và Đào tạo", "coordinate"),
         U("Ủy ban Văn hóa và Xã hội của Quốc hội", "execute"),
         U("Ủy ban Văn hóa và Xã hội của Quốc hội", "monitor"),
     ],
     sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 22 pdf: Ministry of Finance plan, departments with lowercase words, wraps inside names
case("22", "pdf", pdf_header("BỘ TÀI CHÍNH", "1190/KH-BTC", "Hà Nội, ngày 06 tháng 5 năm 2027"), [
    "KẾ HOẠCH",
    "Sắp xếp, xử lý tài sản công sau sắp xếp đơn vị hành chính năm 2027",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Xử lý dứt điểm nhà, đất dôi dư sau sắp xếp, tránh thất thoát, lãng phí.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Cục Quản lý công sản chủ trì, phối hợp với Vụ Ngân sách nhà nước, Cục Quản lý nợ và Kinh tế đối ngoại, Kho bạc Nhà nước hướng dẫn các bộ, ngành, địa phương xử lý tài sản; theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Lãnh đạo Bộ.",
    "2. Vụ Tài chính hành chính sự nghiệp phối hợp với Cục Quản lý công sản hướng dẫn việc bố trí trụ sở cho các đơn vị sự nghiệp công lập.",
    "3. Cục Thuế chỉ đạo cơ quan thuế các cấp xác định nghĩa vụ tài chính về đất đai đối với tài sản được bán, chuyển nhượng.",
    "4. Thanh tra Bộ kiểm tra việc xử lý tài sản công tại các bộ, ngành, địa phương theo kế hoạch thanh tra năm 2027.",
    "5. Thủ trưởng các đơn vị thuộc Bộ gửi báo cáo về Cục Quản lý công sản trước ngày 25 tháng 11 năm 2027.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Nghiêm Quốc Khải",
], [
    U("Cục Quản lý công sản", "execute", opt=True), U("Cục Quản lý công sản", "lead"),
    U("Cục Quản lý công sản", "monitor"),
    U("Vụ Ngân sách nhà nước", "coordinate"), U("Cục Quản lý nợ và Kinh tế đối ngoại", "coordinate"),
    U("Kho bạc Nhà nước", "coordinate"), U("Lãnh đạo Bộ", "report"),
    U("Vụ Tài chính hành chính sự nghiệp", "execute"), U("Vụ Tài chính hành chính sự nghiệp", "coordinate"),
    U("Cục Quản lý công sản", "coordinate"),
    U("Cục Thuế", "execute"), U("cơ quan thuế các cấp", "execute", opt=True),
    U("Thanh tra Bộ", "execute"), U("Thanh tra Bộ", "monitor"),
    U("Thủ trưởng các đơn vị thuộc Bộ", "execute"), U("Cục Quản lý công sản", "report"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 23 md: lists with a shared head: 'Bộ trưởng các bộ: A, B', 'Thủ trưởng các cơ quan: C, D', 'các bộ: …'
case("23", "md", TTG_HDR_MD.format(num="1377/QĐ-TTg", date="03 tháng 8 năm 2027"), [
    "T:QUYẾT ĐỊNH",
    "S:Ban hành Kế hoạch tổng kết 10 năm thực hiện Chiến lược quốc gia về phòng, chống tham nhũng",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch tổng kết 10 năm thực hiện Chiến lược quốc gia về phòng, chống tham nhũng.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Tổng Thanh tra Chính phủ, Bộ trưởng các bộ: Công an, Tư pháp, Nội vụ, Thủ trưởng các cơ quan: Bảo hiểm xã hội Việt Nam, Đài Truyền hình Việt Nam chịu trách nhiệm thi hành Quyết định này.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
    "T:KẾ HOẠCH",
    "I:(Kèm theo Quyết định số 1377/QĐ-TTg ngày 03 tháng 8 năm 2027 của Thủ tướng Chính phủ)",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Đánh giá toàn diện kết quả thực hiện Chiến lược.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Thanh tra Chính phủ chủ trì, phối hợp với các bộ: Công an, Tư pháp, Nội vụ xây dựng đề cương báo cáo tổng kết; theo dõi, đôn đốc các bộ, ngành, địa phương thực hiện.",
    "2. Các bộ, cơ quan ngang bộ gửi báo cáo tổng kết về Thanh tra Chính phủ trước ngày 30 tháng 10 năm 2027.",
], [
    U("Tổng Thanh tra Chính phủ", "execute"),
    U("Bộ trưởng Bộ Công an", "execute"), U("Bộ trưởng Bộ Tư pháp", "execute"), U("Bộ trưởng Bộ Nội vụ", "execute"),
    U("Thủ trưởng Bảo hiểm xã hội Việt Nam", "execute", printed_as=["Bảo hiểm xã hội Việt Nam"]),
    U("Thủ trưởng Đài Truyền hình Việt Nam", "execute", printed_as=["Đài Truyền hình Việt Nam"]),
    U("Thanh tra Chính phủ", "execute", opt=True), U("Thanh tra Chính phủ", "lead"), U("Thanh tra Chính phủ", "monitor"),
    U("Bộ Công an", "coordinate"), U("Bộ Tư pháp", "coordinate"), U("Bộ Nội vụ", "coordinate"),
    U("Các bộ, cơ quan ngang bộ", "execute", opt=True), U("Các bộ", "execute", opt=True),
    U("cơ quan ngang bộ", "execute", opt=True),
    U("Thanh tra Chính phủ", "report"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 24 tvpl: addressees in the National Assembly and HĐND
case("24", "tvpl", NQ_HDR_TV.format(num="187/NQ-CP", date="15 tháng 10 năm 2027"),
     nq_frame("187/NQ-CP", "15/10/2027",
              "Ban hành Chương trình hành động của Chính phủ về thực hiện chính quyền địa phương hai cấp",
              "Chương trình hành động của Chính phủ về thực hiện chính quyền địa phương hai cấp",
              "187/NQ-CP ngày 15 tháng 10 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Vận hành thông suốt, hiệu quả chính quyền địa phương hai cấp.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chương trình.",
         "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Ủy ban nhân dân các xã, phường, đặc khu kiện toàn tổ chức bộ máy.",
         "3. Đề nghị Thường trực Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương giám sát việc tổ chức, hoạt động của chính quyền cấp xã.",
         "4. Đề nghị Đoàn đại biểu Quốc hội các tỉnh, thành phố phối hợp giám sát việc giải quyết kiến nghị của cử tri.",
     ],
     gov_holders() + [
         U("Bộ Nội vụ", "execute", opt=True), U("Bộ Nội vụ", "lead"), U("Bộ Nội vụ", "monitor"),
         U("Văn phòng Chính phủ", "coordinate"),
         U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
         U("Ủy ban nhân dân các xã, phường, đặc khu", "execute", opt=True),
         U("Thường trực Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
         U("Thường trực Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương", "monitor"),
         U("Đoàn đại biểu Quốc hội các tỉnh, thành phố", "execute"),
         U("Đoàn đại biểu Quốc hội các tỉnh, thành phố", "monitor"),
         U("Đoàn đại biểu Quốc hội các tỉnh, thành phố", "coordinate"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 25 pdf: ministry plan, leadership of the ministry as office-holders
case("25", "pdf", pdf_header("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "560/KH-BGDĐT", "Hà Nội, ngày 10 tháng 4 năm 2027"), [
    "KẾ HOẠCH",
    "Tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2027",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Tổ chức kỳ thi nghiêm túc, an toàn, khách quan.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Bộ trưởng giao Thứ trưởng Vương Đình Hải trực tiếp chỉ đạo công tác tổ chức kỳ thi.",
    "2. Lãnh đạo Bộ theo dõi, kiểm tra công tác tổ chức thi tại các địa phương theo sự phân công.",
    "3. Cục Quản lý chất lượng chủ trì, phối hợp với Văn phòng Bộ, Thanh tra Bộ tổ chức kỳ thi; tổng hợp kết quả, báo cáo Bộ trưởng.",
    "4. Thanh tra Bộ chủ trì thanh tra, kiểm tra công tác coi thi, chấm thi.",
    "5. Các sở giáo dục và đào tạo tổ chức kỳ thi tại địa phương; báo cáo kết quả về Cục Quản lý chất lượng.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Vương Đình Hải",
], [
    U("Thứ trưởng Vương Đình Hải", "execute"),
    U("Lãnh đạo Bộ", "execute"), U("Lãnh đạo Bộ", "monitor"),
    U("Cục Quản lý chất lượng", "execute", opt=True), U("Cục Quản lý chất lượng", "lead"),
    U("Văn phòng Bộ", "coordinate"), U("Thanh tra Bộ", "coordinate"),
    U("Bộ trưởng", "report"),
    U("Thanh tra Bộ", "execute", opt=True), U("Thanh tra Bộ", "lead"), U("Thanh tra Bộ", "monitor"),
    U("Các sở giáo dục và đào tạo", "execute"), U("Cục Quản lý chất lượng", "report"),
    U("Bộ trưởng", "execute", opt=True),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 26 md: repository markdown with bold numbered unit headings and bullets; 'theo chức năng' subjects
case("26", "md", NQ_HDR_MD.format(num="112/NQ-CP", date="24 tháng 6 năm 2027"),
     nq_frame("112/NQ-CP", "24/6/2027",
              "Ban hành Chương trình hành động của Chính phủ về phát triển kinh tế tư nhân",
              "Chương trình hành động của Chính phủ về phát triển kinh tế tư nhân",
              "112/NQ-CP ngày 24 tháng 6 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Kinh tế tư nhân trở thành một động lực quan trọng nhất của nền kinh tế.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "**1. Bộ Tài chính**",
         "- Chủ trì, phối hợp với Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chương trình hành động.",
         "- Tổng hợp, báo cáo Chính phủ kết quả thực hiện trước ngày 20 tháng 12 hằng năm.",
         "**2. Bộ Tư pháp**",
         "- Chủ trì rà soát, đề xuất bãi bỏ các điều kiện kinh doanh không cần thiết.",
         "**3. Các bộ, cơ quan khác**",
         "Bộ Công Thương, Bộ Khoa học và Công nghệ, Ngân hàng Nhà nước Việt Nam theo chức năng, nhiệm vụ được giao ban hành các chính sách hỗ trợ doanh nghiệp nhỏ và vừa.",
         "**4. Đề nghị Liên đoàn Thương mại và Công nghiệp Việt Nam, Liên minh Hợp tác xã Việt Nam**",
         "- Tập hợp ý kiến của doanh nghiệp, hợp tác xã về vướng mắc thể chế, gửi Bộ Tài chính để tổng hợp.",
     ],
     gov_holders() + [
         U("Bộ Tài chính", "execute"), U("Bộ Tài chính", "lead"), U("Bộ Tài chính", "monitor"),
         U("Văn phòng Chính phủ", "coordinate"), U("Chính phủ", "report"),
         U("Bộ Tư pháp", "execute"), U("Bộ Tư pháp", "lead"),
         U("Các bộ, cơ quan khác", "execute", opt=True),
         U("Bộ Công Thương", "execute"), U("Bộ Khoa học và Công nghệ", "execute"),
         U("Ngân hàng Nhà nước Việt Nam", "execute"),
         U("Liên đoàn Thương mại và Công nghiệp Việt Nam", "execute"),
         U("Liên minh Hợp tác xã Việt Nam", "execute"),
         U("Bộ Tài chính", "report"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 27 tvpl: more national committees and coordinating offices
case("27", "tvpl", TTG_HDR_TV.format(num="1620/QĐ-TTg", date="11 tháng 9 năm 2027"), [
    "T:QUYẾT ĐỊNH",
    "S:BAN HÀNH KẾ HOẠCH TRIỂN KHAI CÁC DỰ ÁN NGUỒN ĐIỆN TRỌNG ĐIỂM GIAI ĐOẠN 2027 - 2030",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch triển khai các dự án nguồn điện trọng điểm giai đoạn 2027 - 2030.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "A:Điều 3.|Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.",
    "SIG:KT. THỦ TƯỚNG/PHÓ THỦ TƯỚNG/Lương Hữu Thành",
    "T:KẾ HOẠCH",
    "I:(Kèm theo Quyết định số 1620/QĐ-TTg ngày 11 tháng 9 năm 2027 của Thủ tướng Chính phủ)",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm tiến độ các dự án nguồn điện trọng điểm.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Chỉ đạo Nhà nước các công trình, dự án trọng điểm ngành năng lượng chỉ đạo, đôn đốc, tháo gỡ vướng mắc trong quá trình triển khai các dự án.",
    "2. Bộ Công Thương là cơ quan thường trực của Ban Chỉ đạo, chủ trì tổng hợp tình hình, báo cáo Ban Chỉ đạo Nhà nước các công trình, dự án trọng điểm ngành năng lượng hằng quý.",
    "3. Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Hội Điện lực Việt Nam tổ chức phản biện độc lập các dự án có quy mô lớn.",
    "4. Ủy ban nhân dân các tỉnh có dự án phối hợp với chủ đầu tư hoàn thành giải phóng mặt bằng.",
], gov_holders() + [
    U("Ban Chỉ đạo Nhà nước các công trình, dự án trọng điểm ngành năng lượng", "execute"),
    U("Ban Chỉ đạo Nhà nước các công trình, dự án trọng điểm ngành năng lượng", "monitor"),
    U("Bộ Công Thương", "execute", opt=True), U("Bộ Công Thương", "lead"),
    U("Ban Chỉ đạo Nhà nước các công trình, dự án trọng điểm ngành năng lượng", "report"),
    U("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "execute"),
    U("Hội Điện lực Việt Nam", "execute"),
    U("Ủy ban nhân dân các tỉnh có dự án", "execute"),
    U("Ủy ban nhân dân các tỉnh có dự án", "coordinate"),
    U("chủ đầu tư", "coordinate", opt=True),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 28 pdf: fronted adverbials in a PDF NQ-CP
case("28", "pdf", pdf_header("CHÍNH PHỦ", "64/NQ-CP", "Hà Nội, ngày 29 tháng 3 năm 2027"), [
    "NGHỊ QUYẾT",
    "Phiên họp Chính phủ thường kỳ tháng 3 năm 2027",
    "CHÍNH PHỦ",
    "QUYẾT NGHỊ:",
    "1. Về tình hình kinh tế - xã hội",
    "Chính phủ thống nhất đánh giá tình hình kinh tế - xã hội tháng 3 tiếp tục chuyển biến tích cực.",
    "2. Về nhiệm vụ, giải pháp thời gian tới",
    "a) Để kiểm soát lạm phát, Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động, linh hoạt.",
    "b) Trong tháng 4 năm 2027, Bộ Tài chính hoàn thành việc phân bổ vốn đầu tư công còn lại.",
    "c) Trước ngày 15 tháng 5 năm 2027, Bộ Xây dựng trình Thủ tướng Chính phủ phương án đầu tư tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng.",
    "d) Căn cứ chức năng, nhiệm vụ, quyền hạn được giao, Bộ Công an, Bộ Quốc phòng bảo đảm tuyệt đối an ninh, an toàn các sự kiện chính trị lớn.",
    "đ) Văn phòng Chính phủ theo dõi, đôn đốc các bộ, cơ quan thực hiện Nghị quyết; báo cáo Thủ tướng Chính phủ.",
    "SIG:TM. CHÍNH PHỦ/THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Ngân hàng Nhà nước Việt Nam", "execute"),
    U("Bộ Tài chính", "execute"),
    U("Bộ Xây dựng", "execute"), U("Thủ tướng Chính phủ", "report"),
    U("Bộ Công an", "execute"), U("Bộ Quốc phòng", "execute"),
    U("Văn phòng Chính phủ", "monitor"), U("Văn phòng Chính phủ", "execute", opt=True),
])

# 29 md: 'cùng chủ trì', 'dưới sự chỉ đạo của', passive 'do X chủ trì'
case("29", "md", TTG_HDR_MD.format(num="2011/QĐ-TTg", date="16 tháng 11 năm 2027"), [
    "T:QUYẾT ĐỊNH",
    "S:Ban hành Kế hoạch thực hiện Chương trình quốc gia về tăng năng suất lao động giai đoạn 2028 - 2030",
    "T:THỦ TƯỚNG CHÍNH PHỦ",
    "T:QUYẾT ĐỊNH:",
    "A:Điều 1.|Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình quốc gia về tăng năng suất lao động giai đoạn 2028 - 2030.",
    "A:Điều 2.|Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
    "T:KẾ HOẠCH",
    "I:(Kèm theo Quyết định số 2011/QĐ-TTg ngày 16 tháng 11 năm 2027 của Thủ tướng Chính phủ)",
    "H:I. MỤC TIÊU",
    "Nâng cao năng suất lao động của các ngành, lĩnh vực.",
    "H:II. NHIỆM VỤ",
    "1. Đề án đo lường năng suất lao động cấp ngành do Bộ Tài chính chủ trì xây dựng, trình Thủ tướng Chính phủ trong năm 2028.",
    "2. Bộ Khoa học và Công nghệ cùng Bộ Nội vụ chủ trì triển khai phong trào năng suất trong khu vực công.",
    "3. Các bộ quản lý ngành triển khai chương trình năng suất theo ngành dưới sự chỉ đạo của Phó Thủ tướng Lương Hữu Thành.",
    "H:III. TỔ CHỨC THỰC HIỆN",
    "Bộ Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng năm báo cáo Thủ tướng Chính phủ.",
], [
    U("Bộ Tài chính", "lead"), U("Thủ tướng Chính phủ", "report"),
    U("Bộ Khoa học và Công nghệ", "lead"), U("Bộ Nội vụ", "lead"),
    U("Bộ Khoa học và Công nghệ", "execute", opt=True), U("Bộ Nội vụ", "execute", opt=True),
    U("Các bộ quản lý ngành", "execute"),
    U("Phó Thủ tướng Lương Hữu Thành", "monitor", opt=True), U("Phó Thủ tướng Lương Hữu Thành", "lead", opt=True),
    U("Phó Thủ tướng Lương Hữu Thành", "execute", opt=True),
    U("Bộ Khoa học và Công nghệ", "monitor"),
], sections=[S("I", "MỤC TIÊU"), S("II", "NHIỆM VỤ"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 30 tvpl: 'với sự phối hợp của' in TCTH items, and 'có sự tham gia của'
case("30", "tvpl", NQ_HDR_TV.format(num="139/NQ-CP", date="02 tháng 8 năm 2027"),
     nq_frame("139/NQ-CP", "02/8/2027",
              "Ban hành Chương trình hành động của Chính phủ về phát triển thể thao thành tích cao",
              "Chương trình hành động của Chính phủ về phát triển thể thao thành tích cao",
              "139/NQ-CP ngày 02 tháng 8 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Nâng cao thành tích thể thao Việt Nam tại các đại hội thể thao khu vực và thế giới.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm tổ chức thực hiện Chương trình, với sự phối hợp của Bộ Tài chính, Bộ Y tế và Ủy ban Olympic Việt Nam; theo dõi, đôn đốc, báo cáo Thủ tướng Chính phủ.",
         "2. Bộ Giáo dục và Đào tạo thực hiện Đề án phát hiện, tuyển chọn năng khiếu thể thao trong trường học với sự phối hợp của Bộ Văn hóa, Thể thao và Du lịch.",
         "3. Bộ Y tế, với sự phối hợp của Viện Khoa học Thể dục thể thao, xây dựng chế độ dinh dưỡng cho vận động viên.",
     ],
     gov_holders() + [
         U("Bộ Văn hóa, Thể thao và Du lịch", "execute"),
         U("Bộ Tài chính", "coordinate"), U("Bộ Y tế", "coordinate"), U("Ủy ban Olympic Việt Nam", "coordinate"),
         U("Bộ Văn hóa, Thể thao và Du lịch", "monitor"), U("Thủ tướng Chính phủ", "report"),
         U("Bộ Giáo dục và Đào tạo", "execute"), U("Bộ Văn hóa, Thể thao và Du lịch", "coordinate"),
         U("Bộ Y tế", "execute"), U("Viện Khoa học Thể dục thể thao", "coordinate"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 31 pdf: Điều 3 formulas with shared heads
case("31", "pdf", pdf_header("THỦ TƯỚNG CHÍNH PHỦ", "2240/QĐ-TTg", "Hà Nội, ngày 20 tháng 12 năm 2027"), [
    "QUYẾT ĐỊNH",
    "Về việc giao dự toán ngân sách nhà nước năm 2028",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "QUYẾT ĐỊNH:",
    "A:Điều 1.|Giao dự toán ngân sách nhà nước năm 2028 cho các bộ, cơ quan trung ương và các tỉnh, thành phố trực thuộc trung ương.",
    "A:Điều 2.|Căn cứ dự toán được giao, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, cơ quan khác ở trung ương thực hiện phân bổ, giao dự toán cho các đơn vị sử dụng ngân sách trước ngày 31 tháng 12 năm 2027; gửi kết quả phân bổ về Bộ Tài chính.",
    "A:Điều 3.|Bộ trưởng Bộ Tài chính, Bộ trưởng, Thủ trưởng các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Bộ trưởng", "execute"), U("Thủ trưởng cơ quan ngang bộ", "execute"),
    U("Thủ trưởng cơ quan thuộc Chính phủ", "execute", printed_as=["cơ quan thuộc Chính phủ"]),
    U("Thủ trưởng cơ quan khác ở trung ương", "execute", printed_as=["cơ quan khác ở trung ương"]),
    U("Bộ Tài chính", "report"),
    U("Bộ trưởng Bộ Tài chính", "execute"),
    U("Thủ trưởng các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "execute", opt=True),
    U("Thủ trưởng các bộ", "execute", opt=True),
    U("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    U("các đơn vị sử dụng ngân sách", "execute", opt=True),
])

# 32 md: local authorities named by level, short forms defined in the text
case("32", "md", NQ_HDR_MD.format(num="201/NQ-CP", date="09 tháng 11 năm 2027"),
     nq_frame("201/NQ-CP", "09/11/2027",
              "Ban hành Chương trình hành động của Chính phủ về bảo đảm trật tự, an toàn giao thông",
              "Chương trình hành động của Chính phủ về bảo đảm trật tự, an toàn giao thông",
              "201/NQ-CP ngày 09 tháng 11 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Công an chủ trì, phối hợp với Bộ Xây dựng theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo Chính phủ.",
         "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi là Ủy ban nhân dân cấp tỉnh) xây dựng kế hoạch triển khai tại địa phương.",
         "3. Ủy ban nhân dân cấp tỉnh chỉ đạo Ủy ban nhân dân cấp xã tổ chức giải tỏa hành lang an toàn giao thông; báo cáo kết quả về Bộ Công an.",
         "4. Chính quyền địa phương các cấp chịu trách nhiệm về trật tự, an toàn giao thông trên địa bàn.",
         "5. Đề nghị Ủy ban An toàn giao thông Quốc gia phối hợp với Bộ Công an kiểm tra công tác bảo đảm trật tự, an toàn giao thông tại các địa phương.",
     ],
     gov_holders() + [
         U("Bộ Công an", "execute", opt=True), U("Bộ Công an", "lead"), U("Bộ Công an", "monitor"),
         U("Bộ Xây dựng", "coordinate"), U("Chính phủ", "report"),
         U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute", printed_as=["Ủy ban nhân dân cấp tỉnh"]),
         U("Ủy ban nhân dân cấp xã", "execute", opt=True),
         U("Bộ Công an", "report"),
         U("Chính quyền địa phương các cấp", "execute"),
         U("Ủy ban An toàn giao thông Quốc gia", "execute"), U("Ủy ban An toàn giao thông Quốc gia", "coordinate"),
         U("Ủy ban An toàn giao thông Quốc gia", "monitor"), U("Bộ Công an", "coordinate"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 33 tvpl: the usual NQ-CP TCTH in TVPL rendering (baseline)
case("33", "tvpl", NQ_HDR_TV.format(num="158/NQ-CP", date="18 tháng 9 năm 2027"),
     nq_frame("158/NQ-CP", "18/9/2027",
              "Ban hành Chương trình hành động của Chính phủ về chuyển đổi năng lượng công bằng",
              "Chương trình hành động của Chính phủ về chuyển đổi năng lượng công bằng",
              "158/NQ-CP ngày 18 tháng 9 năm 2027") + [
         "H:I. MỤC ĐÍCH, YÊU CẦU",
         "Thực hiện cam kết của Việt Nam về chuyển đổi năng lượng.",
         "H:II. NHIỆM VỤ, GIẢI PHÁP",
         "1. Hoàn thiện thể chế về năng lượng tái tạo.",
         "H:III. TỔ CHỨC THỰC HIỆN",
         "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:",
         "a) Tập trung chỉ đạo, tổ chức thực hiện có hiệu quả các nhiệm vụ được giao tại Chương trình hành động.",
         "b) Định kỳ 6 tháng, báo cáo kết quả thực hiện gửi Bộ Công Thương trước ngày 20 tháng 6 và ngày 20 tháng 12.",
         "2. Giao Bộ Công Thương làm đầu mối theo dõi, đôn đốc việc thực hiện Chương trình hành động; tổng hợp, báo cáo Chính phủ tại phiên họp thường kỳ.",
         "3. Bộ Tài chính, Bộ Nông nghiệp và Môi trường phối hợp với Bộ Công Thương huy động nguồn tài chính quốc tế cho chuyển đổi năng lượng.",
         "4. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam tuyên truyền, vận động người lao động trong ngành than, dầu khí thích ứng với chuyển đổi.",
     ],
     gov_holders() + [
         U("Bộ Công Thương", "report"),
         U("Bộ Công Thương", "lead"), U("Bộ Công Thương", "monitor"), U("Bộ Công Thương", "execute", opt=True),
         U("Chính phủ", "report"),
         U("Bộ Tài chính", "execute"), U("Bộ Nông nghiệp và Môi trường", "execute"),
         U("Bộ Tài chính", "coordinate"), U("Bộ Nông nghiệp và Môi trường", "coordinate"),
         U("Bộ Công Thương", "coordinate"),
         U("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
         U("Tổng Liên đoàn Lao động Việt Nam", "execute"),
     ],
     sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "NHIỆM VỤ, GIẢI PHÁP"), S("III", "TỔ CHỨC THỰC HIỆN")])

# 34 pdf: CT-TTg with heads of broadcasters and information verbs
case("34", "pdf", pdf_header("THỦ TƯỚNG CHÍNH PHỦ", "27/CT-TTg", "Hà Nội, ngày 14 tháng 9 năm 2027"), [
    "CHỈ THỊ",
    "Về công tác ứng phó với bão, lũ năm 2027",
    "Từ đầu năm 2027, thiên tai diễn biến phức tạp, gây thiệt hại nặng nề.",
    "Thủ tướng Chính phủ yêu cầu:",
    "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng chỉ đạo các lực lượng sẵn sàng phương tiện, trang thiết bị cứu hộ, cứu nạn.",
    "2. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng xem xét khoanh nợ, giãn nợ cho khách hàng bị thiệt hại.",
    "3. Tổng Giám đốc Đài Truyền hình Việt Nam, Tổng Giám đốc Đài Tiếng nói Việt Nam, Tổng Giám đốc Thông tấn xã Việt Nam thông tin, cảnh báo kịp thời về diễn biến bão, lũ.",
    "4. Ban Chỉ đạo quốc gia về phòng, chống thiên tai theo dõi sát diễn biến thiên tai, chủ động chỉ đạo công tác ứng phó.",
    "5. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chỉ thị; báo cáo Thủ tướng Chính phủ những vấn đề phát sinh.",
    "SIG:THỦ TƯỚNG/Hà Minh Tâm",
], [
    U("Bộ trưởng Bộ Quốc phòng", "execute"), U("Bộ trưởng Bộ Công an", "execute"),
    U("Bộ trưởng Bộ Xây dựng", "execute"),
    U("Thống đốc Ngân hàng Nhà nước Việt Nam", "execute"),
    U("các tổ chức tín dụng", "execute", opt=True),
    U("Tổng Giám đốc Đài Truyền hình Việt Nam", "execute"),
    U("Tổng Giám đốc Đài Tiếng nói Việt Nam", "execute"),
    U("Tổng Giám đốc Thông tấn xã Việt Nam", "execute"),
    U("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "execute", printed_as=["Ban Chỉ đạo quốc gia"]),
    U("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "monitor", opt=True, printed_as=["Ban Chỉ đạo quốc gia"]),
    U("Văn phòng Chính phủ", "monitor"), U("Văn phòng Chính phủ", "execute", opt=True),
    U("Thủ tướng Chính phủ", "report"),
])

# 35 md: Ministry of Education plan with classes of institutions
case("35", "md", md_header("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "1033/KH-BGDĐT", "Hà Nội, ngày 22 tháng 7 năm 2027"), [
    "T:KẾ HOẠCH",
    "S:Triển khai chương trình bồi dưỡng nhà giáo năm học 2027 - 2028",
    "H:I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao năng lực đội ngũ nhà giáo đáp ứng yêu cầu đổi mới.",
    "H:II. TỔ CHỨC THỰC HIỆN",
    "H2:1. Cục Nhà giáo và Cán bộ quản lý giáo dục",
    "- Chủ trì xây dựng chương trình bồi dưỡng; theo dõi, đôn đốc các đơn vị thực hiện.",
    "- Tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 30 tháng 6 năm 2028.",
    "H2:2. Các sở giáo dục và đào tạo",
    "- Tổ chức bồi dưỡng cho giáo viên trên địa bàn; phối hợp với các trường sư phạm bố trí giảng viên.",
    "H2:3. Các đại học, học viện, trường đại học có đào tạo giáo viên",
    "- Phối hợp với Cục Nhà giáo và Cán bộ quản lý giáo dục biên soạn tài liệu bồi dưỡng.",
    "H2:4. Vụ Kế hoạch - Tài chính",
    "- Bố trí kinh phí thực hiện Kế hoạch.",
    "SIG:KT. BỘ TRƯỞNG/THỨ TRƯỞNG/Vương Đình Hải",
], [
    U("Cục Nhà giáo và Cán bộ quản lý giáo dục", "execute"), U("Cục Nhà giáo và Cán bộ quản lý giáo dục", "lead"),
    U("Cục Nhà giáo và Cán bộ quản lý giáo dục", "monitor"), U("Bộ trưởng", "report"),
    U("Các sở giáo dục và đào tạo", "execute"), U("các trường sư phạm", "coordinate"),
    # added after the run (oversight): SPEC counts the subject of 'X phối hợp' as coordinate too
    U("Các sở giáo dục và đào tạo", "coordinate", opt=True),
    U("Các đại học, học viện, trường đại học có đào tạo giáo viên", "execute",
      printed_as=["Các đại học, học viện, trường đại học"]),
    U("Các đại học, học viện, trường đại học có đào tạo giáo viên", "coordinate",
      printed_as=["Các đại học, học viện, trường đại học"]),
    U("Cục Nhà giáo và Cán bộ quản lý giáo dục", "coordinate"),
    U("Vụ Kế hoạch - Tài chính", "execute"),
], sections=[S("I", "MỤC ĐÍCH, YÊU CẦU"), S("II", "TỔ CHỨC THỰC HIỆN")])

# 36 tvpl: 'có trách nhiệm' subjects and a report to the Government's regular meeting
case("36", "tvpl", NQ_HDR_TV.format(num="173/NQ-CP", date="06 tháng 10 năm 2027"),
     nq_frame("173/NQ-CP", "06/10/2027",
              "Ban hành Chương trình hành động của Chính phủ về phát triển hạ tầng số",
              "Chương trình hành động của Chính phủ về phát triển hạ tầng số",
              "173/NQ-CP ngày 06 tháng 10 năm 2027") + [
         "H:I. MỤC TIÊU",
         "Phát triển hạ tầng số hiện đại, an toàn.",
         "H:II. TỔ CHỨC THỰC HIỆN",
         "1. Bộ Khoa học và Công nghệ có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Chương trình hành động; tổng hợp, báo cáo Chính phủ tại phiên họp thường kỳ tháng 12 hằng năm.",
         "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm bố trí mặt bằng cho các công trình hạ tầng viễn thông.",
         "3. Các doanh nghiệp viễn thông có trách nhiệm đầu tư mạng 5G theo lộ trình được cấp phép; báo cáo Bộ Khoa học và Công nghệ trước ngày 15 tháng 12 hằng năm.",
         "4. Bộ Quốc phòng, Bộ Công an có trách nhiệm bảo đảm an ninh, an toàn hạ tầng số quốc gia.",
     ],
     gov_holders() + [
         U("Bộ Khoa học và Công nghệ", "execute"), U("Bộ Khoa học và Công nghệ", "monitor"),
         U("Chính phủ", "report"),
         U("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
         U("Các doanh nghiệp viễn thông", "execute"), U("Bộ Khoa học và Công nghệ", "report"),
         U("Bộ Quốc phòng", "execute"), U("Bộ Công an", "execute"),
     ],
     sections=[S("I", "MỤC TIÊU"), S("II", "TỔ CHỨC THỰC HIỆN")])


def build():
    for n, c in CASE.items():
        fn = {"md": md, "tvpl": tvpl, "pdf": pdf}[c["render"]]
        text = fn(c["header"], c["body"])
        (CASES / f"{n}.txt").write_text(text, encoding="utf-8")
        exp = {"render": c["render"], "note": c["note"], "units": c["units"],
               "targets": c["targets"], "sections": c["sections"]}
        (CASES / f"{n}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(CASE), "cases")


if __name__ == "__main__":
    build()
