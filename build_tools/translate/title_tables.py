"""The wording of the title and heading templates (titles.py): the standard English of each Chinese frame.

Sources: GWR = the State Council's Reports on the Work of the Government 2008-2022 and their official English
(``../shared/reference/government_work_reports_2008_2022.tsv``, cited year/segment); CSY = the China Statistical
Yearbook 2021 chapter names (``china_statistical_yearbook_2021_tables.tsv``). Entries without a citation are project
renderings, listed in translations/README.md.
"""

from __future__ import annotations

import re

# a place leading a title or a name (岚溪市…, 桐岭县…): its region (titles.py, meetings, headings, event frames)
PLACE_SUFFIX_RE = re.compile(r"^(?P<place>.{1,12}?(?:自治州|自治县|地区|省|市|县|区|州(?![市县区])|盟|旗|镇|乡|街道))")

CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# Number words of titles and headlines (Three-Year Action Plan, Ten Practical Projects, the First Eleven Months) and
# ordinals (the Fifth National Economic Census, Second Batch): one table for every frame
NUMBER_WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten",
                11: "Eleven", 12: "Twelve", 15: "Fifteen", 20: "Twenty"}
ORDINAL_WORDS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh",
                 8: "Eighth", 9: "Ninth", 10: "Tenth"}

# Section headings of statistical communiqués. NBS's communiqué chapters; where the yearbook has the chapter, its
# English is cited (CSY = China Statistical Yearbook 2021 table list); the combined chapters follow the national
# communiqué's English ("Industry and Construction", "Education, Science and Technology" ...).
SECTION_HEADINGS: dict[str, str] = {
    "综合": "General Survey",  # CSY 一
    "人口": "Population",  # CSY 二
    "农业": "Agriculture",  # CSY 十二
    "工业": "Industry",  # CSY 十三
    "建筑业": "Construction",  # CSY 十四
    "工业和建筑业": "Industry and Construction",
    "固定资产投资": "Investment in Fixed Assets",  # CSY 十
    "国内贸易": "Domestic Trade",
    "对外经济": "Foreign Economy",
    "对外经济贸易": "International Trade and Economic Cooperation",  # CSY 十一
    "对外贸易": "Foreign Trade",
    "开放型经济": "Open Economy",
    "交通、邮电和旅游": "Transport, Postal and Telecommunication Services, and Tourism",
    "交通运输、邮电和旅游": "Transport, Postal and Telecommunication Services, and Tourism",
    "交通运输和邮电": "Transport, Postal and Telecommunication Services",
    "交通运输": "Transport",
    "邮电": "Postal and Telecommunication Services",
    "财政金融": "Finance",
    "财政和金融": "Finance",
    "财政、金融": "Finance",
    "财政": "Government Finance",  # CSY 七
    "金融": "Financial Sector",
    "金融业": "Financial Sector",
    "价格": "Prices",  # CSY 五
    "人民生活": "Living Conditions",
    "人民生活和社会保障": "Living Conditions and Social Security",
    "人口、人民生活和社会保障": "Population, Living Conditions and Social Security",
    "社会保障": "Social Security",
    "就业和工资": "Employment and Wages",  # CSY 四
    "教育和科学技术": "Education, Science and Technology",
    "科学技术和教育": "Science, Technology and Education",
    "教育": "Education",  # CSY 二十一
    "科学技术": "Science and Technology",  # CSY 二十
    "文化旅游": "Culture and Tourism",
    "文化和旅游": "Culture and Tourism",
    "文化、旅游": "Culture and Tourism",
    "旅游": "Tourism",
    "文化、卫生和体育": "Culture, Health and Sports",
    "文化和体育": "Culture and Sports",  # CSY 二十三
    "卫生和体育": "Health and Sports",
    "卫生健康": "Health",
    "卫生": "Health",
    "体育": "Sports",
    "资源环境": "Resources and Environment",
    "资源和环境": "Resources and Environment",  # CSY 八
    "资源、环境和应急管理": "Resources, Environment and Emergency Management",
    "能源": "Energy",  # CSY 九
    "房地产": "Real Estate",  # CSY 十九
    "城乡建设": "Urban and Rural Development",
    "安全生产": "Work Safety",
    "科技": "Science and Technology",
    "环境": "Environment",
    "资源": "Resources",
    "应急管理": "Emergency Management",
    "国民经济核算": "National Accounts",  # CSY 三
    "批发和零售业": "Wholesale and Retail Trades",  # CSY 十五
    "卫生和社会服务": "Public Health and Social Services",  # CSY 二十二
    "文化": "Culture",  # after CSY 二十三
    "房地产开发": "Real Estate Development",  # after CSY 十九 and YB 19-16 (Enterprises for Real Estate Development)
    "工业和信息化": "Industry and Information Technology",  # the ministry's name
    # project renderings after the yearbook's chapter wording
    "服务业": "Services",
    "县区经济": "County and District Economies",
    "区县经济": "County and District Economies",
    "县域经济": "County Economies",  # GWR 2022/431 壮大县域经济 "expand county economies"
    "邮电通信": "Postal and Telecommunication Services",
    "邮政": "Postal Services",
    "电信": "Telecommunications",
    "交通": "Transport",
    "保险": "Insurance",
    "证券": "Securities",
    "消费": "Consumption",
    "外贸": "Foreign Trade",
    "居民收入和消费": "Household Income and Consumption",
    "农业农村": "Agriculture and Rural Development",
    "城市建设": "Urban Development",
    "环境保护": "Environmental Protection",  # GWR 2009/52
    "就业": "Employment",  # after CSY 四
    "交通、邮电": "Transport, Postal and Telecommunication Services",
    "交通邮电": "Transport, Postal and Telecommunication Services",
    # a health statistics bulletin's sections and run-in heads (YB 22-1 "Health Care Institutions"; the others
    # project renderings in the yearbook's wording of chapter 22)
    "卫生资源": "Health Resources",
    "医疗卫生机构": "Health Care Institutions",
    "医疗服务": "Medical Services",
    "门诊和住院服务": "Outpatient and Inpatient Services",
    "病床使用": "Use of Beds",
    "医疗费用": "Medical Costs",
    "中医药服务": "Traditional Chinese Medicine Services",
    "卫生投入": "Health Spending",
    "重点建设": "Key Projects",
    "基层卫生与公共卫生": "Primary Health Care and Public Health",
    "人口家庭与托育服务": "Population, Families and Childcare Services",
    "妇幼健康与居民健康水平": "Maternal and Child Health and the Health of Residents",
    # the standard sections of an audit work report (project renderings)
    "审计发现的主要问题": "Main Problems Found by Audit",
    "审计移送的违纪违法问题线索情况": "Leads on Violations of Discipline and Law Referred by Audit",
    "审计查出问题的整改情况": "Rectification of the Problems Found by Audit",
    "加强财政管理的意见": "Recommendations for Strengthening Fiscal Management",
    # the sections and run-in heads of the national format of annual reports on government information disclosure
    # (国办公开办函〔2021〕30号) and of a ranking notice (project renderings; 行政复议 "administrative review",
    # GWR 2008/723)
    "总体情况": "Overview",
    "主动公开": "Proactive Disclosure",
    "依申请公开": "Disclosure upon Request",
    "政府信息管理": "Management of Government Information",
    "平台建设": "Platform Development",
    "监督保障": "Oversight and Safeguards",
    "主动公开政府信息情况": "Government Information Disclosed Proactively",
    "收到和处理政府信息公开申请情况": "Requests for Government Information Disclosure Received and Handled",
    "政府信息公开行政复议、行政诉讼情况": "Administrative Review and Litigation over Government Information Disclosure",
    "存在的主要问题及改进情况": "Main Problems and Improvements",
    "其他需要报告的事项": "Other Matters to Report",
    "全市总体情况": "The City as a Whole",
    "各县区排名情况": "Ranking of the Counties and Districts",
    "确保完成年度目标": "Ensuring the Year's Targets Are Met",
}
# A heading listing sectors (科技、教育和卫生) is composed from the sectors' headings: "A, B and C".
SECTION_SEPARATORS = re.compile(r"、|和|及")

