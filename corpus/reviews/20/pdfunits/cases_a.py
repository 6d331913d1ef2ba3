# Cases 01-10. Expectations written before any run of the program.
E, L, C, M, R = "execute", "lead", "coordinate", "monitor", "report"

CASES = {}

CASES["01"] = dict(width=82, src="""
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
BAN THƯỜNG VỤ TỈNH ĐOÀN
TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/KHLT-SGDĐT-TĐTN Tân Giang, ngày 18 tháng 9 năm 2025
KẾ HOẠCH LIÊN TỊCH
Tổ chức Hội thi Tin học trẻ tỉnh Tân Giang lần thứ XV, năm 2026
~ Căn cứ Chương trình phối hợp số 27/CTPH-SGDĐT-TĐTN ngày 05/3/2024 giữa Sở Giáo dục và Đào tạo và Tỉnh Đoàn Tân Giang giai đoạn 2024 - 2027; Sở Giáo dục và Đào tạo và Ban Thường vụ Tỉnh Đoàn thống nhất ban hành Kế hoạch liên tịch tổ chức Hội thi Tin học trẻ tỉnh Tân Giang lần thứ XV, năm 2026, như sau:
I. MỤC ĐÍCH, YÊU CẦU
~ 1. Phát hiện, bồi dưỡng học sinh có năng khiếu tin học; tuyển chọn đội tuyển tham gia Hội thi toàn quốc.
~ 2. Hội thi được tổ chức nghiêm túc, an toàn, tiết kiệm.
II. ĐỐI TƯỢNG, THỜI GIAN
~ 1. Đối tượng: học sinh đang học tại các trường tiểu học, THCS, THPT trên địa bàn tỉnh.
~ 2. Vòng chung khảo: dự kiến tổ chức trong tháng 4/2026 tại Trường THPT chuyên Tân Giang.
2
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
~ - Chủ trì, phối hợp với Tỉnh Đoàn xây dựng thể lệ Hội thi; thành lập Ban Tổ chức, Ban Giám khảo Hội thi.
~ - Chỉ đạo các trường THPT, trung tâm GDNN-GDTX tổ chức vòng sơ khảo cấp trường và cử thí sinh dự thi vòng chung khảo.
~ - Giao Phòng Giáo dục Trung học làm đầu mối theo dõi, tổng hợp kết quả vòng sơ khảo.
2. Tỉnh Đoàn
~ - Phối hợp với Sở Giáo dục và Đào tạo tổ chức vòng chung khảo; giao Ban Phong trào Tỉnh Đoàn là bộ phận thường trực của Ban Tổ chức Hội thi.
~ - Vận động tài trợ giải thưởng; tuyên truyền về Hội thi trên trang thông tin điện tử của Tỉnh Đoàn.
3. Các trường THPT, trung tâm GDNN-GDTX
~ - Tổ chức vòng sơ khảo cấp trường trước ngày 15/3/2026; gửi danh sách thí sinh về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) trước ngày 20/3/2026.
4. Đoàn trường THPT
~ - Phối hợp với Ban Giám hiệu nhà trường tuyên truyền, vận động đoàn viên, học sinh tham gia Hội thi.
~ Trên đây là Kế hoạch liên tịch tổ chức Hội thi Tin học trẻ tỉnh Tân Giang lần thứ XV, năm 2026./.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN KT. GIÁM ĐỐC
PHÓ BÍ THƯ PHÓ GIÁM ĐỐC
Lò Thị Hạnh Vũ Đức Thiện
Nơi nhận:
- Bộ GDĐT (b/c);
- Trung ương Đoàn (b/c);
- UBND tỉnh (b/c);
- Các trường THPT, TT GDNN-GDTX;
- Lưu: VT, GDTrH, VP TĐ.
""", expect=[
    ("Sở Giáo dục và Đào tạo", E), ("Sở Giáo dục và Đào tạo", L), ("Sở Giáo dục và Đào tạo", C),
    ("Sở Giáo dục và Đào tạo", R),
    ("Tỉnh Đoàn", E), ("Tỉnh Đoàn", C),
    ("các trường THPT", E), ("trung tâm GDNN-GDTX", E),
    ("Phòng Giáo dục Trung học", L), ("Phòng Giáo dục Trung học", M, {"optional": True}),
    ("Phòng Giáo dục Trung học", R),
    ("Ban Phong trào Tỉnh Đoàn", L),
    ("Đoàn trường THPT", E), ("Đoàn trường THPT", C, {"optional": True}),
    ("Ban Giám hiệu nhà trường", C, {"printed_as": ["Ban Giám hiệu"]}),
])
# Note 01: "Sở GDĐT" coordinate comes from "Phối hợp với Sở Giáo dục và Đào tạo" under Tỉnh Đoàn.

