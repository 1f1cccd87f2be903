"""The indicators: region-wide figures grouped into comparable series (indicator_groups), the indicators page
with a chart and a table per series, and the headline figures of the home page (key_figures)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter

from ..extract.holidays import holiday_of
from ..model import Document, Figure, Source
from ..translate.comparisons import QUALIFIERS, marked
from ..translate.glossary import get_glossary
from ..translate.numbers import POINTS
from ..translate.rows import metric_english
from . import i18n, paths
from .charts import Bar, bar_chart, chart_key, scale
from .labels import BASE_UNITS_EN, figure_kind_label, figure_status_label, hant, label, unit_label
from .markdown import anchor_id, cell, heading, inline, link, page, rel, table
from .memo import NONE, Fragments
from .pages import anchor_link, colon, comma, doc_title, figure_status, value_text

# Headline indicators for the home page's key figures, in the order shown: (name, other spellings, figure kinds
# that measure the indicator itself; a "share" of GDP is not GDP). Names as statistical bulletins write them.
HEADLINE_METRICS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("地区生产总值", ("生产总值", "GDP"), ("level", "growth")),
    ("一般公共预算收入", ("地方一般公共预算收入",), ("level", "growth")),
    ("固定资产投资", ("固定资产投资额",), ("level", "growth")),
    ("社会消费品零售总额", (), ("level", "growth")),
    ("规模以上工业增加值", ("规上工业增加值",), ("level", "growth")),
    ("城镇常住居民人均可支配收入", ("城镇居民人均可支配收入",), ("level", "growth")),
    ("农村常住居民人均可支配收入", ("农村居民人均可支配收入",), ("level", "growth")),
    ("进出口总额", ("外贸进出口总额",), ("level", "growth")),
    ("实际利用外资", (), ("level", "growth")),
    ("贫困发生率", (), ("share", "level")),
)
KEY_FIGURES_MAX = 8


def _period_end(point: Point) -> str:
    """The end of a figure's period ('2019-01/2019-06' -> '2019-06'), for recency."""
    return point.when.rpartition("/")[2]


def key_figures(sources: list[Source]) -> list[Point]:
    """The most recent figure of each headline indicator present (at most ``KEY_FIGURES_MAX``, indicators with an
    achieved value first): achieved values before targets, then the latest period end, then the latest document
    date; ties by the indicator's kinds order, region, bulletin, document and position."""
    wanted = {n for name, spellings, _ in HEADLINE_METRICS for n in (name, *spellings)}
    found: dict[str, list[Point]] = defaultdict(list)  # one pass over all figures
    for s in sources:
        for d in s.documents:
            for i, f in enumerate(d.figures):
                if f.metric in wanted and not f.subject:  # a town's revenue is not the region's
                    found[f.metric].append(Point(s, d, f, i))
    chosen: list[Point] = []
    for name, spellings, kinds in HEADLINE_METRICS:
        points = [p for n in (name, *spellings) for p in found[n] if p.fig.kind in kinds]  # sorted below
        if not points:
            continue
        points.sort(key=lambda p: (kinds.index(p.fig.kind), p.source.meta.region, p.source.slug, p.doc.id, p.index))
        points.sort(key=lambda p: (_period_end(p), p.doc.date or p.source.meta.date), reverse=True)
        points.sort(key=lambda p: STATUS_ORDER.index(p.status) if p.status in STATUS_ORDER else len(STATUS_ORDER))
        chosen.append(points[0])
    # over the limit, indicators known only by a target (estimate, requirement) give way to achieved values (the
    # order stays)
    achieved = sum(p.status == "actual" for p in chosen)
    room = max(KEY_FIGURES_MAX - achieved, 0)
    kept = []
    for p in chosen:
        if p.status != "actual":
            if not room:
                continue
            room -= 1
        kept.append(p)
    return kept[:KEY_FIGURES_MAX]


