"""A list of key figures in one sentence (timeline entries, "In brief"): the rows' own words (rows.py), so the
sentence is exactly as true as the rows, with what they share said once.

``Figures for H1 2024 — GDP: CNY 102.36 billion, +5.6% year on year; value added of the primary industry: CNY 6.82
billion, +3.8%.``: the period and status once when all the figures share them, the values of one metric joined,
the labels in lower case when they are common nouns, the first too (the list continues the lead's sentence:
"Figures for 2024 — workplace accidents: 58", review_2026-12 class A); otherwise ``Figures stated — hogs slaughtered:
642,000 head, +2.7%, H1 2024; ...`` with a period per metric (but the entry's own). The leads are project wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Figure
from .comparisons import Context
from .glossary import Glossary
from .periods import edge_period, english_period, the_period
from .rows import STATUS_NOTES, figure_row, metric_english, reading


@dataclass(frozen=True)
class Leads:
    shared: dict[str, str]  # status note -> lead with {p} for the shared period
    achieved: str  # lead of a list with several periods
    targets: str  # the same, when every figure is a target
    # status note -> lead when the shared period is the one the entry is dated by (the timeline's Date column says
    # it: "Figures for 2024 — ..." would repeat it, review_2026-12 class B); the lead still says that the entry
    # gives the sentence's data, not its wording
    dated: dict[str, str] = field(default_factory=dict)


TIMELINE_LEADS = Leads({"": "Figures for {p}", "target": "Targets for {p}", "estimate": "Estimates for {p}"},
                       "Figures stated", "Targets stated",
                       {"": "Figures", "target": "Targets", "estimate": "Estimates"})


def note(fig: Figure) -> str:
    """The status note a key-figure row ends with ("target", "estimate", "requirement"), or ""."""
    return STATUS_NOTES.get(fig.status) or ("target" if fig.is_target or fig.kind == "target" else "")


def figure_list(figures: list[Figure], glossary: Glossary, ctx: Context, leads: Leads, dated: str = "") -> str | None:
    """The figures as one sentence (see the module), or None when a row has no value, a part of a row does not
    render or a period does not. ``dated``: the ISO period the sentence is shown under (a timeline entry's date);
    a shared period equal to it is not said again."""
    groups: list[tuple[tuple[str, str, str], str, list[str]]] = []  # ((label, period, note), shown label, values)
    # a metric counted in two units keeps them both (12,600 households, 19,200 people)
    units: dict[tuple[str, str], set[str]] = {}
    for fig in figures:
        units.setdefault((fig.metric, fig.subject), set()).add(fig.unit.strip())
    # a change over the year of a stock stated at that year's end is shown with it (卫生机构3126个，比上年增加48个:
    # "3,126, up 48 over the previous year, end of 2024", not two groups "end of 2024" and "2024")
    year_ends = {(f.metric, f.subject): f.period for f in figures
                 if f.edge == "end" and f.period.endswith("-12") and f.kind != "growth"}

    def shown(f: Figure) -> tuple[str, str]:
        end = year_ends.get((f.metric, f.subject), "")
        if f.kind == "growth" and end and f.period == end[:4] and not f.edge:
            return end, "end"
        return f.period, f.edge

    for fig in figures:
        status = note(fig)
        row = figure_row(replace(fig, period=""), glossary, ctx, period_of=fig.period,
                         keep_unit=len(units[(fig.metric, fig.subject)] - {"%", "个百分点"}) > 1)
        if row.status != "derived":
            return None
        label, sep, value = row.text.removesuffix(f" ({status})" if status else "").partition(": ")
        if not sep or not value:
            return None
        period, edge = shown(fig)
        key = (label, f"{period}@{edge}" if edge else period, status)  # (年末: at the end)
        if groups and groups[-1][0] == key:
            if value not in groups[-1][2]:
                groups[-1][2].append(value)
        elif not any(g[0] == key and value in g[2] for g in groups):
            groups.append((key, _in_sentence(label, fig, glossary), [value]))  # (after the lead, too)
    if not groups:
        return None
    periods = {shown(f) for f in figures}
    notes = {note(f) for f in figures}
    shared = next(iter(notes))
    if len(periods) == 1 and len(notes) == 1 and figures[0].period and shared in leads.shared:
        period = edge_period(*shown(figures[0]))
        if period is None:
            return None
        body = "; ".join(f"{shown}: {', '.join(joined_changes(values))}" for shown, values in _subject_once(groups))
        if period.startswith("as of "):  # 截至11月15日: "Figures as of 15 November 2025", totals at the day, not of it
            return f"{leads.shared[shared].replace(' for {p}', ' {p}').format(p=period)} — {body}."
        if dated and shared in leads.dated and english_period(dated) == period:
            return f"{leads.dated[shared]} — {body}."
        return f"{leads.shared[shared].format(p=the_period(period))} — {body}."  # (for the end of 2023)
    parts = []
    all_targets = notes == {"target"}  # the lead says it once: "Targets: ..."
    shown_labels = _subject_once(groups)
    # a period the entry is dated by is not said again (the Date column shows it: review_2026-12-b class I2)
    dated_en = english_period(dated) if dated else None
    for ((_label, period_zh, status), _shown, values), (shown, _values) in zip(groups, shown_labels, strict=True):
        period = edge_period(*period_zh.partition("@")[::2]) if period_zh else ""
        if period is None:
            return None
        if period == dated_en:
            period = ""
        text = f"{shown}: {', '.join(joined_changes(values) + ([period] if period else []))}"
        if status and not all_targets:  # "2021-2025 (14th Five-Year Plan period, requirement)", as the rows
            text = f"{text[:-1]}, {status})" if period.endswith(")") else f"{text} ({status})"
        parts.append(text)
    lead = leads.targets if all_targets else leads.achieved
    # the lead and its list as in a list of one period ("Figures for 2024 — …"): a dash, not a colon before the
    # labels' own colons ("Leading figures: jobs offered: over 6,500", review_2026-12-b class V2)
    return f"{lead} — {'; '.join(parts)}."


# a change of an amount and its rate against one base: "up CNY 1.8 billion or 10.6% over the previous year", as GWR
# 2009/36 "a year-on-year increase of 163.7 billion Yuan or 37.9%" (not the comparison twice: review_2026-12-b H2)
RATE_CHANGE_RE = re.compile(r"^(?P<sign>\+|down )(?P<pct>\d[\d,.]*%) (?P<cmp>\S.*)$")


def joined_changes(values: list[str]) -> list[str]:
    """The values of one metric with an amount's change and the same change in percent said as one: ["up 2,953
    compared with the end of 2018", "+54% compared with the end of 2018"] -> ["up 2,953 or 54% compared with the end
    of 2018"]; only when both go the same way against the same base."""
    out: list[str] = []
    for value in values:
        m = RATE_CHANGE_RE.match(value)
        prev = out[-1] if out else ""
        if m and prev and "%" not in prev and " or " not in prev:
            way, tail = ("up " if m["sign"] == "+" else "down "), " " + m["cmp"]
            if prev.startswith(way) and prev.endswith(tail) and len(prev) > len(way) + len(tail):
                out[-1] = f"{prev[: -len(tail)]} or {m['pct']}{tail}"
                continue
        out.append(value)
    return out


def _subject_once(groups: list[tuple[tuple[str, str, str], str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The shown labels, with the subject said once when every figure of the list is about it: "the heavy
    rainfall in late June — people affected: 18,400; crop area affected: 2,650 hectares", not the subject before
    each (review class Q). A list that mixes subjects (or the region's own figures) names each one: a label
    without its subject after one with it would read as the subject's."""
    subjects = {shown.partition(" — ")[0].lower() if " — " in shown else "" for _key, shown, _values in groups}
    if len(groups) < 2 or len(subjects) != 1 or subjects == {""}:
        return [(shown, values) for _key, shown, values in groups]
    return [(shown if i == 0 else shown.partition(" — ")[2], values) for i, (_key, shown, values) in enumerate(groups)]


def _in_sentence(label: str, fig: Figure, glossary: Glossary) -> str:
    """A row label after the lead or a semicolon: lower case when it is a common noun (the glossary's English is
    lower case: 'value added of ...'), as it is (GDP, a place name, a subject before " — ") otherwise."""
    if " — " in label:  # a subject: a name as it is, a common noun's article in lower case (the heavy rainfall)
        return "the " + label[4:] if label.startswith("The ") else label
    if not label[1:2].islower():
        return label
    metric = metric_english(reading(fig, glossary).metric, glossary)  # (the metric the row rendered)
    if metric is None and label.startswith(("Growth of ", "Decline in ")):
        return label[:1].lower() + label[1:]  # (a growth rate's change: 'growth of …', 'decline in …' of the rows)
    return label[:1].lower() + label[1:] if metric and metric.text[:1].islower() else label
