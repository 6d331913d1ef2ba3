"""Units of task tables: made-up tables of general forms (a plan's header, then an annex table in
the forms real plans use) and real dev documents' tables (p037, b01, 12)."""
from pipeline.api import extract

from conftest import REAL

REAL2 = REAL.parent / "real2"
REAL3 = REAL.parent / "real3"

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
An Giang, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Triển khai thực hiện chuyển đổi số năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Triển khai đồng bộ các nhiệm vụ chuyển đổi số trên địa bàn tỉnh.
II. NHIỆM VỤ VÀ GIẢI PHÁP
Chi tiết tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục tổ chức thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/3/2025 của UBND tỉnh)

"""


def units(table: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = extract(text=HEAD + table)
    return [(r.unit, r.role, r.tasks[0] if r.tasks else None, r.deadline) for r in doc.responsibilities]


def test_pipe_table_with_group_rows_bullets_and_fields_in_lower_case():
    """Group rows ("I | NHIỆM VỤ CHUNG") name none; ";" and "," part units, a vague class ("Các
    sở, ban, ngành liên quan") is none; a cell's bullets flattened into one line ("- Văn phòng
    UBND tỉnh - Sở Khoa học và Công nghệ") are units each; a name's fields in lower case after
    its head stay in it ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh")."""
    got = units(
        "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm\n"
        "I | NHIỆM VỤ CHUNG |  |  |  | \n"
        "1 | Xây dựng cơ sở dữ liệu dân cư | Công an tỉnh | Sở Tư pháp; Sở Nội vụ | Quý II/2025 | Cơ sở dữ liệu\n"
        "2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính, UBND các xã, phường"
        " | Tháng 10/2025 | Dữ liệu\n"
        "3 | Đào tạo kỹ năng số | Sở Nội vụ | Các sở, ban, ngành liên quan | Tháng 6/2025 | Lớp học\n"
        "II | NHIỆM VỤ CỤ THỂ |  |  |  | \n"
        "1 | Hướng dẫn dịch vụ công | Trung tâm Phục vụ hành chính công tỉnh"
        " | - Văn phòng UBND tỉnh - Sở Khoa học và Công nghệ | Tháng 9/2025 | Hướng dẫn\n"
        "2 | Xúc tiến đầu tư số | Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh | Sở KH&ĐT; Bộ Công an"
        " | Tháng 12/2025 | Báo cáo\n")
    assert got == [
        ("Công an tỉnh", "lead", "Xây dựng cơ sở dữ liệu dân cư", "2025-Q2"),
        ("Sở Tư pháp", "coordinate", "Xây dựng cơ sở dữ liệu dân cư", "2025-Q2"),
        ("Sở Nội vụ", "coordinate", "Xây dựng cơ sở dữ liệu dân cư", "2025-Q2"),
        ("Sở Nông nghiệp và Môi trường", "lead", "Số hóa hồ sơ đất đai", "2025-10"),
        ("Sở Tài chính", "coordinate", "Số hóa hồ sơ đất đai", "2025-10"),
        ("UBND các xã, phường", "coordinate", "Số hóa hồ sơ đất đai", "2025-10"),
        ("Sở Nội vụ", "lead", "Đào tạo kỹ năng số", "2025-06"),
        ("Trung tâm Phục vụ hành chính công tỉnh", "lead", "Hướng dẫn dịch vụ công", "2025-09"),
        ("Văn phòng UBND tỉnh", "coordinate", "Hướng dẫn dịch vụ công", "2025-09"),
        ("Sở Khoa học và Công nghệ", "coordinate", "Hướng dẫn dịch vụ công", "2025-09"),
        ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", "lead", "Xúc tiến đầu tư số", "2025-12"),
        ("Sở KH&ĐT", "coordinate", "Xúc tiến đầu tư số", "2025-12"),
        ("Bộ Công an", "coordinate", "Xúc tiến đầu tư số", "2025-12")]


def test_pipe_table_header_over_two_rows():
    """"Cơ quan thực hiện" spanning "Chủ trì | Phối hợp" (the second row's other cells empty): the
    lead and coordinate columns under it, the task and deadline columns of the first row kept."""
    got = units(
        "TT | Nhiệm vụ | Cơ quan thực hiện |  | Thời hạn\n"
        " |  | Chủ trì | Phối hợp | \n"
        "1 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Tháng 5/2025\n"
        "2 | Tổ chức hội nghị tập huấn | Sở Nội vụ | UBND các huyện, thị xã, thành phố | Tháng 8/2025\n")
    assert got == [
        ("Văn phòng UBND tỉnh", "lead", "Rà soát thủ tục hành chính", "2025-05"),
        ("Các sở, ban, ngành", "coordinate", "Rà soát thủ tục hành chính", "2025-05"),
        ("Sở Nội vụ", "lead", "Tổ chức hội nghị tập huấn", "2025-08"),
        ("UBND các huyện, thị xã, thành phố", "coordinate", "Tổ chức hội nghị tập huấn", "2025-08")]


def test_pipe_table_rows_are_never_joined_and_classes_in_cells():
    """A row ending in "năm" ("Hằng năm") is not joined to the next ("4 | …"); a class after a
    comma ("…, các bệnh viện tuyến tỉnh"), a class singled out by what follows ("Các cơ quan, đơn
    vị trực tiếp sử dụng ngân sách nhà nước"), the series of a central document as one class in a
    cell ("Các bộ, cơ quan ngang bộ": its kinds in lower case, as blind annotations of probes keep
    it 17 times) and a head shared by places ("UBND thành phố Hà Nội, Thành phố Hồ Chí
    Minh")."""
    got = units(
        "TT | Nội dung | Chủ trì | Phối hợp | Thời gian\n"
        "1 | Triển khai | UBND các tỉnh, thành phố | Các bộ, ngành | Hằng năm\n"
        "2 | Báo cáo kết quả | Các bộ, cơ quan ngang bộ | Bộ Kế hoạch và Đầu tư | Tháng 12/2025\n"
        "3 | Cải cách công vụ | Sở Nội vụ | Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước | Năm 2026\n"
        "4 | Chuyển đổi số y tế | Sở Y tế | Bảo hiểm xã hội tỉnh, các bệnh viện tuyến tỉnh | Năm 2026\n"
        "5 | Giảm ô nhiễm | UBND thành phố Hà Nội, Thành phố Hồ Chí Minh | Bộ Xây dựng | Năm 2027\n")
    assert [(u, r) for u, r, _, _ in got] == [
        ("UBND các tỉnh, thành phố", "lead"), ("Các bộ, ngành", "coordinate"),
        ("Các bộ, cơ quan ngang bộ", "lead"), ("Bộ Kế hoạch và Đầu tư", "coordinate"),
        ("Sở Nội vụ", "lead"), ("Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước", "coordinate"),
        ("Sở Y tế", "lead"), ("Bảo hiểm xã hội tỉnh", "coordinate"), ("các bệnh viện tuyến tỉnh", "coordinate"),
        ("UBND thành phố Hà Nội", "lead"), ("UBND Thành phố Hồ Chí Minh", "lead"), ("Bộ Xây dựng", "coordinate")]
    assert got[2][2] == "Báo cáo kết quả" and got[2][3] == "2025-12"


def test_header_words_of_responsibility_and_units_of_an_execute_column():
    """"Trách nhiệm thực hiện" heads the column of the units that carry the task out, "Cơ quan,
    đơn vị phối hợp" the coordinating ones; "Đơn vị thực hiện" alone with "," and ";"."""
    got = units(
        "TT | Nội dung công việc | Trách nhiệm thực hiện | Cơ quan, đơn vị phối hợp | Thời gian\n"
        "1 | Tổ chức hội nghị triển khai | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 4/2025\n")
    assert {(u, r) for u, r, _, _ in got} == {("Sở Nội vụ", "execute"), ("Văn phòng UBND tỉnh", "coordinate")}
    got = units(
        "STT | Nội dung | Đơn vị thực hiện | Thời gian\n"
        "1 | Tuyên truyền pháp luật | Sở Tư pháp, Đài Phát thanh - Truyền hình tỉnh | Năm 2025\n"
        "2 | Phổ biến kiến thức | Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn | Năm 2025\n")
    assert [(u, r) for u, r, _, _ in got] == [
        ("Sở Tư pháp", "execute"), ("Đài Phát thanh - Truyền hình tỉnh", "execute"),
        ("Hội Liên hiệp Phụ nữ tỉnh", "execute"), ("Tỉnh đoàn", "execute")]


def cell_table(rows: list[list[str]]) -> str:
    """A table as legal-database pages write it: each cell after a "|" line, a row ending "|\\n|"."""
    out = []
    for row in rows:
        for cell in row:
            out += ["|", cell]
        out.append("|")
    return "\n".join(out + ["|"]) + "\n"


def test_table_one_cell_per_line_units_a_line_and_wrapped_names():
    """A cell of one unit a line ("Bộ Công an\\nBộ Khoa học và Công nghệ") or bulleted lines names
    each; a name wrapped over lines ("… trực thuộc Trung\\nương") is one; group rows name none."""
    got = units(cell_table([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I", "NHIỆM VỤ CHUNG"],
        ["1", "Hoàn thiện thể chế về dữ liệu", "Bộ Công an",
         "- Bộ Tư pháp;\n- Bộ Khoa học và Công nghệ;\n- Các bộ, ngành liên quan", "Quý IV năm 2025"],
        ["2", "Xây dựng cơ sở dữ liệu chuyên ngành", "Các bộ, cơ quan ngang bộ",
         "Bộ Công an\nBộ Khoa học và Công nghệ", "Năm 2026"],
        ["3", "Triển khai tại địa phương", "UBND các tỉnh, thành phố trực thuộc Trung\nương", "Bộ Nội vụ", "Năm 2026"],
        ["II", "NHIỆM VỤ CỤ THỂ"],
        ["1", "Đào tạo nguồn nhân lực", "Bộ Giáo dục và Đào tạo",
         "Bộ Nội vụ; Bộ Lao động - Thương binh và Xã hội", "Năm 2025"]]))
    assert [(u, r) for u, r, _, _ in got] == [
        ("Bộ Công an", "lead"), ("Bộ Tư pháp", "coordinate"), ("Bộ Khoa học và Công nghệ", "coordinate"),
        ("Các bộ, cơ quan ngang bộ", "lead"), ("Bộ Công an", "coordinate"),
        ("UBND các tỉnh, thành phố trực thuộc Trung ương", "lead"), ("Bộ Nội vụ", "coordinate"),
        ("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Lao động - Thương binh và Xã hội", "coordinate")]
    doc = extract(text=HEAD + cell_table([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Hoàn thiện thể chế về dữ liệu", "Bộ Công an", "Bộ Tư pháp", "Quý IV năm 2025"],
        ["2", "Xây dựng cơ sở dữ liệu", "Bộ Tài chính", "Bộ Công an\nBộ Khoa học và Công nghệ", "Năm 2026"]]))
    science = next(r for r in doc.responsibilities if r.unit == "Bộ Khoa học và Công nghệ")
    assert science.role == "coordinate" and science.tasks == ["Xây dựng cơ sở dữ liệu"]


def test_real_annex_tables_of_a_national_plan(extracted):
    """p037 (dev): a row with an empty "STT" cell under a group heading ("G. | BỘ GIÁO DỤC VÀ ĐÀO
    TẠO", then "| | Bộ Giáo dục và Đào tạo | Đại học Bách khoa Hà Nội; …") names its units; the
    second annex's header ("STT | Tên dự án, nhiệm vụ | … | Cơ quan chủ trì[1] | …", read with the
    annex's title before it) is a header, its footnote mark no part of the column's name."""
    doc = extracted(REAL2 / "p037.txt")
    got = {(r.unit, r.role) for r in doc.responsibilities}
    assert {("Bộ Giáo dục và Đào tạo", "lead"), ("Đại học Bách khoa Hà Nội", "coordinate"),
            ("Bộ Công an", "lead"), ("UBND các tỉnh, thành phố", "lead")} <= got
    # Annex II's lead column: "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh" is two units (merged
    # with the same units named in the body, "Ủy ban nhân dân Thành phố Hồ Chí Minh").
    assert not any(r.unit.startswith("UBND thành phố Hà Nội, ") for r in doc.responsibilities)
    assert {("Ủy ban nhân dân thành phố Hà Nội", "lead"), ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "lead")} <= got


