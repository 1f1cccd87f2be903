"""The lines of a department's final accounts (部门决算) and budget statements, named by what they are of.

A final accounts' explanation goes through the lines of the functional classification one paragraph each
(``1.一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1,856.00万元，支出决算为1,924.31万元，完成年初
预算的103.7%。``): the item (项) heading the paragraph is what its budget, its spending and its completion rate are of.
Within a sentence, the line named with the first figure (“三公”经费支出年初预算为18.50万元，支出决算为14.26万元; a
table row restated: 公务接待费年初预算数3.50万元，决算数2.42万元，上年决算数2.83万元) is what the bare words after
it (支出决算, 决算数, 上年决算数, 完成年初预算) are of.
"""

from __future__ import annotations

import re

from ...model import Figure

# the line of the functional classification opening a paragraph: its item (项), after its class (类) and kind (款)
_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*"
                   r"(?:[^。：:（(]{2,20}[（(]类[）)])?\s*(?:[^。：:（(]{2,20}[（(]款[）)])?\s*"
                   r"(?P<item>[^。：:（(]{2,24})[（(]项[）)]")
# the words of a line's budget and accounts that name no line themselves
_BARE = re.compile(r"(?:年初)?预算(?:数)?|(?:支出)?决算(?:数)?|上年决算数|执行数|"
                   r"(?:支出决算)?完成年初预算(?:比例)?|支出决算完成年初预算比例")
# a line named with its budget in a sentence's first clause (“三公”经费支出年初预算, 公务接待费年初预算数)
_BUDGETED_LINE = re.compile(r"^(?P<line>.{2,24}?)(?:支出)?年初预算(?:数)?$")


# the fixed lines of a 收入支出决算总表 whose year words are part of the name (本年收入合计, 上年结转和结余): not dates
_FIXED_LINE = re.compile(r"(?P<line>本年(?:收入|支出)合计|(?:上年|年初|年末)结转(?:和|与)?结余|上年结转)"
                         r"\s*(?:为|是)?\s*(?P<num>[\d０-９][\d０-９,，.．]*)")
_WIDE = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _fixed_line(f: Figure) -> str:
    """The fixed line of the accounts the figure's number follows in its sentence, if any."""
    for m in _FIXED_LINE.finditer(f.sentence):
        try:
            value = float(re.sub(r"[,，]", "", m.group("num").translate(_WIDE)))
        except ValueError:
            continue
        if abs(value - f.value) < 1e-9 and m.group("line")[-4:] in f.metric + "合计结余":
            return m.group("line")
    return ""


# the paired total of revenue and expenditure (收入、支出决算总计, 财政拨款收入、支出总计各增加, 收、支总计各增加): one
# amount that is both totals, not the expenditure alone
_PAIRED_TOTAL = re.compile(r"(?P<what>财政拨款|一般公共预算财政拨款|政府性基金预算财政拨款)?(?:收入、支出|收、支)"
                           r"(?P<acc>决算)?总计(?:各)?(?:增加|减少|增长|下降|为|是)?\s*(?P<num>[\d０-９][\d０-９,，.．]*)")


def _paired_totals(figures: list[Figure]) -> None:
    """收入、支出决算总计4386.52万元 -> 收入支出决算总计; …，收、支总计各增加312.47万元，增长7.7%: both the amount and
    the rate after it are of the total (not 收、支, not 支出总计)."""
    for k, f in enumerate(figures):
        for m in _PAIRED_TOTAL.finditer(f.sentence):
            try:
                value = float(re.sub(r"[,，]", "", m.group("num").translate(_WIDE)))
            except ValueError:
                continue
            if abs(value - f.value) > 1e-9:
                continue
            old, f.metric = f.metric, f"{m.group('what') or ''}收入支出{m.group('acc') or ''}总计"
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            if nxt is not None and nxt.sentence == f.sentence and nxt.metric == old and nxt.unit == "%":
                nxt.metric = f.metric
            break


def name_account_lines(figures: list[Figure], paragraph: str) -> None:
    """Prefix the bare budget and accounts words of a paragraph's figures with the line they are of; keep the year
    word of a fixed line (本年收入合计4012.36万元, 上年结转和结余374.16万元: not 收入, 结转和结余)."""
    for f in figures:
        if f.metric in ("收入", "支出", "结转和结余", "结余", "结转") and (line := _fixed_line(f)):
            f.metric = line
    _paired_totals(figures)
    m = _LINE.match(paragraph)
    item = m.group("item").strip() if m else ""
    line, sentence = "", ""
    for f in figures:
        if f.sentence != sentence:
            line, sentence = "", f.sentence
        named = _BUDGETED_LINE.match(f.metric)
        if named and not _BARE.fullmatch(f.metric):
            line = named.group("line")
            continue
        if not _BARE.fullmatch(f.metric):
            continue
        owner = line or item
        if owner:
            bare = ("上年决算数" if f.metric == "决算数" and f.period < _year(figures, f) else
                    "完成年初预算" if "完成年初预算" in f.metric else f.metric)
            # (其他财政事务支出 + 支出决算: one 支出)
            f.metric = owner + (bare[2:] if owner.endswith("支出") and bare.startswith("支出") else bare)


def _year(figures: list[Figure], f: Figure) -> str:
    """The latest period of the figures of ``f``'s sentence: a column of last year's accounts is older."""
    return max((g.period for g in figures if g.sentence == f.sentence), default=f.period)
