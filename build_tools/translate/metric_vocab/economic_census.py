"""The vocabulary of economic census communiqués (第五次全国经济普查公报 of provinces, cities and counties): corporate
units, establishments and individual businesses, by sector, industry and registration type, and the persons they
employ.

Sources as metric_tables (``YB x-y`` the yearbook table whose title has the wording, ``GWR yyyy/n``, ``P``): YB 1-5
"Number of Corporate Units by Sector", 1-6 "... by Three Strata of Industry", 13-8 "Enterprises with Hong Kong, Macao,
Taiwan and Foreign Funds". The industries are the sections and divisions of the national classification of economic
activities (GB/T 4754) as the yearbook's sector tables name those it has; the others are project renderings.
"""

from __future__ import annotations

ECONOMIC_CENSUS_EXACT: dict[str, tuple[str, str]] = {
    "法人单位": ("corporate units", "YB 1-5"),
    "从事第二产业和第三产业活动的法人单位": ("corporate units engaged in the secondary and tertiary industries",
                                                "YB 1-6, P"),
    "全部法人单位": ("all corporate units", "YB 1-5, P"),
    "其他法人单位": ("other corporate units", "YB 1-5, P"),
    "企业法人单位": ("corporate enterprises", "YB 1-7"),
    "产业活动单位": ("establishments", "P"),
    # (the glossary's 个体工商户 is "self-employed individuals"; the census counts their businesses)
    "个体经营户": ("self-employed individual businesses", "P"),
    # by registration type (YB 1-8 Status of Registration; 13-8 Hong Kong, Macao, Taiwan and Foreign Funds)
    "内资企业": ("domestic enterprises", "P"),
    "港澳台商投资企业": ("enterprises with funds from Hong Kong, Macao and Taiwan", "YB 13-8"),
    "港澳台投资企业": ("enterprises with funds from Hong Kong, Macao and Taiwan", "YB 13-8"),
    "国有企业": ("state-owned enterprises", "P"),
    # persons employed (YB 4-4 Employed Persons; the census counts those of its units)
    "法人单位从业人员": ("persons employed in corporate units", "YB 4-4, P"),
    "第二产业和第三产业法人单位从业人员": (
        "persons employed in corporate units of the secondary and tertiary industries", "YB 4-4, P"),
    "全部法人单位从业人员": ("persons employed in all corporate units", "YB 4-4, P"),
    "个体经营户从业人员": ("persons employed in self-employed individual businesses", "P"),
    "女性从业人员": ("female persons employed", "P"),
}

ECONOMIC_CENSUS_HEADS: dict[str, tuple[str, str | None, str]] = {
    # 第二产业法人单位, 采矿业法人单位: the units of a sector or an industry
    "法人单位": ("corporate units in {s}", "corporate units", "YB 1-5"),
    "产业活动单位": ("establishments in {s}", "establishments", "P"),
    "个体经营户": ("self-employed individual businesses in {s}", "self-employed individual businesses", "P"),
}

# Industries (GB/T 4754 sections and divisions) the glossary and the other tables do not name, as subjects of the
# heads above (租赁和商务服务业法人单位) and of a row of their own (租赁和商务服务业: 896).
ECONOMIC_CENSUS_SUBJECTS: dict[str, tuple[str, str]] = {
    "租赁和商务服务业": ("leasing and business services", "P"),
    "科学研究和技术服务业": ("scientific research and technical services", "P"),
    "居民服务、修理和其他服务业": ("resident services, repairs and other services", "P"),
    "水利、环境和公共设施管理业": ("water conservancy, environment and public facilities management", "P"),
    "文化、体育和娱乐业": ("culture, sports and entertainment", "P"),
    "其他行业": ("other industries", "P"),
    "计算机、通信和其他电子设备制造业": ("computer, communication and other electronic equipment manufacturing", "P"),
    "电气机械和器材制造业": ("electrical machinery and apparatus manufacturing", "P"),
    "医药制造业": ("pharmaceutical manufacturing", "P"),
    "汽车制造业": ("automobile manufacturing", "P"),
    "通用设备制造业": ("general-purpose equipment manufacturing", "P"),
    "专用设备制造业": ("special-purpose equipment manufacturing", "P"),
    "化学原料和化学制品制造业": ("manufacturing of raw chemical materials and chemical products", "P"),
}
