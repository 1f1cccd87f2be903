"""The social and environmental chapters of a statistical communiqué and the specialized bulletins (人社, 卫健,
教育, 科技, 文化旅游, 生态环境): education, science, culture and tourism, health, social security, living
conditions, resources and environment, safety.

Sources as metric_tables (``YB x-y`` the yearbook table whose title has the wording, ``GWR yyyy/n``, ``P``).
"""

from __future__ import annotations

# Whole names: zh -> (English, source); sorted by section.
SOCIETY_EXACT: dict[str, tuple[str, str]] = {
    "婴幼儿": ("infants and young children", "P"),  # (0-3岁婴幼儿: the group an age band names, .age_group)
    # education (YB 21-x; American spelling as the project's style: enrollment)
    "在园幼儿": ("children in kindergartens", "P"),
    "学前三年毛入园率": ("gross preschool enrollment rate", "P"),
    "学前教育毛入园率": ("gross preschool enrollment rate", "P"),
    "小学学龄儿童净入学率": ("net enrollment rate of school-age children in primary schools", "YB 21-13"),
    "生师比": ("student-teacher ratio", "YB 21-21"),
    # science and technology
    "R&D经费支出": ("research and development spending", "GWR 2015/16"),
    "专利申请量": ("patent applications", "YB 20-19"),
    "产品质量监督抽查合格率": ("pass rate of product quality supervision sampling checks", "YB 20-32"),
    "众创空间": ("maker spaces", "P"),
    "发明专利申请量": ("invention patent applications", "YB 20-19"),
    "工程技术研究中心": ("engineering technology research centers", "P"),
    "技术合同": ("technology contracts", "YB 20-27"),
    "检验检测机构": ("inspection and testing institutions", "P"),
    "研发经费支出": ("research and development spending", "GWR 2015/16"),
    "研究与试验发展经费支出": ("research and development spending", "GWR 2015/16"),
    "科技企业孵化器": ("science and technology business incubators", "P"),
    "重点实验室": ("key laboratories", "P"),
    # culture, tourism, sports
    "4A级及以上旅游景区": ("tourist attractions rated 4A and above", "P"),
    "A级旅游景区": ("A-level tourist attractions", "P"),  # as the glossary's A级旅游景区接待游客
    "体育场地": ("sports venues", "P"),
    "公共图书馆": ("public libraries", "YB 23-23"),
    "公共图书馆总藏量": ("total collection of public libraries", "P"),
    "入境过夜游客": ("overnight inbound visitors", "YB 17-14"),
    "全国重点文物保护单位": ("major historical and cultural sites protected at the national level", "P"),
    "博物馆": ("museums", "YB 23-28"),
    "国际旅游收入": ("earnings from international tourism", "YB 17-11"),
    "广播节目综合人口覆盖率": ("population coverage of radio programs", "YB 23-15"),
    "接待入境游客": ("inbound visitors", "YB 17-14"),
    "文化馆": ("cultural centers", "GWR 2013/128"),
    "旅行社": ("travel agencies", "P"),
    "旅游外汇收入": ("foreign exchange earnings from tourism", "P"),
    "星级酒店": ("star-rated hotels", "P"),
    "有线电视用户": ("cable TV subscribers", "YB 23-16"),
    "档案馆": ("archives", "YB 23-10"),
    "电视节目综合人口覆盖率": ("population coverage of TV programs", "YB 23-15"),
    "艺术表演团体": ("art performance troupes", "YB 23-21"),
    # health (YB 22-x)
    "5岁以下儿童死亡率": ("under-five mortality rate", "YB 22-18"),
    "专业公共卫生机构": ("specialized public health institutions", "P"),
    "三级医院": ("tertiary hospitals", "P"),
    "乡村医生": ("rural doctors", "GWR 2021/545"),
    "乡镇卫生院": ("township health centers", "YB 22-13"),
    "住院人数": ("inpatients", "YB 22-11"),
    "公立医院": ("public hospitals", "GWR 2021/545"),
    "卫生人员": ("health personnel", "YB 22-2"),
    "卫生院": ("township health centers", "YB 22-13"),
    "妇幼保健院": ("maternal and child health care hospitals", "P"),
    "居民健康素养水平": ("health literacy level of residents", "P"),
    "全科医生": ("general practitioners", "GWR 2016/582"),
    "执业（助理）医师": ("licensed doctors and assistant doctors", "P"),
    "执业(助理)医师": ("licensed doctors and assistant doctors", "P"),
    "基层医疗卫生机构": ("primary health care institutions", "P"),
    "村卫生室": ("village clinics", "YB 22-4"),
    "民营医院": ("private hospitals", "P"),
    "注册护士": ("registered nurses", "P"),
    "甲乙类法定报告传染病发病率": ("morbidity rate of Class A and B notifiable infectious diseases", "YB 22-15"),
    "疾病预防控制中心": ("centers for disease control and prevention", "P"),
    "病床使用率": ("bed occupancy rate", "YB 22-8"),
    "社区卫生服务中心（站）": ("community health service centers (stations)", "YB 22-9"),
    "总诊疗人次": ("total visits to health care institutions", "YB 22-10"),
    "诊疗人次": ("visits to health care institutions", "YB 22-10"),
    # a health bureau's review of its year: services and their coverage (GWR 2018/618 家庭医生签约服务 "contracted
    # family doctor services"; GWR 2019/628 健康管理 "health management", 2019/614 高血压 "high blood pressure";
    # YB 22-15 发病率 "morbidity rate" of notifiable infectious diseases; the rest P)
    "出院患者": ("inpatients discharged", "P"),
    "出院人数": ("inpatients discharged", "P"),
    "家庭医生签约率": ("contract rate of family doctor services", "GWR 2018/618, P"),
    "65岁及以上老年人健康管理率": ("health management rate of people aged 65 and over", "GWR 2019/628, P"),
    "老年人健康管理率": ("health management rate of elderly people", "GWR 2019/628, P"),
    "高血压患者规范管理率": ("standardized management rate of patients with high blood pressure",
                             "GWR 2019/614, P"),
    "糖尿病患者规范管理率": ("standardized management rate of patients with diabetes", "GWR 2019/614, P"),
    "发热门诊": ("fever clinics", "P"),
    "免费婚前医学检查": ("free premarital medical checkups", "P"),
    "婚前医学检查率": ("premarital medical checkup rate", "P"),
    "婚检率": ("premarital medical checkup rate", "P"),
    "门急诊人次": ("outpatient and emergency visits", "YB 22-10"),
    # social security, social services, employment services
    "专业技术人才": ("professional and technical personnel", "P"),
    "临时救助": ("temporary assistance", "GWR 2016/595"),
    "企业退休人员基本养老金": ("basic pensions of enterprise retirees", "GWR 2015/101"),
    "医疗救助": ("medical aid", "YB 22-23"),
    "离婚登记": ("divorce registrations", "YB 22-25"),
    "社会保险基金支出": ("expenses of social insurance funds", "YB 24-24"),
    "社会保险基金收入": ("revenue of social insurance funds", "YB 24-24"),
    "社会保障卡持卡人数": ("social security cardholders", "P"),
    "社会组织": ("social organizations", "YB 22-24"),
    "社区养老服务设施": ("community elderly care facilities", "P"),
    "结婚登记": ("marriage registrations", "YB 22-25"),
    "职业技能培训": ("vocational skills training", "GWR 2022/311"),
    "补贴性职业技能培训": ("subsidized vocational skills training", "P"),
    "高技能人才": ("highly skilled personnel", "GWR 2021/324"),
    # living conditions (YB 6-19 income by source, 6-5 durable goods per 100 households)
    "家用汽车": ("family cars", "P"),
    "工资性收入": ("wage income", "YB 6-19"),
    "经营净收入": ("net business income", "YB 6-19"),
    "财产净收入": ("net property income", "YB 6-19"),
    "转移净收入": ("net transfer income", "YB 6-19"),
    # resources, environment, safety
    "一氧化碳": ("carbon monoxide", "P"),
    "万元地区生产总值用水量": ("water use per CNY 10,000 of GDP", "P"),
    "二氧化硫排放量": ("sulfur dioxide emissions", "GWR 2015/537 (sulfur dioxide)"),
    "二氧化碳排放量": ("carbon dioxide emissions", "GWR 2021/214"),
    "亿元地区生产总值生产安全事故死亡人数": ("deaths in workplace accidents per CNY 100 million of GDP", "P"),
    "刑事案件": ("criminal cases", "YB 24-3"),
    "刑事案件立案数": ("criminal cases registered", "YB 24-3"),
    "年平均气温": ("annual average temperature", "P"),
    "年降水量": ("annual precipitation", "YB 8-7"),
    "降水量": ("precipitation", "YB 8-7"), "平均降水量": ("average precipitation", "P"),
    "年平均降水量": ("average annual precipitation", "P"),
    # life expectancy said of the residents or at birth (GWR 2021/224 人均预期寿命 "average life expectancy"; YB 2-3
    # 平均预期寿命 "Life Expectancy at Birth")
    "居民人均预期寿命": ("average life expectancy", "GWR 2021/224"),
    "平均预期寿命": ("life expectancy at birth", "YB 2-3"),
    "户籍人口人均预期寿命": ("average life expectancy of the registered population", "P"),
    "法定传染病发病": ("cases of notifiable infectious diseases", "P"),
    "报告法定传染病发病": ("reported cases of notifiable infectious diseases", "P"),
    "氮氧化物排放量": ("nitrogen oxide emissions", "GWR 2015/537 (nitrogen oxides)"),
    "水资源总量": ("total water resources", "YB 8-9"),
    "湿地保护率": ("wetland protection rate", "P"),
    "生活垃圾清运量": ("volume of household waste collected", "YB 8-18 (Collection ... of Municipal Domestic Garbage)"),
    "城市生活垃圾清运量": ("volume of urban household waste collected", "YB 8-18"),
    "湿地面积": ("wetland area", "P"),
    "用水总量": ("total water use", "YB 8-10"),
    "用水普及率": ("water coverage rate", "YB 25-12"),
    "臭氧": ("ozone", "P"),
    # a city's monthly air quality ranking notice (1—10月 averages, not annual ones; holdout11)
    "二氧化氮": ("nitrogen dioxide", "P"),
    "可吸入颗粒物（PM10）": ("PM10", "GWR 2014/514"),
    "细颗粒物（PM2.5）": ("PM2.5", "GWR 2012/321"),
    "一氧化碳日均值第95百分位数浓度": ("carbon monoxide concentration (95th percentile of the daily average)", "P"),
    "臭氧超标天数": ("days with ozone above the standard", "P"),
    "综合指数": ("composite index", "P"),
    # a ranking table's signed change column (同比变化（%）: -8.5, +1.5), named by itself when the row gives no metric
    "同比变化": ("year-on-year change", "P"),
    "建筑工地扬尘问题": ("dust problems at construction sites", "GWR 2014/514 (wind-borne dust), P"),
    "秸秆焚烧火点": ("straw burning fire points", "GWR 2016/531 (straw, open burning), P"),
    "自然灾害直接经济损失": ("direct economic losses from natural disasters", "YB 8-26"),
    "规模以上工业单位增加值能耗": ("energy consumption per unit of industrial value added", "P"),
    "道路交通事故死亡人数": ("deaths in road traffic accidents", "YB 24-5"),
    "集中式饮用水水源地水质达标率": ("compliance rate of centralized drinking water sources", "P"),
}

