"""The review of the seventeenth session's rules (a helper's 64 made-up cases, /work/review17):
each case here was read wrong by the session's rules at some point and is read as a careful reader
would now (the expectation in each case's comment)."""
from pipeline import extract


def _sections(text):
    return [(s.label, s.title) for s in extract(text=text).sections if s.level == 1 and s.kind != "article"]


def _header(text):
    d = extract(text=text).document
    return d.parent_issuer, d.issuer


def _targets(text):
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets]


def _units(text):
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)



def test_a1_phu_luc_so_list_in_plan():
    # level-1 I MỤC TIÊU, II NHIỆM VỤ, III TỔ CHỨC THỰC HIỆN; Sở Nội vụ lead/monitor, Sở Tài chính execute (the 'Phụ
    # lục số 01: …' lines list the annexes inside section II; the annexes are not here)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Rà soát thủ tục hành chính. Danh mục kèm theo Kế hoạch này gồm:\n'
            'Phụ lục số 01: Danh mục thủ tục cắt giảm.\n'
            'Phụ lục số 02: Phân công nhiệm vụ.\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_phu_luc_colon_in_plan():
    # level-1 I MỤC TIÊU, II NHIỆM VỤ, III TỔ CHỨC THỰC HIỆN; Sở Nội vụ lead/monitor, Sở Tài chính execute (a line
    # naming the annex inside section II opens no annex)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Các nhiệm vụ cụ thể tại Phụ lục kèm theo.\n'
            'Phụ lục: Danh mục thủ tục hành chính cắt giảm (kèm theo).\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_bieu_duong_wrapped_heading():
    # level-1 I, II, III 'TỔ CHỨC HỘI NGHỊ … VÀ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN', IV TỔ CHỨC THỰC HIỆN; Sở Nội vụ
    # lead/monitor, Sở Tài chính execute (a wrapped heading in capitals is no annex caption)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Rà soát thủ tục hành chính.\n'
            'III. TỔ CHỨC HỘI NGHỊ SƠ KẾT, TỔNG KẾT VÀ\n'
            'BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN\n'
            'Tổ chức hội nghị vào tháng 12.\n'
            'IV. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'),
         ('II', 'NHIỆM VỤ'),
         ('III', 'TỔ CHỨC HỘI NGHỊ SƠ KẾT, TỔNG KẾT VÀ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN'),
         ('IV', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_bieu_duong_number_own_line():
    # level-1 I, II, III BIỂU DƯƠNG, KHEN THƯỞNG, IV TỔ CHỨC THỰC HIỆN (a text layer's number on its own line)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Rà soát thủ tục hành chính.\n'
            'III.\n'
            'BIỂU DƯƠNG, KHEN THƯỞNG\n'
            'Khen thưởng tập thể, cá nhân có thành tích.\n'
            'IV. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'),
         ('II', 'NHIỆM VỤ'),
         ('III', 'BIỂU DƯƠNG, KHEN THƯỞNG'),
         ('IV', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_bieu_so_in_task_table_cell():
    # level-1 I MỤC TIÊU, II NHIỆM VỤ, III TỔ CHỨC THỰC HIỆN; Sở Nội vụ lead/monitor, Sở Tài chính execute; Sở Tư
    # pháp lead (the 'Biểu số 01' is a product cell of a table inside section II)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            '|\n'
            'TT\n'
            '|\n'
            'Nhiệm vụ\n'
            '|\n'
            'Cơ quan chủ trì\n'
            '|\n'
            'Sản phẩm\n'
            '|\n'
            '|\n'
            '1\n'
            '|\n'
            'Báo cáo tình hình thực hiện\n'
            '|\n'
            'Sở Nội vụ\n'
            '|\n'
            'Biểu số 01\n'
            '|\n'
            '|\n'
            '2\n'
            '|\n'
            'Rà soát thủ tục\n'
            '|\n'
            'Sở Tư pháp\n'
            '|\n'
            'Báo cáo\n'
            '|\n'
            '\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_phu_luc_alone_in_task_table_cell():
    # level-1 I MỤC TIÊU, II NHIỆM VỤ, III TỔ CHỨC THỰC HIỆN; Sở Nội vụ lead/monitor, Sở Tài chính execute; Sở Tư
    # pháp lead (a note cell 'Phụ lục' inside section II)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            '|\n'
            'TT\n'
            '|\n'
            'Nhiệm vụ\n'
            '|\n'
            'Cơ quan chủ trì\n'
            '|\n'
            'Ghi chú\n'
            '|\n'
            '|\n'
            '1\n'
            '|\n'
            'Rà soát thủ tục\n'
            '|\n'
            'Sở Tư pháp\n'
            '|\n'
            'Phụ lục\n'
            '|\n'
            '\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_untyped_attachment_bieu_title():
    # the attached document (its type line dropped) is found: level-1 I, II, III; Sở Nội vụ, Sở Tài chính roles
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'TỔ CHỨC HỘI NGHỊ TỔNG KẾT VÀ\n'
            'BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Rà soát.\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_a1_decision_annex_phu_luc_alone():
    # level-1 I MỤC TIÊU, II NHIỆM VỤ, III TỔ CHỨC THỰC HIỆN; Sở Nội vụ lead/monitor, Sở Tài chính execute; the
    # annex after III (its group row IV no heading)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            '-------\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'Số: 41/QĐ-UBND\n'
            'An Giang, ngày 06 tháng 3 năm 2026\n'
            '\n'
            'QUYẾT ĐỊNH\n'
            'Ban hành Kế hoạch cải cách hành chính năm 2026\n'
            'ỦY BAN NHÂN DÂN TỈNH AN GIANG\n'
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n'
            'QUYẾT ĐỊNH:\n'
            'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n'
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
            'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm'
            ' thi hành Quyết định này./.\n'
            'Nơi nhận:\n'
            '- Như Điều 3;\n'
            '- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\n'
            'CHỦ TỊCH\n'
            'Nguyễn Văn A\n'
            '\n'
            'KẾ HOẠCH\n'
            'CẢI CÁCH HÀNH CHÍNH NĂM 2026\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'I. MỤC TIÊU\n'
            'Cắt giảm 20% thủ tục hành chính.\n'
            'II. NHIỆM VỤ\n'
            'Rà soát thủ tục hành chính.\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ chủ trì theo dõi.\n'
            '2. Sở Tài chính bố trí kinh phí.\n'
            'Phụ lục\n'
            'DANH MỤC NHIỆM VỤ CẮT GIẢM THỦ TỤC HÀNH CHÍNH\n'
            '(Kèm theo Quyết định số 41/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n'
            'TT\n'
            'Nhiệm vụ\n'
            'Cơ quan chủ trì\n'
            'IV\n'
            'LĨNH VỰC TƯ PHÁP\n'
            '1\n'
            'Cấp phiếu lý lịch tư pháp\n'
            'Sở Tư pháp\n')
    assert _sections(text) == [('I', 'MỤC TIÊU'), ('II', 'NHIỆM VỤ'), ('III', 'TỔ CHỨC THỰC HIỆN')]