CASES["02"] = dict(width=80, src="""
SỞ GD&ĐT TÂN GIANG
TRƯỜNG THPT HÒA LĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 86/KH-THPTHL Hòa Lĩnh, ngày 12 tháng 9 năm 2025
KẾ HOẠCH
Tổ chức hoạt động trải nghiệm, hướng nghiệp năm học 2025 - 2026
~ Căn cứ Kế hoạch số 355/KH-SGDĐT ngày 28/8/2025 của Sở Giáo dục và Đào tạo Tân Giang về thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026; Trường THPT Hòa Lĩnh xây dựng Kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp năm học 2025 - 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
~ Giúp học sinh hình thành năng lực định hướng nghề nghiệp; gắn hoạt động với thực tiễn địa phương.
II. NỘI DUNG, HÌNH THỨC
~ 1. Sinh hoạt dưới cờ, sinh hoạt lớp theo chủ đề hằng tháng.
~ 2. Tham quan cơ sở sản xuất, làng nghề; ngày hội tư vấn tuyển sinh.
III. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu
~ - Hiệu trưởng: Phê duyệt kế hoạch; chỉ đạo chung; bố trí kinh phí tổ chức các hoạt động.
~ - Phó Hiệu trưởng phụ trách chuyên môn: Chủ trì xây dựng chủ đề hoạt động từng tháng; kiểm tra, đôn đốc giáo viên chủ nhiệm thực hiện.
~ - Phó Hiệu trưởng phụ trách cơ sở vật chất: Bảo đảm phương tiện, địa điểm, an toàn cho học sinh khi tham quan.
2. Tổ chuyên môn
~ - Lồng ghép nội dung hướng nghiệp vào bài dạy các môn học; đề xuất chủ đề phù hợp với từng khối lớp.
3. Giáo viên chủ nhiệm
~ - Tổ chức sinh hoạt lớp theo chủ đề; theo dõi, đánh giá sự tham gia của học sinh; phối hợp với cha mẹ học sinh quản lý học sinh trong các buổi tham quan.
4. Đoàn trường
~ - Phối hợp với giáo viên chủ nhiệm tổ chức sinh hoạt dưới cờ; tổ chức ngày hội tư vấn tuyển sinh.
5. Ban đại diện cha mẹ học sinh
~ - Vận động cha mẹ học sinh hỗ trợ kinh phí, phương tiện cho các buổi tham quan, trải nghiệm.
~ Các bộ phận báo cáo kết quả thực hiện về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 25 hằng tháng.
Nơi nhận: HIỆU TRƯỞNG
- Sở GDĐT (b/c);
- Các tổ chuyên môn, Đoàn trường (t/h);
- Lưu: VT.
Trần Quang Vinh
""", expect=[
    ("Ban Giám hiệu", E),
    ("Hiệu trưởng", E),
    ("Phó Hiệu trưởng phụ trách chuyên môn", E), ("Phó Hiệu trưởng phụ trách chuyên môn", L),
    ("Phó Hiệu trưởng phụ trách chuyên môn", M), ("Phó Hiệu trưởng phụ trách chuyên môn", R),
    ("Phó Hiệu trưởng phụ trách cơ sở vật chất", E),
    ("Tổ chuyên môn", E),
    ("Giáo viên chủ nhiệm", E), ("Giáo viên chủ nhiệm", C),
    ("cha mẹ học sinh", C, {"optional": True}),
    ("Đoàn trường", E), ("Đoàn trường", C),
    ("Ban đại diện cha mẹ học sinh", E),
])
# Note 02: GVCN's "theo dõi, đánh giá sự tham gia của học sinh" is not monitoring of others' work.
# GVCN coordinate: object of "Phối hợp với giáo viên chủ nhiệm" under Đoàn trường.

