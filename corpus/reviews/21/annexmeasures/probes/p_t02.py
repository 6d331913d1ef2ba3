from probe import run, C
years=[2026,2027,2028,2029,2030]
def tab(ghichu=True, total=True, trongdo=True, rs=True):
    g = [""] if ghichu else []
    h=[["TT","Mặt hàng","Chỉ tiêu","ĐVT",*[f"Năm {y}" for y in years], *(["Ghi chú"] if ghichu else [])]]
    b=[]
    if total: b.append(["", C("Tổng kim ngạch xuất khẩu nông sản",cs=2),"Triệu USD","370","402","436","472","512",*g])
    if trongdo: b.append(["", C("Trong đó:",cs=2),"","","","","","",*g])
    for tt,name in (("1","Gạo"),("2","Cà phê")):
        if rs:
            b.append([C(tt,rs=2),C(name,rs=2),"Sản lượng","Tấn","1.000","1.100","1.200","1.300","1.400",*g])
            b.append(["Kim ngạch","Triệu USD","11","12","13","14","15",*g])
        else:
            b.append([tt,name,"Sản lượng","Tấn","1.000","1.100","1.200","1.300","1.400",*g])
            b.append(["","","Kim ngạch","Triệu USD","11","12","13","14","15",*g])
    return h,b
for kw in [dict(), dict(ghichu=False), dict(total=False,trongdo=False), dict(ghichu=False,total=False,trongdo=False), dict(rs=False), dict(trongdo=False), dict(total=False)]:
    h,b=tab(**kw); print(kw); run("t02", h, b)