def test_h4_gfm_table_separator():
    # issuer 'ỦY BAN NHÂN DÂN TỈNH AN GIANG' (a markdown table's separator row is no rule under the issuer)
    text = ('| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n'
            '|---|---|\n'
            '| TỈNH AN GIANG | Độc lập - Tự do - Hạnh phúc |\n'
            '| Số: 12/KH-UBND | An Giang, ngày 05 tháng 4 năm 2025 |\n'
            '\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế chủ trì.\n')
    assert _header(text) == (None, 'ỦY BAN NHÂN DÂN TỈNH AN GIANG')


def test_h4_gfm_table_parent_body():
    # parent 'UBND TỈNH AN GIANG', issuer 'SỞ Y TẾ'
    text = ('| **UBND TỈNH AN GIANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n'
            '|---|---|\n'
            '| **SỞ Y TẾ** | **Độc lập - Tự do - Hạnh phúc** |\n'
            '| Số: 12/KH-SYT | An Giang, ngày 05 tháng 4 năm 2025 |\n'
            '\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế chủ trì.\n')
    assert _header(text) == ('UBND TỈNH AN GIANG', 'SỞ Y TẾ')


def test_h4_rule_between_parent_issuer():
    # parent 'UBND TỈNH AN GIANG', issuer 'SỞ Y TẾ' (symbol KH-SYT)
    text = ('UBND TỈNH AN GIANG\n'
            '-------\n'
            'SỞ Y TẾ\n'
            '-------\n'
            'Số: 12/KH-SYT\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            '\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế chủ trì.\n')
    assert _header(text) == ('UBND TỈNH AN GIANG', 'SỞ Y TẾ')


def test_h4_pdf_rows_motto_rule_first():
    # parent 'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH', issuer 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' (the motto's rule printed
    # between the issuer's lines)
    text = ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
            'HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n'
            '-------\n'
            'Số: 12/KH-PGDĐT Châu Thành, ngày 05 tháng 4 năm 2025\n'
            '\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế chủ trì.\n')
    assert _header(text) == ('ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')


