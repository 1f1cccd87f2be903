"""Transport statistics bulletins (交通运输行业发展统计公报): throughput, density, commercial traffic, investment.
The yearbook's table titles give container throughput (YB 27-17 Port Container Throughput); the rest are project
renderings (P) in the words of YB chapter 16's titles (passenger and freight traffic, highways)."""

from __future__ import annotations

TRANSPORT_EXACT: dict[str, tuple[str, str]] = {
    "集装箱吞吐量": ("container throughput", "YB 27-17"),
    "外贸货物吞吐量": ("volume of foreign trade freight handled in ports", "P"),
    "公路密度": ("highway density", "P"),
    "营业性客运量": ("commercial passenger traffic", "P"),
    "营业性货运量": ("commercial freight traffic", "P"),
    "营业性旅客周转量": ("commercial passenger-kilometers", "P"),
    "营业性货物周转量": ("commercial freight ton-kilometers", "P"),
    "交通固定资产投资": ("fixed-asset investment in transport", "P"),
    "交通运输固定资产投资": ("fixed-asset investment in transport", "P"),
}
