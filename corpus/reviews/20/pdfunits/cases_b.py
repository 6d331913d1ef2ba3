# Cases 11-22. Expectations written before any run of the program.
E, L, C, M, R = "execute", "lead", "coordinate", "monitor", "report"

CASES = {}

CASES["11"] = dict(width=82, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 298/KH-SGDĐT Tân Giang, ngày 04 tháng 8 năm 2025
KẾ HOẠCH
Bồi dưỡng thường xuyên cán bộ quản lý, giáo viên năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Cập nhật kiến thức, kỹ năng cho đội ngũ đáp ứng Chương trình giáo dục phổ thông 2018.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tổ chức cán bộ1
~ - Chủ trì tham mưu Giám đốc Sở ban hành kế hoạch bồi dưỡng; phối hợp với Trường Cao đẳng Sư phạm Tân Giang2
~ và các cơ sở giáo dục đại học tổ chức các lớp bồi dưỡng tập trung.
~ - Theo dõi, kiểm tra việc tự bồi dưỡng của giáo viên; tổng hợp kết quả, báo cáo Bộ Giáo dục và Đào tạo.
2. Phòng Giáo dục Trung học, Phòng Giáo dục Mầm non - Tiểu học
~ - Phối hợp với Phòng Tổ chức cán bộ xác định nội dung bồi dưỡng theo cấp học; cử cán bộ tham gia giảng dạy.
3. Thủ trưởng các cơ sở giáo dục trực thuộc
~ - Tạo điều kiện cho giáo viên tham gia bồi dưỡng; đánh giá, xếp loại kết quả bồi dưỡng của giáo viên; gửi kết quả về Sở (qua Phòng Tổ chức cán bộ) trước ngày 30/6/2026.
1 Phòng Tổ chức cán bộ được tổ chức lại theo Quyết định số 15/QĐ-SGDĐT ngày 10/3/2025 của Giám đốc 
Sở Giáo dục và Đào tạo, trên cơ sở hợp nhất Phòng Tổ chức cán bộ và Phòng Giáo dục chuyên nghiệp.
2 Trường Cao đẳng Sư phạm Tân Giang được Ủy ban nhân dân tỉnh giao nhiệm vụ bồi dưỡng giáo viên tại 
Quyết định số 771/QĐ-UBND ngày 12/5/2024.
""", expect=[
    ("Phòng Tổ chức cán bộ", E), ("Phòng Tổ chức cán bộ", L), ("Phòng Tổ chức cán bộ", C),
    ("Phòng Tổ chức cán bộ", M), ("Phòng Tổ chức cán bộ", R),
    ("Trường Cao đẳng Sư phạm Tân Giang", C),
    ("các cơ sở giáo dục đại học", C),
    ("Bộ Giáo dục và Đào tạo", R),
    ("Phòng Giáo dục Trung học", E), ("Phòng Giáo dục Trung học", C),
    ("Phòng Giáo dục Mầm non - Tiểu học", E), ("Phòng Giáo dục Mầm non - Tiểu học", C),
    ("Thủ trưởng các cơ sở giáo dục trực thuộc", E),
    ("Sở", R, {"optional": True}),
])
# Note 11: footnote lines name units in passing (no task): nothing from them.

CASES["12"] = dict(width=80, src="""
PHÒNG GD&ĐT HUYỆN ĐÔNG SƠN
TRƯỜNG TH&THCS ĐÔNG HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 37/KH-THCS Đông Hòa, ngày 20 tháng 9 năm 2024
KẾ HOẠCH
Phòng, chống bạo lực học đường năm học 2024 - 2025
I. MỤC ĐÍCH, YÊU CẦU
~ Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện; không để xảy ra bạo lực học đường.
II. NỘI DUNG
~ 1. Tuyên truyền, giáo dục kỹ năng sống, pháp luật cho học sinh.
~ 2. Duy trì hộp thư góp ý, tổ tư vấn tâm lý học đường.
III. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu
~ Xây dựng kế hoạch, chỉ đạo triển khai; kiểm tra, đôn đốc các bộ phận thực hiện; phối hợp với Công an xã Đông Hòa xử lý các vụ việc phức tạp.
2. Tổng phụ trách Đội
~ Chủ trì tổ chức các hoạt động tuyên truyền dưới cờ; phối hợp với giáo viên chủ nhiệm theo dõi học sinh có biểu hiện vi phạm.
3. Giáo viên chủ nhiệm
~ Nắm bắt tâm lý học sinh; phối hợp với cha mẹ học sinh giáo dục học sinh cá biệt; báo cáo kịp thời về Ban Giám hiệu.
4. Nhân viên y tế trường học
~ Sơ cứu, chăm sóc học sinh bị thương; phối hợp với Trạm Y tế xã chuyển tuyến khi cần.
5. Bảo vệ
~ Kiểm soát người ra vào trường; không để người lạ vào trường khi chưa được phép.
6. Ban đại diện cha mẹ học sinh
~ Phối hợp với nhà trường quản lý, giáo dục học sinh ngoài giờ học.
Nơi nhận: KT. HIỆU TRƯỞNG
- Phòng GDĐT (b/c); PHÓ HIỆU TRƯỞNG
- Công an xã Đông Hòa (p/h);
- Các tổ chuyên môn, GVCN (t/h);
- Lưu: VT. Bùi Văn Quyết
""", expect=[
    ("Ban Giám hiệu", E), ("Ban Giám hiệu", M), ("Ban Giám hiệu", C), ("Ban Giám hiệu", R),
    ("Công an xã Đông Hòa", C),
    ("Tổng phụ trách Đội", E), ("Tổng phụ trách Đội", L),
    ("Giáo viên chủ nhiệm", E), ("Giáo viên chủ nhiệm", C),
    ("cha mẹ học sinh", C, {"optional": True}),
    ("Nhân viên y tế trường học", E), ("Nhân viên y tế trường học", C),
    ("Trạm Y tế xã", C),
    ("Bảo vệ", E),
    ("Ban đại diện cha mẹ học sinh", E), ("Ban đại diện cha mẹ học sinh", C),
    ("nhà trường", C, {"optional": True}),
])
# Note 12: Tổng phụ trách Đội "Chủ trì …; phối hợp với GVCN theo dõi học sinh" -> lead (+ the
# subject of a second "phối hợp" clause: coordinate optional, kind 8 of review 19 leaves it open).
# Ban Giám hiệu "kiểm tra, đôn đốc các bộ phận" -> monitor.  Recipients give nothing.

CASES["13"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 455/KH-SGDĐT Tân Giang, ngày 30 tháng 9 năm 2025
KẾ HOẠCH
Kiểm tra chuyên môn các cơ sở giáo dục năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Đánh giá việc thực hiện chương trình, kế hoạch giáo dục; chấn chỉnh kịp thời các sai sót.
II. TỔ CHỨC THỰC HIỆN
1. Lãnh đạo Sở
~ Giám đốc Sở chỉ đạo chung; các Phó Giám đốc Sở theo lĩnh vực được phân công trực tiếp chỉ đạo các đoàn kiểm tra.
2. Các phòng chuyên môn thuộc Sở
~ a) Phòng Giáo dục Trung học:
~ + Chủ trì kiểm tra chuyên môn các trường THPT, THCS&THPT;
~ + Phối hợp với Phòng Giáo dục
3
~ thường xuyên kiểm tra các trung tâm GDNN-GDTX.
~ b) Phòng Giáo dục Mầm non - Tiểu học:
~ + Chủ trì kiểm tra các trường mầm non, tiểu học thuộc các xã, phường được chọn.
~ c) Phòng Quản lý chất lượng:
~ + Kiểm tra công tác kiểm tra, đánh giá học sinh; tổng hợp kết quả kiểm tra toàn ngành, báo cáo Giám đốc Sở.
3. Các cơ sở giáo dục được kiểm tra
~ Chuẩn bị hồ sơ, điều kiện làm việc với đoàn kiểm tra; báo cáo kết quả khắc phục sau kiểm tra về Phòng Quản lý chất lượng trong 30 ngày.
""", expect=[
    ("Lãnh đạo Sở", E, {"optional": True}),
    ("Giám đốc Sở", E), ("Giám đốc Sở", R),
    ("các Phó Giám đốc Sở", E), ("các Phó Giám đốc Sở", M, {"optional": True}),
    ("Các phòng chuyên môn thuộc Sở", E, {"optional": True}),
    ("Phòng Giáo dục Trung học", E), ("Phòng Giáo dục Trung học", L), ("Phòng Giáo dục Trung học", C),
    ("Phòng Giáo dục Trung học", M, {"optional": True}),
    ("Phòng Giáo dục thường xuyên", C),
    ("Phòng Giáo dục Mầm non - Tiểu học", E), ("Phòng Giáo dục Mầm non - Tiểu học", L),
    ("Phòng Giáo dục Mầm non - Tiểu học", M, {"optional": True}),
    ("Phòng Quản lý chất lượng", E), ("Phòng Quản lý chất lượng", R),
    ("Phòng Quản lý chất lượng", M, {"optional": True}),
    ("Các cơ sở giáo dục được kiểm tra", E),
])
# Note 13: in an inspection plan "kiểm tra" is the task itself; monitor left optional.