def test_h4_joint_plan_two_columns():
    # parent 'ỦY BAN NHÂN DÂN TỈNH AN GIANG', issuer 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'
    text = ('|\n'
            '**ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG**\n'
            '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n'
            '-------\n'
            '|\n'
            '**BAN CHẤP HÀNH ĐOÀN TNCS\n'
            'HỒ CHÍ MINH**\n'
            '**TỈNH AN GIANG**\n'
            '***\n'
            '|\n'
            '**CỘNG HÒA XÃ HỘI\n'
            'CHỦ NGHĨA VIỆT NAM**\n'
            'Độc lập - Tự do - Hạnh phúc\n'
            '---------------\n'
            '|\n'
            '|\n'
            'Số: 118/KHLT-SGDĐT\n'
            '|\n'
            'Số: 21-KHLT/TĐTN\n'
            '|\n'
            '*An Giang, ngày 22\n'
            'tháng 9 năm 2025*\n'
            '|\n'
            '\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế chủ trì.\n')
    assert _header(text) == ('ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO')


def test_c3_six_month_so_sanh():
    # 1.650 and 132.000 targets 2025; 800/64.000 achieved; 48,5% (share of the plan done in six months) derived, no
    # target
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 10 tháng 7 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế 6 tháng cuối năm 2025\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**CHỈ TIÊU KINH TẾ NĂM 2025**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện 6 tháng đầu năm | So sánh (%) |\n'
            '|---|---|---|---|---|---|\n'
            '| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.650 | 800 | 48,5 |\n'
            '| 2 | Tổng mức bán lẻ | Tỷ đồng | 132.000 | 64.000 | 48,5 |\n')
    assert _targets(text) == [(1650, 'Triệu USD', 'target', '2025', 'Kim ngạch xuất khẩu'),
         (132000, 'Tỷ đồng', 'target', '2025', 'Tổng mức bán lẻ')]


def test_c3_uth_over_kh_beside_plan():
    # targets 1.800 and 145.000 (2026) and the growth 109,1 / 109,8 (2026); 1.650/132.000 achieved; the 2025 plan's
    # 1.600/130.000 and the 2025 completion rates 103,1/101,5 no targets of this plan
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2026\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**CHỈ TIÊU KINH TẾ NĂM 2026**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước thực hiện năm 2025 |'
            ' So sánh ƯTH/KH (%) | Kế hoạch năm 2026 | So sánh KH 2026/ƯTH 2025 (%) |\n'
            '|---|---|---|---|---|---|---|---|\n'
            '| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.600 | 1.650 | 103,1 | 1.800 | 109,1 |\n'
            '| 2 | Tổng mức bán lẻ | Tỷ đồng | 130.000 | 132.000 | 101,5 | 145.000 | 109,8 |\n')
    assert _targets(text) == [(1650, 'Triệu USD', 'achieved', '2025', 'Kim ngạch xuất khẩu'),
         (1800, 'Triệu USD', 'target', '2026', 'Kim ngạch xuất khẩu'),
         (109.1, '%', 'target', '2026', 'So sánh Kim ngạch xuất khẩu'),
         (132000, 'Tỷ đồng', 'achieved', '2025', 'Tổng mức bán lẻ'),
         (145000, 'Tỷ đồng', 'target', '2026', 'Tổng mức bán lẻ'),
         (109.8, '%', 'target', '2026', 'So sánh Tổng mức bán lẻ')]


