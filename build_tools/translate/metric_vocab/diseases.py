"""A health commission's monthly report on notifiable infectious diseases (holdout39): reported cases, deaths and the
incidence rate of all notifiable diseases, of a class (甲类/乙类/丙类) or of one disease, the share of the leading
diseases; and a county's enrolment notice (the planned intake, class sizes, the schools' planned classes and pupils,
migrant workers' children admitted). Official usage from ../shared/reference (State Council work reports, GWR
year/unit): 艾滋病 "AIDS" and 传染病 "communicable diseases" (GWR 2008/157), 肺结核/肝炎 "tuberculosis"/"hepatitis" and
传染病 "infectious diseases" (GWR 2022/510), 流感 "influenza" (GWR 2008/46), 随迁子女 "children of rural migrant workers
who live in cities" (GWR 2011/395), 大班额 "big class sizes" (GWR 2018/604); the rest project renderings ("P").
"""

from __future__ import annotations

import re

# notifiable diseases named in the reports (the Law on the Prevention and Control of Infectious Diseases' list)
DISEASES: dict[str, tuple[str, str]] = {
    "法定传染病": ("notifiable infectious diseases", "P"),
    "传染病": ("infectious diseases", "GWR 2022/510"),
    "病毒性肝炎": ("viral hepatitis", "P"),
    "肺结核": ("tuberculosis", "GWR 2022/510"),
    "艾滋病": ("AIDS", "GWR 2008/157"),
    "梅毒": ("syphilis", "P"),
    "淋病": ("gonorrhoea", "P"),
    "猩红热": ("scarlet fever", "P"),
    "细菌性和阿米巴性痢疾": ("bacillary and amoebic dysentery", "P"),
    "百日咳": ("pertussis", "P"),
    "流行性感冒": ("influenza", "GWR 2008/46"),
    "其他感染性腹泻病": ("other infectious diarrhoeal diseases", "P"),
    "手足口病": ("hand, foot and mouth disease", "P"),
    "流行性腮腺炎": ("mumps", "P"),
    "急性出血性结膜炎": ("acute haemorrhagic conjunctivitis", "P"),
    "布鲁氏菌病": ("brucellosis", "P"),
    "登革热": ("dengue fever", "P"),
    "麻疹": ("measles", "P"),
    "狂犬病": ("rabies", "P"),
    "新型冠状病毒感染": ("COVID-19", "P"),
}
# the classes of the law (甲类 plague and cholera, 乙类, 丙类)
CLASSES: dict[str, str] = {"甲类": "class A", "乙类": "class B", "丙类": "class C"}
# what is counted of a disease or class: reported cases, deaths
# (报告/共报告 count both the diseases, 13种, and their cases, 5,862例: "reported", whatever the unit)
_COUNTED = {"报告发病数": "reported cases of {}", "发病数": "reported cases of {}", "报告": "{} reported",
            "共报告": "{} reported", "死亡数": "deaths from {}", "报告死亡数": "deaths from {}",
            "死亡": "deaths from {}", "报告发病率": "reported incidence of {}", "发病率": "reported incidence of {}"}
_NAMES = sorted([*DISEASES, *(c + "传染病" for c in CLASSES), *CLASSES], key=len, reverse=True)
_DISEASE_RE = re.compile(r"^(?P<what>" + "|".join(_NAMES) + r")(?P<counted>" + "|".join(
    sorted(_COUNTED, key=len, reverse=True)) + r")$")
_SHARE_RE = re.compile(r"^占(?P<what>" + "|".join(_NAMES) + r")报告病例总数$")
_REPORTED_RE = re.compile(r"^报告(?P<what>" + "|".join(_NAMES) + r")$")


def _disease(zh: str) -> str:
    if zh in DISEASES:
        return DISEASES[zh][0]
    if zh in CLASSES:
        return f"{CLASSES[zh]} infectious diseases"
    return f"{CLASSES[zh[:2]]} infectious diseases"  # 乙类传染病


def disease_metric(zh: str) -> str | None:
    """乙类传染病报告发病数 "reported cases of class B infectious diseases", 艾滋病死亡数 "deaths from AIDS",
    报告法定传染病 "notifiable infectious diseases reported" (13种, 5,862例), 占乙类传染病报告病例总数 "share of all
    reported cases of class B infectious diseases"; None for anything else."""
    if (m := _DISEASE_RE.match(zh)) is not None:
        return _COUNTED[m.group("counted")].format(_disease(m.group("what")))
    if (m := _SHARE_RE.match(zh)) is not None:
        return f"share of all reported cases of {_disease(m.group('what'))}"
    if (m := _REPORTED_RE.match(zh)) is not None:
        return f"{_disease(m.group('what'))} reported"
    return None


DISEASES_EXACT: dict[str, tuple[str, str]] = {
    "报告发病数": ("reported cases", "P"),
    "发病数": ("reported cases", "P"),
    **{f"占{zh}传染病报告病例总数": (f"share of all reported cases of {en} infectious diseases", "P")
       for zh, en in CLASSES.items()},
    "报告发病率": ("reported incidence", "P"),
    "报告死亡数": ("reported deaths", "P"),
    # an enrolment notice (holdout39)
    "义务教育学校计划招收起始年级新生": ("planned intake of first-year pupils of compulsory education schools", "P"),
    "小学一年级": ("first grade of primary school", "P"),
    "初中一年级": ("first year of junior secondary school", "P"),
    "小学一年级班额": ("class size of the first grade of primary school", "P"),
    "初中一年级班额": ("class size of the first year of junior secondary school", "P"),
    "计划招生数": ("planned enrolment", "P"),
    "计划班数": ("planned classes", "P"),
    "在公办学校就读的比例": ("share attending public schools", "P"),
    "接收随迁子女": ("children of rural migrant workers admitted", "GWR 2011/395, P"),
    "接收随迁子女入学": ("children of rural migrant workers admitted", "GWR 2011/395, P"),
}


def unsourced() -> list[tuple[str, str]]:
    """The rule's words (project renderings), for metric_sources.unsourced()."""
    return [(zh, en) for zh, (en, src) in DISEASES.items() if src == "P"] + list(CLASSES.items())
