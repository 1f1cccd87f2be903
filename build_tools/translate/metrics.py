"""Metric names composed by rule: a head (增加值, 投资, 产量 ...) and what qualifies it, in NBS usage.

``metric_en("第一产业增加值") == "value added of the primary industry"``. The grammar, tried in order:

1. the glossary (exact term), then the built-in statistical vocabulary ``EXACT``;
2. ``X（Y）``: both parts rendered, the parenthesis kept ("fixed-asset investment (excluding rural households)");
3. ``X占Y(的)比重`` -> "share of X in Y" (``占Y比重`` alone -> "share of Y");
4. leading words: scope (全市, 全州, 全县 ... dropped), verbs that only say the figure was reached (实现, 完成,
   拥有 ...), 年末 "(year-end)", 累计 "(cumulative)", 新增 "new", 人均 "per capita", 每年 "per year",
   改造提升 "upgraded";
5. ``<subject><head>``: a head from ``HEADS`` ("value added of {s}") with a subject from ``SUBJECTS`` or the
   glossary (第一产业 "the primary industry", 规模以上工业 "industrial enterprises above designated size").

Everything must be rendered; otherwise None (the row keeps the Chinese, marked). Sources: ``YB x-y`` = China
Statistical Yearbook 2021 table x-y (NBS), ``GWR yyyy/n`` = government_work_reports_2008_2022.tsv, ``P`` =
project rendering following NBS communiqué usage, no official source in the reference (listed by
``unsourced()``). Renderings are checked by tests/test_translate_metrics.py.
"""

from __future__ import annotations

import re

from .glossary import Glossary, apply_modifier, get_glossary

