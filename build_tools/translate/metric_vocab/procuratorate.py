"""A county people's procuratorate's work report to the people's congress (arrests approved and people prosecuted by
kind of crime, plea leniency, non-prosecution, enterprise compliance cases, judicial aid, public interest litigation,
minors, oversight of investigation, trials, civil and administrative cases and community correction, the congress's
oversight, the procuratorate's staff) and a city traffic police detachment's traffic control notice for road works
(the project, the road's traffic and accidents, the measures, detours, posts and signs); holdout63.

Official usage where the reference has it: 人民检察院审查逮捕、审查起诉 "arrests and prosecution approved by people's
procuratorate" (YB 24-7), 刑事抗诉 "criminal appeals" (YB 24-9), 民事、行政抗诉 "civil and administrative protest
cases" (YB 24-10), 纠正违法 "law-breaking cases rectified" (YB 24-11), 公益诉讼 "public interest litigation" (YB
24-12), 交通事故 "traffic accidents" (YB 24-5), 电信网络诈骗 "telecom and cyber fraud" (GWR 2022/135), 扫黑除恶 /
恶势力 "organized crime and local mafia" (GWR 2018/658), 农民工 "rural migrant workers" (GWR 2008/196), 未成年人
"minors" (GWR 2008/621), 建成通车 "opened to traffic" (GWR 2010/67); the rest project renderings (P).
"""

from __future__ import annotations

_PROSECUTED = "people prosecuted for "

