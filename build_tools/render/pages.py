"""Per-bulletin pages: one page per document, the bulletin page and its cleaning report."""

from __future__ import annotations

from ..model import Document, Figure, Paragraph, Source
from . import paths
from .data import format_number
from .labels import action_label, event_kind_label, genre_label, kind_label, label
from .markdown import (
    anchor_id,
    bullets,
    cell,
    external_link,
    heading,
    inline,
    link,
    page,
    paragraph,
    rel,
    strong,
    table,
)

# Qualifiers written after the number (50个以上, 3亿元左右, 1000余人); the others (近, 约, 不低于 ...) go before.
SUFFIX_QUALIFIERS = ("以上", "以下", "以内", "左右", "上下", "余", "多", "许", "有余")


def bulletin_label(source: Source) -> str:
    """How a bulletin is named in lists: its title, else its publication, else its file name."""
    return source.meta.title or source.meta.source or source.slug


def doc_title(doc: Document) -> str:
    return doc.title or doc.id


def value_text(fig: Figure) -> str:
    """'约3.5亿元', '120万人以上', '不低于8%': the number with its unit and qualifier, as plain text."""
    number = format_number(fig.value) + fig.unit
    if not fig.qualifier:
        return number
    if fig.qualifier in SUFFIX_QUALIFIERS:
        return number + fig.qualifier
    return fig.qualifier + number


def anchor_link(pid: str, target_page: str, page_path: str) -> str:
    """A link to a paragraph anchor, labelled with its id (p12 -> '¶ p12')."""
    return f"[¶ {inline(pid)}]({rel(f'{target_page}#{anchor_id(pid)}', page_path)})" if pid else ""


def _meta_items(source: Source, doc: Document, page_path: str) -> list[str]:
    meta = source.meta
    items: list[tuple[str, str]] = [
        ("date", inline(doc.date or meta.date)),
        ("region", inline(meta.region)),
        ("kind", inline(kind_label(meta.kind))),
        ("genre", inline(genre_label(doc.genre))),
        ("source", inline(meta.source)),
        ("issuer", inline(doc.issuer or meta.issuer)),
        ("doc_number", inline(doc.doc_number or (meta.doc_number if len(source.documents) == 1 else ""))),
        ("signed", inline(doc.signed)),
        ("speaker", inline(doc.speaker)),
        ("byline", inline(doc.byline)),
        ("bulletin", link(bulletin_label(source), paths.bulletin_page(source), page_path)),
    ]
    parent = next((d for d in source.documents if doc.parent and d.id == doc.parent), None)
    if parent is not None:
        items.append(("parent", link(doc_title(parent), paths.document_page(source, parent), page_path)))
    if meta.source_url:
        items.append(("source_url", external_link(meta.source_url, meta.source_url)))
    if doc.figures or doc.events:
        files = [(k, suffix) for k, suffix, present in (("figures_csv", "figures.csv", doc.figures),
                                                         ("events_csv", "events.csv", doc.events),
                                                         ("json", "json", True)) if present]
        items.append(("data", "，".join(
            f"[{label(k)}]({rel(paths.document_data(source, doc, suffix), page_path)})" for k, suffix in files)))
    lines = [f"**{label(key)}**：{value}" for key, value in items if value]
    if doc.title_inferred:
        lines.append(f"*{label('title_inferred')}*")
    return lines


def figures_table(doc: Document, page_path: str) -> str:
    rows = []
    for fig in doc.figures:
        metric = fig.metric + (f"（{label('target')}）" if fig.is_target else "")
        rows.append([cell(metric), cell(value_text(fig)), cell(fig.comparison), cell(fig.period), cell(fig.rank),
                     anchor_link(fig.paragraph, page_path, page_path)])
    headers = [label(k) for k in ("metric", "value", "comparison", "period", "rank", "where")]
    return table(headers, rows)


def events_table(doc: Document, page_path: str) -> str:
    events = sorted(doc.events, key=lambda e: (e.sort_key or e.date))
    rows = [[cell(e.date), cell(event_kind_label(e.kind)), cell(e.text), anchor_link(e.paragraph, page_path, page_path)]
            for e in events]
    return table([label(k) for k in ("date", "event_kind", "event", "where")], rows)


