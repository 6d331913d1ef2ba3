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


# Precision round: bodies a plan names that are given no task (SPEC §2.1), and forms left weak.

def test_bodies_named_by_no_task_give_no_responsibility():
    # Beneficiaries and objects of a task, a place, a document cited, a meeting held by others,
    # guidance followed: only the bodies the items open with are responsible.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Sở Kế hoạch và Đầu tư chủ trì hỗ trợ các doanh nghiệp, hợp tác xã tiếp cận vốn.
2. Sở Tư pháp tổ chức tuyên truyền đến cán bộ, công chức, viên chức và người lao động.
3. Sở Y tế chủ trì triển khai các biện pháp phòng bệnh theo hướng dẫn của Bộ Y tế.
4. Công an tỉnh tổ chức quán triệt nội dung Hội nghị do Bộ Công an tổ chức ngày 10/01/2025.
5. Văn phòng UBND tỉnh tổ chức hội nghị sơ kết tại Hội trường Ủy ban nhân dân huyện Hoa Lư.
6. Sở Tài chính thực hiện theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.
""")
    assert got == {("Sở Kế hoạch và Đầu tư", "execute"), ("Sở Kế hoạch và Đầu tư", "lead"),
                   ("Sở Tư pháp", "execute"), ("Sở Y tế", "execute"), ("Sở Y tế", "lead"),
                   ("Công an tỉnh", "execute"), ("Văn phòng UBND tỉnh", "execute"), ("Sở Tài chính", "execute")}


def test_scope_and_audience_sections_give_no_responsibility():
    got = pairs("""IV. PHẠM VI, ĐỐI TƯỢNG
Phạm vi: các xã, phường, thị trấn trên địa bàn tỉnh.
Đối tượng: Ủy ban nhân dân các xã, phường; các doanh nghiệp, hợp tác xã; học sinh các trường THPT.
V. TỔ CHỨC THỰC HIỆN
1. Thời gian, địa điểm: Hội nghị tổ chức tại Hội trường Ủy ban nhân dân huyện vào ngày 20/3/2025.
2. Thành phần: Lãnh đạo Ủy ban nhân dân huyện; đại diện các phòng, ban, ngành; Chủ tịch UBND các xã.
3. Sở Nội vụ chủ trì triển khai Kế hoạch này.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead")}


def test_working_together_told_as_done_is_no_task():
    # "đã phối hợp với …" in a review of the past year (past_words before "phối hợp").
    got = pairs("""IV. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
Năm 2024, Sở Y tế đã tổ chức 12 lớp tập huấn; Sở Giáo dục và Đào tạo đã phối hợp với Đoàn Thanh niên tổ \
chức các hoạt động. Kết quả đạt được: Ủy ban nhân dân các huyện đã chỉ đạo thực hiện tốt.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì triển khai Kế hoạch này.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead")}


def test_bodies_in_a_cited_documents_subject_are_no_partners():
    # "Thực hiện Chỉ thị … về tăng cường phối hợp với Bộ Công an, Ủy ban nhân dân tỉnh ban hành …":
    # up to the citation's comma the bodies are the Chỉ thị's subject (reference_openings).
    text = HEAD.replace(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác cải cách hành chính năm 2025 như sau:",
        "Thực hiện Chỉ thị số 05/CT-UBND ngày 02/01/2025 của Chủ tịch Ủy ban nhân dân tỉnh về tăng cường phối "
        "hợp với Bộ Công an, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    doc = pipeline.extract(text=text + """IV. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ triển khai Kế hoạch này.
""" + FOOT)
    got = {(r.unit, r.role) for r in doc.responsibilities}
    # ("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ": it leads, no coordinator; the annotation README.)
    assert got == {("Sở Tư pháp", "execute"), ("Sở Tư pháp", "lead"), ("Sở Nội vụ", "coordinate")}


def test_kind_alone_in_a_list_of_kinds_is_kept():
    # "Vụ" has two letters: a name that short was dropped as a stray piece ("Bộ" cut off). A kind
    # alone after a class's kind goes on with the class ("Các Cục, Vụ", as m373's annotator reads
    # "Các Vụ, Cục, đơn vị thuộc Bộ"), no unit named "Vụ".
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Các Cục, Vụ, Thanh tra Bộ, Văn phòng Bộ căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch.
""")
    assert got == {("Các Cục, Vụ", "execute"), ("Thanh tra Bộ", "execute"), ("Văn phòng Bộ", "execute")}


