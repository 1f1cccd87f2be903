"""Titles of two kinds of yearly publications (held-out set 64):

- a statistics bureau's bulletin on energy consumption per unit of GDP and other indicators
  (``皋宁市2024年单位地区生产总值能耗等指标公报``): "Bulletin of Gaoning on Energy Consumption per Unit of GDP and
  Other Indicators for 2024" ("energy consumption per unit of GDP", GWR 2021/214; the frame a project rendering, P);
- an audit bureau's announcement of the results of its audit of a project's funds
  (``关于某县2023—2024年农村公路提档升级工程项目资金审计结果的公告``): "Announcement of the Results of the Audit of
  the Funds of the 2023-2024 Rural Road Upgrading Project of … County" ("rural roads", GWR 2019/126; audit, GWR
  2022/129; the frame P).

Every frame returns None unless each part renders."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

_PLACE = r"(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗))?"
ENERGY_BULLETIN_RE = re.compile(rf"^{_PLACE}(?:(?P<year>\d{{4}})年度?)?(?:单位地区生产总值能耗|单位GDP能耗|"
                                r"万元地区生产总值能耗)(?P<others>等指标)?公报$")
AUDIT_RESULTS_RE = re.compile(rf"^{_PLACE}(?:(?P<y1>\d{{4}})年?度?"
                              r"(?:\s*[—–\-－至~～]\s*(?P<y2>\d{4})年度?)?)?"
                              r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?P<work>提档升级|升级改造|改扩建|改造|建设|维修)?"
                              r"(?:工程)?(?:项目)?资金(?:的)?审计结果$")
WORKS = {"提档升级": "Upgrading", "升级改造": "Upgrading", "改扩建": "Reconstruction and Expansion",
         "改造": "Renovation", "建设": "Construction", "维修": "Repair"}


def _singular(phrase: str) -> str:
    """A noun phrase as a modifier: rural roads -> Rural Road."""
    words = phrase.split()
    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return title_case(" ".join(words))


def indicator_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """One of the frames above for a whole title, or None."""
    if m := ENERGY_BULLETIN_RE.match(zh):
        name = renderer.region(m.group("place") or region) if (m.group("place") or region) else ""
        if name is None:
            return None
        others = " and Other Indicators" if m.group("others") else ""
        return (f"Bulletin{f' of {name}' if name else ''} on Energy Consumption per Unit of GDP{others}"
                + (f" for {m.group('year')}" if m.group("year") else ""))
    if (m := re.match(r"^(?:关于)?(?P<subject>.+?)的?公告$", zh)) and (
            subject := audit_results_subject(renderer, m.group("subject"))):
        return f"Announcement of {subject[0].upper()}{subject[1:]}"
    return None


def audit_results_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """某县2023—2024年农村公路提档升级工程项目资金审计结果 -> 'the Results of the Audit of the Funds of the 2023-2024
    Rural Road Upgrading Project of … County', or None."""
    if m := AUDIT_RESULTS_RE.match(zh):
        what = renderer.phrase(m.group("what"))
        name = renderer.region(m.group("place")) if m.group("place") else ""
        if not what or name is None:
            return None
        years = "-".join(y for y in (m.group("y1"), m.group("y2")) if y)
        project = " ".join(p for p in (years, _singular(what), WORKS.get(m.group("work") or "", "")) if p)
        return (f"the Results of the Audit of the Funds of the {project} Project"
                + (f" of {name}" if name else ""))
    return None