# Standard headings of work reports. Year-bearing ones are patterns ({y} = the year); sources: GWR year/unit.
WORK_REPORT_HEADINGS: tuple[tuple[str, str], ...] = (
    (r"过去五年(?:的)?工作回顾", "Review of Work in the Past Five Years"),  # GWR 2013/5
    (r"过去一年(?:的)?工作回顾", "Review of Work in the Past Year"),  # after GWR 2013/5
    (r"(?P<y>\d{4})年(?:的)?工作回顾", "A Review of Our Work in {y}"),  # GWR 2022/5
    (r"(?P<y>\d{4})年(?:国民经济和社会发展(?:的)?)?(?:主要任务|重点工作|政府工作任务|重点工作任务)",
     "Major Tasks for {y}"),  # GWR 2022/223, 2021/237
    (r"(?P<y>\d{4})年工作总体部署", "General Work Arrangements for {y}"),  # GWR 2014/169
    (r"(?P<y>\d{4})年工作安排", "Work Arrangements for {y}"),  # after GWR 2014/169
    # a local work report's list of the year's projects for the people (project rendering, as the glossary's 民生实事)
    (r"(?P<y>\d{4})年(?:重点)?(?:民生实事|为民办实事)(?:项目)?", "Practical Projects for People's Wellbeing in {y}"),
    (r"(?P<y>\d{4})年经济社会发展(?:的)?总体要求和政策取向",
     "Overall Requirements and Policy Orientation for Economic and Social Development in {y}"),  # GWR 2022/166
    (r"(?:切实|全面)?加强政府自身建设", "Improving Government"),  # GWR 2015/558
    (r"(?P<y>\d{4})年(?:国民经济和社会发展|经济社会发展|发展)?(?:的)?主要(?:预期)?目标",
     "Main Targets for {y}"),  # after GWR 2020/102
    (r"(?P<y>\d{4})年(?:经济社会发展|发展)?(?:的)?主要(?:预期)?目标(?:和|与|及)(?:重点工作|主要任务|重点任务|工作任务)",
     "Main Targets and Major Tasks for {y}"),  # after GWR 2020/102 and 2022/223
    # the standard parts of a five-year plan's mid-term evaluation (《纲要》 is the outline the report evaluates)
    (r"《纲要》实施(?:的)?总体情况", "Overall Implementation of the Outline"),
    (r"(?:“十[一二三四五]五”)?规划实施(?:的)?总体情况", "Overall Implementation of the Plan"),
    (r"后半期推进《纲要》实施的(?:对策)?建议",
     "Recommendations on Implementing the Outline in the Second Half of the Plan Period"),
    (r"(?P<y>\d{4})年经济工作(?:的)?主要(?:预期)?目标(?:和|与|及)(?:重点工作|主要任务|重点任务|工作任务)",
     "Main Targets and Major Tasks of Economic Work for {y}"),  # a speech at an economic work conference
    (r"(?P<y>\d{4})年(?:经济社会发展|政府)?工作(?:的)?总体要求(?:和|与|及)主要(?:预期)?目标(?:任务)?",
     "Overall Requirements and Main Targets for {y}"),  # after GWR 2022/166 总体要求 "Overall Requirements"
    (r"今后五年(?:工作|政府工作)?(?:的)?总体要求(?:和|与|及)(?:主要)?目标任务",
     "Overall Requirements, Targets and Tasks for the Next Five Years"),  # after GWR 2016/179, 2022/166
    # the parts of a development and reform commission's plan report, after the NDRC's English report to the NPC
    # ("Implementation of the 2024 Plan for National Economic and Social Development"), as the report's title says
    # them (report_titles.py)
    (r"(?P<y>\d{4})年国民经济和社会发展计划(?:的)?执行情况",
     "Implementation of the {y} Plan for National Economic and Social Development"),
    (r"(?P<y>\d{4})年国民经济和社会发展计划(?:草案)?(?:的)?主要任务",
     "Main Tasks of the {y} Plan for National Economic and Social Development"),
    (r"(?P<y>\d{4})年国民经济和社会发展计划草案", "The {y} Draft Plan for National Economic and Social Development"),
    (r"(?P<y>\d{4})年经济社会发展计划(?:的)?执行情况",
     "Implementation of the {y} Plan for Economic and Social Development"),
    (r"(?:[\u4e00-\u9fff]{2,8}[市县区省])?(?P<y>\d{4})年主要(?:经济社会发展)?指标完成情况(?:和|与|及)(?P<z>\d{4})年"
     r"(?:主要)?预期目标", "Results of the Main Indicators in {y} and Targets for {z}"),
    (r"主要城市经济运行情况", "Economic Performance of the Main Cities"),  # a provincial release's last part
    # the parts of a budget report (预算执行情况和预算草案的报告), after the Ministry of Finance's English report to the
    # NPC ("Implementation of the Central and Local Budgets for 2023", "Draft Central and Local Budgets for 2024");
    # 政府性基金 "government-managed funds" GWR 2009/370
    (r"(?P<y>\d{4})年(?:全[市县区州])?(?:财政)?预算(?:的)?执行情况", "Implementation of the Budget for {y}"),
    (r"(?P<y>\d{4})年(?:全[市县区州])?(?:财政)?预算草案", "Draft Budget for {y}"),
    (r"一般公共预算(?:的)?执行情况", "Implementation of the General Public Budget"),
    (r"政府性基金预算(?:的)?执行情况", "Implementation of the Budget for Government-Managed Funds"),
    (r"国有资本经营预算(?:的)?执行情况", "Implementation of the State Capital Operations Budget"),
    (r"社会保险基金预算(?:的)?执行情况", "Implementation of the Social Insurance Fund Budget"),
    (r"政府债务(?:管理)?情况", "Government Debt"),
    (r"落实[省市县区州]?人大(?:及其常委会)?(?:有关)?决议(?:的)?情况",
     "Implementation of the Resolutions of the People's Congress"),
    (r"(?:做好|完成)(?P<y>\d{4})年(?:财政|预算)工作的?主要措施", "Main Measures for Fiscal Work in {y}"),
    # the closing part of an environment bulletin or a department's annual report (project renderings)
    (r"(?P<y>\d{4})年(?:主要)?工作目标", "Objectives for {y}"),
    # the parts of a town's or department's year review and plan (X年工作总结和Y年工作计划, project renderings)
    (r"(?P<y>\d{4})年(?:度)?工作总结", "Review of Work in {y}"),
    (r"(?P<y>\d{4})年(?:度)?工作(?:计划|打算|安排|思路)", "Work Plan for {y}"),
)

