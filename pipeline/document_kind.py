"""Whether a file's text is a document at all: a table of tab-separated values or a program listing
given as a plan (a ``SOURCES.tsv`` in a corpus folder, a script matched by a glob) is not, and
reading it as one yields nonsense records (``SOURCES.tsv`` gave a "target" and a "reference",
``works.py`` four "sections" and two "targets").

:func:`not_a_document` says why a text is not one, or None. It is asked only of a text in which no
document type was found (a plan's header names its type); a text it refuses keeps its row in
``documents`` with a ``not-a-document`` warning and no records.
"""
from __future__ import annotations

import regex

# At least this many non-blank lines before a text is judged by its lines' shapes (a short note
# is left alone), and this share of them of one shape: a table's header row, a listing's comments
# and docstrings are the rest.
MIN_LINES = 5
SHARE = 0.5
# The longest line tried as code: style guides cap lines at 79–120 characters.
MAX_CODE_LINE = 300

# A line of a program: opening with a keyword of a common language, or ending in what ends a
# statement or opens a block; or an assignment or call with no space before the bracket.
_CODE_LINE = regex.compile(
    r"""^\s*(?:(?:def|class|import|from|return|if|elif|else|for|while|try|except|with|raise|yield|async|await
              |function|const|let|var|public|private|protected|static|void|int|package|using|namespace
              |\#include|\#define|@\w+)\b.*
           |.*[{};]\s*$
           |.*\b\w+\s*(?:=|\+=|-=|==|!=|->|=>)\s*[\w"'\[({].*
           |\s*[)\]}]+[,;:]?\s*)$""", regex.X)
# A prose line of a plan: "1. Giao Sở Nội vụ chủ trì" — Vietnamese letters with their marks.
_VIETNAMESE = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", regex.I)


def not_a_document(text: str) -> str | None:
    """Why ``text`` is not a document ("a table of tab-separated values: 27 of its 28 lines hold
    tabs"; "a program listing: 31 of its 40 lines are code"), or None."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES:
        return None
    tabbed = sum(1 for line in lines if "\t" in line.strip())
    if tabbed >= SHARE * len(lines):
        return f"a table of tab-separated values: {tabbed} of its {len(lines)} lines hold tabs"
    # (Lines over MAX_CODE_LINE characters are prose or data: the pattern's ".*" backtracks, so a
    # hostile megabyte line is not tried.)
    code = sum(1 for line in lines if len(line) <= MAX_CODE_LINE and _CODE_LINE.match(line)
               and len(_VIETNAMESE.findall(line)) < 3)
    if code >= SHARE * len(lines):
        return f"a program listing: {code} of its {len(lines)} lines are code"
    return None
