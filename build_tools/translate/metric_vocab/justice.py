"""Public security and justice: a public security bureau's, a justice bureau's and a court's figures (电信网络诈骗案件,
刑事案件破案率, 法律援助案件, 调解矛盾纠纷, 执业律师 ...), after YB 24-3/24-4 (cases registered and handled by public
security organs), 24-13/24-14 (first trial cases accepted and settled), 24-19/24-21 (lawyers, notarization,
mediation) and 24-22 (arbitration of labor and personnel disputes).

The kinds of cases compose with 案件 (rules.py: 法律援助 + 案件 "legal aid cases"); what was done to them is a word
before them (破获/办理/受理/审结/调解 ...).
"""

from __future__ import annotations

from .courts import COURT_CASE_KINDS

# Kinds of cases before 案件: zh -> (English adjective, source).
CASE_KINDS: dict[str, tuple[str, str]] = {
    "刑事": ("criminal", "YB 24-3"),
    "民事": ("civil", "YB 24-16"),
    "行政": ("administrative", "YB 24-18"),
    "一审": ("first trial", "YB 24-13"),
    "电信网络诈骗": ("telecom and cyber fraud", "GWR 2022/135"),
    "电信诈骗": ("telecom fraud", "P"),
    "法律援助": ("legal aid", "GWR 2022/550"),
    "人民调解": ("people's mediation", "GWR 2015/529"),
    "劳动人事争议仲裁": ("labor and personnel dispute arbitration", "YB 24-22, P"),
    "劳动争议仲裁": ("labor dispute arbitration", "YB 24-22, P"),
    "毒品": ("drug", "P"),
    **COURT_CASE_KINDS,
}

JUSTICE_EXACT: dict[str, tuple[str, str]] = {
    "案件": ("cases", "P"),
    "治安案件": ("cases of offence against public order", "YB 24-4"),
    "八类严重暴力犯罪案件": ("cases of the eight categories of serious violent crime", "P"),
    "命案": ("homicide cases", "P"),
    "破案率": ("clearance rate", "P"),
    "犯罪嫌疑人": ("criminal suspects", "P"),
    "交通违法行为": ("traffic violations", "P"),
    "矛盾纠纷": ("disputes", "YB 24-21 (Civil Disputes Mediated), P"),
    "民间纠纷": ("civil disputes", "YB 24-21"),
    "人民调解组织": ("people's mediation organizations", "GWR 2015/529 (people's mediation), P"),
    "调解成功率": ("mediation success rate", "P"),
    "律师事务所": ("law firms", "YB 24-19, P"),
    "执业律师": ("practicing lawyers", "YB 24-19, P"),
    "社区矫正对象": ("persons under community correction", "P"),
    "公证书": ("notarial certificates", "YB 24-20, P"),
}

JUSTICE_HEADS: dict[str, tuple[str, str | None, str]] = {
    "破案率": ("clearance rate of {s}", "clearance rate", "P"),
}

# Words before the cases, disputes or suspects counted (sector_rules; only before these: 受理 of complaints stays
# metrics' "received"); project renderings after YB 24-14 (cases accepted, settled) and 24-21 (mediated).
CASE_VERBS: dict[str, str] = {"破获": "{} solved", "侦破": "{} solved", "办理": "{} handled", "受理": "{} accepted",
                              "审结": "{} settled", "调解": "{} mediated", "抓获": "{} apprehended",
                              "执结": "{} enforced"}
CASE_OBJECTS = ("案件", "纠纷", "犯罪嫌疑人")