def test_line_break_tag_in_a_markdown_cell_separates_units():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Xây dựng báo cáo | Sở Nội vụ | Văn phòng UBND tỉnh<br>- Sở Tài chính | Quý II/2025 |
| 2 | Tổ chức hội nghị | Sở Tư pháp | - Công an tỉnh<br>- Sở Y tế | Quý III/2025 |
""")
    assert got == {("Sở Nội vụ", "lead"), ("Sở Tư pháp", "lead"), ("Văn phòng UBND tỉnh", "coordinate"),
                   ("Sở Tài chính", "coordinate"), ("Công an tỉnh", "coordinate"), ("Sở Y tế", "coordinate")}


def test_office_over_a_class_of_capitalised_kinds():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Trưởng các Khoa, Trung tâm có trách nhiệm phổ biến Kế hoạch đến viên chức.
2. Giám đốc các Sở, Công an tỉnh triển khai thực hiện.
""")
    assert got == {("Trưởng các Khoa", "execute"), ("Trưởng các Trung tâm", "execute"),
                   ("Giám đốc các Sở", "execute"), ("Công an tỉnh", "execute")}


def test_standing_body_watching_others():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Giao Sở Nội vụ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị \
triển khai thực hiện Kế hoạch này.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead"), ("Sở Nội vụ", "monitor")}


def test_party_front_union_and_school_bodies():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy hướng dẫn triển khai.
2. Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện.
3. Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy căn cứ Kế hoạch xây dựng chương trình hành động.
4. Ban Thường trực Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với các tổ chức thành viên tổ chức tuyên truyền.
5. Ban Thường vụ Liên đoàn Lao động tỉnh chỉ đạo triển khai.
6. Công đoàn cơ sở tổ chức quán triệt đến đoàn viên.
7. Tổ chuyên môn xây dựng kế hoạch dạy học.
8. Tổng phụ trách Đội tổ chức các hoạt động ngoại khóa.
9. Bí thư Chi đoàn vận động đoàn viên tham gia.
""")
    # ("đảng bộ" is a name's word the tagger calls a verb: name_phrases.)
    assert got == {("Ban Tuyên giáo Huyện ủy", "execute"), ("Ban Tuyên giáo Huyện ủy", "lead"),
                   ("Văn phòng Huyện ủy", "coordinate"),
                   ("Ủy ban Kiểm tra Huyện ủy", "execute"), ("Ủy ban Kiểm tra Huyện ủy", "monitor"),
                   ("Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy", "execute"),
                   ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "execute"),
                   ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "lead"),
                   ("các tổ chức thành viên", "coordinate"),
                   ("Ban Thường vụ Liên đoàn Lao động tỉnh", "execute"), ("Công đoàn cơ sở", "execute"),
                   ("Tổ chuyên môn", "execute"), ("Tổng phụ trách Đội", "execute"), ("Bí thư Chi đoàn", "execute")}


def test_parts_reviewing_the_past_give_no_task():
    # Sentences of a part whose heading opens with "KẾT QUẢ THỰC HIỆN", "TÌNH HÌNH", "ĐÁNH GIÁ CÔNG
    # TÁC" (review_headings) tell what was done, even without "đã"; a heading that covers the
    # tasks ahead too ("… VÀ NHIỆM VỤ NĂM 2025") is read as before.
    got = pairs("""IV. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sở Y tế chủ trì tổ chức 12 lớp tập huấn cho 600 lượt cán bộ.
