# Cases 21-32. Expectations written before any run of the program.
E, L, C, M, R = "execute", "lead", "coordinate", "monitor", "report"

CASES = {}

CASES["21"] = dict(width=82, src="""
CÔNG AN TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KHPH-CAT-SGDĐT Tân Giang, ngày 08 tháng 9 năm 2025
KẾ HOẠCH PHỐI HỢP
Tuyên truyền, giáo dục pháp luật về trật tự, an toàn giao thông trong trường học năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của học sinh.
II. TRÁCH NHIỆM CỦA MỖI BÊN
1. Công an tỉnh
~ a) Giao Phòng Cảnh sát giao thông chủ trì, phối hợp với Phòng Chính trị, tư tưởng và Công tác học sinh (Sở Giáo dục và Đào tạo) biên soạn tài liệu tuyên truyền.
~ b) Chỉ đạo Công an các xã, phường bố trí lực lượng bảo đảm trật tự trước cổng trường vào giờ tan học.
2. Sở Giáo dục và Đào tạo
~ a) Chỉ đạo Hiệu trưởng các trường THPT, trung tâm GDNN-GDTX tổ chức cho học sinh ký cam kết chấp hành Luật Trật tự, an toàn giao thông đường bộ.
~ b) Phối hợp với Phòng Cảnh sát giao thông tổ chức các buổi ngoại khóa.
III. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
~ Định kỳ 6 tháng, Phòng Cảnh sát giao thông và Phòng Chính trị, tư tưởng và Công tác học sinh trao đổi thông tin, tổng hợp kết quả báo cáo lãnh đạo hai ngành.
KT. GIÁM ĐỐC KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC
Đại tá Hồ Quang Tiến Trịnh Thị Mỹ Duyên
""", expect=[
    ("Công an tỉnh", E),
    ("Phòng Cảnh sát giao thông", L), ("Phòng Cảnh sát giao thông", C),
    ("Phòng Cảnh sát giao thông", E, {"optional": True}),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", C),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", E, {"optional": True}),
    ("Công an các xã, phường", E),
    ("Sở Giáo dục và Đào tạo", E), ("Sở Giáo dục và Đào tạo", C),
    ("Hiệu trưởng các trường THPT", E), ("trung tâm GDNN-GDTX", E,
     {"printed_as": ["Hiệu trưởng các trung tâm GDNN-GDTX", "Hiệu trưởng trung tâm GDNN-GDTX"]}),
])
# Note 21: the first column is Công an tỉnh's signature, the second the Sở's.

CASES["22"] = dict(width=80, src="""
SỞ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/KHLT-SLĐTBXH-SGDĐT Tân Giang, ngày 12 tháng 3 năm 2024
KẾ HOẠCH LIÊN TỊCH
Giáo dục hướng nghiệp và định hướng phân luồng học sinh sau trung học cơ sở năm 2024
I. MỤC TIÊU
~ Phấn đấu 30% học sinh tốt nghiệp trung học cơ sở tiếp tục học tập tại các cơ sở giáo dục nghề nghiệp.
II. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
~ - Giao Phòng Giáo dục nghề nghiệp chủ trì, phối hợp với Phòng Giáo dục Trung học (Sở Giáo dục và Đào tạo) tổ chức ngày hội tư vấn tuyển sinh; hướng dẫn các cơ sở giáo dục nghề nghiệp tuyển sinh.
~ - Chỉ đạo Trung tâm Dịch vụ việc làm tỉnh cung cấp thông tin thị trường lao động cho các trường.
2. Sở Giáo dục và Đào tạo
~ - Chỉ đạo Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố hướng dẫn các trường trung học cơ sở tổ chức tư vấn hướng nghiệp cho học sinh lớp 9.
~ - Phối hợp với Sở Lao động - Thương binh và Xã hội theo dõi, đánh giá kết quả phân luồng.
3. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố
~ Chỉ đạo Phòng Lao động - Thương binh và Xã hội, Phòng Giáo dục và Đào tạo phối hợp tổ chức phân luồng học sinh trên địa bàn; báo cáo kết quả về Sở Lao động - Thương binh và Xã hội và Sở Giáo dục và Đào tạo trước ngày 15/12/2024.
KT. GIÁM ĐỐC KT. GIÁM ĐỐC
SỞ GIÁO DỤC VÀ ĐÀO TẠO SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
PHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC
Nguyễn Thị Hồng Vân Phạm Đình Quý
""", expect=[
    ("Sở Lao động - Thương binh và Xã hội", E), ("Sở Lao động - Thương binh và Xã hội", C),
    ("Sở Lao động - Thương binh và Xã hội", R),
    ("Phòng Giáo dục nghề nghiệp", L), ("Phòng Giáo dục nghề nghiệp", E, {"optional": True}),
    ("Phòng Giáo dục Trung học", C),
    ("các cơ sở giáo dục nghề nghiệp", E, {"optional": True}),
    ("Trung tâm Dịch vụ việc làm tỉnh", E),
    ("Sở Giáo dục và Đào tạo", E), ("Sở Giáo dục và Đào tạo", C), ("Sở Giáo dục và Đào tạo", M),
    ("Sở Giáo dục và Đào tạo", R),
    ("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", E),
    ("các trường trung học cơ sở", E, {"optional": True}),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", E),
    ("Phòng Lao động - Thương binh và Xã hội", E), ("Phòng Lao động - Thương binh và Xã hội", C),
    ("Phòng Giáo dục và Đào tạo", E), ("Phòng Giáo dục và Đào tạo", C),
])