CASES["14"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 610/KH-SGDĐT Tân Giang, ngày 11 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức Hội khỏe Phù Đổng tỉnh Tân Giang lần thứ XII năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ \uf02d Đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại trong học sinh.
~ \uf02d Tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc.
II. TỔ CHỨC THỰC HIỆN
\uf0b7 Phòng Chính trị, tư tưởng và Công tác học sinh:
~ \uf02d Chủ trì, tham mưu thành lập Ban Tổ chức, ban hành Điều lệ Hội khỏe Phù Đổng.
~ \uf02d Phối hợp với Sở Văn hóa, Thể thao và Du lịch bố trí trọng tài, địa điểm thi đấu.
\uf0b7 Văn phòng Sở:
~ \uf02d Bảo đảm cơ sở vật chất, khánh tiết, công tác thông tin tuyên truyền.
\uf0b7 Phòng Kế hoạch - Tài chính:
~ \uf02d Thẩm định dự toán, hướng dẫn thanh quyết toán kinh phí tổ chức.
\uf0b7 Các trường THPT, trung tâm GDNN-GDTX:
~ \uf02d Tổ chức Hội khỏe Phù Đổng cấp trường; đăng ký đoàn vận động viên về Sở (qua Phòng Chính trị, tư tưởng và Công tác học sinh) trước ngày 15/02/2026.
""", expect=[
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", E), ("Phòng Chính trị, tư tưởng và Công tác học sinh", L),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", R),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", C, {"optional": True}),
    ("Sở Văn hóa, Thể thao và Du lịch", C),
    ("Văn phòng Sở", E),
    ("Phòng Kế hoạch - Tài chính", E),
    ("Các trường THPT", E), ("trung tâm GDNN-GDTX", E),
    ("Sở", R, {"optional": True}),
])
# Note 14: Word symbol bullets as pypdfium2 gives them (U+F0B7 for units, U+F02D for tasks).
# The Phòng's own "Phối hợp với" line gives it coordinate (optional: under a unit that also leads).

CASES["15"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 530/KH-SGDĐT Tân Giang, ngày 15 tháng 10 năm 2025
KẾ HOẠCH
Nâng cao chất lượng dạy học ngoại ngữ giai đoạn 2025 - 2030
I. MỤC TIÊU
~ Đến năm 2030, 80% học sinh lớp 12 đạt trình độ bậc 3 theo Khung năng lực ngoại ngữ 6 bậc.
II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
TT
Nội dung nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian
hoàn thành
1
Rà soát, bổ sung đội ngũ giáo
viên ngoại ngữ các cấp học
Phòng TCCB
Phòng GDTrH;
Phòng GDMN-TH
Quý I/2026
2
Bồi dưỡng năng lực ngoại ngữ
cho giáo viên
Phòng GDTrH
Trường Cao đẳng Sư
phạm Tân Giang
2026 - 2028
3
Trang bị phòng học ngoại ngữ
chuyên dụng
Phòng KHTC
Các trường THPT,
THCS&THPT
Hằng năm
4
Khảo sát, đánh giá năng lực
ngoại ngữ học sinh lớp 12
Phòng QLCL
Phòng GDTrH; các
trung tâm GDNN-
GDTX
Tháng 4 hằng
năm
5
Tổ chức câu lạc bộ, ngày hội
ngoại ngữ
Các trường THPT
Đoàn trường; Ban
đại diện CMHS
Hằng năm
III. TỔ CHỨC THỰC HIỆN
~ Phòng Giáo dục Trung học là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Giám đốc Sở trước ngày 15/12 hằng năm.
""", expect=[
    ("Phòng TCCB", L), ("Phòng GDTrH", C), ("Phòng GDMN-TH", C),
    ("Phòng GDTrH", L),
    ("Trường Cao đẳng Sư phạm Tân Giang", C),
    ("Phòng KHTC", L), ("Các trường THPT, THCS&THPT", C, {"printed_as": ["Các trường THPT"]}),
    ("Phòng QLCL", L), ("các trung tâm GDNN-GDTX", C),
    ("Các trường THPT", L),
    ("Đoàn trường", C), ("Ban đại diện CMHS", C),
    ("Phòng Giáo dục Trung học", L), ("Phòng Giáo dục Trung học", M),
    ("Phòng Giáo dục Trung học", E, {"optional": True}),
    ("Giám đốc Sở", R),
])
# Note 15: "Phòng GDTrH" and "Phòng Giáo dục Trung học" are distinct printed names; matching by
# name keeps them apart (lead of both: one in the table, one in §III).

