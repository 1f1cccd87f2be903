"""A culture and tourism bureau's statistical bulletin on public cultural services (libraries, cultural centres and
stations, museums, art troupes, radio and television, intangible heritage, funding) and a grain bureau's news of the
autumn purchase season (purchases by buyer, prices, storage and drying capacity, quality requirements, reserves
rotated), both measured first (held-out set 73); then this vocabulary.

Official wording where the reference has it: 公共图书馆 "public libraries" (YB 23-23), 文化馆 "cultural centers" (GWR
2013/128), 艺术表演团体 "art performance troupes" (YB 23-21), 博物馆 "museums" (YB 23-28), 文物 "cultural relics" (YB
23-25), 有线广播电视实际用户 "actual users of cable radio and TV" (YB 23-16), 非物质文化遗产 "intangible cultural
heritage" (GWR 2022/538), 免费开放 "open to the public free of charge" (GWR 2013/128), 最低收购价 "minimum purchase
prices" (GWR 2022/410); the others are project renderings (P)."""

from __future__ import annotations

_LIB = "YB 23-23, P"
_CENTRE = "GWR 2013/128, P"
_TROUPE = "YB 23-21, P"
_MUSEUM = "YB 23-28, P"
_RELICS = "YB 23-25, P"
_ICH = "GWR 2022/538, P"

PUBLIC_CULTURE_EXACT: dict[str, tuple[str, str]] = {
    # institutions and their space
    "文化和旅游部门所属公共文化机构": ("public cultural institutions under culture and tourism departments", "P"),
    "乡镇（街道）综合文化站": ("cultural stations of towns and subdistricts", "P"),
    "综合文化站": ("cultural stations", "P"),
    "村（社区）综合性文化服务中心": ("cultural service centers of villages and communities", "P"),
    "每万人拥有公共文化设施面积": ("floor space of public cultural facilities per 10,000 people", "P"),
    "实际使用房屋建筑面积": ("floor space in use", "P"),
    "建成图书馆分馆": ("library branches built", _LIB),
    "建成文化馆分馆": ("cultural center branches built", _CENTRE),
    "基层服务点": ("community service points", "P"),
    # libraries
    "公共图书馆总流通人次": ("visits to public libraries", _LIB),
    "图书馆总藏量": ("total library holdings", _LIB),
    "新增藏量": ("holdings added", _LIB),
    "人均图书藏量": ("library books per person", _LIB),
    "阅览室座席数": ("reading room seats", _LIB),
    "书刊文献外借册次": ("loans of books and periodicals", _LIB),
    "持证读者": ("registered readers", _LIB),
    "接待读者": ("readers received", "P"),
    "各类读者活动": ("reader activities held", _LIB),
    "数字图书馆全年访问量": ("visits to the digital library in the year", "P"),
    # cultural centres and stations, volunteers, digital services
    "各级文化馆（站）共组织开展文艺活动": ("art activities organized by cultural centers and stations", _CENTRE),
    "参加群众文化活动的人次": ("attendance at public cultural activities", "P"),
    "举办训练班": ("training classes held", "P"),
    "举办展览": ("exhibitions held", "P"),
    "文化志愿者注册人数": ("registered cultural volunteers", "P"),
    "开展文化志愿服务活动": ("cultural volunteer activities held", "P"),
    "乡镇（街道）综合文化站全年平均开放时间": ("average opening days of town and subdistrict cultural stations", "P"),
    "乡镇（街道）综合文化站年开放时间": ("opening days a year of town and subdistrict cultural stations", "P"),
    "服务群众": ("people served", "P"),
    "参加人次": ("attendance", "P"),
    "平台注册用户": ("registered users of the platform", "P"),
    "线上参与人次": ("online attendance", "P"),
    # museums and relics
    "接待观众": ("visitors received", _MUSEUM),
    "博物馆文物藏品": ("cultural relics in museum collections", _RELICS),
    "国有博物馆": ("state-owned museums", _MUSEUM),
    "非国有博物馆": ("non-state museums", _MUSEUM),
    "各博物馆共举办陈列展览": ("exhibitions held by museums", _MUSEUM),
    "临时展览": ("temporary exhibitions", _MUSEUM),
    "未成年人观众": ("visits by minors", _MUSEUM),
    "未成年人观众占观众总数": ("share of visits by minors in all visits", _MUSEUM),
    "参观人次": ("visits", "P"),
    "美术馆举办展览": ("exhibitions held by art galleries", "P"),
    "不可移动文物": ("immovable cultural relics", _RELICS),
    "实施文物保护修缮工程": ("cultural relic conservation projects carried out", _RELICS),
    "文物保护修缮工程完成投资": ("investment completed in cultural relic conservation projects", _RELICS),
    # performing arts, radio, television and film
    "艺术表演团体演出场次": ("performances by art performance troupes", _TROUPE),
    "文化和旅游部门所属国有艺术表演团体": ("state-owned art performance troupes under culture and tourism departments",
                                   _TROUPE),
    "艺术表演场馆": ("performance venues", _TROUPE),
    "赴农村演出": ("performances in rural areas", _TROUPE),
    "赴农村演出占全部演出场次": ("share of performances in rural areas in all performances", _TROUPE),
    "国内观众": ("domestic audience", _TROUPE),
    "观众": ("audience", "P"),
    "有线电视实际用户": ("actual users of cable TV", "YB 23-16"),
    "数字电视实际用户": ("actual users of digital TV", "YB 23-16, P"),
    "建成应急广播终端": ("emergency broadcasting terminals installed", "P"),
    "开展农村公益电影放映": ("free film screenings in rural areas", "P"),
    "放映公益电影": ("free film screenings", "P"),
    "每个行政村每年送戏": ("performances taken to each administrative village a year", "P"),
    # intangible heritage
    "省级代表性项目": ("provincial-level representative items of intangible cultural heritage", _ICH),
    "市级代表性项目": ("city-level representative items of intangible cultural heritage", _ICH),
    "国家级代表性传承人": ("national-level representative bearers of intangible cultural heritage", _ICH),
    "省级代表性传承人": ("provincial-level representative bearers of intangible cultural heritage", _ICH),
    "开展非遗展示展演活动": ("intangible cultural heritage exhibitions and performances held", _ICH),
    # funding
    "文化事业费": ("government spending on cultural programs", "P"),
    "人均文化事业费": ("government spending on cultural programs per person", "P"),
    "文化事业费占财政总支出的比重": ("share of government spending on cultural programs in total fiscal expenditure",
                           "P"),
    "中央和省级公共文化机构免费开放补助资金": (
        "central and provincial subsidies for free admission to public cultural institutions", _CENTRE),
    "发放文化惠民消费券": ("cultural consumption vouchers issued", "P"),
    "带动文化消费": ("cultural consumption generated", "P"),
}

