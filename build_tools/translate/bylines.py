"""A byline or signature naming a person and their office, in English (status: derived or None).

Editors copy the line as printed: an office, a space, a name. ``市长 李文博`` -> "Mayor Li Wenbo";
``本报通讯员 赵磊`` -> "Correspondent Zhao Lei"; with a place before the office, the name first:
``鹤鸣区区长 周立新`` -> "Zhou Lixin, Head of Heming District"; ``云岭县人民政府县长 陈明远`` -> "Chen Mingyuan, Head of
Yunling County". The person is read by persons.py (Hanyu Pinyin, family name first), the place by names.py, the
office from the closed list below. Every part must render, otherwise None (the page keeps the marked Chinese).

The office words are project wording: "Mayor" as the municipal governments' English sites write it; "Head of X
County/District/Town/Township" for 县长/区长/镇长/乡长 (no single official rendering: "county magistrate" and "county
head" both occur); newspaper bylines as English newspapers write them.
"""

from __future__ import annotations

import re

from .cppcc_bodies import CPPCC_CHAIR_RE
from .glossary import Glossary
from .names import name_en, region_en
from .persons import person_en

# office -> (English without a place, English of the head of a named place or None)
OFFICES = {
    "市长": ("Mayor", "Mayor of {place}"), "副市长": ("Vice Mayor", "Vice Mayor of {place}"),
    "县长": ("County Head", "Head of {place}"), "副县长": ("Deputy County Head", "Deputy Head of {place}"),
    "区长": ("District Head", "Head of {place}"), "副区长": ("Deputy District Head", "Deputy Head of {place}"),
    "镇长": ("Town Head", "Head of {place}"), "乡长": ("Township Head", "Head of {place}"),
    "本报记者": ("Staff reporter", None), "本报通讯员": ("Correspondent", None), "通讯员": ("Correspondent", None),
    "记者": ("Reporter", None), "特约记者": ("Special correspondent", None), "实习生": ("Intern", None),
}
_OFFICE_RE = re.compile(r"^(?P<place>.*?)(?:人民政府)?(?P<office>" + "|".join(
    sorted(map(re.escape, OFFICES), key=len, reverse=True)) + ")$")


# The head of a department (栗源县财政局局长, 嵘州市发展和改革委员会主任): "Director of the <body>", the body as
# names.py renders it (project wording: the departments' English sites say "Director"; 副 "Deputy Director").
# (a people's congress standing committee too: 岑川市人大常委会副主任 "Deputy Director of the Standing Committee ...")
_HEAD_OF_BODY_RE = re.compile(r"^(?P<body>.+?(?:局|委员会|委|厅|办公室|中心|人大常委会))(?P<deputy>副)?"
                              r"(?:局长|主任|厅长)$")


# The head of a court or procuratorate (岑川县人民检察院检察长, 岑川市中级人民法院院长) delivering its work report:
# "Chief Procurator" and "President" of the body (project wording after the Supreme People's Court's "President")
_JUDICIAL_HEAD_RE = re.compile(r"^(?P<body>.+?人民(?:检察院|法院))(?P<deputy>副)?(?P<office>检察长|院长)$")
_JUDICIAL_OFFICES = {"检察长": "Chief Procurator", "院长": "President"}


# A newspaper's byline of several people (记者王琳实习生赵一鸣, 记者 王琳 李想 通讯员 赵磊): each role before its names
_PRESS_ROLES = [office for office, (_, of_place) in OFFICES.items() if of_place is None]
_PRESS_ROLE_RE = re.compile("(" + "|".join(sorted(map(re.escape, _PRESS_ROLES), key=len, reverse=True)) + ")")


def _press_byline(text: str, glossary: Glossary) -> str | None:
    """记者王琳实习生赵一鸣 -> "Reporter Wang Lin and Intern Zhao Yiming"; None unless every name renders."""
    pieces = _PRESS_ROLE_RE.split(text)
    if pieces[0].strip() or len(pieces) < 3:
        return None
    people = []
    for role, names in zip(pieces[1::2], pieces[2::2], strict=True):
        rendered = [person_en(n, glossary) for n in re.split(r"[\s、，,]+", names.strip()) if n]
        if not rendered or any(r is None for r in rendered):
            return None
        title = OFFICES[role][0]
        people += [f"{title} {r}" for r in rendered]
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]


def byline_en(zh: str, glossary: Glossary) -> str | None:
    """``<office> <name>`` in English, or None when a part does not render."""
    text = re.sub(r"^(?:作者|文)\s*[：:]\s*", "", zh)  # 作者：记者 周晓岚
    parts = text.split()
    if len(parts) != 2:
        return _press_byline(text, glossary)
    office_zh, name_zh = parts
    name = person_en(name_zh, glossary)
    chair = CPPCC_CHAIR_RE.match(office_zh)
    if chair and name:  # 政协枫江县委员会主席: "Chairman of the Fengjiang County Committee of the CPPCC"
        body = name_en(chair.group("body"), glossary)
        deputy = "Vice " if chair.group("deputy") else ""
        return f"{name}, {deputy}Chairman of the {body}" if body else None
    judicial = _JUDICIAL_HEAD_RE.match(office_zh)
    if judicial and name and (body := name_en(judicial.group("body"), glossary)):
        deputy = "Deputy " if judicial.group("deputy") else ""
        return f"{name}, {deputy}{_JUDICIAL_OFFICES[judicial.group('office')]} of the {body}"
    head = _HEAD_OF_BODY_RE.match(office_zh)
    if head and name:
        body = name_en(head.group("body"), glossary)
        deputy = "Deputy " if head.group("deputy") else ""
        return f"{name}, {deputy}Director of the {body}" if body else None
    m = _OFFICE_RE.match(office_zh)
    if m is None or name is None:
        return None
    bare, of_place = OFFICES[m.group("office")]
    if not m.group("place"):
        return f"{bare} {name}"
    place = region_en(m.group("place"), glossary)
    if place is None or of_place is None:
        return None
    return f"{name}, {of_place.format(place=place)}"