# Figure statuses, in the order a reader wants them: what was achieved, then estimates, goals and norms.
STATUS_ORDER = ("actual", "forecast", "target", "requirement")
CLASSIFIER_UNITS = frozenset({"item", "entity"})  # the base units of 个, 家, 项, 座 …
GroupKey = tuple[str, str, str, str, str]  # (metric, kind, unit, status, span)
CUMULATIVE = "cumulative"
MONTH = "month"
HOLIDAY = "holiday:"  # span of a holiday's figure: "holiday:国庆"


# a change or gap measured against a wider area's (高于全省1.6个百分点, 低于全国平均水平): a gap, not a change over time
_BENCHMARK = re.compile(r"^(?:高于|低于|快于|慢于|超过|超出|领先|落后|比|较)(全国|全省|全市|全区|全县)")
# one month's own figure (9月份，全市规模以上工业增加值同比增长7.2%), beside the year's to that month (1—9月份…)
_MONTH_ITSELF = re.compile(r"(?<![\d—–\-~～至到])(?P<m>1[0-2]|[1-9])月(?:份|当月)(?![末底])|当月|单月")
# a total accumulated up to a date (全市累计实现15.2万人脱贫, 截至5月共完成…): a running total, not a year's
_RUNNING_TOTAL = re.compile(r"累计|以来|共(?:完成|实现|计)")


_DEPENDENT = re.compile(r"^\s*(?:共|累计)?(?:惠及|涉及|带动|覆盖|受益)")


def _said_before(f: Figure) -> str:
    """The words of the figure's clause before its number; for a count of those a clause before reached (截至2024年
    底，全省累计改造城镇老旧小区7415个，惠及居民98.2万户: the households of the running total), that clause's too."""
    at = f.sentence.find(f.text) if f.text else -1
    if at < 0:
        return ""
    clauses = re.split(r"[，,；;。：:]", f.sentence[:at])
    return "".join(clauses[-2:]) if len(clauses) > 1 and _DEPENDENT.match(clauses[-1]) else clauses[-1]


def _long_base(f: Figure) -> bool:
    """A change against a base two years or more before its period's end (比2020年下降14.5% of 2025)."""
    end = f.period.rpartition("/")[2][:4]
    return f.base_period[:4].isdigit() and end.isdigit() and int(end) - int(f.base_period[:4]) >= 2


def period_span(f: Figure, kind: str) -> str:
    """What sets a figure's series apart besides its metric, kind, unit and status ("" for a year or a part of one):
    a public holiday's days ("holiday:国庆": 中秋国庆期间接待游客198万人次 is no year's figure); one month's own
    figure ("month": 9月份…增长7.2% beside 1—9月份…增长6.8%; not 9月末, a stock at a date); a benchmark a gap is
    measured against ("vs:全省": 高于全省1.6个百分点 is no change over time); several years ("cumulative") for a
    total or a change over them (过去四年累计新增城镇就业16.8万人 or 比2020年下降14.5% beside a year's 4.6万人 or
    下降3%; an average annual growth is a kind already), and a running total up to a date (全市累计实现15.2万人脱贫,
    截至2018年年底共完成…: the same as 2016年以来累计脱贫15.2万人). A share, or a value reached from a stated base, is
    a state at the span's end: no span."""
    if holiday := holiday_of(f.period):  # (比2019年增长39% beside 同比增长12.6%: over several years too)
        return HOLIDAY + holiday + ("|" + CUMULATIVE if kind == "growth" and _long_base(f) else "")
    if kind in ("growth", "growth-average") and (bench := _BENCHMARK.match(f.comparison)):
        return "vs:" + bench.group(1)
    if kind in ("growth", "level", "count") and len(f.period) == 7 and (m := _MONTH_ITSELF.search(f.sentence)) and (
            not m.group("m") or int(m.group("m")) == int(f.period[5:])):
        return MONTH
    if kind in ("share", "growth-average", "rank") or f.base_value is not None:
        return ""
    first, _, last = f.period.partition("/")
    several = bool(last) and first[:4] != last[:4] or kind == "growth" and _long_base(f)
    at_a_date = not f.period or len(f.period) >= 7 and not last  # 截至2018年年底 (2018-12), or undated
    if at_a_date and kind in ("level", "count") and _RUNNING_TOTAL.search(_said_before(f)):
        several = True  # 截至2018年年底共完成了4个贫困县摘帽 = 全市累计实现4个贫困县摘帽 = 2016年以来累计…
    return CUMULATIVE if several else ""


