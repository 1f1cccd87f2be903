"""A veterans affairs bureau's year: ex-service members received and placed, jobs and training, entitled groups' funds
(an untuned work summary, measured first; then this vocabulary). Official wording: "ex-service members" (退役军人,
GWR 2022/305), "entitled groups" (优抚对象, GWR 2008/661), "old-age veterans" (老复员军人, GWR 2015/103); the rest are
project renderings ("P")."""

from __future__ import annotations

_VETS = "GWR 2022/305, P"

VETERAN_SERVICES_EXACT: dict[str, tuple[str, str]] = {
    "接收退役军人": ("ex-service members received", _VETS),
    "安排工作": ("placed in jobs by the government", "P"),
    "自主就业": ("self-employed by choice", "P"),
    "退休": ("retired", "P"),
    "安置率": ("placement rate", "P"),
    "提供岗位": ("jobs offered", "P"),
    "发放自主就业一次性经济补助金": ("one-off grants paid to ex-service members finding their own jobs", _VETS),
    "自主就业一次性经济补助金": ("one-off grants to ex-service members finding their own jobs", _VETS),
    "组织退役军人专场招聘会": ("job fairs held for ex-service members", _VETS),
    "退役军人专场招聘会": ("job fairs for ex-service members", _VETS),
    "帮助退役军人就业": ("ex-service members helped into jobs", _VETS),
    "开展适应性培训": ("adaptive training sessions held", "P"),
    "参训": ("trainees", "P"),
    "退役军人创办企业": ("enterprises founded by ex-service members", _VETS),
    "新增退役军人创办企业": ("new enterprises founded by ex-service members", _VETS),
    "发放各类优抚资金": ("funds paid to entitled groups", "GWR 2008/661, P"),
    "在乡老复员军人定期生活补助标准": ("regular living allowance standard for old-age veterans in rural areas",
                                   "GWR 2015/103, P"),
    "退役军人就业率": ("employment rate of ex-service members", _VETS),
    "开展走访慰问": ("visits of care paid", "P"),
    "建成率": ("completion rate", "P"),
}
