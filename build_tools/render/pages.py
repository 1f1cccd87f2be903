"""Per-bulletin pages: one page per document, the bulletin page and its cleaning report, in each language.

The Chinese pages (zh, zh-Hant) share one layout; glossary terms in their text carry tooltips. The English
document page gives the translated title, metadata, summary, key figures and timeline, the glossary terms of the
document, then the original text (Chinese, language-tagged) with the reviewed English of headings and paragraphs.
"""

from __future__ import annotations

import re

from ..model import Document, Figure, Paragraph, Source
from . import i18n, paths
from .data import format_number
from .i18n import ZH_TAG, english, english_date, meta_text
from .labels import action_label, event_kind_label, genre_label, hant, kind_label, label
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
    span,
    strong,
    table,
)

# Qualifiers written after the number (50个以上, 3亿元左右, 1000余人); the others (近, 约, 不低于 ...) go before.
SUFFIX_QUALIFIERS = ("以上", "以下", "以内", "左右", "上下", "余", "多", "许", "有余")


def colon(lang: str) -> str:
    return ": " if lang == "en" else "："


def comma(lang: str) -> str:
    return ", " if lang == "en" else "，"


def bulletin_label(source: Source, lang: str = "zh") -> str:
    """How a bulletin is named in lists (plain text). Chinese: its title, else its publication, else its file name.
    English: region, kind and date, from the metadata (a bulletin's own name has no translation)."""
    if lang == "en":
        parts = [i18n.english_name_plain(source.meta.region), kind_label(source.meta.kind, "en") if source.meta.kind
                 else "", english_date(source.meta.date)]
        return ", ".join(p for p in parts if p) or source.slug
    name = source.meta.title or source.meta.source or source.slug
    return hant(name) if lang == "zh-Hant" else name


def doc_title(doc: Document, lang: str = "zh") -> str:
    return i18n.title_plain(doc, lang)


def value_text(fig: Figure, lang: str = "zh") -> str:
    """'约3.5亿元', '120万人以上', '不低于8%': the number with its unit and qualifier, as plain text."""
    number = format_number(fig.value) + fig.unit
    if fig.kind == "growth" and fig.direction and not re.search(r"高于|低于", fig.comparison):
        number = ("增长" if fig.direction == "up" else "下降") + number  # 下降14.4%: never a bare 14.4%
    if not fig.qualifier:
        text = number
    elif fig.qualifier in SUFFIX_QUALIFIERS:
        text = number + fig.qualifier
    else:
        text = fig.qualifier + number
    return hant(text) if lang == "zh-Hant" else text


def anchor_link(pid: str, target_page: str, page_path: str) -> str:
    """A link to a paragraph anchor, labelled with its id (p12 -> '¶ p12')."""
    return f"[¶ {inline(pid)}]({rel(f'{target_page}#{anchor_id(pid)}', page_path)})" if pid else ""


def _doc_number(source: Source, doc: Document) -> str:
    return doc.doc_number or (source.meta.doc_number if len(source.documents) == 1 else "")


def _meta_items(source: Source, doc: Document, page_path: str, lang: str) -> list[str]:
    meta = source.meta
    number = _doc_number(source, doc)
    items: list[tuple[str, str]] = [
        ("date", inline(i18n.date_text(doc.date or meta.date, lang))),
        ("region", meta_text(meta.region, lang)),
        ("kind", inline(kind_label(meta.kind, lang)) if meta.kind else ""),
        ("genre", inline(genre_label(doc.genre, lang)) if doc.genre else ""),
        ("source", meta_text(meta.source, lang)),
        ("issuer", meta_text(doc.issuer or meta.issuer, lang)),
        ("doc_number", (i18n.term(number, quoted=True) if lang == "en" else meta_text(number, lang)) if number else ""),
        ("signed", inline(i18n.date_text(doc.signed, lang))),
        ("speaker", meta_text(doc.speaker, lang)),
        ("byline", meta_text(doc.byline, lang)),
        ("bulletin", link(bulletin_label(source, lang), paths.bulletin_page(source), page_path)),
    ]
    parent = next((d for d in source.documents if doc.parent and d.id == doc.parent), None)
    if parent is not None:
        items.append(("parent", link(doc_title(parent, lang), paths.document_page(source, parent), page_path)))
    if meta.source_url:
        items.append(("source_url", external_link(meta.source_url, meta.source_url)))
    if doc.figures or doc.events:
        files = [(k, suffix) for k, suffix, present in (("figures_csv", "figures.csv", doc.figures),
                                                         ("events_csv", "events.csv", doc.events),
                                                         ("json", "json", True)) if present]
        items.append(("data", comma(lang).join(
            f"[{label(k, lang)}]({rel(paths.document_data(source, doc, suffix), page_path)})" for k, suffix in files)))
    lines = [f"**{label(key, lang)}**{colon(lang)}{value}" for key, value in items if value]
    if doc.title_inferred:
        lines.append(f"*{label('title_inferred', lang)}*")
    return lines