_RATE_WORD = re.compile(r"(?:增速|增幅|增长速度|增长率)$")


def _group_key(f: Figure) -> GroupKey:
    """The indicator group of a figure: (metric, kind, unit, status, span), the unit normalised where the value is.
    A target, an estimate and an actual value of one metric are different series; so are a year's growth and an
    average annual growth over several years (年均增长, kind ``growth-average``), and a year's figure and a
    holiday's or a total over several years (``period_span``)."""
    kind = "growth-average" if f.kind == "growth" and "年均" in f.comparison else f.kind
    unit = f.base_unit if f.normalized is not None and f.base_unit else f.unit
    # (地区生产总值增速高于全省0.5个百分点 and 地区生产总值增长…高于全省0.4个百分点: the kind says it is a growth)
    metric = _RATE_WORD.sub("", f.metric) if kind == "growth" and len(f.metric) > 4 else f.metric
    return metric, kind, unit, figure_status(f), period_span(f, kind)


def group_chart_key(key: GroupKey) -> str:
    """The chart file name and section anchor of a group (an actual series keeps the name it had before statuses,
    a series of years the name it had before spans)."""
    metric, kind, unit, status, span = key
    parts = (metric, kind, unit) if status == "actual" else (metric, kind, unit, status)
    return chart_key(*parts, span) if span else chart_key(*parts)


def indicator_anchor(point: Point, charted: set[GroupKey]) -> str:
    """The point's section on the indicators page ('indicators.md#m-...'), or '' if its group has no section
    (a measure found in one document only)."""
    key = _group_key(point.fig)
    return f"{paths.INDICATORS}#{anchor_id('m-' + group_chart_key(key))}" if key in charted else ""


@dataclass
class Point:
    source: Source
    doc: Document
    fig: Figure
    index: int = 0  # position of fig in doc.figures (its English row)
    same: list[Point] = field(default_factory=list)  # the same fact stated by other documents (see indicator_groups)

    @property
    def status(self) -> str:
        return figure_status(self.fig)

    @property
    def all(self) -> list[Point]:
        """This point and the points of the same fact in other documents."""
        return [self, *self.same]

    @property
    def number(self) -> float:
        return self.fig.normalized if self.fig.normalized is not None and self.fig.base_unit else self.fig.value

    @property
    def when(self) -> str:
        return self.fig.period or self.doc.date or self.source.meta.date

    def shown_when(self, lang: str) -> str:
        """The period as a reader reads it: a year-end stock 'end of 2018' / '2018年末' (Figure.edge)."""
        if self.fig.period:
            return i18n.figure_period(self.fig, lang)
        # a figure without a period of its own (a standing requirement): the date of the document stating it, said
        # as such, not as the figure's period
        return label("stated_on", lang).format(date=i18n.date_text(self.when, lang))


Groups = list[tuple[GroupKey, list[Point]]]


def _fact(p: Point) -> tuple[str, str, float]:
    """What a point states, whichever document states it: region, period and value (in the group's unit). A change
    from a stated base (由6.9%下降到1.7%) is identified by its base and value: documents that repeat it date it
    differently (the year of the change, of the article, of the campaign)."""
    if p.fig.base_value is not None:
        return p.source.meta.region, f"{p.fig.base_period}\0{p.fig.base_value!r}", round(p.number, 9)
    return p.source.meta.region, p.when, round(p.number, 9)


def _as_of_publication(p: Point) -> bool:
    """The figure's period is its document's own date (or none): the text does not date it, so it holds as of
    publication (累计脱贫15.2万人 in an article of 2019-08)."""
    date = p.doc.date or p.source.meta.date
    return not p.fig.period or bool(date) and (date.startswith(p.fig.period) or p.fig.period.startswith(date))