# Whole metric names: zh -> (English, source).
EXACT: dict[str, tuple[str, str]] = {
    "出生率": ("birth rate", "YB 2-2"),
    "人口出生率": ("birth rate", "YB 2-2"),
    "死亡率": ("death rate", "YB 2-2"),
    "人口死亡率": ("death rate", "YB 2-2"),
    "自然增长率": ("natural growth rate of population", "YB 2-2"),
    "人口自然增长率": ("natural growth rate of population", "YB 2-2"),
    "出生人口": ("births", "P"),
    "死亡人口": ("deaths", "P"),
    "常住人口": ("permanent resident population", "GWR 2021/192 (permanent urban residents)"),
    "户籍人口": ("registered population", "P"),
    "总人口": ("total population", "P"),
    "城镇人口": ("urban population", "YB 2-6"),
    "乡村人口": ("rural population", "P"),
    "农村人口": ("rural population", "P"),
    "城镇常住人口": ("permanent urban residents", "GWR 2021/192"),
    "常住人口城镇化率": ("urbanization rate of permanent residents", "GWR 2021/192 (permanent urban residents)"),
    "城镇化率": ("urbanization rate", "P"),
    "人均地区生产总值": ("per capita GDP", "P"),
    "人均生产总值": ("per capita GDP", "P"),
    "人均GDP": ("per capita GDP", "P"),
    "利润总额": ("total profits", "YB 14-21"),
    "营业收入": ("business revenue", "YB 14-17"),
    "建筑业总产值": ("total output value of construction", "YB 14-7"),
    "商品房销售面积": ("floor space of commercial buildings sold", "YB 19-10"),
    "商品房销售额": ("sales of commercial buildings", "YB 19-11"),
    "房屋施工面积": ("floor space of buildings under construction", "P"),
    "房屋竣工面积": ("floor space of buildings completed", "P"),
    "生猪存栏": ("hogs in stock", "P"),
    "生猪出栏": ("hogs slaughtered", "P"),
    "农作物播种面积": ("sown area of farm crops", "YB 12-8"),
    "进口": ("imports", "P"),
    "出口": ("exports", "P"),
    "进出口": ("imports and exports", "YB 11-2 (imports and exports)"),
    "进出口总值": ("total value of imports and exports", "P"),
    "出口总值": ("total value of exports", "P"),
    "出口总额": ("total value of exports", "P"),
    "进口总额": ("total value of imports", "P"),
    "外贸总值": ("total value of foreign trade", "P"),
    "工业投资": ("industrial investment", "P"),
    "工业产值": ("industrial output value", "P"),
    "惠及居民": ("beneficiaries", "P"),
    "惠及群众": ("beneficiaries", "P"),
    "入驻企业": ("enterprises moved in", "P"),
    "危桥改造": ("renovation of dilapidated bridges", "P"),
    "技术改造投资": ("investment in technological transformation", "GWR 2019/386 (technological transformation)"),
    "技改投资": ("investment in technological transformation", "GWR 2019/386 (technological transformation)"),
    "城乡居民最低生活保障对象": ("urban and rural recipients of subsistence allowances", "P"),
    "最低生活保障对象": ("recipients of subsistence allowances", "GWR 2011/100 (subsistence allowance)"),
    "居民消费价格": ("consumer prices", "P"),
    "农民专业合作社": ("specialized farmer cooperatives", "GWR 2012/273"),
    "细颗粒物（PM2.5）年平均浓度": ("annual average PM2.5 concentration", "P"),
    "PM2.5年平均浓度": ("annual average PM2.5 concentration", "P"),
    "PM2.5年均浓度": ("annual average PM2.5 concentration", "P"),
    "吸入颗粒物（PM10）年平均浓度": ("annual average PM10 concentration", "P"),
    "PM10年平均浓度": ("annual average PM10 concentration", "P"),
    "环境空气质量优良天数": ("days of good air quality", "P"),
    "重污染天数": ("days of heavy air pollution", "GWR 2018/46"),
    "化学需氧量": ("chemical oxygen demand", "GWR 2019/512"),
    "化学需氧量排放量": ("chemical oxygen demand", "GWR 2019/512"),
    "氨氮排放量": ("ammonia nitrogen emissions", "GWR 2019/512"),
    "单位地区生产总值能源消耗": ("energy consumption per unit of GDP", "GWR 2016/204"),
    "单位地区生产总值能耗": ("energy consumption per unit of GDP", "GWR 2016/204"),
    "单位地区生产总值二氧化碳排放": ("carbon dioxide emissions per unit of GDP", "GWR 2016/204"),
    "单位地区生产总值二氧化碳排放量": ("carbon dioxide emissions per unit of GDP", "GWR 2016/204"),
    "企业开办时间": ("time needed to start a business", "GWR 2019/93"),
    "装机容量": ("installed capacity", "P"),
    "城镇消费品零售额": ("retail sales of consumer goods in urban areas", "P"),
    "乡村消费品零售额": ("retail sales of consumer goods in rural areas", "P"),
    "金融机构本外币各项存款余额": ("outstanding RMB and foreign-currency deposits of financial institutions", "P"),
    "金融机构本外币存款余额": ("outstanding RMB and foreign-currency deposits of financial institutions", "P"),
    "居民恩格尔系数": ("Engel coefficient of households", "P"),
    "恩格尔系数": ("Engel coefficient", "P"),
    "城乡低保对象": ("urban and rural recipients of subsistence allowances", "P"),
    "研究与试验发展（R&D）经费投入": ("research and development spending", "GWR 2015/16"),
    "研究与试验发展经费投入": ("research and development spending", "GWR 2015/16"),
    "研究与试验发展（R&D）经费支出": ("research and development spending", "GWR 2015/16"),
    "R&D经费投入": ("research and development spending", "GWR 2015/16"),
    "医疗卫生机构": ("health care institutions", "YB 22-1"),
    "卫生技术人员": ("health technical personnel", "YB 22-3"),
    "农业机械总动力": ("total power of agricultural machinery", "P"),
    "公路通车里程": ("length of highways open to traffic", "P"),
    "接待国内游客": ("domestic tourist visits", "P"),
    "国内旅游收入": ("domestic tourism revenue", "P"),
    "旅游综合收入": ("total tourism revenue", "P"),
    "生产安全事故死亡人数": ("deaths in work safety accidents", "P"),
    "猪牛羊禽肉产量": ("output of pork, beef, mutton and poultry", "P"),
    "协议投资额": ("contracted investment", "P"),
    "村集体经济收入": ("village collective income", "P"),
    "养护资金": ("maintenance funding", "P"),
    "高效节水灌溉面积": ("area under efficient water-saving irrigation", "GWR 2018/510"),
    "造林绿化面积": ("area afforested or greened", "P"),
    "营造林面积": ("area afforested", "GWR 2018/497 (afforested)"),
    "造林面积": ("area afforested", "GWR 2018/497 (afforested)"),
    "城市生活污水集中收集率": ("centralized collection rate of urban domestic sewage", "P"),
    "污水处理率": ("sewage treatment rate", "P"),
    "县城污水处理率": ("sewage treatment rate of county seats", "P"),
    "城市污水处理率": ("urban sewage treatment rate", "P"),
    "城市生活垃圾无害化处理率": ("safe disposal rate of urban household waste", "P"),
    "生活垃圾无害化处理率": ("safe disposal rate of household waste", "P"),
    "一般工业固体废物综合利用率": ("comprehensive utilization rate of general industrial solid waste", "P"),
    "受污染耕地安全利用率": ("safe utilization rate of contaminated farmland", "P"),
    "地表水国控断面水质优良比例": ("share of national surface water monitoring sections with good water quality", "P"),
    "政务服务事项网上可办率": ("share of government services available online", "P"),
    "社区卫生服务中心": ("community health service centers", "GWR 2011/115"),
    "社区工作者": ("community workers", "P"),
    "编织袋": ("woven bags", "P"),
    "救生衣": ("life jackets", "P"),
    "冲锋舟": ("assault boats", "P"),
    "公共财政投入": ("public funding", "P"),
    "财政投入": ("public funding", "P"),
    "县道": ("county roads", "P"),
    "乡道": ("township roads", "P"),
    "村道": ("village roads", "P"),
    "外贸进出口总值": ("total value of imports and exports", "P"),
    "外贸进出口总额": ("total value of imports and exports", "P"),
    "外贸进出口": ("imports and exports", "P"),
    "县城建成区面积": ("built-up area of the county seat", "P"),
    "建成区面积": ("built-up area", "P"),
    "民生支出": ("spending on people's wellbeing", "GWR 2020/145 (spending on people's basic wellbeing)"),
    "老旧小区": ("old residential communities", "GWR 2022/44 (old urban residential communities)"),
    "城镇老旧小区": ("old urban residential communities", "GWR 2022/44"),
    "PM2.5平均浓度": ("average concentration of PM2.5", "GWR 2022/36"),
    "细颗粒物（PM2.5）平均浓度": ("average concentration of PM2.5", "GWR 2022/36"),
    "细颗粒物平均浓度": ("average concentration of PM2.5", "GWR 2022/36"),
    "各项存款余额": ("outstanding deposits", "P"),
    "各项贷款余额": ("outstanding loans", "P"),
    "金融机构各项存款余额": ("outstanding deposits of financial institutions", "P"),
    "金融机构各项贷款余额": ("outstanding loans of financial institutions", "P"),
    "金融机构本外币各项贷款余额": ("outstanding RMB and foreign-currency loans of financial institutions", "P"),
    "金融机构本外币贷款余额": ("outstanding RMB and foreign-currency loans of financial institutions", "P"),
    "全部投资": ("total investment", "P"),
    "高新技术企业": ("high-tech enterprises", "GWR 2016/354"),
    "国家高新技术企业": ("national high-tech enterprises", "GWR 2016/354 (high-tech enterprises)"),
    "建成区绿化覆盖率": ("green coverage rate of built-up areas", "P"),
    "城市建成区绿化覆盖率": ("green coverage rate of urban built-up areas", "P"),
    "托育托位": ("childcare places", "P"),
    "托位": ("childcare places", "P"),
    "安全生产事故起数": ("number of workplace accidents", "GWR 2018/269 (workplace accidents)"),
    "生产安全事故起数": ("number of workplace accidents", "GWR 2018/269 (workplace accidents)"),
    "网上零售额": ("online retail sales", "YB 15-13"),
    "城市道路": ("urban roads", "P"),
    "城市绿地": ("urban green areas", "YB 25-10 (Parks and Green Areas in Cities)"),
    "老旧管网": ("old pipeline networks", "P"),
    "老旧管网改造": ("renovation of old pipeline networks", "P"),
    "城镇居民收入": ("income of urban residents", "P"),
    "农村居民收入": ("income of rural residents", "P"),
    "纳税": ("tax paid", "P"),
    "床位": ("beds", "GWR 2020/66 (hospital beds)"),
    "民生实事": ("projects for people's wellbeing", "P"),
    "新入驻企业": ("enterprises newly moved in", "P"),
    # indicators common to local work reports and communiqués
    "技术合同成交额": ("volume of contracted technology transactions", "GWR 2019/102"),
    "发明专利拥有量": ("in-force invention patents", "GWR 2018/123"),
    "有效发明专利拥有量": ("in-force invention patents", "GWR 2018/123"),
    "有效发明专利": ("in-force invention patents", "GWR 2018/123"),
    "每万人口发明专利拥有量": ("in-force invention patents per 10,000 people",
                    "GWR 2018/123 (in-force invention patents)"),
    "每万人口高价值发明专利拥有量": ("high-value invention patents per 10,000 people", "P"),
    "保障性租赁住房": ("government-subsidized rental housing", "GWR 2022/119"),
    "高等教育毛入学率": ("gross college enrollment rate", "GWR 2013/116"),
    "高中阶段毛入学率": ("gross enrollment rate in senior secondary education", "P"),
    "义务教育巩固率": ("retention rate in compulsory education", "P"),
    "九年义务教育巩固率": ("retention rate in nine-year compulsory education", "P"),
    "人均预期寿命": ("average life expectancy", "GWR 2021/224"),
    "婴儿死亡率": ("infant mortality rate", "GWR 2008/161"),
    "孕产妇死亡率": ("maternal mortality rate", "GWR 2008/161"),
    "全社会用电量": ("total electricity consumption", "GWR 2014/21"),
    "货运量": ("volume of freight transport", "GWR 2014/21"),
    "货物运输量": ("volume of freight transport", "GWR 2014/21"),
    "旅客运输量": ("passenger traffic", "P"),
    "客运量": ("passenger traffic", "P"),
    "港口货物吞吐量": ("volume of freight handled in ports", "YB 16-26 (Volume of Freight Handled in Coastal Ports)"),
    "港口集装箱吞吐量": ("port container throughput", "YB 27-17"),
    "快递业务量": ("volume of express deliveries", "P"),
    "5G基站": ("5G base stations", "P"),
    "城乡居民收入比": ("ratio of urban to rural per capita disposable income", "P"),
    "住户存款余额": ("outstanding household deposits", "P"),
    "上市公司": ("listed companies", "GWR 2011/75"),
    "外商投资企业": ("foreign-invested enterprises", "GWR 2017/479 (foreign-invested firms)"),
    "研究与试验发展经费投入强度": ("R&D spending as a percentage of GDP", "GWR 2013/120"),
    "研发经费投入强度": ("R&D spending as a percentage of GDP", "GWR 2013/120"),
    "研发投入强度": ("R&D spending as a percentage of GDP", "GWR 2013/120"),
    "R&D经费投入强度": ("R&D spending as a percentage of GDP", "GWR 2013/120"),
    "农林牧渔业总产值": ("gross output value of agriculture, forestry, animal husbandry and fishery", "YB 12-3"),
    "农林牧渔业增加值": ("value added of agriculture, forestry, animal husbandry and fishery", "YB 12-3"),
    "居民消费价格涨幅": ("increase in consumer prices", "GWR 2010/174"),
    "非税收入": ("non-tax revenue", "GWR 2021/357 (non-tax government revenue)"),
    "新登记企业": ("new businesses registered", "GWR 2017/35"),
    "保障性住房": ("government-subsidized housing", "GWR 2022/530"),
    "特困人员": ("persons living in extreme poverty", "GWR 2016/595"),
    "低保对象": ("recipients of subsistence allowances", "GWR 2011/100 (subsistence allowance)"),
    "空气优良天数比例": ("share of days with good air quality", "P"),
    "空气质量优良率": ("share of days with good air quality", "P"),
    "城市空气质量优良天数比例": ("share of days with good air quality in cities", "P"),
    "网络零售额": ("online retail sales", "YB 15-13"),
    "存款余额": ("outstanding deposits", "P"),
    "贷款余额": ("outstanding loans", "P"),
    "金融机构人民币存款余额": ("outstanding RMB deposits of financial institutions", "P"),
    "金融机构人民币贷款余额": ("outstanding RMB loans of financial institutions", "P"),
    "接待游客": ("tourist visits", "P"),
    "接待游客人次": ("tourist visits", "P"),
    "货物贸易进出口": ("imports and exports of goods", "P"),
    "养老床位": ("elderly care beds", "P"),
    "公园绿地面积": ("area of parks and green areas", "YB 25-10 (Parks and Green Areas in Cities)"),
    "城市公园绿地面积": ("area of urban parks and green areas", "YB 25-10 (Parks and Green Areas in Cities)"),
    # indicators of statistical communiqués' education, health and energy chapters
    "各级各类学校": ("schools of all types and levels", "YB 21-5 (Number of Schools by Type and Level)"),
    "在校学生": ("students enrolled", "GWR 2022/501 (students in schools)"),
    "卫生机构": ("health care institutions", "YB 22-5"),
    "每千常住人口执业（助理）医师": ("licensed doctors and assistant doctors per 1,000 permanent residents", "P"),
    "每千人口执业（助理）医师": ("licensed doctors and assistant doctors per 1,000 people", "P"),
    "万元地区生产总值能耗": ("energy consumption per CNY 10,000 of GDP",
                   "GWR 2016/204 (energy consumption per unit of GDP)"),
    "万元GDP能耗": ("energy consumption per CNY 10,000 of GDP", "GWR 2016/204 (energy consumption per unit of GDP)"),
    "年产值": ("annual output value", "P"),
    "年产能": ("annual production capacity", "P"),
    "涉及居民": ("residents involved", "P"),
    "亿元以上项目": ("projects worth over CNY 100 million", "P"),
    # indicators of ecology and environment bulletins, in the wording of the row above (地表水国控断面水质优良比例)
    "地表水国控断面": ("national surface water monitoring sections", "P"),
    "水质优良断面": ("sections with good water quality", "P"),
    "水质优良（Ⅰ—Ⅲ类）断面": ("sections with good water quality (Grades I-III)", "P"),
    "水质优良（Ⅰ～Ⅲ类）断面": ("sections with good water quality (Grades I-III)", "P"),
    "水质优良（Ⅰ-Ⅲ类）断面": ("sections with good water quality (Grades I-III)", "P"),
    "臭氧日最大8小时平均第90百分位数浓度": ("ozone concentration (90th percentile of the daily maximum 8-hour average)",
                              "P"),
    "城市区域声环境昼间平均等效声级": ("average daytime equivalent sound level in urban areas", "P"),
    "区域声环境昼间平均等效声级": ("average daytime equivalent sound level in urban areas", "P"),
    "道路交通声环境昼间平均等效声级": ("average daytime equivalent sound level of road traffic", "P"),
    "道路机械化清扫率": ("mechanized road sweeping rate", "P"),
    "城市建成区道路机械化清扫率": ("mechanized road sweeping rate of urban built-up areas", "P"),
}

