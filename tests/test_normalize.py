from pipeline.normalize import normalize
from pipeline.text import fold

from conftest import ROOT, SEED_000


def test_page_break_inside_sentence_is_joined():
    text = normalize(SEED_000.read_text(encoding="utf-8")).text
    assert "bám sát sự chỉ đạo, hướng dẫn của Liên đoàn Lao động tỉnh, Ban Tuyên giáo Huyện ủy" in text
    assert "báo cáo Ban Thường vụ Liên đoàn Lao động tỉnh kết quả" in text


def test_date_broken_over_lines_is_joined():
    assert normalize("Căn cứ Kế hoạch ngày 23 tháng\n4 năm 2018 của UBND").text == \
        "Căn cứ Kế hoạch ngày 23 tháng 4 năm 2018 của UBND"
    assert normalize("Sơn La, ngày 11 tháng 3\nnăm 2020").text == "Sơn La, ngày 11 tháng 3 năm 2020"


def test_items_and_headings_are_not_joined():
    text = "I. MỤC ĐÍCH, YÊU CẦU\n1. Tập trung tuyên truyền\n- nội dung\na) tiếp"
    assert normalize(text).text == text


def test_double_bullets_and_bold_markers():
    assert normalize("- + Phối với các cơ quan").text == "+ Phối với các cơ quan"
    assert normalize("**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**").text == "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"


def test_decomposed_unicode_is_composed_and_offsets_map_back():
    raw = "Ke\u0302\u0301 hoa\u0323ch số 12\n\nnăm 2024"
    norm = normalize(raw)
    assert norm.text.startswith("Kế hoạch số 12")
    pos = norm.text.index("12")
    assert raw[norm.to_raw(pos):norm.to_raw(pos) + 2] == "12"


def test_fold_unifies_old_and_new_tone_placement():
    assert fold("Thanh Hoá") == fold("Thanh Hóa") == "thanh hóa"
    assert fold("CỘNG HOÀ") == fold("Cộng hòa")
    assert fold("hoàn thành") == "hoàn thành"  # a closed syllable keeps its mark
    assert fold("quý") == "quý"


def _unflatten_by_characters(text: str) -> str:
    """The plain form of ``_unflatten``: the whole text split into lines and into characters."""
    from pipeline.normalize import _FLAT_BREAK
    if not any(len(line) > 1200 for line in text.split("\n")):
        return text
    chars = list(text)
    pos = 0
    for line in text.split("\n"):
        if len(line) > 1200:
            for m in _FLAT_BREAK.finditer(line):
                chars[pos + m.start()] = "\n"
        pos += len(line) + 1
    return "".join(chars)


def test_unflatten_is_its_plain_form_on_flattened_real_plans():
    """Differential: each real2 plan, as published and flattened onto one line (with a short line
    before and after), and random mixes of markers and long runs."""
    import random

    from pipeline.normalize import _unflatten
    texts = []
    dev = ("p001", "p004", "p009", "p011", "p015", "p019", "p022", "p024", "p026", "p028", "p031", "p036")
    for path in (ROOT / "corpus" / "real2" / f"{name}.txt" for name in dev):  # (dev split only)
        plan = path.read_text(encoding="utf-8")
        flat = plan.replace("\n", " ")
        texts += [plan, flat, "Số: 12\n" + flat + "\nNơi nhận:"]
    rng = random.Random(7)
    for _ in range(200):
        texts.append("".join(rng.choices(["I. MỤC ĐÍCH ", "1. Nội dung ", "a) Giao ", "Số: 12 ", "\n", " ",
                                          "x" * rng.randint(1, 900)], k=rng.randint(1, 40))))
    changed = 0
    for text in texts:
        assert _unflatten(text) == _unflatten_by_characters(text)
        changed += _unflatten(text) != text
    assert changed >= 24  # the flattened plans at least