_first_five = itemgetter(0, 1, 2, 3, 4)


def _bounds(period: str) -> tuple[str, str]:
    """A period's first and last instant as comparable strings ('2023' -> ('2023', '2023\uffff'): every month and
    day of 2023 lies between)."""
    first, _, last = period.partition("/")
    return first, (last or first) + "\uffff"


def _undated(p: Point) -> bool:
    """The text gives the figure no date of its own: its period is its document's date."""
    date = p.doc.date or p.source.meta.date
    return not p.fig.period or p.fig.period == date or len(p.fig.period) >= 7 and date.startswith(p.fig.period)


def _within(inner: str, outer: str) -> bool:
    """``inner`` lies inside ``outer`` (2023-01/2023-09 inside 2023, 2019-07 inside 2019-01/2019-07)."""
    a, b = _bounds(inner)
    c, d = _bounds(outer)
    return c <= a and b <= d


def _restated(members: list[tuple[str, str, str, str, int, Point]]) -> list[tuple[str, str, str, str, int, Point]]:
    """The members without a document's restatement of its own figure: one document stating a value of a group twice
    (in its summary and in its body, 1—9月份…亿元以上项目411个 then 紧盯…411个亿元以上项目) states one fact, whether
    it dates it the same, more broadly (2023 for 2023-01/2023-09: the second keeps the more precise period) or not at
    all (its period is its publication date)."""
    kept: list[tuple[str, str, str, str, int, Point]] = []
    for m in members:
        p = m[-1]
        value = round(p.number, 9)
        for k, other in enumerate(kept):
            q = other[-1]
            if q.doc is not p.doc or q.source is not p.source or round(q.number, 9) != value:
                continue
            if _undated(q) and not _undated(p) or not _undated(p) and _within(p.when, q.when) and p.when != q.when:
                kept[k] = m  # the more precise statement of the fact stands for it
                break
            if _undated(p) or _within(q.when, p.when):
                break  # the same fact, stated as precisely before
        else:
            kept.append(m)  # another period: another fact
    kept.sort(key=_first_five)
    return kept


# a metric that is only the noun it counts (23家企业 an inspection visited, 269家企业 that cooperate with universities):
# it names no measure, so two documents' counts of it are not one series
BARE_COUNTS = frozenset({"企业", "项目", "村", "户", "家庭", "人", "人员", "单位", "园区", "主体", "社区", "学校",
                         "乡镇", "县区", "部门", "机构", "公司", "镇", "街道", "城市", "地区", "群众"})


def indicator_groups(sources: list[Source]) -> Groups:
    """Region-wide figures (no ``subject``) grouped by (metric, kind, unit, status): the same measure across
    documents and regions, never a target beside an actual value. In a group, points are ordered by region then
    period (a series over time per region). A fact stated by several documents is one point, the others in its
    ``same``: the same region, period and value; or a value that a later document restates without a date of its
    own (its period is its publication date) after an earlier document dated it."""
    # each point with its order in the group: (region, period, bulletin, document, index), unique, so the sort
    # never compares points
    groups: dict[GroupKey, list[tuple[str, str, str, str, int, Point]]] = defaultdict(list)
    for s in sources:
        region, slug = s.meta.region, s.slug
        for d in s.documents:
            dated = d.date or s.meta.date
            for i, f in enumerate(d.figures):
                if not f.subject and f.metric not in BARE_COUNTS:
                    groups[_group_key(f)].append((region, f.period or dated, slug, d.id, i, Point(s, d, f, i)))
    ordered = []
    for key in sorted(groups):
        points: list[Point] = []
        by_fact: dict[tuple[str, str, float], Point] = {}  # the first point of each fact
        by_value: dict[tuple[str, float], Point] = {}  # the latest point of each region and value
        members = groups[key]
        members.sort(key=_first_five)
        members = _restated(members)
        for *_, p in members:
            fact = _fact(p)
            first = by_fact.get(fact)
            if first is None and _as_of_publication(p):
                first = by_value.get((fact[0], fact[2]))
            if first is None:
                by_fact[fact] = by_value[(fact[0], fact[2])] = p
                points.append(p)
            elif all(q.doc is not p.doc for q in first.all):
                first.same.append(p)  # (a repeat within one document is left out: its document is listed)
        ordered.append((key, points))
    return ordered


