"""Work safety and natural disasters: the key figures of an emergency management bureau's bulletin (生产安全事故起数,
道路交通事故死亡人数, 受灾人次, 农作物受灾面积 ...), the accidents and hazards graded as the State Council's
accident regulations grade them (一般, 较大, 重大, 特别重大; GWR 2009/346 重特大 "serious and major").

The kinds of accidents are SUBJECTS, so the heads below compose: 道路交通事故 + 受伤人数 "people injured in road
traffic accidents", 一般事故隐患 + 整改率 "rectification rate of ordinary accident hazards". Sources as metric_tables
(``YB x-y``, ``GWR yyyy/n``, ``P``); losses of natural disasters after YB 8-26, traffic accidents after YB 24-5.
"""

from __future__ import annotations

# What happened, counted or costed: zh -> (English plural, source).
ACCIDENT_KINDS: dict[str, tuple[str, str]] = {
    "事故": ("accidents", "P"),
    "生产安全事故": ("workplace accidents", "GWR 2021/92"),
    "安全生产事故": ("workplace accidents", "GWR 2018/269"),
    "道路交通事故": ("road traffic accidents", "YB 24-5"),
    "交通事故": ("traffic accidents", "YB 24-5"),
    "工矿商贸事故": ("accidents in industry, mining and commerce", "P"),
    "建筑施工事故": ("construction accidents", "P"),
    "危险化学品事故": ("hazardous chemical accidents", "P"),
    "煤矿事故": ("coal mine accidents", "P"),
    "水上交通事故": ("waterway traffic accidents", "P"),
    "农业机械事故": ("agricultural machinery accidents", "P"),
    "火灾": ("fires", "YB 8-28"),
    "森林火灾": ("forest fires", "YB 8-28"),
    "自然灾害": ("natural disasters", "YB 8-26"),
    "地质灾害": ("geological disasters", "YB 8-27"),
    "事故隐患": ("accident hazards", "GWR 2008/738 (hidden perils), P"),
    "安全隐患": ("safety hazards", "P"),
    "隐患": ("hazards", "P"),
}
# The grades of accidents and of their hazards (the accident regulations' four grades); project renderings.
GRADES: dict[str, str] = {"一般": "ordinary", "较大": "relatively major", "重大": "major",
                          "特别重大": "particularly serious", "重特大": "serious and major"}
GRADED_KINDS = ("事故", "生产安全事故", "安全生产事故", "事故隐患")
# 较大以上事故 "accidents rated relatively major and above"
AND_ABOVE = ("以上", "及以上")

SAFETY_SUBJECTS: dict[str, tuple[str, str]] = {
    **ACCIDENT_KINDS,
    **{g + k: (f"{g_en} {ACCIDENT_KINDS[k][0]}", "GWR 2009/346" if g == "重特大" else "P")
       for g, g_en in GRADES.items() for k in GRADED_KINDS},
    **{g + above + k: (f"{ACCIDENT_KINDS[k][0]} rated {g_en} and above", "P")
       for g, g_en in GRADES.items() if g not in ("一般", "重特大") for above in AND_ABOVE for k in GRADED_KINDS},
}

SAFETY_HEADS: dict[str, tuple[str, str | None, str]] = {
    "死亡人数": ("deaths in {s}", "deaths", "P"),
    "受伤人数": ("people injured in {s}", "people injured", "P"),
    "直接经济损失": ("direct economic losses from {s}", "direct economic losses", "YB 8-26"),
    "经济损失": ("economic losses from {s}", "economic losses", "P"),
    "直接财产损失": ("direct property losses from {s}", "direct property losses", "P"),
    "财产损失": ("property losses from {s}", "property losses", "P"),
    "起数": ("number of {s}", None, "GWR 2018/269 (workplace accidents), P"),
    "整改率": ("rectification rate of {s}", None, "P"),
    # a count after its object (排查一般事故隐患6342项，已整改6218项 -> 一般事故隐患整改; 道路交通事故死亡)
    "整改": ("{s} rectified", None, "P"),
    "死亡": ("deaths in {s}", "deaths", "P"),
}

SAFETY_EXACT: dict[str, tuple[str, str]] = {
    # a row after its accident (发生道路交通事故41起，死亡17人): what the count is of
    "死亡": ("deaths", "P"), "受伤": ("people injured", "P"),
    "财产损失": ("property losses", "P"), "直接财产损失": ("direct property losses", "P"),
    "隐患整改率": ("hazard rectification rate", "P"),
    # enforcement
    "安全生产检查": ("work safety inspections", "GWR 2008/739 (workplace safety), P"),
    "生产经营单位": ("production and business entities", "P"),
    "执法检查": ("law enforcement inspections", "P"),
    "行政处罚": ("administrative penalties", "P"),
    "罚款": ("fines", "P"), "罚款金额": ("fines", "P"),
    "责令停产停业整顿企业": ("enterprises ordered to suspend operations for rectification", "P"),
    "安全生产违法行为": ("work safety violations", "P"),
    "企业主要负责人和安全管理人员": ("principal persons in charge and safety managers of enterprises", "P"),
    "应急演练": ("emergency drills", "P"),
    "参与人员": ("participants", "P"),
    "应急预案": ("contingency plans", "GWR 2011/385"),
    "应急避难场所": ("emergency shelters", "P"),
    # losses of natural disasters (YB 8-26; the same words in an emergency management bureau's bulletin)
    "受灾": ("people affected", "YB 8-26, P"),  # 受灾3.26万人次: the count is of people
    "受灾人口": ("people affected", "YB 8-26"),
    "受灾人次": ("people affected", "YB 8-26, P"),
    "因灾死亡人数": ("deaths caused by disasters", "P"),
    "因灾死亡失踪人数": ("people dead or missing due to disasters", "P"),
    "紧急转移安置": ("people evacuated and relocated in an emergency", "GWR 2017/133 (relocated), P"),
    "紧急转移安置人口": ("people evacuated and relocated in an emergency", "GWR 2017/133 (relocated), P"),
    "需紧急生活救助人口": ("people in need of emergency living assistance", "P"),
    "农作物受灾面积": ("crop area affected", "YB 8-26"),
    "农作物成灾面积": ("crop area damaged", "YB 8-26, P"),
    "农作物绝收面积": ("crop area with total crop failure", "YB 8-26, P"),
    "绝收面积": ("area of total crop failure", "YB 8-26, P"),
    "倒塌房屋": ("houses collapsed", "GWR 2009/237 (houses collapsed), P"),
    "损坏房屋": ("houses damaged", "GWR 2009/237, P"),
    "严重损坏房屋": ("houses severely damaged", "GWR 2009/237 (badly damaged), P"),
    "地质灾害隐患点": ("geological hazard sites", "YB 8-27, P"),
    "救灾资金": ("disaster relief funds", "P"),
}
