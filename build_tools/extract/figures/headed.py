"""A run-in heading naming the figures of its paragraph (issue 11).

A statistical bulletin breaks a section into run-in paragraphs, one per level or branch (``（一）小学。全县小学招生
5962人；在校生36574人；毕业生6318人。小学专任教师2876人，生师比为12.72:1。``): the heading is the topic of every
figure of its paragraph. Where the paragraph names some of its figures with the heading (小学招生, 小学专任教师),
the bare short names beside them (在校生, 毕业生, 生师比) are of the same level: 小学在校生, 小学毕业生, 小学生师比.

A paragraph that never names a figure with its heading (（一）农业。粮食产量…) is left as it is: the heading is then a
theme, not a qualifier of the names; a name already long enough to say what it counts (高技术制造业增加值) is left too.
"""

from __future__ import annotations

import re

from ...model import Figure

# the numbering and the closing stop of a run-in heading: （一）小学。, 1.普通高中。, 二、学前教育。
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                        r"|\d{1,2}[.．、])\s*")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,6}")
_BARE = 4  # a name of at most this many characters names no level of its own (在校生, 招生, 生师比, 专任教师)
_REGION_HEAD = re.compile(r"^(?:全[市县区省镇乡]|我[市县区])")


def heading_topic(heading: str) -> str:
    """小学 of （一）小学。; "" when the heading is no short noun (（一）加快推进教育高质量发展。)."""
    text = _NUMBERING.sub("", heading).strip().rstrip("。.：:")
    return text if _TOPIC.fullmatch(text) else ""


def name_by_heading(figures: list[Figure], heading: str) -> None:
    """Prefix the bare names of a run-in paragraph's figures with its heading, when a sibling is named with it."""
    topic = heading_topic(heading)
    if not topic or not any(_REGION_HEAD.sub("", f.metric).startswith(topic) for f in figures):
        return
    for f in figures:
        metric = _REGION_HEAD.sub("", f.metric)
        if metric and topic not in metric and len(metric) <= _BARE:
            f.metric = topic + metric
