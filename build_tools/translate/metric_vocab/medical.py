"""Medical security bulletins (医疗保障事业发展统计公报) and law enforcement inspection reports of people's congress
standing committees (执法检查报告), with the solid waste terms such a report on the Solid Waste Law counts.

Official wording where the reference has it: "basic medical insurance for urban workers" (GWR 2009/485), "serious
illness insurance" (GWR 2019/136), "medical assistance" (GWR 2016/95), direct settlement of medical expenses incurred
elsewhere (GWR 2022/508, 2022/115), "bulk government purchases" of medicines and medical consumables (GWR 2022/505),
"designated hospitals" (GWR 2019/619), "outpatient bills for ... chronic diseases" (GWR 2022/115), "safe disposal"
of waste (GWR 2019/516), "Collection, Transportation and Treatment of Municipal Domestic Garbage" (YB 8-18), "solid
waste" (GWR 2022/466), "hazardous waste" (GWR 2021/509), "comprehensive use" (GWR 2017/502), "normative documents"
(GWR 2016/346), "environmental violations investigated and prosecuted" (GWR 2017/118). The indicator names
themselves are project renderings (P) in those words.
"""

from __future__ import annotations

WORKERS = "basic medical insurance for urban workers"  # GWR 2009/485
RESIDENTS = "basic medical insurance for rural and non-working urban residents"  # GWR 2022/503
IN_POLICY = "share of in-policy inpatient costs paid out of the medical insurance fund"  # after GWR 2012

MEDICAL_SCHEMES: dict[str, tuple[str, str]] = {
    "职工基本医疗保险": (WORKERS, "GWR 2009/485"),
    "职工医保": (WORKERS, "GWR 2009/485"),
    "城乡居民医保": (RESIDENTS, "GWR 2022/503"),
}

MEDICAL_EXACT: dict[str, tuple[str, str]] = {
    # insured people and the funds
    "在职职工": ("employed workers covered", "P"),
    "退休人员": ("retirees covered", "P"),
    "职工医保参保人数": (f"people covered by {WORKERS}", "GWR 2009/485"),
    "城乡居民医保参保人数": (f"people covered by {RESIDENTS}", "GWR 2022/503"),
    "统筹基金累计结存": ("accumulated balance of the pooled fund", "P"),
    "基金累计结存": ("accumulated fund balance", "P"),
    "当年结存": ("fund balance for the year", "P"),
    "基金当年结存": ("fund balance for the year", "P"),
    "基金总收入": ("total fund revenue", "P"),
    "基金总支出": ("total fund expenditure", "P"),
    "总收入": ("total revenue", "P"),
    "总支出": ("total expenditure", "P"),
    "支出": ("expenditure", "P"),
    "参保率": ("insurance coverage rate", "GWR 2021/228"),
    "基金支付": ("payments from the medical insurance fund", "P"),
    # benefits
    "参保人员享受医疗待遇": ("medical benefits received by insured people", "P"),
    "享受医疗待遇": ("medical benefits received", "P"),
    "参保人员住院": ("hospital stays of insured people", "P"),
    "住院人次": ("hospital stays", "P"),
    "住院费用": ("inpatient costs", "P"),
    "次均住院费用": ("average cost per hospital stay", "P"),
    "政策范围内住院费用基金支付比例": (IN_POLICY, "P"),
    "职工医保政策范围内住院费用基金支付比例": (f"{IN_POLICY} ({WORKERS})", "P"),
    "城乡居民医保政策范围内住院费用基金支付比例": (f"{IN_POLICY} ({RESIDENTS})", "P"),
    "门诊慢特病": ("chronic and special diseases covered for outpatient bills", "P"),
    "门诊慢特病病种": ("chronic and special diseases covered for outpatient bills", "P"),
    "享受门诊慢特病待遇": ("people receiving outpatient benefits for chronic and special diseases", "P"),
    "大病保险赔付": ("payouts of serious illness insurance", "P"),
    "大病保险全年赔付": ("payouts of serious illness insurance", "P"),
    "赔付金额": ("amount paid out", "P"),
    "资助参保": ("people given financial assistance to enroll in medical insurance", "P"),
    "资助金额": ("amount of financial assistance", "P"),
    "实施门诊和住院救助": ("medical assistance for outpatient and inpatient care", "P"),
    "救助金额": ("amount of assistance", "P"),
    # medicines and services
    "集采药品": ("medicines under bulk government purchases", "P"),
    "落地集采药品": ("medicines under bulk government purchases in use", "P"),
    "医用耗材": ("medical consumables under bulk government purchases", "P"),
    "节约医保基金和群众就医费用": ("savings of the medical insurance fund and of patients' costs", "P"),
    "异地就医直接结算": ("direct settlement of medical expenses incurred outside the insured's home area", "P"),
    "跨省异地就医直接结算": ("direct settlement of medical expenses incurred outside the home province",
                             "GWR 2022/508"),
    "减少群众垫付资金": ("payments patients no longer had to advance", "P"),
    "定点医药机构": ("designated medical institutions and pharmacies", "P"),
    "定点医疗机构": ("designated medical institutions", "P"),
    "定点零售药店": ("designated retail pharmacies", "P"),
    "追回医保资金": ("medical insurance funds recovered", "P"),
    # a circular on typical cases of insurance fund fraud (欺诈骗保典型案例的通报; holdout33): "medical insurance
    # funds" (GWR 2022/507), "fines" (GWR 2021/357); the rest project renderings
    "追回医保基金": ("medical insurance funds recovered", "GWR 2022/507"),
    "骗取医保基金": ("medical insurance funds obtained by fraud", "GWR 2022/507"),
    "涉及违规金额": ("amount involved in the violations", "P"),
    "违规金额": ("amount involved in the violations", "P"),
    "行政处罚罚款": ("administrative fines", "GWR 2021/357"),
    "罚款": ("fines", "GWR 2021/357"),
    "处理违法违规机构": ("institutions punished for violations", "P"),
    "向公安机关移送涉嫌欺诈骗保案件": ("cases of suspected insurance fraud transferred to the police", "P"),
    "移送公安机关案件": ("cases transferred to the police", "P"),
    "检查定点医药机构": ("designated medical institutions and pharmacies inspected", "P"),
    "暂停其医保服务": ("suspension of medical insurance services", "P"),
    "暂停医保服务": ("suspension of medical insurance services", "P"),
    "暂停其医保凭证联网结算": ("suspension of online settlement with the insured's medical insurance card", "P"),
    "相关责任医师记分处理": ("doctors held responsible given penalty points", "P"),
    "辖区内定点医药机构现场检查比例": (
        "share of designated medical institutions and pharmacies inspected on site", "P"),
    "定点医药机构现场检查比例": ("share of designated medical institutions and pharmacies inspected on site", "P"),
    "单个案件奖励金额": ("reward for reporting, per case", "P"),
    "举报奖励金额": ("reward for reporting", "P"),
    "医保电子凭证激活人数": ("people who activated the electronic medical insurance card", "P"),
    "建成村级医保服务站": ("village medical insurance service stations", "P"),
    "村级医保服务站": ("village medical insurance service stations", "P"),
    "激活率": ("activation rate", "P"),
    "办件量": ("service requests handled", "P"),
}