CASES["23"] = dict(width=80, src="""
SỞ GD&ĐT TÂN GIANG
TRƯỜNG THPT CHUYÊN TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 140/KH-THPTC Tân Giang, ngày 28 tháng 9 năm 2025
KẾ HOẠCH
Giáo dục nhà trường năm học 2025 - 2026
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
~ Căn cứ Kế hoạch số 355/KH-SGDĐT ngày 28/8/2025 của Sở Giáo dục và Đào tạo về nhiệm vụ giáo dục trung học năm học 2025 - 2026.
II. MỤC TIÊU
~ 100% học sinh lớp 12 tốt nghiệp THPT; có học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia.
III. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng
~ Chỉ đạo chung; phê duyệt kế hoạch giáo dục của các tổ chuyên môn; báo cáo Sở Giáo dục và Đào tạo theo quy định.
2. Phó Hiệu trưởng phụ trách chuyên môn
~ Chủ trì xây dựng thời khóa biểu, kế hoạch dạy học các môn; kiểm tra, đôn đốc các tổ chuyên môn thực hiện kế hoạch giáo dục.
Trường THPT Chuyên Tân Giang Kế hoạch giáo dục nhà trường năm học 2025 - 2026
8
3. Phó Hiệu trưởng phụ trách cơ sở vật chất, hoạt động ngoài giờ lên lớp
~ Bảo đảm phòng học bộ môn, thiết bị dạy học; phối hợp với Đoàn trường tổ chức các hoạt động trải nghiệm.
4. Tổ trưởng chuyên môn
~ Xây dựng kế hoạch giáo dục của tổ; phân công giáo viên dạy đội tuyển học sinh giỏi; sinh hoạt chuyên môn theo nghiên cứu bài học.
5. Tổ trưởng Tổ Văn phòng
~ Quản lý hồ sơ học sinh, hồ sơ thi; phối hợp với kế toán lập dự toán kinh phí.
6. Bí thư Đoàn trường
~ Tổ chức các hoạt động phong trào; phối hợp với giáo viên chủ nhiệm quản lý nề nếp học sinh.
""", expect=[
    ("Hiệu trưởng", E),
    ("Sở Giáo dục và Đào tạo", R),
    ("Phó Hiệu trưởng phụ trách chuyên môn", E), ("Phó Hiệu trưởng phụ trách chuyên môn", L),
    ("Phó Hiệu trưởng phụ trách chuyên môn", M),
    ("Phó Hiệu trưởng phụ trách cơ sở vật chất, hoạt động ngoài giờ lên lớp", E),
    ("Phó Hiệu trưởng phụ trách cơ sở vật chất, hoạt động ngoài giờ lên lớp", C, {"optional": True}),
    ("Đoàn trường", C),
    ("Tổ trưởng chuyên môn", E),
    ("Tổ trưởng Tổ Văn phòng", E), ("Tổ trưởng Tổ Văn phòng", C, {"optional": True}),
    ("kế toán", C),
    ("Bí thư Đoàn trường", E), ("Bí thư Đoàn trường", C, {"optional": True}),
    ("giáo viên chủ nhiệm", C),
])
# Note 23: a running header "Trường THPT Chuyên … Kế hoạch …" and the page number "8" at the top of
# page 8 fall between two unit headings.  "Trường THPT Chuyên Tân Giang" there is no unit.