SOCIETY_HEADS: dict[str, tuple[str, str | None, str]] = {
    # schools' figures (YB 21-6 full-time teachers, 21-7 entrants, 21-8 enrollments, 21-9 graduates)
    "在校生": ("students enrolled in {s}", "students enrolled", "YB 21-8"),
    "在校学生": ("students enrolled in {s}", "students enrolled", "YB 21-8"),
    "招生": ("entrants of {s}", "entrants", "YB 21-7"),
    "毕业生": ("graduates of {s}", "graduates", "YB 21-9"),
    "专任教师": ("full-time teachers of {s}", "full-time teachers", "YB 21-6"),
    "研发经费": ("research and development spending of {s}", "research and development spending", "GWR 2015/16"),
    # an enterprise's R&D intensity is R&D spending over business revenue (a region's over GDP: EXACT)
    "研发经费投入强度": ("R&D spending as a percentage of business revenue of {s}", None, "P"),
    # living conditions
    "恩格尔系数": ("Engel coefficient of {s}", "Engel coefficient", "P"),
    "人均纯收入": ("per capita net income of {s}", "per capita net income", "GWR 2014/14"),
    "人均可支配收入中位数": ("median per capita disposable income of {s}", "median per capita disposable income", "P"),
    # income by source (YB 6-19): 城镇居民人均工资性收入 (人均工资性收入 alone composes 人均 + 工资性收入)
    "人均工资性收入": ("per capita wage income of {s}", None, "YB 6-19"),
    "人均经营净收入": ("per capita net business income of {s}", None, "YB 6-19"),
    "人均财产净收入": ("per capita net property income of {s}", None, "YB 6-19"),
    "人均转移净收入": ("per capita net transfer income of {s}", None, "YB 6-19"),
    "人均住房建筑面积": ("per capita floor space of housing of {s}", "per capita floor space of housing", "P"),
    # a pollutant's concentration (二氧化硫年平均浓度), as the EXACT 二氧化氮年平均浓度
    "年平均浓度": ("annual average {s} concentration", None, "P"),
    "平均浓度": ("average {s} concentration", None, "P"),  # (二氧化氮平均浓度 of January-October)
}

SOCIETY_SUBJECTS: dict[str, tuple[str, str]] = {
    # schools (YB 21-15 .. 21-20)
    "普通高等学校": ("regular higher education institutions", "YB 21-15"),
    "普通高校": ("regular higher education institutions", "YB 21-15"),
    "普通高中": ("regular senior secondary schools", "YB 21-16"),
    "中等职业学校": ("secondary vocational schools", "YB 21-17"),
    "初中": ("junior secondary schools", "YB 21-18"),
    "普通小学": ("regular primary schools", "YB 21-19"),
    "小学": ("primary schools", "YB 21-19"),
    "特殊教育学校": ("special education schools", "YB 21-20"),
    "幼儿园": ("kindergartens", "GWR 2019/601"),
    # health and social services
    "医院": ("hospitals", "YB 22-8"),
    "提供住宿的民政机构": ("civil affairs institutions providing accommodation", "YB 22-20"),
    "福利彩票": ("welfare lottery", "YB 22-26"),
}
