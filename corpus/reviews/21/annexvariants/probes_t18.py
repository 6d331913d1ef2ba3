exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe_t.py").read())
from pipeline import extract
def mk(mark="x", years=True):
    h = [[B("TT", rs=2), B("Nhiệm vụ", rs=2), B("Chỉ tiêu cần đạt", rs=2)] + ([B("Thời gian thực hiện", cs=3)] if years else []) + [B("Cơ quan chủ trì", rs=2), B("Cơ quan phối hợp", rs=2)]]
    if years: h.append([B("2026"), B("2027"), B("2028")])
    else: h = [[x if not isinstance(x, C) else C(x.text, bold=True) for x in h[0]]]
    b = [["1", "Đầu tư xây dựng, nâng cấp chợ đạt chuẩn văn minh thương mại", "05 chợ"] + ([mark, mark, ""] if years else []) + ["Sở Công Thương", "Ủy ban nhân dân các xã, phường"],
         ["2", "Phát triển trung tâm logistics cấp tỉnh", "Tối thiểu 02 trung tâm"] + (["", mark, mark] if years else []) + ["Sở Xây dựng", "Sở Công Thương"],
         ["3", "Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử quốc tế", "150 doanh nghiệp"] + ([mark]*3 if years else []) + ["Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh"]]
    return h, b
for nm, kw in [("x", {}), ("X", dict(mark="X")), ("no year cols", dict(years=False))]:
    for how, f in [("one", onecell), ("md", md)]:
        h, b = mk(**kw)
        text = wrap(f(h, b), title="**LỘ TRÌNH THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM**")
        run(f"{nm} {how}", text, show=True)
        d = extract(text=text)
        print("    units:", sorted({(r.unit, r.role) for r in d.responsibilities if r.unit not in ("Sở Tài chính",)}))