# Headings of plans and implementation plans (project renderings, after the State Council's English usage).
PLAN_HEADINGS: dict[str, str] = {
    "总体要求": "General Requirements",
    "指导思想": "Guiding Principles",
    "基本原则": "Basic Principles",
    "主要目标": "Main Targets",
    "工作目标": "Objectives",
    "发展目标": "Development Targets",
    "重点任务": "Key Tasks",
    "主要任务": "Major Tasks",
    "工作任务": "Tasks",
    "保障措施": "Supporting Measures",
    "组织实施": "Implementation",
    "加强组织领导": "Strengthening Organization and Leadership",
    "强化组织领导": "Strengthening Organization and Leadership",
    "强化资金保障": "Ensuring Funding",
    "加强资金保障": "Ensuring Funding",
    "加强督促检查": "Strengthening Supervision and Inspection",
    "强化督促检查": "Strengthening Supervision and Inspection",
    "加强督查考核": "Strengthening Supervision and Evaluation",
    "加强宣传引导": "Strengthening Publicity and Guidance",
    "强化宣传引导": "Strengthening Publicity and Guidance",
    "加强统筹协调": "Strengthening Coordination",
    "强化统筹协调": "Strengthening Coordination",
    "强化政策支持": "Strengthening Policy Support",
    "加强政策支持": "Strengthening Policy Support",
    # 压实 after GWR 2021/375 压实各方责任 "see responsibilities are fulfilled by all the stakeholders"
    "压实工作责任": "Ensuring Responsibilities Are Fulfilled",
    "压实责任": "Ensuring Responsibilities Are Fulfilled",
    "强化监督考评": "Strengthening Oversight and Evaluation",
    "联系方式": "Contact Information",
    "附件": "Annex",
    "工作要求": "Requirements",
    # sections of work summaries and progress reports (工作总结, 情况汇报), project renderings
    "主要指标完成情况": "Progress on the Main Indicators",
    "存在的问题": "Problems",
    "存在问题": "Problems",
    "存在的主要问题": "Main Problems",
    "问题和不足": "Problems and Shortcomings",
    "下一步工作打算": "Plans for the Next Stage",
    "下一步工作计划": "Plans for the Next Stage",
    # a town's review (project renderings; 提速增效 after GWR 2014/230 提质增效 "raise the quality and returns",
    # 持续向好 after GWR 2018/9 "the environment improved")
    "项目建设提速增效": "Faster and More Effective Project Construction",
    "社会治理和平安建设": "Social Governance and Public Safety",
    "生态环境持续向好": "Continued Improvement of the Environment",
    # a town's summary and plan (holdout56; 稳中有进 after GWR 2019/58 "making further progress", the rest project)
    "主要经济指标稳中有进": "Main Economic Indicators Made Further Progress",
    "民生保障更加有力": "Stronger Protection of People's Wellbeing",
    "基层党建全面加强": "Primary-Level Party Building Strengthened Across the Board",
    # parts of a speech at an economic work conference and of notices' funding and evaluation sections (project
    # renderings; 清醒认识 after GWR 2014/151 "keenly aware of the ... difficulties and problems", 提质增效 after
    # GWR 2014/230 "raise the quality and returns")
    "客观看待今年经济运行情况": "Taking an Objective View of This Year's Economic Performance",
    "准确把握明年经济工作的目标任务": "Understanding the Targets and Tasks of Next Year's Economic Work",
    "扎实抓好明年重点工作": "Doing Solid Work on Next Year's Priorities",
    "扎实做好明年经济工作": "Doing Solid Work on the Economy Next Year",
    "清醒认识面临的困难和问题": "Being Keenly Aware of the Difficulties and Problems We Face",
    "加大资金支持": "Increasing Financial Support",
    "强化督导评估": "Strengthening Supervision and Evaluation",
    "落实养护资金": "Ensuring Funding for Maintenance",
    "明确养护目标": "Setting Maintenance Targets",
    "健全管护机制": "Improving the Management and Maintenance Mechanism",
    "设备购置补贴": "Subsidies for Equipment Purchases",
    "运行费用补贴": "Subsidies for Operating Costs",
    "建筑能效提升": "Improving the Energy Efficiency of Buildings",
    "产业发展提质增效": "Raising the Quality and Returns of Industrial Development",
    "壮大镇域经济": "Strengthening Town Economies",
    "提升城市品质": "Improving the Quality of the City",
    "下步打算": "Plans for the Next Stage",
    "下一步打算": "Plans for the Next Stage",
    "主要做法": "Main Measures Taken", "主要特点": "Main Features",  # (an analysis of complaints, P)
    "工作成效": "Results",
    "取得成效": "Results",
    "主要成效": "Main Results",
    "工作开展情况": "Work Done",
    "工作完成情况": "Work Completed",  # (2025年工作完成情况 "Work Completed in 2025")
    # sections of an energy bulletin, an audit results announcement and a statistics bureau's analysis (YB 9 Energy:
    # "Energy Production and Consumption"; GWR 2019/389 重点用能单位 "key energy-consuming entities"; the rest P)
    "能源消费结构": "Energy Consumption Mix",
    "电力消费和生产": "Electricity Consumption and Production",
    "能源生产和供应": "Energy Production and Supply",
    "重点用能单位节能": "Energy Conservation by Key Energy-Consuming Entities",
    "审计评价": "Audit Assessment",
    "审计处理及整改情况": "Audit Handling and Rectification",
    "审计处理和整改情况": "Audit Handling and Rectification",
    "资金筹集和管理使用方面": "Raising, Management and Use of Funds",
    "工程建设和结算方面": "Construction and Settlement of the Works",
    "项目管理方面": "Project Management",
    "需要关注的问题": "Problems Requiring Attention",
    "下一步建议": "Suggestions for the Next Stage",
    "存在的困难和问题": "Difficulties and Problems",
    "困难和问题": "Difficulties and Problems",
    "存在的不足": "Shortcomings",
    "总体目标": "Overall Objectives",
    "强化责任落实": "Ensuring Responsibilities Are Fulfilled",
    "严格督查考核": "Strengthening Supervision and Evaluation",
    "商贸流通": "Commerce and Distribution",
    # a speech's review part (充分肯定成绩，…), project rendering
    "充分肯定成绩": "Fully Recognizing Our Achievements",
    "肯定成绩": "Recognizing Our Achievements",
    # sections of policy interpretations (政策解读), project renderings
    "起草背景": "Background to the Drafting",
    "出台背景": "Background",
    "制定背景": "Background",
    "政策依据": "Policy Basis",
    "制定依据": "Basis for Formulation",
    "主要内容": "Main Contents",
    # (a subsidy's interpretation: who gets it and how much, how to apply, where the money comes from; P)
    "补贴对象和标准": "Eligible Recipients and Subsidy Standards",
    "申领方式": "How to Apply",
    "申领程序": "Application Procedure",
    "重点内容": "Key Contents",
    "重点解读": "Key Points Explained",
    "适用对象": "Eligible Recipients",
    "实施时间": "Effective Date",
    "名词解释": "Terms Explained",
    # sections of notices issuing measures and subsidy policies (project renderings, after the State Council's
    # English of its policy documents: "Policy Measures", "Supporting Measures")
    "支持措施": "Support Measures",
    "政策措施": "Policy Measures",
    "主要措施": "Main Measures",
    "工作措施": "Measures",
    "具体措施": "Specific Measures",
    "资金保障": "Funding",
    # standard sections of notices on construction work (project renderings)
    "资金筹措": "Funding", "质量安全": "Quality and Safety", "工期控制": "Construction Schedule",
    "改造内容": "Scope of Renovation", "建设内容": "Scope of Construction",
    "组织保障": "Organizational Support",
    "补贴对象": "Eligible Recipients",
    "支持对象": "Eligible Recipients",
    "补贴标准": "Subsidy Standards",
    "支持标准": "Support Standards",
    "申报条件": "Eligibility",
    "申报程序": "Application Procedure",
    "申报流程": "Application Procedure",
    "申报材料": "Application Materials",
    "实施期限": "Period of Implementation",
    "监督管理": "Supervision and Management",
    "加强监督管理": "Strengthening Supervision and Management",
    "强化用地保障": "Ensuring Land Supply",
    "强化要素保障": "Ensuring the Provision of Factors of Production",  # GWR 2022/386 "ensure the provision of ..."
    "加强要素保障": "Ensuring the Provision of Factors of Production",
    "加强用地保障": "Ensuring Land Supply",
    "强化监督管理": "Strengthening Supervision and Management",
    "其他": "Other Provisions",
    "其他事项": "Other Matters",
    # items of a notice of traffic control (project renderings)
    "工程概况": "Overview of the Project", "管制时间": "Time of the Control", "管制路段": "Road Sections under Control",
    "管制范围": "Scope of the Control", "管制措施": "Control Measures", "绕行线路": "Detour Routes",
    "绕行路线": "Detour Routes", "主要业务数据": "Main Statistics",
    "工作机制": "Working Mechanisms",
    "职责分工和进度安排": "Division of Responsibilities and Timetable",
    "实施步骤": "Implementation Steps",
    "职责分工": "Division of Responsibilities",
    "进度安排": "Timetable",
    "适用范围": "Scope of Application",
    # chapters of measures and regulations (the NPC's English for laws: General Provisions, Supplementary Provisions,
    # Legal Liability)
    "基本情况": "Background",
    "发展基础": "Foundations for Development",
    "应对气候变化": "Responding to Climate Change",  # GWR 2022/105 应对气候变化 "respond to climate change"
    # chapters of local ecology and environment bulletins (project renderings after the Ministry of Ecology and
    # Environment's English bulletin: "Atmospheric Environment", "Acoustic Environment", "Natural Ecology")
    "环境空气": "Ambient Air",
    "大气环境": "Atmospheric Environment",
    "水环境": "Water Environment",
    "土壤环境": "Soil Environment",
    "声环境": "Acoustic Environment",
    "自然生态": "Natural Ecology",
    "生态保护": "Ecological Protection",
    "污染减排": "Pollutant Emission Reduction",
    "环境监管": "Environmental Supervision",
    "环境执法": "Environmental Law Enforcement",
    "综述": "Overview",  # a bulletin's opening summary
    "总则": "General Provisions",
    "附则": "Supplementary Provisions",
    "法律责任": "Legal Liability",
}