CASES["24"] = dict(width=80, src="""
ĐOÀN TNCS HỒ CHÍ MINH TỈNH TÂN GIANG
BCH ĐOÀN TRƯỜNG THPT HÒA LĨNH
ĐOÀN TNCS HỒ CHÍ MINH
Hòa Lĩnh, ngày 02 tháng 10 năm 2025
Số: 12-KH/ĐTN
KẾ HOẠCH
Tổ chức Tháng thanh niên và các hoạt động chào mừng ngày 26/3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Giáo dục truyền thống, lý tưởng cách mạng cho đoàn viên; phát huy tinh thần xung kích của tuổi trẻ nhà trường.
II. NỘI DUNG
~ 1. Hội trại truyền thống; giải bóng đá nam học sinh.
~ 2. Hiến máu tình nguyện; trồng cây xanh trong khuôn viên trường.
III. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đoàn trường
~ - Tham mưu Ban Giám hiệu, Chi bộ nhà trường về nội dung hoạt động; chủ trì tổ chức hội trại.
~ - Phân công đồng chí Phó Bí thư Đoàn trường phụ trách giải bóng đá; phối hợp với Công đoàn trường vận động kinh phí.
2. Ban Chấp hành các chi đoàn
~ - Tuyên truyền, vận động đoàn viên tham gia; đăng ký danh sách về Ban Thường vụ Đoàn trường trước ngày 10/3/2026.
3. Đề nghị Ban Giám hiệu nhà trường
~ - Tạo điều kiện về thời gian, kinh phí; chỉ đạo giáo viên chủ nhiệm phối hợp với chi đoàn quản lý học sinh.
TM. BCH ĐOÀN TRƯỜNG
BÍ THƯ
Nơi nhận:
- Đoàn xã Hòa Lĩnh (b/c);
- Chi bộ, BGH (b/c);
- Các chi đoàn (t/h);
- Lưu: VP.
Mai Xuân Trường
""", expect=[
    ("Ban Thường vụ Đoàn trường", E), ("Ban Thường vụ Đoàn trường", L),
    ("Ban Thường vụ Đoàn trường", C, {"optional": True}), ("Ban Thường vụ Đoàn trường", R),
    ("Phó Bí thư Đoàn trường", E, {"printed_as": ["đồng chí Phó Bí thư Đoàn trường"]}),
    ("Công đoàn trường", C),
    ("Ban Chấp hành các chi đoàn", E),
    ("Ban Giám hiệu nhà trường", E),
    ("giáo viên chủ nhiệm", E), ("giáo viên chủ nhiệm", C),
    ("chi đoàn", C, {"optional": True}),
])
# Note 24: "Ban Giám hiệu, Chi bộ nhà trường" after "Tham mưu" are the bodies helped.