CASES["03"] = dict(width=80, src="""
PHÒNG GD&ĐT HUYỆN TÂN PHÚ
TRƯỜNG THCS TÂN PHÚ ĐÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-THCSTPĐ Tân Phú Đông, ngày 05 tháng 9 năm 2024
KẾ HOẠCH
Bồi dưỡng học sinh giỏi năm học 2024 - 2025
I. MỤC TIÊU
~ Phát hiện, bồi dưỡng học sinh có năng khiếu các môn văn hóa tham dự kỳ thi chọn học sinh giỏi cấp huyện, cấp tỉnh.
II. LỊCH THỰC HIỆN
TT
Thời gian
Nội dung công việc
Đơn vị/Người thực hiện
Ghi chú
1
Tháng 9/2024
Khảo sát, chọn học sinh vào đội tuyển các môn
Tổ trưởng chuyên môn
2
Tháng 9/2024
Phân công giáo viên bồi dưỡng; xếp thời khóa biểu
bồi dưỡng
Phó Hiệu trưởng
phụ trách chuyên
môn
3
Từ tháng 10/2024
đến tháng 12/2024
Dạy bồi dưỡng theo thời khóa biểu
Giáo viên bồi dưỡng
Chiều thứ 3,
thứ 5
4
Tháng 12/2024
Thi thử chọn đội tuyển dự thi cấp huyện
Tổ Toán - Tin, Tổ
Ngữ văn - Ngoại ngữ
5
Tháng 01/2025
Thông báo kết quả, động viên học sinh
Giáo viên chủ nhiệm
2
6
Tháng 01/2025
Chi trả chế độ bồi dưỡng cho giáo viên
Kế toán
7
Tháng 3/2025
Tổng kết, khen thưởng
Hiệu trưởng, Công
đoàn trường
III. TỔ CHỨC THỰC HIỆN
~ Các tổ chuyên môn, giáo viên được phân công căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về Hiệu trưởng sau mỗi đợt thi.
HIỆU TRƯỞNG
Nơi nhận:
- Phòng GDĐT (b/c);
- Lưu: VT.
Đỗ Thị Ngọc Lan
""", expect=[
    ("Tổ trưởng chuyên môn", E),
    ("Phó Hiệu trưởng phụ trách chuyên môn", E),
    ("Giáo viên bồi dưỡng", E),
    ("Tổ Toán - Tin", E), ("Tổ Ngữ văn - Ngoại ngữ", E),
    ("Giáo viên chủ nhiệm", E),
    ("Kế toán", E),
    ("Hiệu trưởng", E), ("Công đoàn trường", E),
    ("Các tổ chuyên môn", E),
    ("giáo viên được phân công", E, {"optional": True}),
    ("Hiệu trưởng", R),
])