def test_bold_heading_hard_wrapped_is_joined():
    """A legal-database page rendered to markdown wraps a bold heading anywhere (corpus/real2)."""
    assert normalize("**I. MỤC\nĐÍCH, YÊU CẦU**\n\n**1. Mục đích**").text == \
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích"
    assert normalize("**III.\r\nĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO**").text == "III. ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO"
    assert normalize("**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH").text == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    # Not joined: a closing marker alone on its line, a blank line, an item, a signer's title.
    assert normalize("**ỦY BAN NHÂN DÂN\n**\nTỈNH ĐẮK LẮK").text == "ỦY BAN NHÂN DÂN\n\nTỈNH ĐẮK LẮK"
    assert normalize("**Sở Y tế:\n- Chủ trì, hướng dẫn**").text == "Sở Y tế:\n- Chủ trì, hướng dẫn"
    assert normalize("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**").text == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_markdown_heading_markers_are_dropped_with_offsets_kept():
    """Markdown kept in repositories and RAG datasets marks headings with "#" and sets some in bold
    italics; the markers would hide the heading's label from the segmenter."""
    raw = "# KẾ HOẠCH\n\n## I. QUAN ĐIỂM ##\n\n### **1. Hoàn thiện thể chế**\n\n***II. NHIỆM VỤ***"
    norm = normalize(raw)
    assert norm.text == "KẾ HOẠCH\n\nI. QUAN ĐIỂM\n\n1. Hoàn thiện thể chế\n\nII. NHIỆM VỤ"
    start = norm.text.index("II. NHIỆM VỤ")
    assert raw[norm.to_raw(start):].startswith("II. NHIỆM VỤ***")
    assert normalize("***I. MỤC\nĐÍCH, YÊU CẦU***").text == "I. MỤC ĐÍCH, YÊU CẦU"
    # Kept: "#" inside a line, a hash not followed by a space, seven of them, a rule of four stars.
    for kept in ("Mục #1 của kế hoạch", "#hashtag", "####### bảy dấu", "Chỉ tiêu số 5 #"):
        assert normalize(kept).text == kept


def test_italic_markers_are_dropped_other_stars_kept():
    assert normalize("*Nơi nhận:*\n- Như Điều 3;").text == "Nơi nhận:\n- Như Điều 3;"
    assert normalize("*1.1. *Quán triệt và triển khai").text == "1.1. Quán triệt và triển khai"
    assert normalize("(*trọng tâm tại mục III *).").text == "(trọng tâm tại mục III )."
    for kept in ("* Một gạch đầu dòng", "Chỉ tiêu (*)", "2*3 = 6", "được đánh dấu *"):
        assert normalize(kept).text == kept


def test_real2_headings_wrapped_in_bold_are_one_line():
    text = normalize((ROOT / "corpus" / "real2" / "p004.txt").read_text(encoding="utf-8")).text
    assert "\nIV. NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI\n" in text and "\n1. Nguy cơ ô nhiễm môi trường\n" in text


def test_short_italic_headings_wrapped_in_the_middle_are_joined():
    assert normalize("*2.1. Sở\nTài chính*\n\na) Tham mưu").text == "2.1. Sở Tài chính\n\na) Tham mưu"
    assert normalize("*2.3.\nCông an tỉnh*").text == "2.3. Công an tỉnh"
    preamble = ("*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                "Căn cứ Nghị quyết số 01/NQ-CP ngày 10 tháng 01 năm 2025 của Chính phủ về những nhiệm vụ, giải "
                "pháp chủ yếu;*")
    assert "\n" in normalize(preamble).text  # over 160 characters: no heading, lines kept apart
    assert normalize("*a) Giao\n- Sở Y tế*").text == "a) Giao\n- Sở Y tế"  # an item on the next line


def test_bold_roman_heading_with_text_run_on_seventh_session():
    """"**II. NỘI DUNG** Triển khai …": a legal-database page runs a bold heading and its first
    paragraph together; the closing marker becomes a line break, so the heading's title ends
    there. Not for a heading in lower case nor an Arabic item ("**1. Sở Y tế:** chủ trì …")."""
    norm = normalize("**II. NỘI DUNG** Triển khai các nhiệm vụ sau.\n**1. Sở Y tế:** chủ trì.")
    assert norm.text == "II. NỘI DUNG\nTriển khai các nhiệm vụ sau.\n1. Sở Y tế: chủ trì."
    assert norm.text[norm.text.index("Triển"):].startswith("Triển khai")
    assert normalize("***III. TỔ CHỨC THỰC HIỆN*** Sở Y tế chủ trì.").text == \
        "III. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì."
    assert normalize("**II. Nội dung** triển khai.").text == "II. Nội dung triển khai."