CASES["25"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 702/KH-SGDĐT Tân Giang, ngày 01 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức Cuộc thi Khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025 - 2026
I. MỤC ĐÍCH
~ Khuyến khích học sinh nghiên cứu khoa học, vận dụng kiến thức vào giải quyết vấn đề thực tiễn.
II. NỘI DUNG
~ 1. Vòng sơ loại: các đơn vị chấm chọn dự án gửi về Sở.
~ - Đơn vị chủ trì: Phòng Giáo dục Trung học; đơn vị phối hợp: Phòng Giáo dục thường xuyên, các trung tâm GDNN-GDTX.
~ - Thời gian: trước ngày 10/01/2026.
~ 2. Vòng chung kết: trưng bày, phỏng vấn dự án.
~ - Đơn vị chủ trì: Phòng Giáo dục Trung học; đơn vị phối hợp: Sở Khoa học và Công nghệ, Trường Đại học Tân Giang.
~ - Đơn vị thực hiện: Hội đồng giám khảo Cuộc thi.
~ 3. Khen thưởng, chọn dự án tham gia cuộc thi quốc gia.
~ - Đơn vị chủ trì: Văn phòng Sở (bộ phận Thi đua - Khen thưởng); đơn vị phối hợp: Phòng Kế hoạch - Tài chính.
III. TỔ CHỨC THỰC HIỆN
~ Các trường THPT, THCS&THPT và các trường THCS trực thuộc Ủy ban nhân dân các xã, phường tổ chức cuộc thi cấp trường; báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học).
""", expect=[
    ("Phòng Giáo dục Trung học", L), ("Phòng Giáo dục Thường xuyên", C),
    ("các trung tâm GDNN-GDTX", C),
    ("Sở Khoa học và Công nghệ", C), ("Trường Đại học Tân Giang", C),
    ("Hội đồng giám khảo Cuộc thi", E),
    ("Văn phòng Sở", L, {"printed_as": ["Văn phòng Sở (bộ phận Thi đua - Khen thưởng)"]}),
    ("Phòng Kế hoạch - Tài chính", C),
    ("Các trường THPT, THCS&THPT", E, {"printed_as": ["Các trường THPT"]}),
    ("các trường THCS trực thuộc Ủy ban nhân dân các xã, phường", E,
     {"printed_as": ["các trường THCS"]}),
    ("Phòng Giáo dục Trung học", R),
    ("Sở", R, {"optional": True}),
])

CASES["26"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 388/KH-SGDĐT Tân Giang, ngày 12 tháng 9 năm 2025
KẾ HOẠCH
Công tác pháp chế năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Nâng cao chất lượng xây dựng, kiểm tra, rà soát văn bản; phổ biến, giáo dục pháp luật trong ngành.
II. TỔ CHỨC THỰC HIỆN
1.
Văn phòng Sở
-
Là đầu mối tham mưu Giám đốc Sở triển khai công tác pháp chế; theo dõi, đôn đốc các phòng, đơn vị thực hiện.
-
Phối hợp với Sở Tư pháp tổ chức tập huấn cho cán bộ làm công tác pháp chế.
2.
Thanh tra Sở
-
Kiểm tra việc thực hiện pháp luật về giáo dục tại các cơ sở giáo dục.
3.
Các phòng chuyên môn thuộc Sở
-
Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực được phân công; gửi kết quả về Văn phòng Sở trước ngày 30/11/2026.
4.
Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX
-
Tổ chức phổ biến pháp luật cho cán bộ, giáo viên, học sinh.
""", expect=[
    ("Văn phòng Sở", E), ("Văn phòng Sở", L), ("Văn phòng Sở", M), ("Văn phòng Sở", C),
    ("Văn phòng Sở", R),
    ("Sở Tư pháp", C),
    ("Thanh tra Sở", E), ("Thanh tra Sở", M),
    ("Các phòng chuyên môn thuộc Sở", E),
    ("Hiệu trưởng các trường THPT", E), ("Giám đốc các trung tâm GDNN-GDTX", E),
])