# Genre words closing a "<issuer>关于<subject>的<genre>" title, and their English (State Council English usage).
ABOUT_GENRES: dict[str, str] = {
    "通知": "Notice", "意见": "Opinions", "实施意见": "Implementation Opinions", "指导意见": "Guiding Opinions",
    "决定": "Decision", "公告": "Announcement", "通告": "Public Notice", "批复": "Official Reply", "报告": "Report",
    "通报": "Circular", "函": "Letter", "规定": "Provisions", "若干措施": "Measures",
    "综合报告": "Comprehensive Report", "公示": "Public Notice",  # (project renderings)
    "审计工作报告": "Audit Work Report",  # (关于2024年度县级预算执行和其他财政收支的审计工作报告: project rendering)
    "督查通报": "Inspection Bulletin",  # (an inspection office's report on what it inspected: project rendering)
    "紧急通知": "Urgent Notice",  # (关于切实做好当前强降雨防范应对工作的紧急通知: project rendering)
    "分析报告": "Analysis Report",  # (关于2025年前三季度消费者投诉举报情况的分析报告: project rendering)
}
# Verbs of "<issuer>关于<verb><X>的<genre>" where X is a document title.
DOC_VERBS: dict[str, str] = {"印发": "Issuing", "转发": "Forwarding", "公布": "Publishing", "发布": "Issuing",
                             "下达": "Issuing", "提前下达": "Issuing in Advance"}  # 下达…投资计划: a plan handed down
