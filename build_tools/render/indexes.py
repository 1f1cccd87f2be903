"""Site-wide pages: home, bulletin index, timeline, indicators, downloads, and the navigation file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import yaml

from ..model import Document, Figure, Source
from . import paths
from .charts import Bar, bar_chart, chart_key, scale
from .labels import event_kind_label, figure_kind_label, kind_label, label, unit_label
from .markdown import bullets, cell, heading, inline, link, page, rel, table
from .pages import anchor_link, bulletin_label, doc_title, value_text


def by_date(sources: list[Source]) -> list[Source]:
    """Newest first; ties by file name."""
    return sorted(sorted(sources, key=lambda s: s.slug), key=lambda s: s.meta.date, reverse=True)


def stats(sources: list[Source]) -> dict[str, int]:
    docs = [d for s in sources for d in s.documents]
    return {"bulletins": len(sources), "documents": len(docs), "figures": sum(len(d.figures) for d in docs),
            "events": sum(len(d.events) for d in docs)}


def _bulletin_rows(sources: list[Source], page_path: str) -> list[list[str]]:
    return [[cell(s.meta.date), cell(s.meta.region), cell(kind_label(s.meta.kind)),
             link(bulletin_label(s), paths.bulletin_page(s), page_path), str(len(s.documents))]
            for s in by_date(sources)]


def _bulletin_headers() -> list[str]:
    return [label(k) for k in ("date", "region", "kind", "bulletins", "documents")]


def home_page(sources: list[Source], intro: str, latest: int = 10) -> str:
    """The home page: the hand-written introduction (docs/index.md, front matter included) then generated lists."""
    path = paths.HOME
    blocks = [inline(label("stats").format(**stats(sources)))]
    if sources:
        blocks += [heading(2, label("latest"), "latest"), table(_bulletin_headers(),
                                                                _bulletin_rows(sources, path)[:latest])]
    regions = sorted({s.meta.region for s in sources if s.meta.region})
    if regions:
        blocks += [heading(2, label("by_region"), "regions"),
                   bullets(f"{inline(r)}：" + "，".join(link(bulletin_label(s), paths.bulletin_page(s), path)
                                                      for s in by_date(sources) if s.meta.region == r)
                           for r in regions)]
    generated = "\n\n".join(blocks) + "\n"
    if not intro.strip():
        return page({}, [heading(1, label("home")), generated])
    return intro.rstrip("\n") + "\n\n" + generated


def bulletins_index(sources: list[Source]) -> str:
    path = paths.BULLETINS_INDEX
    blocks = [heading(1, label("bulletins")), inline(label("stats").format(**stats(sources))),
              heading(2, label("by_date"), "by-date"), table(_bulletin_headers(), _bulletin_rows(sources, path)),
              heading(2, label("by_region"), "by-region")]
    regions: dict[str, list[Source]] = defaultdict(list)
    for s in by_date(sources):
        regions[s.meta.region].append(s)
    for i, region in enumerate(sorted(regions), start=1):
        blocks.append(heading(3, region or "—", f"region-{i}"))
        blocks.append(bullets(f"{inline(s.meta.date)} {link(bulletin_label(s), paths.bulletin_page(s), path)}"
                              for s in regions[region]))
    return page({}, blocks)


def timeline_page(sources: list[Source]) -> str:
    """All dated events. The filter box is built by assets/javascripts/table-filter.js from the table's columns;
    without JavaScript the full table shows."""
    path = paths.TIMELINE
    rows = []
    for s in sources:
        for d in s.documents:
            for e in d.events:
                key = (e.sort_key or e.date, s.meta.region, s.slug, d.id)
                doc_link = link(doc_title(d), paths.document_page(s, d), path)
                where = anchor_link(e.paragraph, paths.document_page(s, d), path)
                rows.append((key, [cell(e.date), cell(s.meta.region), cell(event_kind_label(e.kind)),
                                   cell(kind_label(s.meta.kind)), cell(e.text), f"{doc_link} {where}".strip()]))
    rows.sort(key=lambda r: r[0])
    blocks = [heading(1, label("timeline")), inline(label("timeline_intro"))]
    if rows:
        attrs = {"data-columns": "1,2,3", "data-year-column": "0", "data-year-label": label("year"),
                 "data-all-label": label("all")}
        blocks.append('<div class="pd-filter" ' + " ".join(f'{k}="{v}"' for k, v in attrs.items()) + "></div>")
        headers = [label(k) for k in ("date", "region", "event_kind", "kind", "event", "document")]
        blocks.append(table(headers, [r[1] for r in rows]))
    return page({}, blocks)


@dataclass
class Point:
    source: Source
    doc: Document
    fig: Figure

    @property
    def number(self) -> float:
        return self.fig.normalized if self.fig.normalized is not None and self.fig.base_unit else self.fig.value

    @property
    def when(self) -> str:
        return self.fig.period or self.doc.date or self.source.meta.date


def indicator_groups(sources: list[Source]) -> list[tuple[tuple[str, str, str], list[Point]]]:
    """Figures grouped by (metric, kind, unit): the same measure across documents and regions."""
    groups: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    for s in sources:
        for d in s.documents:
            for f in d.figures:
                unit = f.base_unit if f.normalized is not None and f.base_unit else f.unit
                groups[(f.metric, f.kind, unit)].append(Point(s, d, f))
    ordered = []
    for key in sorted(groups):
        points = sorted(groups[key], key=lambda p: (p.when, p.source.meta.region, p.source.slug, p.doc.id))
        ordered.append((key, points))
    return ordered


def indicators_page(sources: list[Source], charts: dict[str, str]) -> str:
    """The indicators page: metrics found in two or more documents, each as a chart then its data table.
    Fills ``charts`` with {path: svg}."""
    path = paths.INDICATORS
    blocks = [heading(1, label("indicators")), label("indicators_intro")]
    for (metric, kind, unit), points in indicator_groups(sources):
        if len({(p.source.slug, p.doc.id) for p in points}) < 2:
            continue
        key = chart_key(metric, kind, unit)
        shown = unit_label(unit)
        title = f"{metric}（{'，'.join(x for x in (figure_kind_label(kind), shown) if x)}）"
        blocks.append(heading(2, title, f"m-{key}"))
        divisor, chart_unit = scale([p.number for p in points], shown)
        bars = [Bar(f"{p.source.meta.region} {p.when}" + (f"（{label('target')}）" if p.fig.is_target else ""),
                    p.number / divisor, p.fig.is_target) for p in points]
        chart_path = f"charts/{key}.svg"
        charts[chart_path] = bar_chart(metric, chart_unit, bars)
        blocks.append(f"![{inline(label('chart') + '：' + title)}]({rel(chart_path, path)})")
        rows = [[cell(p.source.meta.region), cell(p.when), cell(value_text(p.fig)), cell(p.fig.comparison),
                 f"{link(doc_title(p.doc), paths.document_page(p.source, p.doc), path)} "
                 f"{anchor_link(p.fig.paragraph, paths.document_page(p.source, p.doc), path)}".strip()]
                for p in points]
        blocks.append(table([label(k) for k in ("region", "period", "value", "comparison", "document")], rows))
    return page({}, blocks)


def downloads_page(sources: list[Source]) -> str:
    path = paths.DOWNLOADS
    col = paths.COLLECTION
    collection = [f"{label(kind)}：[CSV]({rel(col[kind + '.csv'], path)})，[JSON]({rel(col[kind + '.json'], path)})"
                  for kind in ("figures", "events")]
    blocks = [heading(1, label("downloads")), label("downloads_intro"), heading(2, label("collection"), "collection"),
              bullets(collection)]
    rows = []
    for s in by_date(sources):
        extract = f"[{label('extract_json')}]({rel(paths.extract_json(s), path)})"
        for d in s.documents or [None]:
            if d is None:
                rows.append([link(bulletin_label(s), paths.bulletin_page(s), path), "", "", "", "", extract])
                continue
            files = [f"[{name}]({rel(paths.document_data(s, d, suffix), path)})"
                     for name, suffix in (("CSV", "figures.csv"), ("CSV", "events.csv"), ("JSON", "json"))]
            rows.append([link(bulletin_label(s), paths.bulletin_page(s), path),
                         link(doc_title(d), paths.document_page(s, d), path), *files, extract])
    if rows:
        headers = [label(k) for k in ("bulletins", "document", "figures", "events", "json", "extract_json")]
        blocks += [heading(2, label("per_bulletin"), "per-bulletin"), table(headers, rows)]
    return page({}, blocks)


def site_file(sources: list[Source], extra_pages: list[str]) -> str:
    """Site-level data for the engine adapter, as YAML: ``updated`` (the newest bulletin date, the collection's
    date for sitemaps and the like) and ``nav`` (MkDocs nav syntax, plain-text titles; pages without a title take
    their first heading)."""
    bulletins: list[Any] = [paths.BULLETINS_INDEX]
    for s in by_date(sources):
        children = [paths.bulletin_page(s), *(paths.document_page(s, d) for d in s.documents), paths.report_page(s)]
        bulletins.append({f"{s.meta.date} {bulletin_label(s)}".strip(): children})
    items: list[Any] = [paths.HOME, {label("bulletins"): bulletins}, paths.TIMELINE, paths.INDICATORS,
                        paths.DOWNLOADS, *extra_pages]
    updated = max((s.meta.date for s in sources), default="")
    return yaml.safe_dump({"updated": updated, "nav": items}, allow_unicode=True, sort_keys=False, width=1000)
