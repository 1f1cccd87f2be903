"""Site-wide pages, in each language: home, bulletin index, timeline, indicators, downloads, glossary; and the
navigation file."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from typing import Any

from ..extract.events import SHARED_OPENING, fact_key
from ..model import Document, Figure, Source
from ..translate import load_glossary
from ..translate.glossary import get_glossary
from ..translate.numbers import POINTS
from ..translate.rows import marked, metric_english
from . import i18n, paths
from .charts import Bar, bar_chart, chart_key, scale
from .labels import (
    BASE_UNITS_EN,
    CATEGORIES_ZH,
    KINDS_ZH,
    category_label,
    event_kind_label,
    figure_kind_label,
    figure_status_label,
    hant,
    kind_label,
    label,
    unit_label,
)
from .markdown import anchor_id, bullets, cell, heading, inline, link, page, rel, table
from .memo import NONE, Fragments
from .pages import anchor_link, bulletin_label, colon, comma, doc_title, figure_status, metric_text, value_text


def by_date(sources: list[Source]) -> list[Source]:
    """Newest first; ties by file name."""
    return sorted(sorted(sources, key=lambda s: s.slug), key=lambda s: s.meta.date, reverse=True)


def stats(sources: list[Source]) -> dict[str, int]:
    docs = [d for s in sources for d in s.documents]
    return {"bulletins": len(sources), "documents": len(docs), "figures": sum(len(d.figures) for d in docs),
            "events": sum(len(d.events) for d in docs)}


def _bulletin_rows(sources: list[Source], page_path: str, lang: str, fragments: Fragments = NONE) -> list[list[str]]:
    def row(s: Source) -> tuple[str, ...]:
        return (cell(i18n.date_text(s.meta.date, lang)), i18n.meta_text(s.meta.region, lang),
                cell(kind_label(s.meta.kind, lang) if s.meta.kind else ""),
                _bulletin_link(s, page_path, lang, fragments), str(len(s.documents)))

    return [list(fragments.get(("bulletin-row", page_path, lang), [s], partial(row, s))) for s in by_date(sources)]


def _bulletin_link(s: Source, page_path: str, lang: str, fragments: Fragments = NONE) -> str:
    return fragments.get(("bulletin-link", page_path, lang), [s],
                         lambda: link(bulletin_label(s, lang), paths.bulletin_page(s), page_path))


def _bulletin_headers(lang: str) -> list[str]:
    return [label(k, lang) for k in ("date", "region", "kind", "bulletins", "documents")]


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
_YEAR_RE = re.compile(r"^(\d{4})")


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
GroupKey = tuple[str, str, str, str]  # (metric, kind, unit, status)


def _group_key(f: Figure) -> GroupKey:
    """The indicator group of a figure: (metric, kind, unit, status), the unit normalised where the value is. A
    target, an estimate and an actual value of one metric are different series; so are a year's growth and an
    average annual growth over several years (年均增长, kind ``growth-average``)."""
    kind = "growth-average" if f.kind == "growth" and "年均" in f.comparison else f.kind
    return f.metric, kind, f.base_unit if f.normalized is not None and f.base_unit else f.unit, figure_status(f)


def group_chart_key(key: GroupKey) -> str:
    """The chart file name and section anchor of a group (an actual series keeps the name it had before statuses)."""
    metric, kind, unit, status = key
    return chart_key(metric, kind, unit) if status == "actual" else chart_key(metric, kind, unit, status)


def _indicator_anchor(point: Point, charted: set[GroupKey]) -> str:
    """The point's section on the indicators page ('indicators.md#m-...'), or '' if its group has no section
    (a measure found in one document only)."""
    key = _group_key(point.fig)
    return f"{paths.INDICATORS}#{anchor_id('m-' + group_chart_key(key))}" if key in charted else ""


def key_figures_block(sources: list[Source], lang: str = "zh", charted: set[GroupKey] | None = None,
                      points: list[Point] | None = None) -> list[str]:
    """The home page's key figures: a table (indicator, value, region, period, where) and links to the indicators
    and timeline pages. English rows are the translate stage's English rows of the figures. ``charted``: the
    groups of the indicators page (charted_groups), ``points``: key_figures(sources), computed if not given."""
    path = paths.HOME
    if charted is None:
        charted = {key for key, _ in charted_groups(sources)}
    rows = []
    for p in key_figures(sources) if points is None else points:
        doc_page = paths.document_page(p.source, p.doc)
        where = f"{link(doc_title(p.doc, lang), doc_page, path)} {anchor_link(p.fig.paragraph, doc_page, path)}"
        section = _indicator_anchor(p, charted)
        if lang == "en":
            figure = i18n.figure_row_markup(p.doc, p.index)
            if section:
                figure += f" [{label('chart', lang)}]({rel(section, path)})"
            rows.append([figure, i18n.meta_text(p.source.meta.region, lang), cell(i18n.date_text(p.when, lang)),
                         where.strip()])
            continue
        conv = hant if lang == "zh-Hant" else str
        metric = metric_text(p.fig, lang)
        rows.append([link(metric, section, path) if section else cell(metric),
                     cell(value_text(p.fig, lang) + (f"（{conv(p.fig.comparison)}）" if p.fig.comparison else "")),
                     i18n.meta_text(p.source.meta.region, lang), cell(p.when), where.strip()])
    if not rows:
        return []
    keys = ("figure", "region", "period", "where") if lang == "en" else ("metric", "value", "region", "period", "where")
    more = comma(lang).join(f"[{label(k, lang)}]({rel(target_page, path)})"
                            for k, target_page in (("indicators", paths.INDICATORS), ("timeline", paths.TIMELINE)))
    return [heading(2, label("key_numbers", lang), "key-numbers"), inline(label("key_numbers_intro", lang)),
            table([label(k, lang) for k in keys], rows), f"{label('more', lang)}{colon(lang)}{more}"]


def _kind_order(kind: str) -> tuple[int, str]:
    known = list(KINDS_ZH)
    return (known.index(kind), "") if kind in known else (len(known), kind)


def _grouped(groups: list[tuple[str, list[Source]]], path: str, lang: str, fragments: Fragments = NONE) -> str:
    """'name: bulletin, bulletin' lines; ``name`` is already-escaped Markdown."""
    return bullets(f"{name}{colon(lang)}" + comma(lang).join(
        _bulletin_link(s, path, lang, fragments) for s in members) for name, members in groups)


def home_page(sources: list[Source], intro: str, latest: int = 10, lang: str = "zh",
              fragments: Fragments = NONE, charted: set[GroupKey] | None = None,
              points: list[Point] | None = None) -> str:
    """The home page: the hand-written introduction (docs/index.md, front matter included) then generated lists:
    latest bulletins, key figures, bulletins by region, by year (of the bulletin date) and by kind. ``charted`` and
    ``points`` as key_figures_block takes them (the same in every language)."""
    path = paths.HOME
    blocks = [inline(label("stats", lang).format(**stats(sources)))]
    if sources:
        blocks += [heading(2, label("latest", lang), "latest"),
                   table(_bulletin_headers(lang), _bulletin_rows(by_date(sources)[:latest], path, lang, fragments))]
    blocks += key_figures_block(sources, lang, charted, points)
    ordered = by_date(sources)
    regions = sorted({s.meta.region for s in sources if s.meta.region})
    if regions:
        blocks += [heading(2, label("by_region", lang), "regions"),
                   _grouped([(i18n.meta_text(r, lang), [s for s in ordered if s.meta.region == r]) for r in regions],
                            path, lang, fragments)]
    years: dict[str, list[Source]] = defaultdict(list)
    for s in ordered:
        m = _YEAR_RE.match(s.meta.date)
        years[m.group(1) if m else ""].append(s)
    if sources:
        blocks += [heading(2, label("by_year", lang), "years"),
                   _grouped([(inline(label("year_of", lang).format(year=y) if y else label("undated", lang)),
                              years[y]) for y in sorted(years, key=lambda y: (y != "", y), reverse=True)],
                            path, lang, fragments)]
    kinds = sorted({s.meta.kind for s in sources if s.meta.kind}, key=_kind_order)
    if kinds:
        blocks += [heading(2, label("by_kind", lang), "kinds"),
                   _grouped([(inline(kind_label(k, lang)), [s for s in ordered if s.meta.kind == k]) for k in kinds],
                            path, lang, fragments)]
    generated = "\n\n".join(blocks) + "\n"
    if not intro.strip():
        return page({}, [heading(1, label("home", lang)), generated])
    return intro.rstrip("\n") + "\n\n" + generated


def bulletins_index(sources: list[Source], lang: str = "zh", fragments: Fragments = NONE) -> str:
    path = paths.BULLETINS_INDEX
    blocks = [heading(1, label("bulletins", lang)), inline(label("stats", lang).format(**stats(sources))),
              heading(2, label("by_date", lang), "by-date"),
              table(_bulletin_headers(lang), _bulletin_rows(sources, path, lang, fragments)),
              heading(2, label("by_region", lang), "by-region")]
    regions: dict[str, list[Source]] = defaultdict(list)
    for s in by_date(sources):
        regions[s.meta.region].append(s)
    for i, region in enumerate(sorted(regions), start=1):
        blocks.append(f"### {i18n.meta_text(region, lang) or '—'} {{: #region-{i} }}")
        blocks.append(bullets(f"{inline(i18n.date_text(s.meta.date, lang))} "
                              f"{_bulletin_link(s, path, lang, fragments)}"
                              for s in regions[region]))
    return page({}, blocks)


def bulletin_events(s: Source) -> list[list[tuple[Document, int]]]:
    """The events of a bulletin as facts: each a list of (document, index of the event), the first the one shown;
    an event stated again by another document of the bulletin (``events.same_fact``) joins the first."""
    facts: list[list[tuple[Document, int]]] = []
    keys: list[str] = []  # fact key of each fact's first event
    by_key: dict[str, list[int]] = defaultdict(list)  # the facts of these words
    by_date: dict[str, list[int]] = defaultdict(list)  # the facts of this date

    def joins(k: int, d: Document) -> bool:
        return all(doc is not d for doc, _ in facts[k])

    if len(s.documents) < 2:
        return [[(d, i)] for d in s.documents for i in range(len(d.events))]  # a document's own events are apart
    for d in s.documents:
        for i, e in enumerate(d.events):
            key = fact_key(e.text)
            found = next((k for k in by_key.get(key, ()) if joins(k, d)), None)
            if found is None:
                # same_fact_keys of the same date, written out: this loop meets every fact of the date
                opening = key[:SHARED_OPENING] if len(key) >= SHARED_OPENING else None
                found = next((k for k in by_date.get(e.date, ()) if facts[k][0][0] is not d
                              and ((kk := keys[k]) in key or key in kk
                                   or (opening is not None and kk.startswith(opening)))
                              and joins(k, d)), None)
            if found is not None:
                facts[found].append((d, i))
                continue
            by_key[key].append(len(facts))
            by_date[e.date].append(len(facts))
            facts.append([(d, i)])
            keys.append(key)
    return facts


def _timeline_rows(s: Source, path: str, lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(sort key, cells) of each event of one bulletin; an event stated by several of its documents is one row
    that links them all."""
    rows = []
    for fact in bulletin_events(s):
        d, i = fact[0]
        e = d.events[i]
        key = (e.sort_key or e.date, s.meta.region, s.slug, d.id)
        where = comma(lang).join(
            f"{link(doc_title(doc, lang), paths.document_page(s, doc), path)} "
            f"{anchor_link(doc.events[k].paragraph, paths.document_page(s, doc), path)}".strip() for doc, k in fact)
        rows.append((key, (cell(i18n.event_date(e, lang)), i18n.meta_text(s.meta.region, lang),
                           cell(event_kind_label(e.kind, lang)),
                           cell(kind_label(s.meta.kind, lang) if s.meta.kind else ""),
                           i18n.event_markup(d, i, lang), where)))
    return tuple(rows)