CASES["27"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 66/KH-SGDĐT Tân Giang, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Giải quyết kịp thời, đúng pháp luật các khiếu nại, tố cáo thuộc thẩm quyền của Giám đốc Sở.
II. TỔ CHỨC THỰC HIỆN
~ 1. Giám đốc Sở trực tiếp tiếp công dân định kỳ vào ngày 15 hằng tháng; Phó Giám đốc Sở phụ trách khối giáo dục mầm non, tiểu học tiếp công dân thay khi Giám đốc Sở đi công tác.
~ 2. Chánh Văn phòng Sở chủ trì bố trí địa điểm, lịch tiếp công dân; phối hợp với Trưởng phòng Tổ chức cán bộ xác minh các đơn liên quan đến cán bộ, công chức.
~ 3. Trưởng các phòng chuyên môn thuộc Sở tham mưu Giám đốc Sở giải quyết các đơn thuộc lĩnh vực được phân công; báo cáo kết quả về Văn phòng Sở trước ngày 20 của tháng cuối quý.
~ 4. Thủ trưởng các cơ sở giáo dục trực thuộc Sở giải quyết khiếu nại, tố cáo thuộc thẩm quyền; tự kiểm tra việc thực hiện tại đơn vị.
""", expect=[
    ("Giám đốc Sở", E),
    ("Phó Giám đốc Sở phụ trách khối giáo dục mầm non, tiểu học", E),
    ("Chánh Văn phòng Sở", E), ("Chánh Văn phòng Sở", L),
    ("Trưởng phòng Tổ chức cán bộ", C),
    ("Trưởng các phòng chuyên môn thuộc Sở", E), ("Trưởng các phòng chuyên môn thuộc Sở", L),
    ("Văn phòng Sở", R),
    ("Thủ trưởng các cơ sở giáo dục trực thuộc Sở", E),
])

CASES["28"] = dict(width=82, src="""
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH TÂN GIANG
BAN THƯỜNG VỤ TỈNH ĐOÀN
TÂN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 35/KHLT-SGDĐT-TĐTN Tân Giang, ngày 22 tháng 02 năm 2026
KẾ HOẠCH LIÊN TỊCH
Tổ chức các hoạt động hè cho thiếu nhi năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Tạo sân chơi bổ ích, an toàn cho thiếu nhi trong dịp hè; phòng, chống đuối nước trẻ em.
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Tỉnh Đoàn
~ Chỉ đạo Hội đồng Đội tỉnh hướng dẫn Đoàn xã, phường phối hợp với các trường tiểu học, trung học cơ sở tổ chức sinh hoạt hè tại địa bàn dân cư; kiểm tra các điểm sinh hoạt hè.
2. Sở Giáo dục và Đào tạo
~ Hướng dẫn các trường tiểu học, trung học cơ sở bàn giao danh sách học sinh về sinh hoạt hè tại các xã, phường; chỉ đạo Hiệu trưởng các trường mở cửa thư viện, sân chơi phục vụ thiếu nhi.
3. Tổng phụ trách Đội các trường tiểu học, trung học cơ sở
~ Phối hợp với Đoàn xã, phường tổ chức lớp dạy bơi, lớp kỹ năng sống; báo cáo kết quả về Hội đồng Đội tỉnh trước ngày 20/8/2026.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
KT. GIÁM ĐỐC
PHÓ BÍ THƯ
PHÓ GIÁM ĐỐC
CHỦ TỊCH HỘI ĐỒNG ĐỘI TỈNH
Nông Thị Thu Hà
Vũ Đức Thiện
""", expect=[
    ("Ban Thường vụ Tỉnh Đoàn", E), ("Ban Thường vụ Tỉnh Đoàn", M),
    ("Hội đồng Đội tỉnh", E), ("Hội đồng Đội tỉnh", R),
    ("Đoàn xã, phường", E), ("Đoàn xã, phường", C),
    ("các trường tiểu học, trung học cơ sở", C), ("các trường tiểu học, trung học cơ sở", E, {"optional": True}),
    ("Sở Giáo dục và Đào tạo", E),
    ("Hiệu trưởng các trường", E),
    ("Tổng phụ trách Đội các trường tiểu học, trung học cơ sở", E),
    ("Tổng phụ trách Đội các trường tiểu học, trung học cơ sở", C),
])

CASES["29"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 130/KH-SGDĐT Tân Giang, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức kỳ thi tuyển sinh lớp 10 năm học 2026 - 2027
I. MỤC ĐÍCH, YÊU CẦU
~ Tổ chức kỳ thi nghiêm túc, an toàn, đúng quy chế.
II. LỊCH CÔNG TÁC
STT
Thời gian
Nội dung
Đơn vị/Người thực hiện
1
Trước 31/3/2026
Ban hành hướng dẫn tuyển sinh
Phòng GDTrH và Phòng
QLCL
2
Tháng 4/2026
Học sinh đăng ký dự tuyển trực tuyến
Các trường THCS và Ủy
ban nhân dân các xã,
phường
3
Tháng 5/2026
Thành lập các Hội đồng coi thi, Ban
Làm đề thi
Giám đốc Sở
2
STT
Thời gian
Nội dung
Đơn vị/Người thực hiện
4
Tháng 6/2026
In sao đề thi; bảo mật, vận chuyển đề
thi đến các điểm thi
Ban In sao đề thi; Công
an tỉnh
5
Tháng 7/2026
Công bố kết quả trúng tuyển
Phòng QLCL, các trường
THPT
III. TỔ CHỨC THỰC HIỆN
~ Các đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện; Phòng Quản lý chất lượng theo dõi, tổng hợp, báo cáo Giám đốc Sở.
""", expect=[
    ("Phòng GDTrH", E), ("Phòng QLCL", E),
    ("Các trường THCS", E), ("Ủy ban nhân dân các xã, phường", E),
    ("Giám đốc Sở", E), ("Giám đốc Sở", R),
    ("Ban In sao đề thi", E), ("Công an tỉnh", E),
    ("các trường THPT", E),
    ("Phòng Quản lý chất lượng", M), ("Phòng Quản lý chất lượng", E, {"optional": True}),
])