def test_c3_review_period_so_sanh():
    # a review of 2021-2025 in a plan for 2026-2030: 1.500/120.000 achieved; 93,8/96,0 completion rates, no targets
    # (the old aims 1.600/125.000 at most 'target' of the old term)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế giai đoạn 2026 - 2030\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2021 - 2025**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Chỉ tiêu | ĐVT | Mục tiêu Nghị quyết đến năm 2025 | Ước thực'
            ' hiện đến năm 2025 | So sánh (%) |\n'
            '|---|---|---|---|---|---|\n'
            '| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.600 | 1.500 | 93,8 |\n'
            '| 2 | Tổng mức bán lẻ | Tỷ đồng | 125.000 | 120.000 | 96,0 |\n')
    assert _targets(text) == [(1600, 'Triệu USD', 'target', '2025', 'Mục tiêu Nghị quyết Kim ngạch xuất khẩu'),
         (1500, 'Triệu USD', 'achieved', '2025', 'Kim ngạch xuất khẩu'),
         (125000, 'Tỷ đồng', 'target', '2025', 'Mục tiêu Nghị quyết Tổng mức bán lẻ'),
         (120000, 'Tỷ đồng', 'achieved', '2025', 'Tổng mức bán lẻ')]


def test_c3_body_review_table_so_sanh():
    # 1.650/132.000 achieved; 103,1/101,5 no targets (completion rates in a review section); 1.800 target 2026
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2026\n'
            'I. KẾT QUẢ THỰC HIỆN NĂM 2025\n'
            '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước thực hiện năm 2025 | So sánh (%) |\n'
            '|---|---|---|---|---|---|\n'
            '| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.600 | 1.650 | 103,1 |\n'
            '| 2 | Tổng mức bán lẻ | Tỷ đồng | 130.000 | 132.000 | 101,5 |\n'
            'II. MỤC TIÊU NĂM 2026\n'
            '- Kim ngạch xuất khẩu đạt 1.800 triệu USD.\n')
    assert _targets(text) == [(1600, 'Triệu USD', 'target', '2025', 'Kim ngạch xuất khẩu'),
         (1650, 'Triệu USD', 'achieved', '2025', 'Kim ngạch xuất khẩu'),
         (130000, 'Tỷ đồng', 'target', '2025', 'Tổng mức bán lẻ'),
         (132000, 'Tỷ đồng', 'achieved', '2025', 'Tổng mức bán lẻ'),
         (1800, 'triệu USD', 'target', '2026', 'Kim ngạch xuất khẩu')]


def test_c3_tang_giam_absolute():
    # targets 1.800 doanh nghiệp, 50 hợp tác xã (2026); 150 and 10 are differences KH − ƯTH, derived, no targets
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển doanh nghiệp năm 2026\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**CHỈ TIÊU PHÁT TRIỂN DOANH NGHIỆP NĂM 2026**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2025 | Kế hoạch năm 2026 | Tăng/giảm |\n'
            '|---|---|---|---|---|---|\n'
            '| 1 | Số doanh nghiệp thành lập mới | Doanh nghiệp | 1.650 | 1.800 | 150 |\n'
            '| 2 | Số hợp tác xã thành lập mới | Hợp tác xã | 40 | 50 | 10 |\n')
    assert _targets(text) == [(1650, 'Doanh nghiệp', 'achieved', '2025', 'Số doanh nghiệp thành lập mới'),
         (1800, 'Doanh nghiệp', 'target', '2026', 'Số doanh nghiệp thành lập mới'),
         (40, 'Hợp tác xã', 'achieved', '2025', 'Số hợp tác xã thành lập mới'),
         (50, 'Hợp tác xã', 'target', '2026', 'Số hợp tác xã thành lập mới')]