def timeline_page(sources: list[Source], lang: str = "zh", fragments: Fragments = NONE) -> str:
    """All dated events. The filter box is built by assets/javascripts/table-filter.js from the table's columns;
    without JavaScript the full table shows."""
    path = paths.TIMELINE
    rows = [row for s in sources
            for row in fragments.get(("timeline-rows", lang), [s], partial(_timeline_rows, s, path, lang))]
    rows.sort(key=lambda r: r[0])
    blocks = [heading(1, label("timeline", lang)), inline(label("timeline_intro", lang))]
    if rows:
        attrs = {"data-columns": "1,2,3", "data-year-column": "0", "data-year-label": label("year", lang),
                 "data-all-label": label("all", lang)}
        blocks.append('<div class="pd-filter" ' + " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
                      + "></div>")
        headers = [label(k, lang) for k in ("date", "region", "event_kind", "kind", "event", "document")]
        blocks.append(table(headers, [list(r[1]) for r in rows]))
    return page({}, blocks)


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
                if not f.subject:
                    groups[_group_key(f)].append((region, f.period or dated, slug, d.id, i, Point(s, d, f, i)))
    ordered = []
    for key in sorted(groups):
        points: list[Point] = []
        by_fact: dict[tuple[str, str, float], Point] = {}  # the first point of each fact
        by_value: dict[tuple[str, float], Point] = {}  # the latest point of each region and value
        members = groups[key]
        members.sort(key=_first_five)
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


