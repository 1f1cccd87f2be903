"""The dates a paragraph lends its sentences: a first clause's date, a frame (今年以来), a review heading's year,
a closed year's end, a whole year (全年), a harvest's year."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Figure
from ..dates import DateMatch
from ..reporting import NEWS_DAY_LEAD
from .attributes import _in_modifier
from .context import _Ctx
from .sentence import _CHARACTERIZED
from .text import _clause_end
from .vocab import _FUTURE_CUES, CONFIDENCE_CLAUSE

_WHOLE_YEAR_HEAD = re.compile(r"^[^，,；;]{0,6}?全年")


_ANNUAL_PARA = re.compile(r"优良天数|年平均浓度|年均浓度|年平均值|水质优良比例|水源地水质")


# a transcript's turn: the speaker's label and a courtesy reply before the answer (局长孙伟：好的。前三季度，…;
# 谢谢你的提问。…): the answer's opening clause frames the paragraph
_TURN_PREAMBLE = re.compile(r"(?:[^，,；;。：:！!？?\s]{2,24}[：:])?(?:\s*(?:好的|是的|谢谢|感谢|非常感谢)"
                            r"[^，,；;。！!？?\d]{0,10}?(?:提问|关心|关注)?[。！!])*")


# a leading clause naming the basis of what follows (根据市人大常委会2025年度监督工作计划，4月至5月，…): the year of
# the plan it names is no date of the paragraph; the clause after it says when
_BASIS_CLAUSE = re.compile(r"\s*(?:根据|按照|依据|依照)[^，,。；;！？]{2,40}[，,]")


# a subject named before a day in the first clause (某某站7月4日出现…, 某某项目3月8日开工): the day is its event's
_NAMED_BEFORE_DAY = re.compile(r"[\u4e00-\u9fff]{2,}(?:站|项目|工程|公司|集团|厂|会议)\s*$")


# a later sentence of the paragraph opening with a day of its own (…。8月27日召开第二十五次会议，…): the day opening
# the paragraph is one entry of a chronicle, no frame of the paragraph
_LATER_DAY = re.compile(r"[。！？!?]\s*(?:\d{1,2}月)?\d{1,2}日")


def _first_clause_dates(text: str, ctx: _Ctx) -> list[DateMatch]:
    skip = _TURN_PREAMBLE.match(text)
    if skip and skip.end() and re.search(r"[。！!]\s*$", skip.group()):
        text = text[skip.end():]  # (only when a courtesy reply follows the label: 孙伟：前三季度… is dated as it is)
    lead = NEWS_DAY_LEAD.match(text)
    if lead:  # 7月8日，记者从…获悉，2025年全市…: the clause after the lead-in frames the paragraph, not the news day
        return [replace(d, start=d.start + lead.end(), end=d.end + lead.end())
                for d in _first_clause_dates(text[lead.end():], ctx)]
    basis = _BASIS_CLAUSE.match(text)
    if basis and (after := _first_clause_dates(text[basis.end():], ctx)):
        return [replace(d, start=d.start + basis.end(), end=d.end + basis.end()) for d in after]
    end = _clause_end(text, 0)
    opening = ctx.dates(text[:end])
    if opening and all(d.precision == "day" for d in opening) and _LATER_DAY.search(text, end):
        return []  # 6月24日，…第二十四次会议…。8月27日召开…: a chronicle, each day dates its own sentence only
    return [d for d in ctx.dates(text[:end])
            if (d.kind != "deadline" or end < 30) and not re.search(
                r"(?:[比较同与由从]|恢复(?:到|至)?|相当于|[比较](?:近|前|过去)[两三四五六七八九十\d]{1,2}年\s*[（(])\s*$",
                text[:d.start])  # (比近五年（2019—2023年）平均值: a base, no frame)
            and not (_YEAR_END_STOCK.fullmatch(d.text) and re.search(r"\d", text[d.end:end]))
            and not _CHARACTERIZED.match(text, d.end)  # (今年是…第一个春节，…: the year characterized)
            and not (re.search(r"[是为]\s*$", text[:d.start]) and _MULTIPLE_OF.match(text, d.end))
            and not (_in_modifier(d, text, end) and _past_year(d, ctx))
            and not (d.kind == "point" and d.precision == "day" and _NAMED_BEFORE_DAY.search(text, 0, d.start))
            and not (_ACT_AT.search(text, 0, d.start) and _ACT_DONE.match(text, d.end))]


# the month an act took place in (镇中心小学新建教学综合楼于8月底投入使用，…；镇卫生院…完成投资850万元。全镇14个村…): it
# dates that act's clause, not the paragraph's later figures
_ACT_AT = re.compile(r"于\s*$")
_ACT_DONE = re.compile(r"\s*(?:前后)?(?:建成|投产|投入使用|投用|启用|开工|竣工|完工|通车|入选|揭牌|挂牌|开业|运营|正式"
                       # (…中心已于2025年10月通过…资质认定: an act passed, no frame of the paragraph)
                       r"|通过(?:[\u4e00-\u9fff]{0,8}?(?:验收|认定|认证|评审|审查|审批)))")


# 是2020年的1.5倍, 是上年的1.5倍: the base of a multiple, no frame (the figure is of the clause's own period)
_MULTIPLE_OF = re.compile(r"\s*(?:年?底|年?末|同期)?(?:水平)?的\s*[\d.]+\s*倍")


def _past_year(d: DateMatch, ctx: _Ctx) -> bool:
    """The date's year is before the document's (2000年底前建成的 in a report of 2026)."""
    return d.iso[:4].isdigit() and ctx.year.isdigit() and int(d.iso[:4]) < int(ctx.year)


# 年末全县从业人员28.6万人，…。全年城镇新增就业5326人…。城镇失业人员再就业1864人: a year-end stock opening the paragraph
# dates its own sentence (and a 其中 after it), not the year's flows of the sentences after it
_YEAR_END_STOCK = re.compile(r"年[末底终]")


# …but a later undated sentence stating what there is (全市共有社区养老服务设施1264个) is a stock of that year end too
_STOCK_HEAD = re.compile(r"^(?:其中[，,]?)?(?:全[市县区镇乡]|我[市县区])?(?:共有|现有|拥有)")


# …and so is a later sentence that counts its change from the last year's end (…。养老机构床位3.12万张，…，比上年末提高
# 3.5个百分点): what changed since the last year end is held at this one
_SINCE_LAST_YEAR_END = re.compile(r"比上年末|较上年末|比上年底|较上年底")


# (but 全市共有幼儿园40所，比上年减少2所 compares the count with last year's, not with last year's end: the year's)
_SINCE_LAST_YEAR = re.compile(r"[比较]上年(?![末底])")


# an undated population or a ratio of populations (全市80岁及以上老年人口13.28万人, 老年人口抚养比为26.8%) or what
# there is (全市共有医养结合机构43家) in a bulletin on a year already closed: a stock at that year's end
# (全市常住人口中，0—15岁人口为51.26万人; 男性人口为194.08万人: a population's parts by age or sex, of its year end too)
_POPULATION_HEAD = re.compile(r"^(?:其中[，,]?)?(?:全[市县区镇乡]|我[市县区])?(?:[^，,；;。\d]{0,6}人口中[，,])?"
                              r"[^，,；;。\d]{0,4}(?:\d+岁及以上|\d+\s*[—–-]\s*\d+岁)?"
                              r"[^，,；;。\d]{0,8}?(?<!覆盖)(?<!服务)(?<!受益)(?<!涉及)(?<!转移)(?<!搬迁)人口"
                              r"(?:抚养比|总抚养比)?(?:为|达到?|共)?\s*\d")  # (not 签约服务覆盖人口: a reach, no stock)


def _lent(sentence: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The dates a sentence ending in ； lends the next: all of them, but a single day inside a later clause (…42.6万
    人次，2月1日单日接待游客6.8万人次，创历史新高；雁川古镇…) dates that clause only, not the next entity's figures;
    nor does the day or month of an event (于9月投入使用) lend itself."""
    first_end = _clause_end(sentence, 0)
    if dates and all(d.precision == "day" and "/" not in d.iso and d.start > first_end for d in dates):  # (not a span)
        return []
    # (县人民医院新院区于9月投入使用，…；城乡居民基本养老保险参保率稳定在98%以上: 于9月 dates the opening, an event,
    # not the next clause's figures)
    # (…，基本完成2000年底前建成的老旧小区改造任务；新建改造雨水管网40公里: a date qualifying a noun lends nothing)
    return [d for d in dates if not (d.kind == "point" and d.precision in ("month", "day")
                                     and sentence[max(0, d.start - 1):d.start] == "于")
            and not _in_modifier(d, sentence, len(sentence))]


