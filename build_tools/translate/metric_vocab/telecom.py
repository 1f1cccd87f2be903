"""Postal and telecommunication services (fourth round, issue 12): business volume and revenue (YB 16-32), the
subscribers of a network (千兆光网用户, GWR 2021/403 "1000M fiber optic networks"; composed by bulletin_rules),
base stations and cables (YB 16-34), internet (YB 16-37), offices and outlets (YB 16-33).
"""

from __future__ import annotations

TELECOM_EXACT: dict[str, tuple[str, str]] = {
    "邮政行业业务收入": ("revenue of the postal industry", "P"),
    "邮政业业务收入": ("revenue of the postal industry", "P"),
    "邮政函件业务量": ("letters handled", "P"),
    "函件业务量": ("letters handled", "P"),
    "包裹业务量": ("parcels handled", "P"),
    "移动电话基站": ("mobile phone base stations", "YB 16-34, P"),
    "光缆线路": ("optical cable lines", "YB 16-34"),
    "互联网用户": ("internet users", "YB 16-37, P"),
    "移动互联网接入流量": ("mobile internet traffic", "YB 16-37, P"),
    "邮政营业网点": ("postal offices", "YB 16-33"),
    "快递服务网点": ("express delivery outlets", "P"),
    "快递网点": ("express delivery outlets", "P"),
}
TELECOM_HEADS: dict[str, tuple[str, str | None, str]] = {
    "总长度": ("total length of {s}", None, "YB 16-34, P"),  # 光缆线路总长度
}
# The services before 业务收入 (邮政业务收入 "revenue from postal services"), YB 16-32; project renderings.
SERVICES: dict[str, str] = {"邮政": "postal services", "电信": "telecommunication services",
                            "邮政业": "postal services"}
# The networks before 用户 (千兆光网用户 "1000M fiber optic network subscribers").
NETWORKS: dict[str, str] = {"千兆光网": "1000M fiber optic network", "千兆宽带": "gigabit broadband",
                            "光纤宽带": "fiber broadband", "固定宽带": "fixed broadband", "5G": "5G",
                            "物联网": "Internet of Things", "IPTV": "IPTV"}