CASES["16"] = dict(width=80, src="""
UBND HUYỆN ĐÔNG SƠN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/KH-PGDĐT Đông Sơn, ngày 09 tháng 10 năm 2024
KẾ HOẠCH
Duy trì, nâng cao chất lượng phổ cập giáo dục năm 2025
I. MỤC TIÊU
~ Duy trì 100% xã, thị trấn đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.
II. TỔ CHỨC THỰC HIỆN
1. Bộ phận chuyên môn Mầm non
~ Hướng dẫn các trường mầm non điều tra, cập nhật dữ liệu phổ cập; kiểm tra hồ sơ phổ cập các xã, thị trấn.
2. Bộ phận chuyên môn Tiểu học, Trung học cơ sở
~ Chủ trì tham mưu Lãnh đạo Phòng tổ chức tự kiểm tra công nhận phổ cập cấp huyện; tổng hợp, báo cáo Sở Giáo dục và Đào tạo.
3. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở
~ Phân công giáo viên điều tra, cập nhật số liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo dục; báo cáo về Phòng GDĐT (qua bộ phận Tiểu học, Trung học cơ sở) trước ngày 20/11/2024.
4. Đề nghị Ủy ban nhân dân các xã, thị trấn
~ Kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã, thị trấn; chỉ đạo Công chức Văn hóa - Xã hội, Trưởng thôn, Tổ trưởng tổ dân phố phối hợp với nhà trường điều tra phổ cập.
""", expect=[
    ("Bộ phận chuyên môn Mầm non", E), ("Bộ phận chuyên môn Mầm non", M),
    ("Bộ phận chuyên môn Tiểu học, Trung học cơ sở", E), ("Bộ phận chuyên môn Tiểu học, Trung học cơ sở", L),
    ("Bộ phận chuyên môn Tiểu học, Trung học cơ sở", R, {"printed_as": ["bộ phận Tiểu học, Trung học cơ sở"]}),
    ("Sở Giáo dục và Đào tạo", R),
    ("Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở", E),
    ("Phòng GDĐT", R),
    ("Ủy ban nhân dân các xã, thị trấn", E),
    ("Công chức Văn hóa - Xã hội", E), ("Công chức Văn hóa - Xã hội", C),
    ("Trưởng thôn", E), ("Trưởng thôn", C),
    ("Tổ trưởng tổ dân phố", E), ("Tổ trưởng tổ dân phố", C),
    ("nhà trường", C, {"optional": True}),
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã, thị trấn", E, {"optional": True}),
    ("các trường mầm non", E, {"optional": True}),
])
# Note 16: "các trường mầm non" after "Hướng dẫn" -> optional execute left out (guided, not told).

