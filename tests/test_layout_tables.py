"""Tables printed in layout mode (pdftotext -layout): columns by their places, header cells stacked
in their columns, a cell over a period spanning its years, wrapped names, group rows, the header
repeated after a page break (pipeline.layout_tables)."""
from pipeline import extract
from pipeline.layout_tables import layout_table_spans, layout_tables

_TABLE = """\
                                                 PHỤ LỤC I
                          CHỈ TIÊU PHÁT TRIỂN LÂM NGHIỆP GIAI ĐOẠN 2026 - 2030
                    (Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND tỉnh)

                                                   Thực       Ước thực          Kế hoạch
  TT                Chỉ tiêu                ĐVT   hiện năm    hiện năm    giai đoạn 2026 - 2030
                                                    2024        2025        2026        2030
  I    Quản lý, bảo vệ rừng
  1    Tỷ lệ che phủ rừng (không tính cây    %       47,2        47,6        47,9        49,0
       cao su, cây đặc sản)
  2    Diện tích đất có rừng                 ha   348.620     350.410     351.600     356.000
       Trong đó:
       - Rừng trồng                          ha   134.270     136.030     137.100     141.100
\f                                          6

                                                   Thực       Ước thực          Kế hoạch
  TT                Chỉ tiêu                ĐVT   hiện năm    hiện năm    giai đoạn 2026 - 2030
                                                    2024        2025        2026        2030
       Diện tích rừng trồng gỗ nhỏ được
  3    chuyển hóa sang gỗ lớn                ha       480         520         550         700

Ghi chú: số liệu năm 2025 là số ước thực hiện.
"""


def test_a_layout_table_read_by_its_columns():
    (table,) = layout_tables(_TABLE, 0, len(_TABLE))
    cells = [row[2] for row in table]
    assert cells[:2] == [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Ước thực hiện năm 2025",
                          "Kế hoạch giai đoạn 2026 - 2030", ""],
                         ["", "", "", "", "", "2026", "2030"]]
    assert cells[2:] == [
        ["I", "Quản lý, bảo vệ rừng", "", "", "", "", ""],
        ["1", "Tỷ lệ che phủ rừng (không tính cây cao su, cây đặc sản)", "%", "47,2", "47,6", "47,9", "49,0"],
        ["2", "Diện tích đất có rừng", "ha", "348.620", "350.410", "351.600", "356.000"],
        ["", "Trong đó:", "", "", "", "", ""],
        ["", "- Rừng trồng", "ha", "134.270", "136.030", "137.100", "141.100"],
        ["3", "Diện tích rừng trồng gỗ nhỏ được chuyển hóa sang gỗ lớn", "ha", "480", "520", "550", "700"]]
    # (Each cell starts where its first words do.)
    row = table[3]
    assert [_TABLE[at:at + len(c.split()[0])] for c, at in zip(row[2], row[3]) if c] == [
        c.split()[0] for c in row[2] if c]
    (span,) = layout_table_spans(_TABLE)
    assert _TABLE[span[0]:].lstrip().startswith("Thực") and _TABLE[span[1] - 3:span[1]] == "700"


def test_a_plans_layout_annex_gives_its_aims():
    head = ("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "  TỈNH HÀ TĨNH                              Độc lập - Tự do - Hạnh phúc\n\n"
            " Số: 45/KH-UBND                            Hà Tĩnh, ngày 10 tháng 01 năm 2026\n\n"
            "                                    KẾ HOẠCH\n"
            "                       Phát triển lâm nghiệp giai đoạn 2026 - 2030\n\n"
            " I. MỤC TIÊU\n Trồng mới 5.000 ha rừng.\n II. TỔ CHỨC THỰC HIỆN\n"
            " Sở Nông nghiệp và Môi trường chủ trì triển khai.\n\n"
            "                                                    TM. ỦY BAN NHÂN DÂN\n"
            "                                                    CHỦ TỊCH\n\n"
            "                                                    Nguyễn Văn A\n\f")
    doc = extract(text=head + _TABLE)
    at = doc.text.index("PHỤ LỤC I")
    got = [(t.value, t.unit, t.kind, t.deadline) for t in doc.targets if t.start > at]
    assert got[:4] == [(47.2, "%", "achieved", "2024"), (47.6, "%", "achieved", "2025"),
                       (47.9, "%", "target", "2026"), (49.0, "%", "target", "2030")]
    assert (700, "ha", "target", "2030") in got and len(got) == 16
