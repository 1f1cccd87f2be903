"""The Spring Festival travel season (春运: a transport bureau's plan for it; an untuned document, measured first;
then this vocabulary): capacity put into service, driving and rest times, inspections, stations' service. Passenger
trips compose as the transport vocabulary names them (YB 16-6); these are project renderings ("P")."""

from __future__ import annotations

SPRING_TRAVEL_EXACT: dict[str, tuple[str, str]] = {
    "高速公路小客车流量日均": ("average daily traffic of small passenger vehicles on expressways", "P"),
    "车流量": ("traffic volume", "P"),
    "投入营运客车": ("passenger coaches put into service", "P"),
    "营运客车": ("passenger coaches in service", "P"),
    "客位": ("passenger seats", "P"),
    "储备应急运力车辆": ("vehicles held in reserve for emergencies", "P"),
    "车辆技术状况检测合格率": ("pass rate of vehicle roadworthiness inspections", "P"),
    "连续驾驶时间": ("continuous driving time", "P"),
    "驾驶员日间连续驾驶时间": ("continuous daytime driving time of drivers", "P"),
    "日间连续驾驶时间": ("continuous daytime driving time", "P"),
    "夜间连续驾驶时间": ("continuous night-time driving time", "P"),
    "每次停车休息时间": ("rest time at each stop", "P"),
    "重点站场开设农民工返乡专窗": ("ticket windows for migrant workers returning home at major stations", "P"),
    "春运报送工作总结时限": ("time limit for submitting the summary of the Spring Festival travel season", "P"),
}
