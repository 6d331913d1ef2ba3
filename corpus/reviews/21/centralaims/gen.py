"""Made-up cases (review 21 / centralaims): targets in the prose of central documents.
Every expectation below was written before the program was run on its case.
Run: python gen.py  (writes cases/NN.txt and cases/NN.expect.json)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from render import doc_qd, doc_nq, doc_kh  # noqa: E402

CASES = Path(__file__).parent / "cases"
CASES.mkdir(exist_ok=True)
ALL = {}


def T(value, unit, words, deadline, until=None, kind="target", cmp="=", opt=False, note=""):
    d = dict(value=value, until=until, unit=unit, kind=kind, deadline=deadline, words=words, comparator=cmp)
    if opt:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


def S(*pairs):
    return [dict(label=a, title=b) for a, b in pairs]


def case(n, text, targets, sections, note=""):
    ALL[n] = (text, dict(note=note, units=None, targets=targets, sections=sections))


TASKS = [("H1", "II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
         ("H2", "1.", "Hoàn thiện thể chế, chính sách"),
         ("P", "Rà soát, sửa đổi, bổ sung các quy định pháp luật còn chồng chéo, tạo hành lang pháp lý thuận lợi "
               "cho các mô hình kinh doanh mới; nghiên cứu cơ chế thử nghiệm có kiểm soát."),
         ("H2", "2.", "Phát triển nguồn nhân lực"),
         ("P", "Đổi mới chương trình đào tạo theo hướng gắn với nhu cầu của doanh nghiệp; tăng cường hợp tác "
               "giữa cơ sở đào tạo, viện nghiên cứu và doanh nghiệp.")]
ORG = [("H1", "III", "TỔ CHỨC THỰC HIỆN"),
       ("P", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
             "trung ương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai, báo cáo kết quả "
             "thực hiện trước ngày 15 tháng 12 hằng năm.")]
SEC3 = S(("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("III", "TỔ CHỨC THỰC HIỆN"))

# ------------------------------------------------------------------ 01 NQ-CP, repo: shares of GDP, ranks, vision
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu tổng quát"),
     ("P", "Phát triển kinh tế số nhanh, bền vững, trở thành động lực chính của tăng trưởng; xây dựng xã hội "
           "số toàn diện, bao trùm."),
     ("H2", "2.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Kinh tế số chiếm 32% GDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 22%."),
     ("B", "Việt Nam thuộc nhóm 3 nước dẫn đầu ASEAN về chỉ số phát triển Chính phủ điện tử (EGDI)."),
     ("B", "Có ít nhất 6 doanh nghiệp công nghệ số đủ năng lực cạnh tranh trên thị trường quốc tế."),
     ("B", "Nguồn nhân lực số đạt ít nhất 120.000 kỹ sư công nghệ số có trình độ quốc tế."),
     ("H2", "3.", "Tầm nhìn đến năm 2045"),
     ("P", "Kinh tế số chiếm tối thiểu 55% GDP; Việt Nam thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới "
           "sáng tạo.")] + TASKS + ORG
case("01", doc_nq("repo", 1, "131/NQ-CP", "Hà Nội, ngày 14 tháng 8 năm 2026",
                  "phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030", b, "14/8/2026"),
     [T(32, "%", ["kinh tế số", "gdp"], "2030"),
      T(22, "%", ["kinh tế số", "ngành"], "2030", cmp=">="),
      T(3, "nước", ["dẫn đầu", "chính phủ điện tử"], "2030", cmp="<="),
      T(6, "doanh nghiệp", ["doanh nghiệp công nghệ số"], "2030", cmp=">="),
      T(120000, "kỹ sư", ["kỹ sư"], "2030", cmp=">="),
      T(55, "%", ["kinh tế số", "gdp"], "2045", cmp=">="),
      T(30, "nước", ["dẫn đầu", "đổi mới sáng tạo"], "2045", cmp="<=")], SEC3)

# ------------------------------------------------------------------ 02 QĐ-TTg, tvpl: stages a) Giai đoạn 1 / b) Giai đoạn 2
b = [("H1", "I", "QUAN ĐIỂM"),
     ("P", "Phát triển ngành công nghiệp thiết bị điện tử thông minh là nhiệm vụ chiến lược, gắn với chuyển "
           "đổi số và tăng trưởng xanh."),
     ("H1", "II", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu tổng quát"),
     ("P", "Hình thành hệ sinh thái thiết bị điện tử thông minh trong nước, từng bước làm chủ công nghệ thiết kế, "
           "chế tạo và kiểm thử."),
     ("H2", "2.", "Mục tiêu cụ thể"),
     ("H3", "a)", "Giai đoạn 1 (2026 - 2028):"),
     ("B", "Có ít nhất 12 doanh nghiệp thiết kế thiết bị điện tử thông minh;"),
     ("B", "Doanh thu của ngành đạt trên 8 tỷ USD/năm;"),
     ("B", "Quy mô nhân lực đạt 45.000 kỹ sư thiết kế, kiểm thử."),
     ("H3", "b)", "Giai đoạn 2 (2029 - 2032):"),
     ("B", "Có ít nhất 25 doanh nghiệp thiết kế thiết bị điện tử thông minh;"),
     ("B", "Doanh thu của ngành đạt trên 20 tỷ USD/năm;"),
     ("B", "Quy mô nhân lực đạt 90.000 kỹ sư thiết kế, kiểm thử.")] + \
    [("H1", "III", "NHIỆM VỤ, GIẢI PHÁP"),
     ("P", "Xây dựng cơ chế ưu đãi vượt trội cho dự án thiết kế, chế tạo; phát triển nguồn nhân lực chất lượng cao.")]
case("02", doc_qd("tvpl", 2, "1418/QĐ-TTg", "Hà Nội, ngày 22 tháng 6 năm 2026",
                  "Phê duyệt Chiến lược phát triển ngành công nghiệp thiết bị điện tử thông minh đến năm 2032",
                  "Chiến lược phát triển ngành công nghiệp thiết bị điện tử thông minh đến năm 2032", b,
                  "Bộ Công Thương"),
     [T(12, "doanh nghiệp", ["doanh nghiệp thiết kế"], "2028", cmp=">="),
      T(8, "tỷ USD", ["doanh thu"], "2028", cmp=">"),
      T(45000, "kỹ sư", ["nhân lực"], "2028"),
      T(25, "doanh nghiệp", ["doanh nghiệp thiết kế"], "2032", cmp=">="),
      T(20, "tỷ USD", ["doanh thu"], "2032", cmp=">"),
      T(90000, "kỹ sư", ["nhân lực"], "2032")],
     S(("I", "QUAN ĐIỂM"), ("II", "MỤC TIÊU"), ("III", "NHIỆM VỤ, GIẢI PHÁP")))

# ------------------------------------------------------------------ 03 NQ-CP, pdf: growth per year, ranges, USD
b = [("H1", "I", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU"),
     ("H2", "1.", "Mục tiêu tổng quát"),
     ("P", "Duy trì ổn định kinh tế vĩ mô, thúc đẩy tăng trưởng cao gắn với đổi mới mô hình tăng trưởng."),
     ("H2", "2.", "Các chỉ tiêu chủ yếu đến năm 2030"),
     ("B", "Tốc độ tăng trưởng GDP bình quân giai đoạn 2026 - 2030 đạt từ 8,5% đến 9%/năm."),
     ("B", "GDP bình quân đầu người theo giá hiện hành đạt khoảng 8.200 - 8.600 USD."),
     ("B", "Tỷ trọng công nghiệp chế biến, chế tạo đạt khoảng 26% GDP."),
     ("B", "Năng suất lao động xã hội tăng bình quân trên 7,2%/năm."),
     ("B", "Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt trên 56%."),
     ("B", "Tỷ lệ đô thị hóa đạt trên 52%.")] + TASKS + ORG
case("03", doc_nq("pdf", 3, "142/NQ-CP", "Hà Nội, ngày 03 tháng 9 năm 2026",
                  "thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030", b, "03/9/2026"),
     [T(8.5, "%", ["tăng trưởng gdp"], ["2030", None], until=9),
      T(8200, "USD", ["gdp bình quân đầu người"], "2030", until=8600),
      T(26, "%", ["công nghiệp chế biến"], "2030"),
      T(7.2, "%", ["năng suất lao động"], ["2030", None], cmp=">"),
      T(56, "%", ["tfp"], "2030", cmp=">"),
      T(52, "%", ["đô thị hóa"], "2030", cmp=">")],
     S(("I", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("III", "TỔ CHỨC THỰC HIỆN")))

# ------------------------------------------------------------------ 04 QĐ-TTg, tvpl: HDI without unit, rank, "ở mức khoảng"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu chung"),
     ("P", "Nâng cao chất lượng dân số, cải thiện tầm vóc, thể lực và chất lượng cuộc sống của Nhân dân."),
     ("H2", "2.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Chỉ số phát triển con người (HDI) đạt khoảng 0,79."),
     ("B", "Tỷ lệ bao phủ bảo hiểm y tế đạt trên 96% dân số."),
     ("B", "Tỷ lệ tăng dân số tự nhiên duy trì ở mức khoảng 0,9%."),
     ("B", "Chỉ số hạnh phúc của Việt Nam thuộc nhóm 35 nước đứng đầu thế giới.")] + \
    [("H1", "II", "NHIỆM VỤ, GIẢI PHÁP"),
     ("P", "Tăng cường truyền thông, vận động; hoàn thiện mạng lưới cung cấp dịch vụ dân số.")]
case("04", doc_qd("tvpl", 4, "1526/QĐ-TTg", "Hà Nội, ngày 08 tháng 7 năm 2026",
                  "Phê duyệt Chương trình nâng cao chất lượng dân số đến năm 2030",
                  "Chương trình nâng cao chất lượng dân số đến năm 2030", b, "Bộ Y tế"),
     [T(0.79, None, ["hdi"], "2030"),
      T(96, "%", ["bảo hiểm y tế"], "2030", cmp=">"),
      T(0.9, "%", ["tăng dân số tự nhiên"], "2030"),
      T(35, "nước", ["chỉ số hạnh phúc"], "2030", cmp="<=")],
     S(("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP")))

# ------------------------------------------------------------------ 05 QĐ-TTg, repo: aims in brackets
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu đến năm 2030"),
     ("B", "Đưa Việt Nam trở thành nước đang phát triển có thu nhập trung bình cao (GDP bình quân đầu người "
           "khoảng 7.800 USD)."),
     ("B", "Nâng cao vị trí xếp hạng Chỉ số đổi mới sáng tạo toàn cầu (GII) của Việt Nam (thuộc nhóm 40 nước "
           "dẫn đầu)."),
     ("B", "Hoàn thành xây dựng hạ tầng dữ liệu quốc gia (100% cơ sở dữ liệu quốc gia được kết nối, chia sẻ)."),
     ("B", "Phát triển thị trường khoa học và công nghệ (giá trị giao dịch tăng bình quân 15%/năm).")] + TASKS + ORG
case("05", doc_qd("repo", 5, "1603/QĐ-TTg", "Hà Nội, ngày 20 tháng 7 năm 2026",
                  "Phê duyệt Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030",
                  "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030", b,
                  "Bộ Khoa học và Công nghệ"),
     [T(7800, "USD", ["gdp bình quân đầu người"], "2030"),
      T(40, "nước", ["gii"], "2030", cmp="<="),
      T(100, "%", ["cơ sở dữ liệu quốc gia", "kết nối"], "2030"),
      T(15, "%", ["giá trị giao dịch"], ["2030", None])], SEC3)

# ------------------------------------------------------------------ 06 QĐ-TTg, tvpl: per-sector colon list in one sentence; + bullets per sector
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ trọng giá trị kinh tế số trong các ngành: nông nghiệp tối thiểu 10%; công nghiệp tối thiểu 25%; "
           "thương mại, dịch vụ tối thiểu 35%."),
     ("B", "Tỷ lệ doanh nghiệp ứng dụng nền tảng số theo ngành:"),
     ("BB", "Ngành chế biến, chế tạo: đạt 70%;"),
     ("BB", "Ngành logistics: đạt 80%;"),
     ("BB", "Ngành du lịch: đạt 75%.")] + TASKS + ORG
case("06", doc_qd("tvpl", 6, "1688/QĐ-TTg", "Hà Nội, ngày 04 tháng 8 năm 2026",
                  "Phê duyệt Đề án chuyển đổi số các ngành kinh tế trọng điểm đến năm 2030",
                  "Đề án chuyển đổi số các ngành kinh tế trọng điểm đến năm 2030", b),
     [T(10, "%", ["kinh tế số", "nông nghiệp"], "2030", cmp=">="),
      T(25, "%", ["kinh tế số", "công nghiệp"], "2030", cmp=">="),
      T(35, "%", ["kinh tế số", "thương mại"], "2030", cmp=">="),
      T(70, "%", ["nền tảng số", "chế biến"], "2030"),
      T(80, "%", ["nền tảng số", "logistics"], "2030"),
      T(75, "%", ["nền tảng số", "du lịch"], "2030")], SEC3)

# ------------------------------------------------------------------ 07 NQ-CP, pdf: per-region
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ lệ đô thị hóa: vùng Đồng bằng sông Hồng đạt khoảng 55%; vùng Đông Nam Bộ đạt khoảng 68%; vùng "
           "Trung du và miền núi phía Bắc đạt khoảng 28%; các vùng còn lại đạt từ 35% trở lên."),
     ("B", "Tỷ lệ đất cây xanh công cộng tại các đô thị đạt bình quân 6 m2/người.")] + TASKS + ORG
case("07", doc_nq("pdf", 7, "150/NQ-CP", "Hà Nội, ngày 17 tháng 9 năm 2026",
                  "về phát triển đô thị bền vững đến năm 2030", b, "17/9/2026"),
     [T(55, "%", ["đô thị hóa", "đồng bằng sông hồng"], "2030"),
      T(68, "%", ["đô thị hóa", "đông nam bộ"], "2030"),
      T(28, "%", ["đô thị hóa", "trung du"], "2030"),
      T(35, "%", ["đô thị hóa", "các vùng còn lại"], "2030", cmp=">="),
      T(6, "m2/người", ["cây xanh"], "2030")], SEC3)

# ------------------------------------------------------------------ 08 QĐ-TTg, repo: ranking variants
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam lọt vào top 45 thế giới."),
     ("B", "Chỉ số năng lực cạnh tranh toàn cầu của Việt Nam tăng ít nhất 12 bậc so với năm 2025."),
     ("B", "Chỉ số An toàn, an ninh mạng toàn cầu (GCI) duy trì trong nhóm 25 quốc gia dẫn đầu."),
     ("B", "Chỉ số hiệu quả logistics (LPI) đứng trong top 3 ASEAN.")] + TASKS + ORG
case("08", doc_qd("repo", 8, "1719/QĐ-TTg", "Hà Nội, ngày 11 tháng 8 năm 2026",
                  "Phê duyệt Chương trình nâng cao các chỉ số xếp hạng quốc tế của Việt Nam đến năm 2030",
                  "Chương trình nâng cao các chỉ số xếp hạng quốc tế của Việt Nam đến năm 2030", b),
     [T(45, ["thế giới", "nước", "quốc gia", ""], ["egdi"], "2030", cmp="<="),
      T(12, "bậc", ["năng lực cạnh tranh"], "2030", cmp=">="),
      T(25, "quốc gia", ["gci"], "2030", cmp="<="),
      T(3, ["asean", "nước", "quốc gia", ""], ["lpi"], "2030", cmp="<=")], SEC3)

# ------------------------------------------------------------------ 09 QĐ-TTg, tvpl: range variants
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ lệ nội địa hóa sản phẩm cơ khí trọng điểm đạt 30-35%."),
     ("B", "Sản lượng thép chế tạo đạt khoảng 1,2 - 1,5 triệu tấn."),
     ("B", "Giá trị sản xuất của ngành cơ khí tăng 1,5 - 2 lần so với năm 2025."),
     ("B", "Tỷ trọng xuất khẩu sản phẩm cơ khí đạt 40% - 45% tổng giá trị sản xuất của ngành."),
     ("B", "Số doanh nghiệp cơ khí tham gia chuỗi cung ứng toàn cầu tăng từ 15% - 20% mỗi năm.")] + TASKS + ORG
case("09", doc_qd("tvpl", 9, "1744/QĐ-TTg", "Hà Nội, ngày 18 tháng 8 năm 2026",
                  "Phê duyệt Chương trình phát triển ngành cơ khí chế tạo đến năm 2030",
                  "Chương trình phát triển ngành cơ khí chế tạo đến năm 2030", b, "Bộ Công Thương"),
     [T(30, "%", ["nội địa hóa"], "2030", until=35),
      T(1.2, "triệu tấn", ["thép chế tạo"], "2030", until=1.5),
      T(1.5, "lần", ["giá trị sản xuất"], "2030", until=2),
      T(40, "%", ["xuất khẩu"], "2030", until=45),
      T(15, "%", ["doanh nghiệp cơ khí", "chuỗi cung ứng"], ["2030", None], until=20)], SEC3)

# ------------------------------------------------------------------ 10 NQ-CP, pdf: bảo đảm / không thấp hơn / trong đó / tối thiểu đạt
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Bảo đảm tổng chi cho khoa học, công nghệ không thấp hơn 2,5% tổng chi ngân sách nhà nước hằng năm."),
     ("B", "Chi cho nghiên cứu và phát triển (R&D) đạt 1,8% GDP, trong đó kinh phí huy động từ xã hội chiếm "
           "hơn 65%."),
     ("B", "Số lượng đơn đăng ký sáng chế tăng trung bình 18%/năm."),
     ("B", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo tối thiểu đạt 45% tổng số doanh nghiệp.")] + TASKS + ORG
case("10", doc_nq("pdf", 10, "163/NQ-CP", "Hà Nội, ngày 30 tháng 9 năm 2026",
                  "về đột phá phát triển khoa học, công nghệ và đổi mới sáng tạo", b, "30/9/2026"),
     [T(2.5, "%", ["chi cho khoa học"], ["2030", None], cmp=">="),
      T(1.8, "%", ["nghiên cứu và phát triển"], "2030"),
      T(65, "%", ["kinh phí", "xã hội"], "2030", cmp=">"),
      T(18, "%", ["sáng chế"], ["2030", None]),
      T(45, "%", ["đổi mới sáng tạo"], "2030", cmp=">=")], SEC3)

# ------------------------------------------------------------------ 11 QĐ-TTg, repo: value + "vào năm", series in brackets
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể"),
     ("B", "Số doanh nghiệp khoa học và công nghệ đạt 3.500 doanh nghiệp vào năm 2027 và 6.000 doanh nghiệp "
           "vào năm 2030."),
     ("B", "Tỷ lệ người dân sử dụng danh tính số tăng dần qua các năm (năm 2027: 40%; năm 2030: 70%)."),
     ("B", "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính: đến năm 2027 đạt 60%; "
           "đến năm 2028 đạt 75%; đến năm 2030 đạt 90%.")] + TASKS + ORG
case("11", doc_qd("repo", 11, "1802/QĐ-TTg", "Hà Nội, ngày 25 tháng 8 năm 2026",
                  "Phê duyệt Đề án phát triển hệ sinh thái số quốc gia giai đoạn 2026 - 2030",
                  "Đề án phát triển hệ sinh thái số quốc gia giai đoạn 2026 - 2030", b),
     [T(3500, "doanh nghiệp", ["doanh nghiệp khoa học và công nghệ"], "2027"),
      T(6000, "doanh nghiệp", ["doanh nghiệp khoa học và công nghệ"], "2030"),
      T(40, "%", ["danh tính số"], "2027"),
      T(70, "%", ["danh tính số"], "2030"),
      T(60, "%", ["dịch vụ công trực tuyến"], "2027"),
      T(75, "%", ["dịch vụ công trực tuyến"], "2028"),
      T(90, "%", ["dịch vụ công trực tuyến"], "2030")], SEC3)

# ------------------------------------------------------------------ 12 ministry KH, tvpl: inline (1) (2) (3) aims with per-aim years
b = [("H1", "I", "MỤC ĐÍCH, YÊU CẦU"),
     ("P", "Triển khai kịp thời, đồng bộ các nhiệm vụ chuyển đổi số được Chính phủ giao; xác định rõ nhiệm vụ, "
           "thời hạn và đơn vị chủ trì."),
     ("H1", "II", "CHỈ TIÊU"),
     ("P", "(1) 100% thủ tục hành chính nội bộ của Bộ được số hóa vào năm 2026; (2) ít nhất 80% hồ sơ công "
           "việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ mật); (3) 70% cán bộ, công chức của Bộ được "
           "bồi dưỡng kỹ năng số trước năm 2027; (4) 100% cơ sở dữ liệu chuyên ngành của Bộ được kết nối với "
           "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trong năm 2028."),
     ("H1", "III", "NHIỆM VỤ CỤ THỂ"),
     ("P", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.")]
case("12", doc_kh("tvpl", 12, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "512/KH-BNNMT", "Hà Nội, ngày 12 tháng 3 năm 2026",
                  "Thực hiện chuyển đổi số của Bộ Nông nghiệp và Môi trường năm 2026 và những năm tiếp theo",
                  "Thực hiện Nghị quyết số 118/NQ-CP ngày 02 tháng 02 năm 2026 của Chính phủ, Bộ Nông nghiệp và Môi "
                  "trường ban hành Kế hoạch thực hiện như sau:", b),
     [T(100, "%", ["thủ tục hành chính nội bộ", "số hóa"], "2026"),
      T(80, "%", ["hồ sơ công việc", "môi trường mạng"], ["2026", None], cmp=">="),
      T(70, "%", ["cán bộ, công chức", "kỹ năng số"], "2027"),
      T(100, "%", ["cơ sở dữ liệu chuyên ngành", "kết nối"], "2028")],
     S(("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "CHỈ TIÊU"), ("III", "NHIỆM VỤ CỤ THỂ")))

# ------------------------------------------------------------------ 13 QĐ-TTg, pdf: two milestones in one sentence, ranges
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu đến năm 2030"),
     ("B", "Tỷ lệ năng lượng tái tạo trong tổng cung năng lượng sơ cấp đạt 25 - 30%."),
     ("B", "Cường độ năng lượng giảm 1,2%/năm."),
     ("H2", "2.", "Tầm nhìn đến năm 2045"),
     ("P", "Đến năm 2035, tỷ lệ năng lượng tái tạo trong tổng cung năng lượng sơ cấp đạt 32 - 36%; đến năm 2045 "
           "đạt 50 - 55%.")] + TASKS + ORG
case("13", doc_qd("pdf", 13, "1851/QĐ-TTg", "Hà Nội, ngày 01 tháng 9 năm 2026",
                  "Phê duyệt Chiến lược phát triển năng lượng tái tạo đến năm 2030, tầm nhìn đến năm 2045",
                  "Chiến lược phát triển năng lượng tái tạo đến năm 2030, tầm nhìn đến năm 2045", b, "Bộ Công Thương"),
     [T(25, "%", ["năng lượng tái tạo"], "2030", until=30),
      T(1.2, "%", ["cường độ năng lượng"], ["2030", None]),
      T(32, "%", ["năng lượng tái tạo"], "2035", until=36),
      T(50, "%", ["năng lượng tái tạo"], "2045", until=55)], SEC3)

# ------------------------------------------------------------------ 14 NQ-CP, repo: bold label bullets with phấn đấu, trong đó, range
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể"),
     ("B", "**Về phát triển doanh nghiệp:** Phấn đấu đến năm 2030 cả nước có 2 triệu doanh nghiệp hoạt động, "
           "trong đó có khoảng 25 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu; tỷ lệ đóng góp của khu vực "
           "kinh tế tư nhân vào GDP đạt 58 - 60%."),
     ("B", "**Về năng lực cạnh tranh:** Năng suất lao động của khu vực kinh tế tư nhân tăng bình quân 8 - 8,5%/năm; "
           "trình độ công nghệ của doanh nghiệp thuộc nhóm 3 nước dẫn đầu ASEAN.")] + TASKS + ORG
case("14", doc_nq("repo", 14, "171/NQ-CP", "Hà Nội, ngày 09 tháng 10 năm 2026",
                  "về phát triển kinh tế tư nhân đến năm 2030", b, "09/10/2026"),
     [T(2, "triệu doanh nghiệp", ["doanh nghiệp hoạt động"], "2030"),
      T(25, "doanh nghiệp", ["doanh nghiệp lớn", "chuỗi giá trị"], "2030"),
      T(58, "%", ["kinh tế tư nhân", "gdp"], "2030", until=60),
      T(8, "%", ["năng suất lao động"], ["2030", None], until=8.5),
      T(3, "nước", ["trình độ công nghệ"], ["2030", None], cmp="<=")], SEC3)

# ------------------------------------------------------------------ 15 QĐ-TTg, tvpl: "gấp N lần", "tăng gấp 2,5 lần"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Quy mô thị trường khoa học và công nghệ tăng gấp 2,5 lần so với năm 2025."),
     ("B", "Thu nhập bình quân của cư dân nông thôn cao gấp 2 lần năm 2025."),
     ("B", "Số lượng bài báo khoa học công bố quốc tế tăng gấp đôi so với giai đoạn 2021 - 2025."),
     ("B", "Giá trị xuất khẩu sản phẩm công nghệ cao gấp 3 lần năm 2025.")] + TASKS + ORG
case("15", doc_qd("tvpl", 15, "1903/QĐ-TTg", "Hà Nội, ngày 10 tháng 9 năm 2026",
                  "Phê duyệt Chương trình phát triển thị trường khoa học và công nghệ đến năm 2030",
                  "Chương trình phát triển thị trường khoa học và công nghệ đến năm 2030", b,
                  "Bộ Khoa học và Công nghệ"),
     [T(2.5, "lần", ["thị trường khoa học"], "2030"),
      T(2, "lần", ["thu nhập bình quân"], "2030"),
      T(2, "lần", ["bài báo"], "2030", opt=True, note="'gấp đôi' has no digit"),
      T(3, "lần", ["xuất khẩu", "công nghệ cao"], "2030")], SEC3)

# ------------------------------------------------------------------ 16 QĐ-TTg, pdf: millions, money aims, "trong đó có khoảng"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Khách du lịch quốc tế đạt khoảng 45 triệu lượt; khách du lịch nội địa đạt 160 triệu lượt."),
     ("B", "Tổng thu từ khách du lịch đạt 1.900 - 2.000 nghìn tỷ đồng."),
     ("B", "Tạo ra khoảng 7 triệu việc làm, trong đó có khoảng 2,5 triệu việc làm trực tiếp."),
     ("B", "Đóng góp trực tiếp của du lịch vào GDP đạt 12 - 14%.")] + TASKS + ORG
case("16", doc_qd("pdf", 16, "1940/QĐ-TTg", "Hà Nội, ngày 24 tháng 9 năm 2026",
                  "Phê duyệt Chiến lược phát triển du lịch đến năm 2030",
                  "Chiến lược phát triển du lịch đến năm 2030", b, "Bộ Văn hóa, Thể thao và Du lịch"),
     [T(45, "triệu lượt", ["khách du lịch quốc tế"], "2030"),
      T(160, "triệu lượt", ["khách du lịch nội địa"], "2030"),
      T(1900, "nghìn tỷ đồng", ["tổng thu"], "2030", until=2000),
      T(7, "triệu việc làm", ["việc làm"], "2030"),
      T(2.5, "triệu việc làm", ["việc làm trực tiếp"], "2030"),
      T(12, "%", ["du lịch", "gdp"], "2030", until=14)], SEC3)

# ------------------------------------------------------------------ 17 NQ-CP, repo: per-locality aims "mỗi tỉnh ... ít nhất 01"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Mỗi tỉnh, thành phố trực thuộc trung ương có ít nhất 01 trung tâm đổi mới sáng tạo; mỗi vùng kinh "
           "tế - xã hội có ít nhất 02 khu công nghệ cao."),
     ("B", "100% đơn vị hành chính cấp xã có điểm phục vụ hành chính công đạt chuẩn."),
     ("B", "Mỗi bộ, ngành có tối thiểu 03 nền tảng số dùng chung được đưa vào vận hành.")] + TASKS + ORG
case("17", doc_nq("repo", 17, "184/NQ-CP", "Hà Nội, ngày 28 tháng 10 năm 2026",
                  "về phát triển mạng lưới đổi mới sáng tạo quốc gia", b, "28/10/2026"),
     [T(1, "trung tâm", ["trung tâm đổi mới sáng tạo"], "2030", cmp=">="),
      T(2, "khu", ["khu công nghệ cao"], "2030", cmp=">="),
      T(100, "%", ["cấp xã", "hành chính công"], "2030"),
      T(3, "nền tảng", ["nền tảng số dùng chung"], "2030", cmp=">=")], SEC3)

# ------------------------------------------------------------------ 18 QĐ-TTg, tvpl: aims inside tasks, "phấn đấu đến năm 2028,"
b = [("H1", "I", "MỤC TIÊU"),
     ("P", "Phát triển hạ tầng số hiện đại, an toàn, phủ rộng, làm nền tảng cho chuyển đổi số quốc gia."),
     ("H1", "II", "NHIỆM VỤ, GIẢI PHÁP"),
     ("H2", "1.", "Phát triển hạ tầng viễn thông băng rộng"),
     ("P", "Đẩy mạnh đầu tư mạng cáp quang đến hộ gia đình, phấn đấu đến năm 2028, 100% hộ gia đình có khả năng "
           "truy cập cáp quang; tốc độ băng rộng di động bình quân đạt tối thiểu 120 Mb/s."),
     ("H2", "2.", "Phát triển trung tâm dữ liệu"),
     ("P", "Khuyến khích doanh nghiệp đầu tư trung tâm dữ liệu xanh, bảo đảm đến năm 2029 tổng công suất các trung "
           "tâm dữ liệu trong nước đạt trên 1.200 MW.")]
case("18", doc_qd("tvpl", 18, "1977/QĐ-TTg", "Hà Nội, ngày 02 tháng 10 năm 2026",
                  "Phê duyệt Đề án phát triển hạ tầng số giai đoạn 2026 - 2030",
                  "Đề án phát triển hạ tầng số giai đoạn 2026 - 2030", b, "Bộ Khoa học và Công nghệ"),
     [T(100, "%", ["hộ gia đình", "cáp quang"], "2028"),
      T(120, "Mb/s", ["tốc độ băng rộng di động"], "2028", cmp=">="),
      T(1200, "MW", ["công suất", "trung tâm dữ liệu"], "2029", cmp=">")],
     S(("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP")))

# ------------------------------------------------------------------ 19 NQ-CP, pdf: wraps between number and unit, page number
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("P", "Phấn đấu tỷ trọng khu vực kinh tế tư nhân trong nền kinh tế đạt khoảng 58% GDP, có ít nhất 10 tập đoàn "
           "kinh tế tư nhân tham gia chuỗi giá trị toàn cầu; số doanh nghiệp đang hoạt động đạt khoảng 1,5 triệu "
           "doanh nghiệp, bình quân 20 doanh nghiệp trên 1.000 dân; Việt Nam thuộc nhóm 40 nước có môi trường kinh "
           "doanh thuận lợi nhất thế giới.")] + TASKS + ORG
txt19 = doc_nq("pdf", 19, "192/NQ-CP", "Hà Nội, ngày 05 tháng 11 năm 2026",
               "về tạo đột phá phát triển doanh nghiệp tư nhân", b, "05/11/2026")
case("19", txt19,
     [T(58, "%", ["kinh tế tư nhân"], "2030"),
      T(10, "tập đoàn", ["tập đoàn kinh tế tư nhân"], "2030", cmp=">="),
      T(1.5, "triệu doanh nghiệp", ["doanh nghiệp đang hoạt động"], "2030"),
      T(20, "doanh nghiệp", ["1.000 dân"], "2030"),
      T(40, "nước", ["môi trường kinh doanh"], "2030", cmp="<=")], SEC3)

# ------------------------------------------------------------------ 20 QĐ-TTg, repo: deadlines by heading "Mục tiêu đến năm 2030" / "Tầm nhìn đến năm 2045"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu đến năm 2030"),
     ("B", "Tỷ lệ che phủ rừng ổn định ở mức 42%."),
     ("B", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%."),
     ("B", "Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn đạt trên 50%."),
     ("H2", "2.", "Tầm nhìn đến năm 2045"),
     ("B", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 100%."),
     ("B", "Chỉ số hiệu quả môi trường (EPI) thuộc nhóm 60 nước đứng đầu thế giới.")] + TASKS + ORG
case("20", doc_qd("repo", 20, "2015/QĐ-TTg", "Hà Nội, ngày 15 tháng 10 năm 2026",
                  "Phê duyệt Chiến lược bảo vệ môi trường quốc gia đến năm 2030, tầm nhìn đến năm 2045",
                  "Chiến lược bảo vệ môi trường quốc gia đến năm 2030, tầm nhìn đến năm 2045", b,
                  "Bộ Nông nghiệp và Môi trường"),
     [T(42, "%", ["che phủ rừng"], "2030"),
      T(95, "%", ["chất thải rắn sinh hoạt"], "2030"),
      T(50, "%", ["nước thải đô thị"], "2030", cmp=">"),
      T(100, "%", ["chất thải rắn sinh hoạt"], "2045"),
      T(60, "nước", ["epi"], "2045", cmp="<=")], SEC3)

# ------------------------------------------------------------------ 21 NQ-CP, tvpl: a)/b) label + several aims, comma-joined second aim
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Các chỉ tiêu chủ yếu đến năm 2030"),
     ("H3", "a)", "Về kinh tế: Tốc độ tăng trưởng GDP bình quân khoảng 7,5%/năm; GDP bình quân đầu người đến năm "
                  "2030 khoảng 7.600 USD; tỷ trọng công nghiệp chế biến, chế tạo đạt khoảng 25% GDP, kinh tế số đạt "
                  "khoảng 31% GDP."),
     ("H3", "b)", "Về xã hội: Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35 - 40%; tỷ lệ thất nghiệp ở "
                  "khu vực thành thị dưới 4%; tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1 - 1,5%/năm."),
     ("H3", "c)", "Về môi trường: Tỷ lệ che phủ rừng ổn định ở mức 42%; giảm 9% lượng phát thải khí nhà kính so với "
                  "kịch bản phát triển thông thường.")] + TASKS + ORG
case("21", doc_nq("tvpl", 21, "203/NQ-CP", "Hà Nội, ngày 16 tháng 11 năm 2026",
                  "thực hiện Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
                  b, "16/11/2026"),
     [T(7.5, "%", ["tăng trưởng gdp"], ["2030", None]),
      T(7600, "USD", ["gdp bình quân đầu người"], "2030"),
      T(25, "%", ["công nghiệp chế biến"], "2030"),
      T(31, "%", ["kinh tế số"], "2030"),
      T(35, "%", ["lao động qua đào tạo"], "2030", until=40),
      T(4, "%", ["thất nghiệp"], "2030", cmp="<"),
      T(1, "%", ["hộ nghèo"], ["2030", None], until=1.5),
      T(42, "%", ["che phủ rừng"], "2030"),
      T(9, "%", ["phát thải khí nhà kính"], "2030")], SEC3)

# ------------------------------------------------------------------ 22 NQ-CP annual, pdf: "(1) ..." one aim a line
b = [("H1", "I", "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027"),
     ("H2", "1.", "Mục tiêu tổng quát"),
     ("P", "Ưu tiên thúc đẩy tăng trưởng gắn với giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát."),
     ("H2", "2.", "Các chỉ tiêu chủ yếu"),
     ("P", "(1) Tốc độ tăng tổng sản phẩm trong nước (GDP) khoảng 8,5 - 9%."),
     ("P", "(2) GDP bình quân đầu người đạt khoảng 5.900 USD."),
     ("P", "(3) Tỷ trọng công nghiệp chế biến, chế tạo trong GDP đạt khoảng 24,6%."),
     ("P", "(4) Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5%."),
     ("P", "(5) Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%."),
     ("P", "(6) Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) giảm khoảng 1 - 1,5%."),
     ("P", "(7) Số bác sĩ trên 10.000 dân đạt khoảng 15 bác sĩ."),
     ("P", "(8) Tỷ lệ che phủ rừng giữ ổn định ở mức 42%.")] + \
    [("H1", "II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
     ("P", "Tiếp tục hoàn thiện thể chế, tháo gỡ điểm nghẽn; đẩy mạnh giải ngân vốn đầu tư công.")]
case("22", doc_nq("pdf", 22, "01/NQ-CP", "Hà Nội, ngày 06 tháng 01 năm 2027",
                  "thực hiện kế hoạch phát triển kinh tế - xã hội năm 2027", b, "06/01/2027"),
     [T(8.5, "%", ["gdp"], "2027", until=9),
      T(5900, "USD", ["gdp bình quân đầu người"], "2027"),
      T(24.6, "%", ["công nghiệp chế biến"], "2027"),
      T(4.5, "%", ["cpi"], "2027"),
      T(4, "%", ["thất nghiệp"], "2027", cmp="<"),
      T(1, "%", ["hộ nghèo"], "2027", until=1.5),
      T(15, "bác sĩ", ["10.000 dân"], "2027"),
      T(42, "%", ["che phủ rừng"], "2027")],
     S(("I", "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")))

# ------------------------------------------------------------------ 23 QĐ-TTg, repo: không thấp hơn / tối thiểu ... %/năm / chiếm tối thiểu
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ trọng doanh thu từ sản phẩm công nghệ cao trong tổng doanh thu công nghiệp không thấp hơn 45%."),
     ("B", "Số lượng sáng chế được cấp văn bằng bảo hộ tăng tối thiểu 16 - 18%/năm."),
     ("B", "Giá trị sản phẩm công nghiệp hỗ trợ chiếm tối thiểu 14% giá trị sản xuất toàn ngành công nghiệp."),
     ("B", "Có 500 doanh nghiệp đủ năng lực cung ứng trực tiếp cho các tập đoàn đa quốc gia.")] + TASKS + ORG
case("23", doc_qd("repo", 23, "2046/QĐ-TTg", "Hà Nội, ngày 27 tháng 10 năm 2026",
                  "Phê duyệt Chương trình phát triển công nghiệp công nghệ cao đến năm 2030",
                  "Chương trình phát triển công nghiệp công nghệ cao đến năm 2030", b, "Bộ Công Thương"),
     [T(45, "%", ["công nghệ cao", "doanh thu"], "2030", cmp=">="),
      T(16, "%", ["sáng chế"], ["2030", None], until=18, cmp=">="),
      T(14, "%", ["công nghiệp hỗ trợ"], "2030", cmp=">="),
      T(500, "doanh nghiệp", ["cung ứng", "đa quốc gia"], "2030")], SEC3)

# ------------------------------------------------------------------ 24 QĐ-TTg, tvpl: three ranks in one clause
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể"),
     ("P", "Phấn đấu đến năm 2030, Việt Nam nằm trong nhóm 50 nước dẫn đầu về chính phủ số, nhóm 30 nước dẫn đầu "
           "về kinh tế số và nhóm 40 nước dẫn đầu về đổi mới sáng tạo; 80% người dân trưởng thành sử dụng dịch vụ "
           "công trực tuyến.")] + TASKS + ORG
case("24", doc_qd("tvpl", 24, "2078/QĐ-TTg", "Hà Nội, ngày 06 tháng 11 năm 2026",
                  "Phê duyệt Chương trình chuyển đổi số quốc gia giai đoạn 2026 - 2030",
                  "Chương trình chuyển đổi số quốc gia giai đoạn 2026 - 2030", b, "Bộ Khoa học và Công nghệ"),
     [T(50, "nước", ["chính phủ số"], "2030", cmp="<="),
      T(30, "nước", ["kinh tế số"], "2030", cmp="<="),
      T(40, "nước", ["đổi mới sáng tạo"], "2030", cmp="<="),
      T(80, "%", ["dịch vụ công trực tuyến"], "2030")], SEC3)

# ------------------------------------------------------------------ 25 QĐ-TTg, pdf: "Phấn đấu đến năm 2028:" / "Phấn đấu đến năm 2030:" lead-ins over + bullets
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể"),
     ("P", "Phấn đấu đến năm 2028:"),
     ("BB", "100% cơ sở khám bệnh, chữa bệnh sử dụng bệnh án điện tử;"),
     ("BB", "85% người dân có hồ sơ sức khỏe điện tử được cập nhật."),
     ("P", "Phấn đấu đến năm 2030:"),
     ("BB", "100% trạm y tế xã kết nối với hệ thống thông tin y tế quốc gia;"),
     ("BB", "95% người dân có hồ sơ sức khỏe điện tử được cập nhật.")] + TASKS + ORG
case("25", doc_qd("pdf", 25, "2101/QĐ-TTg", "Hà Nội, ngày 13 tháng 11 năm 2026",
                  "Phê duyệt Đề án chuyển đổi số ngành y tế giai đoạn 2026 - 2030",
                  "Đề án chuyển đổi số ngành y tế giai đoạn 2026 - 2030", b, "Bộ Y tế"),
     [T(100, "%", ["bệnh án điện tử"], "2028"),
      T(85, "%", ["hồ sơ sức khỏe điện tử"], "2028"),
      T(100, "%", ["trạm y tế"], "2030"),
      T(95, "%", ["hồ sơ sức khỏe điện tử"], "2030")], SEC3)

# ------------------------------------------------------------------ 26 QĐ-TTg, repo: agriculture, one paragraph of many aims
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("P", "Tốc độ tăng trưởng GDP nông, lâm, thủy sản bình quân 2,5 - 3%/năm; năng suất lao động nông, lâm, thủy "
           "sản tăng bình quân 6,5 - 7%/năm; tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm xuống còn "
           "khoảng 20%; kim ngạch xuất khẩu nông, lâm, thủy sản đạt 75 - 80 tỷ USD; thu nhập của cư dân nông thôn "
           "tăng ít nhất 2,5 lần so với năm 2025; diện tích canh tác hữu cơ đạt 2,5 - 3% tổng diện tích đất nông "
           "nghiệp.")] + TASKS + ORG
case("26", doc_qd("repo", 26, "2133/QĐ-TTg", "Hà Nội, ngày 20 tháng 11 năm 2026",
                  "Phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững đến năm 2030",
                  "Chiến lược phát triển nông nghiệp và nông thôn bền vững đến năm 2030", b,
                  "Bộ Nông nghiệp và Môi trường"),
     [T(2.5, "%", ["tăng trưởng gdp nông"], ["2030", None], until=3),
      T(6.5, "%", ["năng suất lao động"], ["2030", None], until=7),
      T(20, "%", ["lao động nông nghiệp"], "2030", cmp="<="),
      T(75, "tỷ USD", ["kim ngạch xuất khẩu"], "2030", until=80),
      T(2.5, "lần", ["thu nhập", "nông thôn"], "2030", cmp=">="),
      T(2.5, "%", ["canh tác hữu cơ"], "2030", until=3)], SEC3)

# ------------------------------------------------------------------ 27 QĐ-TTg, tvpl: health measures ‰, con/phụ nữ, bé trai/100 bé gái
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn 10‰."),
     ("B", "Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống."),
     ("B", "Tổng tỷ suất sinh duy trì ở mức 2,1 con/phụ nữ."),
     ("B", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 15%.")] + TASKS + ORG
case("27", doc_qd("tvpl", 27, "2150/QĐ-TTg", "Hà Nội, ngày 25 tháng 11 năm 2026",
                  "Phê duyệt Chương trình chăm sóc sức khỏe bà mẹ, trẻ em đến năm 2030",
                  "Chương trình chăm sóc sức khỏe bà mẹ, trẻ em đến năm 2030", b, "Bộ Y tế"),
     [T(10, "‰", ["tử vong trẻ em"], "2030", cmp="<="),
      T(109, "bé trai", ["giới tính khi sinh"], "2030", cmp="<"),
      T(2.1, "con", ["tỷ suất sinh"], "2030"),
      T(15, "%", ["suy dinh dưỡng"], "2030", cmp="<")], SEC3)

# ------------------------------------------------------------------ 28 QĐ-TTg, pdf: energy MW, nghìn tấn/năm, BAU
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tổng công suất điện gió ngoài khơi đạt 6.000 - 17.000 MW."),
     ("B", "Sản lượng hydro xanh đạt khoảng 100 - 200 nghìn tấn/năm."),
     ("B", "Giảm 15% lượng phát thải khí nhà kính trong sản xuất điện so với kịch bản phát triển thông thường (BAU)."),
     ("B", "Tỷ lệ tiết kiệm năng lượng trên tổng tiêu thụ năng lượng toàn quốc đạt 8 - 10%.")] + TASKS + ORG
case("28", doc_qd("pdf", 28, "2177/QĐ-TTg", "Hà Nội, ngày 02 tháng 12 năm 2026",
                  "Phê duyệt Kế hoạch thực hiện Quy hoạch phát triển điện lực quốc gia đến năm 2030",
                  "Kế hoạch thực hiện Quy hoạch phát triển điện lực quốc gia đến năm 2030", b, "Bộ Công Thương"),
     [T(6000, "MW", ["điện gió ngoài khơi"], "2030", until=17000),
      T(100, "nghìn tấn", ["hydro xanh"], "2030", until=200),
      T(15, "%", ["phát thải khí nhà kính"], "2030"),
      T(8, "%", ["tiết kiệm năng lượng"], "2030", until=10)], SEC3)

# ------------------------------------------------------------------ 29 QĐ-TTg, repo: education, rank inside indicator, range count
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Số sinh viên đại học trên 10.000 dân đạt 270 sinh viên."),
     ("B", "Có ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 trường hàng đầu châu Á."),
     ("B", "Có 1 - 2 cơ sở giáo dục đại học thuộc nhóm 100 trường hàng đầu thế giới trong một số lĩnh vực."),
     ("B", "Tỷ lệ giảng viên có trình độ tiến sĩ đạt tối thiểu 42%.")] + TASKS + ORG
case("29", doc_qd("repo", 29, "2190/QĐ-TTg", "Hà Nội, ngày 07 tháng 12 năm 2026",
                  "Phê duyệt Chiến lược phát triển giáo dục đại học đến năm 2030",
                  "Chiến lược phát triển giáo dục đại học đến năm 2030", b, "Bộ Giáo dục và Đào tạo"),
     [T(270, "sinh viên", ["10.000 dân"], "2030"),
      T(8, "cơ sở", ["cơ sở giáo dục đại học", "châu á"], "2030", cmp=">="),
      T(1, "cơ sở", ["cơ sở giáo dục đại học", "thế giới"], "2030", until=2),
      T(42, "%", ["giảng viên", "tiến sĩ"], "2030", cmp=">=")], SEC3)

# ------------------------------------------------------------------ 30 ministry KH, tvpl: CHỈ TIÊU with items "1. Năm 2026" / "2. Đến năm 2028"
b = [("H1", "I", "MỤC ĐÍCH, YÊU CẦU"),
     ("P", "Cụ thể hóa các nhiệm vụ của Bộ trong Chương trình hành động của Chính phủ; bảo đảm tính khả thi."),
     ("H1", "II", "CHỈ TIÊU"),
     ("H2", "1.", "Năm 2026"),
     ("B", "Ít nhất 60% bệnh viện hạng I trở lên triển khai bệnh án điện tử."),
     ("B", "Tỷ lệ người dân được quản lý sức khỏe bằng hồ sơ điện tử đạt 70%."),
     ("H2", "2.", "Đến năm 2028"),
     ("B", "100% bệnh viện hạng I trở lên triển khai bệnh án điện tử."),
     ("B", "Tỷ lệ người dân được quản lý sức khỏe bằng hồ sơ điện tử đạt 90%."),
     ("H1", "III", "NHIỆM VỤ"),
     ("P", "Các đơn vị thuộc Bộ căn cứ chức năng, nhiệm vụ tổ chức thực hiện các nội dung của Kế hoạch.")]
case("30", doc_kh("tvpl", 30, "BỘ Y TẾ", "744/KH-BYT", "Hà Nội, ngày 18 tháng 4 năm 2026",
                  "Triển khai Chương trình hành động của Chính phủ về chuyển đổi số y tế",
                  "Thực hiện Nghị quyết số 126/NQ-CP ngày 20 tháng 3 năm 2026 của Chính phủ, Bộ Y tế ban hành Kế "
                  "hoạch triển khai như sau:", b),
     [T(60, "%", ["bệnh viện", "bệnh án điện tử"], "2026", cmp=">="),
      T(70, "%", ["hồ sơ điện tử"], "2026"),
      T(100, "%", ["bệnh viện", "bệnh án điện tử"], "2028"),
      T(90, "%", ["hồ sơ điện tử"], "2028")],
     S(("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "CHỈ TIÊU"), ("III", "NHIỆM VỤ")))

# ------------------------------------------------------------------ 31 QĐ-TTg, pdf: Giai đoạn 1 / Giai đoạn 2 headings with years in brackets
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu chung"),
     ("P", "Nâng cao kỹ năng số cho người dân, bảo đảm không ai bị bỏ lại phía sau trong quá trình chuyển đổi số."),
     ("H2", "2.", "Mục tiêu cụ thể"),
     ("H3", "a)", "Giai đoạn 1 (từ năm 2026 đến năm 2027)"),
     ("B", "60% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản;"),
     ("B", "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số."),
     ("H3", "b)", "Giai đoạn 2 (từ năm 2028 đến năm 2030)"),
     ("B", "85% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản;"),
     ("B", "ít nhất 50% học sinh trung học được học về trí tuệ nhân tạo.")] + TASKS + ORG
case("31", doc_qd("pdf", 31, "2212/QĐ-TTg", "Hà Nội, ngày 14 tháng 12 năm 2026",
                  "Phê duyệt Đề án phổ cập kỹ năng số cho người dân giai đoạn 2026 - 2030",
                  "Đề án phổ cập kỹ năng số cho người dân giai đoạn 2026 - 2030", b, "Bộ Khoa học và Công nghệ"),
     [T(60, "%", ["kỹ năng số cơ bản"], "2027"),
      T(100, "%", ["cán bộ, công chức cấp xã"], "2027"),
      T(85, "%", ["kỹ năng số cơ bản"], "2030"),
      T(50, "%", ["học sinh trung học", "trí tuệ nhân tạo"], "2030", cmp=">=")], SEC3)

# ------------------------------------------------------------------ 32 NQ-CP, repo: duy trì / giữ vững / bảo đảm 100%
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể giai đoạn 2026 - 2030"),
     ("B", "Duy trì tốc độ tăng trưởng xuất khẩu bình quân 6 - 7%/năm."),
     ("B", "Bảo đảm 100% nhu cầu giống cây trồng chủ lực được cung ứng từ nguồn trong nước."),
     ("B", "Giữ vững tốc độ tăng chỉ số giá tiêu dùng dưới 4,5%."),
     ("B", "Bảo đảm cán cân thương mại thặng dư bền vững.")] + TASKS + ORG
case("32", doc_nq("repo", 32, "211/NQ-CP", "Hà Nội, ngày 23 tháng 12 năm 2026",
                  "về thúc đẩy xuất khẩu bền vững giai đoạn 2026 - 2030", b, "23/12/2026"),
     [T(6, "%", ["tăng trưởng xuất khẩu"], ["2030", None], until=7),
      T(100, "%", ["giống cây trồng"], ["2030", None]),
      T(4.5, "%", ["chỉ số giá tiêu dùng"], ["2030", None], cmp="<")], SEC3)

# ------------------------------------------------------------------ 33 QĐ-TTg, tvpl: aims inside brackets after a task
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Phát triển hệ thống trung tâm dữ liệu quốc gia và vùng (tổng công suất tối thiểu 1.500 MW)."),
     ("B", "Mở rộng mạng cáp quang biển quốc tế (thêm ít nhất 04 tuyến mới, nâng tổng số tuyến lên 14 tuyến)."),
     ("B", "Phổ cập điện thoại thông minh (tỷ lệ sử dụng đạt 95% dân số trưởng thành).")] + TASKS + ORG
case("33", doc_qd("tvpl", 33, "2236/QĐ-TTg", "Hà Nội, ngày 21 tháng 12 năm 2026",
                  "Phê duyệt Chiến lược phát triển hạ tầng số quốc gia đến năm 2030",
                  "Chiến lược phát triển hạ tầng số quốc gia đến năm 2030", b, "Bộ Khoa học và Công nghệ"),
     [T(1500, "MW", ["trung tâm dữ liệu"], "2030", cmp=">="),
      T(4, "tuyến", ["cáp quang biển"], "2030", cmp=">="),
      T(14, "tuyến", ["cáp quang biển"], "2030"),
      T(95, "%", ["điện thoại thông minh"], "2030")], SEC3)

# ------------------------------------------------------------------ 34 NQ-CP, pdf: ceilings "không quá ... GDP"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể giai đoạn 2026 - 2030"),
     ("B", "Tỷ lệ huy động vào ngân sách nhà nước bình quân khoảng 16 - 17% GDP."),
     ("B", "Bội chi ngân sách nhà nước bình quân khoảng 3,6% GDP."),
     ("B", "Nợ công không quá 60% GDP; nợ Chính phủ không quá 50% GDP; nợ nước ngoài của quốc gia không quá 45% "
           "GDP.")] + TASKS + ORG
case("34", doc_nq("pdf", 34, "222/NQ-CP", "Hà Nội, ngày 28 tháng 12 năm 2026",
                  "về cơ cấu lại ngân sách nhà nước, quản lý nợ công giai đoạn 2026 - 2030", b, "28/12/2026"),
     [T(16, "%", ["huy động", "ngân sách"], ["2030", None], until=17),
      T(3.6, "%", ["bội chi"], ["2030", None]),
      T(60, "%", ["nợ công"], ["2030", None], cmp="<=", kind="target"),
      T(50, "%", ["nợ chính phủ"], ["2030", None], cmp="<="),
      T(45, "%", ["nợ nước ngoài"], ["2030", None], cmp="<=")], SEC3)

# ------------------------------------------------------------------ 35 QĐ-TTg, repo: per-category list after a lead-in with colon
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Diện tích đất cây xanh sử dụng công cộng bình quân đầu người: đô thị loại đặc biệt đạt 10 - 12 "
           "m2/người; đô thị loại I đạt 8 - 10 m2/người; đô thị loại II, loại III đạt 7 - 8 m2/người."),
     ("B", "Tỷ lệ đất giao thông so với đất xây dựng đô thị: đô thị loại đặc biệt từ 24% trở lên; các đô thị "
           "còn lại từ 16% trở lên.")] + TASKS + ORG
case("35", doc_qd("repo", 35, "2251/QĐ-TTg", "Hà Nội, ngày 28 tháng 12 năm 2026",
                  "Phê duyệt Chương trình phát triển đô thị xanh đến năm 2030",
                  "Chương trình phát triển đô thị xanh đến năm 2030", b, "Bộ Xây dựng"),
     [T(10, "m2/người", ["cây xanh", "loại đặc biệt"], "2030", until=12),
      T(8, "m2/người", ["cây xanh", "loại i"], "2030", until=10),
      T(7, "m2/người", ["cây xanh", "loại ii"], "2030", until=8),
      T(24, "%", ["đất giao thông", "loại đặc biệt"], "2030", cmp=">="),
      T(16, "%", ["đất giao thông", "còn lại"], "2030", cmp=">=")], SEC3)

# ------------------------------------------------------------------ 36 QĐ-TTg, tvpl: vision paragraph with "đóng góp", "hàng đầu"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu đến năm 2030"),
     ("P", "Ngành công nghiệp đường sắt đáp ứng 60% nhu cầu phương tiện, thiết bị cho các tuyến đường sắt đô thị; "
           "tỷ lệ nội địa hóa đầu máy, toa xe đạt 40%."),
     ("H2", "2.", "Tầm nhìn đến năm 2045"),
     ("P", "Đến năm 2045, ngành công nghiệp đường sắt đóng góp khoảng 2% GDP, thuộc nhóm 10 quốc gia hàng đầu "
           "châu Á về chế tạo phương tiện đường sắt; tỷ lệ nội địa hóa đạt trên 80%.")] + TASKS + ORG
case("36", doc_qd("tvpl", 36, "0095/QĐ-TTg", "Hà Nội, ngày 15 tháng 01 năm 2027",
                  "Phê duyệt Đề án phát triển công nghiệp đường sắt đến năm 2030, tầm nhìn đến năm 2045",
                  "Đề án phát triển công nghiệp đường sắt đến năm 2030, tầm nhìn đến năm 2045", b, "Bộ Xây dựng"),
     [T(60, "%", ["nhu cầu phương tiện"], "2030"),
      T(40, "%", ["nội địa hóa"], "2030"),
      T(2, "%", ["công nghiệp đường sắt", "gdp"], "2045"),
      T(10, "quốc gia", ["chế tạo phương tiện"], "2045", cmp="<="),
      T(80, "%", ["nội địa hóa"], "2045", cmp=">")], SEC3)

# ------------------------------------------------------------------ 37 ministry KH, pdf: year after value, "đến hết năm", "trước năm"
b = [("H1", "I", "MỤC ĐÍCH, YÊU CẦU"),
     ("P", "Bảo đảm thực hiện đúng tiến độ các nhiệm vụ được giao tại Nghị quyết của Chính phủ."),
     ("H1", "II", "MỤC TIÊU"),
     ("B", "Tỷ lệ hồ sơ thủ tục hành chính của Bộ được số hóa kết quả giải quyết đạt 100% vào năm 2027."),
     ("B", "Đến hết năm 2026, tỷ lệ văn bản điện tử được ký số trong tổng số văn bản đi của Bộ đạt 98%."),
     ("B", "Trước năm 2028, 100% đơn vị thuộc Bộ vận hành hệ thống quản lý văn bản và điều hành thống nhất."),
     ("B", "Cắt giảm ít nhất 30% thời gian xử lý hồ sơ thủ tục hành chính trong năm 2026."),
     ("H1", "III", "NHIỆM VỤ, GIẢI PHÁP"),
     ("P", "Giao Văn phòng Bộ chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai Kế hoạch.")]
case("37", doc_kh("pdf", 37, "BỘ TÀI CHÍNH", "1130/KH-BTC", "Hà Nội, ngày 09 tháng 5 năm 2026",
                  "Thực hiện cải cách thủ tục hành chính và chuyển đổi số của Bộ Tài chính năm 2026",
                  "Thực hiện Nghị quyết số 131/NQ-CP ngày 10 tháng 4 năm 2026 của Chính phủ, Bộ Tài chính ban hành "
                  "Kế hoạch thực hiện như sau:", b),
     [T(100, "%", ["hồ sơ thủ tục hành chính", "số hóa"], "2027"),
      T(98, "%", ["văn bản điện tử", "ký số"], "2026"),
      T(100, "%", ["quản lý văn bản"], ["2027", "2028"]),
      T(30, "%", ["thời gian xử lý"], "2026", cmp=">=")],
     S(("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "MỤC TIÊU"), ("III", "NHIỆM VỤ, GIẢI PHÁP")))

# ------------------------------------------------------------------ 38 NQ-CP, repo: trong đó with a count; range count; qualifier
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Có ít nhất 2.000 dự án khởi nghiệp sáng tạo được hỗ trợ, trong đó 150 doanh nghiệp gọi được vốn từ các "
           "quỹ đầu tư mạo hiểm."),
     ("B", "Có 3 - 5 quỹ đầu tư mạo hiểm quốc gia hoạt động hiệu quả."),
     ("B", "Tổng vốn đầu tư mạo hiểm huy động đạt 3 tỷ USD.")] + TASKS + ORG
case("38", doc_nq("repo", 38, "228/NQ-CP", "Hà Nội, ngày 30 tháng 12 năm 2026",
                  "về phát triển hệ sinh thái khởi nghiệp sáng tạo quốc gia", b, "30/12/2026"),
     [T(2000, "dự án", ["khởi nghiệp sáng tạo"], "2030", cmp=">="),
      T(150, "doanh nghiệp", ["gọi được vốn"], "2030"),
      T(3, "quỹ", ["quỹ đầu tư mạo hiểm"], "2030", until=5),
      T(3, "tỷ USD", ["vốn đầu tư mạo hiểm"], "2030")], SEC3)

# ------------------------------------------------------------------ 39 QĐ-TTg, tvpl: "đạt và vượt", "ít nhất bằng", "tăng thêm N điểm phần trăm"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Tỷ lệ lao động có việc làm phi chính thức giảm xuống dưới 40%."),
     ("B", "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội tăng thêm 15 điểm phần trăm so với năm 2025."),
     ("B", "Mức lương tối thiểu bảo đảm ít nhất bằng 100% mức sống tối thiểu của người lao động và gia đình họ."),
     ("B", "Mỗi năm tạo việc làm mới cho khoảng 1,6 triệu lao động.")] + TASKS + ORG
case("39", doc_qd("tvpl", 39, "0118/QĐ-TTg", "Hà Nội, ngày 20 tháng 01 năm 2027",
                  "Phê duyệt Chiến lược việc làm bền vững đến năm 2030",
                  "Chiến lược việc làm bền vững đến năm 2030", b, "Bộ Nội vụ"),
     [T(40, "%", ["phi chính thức"], "2030", cmp="<"),
      T(15, "điểm phần trăm", ["bảo hiểm xã hội"], "2030"),
      T(100, "%", ["mức sống tối thiểu"], "2030", cmp=">=", opt=True, note="norm, arguably a rule"),
      T(1.6, "triệu lao động", ["việc làm mới"], ["2030", None])], SEC3)

# ------------------------------------------------------------------ 40 ministry KH, pdf: a) b) c) d) đ) sub-aims with "tối thiểu"
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu chung"),
     ("P", "Xây dựng Bộ Giáo dục và Đào tạo số, quản trị dựa trên dữ liệu."),
     ("H2", "2.", "Mục tiêu cụ thể đến năm 2027"),
     ("H3", "a)", "100% cơ sở giáo dục phổ thông sử dụng học bạ số;"),
     ("H3", "b)", "tối thiểu 50% dữ liệu ngành giáo dục được khai thác phục vụ chỉ đạo, điều hành;"),
     ("H3", "c)", "70% giáo viên được bồi dưỡng năng lực số;"),
     ("H3", "d)", "ít nhất 30 học liệu số dùng chung cho mỗi môn học;"),
     ("H3", "đ)", "100% hồ sơ tuyển sinh đại học được tiếp nhận trực tuyến."),
     ("H1", "II", "NHIỆM VỤ, GIẢI PHÁP"),
     ("P", "Hoàn thiện cơ sở dữ liệu ngành; triển khai các nền tảng số dùng chung.")]
case("40", doc_kh("pdf", 40, "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "612/KH-BGDĐT", "Hà Nội, ngày 21 tháng 5 năm 2026",
                  "Chuyển đổi số ngành giáo dục giai đoạn 2026 - 2027",
                  "Thực hiện Quyết định số 1603/QĐ-TTg ngày 20 tháng 7 năm 2025 của Thủ tướng Chính phủ, Bộ Giáo dục "
                  "và Đào tạo ban hành Kế hoạch như sau:", b),
     [T(100, "%", ["học bạ số"], "2027"),
      T(50, "%", ["dữ liệu ngành giáo dục"], "2027", cmp=">="),
      T(70, "%", ["giáo viên", "năng lực số"], "2027"),
      T(30, "học liệu", ["học liệu số"], "2027", cmp=">="),
      T(100, "%", ["hồ sơ tuyển sinh"], "2027")],
     S(("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP")))



# ---------------------------------------------------------------- added after the first run (expectations written before running them)
b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Kim ngạch xuất khẩu sản phẩm gỗ đạt 25 tỷ USD, trong đó xuất khẩu sang thị trường mới chiếm 20% tổng "
           "kim ngạch."),
     ("B", "Giá trị gia tăng của ngành chế biến gỗ chiếm 5% tổng giá trị gia tăng ngành công nghiệp."),
     ("B", "Việt Nam đứng thứ 2 thế giới về xuất khẩu đồ gỗ."),
     ("B", "Duy trì vị trí trong nhóm 5 nước xuất khẩu đồ gỗ lớn nhất thế giới.")] + TASKS + ORG
case("41", doc_qd("tvpl", 41, "0142/QĐ-TTg", "Hà Nội, ngày 27 tháng 01 năm 2027",
                  "Phê duyệt Chiến lược phát triển ngành chế biến gỗ đến năm 2030",
                  "Chiến lược phát triển ngành chế biến gỗ đến năm 2030", b, "Bộ Nông nghiệp và Môi trường"),
     [T(25, "tỷ USD", ["kim ngạch xuất khẩu"], "2030"),
      T(20, "%", ["thị trường mới"], "2030"),
      T(5, "%", ["chế biến gỗ"], "2030"),
      T(2, ["thế giới", ""], ["xuất khẩu đồ gỗ"], "2030", opt=True, note="ordinal rank"),
      T(5, "nước", ["xuất khẩu đồ gỗ"], "2030", cmp="<=")], SEC3)

b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Phấn đấu cả nước có 50.000 hợp tác xã hoạt động hiệu quả, trong đó có ít nhất 3.000 hợp tác xã ứng dụng "
           "công nghệ cao."),
     ("B", "Thu nhập bình quân của thành viên hợp tác xã tăng 8 - 10%/năm."),
     ("B", "Tỷ lệ hợp tác xã có kế toán đạt chuẩn đạt 90%.")] + TASKS + ORG
case("42", doc_nq("pdf", 42, "09/NQ-CP", "Hà Nội, ngày 29 tháng 01 năm 2027",
                  "về phát triển kinh tế tập thể, hợp tác xã đến năm 2030", b, "29/01/2027"),
     [T(50000, "hợp tác xã", ["hợp tác xã hoạt động"], "2030"),
      T(3000, "hợp tác xã", ["công nghệ cao"], "2030", cmp=">="),
      T(8, "%", ["thu nhập bình quân"], ["2030", None], until=10),
      T(90, "%", ["kế toán"], "2030")], SEC3)

b = [("H1", "I", "MỤC TIÊU"),
     ("H2", "1.", "Mục tiêu cụ thể đến năm 2030"),
     ("B", "Việt Nam nằm trong nhóm 3 quốc gia có hạ tầng logistics phát triển nhất ASEAN."),
     ("B", "Chi phí logistics giảm xuống tương đương 15% GDP."),
     ("B", "Chỉ số hiệu quả logistics (LPI) xếp hạng trong nhóm 40 nước đứng đầu thế giới."),
     ("B", "Tốc độ tăng trưởng dịch vụ logistics đạt 12 - 15%/năm; tỷ lệ thuê ngoài dịch vụ logistics đạt 55 - 60%.")
     ] + TASKS + ORG
case("43", doc_qd("repo", 43, "0167/QĐ-TTg", "Hà Nội, ngày 03 tháng 02 năm 2027",
                  "Phê duyệt Chiến lược phát triển dịch vụ logistics đến năm 2030",
                  "Chiến lược phát triển dịch vụ logistics đến năm 2030", b, "Bộ Công Thương"),
     [T(3, "quốc gia", ["hạ tầng logistics"], "2030", cmp="<="),
      T(15, "%", ["chi phí logistics"], "2030", cmp="<="),
      T(40, "nước", ["lpi"], "2030", cmp="<="),
      T(12, "%", ["tăng trưởng dịch vụ logistics"], ["2030", None], until=15),
      T(55, "%", ["thuê ngoài"], "2030", until=60)], SEC3)

b = [("H1", "I", "MỤC ĐÍCH, YÊU CẦU"),
     ("P", "Hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi số thực chất, hiệu quả."),
     ("H1", "II", "MỤC TIÊU"),
     ("H2", "1.", "Giai đoạn 2026 - 2027"),
     ("B", "70% doanh nghiệp nhỏ và vừa được tiếp cận nền tảng số dùng chung;"),
     ("B", "ít nhất 2.000 hộ kinh doanh được hỗ trợ chuyển đổi lên doanh nghiệp."),
     ("H2", "2.", "Giai đoạn 2028 - 2030"),
     ("B", "100% doanh nghiệp nhỏ và vừa được tiếp cận nền tảng số dùng chung;"),
     ("B", "ít nhất 5.000 hộ kinh doanh được hỗ trợ chuyển đổi lên doanh nghiệp."),
     ("H1", "III", "NHIỆM VỤ, GIẢI PHÁP"),
     ("P", "Cục Phát triển doanh nghiệp chủ trì xây dựng chương trình hỗ trợ; các đơn vị phối hợp thực hiện.")]
case("44", doc_kh("tvpl", 44, "BỘ TÀI CHÍNH", "305/KH-BTC", "Hà Nội, ngày 15 tháng 02 năm 2027",
                  "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số giai đoạn 2026 - 2030",
                  "Thực hiện Quyết định số 1688/QĐ-TTg ngày 04 tháng 8 năm 2026 của Thủ tướng Chính phủ, Bộ Tài "
                  "chính ban hành Kế hoạch như sau:", b),
     [T(70, "%", ["nền tảng số dùng chung"], "2027"),
      T(2000, "hộ kinh doanh", ["hộ kinh doanh"], "2027", cmp=">="),
      T(100, "%", ["nền tảng số dùng chung"], "2030"),
      T(5000, "hộ kinh doanh", ["hộ kinh doanh"], "2030", cmp=">=")],
     S(("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "MỤC TIÊU"), ("III", "NHIỆM VỤ, GIẢI PHÁP")))


if __name__ == "__main__":
    for n, (text, exp) in ALL.items():
        (CASES / f"{n}.txt").write_text(text)
        (CASES / f"{n}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1))
    print(len(ALL), "cases")
