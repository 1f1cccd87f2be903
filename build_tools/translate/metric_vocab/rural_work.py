"""A county's rural work meeting: the year's harvest, cropland, rural incomes and industries, villages, poverty
monitoring, land reform and insurance, autumn-winter sowing, water works and the year's funds (holdout72's speech,
measured first; then this vocabulary). Official wording: "high-standard cropland" (高标准农田, GWR 2022/413),
"monitoring ... to prevent people from slipping back into poverty" (防止返贫监测, GWR 2022/423), "policy-based
agricultural insurance" (政策性农业保险, GWR 2019/482), "farm-based recreation or agritourism" (休闲农业, GWR
2017/436), "reinforcement of ... small reservoirs" (除险加固, GWR 2014/80), "register ... rights" (确权登记, GWR
2017/90), "labor" (劳务, GWR 2022/424); the rest are project renderings ("P")."""

from __future__ import annotations

RURAL_WORK_EXACT: dict[str, tuple[str, str]] = {
    "亩均投入": ("investment per mu", "P"),
    "高山茶叶基地面积": ("area of highland tea bases", "P"),
    "稻渔综合种养面积": ("area of integrated rice and fish farming", "P"),
    "休闲农业和乡村旅游接待游客": ("visitors to farm-based recreation and rural tourism", "GWR 2017/436, P"),
    "创建省级和美乡村示范村": ("provincial model villages of beauty and harmony created", "P"),
    "新创建省级和美乡村示范村": ("new provincial model villages of beauty and harmony", "P"),
    "创建市级精品村": ("municipal showcase villages created", "P"),
    "农村生活垃圾分类处理行政村覆盖率": ("share of administrative villages sorting and treating household waste",
                                     "GWR 2021/507, P"),
    "农田有效灌溉率": ("effective irrigation rate of farmland", "P"),
    "纳入防止返贫监测对象": ("households monitored to prevent them from slipping back into poverty",
                          "GWR 2022/423"),
    "完成农村承包地确权登记颁证面积": ("contracted rural land with rights confirmed, registered and certified",
                                 "GWR 2017/90, P"),
    "土地流转率": ("land transfer rate", "P"),
    "政策性农业保险参保面积": ("area insured under policy-based agricultural insurance", "GWR 2019/482"),
    "理赔": ("insurance claims paid", "P"),
    "规模以上农产品加工业产值": ("output value of agricultural product processing above designated size", "P"),
    "规模以上农产品加工业实现产值": ("output value of agricultural product processing above designated size",
                                "P"),
    "秋冬种进度": ("progress of autumn and winter sowing", "P"),
    "完成秋冬种占计划": ("autumn and winter sowing done as a share of the plan", "P"),
    "油菜良种覆盖率": ("coverage of improved rapeseed varieties", "P"),
    "计划实施水利工程冬修项目": ("winter repair projects of water works planned", "P"),
    "完成土石方": ("earth and stone moved", "P"),
    "小型水库中病险水库": ("dilapidated small reservoirs", "GWR 2014/80, P"),
    "小型病险水库除险加固项目": ("reinforcement projects of dilapidated small reservoirs", "GWR 2014/80, P"),
    "提前储备救灾种子": ("seed reserves for disaster relief", "P"),
    "县城蔬菜日上市量": ("daily vegetable supply to the county seat", "P"),
    "县外务工": ("rural workers employed outside the county", "GWR 2022/424, P"),
    "劳务收入": ("labor income", "GWR 2022/424, P"),
    "农村自建房排查整治存在安全隐患的房屋": ("self-built rural houses found with safety hazards", "GWR 2022/399, P"),
    "县财政安排农业农村投入": ("county budget spending on agriculture and rural areas", "P"),
    "县财政安排农业农村投入占一般公共预算支出比重": (
        "county spending on agriculture and rural areas as a share of general public budget expenditure", "P"),
    "土地出让收入用于农业农村的比例": ("share of land sale revenue spent on agriculture and rural areas", "P"),
    "改造提升通村公路": ("village access roads upgraded", "P"),
    "增速高于城镇居民": ("growth rate above that of urban residents", "P"),
    "完成计划": ("share of the plan done", "P"),
}
