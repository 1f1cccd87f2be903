"""Livestock production releases (a statistics bureau's quarterly 畜牧业生产情况: stock and slaughter by
species, breeding sows against their normal holding, large-scale farms, prices, manure use, vaccination) and a
postal administration's monthly report on the postal industry (business volume and revenue, postal services,
express deliveries by kind, outlets and rural stations, universal service, complaints); holdout69, measured first,
then this vocabulary.

Official usage from ../shared/reference: 生猪 "hogs" and 生猪产能 "hog production" (GWR 2022/417), 畜牧业 "the
livestock industry" (GWR 2016/455), 重大动物疫病 "major animal diseases" (GWR 2008/46), 畜产品 "livestock products"
(YB 12-14), 牲畜 "livestock" (YB 12-13), 农林牧渔业总产值 "gross output value of agriculture, forestry, animal
husbandry and fishery" (YB 12-3), 快递 "express delivery" (GWR 2022/377, 2021/412), 邮政业务量 "business volume of
postal services" (YB 16-32), 邮政业网点 "postal offices" and 邮递线路 "postal delivery routes" (YB 16-33). The rest
project renderings (P).
"""

from __future__ import annotations

LIVESTOCK_EXACT: dict[str, tuple[str, str]] = {
    # breeding sows and the capacity plan's holdings
    "能繁母猪正常保有量": ("normal holding of breeding sows", "GWR 2022/417 (hog production), P"),
    "能繁母猪最低保有量": ("minimum holding of breeding sows", "P"),
    "最低保有量": ("minimum holding", "P"),
    "正常保有量": ("normal holding", "P"),
    "能繁母猪存栏占正常保有量比重": ("breeding sows in stock as a share of the normal holding", "P"),
    "规模猪场（户）保有量": ("large-scale pig farms (households) to be kept", "P"),
    "生猪规模养殖场": ("large-scale hog farms", "P"),
    "年出栏500头及以上的生猪规模养殖场": ("large-scale hog farms (500 or more hogs sold a year)", "P"),
    "生猪规模养殖比重": ("share of hogs raised on large-scale farms", "P"),
    "出栏": ("livestock slaughtered", "P"),
    "存栏": ("livestock in stock", "P"),
    # prices and returns
    "生猪出场均价": ("average ex-farm price of hogs", "GWR 2022/417 (hogs), P"),
    "出栏一头商品肥猪平均盈利": ("average profit per market hog sold", "P"),
    "玉米平均价格": ("average price of corn", "P"),
    "豆粕": ("soybean meal", "P"),
    "豆粕平均价格": ("average price of soybean meal", "P"),
    "饲料成本占养殖总成本的比重": ("share of feed in the total cost of raising livestock", "P"),
    # hogs sent out and slaughtered
    "调出生猪": ("hogs sent out of the city", "P"),
    "调出生猪及猪肉折合生猪": ("hogs and pork sent out of the city, in hog equivalents", "P"),
    "调出生猪占全市调出总量": ("share in the hogs sent out of the city", "P"),
    "生猪屠宰企业定点屠宰生猪": ("hogs slaughtered at designated slaughterhouses", "P"),
    "定点屠宰生猪": ("hogs slaughtered at designated slaughterhouses", "P"),
    "规模以上生猪屠宰企业屠宰量占全市定点屠宰量的比重": (
        "share of slaughterhouses above designated size in designated slaughtering", "P"),
    "年屠宰能力万头以上的肉牛屠宰企业": ("beef cattle slaughterhouses with a capacity of 10,000 head a year or more",
                                        "P"),
    # species and products (YB 12-13, 12-14)
    "肉牛存栏占全市肉牛存栏": ("share in the city's beef cattle in stock", "YB 12-13, P"),
    "牛羊肉产量": ("output of beef and mutton", "YB 12-14"),
    "牛羊肉产量占比": ("share of beef and mutton", "YB 12-14, P"),
    "日产鲜奶": ("fresh milk produced a day", "P"),
    "万头奶牛养殖基地日产鲜奶": ("fresh milk produced a day by the 10,000-cow dairy base", "P"),
    "年产鲜蛋": ("eggs produced a year", "P"),
    "新增蛋鸡存栏": ("laying hens added to stock", "P"),
    "畜牧业产值": ("output value of animal husbandry", "YB 12-3"),
    "畜牧业产值占农林牧渔业总产值比重": (
        "share of animal husbandry in the gross output value of agriculture, forestry, animal husbandry and fishery",
        "YB 12-3"),
    "规模以上畜禽屠宰及肉类加工企业实现营业收入": (
        "business revenue of livestock slaughtering and meat processing enterprises above designated size", "P"),
    "新认证绿色食品畜产品": ("livestock products newly certified as green food", "YB 12-14, P"),
    # vaccination and manure
    "重大动物疫病应免畜禽免疫密度": ("vaccination coverage of livestock and poultry against major animal diseases",
                                "GWR 2008/46, P"),
    "应免畜禽免疫密度": ("vaccination coverage of livestock and poultry due for vaccination", "P"),
    "免疫抗体合格率": ("rate of qualified vaccination antibodies", "P"),
    "收集无害化处理病死猪": ("dead pigs collected for safe disposal", "GWR 2019/516 (safe disposal), P"),
    "病死畜禽无害化处理率": ("safe disposal rate of dead livestock and poultry", "GWR 2019/516, P"),
    "畜禽粪污综合利用率": ("comprehensive utilization rate of livestock and poultry manure", "P"),
    "规模养殖场粪污处理设施装备配套率": ("share of large-scale farms equipped with manure treatment facilities", "P"),
    "新增基础母牛每头补助": ("subsidy per new breeding cow", "P"),
    "新增基础母牛补助": ("subsidy per new breeding cow", "P"),
}