CASES["17"] = dict(width=80, src="""
ỦY BAN NHÂN DÂN
XÃ TÂN LẠC ĐÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 58/KH-UBND Tân Lạc Đông, ngày 14 tháng 01 năm 2026
KẾ HOẠCH
Phổ cập giáo dục, xóa mù chữ trên địa bàn xã năm 2026
I. MỤC TIÊU
~ Duy trì chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học mức độ 3; phổ cập giáo dục trung học cơ sở mức độ 2; xóa mù chữ mức độ 2.
II. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã
~ Chỉ đạo, kiểm tra, đôn đốc các thành viên, các trường thực hiện Kế hoạch; giao Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ đạo.
2. Phòng Văn hóa - Xã hội
~ Tham mưu Ủy ban nhân dân xã tổ chức điều tra, cập nhật số liệu phổ cập; hoàn thiện hồ sơ đề nghị Sở Giáo dục và Đào tạo kiểm tra công nhận; phối hợp với Công an xã đối chiếu dữ liệu dân cư.
3. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã
~ Phân công giáo viên phụ trách các thôn điều tra hộ gia đình; huy động trẻ ra lớp, duy trì sĩ số; mở lớp xóa mù chữ khi có đủ học viên.
4. Công an xã
~ Cung cấp số liệu dân cư theo độ tuổi phục vụ công tác điều tra phổ cập.
5. Trưởng các thôn
~ Phối hợp với giáo viên điều tra, vận động trẻ trong độ tuổi đến trường.
6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã
~ Tuyên truyền, vận động hội viên, đoàn viên đưa con em đến trường; Hội Khuyến học xã vận động khen thưởng học sinh nghèo vượt khó.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Đảng ủy xã (b/c); KT. CHỦ TỊCH
- TT HĐND xã (b/c); PHÓ CHỦ TỊCH
- Như mục II;
- Lưu: VT, VHXH.
Lý Thị Mai
""", expect=[
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã", E), ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã", M),
    ("Phòng Văn hóa - Xã hội", L), ("Phòng Văn hóa - Xã hội", E), ("Phòng Văn hóa - Xã hội", C),
    ("Công an xã", C), ("Công an xã", E),
    ("Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã", E,
     {"printed_as": ["Các trường mầm non, tiểu học, trung học cơ sở"]}),
    ("Trưởng các thôn", E), ("Trưởng các thôn", C),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", E),
    ("các tổ chức chính trị - xã hội xã", E),
    ("Hội Khuyến học xã", E),
    ("Sở Giáo dục và Đào tạo", E, {"optional": True}),
])
# Note 17: "Ủy ban nhân dân xã" after "Tham mưu" is the body helped.  "giáo viên" (5.) is no unit.