def _indicator_title(metric: str, kind: str, unit: str, status: str, lang: str) -> tuple[str, str, str]:
    """(section title, metric name, unit shown), plain text in ``lang``; the status named unless actual."""
    state = figure_status_label(status, lang) if status not in ("actual", kind) else ""  # kind "target": said once
    if lang == "en":
        found = metric_english(metric, get_glossary())
        name = (found.text[:1].upper() + found.text[1:]) if found else marked(metric)
        shown = english_unit(unit)
        return f"{name} ({', '.join(x for x in (figure_kind_label(kind, lang), state, shown) if x)})", name, shown
    shown = unit_label(unit, lang) if unit in BASE_UNITS_EN else (hant(unit) if lang == "zh-Hant" else unit)
    name = hant(metric) if lang == "zh-Hant" else metric
    return f"{name}（{'，'.join(x for x in (figure_kind_label(kind, lang), state, shown) if x)}）", name, shown


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
    metric, kind, unit, status = group_key
    key = group_chart_key(group_key)
    title, name, shown = _indicator_title(metric, kind, unit, status, lang)
    blocks = [heading(2, title, f"m-{key}")]
    divisor, chart_unit = scale([p.number for p in points], shown, lang)
    bars = [Bar(f"{i18n.meta_plain(p.source.meta.region, lang)} {i18n.date_text(p.when, lang)}", p.number / divisor,
                status != "actual", p.source.meta.region) for p in points]
    chart_path = f"charts/{key}.svg" if len(points) >= 2 else ""  # one value (stated by several documents): a table
    svg = bar_chart(name, chart_unit, bars, lang) if chart_path else ""
    if chart_path:
        blocks.append(f"![{inline(label('chart', lang) + colon(lang) + title)}]({rel(chart_path, path)})")
    rows = []
    for p in points:
        doc_link = comma(lang).join(
            f"{link(doc_title(q.doc, lang), paths.document_page(q.source, q.doc), path)} "
            f"{anchor_link(q.fig.paragraph, paths.document_page(q.source, q.doc), path)}".strip() for q in p.all)
        if lang == "en":
            rows.append([i18n.meta_text(p.source.meta.region, lang), cell(i18n.date_text(p.when, lang)),
                         i18n.figure_row_markup(p.doc, p.index), doc_link])
        else:
            conv = hant if lang == "zh-Hant" else str
            rows.append([i18n.meta_text(p.source.meta.region, lang), cell(p.when), cell(value_text(p.fig, lang)),
                         cell(conv(p.fig.comparison)), doc_link])
    keys = ("region", "period", "figure", "document") if lang == "en" else \
        ("region", "period", "value", "comparison", "document")
    blocks.append(table([label(k, lang) for k in keys], rows))
    return tuple(blocks), paths.localized(chart_path, lang) if chart_path else "", svg


