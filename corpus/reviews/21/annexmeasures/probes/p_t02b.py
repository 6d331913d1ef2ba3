from probe import run, C
years=[2026,2027,2028,2029,2030]
def tab(wrap=True, nprod=3):
    h=[["TT","Mặt hàng","Chỉ tiêu","ĐVT",*[(f"Năm\n{y}" if wrap else f"Năm {y}") for y in years], "Ghi chú"]]
    b=[["", C("Tổng kim ngạch xuất khẩu nông sản",cs=2),"Triệu USD","370","402","436","472","512",""],
       ["", C("Trong đó:",cs=2),"","","","","","",""]]
    for i,(tt,name) in enumerate((("1","Gạo"),("2","Cà phê"),("3","Rau quả"))[:nprod]):
        b.append([C(tt,rs=2),C(name,rs=2),"Sản lượng","Tấn",*[f"{i+1}{k}.000" for k in range(5)],""])
        b.append(["Kim ngạch","Triệu USD",*[f"{i+1}{k}5" for k in range(5)],""])
    return h,b
for kw in [dict(wrap=False), dict(wrap=True), dict(wrap=True,nprod=2)]:
    h,b=tab(**kw); print(kw); run("t02b", h, b, show=False)