# to the units (project rendering); funds handed down are allocated (title_batches.py)
# Kinds closing a "<region><subject><kind>" title: (English, frame) where the frame places the subject.
KIND_FRAMES: dict[str, str] = {
    "实施方案": "Implementation Plan for {x}", "工作方案": "Work Plan for {x}", "行动方案": "Action Plan for {x}",
    "行动计划": "Action Plan for {x}", "发展规划": "Development Plan for {x}", "规划": "Plan for {x}",
    "管理办法": "Measures for the Administration of {x}",
    "监督管理办法": "Measures for the Supervision and Administration of {x}", "实施计划": "Implementation Plan for {x}",
    "暂行办法": "Interim Measures for {x}",
    "实施办法": "Measures for the Implementation of {x}", "办法": "Measures for {x}",
    "实施细则": "Detailed Rules for the Implementation of {x}", "工作要点": "Key Points of Work on {x}",
    "主要指标": "Main Indicators of {x}", "若干措施": "Measures on {x}", "若干政策措施": "Policy Measures on {x}",
    # local regulations and rules (the State Council's English titles: 条例 "Regulations on", 规定 "Provisions on",
    # 乡村振兴促进法 "Law on Promoting Rural Revitalization"), emergency response plans (国家防汛抗旱应急预案
    # "National Emergency Response Plan for Flood Control and Drought Relief"), lists and investment plans handed
    # down (project renderings)
    "条例": "Regulations on {x}", "管理条例": "Regulations on the Administration of {x}",
    "促进条例": "Regulations on Promoting {x}", "规定": "Provisions on {x}",
    "管理规定": "Provisions on the Administration of {x}", "应急预案": "Emergency Response Plan for {x}",
    # 国家突发公共事件总体应急预案: the State Council's "Overall Emergency Response Plan" (project rendering)
    "总体应急预案": "Overall Emergency Response Plan for {x}",
    "专项应急预案": "Special Emergency Response Plan for {x}", "名单": "List of {x}",
    "投资计划": "Investment Plan for {x}",
    # a land sale's announcement (国有建设用地使用权挂牌出让公告; the Ministry of Natural Resources' "listing" and
    # "auction" of land use rights, project renderings) and a decision on an administrative penalty (行政处罚决定书,
    # as the Administrative Penalty Law's "decision on administrative penalty"; P)
    "挂牌出让公告": "Announcement on the Listing for Sale of {x}", "拍卖出让公告": "Announcement on the Auction of {x}",
    "行政处罚决定书": "Decision on Administrative Penalty",
    # plans with a fixed name, no subject (青山市国土空间总体规划（2021—2035年）): "Qingshan Territorial Spatial Master
    # Plan (2021-2035)", as the cities' own English (Beijing Urban Master Plan 2016-2035); project renderings
    "国土空间总体规划": "Territorial Spatial Master Plan", "国土空间规划": "Territorial Spatial Plan",
    "城市总体规划": "Urban Master Plan",
    # the yearly plan of a government (the NDRC's "Plan for National Economic and Social Development", as the
    # plan reports' titles in report_titles.py), plans handed down (project renderings)
    "国民经济和社会发展计划": "Plan for National Economic and Social Development",
    "建设计划": "Construction Plan for {x}", "改造计划": "Renovation Plan for {x}",
    # special plans, rules, guides and lists of a field (project renderings after "Detailed Rules for the
    # Implementation of", issue 12)
    "专项规划": "Special Plan for {x}", "细则": "Detailed Rules for {x}",
    "管理细则": "Detailed Rules for the Administration of {x}", "服务指南": "Service Guide for {x}",
    "清单": "List of {x}",
    # a yearly plan of projects handed down (碧岑市2026年市级重点建设项目计划: "Bicen Plan for Municipal Key
    # Construction Projects in 2026") and its table (计划表); project renderings as 投资计划 above
    "计划": "Plan for {x}", "计划表": "Table of the Plan for {x}",
    # a government's order on a season's ban or prevention (森林防火命令, 禁渔令, 禁火令: project renderings after the
    # State Council's "Order of the State Council"; the issuer named by the frame's region)
    "命令": "Order on {x}", "令": "Order on {x}",
}
# An edition note after a list or catalogue: （2025年版） " (2025 Edition)" (project rendering).
EDITION_NOTE_RE = re.compile(r"[（(](?P<y>\d{4})年版[）)]$")
# Verbs whose object is a body or zone named in full (同意设立白河县经济开发区 "Approving the Establishment of the
# Baihe County Economic Development Zone", 成立…指挥部 "Establishing the ... Headquarters"); project renderings.
NAMING_VERBS = ("同意设立", "成立", "设立", "同意成立")
# Speakers named by their office (县委书记在…上的讲话): "Speech by the Secretary of the County Party Committee";
# the heads of government are bylines.OFFICES ("Mayor"). Project renderings after "CPC ... Committee" (names.py).
SPEAKER_OFFICES = {"县委书记": "Secretary of the County Party Committee",
                   "市委书记": "Secretary of the Municipal Party Committee",
                   "区委书记": "Secretary of the District Party Committee",
                   "州委书记": "Secretary of the Prefectural Party Committee",
                   "省委书记": "Secretary of the Provincial Party Committee"}