GRAIN_SEASON_EXACT: dict[str, tuple[str, str]] = {
    "收购": ("grain purchased", "P"),
    "收购进度": ("purchase progress", "P"),
    "国有粮食企业收购": ("purchases by state-owned grain enterprises", "P"),
    "国有粮食企业收购占收购总量": ("share of state-owned grain enterprises in total purchases", "P"),
    "多元市场主体收购": ("purchases by other market entities", "P"),
    "多元市场主体收购占比": ("share of other market entities in purchases", "P"),
    "收购最低收购价中晚稻": ("mid- and late-season rice purchased at the minimum purchase price", "GWR 2022/410, P"),
    "委托收储库点": ("designated purchase and storage points", "P"),
    "玉米一等品比例": ("share of grade-one corn", "P"),
    "玉米平均收购价格": ("average purchase price of corn", "P"),
    "大豆平均收购价格": ("average purchase price of soybeans", "P"),
    "中晚籼稻平均收购价格": ("average purchase price of mid- and late-season indica rice", "P"),
    "签订优质粮食订单面积": ("area under contracts for quality grain", "P"),
    "入统的粮食收购企业": ("grain purchasing enterprises in the statistics", "P"),
    "粮食日烘干能力": ("daily grain drying capacity", "P"),
    "已累计发放秋粮收购贷款": ("loans granted for autumn grain purchases", "P"),
    "全季全市收购秋粮": ("autumn grain purchased in the season", "P"),
    "秋粮收购量": ("autumn grain purchased", "P"),
    "建成粮食产后服务中心": ("post-harvest grain service centers built", "P"),
    "减少产后损失": ("post-harvest losses avoided", "P"),
    "组织粮食运输车辆": ("grain transport vehicles organized", "P"),
    "落实有效仓容": ("effective storage capacity secured", "P"),
    "新建、维修改造仓容": ("storage capacity built or renovated", "P"),
    "农户平均排队时间": ("farmers' average waiting time", "P"),
    "水分": ("moisture content", "P"),
    "杂质": ("impurities", "P"),
    "出糙率": ("husked rice yield", "P"),
    "检查收购企业": ("purchasing enterprises inspected", "P"),
    "市级储备粮轮换入库": ("municipal grain reserves rotated into storage", "P"),
    "年度轮换计划": ("annual rotation plan completed", "P"),
    "粮食收购价格监测点": ("grain purchase price monitoring points", "P"),
    "检定收购企业衡器": ("scales of purchasing enterprises verified", "P"),
    "带动合作社增收": ("additional income for cooperatives", "P"),
}
