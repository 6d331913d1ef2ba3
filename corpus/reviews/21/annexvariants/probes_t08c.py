exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
rows = [["", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600"], ["1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750"],
        ["2", "Xã Tân Thạnh", "21.500", "14.900", "3.100", "2.050"]]
h2 = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Trong đó", cs=3)], [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h1u = [[B("TT"), B("Xã, phường"), B("Tổng diện tích gieo trồng (ha)"), B("Lúa (ha)"), B("Ngô (ha)"), B("Rau, đậu các loại (ha)")]]
run("chi tieu 2row one", wrap(onecell(h2, rows), title="**CHỈ TIÊU DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN**", caption="*Đơn vị tính: ha*"), show=True)
run("in aims 1row(ha) md", wrap(md(h1u, rows), in_aims=True), show=True)
run("in aims 1row(ha) md, lead-in", wrap("Diện tích gieo trồng năm 2026 như sau:\n\n" + md(h1u, rows), in_aims=True), show=True)
