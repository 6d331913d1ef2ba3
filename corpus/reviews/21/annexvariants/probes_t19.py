exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
h1 = [[B("TT"), B("Ngành công nghiệp"), B("Năm 2026"), B("Năm 2027")]]
h2 = [[B("TT"), B("Nhóm hàng"), B("Năm 2026"), B("Năm 2027")]]
b1 = [["1", "Khai khoáng", "6.200", "6.400"], ["2", "Chế biến, chế tạo", "118.500", "131.000"]]
b2 = [["1", "Nhóm hàng nông, lâm, thủy sản", "1.020", "1.090"], ["2", "Nhóm hàng công nghiệp chế biến", "1.210", "1.360"]]
c1 = "**Biểu 01. GIÁ TRỊ SẢN XUẤT CÔNG NGHIỆP THEO NGÀNH**\n\n*Đơn vị tính: Tỷ đồng*\n\n"
c2 = "**Biểu 02. KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG**\n\n*Đơn vị tính: Triệu USD*\n\n"
T = "**MỘT SỐ CHỈ TIÊU PHÁT TRIỂN CÔNG NGHIỆP VÀ XUẤT KHẨU**"
for how, f in [("one", onecell), ("md", md)]:
    run(f"both {how}", wrap(c1 + f(h1, b1) + "\n\n" + c2 + f(h2, b2), title=T), show=True)
    run(f"02 alone {how}", wrap(c2 + f(h2, b2), title=T))
    run(f"02 then 01 {how}", wrap(c2 + f(h2, b2) + "\n\n" + c1 + f(h1, b1), title=T), show=True)
    run(f"both, unit line only {how}", wrap("*Đơn vị tính: Tỷ đồng*\n\n" + f(h1, b1) + "\n\n*Đơn vị tính: Triệu USD*\n\n" + f(h2, b2), title=T))
print('----')
h2u = [[B("TT"), B("Nhóm hàng"), B("Năm 2026 (triệu USD)"), B("Năm 2027 (triệu USD)")]]
h2d = [[B("TT"), B("Nhóm hàng"), B("ĐVT"), B("Năm 2026"), B("Năm 2027")]]
b2d = [["1", "Nhóm hàng nông, lâm, thủy sản", "Triệu USD", "1.020", "1.090"], ["2", "Nhóm hàng công nghiệp chế biến", "Triệu USD", "1.210", "1.360"]]
for how, f in [("one", onecell), ("md", md)]:
    run(f"2nd with (unit) hdr {how}", wrap(c1 + f(h1, b1) + "\n\n**Biểu 02. KIM NGẠCH XUẤT KHẨU**\n\n" + f(h2u, b2), title=T))
    run(f"2nd with ĐVT col {how}", wrap(c1 + f(h1, b1) + "\n\n**Biểu 02. KIM NGẠCH XUẤT KHẨU**\n\n" + f(h2d, b2d), title=T))
    run(f"2nd with caption, first no caption but ĐVT {how}", wrap(f(h2d, b2d) + "\n\n" + c1 + f(h1, b1), title=T))
