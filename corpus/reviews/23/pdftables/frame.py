"""A short plan around a table: header, I-IV, signature, optional annex."""
from kit import wrap, header, signature

TOPICS = {
    "ktxh": dict(
        purpose="Cụ thể hóa các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội đã được Hội đồng nhân dân "
                "thông qua; phân công rõ nhiệm vụ cho từng cơ quan, đơn vị, bảo đảm thực hiện đồng bộ, "
                "thống nhất trên địa bàn.\nCác cơ quan, đơn vị chủ động xây dựng chương trình công tác, "
                "theo dõi sát tình hình và kịp thời đề xuất giải pháp tháo gỡ khó khăn, vướng mắc.",
        tasks="1. Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; đẩy mạnh thu hút đầu tư vào các "
              "ngành có lợi thế của địa phương.\n2. Nâng cao chất lượng giáo dục, y tế, bảo đảm an sinh xã "
              "hội; giữ vững quốc phòng, an ninh và trật tự an toàn xã hội.",
        units=[("Sở Tài chính", "Hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả "
                "thực hiện, báo cáo Ủy ban nhân dân tỉnh."),
               ("Các sở, ban, ngành tỉnh", "Xây dựng kế hoạch thực hiện các chỉ tiêu thuộc lĩnh vực quản lý.")],
        expect_units=[("Sở Tài chính", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Các sở, ban, ngành tỉnh", "execute")]),
    "nn": dict(
        purpose="Phát triển sản xuất nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao, gắn với "
                "chế biến và tiêu thụ sản phẩm.\nBảo vệ và phát triển rừng, nâng cao thu nhập cho người "
                "dân vùng nông thôn, miền núi.",
        tasks="1. Chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện từng vùng.\n2. Tăng cường "
              "công tác quản lý, bảo vệ rừng; phòng, chống cháy rừng trong mùa khô.",
        units=[("Sở Nông nghiệp và Môi trường", "Hướng dẫn các địa phương xây dựng kế hoạch sản xuất; "
                "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh."),
               ("Ủy ban nhân dân các xã, phường", "Tổ chức thực hiện các chỉ tiêu được giao trên địa bàn.")],
        expect_units=[("Sở Nông nghiệp và Môi trường", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Ủy ban nhân dân các xã, phường", "execute")]),
    "yte": dict(
        purpose="Nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe ban đầu cho Nhân dân.\n"
                "Chủ động phòng, chống dịch bệnh; bảo đảm các chỉ tiêu y tế được giao.",
        tasks="1. Củng cố mạng lưới y tế cơ sở, nâng cao năng lực trạm y tế.\n2. Đẩy mạnh tiêm chủng "
              "mở rộng, chăm sóc sức khỏe bà mẹ, trẻ em.",
        units=[("Sở Y tế", "Hướng dẫn chuyên môn, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh."),
               ("Bảo hiểm xã hội tỉnh", "Thực hiện các giải pháp phát triển người tham gia bảo hiểm y tế.")],
        expect_units=[("Sở Y tế", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Bảo hiểm xã hội tỉnh", "execute")]),
    "gd": dict(
        purpose="Nâng cao chất lượng giáo dục toàn diện; củng cố mạng lưới trường, lớp.\nĐẩy mạnh xây "
                "dựng trường đạt chuẩn quốc gia, bảo đảm điều kiện dạy và học.",
        tasks="1. Rà soát, sắp xếp mạng lưới trường, lớp học.\n2. Bồi dưỡng đội ngũ nhà giáo và cán bộ "
              "quản lý giáo dục.",
        units=[("Sở Giáo dục và Đào tạo", "Hướng dẫn các cơ sở giáo dục triển khai; tổng hợp kết quả, "
                "báo cáo Ủy ban nhân dân tỉnh."),
               ("Ủy ban nhân dân các xã, phường", "Bố trí quỹ đất, nguồn lực xây dựng trường học.")],
        expect_units=[("Sở Giáo dục và Đào tạo", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Ủy ban nhân dân các xã, phường", "execute")]),
    "ld": dict(
        purpose="Giải quyết việc làm, nâng cao chất lượng nguồn nhân lực, bảo đảm an sinh xã hội.\n"
                "Huy động các nguồn lực hỗ trợ người nghèo, người lao động vùng khó khăn.",
        tasks="1. Đẩy mạnh đào tạo nghề gắn với nhu cầu của doanh nghiệp.\n2. Thực hiện đầy đủ, kịp thời "
              "chính sách giảm nghèo bền vững.",
        units=[("Sở Nội vụ", "Hướng dẫn, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh."),
               ("Ủy ban nhân dân các xã, phường", "Giao chỉ tiêu cụ thể cho các thôn, tổ dân phố.")],
        expect_units=[("Sở Nội vụ", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Ủy ban nhân dân các xã, phường", "execute")]),
    "cds": dict(
        purpose="Đẩy mạnh chuyển đổi số, cải cách thủ tục hành chính, nâng cao sự hài lòng của người "
                "dân, doanh nghiệp.\nXác định rõ trách nhiệm người đứng đầu trong thực hiện nhiệm vụ.",
        tasks="1. Hoàn thiện hạ tầng số, nền tảng số dùng chung của tỉnh.\n2. Số hóa hồ sơ, kết quả giải "
              "quyết thủ tục hành chính.",
        units=[("Sở Khoa học và Công nghệ", "Hướng dẫn triển khai các chỉ tiêu; tổng hợp kết quả, báo cáo "
                "Ủy ban nhân dân tỉnh."),
               ("Văn phòng Ủy ban nhân dân tỉnh", "Rà soát, công khai thủ tục hành chính trên Hệ thống.")],
        expect_units=[("Sở Khoa học và Công nghệ", "execute"), ("Ủy ban nhân dân tỉnh", "report"),
                      ("Văn phòng Ủy ban nhân dân tỉnh", "execute")]),
    "xa": dict(
        purpose="Cụ thể hóa Nghị quyết của Đảng ủy xã về nhiệm vụ năm; phát huy sức mạnh của cả hệ "
                "thống chính trị và Nhân dân trong xã.\nPhân công cụ thể cho các ban, ngành, đoàn thể "
                "và các thôn.",
        tasks="1. Phát triển sản xuất, hỗ trợ hộ nghèo, hộ cận nghèo.\n2. Giữ vững an ninh chính trị, "
              "trật tự an toàn xã hội trên địa bàn.",
        units=[("Phòng Kinh tế", "Triển khai các giải pháp phát triển kinh tế, hỗ trợ hộ sản xuất."),
               ("Phòng Văn hóa - Xã hội", "Hướng dẫn các thôn thực hiện các chỉ tiêu văn hóa, xã hội.")],
        expect_units=[("Phòng Kinh tế", "execute"),
                      ("Phòng Văn hóa - Xã hội", "execute")]),
}


def plan(topic, issuer_lines, code, place, date, title_lines, goals, annex=None, pre_annex_sig=True,
         goals_title="MỤC TIÊU", units=True, who="Ủy ban nhân dân tỉnh"):
    t = TOPICS[topic]
    parts = [header(issuer_lines, code, place, date, title_lines=title_lines)]
    parts.append(wrap("Căn cứ Nghị quyết của Hội đồng nhân dân về nhiệm vụ năm; theo đề nghị của các "
                      "cơ quan chuyên môn, " + who + " ban hành Kế hoạch như sau:"))
    parts.append("I. MỤC ĐÍCH, YÊU CẦU")
    parts.append(wrap(t["purpose"]))
    parts.append(f"II. {goals_title}")
    parts.append(goals.strip("\n"))
    parts.append("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
    parts.append(wrap(t["tasks"]))
    parts.append("IV. TỔ CHỨC THỰC HIỆN")
    if units:
        for i, (u, task) in enumerate(t["units"], 1):
            parts.append(f"{i}. {u}")
            parts.append(wrap(task))
    parts.append(wrap("Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
                      "kịp thời phản ánh để xem xét, giải quyết."))
    parts.append(signature(recips=("Thường trực Tỉnh ủy", "Các sở, ban, ngành")))
    if annex:
        parts.append(annex.strip("\n"))
    text = "\n".join(parts)
    sections = [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", goals_title), ("III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
                ("IV", "TỔ CHỨC THỰC HIỆN")]
    return text, (t["expect_units"] if units else []), sections
