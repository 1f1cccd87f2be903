"""Section headings that genres publish from a national template, the unit line above a table, and a standard
heading led by its year (issue 12, item 4). Project renderings (P) unless cited:

- the housing provident fund's annual report (the Ministry of Housing and Urban-Rural Development's template, every
  city: 一、机构概况 二、业务运行情况 三、主要财务数据 四、资产风险状况 五、社会经济效益 六、其他重要事项);
- the medical security statistics bulletin (the National Healthcare Security Administration's template: 参保情况,
  基金运行情况, 待遇享受情况, 医药服务管理情况, 公共服务情况);
- the people's congress law-enforcement inspection report (成效, 存在的主要问题, 意见和建议);
- a price release (NBS: "year-on-year", "month-on-month", "industrial producer prices"), a debt disclosure, an
  education bulletin (办学条件);
- ``单位：亿元`` -> "Unit: CNY 100 million" (the NBS yearbook's "100 million yuan", in the site's currency style);
- ``2024年末政府债务余额情况`` -> "Outstanding Government Debt at the End of 2024", ``2025年政府债券计划`` ->
  "Government Bond Plan for 2025": the year, then the heading the renderer gives the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .titles import TitleRenderer

GENRE_HEADINGS: dict[str, str] = {
    # a postal administration's monthly report on the industry (the State Post Bureau's releases: the industry as a
    # whole, postal delivery services, express delivery (GWR 2022/377), universal service, complaints), and the closing
    # sections of a statistics bureau's quarterly release (全年预计)
    "行业总体情况": "The Industry Overall", "邮政寄递服务业务": "Postal Delivery Services",
    "邮政寄递服务": "Postal Delivery Services", "快递业务": "Express Delivery",
    "邮政普遍服务": "Universal Postal Service",
    "消费者申诉处理": "Handling of Consumer Complaints", "全年目标和下一步工作": "Targets for the Year and Next Steps",
    "全年预计": "Full-Year Estimates",
    # housing provident fund annual reports
    "机构概况": "Overview of Institutions", "业务运行情况": "Business Operations",
    "主要财务数据": "Main Financial Data", "资产风险状况": "Asset Risks",
    "社会经济效益": "Social and Economic Benefits", "其他重要事项": "Other Important Matters",
    "缴存": "Contributions", "提取": "Withdrawals", "贷款": "Loans", "资金存储": "Deposits of Funds",
    "业务收支情况": "Business Income and Expenditure", "增值收益及分配情况": "Value-Added Income and Its Distribution",
    # medical security statistics bulletins
    "基本医疗保险参保情况": "Enrollment in Basic Medical Insurance",
    "基本医疗保险基金运行情况": "Operation of the Basic Medical Insurance Funds",
    "医疗保障待遇享受情况": "Medical Security Benefits Received",
    "医药服务管理情况": "Management of Medical Services and Medicines",
    "医疗保障公共服务情况": "Public Services of Medical Security",
    # law-enforcement inspection reports
    "法律实施取得的主要成效": "Main Results of the Law's Implementation",
    "法律实施中存在的主要问题": "Main Problems in the Law's Implementation", "意见和建议": "Opinions and Suggestions",
    "几点建议": "Suggestions",
    # price releases (NBS wording)
    "各类商品及服务价格同比变动情况": "Year-on-Year Changes in the Prices of Goods and Services by Category",
    "各类商品及服务价格环比变动情况": "Month-on-Month Changes in the Prices of Goods and Services by Category",
    "工业生产者价格变动情况": "Changes in Industrial Producer Prices",
    # government debt disclosures
    "政府债券发行及还本付息情况": "Issuance of Government Bonds and Payment of Principal and Interest",
    "政府债券计划": "Government Bond Plan", "政府债务风险管控": "Government Debt Risk Control",
    "新增专项债券资金使用情况": "Use of Funds from New Special-Purpose Bonds",
    "政府债务情况表": "Government Debt Table",
    # education bulletins
    "办学条件": "Conditions for Running Schools", "中等职业教育": "Secondary Vocational Education",
    # climate bulletins (the China Meteorological Administration's template)
    "气候概况": "Climate Overview", "主要气候特征": "Main Climate Characteristics",
    "季节特征": "Seasonal Characteristics",
    "主要气象灾害": "Major Meteorological Disasters", "暴雨洪涝": "Rainstorms and Floods", "干旱": "Drought",
    "冰雹": "Hail", "寒潮和大风": "Cold Waves and Gales", "高温": "Heat Waves", "台风": "Typhoons",
    "气候对社会经济的影响": "Impacts of the Climate on Society and the Economy",
    # land expropriation compensation and resettlement plans (Land Administration Law, Art. 47-48, NPC English:
    # "compensation for ... attachments to the land and young crops")
    "征收范围": "Scope of Expropriation", "土地补偿标准": "Land Compensation Standards",
    "地上附着物和青苗补偿标准": "Compensation Standards for Attachments to the Land and Young Crops",
    "安置方式和社会保障": "Resettlement and Social Security", "听证和登记": "Hearings and Registration",
    "公告期限": "Announcement Period",
    # departmental budget statements (the Ministry of Finance's template for disclosed budgets)
    "部门基本情况": "Basic Information on the Department", "收支预算总体情况": "Overall Revenue and Expenditure Budget",
    "收入预算情况": "Revenue Budget", "支出预算情况": "Expenditure Budget",
    "财政拨款收支预算总体情况": "Overall Budget of Revenue and Expenditure from Fiscal Appropriations",
    "一般公共预算支出情况": "General Public Budget Expenditure",
    "政府性基金预算支出情况": "Government-Managed Fund Budget Expenditure",
    "机关运行经费支出情况": "Operating Expenses of Government Bodies", "政府采购情况": "Government Procurement",
    "国有资产占用情况": "State-Owned Assets in Use", "绩效目标设置情况": "Performance Targets Set",
    "名词解释": "Explanation of Terms",
    # departmental final accounts (the Ministry of Finance's template for disclosed final accounts; "final accounts",
    # GWR 2017/317; "spending on official overseas visits, official vehicles, and official hospitality", GWR 2019/309)
    "部门概况": "Overview of the Department", "主要职能": "Main Functions",
    "部门决算单位构成": "Units Covered by the Final Accounts",
    "收入支出决算总体情况说明": "Overall Revenue and Expenditure in the Final Accounts",
    "收入决算情况说明": "Revenue in the Final Accounts",
    "支出决算情况说明": "Expenditure in the Final Accounts",
    "部门决算情况说明": "Explanation of the Department's Final Accounts",
    "财政拨款收入支出决算总体情况说明":
        "Overall Revenue and Expenditure of Fiscal Appropriations in the Final Accounts",
    "一般公共预算财政拨款支出决算情况说明":
        "Expenditure of Appropriations from the General Public Budget in the Final Accounts",
    "一般公共预算财政拨款基本支出决算情况说明":
        "Basic Regular Expenditures of Appropriations from the General Public Budget in the Final Accounts",
    "一般公共预算财政拨款“三公”经费支出决算情况说明":
        "Spending on Official Overseas Visits, Official Vehicles, and Official Hospitality in the Final Accounts",
    "机关运行经费支出说明": "Operating Expenses of Government Offices", "政府采购支出说明": "Government Procurement",
    "国有资产占用情况说明": "State-Owned Assets in Use", "预算绩效管理情况说明": "Budget Performance Management",
    "总体情况": "Overview", "结构情况": "Structure", "具体情况": "Details",
    "附件（部门决算公开表）": "Annex (Tables of the Final Accounts)",
    # water resources bulletins (the Ministry of Water Resources' template)
    "降水量": "Precipitation", "地表水资源量": "Surface Water Resources", "地下水资源量": "Groundwater Resources",
    "水资源总量": "Total Water Resources", "蓄水动态": "Changes in Water Storage", "供水量": "Water Supply",
    "用水量": "Water Use", "用水指标": "Water Use Indicators", "水资源管理": "Water Resources Management",
    # national physical fitness monitoring bulletins (the General Administration of Sport's template; P)
    "监测概况": "Overview of the Monitoring", "幼儿体质状况": "Physical Fitness of Preschool Children",
    "成年人体质状况": "Physical Fitness of Adults", "老年人体质状况": "Physical Fitness of the Elderly",
    "主要结论与建议": "Main Conclusions and Recommendations",
    # culture and tourism statistical bulletins (公共文化服务/文化和旅游发展统计公报: public libraries YB 23-23, museums
    # YB 23-28, radio and television YB 23-12, cultural relics YB 23-25, intangible cultural heritage GWR 2022/538;
    # the rest P)
    "公共文化机构": "Public Cultural Institutions", "公共图书馆": "Public Libraries", "群众文化": "Public Culture",
    "博物馆": "Museums", "艺术表演": "Performing Arts", "美术馆和文物保护": "Art Galleries and Cultural Relics",
    "广播电视": "Radio and Television", "非物质文化遗产保护": "Protection of Intangible Cultural Heritage",
    "文化事业经费投入": "Funding for Cultural Programs",
    # public recruitment announcements
    "招聘岗位及人数": "Posts and Numbers of Recruits", "招聘条件": "Eligibility",
    "招聘范围和条件": "Scope and Eligibility",
    "报名和资格初审": "Application and Preliminary Eligibility Review", "考试": "Examinations",
    "体检、考察、公示和聘用": "Physical Examination, Assessment, Public Notice and Appointment",
    "咨询和监督": "Enquiries and Supervision",
    # elderly services statistical bulletins (老龄事业发展统计公报; 养老服务体系 after GWR 2022/521 "elderly care
    # services")
    "老年人口状况": "The Elderly Population", "养老服务体系": "The Elderly Care System",
    "老年社会保障": "Social Security for the Elderly", "老年健康服务": "Health Services for the Elderly",
    "老年文化和权益保障": "Culture and the Protection of the Rights of the Elderly",
    # grain output announcements (the NBS's template; 播种面积 "grain acreage", 单产 "per unit crop yield" GWR 2021/451)
    "全市粮食播种面积、单产和总产量": "Grain Acreage, Per Unit Yield and Total Output of the City",
    "粮食播种面积、单产和总产量": "Grain Acreage, Per Unit Yield and Total Output",
    "分季节粮食产量": "Grain Output by Season", "分品种粮食产量": "Grain Output by Crop",
    # transport statistics bulletins
    "旅客运输": "Passenger Transport", "货物运输": "Freight Transport", "港口生产": "Port Operations",
    "民航运输": "Civil Aviation", "城市客运": "Urban Passenger Transport",
    # minimum wage notices (the Ministry of Human Resources and Social Security's Provisions on Minimum Wages)
    "调整后的最低工资标准": "Adjusted Minimum Wages", "最低工资的构成": "What the Minimum Wage Includes",
    "有关要求": "Requirements", "执行时间": "Effective Date", "实施时间": "Effective Date",
    # residents' basic medical insurance notices (the National Healthcare Security Administration's yearly notice)
    "筹资标准": "Contribution Standards", "参保缴费时间": "Enrollment and Contribution Period",
    "住院待遇": "Inpatient Benefits", "门诊待遇": "Outpatient Benefits",
    "大病保险待遇": "Critical Illness Insurance Benefits",
    # the report on the management of state-owned assets to the people's congress standing committee (the central
    # template of 2017: four kinds of assets)
    "国有资产总体情况": "Overview of State-Owned Assets",
    "企业国有资产（不含金融企业）": "State-Owned Assets of Enterprises (Excluding Financial Enterprises)",
    "企业国有资产": "State-Owned Assets of Enterprises",
    "金融企业国有资产": "State-Owned Assets of Financial Enterprises",
    "行政事业性国有资产": "State-Owned Assets of Administrative and Public Institutions",
    "国有自然资源资产": "State-Owned Natural Resource Assets",
    "国有资产管理工作开展情况": "Management of State-Owned Assets",
    # a year's programme reported, a plan's frame
    "项目完成情况": "Completion of the Projects", "总体要求和主要目标": "General Requirements and Main Targets",
    "总体要求": "General Requirements", "主要目标": "Main Targets",
    # a territorial spatial master plan published before approval (the natural resources ministry's template of the
    # 批前公示: period, scope, positioning, control lines, pattern, how to comment)
    "公示时间": "Publicity Period", "规划范围与期限": "Planning Area and Period",
    "规划范围和期限": "Planning Area and Period",
    "发展定位与目标": "Development Positioning and Goals", "发展定位和目标": "Development Positioning and Goals",
    "统筹划定三条控制线": "Delimiting the Three Control Lines",
    "国土空间开发保护格局": "Pattern of Territorial Space Development and Protection",
    "意见反馈方式": "How to Submit Comments",
    # a women's development programme's fields (the eight fields of the national programme 2021-2030) and the problems
    # a monitoring report closes with
    "妇女与健康": "Women and Health", "妇女与教育": "Women and Education", "妇女与经济": "Women and the Economy",
    "妇女参与决策和管理": "Women in Decision-Making and Management", "妇女与社会保障": "Women and Social Security",
    "妇女与家庭建设": "Women and Family Building", "妇女与环境": "Women and the Environment",
    "妇女与法治": "Women and the Rule of Law",
    "存在的问题和下一步工作": "Problems and Next Steps",
    # government procurement tender announcements (the Ministry of Finance's format specification of 2020 for
    # procurement notices: every open tender publishes these sections)
    "项目概况": "Project Overview", "项目基本情况": "Basic Information on the Project",
    "申请人的资格要求": "Qualification Requirements for Applicants", "获取招标文件": "Obtaining the Tender Documents",
    "提交投标文件截止时间、开标时间和地点": "Deadline for Bids, and Time and Place of Bid Opening",
    "其他补充事宜": "Other Supplementary Matters", "采购需求一览表": "Procurement Requirements",
    "对本次招标提出询问，请按以下方式联系": "Contacts for Enquiries about This Tender",
    # listing announcements of state-owned construction land use rights (the Ministry of Natural Resources' rules for
    # tender, auction and listing sales; 竞买保证金 "bid deposit" as in the metric vocabulary)
    "挂牌出让地块的基本情况和规划指标要求": "Basic Information and Planning Requirements of the Parcels Listed",
    "起始价、竞买保证金和增价幅度": "Starting Price, Bid Deposit and Bid Increment",
    "竞买人资格": "Eligibility of Bidders", "竞买申请人资格": "Eligibility of Bidders",
    "报名和竞买保证金": "Registration and Bid Deposit", "挂牌时间及地点": "Time and Place of Listing",
    "挂牌时间和地点": "Time and Place of Listing", "确定竞得人的原则": "How the Winning Bidder Is Determined",
    # the second publicity of an environmental impact assessment (the Measures for Public Participation in
    # Environmental Impact Assessment, 2018)
    "建设项目概况": "Overview of the Construction Project",
    "主要环境影响及拟采取的环保措施": "Main Environmental Impacts and Proposed Protection Measures",
    "征求意见的公众范围": "Scope of the Public Consulted",
    "公众提出意见的方式和途径": "How the Public May Submit Comments", "公示期限": "Publicity Period",
    # notices allocating transfer funds (the sections every such notice of a finance department carries)
    "资金分配情况": "Allocation of the Funds", "资金使用要求": "Requirements for the Use of the Funds",
    "资金管理要求": "Requirements for the Management of the Funds", "加快支出进度": "Speeding Up Spending",
    "做好绩效管理": "Performance Management", "加强绩效管理": "Strengthening Performance Management",
    "加强资金监管": "Strengthening Oversight of the Funds",
    # village accounts made public (the quarterly statement of the village committee) and a weekly forecast
    "财务收支情况表": "Statement of Revenue and Expenditure",
    "本期主要支出明细": "Main Expenditures of the Period", "后市预测": "Market Outlook",
    "下周空气质量预测": "Air Quality Forecast for the Coming Week",
    # production safety accident investigation reports (the sections the Regulations on the Reporting, Investigation
    # and Handling of Production Safety Accidents, art. 30, require of every report: P)
    "事故基本情况": "Basic Facts of the Accident",
    "事故发生单位概况": "Overview of the Entity Where the Accident Occurred",
    "事故发生经过和救援情况": "How the Accident Happened and the Rescue",
    "事故发生经过及救援情况": "How the Accident Happened and the Rescue",
    "事故发生经过和事故救援情况": "How the Accident Happened and the Rescue",
    "人员伤亡和直接经济损失": "Casualties and Direct Economic Loss",
    "事故造成的人员伤亡和直接经济损失": "Casualties and Direct Economic Loss",
    "事故原因和性质": "Causes and Nature of the Accident",
    "事故发生的原因和事故性质": "Causes and Nature of the Accident",
    "直接原因": "Direct Cause", "间接原因": "Indirect Causes", "事故性质": "Nature of the Accident",
    "对事故有关责任人员及责任单位的处理建议": "Proposed Handling of the Persons and Entities Responsible",
    "对事故有关责任人员和责任单位的处理建议": "Proposed Handling of the Persons and Entities Responsible",
    "事故防范和整改措施": "Measures to Prevent Accidents and Rectify Problems",
    "事故防范和整改措施建议": "Proposed Measures to Prevent Accidents and Rectify Problems",
    "作业承包单位概况": "Overview of the Contractor", "属地监管情况": "Local Supervision",
    # a department's reply to a deputy's suggestion or a member's proposal (答复函: the handling, then the plans; P)
    "关于您所提建议的办理情况": "How Your Suggestions Have Been Handled",
    "关于您提出的建议的办理情况": "How Your Suggestions Have Been Handled",
    "关于您所提提案的办理情况": "How Your Proposals Have Been Handled",
    "建议办理情况": "How the Suggestions Have Been Handled", "提案办理情况": "How the Proposals Have Been Handled",
    # a fire and rescue detachment's fire situation bulletin (P; 火灾 "fires", YB 8-28)
    "全市火灾总体情况": "Overall Fire Situation in the City",
    "全县火灾总体情况": "Overall Fire Situation in the County",
    "火灾总体情况": "Overall Fire Situation", "火灾主要特点": "Main Features of the Fires",
    "各地火灾情况": "Fires by Locality", "典型火灾案例": "Typical Fires",
    "冬春火灾防控工作要求": "Requirements for Fire Prevention and Control in Winter and Spring",
    "今冬明春火灾防控工作要求": "Requirements for Fire Prevention and Control This Winter and Next Spring",
}
# a five-year plan's period before a standard heading (“十四五”时期生态环境保护成效, “十四五”规划实施情况)
PLAN_PERIOD_HEADING_RE = re.compile(r"^“十(?P<n>[四五六])五”(?P<when>时期|以来|期间)?(?:的)?(?P<rest>.+)$")
PLAN_PERIOD_HEADINGS: dict[str, str] = {
    "发展成就": "Development Achievements", "规划实施情况": "Implementation of the Plan",
    "主要目标": "Main Targets", "生态环境保护成效": "Achievements in Ecological and Environmental Protection",
    "工作回顾": "Review of the Work",
}
UNITS: dict[str, str] = {
    "亿元": "CNY 100 million", "万元": "CNY 10,000", "元": "CNY", "%": "%", "％": "%", "人": "persons",
    "万人": "10,000 persons", "户": "households", "万户": "10,000 households", "个": "number", "公里": "km",
    "平方米": "square meters", "万平方米": "10,000 square meters", "吨": "tons", "万吨": "10,000 tons",
    "亩": "mu", "万亩": "10,000 mu", "公顷": "hectares", "亿立方米": "100 million cubic meters",
}
UNIT_LINE_RE = re.compile(r"[（(]?单位\s*[：:]\s*(?P<units>[^（）()]+?)[）)]?")
YEAR_LED_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年度?(?P<end>末|底)?(?P<rest>[\u4e00-\u9fff（）()%]{3,})")


def unit_line(zh: str) -> str | None:
    """单位：亿元 -> 'Unit: CNY 100 million'; 单位：万元、% -> 'Units: CNY 10,000, %'; None for an unknown unit."""
    m = UNIT_LINE_RE.fullmatch(zh)
    if not m:
        return None
    units = [u.strip() for u in re.split(r"[、，,/]", m.group("units")) if u.strip()]
    if not units or any(u not in UNITS for u in units):
        return None
    return f"Unit{'s' if len(units) > 1 else ''}: {', '.join(UNITS[u] for u in units)}"


def year_led(renderer: TitleRenderer, zh: str) -> str | None:
    """2024年末政府债务余额情况 -> 'Outstanding Government Debt at the End of 2024'; 2025年政府债券计划 ->
    'Government Bond Plan for 2025'; None unless the rest is a heading the renderer gives."""
    m = YEAR_LED_RE.fullmatch(zh)
    if not m:
        return None
    rest = renderer.heading_text(m.group("rest"))
    if not rest:
        return None
    if m.group("end"):
        return f"{rest} at the End of {m.group('y')}"
    return f"{rest} for {m.group('y')}" if rest.endswith(("Plan", "Plans", "Budget", "Accounts")) \
        else f"{rest} in {m.group('y')}"


def plan_period_heading(zh: str) -> str | None:
    """“十四五”以来发展成就 -> 'Development Achievements since the Start of the 14th Five-Year Plan Period';
    “十五五”时期的主要目标 -> 'Main Targets for the 15th Five-Year Plan Period'; None for another heading."""
    m = PLAN_PERIOD_HEADING_RE.match(zh)
    if not m:
        return None
    number = 10 + "一二三四五六".index(m.group("n")) + 1
    if m.group("rest") == "规划实施情况" and not m.group("when"):  # “十四五”规划实施情况: the plan itself
        return f"Implementation of the {number}th Five-Year Plan"
    year = re.fullmatch(r"和(?P<y>(?:19|20)\d{2})年(?P<rest>.+)", m.group("rest"))  # …时期和2025年工作回顾
    rest = PLAN_PERIOD_HEADINGS.get(year.group("rest") if year else m.group("rest"))
    if not rest:
        return None
    plan = f"the {number}th Five-Year Plan Period"
    if year:
        return f"{rest} during {plan} and in {year.group('y')}"
    if m.group("when") == "以来":
        return f"{rest} since the Start of {plan}"
    return f"{rest} for {plan}" if rest == "Main Targets" else f"{rest} during {plan}"