POST_EXACT: dict[str, tuple[str, str]] = {
    "邮政行业业务总量": ("total business volume of the postal industry", "YB 16-32, P"),
    "邮政行业业务收入（不包括邮政储蓄银行直接营业收入）": (
        "revenue of the postal industry (excluding the direct operating revenue of the Postal Savings Bank)", "P"),
    "快递业务收入占行业业务收入的比重": ("share of express delivery in the revenue of the postal industry",
                                      "GWR 2022/377, P"),
    "邮政寄递服务业务量": ("volume of postal delivery services", "YB 16-32, P"),
    "邮政寄递服务业务收入": ("revenue from postal delivery services", "P"),
    "报纸业务量": ("newspapers handled", "YB 16-32, P"),
    "杂志业务量": ("magazines handled", "YB 16-32, P"),
    "汇兑业务量": ("money orders handled", "YB 16-32, P"),
    "快递服务企业业务量": ("volume of express deliveries", "GWR 2022/377, P"),
    "同城快递业务量": ("intra-city express deliveries", "P"),
    "异地快递业务量": ("inter-city express deliveries", "P"),
    "国际及港澳台快递业务量": ("international express deliveries (including Hong Kong, Macao and Taiwan)", "P"),
    "同城快递业务量的比重": ("share of intra-city express deliveries", "P"),
    "异地快递业务量的比重": ("share of inter-city express deliveries", "P"),
    "同城占全部快递业务量": ("share of intra-city deliveries in all express deliveries", "P"),
    "异地占全部快递业务量": ("share of inter-city deliveries in all express deliveries", "P"),
    "国际及港澳台快递业务量占全部快递业务量": (
        "share of international deliveries (including Hong Kong, Macao and Taiwan) in all express deliveries", "P"),
    "业务收入占全部快递收入": ("share in the revenue from express deliveries", "P"),
    "日均处理快件": ("express items handled a day", "P"),
    "单日快件处理量": ("express items handled in one day", "P"),
    "持有快递业务经营许可的企业": ("companies licensed for express delivery", "P"),
    # (the State Post Bureau's indices: CR8, the share of the eight largest brands; the development index)
    "快递与包裹服务品牌集中度指数": ("concentration index of express and parcel service brands", "P"),
    "快递与包裹服务品牌集中度指数CR8": ("concentration index of express and parcel service brands (CR8)", "P"),
    "快递发展指数": ("express delivery development index", "P"),
    "快递分支机构和末端网点从业人员": ("workers of express branches and delivery outlets", "P"),
    "一线快递员": ("front-line couriers", "P"),
    "快递员人均日投递量": ("items delivered per courier a day", "P"),
    "妥投率": ("successful delivery rate", "P"),
    "投递路线总长度": ("total length of postal delivery routes", "YB 16-33"),
    "快件平均延误率": ("average delay rate of express items", "P"),
    "开展寄递渠道安全检查": ("safety inspections of delivery channels", "P"),
    "发现并督促整改问题隐患": ("hazards found and rectified", "P"),
    "立案查处违法违规案件": ("cases of violations investigated", "P"),
    "农村地区网点": ("outlets in rural areas", "YB 16-33, P"),
    "农村地区网点占比": ("share of outlets in rural areas", "YB 16-33, P"),
    "县级寄递公共配送中心": ("county-level public delivery distribution centers", "P"),
    "建成县级寄递公共配送中心": ("county-level public delivery distribution centers built", "P"),
    "乡镇快递服务站": ("township express service stations", "P"),
    "村级寄递物流综合服务站": ("village-level delivery and logistics service stations", "P"),
    "建制村快递服务覆盖率": ("coverage of administrative villages by express delivery", "GWR 2022/377, P"),
    "农村地区快递业务量": ("express deliveries in rural areas", "GWR 2022/377, P"),
    "农村快件平均投递时限": ("average delivery time of rural express items", "P"),
    "建制村邮件投递频次": ("frequency of mail delivery to administrative villages", "P"),
    "建制村邮件投递频次每周": ("weekly frequency of mail delivery to administrative villages", "P"),
    "设计日处理快件能力": ("designed capacity of express items handled a day", "P"),
    "电商快件不再二次包装比例": ("share of e-commerce parcels shipped without extra packaging", "P"),
    "投放可循环快递箱（盒）": ("reusable express boxes put into use", "P"),
    "回收复用瓦楞纸箱": ("corrugated boxes recovered and reused", "P"),
    "邮政普遍服务营业场所": ("universal postal service offices", "YB 16-33, P"),
    "农村地区邮政普遍服务营业场所": ("universal postal service offices in rural areas", "YB 16-33, P"),
    "乡镇邮政局所设置率": ("share of townships with a post office", "YB 16-33, P"),
    "邮政农村投递路线": ("rural postal delivery routes", "YB 16-33"),
    "投递义务兵平常信函": ("ordinary letters of conscripts delivered", "P"),
    "邮政企业累计投递义务兵平常信函": ("ordinary letters of conscripts delivered", "P"),
    "盲人读物": ("reading materials for the blind delivered", "P"),
    "村邮站共代收代投邮件快件": ("mail and express items collected and delivered by village post stations", "P"),
    "村邮站代收代投邮件快件": ("mail and express items collected and delivered by village post stations", "P"),
    "处理消费者申诉": ("consumer complaints handled", "P"),
    "有效申诉": ("valid complaints", "P"),
    "申诉处理满意率": ("satisfaction rate of complaint handling", "P"),
    "为消费者挽回经济损失": ("economic losses recovered for consumers", "P"),
    "快递业务量已完成年度目标": ("share of the year's target for express deliveries achieved", "P"),
    "快递业务量完成年度目标": ("share of the year's target for express deliveries achieved", "P"),
    "旺季期间全市快件日均处理量": ("express items handled a day in the peak season", "P"),
    "重点时段快件投递及时率": ("on-time delivery rate of express items at peak times", "P"),
    "新建村级寄递物流综合服务站": ("new village-level delivery and logistics service stations", "P"),
    "计划再新增智能分拣线": ("smart sorting lines planned to be added", "P"),
}

LIVESTOCK_SUBJECTS: dict[str, tuple[str, str]] = {
    "肉牛": ("beef cattle", "P"),
    "奶牛": ("dairy cows", "P"),
    "蛋鸡": ("laying hens", "P"),
    "肉羊": ("mutton sheep", "P"),
    "基础母牛": ("breeding cows", "P"),
}
