"""Companies and their projects in English: a company named after its place and trade with its legal form
(栖川化工集团 'Qichuan Chemical Group'), a project after its company and phase or the park it builds. No brand is
guessed (华润电力 stays unread): a trade name is never romanized."""

from __future__ import annotations

import re

from .glossary import Glossary
from .names import COMMON_WORDS, _specific, get_glossary

# Companies named after their place and trade (栖川化工集团 Qichuan Chemical Group): the trade words and legal forms
# in the English the companies use (project rendering, after e.g. Sinochem Group, Baowu Steel Group).
COMPANY_TRADES = {"化工": "Chemical", "钢铁": "Iron and Steel", "能源": "Energy", "电力": "Power",
                  "建工": "Construction Engineering", "建设": "Construction", "交通": "Transport",
                  "交通投资": "Transport Investment", "交投": "Transport Investment", "城投": "Urban Investment",
                  "城建": "Urban Construction",
                  "投资": "Investment", "旅游": "Tourism", "文旅": "Culture and Tourism", "水务": "Water",
                  "矿业": "Mining", "煤业": "Coal", "医药": "Pharmaceutical", "纺织": "Textile", "物流": "Logistics",
                  "水泥": "Cement", "农业": "Agriculture", "农发": "Agricultural Development",
                  "发展": "Development", "新材料": "New Materials", "铝业": "Aluminum", "风电": "Wind Power",
                  "光伏": "Photovoltaic", "电子": "Electronics",
                  # GWR 2022/374 "new-energy vehicles"
                  "新能源电池材料": "New-Energy Battery Materials", "电池材料": "Battery Materials",
                  "电池": "Battery"}  # (GWR 2021/414 "battery"; 宁峰电池公司 'Ningfeng Battery Company', holdout55)
# (贸易: "trade" GWR; the trade words of small businesses a market regulator names: project renderings)
COMPANY_TRADES.update({"农产品贸易": "Agricultural Products Trading", "贸易": "Trading", "商贸": "Trading",
                       "食品": "Food", "农产品": "Agricultural Products"})
# a heating or gas utility (沄州市热力集团有限公司 'Yunzhou Heating Group Co., Ltd.'; project renderings)
COMPANY_TRADES.update({"热力": "Heating", "热电": "Thermal Power", "供热": "Heating Supply", "燃气": "Gas"})
# a port's operator (溟川港集团有限公司, 港务集团): "Port", as 宁波舟山港集团 "Ningbo Zhoushan Port Group" (P)
COMPANY_TRADES.update({"港": "Port", "港务": "Port", "港口": "Port"})
# a place with its level and a trade name of two characters before the trade (棠宁县惠鲜 of
# 棠宁县惠鲜农产品贸易有限公司)
_BRANDED = re.compile(r"(?P<county>[\u4e00-\u9fff]{1,4}?[县市区])(?P<brand>[\u4e00-\u9fff]{2})")
COMPANY_FORMS = {"集团有限公司": "Group Co., Ltd.", "集团股份有限公司": "Group Co., Ltd.", "集团": "Group",
                 "股份有限公司": "Co., Ltd.", "有限责任公司": "Co., Ltd.", "有限公司": "Co., Ltd.",
                 "公司": "Company"}  # (a company named without its legal form: 宁峰电池公司, project rendering)


# a company named by the level of the document's own government (县城投集团, 市交投集团): project renderings
_OWN_LEVEL = {"县": "County", "市": "Municipal", "区": "District"}


def company_en(zh: str, glossary: Glossary | None = None, *, bare: bool = False) -> str | None:
    """栖川化工集团 -> 'Qichuan Chemical Group': a place (glossary, or a two-character name), a trade of
    ``COMPANY_TRADES`` and a legal form of ``COMPANY_FORMS``; None for anything else (no brand is guessed).
    With ``bare``, the company may be named without its legal form (青岩铝业 'Qingyan Aluminum')."""
    glossary = glossary or get_glossary()
    form = next((f for f in sorted(COMPANY_FORMS, key=len, reverse=True) if zh.endswith(f)), None)
    if form is None and not bare:
        return None
    rest = zh[: -len(form)] if form else zh
    trade = next((t for t in sorted(COMPANY_TRADES, key=len, reverse=True) if rest.endswith(t)), None)
    if trade is None:
        return None
    place = rest[: -len(trade)]
    if form and (branded := _BRANDED.fullmatch(place)):
        # 棠宁县惠鲜农产品贸易有限公司: a county's company with a trade name, which is not romanized: described by
        # its county and trade ('a Tangning County agricultural products trading company')
        from .names import region_en

        county = region_en(branded.group("county"), glossary)
        return f"a {county} {COMPANY_TRADES[trade].lower()} company" if county else None
    entry = glossary.lookup(place) or glossary.lookup(place + "市") or glossary.lookup(place + "县")
    if place in _OWN_LEVEL and form:
        name = _OWN_LEVEL[place]  # 县城投集团: the group of the document's own county ('County Urban Investment Group')
    elif entry is not None and entry.category == "place":
        name = entry.short or entry.en
    elif len(place) == 2 and place not in COMMON_WORDS and "某" not in place and glossary.lookup(place) is None:
        name = _specific(place)
    elif form and re.fullmatch(r"[\u4e00-\u9fff]{2,3}市", place) and "某" not in place:
        # 沄州市热力集团有限公司: a city's own utility, named after the city
        from .names import region_en

        name = region_en(place, glossary)
    else:
        return None
    if not name:
        return None
    return f"{name} {COMPANY_TRADES[trade]}" + (f" {COMPANY_FORMS[form]}" if form else "")