def text_blocks(paragraphs: list[Paragraph]) -> list[str]:
    """The cleaned text: headings as ##..#####, every paragraph with its id; run-in headings as bold lead-ins."""
    blocks: list[str] = []
    lead = ""
    for i, par in enumerate(paragraphs):
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        classes = [f"pd-{par.role}"] if par.role not in ("body", "heading") else []
        if par.heading and par.run_in and nxt is not None and not nxt.heading:
            lead = strong(par.text, par.id)
            continue
        if par.heading and not par.run_in:
            blocks.append(heading(min(par.heading, 4) + 1, par.text, par.id))
        elif par.heading:  # run-in heading with nothing to run into: a bold paragraph of its own
            blocks.append(paragraph("", lead=strong(par.text, par.id)))
        else:
            blocks.append(paragraph(par.text, par.id, classes, lead=lead))
        lead = ""
    return blocks


def document_page(source: Source, doc: Document) -> str:
    path = paths.document_page(source, doc)
    blocks = [heading(1, doc_title(doc)), bullets(_meta_items(source, doc, path))]
    if doc.summary:
        blocks += [heading(2, label("summary"), "summary"), bullets(inline(s) for s in doc.summary)]
    if doc.figures:
        blocks += [heading(2, label("figures"), "figures"), figures_table(doc, path)]
    if doc.events:
        blocks += [heading(2, label("events"), "events"), events_table(doc, path)]
    if doc.paragraphs:
        blocks += [heading(2, label("text"), "text"), *text_blocks(doc.paragraphs)]
    meta = {"date": doc.date or source.meta.date, "region": source.meta.region,
            "kind": source.meta.kind, "bulletin": source.slug, "document": doc.id}
    return page(meta, blocks)


def bulletin_page(source: Source) -> str:
    path = paths.bulletin_page(source)
    meta = source.meta
    items = [
        ("date", inline(meta.date)),
        ("region", inline(meta.region)),
        ("kind", inline(kind_label(meta.kind))),
        ("source", inline(meta.source)),
        ("issuer", inline(meta.issuer)),
        ("doc_number", inline(meta.doc_number)),
        ("source_url", external_link(meta.source_url, meta.source_url) if meta.source_url else ""),
        ("notes", inline(meta.notes)),
        ("cleaning_report", link(f"{label('cleaning_report')}（{len(source.report)}）", paths.report_page(source),
                                 path)),
        ("extract_json", f"[{label('extract_json')}]({rel(paths.extract_json(source), path)})"),
    ]
    blocks = [heading(1, bulletin_label(source)),
              bullets(f"**{label(k)}**：{v}" for k, v in items if v)]
    if source.warnings:
        blocks += [heading(2, label("warnings"), "warnings"), bullets(inline(w) for w in source.warnings)]
    if source.documents:
        rows = [[link(doc_title(d), paths.document_page(source, d), path), cell(d.date or meta.date),
                 cell(genre_label(d.genre)), str(len(d.paragraphs)), str(len(d.figures)), str(len(d.events))]
                for d in source.documents]
        headers = [label(k) for k in ("document", "date", "genre", "paragraphs", "figures_in", "events_in")]
        blocks += [heading(2, label("documents"), "documents"), table(headers, rows)]
    fm = {"date": meta.date, "region": meta.region, "kind": meta.kind,
          "bulletin": source.slug}
    return page(fm, blocks)


def report_page(source: Source) -> str:
    path = paths.report_page(source)
    title = f"{label('cleaning_report')}：{bulletin_label(source)}"
    blocks = [heading(1, title), link(bulletin_label(source), paths.bulletin_page(source), path),
              inline(label("report_intro"))]
    if source.report:
        counts: dict[str, int] = {}
        for act in source.report:
            counts[act.rule] = counts.get(act.rule, 0) + 1
        blocks.append(table([label("rule"), label("count")], [[cell(r), str(n)] for r, n in sorted(counts.items())]))
        rows = [[cell(a.rule), cell(action_label(a.action)), cell(_line_range(a.lines)), cell(a.text), cell(a.detail)]
                for a in source.report]
        blocks.append(table([label(k) for k in ("rule", "action", "lines", "text", "detail")], rows))
    else:
        blocks.append(inline(label("no_report")))
    return page({"bulletin": source.slug}, blocks)


def _line_range(lines: tuple[int, int]) -> str:
    first, last = lines
    return str(first) if first == last else f"{first}–{last}"