# Heads: zh suffix -> (template with {s} for the subject, template without a subject or None, source).
HEADS: dict[str, tuple[str, str | None, str]] = {
    "增加值": ("value added of {s}", "value added", "YB 3-6 (Value-added by Sector)"),
    "投资": ("investment in {s}", "investment", "P"),
    "总产量": ("total output of {s}", None, "P"),
    "产量": ("output of {s}", None, "YB 12-10 (Output of Major Farm Products)"),
    "总产值": ("gross output value of {s}", None, "P"),
    "产值": ("output value of {s}", None, "P"),
    "营业收入": ("business revenue of {s}", "business revenue", "YB 14-17"),
    "利润总额": ("total profits of {s}", "total profits", "YB 14-21"),
    "利润": ("profits of {s}", "profits", "P"),
    "播种面积": ("sown area of {s}", "sown area", "YB 12-8 (Sown Areas of Farm Crops)"),
    "价格": ("prices of {s}", "prices", "P"),
    "出口额": ("exports of {s}", "exports", "P"),
    "出口": ("exports of {s}", "exports", "P"),
    "进口额": ("imports of {s}", "imports", "P"),
    "进口": ("imports of {s}", "imports", "P"),
    "人均可支配收入": ("per capita disposable income of {s}", "per capita disposable income", "GWR 2014/14"),
    "人均消费支出": ("per capita consumption expenditure of {s}", "per capita consumption expenditure",
                  "YB 6-20"),
    "零售额": ("retail sales of {s}", "retail sales", "P"),
    "消费品零售额": ("retail sales of consumer goods by {s}", "retail sales of consumer goods", "P"),
    "网上零售额": ("online retail sales of {s}", "online retail sales", "YB 15-13"),
    "人数": ("number of {s}", None, "P"),
    "比例": ("share of {s}", None, "P"),
    "优良中等路率": ("share of {s} in good or fair condition", None, "P"),
    "房屋施工面积": ("floor space of buildings under construction by {s}",
               "floor space of buildings under construction", "P"),
    "比重": ("share of {s}", None, "P"),
    "床位": ("beds in {s}", "beds", "YB 22-5 (Beds in Health Care Institutions)"),
}
# Subjects: zh -> (English, source). An English starting with "the " keeps its article after "of"/"in" only.
SUBJECTS: dict[str, tuple[str, str]] = {
    "第一产业": ("the primary industry", "P"),
    "第二产业": ("the secondary industry", "P"),
    "第三产业": ("the tertiary industry", "GWR 2009/148 (tertiary industries)"),
    "一产": ("the primary industry", "P"),
    "二产": ("the secondary industry", "P"),
    "三产": ("the tertiary industry", "P"),
    "服务业": ("the services sector", "P"),
    "工业": ("industry", "P"),
    "农业": ("agriculture", "P"),
    "建筑业": ("construction", "YB 14-7"),
    "制造业": ("manufacturing", "GWR 2019/89"),
    "采矿业": ("mining", "P"),
    "电力、热力、燃气及水生产和供应业": ("the production and supply of electricity, heat, gas and water", "P"),
    "高技术制造业": ("high-tech manufacturing", "P"),
    "装备制造业": ("equipment manufacturing", "P"),
    "房地产业": ("real estate", "P"),
    "批发和零售业": ("wholesale and retail trade", "YB 15-1"),
    "住宿和餐饮业": ("accommodation and catering", "P"),
    "金融业": ("the financial sector", "P"),
    "规模以上工业": ("industrial enterprises above designated size", "YB 13-3"),
    "规上工业": ("industrial enterprises above designated size", "YB 13-3"),
    "规模以上工业企业": ("industrial enterprises above designated size", "YB 13-3"),
    "规上工业企业": ("industrial enterprises above designated size", "YB 13-3"),
    "国有控股企业": ("state-holding enterprises", "YB 13-5 (State-holding Industrial Enterprises)"),
    "国有控股工业企业": ("state-holding industrial enterprises", "YB 13-5"),
    "股份制企业": ("share-holding enterprises", "P"),
    "外商及港澳台商投资企业": ("enterprises funded by foreign investors and investors from Hong Kong, Macao and "
                      "Taiwan", "P"),
    "私营企业": ("private enterprises", "P"),
    "民营企业": ("private enterprises", "P"),
    "城镇居民": ("urban residents", "GWR 2014/14"),
    "农村居民": ("rural residents", "GWR 2014/14"),
    "全体居民": ("", "P"),
    "居民": ("", "P"),
    "粮食": ("grain", "P"),
    "稻谷": ("rice", "P"),
    "小麦": ("wheat", "P"),
    "玉米": ("corn", "P"),
    "大豆": ("soybeans", "P"),
    "油料": ("oil-bearing crops", "P"),
    "棉花": ("cotton", "P"),
    "蔬菜": ("vegetables", "P"),
    "水果": ("fruit", "P"),
    "茶叶": ("tea", "P"),
    "肉类": ("meat", "P"),
    "猪肉": ("pork", "P"),
    "禽蛋": ("poultry eggs", "P"),
    "牛奶": ("cow milk", "P"),
    "水产品": ("aquatic products", "P"),
    "机电产品": ("mechanical and electrical products", "P"),
    "高新技术产品": ("high-tech products", "P"),
    "农产品": ("agricultural products", "P"),
    "食品烟酒": ("food, tobacco and liquor", "P"),
    "衣着": ("clothing", "P"),
    "居住": ("housing", "P"),
    "生活用品及服务": ("household articles and services", "P"),
    "交通通信": ("transport and communications", "P"),
    "教育文化娱乐": ("education, culture and recreation", "P"),
    "医疗保健": ("health care", "P"),
    "其他用品及服务": ("other articles and services", "P"),
    "食品": ("food", "P"),
    "具有资质等级的总承包和专业承包建筑业企业": ("construction enterprises with qualification grades", "P"),
    "县道": ("county roads", "P"),
    "乡道": ("township roads", "P"),
    "村道": ("village roads", "P"),
    "限额以上单位": ("units above designated size", "P"),
    "限上单位": ("units above designated size", "P"),
    "数字经济核心产业": ("the core industries of the digital economy", "P"),
    "养老机构": ("elderly care institutions", "P"),
    "规模以上服务业": ("services enterprises above designated size", "P"),
    "规上服务业": ("services enterprises above designated size", "P"),
    "规模以上服务业企业": ("services enterprises above designated size", "P"),
    "高新技术产业": ("new- and high-tech industries", "GWR 2013/324"),
    "医疗卫生机构": ("health care institutions", "YB 22-5"),
}
# Trading partners: 东盟进出口 -> "trade with ASEAN"; 对美出口 is not read.
PARTNERS: dict[str, str] = {"东盟": "ASEAN", "欧盟": "the EU", "美国": "the United States", "日本": "Japan",
                            "韩国": "the Republic of Korea", "俄罗斯": "Russia", "非洲": "Africa",
                            "拉美": "Latin America", "香港": "Hong Kong", "台湾": "Taiwan",
                            "一带一路沿线国家": "Belt and Road countries", "RCEP成员国": "RCEP member states"}