PROCURATORATE_EXACT: dict[str, tuple[str, str]] = {
    # arrests and prosecutions (YB 24-7)
    "批准逮捕": ("arrests approved", "YB 24-7"),
    "批准逮捕各类犯罪嫌疑人": ("criminal suspects whose arrest was approved", "YB 24-7, P"),
    "受理审查逮捕": ("persons referred for review of arrest", "YB 24-7, P"),
    "受理审查起诉": ("persons referred for review of prosecution", "YB 24-7, P"),
    "提起公诉": ("persons prosecuted", "YB 24-7, P"),
    "严重暴力犯罪": (_PROSECUTED + "serious violent crimes", "P"),
    "恶势力犯罪集团提起公诉": ("members of a local mafia gang prosecuted", "GWR 2018/658, P"),
    "起诉电信网络诈骗及帮助信息网络犯罪活动犯罪": (
        _PROSECUTED + "telecom and cyber fraud and for assisting information network crimes", "GWR 2022/135, P"),
    "在校学生和刚毕业人员涉案": ("students and recent graduates involved in the cases", "P"),
    "依法办理醉酒驾驶等危险驾驶案件": ("cases of drunk driving and other dangerous driving handled", "P"),
    "依法办理醉酒驾驶等危险驾驶案件占起诉案件总数": (
        "share of dangerous driving cases in all cases prosecuted", "P"),
    "适用率": ("rate of application of leniency for pleading guilty and accepting punishment", "P"),
    "认罪认罚从宽制度适用率": ("rate of application of leniency for pleading guilty and accepting punishment", "P"),
    "量刑建议采纳率": ("rate of sentencing recommendations adopted", "P"),
    "一审判决后被告人上诉率": ("rate of appeals by defendants after first-instance judgments", "P"),
    "犯罪情节轻微的依法作出不起诉决定": ("persons not prosecuted for minor offences", "P"),
    "不起诉率": ("non-prosecution rate", "P"),
    "起诉毒品犯罪": (_PROSECUTED + "drug crimes", "P"),
    "多发性侵财犯罪": (_PROSECUTED + "frequent property crimes", "P"),
    "审查逮捕阶段羁押率": ("detention rate at the arrest review stage", "P"),
    "起诉破坏社会主义市场经济秩序犯罪": (_PROSECUTED + "crimes undermining the socialist market economic order", "P"),
    "帮助企业挽回经济损失": ("economic losses recovered for enterprises", "P"),
    "办理涉案企业合规案件": ("compliance cases of enterprises involved in crimes", "P"),
    "走访园区企业": ("enterprises in industrial parks visited", "P"),
    "走访企业": ("enterprises visited", "P"),
    "收集并解决企业法律需求": ("legal needs of enterprises collected and met", "P"),
    "起诉侵犯知识产权犯罪": (_PROSECUTED + "infringing intellectual property rights", "P"),
    "法律咨询": ("legal consultations given", "P"),
    "开展“法治体检”": ("legal health checks of enterprises", "P"),
    "夜市周边警情": ("police incidents around the night market", "P"),
    "涉案企业负责人不捕不诉": ("heads of enterprises involved neither arrested nor prosecuted", "P"),
    "建议变更强制措施": ("changes of coercive measures recommended", "P"),
    "清理涉企“挂案”": ("long-pending enterprise cases cleared", "P"),
    "涉及企业": ("enterprises concerned", "P"),
    "起诉危害食品药品安全犯罪": (_PROSECUTED + "crimes endangering food and drug safety", "P"),
    "起诉追索劳动报酬": ("unpaid wages claimed through supported lawsuits", "GWR 2008/196, P"),
    "致困的当事人发放司法救助金": ("judicial aid paid to parties in hardship", "P"),
    "接待群众来信来访": ("letters and visits from the public received", "P"),
    "办理过程或结果答复率": ("rate of replies on the handling or outcome within three months", "P"),
    "程序回复率": ("rate of procedural replies within seven days", "P"),
    "检察服务热线12309共接听群众来电": ("calls answered on the procuratorial service hotline 12309", "P"),
    "立案办理公益诉讼案件": ("public interest litigation cases filed", "YB 24-12, P"),
    "公益诉讼立案数": ("public interest litigation cases filed", "YB 24-12, P"),
    "生态环境和资源保护领域": ("public interest cases on the environment and natural resources", "YB 24-12, P"),
    "生态环境和资源保护领域占比": (
        "share of public interest cases on the environment and natural resources", "YB 24-12, P"),
    "督促修复被毁林地": ("damaged woodland restored on the procuratorate's urging", "P"),
    "督促清理固体废物": ("solid waste cleared on the procuratorate's urging", "P"),
    "追偿生态环境损害赔偿金等各类费用": ("compensation for environmental damage and other costs recovered", "P"),
    "恢复河道岸线": ("river shoreline restored", "P"),
    "督促退赃退赔": ("illicit gains returned and compensation paid on the procuratorate's urging", "P"),
    "返还被害老年人": ("elderly victims compensated", "P"),
    "聘请检察联络员": ("procuratorial liaison officers engaged", "P"),
    "化解矛盾纠纷": ("disputes resolved", "P"),
    "组织公开听证": ("public hearings held", "P"),
    "人大代表、政协委员、人民监督员参与听证": (
        "attendance of deputies, CPPCC members and people's supervisors at hearings", "P"),
    "起诉侵害未成年人犯罪": (_PROSECUTED + "crimes against minors", "GWR 2008/621, P"),
    "涉罪未成年人附条件不起诉": ("minors granted conditional non-prosecution", "GWR 2008/621, P"),
    "检察官到校讲授法治课": ("rule-of-law classes given by procurators in schools", "P"),
    "覆盖师生": ("teachers and students reached", "P"),
    # oversight (YB 24-9, 24-10, 24-11)
    "监督公安机关立案": ("cases the public security organs were urged to file", "YB 24-11, P"),
    "公安机关立案撤案": ("cases the public security organs were urged to withdraw", "YB 24-11, P"),
    "纠正漏捕": ("omitted arrests corrected", "P"),
    "漏诉": ("omitted prosecutions corrected", "P"),
    "刑事抗诉": ("criminal protests lodged", "YB 24-9"),
    "法院已改判": ("judgments revised by the courts", "P"),
    "受理民事诉讼监督案件": ("civil litigation supervision cases accepted", "YB 24-10, P"),
    "受理监督案件": ("civil and administrative supervision cases accepted", "YB 24-10, P"),
    "发出诉前检察建议": ("pre-litigation procuratorial recommendations issued", "YB 24-12, P"),
    "法院采纳": ("recommendations adopted by the courts", "P"),
    "法院采纳率": ("rate of recommendations adopted by the courts", "P"),
    "办理行政非诉执行监督案件": ("supervision cases of non-litigation administrative enforcement", "YB 24-10, P"),
    "纠正脱管漏管": ("community correction lapses corrected", "P"),
    "监督收监执行": ("returns to prison urged", "P"),
    "开展看守所巡回检察": ("circuit inspections of detention centres", "P"),
    "发现并督促整改问题": ("problems found and rectified on the procuratorate's urging", "P"),
    # the congress's oversight and the staff
    "向县人大常委会报告专项工作": ("special work reports to the county people's congress standing committee", "P"),
    "办理县人大代表建议和政协委员提案": ("deputies' suggestions and CPPCC members' proposals handled", "P"),
    "聘请人民监督员": ("people's supervisors engaged", "P"),
    "监督检察办案活动": ("procuratorial cases overseen by people's supervisors", "P"),
    "网上公开起诉书等法律文书比例": ("share of indictments and other legal documents published online", "P"),
    "全院干警": ("staff of the procuratorate", "P"),
    "员额检察官": ("procurators in the quota", "P"),
    "员额检察官占比": ("share of procurators in the quota", "P"),
    "35岁以下干警": ("staff aged under 35", "P"),
    "研究生学历干警比例": ("share of staff with a postgraduate degree", "P"),
    "获评全省优秀检察官": ("procurators named outstanding in the province", "P"),
    "案-件比": ("ratio of cases to procedures", "P"),
    "开展岗位练兵": ("job skills drills held", "P"),
    "组织干警参加业务培训": ("staff attendance at professional training", "P"),
    "员额检察官人均办案数": ("cases handled per procurator in the quota", "P"),
    "每名员额检察官每年参加培训时间": ("yearly training time of each procurator in the quota", "P"),
    "大数据法律监督模型应用数量": ("big-data legal supervision models in use", "P"),
}

