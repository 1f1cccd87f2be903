"""The progress a review heading reports (民生福祉不断增进 'improved continuously'), in the State Council's past tense,
and the subjects such headings name."""

from __future__ import annotations

# Progress of a review heading <noun><progress> (民生福祉不断增进), past tense as GWR 2008/28 renders
# ——人民生活显著改善 "People's living standards improved significantly"; the others are project renderings after it
# (GWR 2019/127 城乡区域发展协调性持续增强 "... has continuously improved").
PROGRESS = {
    "显著改善": "improved significantly", "明显改善": "improved markedly", "持续改善": "continued to improve",
    "不断改善": "continued to improve", "不断增进": "continued to improve", "持续增进": "continued to improve",
    "持续增强": "continued to improve", "不断增强": "continued to improve", "持续优化": "continued to improve",
    "不断优化": "continued to improve",
    # the trend phrases of statistical releases' section headings (农业生产总体稳定, 工业生产加快增长): GWR 2019/162
    # 总体稳定 "remained generally stable", 2019/345 平稳增长 "stable growth", 2022/371 持续恢复 "sustained
    # recovery", 2017/30 较快增长 "grew rapidly", 2021/265 稳步增长 "steady growth", 2018/58 稳中向好 "stable,
    # positive performance", 2022/140 全面推进 "advanced ... on all fronts"; the others are project renderings
    "总体稳定": "remained generally stable", "平稳增长": "grew steadily", "持续恢复": "continued to recover",
    "较快增长": "grew rapidly", "稳步增长": "grew steadily", "稳中向好": "showed stable and positive performance",
    "全面推进": "advanced on all fronts", "加快增长": "grew faster", "稳步增加": "increased steadily",
    "运行平稳": "remained stable", "温和上涨": "rose moderately", "稳中有升": "rose steadily",
    "回升向好": "picked up", "保持稳定": "remained stable",
    "稳中有进": "made further progress while maintaining stability",  # GWR 2019/58 总体平稳、稳中有进
    "加快优化": "improved faster",  # after GWR 2018/79 经济结构加快优化升级 "sped up economic structural upgrading"
    "加快回升": "picked up faster", "稳定增长": "grew steadily", "增势较好": "showed good momentum",
    "稳步回升": "picked up steadily", "持续回升": "continued to pick up",
    # review headings of plan evaluations and speeches (经济实力稳步提升, 创新驱动成效明显, 绿色转型扎实推进,
    # 基础设施更加完善, 经济工作取得新成效): GWR 2018/12 经济实力跃上新台阶 "economic strength has reached a new
    # high" for the subject; the predicates are project renderings
    "稳步提升": "rose steadily", "成效明显": "achieved notable results", "成效显著": "achieved notable results",
    "扎实推进": "made solid progress", "更加完善": "improved further", "取得新成效": "achieved new results",
    "取得新进展": "made new progress", "取得明显成效": "achieved notable results",
    "提速提质": "sped up and improved in quality",  # 项目建设提速提质 (project rendering)
    # section headings of plan reports and provincial releases (产业转型步伐加快, 重大项目加快推进, 民生保障持续加强,
    # 农业生产形势较好, 对外贸易和金融运行总体平稳): GWR 2019/58 总体平稳 "generally stable"; the others project
    # renderings
    "步伐加快": "gathered pace", "加快推进": "progressed faster", "持续加强": "continued to strengthen",
    "不断加强": "continued to strengthen", "形势较好": "performed well", "形势良好": "performed well",
    "总体平稳": "remained generally stable",
    # review headings of a town's work report (特色产业加快发展, 土地流转有序推进, 村集体经济持续壮大; project
    # renderings)
    "加快发展": "developed faster", "有序推进": "progressed in an orderly way",
    "持续壮大": "continued to grow stronger", "不断壮大": "continued to grow stronger",
    # more review predicates (脱贫攻坚成果持续巩固, 法规制度体系逐步完善, 处置能力明显提升, 分类体系基本建立, 村级集体
    # 经济发展壮大, 绿色低碳转型加快): project renderings in the tense and voice of the ones above
    "持续巩固": "continued to be consolidated", "不断巩固": "continued to be consolidated",
    "进一步巩固": "were further consolidated", "逐步完善": "improved gradually", "不断完善": "continued to improve",
    "持续完善": "continued to improve", "明显提升": "improved markedly", "显著提升": "improved significantly",
    "持续提升": "continued to improve", "不断提升": "continued to improve", "基本建立": "basically took shape",
    "发展壮大": "grew stronger", "加快": "accelerated", "明显加快": "accelerated markedly",
    "保持合理增长": "maintained reasonable growth", "合理增长": "grew at a reasonable pace",
    # review headings of an urban health check and a river chief summary (社区服务更加便利, 出行效率有所改善,
    # 河湖长组织体系不断健全, 河湖治理项目加快实施; project renderings)
    "更加便利": "became more convenient", "有所改善": "improved", "不断健全": "continued to improve",
    "加快实施": "proceeded faster",
    # the findings headings of an analysis of complaints (服务类投诉持续增长, 商品类投诉占比下降, 网络消费投诉较为
    # 集中, 投诉分布不均; project renderings)
    "持续增长": "continued to grow", "快速增长": "grew rapidly", "有所下降": "fell", "有所增长": "rose",
    "占比下降": "accounted for a smaller share", "占比上升": "accounted for a larger share",
    "占比提高": "accounted for a larger share", "较为集中": "were relatively concentrated",
    "分布不均": "were unevenly distributed",
    # the review headings of a health bureau (居民健康水平稳步提高, 基层卫生服务提质扩面, 医保支付方式改革深入推进;
    # GWR 2013/146 国民健康水平进一步提高 "People's health further improved"; the others project renderings)
    "稳步提高": "improved steadily", "进一步提高": "further improved", "持续提高": "continued to improve",
    "提质扩面": "improved in quality and expanded in coverage", "深入推进": "advanced further",
    "持续深化": "continued to deepen",
    # the findings headings of a statistics bureau's analysis (主要产品产量有增有减; P; 降幅收窄: title_headings)
    "有增有减": "rose for some and fell for others",
    "涨幅回落": "rose at a slower pace", "增速回落": "grew at a slower pace",
}