2. Công an tỉnh phối hợp với Sở Tư pháp xử lý 45 vụ vi phạm.
- Ủy ban nhân dân các huyện chỉ đạo các xã hoàn thành 100% chỉ tiêu.
V. TÌNH HÌNH, THỰC TRẠNG
Trong năm 2024, Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn tổ chức 05 hội thi.
VI. ĐÁNH GIÁ CÔNG TÁC NĂM 2024
Sở Nội vụ làm tốt vai trò cơ quan thường trực, phối hợp chặt chẽ với Văn phòng UBND tỉnh; Ủy ban nhân dân \
huyện Hoa Lư chậm báo cáo về Sở Kế hoạch và Đầu tư.
VII. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì triển khai Kế hoạch này.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead")}
    got = pairs("""IV. KẾT QUẢ NĂM 2024 VÀ NHIỆM VỤ NĂM 2025
Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở.
""")
    assert ("Công an tỉnh", "coordinate") in got


def test_report_receivers_name_ends_before_what_is_reported():
    # "như sau", "sau khi" end a name though the tagger keeps their words apart (unit_stops); a
    # plural word opening what is reported ends a receiver's name ("Ban Giám hiệu các khó khăn"),
    # not a class of places or bodies ("UBND các xã, phường", "Trưởng các tổ dân phố").
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Trung tâm Quản lý chất lượng là đầu mối theo dõi, kịp thời báo cáo Ban Giám hiệu các khó khăn, vướng mắc \
phát sinh.
2. Đoàn kiểm tra báo cáo kết quả kiểm tra cho Giám đốc Sở sau khi kết thúc đợt kiểm tra.
3. Sở Tư pháp báo cáo UBND tỉnh như sau: tình hình triển khai.
4. Các phòng chuyên môn báo cáo Trưởng các tổ dân phố và UBND các xã, phường.
5. Sở Tài chính báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh.
""")
    assert got == {("Trung tâm Quản lý chất lượng", "execute"), ("Trung tâm Quản lý chất lượng", "lead"),
                   ("Trung tâm Quản lý chất lượng", "monitor"), ("Ban Giám hiệu", "report"),
                   ("Đoàn kiểm tra", "execute"), ("Giám đốc Sở", "report"), ("Sở Tư pháp", "execute"),
                   ("UBND tỉnh", "report"), ("Các phòng chuyên môn", "execute"),
                   ("Trưởng các tổ dân phố", "report"), ("UBND các xã, phường", "report"),
                   ("Sở Tài chính", "execute"), ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh", "report")}


def test_co_issuers_in_the_preamble_are_no_partners():
    # "X phối hợp với Y ban hành Kế hoạch liên tịch … như sau": the preamble's sentence issuing the
    # plan (issue_words); its bodies are co-issuers, given no task.
    text = HEAD.replace(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác cải cách hành chính năm 2025 như sau:",
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh; Sở Giáo dục và Đào tạo phối hợp "
        "với Tỉnh đoàn Hoa Sơn ban hành Kế hoạch liên tịch tổ chức Hội thi như sau:")
    doc = pipeline.extract(text=text + """IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì triển khai Kế hoạch này.
""" + FOOT)
    assert {(r.unit, r.role) for r in doc.responsibilities} == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead")}


def test_class_of_villages_and_residential_groups():
    # "thôn", "tổ dân phố", "khu phố" are kinds of a commune's bodies (group_heads).
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Trưởng các thôn, tổ dân phố tuyên truyền đến Nhân dân.
2. Các thôn, khu phố tổ chức họp dân.
""")
    assert got == {("Trưởng các thôn, tổ dân phố", "execute"), ("Các thôn, khu phố", "execute")}


def test_item_opening_with_what_its_task_rests_on_then_a_capitalised_body():
    # "1. Căn cứ Kế hoạch này, Ủy ban nhân dân các huyện …": in the implementation part a name
    # after the opening phrase counts in capitals too (elsewhere the preamble's "Căn cứ …, Ủy ban
    # nhân dân tỉnh ban hành" names the issuer).
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Căn cứ Kế hoạch này, Ủy ban nhân dân các huyện xây dựng kế hoạch thực hiện.
""")
    assert got == {("Ủy ban nhân dân các huyện", "execute")}


# Seventh session: central documents (a Government's action programme, a ministry's plan).

CENTRAL_HEAD = """CHÍNH PHỦ
-------
Số: 12/NQ-CP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 10 tháng 3 năm 2025

