"""A fire and rescue detachment's bulletin on the fire situation (fires by cause and by place, their deaths, injuries
and direct property losses, the call-outs and rescues, the inspections, the winter-spring campaign) and a county water
resources bureau's reply on rural drinking water (the works, the population served, the tap-water coverage, the funds
by source, water quality testing, metering and fees, source protection) (held-out set 68, measured first; then this
vocabulary).

Official wording where the reference has it: fires (火灾, YB 8-28; GWR 2022/551), "safe drinking water projects"
(饮水安全工程, GWR 2020/324), the works consolidating and improving safe drinking water in rural areas (农村饮水安全
巩固提升工程, GWR 2019/474), special-purpose bonds (专项债券, GWR 2022/59), people no longer in poverty (脱贫人口, GWR
2022/424), safety hazards identified and addressed (安全隐患排查整治, GWR 2022/399). The kinds of fires, the rescue
service's work, the water works' names and rates are not in the reference: project renderings (P).
"""

from __future__ import annotations

# kinds of fires, by cause and by place (subjects: 住宅火灾 + 直接财产损失 "direct property losses from residential
# fires"; the plural as YB 8-28's "fires")
FIRE_SUBJECTS: dict[str, tuple[str, str]] = {
    "电气火灾": ("electrical fires", "P"), "住宅火灾": ("residential fires", "P"),
    "电动自行车火灾": ("electric bicycle fires", "P"), "车辆火灾": ("vehicle fires", "P"),
    "人员密集场所火灾": ("fires in crowded places", "P"), "厂房、仓库火灾": ("factory and warehouse fires", "P"),
    "仓库火灾": ("warehouse fires", "P"), "高层建筑火灾": ("fires in high-rise buildings", "P"),
    "较大火灾": ("relatively major fires", "P"), "亡人火灾": ("fatal fires", "P"),
    "农村地区火灾": ("fires in rural areas", "P"), "城市地区火灾": ("fires in urban areas", "P"),
}

