exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
rows = [["", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600"], ["1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750"],
        ["2", "Xã Tân Thạnh", "21.500", "14.900", "3.100", "2.050"]]
h2 = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Trong đó", cs=3)], [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h2u = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng (ha)", rs=2), B("Trong đó", cs=3)], [B("Lúa (ha)"), B("Ngô (ha)"), B("Rau, đậu (ha)")]]
T = "**CHỈ TIÊU DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN**"
run("chi tieu 2row md", wrap(md(h2, rows), title=T, caption="*Đơn vị tính: ha*"), show=True)
run("chi tieu 2row(ha) one", wrap(onecell(h2u, rows), title=T), show=True)
run("in aims 2row(ha) md", wrap(md(h2u, rows), in_aims=True), show=False)
run("in aims 2row(ha) one", wrap(onecell(h2u, rows), in_aims=True), show=False)
run("in aims 2row cap md", wrap("*Đơn vị tính: ha*\n\n"+md(h2, rows), in_aims=True), show=False)