_FRAME_FILLER = re.compile(r"[仅只而在自从到\s]|一年|份|期间|以来|时期")


def _later_year(headings: dict[int, str], year: int | None) -> str:
    """The year of the document's or after that a plan heading names (三、2026年工作打算 in a summary of 2025, or in a
    work report of January 2026, whose 全年 elsewhere is the year reviewed), or ""."""
    found = [m.group(1) for h in headings.values() for m in re.finditer(r"((?:19|20)\d{2})年", h)]
    return next((y for y in found if year and int(y) >= year), "")


def framed(frame: list[DateMatch], sentence: str) -> list[DateMatch]:
    """The frame a sentence is read in: a whole year opened by 全年 frames no stock counted after it (年末全县共有殡仪馆
    3个。全年火化遗体0.9万具。全县共有公益性公墓12个: the cemeteries are counted at the year end)."""
    whole_year = len(frame) == 1 and frame[0].text == "全年" and frame[0].start == 0
    if frame and all(d.precision == "day" and "/" not in d.iso for d in frame) and _SEASON_LEAD.match(sentence):
        return []  # (3月12日，全市义务植树活动启动…。今春全市累计参加义务植树18.6万人次: the season's, not that day's)
    return [] if whole_year and (_STOCK_HEAD.match(sentence) or _SINCE_LAST_YEAR_END.search(sentence)) else frame