NGHỊ QUYẾT
BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ

CHƯƠNG TRÌNH HÀNH ĐỘNG

I. MỤC TIÊU
Phát triển khoa học, công nghệ và đổi mới sáng tạo.

"""


def central_pairs(body: str) -> set[tuple[str, str]]:
    doc = pipeline.extract(text=CENTRAL_HEAD + body)
    return {(r.unit, r.role) for r in doc.responsibilities}


def test_ministry_headings_over_tasks_in_the_measures():
    # "- Bộ Công an:" over "+" task bullets inside a measure (outside the implementation part), as
    # central programmes give each ministry its tasks; "- Sở Y tế: 01 đại diện" gives no task.
    got = central_pairs("""II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số
- Bộ Công an:
+ Xây dựng cơ sở dữ liệu quốc gia về dân cư.
+ Chủ trì bảo đảm an ninh mạng.
- Bộ Quốc phòng:
+ Bảo vệ chủ quyền quốc gia trên không gian mạng.
2. Thành phần đoàn công tác
- Bộ Y tế: 01 đại diện lãnh đạo.
""")
    assert got == {("Bộ Công an", "execute"), ("Bộ Công an", "lead"), ("Bộ Quốc phòng", "execute")}


def test_central_bodies_and_a_ministers_shared_title():
    # "Thanh tra Chính phủ, Kiểm toán Nhà nước" are two bodies; "Ủy ban Quản lý vốn nhà nước tại
    # doanh nghiệp" is a body's whole name ("tại" ends no name there); a verb of drafting ends a
    # name ("Bộ Tài chính sửa đổi Thông tư …"); "Bộ trưởng các Bộ: A, B" of a decision's closing
    # article names each minister ("Bộ trưởng Bộ A").
    got = central_pairs("""II. TỔ CHỨC THỰC HIỆN
1. Thanh tra Chính phủ, Kiểm toán Nhà nước kiểm tra, giám sát việc sử dụng kinh phí.
2. Giao Ủy ban Quản lý vốn nhà nước tại doanh nghiệp chỉ đạo triển khai.
3. Bộ Tư pháp sửa đổi Thông tư số 10/2020/TT-BTP.
Điều 3. Bộ trưởng các Bộ: Giáo dục và Đào tạo, Tài chính, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực \
thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.
""")
    assert got == {
        ("Thanh tra Chính phủ", "execute"), ("Thanh tra Chính phủ", "monitor"),
        ("Kiểm toán Nhà nước", "execute"), ("Kiểm toán Nhà nước", "monitor"),
        ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "execute"),
        ("Bộ Tư pháp", "execute"),
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "execute"), ("Bộ trưởng Bộ Tài chính", "execute"),
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
    }


def test_later_clause_of_an_item_opening_with_a_body_and_commas():
    # "…; Văn phòng Chính phủ theo dõi, đôn đốc …, báo cáo …": the body opening a later ";"
    # clause is found though the words after it hold commas.
    got = central_pairs("""II. TỔ CHỨC THỰC HIỆN
1. Giao Bộ Nội vụ hướng dẫn triển khai Chương trình; Văn phòng Chính phủ theo dõi, đôn đốc việc thực \
hiện, báo cáo Thủ tướng Chính phủ.
""")
    assert got == {("Bộ Nội vụ", "execute"), ("Văn phòng Chính phủ", "execute"), ("Văn phòng Chính phủ", "monitor"),
                   ("Thủ tướng Chính phủ", "report")}


def test_review_heading_running_into_its_paragraph_is_no_implementation_part():
    # "I- TÌNH HÌNH VÀ NGUYÊN NHÂN" followed at once by its paragraph (read as the heading's
    # wrapped rest), which says "tổ chức thực hiện" far from its start: not the implementation
    # part, so "…; các doanh nghiệp khai thác khoáng sản chưa chú trọng …" gives no task.
    got = central_pairs("""II- TÌNH HÌNH VÀ NGUYÊN NHÂN