TRADE_HEADS = {"进出口": "trade with {p}", "进出口额": "trade with {p}", "出口": "exports to {p}",
               "出口额": "exports to {p}", "进口": "imports from {p}", "进口额": "imports from {p}"}
# Levels before a metric: 县级以上农业产业化龙头企业 -> "... (county level and above)".
LEVELS_AND_ABOVE = {"国家级": "national level", "省级以上": "provincial level and above",
                    "市级以上": "city level and above", "县级以上": "county level and above",
                    "县级及以上": "county level and above", "市级及以上": "city level and above",
                    "省级及以上": "provincial level and above"}
# Insurance schemes, for 参加X(人数) "people covered by X".
SCHEMES: dict[str, tuple[str, str]] = {
    "城乡居民基本养老保险": ("basic endowment insurance for urban and rural residents", "YB 24-27"),
    "城镇职工基本养老保险": ("basic endowment insurance for urban workers", "YB 24-26"),
    "基本养老保险": ("basic endowment insurance", "YB 24-26"),
    "基本医疗保险": ("basic medical insurance", "YB 24-29"),
    "城乡居民基本医疗保险": ("basic medical insurance for urban and rural residents", "P"),
    "失业保险": ("unemployment insurance", "P"),
    "工伤保险": ("work-related injury insurance", "P"),
}
# Parenthetical notes of NBS indicators.
NOTES: dict[str, str] = {"不含农户": "excluding rural households", "含农户": "including rural households"}
# Rates inside a metric name (县道每公里每年养护资金): the unit of the rate, English order (space before time).
RATES = {"每公里": (0, "per km"), "每亩": (0, "per mu"), "每人": (0, "per person"), "每户": (0, "per household"),
         "每平方米": (0, "per square meter"), "每年": (1, "per year"), "每月": (1, "per month")}