# Meetings with a fixed name, by scope: 全县三级干部大会 (county, township and village officials); project renderings.
FIXED_MEETINGS = {"三级干部大会": {"全县": "Conference of County, Township and Village Officials",
                                 "全市": "Conference of City, County and Township Officials",
                                 "": "Conference of Officials at Three Levels"}}
# A revision note after a title: （2025年修订） " (Revised in 2025)", （修订） " (Revised)" (project rendering).
REVISION_NOTE_RE = re.compile(r"[（(](?:(?P<y>\d{4})年)?修订(?:版)?[）)]$")
DRAFT_NOTES = {"（征求意见稿）": " (Draft for Comment)", "(征求意见稿)": " (Draft for Comment)",
               "（试行）": " (Trial)", "(试行)": " (Trial)", "（暂行）": " (Interim)"}
MEETING_KINDS: dict[str, str] = {
    "工作会议": "Work Conference", "大会": "Conference", "会议": "Meeting", "推进会": "Promotion Meeting",
    "动员大会": "Mobilization Conference", "座谈会": "Symposium", "全体会议": "Plenary Meeting",
    "常务会议": "Executive Meeting", "工作会": "Work Meeting", "新闻发布会": "Press Conference",
}
# Topics of "<topic>工作会议" named like the central conferences (中央经济工作会议 Central Economic Work Conference,
# GWR 2022/52; 中央农村工作会议 Central Rural Work Conference; 中央城市工作会议 Central Urban Work Conference).
MEETING_TOPICS = {"经济": "Economic", "农村": "Rural", "城市": "Urban", "安全生产": "Work Safety",
                  "防汛抗旱": "Flood Control and Drought Relief", "招商引资": "Investment Promotion",
                  "防汛": "Flood Control", "秋冬农业生产": "Autumn and Winter Agricultural Production"}