_PRODUCT_PROJECT = re.compile(r"^(?P<firm>.+?(?:有限责任公司|股份有限公司|有限公司|集团))"
                              r"(?P<product>[\u4e00-\u9fff]{2,16})$")


def _title_case(text: str) -> str:
    """high-performance building gypsum powder -> High-Performance Building Gypsum Powder."""
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split())


# A firm's project named by its yearly capacity: 宏远新材料年产20万吨锂电池负极材料项目 -> 'Hongyuan New Materials
# Project for 200,000 Tons of Lithium Battery Anode Materials a Year' (project rendering; the product from the
# vocabulary, never guessed)
_CAPACITY_PROJECT_RE = re.compile(r"^(?P<firm>[\u4e00-\u9fff]{2,16}?)(?:年产|年加工)(?P<num>\d+(?:\.\d+)?)"
                                  r"(?P<mult>万|千|亿)?(?P<unit>吨|套|台|件|辆)(?P<product>[\u4e00-\u9fff]{2,16}?)项目$")
_CAPACITY_UNITS = {"吨": "Tons", "套": "Sets", "台": "Units", "件": "Pieces", "辆": "Vehicles"}
_MULTS = {"万": 10_000, "千": 1_000, "亿": 100_000_000}


def capacity_project_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """A firm's project named by its capacity (宏远新材料年产20万吨锂电池负极材料项目, 华川电子有限公司年产500万套
    汽车线束项目), or None unless the firm and the product render."""
    m = _CAPACITY_PROJECT_RE.match(zh)
    if not m:
        return None
    from .metric_vocab import MORE_EXACT
    from .numbers import english_number

    firm = company_en(m.group("firm"), glossary, bare=True)
    product = MORE_EXACT.get(m.group("product"), ("",))[0]
    if not firm or not product or firm.startswith("a "):
        return None
    amount = english_number(float(m.group("num")) * _MULTS.get(m.group("mult") or "", 1))
    return f"{firm} Project for {amount} {_CAPACITY_UNITS[m.group('unit')]} of {_title_case(product)} a Year"


# A company's project: 青岩铝业二期项目 -> 'Qingyan Aluminum Phase II Project' (project rendering).
PROJECT_RE = re.compile(r"^(?P<owner>.+?)(?P<phase>[一二三四五六七八九])期(?:项目|工程)$"
                        r"|^(?P<owner2>.+?)(?:项目|工程)$")


# works on a plant (市第二水厂扩建工程, 县污水处理厂提标改造工程): project renderings
_WORKS_EN = {"改扩建": "Renovation and Expansion", "扩建": "Expansion", "提标改造": "Upgrading", "改造": "Renovation",
             "迁建": "Relocation"}
_WORKS = re.compile(r"(?<=厂)(?:改扩建|扩建|提标改造|改造|迁建)$")


def project_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """A project named after its company and phase, or after the park or facility it builds (华康生物医药产业园项目
    'the Huakang Biomedicine Industrial Park Project'), or None (a project named after its product is not read)."""
    if (capacity := capacity_project_en(zh, glossary)) is not None:
        return capacity
    m = PROJECT_RE.match(zh)
    if not m:
        return None
    owner = company_en(m.group("owner") or m.group("owner2"), glossary, bare=True)
    if owner is None and m.group("owner2") and (made := _PRODUCT_PROJECT.match(m.group("owner2"))):
        # 鑫源新材料有限公司高性能建筑石膏粉项目: a company's project named after the product it will make, when
        # the vocabulary knows the product ('High-Performance Building Gypsum Powder Project of a Fengling County
        # new materials company' for 沣岭县鑫源新材料有限公司…, its trade name not romanized)
        from .metric_vocab import MORE_EXACT

        firm = company_en(made.group("firm"), glossary)
        product = MORE_EXACT.get(made.group("product"), ("",))[0]
        if firm and product and firm.startswith("a "):  # (a county's company with a trade name: described)
            return f"{_title_case(product)} Project of {firm}"
        if firm and product:
            return f"{firm} {_title_case(product)} Project"
    works = _WORKS.search(m.group("owner2") or "") if owner is None else None
    if works:  # 市第二水厂扩建工程 'the Expansion Project of the Municipal No. 2 Water Plant' (P)
        from .facilities import facility_en

        plant = facility_en(m.group("owner2")[:works.start()], glossary or get_glossary())
        return f"the {_WORKS_EN[works.group()]} Project of {plant}" if plant else None
    if owner is None:  # a project named after the park or facility it builds (华康生物医药产业园项目)
        from .facilities import facility_en

        owner = facility_en(m.group("owner") or m.group("owner2"), glossary or get_glossary())
    if owner is None:
        return None
    phase = ""
    if m.group("phase"):
        from .title_words import cn_int, roman

        phase = f" Phase {roman(cn_int(m.group('phase')) or 0)}"
    return f"{owner}{phase} Project"
