# ruff: noqa: E501  (each probe is one sentence of a plan, kept on one line to read as printed)
"""Form probes for references (issue 13, fourth session): short made-up plans, one citation form
each, with the exact numbered (type, number, symbol) and named (type, name) references expected
(SPEC §2.1, corpus/annotations/README.md "references"). Types and names compared as the eval does
(pipeline.evaluate.type_key / key)."""
import pytest

from pipeline.api import extract
from pipeline.evaluate import key, type_key

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 5 tháng 3 năm 2025

KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2025

"""
FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def plan(snippet: str, where: str = "pre") -> str:
    pre = snippet if where == "pre" else "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:"
    body = snippet if where == "body" else "1. Đẩy mạnh công tác tuyên truyền trong cán bộ, công chức."
    org = snippet if where == "org" else "1. Sở Nội vụ chủ trì, theo dõi, đôn đốc việc thực hiện."
    return (HEADER + pre + "\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả công tác.\n"
            "II. NHIỆM VỤ, GIẢI PHÁP\n" + body + "\nIII. TỔ CHỨC THỰC HIỆN\n" + org + "\n" + FOOT)


NQ, QD, CT, KL, L, BL = "Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Luật", "Bộ luật"
PROBES = [
 # ---- numbered forms
 ("nq-cp", "pre", "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2025 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2025; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
  {(NQ, "01", "NQ-CP")}, set()),
 ("ct-tw", "pre", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;",
  {(CT, "05", "CT/TW")}, set()),
 ("ttlt", "pre", "Căn cứ Thông tư liên tịch số 12/2015/TTLT-BNV-BTC ngày 25/11/2015 của Bộ Nội vụ và Bộ Tài chính hướng dẫn thực hiện chế độ phụ cấp;",
  {("Thông tư liên tịch", "12", "2015/TTLT-BNV-BTC")}, set()),
 ("va-so", "pre", "Căn cứ Quyết định số 1721/QĐ-TTg và số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;",
  {(QD, "1721", "QĐ-TTg"), (QD, "1722", "QĐ-TTg")}, set()),
 ("comma-so", "pre", "Căn cứ Quyết định số 1721/QĐ-TTg, số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;",
  {(QD, "1721", "QĐ-TTg"), (QD, "1722", "QĐ-TTg")}, set()),
 ("list-numbers", "pre", "Căn cứ các Quyết định số 12, 13/QĐ-UBND ngày 10/01/2025 của UBND tỉnh;",
  {(QD, "12", "QĐ-UBND"), (QD, "13", "QĐ-UBND")}, set()),
 ("list-party", "pre", "Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII;",
  {(NQ, "18", "NQ/TW"), (NQ, "19", "NQ/TW")}, set()),
 ("two-full", "pre", "Căn cứ Quyết định số 1721/QĐ-TTg ngày 02/9/2016 và Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;",
  {(QD, "1721", "QĐ-TTg"), (QD, "1722", "QĐ-TTg")}, set()),
 ("nd", "pre", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
  {("Nghị định", "30", "2020/NĐ-CP")}, set()),
 ("kh-tu", "pre", "Thực hiện Kế hoạch số 36-KH/TU ngày 30/8/2021 của Ban Thường vụ Tỉnh ủy;",
  {("Kế hoạch", "36", "KH/TU")}, set()),
 ("nq-tw-plenum-issuer", "pre", "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy;",
  {(NQ, "18", "NQ/TW")}, set()),
 ("kl-tw", "pre", "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII;",
  {(KL, "21", "KL/TW")}, set()),
 ("cong-van", "pre", "Thực hiện Công văn số 1234/UBND-KGVX ngày 10/3/2025 của UBND tỉnh về việc triển khai;",
  {("Công văn", "1234", "UBND-KGVX")}, set()),
 ("hd-party", "pre", "Thực hiện Hướng dẫn số 12-HD/BTGTW ngày 20/02/2025 của Ban Tuyên giáo Trung ương;",
  {("Hướng dẫn", "12", "HD/BTGTW")}, set()),
 ("tbkl", "pre", "Thực hiện Thông báo kết luận số 45-TB/TU ngày 12/01/2025 của Ban Thường vụ Tỉnh ủy;",
  {("Thông báo kết luận", "45", "TB/TU")}, set()),
 ("luat-so", "pre", "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;",
  {(L, "31", "2024/QH15")}, set()),
 ("qd-approves-ntp", "pre", "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;",
  {(QD, "263", "QĐ-TTg")}, set()),
 ("nq-hdnd", "pre", "Căn cứ Nghị quyết số 15/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh;",
  {(NQ, "15", "2024/NQ-HĐND")}, set()),
 ("nqlt", "pre", "Thực hiện Nghị quyết liên tịch số 01/2021/NQLT-CP-ĐCTUBTWMTTQVN ngày 01/3/2021 của Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;",
  {("Nghị quyết liên tịch", "01", "2021/NQLT-CP-ĐCTUBTWMTTQVN")}, set()),
 ("thong-tri", "pre", "Thực hiện Thông tri số 28/TT-MTTW-BTT ngày 10/10/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;",
  {("Thông tri", "28", "TT-MTTW-BTT")}, set()),
 ("ctr-tu", "pre", "Thực hiện Chương trình hành động số 17-CTr/TU ngày 10/3/2021 của Tỉnh ủy;",
  {("Chương trình", "17", "CTr/TU")}, set()),
 ("quy-dinh-tw", "pre", "Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng;",
  {("Quy định", "144", "QĐ/TW")}, set()),
 ("body-nq57", "body", "1. Tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.",
  {(NQ, "57", "NQ/TW")}, set()),
 ("space-slash", "pre", "Căn cứ Quyết định số 123 /QĐ-UBND ngày 10/01/2025 và Kế hoạch số 45/ KH-UBND ngày 12/01/2025 của UBND tỉnh;",
  {(QD, "123", "QĐ-UBND"), ("Kế hoạch", "45", "KH-UBND")}, set()),
 ("letter-number", "pre", "Thực hiện Kế hoạch số 20a/KH-UBND ngày 12/01/2025 của UBND tỉnh;",
  {("Kế hoạch", "20a", "KH-UBND")}, set()),
 ("nq-va-nq", "pre", "Thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 05/01/2025 của Chính phủ;",
  {(NQ, "01", "NQ-CP"), (NQ, "02", "NQ-CP")}, set()),
 ("list-va-numbers", "pre", "Căn cứ các Quyết định số 1721 và 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;",
  {(QD, "1721", "QĐ-TTg"), (QD, "1722", "QĐ-TTg")}, set()),
 ("no-so", "pre", "Thực hiện Chỉ thị 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;",
  {(CT, "19", "CT-TTg")}, set()),
 # ---- named forms
 ("luat-year", "body", "1. Tổ chức tuyên truyền, phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành.",
  set(), {(L, "Luật Đất đai năm 2024")}),
 ("luat-tdkt", "pre", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
  set(), {(L, "Luật Thi đua, khen thưởng")}),
 ("bo-luat-year", "body", "1. Tuyên truyền Bộ luật Lao động 2019 đến người lao động.",
  set(), {(BL, "Bộ luật Lao động 2019")}),
 ("luat-amend-list", "pre", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;",
  set(), {(L, "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu")}),
 ("luat-amend-one", "body", "1. Phổ biến Luật sửa đổi, bổ sung một số điều của Luật Đất đai đến Nhân dân.",
  set(), {(L, "Luật sửa đổi, bổ sung một số điều của Luật Đất đai")}),
 ("luat-cqdp", "pre", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
  set(), {(L, "Luật Tổ chức chính quyền địa phương")}),
 ("nq-dh-tinh", "pre", "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025;",
  set(), {(NQ, "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII")}),
 ("nq-hn8", "pre", "Thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới;",
  set(), {(NQ, "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII")}),
 ("nq-dh13", "body", "1. Tiếp tục quán triệt Nghị quyết Đại hội XIII của Đảng trong cán bộ, đảng viên.",
  set(), {(NQ, "Nghị quyết Đại hội XIII của Đảng")}),
 ("ntp-nongthon", "body", "1. Lồng ghép các nguồn vốn của Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 để thực hiện.",
  set(), {("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025")}),
 ("chien-luoc", "pre", "Thực hiện Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030;",
  set(), {("Chiến lược", "Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030")}),
 ("hien-phap", "body", "1. Tuyên truyền Hiến pháp năm 2013 trong Nhân dân.",
  set(), {("Hiến pháp", "Hiến pháp năm 2013")}),
 ("luat-cua", "body", "1. Tuyên truyền Luật Phòng, chống tác hại của rượu, bia đến Nhân dân.",
  set(), {(L, "Luật Phòng, chống tác hại của rượu, bia")}),
 ("phap-lenh-voi", "body", "1. Thực hiện đầy đủ chính sách theo Pháp lệnh Ưu đãi người có công với cách mạng.",
  set(), {("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng")}),
 ("cong-uoc-ve", "body", "1. Tuyên truyền Công ước Liên hợp quốc về chống tham nhũng trong cán bộ, công chức.",
  set(), {("Công ước", "Công ước Liên hợp quốc về chống tham nhũng")}),
 ("de-an-quoted", "body", "1. Tiếp tục thực hiện Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025” trên địa bàn tỉnh.",
  set(), {("Đề án", "Đề án Trồng một tỷ cây xanh giai đoạn 2021 - 2025")}),
 ("luat-named-and-numbered", "pre", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
  {("Nghị định", "30", "2020/NĐ-CP")}, {(L, "Luật Tổ chức Chính phủ")}),
 # ---- must NOT be references
 ("ke-hoach-nay", "org", "1. Các sở, ban, ngành căn cứ Kế hoạch này triển khai thực hiện; định kỳ báo cáo kết quả về Sở Nội vụ.",
  set(), set()),
 ("van-ban-hd", "body", "1. Triển khai các văn bản hướng dẫn thi hành Luật trong toàn tỉnh.",
  set(), set()),
 ("plan-to-draft", "org", "1. UBND các huyện xây dựng Kế hoạch thực hiện năm 2025 gửi Sở Nội vụ trước ngày 30/3/2025.",
  set(), set()),
 ("draft-law", "body", "1. Tổ chức lấy ý kiến Nhân dân về dự thảo Luật Đất đai (sửa đổi).",
  set(), set()),
 ("kl-bct-generic", "body", "1. Thực hiện Kết luận của Bộ Chính trị về tiếp tục đổi mới phương thức lãnh đạo của Đảng.",
  set(), set()),
 ("ct-bbt-generic", "body", "1. Quán triệt Chỉ thị của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận.",
  set(), set()),
 ("kh-issuer-generic", "body", "1. Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về công tác cán bộ.",
  set(), set()),
 ("luat-su", "body", "1. Phát huy vai trò của Luật sư, Luật gia trong trợ giúp pháp lý.",
  set(), set()),
 ("ke-hoach-5-nam", "body", "1. Xây dựng Kế hoạch 5 năm giai đoạn 2026 - 2030 của ngành.",
  set(), set()),
 ("dai-hoi-event", "body", "1. Tổ chức các hoạt động chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
  set(), set()),
 ("draft-nq", "org", "1. Sở Tài chính tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định mức chi.",
  set(), set()),
 ("draft-ctr-hd", "org", "1. Sở Nội vụ chủ trì xây dựng Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
  {(NQ, "57", "NQ/TW")}, set()),

 # ---- names with inner stop words, bare heads (added with the fixes)
 ("luat-ruou-bia", "body", "1. Tuyên truyền Luật Phòng, chống tác hại của rượu, bia đến Nhân dân.",
  set(), {(L, "Luật Phòng, chống tác hại của rượu, bia")}),
 ("luat-thuoc-la", "body", "1. Tuyên truyền Luật Phòng, chống tác hại của thuốc lá trong Nhân dân.",
  set(), {(L, "Luật Phòng, chống tác hại của thuốc lá")}),
 ("phap-lenh-year", "body", "1. Thực hiện chế độ đối với người có công theo Pháp lệnh Ưu đãi người có công với cách mạng năm 2020.",
  set(), {("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020")}),
 ("cong-uoc-cua-ve", "body", "1. Tuyên truyền Công ước của Liên hợp quốc về Luật Biển năm 1982 trong Nhân dân.",
  set(), {("Công ước", "Công ước của Liên hợp quốc về Luật Biển năm 1982")}),
 ("cong-uoc-ve-first", "body", "1. Tuyên truyền Công ước về quyền trẻ em trong Nhân dân.",
  set(), {("Công ước", "Công ước về quyền trẻ em")}),
 ("luat-va-nd", "body", "1. Hướng dẫn thi hành Luật và các Nghị định của Chính phủ.", set(), set()),
 ("luat-ve", "body", "1. Các văn bản quy định chi tiết Luật về đất đai.", set(), set()),
 ("luat-cua-body", "body", "1. Triển khai Luật Đất đai của Quốc hội trong toàn tỉnh.", set(), {(L, "Luật Đất đai")}),
 ("luat-va-pccc", "body", "1. Tuyên truyền Luật Phòng cháy và chữa cháy trong Nhân dân.",
  set(), {(L, "Luật Phòng cháy và chữa cháy")}),
 ("luat-va-capital", "body", "1. Tuyên truyền Luật Khoa học và Công nghệ trong Nhân dân.",
  set(), {(L, "Luật Khoa học và Công nghệ")}),
 ("party-list-dash", "pre", "Thực hiện các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng;",
  {(NQ, "18", "NQ/TW"), (NQ, "19", "NQ/TW")}, set()),
 ("en-dash", "pre", "Thực hiện Nghị quyết số 35–NQ/TW ngày 22/10/2018 của Bộ Chính trị;",
  {(NQ, "35", "NQ/TW")}, set()),
 ("space-dash", "pre", "Thực hiện Chỉ thị số 05 -CT/TW ngày 15/5/2016 của Bộ Chính trị;",
  {(CT, "05", "CT/TW")}, set()),
 ("wrapped-number", "pre", "Căn cứ Quyết định số\n1721/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;",
  {(QD, "1721", "QĐ-TTg")}, set()),
 ("khlt", "pre", "Thực hiện Kế hoạch liên tịch số 01/KHLT-UBND-MTTQ ngày 05/01/2025;",
  {("Kế hoạch liên tịch", "01", "KHLT-UBND-MTTQ")}, set()),
 ("alias-later", "pre", "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/01/2025 của UBND tỉnh (sau đây gọi tắt là Kế hoạch số 15);",
  {("Kế hoạch", "15", "KH-UBND")}, set()),
 ("two-ntp", "pre", "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;",
  set(), {("Chương trình", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
          ("Chương trình", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030")}),
 ("law-in-subject", "pre", "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
  {("Nghị định", "98", "2023/NĐ-CP")}, {(L, "Luật Thi đua, khen thưởng")}),
 ("bo-luat-date", "pre", "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;", set(), {(BL, "Bộ luật Lao động")}),
 ("nq-tu6", "pre", "Thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XII;", set(), {(NQ, "Nghị quyết Hội nghị Trung ương 6 khóa XII")}),
 ("amended-by", "pre", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;",
  {("Nghị định", "30", "2020/NĐ-CP"), ("Nghị định", "187", "2025/NĐ-CP")}, set()),
 ("four-party", "body", "1. Quán triệt các Nghị quyết số 57-NQ/TW, Nghị quyết số 66-NQ/TW, Nghị quyết số 68-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
  {(NQ, "57", "NQ/TW"), (NQ, "66", "NQ/TW"), (NQ, "68", "NQ/TW"), (NQ, "59", "NQ/TW")}, set()),
 ("short-only", "body", "1. Triển khai Nghị quyết 57 trong toàn tỉnh.", {(NQ, "57", None)}, set()),
 ("article-of", "body", "1. Thực hiện theo Điều 5 Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.",
  {("Nghị định", "98", "2023/NĐ-CP")}, set()),
 ("draft-revision", "body", "1. Sở Tư pháp chủ trì xây dựng Luật Đất đai (sửa đổi) trình Quốc hội.", set(), set()),
 ("draft-revision-submit", "body", "1. Tham mưu trình Quốc hội thông qua Luật Thủ đô (sửa đổi) tại kỳ họp thứ 8.", set(), set()),
 ("revision-in-force", "body", "1. Tiếp tục triển khai thực hiện tốt Luật Ngân sách (sửa đổi) và công khai ngân sách ở mọi cấp.",
  set(), {(L, "Luật Ngân sách")}),
 ("law-detailed-by-draft", "body", "1. Góp ý dự thảo Nghị định quy định chi tiết Luật Đất đai.", set(), {(L, "Luật Đất đai")}),
 ("nq-dh13-full", "body", "1. Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
  set(), {(NQ, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")}),
 ("closing-own-plan", "org", "Trên đây là Kế hoạch triển khai công tác cải cách hành chính năm 2025 của UBND tỉnh.", set(), set()),
 ("alias-short", "body", "1. Thực hiện Quyết định số 1721/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ (sau đây gọi tắt là Quyết định 1721). Quyết định 1721 đã đạt kết quả.",
  {(QD, "1721", "QĐ-TTg")}, set()),
 ("qdi-tw", "body", "1. Thực hiện nghiêm Chỉ thị số 05-CT/TW, Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.",
  {(CT, "05", "CT/TW"), ("Quy định", "08", "QĐi/TW")}, set()),
 ("described-plan", "pre", "Thực hiện Kế hoạch ngày 05/4/2023 của UBND tỉnh về triển khai công tác chuyển đổi số;", set(), set()),

 # ---- fifth session: forms of "Căn cứ"/"Thực hiện" clauses read in real openings (made-up citations)
 ("plenum-comma-body", "pre", "Thực hiện Nghị quyết Hội nghị lần thứ năm, Ban Chấp hành Trung ương Đảng khóa XI về một số vấn đề về chính sách xã hội;",
  set(), {(NQ, "Nghị quyết Hội nghị lần thứ năm, Ban Chấp hành Trung ương Đảng khóa XI")}),
 ("strategy-counted-years", "pre", "Thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm 2011 - 2020 và Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020;",
  set(), {("Chiến lược", "Chiến lược phát triển kinh tế - xã hội 10 năm 2011 - 2020"),
          ("Kế hoạch", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020")}),
 ("strategy-counted-parens", "pre", "Thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm (2011 - 2020);",
  set(), {("Chiến lược", "Chiến lược phát triển kinh tế - xã hội 10 năm (2011 - 2020)")}),
 ("law-list-comma-name", "pre", "Căn cứ Luật Thi đua, khen thưởng và Luật Viên chức ngày 25 tháng 11 năm 2019;",
  set(), {(L, "Luật Thi đua, khen thưởng"), (L, "Luật Viên chức")}),
 ("code-amended-year", "pre", "Căn cứ Bộ luật Tố tụng hình sự năm 2015 sửa đổi, bổ sung năm 2021;",
  set(), {(BL, "Bộ luật Tố tụng hình sự năm 2015")}),
 ("amending-counted", "pre", "Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018;",
  set(), {(L, "Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch")}),
 ("ordinance-amending-ve", "pre", "Căn cứ Pháp lệnh về sửa đổi, bổ sung một số điều của 04 Pháp lệnh có liên quan đến quy hoạch ngày 22 tháng 12 năm 2018;",
  set(), {("Pháp lệnh", "Pháp lệnh về sửa đổi, bổ sung một số điều của 04 Pháp lệnh có liên quan đến quy hoạch")}),
 ("law-and-capital", "body", "1. Thực hiện theo Luật Biển Việt Nam năm 2012, Luật Tài nguyên, môi trường biển và Hải đảo năm 2015 và các văn bản hướng dẫn.",
  set(), {(L, "Luật Biển Việt Nam năm 2012"), (L, "Luật Tài nguyên, môi trường biển và Hải đảo năm 2015")}),
 ("charter-named", "pre", "Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam;", set(), {("Điều lệ", "Điều lệ Hội Cựu chiến binh Việt Nam")}),
 ("charter-generic", "body", "1. Các hội hoạt động theo Điều lệ Hội đã được phê duyệt.", set(), set()),
 ("charter-lower", "body", "1. Nhà trường thực hiện đúng Điều lệ trường trung học cơ sở.", set(), set()),
 ("conclusion-plenum", "pre", "Thực hiện Kết luận Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XII;",
  set(), {(KL, "Kết luận Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XII")}),
 ("plenum-term-parens", "pre", "Thực hiện Nghị quyết Hội nghị Trung ương 7 (khóa XII) và Nghị quyết Trung ương 7 (khóa XI);",
  set(), {(NQ, "Nghị quyết Hội nghị Trung ương 7 (khóa XII)"), (NQ, "Nghị quyết Trung ương 7 (khóa XI)")}),
 ("plenum-lower-hoi-nghi", "body", "1. Tiếp tục thực hiện Nghị quyết hội nghị Trung ương 6 (khóa XII) trong toàn Đảng bộ.",
  set(), {(NQ, "Nghị quyết hội nghị Trung ương 6 (khóa XII)")}),
 ("congress-nq-abbrev-verb", "body", "1. Thực hiện các chỉ tiêu NQ Đại hội Đảng bộ huyện lần thứ XXIII giao.",
  set(), {(NQ, "NQ Đại hội Đảng bộ huyện lần thứ XXIII")}),
 ("congress-verb-after", "body", "1. Phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội XII đề ra.",
  set(), {(NQ, "Nghị quyết Đại hội XII")}),
 ("amending-bare-misread", "body", "1. Tuyên truyền Luật sửa đổi, bồ Sung mỘI số điều của Bộ luật Hình sự.",
  set(), {(BL, "Bộ luật Hình sự")}),
]

@pytest.mark.parametrize("pid,where,snippet,numbered,named", PROBES, ids=[p[0] for p in PROBES])
def test_probe(pid, where, snippet, numbered, named):
    doc = extract(text=plan(snippet, where))
    assert {(type_key(r.type), r.number, r.symbol) for r in doc.references if r.number} == \
        {(type_key(t), n, s) for t, n, s in numbered}
    assert {(type_key(r.type), key(r.name)) for r in doc.references if r.number is None and r.name} == \
        {(type_key(t), key(n)) for t, n in named}


def test_probe_dates_issuers_relations():
    doc = extract(text=plan(PROBES[0][2]))
    r = next(r for r in doc.references if r.number == "01")
    assert (r.date, r.issuer, r.relation) == ("2025-01-05", "Chính phủ", "implements")
    doc = extract(text=plan("Căn cứ các Quyết định số 1721 và 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;"))
    assert sorted((r.number, r.date, r.issuer, r.relation) for r in doc.references) == [
        ("1721", "2016-09-02", "Thủ tướng Chính phủ", "basis"), ("1722", "2016-09-02", "Thủ tướng Chính phủ", "basis")]
    doc = extract(text=plan("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
    assert [(r.name, r.date, r.relation) for r in doc.references] == [
        ("Luật Thi đua, khen thưởng", "2022-06-15", "basis")]
    # A plan cited by its date and issuer: a reference of type Kế hoạch, without number or name.
    doc = extract(text=plan(next(p for p in PROBES if p[0] == "described-plan")[2]))
    assert [(r.type, r.number, r.date, r.issuer, r.relation) for r in doc.references] == [
        ("Kế hoạch", None, "2023-04-05", "UBND tỉnh", "implements")]


def test_probe_passed_by_and_amended_year():
    """Fifth session: the date and issuer of a law cited as passed by a body ("được Quốc hội ...
    thông qua ngày ..."); the year of a law named with its amendments, and of an amending law
    named by year."""
    doc = extract(text=plan("Căn cứ Luật Trồng trọt được Quốc hội khóa XIV, kỳ họp thứ 6 thông qua ngày 19/11/2018;"))
    assert [(r.name, r.date, r.issuer, r.relation) for r in doc.references] == [
        ("Luật Trồng trọt", "2018-11-19", "Quốc hội khóa XIV", "basis")]
    doc = extract(text=plan("Căn cứ Bộ luật Tố tụng hình sự năm 2015 sửa đổi, bổ sung năm 2021;"))
    assert [(r.name, r.date) for r in doc.references] == [("Bộ luật Tố tụng hình sự năm 2015", "2015")]
    doc = extract(text=plan("Căn cứ Luật Kế toán năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Kế toán năm 2024;"))
    assert [(r.name, r.date) for r in doc.references] == [
        ("Luật Kế toán năm 2015", "2015"), ("Luật sửa đổi, bổ sung một số điều của Luật Kế toán năm 2024", "2024")]
    doc = extract(text=plan("Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018;"))
    assert [(r.type, r.date, r.relation) for r in doc.references] == [("Luật", "2018-06-15", "basis")]