INSPECTION_EXACT: dict[str, tuple[str, str]] = {
    # household, industrial, construction and hazardous waste
    "城市生活垃圾日均清运量": ("urban household waste collected per day", "YB 8-18"),
    "生活垃圾日均清运量": ("household waste collected per day", "YB 8-18"),
    "生活垃圾清运量": ("household waste collected", "YB 8-18"),
    "无害化处理率": ("rate of safe disposal of household waste", "P"),
    "生活垃圾无害化处理率": ("rate of safe disposal of household waste", "P"),
    "回收利用率": ("recycling rate", "P"),
    "生活垃圾回收利用率": ("recycling rate of household waste", "P"),
    "一般工业固体废物产生量": ("general industrial solid waste produced", "P"),
    "一般工业固体废物综合利用率": ("comprehensive utilization rate of general industrial solid waste", "P"),
    "综合利用率": ("comprehensive utilization rate", "P"),
    "危险废物集中处置能力": ("centralized hazardous waste disposal capacity", "P"),
    "建筑垃圾产生量": ("construction waste produced", "P"),
    "建筑垃圾资源化利用率": ("recycling rate of construction waste", "P"),
    "资源化利用量": ("waste recycled", "P"),
    "厨余垃圾日处理能力": ("kitchen waste treatment capacity per day", "P"),
    "农村生活垃圾收运处置体系覆盖率": ("coverage rate of rural household waste collection and disposal", "P"),
    "生活垃圾分类覆盖率": ("coverage rate of household waste sorting", "P"),
    "城市居民小区生活垃圾分类覆盖率": (
        "coverage rate of household waste sorting in urban residential communities", "P"),
    "危险废物规范化环境管理评估合格率": (
        "pass rate of assessments of standardized environmental management of hazardous waste", "P"),
    "规范化环境管理评估合格率": ("pass rate of assessments of standardized environmental management", "P"),
    "小微企业危险废物收集试点覆盖率": (
        "coverage rate of pilot hazardous waste collection for small and micro businesses", "P"),
    "固体废物管理专职人员": ("full-time solid waste management staff", "P"),
    # enforcement and the law's system
    "查处固体废物环境违法案件": ("environmental violations involving solid waste investigated", "GWR 2017/118"),
    "生态环境部门累计查处固体废物环境违法案件": (
        "environmental violations involving solid waste investigated by environment departments", "GWR 2017/118"),
    "移送公安机关涉嫌污染环境犯罪案件": ("suspected environmental pollution crimes referred to the police", "P"),
    "开展危险废物专项检查": ("special inspections of hazardous waste", "P"),
    "地方性法规": ("local regulations", "P"),
    "出台配套规范性文件": ("supporting normative documents issued", "GWR 2016/346"),
    "市政府出台配套规范性文件": ("supporting normative documents issued by the municipal government", "GWR 2016/346"),
    "召开座谈会": ("forums held", "P"),
    "新建改建垃圾分类投放点": ("waste sorting drop-off points built or rebuilt", "P"),
    "投入生活垃圾分类和处理设施建设资金": ("investment in household waste sorting and treatment facilities", "P"),
    "建成“无废工厂”": ("“zero-waste factories” built", "P"),
    "“无废工厂”": ("“zero-waste factories”", "P"),
    "“无废园区”": ("“zero-waste parks”", "P"),
}