def test_cell_breaks_are_kept_through_the_later_edits_eleventh_session():
    """A "<br>" between two words of a markdown cell becomes a space, and where it stands in the
    normalised text is kept (cell_breaks), past the bold markers dropped before it and the
    wrapped line joined after it; a tag with a space beside it leaves none."""
    from pipeline.normalize import normalize
    norm = normalize("| **1** | Bộ XD<br>Bộ TP<br>UBND cấp tỉnh | Sở A; <br>Sở B |\nmột dòng\nnối tiếp <br>x\n")
    assert norm.text == "| 1 | Bộ XD Bộ TP UBND cấp tỉnh | Sở A; Sở B |\nmột dòng nối tiếp x\n"
    assert [norm.text[p - 2:p + 3] for p in norm.cell_breaks] == ["XD Bộ", "TP UB"]
    assert [norm.to_raw(p) for p in norm.cell_breaks] == [15, 24]


def test_tab_separated_rows_become_pipe_rows_eleventh_session():
    """Two lines or more holding a tab between cells (a Word table saved as text, a .doc's header
    in two columns) are written as pipe rows; a line alone with a tab is left, its tab a space;
    every character maps back to the raw text."""
    from pipeline.normalize import normalize
    raw = ("ỦY BAN NHÂN DÂN \t  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ABC\t\tĐộc lập - Tự do - Hạnh phúc\n\n"
           "STT\tĐảng bộ\tNăm 2024\n1\tThành ủy Hòa Bình\t180\n\n- Lưu: VT.\t(Đã ký)\n")
    norm = normalize(raw)
    assert norm.text == ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                         "| TỈNH ABC | Độc lập - Tự do - Hạnh phúc |\n\n"
                         "| STT | Đảng bộ | Năm 2024 |\n| 1 | Thành ủy Hòa Bình | 180 |\n\n- Lưu: VT. (Đã ký)\n")
    at = norm.text.index("180")
    assert raw[norm.to_raw(at):norm.to_raw(at) + 3] == "180"


def test_a_quota_table_saved_as_text_with_tabs_eleventh_session():
    """A table of quotas whose cells a tab separates reads as a table: each year's quota of each
    Party organisation, named by its row."""
    from pipeline import extract
    doc = extract(text=(
        "TỈNH ỦY ABC\nSố 152-KH/TU\nABC, ngày 18 tháng 6 năm 2024\nKẾ HOẠCH\nPhát triển đảng viên\n"
        "I. MỤC TIÊU\nKết nạp ít nhất 300 đảng viên mới.\n\n"
        "PHỤ LỤC\nCHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025\n\n"
        "STT\tĐảng bộ\tNăm 2024 (đảng viên)\tNăm 2025 (đảng viên)\n1\tThành ủy ABC\t180\t190\n"
        "2\tHuyện ủy Kim Bôi\t120\t125\n"))
    assert [(t.value, t.unit, t.indicator, t.deadline) for t in doc.targets] == [
        (300, "đảng viên mới", "Kết nạp đảng viên mới", None),
        (180, "đảng viên", "Thành ủy ABC", "2024"), (190, "đảng viên", "Thành ủy ABC", "2025"),
        (120, "đảng viên", "Huyện ủy Kim Bôi", "2024"), (125, "đảng viên", "Huyện ủy Kim Bôi", "2025")]


def test_lines_of_a_table_one_cell_a_line_are_not_joined_eleventh_session():
    """A table a PDF's text layer writes one cell a line, its header opening with "TT", each row as
    many lines as its header, keeps its line breaks (a unit cell in lower case is no wrap of the
    name before). Prose still joins."""
    from pipeline.normalize import normalize
    table = ("TT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\n1\nTuyển sinh đại học\nsinh viên\n2.850\n"
             "2\nTuyển sinh thạc sĩ\nhọc viên\n180\n")
    assert normalize(table).text == table
    assert normalize("Tuyển sinh đại học\nchính quy năm 2026.\n").text == "Tuyển sinh đại học chính quy năm 2026.\n"


