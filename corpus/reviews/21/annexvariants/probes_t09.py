exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
rowsF = [("Công ty Cổ phần Cà phê Hòa Phong", "Cà phê nhân", ["82", "95", "110"], "EU"),
        ("Công ty TNHH Chế biến Nông sản Tân Lộc", "Hạt điều nhân", ["64", "72", "80"], "Hoa Kỳ"),
        ("Hợp tác xã Nông nghiệp Phú An", "Sầu riêng tươi", ["9", "14", "20"], "Trung Quốc")]
T = "**DANH MỤC DOANH NGHIỆP XUẤT KHẨU CHỦ LỰC VÀ CHỈ TIÊU KIM NGẠCH XUẤT KHẨU**"
def mk(name_hdr="Tên doanh nghiệp", prod=True, market=True, two=True, names=None):
    hdr0 = [B("TT", rs=2), B(name_hdr, rs=2)] + ([B("Mặt hàng chủ lực", rs=2)] if prod else []) + [B("Kim ngạch xuất khẩu\n(triệu USD)", cs=3)] + ([B("Thị trường chính", rs=2)] if market else [])
    h = [hdr0, [B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    if not two:
        h = [[B("TT"), B(name_hdr)] + ([B("Mặt hàng chủ lực")] if prod else []) + [B("Năm 2026 (triệu USD)"), B("Năm 2028 (triệu USD)"), B("Năm 2030 (triệu USD)")] + ([B("Thị trường chính")] if market else [])]
    body = []
    for i, (n, p, c, m) in enumerate(rowsF):
        if names: n = names[i]
        body.append([str(i+1), n] + ([p] if prod else []) + c + ([m] if market else []))
    return h, body
for nm, kw in [("full", {}), ("no market", dict(market=False)), ("no prod", dict(prod=False)), ("no prod no market", dict(prod=False, market=False)),
               ("hdr Doanh nghiệp", dict(name_hdr="Doanh nghiệp")), ("hdr Đơn vị", dict(name_hdr="Đơn vị")),
               ("names w/o Công ty", dict(names=["Cà phê Hòa Phong", "Nông sản Tân Lộc", "Nông nghiệp Phú An"])),
               ("one-row hdr", dict(two=False)), ("one-row hdr no prod/market", dict(two=False, prod=False, market=False))]:
    for how, f in [("one", onecell), ("md", md)]:
        h, b = mk(**kw)
        run(f"{nm} {how}", wrap(f(h, b), title=T), show=(nm == "no prod no market" and how == "md"))
print("---- trailing column names")
for last, vals in [("Ghi chú", ["EU", "Hoa Kỳ", "Trung Quốc"]), ("Thị trường chính", ["EU", "Hoa Kỳ", "Trung Quốc"]),
                   ("Thị trường chính", ["", "", ""]), ("Ghi chú", ["Xuất khẩu sang EU", "", ""]), ("Cơ quan theo dõi", ["Sở Công Thương"]*3)]:
    h = [[B("TT", rs=2), B("Tên doanh nghiệp", rs=2), B("Mặt hàng chủ lực", rs=2), B("Kim ngạch xuất khẩu\n(triệu USD)", cs=3), B(last, rs=2)], [B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    b = [[str(i+1), n, p] + c + [v] for i, ((n, p, c, m), v) in enumerate(zip(rowsF, vals))]
    for how, f in [("one", onecell), ("md", md)]:
        run(f"{last} {vals[0]!r} {how}", wrap(f(h, b), title=T))
