"""Site-wide pages, in each language: home, bulletin index, timeline, downloads, glossary (the indicators page:
indicators.py); and the navigation file."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from functools import partial
from typing import Any

from ..extract.event_identity import SHARED_OPENING, fact_key
from ..model import Document, Source
from ..translate import load_glossary
from ..translate.terminology import readable_citation
from . import i18n, paths
from .indicators import GroupKey, Point, charted_groups, indicator_anchor, key_figures
from .labels import (
    CATEGORIES_ZH,
    KINDS_ZH,
    category_label,
    event_kind_label,
    hant,
    kind_label,
    label,
)
from .markdown import bullets, cell, heading, inline, link, page, rel, table
from .memo import NONE, Fragments
from .pages import anchor_link, bulletin_label, colon, comma, doc_title, metric_text, value_text


def by_date(sources: list[Source]) -> list[Source]:
    """Newest first; ties by file name."""
    return sorted(sorted(sources, key=lambda s: s.slug), key=lambda s: s.meta.date, reverse=True)


def stats(sources: list[Source]) -> dict[str, int]:
    docs = [d for s in sources for d in s.documents]
    return {"bulletins": len(sources), "documents": len(docs), "figures": sum(len(d.figures) for d in docs),
            "events": sum(len(d.events) for d in docs)}


# English counts take the noun in the singular for one ("1 bulletin, 1 document"), digits grouped ("1,000 bulletins")
STATS_NOUNS_EN = {"bulletins": "bulletin", "documents": "document", "figures": "figure", "events": "dated event"}


def stats_line(sources: list[Source], lang: str) -> str:
    """The counts line of an index page: "3 bulletins, 4 documents, 166 figures and 34 dated events."."""
    counts = stats(sources)
    if lang != "en":
        return label("stats", lang).format(**counts)
    return label("stats", lang).format(**{k: f"{n:,} {STATS_NOUNS_EN[k]}{'' if n == 1 else 's'}"
                                          for k, n in counts.items()})


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


_YEAR_RE = re.compile(r"^(\d{4})")


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
        section = indicator_anchor(p, charted)
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
    blocks = [inline(stats_line(sources, lang))]
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
    blocks = [heading(1, label("bulletins", lang)), inline(stats_line(sources, lang)),
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
            source = cell(readable_citation(entry.source)) if entry.official else \
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
    sentences of the text: left out of the index for the same reason, and to keep it small; ``sections_searched_in``
    names the languages whose pages keep them, English, where the text itself is mostly Chinese).

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
            "unsearched_sections": list(UNSEARCHED_SECTIONS), "sections_searched_in": list(SECTIONS_SEARCHED_IN)}
    return json.dumps(site, ensure_ascii=False, indent=1) + "\n"  # (JSON: read and written 10x faster than YAML)


UNSEARCHED_SECTIONS = ("figures", "events")  # anchors of pages.document_page's sections
# (the languages whose pages keep those sections in the index: an English page of a bulletin nobody translated has its
# text in Chinese, so its English rows are the page's own words, repeating nothing a search would find elsewhere)
SECTIONS_SEARCHED_IN = ("en",)


def _slug(source: Source) -> str:
    return source.slug
