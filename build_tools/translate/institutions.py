"""Names of public institutions (hospitals, health centers, schools) named after their place and level:
县人民医院 "County People's Hospital", 白河县中医院 "Baihe County Hospital of Traditional Chinese Medicine",
市第一人民医院 "Municipal No. 1 People's Hospital", 县人民医院新院区 "County People's Hospital (new campus)".
The kinds follow the institutions' own English (People's Hospital, Center for Disease Control and Prevention); a
kind or place outside the lists leaves the name unread (None), never guessed. Project renderings, listed in
translations/README.md. Also the office of a place's census leading group (霁州市第七次全国人口普查领导小组办公室
"Office of the Leading Group of Jizhou for the Seventh National Population Census", after NBS's name of the census
and the central "Leading Group of the State Council for the Seventh National Population Census")."""

from __future__ import annotations

import re

from .glossary import Glossary

KINDS = {
    "人民医院": "People's Hospital", "中医院": "Hospital of Traditional Chinese Medicine",
    "中医医院": "Hospital of Traditional Chinese Medicine", "妇幼保健院": "Maternal and Child Health Care Hospital",
    "疾病预防控制中心": "Center for Disease Control and Prevention",
    "疾控中心": "Center for Disease Control and Prevention", "区域医疗中心": "Regional Medical Center",
    "中心卫生院": "Central Health Center",
    "卫生院": "Health Center", "社区卫生服务中心": "Community Health Service Center",
    "高级中学": "Senior High School", "中学": "Middle School", "实验中学": "Experimental Middle School",
    "实验小学": "Experimental Primary School",
    "小学": "Primary School", "职业技术学校": "Vocational and Technical School", "职业中学": "Vocational School",
    "幼儿园": "Kindergarten", "福利院": "Welfare Home", "养老院": "Home for the Elderly",
    "敬老院": "Home for the Elderly", "图书馆": "Library", "博物馆": "Museum", "文化馆": "Cultural Center",
    "体育馆": "Gymnasium",
    # employers of a recruitment notice's post table (holdout25; project renderings)
    "职业高级中学": "Vocational Senior High School", "农业技术推广中心": "Agricultural Technology Extension Center",
    "不动产登记中心": "Real Estate Registration Center",
    "水利工程管理站": "Water Conservancy Project Management Station",
    # a place's hall of government services (GWR 2022/74 政务服务 "government services"; project renderings)
    "政务服务中心": "Government Services Center", "便民服务中心": "Public Service Center",
}
LEVELS = {"县": "County", "市": "Municipal", "区": "District", "镇": "Town", "乡": "Township"}
PARTS = {"新院区": "new campus", "院区": "campus", "分院": "branch", "新校区": "new campus", "分校": "branch",
         "东校区": "east campus", "西校区": "west campus", "南校区": "south campus", "北校区": "north campus",
         # a building of a hospital or a school (project renderings)
         "门诊综合楼": "outpatient complex", "住院综合楼": "inpatient complex",
         "医技综合楼": "medical technology building",
         "住院楼": "inpatient building", "门诊楼": "outpatient building", "教学楼": "teaching building",
         "综合楼": "complex building"}
INSTITUTION_RE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{0,10}?(?:自治县|县|市|区|镇|乡))?(?:第(?P<n>[一二三四五六七八九十]{1,2}))?"
    r"(?P<kind>" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")"
    r"(?P<part>" + "|".join(sorted(PARTS, key=len, reverse=True)) + r")?$")
NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


CENSUS_OFFICE_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗))"
                              r"第(?P<n>[一二三四五六七八九十])次全国(?P<what>人口|经济|农业)普查领导小组(?P<office>办公室)?$")


def census_office_en(zh: str, glossary: Glossary) -> str | None:
    """霁州市第七次全国人口普查领导小组办公室 -> 'Office of the Leading Group of Jizhou for the Seventh National
    Population Census'; None else."""
    from .names import region_en
    from .report_titles import CENSUSES, ORDINAL_WORDS  # (the census titles' words, one table)

    m = CENSUS_OFFICE_RE.match(zh)
    place = region_en(m.group("place"), glossary) if m else None
    if not m or not place:
        return None
    group = f"Leading Group of {place} for the {ORDINAL_WORDS[NUMBERS[m.group('n')]]} {CENSUSES[m.group('what')]}"
    return f"Office of the {group}" if m.group("office") else group