def test_html_tables_become_pipe_rows_eleventh_session():
    """An HTML table inside a text (a markdown converter's merged cells, a page saved as text) is
    written as pipe rows by edits that keep each cell's text in place: a row a line, "<th>" as a
    cell, a cell spanning columns followed by empty cells, one spanning rows by an empty cell in
    each later row; references decoded, markup in a cell dropped, its paragraphs and "<br>" kept as
    cell breaks (cell_breaks); every cell maps back to the raw text."""
    from pipeline.normalize import normalize
    raw = ("Chỉ tiêu như sau:\n<table border=\"1\">\n<thead><tr><th rowspan=\"2\">TT</th>"
           "<th rowspan=\"2\">Chỉ tiêu</th>"
           "<th colspan=\"2\">Kế hoạch</th></tr>\n<tr><th>Năm 2026</th><th>Năm 2027</th></tr></thead>\n<tbody>"
           "<tr><td colspan=\"4\"><b>I. Kinh tế</b></td></tr>\n"
           "<tr><td>1</td><td>\n  <p><span>Tỷ lệ hộ dùng</span> Internet &amp; cáp quang</p>\n</td><td>&nbsp;</td>"
           "<td>90</td></tr>\n"
           "<tr><td>2</td><td><p>Sở Y tế</p><p>Sở Tài chính</p></td><td>Bộ XD<br/>Bộ TP</td><td>95</td></tr>\n"
           "</tbody></table>\nHết.\n")
    norm = normalize(raw)
    assert norm.text == ("Chỉ tiêu như sau:\n| TT | Chỉ tiêu | Kế hoạch |  |\n|  |  | Năm 2026 | Năm 2027 |\n"
                         "| I. Kinh tế |  |  |  |\n| 1 | Tỷ lệ hộ dùng Internet & cáp quang |  | 90 |\n"
                         "| 2 | Sở Y tế Sở Tài chính | Bộ XD Bộ TP | 95 |\nHết.\n")
    assert [norm.text[p - 2:p + 3] for p in norm.cell_breaks] == ["tế Sở", "XD Bộ"]
    assert [raw[norm.to_raw(p) - 2:norm.to_raw(p) + 4] for p in norm.cell_breaks] == ["tế</p>", "XD<br/"]
    for cell in ("Internet", "90", "Năm 2027", "I. Kinh tế"):
        at = norm.to_raw(norm.text.index(cell))
        assert raw[at:at + len(cell)] == cell


def test_html_tables_on_one_line_and_tables_left_eleventh_session():
    """A table run on with the text around it opens and closes its own lines; a table with text
    between its cells (no grid) or merged cells staggering it past 64 columns is left to the tag
    pass; a text with no table is unchanged."""
    from pipeline.normalize import normalize
    assert normalize("Bảng:<table><tr><td>A</td><td>1</td></tr><tr><td>B</td></tr></table>Hết.").text \
        == "Bảng:\n| A | 1 |\n| B |\nHết."
    stray = "<table><tr>ghi chú<td>A</td></tr></table>\n"
    assert normalize(stray).text == stray
    assert normalize("<table><tr><td rowspan=\"3\">A</td><td>1</td></tr><tr><td>2</td></tr></table>\n").text \
        == "| A | 1 |\n|  | 2 |\n"
    staggered = "<table>" + "<tr><td rowspan=\"40\" colspan=\"40\">x</td></tr>" * 3 + "</table>"
    assert normalize(staggered).text == staggered  # (a grid past MOST_COLUMNS columns)
    plain = "Sở Y tế &amp; <b>Sở</b> Tài chính\n"
    assert normalize(plain).text == "Sở Y tế &amp; Sở Tài chính\n"


def test_a_tab_row_with_empty_edge_cells_goes_on_with_its_table():
    """Inside a block of tab rows, a line whose tab opens or closes it is a row with an empty cell
    there (a Word footer table saved as text: the right cell of the recipients' rows is empty), so
    the block goes on to the signer's row and its name stays in the right cell."""
    from pipeline import extract
    from pipeline.normalize import normalize
    raw = ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\tCHỦ TỊCH\n- Bộ Tài chính (b/c);\t\n"
           "- Lưu: VT, KT.\tVõ Ngọc Hiệp\n\n\tToàn xã\t62\n")
    norm = normalize(raw)
    assert norm.text.splitlines()[2:4] == ["| - Bộ Tài chính (b/c); | |", "| - Lưu: VT, KT. | Võ Ngọc Hiệp |"]
    assert norm.text.splitlines()[-1] == " Toàn xã 62"  # (a line alone: left, its tabs spaces)
    at = norm.text.index("Võ Ngọc")
    assert raw[norm.to_raw(at):norm.to_raw(at) + 7] == "Võ Ngọc"
    doc = extract(ROOT / "corpus" / "probes" / "m77.txt")  # (the probe this form came from)
    assert (doc.document.signer_title, doc.document.signer) == ("CHỦ TỊCH", "Võ Ngọc Hiệp")