Sau 10 năm thực hiện Nghị quyết số 02-NQ/TW, công tác quản lý và hoạt động của ngành địa chất, khoáng \
sản đã đạt được nhiều kết quả tích cực, nhận thức của các cấp, các ngành được nâng lên, việc tổ chức thực \
hiện được quan tâm; các doanh nghiệp khai thác khoáng sản chưa chú trọng đầu tư, đổi mới công nghệ.

III- TỔ CHỨC THỰC HIỆN
1. Bộ Công Thương chủ trì triển khai.
""")
    assert got == {("Bộ Công Thương", "execute"), ("Bộ Công Thương", "lead")}


def test_ministers_of_a_class_of_ministries_over_a_colon_in_a_heading():
    # "Bộ trưởng các Bộ: Công Thương, Nông nghiệp và Môi trường chỉ đạo …": each minister.
    got = central_pairs("""II. TỔ CHỨC THỰC HIỆN
1. Bộ trưởng các Bộ: Công Thương, Nông nghiệp và Môi trường chỉ đạo triển khai Chương trình.
""")
    assert got == {("Bộ trưởng Bộ Công Thương", "execute"), ("Bộ trưởng Bộ Nông nghiệp và Môi trường", "execute")}


def test_forces_in_general_are_no_unit():
    # "chỉ đạo các lực lượng sẵn sàng …": "các lực lượng" alone names no body (SPEC §2.1 vague).
    got = central_pairs("""II. TỔ CHỨC THỰC HIỆN
1. Bộ Quốc phòng, Bộ Công an chỉ đạo các lực lượng sẵn sàng tham gia cứu hộ, cứu nạn.
""")
    assert got == {("Bộ Quốc phòng", "execute"), ("Bộ Công an", "execute")}


def test_scope_opening_heads_a_units_tasks_eighth_session():
    # A school's "1. Đối với Ban Giám hiệu:" over its tasks: the unit after "Đối với" (whom the
    # heading is about), no part of its name; read as "Trách nhiệm của" is.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Đối với Ban Giám hiệu:
- Xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng bộ phận.
2. Đối với tổ chuyên môn:
- Triển khai kế hoạch đến giáo viên trong tổ.
3. Đối với Đoàn Thanh niên:
- Phối hợp tổ chức các hoạt động ngoại khóa cho học sinh.
""")
    assert got == {("Ban Giám hiệu", "execute"), ("tổ chuyên môn", "execute"), ("Đoàn Thanh niên", "execute"),
                   ("Đoàn Thanh niên", "coordinate")}


def test_scope_opening_outside_the_implementation_part_gives_no_task_eighth_session():
    # "+ Đối với UBND cấp xã: Có kết quả xếp loại …" in a part of criteria: whom a criterion is
    # for, no one told to do a task.
    got = pairs("""IV. TIÊU CHUẨN XÉT KHEN THƯỞNG
1. Tập thể
+ Đối với các cơ quan chuyên môn thuộc UBND tỉnh: Có kết quả xếp loại đạt mức Xuất sắc.
+ Đối với UBND cấp xã: Có kết quả xếp loại đạt mức Tốt trở lên.

V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì tổng hợp kết quả.
""")
    assert got == {("Sở Nội vụ", "execute"), ("Sở Nội vụ", "lead")}


def test_inspecting_work_opening_a_task_is_monitoring_eighth_session():
    # "kiểm tra việc thực hiện …" (SPEC §2.1 monitor: kiểm tra) opening a task, as after a comma;
    # "kiểm tra, rà soát hồ sơ đất đai" watches no one's work.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Thanh tra tỉnh kiểm tra việc thực hiện Kế hoạch tại các cơ quan, đơn vị.
