"""Helpers to render made-up provincial plans (TVPL markdown or plain text) and write cases."""
import json, textwrap
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"
CASES.mkdir(exist_ok=True)


def header_tvpl(prov, num, place, date, title, issuer="ỦY BAN NHÂN DÂN"):
    d, m, y = date
    return (f"|\n**{issuer}**\nTỈNH {prov.upper()}\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
            f"Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: {num}/KH-UBND\n|\n*{place}, ngày\n"
            f"{d:02d} tháng {m:02d} năm {y}*\n|\n\n\n**KẾ HOẠCH**\n\n{title.upper()}\n\n")


def header_plain(prov, num, place, date, title, issuer="ỦY BAN NHÂN DÂN"):
    d, m, y = date
    return (f"{issuer}                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"TỈNH {prov.upper()}                      Độc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {num}/KH-UBND              {place}, ngày {d:02d} tháng {m:02d} năm {y}\n\n"
            f"KẾ HOẠCH\n{title}\n\n")


def wrap_tvpl(par):
    """TVPL: a short first line, then about 80 characters."""
    if len(par) <= 55:
        return par
    first = textwrap.wrap(par, 50)[0]
    rest = par[len(first):].strip()
    return first + "\n" + "\n".join(textwrap.wrap(rest, 80))


def bold_tvpl(head):
    """'**1. Sở\nKhoa học và Công nghệ**': wrapped after the first word of the name."""
    words = head.split(" ")
    if len(head) < 18 or len(words) < 3:
        return f"**{head}**"
    a = " ".join(words[:2])
    b = " ".join(words[2:])
    lines = [a] + textwrap.wrap(b, 80)
    return "**" + "\n".join(lines) + "**"


def render(body, mode):
    """body: list of paragraphs; a paragraph starting with '#' is a bold heading (TVPL) /
    a plain line (plain)."""
    out = []
    for p in body:
        if p.startswith("#"):
            h = p[1:].strip()
            out.append(bold_tvpl(h) if mode == "tvpl" else h)
        elif p.startswith("!"):  # verbatim
            out.append(p[1:])
        else:
            out.append(wrap_tvpl(p) if mode == "tvpl" else "\n".join(textwrap.wrap(p, 90)))
    return ("\n\n" if mode == "tvpl" else "\n").join(out) + ("\n\n" if mode == "tvpl" else "\n")


def closing(mode, signer="Trần Văn Minh", recips=None):
    recips = recips or ["- Như mục III;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."]
    if mode == "tvpl":
        return ("\n|\nNơi nhận:\n" + "\n".join(recips) + "\n|\n**TM. ỦY BAN NHÂN\nDÂN **\n**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n\n**" + signer + "**\n|\n")
    return ("\nNơi nhận:                                TM. ỦY BAN NHÂN DÂN\n" + "\n".join(recips)
            + "\n                                          KT. CHỦ TỊCH\n                                          PHÓ CHỦ TỊCH\n\n                                          " + signer + "\n")


def U(unit, role, *alts, opt=False):
    d = {"unit": unit, "role": role}
    if alts:
        d["printed_as"] = list(alts)
    if opt:
        d["optional"] = True
    return d


def write_case(nn, text, units, sections, targets=(), note=""):
    (CASES / f"{nn:02d}.txt").write_text(text, encoding="utf-8")
    exp = {"units": list(units), "sections": [{"label": l, "title": t} for l, t in sections],
           "targets": list(targets), "note": note}
    (CASES / f"{nn:02d}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
