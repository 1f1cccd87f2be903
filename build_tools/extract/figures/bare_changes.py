"""A bare change named by the measure its own sentence names without a number (榆汊镇等部分乡镇财政收入下降较多，
前三季度下降9.3%): the fall is the revenue's, not the measure of the sentence before (亏损面达15.1%)."""

from __future__ import annotations

import re

from ...model import Figure

# a measure said to change, with no number: 财政收入下降较多, 民间投资增长乏力, 出口降幅较大
_NAMED_CHANGE = re.compile(r"(?P<measure>[\u4e00-\u9fff]{2,8}?)(?:下降|减少|下滑|增长|增加|回落)(?:较多|较快|明显|较大|"
                           r"幅度较大|乏力)")
_BARE_CHANGE = re.compile(r"^(?:[^，,；;。]{0,8}[，,])?\s*(?:前三季度|上半年|一季度|全年|同比|比上年)?\s*"
                          r"(?:下降|减少|下滑|增长|增加|回落)\s*$")


def name_bare_changes(figures: list[Figure]) -> None:
    """Give a change whose clause names no measure (前三季度下降9.3%) the measure its sentence said changed before
    it."""
    for f in figures:
        if f.unit != "%" or not f.text:
            continue
        at = f.sentence.find(f.text)
        named = list(_NAMED_CHANGE.finditer(f.sentence, 0, max(at, 0)))
        if at <= 0 or not named:
            continue
        rest = f.sentence[named[-1].end():at]
        if _BARE_CHANGE.match(rest.lstrip("，, ")):
            measure = named[-1].group("measure")
            f.metric = re.sub(r"^.*?(?:乡镇|镇|乡|街道|县|区|市)", "", measure) or measure