def figures_table(doc: Document, page_path: str, lang: str = "zh") -> str:
    if lang == "en":
        rows = [[i18n.figure_row_markup(doc, i), anchor_link(fig.paragraph, page_path, page_path)]
                for i, fig in enumerate(doc.figures)]
        return table([label("figure", lang), label("where", lang)], rows)
    conv = hant if lang == "zh-Hant" else str
    rows = []
    for fig in doc.figures:
        metric = conv(fig.metric) + (f"（{label('target', lang)}）" if fig.is_target else "")
        rows.append([cell(metric), cell(value_text(fig, lang)), cell(conv(fig.comparison)), cell(fig.period),
                     cell(conv(fig.rank)), anchor_link(fig.paragraph, page_path, page_path)])
    headers = [label(k, lang) for k in ("metric", "value", "comparison", "period", "rank", "where")]
    return table(headers, rows)


def events_table(doc: Document, page_path: str, lang: str = "zh") -> str:
    order = sorted(range(len(doc.events)), key=lambda i: (doc.events[i].sort_key or doc.events[i].date))
    rows = [[cell(i18n.event_date(doc.events[i], lang)), cell(event_kind_label(doc.events[i].kind, lang)),
             i18n.event_markup(doc, i, lang), anchor_link(doc.events[i].paragraph, page_path, page_path)]
            for i in order]
    return table([label(k, lang) for k in ("date", "event_kind", "event", "where")], rows)


def text_blocks(paragraphs: list[Paragraph], simplified: list[Paragraph] | None = None, lang: str = "zh") -> list[str]:
    """The cleaned text: headings as ##..#####, every paragraph with its id; run-in headings as bold lead-ins.

    With ``simplified`` (the same paragraphs in Simplified Chinese), body paragraphs get glossary tooltips.
    """
    blocks: list[str] = []
    lead = ""
    for i, par in enumerate(paragraphs):
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        classes = [f"pd-{par.role}"] if par.role not in ("body", "heading") else []
        if par.heading and par.run_in and nxt is not None and not nxt.heading:
            lead = strong(par.text, par.id)
            continue
        if par.role == "table" and par.cells:
            blocks.extend(source_table(par))
        elif par.heading and not par.run_in:
            blocks.append(heading(min(par.heading, 4) + 1, par.text, par.id))
        elif par.heading:  # run-in heading with nothing to run into: a bold paragraph of its own
            blocks.append(paragraph("", lead=strong(par.text, par.id)))
        else:
            markup = None
            if simplified is not None:
                markup = i18n.text_with_tooltips(simplified[i].text, par.text, lang)
            blocks.append(paragraph(par.text, par.id, classes, lead=lead, markup=markup))
        lead = ""
    return blocks


def source_table(par: Paragraph, lang: str = "", unsearched: bool = False) -> list[str]:
    """A table of the source (flattened by the converter, rows of cells in the model): its anchor, then the
    table with the first row as header; every cell is escaped source text."""
    width = max(len(row) for row in par.cells)
    rows = [[cell(c) for c in row] + [" "] * (width - len(row)) for row in par.cells]
    return [paragraph("", par.id, ["pd-table"], lang=lang, unsearched=unsearched), table(rows[0], rows[1:])]


def terms_table(doc: Document, lang: str) -> str:
    """The glossary terms of a document (English page)."""
    rows = []
    for entry in i18n.document_terms(doc):
        note = "" if entry.official else " " + span(inline(f"({label('no_official', lang)})"),
                                                    ["pd-no-official"])
        rows.append([i18n.term(entry.zh), inline(entry.en) + note, i18n.english_citing(entry.explain_en)])
    if not rows:
        return ""
    return table([label(k, lang) for k in ("term_zh", "term_en", "explanation")], rows)