CASES["04"] = dict(width=84, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 501/KH-SGDĐT Tân Giang, ngày 02 tháng 10 năm 2025
KẾ HOẠCH
Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Đánh giá kết quả dạy học, bồi dưỡng học sinh giỏi; chọn đội tuyển dự thi cấp quốc gia.
II. LỊCH CÔNG TÁC
TT Thời gian Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp
1 Trước 30/10/2025 Ban hành hướng dẫn tổ chức kỳ thi Phòng Quản lý chất lượng Văn phòng Sở
2
Trước
15/11/2025
Đăng ký dự thi trên hệ thống phần mềm quản lý thi
Các trường THPT,
trung tâm GDNN-
GDTX
Phòng Quản lý chất
lượng
3 Tháng 12/2025 Ra đề thi, in sao đề thi Phòng Quản lý chất lượng Công an tỉnh
4
Ngày
08/01/2026
Tổ chức coi thi tại các điểm thi
Hội đồng coi thi
Công an các xã,
phường nơi đặt
điểm thi; Trạm Y
tế xã, phường
5 Tháng 01/2026 Chấm thi, phúc khảo Phòng Quản lý chất lượng Thanh tra Sở
6 Tháng 02/2026 Công bố kết quả, khen thưởng Văn phòng Sở Phòng Giáo dục Trung học
III. TỔ CHỨC THỰC HIỆN
~ Trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX căn cứ Kế hoạch này tổ chức thực hiện./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nơi nhận:
- UBND tỉnh (b/c);
- Như mục III;
- Lưu: VT, QLCL.
Hà Minh Tuệ
""", expect=[
    ("Phòng Quản lý chất lượng", L), ("Phòng Quản lý chất lượng", C),
    ("Văn phòng Sở", C), ("Văn phòng Sở", L),
    ("Các trường THPT", L), ("trung tâm GDNN-GDTX", L),
    ("Công an tỉnh", C),
    ("Hội đồng coi thi", L),
    ("Công an các xã, phường nơi đặt điểm thi", C, {"printed_as": ["Công an các xã, phường"]}),
    ("Trạm Y tế xã, phường", C),
    ("Thanh tra Sở", C),
    ("Phòng Giáo dục Trung học", C),
    ("Trưởng các phòng thuộc Sở", E), ("Hiệu trưởng các trường THPT", E),
    ("Giám đốc các trung tâm GDNN-GDTX", E),
])

CASES["05"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 377/KH-SGDĐT Tân Giang, ngày 10 tháng 9 năm 2025
KẾ HOẠCH
Chuyển đổi số trong giáo dục và đào tạo năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, dạy học; số hóa hồ sơ, học bạ.
II. NHIỆM VỤ
~ 1. Triển khai học bạ số đối với 100% trường tiểu học, THCS, THPT.
~ 2. Kết nối cơ sở dữ liệu ngành với cơ sở dữ liệu quốc gia về dân cư.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở
~ - Chủ trì tham mưu Giám đốc Sở triển khai Kế hoạch; là đầu mối tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, UBND tỉnh.
~ - Quản trị, vận hành hệ thống quản lý văn bản và điều hành, cổng thông tin điện tử của Sở.
2. Phòng Giáo dục Mầm non
- Tiểu học
~ - Hướng dẫn các trường mầm non, tiểu học thực hiện học bạ số, sổ điểm điện tử.
3. Phòng Giáo dục Trung học
~ - Hướng dẫn các trường THCS, THPT triển khai học bạ số; phối hợp với Văn phòng Sở kiểm tra việc cập nhật dữ liệu.
3
4. Phòng Quản lý chất lượng
~ - Ứng dụng công nghệ thông tin trong tổ chức thi, đánh giá kiểm định chất lượng giáo dục.
5. Phòng Kế hoạch - Tài chính
~ - Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp giáo dục năm 2026.
6. Phòng Tổ chức cán bộ
~ - Cập nhật cơ sở dữ liệu đội ngũ cán bộ quản lý, giáo viên, nhân viên toàn ngành.
7. Các cơ sở giáo dục trực thuộc Sở
~ - Xây dựng kế hoạch chuyển đổi số của đơn vị; báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 15/12/2025.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nơi nhận:
- Bộ GDĐT (b/c);
- UBND tỉnh (b/c);
- Như mục III;
- Lưu: VT, VP.
Nguyễn Thị Phương Thảo
""", expect=[
    ("Văn phòng Sở", E), ("Văn phòng Sở", L), ("Văn phòng Sở", C), ("Văn phòng Sở", R),
    ("Bộ Giáo dục và Đào tạo", R), ("UBND tỉnh", R),
    ("Phòng Giáo dục Mầm non - Tiểu học", E),
    ("các trường mầm non, tiểu học", E, {"optional": True}),
    ("Phòng Giáo dục Trung học", E), ("Phòng Giáo dục Trung học", C), ("Phòng Giáo dục Trung học", M),
    ("các trường THCS, THPT", E, {"optional": True}),
    ("Phòng Quản lý chất lượng", E),
    ("Phòng Kế hoạch - Tài chính", E), ("Phòng Kế hoạch - Tài chính", L),
    ("Phòng Tổ chức cán bộ", E),
    ("Các cơ sở giáo dục trực thuộc Sở", E),
    ("Sở", R, {"optional": True}),
])
# Note 05: "Giám đốc Sở" after "tham mưu" is the body helped, no role.  Phòng GDTrH "phối hợp với
# Văn phòng Sở kiểm tra việc cập nhật dữ liệu" -> coordinate (subject) + monitor (checking work).