# Subjects of review headings said otherwise than as a metric: 居民消费价格温和上涨 "Consumer Prices Rose Moderately"
# (NBS's release wording; the metric row says "CPI", GWR 2022/17)
PROGRESS_SUBJECTS = {"居民消费价格": "consumer prices", "居民消费价格总水平": "consumer prices",
                     "消费价格": "consumer prices",
                     # 财政金融运行平稳: the two sectors as the yearbook's chapters name them (Government Finance,
                     # Financial Sector)
                     "财政金融": "government finance and the financial sector",
                     # (NBS releases: "market sales", "foreign trade and finance"; 民生保障 after GWR 2022/483)
                     "市场销售": "market sales", "对外贸易和金融运行": "foreign trade and finance",
                     "民生保障": "support for people's wellbeing", "重大项目": "major projects",
                     "产业转型": "industrial transformation",
                     # a health bureau's review: GWR 2013/146 国民健康水平 "people's health", 2020/361 医疗服务能力
                     # "capacity for providing medical services", 2021/224 公共卫生体系 "public health system",
                     # 2019/617 医保支付方式改革 "the reform of medical insurance payment models"
                     "居民健康水平": "residents' health", "国民健康水平": "people's health",
                     "医疗服务能力": "the capacity for providing medical services",
                     "公共卫生体系": "the public health system",
                     "医保支付方式改革": "the reform of medical insurance payment models",
                     "基层卫生服务": "community-level health services",
                     # an analysis of industry (YB 13: "industrial enterprises", the producer prices of industrial
                     # products; P for the rest)
                     "企业效益": "business performance", "主要产品产量": "the output of major products",
                     "工业品价格": "producer prices of industrial products",
                     "工业投资和工业用电": "industrial investment and industrial electricity consumption"}
