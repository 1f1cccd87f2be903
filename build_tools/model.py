"""The data model passed between pipeline stages.

One direction of flow: ingest -> clean -> structure -> extract -> translate -> render.
Every stage after ``structure`` reads these dataclasses and never re-parses source text.
``Source.to_dict()`` is exactly what ``python -m build_tools extract`` prints as JSON
(see docs/schema.md for the documented, stable schema).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.2"  # 1.1: figure status, subject, base_value, base_period; reporting_period; 1.2: figure edge


@dataclass
class Line:
    """One physical line of the decoded source, before layout repair."""

    number: int  # 1-based line number in the source file
    text: str


@dataclass
class Block:
    """A paragraph candidate produced by ``clean``: repaired text plus its provenance."""

    text: str
    lines: tuple[int, int]  # first and last source line (1-based, inclusive)
    indented: bool = False  # started with an indent (a new-paragraph/new-article signal)
    width: int = 0  # median physical line width of the block before joining (layout cue)
    n_lines: int = 1  # number of physical lines joined into this block
    kind: str = ""  # "" for text; "table" for a flattened table row (cells separated by tabs)


@dataclass
class CleaningAction:
    """One change made by the cleaner: nothing is removed or merged without a record."""

    rule: str  # rule identifier, e.g. "furniture.toc", "dedupe.paragraph", "join.page_break"
    action: str  # "removed", "merged", "replaced", "split", "moved"
    lines: tuple[int, int]  # source line range concerned
    text: str  # the affected text (what was removed, or a short excerpt)
    detail: str = ""  # human explanation


@dataclass
class Paragraph:
    id: str  # stable anchor id within the document, e.g. "p12"
    text: str
    heading: int = 0  # 0 body text; 1-4 heading level
    run_in: bool = False  # heading that was run into the paragraph that follows it
    role: str = "body"  # body | heading | byline | addressee | signature | date | note | lead
    lines: tuple[int, int] = (0, 0)  # source line range
    cells: list[list[str]] = field(default_factory=list)  # role "table": rows of cells (text shows them too)


@dataclass
class Figure:
    """A quantitative fact, traceable to the sentence it came from."""

    metric: str
    value: float
    unit: str
    sentence: str
    paragraph: str  # Paragraph.id
    kind: str = "level"  # level | growth | share | count | rank | target
    normalized: float | None = None  # value expressed in base_unit
    base_unit: str = ""  # e.g. CNY, person, household, km, percent
    comparison: str = ""  # 同比, 比上年, 比2015年底 ...
    period: str = ""  # ISO 8601 date or interval
    qualifier: str = ""  # 以上, 近, 约, 左右, 超过 ...
    rank: str = ""  # e.g. 全省第5
    is_target: bool = False  # kept for compatibility: always equal to ``status == "target"``
    # for changes (kind growth): "up" (增长, 提高, 高于) or "down" (下降, 减少, 低于, 改善 of a pollutant); normalized
    # is then signed
    direction: str = ""
    text: str = ""  # the exact span of the sentence the number was read from
    # actual (achieved, observed) | target (goal, plan) | forecast (预计: estimate of the current period) |
    # requirement (standing norm: 不低于, 不得少于, 控制在…以内)
    status: str = "actual"
    subject: str = ""  # the entity the figure is about when not the document's region as a whole (town, company...)
    base_value: float | None = None  # for 由A下降到B: A (in the figure's unit)
    base_period: str = ""  # for 由A下降到B / 比2015年: the period of the base value (ISO 8601)
    # "end" when the figure is a stock at the end of its period (年末, 年底, 6月末, 三季度末: period is that period's
    # last month, "2024-12"), "start" at its beginning (年初: "2024-01"), "asof" a total taken at a day (截至11月30日:
    # "2025-11-30"); "" for a figure of the whole period
    edge: str = ""
    base_edge: str = ""  # the same for base_period (由2015年底的6.9%: "end")


@dataclass
class Event:
    """A dated statement, for timelines."""

    date: str  # ISO 8601, partial allowed, or an interval "2019-01/2019-07"
    text: str  # the clause or sentence
    paragraph: str  # Paragraph.id
    precision: str = "day"  # year | half | quarter | month | day | interval
    kind: str = "event"  # event | target | period
    sort_key: str = ""  # start date, for ordering
    edge: str = ""  # "end": the end of its month or year (到2018年底, 6月底前), "start" (年初); as Figure.edge


@dataclass
class TranslatedText:
    """One translated item and where its wording comes from."""

    text: str
    # reviewed: human translation from translations/ ; derived: generated from structured data and the glossary;
    # converted: OpenCC (Traditional Chinese); missing: no translation (text holds the Chinese); stale: the reviewed
    # translation was made for a different Chinese text
    status: str
    source_hash: str = ""  # hash of the Chinese text the translation was made for


@dataclass
class DocumentTranslation:
    lang: str  # "en" or "zh-Hant"
    title: TranslatedText
    paragraphs: dict[str, TranslatedText] = field(default_factory=dict)  # by Paragraph.id
    summary: list[TranslatedText] = field(default_factory=list)
    figures: list[TranslatedText] = field(default_factory=list)  # one per Document.figures item
    events: list[TranslatedText] = field(default_factory=list)  # one per Document.events item
    # en: "In brief", a paragraph generated from the model (genre, issuer, date, leading figures), and the English
    # of Document.subtitle (e.g. the session a work report was delivered at); None when there is none
    brief: TranslatedText | None = None
    subtitle: TranslatedText | None = None


@dataclass
class Document:
    id: str  # slug, unique across the site
    title: str
    date: str = ""  # ISO 8601, partial allowed
    title_inferred: bool = False  # no title in the source: inferred from the text
    subtitle: str = ""  # e.g. ——2022年1月6日在…会议上
    genre: str = ""  # notice, plan, speech, article, report ...
    issuer: str = ""
    doc_number: str = ""  # e.g. 朝政办发〔2023〕30号
    signed: str = ""  # signing date (ISO)
    speaker: str = ""
    byline: str = ""
    parent: str = ""  # id of the document this one is attached to (e.g. a plan issued by a notice)
    # the period the document reports on (ISO 8601 date or interval), read from its genre and text: a statistical
    # communiqué of 2023 published in 2024 reports "2023"; empty when unknown
    reporting_period: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    translations: dict[str, DocumentTranslation] = field(default_factory=dict)  # filled by translate

    def paragraph(self, pid: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.id == pid), None)

    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.heading == 0]


@dataclass
class Metadata:
    """What an editor writes in the YAML beside a source text."""

    date: str = ""
    region: str = ""
    kind: str = ""
    source: str = ""
    title: str = ""
    issuer: str = ""
    doc_number: str = ""
    source_url: str = ""
    notes: str = ""
    inferred: list[str] = field(default_factory=list)  # keys guessed rather than read from YAML


@dataclass
class Source:
    """One bulletin: a raw text file, its metadata, its documents and its cleaning report."""

    slug: str
    path: str
    encoding: str
    meta: Metadata
    documents: list[Document] = field(default_factory=list)
    report: list[CleaningAction] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["schema_version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        docs = []
        for d in data.get("documents", []):
            d = dict(d)
            d["paragraphs"] = [Paragraph(**{**p, "lines": tuple(p["lines"])}) for p in d.get("paragraphs", [])]
            d["figures"] = [Figure(**f) for f in d.get("figures", [])]
            d["events"] = [Event(**e) for e in d.get("events", [])]
            d["translations"] = {lang: _translation_from_dict(t) for lang, t in d.get("translations", {}).items()}
            docs.append(Document(**d))
        return cls(
            slug=data["slug"],
            path=data["path"],
            encoding=data["encoding"],
            meta=Metadata(**data["meta"]),
            documents=docs,
            report=[CleaningAction(**{**a, "lines": tuple(a["lines"])}) for a in data.get("report", [])],
            warnings=list(data.get("warnings", [])),
        )


def _translation_from_dict(t: dict[str, Any]) -> DocumentTranslation:
    return DocumentTranslation(
        lang=t["lang"],
        title=TranslatedText(**t["title"]),
        paragraphs={k: TranslatedText(**v) for k, v in t.get("paragraphs", {}).items()},
        summary=[TranslatedText(**x) for x in t.get("summary", [])],
        figures=[TranslatedText(**x) for x in t.get("figures", [])],
        events=[TranslatedText(**x) for x in t.get("events", [])],
        brief=TranslatedText(**t["brief"]) if t.get("brief") else None,
        subtitle=TranslatedText(**t["subtitle"]) if t.get("subtitle") else None,
    )
