"""Civil affairs: social assistance, elderly care, children, disability, marriage, funerals, social organizations,
community committees, volunteers (a civil affairs bureau's figures). Subsistence allowances by area compose in
metric_vocab (AREAS); these are the other names.
"""

from __future__ import annotations

CIVIL_EXACT: dict[str, tuple[str, str]] = {
    "特困供养人员": ("people in extreme poverty receiving support", "P"),
    "养老床位": ("elderly care beds", "P"),
    "养老机构床位": ("beds in elderly care institutions", "P"),
    "婚姻登记": ("marriage registrations", "YB 22-25"),
    "孤儿": ("orphans", "P"),
    "困境儿童": ("children in difficult circumstances", "GWR 2015/478"),
    # the two subsidies for people with disabilities, as GWR 2021/146 names them (困难残疾人生活补贴和重度残疾人护理补贴
    # "living allowances to people with disabilities in financial difficulty and nursing care subsidies to people with
    # serious disabilities"; 困难残疾人 also GWR 2017/123)
    "困难残疾人生活补贴": ("living allowances for people with disabilities in financial difficulty", "GWR 2021/146"),
    "重度残疾人护理补贴": ("nursing care subsidies for people with serious disabilities", "GWR 2021/146"),
    "注册志愿者": ("registered volunteers", "P"),
    "火化率": ("cremation rate", "P"),
    "老年人": ("elderly people", "P"),
    # those a benefit reaches (享受…的农村学生, 参加…的农户: translate/done_acts.py with_benefit): GWR 2018/177
    # (营养改善计划惠及…农村学生 "students" in rural schools), 2020/320 (农户 "farmers"; counted in 户: households),
    # 2019/635 (困难职工 "struggling urban employees"), 2021/40 (低保 "subsistence allowances"); 生活救助 P
    "农村学生": ("rural students", "GWR 2018/177, P"),
    "农户": ("farming households", "GWR 2020/320, P"),
    "困难职工": ("struggling employees", "GWR 2019/635"),
    "低保": ("subsistence allowances", "GWR 2021/40"),
    "低保待遇": ("subsistence allowances", "GWR 2021/40"),
    "生活救助": ("living assistance", "P"),
    # visits to people in difficulty before a festival (为每户困难群众发放慰问金500元): P
    "慰问金": ("solatium payments", "P"),
    "交通补助": ("transport allowances", "P"),
    # a civil affairs bureau's statistical bulletin (民政事业发展统计公报, holdout20): subsistence allowances (GWR
    # 2011/100), extreme poverty support and temporary assistance (GWR 2016/595, 2021/40), the very elderly (GWR
    # 2015/478), welfare lottery (YB 22-26), charitable initiatives and social organizations (GWR 2022/545); the
    # compounds and the rest project renderings
    "低保资金": ("subsistence allowance funds", "P"),
    "城市低保资金": ("urban subsistence allowance funds", "P"),
    "农村低保资金": ("rural subsistence allowance funds", "P"),
    "低保平均标准": ("average subsistence allowance standard", "P"),
    "城市低保平均标准": ("average urban subsistence allowance standard", "P"),
    "农村低保平均标准": ("average rural subsistence allowance standard", "P"),
    "集中供养": ("persons in extreme poverty in institutional care", "P"),
    "分散供养": ("persons in extreme poverty supported at home", "P"),
    "特困人员供养资金": ("funds for basic assistance to persons living in extreme poverty", "GWR 2016/595"),
    "临时救助资金": ("temporary assistance funds", "P"),
    "街道综合养老服务中心": ("comprehensive elderly care service centers in subdistricts", "P"),
    "高龄津贴": ("allowances for the very elderly", "GWR 2015/478"),
    "60周岁及以上户籍老年人口": ("registered population aged 60 and over", "P"),
    "60周岁及以上户籍老年人口占户籍总人口": ("share of the registered population aged 60 and over", "P"),
    "殡仪馆": ("funeral homes", "P"),
    "公益性公墓": ("non-profit cemeteries", "P"),
    "火化遗体": ("bodies cremated", "P"),
    "事实无人抚养儿童": ("children de facto without guardians", "P"),
    "基本生活费": ("basic living allowances", "P"),
    "困难残疾人": ("people with disabilities in financial difficulty", "GWR 2017/123"),
    "重度残疾人": ("people with serious disabilities", "GWR 2015/478, 2021/146"),
    "生活补贴": ("living allowances", "P"),
    "护理补贴": ("nursing care subsidies", "GWR 2021/146"),
    "依法登记的社会组织": ("registered social organizations", "P"),
    "社会团体": ("social groups", "P"),
    "社会服务机构": ("social service institutions", "P"),
    "社会服务机构（民办非企业单位）": ("social service institutions (private non-enterprise units)", "P"),
    "民办非企业单位": ("private non-enterprise units", "P"),
    "基金会": ("foundations", "P"),
    "查处社会组织违法违规案件": ("cases of violations by social organizations investigated", "P"),
    "撤销登记": ("registrations revoked", "P"),
    "慈善组织接收社会捐赠款物": ("donations in cash and kind received by charities", "P"),
    "福利彩票": ("welfare lottery sales", "YB 22-26"),
    "销售福利彩票": ("welfare lottery sales", "YB 22-26"),
    "筹集福彩公益金": ("welfare lottery public welfare funds raised", "P"),
    "福彩公益金": ("welfare lottery public welfare funds", "P"),
    "城市社区居民委员会": ("urban residents' committees", "P"),
    "社区居民委员会": ("residents' committees", "P"),
    "居民委员会": ("residents' committees", "P"),
    "村民委员会": ("villagers' committees", "P"),
    "志愿服务时长": ("hours of volunteer service", "P"),
}