def downloads_page(sources: list[Source], lang: str = "zh", fragments: Fragments = NONE) -> str:
    path = paths.DOWNLOADS
    col = paths.COLLECTION
    collection = [f"{label(kind, lang)}{colon(lang)}[CSV]({rel(col[kind + '.csv'], path)}){comma(lang)}"
                  f"[JSON]({rel(col[kind + '.json'], path)})" for kind in ("figures", "events")]
    blocks = [heading(1, label("downloads", lang)), label("downloads_intro", lang),
              heading(2, label("collection", lang), "collection"), bullets(collection)]
    rows = [list(row) for s in by_date(sources)
            for row in fragments.get(("download-rows", lang), [s], partial(_download_rows, s, lang))]
    if rows:
        headers = [label(k, lang) for k in ("bulletins", "document", "figures", "events", "json", "extract_json")]
        blocks += [heading(2, label("per_bulletin", lang), "per-bulletin"), table(headers, rows)]
    return page({}, blocks)


def _download_rows(s: Source, lang: str) -> tuple[tuple[str, ...], ...]:
    path = paths.DOWNLOADS
    extract = f"[{label('extract_json', lang)}]({rel(paths.extract_json(s), path)})"
    bulletin = link(bulletin_label(s, lang), paths.bulletin_page(s), path)
    if not s.documents:
        return ((bulletin, "", "", "", "", extract),)
    rows = []
    for d in s.documents:
        files = [f"[{name}]({rel(paths.document_data(s, d, suffix), path)})"
                 for name, suffix in (("CSV", "figures.csv"), ("CSV", "events.csv"), ("JSON", "json"))]
        rows.append((bulletin, link(doc_title(d, lang), paths.document_page(s, d), path), *files, extract))
    return tuple(rows)


