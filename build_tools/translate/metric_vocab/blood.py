"""Voluntary blood donation: a health commission's circular on the year's blood donation (an untuned document of the
genre, measured first; then this vocabulary). The reports of the State Council do not name blood donation; the
glossary's 无偿献血 "voluntary blood donations" and 采血量 "blood collected" are project renderings, and so are these,
in the usage of the WHO's blood safety reports (whole blood, apheresis platelets, regular donors, clinical use)."""

from __future__ import annotations

BLOOD_EXACT: dict[str, tuple[str, str]] = {
    "献血": ("blood donations", "P"),
    "献血人次": ("blood donations", "P"),
    "献血总人次": ("total blood donations", "P"),
    "无偿献血人次": ("voluntary blood donations", "P"),
    "献血者": ("blood donors", "P"),
    "献血人数": ("blood donors", "P"),
    "献血总人数": ("total blood donors", "P"),
    "固定献血者": ("regular blood donors", "P"),
    "团体献血": ("group blood donations", "P"),
    "个人献血": ("individual blood donations", "P"),
    "街头献血": ("street blood donations", "P"),
    "千人口献血率": ("blood donations per 1,000 population", "P"),
    "每千人口献血率": ("blood donations per 1,000 population", "P"),
    "采集全血": ("whole blood collected", "P"),
    "全血采集量": ("whole blood collected", "P"),
    "采集机采血小板": ("apheresis platelets collected", "P"),
    "机采血小板": ("apheresis platelets", "P"),
    "临床用血供应": ("blood supplied for clinical use", "P"),
    "供应临床用血": ("blood supplied for clinical use", "P"),
    "临床用血": ("blood for clinical use", "P"),
    "红细胞库存": ("red blood cell stock", "P"),
    "献血屋": ("blood donation houses", "P"),
    "新增献血屋": ("new blood donation houses", "P"),
    "献血点": ("blood donation sites", "P"),
    "新建献血点": ("blood donation sites built", "P"),
    "输血前检验率": ("pre-transfusion testing rate", "P"),
}
