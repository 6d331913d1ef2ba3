"""Document frames shared by several cases, with the expectations they add."""
from render import tvpl_header, repo_header


def L(u, **kw):
    return dict(unit=u, role="lead", **kw)


def C(u, **kw):
    return dict(unit=u, role="coordinate", **kw)


def E(u, **kw):
    return dict(unit=u, role="execute", **kw)


def M(u, **kw):
    return dict(unit=u, role="monitor", **kw)


def R(u, **kw):
    return dict(unit=u, role="report", **kw)


def T(value, unit, words, deadline=None, until=None, kind="target", **kw):
    return dict(value=value, until=until, unit=unit, kind=kind, deadline=deadline, words=words, **kw)


OPT = dict(optional=True)

NQ_DIEU3 = ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính\n"
            "phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành\n"
            "Nghị quyết này.")
NQ_DIEU3_UNITS = [E("Bộ trưởng", printed_as=["Các Bộ trưởng"]), E("Thủ trưởng cơ quan ngang bộ"), E("Thủ trưởng cơ quan thuộc Chính phủ"),
                  E("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")]


def opt(units):
    return [dict(u, optional=True) for u in units]


def nqcp_tvpl(number, date_line, subject, body, annex, signer="Phạm Quốc Thành", dieu3=NQ_DIEU3):
    """A Government resolution issuing an action programme, TVPL rendering."""
    return f"""{tvpl_header('CHÍNH PHỦ', '', number, date_line)}

**NGHỊ QUYẾT**

BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ {subject}

**CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ;*

*Xét đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;*

**QUYẾT NGHỊ:**

**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính
phủ {subject.lower()}.

**Điều 2.** Nghị quyết có hiệu lực từ ngày ký.

**Điều 3.** {dieu3}

|
***Nơi nhận:***
- Như Điều 3;
- Văn phòng Quốc hội;
- Lưu: VT, KGVX.
|
**TM. CHÍNH PHỦ**
**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**
**{signer}**
|

**CHƯƠNG TRÌNH HÀNH ĐỘNG**

CỦA CHÍNH PHỦ {subject}
*(Ban hành kèm theo Nghị quyết số {number} {date_line.split(', ')[1]} của Chính phủ)*

{body}

{annex}
"""


def std_body_tvpl(lead="Bộ Khoa học và Công nghệ"):
    text = f"""**I. MỤC TIÊU**

Cụ thể hóa các giải pháp đã đề ra thành nhiệm vụ có thời hạn và cơ quan chủ trì rõ ràng.

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

{lead} chủ trì, theo dõi, đôn đốc việc thực hiện; cuối mỗi năm tổng hợp kết
quả, báo cáo Thủ tướng Chính phủ."""
    units = [L(lead), M(lead), R("Thủ tướng Chính phủ"), E(lead, optional=True)]
    sections = [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), ("III", "TỔ CHỨC THỰC HIỆN")]
    return text, units, sections


def qdttg_tvpl(number, date_line, subject, body, annex, signer="Lê Minh Đạo"):
    """A Prime Minister's decision approving a plan, with the plan after it, TVPL rendering."""
    return f"""{tvpl_header('THỦ TƯỚNG CHÍNH PHỦ', '', number, date_line)}

**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH {subject}

**THỦ TƯỚNG CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*

*Theo đề nghị của Bộ trưởng Bộ Tài chính;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {subject.lower()}.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

**Điều 3.** Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,
Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành
Quyết định này./.

|
***Nơi nhận:***
- Như Điều 3;
- Văn phòng Trung ương Đảng;
- Lưu: VT, KTTH (3).
|
**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**
**{signer}**
|

**KẾ HOẠCH**

{subject}
*(Kèm theo Quyết định số {number} {date_line.split(', ')[1]} của Thủ tướng Chính phủ)*

{body}

{annex}
"""


QD_DIEU3_UNITS = opt(NQ_DIEU3_UNITS)


def ministry_tvpl(ministry_upper, ministry, number, date_line, subject, body, annex, dieu3,
                  signer="Trịnh Văn Hòa", proposer="Vụ trưởng Vụ Kế hoạch - Tài chính"):
    """A ministry's decision issuing a plan, TVPL rendering."""
    return f"""{tvpl_header(ministry_upper, '', number, date_line)}

**QUYẾT ĐỊNH**

VỀ VIỆC BAN HÀNH KẾ HOẠCH {subject}

**BỘ TRƯỞNG {ministry_upper}**

*Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {ministry};*

*Theo đề nghị của {proposer}.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {subject.lower()}.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** {dieu3}

|
***Nơi nhận:***
- Như Điều 3;
- Bộ trưởng (để b/c);
- Các Thứ trưởng;
- Lưu: VT, KHTC.
|
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**{signer}**
|

**KẾ HOẠCH**

{subject}
*(Kèm theo Quyết định số {number} {date_line.split(', ')[1]} của Bộ trưởng {ministry})*

{body}

{annex}
"""


def nqcp_repo(number, date_line, subject, body, annex, dieu3=NQ_DIEU3.replace("\n", " ")):
    """The same resolution as kept in a repository: markdown with '#' headings, no hard wraps."""
    return f"""{repo_header('CHÍNH PHỦ', number, date_line)}

# NGHỊ QUYẾT

## Ban hành Chương trình hành động của Chính phủ {subject.lower()}

**CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ;*

*Xét đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;*

**QUYẾT NGHỊ:**

### Điều 1.

Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ {subject.lower()}.

### Điều 2.

Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

### Điều 3.

{dieu3}

**TM. CHÍNH PHỦ**<br>**KT. THỦ TƯỚNG**<br>**PHÓ THỦ TƯỚNG**

**Đỗ Thị Ngân**

---

# CHƯƠNG TRÌNH HÀNH ĐỘNG

## Của Chính phủ {subject.lower()}

*(Ban hành kèm theo Nghị quyết số {number} {date_line.split(', ')[1]} của Chính phủ)*

{body}

{annex}
"""