CASES["06"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 420/KH-SGDĐT Tân Giang, ngày 22 tháng 9 năm 2025
KẾ HOẠCH
Nâng cao chất lượng giáo dục thường xuyên giai đoạn 2025 - 2027
~ Thực hiện Kế hoạch số 188/KH-UBND ngày 14/7/2025 của UBND tỉnh Tân Giang, Sở Giáo dục và Đào tạo (GDĐT) ban hành Kế hoạch nâng cao chất lượng giáo dục thường xuyên (GDTX) giai đoạn 2025 - 2027 như sau:
I. MỤC TIÊU
~ Đến năm 2027, 95% học viên lớp 12 GDTX tốt nghiệp trung học phổ thông.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục thường xuyên
~ - Là cơ quan thường trực giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; phối hợp với Phòng GDTrH, Phòng QLCL hướng dẫn kiểm tra, đánh giá học viên.
2. Phòng Kế hoạch - Tài chính (KHTC)
~ - Phối hợp với Phòng GDTX tham mưu bố trí kinh phí mua sắm thiết bị cho các trung tâm GDNN-GDTX.
3. Các trung tâm GDNN-GDTX
~ - Xây dựng kế hoạch của đơn vị; phối hợp với Ủy ban nhân dân các xã, phường nơi đặt trụ sở vận động người học ra lớp.
~ - Định kỳ 6 tháng báo cáo kết quả về Sở GDĐT (qua Phòng GDTX).
4. Đề nghị Ủy ban nhân dân các xã, phường
~ - Chỉ đạo Phòng Văn hóa - Xã hội, Hội Khuyến học xã, phường phối hợp với các trung tâm GDNN-GDTX huy động người học.
Nơi nhận:
- UBND tỉnh (b/c);
- Như mục II;
- Lưu: VT, GDTX.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Toàn
""", expect=[
    ("Phòng Giáo dục thường xuyên", E), ("Phòng Giáo dục thường xuyên", L),
    ("Phòng Giáo dục thường xuyên", M), ("Phòng Giáo dục thường xuyên", C),
    ("Phòng GDTX", C, {"printed_as": ["Phòng Giáo dục thường xuyên"]}),
    ("Phòng GDTX", R, {"printed_as": ["Phòng Giáo dục thường xuyên"]}),
    ("Phòng GDTrH", C), ("Phòng QLCL", C),
    ("Phòng Kế hoạch - Tài chính", E, {"printed_as": ["Phòng Kế hoạch - Tài chính (KHTC)"]}),
    ("Phòng Kế hoạch - Tài chính", C, {"printed_as": ["Phòng Kế hoạch - Tài chính (KHTC)"]}),
    ("Phòng Kế hoạch - Tài chính", L, {"printed_as": ["Phòng Kế hoạch - Tài chính (KHTC)"]}),
    ("Các trung tâm GDNN-GDTX", E), ("Các trung tâm GDNN-GDTX", C),
    ("Ủy ban nhân dân các xã, phường nơi đặt trụ sở", C, {"printed_as": ["Ủy ban nhân dân các xã, phường"]}),
    ("Sở GDĐT", R),
    ("Ủy ban nhân dân các xã, phường", E),
    ("Phòng Văn hóa - Xã hội", E), ("Phòng Văn hóa - Xã hội", C),
    ("Hội Khuyến học xã, phường", E), ("Hội Khuyến học xã, phường", C),
])
# Note 06: "Phòng GDTX" (coordinate, report) is the same unit as the heading; the scorer merges
# (unit, role) pairs by name, so they are listed as separate pairs only where the role is new:
# coordinate of Phòng GDTX comes from "Phối hợp với Phòng GDTX" (Phòng KHTC's task) and its own
# "phối hợp với"; one pair each.

CASES["07"] = dict(width=82, src="""
SỞ Y TẾ TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 96/KHLT-SYT-SGDĐT Tân Giang, ngày 25 tháng 8 năm 2025
KẾ HOẠCH LIÊN TỊCH
Triển khai công tác y tế trường học năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Bảo vệ, chăm sóc sức khỏe học sinh; phòng, chống dịch bệnh trong trường học.
II. CHỈ TIÊU
~ - 100% trường học có nhân viên làm công tác y tế trường học.
~ - Trên 95% học sinh được khám sức khỏe định kỳ.
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Y tế
~ a) Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh:
~ - Chủ trì, phối hợp với Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên (Sở Giáo dục và Đào tạo) tập huấn chuyên môn y tế trường học cho nhân viên y tế trường học.
~ - Giám sát phòng, chống dịch bệnh trong trường học.
~ b) Chỉ đạo các Trung tâm Y tế khu vực, Trạm Y tế các xã, phường phối hợp với các cơ sở giáo dục trên địa bàn tổ chức khám sức khỏe cho học sinh.
2. Sở Giáo dục và Đào tạo
~ a) Giao Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên là đầu mối phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh triển khai Kế hoạch.
~ b) Chỉ đạo các cơ sở giáo dục mầm non, phổ thông, trung tâm GDNN-GDTX:
~ + Bố trí nhân viên y tế trường học; bảo đảm phòng y tế theo quy định.
~ + Phối hợp với Trạm Y tế xã, phường nơi trường đóng chân tổ chức khám sức khỏe định kỳ.
2
3. Chế độ báo cáo
~ Các cơ sở giáo dục báo cáo kết quả công tác y tế trường học về Sở Giáo dục và Đào tạo; Trung tâm Y tế khu vực báo cáo về Sở Y tế (qua Trung tâm Kiểm soát bệnh tật tỉnh) trước ngày 30/5/2026.
KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO KT. GIÁM ĐỐC SỞ Y TẾ
PHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC
Nguyễn Văn Bảo Đinh Thị Hoa
Nơi nhận:
- UBND tỉnh (b/c);
- Như mục III;
- Lưu: VT SYT, VT SGDĐT.
""", expect=[
    ("Sở Y tế", E), ("Sở Y tế", R),
    ("Trung tâm Kiểm soát bệnh tật tỉnh", E), ("Trung tâm Kiểm soát bệnh tật tỉnh", L),
    ("Trung tâm Kiểm soát bệnh tật tỉnh", C), ("Trung tâm Kiểm soát bệnh tật tỉnh", R),
    ("Trung tâm Kiểm soát bệnh tật tỉnh", M, {"optional": True}),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên", C),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên", L),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên", E, {"optional": True}),
    ("các Trung tâm Y tế khu vực", E), ("các Trung tâm Y tế khu vực", C),
    ("Trạm Y tế các xã, phường", E), ("Trạm Y tế các xã, phường", C),
    ("Sở Giáo dục và Đào tạo", E), ("Sở Giáo dục và Đào tạo", R),
    ("các cơ sở giáo dục mầm non, phổ thông", E), ("trung tâm GDNN-GDTX", E),
    ("các cơ sở giáo dục mầm non, phổ thông", C, {"optional": True}),
    ("trung tâm GDNN-GDTX", C, {"optional": True}),
    ("Trạm Y tế xã, phường nơi trường đóng chân", C, {"printed_as": ["Trạm Y tế xã, phường"]}),
    ("các cơ sở giáo dục trên địa bàn", C, {"optional": True, "printed_as": ["các cơ sở giáo dục"]}),
    ("Các cơ sở giáo dục", E, {"optional": True}),
    ("Trung tâm Y tế khu vực", E, {"optional": True}),
])
# Note 07: Trung tâm Y tế khu vực in §3 is the same class as "các Trung tâm Y tế khu vực" (one
# entry by ratio); left optional.  The monitor of CDC ("Giám sát phòng, chống dịch bệnh") is disease
# surveillance, optional.

CASES["08"] = dict(width=80, src="""
CÔNG ĐOÀN GIÁO DỤC TỈNH
TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 19/KHLT-CĐN-SGDĐT Tân Giang, ngày 15 tháng 10 năm 2025
KẾ HOẠCH LIÊN TỊCH
Tổ chức phong trào thi đua “Dạy tốt - Học tốt” năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Phát huy vai trò của đội ngũ nhà giáo, người lao động trong việc nâng cao chất lượng giáo dục.
II. NỘI DUNG THI ĐUA
~ 1. Thi đua đổi mới phương pháp dạy học, kiểm tra, đánh giá.
~ 2. Thi đua xây dựng trường học an toàn, thân thiện.
III. TỔ CHỨC THỰC HIỆN
1. Công đoàn Giáo dục tỉnh
~ - Chủ trì hướng dẫn công đoàn cơ sở các đơn vị trực thuộc tổ chức phát động phong trào thi đua; phối hợp với Văn phòng Sở xét khen thưởng.
~ - Kiểm tra, giám sát việc tổ chức phong trào ở các công đoàn cơ sở.
2. Sở Giáo dục và Đào tạo
~ - Chỉ đạo Thủ trưởng các đơn vị trực thuộc phối hợp với Ban Chấp hành công đoàn cơ sở tổ chức phát động phong trào.
~ - Giao Văn phòng Sở (bộ phận Thi đua - Khen thưởng) tổng hợp, tham mưu Hội đồng Thi đua - Khen thưởng Sở khen thưởng các tập thể, cá nhân tiêu biểu.
3. Thủ trưởng các đơn vị trực thuộc Sở và Ban Chấp hành công đoàn cơ sở
~ - Đăng ký thi đua gửi về Công đoàn Giáo dục tỉnh trước ngày 30/10/2025; báo cáo sơ kết học kỳ I trước ngày 15/01/2026, tổng kết trước ngày 20/5/2026.
TM. BAN THƯỜNG VỤ
KT. GIÁM ĐỐC
CHỦ TỊCH
PHÓ GIÁM ĐỐC
Phan Thị Lệ Thu
Hoàng Ngọc Sơn
Nơi nhận:
- Công đoàn Giáo dục Việt Nam (b/c);
- LĐLĐ tỉnh (b/c);
- Các đơn vị trực thuộc;
- Lưu: VT.
""", expect=[
    ("Công đoàn Giáo dục tỉnh", E), ("Công đoàn Giáo dục tỉnh", L), ("Công đoàn Giáo dục tỉnh", C),
    ("Công đoàn Giáo dục tỉnh", M), ("Công đoàn Giáo dục tỉnh", R),
    ("công đoàn cơ sở các đơn vị trực thuộc", E, {"optional": True}),
    ("Văn phòng Sở", C), ("Văn phòng Sở", E), ("Văn phòng Sở", L),
    ("Sở Giáo dục và Đào tạo", E),
    ("Thủ trưởng các đơn vị trực thuộc", E, {"printed_as": ["Thủ trưởng các đơn vị trực thuộc Sở"]}),
    ("Thủ trưởng các đơn vị trực thuộc", C, {"printed_as": ["Thủ trưởng các đơn vị trực thuộc Sở"]}),
    ("Ban Chấp hành công đoàn cơ sở", C), ("Ban Chấp hành công đoàn cơ sở", E),
])
# Note 08: "Hội đồng Thi đua - Khen thưởng Sở" after "tham mưu" is the body helped (no role).

CASES["09"] = dict(width=80, src="""
ỦY BAN NHÂN DÂN
TỈNH TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 233/KH-UBND Tân Giang, ngày 20 tháng 3 năm 2026
KẾ HOẠCH
Tuyển sinh vào lớp 1, lớp 6 và lớp 10 năm học 2026 - 2027
I. MỤC ĐÍCH, YÊU CẦU
~ Bảo đảm 100% trẻ 6 tuổi được vào học lớp 1; tuyển sinh đúng quy chế, công khai, minh bạch.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
~ - Chủ trì, hướng dẫn Ủy ban nhân dân các xã, phường và các trường THPT, trường phổ thông dân tộc nội trú tổ chức tuyển sinh; thanh tra, kiểm tra công tác tuyển sinh.
~ - Tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 31/8/2026.
2. Công an tỉnh
~ - Chỉ đạo Công an các xã, phường phối hợp cung cấp thông tin cư trú của học sinh phục vụ tuyển sinh trực tuyến.
3. Ủy ban nhân dân các xã, phường
~ - Phê duyệt kế hoạch tuyển sinh lớp 1, lớp 6 của các trường mầm non, tiểu học, trung học cơ sở trên địa bàn; giao Phòng Văn hóa - Xã hội tham mưu phân tuyến tuyển sinh.
~ - Chỉ đạo các trường tiểu học, trung học cơ sở công khai chỉ tiêu, địa bàn tuyển sinh.
4. Các trường THPT, trường phổ thông dân tộc nội trú
~ - Thành lập Hội đồng tuyển sinh; tổ chức tuyển sinh theo phương án được duyệt; báo cáo Sở Giáo dục và Đào tạo.
""", expect=[
    ("Sở Giáo dục và Đào tạo", E), ("Sở Giáo dục và Đào tạo", L), ("Sở Giáo dục và Đào tạo", M),
    ("Sở Giáo dục và Đào tạo", R),
    ("Ủy ban nhân dân các xã, phường", E),
    ("các trường THPT", E), ("trường phổ thông dân tộc nội trú", E),
    ("Ủy ban nhân dân tỉnh", R),
    ("Công an tỉnh", E),
    ("Công an các xã, phường", E), ("Công an các xã, phường", C),
    ("Phòng Văn hóa - Xã hội", L), ("Phòng Văn hóa - Xã hội", E, {"optional": True}),
    ("các trường tiểu học, trung học cơ sở", E),
])
# Note 09: "Các trường THPT, trường phổ thông dân tộc nội trú" heading split into its two kinds.
# Sở GDĐT "thanh tra, kiểm tra công tác tuyển sinh" -> monitor of others' work.

CASES["10"] = dict(width=80, src="""
SỞ GD&ĐT TÂN GIANG
TRƯỜNG THPT NAM HÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 102/KH-THPTNH Nam Hà, ngày 18 tháng 9 năm 2025
KẾ HOẠCH
Kiểm tra nội bộ trường học năm học 2025 - 2026
I. MỤC ĐÍCH
~ Đánh giá việc thực hiện nhiệm vụ của các tổ, nhóm chuyên môn, giáo viên, nhân viên.
II. PHÂN CÔNG NHIỆM VỤ
1. Hiệu trưởng
~ - Trưởng ban kiểm tra nội bộ; chỉ đạo chung; kiểm tra công tác quản lý tài chính, tài sản.
2. Phó Hiệu trưởng phụ trách chuyên môn
~ - Phó Trưởng ban thường trực; kiểm tra hồ sơ chuyên môn, dự giờ giáo viên.
3. Tổ trưởng các tổ chuyên môn: Toán - Tin, Ngữ văn, Ngoại ngữ, Khoa học tự nhiên, Khoa học xã hội
~ - Kiểm tra chuyên đề giáo viên trong tổ theo lịch; báo cáo kết quả về Phó Hiệu trưởng phụ trách chuyên môn.
4. Tổ trưởng Tổ Văn phòng
~ - Kiểm tra hồ sơ của nhân viên văn thư, thủ quỹ, thiết bị, thư viện.
5. Ban Thanh tra nhân dân
~ - Giám sát việc thực hiện kế hoạch kiểm tra nội bộ, việc thực hiện quy chế dân chủ.
""", expect=[
    ("Hiệu trưởng", E), ("Hiệu trưởng", L, {"optional": True}), ("Hiệu trưởng", M),
    ("Phó Hiệu trưởng phụ trách chuyên môn", E), ("Phó Hiệu trưởng phụ trách chuyên môn", L),
    ("Phó Hiệu trưởng phụ trách chuyên môn", M), ("Phó Hiệu trưởng phụ trách chuyên môn", R),
    ("Tổ trưởng các tổ chuyên môn", E), ("Tổ trưởng các tổ chuyên môn", M),
    ("Tổ trưởng Tổ Văn phòng", E), ("Tổ trưởng Tổ Văn phòng", M),
    ("Ban Thanh tra nhân dân", E), ("Ban Thanh tra nhân dân", M),
])
# Note 10: Trưởng ban / Phó Trưởng ban thường trực of the inspection board -> lead (thường trực;
# the head of a committee "member_lead_positions").  "Kiểm tra" of staff work in an internal
# inspection plan is monitor (checking others' work).
