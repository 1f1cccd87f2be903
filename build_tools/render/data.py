"""Downloadable data: figures and events as CSV and JSON, per document and for the whole collection.

The columns are documented in docs/schema.md. CSV: UTF-8 with a BOM (so spreadsheet programs read Chinese
correctly), comma-separated, '\\n' line ends, every text field quoted when needed. Text that a spreadsheet would
run as a formula (starting with = + - @) gets a leading apostrophe in CSV only; JSON keeps the exact text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from typing import Any

from ..model import SCHEMA_VERSION, Document, Event, Figure, Source

FIGURE_FIELDS = (
    "bulletin", "document", "document_title", "document_date", "region", "source_kind",
    "metric", "value", "unit", "qualifier", "normalized", "base_unit", "kind", "comparison", "period", "rank",
    "is_target", "paragraph", "sentence", "text", "status", "direction", "subject", "base_value", "base_period",
    "edge", "base_edge",
)
EVENT_FIELDS = (
    "bulletin", "document", "document_title", "region", "source_kind",
    "date", "sort_key", "precision", "kind", "text", "paragraph", "edge",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Context:
    """Where a figure or event comes from."""

    bulletin: str
    document: str
    document_title: str
    document_date: str
    region: str
    source_kind: str


def context(source: Source, doc: Document) -> Context:
    return Context(source.slug, doc.id, doc.title, doc.date or source.meta.date, source.meta.region,
                   source.meta.kind)


def figure_record(ctx: Context, fig: Figure) -> dict[str, Any]:
    return {
        "bulletin": ctx.bulletin, "document": ctx.document, "document_title": ctx.document_title,
        "document_date": ctx.document_date, "region": ctx.region, "source_kind": ctx.source_kind,
        "metric": fig.metric, "value": fig.value, "unit": fig.unit, "qualifier": fig.qualifier,
        "normalized": fig.normalized, "base_unit": fig.base_unit, "kind": fig.kind, "comparison": fig.comparison,
        "period": fig.period, "rank": fig.rank, "is_target": fig.is_target, "paragraph": fig.paragraph,
        "sentence": fig.sentence, "text": fig.text, "status": fig.status, "direction": fig.direction,
        "subject": fig.subject, "base_value": fig.base_value, "base_period": fig.base_period,
        "edge": fig.edge, "base_edge": fig.base_edge,
    }


def event_record(ctx: Context, ev: Event) -> dict[str, Any]:
    return {
        "bulletin": ctx.bulletin, "document": ctx.document, "document_title": ctx.document_title,
        "region": ctx.region, "source_kind": ctx.source_kind, "date": ev.date, "sort_key": ev.sort_key or ev.date,
        "precision": ev.precision, "kind": ev.kind, "text": ev.text, "paragraph": ev.paragraph, "edge": ev.edge,
    }


def document_records(source: Source, doc: Document) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ctx = context(source, doc)
    return [figure_record(ctx, f) for f in doc.figures], [event_record(ctx, e) for e in doc.events]


def event_order(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record["sort_key"], record["bulletin"], record["document"])


def format_number(value: float | int | None) -> str:
    """Shortest stable text for a number: 12, 3.5, 0.075 (no float noise, no exponent for everyday values)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = f"{number:.10g}"
    return text


def _csv_value(value: Any) -> str:
    if type(value) is str:  # most fields
        text = value
    elif isinstance(value, (bool, int, float)) or value is None:
        return format_number(value)
    else:
        text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(records: list[dict[str, Any]], fields: tuple[str, ...]) -> str:
    """The CSV lines of ``records`` (no header): one bulletin's part of a collection file."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for rec in records:
        writer.writerow([_csv_value(rec[f]) for f in fields])
    return buf.getvalue()


def csv_file(fields: tuple[str, ...], parts: Iterable[str]) -> bytes:
    """A CSV file: BOM, header, then the parts (csv_rows) in order."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return ("\ufeff" + buf.getvalue() + "".join(parts)).encode("utf-8")


def to_csv(records: list[dict[str, Any]], fields: tuple[str, ...]) -> bytes:
    return csv_file(fields, [csv_rows(records, fields)])


def to_json(payload: dict[str, Any]) -> bytes:
    return (dumps({"schema_version": SCHEMA_VERSION, **payload}) + "\n").encode()


def json_list_file(name: str, items: Iterable[str]) -> bytes:
    """``to_json({name: records})`` from the records' own JSON texts (``dumps(record)``), in order."""
    head = dumps({"schema_version": SCHEMA_VERSION, name: []})
    assert head.endswith("[]}")
    return (head[:-2] + ", ".join(items) + "]}\n").encode()


def extract_json(source: Source) -> bytes:
    """The bulletin's model as `python -m build_tools extract` prints it (``Source.to_dict()``), with the path
    reduced to the file name (so the output does not depend on where the build ran). ``dumps`` writes the nested
    dataclasses as ``to_dict`` (``dataclasses.asdict``) gives them, without its deep copy of the whole model."""
    data = _as_dict(source)
    data["path"] = data["path"].replace("\\", "/").rsplit("/", 1)[-1]
    data["schema_version"] = SCHEMA_VERSION
    return (dumps(data) + "\n").encode()


@lru_cache(maxsize=64)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _as_dict(obj: Any) -> dict[str, Any]:
    """A dataclass instance's fields in order, as ``dataclasses.asdict`` lists them (one level, no copy)."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


def dumps(value: Any) -> str:
    """JSON text on one line (the json module's C encoder), non-ASCII kept; a dataclass instance is written as the
    dict of its fields, as ``dataclasses.asdict`` gives them (without asdict's deep copy)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> dict[str, Any]:
    if is_dataclass(value) and not isinstance(value, type):
        return _as_dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON data")