TRAFFIC_CONTROL_EXACT: dict[str, tuple[str, str]] = {
    "设计速度": ("design speed", "P"),
    "全长": ("total length", "P"),
    "超过限速": ("speed over the limit", "P"),
    "站点": ("stops", "P"),
    "通行时间": ("travel time", "P"),
    "二期工程共设桥梁": ("bridges of the second phase", "P"),
    "隧道": ("tunnels", "P"),
    "二期工程已完成投资": ("investment completed in the second phase", "P"),
    "二期工程已完成投资占二期计划投资": (
        "investment completed as a share of the second phase's planned investment", "P"),
    "完成路基土石方": ("subgrade earthwork completed", "P"),
    "施工期间通行能力": ("road capacity during the works", "P"),
    "日均交通流量": ("average daily traffic", "P"),
    "货车占比": ("share of lorries in the traffic", "P"),
    "该路段共发生道路交通事故": ("road traffic accidents on the section", "YB 24-5"),
    "通行车辆限速": ("speed limit for vehicles", "P"),
    "每次放行时间": ("length of each one-way release", "P"),
    "通行证有效期": ("validity of passes", "P"),
    "平交路口车辆排队长度": ("queue length at level junctions that triggers diversion", "P"),
    "绕行距离": ("detour distance", "P"),
    "绕行里程": ("detour distance", "P"),
    "隔离设施高度": ("height of barriers", "P"),
    "报告交警部门时限": ("time limit for reporting to the traffic police", "P"),
    "交警部门将在管制路段沿线设置执勤点": ("traffic police posts along the controlled section", "P"),
    "每日投入警力": ("police deployed each day", "P"),
    "设置交通标志牌": ("traffic signs set up", "P"),
    "爆闪警示灯": ("flashing warning lights", "P"),
    "施工单位应当在管制路段两端": ("distance of the warning signs from each end of the controlled section", "P"),
}