CASES["30"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 515/KH-SGDĐT Tân Giang, ngày 06 tháng 10 năm 2025
KẾ HOẠCH
Bảo đảm an toàn thực phẩm trong các cơ sở giáo dục năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Không để xảy ra ngộ độc thực phẩm trong các cơ sở giáo dục có tổ chức bán trú, nội trú.
II. NHIỆM VỤ CỤ THỂ
1. Đối với các trường mầm non, tiểu học có tổ chức bán trú
~ - Ký hợp đồng với cơ sở cung cấp thực phẩm bảo đảm nguồn gốc; lưu mẫu thức ăn 24 giờ.
~ - Phối hợp với Trạm Y tế xã, phường kiểm tra bếp ăn định kỳ mỗi học kỳ một lần.
2. Đối với Trường Phổ thông Dân tộc nội trú tỉnh và các trường phổ thông dân tộc bán trú
~ - Thành lập tổ kiểm tra bếp ăn nội trú do một Phó Hiệu trưởng làm tổ trưởng.
~ - Báo cáo kết quả về Sở (qua Phòng Chính trị, tư tưởng và Công tác học sinh) trước ngày 25/5/2026.
3. Đối với Phòng Chính trị, tư tưởng và Công tác học sinh
~ - Chủ trì, phối hợp với Chi cục An toàn vệ sinh thực phẩm tỉnh kiểm tra đột xuất các bếp ăn tập thể.
""", expect=[
    ("các trường mầm non, tiểu học có tổ chức bán trú", E,
     {"printed_as": ["các trường mầm non, tiểu học"]}),
    ("các trường mầm non, tiểu học có tổ chức bán trú", C,
     {"printed_as": ["các trường mầm non, tiểu học"]}),
    ("Trạm Y tế xã, phường", C),
    ("Trường Phổ thông Dân tộc nội trú tỉnh", E), ("các trường phổ thông dân tộc bán trú", E),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", R),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", E), ("Phòng Chính trị, tư tưởng và Công tác học sinh", L),
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", M),
    ("Chi cục An toàn vệ sinh thực phẩm tỉnh", C),
    ("Phó Hiệu trưởng", L, {"optional": True}),
    ("Sở", R, {"optional": True}),
])

CASES["31"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 580/KH-SGDĐT Tân Giang, ngày 27 tháng 10 năm 2025
KẾ HOẠCH
Phòng, chống đuối nước cho học sinh năm 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Trang bị kiến thức, kỹ năng phòng, chống đuối nước cho học sinh; giảm số vụ đuối nước trẻ em.
II. TỔ CHỨC THỰC HIỆN
~ 1. Phòng Chính trị, tư tưởng và Công tác học sinh chủ trì tham mưu triển khai Kế hoạch; phối hợp với Phòng Giáo dục¦thường xuyên hướng dẫn các trung tâm GDNN-¦GDTX lồng ghép nội dung phòng, chống đuối nước vào hoạt động giáo dục kỹ năng sống.
~ 2. Hiệu trưởng các¦trường THPT chỉ đạo giáo viên chủ nhiệm phối hợp với Ban đại diện cha mẹ¦học sinh các lớp nhắc nhở học sinh không tắm sông, suối; báo cáo kết quả về Sở Giáo dục và¦Đào tạo trước ngày 30/9/2026.
~ 3. Đề nghị Ủy ban nhân dân các xã,¦phường chỉ đạo Trạm Y tế xã,¦phường phối hợp với các trường tổ chức lớp dạy bơi an toàn trong dịp hè.
""", expect=[
    ("Phòng Chính trị, tư tưởng và Công tác học sinh", E), ("Phòng Chính trị, tư tưởng và Công tác học sinh", L),
    ("Phòng Giáo dục thường xuyên", C),
    ("các trung tâm GDNN-GDTX", E, {"optional": True}),
    ("Hiệu trưởng các trường THPT", E),
    ("giáo viên chủ nhiệm", E), ("giáo viên chủ nhiệm", C, {"optional": True}),
    ("Ban đại diện cha mẹ học sinh các lớp", C),
    ("Sở Giáo dục và Đào tạo", R),
    ("Ủy ban nhân dân các xã, phường", E),
    ("Trạm Y tế xã, phường", E), ("Trạm Y tế xã, phường", C),
    ("các trường", C, {"optional": True}),
])
# Note 31: "giáo viên chủ nhiệm phối hợp với" -> directed to act with Ban ĐD; its coordinate as the
# subject of "phối hợp" is optional.