def original_blocks(doc: Document) -> list[str]:
    """The original text on the English page: every paragraph in Chinese (class pd-original, tagged zh-Hans) with
    its anchor; headings and paragraphs that have a reviewed English translation show it first. Untranslated
    headings are bold paragraphs rather than headings, so that the page's table of contents stays English. The
    Chinese is left out of the search index: English search finds English text only."""
    tr = doc.translations.get("en")
    done = {pid: t for pid, t in (tr.paragraphs.items() if tr else ()) if t.status in ("reviewed", "stale")}
    blocks: list[str] = []
    for par in doc.paragraphs:
        item = done.get(par.id)
        role = [f"pd-{par.role}"] if par.role not in ("body", "heading") else []
        if not par.text.strip():
            blocks.append(paragraph("", par.id))
            continue
        if par.role == "table" and par.cells:
            blocks.extend(source_table(par, ZH_TAG, unsearched=True))
            continue
        if par.heading:
            level = min(par.heading, 4) + 2
            if item is not None:
                blocks.append(f"{'#' * level} {english(item)} {{: #{anchor_id(par.id)} }}")
                blocks.append(paragraph(par.text, "", ["pd-original", "pd-original-heading"], lang=ZH_TAG,
                                        unsearched=True))
            else:
                blocks.append(paragraph("", par.id, ["pd-original", "pd-heading"], lang=ZH_TAG,
                                        markup=f"**{inline(par.text)}**", unsearched=True))
            continue
        if item is not None:
            blocks.append(paragraph("", "", ["pd-translation"], markup=english(item)))
        blocks.append(paragraph(par.text, par.id, ["pd-original", *role], lang=ZH_TAG, unsearched=True))
    return blocks


def page_url(page_path: str, lang: str) -> str:
    """The address of a generated page relative to the site root, as the published site has it (there is no site
    address to prefix): pages are .html files (mkdocs.yml: use_directory_urls false) and the pages of a language
    other than the default one sit in a folder named after it (en/..., zh-Hant/...)."""
    stem = page_path[: -len(".md")] if page_path.endswith(".md") else page_path
    prefix = "" if lang == paths.DEFAULT_LANG else f"{lang}/"
    return f"{prefix}{stem}.html"


def _cite_title(doc: Document, lang: str) -> str:
    """The title in a citation: English only if reviewed (else the Chinese title, quoted and language-tagged)."""
    if lang != "en":
        return inline(doc_title(doc, lang))
    item = i18n.title_item(doc, lang)
    if doc.title and item.status == "reviewed":
        return english(item)
    return i18n.term(doc.title or doc.id, quoted=True)


def cite_block(source: Source, doc: Document, lang: str = "zh") -> str:
    """"Cite this": title, issuer, document number, date, source and the page's address as escaped text, then a
    permalink to the page itself; an admonition (class pd-cite)."""
    path = paths.document_page(source, doc)
    number = _doc_number(source, doc)
    items: list[tuple[str, str]] = [
        ("title", _cite_title(doc, lang)),
        ("issuer", meta_text(doc.issuer or source.meta.issuer, lang)),
        ("doc_number", (i18n.term(number, quoted=True) if lang == "en" else meta_text(number, lang)) if number else ""),
        ("date", inline(i18n.date_text(doc.date or source.meta.date, lang))),
        ("source", meta_text(source.meta.source, lang)),
        ("page_url", inline(page_url(path, lang))),
    ]
    lines = [f"{label(key, lang)}{colon(lang)}{value}" for key, value in items if value]
    lines.append(f"[{label('permalink', lang)}]({rel(path, path)})")
    body = "\n".join(f"    - {line}" for line in lines)
    return f'!!! quote pd-cite "{label("cite", lang)}"\n\n{body}'


def document_page(source: Source, doc: Document, lang: str = "zh") -> str:
    path = paths.document_page(source, doc)
    blocks = [f"# {i18n.title_markup(doc, lang)}"]
    if doc.subtitle:
        blocks.append(paragraph("", "", ["pd-subtitle"], markup=meta_text(doc.subtitle, lang)))
    blocks.append(bullets(_meta_items(source, doc, path, lang)))
    if doc.summary:
        blocks += [heading(2, label("summary", lang), "summary"), bullets(i18n.summary_markup(doc, lang))]
    if doc.figures:
        blocks += [heading(2, label("figures", lang), "figures"), figures_table(doc, path, lang)]
    if doc.events:
        blocks += [heading(2, label("events", lang), "events"), events_table(doc, path, lang)]
    if lang == "en":
        terms = terms_table(doc, lang)
        if terms:
            glossary = f"[{label('glossary', lang)}]({rel(paths.GLOSSARY, path)})"
            blocks += [heading(2, label("terms_in_doc", lang), "terms"), f"{label('terms_intro', lang)} {glossary}.",
                       terms]
        if doc.paragraphs:
            blocks += [heading(2, label("original_text", lang), "text"), inline(label("original_intro", lang)),
                       *original_blocks(doc)]
    elif doc.paragraphs:
        shown = i18n.translated_paragraphs(doc, lang)
        blocks += [heading(2, label("text", lang), "text"), *text_blocks(shown, doc.paragraphs, lang)]
    blocks.append(cite_block(source, doc, lang))
    meta = {"date": doc.date or source.meta.date, "region": source.meta.region,
            "kind": source.meta.kind, "bulletin": source.slug, "document": doc.id}
    return page(meta, blocks)