2. Ban Giám hiệu
- Kiểm tra, đánh giá kết quả thực hiện hằng tháng.
3. Sở Tài nguyên và Môi trường kiểm tra, rà soát hồ sơ đất đai.
""")
    assert got == {("Thanh tra tỉnh", "execute"), ("Thanh tra tỉnh", "monitor"), ("Ban Giám hiệu", "execute"),
                   ("Ban Giám hiệu", "monitor"), ("Sở Tài nguyên và Môi trường", "execute")}


def test_classes_of_universities_and_a_schools_own_units_eighth_session():
    # "các đại học, học viện, trường đại học": one class, kept whole as "các sở, ban, ngành" is;
    # "Các đơn vị thuộc Trường": the tail is the name's ("Trường" alone was read before); "trong
    # trường hợp" is no tail (the tagger's "trường hợp" is one word).
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Đề nghị các đại học, học viện, trường đại học chủ động triển khai.
2. Các đơn vị thuộc Trường căn cứ Kế hoạch này xây dựng kế hoạch chi tiết.
3. Phòng Đào tạo trong trường hợp cần thiết báo cáo Hiệu trưởng.
""")
    assert got == {("các đại học, học viện, trường đại học", "execute"), ("Các đơn vị thuộc Trường", "execute"),
                   ("Phòng Đào tạo", "execute"), ("Hiệu trưởng", "report")}


def test_school_staff_and_offices_eighth_session():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Phó Hiệu trưởng phụ trách chuyên môn
Xây dựng kế hoạch giáo dục của nhà trường.
2. Trách nhiệm của giáo viên
Thực hiện chương trình giáo dục theo kế hoạch.
3. Nhân viên kế toán: bảo đảm kinh phí cho các hoạt động.
4. Giao cho Tổ Văn phòng chuẩn bị cơ sở vật chất.
5. Thư viện trường bảo đảm sách, tài liệu tham khảo.
6. Cục Nhà giáo và Cán bộ quản lý giáo dục bồi dưỡng đội ngũ giáo viên.
""")
    assert got == {("Phó Hiệu trưởng phụ trách chuyên môn", "execute"), ("giáo viên", "execute"),
                   ("Nhân viên kế toán", "execute"), ("Tổ Văn phòng", "execute"), ("Thư viện trường", "execute"),
                   ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "execute")}


def test_class_of_schools_over_their_levels_eighth_session():
    # "Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở": one class over its levels, as
    # "các sở, ban, ngành" is ("Hiệu trưởng các trường mầm non" was read, the rest lost); a kind
    # of body after the levels is still its own unit; "Cố vấn học tập" opens a name.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở chịu trách nhiệm tổ chức thực hiện tại đơn vị.
2. Các trường tiểu học, THCS, trung tâm GDNN-GDTX xây dựng kế hoạch.
3. Cố vấn học tập hướng dẫn sinh viên đăng ký học phần.
""")
    assert got == {("Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở", "execute"),
                   ("Các trường tiểu học, THCS", "execute"), ("trung tâm GDNN-GDTX", "execute"),
                   ("Cố vấn học tập", "execute")}


# Ninth session: forms of real plans (provincial programmes, a university's plan, a ministry's
# plan, an old city's decision, a regulation, a report) that were read short or not at all.


def test_body_directed_to_work_with_others_coordinates_ninth_session():
    # "Chỉ đạo lực lượng X phối hợp chặt chẽ với Y": X executes and coordinates; a heading "…
    # chỉ đạo lực lượng Z" over "Phối hợp với …" on the next line is the heading's rule, not this.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh
- Chủ trì tổ chức thực hiện Kế hoạch.
2. Đề nghị Chi cục Hải quan khu vực IV
Chỉ đạo lực lượng Hải quan cửa khẩu phối hợp chặt chẽ với Công an tỉnh kiểm soát hàng hóa qua biên giới.
""")
    assert got == {("Công an tỉnh", "execute"), ("Công an tỉnh", "lead"), ("Công an tỉnh", "coordinate"),
                   ("Chi cục Hải quan khu vực IV", "execute"),
                   ("lực lượng Hải quan cửa khẩu", "execute"), ("lực lượng Hải quan cửa khẩu", "coordinate")}


def test_heading_joined_by_semicolon_with_a_class_in_lower_case_ninth_session():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Liên đoàn Lao động huyện; các công đoàn ngành
- Xây dựng kế hoạch triển khai ở cấp mình.
""")
    assert got == {("Liên đoàn Lao động huyện", "execute"), ("các công đoàn ngành", "execute")}


