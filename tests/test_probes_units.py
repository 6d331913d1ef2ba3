"""Probes of the forms real plans use to name responsible units and their roles (SPEC §2.1:
lead, coordinate, execute, monitor, report): one made-up minimal plan per form, exact expected
(unit, role) pairs (issue 13, fourth session, helper probe-units)."""
import pytest

from pipeline.api import extract

HEAD = ('ỦY BAN NHÂN DÂN\n'
 'TỈNH QUẢNG NAM\n'
 'Số: 12/KH-UBND\n'
 'Quảng Nam, ngày 5 tháng 3 năm 2025\n'
 'KẾ HOẠCH\n'
 'Triển khai công tác cải cách hành chính năm 2025\n'
 'I. MỤC ĐÍCH, YÊU CẦU\n'
 '1. Mục đích\n'
 'Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn tỉnh.\n'
 'II. NỘI DUNG\n'
 '1. Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n'
 'III. TỔ CHỨC THỰC HIỆN\n')
TAIL = '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n'


def pairs(text):
    return {(r.unit, r.role) for r in extract(text=text).responsibilities}


PROBES = [
    # "Chủ trì, phối hợp với Y": the unit leads, Y coordinates (the unit is no coordinator of its
    # own task, as most blind annotations read it)
    ('numbered_heading_a_b',
     ('1. Sở Nội vụ\n'
      'a) Chủ trì, phối hợp với Sở Tài chính tổ chức triển khai Kế hoạch này.\n'
      'b) Định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.\n'
      '2. Sở Tài chính\n'
      'Bố trí kinh phí thực hiện Kế hoạch theo quy định.\n'),
     {('Sở Nội vụ', 'execute'),
            ('Sở Nội vụ', 'lead'),
            ('Sở Tài chính', 'coordinate'),
            ('Sở Tài chính', 'execute'),
            ('Ủy ban nhân dân tỉnh', 'report')}),
    ('giao_chu_tri_phoi_hop',
     ('Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Ủy ban nhân dân các huyện, thị xã, thành '
      'phố tổ chức triển khai Kế hoạch này.\n'),
     {('Sở Nội vụ', 'lead'),
            ('Sở Tư pháp', 'coordinate'),
            ('Ủy ban nhân dân các huyện, thị xã, thành phố', 'coordinate')}),
    ('colon_one_line',
     ('1. Sở Y tế: chủ trì tổ chức tiêm chủng cho trẻ em trên địa bàn tỉnh.\n'
      '2. Sở Giáo dục và Đào tạo: phối hợp với Sở Y tế tuyên truyền trong trường học.\n'),
     {('Sở Giáo dục và Đào tạo', 'coordinate'),
            ('Sở Giáo dục và Đào tạo', 'execute'),
            ('Sở Y tế', 'coordinate'),
            ('Sở Y tế', 'execute'),
            ('Sở Y tế', 'lead')}),
    ('mttq_de_nghi',
     ('1. Sở Nội vụ\n'
      'Hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch.\n'
      '2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường '
      'tuyên truyền, vận động Nhân dân tham gia.\n'),
     {('Sở Nội vụ', 'execute'),
            ('các tổ chức chính trị - xã hội tỉnh', 'execute'),
            ('Ủy ban MTTQ Việt Nam tỉnh', 'execute')}),
    ('class_can_cu_chuc_nang',
     ('1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chức năng, '
      'nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện.\n'),
     {('Các sở, ban, ngành', 'execute'),
            ('Ủy ban nhân dân các huyện, thị xã, thành phố', 'execute')}),
    ('giam_doc_so',
     ('Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách '
      'nhiệm tổ chức thực hiện Kế hoạch này.\n'),
     {('Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố', 'execute'),
            ('Giám đốc Sở Nội vụ', 'execute')}),
    ('chu_tich_xa',
     '1. Ủy ban nhân dân cấp huyện\nChỉ đạo Chủ tịch Ủy ban nhân dân các xã rà soát, thống kê hộ nghèo trên địa bàn.\n',
     {('Chủ tịch Ủy ban nhân dân các xã', 'execute'),
            ('Ủy ban nhân dân cấp huyện', 'execute')}),
    # an item of TỔ CHỨC THỰC HIỆN opening with a unit: execute besides its role
    ('thuong_truc',
     ('1. Công an tỉnh là cơ quan thường trực, chủ động phối hợp với các sở, ngành tham mưu Ủy '
      'ban nhân dân tỉnh triển khai các nội dung của Kế hoạch.\n'),
     {('Công an tỉnh', 'execute'),
            ('Công an tỉnh', 'lead'),
            ('các sở, ngành', 'coordinate')}),
    ('report_qua',
     ('2. Chế độ báo cáo\n'
      'Các sở, ban, ngành định kỳ 6 tháng, hằng năm báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) '
      'để tổng hợp.\n'),
     {('Các sở, ban, ngành', 'execute'),
            ('Sở Nội vụ', 'report'),
            ('Ủy ban nhân dân tỉnh', 'report')}),
    # "Giao X <task>": execute (README), the task being to monitor
    ('vp_theo_doi_don_doc',
     'Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n',
     {('Văn phòng Ủy ban nhân dân tỉnh', 'execute'),
            ('Văn phòng Ủy ban nhân dân tỉnh', 'monitor')}),
    ('comma_name_vhttdl',
     '1. Sở Văn hóa, Thể thao và Du lịch\nChủ trì tổ chức các hoạt động văn hóa, văn nghệ chào mừng.\n',
     {('Sở Văn hóa, Thể thao và Du lịch', 'execute'),
            ('Sở Văn hóa, Thể thao và Du lịch', 'lead')}),
    ('dash_name_ldtbxh',
     ('Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du '
      'lịch tổ chức thực hiện.\n'),
     {('Sở Lao động - Thương binh và Xã hội', 'lead'),
            ('Sở Văn hóa, Thể thao và Du lịch', 'coordinate')}),
    ('abbrev_sldtbxh',
     ('1. Sở LĐTBXH\n'
      'Hướng dẫn các địa phương thực hiện chính sách giảm nghèo.\n'
      '2. UBND cấp huyện\n'
      'Tổ chức rà soát hộ nghèo, hộ cận nghèo trên địa bàn.\n'),
     {('Sở LĐTBXH', 'execute'),
            ('UBND cấp huyện', 'execute')}),
    ('vague_left_out',
     'Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức thực hiện Kế hoạch.\n',
     {('Sở Nội vụ', 'lead')}),
    # told to do a task (bố trí kinh phí): execute
    ('x_phoi_hop_subject',
     'Sở Tài chính phối hợp với Sở Nội vụ bố trí kinh phí thực hiện Kế hoạch.\n',
     {('Sở Nội vụ', 'coordinate'),
            ('Sở Tài chính', 'coordinate'),
            ('Sở Tài chính', 'execute')}),
    # SPEC §2.1 lists "Sở Tư pháp tham mưu ..." under execute and tham mưu under lead
    ('tham_muu_lead',
     '1. Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh ban hành quy định về kiểm soát thủ tục hành chính.\n',
     {('Sở Tư pháp', 'execute'),
            ('Sở Tư pháp', 'lead')}),
    ('dau_moi',
     'Sở Khoa học và Công nghệ là đầu mối tổng hợp kết quả thực hiện của các cơ quan, đơn vị.\n',
     {('Sở Khoa học và Công nghệ', 'lead')}),
    ('kiem_tra_giam_sat',
     '4. Thanh tra tỉnh\nKiểm tra, giám sát việc thực hiện Kế hoạch tại các cơ quan, đơn vị.\n',
     {('Thanh tra tỉnh', 'execute'),
            ('Thanh tra tỉnh', 'monitor')}),
    ('bao_cao_ve',
     ('Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12/2025 để tổng '
      'hợp, báo cáo Ủy ban nhân dân tỉnh.\n'),
     {('Sở Nội vụ', 'report'),
            ('Ủy ban nhân dân tỉnh', 'report')}),
    ('trach_nhiem_heading',
     ('1. Trách nhiệm của Sở Nội vụ\n'
      'Chủ trì tổ chức triển khai Kế hoạch.\n'
      '2. Trách nhiệm của Sở Tài chính\n'
      'Bố trí kinh phí thực hiện.\n'),
     {('Sở Nội vụ', 'execute'),
            ('Sở Nội vụ', 'lead'),
            ('Sở Tài chính', 'execute')}),
    ('semicolon_joined_heading',
     '1. Sở Tài nguyên và Môi trường; Sở Xây dựng\nRà soát quy hoạch sử dụng đất trên địa bàn tỉnh.\n',
     {('Sở Tài nguyên và Môi trường', 'execute'),
            ('Sở Xây dựng', 'execute')}),
    ('cac_so_nganh_colon',
     ('3. Các sở, ban, ngành tỉnh\n'
      'Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch cụ thể để triển khai.\n'
      '4. Ủy ban nhân dân các huyện, thị xã, thành phố\n'
      'Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn triển khai Kế hoạch.\n'),
     {('Các sở, ban, ngành tỉnh', 'execute'),
            ('Ủy ban nhân dân các huyện, thị xã, thành phố', 'execute'),
            ('Ủy ban nhân dân các xã, phường, thị trấn', 'execute')}),
    ('bao_dai',
     ('5. Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh\n'
      'Tăng cường thời lượng tuyên truyền về cải cách hành chính.\n'),
     {('Báo Quảng Nam', 'execute'),
            ('Đài Phát thanh và Truyền hình tỉnh', 'execute')}),
    ('giao_execute',
     'Giao Sở Thông tin và Truyền thông xây dựng chuyên mục tuyên truyền trên Cổng thông tin điện tử tỉnh.\n',
     {('Sở Thông tin và Truyền thông', 'execute')}),
    ('de_nghi_toa_an',
     'Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp thực hiện các nội dung liên quan.\n',
     {('Tòa án nhân dân tỉnh', 'coordinate'),
            ('Tòa án nhân dân tỉnh', 'execute'),
            ('Viện kiểm sát nhân dân tỉnh', 'coordinate'),
            ('Viện kiểm sát nhân dân tỉnh', 'execute')}),
    ('dong_chi_pho_chu_tich',
     'Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội chỉ đạo triển khai Kế hoạch.\n',
     # (The area in the deputy's charge is part of the holder's name, as the blind annotations of
     # m49 keep it: holder_areas, eleventh session.)
     {('Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội', 'execute')}),
    ('ban_chi_dao',
     '1. Ban Chỉ đạo cải cách hành chính tỉnh\nChỉ đạo, kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.\n',
     {('Ban Chỉ đạo cải cách hành chính tỉnh', 'execute'),
            ('Ban Chỉ đạo cải cách hành chính tỉnh', 'monitor')}),
    ('ubnd_cap_xa',
     '3. Ủy ban nhân dân cấp xã\nNiêm yết công khai thủ tục hành chính tại Bộ phận một cửa.\n',
     {('Ủy ban nhân dân cấp xã', 'execute')}),
    ('phoi_hop_multi_names',
     ('Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Khoa học '
      'và Công nghệ, Ủy ban nhân dân cấp huyện triển khai chương trình.\n'),
     {('Sở Công Thương', 'lead'),
            ('Sở Khoa học và Công nghệ', 'coordinate'),
            ('Sở Nông nghiệp và Phát triển nông thôn', 'coordinate'),
            ('Ủy ban nhân dân cấp huyện', 'coordinate')}),
    ('cong_an_the_doi',
     '2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh\nBảo đảm an ninh, trật tự trong thời gian tổ chức sự kiện.\n',
     {('Bộ Chỉ huy Quân sự tỉnh', 'execute'),
            ('Công an tỉnh', 'execute')}),
    ('so_chu_tri_tham_muu',
     'Sở Kế hoạch và Đầu tư chủ trì tham mưu Ủy ban nhân dân tỉnh phân bổ vốn đầu tư công.\n',
     {('Sở Kế hoạch và Đầu tư', 'lead')}),
    ('huong_dan_kiem_tra',
     'Sở Nội vụ hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện; tổng hợp báo cáo Ủy ban nhân dân tỉnh.\n',
     {('Sở Nội vụ', 'execute'),
            ('Sở Nội vụ', 'monitor'),
            ('Ủy ban nhân dân tỉnh', 'report')}),
    ('to_chuc_chinh_tri_xa_hoi',
     ('6. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân '
      'tỉnh, Hội Cựu chiến binh tỉnh\n'
      'Tuyên truyền, vận động đoàn viên, hội viên hưởng ứng.\n'),
     {('Hội Cựu chiến binh tỉnh', 'execute'),
            ('Hội Liên hiệp Phụ nữ tỉnh', 'execute'),
            ('Hội Nông dân tỉnh', 'execute'),
            ('Liên đoàn Lao động tỉnh', 'execute'),
            ('Tỉnh đoàn', 'execute')}),
    ('report_ve_so_deadline',
     ('Giao Ủy ban nhân dân cấp huyện chủ trì triển khai; định kỳ báo cáo kết quả về Sở Nông '
      'nghiệp và Môi trường trước ngày 20/11 hằng năm.\n'),
     {('Sở Nông nghiệp và Môi trường', 'report'),
            ('Ủy ban nhân dân cấp huyện', 'lead')}),
    ('ministry_units',
     'Vụ Pháp chế chủ trì, phối hợp với Cục Biến đổi khí hậu xây dựng dự thảo Thông tư.\n',
     {('Cục Biến đổi khí hậu', 'coordinate'),
            ('Vụ Pháp chế', 'lead')}),
    # a list of kinds of bodies is split into its units (the dev annotations of 03, 22, b01, p037)
    ('government_classes',
     ('Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố '
      'trực thuộc trung ương xây dựng kế hoạch hành động.\n'),
     {('Các bộ', 'execute'),
            ('cơ quan ngang bộ', 'execute'),
            ('cơ quan thuộc Chính phủ', 'execute'),
            ('Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'execute')}),
    ('co_trach_nhiem',
     'Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Kế hoạch.\n',
     {('Sở Tài chính', 'execute')}),
    ('bao_cao_qua_vp',
     'Các sở, ngành gửi báo cáo về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) trước ngày 25/12/2025.\n',
     {('Các sở, ngành', 'execute'),
            ('Văn phòng Ủy ban nhân dân tỉnh', 'report'),
            ('Ủy ban nhân dân tỉnh', 'report')}),
    ('commune_colon',
     '5. Ủy ban nhân dân các xã, phường, thị trấn: tổ chức tuyên truyền đến từng hộ gia đình.\n',
     {('Ủy ban nhân dân các xã, phường, thị trấn', 'execute')}),
    ('hoi_dong_td_kt',
     '6. Hội đồng Thi đua - Khen thưởng tỉnh\nTheo dõi, đôn đốc, tổng hợp kết quả thực hiện phong trào thi đua.\n',
     {('Hội đồng Thi đua - Khen thưởng tỉnh', 'execute'),
            ('Hội đồng Thi đua - Khen thưởng tỉnh', 'monitor')}),
    ('party_committees_class',
     '3. Các huyện ủy, thị ủy, thành ủy lãnh đạo, chỉ đạo triển khai Kế hoạch tại địa phương.\n',
     {('Các huyện ủy, thị ủy, thành ủy', 'execute')}),
    ('media_kinds',
     ('4. Sở Văn hóa, Thể thao và Du lịch\n'
      'Chỉ đạo các cơ quan báo chí, truyền thanh, truyền hình tăng cường tuyên truyền.\n'),
     {('Sở Văn hóa, Thể thao và Du lịch', 'execute'),
            ('các cơ quan báo chí, truyền thanh, truyền hình', 'execute')}),
    ('banks_credit',
     ('5. Ngân hàng Nhà nước chi nhánh tỉnh\n'
      'Chỉ đạo các ngân hàng, tổ chức tín dụng triển khai chính sách tín dụng ưu đãi.\n'),
     {('Ngân hàng Nhà nước chi nhánh tỉnh', 'execute'),
            ('các ngân hàng, tổ chức tín dụng', 'execute')}),
    # Issue 13, fifth session: forms met in published plans and decisions (made-up sentences).
    # A standing committee's name holding two verbs joined by a comma (comma_compounds).
    ('comma_compound_names',
     ('3. Ban Chỉ đạo phòng, chống dịch bệnh tỉnh\n'
      'Kiểm tra, đôn đốc các địa phương thực hiện Kế hoạch.\n'
      'Các huyện, thị xã báo cáo kết quả về Ban Chỉ huy phòng, chống thiên tai và tìm kiếm, cứu nạn '
      'tỉnh trước ngày 15/11/2025.\n'),
     {('Ban Chỉ huy phòng, chống thiên tai và tìm kiếm, cứu nạn tỉnh', 'report'),
            ('Ban Chỉ đạo phòng, chống dịch bệnh tỉnh', 'execute'),
            ('Ban Chỉ đạo phòng, chống dịch bệnh tỉnh', 'monitor'),
            ('Các huyện, thị xã', 'execute')}),
    # "Giao cho X" (assign_particles); "vận tải" a word of a name the tagger calls a verb.
    ('giao_cho',
     'Giao cho Sở Giao thông vận tải rà soát hệ thống biển báo trên các tuyến đường tỉnh.\n',
     {('Sở Giao thông vận tải', 'execute')}),
    # "Yêu cầu X …" opening a clause, as "Đề nghị X …".
    ('yeu_cau_opening',
     'Yêu cầu Ủy ban nhân dân các huyện, thị xã khẩn trương rà soát danh sách hộ nghèo.\n',
     {('Ủy ban nhân dân các huyện, thị xã', 'execute')}),
    # The requesting body, then "đề nghị"/"yêu cầu" (also with a colon) and the bodies asked: they
    # execute (or lead: "chủ trì"), the requester nothing; the list goes on over ";".
    ('requester_then_request',
     ('Ủy ban nhân dân tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh tăng '
      'cường tuyên truyền đến hội viên.\n'
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở; Chủ tịch Ủy ban nhân dân các huyện, '
      'thị xã nghiêm túc triển khai Kế hoạch này.\n'
      'Ủy ban nhân dân tỉnh yêu cầu: Sở Y tế chủ trì tổ chức tiêm chủng mở rộng.\n'),
     {('Chủ tịch Ủy ban nhân dân các huyện, thị xã', 'execute'),
            ('Giám đốc các sở', 'execute'),
            ('Hội Nông dân tỉnh', 'execute'),
            ('Sở Y tế', 'lead'),
            ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'execute')}),
    # "báo cáo … gửi đến X": X receives the reports.
    ('gui_den',
     'Các sở, ngành hằng quý xây dựng báo cáo gửi đến Sở Kế hoạch và Đầu tư để tổng hợp.\n',
     {('Các sở, ngành', 'execute'),
            ('Sở Kế hoạch và Đầu tư', 'report')}),
    # A class of a department's own units ("thuộc Sở", "trực thuộc Sở": name_tails).
    ('thuoc_so',
     ('Thủ trưởng các cơ quan, đơn vị thuộc Sở có trách nhiệm xây dựng kế hoạch chi tiết.\n'
      'Các phòng, đơn vị trực thuộc Sở triển khai thực hiện.\n'),
     {('Các phòng, đơn vị trực thuộc Sở', 'execute'),
            ('Thủ trưởng các cơ quan, đơn vị thuộc Sở', 'execute')}),
    # "X được giao (nhiệm vụ) <task>", the passive of "Giao X": X as after "Giao"; not a class
    # before it ("Các cơ quan, đơn vị, địa phương được giao nhiệm vụ phải …": a relative clause).
    ('duoc_giao',
     ('Phòng Kế hoạch - Tài chính được giao nhiệm vụ thường xuyên theo dõi, đôn đốc tiến độ thực '
      'hiện.\n'
      'Sở Nội vụ được giao chủ trì tổ chức kiểm tra công tác cải cách hành chính.\n'
      'Các cơ quan, đơn vị, địa phương được giao nhiệm vụ\nphải chủ động triển khai thực hiện.\n'),
     {('Phòng Kế hoạch - Tài chính', 'execute'),
            ('Phòng Kế hoạch - Tài chính', 'monitor'),
            ('Sở Nội vụ', 'lead')}),
    # "giao" before a class in lower case; not "giao ban", a meeting.
    ('giao_lower_class',
     ('Sở Khoa học và Công nghệ hướng dẫn, hỗ trợ kỹ thuật và giao các trường cao đẳng, viện '
      'nghiên cứu trực thuộc triển khai các đề tài ứng dụng.\n'
      'Tổ chức giao ban ít nhất 01 lần/quý.\n'),
     {('Sở Khoa học và Công nghệ', 'execute'),
            ('các trường cao đẳng, viện nghiên cứu trực thuộc', 'execute')}),
    # A body's name alone on a line ending in ":" (no item mark) over its bulleted tasks: execute,
    # with its tasks' roles; no units where no bullets follow a colon line.
    ('unit_colon_over_bullets',
     ('Sở Tài chính:\n'
      '- Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n'
      '- Hướng dẫn thanh quyết toán kinh phí.\n'
      'Sở Nội vụ:\n'
      '- Phối hợp với Sở Tài chính hướng dẫn khen thưởng.\n'
      '- Theo dõi, đôn đốc việc thực hiện.\n'
      'Các nội dung chủ yếu như sau:\n'
      'Rà soát văn bản.\n'),
     {('Sở Nội vụ', 'coordinate'),
            ('Sở Nội vụ', 'execute'),
            ('Sở Nội vụ', 'monitor'),
            ('Sở Tài chính', 'coordinate'),
            ('Sở Tài chính', 'execute'),
            ('Sở Tài chính', 'lead')}),
    # "Các Sở: A, B, C" (a heading or a clause): each member named with the kind's head, as the
    # addressee lists' "Các Bộ: Công an, Quốc phòng"; a member may hold a comma.
    ('class_colon_members',
     ('2. Các Sở: Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch\n'
      'Theo chức năng, nhiệm vụ được giao triển khai thực hiện.\n'
      'Giao các Sở: Xây dựng, Tài chính phối hợp với Ủy ban nhân dân các huyện rà soát.\n'),
     {('Sở Giáo dục và Đào tạo', 'execute'),
            ('Sở Tài chính', 'coordinate'),
            ('Sở Tài chính', 'execute'),
            ('Sở Văn hóa, Thể thao và Du lịch', 'execute'),
            ('Sở Xây dựng', 'coordinate'),
            ('Sở Xây dựng', 'execute'),
            ('Sở Y tế', 'execute'),
            ('Ủy ban nhân dân các huyện', 'coordinate')}),
    # A body's name after another's tail ("đóng trên địa bàn tỉnh", name_tails) and "," or "và".
    ('body_after_name_tail',
     ('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan Trung ương đóng trên địa bàn tỉnh và '
      'Chủ tịch Ủy ban nhân dân các huyện, thị xã tập trung triển khai các nội dung sau:\n'
      'Các cơ quan Trung ương đóng trên địa bàn tỉnh, Ủy ban nhân dân các xã, phường triển khai thực '
      'hiện.\n'),
     {('Chủ tịch Ủy ban nhân dân các huyện, thị xã', 'execute'),
            ('Các cơ quan Trung ương đóng trên địa bàn tỉnh', 'execute'),
            ('Thủ trưởng các cơ quan Trung ương đóng trên địa bàn tỉnh', 'execute'),
            ('Ủy ban nhân dân các xã, phường', 'execute')}),
    # Not assignments: a "Yêu cầu" heading; "giao cho" a class inside a description of funds.
    ('not_requests',
     ('Kinh phí thực hiện các nhiệm vụ do Ủy ban nhân dân tỉnh giao cho các sở, ngành được bố trí '
      'trong dự toán.\n'
      '2. Yêu cầu\nBảo đảm thiết thực, hiệu quả.\n'),
     set()),
    # Issue 13, fifth session, second round: other issuers' forms (made-up sentences).
    # A police unit ("Cảnh sát": unit_heads) whose name holds comma compounds and "và".
    ('police_fire_units',
     ('1. Cảnh sát phòng cháy, chữa cháy tỉnh chủ trì kiểm tra an toàn phòng cháy tại các cơ sở.\n'
      '2. Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh hướng dẫn các cơ sở '
      'xây dựng phương án chữa cháy.\n'),
     {('Cảnh sát phòng cháy, chữa cháy tỉnh', 'execute'),
            ('Cảnh sát phòng cháy, chữa cháy tỉnh', 'lead'),
            ('Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh', 'execute')}),
    # "vận động" ends a class's name (unit_stops: "các tổ chức thành viên | vận động Nhân dân").
    ('front_members_van_dong',
     'Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên vận động Nhân dân tham gia.\n',
     {('các tổ chức thành viên', 'execute'),
            ('Ủy ban MTTQ Việt Nam tỉnh', 'execute')}),
    # Ministries' office-holders: "cơ quan ngang bộ" whole (name_phrases; it gave "Thủ trưởng cơ
    # quan" too), "thuộc, trực thuộc Bộ" a tail holding a comma (name_tails), "Tổng cục trưởng Tổng
    # cục …" one holder (unit_heads; it gave two).
    ('ministry_holders',
     ('1. Thủ trưởng cơ quan ngang bộ chịu trách nhiệm tổ chức thực hiện.\n'
      '2. Thủ trưởng các đơn vị thuộc, trực thuộc Bộ tổ chức triển khai.\n'
      '3. Tổng cục trưởng Tổng cục Thủy lợi chỉ đạo việc kiểm tra các hồ chứa.\n'),
     {('Thủ trưởng các đơn vị thuộc, trực thuộc Bộ', 'execute'),
            ('Thủ trưởng cơ quan ngang bộ', 'execute'),
            ('Tổng cục trưởng Tổng cục Thủy lợi', 'execute')}),
    # Schools' bodies and office-holders ("đại diện cha mẹ học sinh": name_phrases; "Chi đoàn",
    # "Liên đội", "Giáo viên bộ môn", "Tổ trưởng": unit_heads).
    ('school_bodies',
     ('1. Ban đại diện cha mẹ học sinh phối hợp với nhà trường vận động học sinh đến lớp.\n'
      '2. Chi đoàn giáo viên, Liên đội tổ chức các hoạt động ngoại khóa.\n'
      '3. Giáo viên bộ môn thực hiện đúng chương trình dạy học.\n'
      '4. Tổ trưởng các tổ chuyên môn\nXây dựng kế hoạch của tổ.\n'),
     {('Ban đại diện cha mẹ học sinh', 'coordinate'),
            ('Ban đại diện cha mẹ học sinh', 'execute'),
            ('Chi đoàn giáo viên', 'execute'),
            ('Giáo viên bộ môn', 'execute'),
            ('Liên đội', 'execute'),
            ('Tổ trưởng các tổ chuyên môn', 'execute')}),
    # A commune's office-holders ("tổ dân phố" a word of the name: name_phrases).
    ('village_heads',
     '5. Trưởng thôn, Tổ trưởng tổ dân phố theo chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch.\n',
     {('Trưởng thôn', 'execute'),
            ('Tổ trưởng tổ dân phố', 'execute')}),
    # A paragraph of the implementation part opening with a watching cue: execute and monitor, as
    # the same words in a numbered item (it gave monitor only).
    # A name followed by a verb of connecting or updating ("kết nối", "cập nhật": unit_stops) ends
    # before it (probe m109 gave "Cục Chuyển đổi số kết nối").
    ('verbs_after_names',
     '2. Cục Chuyển đổi số phối hợp với Cục Quản lý đất đai cập nhật dữ liệu; Văn phòng Bộ phối hợp với '
     'Cục Thuế kết nối, trao đổi thông tin.\n',
     {('Cục Chuyển đổi số', 'coordinate'), ('Cục Chuyển đổi số', 'execute'),
            ('Cục Quản lý đất đai', 'coordinate'), ('Cục Thuế', 'coordinate'),
            ('Văn phòng Bộ', 'coordinate'), ('Văn phòng Bộ', 'execute')}),
    ('paragraph_theo_doi',
     'Các thành viên Ban Chỉ huy tỉnh theo dõi địa bàn được phân công.\n',
     {('Các thành viên Ban Chỉ huy tỉnh', 'execute'),
            ('Các thành viên Ban Chỉ huy tỉnh', 'monitor')}),
]


@pytest.mark.parametrize("name,body,expected", PROBES, ids=[p[0] for p in PROBES])
def test_probe_units(name, body, expected):
    assert pairs(HEAD + body + TAIL) == expected



PARTY_PLAN = ('ĐẢNG BỘ TỈNH QUẢNG NAM\n'
 'TỈNH ỦY\n'
 'Số 45-KH/TU\n'
 'Quảng Nam, ngày 5 tháng 3 năm 2025\n'
 'KẾ HOẠCH\n'
 'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\n'
 'I. MỤC ĐÍCH, YÊU CẦU\n'
 'Quán triệt sâu sắc nội dung Chỉ thị.\n'
 'II. NỘI DUNG\n'
 'Tổ chức học tập, quán triệt.\n'
 'III. TỔ CHỨC THỰC HIỆN\n'
 '1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn, theo dõi, '
 'đôn đốc việc thực hiện Kế hoạch này.\n'
 '2. Các huyện ủy, thị ủy, thành ủy, Đảng ủy các xã trực thuộc Tỉnh ủy xây dựng kế hoạch '
 'triển khai thực hiện.\n'
 '3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.\n'
 'Nơi nhận:\n'
 '- Lưu VPTU.\n'
 'T/M TỈNH ỦY\n'
 'PHÓ BÍ THƯ\n'
 'Trần Văn Bình\n')


def test_party_plan_units():
    # as numbered_heading_a_b and thuong_truc ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn
    # phòng Tỉnh ủy": it leads, the Văn phòng coordinates; the annotation README)
    assert pairs(PARTY_PLAN) == {
            ('Ban Tuyên giáo Tỉnh ủy', 'execute'),
            ('Ban Tuyên giáo Tỉnh ủy', 'lead'),
            ('Ban Tuyên giáo Tỉnh ủy', 'monitor'),
            ('Các huyện ủy, thị ủy, thành ủy', 'execute'),
            ('Văn phòng Tỉnh ủy', 'coordinate'),
            ('Đảng ủy các xã trực thuộc Tỉnh ủy', 'execute'),
            ('Ủy ban Kiểm tra Tỉnh ủy', 'execute'),
            ('Ủy ban Kiểm tra Tỉnh ủy', 'monitor')}



UNION = ('LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK NÔNG\n'
 'LĐLĐ HUYỆN KRÔNG NÔ\n'
 'Số: 12/KH-LĐLĐ\n'
 'Krông Nô, ngày 05 tháng 01 năm 2024\n'
 'KẾ HOẠCH\n'
 'Tuyên truyền Nghị quyết Đại hội Công đoàn\n'
 'I. MỤC ĐÍCH, YÊU CẦU\n'
 'Nâng cao nhận thức của đoàn viên.\n'
 'II. NỘI DUNG\n'
 'Tuyên truyền sâu rộng.\n'
 'III. TỔ CHỨC THỰC HIỆN\n'
 '1. Ban Thường vụ LĐLĐ huyện\n'
 'Chỉ đạo, kiểm tra việc triển khai thực hiện Kế hoạch.\n'
 '2. Công đoàn cơ sở trực thuộc\n'
 'Xây dựng kế hoạch tuyên truyền, báo cáo kết quả về LĐLĐ huyện trước ngày 15/10/2024.\n'
 'Nơi nhận:\n'
 '- LĐLĐ tỉnh (b/c);\n'
 '- Lưu VT.\n'
 'TM. BAN THƯỜNG VỤ\n'
 'CHỦ TỊCH\n'
 'Lê Thị Minh\n')


def test_union_plan_units():
    # "Chỉ đạo, kiểm tra việc triển khai …": "kiểm tra" over work in a later comma-clause is
    # monitor (comma_clause_cues); opening a task it is not (mostly the unit's own inspections).
    assert pairs(UNION) == {('Ban Thường vụ LĐLĐ huyện', 'execute'),
            ('Ban Thường vụ LĐLĐ huyện', 'monitor'),
            ('Công đoàn cơ sở trực thuộc', 'execute'),
            ('LĐLĐ huyện', 'report')}



SCHOOL_PLAN = ('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH OAI\n'
 'TRƯỜNG TIỂU HỌC KIM AN\n'
 'Số: 25/KH-THKA\n'
 'Kim An, ngày 10 tháng 9 năm 2024\n'
 'KẾ HOẠCH\n'
 'Tổ chức Ngày hội đọc sách năm học 2024-2025\n'
 'I. MỤC ĐÍCH, YÊU CẦU\n'
 'Phát triển văn hóa đọc trong học sinh.\n'
 'II. NỘI DUNG\n'
 'Tổ chức ngày hội đọc sách.\n'
 'III. TỔ CHỨC THỰC HIỆN\n'
 '1. Hiệu trưởng\n'
 'Chỉ đạo chung, phân công nhiệm vụ cho các bộ phận.\n'
 '2. Phó Hiệu trưởng\n'
 'Trực tiếp phụ trách, kiểm tra, đôn đốc các tổ chuyên môn thực hiện Kế hoạch.\n'
 '3. Tổ chuyên môn\n'
 'Xây dựng kế hoạch tổ chức các hoạt động đọc sách theo khối lớp.\n'
 '4. Giáo viên chủ nhiệm\n'
 'Hướng dẫn học sinh tham gia ngày hội.\n'
 'Nơi nhận:\n'
 '- Phòng GD&ĐT (b/c);\n'
 '- Lưu VT.\n'
 'HIỆU TRƯỞNG\n'
 'Nguyễn Thị Hoa\n')


def test_school_plan_units():
    assert pairs(SCHOOL_PLAN) == {('Giáo viên chủ nhiệm', 'execute'),
            ('Hiệu trưởng', 'execute'),
            ('Phó Hiệu trưởng', 'execute'),
            ('Phó Hiệu trưởng', 'monitor'),
            ('Tổ chuyên môn', 'execute')}



DECISION_CAN_CU = ('ỦY BAN NHÂN DÂN\n'
 'TỈNH QUẢNG NAM\n'
 'Số: 210/QĐ-UBND\n'
 'Quảng Nam, ngày 12 tháng 6 năm 2025\n'
 'QUYẾT ĐỊNH\n'
 'Về việc ban hành Kế hoạch phát triển du lịch cộng đồng năm 2025\n'
 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n'
 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n'
 'Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,\n'
 'QUYẾT ĐỊNH:\n'
 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2025.\n'
 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n'
 'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Chủ tịch '
 'Ủy ban nhân dân các huyện, thị xã căn cứ Quyết định thi hành./.\n'
 'Nơi nhận:\n'
 '- Như Điều 3;\n'
 '- Lưu: VT.\n'
 'KT. CHỦ TỊCH\n'
 'PHÓ CHỦ TỊCH\n'
 'Trần Văn Nam\n')


def test_decision_carried_out_can_cu():
    # "… căn cứ Quyết định thi hành" closes a decision as "chịu trách nhiệm thi hành" does
    # (carry_out_phrases; issue 13, fifth session).
    assert pairs(DECISION_CAN_CU) == {('Chánh Văn phòng Ủy ban nhân dân tỉnh', 'execute'),
            ('Chủ tịch Ủy ban nhân dân các huyện, thị xã', 'execute'),
            ('Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'execute')}



def test_decision_office_class_colon():
    # "Giám đốc các Sở: A, B, C" in a decision's closing article: the title is each member's
    # holder's ("Giám đốc Sở Công Thương", …), as "Giám đốc: Sở A, Sở B" (shared_heads); the list
    # ends at a body's own name (issue 13, fifth session).
    text = DECISION_CAN_CU.replace(
        'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Chủ tịch '
        'Ủy ban nhân dân các huyện, thị xã căn cứ Quyết định thi hành./.',
        'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Công Thương, Văn hóa, Thể thao và '
        'Du lịch, Tài chính, Chủ tịch Ủy ban nhân dân các huyện, thị xã chịu trách nhiệm thi hành Quyết '
        'định này./.')
    assert text != DECISION_CAN_CU
    assert pairs(text) == {('Chánh Văn phòng Ủy ban nhân dân tỉnh', 'execute'),
            ('Chủ tịch Ủy ban nhân dân các huyện, thị xã', 'execute'),
            ('Giám đốc Sở Công Thương', 'execute'),
            ('Giám đốc Sở Tài chính', 'execute'),
            ('Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'execute')}
    # A member whose field opens with a body's word ("Khoa học và Công nghệ": "Khoa", a hospital's
    # department) is the class's, no body of its own ending the list (field_openings; fourteenth
    # session, probe m104).
    science = text.replace('Văn hóa, Thể thao và Du lịch, Tài chính', 'Khoa học và Công nghệ, Tài chính')
    assert pairs(science) == {('Chánh Văn phòng Ủy ban nhân dân tỉnh', 'execute'),
            ('Chủ tịch Ủy ban nhân dân các huyện, thị xã', 'execute'),
            ('Giám đốc Sở Công Thương', 'execute'),
            ('Giám đốc Sở Khoa học và Công nghệ', 'execute'),
            ('Giám đốc Sở Tài chính', 'execute')}



PARTY_PLAN_BODIES = ('TỈNH ỦY QUẢNG NAM\n'
 'Số 52-KH/TU\n'
 'Quảng Nam, ngày 12 tháng 5 năm 2025\n'
 'KẾ HOẠCH\n'
 'Thực hiện Kết luận số 14-KL/TW của Bộ Chính trị\n'
 'I. MỤC ĐÍCH, YÊU CẦU\n'
 'Quán triệt sâu sắc nội dung Kết luận.\n'
 'II. TỔ CHỨC THỰC HIỆN\n'
 '1. Các ban xây dựng Đảng, Văn phòng Tỉnh ủy theo chức năng, nhiệm vụ hướng dẫn, kiểm tra, đôn '
 'đốc việc thực hiện.\n'
 '2. Thường trực Tỉnh ủy chỉ đạo chung việc thực hiện Kế hoạch.\n'
 '3. Các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt chuyên đề.\n'
 'Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội Nông dân tỉnh chỉ đạo xây dựng kế hoạch tổ chức đại hội.\n'
 'Nơi nhận:\n'
 '- Lưu VPTU.\n'
 'T/M BAN THƯỜNG VỤ\n'
 'PHÓ BÍ THƯ\n'
 'Trần Văn Bình\n')


def test_party_plan_bodies():
    # "các ban xây dựng Đảng", "Thường trực Tỉnh" + "ủy" (name_phrases: the tagger calls "xây dựng"
    # a verb, cuts "ủy" off); "các chi bộ, đảng bộ cơ sở" one class (group_heads); "X giao Y …":
    # Y executes, the name not run over "giao" to the next place word (issue 13, fifth session).
    assert pairs(PARTY_PLAN_BODIES) == {('Các ban xây dựng Đảng', 'execute'),
            ('Các ban xây dựng Đảng', 'monitor'),
            ('Các chi bộ, đảng bộ cơ sở', 'execute'),
            ('Thường trực Tỉnh ủy', 'execute'),
            ('Văn phòng Tỉnh ủy', 'execute'),
            ('Văn phòng Tỉnh ủy', 'monitor'),
            ('Đảng đoàn Hội Nông dân tỉnh', 'execute')}


def test_programme_opening_paragraph_and_lower_case_forces_ninth_session():
    # A Government programme opens its measures with a paragraph naming the bodies that carry them
    # out (outside the implementation part, ending in ":"); in a list after "phối hợp với" a
    # force's name may open in lower case ("lực lượng Cảnh sát biển"): each is a unit. A part of
    # aims opening the same way gives no task.
    body = ('III. NHIỆM VỤ, GIẢI PHÁP\n'
            'Các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương theo chức năng, '
            'nhiệm vụ được giao tập trung thực hiện các nhiệm vụ, giải pháp sau:\n'
            '1. Tăng cường tuần tra trên biển\n'
            'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Quốc phòng, lực lượng Cảnh sát biển, '
            'lực lượng Bộ đội Biên phòng tổ chức tuần tra.\n'
            'IV. CHỈ TIÊU ĐẾN NĂM 2030\n'
            'Ngành Y tế phấn đấu cùng toàn tỉnh hoàn thành các chỉ tiêu:\n'
            '1. 100% trạm y tế xã có bác sĩ.\n')
    got = pairs(HEAD.replace('III. TỔ CHỨC THỰC HIỆN\n', '') + body + TAIL)
    assert got == {("Các bộ, ngành", "execute"),
                   ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
                   ("Bộ Nông nghiệp và Môi trường", "lead"), ("Bộ Quốc phòng", "coordinate"),
                   ("lực lượng Cảnh sát biển", "coordinate"), ("lực lượng Bộ đội Biên phòng", "coordinate")}


def test_sentence_with_the_bodies_duty_basis_outside_the_implementation_part_ninth_session():
    # "Các bộ, ngành, địa phương căn cứ chức năng, nhiệm vụ được giao chủ động …" in a part of
    # measures, before its first item: the bodies execute; a sentence of no body gives none.
    body = ('III. NHIỆM VỤ, GIẢI PHÁP\n'
            'Để đạt được mục tiêu trên, cần thực hiện các giải pháp sau.\n'
            'Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch.\n'
            '1. Hoàn thiện thể chế\nRà soát văn bản.\n'
            'IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n')
    got = pairs(HEAD.replace('III. TỔ CHỨC THỰC HIỆN\n', '') + body + TAIL)
    assert got == {("Các sở, ban, ngành", "execute"), ("Sở Tư pháp", "execute"), ("Sở Tư pháp", "lead")}


def test_classes_listed_with_semicolons_after_a_time_opening_ninth_session():
    # "Trong năm 2025, các bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế, tổng
    # công ty của Nhà nước và các cơ quan, tổ chức liên quan hoàn thành …" (a Government programme's
    # measure, b01): each class executes, "của Nhà nước" is part of a name, the vague class is none.
    body = ('III. NHIỆM VỤ, GIẢI PHÁP\n1. Nhiệm vụ\na) Tổ chức quán triệt Nghị quyết\n'
            'Trong năm 2025, các bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế, tổng công ty '
            'của Nhà nước và các cơ quan, tổ chức liên quan hoàn thành việc phổ biến, quán triệt Nghị quyết.\n'
            'IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n')
    got = pairs(HEAD.replace('III. TỔ CHỨC THỰC HIỆN\n', '') + body + TAIL)
    assert got == {("các bộ, ngành", "execute"), ("các cấp chính quyền địa phương", "execute"),
                   ("các tập đoàn kinh tế, tổng công ty của Nhà nước", "execute"),
                   ("Sở Tư pháp", "execute"), ("Sở Tư pháp", "lead")}


def test_names_and_fields_wrapped_by_a_pdf_text_layer_ninth_session():
    # A PDF's text layer wraps a field's units onto the next line ("Cơ quan chủ trì theo dõi:\nSở
    # Khoa học và Công nghệ."), a name after its lower-case head ("phối hợp với lực lượng\nCông an
    # tỉnh") and after its lower-case words ("báo cáo Ban Thường vụ\nLiên đoàn Lao động tỉnh").
    # (The subject of "chủ động, tích cực phối hợp" coordinates too, past the adverbs: the
    # annotation README's coordinate, forty-sixth session.)
    body = ('1. Tỷ lệ hồ sơ được số hóa đạt 90%. Cơ quan chủ trì theo dõi:\nSở Khoa học và Công nghệ.\n'
            '2. Các ban, ngành, đoàn thể chủ động, tích cực phối hợp với lực lượng\nCông an tỉnh trong rà soát, '
            'quản lý người nghiện; định kỳ báo cáo Ban Thường vụ\nLiên đoàn Lao động tỉnh kết quả thực hiện.\n')
    got = pairs(HEAD + body + TAIL)
    assert got == {("Sở Khoa học và Công nghệ", "lead"), ("Sở Khoa học và Công nghệ", "monitor"),
                   ("Các ban, ngành, đoàn thể", "execute"), ("Các ban, ngành, đoàn thể", "coordinate"),
                   ("lực lượng Công an tỉnh", "coordinate"),
                   ("Ban Thường vụ Liên đoàn Lao động tỉnh", "report")}


def test_party_committees_and_party_organisations_in_lower_case_ninth_session():
    # A Politburo resolution's implementation part: "Cấp ủy, tổ chức đảng các cấp tổ chức phổ biến
    # …" names two bodies, the second wholly in lower case (the tagger calls "tổ chức đảng" verbs);
    # after a class ("Các cấp ủy, …") or another body it is a unit of its own too.
    body = ('IV. TỔ CHỨC THỰC HIỆN\n'
            '1. Cấp ủy, tổ chức đảng các cấp tổ chức phổ biến, quán triệt nội dung Nghị quyết tới cán bộ, đảng viên.\n'
            '2. Sở Y tế, tổ chức đảng cơ sở xây dựng chương trình hành động.\n'
            '3. Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n')
    got = pairs(HEAD.replace('III. TỔ CHỨC THỰC HIỆN\n', '') + body + TAIL)
    assert got == {("Cấp ủy", "execute"), ("tổ chức đảng các cấp", "execute"), ("Sở Y tế", "execute"),
                   ("tổ chức đảng cơ sở", "execute"), ("Sở Tư pháp", "execute"), ("Sở Tư pháp", "lead")}


def test_kind_of_the_governments_bodies_in_a_class_list_ninth_session():
    # A Government programme's annex: "Các bộ, ngành, cơ quan thuộc Chính phủ có liên quan, các Ủy
    # ban nhân dân tỉnh, …" in the lead column names the class of ministries and the Government's
    # agencies apart (their "có liên quan" no vague mention); one more word before "thuộc" is a
    # misprint of "trực"; after an office's title the kind stays in the holder's name (each kind's:
    # the carrying-out sentence's "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ" is two).
    body = ('III. TỔ CHỨC THỰC HIỆN\n'
            'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chịu trách nhiệm thi hành Kế hoạch này.\n'
            '\nPHỤ LỤC\n'
            'TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian\n'
            '1 | Tuyên truyền Nghị quyết | Chương trình | Các bộ, ngành, cơ quan trữ thuộc Chính phủ có liên quan, '
            'các Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương |  | Năm 2025\n'
            '2 | Sửa đổi Luật Đất đai | Luật | Bộ Tư pháp | Bộ Tài chính, các bộ, ngành liên quan | Năm 2026\n')
    got = pairs(HEAD.replace('III. TỔ CHỨC THỰC HIỆN\n', '') + body + TAIL)
    assert got == {("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"),
                   ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
                   ("Các bộ, ngành", "lead"), ("cơ quan trữ thuộc Chính phủ có liên quan", "lead"),
                   ("các Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "lead"),
                   ("Bộ Tư pháp", "lead"), ("Bộ Tài chính", "coordinate")}


ANNEX_ROWS = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
    ['I', 'HOÀN THIỆN THỂ CHẾ', '', '', '', ''],
    ['1', 'Xây dựng Nghị định về khoáng sản', 'Bộ Tư pháp', 'Bộ Tài chính<br>Bộ Công Thương', '2025', 'Nghị định'],
    ['2', 'Sửa đổi Thông tư hướng dẫn', 'Bộ Xây dựng', 'Bộ Nội vụ; Bộ Y tế', 'Năm 2026', 'Thông tư'],
    ['A.', 'BỘ CÔNG AN', '', '', '', ''],
    ['3', 'Tăng cường kiểm tra', 'Bộ Công an',
     '- Bộ Quốc phòng<br>- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', '2025', 'Báo cáo'],
    ['4', 'Rà soát quy hoạch', 'Các bộ, ngành, địa phương', 'Bộ Tài chính và các bộ, ngành liên quan',
     'Hằng năm', 'Báo cáo'],
]
ANNEX_PAIRS = {("Bộ Tư pháp", "lead"), ("Bộ Tài chính", "coordinate"), ("Bộ Công Thương", "coordinate"),
               ("Bộ Xây dựng", "lead"), ("Bộ Nội vụ", "coordinate"), ("Bộ Y tế", "coordinate"),
               ("Bộ Công an", "lead"), ("Bộ Quốc phòng", "coordinate"),
               ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "coordinate"),
               ("Sở Tư pháp", "lead")}  # (row 4's "Các bộ, ngành, địa phương" names everyone, no unit)


def _annex_plan(table: str) -> str:
    return HEAD + 'Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + '\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n' + table


@pytest.mark.parametrize('form', ['pipe', 'cells'])
def test_programme_annex_task_table_ninth_session(form):
    # A Government programme's annex: group rows ("I | HOÀN THIỆN THỂ CHẾ", "A. | BỘ CÔNG AN") name
    # no unit; several units to a cell after "<br>", ";" or "- "; a class leads; "các bộ, ngành
    # liên quan" after "và" is vague; a year alone in the deadline cell is the row's deadline. The
    # same table as pipe rows and one cell per line (pipeline/tables.py).
    if form == 'pipe':
        table = ''.join('| ' + ' | '.join(r) + ' |\n' + ('|---' * 6 + '|\n' if k == 0 else '')
                        for k, r in enumerate(ANNEX_ROWS))
    else:
        rows = [[c.replace('<br>', '\n') for c in r if c] for r in ANNEX_ROWS]
        table = ''.join(''.join('|\n' + c + '\n' for c in r) + '|\n' for r in rows) + '|\n'
    rs = extract(text=_annex_plan(table)).responsibilities
    assert {(r.unit, r.role) for r in rs} == ANNEX_PAIRS
    assert {r.deadline for r in rs if r.unit == 'Bộ Nội vụ'} == {'2026'}
    assert {r.deadline for r in rs if r.unit == 'Bộ Quốc phòng'} == {'2025'}


def test_programme_annex_header_over_two_rows_ninth_session():
    # "Cơ quan thực hiện" over "Chủ trì | Phối hợp", in pipe rows and one cell per line.
    pipe = ('| TT | Nhiệm vụ | Cơ quan thực hiện | | Thời gian hoàn thành |\n'
            '| | | Chủ trì | Phối hợp | |\n'
            '| 1 | Xây dựng Nghị định | Bộ Tư pháp | Bộ Tài chính, Bộ Công Thương | 2025 |\n'
            '| 2 | Kiểm tra việc thực hiện | Bộ Công an | Các bộ, ngành, địa phương | 2026 |\n')
    rows = [['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', 'Thời gian hoàn thành'], ['Chủ trì', 'Phối hợp'],
            ['1', 'Xây dựng Nghị định', 'Bộ Tư pháp', 'Bộ Tài chính, Bộ Công Thương', '2025'],
            ['2', 'Kiểm tra việc thực hiện', 'Bộ Công an', 'Các bộ, ngành, địa phương', '2026']]
    cells = ''.join(''.join('|\n' + c + '\n' for c in r) + '|\n' for r in rows) + '|\n'
    expected = {("Bộ Tư pháp", "lead"), ("Bộ Tài chính", "coordinate"), ("Bộ Công Thương", "coordinate"),
                ("Bộ Công an", "lead"), ("Sở Tư pháp", "lead")}
    for table in (pipe, cells):
        assert pairs(_annex_plan(table)) == expected


def test_body_singled_out_among_those_directed_ninth_session():
    # "Bộ Công an chỉ đạo lực lượng công an các cấp, đặc biệt là công an cấp xã, tăng cường kiểm
    # tra …": the bodies directed and the one singled out among them are told the task.
    body = ('1. Công an tỉnh chỉ đạo lực lượng công an các cấp, đặc biệt là công an cấp xã, tăng cường '
            'kiểm tra, xử lý nghiêm các hành vi đốt rác thải.\n')
    got = pairs(HEAD + body + TAIL)
    assert got == {("Công an tỉnh", "execute"), ("lực lượng công an các cấp", "execute"),
                   ("công an cấp xã", "execute")}


def test_ministries_under_a_lettered_assignment_part_tenth_session():
    """"C. NHIỆM VỤ CỤ THỂ CỦA CÁC BỘ, NGÀNH" over "I. Bộ …", "II. Bộ Quốc phòng": a lettered top
    level's Roman sections are its unit headings; "Bộ Chỉ huy Bộ đội\\nBiên phòng tỉnh" wrapped
    after "Bộ đội"; "Văn phòng thường trực Ban Chỉ đạo …" one name (no lead: "thường trực" is its
    name's); "Trung ương Hội Liên hiệp Phụ nữ Việt Nam" a unit."""
    text = ('BAN CHỈ ĐẠO QUỐC GIA\nSố: 27/KH-BCĐ\nHà Nội, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\n'
            'Chống khai thác hải sản bất hợp pháp năm 2026\n'
            'A. MỤC ĐÍCH, YÊU CẦU\nBảo đảm triển khai kịp thời.\n'
            'B. NHIỆM VỤ CỤ THỂ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG\n'
            'I. Bộ Quốc phòng\nChỉ đạo Cảnh sát biển Việt Nam tăng cường tuần tra.\n'
            'II. Ủy ban nhân dân các tỉnh ven biển\n'
            '1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Chỉ huy Bộ đội\n'
            'Biên phòng tỉnh kiểm soát tàu cá ra vào cảng.\n'
            'III. Đề nghị Trung ương Hội Liên hiệp Phụ nữ Việt Nam tuyên truyền, vận động.\n'
            'C. TỔ CHỨC THỰC HIỆN\n'
            '1. Văn phòng thường trực Ban Chỉ đạo quốc gia theo dõi, đôn đốc việc thực hiện.\n' + TAIL)
    assert pairs(text) == {
        ("Bộ Quốc phòng", "execute"), ("Cảnh sát biển Việt Nam", "execute"),
        ("Ủy ban nhân dân các tỉnh ven biển", "execute"),
        ("Sở Nông nghiệp và Môi trường", "execute"), ("Sở Nông nghiệp và Môi trường", "lead"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"),  # (the lead working with it: no coordinator)
        ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "execute"),
        ("Văn phòng thường trực Ban Chỉ đạo quốc gia", "execute"),
        ("Văn phòng thường trực Ban Chỉ đạo quốc gia", "monitor")}


def test_police_units_and_the_bodies_they_belong_to_tenth_session():
    """"Phòng Cảnh sát điều tra tội phạm về ma túy" is one name ("điều tra" no verb there); an
    office or a department and the bodies it belongs to after commas are one unit as printed
    ("Phòng 5, Cục …, Bộ Công an"; "Cục …, Bộ Công an" where the two are the whole list), not a
    list of bodies ("Cục Hải quan, Bộ Công an, Bộ Quốc phòng")."""
    body = ('1. Giao Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an chủ trì, phối hợp với '
            'Cục Hải quan, Bộ Công an, Bộ Quốc phòng tổ chức thực hiện.\n'
            '2. Công an tỉnh chỉ đạo Phòng Cảnh sát điều tra tội phạm về ma túy tăng cường kiểm tra; '
            'báo cáo kết quả về Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an.\n')
    assert pairs(HEAD + body + TAIL) == {
        ("Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "execute"),
        ("Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "lead"),
        ("Cục Hải quan", "coordinate"), ("Bộ Công an", "coordinate"), ("Bộ Quốc phòng", "coordinate"),
        ("Công an tỉnh", "execute"), ("Phòng Cảnh sát điều tra tội phạm về ma túy", "execute"),
        ("Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "report")}


def test_a_table_of_aims_with_a_column_of_monitors_tenth_session():
    """"STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan theo dõi": the bodies of the monitor column
    watch each row's aim (a task table needs no lead column)."""
    table = ('| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Cơ quan theo dõi |\n|---|---|---|---|---|---|\n'
             '| 1 | Tỷ lệ hồ sơ xử lý trực tuyến toàn trình | % | 60 | 70 | Văn phòng UBND tỉnh |\n'
             '| 2 | Tỷ trọng kinh tế số trong GRDP | % | 18 | 24 | Cục Thống kê tỉnh |\n')
    got = pairs(HEAD + 'Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + '\nPHỤ LỤC\n' + table)
    assert got == {("Sở Tư pháp", "lead"), ("Văn phòng UBND tỉnh", "monitor"), ("Cục Thống kê tỉnh", "monitor")}


def test_unit_headings_without_numbers_tenth_session():
    # A Word document saved as text: its automatic numbering lost, each unit's heading a line of
    # its name alone over the paragraph of its tasks (joined headings split at ";", "Đề nghị").
    text = HEAD + (
        'Sở Tài chính\n'
        'Chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện Kế hoạch.\n'
        'Sở Xây dựng; Sở Y tế\n'
        'Theo chức năng, nhiệm vụ, hướng dẫn các xã thực hiện các tiêu chí thuộc ngành.\n'
        'Ngân hàng Chính sách xã hội chi nhánh tỉnh\n'
        'Ưu tiên nguồn vốn tín dụng chính sách cho hộ nghèo.\n'
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n'
        'Là cơ quan thường trực phát động cuộc vận động trong Nhân dân.\n') + TAIL
    assert pairs(text) == {
        ('Sở Tài chính', 'execute'), ('Sở Tài chính', 'lead'),
        ('Sở Nội vụ', 'coordinate'),
        ('Sở Xây dựng', 'execute'), ('Sở Y tế', 'execute'),
        ('Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'execute'),
        ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'execute'), ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead')}


def test_party_dash_numbered_unit_headings_tenth_session():
    # A Party committee's plan numbers its items "1-", "2-"; "Lãnh đạo, chỉ đạo …" opens a task.
    text = ('TỈNH ỦY HÒA BÌNH\nSố: 45-KH/TU\nHòa Bình, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\n'
            'Thực hiện công tác phát triển đảng viên\n'
            'I- MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng đảng viên.\n'
            'II- TỔ CHỨC THỰC HIỆN\n'
            '1- Ban Tổ chức Tỉnh ủy\n'
            'Chủ trì hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n'
            '2- Ban cán sự đảng Ủy ban nhân dân tỉnh\n'
            'Lãnh đạo, chỉ đạo bố trí kinh phí thực hiện Kế hoạch.\n'
            '\nNơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Công Sứ\n')
    assert pairs(text) == {
        ('Ban Tổ chức Tỉnh ủy', 'execute'), ('Ban Tổ chức Tỉnh ủy', 'lead'), ('Ban Tổ chức Tỉnh ủy', 'monitor'),
        ('Ban cán sự đảng Ủy ban nhân dân tỉnh', 'execute')}


def test_office_names_the_tagger_cut_tenth_session():
    # "Văn phòng HĐND và UBND xã" is one office; "Phòng Kế hoạch tổng hợp" a hospital's office.
    text = HEAD + (
        '1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã chủ trì tổng hợp kết quả.\n'
        '2. Phòng Kế hoạch tổng hợp chủ trì xây dựng kế hoạch chi tiết.\n') + TAIL
    assert pairs(text) == {
        ('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'execute'),
        ('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'lead'),
        ('Phòng Kế hoạch tổng hợp', 'execute'), ('Phòng Kế hoạch tổng hợp', 'lead')}


def test_task_table_one_cell_a_line_after_the_signature_tenth_session():
    # A DOCX exported as text writes the annex's task table one cell a line, no bars, after the
    # signature under "Phụ lục" alone on its line: the rows' lead and coordinate cells are read.
    text = HEAD + '1. Sở Nội vụ chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + (
        '\nPhụ lục\nDANH MỤC NHIỆM VỤ NĂM 2025\n'
        'TT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n'
        '1\nTập huấn cán bộ làm công tác cải cách hành chính\nSở Nội vụ\nTrường Chính trị tỉnh\nQuý II/2025\n'
        '2\nĐánh giá chỉ số cải cách hành chính\nSở Tư pháp\nSở Tài chính; Sở Xây dựng\nTháng 10/2025\n')
    assert pairs(text) == {
        ('Sở Nội vụ', 'execute'), ('Sở Nội vụ', 'lead'), ('Trường Chính trị tỉnh', 'coordinate'),
        ('Sở Tư pháp', 'lead'), ('Sở Tài chính', 'coordinate'), ('Sở Xây dựng', 'coordinate')}


def test_body_opening_a_paragraph_of_the_tasks_part_tenth_session():
    # Under a sub-heading whose number was lost, "Trung tâm Khuyến nông tổ chức …" gives the centre
    # the task; a sentence opening with no body ("Ngân sách tỉnh hỗ trợ …") gives none.
    text = ('ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 87/KH-UBND\nTuyên Quang, ngày 25 tháng 02 năm 2026\n'
            'KẾ HOẠCH\nXây dựng nông thôn mới năm 2026\n'
            'I. MỤC ĐÍCH, YÊU CẦU\nHoàn thành các mục tiêu năm 2026.\n'
            'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n'
            'Phát triển sản xuất, nâng cao thu nhập\n'
            'Trung tâm Khuyến nông tổ chức 45 lớp tập huấn chuyển giao tiến bộ kỹ thuật cho nông dân.\n'
            'Hạ tầng nông thôn\n'
            'Cứng hóa thêm 180 km đường giao thông nông thôn. Ngân sách tỉnh hỗ trợ xi măng.\n'
            'III. TỔ CHỨC THỰC HIỆN\n'
            '1. Sở Tài chính chủ trì bố trí kinh phí.\n') + TAIL
    assert pairs(text) == {
        ('Trung tâm Khuyến nông', 'execute'), ('Sở Tài chính', 'execute'), ('Sở Tài chính', 'lead')}


def test_a_ministrys_units_in_a_task_table_tenth_session():
    # A ministry's annex: "và" inside a unit's name before a noun opening with a head's syllable
    # ("Viện Chiến lược và Khoa học pháp lý": "Khoa học" names no faculty), a journal ("Tạp chí"),
    # and a class of its departments printed capitalised with what singles them out ("Các Vụ xây
    # dựng pháp luật") are one unit each.
    table = ('| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n'
             '| 1 | Nghiên cứu mô hình đánh giá tác động | Viện Chiến lược và Khoa học pháp lý '
             '| Các Vụ xây dựng pháp luật | 2026 |\n'
             '| 2 | Số chuyên đề về xây dựng pháp luật | Tạp chí Dân chủ và Pháp luật '
             '| Vụ Kế hoạch - Tài chính, Viện Chiến lược và Khoa học pháp lý | 2027 |\n')
    assert pairs(_annex_plan(table)) == {
        ('Sở Tư pháp', 'lead'), ('Viện Chiến lược và Khoa học pháp lý', 'lead'),
        ('Các Vụ xây dựng pháp luật', 'coordinate'), ('Tạp chí Dân chủ và Pháp luật', 'lead'),
        ('Vụ Kế hoạch - Tài chính', 'coordinate'), ('Viện Chiến lược và Khoa học pháp lý', 'coordinate')}


def test_a_task_table_whose_cells_wrap_over_lines_tenth_session():
    """A PDF's text layer writes a task table one cell a line, a cell's words wrapped over two lines
    ("Bộ Nông nghiệp và\\nMôi trường", "Trung ương Đoàn\\nTNCS Hồ Chí Minh"): each row read by its
    number line, its wrapped lines joined until it has the header's cells."""
    table = ('TT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nthực hiện\n'
             '1\nRà soát điểm nguy cơ tại hồ\nchứa thủy lợi\nBộ Nông nghiệp và\nMôi trường\nUBND cấp tỉnh\n2026\n'
             '2\nTình nguyện viên cứu hộ\nTrung ương Đoàn\nTNCS Hồ Chí Minh\nBộ Công an; Bộ Quốc\nphòng\n2027\n'
             '3\nRào chắn hố công trình\nBộ Xây dựng\nHội Chữ thập đỏ Việt\nNam\n2028\n')
    got = pairs(HEAD + 'Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + '\nPHỤ LỤC\n' + table)
    assert got == {("Sở Tư pháp", "lead"),
                   ("Bộ Nông nghiệp và Môi trường", "lead"), ("UBND cấp tỉnh", "coordinate"),
                   ("Trung ương Đoàn TNCS Hồ Chí Minh", "lead"), ("Bộ Công an", "coordinate"),
                   ("Bộ Quốc phòng", "coordinate"),
                   ("Bộ Xây dựng", "lead"), ("Hội Chữ thập đỏ Việt Nam", "coordinate")}


def test_wrapped_line_tables_leaves_a_row_it_cannot_split_tenth_session():
    """A row whose lines do not join into the header's number of cells (an empty cell left out) is
    left unread; a table with most rows unread is left unread."""
    from pipeline.tables import wrapped_line_tables
    text = ('TT\nNội dung\nChủ trì\nPhối hợp\n1\nViệc một\nSở Y tế\nSở Tài chính\n'
            '2\nViệc hai\nSở Nội vụ\n3\nViệc ba\nSở Xây dựng\nUBND các xã\n')
    (table,) = wrapped_line_tables(text, 0, len(text))
    assert [r[2] for r in table] == [['TT', 'Nội dung', 'Chủ trì', 'Phối hợp'],
                                     ['1', 'Việc một', 'Sở Y tế', 'Sở Tài chính'],
                                     ['3', 'Việc ba', 'Sở Xây dựng', 'UBND các xã']]
    bad = ('TT\nNội dung\nChủ trì\nPhối hợp\n1\nViệc một\nSở Y tế\n2\nViệc hai\nSở Nội vụ\n'
           '3\nViệc ba\nSở Xây dựng\nSở Y tế\n')
    assert list(wrapped_line_tables(bad, 0, len(bad))) == []


def test_a_name_wrapped_in_prose_mid_name_tenth_session():
    # "Trung ương Hội Liên hiệp\nPhụ nữ Việt Nam": a line may not end inside "Liên hiệp Phụ nữ".
    text = HEAD + ('1. Đề nghị Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Trung ương Hội Liên hiệp\n'
                   'Phụ nữ Việt Nam\nPhối hợp tổ chức các hoạt động truyền thông.\n') + TAIL
    assert pairs(text) == {('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'execute'),
                           ('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'coordinate'),
                           ('Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'execute'),
                           ('Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'coordinate')}


def test_a_ministry_department_named_with_ve_eleventh_session():
    # "Vụ Các vấn đề chung về xây dựng pháp luật" (a ministry's department, name_phrases): the name
    # goes on over "chung" and "về"; an inspected unit's head ("Thủ trưởng đơn vị được kiểm tra")
    # keeps the passive of its name.
    text = HEAD + ('1. Vụ Các vấn đề chung về xây dựng pháp luật là đơn vị đầu mối, theo dõi, đôn đốc '
                   'các đơn vị thực hiện Kế hoạch.\n'
                   '2. Thủ trưởng đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản.\n') + TAIL
    assert pairs(text) == {('Vụ Các vấn đề chung về xây dựng pháp luật', 'execute'),
                           ('Vụ Các vấn đề chung về xây dựng pháp luật', 'lead'),
                           ('Vụ Các vấn đề chung về xây dựng pháp luật', 'monitor'),
                           ('Thủ trưởng đơn vị được kiểm tra', 'execute')}


def test_telecom_enterprises_as_units_eleventh_session():
    # Provincial branches of the telecom and postal enterprises (unit_heads "Viettel", "VNPT",
    # "MobiFone", "Bưu điện") are units, in prose and in a task table's cell.
    text = HEAD + '1. Viettel Lào Cai, VNPT Lào Cai, MobiFone Lào Cai đầu tư phát triển hạ tầng 5G.\n' + TAIL
    assert pairs(text) == {('Viettel Lào Cai', 'execute'), ('VNPT Lào Cai', 'execute'),
                           ('MobiFone Lào Cai', 'execute')}
    table = ('| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n'
             '| 1 | Đưa sản phẩm OCOP lên sàn thương mại điện tử | Sở Công Thương '
             '| Bưu điện tỉnh; Viettel Lào Cai | 2026 |\n')
    assert pairs(_annex_plan(table)) == {
        ('Sở Tư pháp', 'lead'), ('Sở Công Thương', 'lead'),
        ('Bưu điện tỉnh', 'coordinate'), ('Viettel Lào Cai', 'coordinate')}


def test_a_class_of_places_singled_out_by_co_eleventh_session():
    # A heading "Ủy ban nhân dân các xã, phường có KCN, CCN" over its tasks: "có …" singles out
    # the places (place_class_relatives), part of the class's name; "có trách nhiệm" is a duty.
    text = HEAD + ('1. Ủy ban nhân dân các xã, phường có KCN, CCN\n'
                   'Phối hợp bảo vệ hạ tầng viễn thông trên địa bàn.\n'
                   '2. Ủy ban nhân dân các xã, phường có trách nhiệm tuyên truyền Kế hoạch.\n') + TAIL
    assert pairs(text) == {('Ủy ban nhân dân các xã, phường có KCN, CCN', 'execute'),
                           ('Ủy ban nhân dân các xã, phường có KCN, CCN', 'coordinate'),
                           ('Ủy ban nhân dân các xã, phường', 'execute')}


def test_a_body_under_a_dash_numbered_heading_of_the_tasks_part_eleventh_session():
    # A Party committee's "1- …" heading the sections read as no item, longer than a lost
    # heading's ten words: the paragraph under it opening with a body gives it the task; a bare
    # "Chi bộ" (each Party cell) is no unit.
    text = ('TỈNH ỦY HÒA BÌNH\nSố 152-KH/TU\nHòa Bình, ngày 18 tháng 6 năm 2024\nKẾ HOẠCH\n'
            'nâng cao chất lượng sinh hoạt chi bộ\nI- MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\n'
            'II- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n'
            '1- Tăng cường lãnh đạo, chỉ đạo của cấp ủy các cấp đối với sinh hoạt chi bộ\n'
            'Cấp ủy cơ sở xây dựng chương trình sinh hoạt chi bộ theo từng quý.\n'
            '2- Đổi mới nội dung sinh hoạt\n'
            'Chi bộ lựa chọn nội dung sinh hoạt chuyên đề sát với nhiệm vụ chính trị.\n'
            'III- TỔ CHỨC THỰC HIỆN\n1- Ban Tổ chức Tỉnh ủy\nHướng dẫn thực hiện Kế hoạch.\n'
            'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Công Sứ\n')
    assert pairs(text) == {('Cấp ủy cơ sở', 'execute'), ('Ban Tổ chức Tỉnh ủy', 'execute')}


def test_units_one_a_line_of_a_markdown_cell_eleventh_session():
    """A pipe cell's "<br>" between units names one unit a line, whether or not the line before
    is a name the rules read whole ("Viện Chiến lược và Khoa học pháp lý"); a name broken after a
    comma or a connective, or before words in lower case, stays one."""
    from pipeline import extract
    doc = extract(text=(
        "UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\nTriển khai Luật\nI. NHIỆM VỤ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Xây dựng Nghị định | Bộ Tài chính | Bộ XD<br>Bộ TP<br>UBND cấp tỉnh | Tháng 4/2025 |\n"
        "| 2 | Ứng dụng trí tuệ nhân tạo | Cục Công nghệ thông tin | Viện Chiến lược và Khoa học pháp lý<br>"
        "Vụ Các vấn đề chung về xây dựng pháp luật | 2026 |\n"
        "| 3 | Rà soát | Ủy ban nhân dân<br>tỉnh Lào Cai | Sở Văn hóa, Thể thao<br>và Du lịch | 2026 |\n"
        "| 4 | Rà soát | Trung ương Đoàn<br>TNCS Hồ Chí Minh | Bộ Lao động - Thương binh và<br>Xã hội | 2026 |\n"))
    assert [(r.unit, r.role) for r in doc.responsibilities] == [
        ("Bộ Tài chính", "lead"), ("Bộ XD", "coordinate"), ("Bộ TP", "coordinate"),
        ("UBND cấp tỉnh", "coordinate"), ("Cục Công nghệ thông tin", "lead"),
        ("Viện Chiến lược và Khoa học pháp lý", "coordinate"),
        ("Vụ Các vấn đề chung về xây dựng pháp luật", "coordinate"), ("Ủy ban nhân dân tỉnh Lào Cai", "lead"),
        ("Sở Văn hóa, Thể thao và Du lịch", "coordinate"), ("Trung ương Đoàn TNCS Hồ Chí Minh", "lead"),
        ("Bộ Lao động - Thương binh và Xã hội", "coordinate")]


def test_investors_and_an_inspection_team_eleventh_session_b():
    """"Các chủ đầu tư" (the project owners of a public investment plan) is a class of bodies as
    "các nhà đầu tư"; a team's head and members are holders ("Trưởng đoàn kiểm tra", the tagger's
    "Trưởng đoàn" + "kiểm tra"; "Thành viên Đoàn kiểm tra")."""
    text = ('SỞ Y TẾ TỈNH ABC\nSố: 21/KH-SYT\nABC, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra năm 2026\n'
            'I. MỤC ĐÍCH\nBảo đảm chất lượng.\nII. TỔ CHỨC THỰC HIỆN\n'
            '1. Trưởng đoàn kiểm tra\nPhân công nhiệm vụ cho thành viên.\n'
            '2. Thành viên Đoàn kiểm tra\nThực hiện nhiệm vụ do Trưởng đoàn phân công.\n'
            '3. Các chủ đầu tư\nLập kế hoạch giải ngân chi tiết của từng dự án.\n'
            'GIÁM ĐỐC\nNguyễn Văn A\n')
    assert pairs(text) == {('Trưởng đoàn kiểm tra', 'execute'), ('Thành viên Đoàn kiểm tra', 'execute'),
                           ('Các chủ đầu tư', 'execute')}


def test_deputies_with_their_areas_and_a_department_named_by_its_area_eleventh_session_c():
    """An office-holder with the area in their charge ("Phó Hiệu trưởng phụ trách cơ sở vật chất,
    tài chính chỉ đạo …": holder_areas) and a department named by its area ("Vụ Các vấn đề chung
    về biến đổi khí hậu, kinh tế và môi trường tham mưu …": department_areas): the name runs over
    commas and "và" to the next duty verb; not where no verb follows in the clause."""
    text = HEAD + ('1. Phó Hiệu trưởng phụ trách đào tạo chỉ đạo công tác tuyển sinh, đào tạo.\n'
                   '2. Phó Hiệu trưởng phụ trách cơ sở vật chất, tài chính chỉ đạo bảo đảm các điều kiện.\n'
                   '3. Phó Chủ tịch UBND huyện phụ trách lĩnh vực văn hóa - xã hội theo dõi việc thực hiện.\n'
                   '4. Phó Giám đốc Sở phụ trách công tác này.\n'
                   '5. Vụ Các vấn đề chung về biến đổi khí hậu, kinh tế và môi trường tham mưu lồng ghép '
                   'nội dung thích ứng vào các quy hoạch.\n') + TAIL
    assert pairs(text) == {('Phó Hiệu trưởng phụ trách đào tạo', 'execute'),
                           ('Phó Hiệu trưởng phụ trách cơ sở vật chất, tài chính', 'execute'),
                           ('Phó Chủ tịch UBND huyện phụ trách lĩnh vực văn hóa - xã hội', 'execute'),
                           ('Phó Chủ tịch UBND huyện phụ trách lĩnh vực văn hóa - xã hội', 'monitor'),
                           ('Phó Giám đốc Sở', 'execute'),
                           ('Vụ Các vấn đề chung về biến đổi khí hậu, kinh tế và môi trường', 'execute'),
                           ('Vụ Các vấn đề chung về biến đổi khí hậu, kinh tế và môi trường', 'lead')}


def test_a_second_body_asked_the_same_verb_after_a_comma_eleventh_session_c():
    """"Đề nghị A cử …, B cử …": B, told the same verb after a comma in the clause, is asked too;
    a list after "phối hợp với" is no subject ("Sở Y tế, Sở Nội vụ bố trí")."""
    text = HEAD + ('1. Sở Y tế\nChủ trì tổ chức kiểm tra.\n'
                   'Đề nghị Công an tỉnh cử 01 cán bộ Phòng Cảnh sát kinh tế, Bảo hiểm xã hội tỉnh cử 01 cán bộ '
                   'tham gia Đoàn kiểm tra.\n'
                   'Giao Sở Tài chính phối hợp với Sở Y tế, Sở Nội vụ bố trí kinh phí.\n') + TAIL
    assert pairs(text) == {('Sở Y tế', 'lead'), ('Sở Y tế', 'execute'), ('Sở Y tế', 'coordinate'),
                           ('Công an tỉnh', 'execute'), ('Bảo hiểm xã hội tỉnh', 'execute'),
                           ('Sở Tài chính', 'execute'), ('Sở Tài chính', 'coordinate'),
                           ('Sở Nội vụ', 'coordinate')}


def test_project_boards_and_owners_eleventh_session_c():
    """A heading's class with its members in brackets ("Các chủ đầu tư (Ban Quản lý dự án đầu tư
    xây dựng thành phố, …)"): each a unit beside the class; "Ban Quản lý dự án đầu tư xây dựng",
    "Ban QLDA đầu tư xây dựng" read whole (name_phrases), not "UBND huyện đầu tư xây dựng trường";
    a project list's "Chủ đầu tư" column names the owners, who execute; "Định kỳ hằng quý, các
    công đoàn cấp trên trực tiếp cơ sở rà soát …" (sentence_preambles, name_phrases)."""
    text = HEAD + ('1. Các chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng thành phố, Ban Quản lý dự án đầu tư '
                   'xây dựng công trình giao thông, Ủy ban nhân dân các xã, phường)\n'
                   'Lập kế hoạch giải ngân chi tiết của từng dự án.\n'
                   '2. Ban QLDA đầu tư xây dựng tỉnh tổ chức lựa chọn nhà thầu.\n'
                   '3. UBND huyện đầu tư xây dựng trường mầm non.\n'
                   '4. Định kỳ hằng quý, các công đoàn cấp trên trực tiếp cơ sở rà soát số doanh nghiệp.\n'
                   '| STT | Danh mục dự án | Thời gian KC-HT | Chủ đầu tư |\n| --- | --- | --- | --- |\n'
                   '| 1 | Trường THPT Thới Lai | 2025-2027 | UBND xã Thới Lai |\n') + TAIL
    assert pairs(text) == {('Các chủ đầu tư', 'execute'),
                           ('Ban Quản lý dự án đầu tư xây dựng thành phố', 'execute'),
                           ('Ban Quản lý dự án đầu tư xây dựng công trình giao thông', 'execute'),
                           ('Ủy ban nhân dân các xã, phường', 'execute'),
                           ('Ban QLDA đầu tư xây dựng tỉnh', 'execute'), ('UBND huyện', 'execute'),
                           ('các công đoàn cấp trên trực tiếp cơ sở', 'execute'),
                           ('UBND xã Thới Lai', 'execute')}


def test_a_task_annex_over_pages_with_group_rows_eleventh_session_d():
    """A PDF's text layer of a signed decision: the annex's header repeated atop each page after
    the page's number ("\\n\\n5\\n\\nTT\\nNhiệm vụ\\n…"), the same table going on, even inside a row;
    group rows ("I\\nLĨNH VỰC Y TẾ") before the first row and between rows are no cells; "…, Bộ\\nTài
    chính": a body's head alone ends no cell; a new table under the same header ("1" after it)
    is read apart."""
    from pipeline.extract.responsibilities import cell_name_broken
    from pipeline.tables import wrapped_line_tables
    header = 'TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn hoàn\nthành\n'
    annex = ('Phụ lục\nDANH MỤC NHIỆM VỤ\n' + header +
             'I\nLĨNH VỰC Y TẾ\n'
             '1\nSố hóa hồ sơ khám bệnh\nBộ Y tế\nBộ Công an, Bộ\nTài chính\nQuý II/2027\n'
             'II\n\n7\n\nLĨNH VỰC GIÁO DỤC\n'
             '2\nCấp văn bằng điện tử cho học\nsinh tốt nghiệp\nBộ Giáo dục và Đào tạo\n\n8\n\n' + header +
             'Ủy ban nhân dân cấp\ntỉnh\n2027\n'
             '3\nLiên thông thủ tục nhập học\nBộ Giáo dục và Đào tạo\nBộ Công an\nHằng năm\n'
             '\n9\n\n' + header +
             '1\nRà soát thủ tục cấp phép\nBộ Xây dựng\nBộ Tư pháp\n2028\n'
             '2\nCắt giảm điều kiện kinh doanh\nBộ Tài chính\nBộ Tư pháp\n2028\n')
    tables = list(wrapped_line_tables(annex, 0, len(annex), cell_name_broken))
    assert [[r[2] for r in t] for t in tables] == [
        [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
         ['1', 'Số hóa hồ sơ khám bệnh', 'Bộ Y tế', 'Bộ Công an, Bộ Tài chính', 'Quý II/2027'],
         ['2', 'Cấp văn bằng điện tử cho học sinh tốt nghiệp', 'Bộ Giáo dục và Đào tạo',
          'Ủy ban nhân dân cấp tỉnh', '2027'],
         ['3', 'Liên thông thủ tục nhập học', 'Bộ Giáo dục và Đào tạo', 'Bộ Công an', 'Hằng năm']],
        [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
         ['1', 'Rà soát thủ tục cấp phép', 'Bộ Xây dựng', 'Bộ Tư pháp', '2028'],
         ['2', 'Cắt giảm điều kiện kinh doanh', 'Bộ Tài chính', 'Bộ Tư pháp', '2028']]]
    got = pairs(HEAD + 'Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + '\n' + annex)
    assert got == {('Sở Tư pháp', 'lead'),
                   ('Bộ Y tế', 'lead'), ('Bộ Công an', 'coordinate'), ('Bộ Tài chính', 'coordinate'),
                   ('Bộ Giáo dục và Đào tạo', 'lead'), ('Ủy ban nhân dân cấp tỉnh', 'coordinate'),
                   ('Bộ Xây dựng', 'lead'), ('Bộ Tư pháp', 'coordinate'), ('Bộ Tài chính', 'lead')}


def test_rows_of_a_table_of_quotas_given_to_units_eleventh_session_quota():
    """A table of quotas given to units (quota_tables): under a caption naming the giving ("CHỈ
    TIÊU GIAO CÁC ĐƠN VỊ"), a header with a units column ("Đơn vị") and columns of figures: each
    row's unit executes, the totals row aside; a table of aims with no such caption names none."""
    table = ('| STT | Đơn vị | Công trình (công trình) | Hiến máu (đơn vị máu) |\n|---|---|---|---|\n'
             '| 1 | Huyện đoàn Gio Linh | 03 | 150 |\n| 2 | Đoàn Khối các cơ quan tỉnh | 02 | 250 |\n'
             '| | **Tổng cộng** | **05** | **400** |\n')
    text = HEAD + '1. Sở Nội vụ\nChủ trì tổ chức triển khai.\n' + TAIL
    quota = text + '\nPHỤ LỤC\n**CHỈ TIÊU GIAO CÁC ĐƠN VỊ NĂM 2025**\n\n' + table
    aims = text + '\nPHỤ LỤC\n**KẾT QUẢ THỰC HIỆN NĂM 2024**\n\n' + table
    assert pairs(quota) == {('Sở Nội vụ', 'lead'), ('Sở Nội vụ', 'execute'),
                            ('Huyện đoàn Gio Linh', 'execute'), ('Đoàn Khối các cơ quan tỉnh', 'execute')}
    assert pairs(aims) == {('Sở Nội vụ', 'lead'), ('Sở Nội vụ', 'execute')}


def test_mass_organisations_bodies_and_a_headed_committee_eleventh_session_quota():
    """"Thành đoàn A, Thị đoàn B bố trí …": two bodies ("Thị đoàn" a head, unit_heads); "Ban Hỗ
    trợ phụ nữ phát triển kinh tế" read whole (name_phrases); "Thành lập Ban Chỉ đạo … do đồng
    chí X làm Trưởng ban" (headed_bodies): the body and its head lead."""
    text = HEAD + ('1. Thành đoàn Đông Hà, Thị đoàn Quảng Trị bố trí đội hình tiếp sức mùa thi.\n'
                   '2. Ban Hỗ trợ phụ nữ phát triển kinh tế chủ trì các chỉ tiêu giảm nghèo.\n'
                   '3. Ban Thường vụ Tỉnh đoàn\n'
                   '- Thành lập Ban Chỉ đạo Chiến dịch cấp tỉnh do đồng chí Phó Bí thư Thường trực Tỉnh '
                   'đoàn làm Trưởng ban chỉ đạo.\n') + TAIL
    assert pairs(text) == {('Thành đoàn Đông Hà', 'execute'), ('Thị đoàn Quảng Trị', 'execute'),
                           ('Ban Hỗ trợ phụ nữ phát triển kinh tế', 'execute'),
                           ('Ban Hỗ trợ phụ nữ phát triển kinh tế', 'lead'),
                           ('Ban Thường vụ Tỉnh đoàn', 'execute'),
                           ('Ban Chỉ đạo Chiến dịch cấp tỉnh', 'lead'),
                           ('Phó Bí thư Thường trực Tỉnh đoàn', 'lead')}


def test_an_html_task_table_with_several_units_to_a_cell_eleventh_session():
    # A task table left as HTML ("<th>" header): the units of a cell parted by "<br>" or by
    # paragraphs ("<p>…</p><p>…</p>") are several, each with its column's role.
    table = ("<table>\n<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th>"
             "<th>Thời gian hoàn thành</th></tr>\n<tr><td>1</td><td>Xây dựng cơ sở dữ liệu đất đai số</td>"
             "<td>Sở Nông nghiệp và Môi trường</td><td><p>Sở Khoa học và Công nghệ</p><p>UBND các xã, phường</p></td>"
             "<td>Tháng 11/2026</td></tr>\n<tr><td>2</td><td>Diễn tập an toàn thông tin</td>"
             "<td>Công an tỉnh<br>Sở Khoa học và Công nghệ</td><td>Các sở, ban, ngành</td><td>Quý IV/2026</td></tr>\n"
             "</table>\n")
    assert pairs(_annex_plan(table)) == {
        ('Sở Tư pháp', 'lead'), ('Sở Nông nghiệp và Môi trường', 'lead'),
        ('Sở Khoa học và Công nghệ', 'coordinate'), ('UBND các xã, phường', 'coordinate'),
        ('Công an tỉnh', 'lead'), ('Sở Khoa học và Công nghệ', 'lead'), ('Các sở, ban, ngành', 'coordinate')}


def test_a_class_head_once_then_another_body_and_members_in_brackets_twelfth_session():
    """"5. Đề nghị các Sở: Xây dựng, Công Thương; Công ty Điện lực Quảng Ngãi": the class's
    members named under their head printed once, then after ";" another body of the joined
    heading; "6. Đề nghị các hiệp hội ngành hàng (Hiệp hội A, Hiệp hội B) phối hợp …": the class
    and the members in its brackets, each the subject of the task after them; "đàm phán" ends a
    name (unit_stops)."""
    body = ('1. Đề nghị các Sở: Xây dựng, Công Thương; Công ty Điện lực Quảng Ngãi\n'
            'Theo chức năng, nhiệm vụ, phối hợp với Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp.\n'
            '2. Đề nghị các hiệp hội ngành hàng (Hiệp hội Rau quả Việt Nam, Hiệp hội Lương thực Việt Nam) '
            'phối hợp phổ biến thông tin thị trường.\n'
            '3. Phối hợp với Bộ Nông nghiệp và Môi trường đàm phán mở cửa thị trường.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Sở Xây dựng', 'execute'), ('Sở Xây dựng', 'coordinate'),
        ('Sở Công Thương', 'execute'), ('Sở Công Thương', 'coordinate'),
        ('Công ty Điện lực Quảng Ngãi', 'execute'), ('Công ty Điện lực Quảng Ngãi', 'coordinate'),
        ('Sở Khoa học và Công nghệ', 'coordinate'),
        ('các hiệp hội ngành hàng', 'execute'), ('các hiệp hội ngành hàng', 'coordinate'),
        ('Hiệp hội Rau quả Việt Nam', 'execute'), ('Hiệp hội Rau quả Việt Nam', 'coordinate'),
        ('Hiệp hội Lương thực Việt Nam', 'execute'), ('Hiệp hội Lương thực Việt Nam', 'coordinate'),
        ('Bộ Nông nghiệp và Môi trường', 'coordinate')}


def test_names_ended_by_their_level_number_or_compound_twelfth_session():
    """"chỉ đạo Ủy ban nhân dân cấp xã quản lý chặt chẽ tàu cá, ngư dân": a name naming its level
    (level_word) is whole, not run on to a later place word; "Chi cục Thủy lợi và Phòng, chống
    thiên tai": "và" before a comma compound goes on the name; "đa biên" (name_words) though the
    tagger calls it a verb; a heading ending in a Roman numeral ("… khu vực XIV") ends there; "Kho
    bạc\\nNhà nước" wrapped in prose is one name (name_wrap_phrases)."""
    body = ('1. Ủy ban nhân dân tỉnh bố trí ngân sách, chỉ đạo Ủy ban nhân dân cấp xã quản lý chặt chẽ '
            'tàu cá, ngư dân trên địa bàn.\n'
            '2. Sở Nông nghiệp và Môi trường\n'
            '- Chỉ đạo Ủy ban nhân dân các xã, phường ven biển quản lý chặt chẽ tàu cá, ngư dân trên địa bàn.\n'
            '- Chỉ đạo Chi cục Thủy lợi\nvà Phòng, chống thiên tai cập nhật bản đồ vùng ngập.\n'
            '3. Vụ Chính sách thương mại đa biên phối hợp với Cục Xuất nhập khẩu hướng dẫn doanh nghiệp.\n'
            '4. Kho bạc Nhà nước khu vực XIV\n'
            'Kiểm soát, thanh toán kịp thời.\n'
            '5. Phòng Tài chính - Kế hoạch\n'
            'Chủ trì, phối hợp với Chi cục Thuế khu vực I và Kho bạc\n'
            'Nhà nước khu vực XV theo dõi tiến độ thu, chi ngân sách.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Ủy ban nhân dân tỉnh', 'execute'), ('Ủy ban nhân dân cấp xã', 'execute'),
        ('Sở Nông nghiệp và Môi trường', 'execute'),
        ('Ủy ban nhân dân các xã, phường ven biển', 'execute'),
        ('Chi cục Thủy lợi và Phòng, chống thiên tai', 'execute'),
        ('Vụ Chính sách thương mại đa biên', 'execute'), ('Vụ Chính sách thương mại đa biên', 'coordinate'),
        ('Cục Xuất nhập khẩu', 'coordinate'),
        ('Kho bạc Nhà nước khu vực XIV', 'execute'),
        ('Phòng Tài chính - Kế hoạch', 'lead'), ('Phòng Tài chính - Kế hoạch', 'execute'),
        ('Chi cục Thuế khu vực I', 'coordinate'), ('Kho bạc Nhà nước khu vực XV', 'coordinate')}


def test_a_comma_compound_a_wrapped_department_and_a_numbered_institute_twelfth_session_r12h():
    """"Cục Quản lý Khám, chữa bệnh" (comma_compounds: the comma does not end the name); "Vụ Kế
    hoạch\\nTài chính", a department's name broken where its dash was lost (name_wrap_phrases);
    "Viện Nghiên cứu nuôi trồng thủy sản I" (name_phrases) ends at its Roman number before the
    lower-case task ("… thủy sản I chuyển giao công nghệ")."""
    body = ('1. Cục Quản lý Khám, chữa bệnh chủ trì xây dựng hướng dẫn chuyên môn.\n'
            '2. Vụ Kế hoạch\nTài chính bố trí kinh phí thực hiện Kế hoạch.\n'
            '3. Trung tâm Khuyến nông quốc gia phối hợp với Viện Nghiên cứu nuôi trồng thủy sản I '
            'chuyển giao công nghệ cho người nuôi.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Cục Quản lý Khám, chữa bệnh', 'execute'), ('Cục Quản lý Khám, chữa bệnh', 'lead'),
        ('Vụ Kế hoạch Tài chính', 'execute'),
        ('Trung tâm Khuyến nông quốc gia', 'execute'), ('Trung tâm Khuyến nông quốc gia', 'coordinate'),
        ('Viện Nghiên cứu nuôi trồng thủy sản I', 'coordinate')}


def test_a_task_table_whose_cells_wrap_at_a_place_or_a_bracket_twelfth_session_r12j():
    """A PDF's text layer's task table, one cell a line: a body's name ending in a kind of place
    with the place's name on the next line ("UBND thành phố\\nLạng Sơn", wrapped_place_kinds), a
    bracket left open ("(Các Tiểu vương quốc\\nẢ Rập Thống nhất)") or a line wholly in brackets
    ("(01 hội nghị)") going on with the cell above; a class of places ("UBND các huyện, thị xã,
    thành phố") and a deadline in capitals ("Quý III") are no wrap."""
    table = ('TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nhoàn thành\n'
             '1\nKhảo sát thị trường Trung Đông (Các Tiểu vương quốc\nẢ Rập Thống nhất)\n'
             'Sở Công Thương\nSở Ngoại vụ; Hiệp hội\nDoanh nghiệp tỉnh\nQuý III\n'
             '2\nHội nghị kết nối giao thương\n(01 hội nghị)\nSở Công Thương\nCục Hải quan tỉnh\nQuảng Ngãi\n'
             'Tháng 6/2025\n'
             '3\nTổ chức lễ hội hằng năm\nUBND thành phố\nLạng Sơn\nUBND các huyện, thị xã, thành phố\nHằng năm\n'
             '4\nTập huấn khai thác FTA\nSở Công Thương\nUBND tỉnh\nQuý IV\n')
    got = pairs(HEAD + 'Sở Tư pháp chủ trì hướng dẫn thực hiện Kế hoạch.\n' + TAIL + '\nPHỤ LỤC\n' + table)
    assert got == {("Sở Tư pháp", "lead"),
                   ("Sở Công Thương", "lead"), ("Sở Ngoại vụ", "coordinate"),
                   ("Hiệp hội Doanh nghiệp tỉnh", "coordinate"), ("Cục Hải quan tỉnh Quảng Ngãi", "coordinate"),
                   ("UBND thành phố Lạng Sơn", "lead"), ("UBND các huyện, thị xã, thành phố", "coordinate"),
                   ("UBND tỉnh", "coordinate")}


def test_a_department_of_two_fields_after_a_comma_twelfth_session_r12j():
    """"Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Cục Bưu chính, Viễn thông": two
    fields printed with a comma between them in one name (comma_compounds)."""
    body = ('1. Sở Thông tin và Truyền thông (Giao Phòng Bưu chính, Viễn thông và Công nghệ thông tin) '
            'chủ trì triển khai hạ tầng.\n'
            '2. Cục Bưu chính, Viễn thông phối hợp với Sở Tư pháp hướng dẫn thực hiện.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Sở Thông tin và Truyền thông', 'execute'), ('Sở Thông tin và Truyền thông', 'lead'),
        ('Phòng Bưu chính, Viễn thông và Công nghệ thông tin', 'execute'),
        ('Cục Bưu chính, Viễn thông', 'execute'), ('Cục Bưu chính, Viễn thông', 'coordinate'),
        ('Sở Tư pháp', 'coordinate')}


def test_school_kinds_the_tagger_calls_verbs_and_a_hospital_after_a_class_thirteenth_session_u13():
    """"Phòng Giáo dục mầm non và Giáo dục\\nthường xuyên", "Trường Phổ thông Dân tộc nội trú
    tỉnh", "Trường THPT chuyên …" (name_phrases: "mầm non", "nội trú", "chuyên" are no verb or
    adjective ending the name); "các Trung tâm Y tế khu vực, Bệnh viện Sản - Nhi tỉnh": a hospital
    after a class (unit_heads: "Bệnh viện"), two units."""
    body = ('1. Phòng Giáo dục mầm non và Giáo dục\nthường xuyên: Chủ trì các chỉ tiêu về giáo dục mầm non.\n'
            '2. Trường Phổ thông Dân tộc nội trú tỉnh, Trung tâm Giáo dục nghề nghiệp - Giáo dục '
            'thường xuyên khu vực: Xây dựng kế hoạch năm học.\n'
            '3. Trường THPT chuyên Lê Quý Đôn chủ trì tổ chức kỳ thi.\n'
            '4. Sở Y tế\n- Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh, các Trung tâm Y tế khu vực, '
            'Bệnh viện Sản - Nhi tỉnh tổ chức dịch vụ sàng lọc trước sinh.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Phòng Giáo dục mầm non và Giáo dục thường xuyên', 'execute'),
        ('Phòng Giáo dục mầm non và Giáo dục thường xuyên', 'lead'),
        ('Trường Phổ thông Dân tộc nội trú tỉnh', 'execute'),
        ('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực', 'execute'),
        ('Trường THPT chuyên Lê Quý Đôn', 'execute'), ('Trường THPT chuyên Lê Quý Đôn', 'lead'),
        ('Sở Y tế', 'execute'), ('Trung tâm Kiểm soát bệnh tật tỉnh', 'execute'),
        ('các Trung tâm Y tế khu vực', 'execute'), ('Bệnh viện Sản - Nhi tỉnh', 'execute')}


def test_an_office_holder_under_its_body_and_a_school_name_wrapped_in_a_later_clause_thirteenth_session_u13b():
    """"- Chủ tịch Ủy ban nhân dân các xã, phường trực tiếp chỉ đạo …" under "2. Ủy ban nhân dân
    các xã, phường": the holder heading the body is a unit of its own (own_body_offices); "…;
    Trường THPT chuyên Lê Quý Đôn và Trường THPT chuyên\\nHùng Vương phấn đấu …": the clause after
    ";" goes on over a line break inside a name (a line ending in one of the name_phrases)."""
    body = ('1. Ủy ban nhân dân các xã, phường\n- Chủ tịch Ủy ban nhân dân các xã, phường trực tiếp chỉ '
            'đạo, chịu trách nhiệm về kết quả thực hiện tại địa phương.\n- Tổ chức phát động thi đua.\n'
            '**2. Các trường trung học phổ thông**\n\nXây dựng kế hoạch năm học bảo đảm các\nchỉ tiêu '
            'được giao; Trường THPT chuyên Lê Quý Đôn và Trường THPT chuyên\nHùng Vương phấn đấu mỗi '
            'năm học có từ 45 học sinh đạt giải.\n')
    assert pairs(HEAD + body + TAIL) == {
        ('Ủy ban nhân dân các xã, phường', 'execute'), ('Chủ tịch Ủy ban nhân dân các xã, phường', 'execute'),
        ('Các trường trung học phổ thông', 'execute'), ('Trường THPT chuyên Lê Quý Đôn', 'execute'),
        ('Trường THPT chuyên Hùng Vương', 'execute')}


def test_a_line_ending_in_a_kind_of_school_ends_its_clause_thirteenth_session():
    """A later ";" clause goes on over a line break only where the line ends with a kind a proper
    name follows ("Trường THPT chuyên\\nNguyễn Đình Chiểu"); "… các trường mầm non\\nSở Tài chính chủ
    trì …" is two sentences."""
    import pipeline
    head = ("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 01 tháng 3 năm 2025\nKẾ HOẠCH\nGiáo dục\nI. MỤC ĐÍCH\n"
            "- Nâng cao.\nII. TỔ CHỨC THỰC HIỆN\n")
    doc = pipeline.extract(text=head + "1. Sở Giáo dục và Đào tạo chủ trì triển khai kế hoạch này; Phòng Giáo dục"
                           " và Đào tạo các huyện hướng dẫn các trường mầm non\nSở Tài chính chủ trì, phối hợp bố trí"
                           " kinh phí thực hiện kế hoạch.\n")
    [office] = [r for r in doc.responsibilities if r.unit == "Phòng Giáo dục và Đào tạo các huyện"]
    assert office.tasks == ["Phòng Giáo dục và Đào tạo các huyện hướng dẫn các trường mầm non"]
