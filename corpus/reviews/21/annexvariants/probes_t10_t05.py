exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
# t10 footnotes
rows = [["1", "Tỷ lệ đô thị hóa", "%", "38,5", "45"], ["2", "Số cụm công nghiệp đi vào hoạt động", "Cụm", "14", "22"]]
for nm, hy, cell in [("hdr[1]", "Năm 2030[1]", "45"), ("plain", "Năm 2030", "45"), ("cell[3]", "Năm 2030", "45[3]"), ("hdr (1)", "Năm 2030 (1)", "45"), ("hdr (*)", "Năm 2030(*)", "45")]:
    r = [list(x) for x in rows]; r[0][4] = cell
    h = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B(hy)]]
    for how, f in [("one", onecell), ("md", md)]:
        run(f"t10 {nm} {how}", wrap(f(h, r), title="**CHỈ TIÊU PHÁT TRIỂN CÔNG NGHIỆP**"), show=(nm=="cell[3]" and how=="md"))
# t05 sub-group row without values
for nm, parent in [("2.1. plain", ["2.1.", "Tỷ lệ trường đạt chuẩn quốc gia", "", "", ""]), ("2.1. bold", [B("2.1."), B("Tỷ lệ trường đạt chuẩn quốc gia"), "", "", ""]),
                   ("2.1. with ĐVT", ["2.1.", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "", ""])]:
    h = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027")]]
    b = [parent, ["a)", "Tiểu học", "%", "80", "84"], ["b)", "Trung học cơ sở", "%", "72", "77"]]
    b2 = [parent, ["-", "Tiểu học", "%", "80", "84"], ["-", "Trung học cơ sở", "%", "72", "77"]]
    for how, f in [("one", onecell), ("md", md)]:
        run(f"t05 {nm} a) {how}", wrap(f(h, b), title="**CHỈ TIÊU GIÁO DỤC**"), show=(how=="md" and nm=="2.1. plain"))
        run(f"t05 {nm} - {how}", wrap(f(h, b2), title="**CHỈ TIÊU GIÁO DỤC**"), show=(how=="md" and nm=="2.1. plain"))