# (防汛 as the glossary's "flood control", 秋冬农业生产: project renderings)
# Verbs opening the subject of a title, as gerunds (the State Council's English titles: "Opinions on Comprehensively
# Advancing Rural Revitalization ..."); the object after them must be a glossary phrase.
SUBJECT_VERBS = {
    "全面推进": "Comprehensively Advancing", "加快推进": "Accelerating", "深入推进": "Further Advancing",
    "扎实推进": "Solidly Advancing", "大力推进": "Vigorously Advancing", "进一步加强": "Further Strengthening",
    "进一步做好": "Doing Better Work on", "进一步推进": "Further Advancing", "切实加强": "Effectively Strengthening",
    "切实做好": "Effectively Carrying Out",  # (GWR 2010/584 切实做好…工作 "do a good job in our work"; P)
    "全面加强": "Comprehensively Strengthening", "加强": "Strengthening", "推进": "Advancing", "推动": "Promoting",
    "促进": "Promoting", "支持": "Supporting", "实施": "Implementing", "开展": "Carrying Out", "深化": "Deepening",
    "完善": "Improving", "建立健全": "Establishing and Improving", "健全": "Improving", "加快": "Accelerating",
    "做好": "Doing a Good Job of", "优化": "Improving", "全面实行": "Fully Implementing",
    "全面推行": "Fully Implementing",
    # verbs of work-report and plan headings (GWR 2022/236 扩大有效投资 "expand effective investment", 2021/215
    # 增进民生福祉 "Improving people's wellbeing", 2022/256 拓宽就业渠道 "broaden the employment channels")
    "扩大": "Expanding", "增进": "Improving", "持续增进": "Continuously Improving", "拓宽": "Broadening",
    "强化": "Strengthening", "提升": "Improving", "加大": "Increasing",
    "壮大": "Expanding",  # GWR 2022/431 壮大县域经济 "expand county economies"
    # GWR 2021/156 准确把握 "have an accurate understanding of", 2021/15 稳住 "kept ... stable", 2021/527 加快补齐…短板
    # "work quickly to improve"; 明确 "Clarifying", 严格执行 "Strictly Implementing": project renderings
    "明确": "Clarifying", "严格执行": "Strictly Implementing", "准确把握": "Accurately Understanding",
    "全力稳住": "Making Every Effort to Stabilize", "稳住": "Stabilizing", "加快补齐": "Moving Quickly to Shore Up",
    "补齐": "Shoring Up",
    # 抓 (抓产业发展, a town's list of what it works on) "Focusing on" (project rendering; 抓好 below)
    "抓": "Focusing on",
    # verbs of decisions (表彰 "commend", GWR 2018/205 "commended"; 废止 "Repealing", 修改 "Amending": the State
    # Council's decisions 关于废止和修改部分行政法规的决定 "Decision on Repealing and Amending Certain Administrative
    # Regulations")
    "同意设立": "Approving the Establishment of", "同意成立": "Approving the Establishment of",
    "成立": "Establishing", "设立": "Establishing",
    "表彰": "Commending", "废止": "Repealing", "修改": "Amending", "废止和修改": "Repealing and Amending",
    # GWR headings: 2022/483 切实保障和改善民生 "Ensuring and improving the people's wellbeing", 2020/193 稳定和扩大
    # 就业 "stabilize and expand employment", 2022/422 巩固拓展 "consolidate and build on", 2022/106 加快发展社会事业
    # "accelerated development of social programs", 2022/342 深入实施 "Further implementing", 2022/459 持续改善生态
    # 环境 "Continuing to Improve the Environment", 2021/129 持续优化 "continuously improved"; 发展 "Developing"
    "保障和改善": "Ensuring and Improving", "稳定和扩大": "Stabilizing and Expanding",
    "巩固拓展": "Consolidating and Building on", "加快发展": "Accelerating the Development of",
    "深入实施": "Further Implementing", "持续改善": "Continuing to Improve", "持续优化": "Continuing to Improve",
    "发展": "Developing",
    # GWR 2022/373 培育 "foster (new forms and models of consumer spending)", 2020/193 稳定 "stabilize",
    # 2022/281 提振 "boost"; 激发 "Stimulating" is a project rendering (GWR 2022/206 "energize")
    "打造": "Creating",  # GWR 2022/317 打造…营商环境 "creating a ... business environment"
    "聚焦": "Focusing on", "聚力": "Focusing on",  # project renderings (GWR 2022/332 has 聚焦 only in a long clause)
    # GWR 2021/421 改善消费环境 "improve ... the environment for consumption"; 丰富: project rendering
    "改善": "Improving", "丰富": "Enriching",
    "调整": "Adjusting",  # GWR 2018/599 合理调整社会最低工资标准 "Minimum wages should be appropriately adjusted"
    "规范": "Regulating",  # GWR 2021/536 "keep off-campus training well-regulated" (project rendering)
    # verbs of public notices (通告): 划定 "Designating" (zones), 禁止 "Prohibiting" (project renderings)
    "划定": "Designating", "禁止": "Prohibiting", "全面禁止": "Completely Prohibiting",
    "培育": "Fostering", "稳定": "Stabilizing", "提振": "Boosting", "激发": "Stimulating",
    "严格": "Strictly Enforcing",  # 严格考核问责, 严格耕地保护 (project rendering)
    "深入打好": "Making Solid Gains in",  # GWR 2022/463 深入打好污染防治攻坚战 "make solid gains in the battle ..."
    # GWR 2022/399 建设 "build" (a beautiful countryside), 2022/279 增强 "enhance" ("Strengthening": project rendering)
    "建设": "Building", "增强": "Strengthening", "进一步增强": "Further Strengthening",
    # a town's task headings: GWR 2009/321 做强 "make ... stronger", 2008/345 抓好 "concentrate on" (headings: project
    # renderings in that wording)
    "做强": "Strengthening", "抓好": "Concentrating on",
    # GWR 2022/483 保障和改善民生 "Ensuring and improving"; 2022/547 关爱服务 "supporting and caring for"; 守护
    # "Safeguarding" a project rendering
    "保障": "Ensuring", "全力保障": "Making Every Effort to Ensure", "关爱": "Caring for", "守护": "Safeguarding",
}
SUBJECT_VERBS_ORDER = sorted(SUBJECT_VERBS, key=len, reverse=True)
# Verbs that open a second clause of a subject written without "和" (深化“放管服”改革优化营商环境 "Deepening ... and
# Improving the Business Environment"); verbs that are also nouns (建设, 发展) are not among them.
CLAUSE_VERBS = ("优化", "提升", "推动", "促进", "加强", "完善", "深化", "推进", "扩大", "激发", "增强", "强化", "健全",
                "加快", "打造", "培育", "稳定")
