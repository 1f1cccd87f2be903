"""A census or a sample survey named as the base of a change (issue 11).

A census communiqué reports at the census standard time (2020-11-01, :mod:`..reporting`) and compares with the census
before it: 与2010年第六次全国人口普查相比, 比2010年第六次全国人口普查减少0.27人. The base is that census's own
standard time, not the whole year 2010: the national censuses since 2000 and the 1% sample surveys between them are all
taken at 零时 of 1 November, so a base named by such a survey, in a text reporting at a standard time, is at the same
day of its year (2010-11-01). Any other base, or a text reporting a year, keeps the year.

A base declared for the rest of the text (比2018年末（第四次全国经济普查，下同）增加2953个): :func:`declared_bases`.
"""

from __future__ import annotations

import re

from ...model import Figure

# the survey named right after the base year: 第六次全国人口普查, 全国1%人口抽样调查, 人口普查
_SURVEY_AFTER = re.compile(r"\s*(?:第[一二三四五六七八九十]+次)?(?:全国)?(?:1%|百分之一)?人口(?:普查|抽样调查)"
                           r"|\s*[（(](?:第[一二三四五六七八九十]+次)?(?:全国)?(?:人口|经济|农业)(?:普查|抽样调查)"
                           r"(?:[，,、]\s*下同)?[）)]")  # 比2018年末（第四次全国经济普查，下同）: the base's survey
_DAY = re.compile(r"\d{4}-(\d{2}-\d{2})")


def survey_base(s: str, year_end: int, iso: str, reported: str) -> str:
    """The base period of a base year ``iso`` ending at ``s[year_end]``: the survey's standard day (the day of
    ``reported``, the text's own standard time) when a population census or sample survey follows the year."""
    day = _DAY.fullmatch(reported)
    if not day or not re.fullmatch(r"\d{4}", iso) or not _SURVEY_AFTER.match(s, year_end):
        return iso
    return f"{iso}-{day.group(1)}"


def survey_end(s: str, year_end: int) -> int:
    """Where the survey named after a base year ends (比2010年第六次全国人口普查下降1.12: the base is the census, no
    part of the change's name); ``year_end`` when no survey follows."""
    m = _SURVEY_AFTER.match(s, year_end)
    return m.end() if m else year_end


def unnamed_survey_bases(figures: list[Figure], reported: str) -> None:
    """A census communiqué compares with one earlier census throughout (与2010年第六次全国人口普查相比 in each
    section): a move from one value to another without a base of its own (平均受教育年限由9.42年提高至10.36年) is
    between the same two censuses. Only in a text reporting at a standard time (a day), and only when every survey
    base the text names is the same day."""
    if not _DAY.fullmatch(reported):
        return
    named = {f.base_period for f in figures if f.comparison and _DAY.fullmatch(f.base_period)}
    if len(named) != 1:
        return
    (base,) = named
    for f in figures:
        if f.base_value is not None and not f.base_period and f.direction and f.period == reported:
            f.base_period = base


# a count of years right after a dated comparison: 与…（标准时点为2009年12月31日）相比，十年间
_YEARS_SINCE_COMPARED = re.compile(r"相比\s*[，,]?\s*[一二三四五六七八九十两\d]{1,3}\s*年[间来]")
_MONTH_SPAN = re.compile(r"(?P<a>\d{4}-\d{2}(?:-\d{2})?)/\d{4}-\d{2}(?:-\d{2})?")


def compared_span_bases(figures: list[Figure]) -> None:
    """与第二次全国土地调查（标准时点为2009年12月31日）相比，十年间全市耕地减少35.55万亩: a change over the span
    from the dated base (.implied_dates.since_base) has that base's time as its base period, its level and its rate
    alike (…增加1.74万公顷，增幅22.51%)."""
    for f in figures:
        if not f.direction or f.base_period or not _YEARS_SINCE_COMPARED.search(f.sentence):
            continue
        m = _MONTH_SPAN.fullmatch(f.period)
        if m:
            f.base_period = m.group("a")


# a base declared for what follows: 比2018年末（第四次全国经济普查，下同）, 比上年（下同）
_SAME_BELOW = re.compile(r"[（(][^（()）]{0,24}?[，,、]?\s*下同\s*[）)]")


def declared_bases(figures: list[Figure]) -> None:
    """比2018年末（第四次全国经济普查，下同）增加2953个: 下同 ("the same below") makes the base of that change the
    base of every later change of the text that names none of its own (…；产业活动单位10137个，增加3184个，增长45.8%;
    其中，第二产业从业人员4.73万人，下降2.1%), until another 下同 declares a new one."""
    declared: tuple[str, str] | None = None
    for f in figures:
        if f.direction and f.comparison and f.base_period and _SAME_BELOW.search(f.sentence):
            declared = (f.comparison, f.base_period)
        elif declared and f.direction and not f.comparison and not f.base_period:
            f.comparison, f.base_period = declared


# a note defining the normals the text compares with (注：常年值指1991—2020年30年平均值; 多年平均值为1981—2010年平均):
# the climate and hydrology bulletins' reference period
_NORMALS_NOTE = re.compile(r"(?P<term>常年|多年平均|历年平均)值?\s*(?:系|是|指|为|采用)\s*"
                           r"(?P<a>(?:19|20)\d{2})\s*年?\s*[—–\-－~至到]\s*(?P<b>(?:19|20)\d{2})\s*年")


def declared_normals(figures: list[Figure], texts: list[str]) -> None:
    """比常年偏高0.8℃ in a text whose note says 常年值指1991—2020年30年平均值: the base period is 1991/2020 (the
    normals the text defines); a comparison naming its own base period keeps it."""
    normals = {}
    for text in texts:
        for m in _NORMALS_NOTE.finditer(text):
            if int(m.group("a")) < int(m.group("b")):
                normals.setdefault(m.group("term"), f"{m.group('a')}/{m.group('b')}")
    if not normals:
        return
    for f in figures:
        for term, span in normals.items():
            if not f.base_period and term in f.comparison:
                f.base_period = span