def glossary_page(lang: str = "zh") -> str:
    """The glossary, by category: Chinese (with variant spellings), English, explanation, source of the rendering.
    A rendering with no official source says so visibly."""
    entries = load_glossary()
    by_category: dict[str, list[Any]] = defaultdict(list)
    for entry in entries:
        by_category[entry.category].append(entry)
    order = [c for c in CATEGORIES_ZH if c in by_category] + sorted(c for c in by_category if c not in CATEGORIES_ZH)
    blocks = [heading(1, label("glossary", lang)), inline(label("glossary_intro", lang)),
              inline(f"{len(entries)} {label('entries', lang)}" if lang == "en"
                     else f"共 {len(entries)} 条" if lang == "zh" else hant(f"共 {len(entries)} 条"))]
    headers = [label(k, lang) for k in ("term_zh", "term_en", "explanation", "rendering_source")]
    for i, category in enumerate(order, start=1):
        rows = []
        for entry in sorted(by_category[category], key=lambda e: (e.en.lower(), e.zh)):
            forms = [entry.zh, *entry.variants]
            if lang == "zh-Hant":
                forms = [hant(f) for f in forms]
            chinese = "、".join(forms)
            zh_cell = i18n.term(chinese) if lang == "en" else cell(chinese)
            if lang == "en":
                explain = i18n.english_citing(entry.explain_en)
            else:
                explain = cell((hant(entry.explain_zh) if lang == "zh-Hant" else entry.explain_zh) or entry.explain_en)
            source = cell(entry.source) if entry.official else \
                f'<span class="pd-no-official">{inline(label("no_official", lang))}</span>'
            rows.append([zh_cell, cell(entry.en), explain, source])
        blocks += [heading(2, category_label(category, lang), f"c-{i}"), table(headers, rows)]
    return page({}, blocks)


def _nav_title(source: Source, lang: str) -> str:
    date = i18n.date_text(source.meta.date, lang)
    name = bulletin_label(source, lang)
    return name if lang == "en" else f"{date} {name}".strip()


# Bulletins in one navigation section (a year) before it is split into months. The theme renders the whole
# active section on every page of it, so an unsplit archive of 1,000 bulletins puts 1,000 links on each page.
NAV_SECTION_MAX = 30


