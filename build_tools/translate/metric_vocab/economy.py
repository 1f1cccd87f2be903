"""The economic chapters of a statistical communiqué: accounts, population and employment, prices, agriculture,
industry and construction, investment, trade, transport, post and telecommunications, finance, public finance.

Sources as metric_tables (``YB x-y`` the yearbook table whose title has the wording, ``GWR yyyy/n``, ``P``).
"""

from __future__ import annotations

# Whole names: zh -> (English, source); sorted by section.
ECONOMY_EXACT: dict[str, tuple[str, str]] = {
    # the progress of a year's project list (开工率: the share of the listed projects started; project renderings)
    "开工率": ("share of projects started", "P"), "项目开工率": ("share of projects started", "P"),
    "开复工率": ("share of projects started or resumed", "P"),
    "重点项目开工率": ("share of key projects started", "P"),
    # finance (GWR 2022/251 "increases in ... aggregate financing")
    "社会融资规模增量": ("increase in aggregate financing", "GWR 2022/251"),
    "社会融资规模存量": ("outstanding aggregate financing", "P"),
    # national accounts, population, employment
    "经济总量": ("economic output", "GWR 2016/33"),  # 经济总量由…提高到…: the size of the economy (its GDP)
    "三次产业结构": ("composition of the three strata of industry", "YB 3-7"),
    "全部工业增加值": ("total value added of industry", "P"),
    "人口密度": ("population density", "P"),
    "女性人口": ("female population", "YB 2-1"),
    "户数": ("households", "YB 2-8"),
    "户籍人口城镇化率": ("urbanization rate of the registered population", "P"),
    "性别比": ("sex ratio", "YB 2-8"),
    "男性人口": ("male population", "YB 2-1"),
    "城镇登记失业人员": ("registered unemployed persons in urban areas", "YB 4-14"),
    "失业人员再就业": ("unemployed people re-employed", "GWR 2020/158 (help unemployed people find work)"),
    "就业人员": ("employed persons", "YB 4-1"),
    "就业困难人员实现就业": ("people with difficulty finding work who found jobs", "P"),
    # prices
    "农产品生产者价格": ("producer prices for farm products", "YB 5-9"),
    "商品零售价格": ("retail prices", "YB 5-4"),
    "工业生产者购进价格": ("purchasing prices for industrial producers", "YB 5-14"),
    # agriculture
    "农用化肥施用量": ("consumption of chemical fertilizers", "YB 12-5"),
    "化肥施用量": ("consumption of chemical fertilizers", "YB 12-5"),
    "有效灌溉面积": ("effective irrigated area", "YB 12-5 (Irrigated Area of Cultivated Land)"),
    "森林蓄积量": ("forest stock volume", "P"),
    # industry, energy
    "发电量": ("electricity generation", "GWR 2014/92 (electricity generated)"),
    "能源消费总量": ("total energy consumption", "GWR 2014/522"),
    # investment and real estate
    "商品住宅销售面积": ("floor space of commercial residential buildings sold", "YB 19-10"),
    "房屋新开工面积": ("floor space of buildings started", "YB 19-9"),
    "施工项目": ("projects under construction", "GWR 2015/221 (projects already under construction)"),
    # domestic trade
    "亿元以上商品交易市场": ("commodity exchange markets with transaction value over CNY 100 million", "YB 15-9"),
    # foreign trade and investment
    "合同外资": ("contracted foreign investment", "P"),
    "外商直接投资": ("foreign direct investment", "YB 11-14"),
    "实际使用外商直接投资": ("utilized foreign direct investment", "GWR 2012/138"),
    "实际利用外商直接投资": ("utilized foreign direct investment", "GWR 2012/138"),
    "对外承包工程营业额": ("turnover of overseas contracted projects", "P"),
    "对外直接投资": ("outward direct investment", "YB 11-18"),
    "服务贸易进出口": ("imports and exports of services", "YB 11-11 (International Trade in Services)"),
    "跨境电商进出口": ("cross-border e-commerce imports and exports", "P"),
    # transport
    "万吨级以上泊位": ("berths for ships of 10,000 tons or more", "GWR 2013/31"),
    "万吨级泊位": ("berths for ships of 10,000 tons or more", "GWR 2013/31"),
    "旅客吞吐量": ("passenger throughput", "P"),
    "旅客周转量": ("passenger-kilometers", "YB 16-7"),
    "港口码头泊位": ("berths in ports", "YB 16-27"),
    "营运汽车": ("vehicles for highway transport business", "YB 16-23"),
    "货物周转量": ("freight ton-kilometers", "YB 16-9"),
    "货邮吞吐量": ("cargo and mail throughput", "P"),
    # post and telecommunications
    "5G用户": ("5G subscribers", "P"),
    "固定互联网宽带接入用户": ("fixed broadband internet subscribers", "P"),
    "固定电话用户": ("fixed-line telephone subscribers", "P"),
    "快递业务收入": ("revenue from express deliveries", "P"),
    "移动互联网用户": ("mobile internet subscribers", "P"),
    "移动电话普及率": ("mobile phone penetration rate", "P"),
    "邮电业务总量": ("total volume of postal and telecommunication services", "YB 16-31"),
    # finance
    "不良贷款率": ("non-performing loan ratio", "P"),
    "人民币存款余额": ("outstanding RMB deposits", "P"),
    "人民币贷款余额": ("outstanding RMB loans", "P"),
    # of all financial institutions (金融机构人民币各项存款余额: the monthly release's line)
    "金融机构人民币各项存款余额": ("outstanding RMB deposits of financial institutions", "P"),
    "金融机构人民币各项贷款余额": ("outstanding RMB loans of financial institutions", "P"),
    "金融机构本外币各项存款余额": ("outstanding deposits in RMB and foreign currencies of financial institutions", "P"),
    "金融机构本外币各项贷款余额": ("outstanding loans in RMB and foreign currencies of financial institutions", "P"),
    "住户贷款余额": ("outstanding household loans", "P"),
    "保费收入": ("premium income", "YB 18-21"),
    "原保险保费收入": ("premium income of primary insurance", "YB 18-21"),
    "境内上市公司": ("domestic listed companies", "P"),
    "普惠小微贷款余额": ("outstanding inclusive loans to micro and small businesses", "GWR 2022/287"),
    "涉农贷款余额": ("outstanding agriculture-related loans", "P"),
    "赔付支出": ("claim payments", "YB 18-21"),
    # public finance
    "个人所得税": ("personal income tax", "P"),
    "国有资本经营预算收入": ("operating revenue of state-owned capital", "YB 7-12"),
    "地方税收收入": ("local tax revenue", "P"),
    "增值税": ("value-added tax", "P"),
    "契税": ("deed tax", "P"),
    "企业所得税": ("corporate income tax", "P"),
}