def test_r6_restart_numbering_under_group():
    # Lượng/Giá trị of Hồ tiêu and of Cao su, each named with its product (numbering restarts under each group)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển xuất khẩu giai đoạn 2026 - 2030\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG GIAI ĐOẠN 2026 - 2030**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Nhóm hàng, mặt hàng | ĐVT | Ước TH năm 2025 | Kế hoạch giai'
            ' đoạn 2026 - 2030 |  | Tăng BQ 2026 - 2030 (%/năm) |\n'
            '|---|---|---|---|---|---|---|\n'
            '|  |  |  |  | Năm 2026 | Năm 2030 |  |\n'
            '| 1 | Hồ tiêu |  |  |  |  |  |\n'
            '| 1 | Lượng | tấn | 21.300 | 21.500 | 22.500 | 1,1 |\n'
            '| 2 | Giá trị | triệu USD | 128 | 132 | 155 | 3,8 |\n'
            '| 2 | Cao su |  |  |  |  |  |\n'
            '| 1 | Lượng | tấn | 9.000 | 10.000 | 12.000 | 3,7 |\n'
            '| 2 | Giá trị | triệu USD | 41 | 43 | 52 | 4,8 |\n')
    assert _targets(text) == [(21300, 'tấn', 'achieved', '2025', 'Hồ tiêu Lượng'),
         (21500, 'tấn', 'target', '2026', 'Hồ tiêu Lượng'),
         (22500, 'tấn', 'target', '2030', 'Hồ tiêu Lượng'),
         (1.1, '%/năm', 'target', '2030', 'Tăng BQ Hồ tiêu Lượng'),
         (128, 'triệu USD', 'achieved', '2025', 'Hồ tiêu Giá trị'),
         (132, 'triệu USD', 'target', '2026', 'Hồ tiêu Giá trị'),
         (155, 'triệu USD', 'target', '2030', 'Hồ tiêu Giá trị'),
         (3.8, '%/năm', 'target', '2030', 'Tăng BQ Hồ tiêu Giá trị'),
         (9000, 'tấn', 'achieved', '2025', 'Cao su Lượng'),
         (10000, 'tấn', 'target', '2026', 'Cao su Lượng'),
         (12000, 'tấn', 'target', '2030', 'Cao su Lượng'),
         (3.7, '%/năm', 'target', '2030', 'Tăng BQ Cao su Lượng'),
         (41, 'triệu USD', 'achieved', '2025', 'Cao su Giá trị'),
         (43, 'triệu USD', 'target', '2026', 'Cao su Giá trị'),
         (52, 'triệu USD', 'target', '2030', 'Cao su Giá trị'),
         (4.8, '%/năm', 'target', '2030', 'Tăng BQ Cao su Giá trị')]