RATE_RE = re.compile(r"^(?P<x>.+?)(?P<rates>(?:" + "|".join(RATES) + r")+)(?P<y>.+)$")
SCOPES = ("全市", "全州", "全县", "全区", "全省", "全盟", "全旗", "全镇", "全乡", "全域", "全年", "市域", "县域")
# A number of years before a metric (五年累计…, 三年来新增…): the figure is the total of those years.
YEAR_WORDS = {"二": "two", "两": "two", "三": "three", "四": "four", "五": "five", "十": "ten"}
YEARS_RE = re.compile(r"^(?:近|过去)?(?P<n>[二两三四五十])年(?:来|间)?(?P<rest>.+)$")
# Verbs that only say a figure was reached: dropped before a metric (实现营业收入 -> business revenue).
EMPTY_VERBS = ("实现", "完成", "拥有", "共有", "达到")
FOOTNOTE_RE = re.compile(r"\[\d+\]|［\d+］|[①-⑳]|\(\d+\)|（\d+）")
# The whole of a share given as a scope (占全市比重): the total of that area (project rendering).
WHOLE_SCOPES = {"全市": "the city total", "全县": "the county total", "全区": "the district total",
                "全省": "the provincial total", "全州": "the prefecture total", "全国": "the national total"}
SHARE_RE = re.compile(r"^(?P<x>.*?)占(?P<y>.+?)(?:的)?(?:比重|比例|份额)?$")
PAREN_RE = re.compile(r"^(?P<x>.+?)[（(](?P<y>[^）)]+)[）)]$")
# A list number left before a name by the extraction ((一)每年新增…, 二、…): not part of the metric.
LIST_NUMBER_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
# <level>财政每年安排<purpose><funds>: 市级财政每年安排城市更新专项资金 -> "special funds for urban renewal from the
# municipal budget per year" (专项资金 "special funds" GWR 2021/560; the rest project renderings).
BUDGET_RE = re.compile(r"^(?P<level>[省市州县区])级?财政每年(?:安排|投入)(?P<x>.+?)(?P<funds>专项资金|补助资金|资金)$")
BUDGET_LEVELS = {"省": "provincial", "市": "municipal", "州": "prefectural", "县": "county", "区": "district"}
BUDGET_FUNDS = {"专项资金": "special funds", "补助资金": "subsidies", "资金": "funding"}
# A figure a project will reach: 项目达产后可实现年产值 -> "annual output value at full capacity" (project rendering).
PROSPECT_RE = re.compile(r"^(?:项目)?(?P<when>建成投产|建成|投产|达产)后(?:可|将)?(?P<new>新增)?(?:实现)?(?P<rest>.+)$")
# A figure required of each place (每个街道社区卫生服务中心不少于1个): "<metric> per <place>" (行政村 administrative
# villages GWR 2017/457; 街道 subdistrict, project rendering).
PER_PLACE_RE = re.compile(r"^(?:每个|每一个|各)(?P<place>街道|行政村|乡镇|社区)(?P<rest>.+)$")
PER_PLACES = {"街道": "subdistrict", "行政村": "administrative village", "乡镇": "township", "社区": "community"}
PROSPECT_WHEN = {"建成投产": "on completion", "建成": "on completion", "投产": "once in production",
                 "达产": "at full capacity"}


