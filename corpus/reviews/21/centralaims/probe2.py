exec(open(__import__("pathlib").Path(__file__).resolve().parent / "probe.py").read().split("P = [")[0])
P = [
 ("- Việt Nam nằm trong nhóm 50 nước dẫn đầu về chính phủ số, nhóm 30 nước dẫn đầu về kinh tế số và nhóm 40 nước dẫn đầu về đổi mới sáng tạo.", "3 ranks"),
 ("- Việt Nam nằm trong nhóm 50 nước dẫn đầu về chính phủ số và nhóm 40 nước dẫn đầu về đổi mới sáng tạo.", "2 ranks"),
 ("- Tỷ lệ dân số được tiêm đủ liều đạt 95%, tỷ lệ trẻ em được khám sàng lọc đạt 90% và tỷ lệ người cao tuổi được quản lý sức khỏe đạt 80%.", "3 pcts comma"),
 ("- 70% cán bộ được bồi dưỡng kỹ năng số trước năm 2027.", "trước năm"),
 ("- Đến năm 2027, 70% cán bộ được bồi dưỡng kỹ năng số.", "đến năm lead"),
 ("- Diện tích rừng trồng chiếm 30% tổng diện tích rừng.", "chiếm base"),
 ("- Tổng công suất điện mặt trời mái nhà đạt 15% tổng công suất nguồn điện.", "đạt base"),
 ("- Phát triển hệ thống trung tâm dữ liệu quốc gia (tổng công suất tối thiểu 1.500 MW).", "bracket aim"),
 ("- Phát triển trung tâm dữ liệu quốc gia với tổng công suất tối thiểu 1.500 MW.", "với aim"),
 ("- Phấn đấu cả nước có 2 triệu doanh nghiệp hoạt động.", "triệu phấn đấu"),
 ("- Phấn đấu cả nước có 2.000.000 doanh nghiệp hoạt động.", "digits phấn đấu"),
 ("- Cả nước có khoảng 3 triệu hộ kinh doanh chuyển lên doanh nghiệp, trong đó có khoảng 1,2 triệu hộ kinh doanh ở nông thôn.", "triệu trong đó"),
 ("- Thu hút khoảng 1,5 nghìn chuyên gia người Việt Nam ở nước ngoài về làm việc.", "nghìn"),
]
for b, l in P:
    show(b, l)
