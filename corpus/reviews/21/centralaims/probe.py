import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
HEAD = "I. MỤC TIÊU \n1. Mục tiêu cụ thể đến năm 2030 \n"
def show(body, label):
    d = extract(text="KẾ HOẠCH\nThực hiện chương trình\n" + HEAD + body + "\nII. TỔ CHỨC THỰC HIỆN \nCác bộ triển khai. \n")
    print("##", label, "|", body.replace("\n", "⏎")[:110])
    for t in d.targets:
        print("   ", t.value, t.until, f"[{t.unit}]", t.comparator, "|", t.indicator, "|", t.kind, t.deadline)
P = [
 ("- Có ít nhất 10 tập đoàn kinh tế tư nhân tham gia chuỗi giá trị toàn cầu.", "count one line"),
 ("- Có ít nhất 10 \ntập đoàn kinh tế tư nhân tham gia chuỗi giá trị toàn cầu.", "count wrapped"),
 ("- Việt Nam thuộc nhóm 40 nước có môi trường kinh doanh thuận lợi nhất thế giới.", "rank one line"),
 ("- Việt Nam thuộc nhóm \n40 nước có môi trường kinh doanh thuận lợi nhất thế giới.", "rank wrapped"),
 ("- Tỷ lệ đô thị hóa đạt \n52%.", "pct wrapped"),
 ("- Chỉ số EGDI của Việt Nam lọt vào top 45 thế giới.", "top N"),
 ("- Chỉ số EGDI của Việt Nam thuộc top 45 quốc gia dẫn đầu thế giới.", "top N quốc gia"),
 ("- Chỉ số LPI đứng trong top 3 ASEAN.", "top 3 ASEAN"),
 ("- Số bác sĩ trên 10.000 dân đạt 15 bác sĩ.", "per 10000 before"),
 ("- Số giường bệnh trên 1 vạn dân đạt 35 giường.", "per vạn before"),
 ("- Đạt 15 bác sĩ trên 10.000 dân.", "per after"),
 ("- Tạo ra khoảng 7 triệu việc làm, trong đó có khoảng 2,5 triệu việc làm trực tiếp.", "trong đó triệu"),
 ("- Tạo ra khoảng 7.000 việc làm, trong đó có khoảng 2.500 việc làm trực tiếp.", "trong đó plain"),
 ("- Diện tích canh tác hữu cơ đạt 2,5 - 3% tổng diện tích đất nông nghiệp.", "range + base"),
 ("- Diện tích canh tác hữu cơ đạt 3% tổng diện tích đất nông nghiệp.", "value + base"),
 ("- Tỷ lệ lao động nông nghiệp giảm còn 20%; diện tích canh tác hữu cơ đạt 2,5 - 3% tổng diện tích đất nông nghiệp.", "2nd clause range+base"),
 ("- Có ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 trường hàng đầu châu Á.", "rank inside ind"),
 ("- Có ít nhất 8 trường đại học nằm trong top 200 châu Á.", "rank inside top"),
 ("- Phấn đấu cả nước có 2 triệu doanh nghiệp hoạt động.", "có N dn hoạt động"),
 ("- Cả nước có 2 triệu doanh nghiệp hoạt động.", "có N dn hoạt động no phấn đấu"),
]
for b, l in P:
    show(b, l)
