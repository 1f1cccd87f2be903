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
    "公路建设投资": ("investment in highway construction", "P"),
    "水运建设投资": ("investment in waterway construction", "P"),
    "一级公路里程": ("length of class-I highways", "P"), "二级公路里程": ("length of class-II highways", "P"),
    "三级公路里程": ("length of class-III highways", "P"), "四级公路里程": ("length of class-IV highways", "P"),
    "公共汽电车": ("buses and trolleybuses", "P"),
    "码头泊位": ("berths", "YB 16-27"), "生产用码头泊位": ("berths for productive use", "P"),
    "万吨级及以上泊位": ("berths of 10,000-ton class and above", "P"),
    "农村公路危桥改造": ("dilapidated bridges on rural roads rebuilt", "P"),
    # a travel rush (春运) or holiday's transport: passengers sent, vehicles on expressways, capacity deployed
    "发送旅客": ("passenger trips", "P"), "旅客发送量": ("passenger trips", "P"),
    "累计发送旅客": ("passenger trips", "P"), "日均发送旅客": ("average daily passenger trips", "P"),
    "单日最高发送旅客": ("peak daily passenger trips", "P"), "单日发送旅客": ("passenger trips in a day", "P"),
    "道路、铁路、民航累计发送旅客": ("passenger trips by road, rail and air", "P"),
    "道路、铁路、民航发送旅客": ("passenger trips by road, rail and air", "P"),
    "高速公路通行车辆": ("vehicle trips on expressways", "P"),
    "高速公路累计通行车辆": ("vehicle trips on expressways", "P"),
    "7座及以下小型客车": ("small passenger vehicles with 7 seats or fewer", "P"),
    "7座及以下小型客车占比": ("share of small passenger vehicles with 7 seats or fewer", "P"),
    "投入客运车辆": ("passenger vehicles deployed", "P"), "加开临客班车": ("extra coach services added", "P"),
    "组织安全检查组": ("safety inspection teams organized", "P"),
    "检查客运站场和企业": ("passenger stations and enterprises inspected", "P"),
}
# business-environment news: tax and fee cuts with refunds and deferrals (减税降费 "tax and fee cuts" as the glossary
# has it; the refunds and deferrals project renderings)
BUSINESS_EXACT: dict[str, tuple[str, str]] = {
    "新增减税降费": ("new tax and fee cuts", "P"),
    "减税降费及退税缓费": ("tax and fee cuts, refunds and deferrals", "P"),
    "新增减税降费及退税缓费": ("new tax and fee cuts, refunds and deferrals", "P"),
    "减税降费及退税缓费规模": ("tax and fee cuts, refunds and deferrals", "P"),
}