def test_r6_letters_upper_group_lower_rows():
    # lower-case letters are parts of the capital-letter group: 'Nông sản Gạo' ('Gạo' acceptable), same convention
    # as Arabic rows under a Roman group; 'Lâm sản Gỗ …'
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 312/KH-UBND\n'
            'An Giang, ngày 20 tháng 12 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển xuất khẩu giai đoạn 2026 - 2030\n'
            'I. MỤC TIÊU\n'
            '- Triển khai.\n'
            'II. NHIỆM VỤ\n'
            '- Triển khai.\n'
            '\n'
            '**PHỤ LỤC I**\n'
            '\n'
            '**MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG GIAI ĐOẠN 2026 - 2030**\n'
            '\n'
            '_(Kèm theo Kế hoạch số 312/KH-UBND)_\n'
            '\n'
            '| TT | Nhóm hàng, mặt hàng | ĐVT | Ước TH năm 2025 | Kế hoạch giai'
            ' đoạn 2026 - 2030 |  | Tăng BQ 2026 - 2030 (%/năm) |\n'
            '|---|---|---|---|---|---|---|\n'
            '|  |  |  |  | Năm 2026 | Năm 2030 |  |\n'
            '| A | Nông sản |  |  |  |  |  |\n'
            '| a | Gạo | triệu USD | 480 | 500 | 650 | 5,4 |\n'
            '| b | Cà phê | triệu USD | 280 | 300 | 420 | 7,0 |\n'
            '| B | Lâm sản |  |  |  |  |  |\n'
            '| a | Gỗ và sản phẩm gỗ | triệu USD | 200 | 215 | 300 | 7,0 |\n')
    assert _targets(text) == [(480, 'triệu USD', 'achieved', '2025', 'Nông sản Gạo'),
         (500, 'triệu USD', 'target', '2026', 'Nông sản Gạo'),
         (650, 'triệu USD', 'target', '2030', 'Nông sản Gạo'),
         (5.4, '%/năm', 'target', '2030', 'Tăng BQ Nông sản Gạo'),
         (280, 'triệu USD', 'achieved', '2025', 'Nông sản Cà phê'),
         (300, 'triệu USD', 'target', '2026', 'Nông sản Cà phê'),
         (420, 'triệu USD', 'target', '2030', 'Nông sản Cà phê'),
         (7, '%/năm', 'target', '2030', 'Tăng BQ Nông sản Cà phê'),
         (200, 'triệu USD', 'achieved', '2025', 'Lâm sản Gỗ và sản phẩm gỗ'),
         (215, 'triệu USD', 'target', '2026', 'Lâm sản Gỗ và sản phẩm gỗ'),
         (300, 'triệu USD', 'target', '2030', 'Lâm sản Gỗ và sản phẩm gỗ'),
         (7, '%/năm', 'target', '2030', 'Tăng BQ Lâm sản Gỗ và sản phẩm gỗ')]

def test_n2_year_in_coordinator_name():
    # coordinate 'Ban Tổ chức Hội khỏe Phù Đổng tỉnh An Giang năm 2025' (the year is part of the event's name)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Giáo dục và Đào tạo\n'
            '- Phối hợp với Ban Tổ chức Hội khỏe Phù Đổng tỉnh An Giang năm 2025 tổ chức thi đấu.\n')
    assert _units(text) == [('Ban Tổ chức Hội khỏe Phù Đổng tỉnh An Giang năm 2025', 'coordinate'),
         ('Sở Giáo dục và Đào tạo', 'coordinate'),
         ('Sở Giáo dục và Đào tạo', 'execute')]


def test_n2_year_in_heading_name():
    # 'Ban Tổ chức Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025' lead/execute
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Ban Tổ chức Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025\n'
            '- Chủ trì xây dựng kịch bản chương trình.\n')
    assert _units(text) == [('Ban Tổ chức Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025', 'execute'),
         ('Ban Tổ chức Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025', 'lead')]


def test_n2_bien_soan_inside_name():
    # 'Ban Chỉ đạo biên soạn lịch sử Đảng bộ tỉnh' lead/execute
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Ban Chỉ đạo biên soạn lịch sử Đảng bộ tỉnh chủ trì, phối hợp với'
            ' các cơ quan liên quan thu thập tư liệu.\n')
    # (no coordinator: "X chủ trì, phối hợp với Y", the annotation README)
    assert _units(text) == [('Ban Chỉ đạo biên soạn lịch sử Đảng bộ tỉnh', 'execute'),
         ('Ban Chỉ đạo biên soạn lịch sử Đảng bộ tỉnh', 'lead')]