FIRE_WATER_EXACT: dict[str, tuple[str, str]] = {
    # a fire situation bulletin: the fires and their toll
    "亡人": ("deaths", "P"), "伤人": ("people injured", "P"),
    "亡人数": ("deaths", "P"), "伤人数": ("people injured", "P"),
    "接报火灾": ("fires reported", "YB 8-28, P"), "发生较大火灾": ("relatively major fires", "P"),
    "因电气引发的火灾": ("electrical fires", "P"), "用火不慎引发火灾": ("fires caused by careless use of fire", "P"),
    "吸烟引发火灾": ("fires caused by smoking", "P"),
    "玩火、放火及其他原因引发火灾": ("fires caused by playing with fire, arson and other causes", "P"),
    "用电设备引发火灾": ("fires caused by electrical appliances", "P"),
    "高层建筑发生火灾": ("fires in high-rise buildings", "P"), "农村地区发生火灾": ("fires in rural areas", "P"),
    "城市地区发生火灾": ("fires in urban areas", "P"),
    "高层建筑": ("high-rise buildings", "P"), "超高层建筑": ("super high-rise buildings", "P"),
    "高层住宅小区消防设施完好率": ("share of residential high-rise compounds with fire protection in good order", "P"),
    "遇难者": ("people killed", "P"),
    "直接财产损失占总损失": ("share in total direct property losses", "P"),
    # the fire and rescue service's work
    "接警出动": ("call-outs", "P"), "消防救援队伍共接警出动": ("call-outs of the fire and rescue services", "P"),
    "出动消防指战员": ("firefighters deployed", "P"), "消防车辆": ("fire engines deployed", "P"),
    "出动消防车辆": ("fire engines deployed", "P"),
    "营救和疏散被困群众": ("trapped people rescued and evacuated", "P"),
    "抢救保护财产价值": ("value of property saved", "P"),
    "检查单位场所": ("premises inspected", "P"), "督改火灾隐患": ("fire hazards rectified under supervision", "P"),
    "临时查封单位": ("premises temporarily sealed up", "P"),
    "城区消防站到场时间": ("arrival time of urban fire stations", "P"),
    "社区微型消防站值守人员": ("staff on duty at community mini fire stations", "P"),
    "发送消防安全提示短信": ("fire safety text messages sent", "P"), "入户开展宣传": ("households visited", "P"),
    "督导组": ("supervision teams", "P"),
    # rural drinking water: the works and the people served
    "农村集中供水工程": ("centralized rural water supply works", "GWR 2020/324, P"),
    "建成农村集中供水工程": ("centralized rural water supply works built", "GWR 2020/324, P"),
    "集中供水工程": ("centralized water supply works", "P"), "分散供水工程": ("decentralized water supply works", "P"),
    "仍有分散供水工程": ("decentralized water supply works remaining", "P"),
    "千吨万人供水工程": ("water supply works serving 10,000 people or more", "P"),
    "农村供水工程服务人口": ("population served by rural water supply works", "P"),
    "供水人口": ("population served", "P"),
    "规模化供水工程覆盖农村人口比例": (
        "share of the rural population served by large-scale water supply works", "P"),
    "新建和改造供水管网": ("water supply pipes built and renovated", "P"),
    "新增和改善农村供水受益人口": ("rural residents with new or improved water supply", "P"),
    "新增农村供水受益人口": ("rural residents with new water supply", "P"),
    "受益群众": ("beneficiaries", "P"), "受益脱贫人口": ("beneficiaries no longer in poverty", "GWR 2022/424"),
    "设计日供水能力": ("designed daily water supply capacity", "P"),
    "供水工程平均供水规模": ("average supply capacity of water supply works", "P"),
    "铺设主管网": ("main pipes laid", "P"), "铺设管网": ("pipes laid", "P"), "新建铺设管网": ("pipes laid", "P"),
    "新建蓄水池": ("storage tanks built", "P"), "清水池": ("clear water tanks", "P"),
    "农村供水保证率": ("rural water supply reliability rate", "P"),
    # funds by source
    "投入农村供水工程建设资金": ("funds invested in rural water supply works", "P"),
    "农村供水工程建设资金": ("funds invested in rural water supply works", "P"),
    "县级财政资金": ("county government funds", "P"), "地方政府专项债券资金": (
        "funds from local government special-purpose bonds", "GWR 2022/59"),
    "社会资本及群众自筹": ("private capital and funds raised by residents", "P"),
    "上级补助投资": ("investment from higher-level subsidies", "P"),
    "县级配套投资": ("county matching investment", "P"),
    "上级补助": ("higher-level subsidies", "P"), "县级配套": ("county matching funds", "P"),
    "中央水利发展资金": ("central government funds for water conservancy development", "P"),
    "农村供水工程维修养护资金": ("maintenance funds for rural water supply works", "P"),
    "维修养护经费标准": ("maintenance funding standard", "P"),  # (每处…每年不低于2万元的标准落实维修养护经费)
    "维修养护资金标准": ("maintenance funding standard", "P"),
    "申报农村供水保障专项债券项目": (
        "special-purpose bond projects for rural water supply applied for", "GWR 2022/59, P"),
    # quality, management and fees
    "水质检测合格率": ("water quality compliance rate", "P"),
    "农村集中供水工程水质检测合格率": ("water quality compliance rate of centralized rural water supply works", "P"),
    "抽检水样": ("water samples tested", "P"), "出厂水": ("samples of treated water leaving plants", "P"),
    "末梢水": ("samples of tap water at the end of the network", "P"),
    "落实村级管水员": ("village water managers in place", "P"), "村级管水员": ("village water managers", "P"),
    "农村居民生活用水价格": ("price of household water for rural residents", "P"),
    "水费收缴率": ("water fee collection rate", "P"),
    "排查整治水源地环境问题": (
        "environmental problems at water sources identified and addressed", "GWR 2022/399, P"),
    "界标、警示牌": ("boundary markers and warning signs", "P"),
    "完成农村供水工程标准化管理创建": ("rural water supply works brought under standardized management", "P"),
}