# Heads: zh suffix -> (template with {s}, template alone or None, source), as metric_tables.HEADS.
ECONOMY_HEADS: dict[str, tuple[str, str | None, str]] = {
    "就业人员": ("employed persons in {s}", "employed persons", "YB 4-2"),
    "就业人员平均工资": ("average wage of employed persons in {s}", "average wage of employed persons", "YB 4-9"),
    "在岗职工平均工资": ("average wage of on-post employees in {s}", "average wage of on-post employees", "P"),
    # livestock (YB 12-13 Number of Livestock): 生猪存栏 "hogs in stock" as the existing EXACT
    "存栏": ("{s} in stock", None, "P"),
    "出栏": ("{s} slaughtered", None, "P"),
    "总播种面积": ("total sown area of {s}", "total sown area", "YB 12-8"),
    "面积": ("area of {s}", None, "P"),  # 耕地面积 "area of cultivated land" (YB 8-20)
    # industry and construction
    "利税总额": ("total profits and taxes of {s}", "total profits and taxes", "P"),
    "资产总计": ("total assets of {s}", "total assets", "YB 14-12"),
    "产品销售率": ("sales rate of products of {s}", None, "P"),
    "亏损企业": ("loss-making {s}", None, "P"),  # 规模以上工业企业亏损企业, 亏损面 the share of them
    "亏损面": ("share of loss-making {s}", None, "P"),
    "出口交货值": ("export delivery value of {s}", "export delivery value", "P"),
    "发电量": ("electricity generation of {s}", "electricity generation", "GWR 2014/92"),
    "房屋竣工面积": ("floor space of buildings completed by {s}", "floor space of buildings completed", "YB 14-23"),
    "签订合同额": ("value of contracts signed by {s}", None, "YB 14-10"),
    "劳动生产率": ("labor productivity of {s}", "labor productivity", "YB 14-3"),
    "到位资金": ("funds actually received by {s}", "funds actually received", "YB 10-2"),
    # transport: routes and vehicles (YB 16-3 Length of Transport Routes, 16-20 Possession of Civil Vehicles)
    "里程": ("length of {s}", None, "YB 16-3"),
    "总里程": ("total length of {s}", None, "YB 16-3"),
    "通车里程": ("length of {s} open to traffic", None, "P"),
    "营业里程": ("length of {s} in service", None, "GWR 2016/158"),
    "运营里程": ("length of {s} in operation", None, "GWR 2018/101 (in-operation high-speed railways)"),
    "保有量": ("{s} owned", None, "YB 16-20"),
    "客运量": ("passenger traffic of {s}", "passenger traffic", "YB 16-6"),
    # finance
    "贷款余额": ("outstanding loans to {s}", "outstanding loans", "P"),
    "中长期贷款余额": ("outstanding medium- and long-term loans to {s}", "outstanding medium- and long-term loans",
                "P"),
    "存款余额": ("outstanding deposits of {s}", "outstanding deposits", "P"),
}