def test_n2_later_clause_ban_to_chuc_wrapped():
    # Sở Nội vụ lead/execute; Sở Tài chính and 'Ban Tổ chức Tỉnh ủy' coordinate (a PDF line wrapped inside the name)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ\n'
            '- Chủ trì tham mưu triển khai Kế hoạch. Sở Tài chính, Ban\n'
            'Tổ chức Tỉnh ủy phối hợp thực hiện.\n')
    assert _units(text) == [('Ban Tổ chức Tỉnh ủy', 'coordinate'),
         ('Ban Tổ chức Tỉnh ủy', 'execute'),
         ('Sở Nội vụ', 'execute'),
         ('Sở Nội vụ', 'lead'),
         ('Sở Tài chính', 'coordinate'),
         ('Sở Tài chính', 'execute')]


def test_n2_later_clause_so_xay_dung_wrapped():
    # Sở Nội vụ lead/execute; Sở Tài chính and Sở Xây dựng coordinate
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nội vụ\n'
            '- Chủ trì tham mưu triển khai Kế hoạch. Sở Tài chính, Sở\n'
            'Xây dựng phối hợp thực hiện.\n')
    assert _units(text) == [('Sở Nội vụ', 'execute'),
         ('Sở Nội vụ', 'lead'),
         ('Sở Tài chính', 'coordinate'),
         ('Sở Tài chính', 'execute'),
         ('Sở Xây dựng', 'coordinate'),
         ('Sở Xây dựng', 'execute')]


def test_n2_later_clause_ban_chi_dao_wrapped():
    # Sở Y tế lead/execute; 'Ban Chỉ đạo phòng, chống dịch tỉnh' monitor
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế\n'
            '- Chủ trì triển khai Kế hoạch; Ban\n'
            'Chỉ đạo phòng, chống dịch tỉnh theo dõi, đôn đốc.\n')
    assert _units(text) == [('Ban Chỉ đạo phòng, chống dịch tỉnh', 'execute'),
         ('Ban Chỉ đạo phòng, chống dịch tỉnh', 'monitor'),
         ('Sở Y tế', 'execute'),
         ('Sở Y tế', 'lead')]


def test_n2_later_clause_vien_nghien_cuu_wrapped():
    # Sở NN&MT lead/execute; 'Viện Nghiên cứu lúa Đồng bằng sông Cửu Long' execute
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Nông nghiệp và Môi trường\n'
            '- Chủ trì triển khai mô hình; Viện\n'
            'Nghiên cứu lúa Đồng bằng sông Cửu Long chuyển giao giống mới.\n')
    assert _units(text) == [('Sở Nông nghiệp và Môi trường', 'execute'),
         ('Sở Nông nghiệp và Môi trường', 'lead'),
         ('Viện Nghiên cứu lúa Đồng bằng sông Cửu Long', 'execute')]


def test_u5_run_to_place_over_verb_phrase():
    # 'Sở Y tế' execute/monitor (the words to 'tỉnh' are its task, no part of its name)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Y tế giám sát dịch bệnh toàn tỉnh, phát hiện sớm các ổ dịch.\n')
    assert _units(text) == [('Sở Y tế', 'execute'), ('Sở Y tế', 'monitor')]


def test_n2_year_ends_budget_clause():
    # no unit 'Sở Y tế năm 2025'; Sở Tài chính lead (Sở Y tế as a unit optional)
    text = ('ỦY BAN NHÂN DÂN\n'
            'TỈNH AN GIANG\n'
            'Số: 12/KH-UBND\n'
            'An Giang, ngày 05 tháng 4 năm 2025\n'
            'KẾ HOẠCH\n'
            'Phát triển kinh tế năm 2025\n'
            'I. MỤC TIÊU\n'
            'Tăng 5%.\n'
            'II. TỔ CHỨC THỰC HIỆN\n'
            '1. Kinh phí thực hiện từ nguồn ngân sách tỉnh giao cho Sở Y tế năm'
            ' 2025. Sở Tài chính chủ trì thẩm định.\n')
    assert _units(text) == [('Sở Tài chính', 'lead'), ('Sở Y tế', 'execute'), ('Sở Y tế', 'lead')]