# a sentence opening with a season or span of its own (今春, 今年以来): the day that opened its paragraph dates it not
_SEASON_LEAD = re.compile(r"(?:今春|今夏|今秋|今冬|今年以来|年初以来|入春以来|入汛以来)")


_WHOLE_YEAR_LEAD = re.compile(r"全年(?=[\u4e00-\u9fff])(?!以来|平均|累计)")  # a sentence opening with the whole year


def _frame(sentence: str, ctx: _Ctx) -> list[DateMatch]:
    """A sentence opening with a time adverbial of its own clause (仅去年一年，…; 1—9月份，…): a year, or a span of
    months or years; it frames the next sentence too (…。建设燃气管网619.72公里), which names no date of its own.
    A point within a year (6月，…建成通车) dates one event only: no frame."""
    end = _clause_end(sentence, 0)
    if _WHOLE_YEAR_LEAD.match(sentence) and re.fullmatch(r"\d{4}", ctx.actual) and not (
            ctx.plan_year or ctx.plan_doc or _FUTURE_CUES.search(sentence)):
        # 全年城镇新增就业…。发放…贷款中，…: the year reported, after a paragraph opening at its end (年末) too (not a
        # year's plan: 全年计划实施重点项目400个以上。力争…)
        return [DateMatch(start=0, end=2, iso=ctx.actual, precision="year", kind="period", text="全年")]
    if end >= len(sentence) or sentence[end] not in "，,":
        return []
    dates = [d for d in ctx.dates(sentence[:end]) if d.kind in ("period", "since", "point")]
    if not dates or (dates[-1].kind == "point" and dates[-1].precision != "year"):
        return []
    rest, last = "", 0
    for d in dates:
        rest, last = rest + sentence[last:d.start], d.end
    rest += sentence[last:end]
    if len(_FRAME_FILLER.sub("", rest)) != 0:
        return []
    if dates[-1].kind == "since":
        # 自7月1日起，…实现联动对接，三季度共转办…2315件。…217件: the start of an act; the period its own clauses
        # count over (三季度) is what the next sentence continues
        later = [d for d in ctx.dates(sentence) if d.start >= end and d.kind == "period" and d.precision != "year"]
        if later:
            return later[-1:]
    return dates[-1:]


_LEAD_WORDS = re.compile(r"(?:全年|今年|当年|年内|明年|过去一年|一年来|去年|上年|(?:19|20)\d{2}年|全[市县区镇乡省]|"
                         r"我[市县区]|本[市县区]|[，,\s]"
                         # (综合分析，预计今年春运期间…；…: the estimate's ground leads too)
                         r"|综合(?:分析|研判|测算|考虑)|(?:据|经)?(?:初步)?(?:测算|分析|研判))*")