def bulletin_page(source: Source, lang: str = "zh") -> str:
    path = paths.bulletin_page(source)
    meta = source.meta
    notes = (i18n.english_markup(meta.notes) if not i18n.has_han(meta.notes) else i18n.marker(meta.notes)) \
        if lang == "en" else meta_text(meta.notes, lang)
    items = [
        ("date", inline(i18n.date_text(meta.date, lang))),
        ("region", meta_text(meta.region, lang)),
        ("kind", inline(kind_label(meta.kind, lang)) if meta.kind else ""),
        ("source", meta_text(meta.source, lang)),
        ("issuer", meta_text(meta.issuer, lang)),
        ("doc_number", (i18n.term(meta.doc_number, quoted=True) if lang == "en" else meta_text(meta.doc_number, lang))
         if meta.doc_number else ""),
        ("source_url", external_link(meta.source_url, meta.source_url) if meta.source_url else ""),
        ("notes", notes if meta.notes else ""),
        ("cleaning_report", link(f"{label('cleaning_report', lang)} ({len(source.report)})" if lang == "en" else
                                 f"{label('cleaning_report', lang)}（{len(source.report)}）",
                                 paths.report_page(source), path)),
        ("extract_json", f"[{label('extract_json', lang)}]({rel(paths.extract_json(source), path)})"),
    ]
    blocks = [heading(1, bulletin_label(source, lang)),
              bullets(f"**{label(k, lang)}**{colon(lang)}{v}" for k, v in items if v)]
    if source.warnings:
        blocks += [heading(2, label("warnings", lang), "warnings"),
                   bullets(meta_text(w, lang) if lang != "en" else i18n.english_name(w) for w in source.warnings)]
    if source.documents:
        rows = [[link(doc_title(d, lang), paths.document_page(source, d), path),
                 cell(i18n.date_text(d.date or meta.date, lang)),
                 cell(genre_label(d.genre, lang) if d.genre else ""), str(len(d.paragraphs)), str(len(d.figures)),
                 str(len(d.events))]
                for d in source.documents]
        headers = [label(k, lang) for k in ("document", "date", "genre", "paragraphs", "figures_in", "events_in")]
        blocks += [heading(2, label("documents", lang), "documents"), table(headers, rows)]
    fm = {"date": meta.date, "region": meta.region, "kind": meta.kind,
          "bulletin": source.slug}
    return page(fm, blocks)


def report_page(source: Source, lang: str = "zh") -> str:
    path = paths.report_page(source)
    title = f"{label('cleaning_report', lang)}{colon(lang)}{bulletin_label(source, lang)}"
    blocks = [heading(1, title), link(bulletin_label(source, lang), paths.bulletin_page(source), path),
              inline(label("report_intro", lang))]
    if source.report:
        counts: dict[str, int] = {}
        for act in source.report:
            counts[act.rule] = counts.get(act.rule, 0) + 1
        blocks.append(table([label("rule", lang), label("count", lang)],
                            [[cell(r), str(n)] for r, n in sorted(counts.items())]))
        rows = [[cell(a.rule), cell(action_label(a.action, lang)), cell(_line_range(a.lines)),
                 _quoted(a.text, lang), _quoted(a.detail, lang)]
                for a in source.report]
        blocks.append(table([label(k, lang) for k in ("rule", "action", "lines", "text", "detail")], rows))
    else:
        blocks.append(inline(label("no_report", lang)))
    return page({"bulletin": source.slug}, blocks)


def _quoted(text: str, lang: str) -> str:
    """Source text quoted in a table: as written (zh, and en where it is tagged as original), converted (zh-Hant)."""
    if lang == "en":
        return span(cell(text), ["pd-original"], ZH_TAG) if i18n.has_han(text) else cell(text)
    return cell(hant(text) if lang == "zh-Hant" else text)


def _line_range(lines: tuple[int, int]) -> str:
    first, last = lines
    return str(first) if first == last else f"{first}–{last}"