def test_real_government_programme_table(extracted):
    """b01 (dev): row 15 ("… | Năm 2023") is read apart from row 14, and its coordinating body
    whose name the tagger cuts after its head ("Ủy ban" + "quản lý vốn nhà nước …") is whole."""
    doc = extracted(REAL3 / "b01_NQ-88-NQ-CP_chuong-trinh-hanh-dong.txt")
    committee = next(r for r in doc.responsibilities if r.unit.startswith("Ủy ban quản lý vốn"))
    assert (committee.unit, committee.role) == ("Ủy ban quản lý vốn nhà nước tại doanh nghiệp", "coordinate")
    assert committee.tasks == ["Xây dựng chế độ đãi ngộ cán bộ, công chức, viên chức, người lao động ngành"
                               " địa chất, khoáng sản"]
    assert not any(r.unit == "Ủy ban" for r in doc.responsibilities)


NATIONAL = """CHÍNH PHỦ
-------
Số: 45/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 10 tháng 3 năm 2025

NGHỊ QUYẾT
Ban hành Chương trình hành động về chuyển đổi số quốc gia

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về chuyển đổi số quốc gia.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban \
nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.

CHƯƠNG TRÌNH HÀNH ĐỘNG
(Kèm theo Nghị quyết số 45/NQ-CP ngày 10 tháng 3 năm 2025 của Chính phủ)

I. MỤC TIÊU
Hoàn thành chuyển đổi số trong các cơ quan nhà nước.
II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế
Bộ Tư pháp chủ trì, phối hợp với các bộ, cơ quan liên quan rà soát văn bản quy phạm pháp luật.
2. Phát triển hạ tầng số
Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công an, Bộ Quốc phòng xây dựng hạ tầng số.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Công an:
- Chủ trì triển khai cơ sở dữ liệu quốc gia về dân cư.
- Phối hợp với Bộ Khoa học và Công nghệ bảo đảm an ninh mạng.
2. Bộ Tài chính: Bố trí kinh phí thực hiện Chương trình.
3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc \
trung ương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch thực hiện; định kỳ hằng năm báo cáo Bộ \
Khoa học và Công nghệ để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ và kiến nghị về các giải pháp.
4. Bộ Khoa học và Công nghệ căn cứ chức năng, nhiệm vụ được giao, theo dõi, đôn đốc việc thực hiện \
Chương trình.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn B
"""