def english_unit(unit: str) -> str:
    """A group's unit in English: a base unit code, a percentage, or a unit of the glossary; else marked."""
    if unit in BASE_UNITS_EN:
        return BASE_UNITS_EN[unit]
    if unit in ("%", "％"):
        return "%"
    if unit in POINTS:
        return "percentage points"
    entry = get_glossary().lookup(unit) if unit else None
    if entry is not None and entry.category == "unit":
        return entry.noun if entry.noun and entry.noun != "-" else entry.en
    return marked(unit) if unit else ""


# the kinds of period a series may be of besides years (period_span), as its title names them
_SPAN_ZH = {CUMULATIVE: "累计", MONTH: "当月"}
_SPAN_EN = {CUMULATIVE: "cumulative", MONTH: "single month"}
_BENCHMARK_EN = {"全国": "the country", "全省": "the province", "全市": "the city", "全区": "the district",
                 "全县": "the county"}
# public holidays (extract/holidays.py names), in English after the State Council's holiday notices (project
# rendering, translations/README.md; "Spring Festival holiday" is in the reference work reports)
_HOLIDAY_EN = {"元旦": "New Year's Day holiday", "春节": "Spring Festival holiday", "清明": "Tomb-sweeping Day holiday",
               "劳动节": "Labor Day holiday", "端午": "Dragon Boat Festival holiday",
               "中秋": "Mid-Autumn Festival holiday", "国庆": "National Day holiday"}


def span_label(span: str, lang: str) -> str:
    """What sets a series apart in its title: 国庆假期 / National Day holiday, 累计 / cumulative, 与全省比较 /
    compared with the province."""
    if "|" in span:  # 国庆假期，累计
        return ("，" if lang != "en" else ", ").join(span_label(part, lang) for part in span.split("|"))
    if span.startswith(HOLIDAY):
        name = span[len(HOLIDAY):]
        if lang == "en":
            return _HOLIDAY_EN.get(name, marked(name))
        return hant(name + "假期") if lang == "zh-Hant" else name + "假期"
    if span.startswith("vs:"):  # 与全省比较 / compared with the province
        area = span[3:]
        return f"compared with {_BENCHMARK_EN.get(area, marked(area))}" if lang == "en" else \
            (hant if lang == "zh-Hant" else str)(f"与{area}比较")
    if lang == "en":
        return _SPAN_EN.get(span, span)
    return hant(_SPAN_ZH.get(span, span)) if lang == "zh-Hant" else _SPAN_ZH.get(span, span)


def _indicator_title(metric: str, kind: str, unit: str, status: str, lang: str, span: str = ""
                     ) -> tuple[str, str, str]:
    """(section title, metric name, unit shown), plain text in ``lang``; the status named unless actual, the kind of
    period unless a year or part of one."""
    state = figure_status_label(status, lang) if status not in ("actual", kind) else ""  # kind "target": said once
    when = span_label(span, lang) if span else ""
    if lang == "en":
        found = metric_english(metric, get_glossary())
        name = (found.text[:1].upper() + found.text[1:]) if found else marked(metric)
        # 个, 家, 项 are classifiers: English counts with the metric's own noun ('Industrial clusters (count)', not
        # '(count, items)')
        shown = "" if unit in CLASSIFIER_UNITS else english_unit(unit)
        parts = (when, figure_kind_label(kind, lang), state, shown)
        return f"{name} ({', '.join(x for x in parts if x)})", name, shown
    shown = unit_label(unit, lang) if unit in BASE_UNITS_EN else (hant(unit) if lang == "zh-Hant" else unit)
    name = hant(metric) if lang == "zh-Hant" else metric
    return f"{name}（{'，'.join(x for x in (when, figure_kind_label(kind, lang), state, shown) if x)}）", name, shown


