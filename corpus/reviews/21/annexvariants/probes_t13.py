exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
h = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028"), B("Ghi chú")]]
def body(dvt_rs, note_rs):
    r1 = ["1", "Tỷ lệ hộ gia đình phân loại rác tại nguồn", C("%", rs=3) if dvt_rs else "%", "35", "45", "55", C("Theo Bộ tiêu chí", rs=3) if note_rs else "Theo Bộ tiêu chí"]
    r2 = ["2", "Tỷ lệ chất thải rắn đô thị được thu gom", "96", "98", "99"]
    r3 = ["3", "Tỷ lệ cơ sở gây ô nhiễm được xử lý", "90", "92", "95"]
    if not dvt_rs: r2.insert(2, "%"); r3.insert(2, "%")
    if not note_rs: r2.append("Theo Bộ tiêu chí"); r3.append("Theo Bộ tiêu chí")
    r4 = ["4", "Số xã đạt tiêu chí môi trường", "Xã", "38", "42", "46", ""]
    return [r1, r2, r3, r4]
for nm, a, b in [("ĐVT merged", True, False), ("Ghi chú merged", False, True), ("both merged", True, True)]:
    run(f"{nm} one", wrap(onecell(h, body(a, b)), title="**CHỈ TIÊU MÔI TRƯỜNG**"), show=True)