CASES["32"] = dict(width=80, src="""
UBND TỈNH TÂN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 612/KH-SGDĐT Tân Giang, ngày 12 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức kỷ niệm 70 năm Ngày thành lập ngành giáo dục tỉnh Tân Giang
I. MỤC ĐÍCH, YÊU CẦU
~ Ôn lại truyền thống vẻ vang của ngành; tôn vinh các thế hệ nhà giáo.
II. PHÂN CÔNG NHIỆM VỤ
~ 1. Văn phòng Sở: thường trực Ban Tổ chức; chuẩn bị diễn văn, khánh tiết, hậu cần buổi lễ.
~ 2. Trường THPT chuyên Tân Giang: đăng cai tổ chức lễ kỷ niệm; phối hợp với Trường Phổ thông Dân tộc nội trú tỉnh dàn dựng chương trình văn nghệ.
~ 3. Trường Cao đẳng Sư phạm Tân Giang, Trung tâm Giáo dục thường xuyên tỉnh: biên soạn kỷ yếu 70 năm của ngành.
~ 4. Công đoàn ngành Giáo dục: vận động đoàn viên đóng góp tư liệu, hiện vật; phối hợp với Đài Phát thanh và Truyền hình Tân Giang xây dựng phóng sự.
~ 5. Phòng Kế hoạch - Tài chính: tham mưu dự toán kinh phí, báo cáo Lãnh đạo Sở phê duyệt.
""", expect=[
    ("Văn phòng Sở", E), ("Văn phòng Sở", L),
    ("Trường THPT chuyên Tân Giang", E), ("Trường THPT chuyên Tân Giang", C, {"optional": True}),
    ("Trường Phổ thông Dân tộc nội trú tỉnh", C),
    ("Trường Cao đẳng Sư phạm Tân Giang", E), ("Trung tâm Giáo dục thường xuyên tỉnh", E),
    ("Công đoàn ngành Giáo dục", E), ("Công đoàn ngành Giáo dục", C, {"optional": True}),
    ("Đài Phát thanh và Truyền hình Tân Giang", C),
    ("Phòng Kế hoạch - Tài chính", E), ("Phòng Kế hoạch - Tài chính", L),
    ("Lãnh đạo Sở", R),
])

CASES["33"] = dict(width=80, src="""
ỦY BAN NHÂN DÂN
PHƯỜNG HÒA BÌNH TÂY
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 102/KH-UBND Hòa Bình Tây, ngày 03 tháng 9 năm 2025
KẾ HOẠCH
Bảo đảm an ninh, trật tự trường học trên địa bàn phường năm học 2025 - 2026
I. MỤC ĐÍCH, YÊU CẦU
~ Giữ vững an ninh, trật tự khu vực cổng trường; phòng ngừa tai nạn, bạo lực học đường.
II. TỔ CHỨC THỰC HIỆN
1. Công an phường
~ Là cơ quan thường trực; chủ trì, phối hợp với Ban Chỉ huy Quân sự phường tổ chức tuần tra khu vực cổng trường; xử lý nghiêm các vi phạm.
2. Phòng Văn hóa - Xã hội
~ Kiểm tra việc cấp phép, hoạt động của các nhóm trẻ độc lập tư thục; phối hợp với Trạm Y tế phường kiểm tra an toàn thực phẩm tại căng tin trường học.
3. Các trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn phường
~ Xây dựng phương án bảo đảm an ninh, trật tự; phối hợp với Công an khu vực nắm tình hình học sinh cá biệt.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường
~ Tuyên truyền, vận động cha mẹ học sinh phối hợp quản lý con em; tổ chức “Cổng trường an toàn giao thông”.
~ Các đơn vị báo cáo kết quả về Ủy ban nhân dân phường (qua Công an phường) trước ngày 15/5/2026.
""", expect=[
    ("Công an phường", E), ("Công an phường", L), ("Công an phường", R),
    ("Ban Chỉ huy Quân sự phường", C),
    ("Phòng Văn hóa - Xã hội", E), ("Phòng Văn hóa - Xã hội", C), ("Phòng Văn hóa - Xã hội", M, {"optional": True}),
    ("Trạm Y tế phường", C),
    ("Các trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn phường", E,
     {"printed_as": ["Các trường mầm non, tiểu học, THCS"]}),
    ("Các trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn phường", C,
     {"optional": True}),
    ("Công an khu vực", C),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", E), ("Đoàn Thanh niên phường", E),
    ("Ủy ban nhân dân phường", R),
    ("cha mẹ học sinh", C, {"optional": True}),
])
