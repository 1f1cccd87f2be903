"""A ledger of entries (日期 | 摘要 | 金额): its date column and the summary column after it, and an entry's day."""

from __future__ import annotations

import re

# a ledger of entries (日期 | 凭证号 | 摘要 | 金额（元）): the date of each entry, the summary that names it
_LEDGER_DATE_HEADER = re.compile(r"^(?:日期|时间|发生日期|支付日期|支出日期|记账日期)$")


_LEDGER_SUMMARY_HEADER = re.compile(r"^(?:摘要|事项|用途|支出事项|开支事项|支出内容|开支内容|收支内容)$")


_DAY_CELL = re.compile(r"^(?:(\d{4})[-./年])?(\d{1,2})[-./月](\d{1,2})日?$")


def _ledger_columns(header: list[str]) -> tuple[int | None, int | None]:
    """The date column and the summary column after it of a ledger of entries; (None, None) for other tables."""
    date_col = next((j for j, h in enumerate(header) if _LEDGER_DATE_HEADER.match(h)), None)
    if date_col is None:
        return None, None
    summary = next((j for j, h in enumerate(header) if j > date_col and _LEDGER_SUMMARY_HEADER.match(h)), None)
    return (date_col, summary) if summary is not None else (None, None)


def _ledger_date(cell: str) -> str:
    """An entry's date cell as a time phrase (7月15日, 2025-07-15 -> 2025年7月15日); "" when the cell is no day."""
    m = _DAY_CELL.match(cell.strip())
    if not m:
        return ""
    year = f"{m.group(1)}年" if m.group(1) else ""
    return f"{year}{int(m.group(2))}月{int(m.group(3))}日"
