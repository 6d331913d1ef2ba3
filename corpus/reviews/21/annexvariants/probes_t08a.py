exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
rows = [["", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600"], ["1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750"],
        ["2", "Xã Tân Thạnh", "21.500", "14.900", "3.100", "2.050"]]
h2 = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Trong đó", cs=3)], [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h1 = [[B("TT"), B("Xã, phường"), B("Tổng diện tích gieo trồng"), B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h1u = [[B("TT"), B("Xã, phường"), B("Tổng diện tích gieo trồng (ha)"), B("Lúa (ha)"), B("Ngô (ha)"), B("Rau, đậu các loại (ha)")]]
h2u = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng (ha)", rs=2), B("Trong đó", cs=3)], [B("Lúa (ha)"), B("Ngô (ha)"), B("Rau, đậu (ha)")]]
h2c = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Chia ra", cs=3)], [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
h2d = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Diện tích gieo trồng (ha)", cs=4)], [B("Tổng số"), B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
cap = "*Đơn vị tính: ha*"
for nm, h, c in [("2row trong do cap", h2, cap), ("1row cap", h1, cap), ("1row (ha)", h1u, ""), ("2row (ha)", h2u, ""), ("2row chia ra cap", h2c, cap), ("2row measure over Tổng số", h2d, "")]:
    for how, f in [("one", onecell), ("md", md)]:
        run(f"{nm} {how}", wrap(f(h, rows), caption=c), show=(nm in ("1row cap",) and how == "md"))