# Subjects: zh -> (English, source), as metric_tables.SUBJECTS.
ECONOMY_SUBJECTS: dict[str, tuple[str, str]] = {
    # sectors (YB 3-6 Value-added by Sector and the chapters' titles)
    "交通运输、仓储和邮政业": ("transport, storage and post", "YB 16-1"),
    "信息传输、软件和信息技术服务业": ("information transmission, software and information technology services",
                        "P"),
    "六大高耗能行业": ("the six energy-intensive industries", "P"),
    "轻工业": ("light industry", "P"),
    "重工业": ("heavy industry", "P"),
    "集体企业": ("collective enterprises", "P"),
    "民营经济": ("the private sector", "P"),
    "非公有制经济": ("the non-public sector", "P"),
    "住宿业": ("hotels", "YB 17-3"),
    "餐饮业": ("catering services", "YB 17-5"),
    "批发业": ("wholesale trade", "YB 15-3"),
    "零售业": ("retail trade", "YB 15-5"),
    "建筑业企业": ("construction enterprises", "YB 14-1"),
    "房地产开发企业": ("enterprises for real estate development", "YB 19-1"),
    "城镇非私营单位": ("urban non-private units", "YB 4-9"),
    "城镇私营单位": ("urban private units", "YB 4-13"),
    "非金融企业": ("non-financial enterprises", "P"),  # 非金融企业存款余额
    # investment by field
    "住宅": ("residential buildings", "YB 19-6"),
    "高技术产业": ("high-tech industries", "P"),
    "社会领域": ("social sectors", "P"),
    "交通运输": ("transport", "P"),
    # agriculture (YB 12-3 forestry, animal husbandry, fishery; 12-8 farm crops; 12-13 livestock)
    "林业": ("forestry", "YB 12-3"),
    "牧业": ("animal husbandry", "YB 12-3"),
    "渔业": ("fishery", "YB 12-3"),
    "农作物": ("farm crops", "YB 12-8"),
    "粮食作物": ("grain crops", "P"),
    "经济作物": ("cash crops", "P"),
    "耕地": ("cultivated land", "YB 8-20"),
    "生猪": ("hogs", "P"),
    "能繁母猪": ("breeding sows", "P"),
    "牛": ("cattle", "P"),
    "羊": ("sheep", "P"),
    "家禽": ("poultry", "P"),
    # retail sales by category of goods (限额以上单位…类零售额), as metric_tables' categories
    "饮料类": ("beverages", "P"),
    "烟酒类": ("tobacco and liquor", "P"),
    "日用品类": ("daily necessities", "P"),
    "中西药品类": ("Chinese and Western medicines", "P"),
    "家具类": ("furniture", "P"),
    "粮油食品类": ("grain, oil and food", "P"),  # (粮油、食品类 in metric_tables)
    "建筑及装潢材料类": ("building and decoration materials", "P"),
    "实物商品": ("physical goods", "P"),  # 实物商品网上零售额 (YB 15-13 online retail sales)
    "劳动密集型产品": ("labor-intensive products", "P"),
    # routes and vehicles
    "公路": ("highways", "YB 16-3"),
    "铁路": ("railways", "YB 16-3"),
    "高速铁路": ("high-speed railways", "GWR 2018/101"),
    "等级公路": ("graded highways", "P"),
    "内河航道": ("inland waterways", "P"),
    "城市轨道交通": ("urban rail transit", "GWR 2017/40"),
    "城市公共交通": ("urban public transport", "YB 25-9"),
    "民用汽车": ("civil vehicles", "YB 16-20"),
    "私人汽车": ("private vehicles", "YB 16-21"),
}