def institution_en(zh: str, glossary: Glossary) -> str | None:
    """The English name of a hospital, health center, school or cultural institution, or None."""
    from .names import region_en

    if "普查领导小组" in zh:
        return census_office_en(zh, glossary)
    m = INSTITUTION_RE.match(zh)
    if not m or not m.group("place"):
        return None
    place = m.group("place")
    owner = LEVELS.get(place) or region_en(place, glossary)  # 县人民医院: the county's own; 白河县: named
    if owner is None:
        return None
    number = ""
    if m.group("n"):
        n = NUMBERS.get(m.group("n")) if len(m.group("n")) == 1 else (10 + NUMBERS.get(m.group("n")[1], 0)
                                                                     if m.group("n")[0] == "十" else None)
        if not n:
            return None
        number = f"No. {n} "
    name = f"{owner} {number}{KINDS[m.group('kind')]}"
    return f"{name} ({PARTS[m.group('part')]})" if m.group("part") else name


# A private hospital, clinic or pharmacy named by its brand (a circular on insurance fraud cases, holdout33; project
# renderings): 霁阳康泰医院 "Jiyang Kangtai Hospital", 安康骨科医院 "Ankang Orthopedic Hospital", 仁和堂大药房东城分店
# "Renhetang Pharmacy (Dongcheng branch)". The brand is read in Pinyin as a place name is; the place before it, if
# any, must be a known region; a kind outside the list leaves the name unread.
PRIVATE_KINDS = {"骨科医院": "Orthopedic Hospital", "口腔医院": "Stomatological Hospital", "眼科医院": "Eye Hospital",
                 "妇产医院": "Obstetrics and Gynecology Hospital", "综合医院": "General Hospital",
                 "中医医院": "Hospital of Traditional Chinese Medicine", "医院": "Hospital", "诊所": "Clinic",
                 "门诊部": "Outpatient Clinic", "大药房": "Pharmacy", "药房": "Pharmacy", "药店": "Pharmacy"}
PRIVATE_RE = re.compile(r"^(?P<front>[\u4e00-\u9fff]{2,6}?)(?P<kind>" + "|".join(sorted(PRIVATE_KINDS, key=len,
                                                                                      reverse=True)) + r")"
                        r"(?:(?P<branch>[\u4e00-\u9fff]{2,4}?)分店)?$")


def private_medical_en(zh: str, glossary: Glossary) -> str | None:
    """The English name of a private hospital, clinic or pharmacy named by its brand, or None."""
    from .names import _specific

    m = PRIVATE_RE.match(zh)
    if not m or "某" in zh or re.search(r"^[县市区镇乡省]|人民|第|(?:县|市|区|镇|乡)$", m.group("front")):
        return None  # (县人民医院, 市第二人民医院: public institutions, institution_en's)
    front, words = m.group("front"), []
    if m.group("kind") == "医院" and len(front) != 4:
        return None  # (滨江医院: a place's or a brand's, unknown; 霁阳康泰医院 names both, 安康骨科医院 its specialty)
    if len(front) == 4:  # 霁阳康泰: a two-character place before a two-character brand
        place = front[:2]
        entry = glossary.lookup(place + "市") or glossary.lookup(place + "县") or glossary.lookup(place)
        words.append(entry.short or entry.en if entry is not None and entry.category == "place"
                     else _specific(place) or "")
        front = front[2:]
    if len(front) not in (2, 3) or (brand := _specific(front)) is None or words == [""]:
        return None
    words.append(brand)
    name = " ".join(w for w in words if w) + " " + PRIVATE_KINDS[m.group("kind")]
    if m.group("branch"):
        branch = _specific(m.group("branch"))
        if branch is None:
            return None
        name += f" ({branch} branch)"
    return name