def _leads(sentence: str, cue_end: int) -> bool:
    """预计 opening its sentence (预计全年…；…) governs the clauses joined to it by ；; inside a clause, after what
    it estimates (规模以上工业增加值预计增长6.1%；社会消费品零售总额完成72.5亿元), it governs that clause only."""
    before = re.sub(r"(?:预计|预期|估计|初步预计|预测)$", "", sentence[:cue_end])  # (the cue word itself)
    return cue_end <= 4 or _LEAD_WORDS.fullmatch(before) is not None


def _heading_dates(headings: dict[int, str], ctx: _Ctx) -> list[DateMatch]:
    """The dates of the headings above a paragraph (``二、2024年主要预期目标``, ``一、2023年工作回顾``), innermost
    last: what a paragraph without a date of its own is about."""
    out: list[DateMatch] = []
    for level in sorted(headings):
        # (一、正确看待今年取得的成绩，坚定做好明年工作的信心决心: the year reviewed, not the year of the confidence)
        out += [d for d in ctx.dates(CONFIDENCE_CLAUSE.sub("", headings[level])) if d.kind in ("point", "period")]
    return out[-1:]


def _closed_year_end(ctx: _Ctx) -> list[DateMatch]:
    """The end of the whole year a bulletin reports when it was written after that year (a statistics bulletin of
    May 2026 on 2025: 2025-12); [] for a text of the year itself or of months."""
    year = ctx.actual
    if not re.fullmatch(r"\d{4}", year) or ctx.anchor_iso[:4] <= year:
        return []
    return [DateMatch(0, 0, f"{year}-12", "month", "period", "年末")]


def _annual(text: str, ctx: _Ctx) -> list[DateMatch]:
    """A paragraph of annual measures (优良天数, 年平均浓度) without a date, in a text written before the year is
    over: its achieved figures are last year's (an article of June 2021 on the air quality: 2020)."""
    year, month = ctx.anchor.year, ctx.anchor.month
    if not year or not month or month == 12 or ctx.actual != ctx.anchor_iso or not _ANNUAL_PARA.search(text):
        return []
    return [DateMatch(0, 0, str(year - 1), "year", "now", "")]


def _whole_year(sentence: str, ctx: _Ctx, plan: bool, frame: list[DateMatch] | tuple[()] = ()) -> list[DateMatch]:
    """全年接待游客…；实现旅游总收入…: 全年 at the head of a sentence joined by ； dates the next one too (the year
    reported, or planned for: under 三、2026年工作计划, 力争全年…；计划实施… is 2026's, the heading's year)."""
    year = (ctx.target if plan else ctx.actual)[:4]
    if plan and frame and frame[-1].precision == "year" and frame[-1].iso[:4].isdigit() and "/" not in frame[-1].iso:
        year = frame[-1].iso[:4]
    if not year.isdigit() or not _WHOLE_YEAR_HEAD.match(sentence):
        return []
    return [DateMatch(0, 0, year, "year", "period", "全年")]


# a seasonal harvest (夏粮总产量, 早稻产量) reported in a release of months: the harvest of that year, not a flow of
# the months (前三季度，…夏粮总产量812.6万吨，比上年增加9.4万吨)
_HARVEST = re.compile(r"^(?:全[省市县区])?(?:夏粮|早稻|秋粮|夏收粮食)")


# (a harvest's size in a news item dated in its month, 夏粮总产量62.4万吨 in June: that year's harvest too)
_HARVEST_SIZE = re.compile(r"(?:播种面积|种植面积|收获面积|总产量|产量|亩产|单产)$")


def _harvest_year(f: Figure) -> None:
    first, _, last = f.period.partition("/")
    if _HARVEST.match(f.metric) and not last and re.fullmatch(r"\d{4}-\d{2}", first) and _HARVEST_SIZE.search(
            f.metric):
        f.period = first[:4]
        return
    if _HARVEST.match(f.metric) and last and first[:4] == last[:4] and first[:4].isdigit():
        f.period = first[:4]
        base_first, _, base_last = f.base_period.partition("/")
        if base_last and base_first[:4] == base_last[:4]:
            f.base_period = base_first[:4]
