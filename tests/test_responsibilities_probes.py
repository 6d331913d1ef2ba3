"""Forms of assigning work that real plans use, each in a made-up plan (sixth session's probes):
the exact (unit, role) pairs a careful annotator following SPEC §2.1 lists."""
import pipeline

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HOA SƠN
-------
Số: 21/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hoa Sơn, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025

Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác cải cách hành chính năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác quản lý nhà nước trên địa bàn tỉnh.
2. Yêu cầu
Bảo đảm thiết thực, hiệu quả, đúng tiến độ.

II. NỘI DUNG
1. Tuyên truyền, phổ biến các quy định mới.
2. Rà soát, hoàn thiện thể chế.

III. KINH PHÍ
Kinh phí thực hiện từ ngân sách nhà nước theo phân cấp hiện hành.

"""

FOOT = """
Nơi nhận:
- Bộ Nội vụ;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Bình
"""


def pairs(section: str) -> set[tuple[str, str]]:
    return {(r.unit, r.role) for r in pipeline.extract(text=HEAD + section + FOOT).responsibilities}


def test_kind_of_body_after_a_list_of_places_is_its_own_unit():
    # "Liên đoàn Lao động các huyện, thành phố, công đoàn ngành, …": SPEC §2.1's joined heading
    # (a comma, not a semicolon, between its units).
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Liên đoàn Lao động các huyện, thành phố, công đoàn ngành, công đoàn các khu công nghiệp căn cứ Kế hoạch \
này xây dựng kế hoạch triển khai.
""")
    assert got == {("Liên đoàn Lao động các huyện, thành phố", "execute"), ("công đoàn ngành", "execute"),
                   ("công đoàn các khu công nghiệp", "execute")}


def test_kind_closed_by_an_abbreviation_is_its_own_unit():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Các trường THPT, trung tâm GDNN-GDTX
Xây dựng kế hoạch và tổ chức thực hiện tại đơn vị.
""")
    assert got == {("Các trường THPT", "execute"), ("trung tâm GDNN-GDTX", "execute")}


def test_portal_health_station_and_support_team_open_names():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Đề nghị Báo Hoa Sơn, Đài Phát thanh - Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh đẩy mạnh tuyên truyền.
2. Ủy ban nhân dân các huyện, thành phố chỉ đạo Trung tâm Y tế, Trạm Y tế xã phối hợp thực hiện.
3. Tổ giúp việc Ban Chỉ đạo tổng hợp kết quả thực hiện.
""")
    assert got == {("Báo Hoa Sơn", "execute"), ("Đài Phát thanh - Truyền hình tỉnh", "execute"),
                   ("Cổng Thông tin điện tử tỉnh", "execute"),
                   ("Ủy ban nhân dân các huyện, thành phố", "execute"),
                   ("Trung tâm Y tế", "execute"), ("Trạm Y tế xã", "execute"),
                   ("Tổ giúp việc Ban Chỉ đạo", "execute")}


def test_parts_of_a_tasks_bracket_after_its_lead():
    got = pairs("""IV. NHIỆM VỤ, GIẢI PHÁP
- Xây dựng cơ sở dữ liệu dùng chung của tỉnh (Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp; hoàn \
thành năm 2025).
- Rà soát quy hoạch sử dụng đất (Sở Nông nghiệp và Môi trường chủ trì, UBND các huyện thực hiện).
""")
    assert got == {("Sở Khoa học và Công nghệ", "lead"), ("các sở, ngành", "coordinate"),
                   ("Sở Nông nghiệp và Môi trường", "lead"), ("UBND các huyện", "execute")}


def test_later_clauses_of_a_paragraph_and_of_an_item():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì hướng dẫn triển khai Kế hoạch; Sở Tài chính bố trí kinh phí; các cơ quan báo chí, Đài Phát \
thanh và Truyền hình tỉnh đẩy mạnh thông tin tuyên truyền.
""")
    assert got == {("Sở Nội vụ", "lead"), ("Sở Tài chính", "execute"), ("các cơ quan báo chí", "execute"),
                   ("Đài Phát thanh và Truyền hình tỉnh", "execute")}
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì hướng dẫn triển khai Kế hoạch. Sở Tài chính bố trí kinh phí thực hiện. Các huyện, thị \
xã, thành phố xây dựng kế hoạch cụ thể.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead"), ("Sở Tài chính", "execute"),
                   ("Các huyện, thị xã, thành phố", "execute")}


def test_later_clause_going_on_with_the_same_body_adds_nothing():
    # (A stray stop after a word or two, as OCR leaves, is no sentence's end either.)
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tuyên truyền, vận động Nhân dân. Ủy ban Mặt trận Tổ quốc tỉnh và các \
tổ chức thành viên phát huy vai trò nòng cốt.
- Đề xuất. Bộ Công an chỉ đạo tháo gỡ khó khăn.
""")
    assert got == {("Ủy ban Mặt trận Tổ quốc tỉnh", "execute")}


def test_cue_after_the_duties_basis_closed_without_a_comma():
    # "theo chức năng, nhiệm vụ được giao phối hợp …": the basis ends at "được giao" (duty_base_ends).
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì, tham mưu tổ chức sơ kết, tổng kết.
2. Sở Tư pháp, Sở Khoa học và Công nghệ theo chức năng, nhiệm vụ được giao phối hợp thực hiện.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead"),
                   ("Sở Tư pháp", "execute"), ("Sở Tư pháp", "coordinate"),
                   ("Sở Khoa học và Công nghệ", "execute"), ("Sở Khoa học và Công nghệ", "coordinate")}


def test_bodies_a_decision_says_are_asked():
    # "X, Y được đề nghị …": the passive of "Đề nghị X, Y …" (passive_assign_cues); "Trung ương
    # Đoàn …" opens a body's name.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Đoàn Thanh niên \
Cộng sản Hồ Chí Minh được đề nghị phối hợp vận động nhân dân.
""")
    assert got == {("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
                   ("Hội Liên hiệp Phụ nữ Việt Nam", "execute"),
                   ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "execute")}
