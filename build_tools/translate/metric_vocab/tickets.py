"""Prices of a scenic area's tickets and rides and its visitor management (a holiday discount announcement, holdout66):
list and discounted prices, fares, carrying capacity, visitors and their spending. Project renderings ("P"): the
reference names no ticket prices or carrying capacities."""

from __future__ import annotations

TICKETS_EXACT: dict[str, tuple[str, str]] = {
    "挂牌价格": ("list price", "P"),
    "挂牌价": ("list price", "P"),
    "门票挂牌价格": ("list price of tickets", "P"),
    "景区门票挂牌价格": ("list price of the scenic area's tickets", "P"),
    "门票价格": ("ticket price", "P"),
    "优惠价": ("discounted price", "P"),
    "优惠价格": ("discounted price", "P"),
    "往返票价": ("return fare", "P"),
    "观光车往返票价": ("return fare of the sightseeing bus", "P"),
    "索道往返票价": ("return fare of the cableway", "P"),
    "单程票价": ("single fare", "P"),
    "索道单程票价": ("single fare of the cableway", "P"),
    "联票价格": ("combined ticket price", "P"),
    # visitor management and visitors (最大承载量: the maximum daily carrying capacity a scenic area must publish)
    "最大承载量": ("maximum carrying capacity", "P"),
    "瞬时最大承载量": ("maximum instantaneous carrying capacity", "P"),
    "景区最大承载量": ("maximum carrying capacity of the scenic area", "P"),
    "景区每日限流": ("daily visitor cap of the scenic area", "P"),
    "每日限流": ("daily visitor cap", "P"),
    "每小时最大通行能力": ("maximum hourly entry capacity", "P"),
    "景区共接待游客": ("tourist visits to the scenic area", "P"),
    "景区累计接待游客": ("tourist visits to the scenic area", "P"),
    "省外游客": ("visitors from outside the province", "P"),
    "省外游客占比": ("share of visitors from outside the province", "P"),
    "游客人均消费": ("average spending per visitor", "P"),
    "二次消费收入": ("revenue from spending beyond tickets", "P"),
    "医疗救护点": ("first-aid stations", "P"),
    "志愿服务岗": ("volunteer service posts", "P"),
    "民宿": ("homestays", "P"),
}
