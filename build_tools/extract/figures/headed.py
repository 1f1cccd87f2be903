"""A run-in heading, or a count of institutions, naming the figures after it (issue 11).

A statistical bulletin breaks a section into run-in paragraphs, one per level or branch (``（一）小学。全县小学招生
5962人；在校生36574人；毕业生6318人。小学专任教师2876人，生师比为12.72:1。``): the heading is the topic of every
figure of its paragraph. Where the paragraph names some of its figures with the heading (小学招生, 小学专任教师),
the bare short names beside them (在校生, 毕业生, 生师比) are of the same level: 小学在校生, 小学毕业生, 小学生师比.

A paragraph that never names a figure with its heading (（一）农业。粮食产量…) is left as it is: the heading is then a
theme, not a qualifier of the names; so is one counting the heading's set itself (（二）卫生人员。全市卫生人员6.8万人，
其中注册护士2.09万人: the names after it are kinds of the set, 注册护士 no 卫生人员注册护士); a name already long
enough to say what it counts (高技术制造业增加值) is left too.
Likewise a count of institutions (全县共有特殊教育学校1所，在校生186人) names the bare names of its sentence.
"""

from __future__ import annotations

import re

from ...model import Figure

# the numbering and the closing stop of a run-in heading: （一）小学。, 1.普通高中。, 二、学前教育。
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                        r"|\d{1,2}[.．、])\s*")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,6}")
_BARE = 4  # a name of at most this many characters names no level of its own (在校生, 招生, 生师比, 专任教师)
_TOTAL = r"(?:总数|总量|总计|数量|数)?"  # (卫生人员总数: the heading's set itself)
_REGION_HEAD = re.compile(r"^(?:全[市县区省镇乡]|我[市县区])")


def heading_topic(heading: str) -> str:
    """小学 of （一）小学。; "" when the heading is no short noun (（一）加快推进教育高质量发展。)."""
    text = _NUMBERING.sub("", heading).strip().rstrip("。.：:")
    return text if _TOPIC.fullmatch(text) else ""


def name_by_heading(figures: list[Figure], heading: str) -> None:
    """Prefix the bare names of a run-in paragraph's figures with its heading, when a sibling is named with it."""
    topic = heading_topic(heading)
    names = [_REGION_HEAD.sub("", f.metric) for f in figures]
    if not topic or any(re.fullmatch(re.escape(topic) + _TOTAL, n) for n in names) or not any(
            n.startswith(topic) for n in names):
        return  # (（一）医疗卫生机构。全市医疗卫生机构3126个，其中医院96个: the heading's set, then its kinds)
    for f in figures:
        metric = _REGION_HEAD.sub("", f.metric)
        if metric and topic not in metric and len(metric) <= _BARE:
            f.metric = topic + metric


# the count of institutions a sentence opens with (全县共有特殊教育学校1所，在校生186人，专任教师20人): its people
_INSTITUTION_UNITS = ("所", "家")


def name_by_counted(figures: list[Figure]) -> None:
    """全县共有中等职业学校2所，招生1486人，在校生4218人: the bare short names after a count of institutions, in its
    sentence and in another unit, are of those institutions (中等职业学校招生). Parts counted in the same unit (其中小学
    36所) are parts of the whole, not its people; a second count of institutions takes over."""
    owner, sentence = "", ""
    for f in figures:
        if f.sentence != sentence:
            owner, sentence = "", f.sentence
        metric = _REGION_HEAD.sub("", f.metric)
        if f.unit in _INSTITUTION_UNITS and not f.direction:
            # (a stock of institutions: 共有/现有 before it; 新建…中小学6所 builds, its places are no school's)
            owner = metric if len(metric) >= 2 and re.search(f"(?:共有|现有|拥有){re.escape(metric)}", f.sentence) \
                else ""
        elif owner and metric and owner not in metric and len(metric) <= _BARE and f.unit not in _INSTITUTION_UNITS:
            f.metric = owner + metric


# a per-population scope opening a name (每10万人中拥有大学文化程度): the scope of the parallel items after it
_PER_SCOPE = re.compile(r"^(每[\d一二三四五六七八九十百千万]+(?:人|户|人口)中?)([\u4e00-\u9fff]{2})")


def carry_per_scope(figures: list[Figure], previous: str) -> None:
    """每10万人中拥有大学文化程度的由9126人上升为15842人；拥有高中文化程度的由…: the items joined by ； after a name
    with a per-population scope, named with the same head word (拥有), are counts per the same population."""
    m = _PER_SCOPE.match(previous)
    if not m:
        return
    for f in figures:
        if f.metric.startswith(m.group(2)) and not f.metric.startswith("每"):
            f.metric = m.group(1) + f.metric


# a set counted with 中 before a place's part of it (现存14个内涝积水点中，西岭区有8个: the points)
_SET_IN = re.compile(r"[\d.]+\s*[个座处条家所项]([\u4e00-\u9fff]{2,12}?)中[，,]")


def name_place_parts(sentence: str, figures: list[Figure]) -> None:
    """A place's part of what the sentence counted before it, named by the place alone or by the bare verb (…新开工
    改造城镇老旧小区126个，…其中东湖区改造54个，占全市的42.9%; 现存14个内涝积水点中，西岭区有8个，占全市的57.1%): the
    part and its share are of the same thing as the whole."""
    names: list[str] = []  # the metrics counted before, of the whole
    named = ""
    for f in figures:
        if not f.subject:
            names += [f.metric] if f.unit not in ("%", "个百分点") and f.metric else []
            continue
        verb = next((n for n in reversed(names) if len(f.metric) <= 2 and f.metric in n), "") if f.metric else ""
        if f.metric and f.metric != f.subject and not verb and not (named and f.metric == named):
            continue
        at = sentence.find(f.text)
        within = _SET_IN.search(sentence, 0, max(at, 0))
        named = within.group(1) if f.metric == f.subject and within else verb or named
        if named and f.metric in (f.subject, named) or verb:
            f.metric = named
