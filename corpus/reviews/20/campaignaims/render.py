"""Render a made-up plan as TVPL-style markdown (pipe header, bold hard-wrapped headings, short
first line of each paragraph, ~80-char hard wraps, pipe footer)."""
from __future__ import annotations

import textwrap


def wrap_para(text: str, first: int = 32, width: int = 80) -> str:
    words = text.split()
    lines, cur, limit = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def heading(text: str) -> str:
    """A bold heading, hard-wrapped like TVPL: '**I. MỤC\nĐÍCH, YÊU CẦU**'."""
    body = text[2:-2]
    if len(body) > 28:
        words = body.split()
        # break after about 2-4 words, as TVPL does at its short first line
        k = max(2, min(4, len(words) - 1))
        first = " ".join(words[:k])
        rest = wrap_para(" ".join(words[k:]), first=80)
        return f"**{first}\n{rest}**"
    return text


def render(issuer: tuple[str, str], number: str, place_date: str, doc_type: str, title: str,
           preamble: list[str], body: list[str], signer: tuple[str, str, str],
           recipients: list[str] | None = None) -> str:
    top, second = issuer
    out = ["|", f"**{top}\n**", second, "-------", "|", "**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**",
           "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "|", f"Số: {number}", "|",
           f"*{wrap_para(place_date, first=24)}*", "|", "", f"**{doc_type}**", "",
           "\n".join(textwrap.wrap(title.upper(), 76)), ""]
    for p in preamble:
        out += [wrap_para(p), ""]
    for b in body:
        if b.startswith("**") and b.endswith("**") and "\n" not in b:
            out += [heading(b), ""]
        elif b.startswith("RAW:"):
            out += [b[4:], ""]
        else:
            out += [wrap_para(b), ""]
    rec = recipients or ["- UBND tỉnh (b/c);", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
                         "- Lưu: VT."]
    cap, tit, name = signer
    out += ["|", "Nơi nhận:"] + rec + ["|", f"**{cap} **", tit, f"**{name}**", "|", ""]
    return "\n".join(out)
