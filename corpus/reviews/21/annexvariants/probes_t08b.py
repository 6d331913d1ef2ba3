exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
rows = [["", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600"], ["1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750"],
        ["2", "Xã Tân Thạnh", "21.500", "14.900", "3.100", "2.050"]]
h2 = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Trong đó", cs=3)], [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h1u = [[B("TT"), B("Xã, phường"), B("Tổng diện tích gieo trồng (ha)"), B("Lúa (ha)"), B("Ngô (ha)"), B("Rau, đậu các loại (ha)")]]
cap = "*Đơn vị tính: ha*"
for title in ["**KẾ HOẠCH DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN**",
              "**CHỈ TIÊU DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN**",
              "**GIAO CHỈ TIÊU DIỆN TÍCH GIEO TRỒNG NĂM 2026**",
              "**DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 PHÂN THEO XÃ, PHƯỜNG**",
              "**PHÂN BỔ DIỆN TÍCH GIEO TRỒNG NĂM 2026**"]:
    for nm, h, c in [("2row", h2, cap), ("1row(ha)", h1u, "")]:
        for how, f in [("one", onecell), ("md", md)]:
            run(f"{title[2:40]} | {nm} {how}", wrap(f(h, rows), title=title, caption=c), show=False)
    
run("in aims md", wrap(md(h2, rows), caption=cap, in_aims=True), show=True)
run("in aims one", wrap(onecell(h2, rows), caption=cap, in_aims=True), show=False)