CASES["18"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1290/QĐ-SGDĐT Tân Giang, ngày 05 tháng 9 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
~ Căn cứ Quyết định số 18/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Tân Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;
~ Theo đề nghị của Trưởng phòng Giáo dục Trung học.
QUYẾT ĐỊNH:
~ Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026.
~ Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
~ Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT, THCS&THPT, Giám đốc Trung tâm GDNN-GDTX các khu vực và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận: GIÁM ĐỐC
- Như Điều 3;
- Bộ GDĐT (b/c);
- Lưu: VT, GDTrH.
Nguyễn Hữu Phước
2
KẾ HOẠCH
Thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026
(Kèm theo Quyết định số 1290/QĐ-SGDĐT ngày 05/9/2025 của Giám đốc Sở GDĐT)
I. NHIỆM VỤ CHUNG
~ Thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp; đổi mới kiểm tra, đánh giá.
II. TỔ CHỨC THỰC HIỆN
~ 1. Phòng Giáo dục Trung học chủ trì hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; phối hợp với Phòng Quản lý chất lượng chỉ đạo tổ chức kiểm tra, đánh giá định kỳ.
~ 2. Phòng Tổ chức cán bộ tham mưu bố trí đủ giáo viên các môn học; Phòng Kế hoạch - Tài chính tham mưu bảo đảm kinh phí mua sắm thiết bị dạy học tối thiểu.
~ 3. Các trường THPT, THCS&THPT, Trung tâm GDNN-GDTX các khu vực xây dựng kế hoạch giáo dục nhà trường, gửi Sở (qua Phòng Giáo dục Trung học) trước ngày 30/9/2025.
""", expect=[
    ("Chánh Văn phòng", E), ("Trưởng các phòng thuộc Sở", E),
    ("Hiệu trưởng các trường THPT, THCS&THPT", E, {"printed_as": ["Hiệu trưởng các trường THPT"]}),
    ("Giám đốc Trung tâm GDNN-GDTX các khu vực", E),
    ("Phòng Giáo dục Trung học", E), ("Phòng Giáo dục Trung học", L), ("Phòng Giáo dục Trung học", M),
    ("Phòng Giáo dục Trung học", R),
    ("Phòng Quản lý chất lượng", C),
    ("Phòng Tổ chức cán bộ", L), ("Phòng Tổ chức cán bộ", E, {"optional": True}),
    ("Phòng Kế hoạch - Tài chính", L), ("Phòng Kế hoạch - Tài chính", E, {"optional": True}),
    ("Các trường THPT, THCS&THPT", E, {"printed_as": ["Các trường THPT"]}),
    ("Trung tâm GDNN-GDTX các khu vực", E),
    ("Sở", R, {"optional": True}),
])
# Note 18: "Trưởng phòng Giáo dục Trung học" in "Theo đề nghị của" is no task.  "THCS&THPT" is one
# kind of school (inter-level), so "Các trường THPT, THCS&THPT" is one class.

CASES["19"] = dict(width=80, src="""
PHÒNG GD&ĐT THÀNH PHỐ TÂN GIANG
TRƯỜNG THCS HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 51/KH-THCSHB Tân Giang, ngày 16 tháng 9 năm 2024
KẾ HOẠCH
Phối hợp giữa nhà trường, gia đình và xã hội năm học 2024 - 2025
~ Trong Kế hoạch này, các từ viết tắt được hiểu như sau: GVCN là giáo viên chủ nhiệm; GVBM là giáo viên bộ môn; CMHS là cha mẹ học sinh; TPT Đội là Tổng phụ trách Đội.
I. MỤC ĐÍCH, YÊU CẦU
~ Tăng cường mối liên hệ giữa nhà trường với gia đình học sinh và chính quyền địa phương.
II. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu
~ - Chỉ đạo chung; chủ trì họp CMHS đầu năm, cuối năm; kiểm tra việc thực hiện của GVCN.
2. GVCN
~ - Lập sổ liên lạc điện tử với CMHS; phối hợp với GVBM, TPT Đội giáo dục học sinh; báo cáo Ban Giám hiệu những trường hợp học sinh nghỉ học nhiều.
3. GVBM
~ - Thông tin kịp thời cho GVCN về kết quả học tập của học sinh.
4. TPT Đội
~ - Phối hợp với Công an phường Hòa Bình tuyên truyền phòng, chống tệ nạn xã hội.
5. Ban đại diện CMHS
~ - Phối hợp với nhà trường vận động CMHS quản lý con em; tham gia giám sát các khoản thu, chi theo quy định.
Nơi nhận: HIỆU TRƯỞNG
- Phòng GD&ĐT (b/c);
- Ban đại diện CMHS;
- Lưu: VT.
Võ Thành Công
""", expect=[
    ("Ban Giám hiệu", E), ("Ban Giám hiệu", L), ("Ban Giám hiệu", M), ("Ban Giám hiệu", R),
    ("GVCN", E), ("GVCN", C, {"optional": True}),
    ("GVBM", E), ("GVBM", C),
    ("TPT Đội", E), ("TPT Đội", C),
    ("Công an phường Hòa Bình", C),
    ("Ban đại diện CMHS", E), ("Ban đại diện CMHS", C), ("Ban đại diện CMHS", M, {"optional": True}),
    ("nhà trường", C, {"optional": True}),
    ("CMHS", E, {"optional": True}),
])
# Note 19: printed_as would take the long forms; the annotator writes the printed abbreviations.
# GVCN "phối hợp với GVBM, TPT Đội" -> GVCN is the subject of "phối hợp" (coordinate, optional).

CASES["20"] = dict(width=80, src="""
SỞ GD&ĐT TÂN GIANG
TRƯỜNG THPT NAM HÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 118/KH-THPTNH Nam Hà, ngày 25 tháng 9 năm 2025
KẾ HOẠCH
Ôn tập, tổ chức thi tốt nghiệp THPT năm 2026
I. MỤC TIÊU
~ Tỷ lệ học sinh tốt nghiệp THPT đạt 99% trở lên.
II. LỊCH THỰC HIỆN
TT Thời gian Nội dung công việc
Người thực
hiện
Ghi chú
1
Tháng 10/2025
Xây dựng kế hoạch ôn tập, phân công
giáo viên
Phó Hiệu trưởng
phụ trách chuyên môn
2
Tháng 11/2025 -
tháng 5/2026
Dạy ôn tập theo thời khóa biểu
Giáo viên bộ môn
khối 12
3
Tháng 3/2026
Tổ chức thi thử lần 1
Phó Hiệu trưởng
phụ trách chuyên môn
Tổ trưởng chuyên môn
Thư ký hội đồng
Theo đề của Sở
4
Tháng 4/2026
Họp cha mẹ học sinh khối 12, tư vấn
chọn tổ hợp bài thi
Giáo viên chủ nhiệm
khối 12
Ban đại diện cha mẹ
học sinh
5
Tháng 5/2026
Hoàn thiện hồ sơ đăng ký dự thi
Văn thư
Giáo viên chủ nhiệm
III. TỔ CHỨC THỰC HIỆN
~ Hiệu trưởng chịu trách nhiệm chung; các bộ phận, cá nhân được phân công thực hiện theo lịch.
HIỆU TRƯỞNG
Nơi nhận:
- Sở GDĐT (b/c);
- Lưu: VT.
Lương Văn Khải
""", expect=[
    ("Phó Hiệu trưởng phụ trách chuyên môn", E),
    ("Giáo viên bộ môn khối 12", E),
    ("Tổ trưởng chuyên môn", E), ("Thư ký hội đồng", E),
    ("Giáo viên chủ nhiệm khối 12", E),
    ("Ban đại diện cha mẹ học sinh", E),
    ("Văn thư", E), ("Giáo viên chủ nhiệm", E),
    ("Hiệu trưởng", E),
])
# Note 20: "Theo đề của Sở" is the note column.
