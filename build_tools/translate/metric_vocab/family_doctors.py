"""Contracted family doctor services (家庭医生签约服务: a health commission's news of the year's progress; an untuned
document, measured first; then this vocabulary): teams formed, people signed up, contract rates by group, home visits,
checkups, the service fee. Official wording: "contracted family doctor services" (家庭医生签约服务, GWR 2018/618); the
groups as society.py names them; the rest are project renderings ("P")."""

from __future__ import annotations

_FD = "GWR 2018/618, P"

FAMILY_DOCTORS_EXACT: dict[str, tuple[str, str]] = {
    "家庭医生团队": ("family doctor teams", _FD),
    "组建家庭医生团队": ("family doctor teams formed", _FD),
    "签约服务": ("people signed up for contracted family doctor services", _FD),
    "累计签约服务": ("people signed up for contracted family doctor services", _FD),
    "签约人数": ("people signed up for contracted family doctor services", _FD),
    "常住人口签约率": ("contract rate of family doctor services among permanent residents", _FD),
    "重点人群签约率": ("contract rate of family doctor services among priority groups", _FD),
    "65岁及以上老年人签约率": ("contract rate of family doctor services among people aged 65 and over", _FD),
    "老年人签约率": ("contract rate of family doctor services among elderly people", _FD),
    "上门服务": ("home visits", "P"),
    "提供上门服务": ("home visits", "P"),
    "家庭医生团队累计提供上门服务": ("home visits by family doctor teams", _FD),
    "健康体检": ("health checkups", "P"),
    "开展健康体检": ("health checkups", "P"),
    "家庭医生签约服务专项经费": ("special funds for contracted family doctor services", _FD),
    "市财政安排家庭医生签约服务专项经费": ("special funds from the city budget for contracted family doctor services",
                                  _FD),
    "签约服务费": ("contracted service fee", _FD),
    "签约服务费标准": ("contracted service fee", _FD),
}