def test_twelfth_session_page_lines_broken_at_their_gaps():
    """A document-sharing site's text extract writes each page on one line, its line breaks
    become runs of two spaces and the page's number opens it: the gaps become line breaks (the
    first space of each) and the running page numbers are blanked, every offset kept."""
    from pipeline.normalize import _page_line_breaks
    body = "  1. KẾ HOẠCH  I. MỤC ĐÍCH  1. Mục đích: " + "x " * 300 + " 2. Yêu cầu: bảo đảm."
    second = "  2. b) Sở Y tế chủ trì.  II. NHIỆM VỤ  " + "y " * 300 + " Nơi nhận:"
    text = "Nội dung Text:\n" + body + "\n\n" + second
    out = _page_line_breaks(text)
    assert len(out) == len(text)
    lines = out.split("\n")
    assert lines[1] == "     KẾ HOẠCH"
    assert lines[2] == " I. MỤC ĐÍCH"
    assert lines[3].startswith(" 1. Mục đích: x x")
    assert lines[4] == " 2. Yêu cầu: bảo đảm."
    assert lines[6] == "     b) Sở Y tế chủ trì."
    assert lines[7] == " II. NHIỆM VỤ"
    assert normalize(text).text.split("\n")[2] == " I. MỤC ĐÍCH"
    # a long line with few gaps (a flattened plan's single spaces) is left, and so is a lone line
    # with gaps (a paragraph typed with two spaces after its full stops)
    assert _page_line_breaks("1. Mục đích " + "x " * 400 + " I. MỤC") == "1. Mục đích " + "x " * 400 + " I. MỤC"
    assert _page_line_breaks(body) == body


def test_a_padded_markdown_row_is_no_page_line():
    """A markdown table's row whose cells are padded to their columns' width holds a gap in every
    cell, as a page written on one line does; it is a row, and stays one line."""
    row = "| " + " | ".join(f"Chỉ tiêu số {i} về phát triển kinh tế số          " for i in range(12)) + " |"
    assert len(row) > 500
    assert normalize(row + "\n").text.count("\n") == 1


def test_tab_indented_paragraphs_and_double_spaced_sentences_stay_prose():
    """A Word list whose paragraphs a tab indents is no table ("1.\\tMục đích" over "\\tTriển khai
    …"); a paragraph typed with two spaces after its full stops, one line of a text of many, is no
    page written on one line."""
    raw = "1.\tMục đích\n\tTriển khai có hiệu quả Kế hoạch số 12/KH-UBND.\n2.\tYêu cầu\n\tBảo đảm thiết thực.\n"
    assert "|" not in normalize(raw).text
    para = ("a) Ủy ban nhân dân các xã, phường tổ chức thực hiện các nội dung tại mục  2. Phần III Kế hoạch này.  "
            "Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.  "
            "Công an tỉnh chủ trì, phối hợp với các cơ quan liên quan bảo đảm an ninh trật tự trong quá trình "
            "triển khai các hoạt động của Kế hoạch trên địa bàn tỉnh theo đúng quy định của pháp luật hiện hành, "
            "báo cáo kết quả định kỳ hằng quý về Sở Nội vụ để tổng hợp.  Sở Tài chính bố trí kinh phí thực hiện "
            "các nội dung của Kế hoạch theo phân cấp ngân sách hiện hành.")
    text = "KẾ HOẠCH\nI. MỤC ĐÍCH\n" + "Nội dung ngắn một dòng của văn bản.\n" * 12 + para + "\n"
    assert len(para) > 500 and normalize(text).text.count("\n") == text.count("\n")