def test_national_programme_forms():
    """A Government resolution issuing a programme: "Bộ X chủ trì, phối hợp với …" under a heading
    ending in "số" (not joined to it), "Bộ Công an:" headings over their tasks, the series of
    central bodies, "căn cứ chức năng, nhiệm vụ được giao, theo dõi, đôn đốc …" (monitor), reports
    to "Chính phủ, Thủ tướng Chính phủ" before a later "về"."""
    got = {(r.unit, r.role) for r in extract(text=NATIONAL).responsibilities}
    assert got == {
        ("Bộ Tư pháp", "lead"), ("các bộ", "coordinate"),
        ("Bộ Khoa học và Công nghệ", "lead"), ("Bộ Công an", "coordinate"), ("Bộ Quốc phòng", "coordinate"),
        ("Bộ Công an", "execute"), ("Bộ Công an", "lead"), ("Bộ Khoa học và Công nghệ", "coordinate"),
        ("Bộ Tài chính", "execute"),
        ("Các bộ", "execute"), ("cơ quan ngang bộ", "execute"), ("cơ quan thuộc Chính phủ", "execute"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
        ("Bộ Khoa học và Công nghệ", "report"), ("Chính phủ", "report"), ("Thủ tướng Chính phủ", "report"),
        ("Bộ Khoa học và Công nghệ", "execute"), ("Bộ Khoa học và Công nghệ", "monitor"),
        ("Các Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"),
        ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute")}


def test_real_national_forms(extracted):
    """b01: "Bộ trưởng Bộ Tài nguyên và Môi trường căn cứ chức năng, nhiệm vụ, quyền hạn được giao,
    theo dõi, đôn đốc …; … tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ và kiến nghị về …";
    03 (a decision setting up a steering committee): "Bộ Công an làm nhiệm vụ cơ quan thường trực";
    b02: "báo cáo Bộ Chính trị, Ban Bí thư về tình hình …"; 15: "báo cáo Hội đồng nhân dân tỉnh tại
    kỳ họp … và Bộ Công an về …", the words before "về" holding capitals ("Báo cáo kết quả thực hiện
    Chương trình … về Ủy ban nhân dân tỉnh (qua Công an tỉnh)") still reaching it."""
    b01 = {(r.unit, r.role) for r in extracted(REAL3 / "b01_NQ-88-NQ-CP_chuong-trinh-hanh-dong.txt").responsibilities}
    assert {("Bộ trưởng Bộ Tài nguyên và Môi trường", "monitor"), ("Chính phủ", "report"),
            ("Thủ tướng Chính phủ", "report")} <= b01
    qd = {(r.unit, r.role) for r in extracted(REAL / "03_QD-2319-QD-TTg_signed.pdf").responsibilities}
    assert ("Bộ Công an", "lead") in qd
    b02 = {(r.unit, r.role) for r in extracted(REAL3 / "b02_NQ-10-NQ-TW_dia-chat-khoang-san.txt").responsibilities}
    assert {("Bộ Chính trị", "report"), ("Ban Bí thư", "report")} <= b02
    kh15 = {(r.unit, r.role) for r in extracted(REAL / "15_KH-PCMT-den-2030-UBND-LamDong.docx").responsibilities}
    assert {("Hội đồng nhân dân tỉnh", "report"), ("Ủy ban nhân dân tỉnh", "report"), ("Công an tỉnh", "report"),
            ("Bộ Công an", "report")} <= kh15


def test_role_markers_offices_in_parentheses_and_names_as_printed():
    """In a "Đơn vị thực hiện" column, "(chủ trì)" / "(phối hợp)" after units give their roles; a
    parenthesis naming an office of the unit ("Bộ Công an (Cục An ninh mạng …)") is a unit too,
    whole; a name keeps its printed "&" ("Sở LĐ-TB&XH"); "và các đơn vị liên quan" is vague."""
    got = units(
        "STT | Nội dung | Đơn vị thực hiện | Thời gian\n"
        "1. | Tập huấn nghiệp vụ | Sở Nội vụ (chủ trì); Sở Tài chính, Sở Tư pháp (phối hợp) | Quý I/2026\n"
        "2. | Rà soát danh mục | Các sở, ngành, UBND cấp huyện | Tháng 3/2026\n"
        "3. | Tuyên truyền | Sở Y tế và các đơn vị liên quan | Năm 2026\n"
        "4. | Phổ cập giáo dục | Sở GD&ĐT, Sở LĐ-TB&XH | Năm 2026\n"
        "5. | An ninh mạng | Bộ Công an (Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)"
        " | Năm 2026\n")
    assert [(u, r) for u, r, _, _ in got] == [
        ("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "coordinate"),
        ("Các sở, ngành", "execute"), ("UBND cấp huyện", "execute"), ("Sở Y tế", "execute"),
        ("Sở GD&ĐT", "execute"), ("Sở LĐ-TB&XH", "execute"), ("Bộ Công an", "execute"),
        ("Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "execute")]
    assert got[0][2:] == ("Tập huấn nghiệp vụ", "2026-Q1")


def test_real_office_in_parenthesis_and_spellings_of_one_class(extracted):
    """16 (dev): "Văn phòng UBND tỉnh (Trung tâm Thông tin)" in the lead column names the office
    (a unit of the gold); p037: "UBND các tỉnh/ thành phố" and "UBND các tỉnh/thành phố" are one
    unit per role, spelled as printed; the partner cell of Phụ lục I's row A.2 names the provinces
    of two regions as printed, "UBND các tỉnh/thành phố vùng đồng bằng sông Hồng\nvà Đông Nam Bộ."
    (the annex read in its own columns, its caption no cell of its header: the gold names the
    class alone, "UBND các tỉnh/thành phố")."""
    doc16 = extracted(REAL / "16_KH-CCHC-2026-2030-UBND-LamDong.docx")
    assert ("Trung tâm Thông tin", "lead") in {(r.unit, r.role) for r in doc16.responsibilities}
    p037 = [r for r in extracted(REAL2 / "p037.txt").responsibilities if r.unit.startswith("UBND các tỉnh/")]
    assert sorted((r.unit, r.role) for r in p037) == [
        ("UBND các tỉnh/ thành phố", "coordinate"), ("UBND các tỉnh/thành phố", "lead"),
        ("UBND các tỉnh/thành phố vùng đồng bằng sông Hồng và Đông Nam Bộ", "coordinate")]


def test_kinds_of_body_in_a_cell():
    """A kind of body without "các" singled out by what follows ("Cơ quan quản lý cấp trên của đơn
    vị sự nghiệp công lập", "Cơ quan thuế") is a unit; two such kinds after a comma are two; a class
    over its kinds stays one ("Các sở, ban, ngành"), none where it ends with "địa phương" ("Các cơ
    quan, đơn vị, địa phương" names everyone)."""
    got = units(
        "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian\n"
        "1 | Giao dự toán | Sở Tài chính | Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập, đơn vị sự"
        " nghiệp công lập trực thuộc UBND tỉnh | Tháng 12/2025\n"
        "2 | Thu ngân sách | Cơ quan thuế | Các cơ quan, đơn vị, địa phương | Năm 2026\n"
        "3 | Kiểm tra | Sở Tài chính | Các sở, ban, ngành | Năm 2026\n")
    assert [(u, r) for u, r, _, _ in got] == [
        ("Sở Tài chính", "lead"), ("Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập", "coordinate"),
        ("đơn vị sự nghiệp công lập trực thuộc UBND tỉnh", "coordinate"), ("Cơ quan thuế", "lead"),
        ("Các sở, ban, ngành", "coordinate")]


def test_a_name_the_tagger_cuts_runs_to_the_cells_end():
    """"Viện Nghiên cứu" + "phát triển Thành phố" (words the tagger takes for verbs) is one name
    in a unit cell; not over "và các …" (another unit) or a verb of a task ("Sở Tư pháp hướng
    dẫn"); p024 (dev): "Các doanh nghiệp đầu tư hạ tầng", a unit of the gold."""
    got = units(
        "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian\n"
        "1 | Nghiên cứu đề án | Viện Nghiên cứu phát triển Thành phố | Sở Tư pháp hướng dẫn | Năm 2026\n"
        "2 | Triển khai | Các đơn vị cấp tỉnh và các địa phương | Sở Nội vụ | Năm 2026\n")
    assert [(u, r) for u, r, _, _ in got] == [
        ("Viện Nghiên cứu phát triển Thành phố", "lead"), ("Sở Tư pháp", "coordinate"),
        ("Các đơn vị cấp tỉnh", "lead"), ("Sở Nội vụ", "coordinate")]


def test_real_name_cut_by_the_tagger_in_a_cell(extracted):
    got = {(r.unit, r.role) for r in extracted(REAL2 / "p024.txt").responsibilities}
    assert ("Các doanh nghiệp đầu tư hạ tầng", "coordinate") in got and ("Các doanh nghiệp", "coordinate") not in got


def test_header_spellings():
    """Headers with "/" spaced or not ("Cơ quan/ đơn vị chủ trì", "Cơ quan/đơn vị phối hợp"),
    "Đơn vị chịu trách nhiệm" (execute), "Nhiệm vụ, giải pháp" (the task)."""
    got = units(
        "TT | Nhiệm vụ, giải pháp | Cơ quan/ đơn vị chủ trì | Cơ quan/đơn vị phối hợp | Tiến độ\n"
        "1 | Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | Quý II/2026\n")
    assert got == [("Sở Xây dựng", "lead", "Rà soát quy hoạch", "2026-Q2"),
                   ("Sở Tài chính", "coordinate", "Rà soát quy hoạch", "2026-Q2")]
    got = units(
        "TT | Nội dung | Đơn vị chịu trách nhiệm | Thời hạn\n"
        "1 | Kiểm tra định kỳ | Thanh tra tỉnh | Tháng 11/2026\n")
    assert got == [("Thanh tra tỉnh", "execute", "Kiểm tra định kỳ", "2026-11")]


def test_row_continuing_the_one_above_keeps_its_task_and_classes_of_companies():
    """A row whose number and task cells are merged with the row above (written empty) has that
    row's task; "các tập đoàn kinh tế, tổng công ty nhà nước …" is a class of bodies (b01)."""
    doc = extract(text=HEAD + (
        "STT | Nhiệm vụ | Sản phẩm | Chủ trì | Phối hợp\n"
        "1 | Tham mưu ban hành kế hoạch tuyên truyền | Kế hoạch của UBND tỉnh | Sở Nội vụ | Sở Tư pháp\n"
        " |  | Kế hoạch của cơ quan, đơn vị | Các sở, ban, ngành | \n"
        "2 | Phổ biến pháp luật về khoáng sản | Chương trình | các tập đoàn kinh tế, tổng công ty nhà nước"
        " hoạt động khoáng sản | Bộ Tư pháp\n"))
    got = {(r.unit, r.role): r.tasks for r in doc.responsibilities}
    assert got == {
        ("Sở Nội vụ", "lead"): ["Tham mưu ban hành kế hoạch tuyên truyền"],
        ("Sở Tư pháp", "coordinate"): ["Tham mưu ban hành kế hoạch tuyên truyền"],
        ("Các sở, ban, ngành", "lead"): ["Tham mưu ban hành kế hoạch tuyên truyền"],
        ("các tập đoàn kinh tế, tổng công ty nhà nước hoạt động khoáng sản", "lead"): [
            "Phổ biến pháp luật về khoáng sản"],
        ("Bộ Tư pháp", "coordinate"): ["Phổ biến pháp luật về khoáng sản"]}
    b01 = extract(REAL3 / "b01_NQ-88-NQ-CP_chuong-trinh-hanh-dong.txt")
    assert ("các tập đoàn kinh tế, tổng công ty nhà nước hoạt động khoáng sản", "lead") in {
        (r.unit, r.role) for r in b01.responsibilities}


def test_passive_lead():
    """"Hội nghị do Chủ tịch Ủy ban nhân dân tỉnh chủ trì." leads (04: the Prime Minister chairing
    a conference); "các dự án do Bộ Công an chủ trì theo …" only describes the projects (p015)."""
    text = HEAD.replace(
        "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục tổ chức thực hiện.",
        "Hội nghị sơ kết do Chủ tịch Ủy ban nhân dân tỉnh chủ trì.\n"
        "Triển khai các dự án do Bộ Công an chủ trì theo chức năng, nhiệm vụ được giao.")
    got = {(r.unit, r.role) for r in extract(text=text).responsibilities}
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "lead") in got
    assert not any(u == "Bộ Công an" for u, _ in got)
    cd = {(r.unit, r.role) for r in extract(REAL / "04_CD-2003-CD-VPCP_signed.pdf").responsibilities}
    assert ("Thủ tướng Chính phủ Phạm Minh Chính", "lead") in cd
    p015 = {(r.unit, r.role) for r in extract(REAL2 / "p015.txt").responsibilities}
    assert ("Bộ Công an", "lead") not in p015


def test_table_of_aims_and_their_leads_and_cells_written_as_sentences():
    """An annex of aims ("TT | Chỉ tiêu | Chủ trì"): each aim's lead. A cell written as sentences
    gives its units the role its verb says: "Sở Khoa học và Công nghệ chủ trì hướng dẫn" (lead),
    "Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu" (execute, not the column's lead); a cue
    among a unit's first verbs adds its role to the column's ("thúc đẩy, theo dõi": monitor)."""
    got = units(cell_table([
        ["TT", "Chỉ tiêu", "Chủ trì"],
        ["1", "Tỷ lệ người dân có chữ ký số đạt 80%", "Tỉnh đoàn"],
        ["2", "Phát triển 05 bộ dữ liệu mở mỗi năm",
         "Sở Khoa học và Công nghệ chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu"],
        ["3", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%",
         "Sở Tài chính thúc đẩy, theo dõi, báo cáo chỉ tiêu"]]))
    assert [(u, r, t) for u, r, t, _ in got] == [
        ("Tỉnh đoàn", "lead", "Tỷ lệ người dân có chữ ký số đạt 80%"),
        ("Sở Khoa học và Công nghệ", "lead", "Phát triển 05 bộ dữ liệu mở mỗi năm"),
        ("Các sở, ngành", "execute", "Phát triển 05 bộ dữ liệu mở mỗi năm"),
        ("UBND cấp xã", "execute", "Phát triển 05 bộ dữ liệu mở mỗi năm"),
        ("Sở Tài chính", "lead", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%"),
        ("Sở Tài chính", "monitor", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%")]


def test_real_table_of_aims_and_cues_after_a_preamble(extracted):
    """p009 (dev): the annex of aims gives "Ngân hàng nhà nước khu vực XII", "Tỉnh đoàn" the lead
    (of the gold). A unit's task opening with what it rests on ("Trên cơ sở đề xuất kinh phí của
    các sở, ban, ngành, địa phương, chủ trì tổng hợp", p026; "Trên cơ sở của nội dung Phong trào
    thi đua, phối hợp chặt chẽ với …", 14) has the role of the cue after it (of the gold)."""
    p009 = {(r.unit, r.role) for r in extracted(REAL2 / "p009.txt").responsibilities}
    assert {("Ngân hàng nhà nước khu vực XII", "lead"), ("Tỉnh đoàn", "lead")} <= p009
    p026 = {(r.unit, r.role) for r in extracted(REAL2 / "p026.txt").responsibilities}
    assert ("Sở Tài chính", "lead") in p026
    kh14 = {(r.unit, r.role) for r in extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx").responsibilities}
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate") in kh14


def _cells_skipping_empty(rows: list[list[str]]) -> str:
    """A table one cell per line as the pages write an empty cell: its "|" line alone, no line of
    its own ("… | Năm 2025 | |" ends "Năm 2025\\n|\\n|\\n|")."""
    out = []
    for row in rows:
        for cell in row:
            out += ["|", cell] if cell else ["|"]
        out.append("|")
    return "\n".join(out) + "\n"


def test_empty_cells_of_a_table_one_cell_per_line_eighth_session():
    """An empty "Ghi chú" cell ending each row (the last row's too), and an empty "Cơ quan phối
    hợp" cell: the rows keep their width (pipeline/tables.py puts the empty cells back), so each
    row's units are read (every row read as short of the header named none)."""
    got = units(_cells_skipping_empty([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        ["1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Năm 2025", ""],
        ["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026", ""]]))
    assert got == [("Sở Nông nghiệp và Môi trường", "lead", "Xây dựng cơ sở dữ liệu đất đai", "2025"),
                   ("Sở Tài chính", "coordinate", "Xây dựng cơ sở dữ liệu đất đai", "2025"),
                   ("Sở Nội vụ", "lead", "Số hóa hồ sơ lưu trữ", "2026"),
                   ("Sở Tư pháp", "coordinate", "Số hóa hồ sơ lưu trữ", "2026")]
    got = units(_cells_skipping_empty([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "", "Năm 2025"],
        ["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026"]]))
    assert got == [("Sở Nông nghiệp và Môi trường", "lead", "Xây dựng cơ sở dữ liệu đất đai", "2025"),
                   ("Sở Nội vụ", "lead", "Số hóa hồ sơ lưu trữ", "2026"),
                   ("Sở Tư pháp", "coordinate", "Số hóa hồ sơ lưu trữ", "2026")]


def test_bulleted_units_in_a_cell_are_no_items_of_the_part_eighth_session():
    """A task table inside the implementation part: the bulleted units of its "Cơ quan phối hợp"
    cell coordinate; they are no items of the part (they read as units told to act, execute)."""
    body = HEAD.split("Nơi nhận:")[0] + _cells_skipping_empty([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Triển khai nền tảng số", "Công an tỉnh", "- Sở Khoa học và Công nghệ;\n- UBND các xã", "2025"]])
    doc = extract(text=body)
    assert sorted((r.unit, r.role) for r in doc.responsibilities) == [
        ("Công an tỉnh", "lead"), ("Sở Khoa học và Công nghệ", "coordinate"), ("UBND các xã", "coordinate")]


def test_columns_of_schools_and_offices_eighth_session():
    """Headers schools and universities give their task tables ("Người thực hiện", "Bộ phận thực
    hiện", "Đơn vị phụ trách", "Phụ trách" beside "Phối hợp") name who executes, an office-holder
    or a department; "Cơ quan tham mưu" (and "đầu mối") the lead."""
    for header in ("Người thực hiện", "Bộ phận thực hiện", "Đơn vị phụ trách", "Phụ trách"):
        got = units(_cells_skipping_empty([
            ["TT", "Nội dung công việc", header, "Thời gian"],
            ["1", "Xây dựng kế hoạch năm học", "Phó Hiệu trưởng", "Tháng 9"],
            ["2", "Tổng hợp hồ sơ", "Phòng Đào tạo", "Tháng 10"]]))
        assert [(u, r) for u, r, _, _ in got] == [("Phó Hiệu trưởng", "execute"), ("Phòng Đào tạo", "execute")], header
    got = units(_cells_skipping_empty([
        ["TT", "Nhiệm vụ", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Rà soát cơ chế tài chính", "Sở Tài chính", "Sở Nội vụ", "2025"]]))
    assert [(u, r) for u, r, _, _ in got] == [("Sở Tài chính", "lead"), ("Sở Nội vụ", "coordinate")]