def test_steering_committee_named_to_its_place_before_a_duty_ninth_session():
    # "Ban Chỉ đạo cải cách hành chính tỉnh có nhiệm vụ …": the name runs to its place ("có nhiệm
    # vụ", three syllables, ends it); "Tổ chuyên viên giúp việc …" a body.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo cải cách hành chính tỉnh có nhiệm vụ phối hợp với Sở Tư pháp rà soát thủ tục hành chính.
2. Tổ chuyên viên giúp việc Ban Chỉ đạo cải cách hành chính tỉnh có nhiệm vụ tổng hợp kết quả.
""")
    assert got == {("Ban Chỉ đạo cải cách hành chính tỉnh", "execute"),
                   ("Ban Chỉ đạo cải cách hành chính tỉnh", "coordinate"), ("Sở Tư pháp", "coordinate"),
                   ("Tổ chuyên viên giúp việc Ban Chỉ đạo cải cách hành chính tỉnh", "execute")}


def test_duties_and_powers_heading_names_its_holder_ninth_session():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm, quyền hạn của Đội trưởng
- Lập kế hoạch kiểm tra hằng tháng.
2. Nhiệm vụ, quyền hạn của Đội phó
- Điều hành đội khi Đội trưởng vắng mặt.
""")
    assert got == {("Đội trưởng", "execute"), ("Đội phó", "execute")}


def test_request_in_the_closing_formula_and_a_lower_case_report_head_ninth_session():
    # "… khó khăn, vướng mắc đề nghị X báo cáo lãnh đạo Bộ": no comma before the request.
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Cục Cảnh sát hình sự chủ trì tổ chức thực hiện Kế hoạch.
Quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị Công an các tỉnh báo cáo lãnh đạo Bộ để giải quyết.
""")
    assert got == {("Cục Cảnh sát hình sự", "execute"), ("Cục Cảnh sát hình sự", "lead"),
                   ("Công an các tỉnh", "execute"), ("lãnh đạo Bộ", "report")}


def test_role_field_with_a_cue_of_watching_ninth_session():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt chỉ tiêu. Cơ quan chủ trì theo dõi: Văn phòng UBND tỉnh.
""")
    assert got == {("Văn phòng UBND tỉnh", "lead"), ("Văn phòng UBND tỉnh", "monitor")}


def test_passive_assignment_of_a_class_with_its_members_ninth_session():
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Các cơ quan được giao chủ trì theo dõi các nội dung cải cách hành chính, gồm: Sở Tài chính, Sở Tư pháp.
""")
    assert got == {("Sở Tài chính", "lead"), ("Sở Tài chính", "monitor"), ("Sở Tư pháp", "lead"),
                   ("Sở Tư pháp", "monitor")}


def test_class_named_by_what_it_takes_part_in_ninth_session():
    # Over its tasks only: "Các trường tham gia xây dựng kế hoạch." is a task of "Các trường".
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
1. Các khoa tham gia khảo sát
- Tổng hợp tình hình tham gia khảo sát của sinh viên.
2. Các trường tham gia xây dựng kế hoạch.
""")
    assert got == {("Các khoa tham gia khảo sát", "execute"), ("Các trường", "execute")}


def test_members_of_a_named_body_after_a_class_of_places_ninth_session():
    # ", thành viên Ban Chỉ đạo …" opens a holder of its own, not a kind of "các huyện".
    got = pairs("""IV. TỔ CHỨC THỰC HIỆN
Điều 3. Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các huyện, thành viên Ban Chỉ đạo cải cách hành chính tỉnh \
có trách nhiệm thi hành Quyết định này.
""")
    assert got == {("Giám đốc Sở Nội vụ", "execute"), ("Chủ tịch Ủy ban nhân dân các huyện", "execute"),
                   ("thành viên Ban Chỉ đạo cải cách hành chính tỉnh", "execute")}
