"""A holiday's consumption market (a commerce bureau's news on the National Day holiday: the monitored retail and
catering enterprises, malls and pedestrian streets, trade-in subsidies, the night economy) and a town's work summary
and plan (village industries, the town's debt, Party building, progress against the county's task); holdout56.

Official usage where the reference has it: 以旧换新 "trading in old ... for new ones" (GWR 2011/286), 低保
"subsistence allowances" (GWR 2021/40), 限额以上 after 规模以上 "above designated size" (YB 13-1), 协议投资额
"contracted investment" (plan_projects); the rest project renderings (P).
"""

from __future__ import annotations

CONSUMPTION_EXACT: dict[str, tuple[str, str]] = {
    "消费市场": ("consumer market", "P"),  # (a headline's subject: 国庆中秋假期我市消费市场繁荣活跃)
    # the holiday's sales of the monitored enterprises and their parts
    "重点监测零售和餐饮企业实现销售额": ("sales of the monitored key retail and catering enterprises", "P"),
    "重点监测零售和餐饮企业销售额": ("sales of the monitored key retail and catering enterprises", "P"),
    "重点监测零售和餐饮企业销售额增速": ("sales growth of the monitored key retail and catering enterprises", "P"),
    "重点监测企业销售额": ("sales of the monitored key enterprises", "P"),
    "零售企业销售额": ("sales of retail enterprises", "P"),
    "重点监测零售企业金银珠宝类销售额": ("sales of gold, silver and jewelry by the monitored retail enterprises", "P"),
    "金银珠宝类销售额": ("sales of gold, silver and jewelry", "P"),
    "服装鞋帽类销售额": ("sales of garments, footwear and hats", "P"),
    "重点监测餐饮企业晚间营业额占全天营业额": (
        "evening turnover of the monitored catering enterprises as a share of the day's", "P"),
    "限额以上住宿企业营业额": ("turnover of accommodation enterprises above designated size", "YB 13-1 (above "
                                                                             "designated size), P"),
    "带动全市限额以上住宿企业营业额": ("turnover of accommodation enterprises above designated size",
                            "YB 13-1 (above designated size), P"),
    "组织开展各类促消费活动": ("consumption promotion events held", "P"),
    # footfall of malls, streets and districts
    "客流量": ("footfall", "P"),
    "假期客流量": ("footfall", "P"),
    "接待客流": ("footfall", "P"),
    "商户营业额": ("turnover of the shops", "P"),
    "重点商圈": ("key business districts", "P"),
    "夜间消费集聚区客流量": ("footfall in night-time consumption areas", "P"),
    "夜间消费集聚区": ("night-time consumption areas", "P"),  # (their count before their footfall)
    # trade-ins (GWR 2011/286 trading in old home appliances for new ones)
    "带动销售额": ("sales generated", "P"),
    "汽车、家电、数码产品以旧换新补贴": ("trade-in subsidies for cars, home appliances and digital products",
                          "GWR 2011/286 (trading in), P"),
    "带动新车销售额": ("new-car sales generated", "P"),
    "汽车以旧换新补贴申请": ("applications for car trade-in subsidies", "GWR 2011/286 (trading in), P"),
    "受理以旧换新补贴申请": ("trade-in subsidy applications received", "GWR 2011/286 (trading in), P"),
    "家电以旧换新销售": ("home appliances sold as trade-ins", "GWR 2011/286 (trading in), P"),
    "补贴占产品销售价格比例": ("subsidy as a share of the sale price", "P"),
    "购买1级能效产品再给予售价": ("extra subsidy for products of energy class 1, as a share of the price", "P"),
    "计划再发放消费券": ("further consumption vouchers planned", "P"),
    # cars, prices, complaints, tourism
    "重点监测汽车销售企业销售新车": ("new cars sold by the monitored car dealers", "P"),
    "蔬菜平均零售价格每公斤": ("average retail price of vegetables per kg", "P"),
    "市场监管部门通过12315热线受理消费投诉": ("consumer complaints received through the 12315 hotline", "P"),
    "A级旅游景区接待游客": ("tourist visits to A-level scenic areas", "P"),
    "Ａ级旅游景区接待游客": ("tourist visits to A-level scenic areas", "P"),
    "单日最高接待游客": ("peak daily tourist visits", "P"),
    # a town's work summary and plan
    "完成县下达年度任务": ("share of the county's annual target completed", "P"),
    "固定资产投资完成进度": ("progress of investment in fixed assets", "YB 10-1 (investment in fixed assets), P"),
    "发展稻虾共养": ("rice-crayfish farming area added", "P"),
    "扩大稻虾共养规模": ("rice-crayfish farming area", "P"),
    "引进食用菌种植企业": ("edible fungus growers brought in", "P"),
    "建成菌棚": ("mushroom sheds built", "P"),
    "年销售收入": ("annual sales revenue", "P"),
    "带动社员": ("member households benefiting", "P"),
    "户均增收": ("income increase per household", "P"),
    "新签约项目协议投资": ("contracted investment of newly signed projects", "P"),
    "年新增产值": ("additional output value per year", "P"),
    "建成村级污水处理站": ("village sewage treatment stations built", "P"),
    "发放城乡低保金": ("subsistence allowances paid in urban and rural areas", "GWR 2021/40 (subsistence allowances)"),
    "受理12345政务服务便民热线工单": ("requests received by the 12345 government service hotline", "P"),
    "按时办结率": ("on-time completion rate", "P"),
    "镇卫生院改造提质项目完成投资": ("investment completed in upgrading the town health center", "P"),
    "全部建成标准化综合服务平台的村（社区）": (
        "villages (communities) with a standard comprehensive service platform", "P"),
    "发展党员": ("new Party members admitted", "P"),
    "培训村（社区）干部": ("village (community) officials trained", "P"),
    "整顿软弱涣散村党组织": ("weak and lax village Party organizations overhauled", "P"),
    "镇级债务余额": ("outstanding debt of the town", "P"),
    "50万元以上的村": ("villages with collective income of CNY 500,000 or more", "P"),
}