def _period_label(period: str, lang: str) -> str:
    """'2023' -> '2023年' / '2023'; '2023-03' -> '2023年3月' / 'March 2023'; '' -> the 'date unknown' label."""
    if not period:
        return label("undated", lang)
    if lang == "en":
        return i18n.english_date(period)
    year, _, month = period.partition("-")
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _nav_groups(sources: list[Source]) -> list[tuple[str, list[Any]]]:
    """The bulletins (newest first) grouped by year, and a year with more than NAV_SECTION_MAX bulletins by month:
    [(period, [source or (month, [source, ...]), ...]), ...]."""
    years: dict[str, list[Source]] = {}
    for s in by_date(sources):
        years.setdefault(s.meta.date[:4] if _YEAR_RE.match(s.meta.date) else "", []).append(s)
    groups: list[tuple[str, list[Any]]] = []
    for year, members in years.items():
        if len(members) <= NAV_SECTION_MAX or not year:
            groups.append((year, members))
            continue
        months: dict[str, list[Source]] = {}
        for s in members:
            month = s.meta.date[:7] if len(s.meta.date) >= 7 else ""
            months.setdefault(month or year, []).append(s)
        groups.append((year, list(months.items())))
    return groups


def site_file(sources: list[Source], extra_pages: list[str]) -> str:
    """Site-level data for the engine adapter, as JSON: ``updated`` (the newest bulletin date, the collection's
    date for sitemaps and the like), ``nav`` (MkDocs nav syntax, plain-text titles; pages without a title take
    their first heading), ``nav_translations`` (per language: the section titles of ``nav`` in that language) and
    ``unsearched`` (pages left out of the search index: the cleaning reports, and the timeline and indicators
    pages, which repeat what the document pages say; a search then lands on the document itself) and
    ``unsearched_sections`` (anchors of the document pages' key-figure and timeline sections, whose rows repeat
    sentences of the text: left out of the index for the same reason, and to keep it small).

    Bulletins are listed by year (by month within a large year), so that a page's navigation stays small however
    large the archive grows."""
    translations: dict[str, dict[str, str]] = {lang: {} for lang in paths.LANGUAGES if lang != paths.DEFAULT_LANG}

    def titled(zh: str, title_of: Any) -> str:
        for lang, table_ in translations.items():
            table_.setdefault(zh, title_of(lang))
        return zh

    def entry(s: Source) -> dict[str, list[str]]:
        children = [paths.bulletin_page(s), *(paths.document_page(s, d) for d in s.documents), paths.report_page(s)]
        return {titled(_nav_title(s, paths.DEFAULT_LANG), lambda lang: _nav_title(s, lang)): children}

    def section(period: str, members: list[Any]) -> dict[str, list[Any]]:
        items = [section(*m) if isinstance(m, tuple) else entry(m) for m in members]
        return {titled(_period_label(period, paths.DEFAULT_LANG), lambda lang: _period_label(period, lang)): items}

    bulletins: list[Any] = [paths.BULLETINS_INDEX, *(section(*group) for group in _nav_groups(sources))]
    name = titled(label("bulletins", paths.DEFAULT_LANG), lambda lang: label("bulletins", lang))
    items: list[Any] = [paths.HOME, {name: bulletins}, paths.TIMELINE, paths.INDICATORS,
                        paths.DOWNLOADS, paths.GLOSSARY, *extra_pages]
    updated = max((s.meta.date for s in sources), default="")
    unsearched = [paths.TIMELINE, paths.INDICATORS, *(paths.report_page(s) for s in sorted(sources, key=_slug))]
    site = {"updated": updated, "nav": items, "nav_translations": translations, "unsearched": unsearched,
            "unsearched_sections": list(UNSEARCHED_SECTIONS)}
    return json.dumps(site, ensure_ascii=False, indent=1) + "\n"  # (JSON: read and written 10x faster than YAML)


UNSEARCHED_SECTIONS = ("figures", "events")  # anchors of pages.document_page's sections


def _slug(source: Source) -> str:
    return source.slug
