"""CSV files that spreadsheet programs open safely: the dataset's tables and the citation graph.

Two things make a CSV cell unsafe in a spreadsheet: a text that starts a formula ("=", "+", "-",
"@", a tab or a carriage return: OWASP's CSV-injection list), which the program would evaluate,
and a line break inside an unquoted cell, which splits its row. Text cells that would start a
formula get a leading "'" (the spreadsheet shows the text); rows end in CRLF, as RFC 4180 has
them, so that Python's csv module quotes every cell holding a CR or an LF (with LF endings it
leaves a lone CR unquoted). Parquet, the canonical copy, keeps the exact text.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_END = "\r\n"


def neutralise(value: Any) -> Any:
    """A text cell that would start a formula, prefixed with "'"; anything else as it is."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell that would start a formula neutralised (numbers are not text
    cells: a negative value stays a number)."""
    out = df.copy()
    for col in df.columns:
        s = df[col]
        if isinstance(s.dtype, pd.StringDtype):
            starts = s.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
            if starts.any():
                out[col] = s.where(~starts, "'" + s)
        elif s.dtype == object:
            out[col] = s.map(neutralise)
    return out


def write_frame(df: pd.DataFrame, path: str | Path) -> None:
    """Write a table as a safe CSV file (see the module doc)."""
    safe_frame(df).to_csv(path, index=False, lineterminator=LINE_END)


def write_rows(rows: Iterable[dict], fieldnames: list[str], path: str | Path) -> None:
    """Write dict rows as a safe CSV file (see the module doc)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames, lineterminator=LINE_END)
        writer.writeheader()
        writer.writerows({k: neutralise(v) for k, v in row.items()} for row in rows)