def _with_subject(template: str, subject: str) -> str:
    return template.format(s=subject)


def _strip_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def clean_metric(zh: str) -> str:
    """The metric name without spaces and footnote marks (地区生产总值[1] -> 地区生产总值)."""
    return LIST_NUMBER_RE.sub("", FOOTNOTE_RE.sub("", re.sub(r"\s+", "", zh)))


class Composer:
    """The grammar bound to a glossary (entries of category metric/term/programme are heads and subjects too)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def _glossary(self, zh: str) -> str | None:
        entry = self.glossary.lookup(zh)
        if entry is not None and entry.category in ("metric", "term", "programme") and not entry.is_helper:
            return entry.en
        return None

    def noun(self, zh: str) -> str | None:
        """A name used as a subject or a whole metric: glossary, EXACT, SUBJECTS, or a composition."""
        if not zh:
            return None
        found = self._glossary(zh)
        if found is not None:
            return found
        if zh in EXACT:
            return EXACT[zh][0]
        if zh in SUBJECTS and SUBJECTS[zh][0]:
            return _strip_article(SUBJECTS[zh][0])
        return self.compose(zh)

    def subject(self, zh: str) -> str | None:
        if zh in SUBJECTS:
            return SUBJECTS[zh][0]
        if zh.endswith("类") and zh[:-1] in SUBJECTS:  # CPI groups: 食品烟酒类
            return SUBJECTS[zh[:-1]][0]
        if zh.endswith("产业") and len(zh) > 2:  # 新材料产业 -> "the new materials industry"
            field = self._glossary(zh[:-2]) or (SUBJECTS.get(zh[:-2], ("",))[0] or None)
            if field:
                return f"the {_strip_article(field)} industry"
        return self._glossary(zh) or (EXACT[zh][0] if zh in EXACT else None)

    def compose(self, zh: str) -> str | None:
        """The English of a metric name by the grammar, or None."""
        if not zh:
            return None
        m = PAREN_RE.match(zh)
        if m:
            head = self.noun(m.group("x"))
            note = NOTES.get(m.group("y")) or self.noun(m.group("y"))
            return f"{head} ({note})" if head and note else None
        if zh.endswith("占比") and zh.count("占") == 1 and len(zh) > 2:  # 民生支出占比: share of X (whole unsaid)
            part = self.noun(zh[:-2])
            return f"share of {part}" if part else None
        m = SHARE_RE.match(zh)
        if m and "占" in zh:
            whole = WHOLE_SCOPES.get(m.group("y")) or self.noun(m.group("y"))
            if whole is None:
                return None
            if not m.group("x"):  # 占出口总值: the part is the row's own subject
                return f"share in {whole}"
            part = self.noun(m.group("x"))
            return f"share of {part} in {whole}" if part else None
        m = BUDGET_RE.match(zh)
        if m:
            return self._budget(m)
        m = PER_PLACE_RE.match(zh)
        if m:
            rest = self.noun(m.group("rest"))
            if rest is None:
                return None
            per = f" per {PER_PLACES[m.group('place')]}"
            return rest.removesuffix(" per year") + per + " per year" if rest.endswith(" per year") else rest + per
        m = PROSPECT_RE.match(zh)
        if m:
            rest = self.noun(m.group("rest"))
            new = "new " if m.group("new") else ""
            return f"{new}{rest} {PROSPECT_WHEN[m.group('when')]}" if rest else None
        m = RATE_RE.match(zh)
        if m:  # 县道每公里每年养护资金 -> "maintenance funding for county roads per km per year"
            found = re.findall("|".join(RATES), m.group("rates"))
            rates = " ".join(RATES[r][1] for r in sorted(found, key=lambda r: RATES[r][0]))
            what, whom = self.noun(m.group("y")), self.noun(m.group("x"))
            return f"{what} for {whom} {rates}" if what and whom else None
        for head in sorted(TRADE_HEADS, key=len, reverse=True):
            if zh.endswith(head) and zh[: -len(head)] in PARTNERS:
                return TRADE_HEADS[head].format(p=PARTNERS[zh[: -len(head)]])
        for level in sorted(LEVELS_AND_ABOVE, key=len, reverse=True):
            if level != "国家级" and zh.startswith(level) and len(zh) > len(level):
                rest = self.noun(zh[len(level):])
                return f"{rest} ({LEVELS_AND_ABOVE[level]})" if rest else None
        for scope in SCOPES:
            if zh.startswith(scope) and len(zh) > len(scope):
                return self.noun(zh[len(scope):])
        m = YEARS_RE.match(zh)
        if m:  # 五年累计完成固定资产投资 -> "fixed-asset investment over five years" (the total of the years)
            rest = self.noun(m.group("rest"))
            years = YEAR_WORDS[m.group("n")]
            return f"{rest.removesuffix(' (cumulative)')} over {years} years" if rest else None
        for verb in EMPTY_VERBS:
            if zh.startswith(verb) and len(zh) > len(verb):
                return self.noun(zh[len(verb):])
        for word, fmt in (("年末", "{} (year-end)"), ("年底", "{} (year-end)"), ("累计", "{} (cumulative)"),
                          ("每年", "{} per year"), ("改造提升", "{} upgraded"), ("提升改造", "{} upgraded"),
                          ("新增", "new {}"), ("人均", "per capita {}"), ("新引进", "newly introduced {}"),
                          ("国家级", "national-level {}"),
                          ("省级", "provincial-level {}"), ("市、县级", "city- and county-level {}"),
                          ("市县级", "city- and county-level {}"), ("市级", "city-level {}"),
                          ("县级", "county-level {}")):
            if zh.startswith(word) and len(zh) > len(word):
                rest = self.noun(zh[len(word):])
                return fmt.format(rest) if rest else None
        if zh.endswith("参保人数") and zh[:-4] in SCHEMES:  # YB 24-29 参保人数 "Participants"
            return f"people covered by {SCHEMES[zh[:-4]][0]}"
        for count in ("数量", "个数", "家数"):  # 高新技术企业数量: the count of what the name says
            if zh.endswith(count) and len(zh) > len(count):
                return self.noun(zh[: -len(count)])
        if zh.endswith(("企业数", "项目数")):
            return self.noun(zh[:-1])
        if zh.endswith("参保率") and zh[:-3] in SCHEMES:  # GWR 2021/228 基本养老保险参保率 "coverage of ..."
            return f"coverage rate of {SCHEMES[zh[:-3]][0]}"
        if zh.startswith("参加"):
            scheme = zh[2:].removesuffix("人数")
            if scheme in SCHEMES:
                return f"people covered by {SCHEMES[scheme][0]}"
            return None
        for head in sorted(HEADS, key=len, reverse=True):
            if not zh.endswith(head):
                continue
            with_s, alone, _src = HEADS[head]
            rest = zh[: -len(head)]
            for verb in EMPTY_VERBS:  # 规模以上工业企业实现营业收入: the verb between subject and head
                if rest.endswith(verb) and len(rest) > len(verb):
                    rest = rest[: -len(verb)]
            if not rest:
                return alone
            subject = self.subject(rest)
            if subject is None and head in ("比例", "比重", "人数"):  # 重污染天数比例: any metric as the subject
                subject = self.noun(rest)
            if subject == "":
                return alone
            if subject:
                return _with_subject(with_s, subject)
        return self._helped(zh) or self._placed(zh)

    def _budget(self, m: re.Match[str]) -> str | None:
        """市级财政每年安排农村公路养护补助资金 -> 'subsidies for the maintenance of rural roads from the municipal
        budget per year'; the purpose a glossary phrase or <object>养护/建设/改造; else None."""
        purpose = m.group("x")
        what = self.noun(purpose)
        for action, english in (("养护", "maintenance"), ("建设", "development"), ("改造", "renovation")):
            if what is None and purpose.endswith(action) and len(purpose) > len(action):
                obj = self.noun(purpose[: -len(action)])
                what = f"the {english} of {obj}" if obj else None
        if what is None:
            return None
        funds = BUDGET_FUNDS[m.group("funds")]
        return f"{funds} for {what} from the {BUDGET_LEVELS[m.group('level')]} budget per year"

    def _helped(self, zh: str) -> str | None:
        """A glossary helper word before a metric: 储备 "~ stockpiled" + 编织袋 -> 'woven bags stockpiled'."""
        for n in range(min(5, len(zh) - 1), 1, -1):
            entry = self.glossary.lookup(zh[:n])
            if entry is not None and entry.is_helper:
                rest = self.noun(zh[n:])
                return apply_modifier(entry.modifier or "", rest) if rest else None
        return None

    def _placed(self, zh: str) -> str | None:
        """A metric of a named place or zone: 石梁县粮食产量 -> 'grain output (Shiliang County)'."""
        from .names import region_en, zone_split

        split = zone_split(zh, self.glossary)
        if split is None:
            return None
        place, rest = split
        for verb in EMPTY_VERBS:
            rest = rest.removeprefix(verb)
        metric = self.noun(rest)
        name = region_en(place, self.glossary)
        return f"{metric} ({name})" if metric and name else None

    def metric(self, zh: str) -> str | None:
        zh = clean_metric(zh)
        return self.noun(zh)


_COMPOSERS: dict[int, Composer] = {}


def _composer(glossary: Glossary) -> Composer:
    found = _COMPOSERS.get(id(glossary))
    if found is None or found.glossary is not glossary:
        found = _COMPOSERS[id(glossary)] = Composer(glossary)
    return found


def metric_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """English name of a metric (lower case unless a name), or None when any part cannot be rendered."""
    return _composer(glossary or get_glossary()).metric(zh)


def unsourced() -> list[tuple[str, str]]:
    """The grammar's renderings decided without an official source (zh, English), for review."""
    out = [(zh, en) for zh, (en, src) in EXACT.items() if src == "P"]
    out += [(zh, t) for zh, (t, _a, src) in HEADS.items() if src == "P"]
    out += [(zh, en) for zh, (en, src) in SUBJECTS.items() if src == "P" and en]
    out += [(zh, en) for zh, (en, src) in SCHEMES.items() if src == "P"]
    # the small closed lists below are all project renderings
    out += list(PARTNERS.items()) + list(TRADE_HEADS.items()) + list(LEVELS_AND_ABOVE.items())
    out += [(zh, en) for zh, (_order, en) in RATES.items()] + list(NOTES.items())
    return out