# Adverbs before a verb of ``SUBJECT_VERBS`` (积极扩大有效投资 "Actively Expanding Effective Investment"), as in the
# verbs above (大力推进 "Vigorously Advancing", 切实加强 "Effectively Strengthening"); project renderings.
SUBJECT_ADVERBS = {"积极": "Actively", "大力": "Vigorously", "切实": "Effectively", "扎实": "Solidly",
                   "全面": "Comprehensively", "深入": "Further", "进一步": "Further",
                   "持续": "Continuously", "不断": "Continuously", "严格": "Strictly"}
# Clauses of one heading (推进城市更新，提升城市品质): each rendered alone, then joined with "and" (GWR 2021/215).
CLAUSE_SEPARATORS = re.compile(r"[，,；;]")
# Action nouns after their object in a subject (农村公路养护管理 -> "the maintenance and management of rural roads"):
# the English puts the action first, its object after "of" (project rendering).
SUBJECT_ACTIONS = {"养护管理": "maintenance and management", "监督管理": "supervision and administration",
                   "管理": "management", "养护": "maintenance", "保护": "protection", "改革": "reform",
                   "建设": "development", "发展": "development",
                   # (…人大代表建议和政协委员提案办理情况: the handling of suggestions and proposals, GWR 2021/78
                   # "handle the suggestions and proposals")
                   "办理": "handling"}
# 发展 is an action only of what develops: an economy, a sector, an industry (GWR 2008/398 促进农业发展 "promoting
# development of agriculture"); 乡村振兴发展 is not "the development of rural revitalization".
DEVELOPING = ("economy", "economies", "sector", "sectors", "industry", "industries", "enterprises", "businesses",
              "manufacturing", "agriculture", "tourism", "services", "trade", "trades", "e-commerce")
# Institutions after their object (城市更新长效机制): GWR 2021/190 长效机制 "long-term mechanism for ...", 2021/375
# 工作机制 "the mechanism for ...", 2022/547 体系 "the system for ...".
INSTITUTIONS = (("长效机制", "the long-term mechanism for {x}"), ("工作机制", "the mechanism for {x}"),
                ("机制", "the mechanism for {x}"), ("体系", "the system for {x}"))
# 建设 is an action only after a thing that is built (体系, 设施, 平台 ...): 城乡社区服务体系建设 "the development of
# the service system for urban and rural communities" (project rendering; GWR renders 体系建设 with "build"/"develop").
BUILT_OBJECTS = ("体系", "系统", "设施", "网络", "平台", "队伍", "工程", "基地", "园区", "中心", "示范区",
                 "城市", "学校", "高中")  # GWR 2017/398 海绵城市建设 "the development of sponge cities"
# Levels of government before a list or title (第二批市级… "Second Batch of the Municipal ..."), project rendering.
LEVELS = {"国家级": "National", "省级": "Provincial", "市级": "Municipal", "州级": "Prefectural", "县级": "County",
          "区级": "District"}
SMALL_WORDS = {"a", "an", "the", "and", "or", "nor", "of", "in", "on", "for", "to", "with", "by", "at", "from", "as",
               "about", "between", "into"}
SCOPES = {"全市": "Citywide", "全县": "Countywide", "全区": "Districtwide", "全省": "Provincewide",
          "全州": "Prefecture-wide"}
SESSION_WORDS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh"}
COUNT_NOUNS = ("system", "mechanism", "strategy", "plan", "program", "project", "policy", "campaign", "initiative",
               "action", "pilot", "model", "environment", "fight", "battle", "economy", "sector", "market",
               "structure")
# Labels of the contact lines closing a notice or a consultation (联系人：周敏), project renderings.
CONTACT_LABELS = {"联系人": "Contact", "联系电话": "Tel.", "电话": "Tel.", "咨询电话": "Tel.", "传真": "Fax",
                  "电子邮箱": "Email", "电子邮件": "Email", "邮箱": "Email", "邮编": "Postcode", "邮政编码": "Postcode",
                  # a form's or a decision's people (单位负责人：…, 填报人：…, 法定代表人：…; P)
                  "单位负责人": "Head of unit", "负责人": "Person in charge", "审核人": "Reviewed by",
                  "填报人": "Prepared by", "填表人": "Prepared by", "法定代表人": "Legal representative"}
# the labels above whose value is a person's name
PERSON_LABELS = frozenset({"Contact", "Head of unit", "Person in charge", "Reviewed by", "Prepared by",
                           "Legal representative"})