def charted_groups(sources: list[Source]) -> Groups:
    """The indicator groups the indicators page shows: measures found in two or more documents (a fact that
    several documents state counts each of them)."""
    return [(key, points) for key, points in indicator_groups(sources)
            if len({(q.source.slug, q.doc.id) for p in points for q in p.all}) >= 2]


def indicators_page(groups: Groups, charts: dict[str, str], lang: str = "zh", fragments: Fragments = NONE) -> str:
    """The indicators page: each group of ``charted_groups`` as a chart then its data table.
    Fills ``charts`` with {path: svg} (paths of this language's chart files)."""
    blocks = [heading(1, label("indicators", lang)), label("indicators_intro", lang)]
    for group_key, points in groups:
        members = sorted({q.source.slug: q.source for p in points for q in p.all}.values(), key=_slug)
        section, chart_path, svg = fragments.get(("indicator", group_key, lang), members,
                                                 partial(_indicator_section, group_key, points, lang))
        blocks += section
        if chart_path:
            charts[chart_path] = svg
    return page({}, blocks)


def _indicator_section(group_key: GroupKey, points: list[Point], lang: str) -> tuple[tuple[str, ...], str, str]:
    """One indicator: (its Markdown blocks, the path of its chart in ``lang``, the chart's SVG; no chart, "" and "",
    for a single value). The chart's bars are the points in order: each region's values over time, one series
    after another; all of one status."""
    path = paths.INDICATORS
    metric, kind, unit, status, span = group_key
    key = group_chart_key(group_key)
    title, name, shown = _indicator_title(metric, kind, unit, status, lang, span)
    blocks = [heading(2, title, f"m-{key}")]
    # a bound (3.8%以内, 突破500亿元) is no value to draw: it stays in the table, the chart shows the values
    drawn = [p for p in points if not is_bound(p.fig.qualifier)]
    divisor, chart_unit = scale([p.number for p in drawn], shown, lang)
    bars = [Bar(f"{i18n.meta_plain(p.source.meta.region, lang)} {p.shown_when(lang)}", p.number / divisor,
                status != "actual", p.source.meta.region) for p in drawn]
    chart_path = f"charts/{key}.svg" if len(drawn) >= 2 else ""  # one value (stated by several documents): a table
    svg = bar_chart(name, chart_unit, bars, lang) if chart_path else ""
    if chart_path:
        blocks.append(f"![{inline(label('chart', lang) + colon(lang) + title)}]({rel(chart_path, path)})")
    rows = []
    for p in points:
        doc_link = comma(lang).join(
            f"{link(doc_title(q.doc, lang), paths.document_page(q.source, q.doc), path)} "
            f"{anchor_link(q.fig.paragraph, paths.document_page(q.source, q.doc), path)}".strip() for q in p.all)
        if lang == "en":
            shown = p.shown_when(lang)  # (the row's own period, the same, is not said again)
            rows.append([i18n.meta_text(p.source.meta.region, lang), cell(shown[:1].upper() + shown[1:]),
                         i18n.figure_row_markup(p.doc, p.index, shown), doc_link])
        else:
            conv = hant if lang == "zh-Hant" else str
            rows.append([i18n.meta_text(p.source.meta.region, lang), cell(p.shown_when(lang)),
                         cell(value_text(p.fig, lang)), cell(conv(p.fig.comparison)), doc_link])
    keys = ("region", "period", "figure", "document") if lang == "en" else \
        ("region", "period", "value", "comparison", "document")
    blocks.append(table([label(k, lang) for k in keys], rows))
    return tuple(blocks), paths.localized(chart_path, lang) if chart_path else "", svg


# qualifiers that make a number a bound, not a value (the row's "over", "at most" ...); 约, 左右, 近 and 多, 余
# (1000多个: a little over) are approximate values and are drawn
BOUNDS = frozenset(w for english, words in QUALIFIERS.items() if english not in ("about", "nearly")
                   for w in words) - {"多", "余"}


def is_bound(qualifier: str) -> bool:
    return qualifier.strip() in BOUNDS


def _slug(source: Source) -> str:
    return source.slug
