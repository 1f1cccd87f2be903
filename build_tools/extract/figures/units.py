"""The units a quantity may carry: what each counts or measures (its base), its factor, and its class (count,
money, measure, percent, permille, percentage point, times, duration); the multipliers 万/亿."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class _Unit:
    base: str
    factor: float
    cls: str  # count | money | measure | percent | permille | pp | times | duration


# how often: the measure words of what is done and the periods a frequency is per (每半年1次 -> 1 次/半年)
FREQUENCY_UNITS = ("次", "场", "场次", "轮")
FREQUENCY_PERIODS = ("年", "半年", "季度", "月", "周", "日")


def _units() -> dict[str, _Unit]:
    count = {
        "人次": "person-time", "户次": "household-time", "人": "person", "名": "person", "位": "person",
        "户": "household", "家": "entity", "个": "item", "项": "item", "座": "item", "所": "item", "处": "item",
        "条": "item", "件": "item", "场": "item", "次": "time", "套": "item", "栋": "item", "幢": "item",
        "台": "item", "辆": "vehicle", "艘": "vessel", "架": "item", "头": "head", "只": "head", "羽": "head",
        "株": "plant", "棵": "plant", "张": "item", "批": "batch", "篇": "item", "部": "item", "宗": "item",
        "笔": "item", "份": "item", "支": "item", "块": "item", "把": "item", "间": "item", "床": "bed",
        "道": "item",  # 重复计量涵洞12道, 设置拦水闸3道 (culverts, gates, counted as items)
        "起": "item", "类": "item",  # 化解矛盾纠纷236起 (cases); 补贴范围扩大到12类 (product categories)
        "辆次": "vehicle", "家次": "entity",  # 客车流量186.4万辆次, 检查经营单位835家次
        "件次": "item",  # 受理群众来信来电来访328件次 (letters, calls and visits received, counted as 件)
        "盏": "item", "批次": "batch",  # 安装太阳能路灯600盏 (lamps); 赴外招商活动46批次 (trips, as 批)
        "场次": "time",  # 开展应急演练312场次, 送戏下乡120场次 (sessions held, as 次)
        "种": "item",  # 门诊慢特病病种扩大到62种, 落地集采药品435种 (kinds counted, as 类)
        "期": "item",  # 在线访谈期数6期, 开展征集调查9期 (issues or rounds held, counted as items)
        "瓶": "item",  # 查获超过保质期的香菇酱326瓶 (jars or bottles counted, as 件)
        "枚": "item",  # 获得金牌27枚, 发射卫星3枚 (medals, badges counted, as 块)
        "轮": "",  # 开展专项督查3轮, 出现4轮强降雨过程 (rounds or spells counted: no base of their own)
        # blood collected in units (采集全血…，折合7.6万单位; 临床用血供应7.4万单位) and platelets in therapeutic doses
        # (采集机采血小板1.32万治疗量): the blood service's own units (a number directly before 单位 is no organisation)
        "单位": "blood unit", "治疗量": "therapeutic dose",
        # a library's holdings and loans in volumes (总藏量682.4万册, 人均图书藏量1.27册, 外借298.2万册次) and classes
        # held (举办训练班3860班次): counted as items
        "册": "item", "册次": "item", "班次": "item",
        "个次": "item",  # 累计巡查库点218个次 (places inspected, each visit counted, as 家次)
        "对": "couple", "具": "item",  # 办理结婚登记2.14万对 (couples); 火化遗体2.96万具 (bodies, counted as items)
    }
    table = {u: _Unit(b, 1.0, "count") for u, b in count.items()}
    # how often a thing is done (清洗消毒每半年不少于1次 -> 1 次/半年, rates.frequency): times, the period in the unit
    table.update({f"{u}/{per}": _Unit("time", 1.0, "count") for u in FREQUENCY_UNITS for per in FREQUENCY_PERIODS})
    table.update({
        "元": _Unit("CNY", 1, "money"), "美元": _Unit("USD", 1, "money"), "欧元": _Unit("EUR", 1, "money"),
        "港元": _Unit("HKD", 1, "money"),
        # an amount per person and period (低保标准820元/人·月, 7680元/人·年): money, the rate kept in the unit
        "元/人·月": _Unit("CNY", 1, "money"), "元/人·年": _Unit("CNY", 1, "money"),
        "元/人/月": _Unit("CNY", 1, "money"), "元/人/年": _Unit("CNY", 1, "money"),
        # a wage per month or hour (月最低工资标准2280元/月, 小时最低工资标准22.5元/小时): money, the rate kept
        "元/月": _Unit("CNY", 1, "money"), "元/小时": _Unit("CNY", 1, "money"),
        # a price per unit of what is sold (单位供水成本3.12元/立方米, 电价0.56元/千瓦时, 气价3.45元/立方米): money, the
        # rate kept
        "元/立方米": _Unit("CNY", 1, "money"), "元/千瓦时": _Unit("CNY", 1, "money"), "元/吨": _Unit("CNY", 1, "money"),
        # a retail price per weight or package (精瘦肉13.86元/斤, 白条鸡18.60元/公斤, 大豆油68.50元/桶): money, the
        # rate kept
        "元/斤": _Unit("CNY", 1, "money"), "元/公斤": _Unit("CNY", 1, "money"), "元/千克": _Unit("CNY", 1, "money"),
        "元/桶": _Unit("CNY", 1, "money"),
        # a sum insured, premium or subsidy per unit of land or livestock (保险金额1200元/亩, 能繁母猪1500元/头, 补贴
        # 30元/只): money, the rate kept
        "元/亩": _Unit("CNY", 1, "money"), "元/公顷": _Unit("CNY", 1, "money"), "元/头": _Unit("CNY", 1, "money"),
        "元/只": _Unit("CNY", 1, "money"), "元/羽": _Unit("CNY", 1, "money"),
        # a price or fee per person, visit, ticket or item (门票120元/人, 观光车40元/人次, 饮用水不超过3元/瓶): money,
        # the rate kept
        "元/人": _Unit("CNY", 1, "money"), "元/人次": _Unit("CNY", 1, "money"), "元/张": _Unit("CNY", 1, "money"),
        "元/次": _Unit("CNY", 1, "money"), "元/瓶": _Unit("CNY", 1, "money"), "元/辆": _Unit("CNY", 1, "money"),
        "公里": _Unit("km", 1, "measure"), "千米": _Unit("km", 1, "measure"), "米": _Unit("m", 1, "measure"),
        "平方公里": _Unit("km2", 1, "measure"), "平方千米": _Unit("km2", 1, "measure"),
        "平方米": _Unit("m2", 1, "measure"), "公顷": _Unit("ha", 1, "measure"), "亩": _Unit("mu", 1, "measure"),
        "千公顷": _Unit("ha", 1000, "measure"),  # the yearbook's unit of sown areas (YB 12-9: 1,000 hectares)
        "吨公里": _Unit("t-km", 1, "measure"), "人公里": _Unit("passenger-km", 1, "measure"),  # (YB 16-9, 16-7)
        "立方米": _Unit("m3", 1, "measure"), "吨": _Unit("t", 1, "measure"), "公斤": _Unit("kg", 1, "measure"),
        "吨标准煤": _Unit("tce", 1, "measure"), "吨标煤": _Unit("tce", 1, "measure"),  # energy use, coal equivalent
        "千克": _Unit("kg", 1, "measure"), "斤": _Unit("kg", 0.5, "measure"), "千瓦时": _Unit("kWh", 1, "measure"),
        "千瓦": _Unit("kW", 1, "measure"), "兆瓦": _Unit("kW", 1000, "measure"), "千伏": _Unit("kV", 1, "measure"),
        # (a battery plant's capacity: 新增产能10吉瓦时; storage: 储能规模200兆瓦时)
        "吉瓦时": _Unit("kWh", 1_000_000, "measure"), "兆瓦时": _Unit("kWh", 1000, "measure"),
        # transformer capacity (节能变压器1800万千伏安) and coal use per kWh supplied (供电煤耗不高于300克标准煤/千瓦时)
        "千伏安": _Unit("kVA", 1, "measure"), "克标准煤/千瓦时": _Unit("gce/kWh", 1, "measure"),
        "克标煤/千瓦时": _Unit("gce/kWh", 1, "measure"),
        # coal use per kWh written without the coal (供电标准煤耗为298克/千瓦时), per tonne of steel in kilograms
        # (吨钢综合能耗548千克标准煤), energy use per 10,000 yuan of output (不得高于0.45吨标准煤/万元)
        "克/千瓦时": _Unit("gce/kWh", 1, "measure"), "千克标准煤": _Unit("tce", 0.001, "measure"),
        "千克标煤": _Unit("tce", 0.001, "measure"), "吨标准煤/万元": _Unit("tce/10k CNY", 1, "measure"),
        "公里/百平方公里": _Unit("km/100 km2", 1, "measure"),  # road density (公路密度108.6公里/百平方公里)
        # an urban road network's density (城市道路网密度6.7公里/平方公里), a speed (高峰期平均车速28.3公里/小时) and
        # an area per person (人均公园绿地面积13.6平方米/人, the person said in the unit: still square metres)
        "公里/平方公里": _Unit("km/km2", 1, "measure"), "千米/平方千米": _Unit("km/km2", 1, "measure"),
        "公里/小时": _Unit("km/h", 1, "measure"), "千米/小时": _Unit("km/h", 1, "measure"),
        "平方米/人": _Unit("m2", 1, "measure"),
        # a plant's yearly emission or discharge as an EIA states it (颗粒物排放量为8.64吨/年, 生活污水产生量为
        # 2880立方米/年, 年产能10万吨/年): the rate kept in the unit, as 元/月 is CNY
        "吨/年": _Unit("t", 1, "measure"), "万吨/年": _Unit("t", 10000, "measure"),
        # a daily throughput or capacity (分出厨余垃圾286吨/日, 污水处理能力5万吨/日, 供水能力12万立方米/日)
        "吨/日": _Unit("t", 1, "measure"), "万吨/日": _Unit("t", 10000, "measure"),
        "立方米/日": _Unit("m3", 1, "measure"), "万立方米/日": _Unit("m3", 10000, "measure"),
        "立方米/年": _Unit("m3", 1, "measure"), "万立方米/年": _Unit("m3", 10000, "measure"),
        # an investment intensity floor (投资强度不低于300万元/亩): money per mu, the rate kept in the unit
        "万元/亩": _Unit("CNY", 10000, "money"),
        # a yield per unit of area (单产408公斤/亩, 6120公斤/公顷) and a wind speed (极大风速28.6米/秒): the rate kept
        "公斤/亩": _Unit("kg/mu", 1, "measure"), "千克/亩": _Unit("kg/mu", 1, "measure"),
        "斤/亩": _Unit("kg/mu", 0.5, "measure"), "公斤/公顷": _Unit("kg/ha", 1, "measure"),
        "千克/公顷": _Unit("kg/ha", 1, "measure"), "米/秒": _Unit("m/s", 1, "measure"),
        "千辆": _Unit("vehicle", 1000, "count"),  # 营运公交车3.2千辆 (the yearbook's 1,000 vehicles)
        "千升": _Unit("L", 1000, "measure"), "升": _Unit("L", 1, "measure"), "标箱": _Unit("TEU", 1, "measure"),
        "μg/m³": _Unit("ug/m3", 1, "measure"), "微克/立方米": _Unit("ug/m3", 1, "measure"),
        "毫克/立方米": _Unit("mg/m3", 1, "measure"),
        # a concentration in water (总磷平均浓度为0.038毫克/升, 氨氮0.52毫克/升, 微克/升 of trace pollutants)
        "毫克/升": _Unit("mg/L", 1, "measure"), "微克/升": _Unit("ug/L", 1, "measure"),
        # the turbidity of drinking water in nephelometric units (浑浊度为1.2NTU, the limit 1NTU of GB 5749)
        "NTU": _Unit("NTU", 1, "measure"),
        "%": _Unit("percent", 1, "percent"), "‰": _Unit("permille", 1, "permille"),
        "个百分点": _Unit("percentage point", 1, "pp"), "百分点": _Unit("percentage point", 1, "pp"),
        "倍": _Unit("times", 1, "times"),
        "个工作日": _Unit("day", 1, "duration"), "工作日": _Unit("day", 1, "duration"),
        # (合同签订后60日历天内交货: calendar days of a contract's term)
        "日历天": _Unit("day", 1, "duration"), "个日历日": _Unit("day", 1, "duration"),
        "日历日": _Unit("day", 1, "duration"),
        "天": _Unit("day", 1, "duration"), "小时": _Unit("hour", 1, "duration"),
        "分钟": _Unit("minute", 1, "duration"),  # (险情发生后30分钟内电话报告: a time limit in minutes)
        "个月": _Unit("month", 1, "duration"), "分贝": _Unit("dB", 1, "measure"),
        # health statistics: a rate per 100,000 (孕产妇死亡率为8.46/10万), its change in 千分点 of a per-mille rate
        # (婴儿死亡率下降0.21个千分点), an age in years (人均预期寿命80.12岁; an age limit is no figure: metric.py)
        "/10万": _Unit("per 100000", 1, "permille"), "/十万": _Unit("per 100000", 1, "permille"),
        "个千分点": _Unit("permille point", 1, "pp"), "千分点": _Unit("permille point", 1, "pp"),
        # (the change of a rate per 100,000 in its own points: 比上年下降1.13个十万分点)
        "个十万分点": _Unit("per 100000", 1, "pp"), "十万分点": _Unit("per 100000", 1, "pp"),
        "岁": _Unit("year", 1, "measure"),
        "年一遇": _Unit("year", 1, "measure"),  # a flood or drainage standard (防洪标准提高到50年一遇): a return period
        "周岁": _Unit("year", 1, "measure"),  # (an age limit of a notice: 年龄为18周岁以上、35周岁以下)
        # bulletins of weather and water, cases of diseases: 1256例, rainfall, temperature
        "例": _Unit("case", 1, "count"), "毫米": _Unit("mm", 1, "measure"),
        # body measurements and test results of physical fitness monitoring (平均身高171.2厘米, 立定跳远92.5厘米, 肺活量
        # 3852毫升, 闭眼单脚站立9.8秒): lengths, volumes and seconds
        "厘米": _Unit("cm", 1, "measure"), "毫升": _Unit("mL", 1, "measure"), "秒": _Unit("second", 1, "duration"),
        "℃": _Unit("degC", 1, "measure"), "摄氏度": _Unit("degC", 1, "measure"),
    })
    return table


UNITS = _units()
_UNIT_NAMES = sorted(UNITS, key=len, reverse=True)
_UNITS_BY_FIRST: dict[str, list[str]] = {}  # first character -> the units it starts, longest first
for _name in _UNIT_NAMES:
    _UNITS_BY_FIRST.setdefault(_name[0], []).append(_name)
UNITS["年"] = _Unit("year", 1, "measure")  # (after a decimal only: _DECIMAL_YEARS, never matched as a unit)
# a time limit in days written 日 (自收到报告之日起30日内完成整改): a duration only before 内/以内/之内 (11月30日, 每月
# 15日 are days of the calendar)
UNITS["日"] = _Unit("day", 1, "duration")
_UNITS_BY_FIRST.setdefault("日", []).append("日")
_DAYS_WITHIN = ("内", "以内", "之内")
# tenths (降雨量较常年同期偏多4成, 偏多1～2成, 减少近3成): a share in tens of percent, only after a change or an
# approximation word (3成员, 5成立, 建成 are no tenths: quantities.py)
UNITS["成"] = _Unit("", 10, "percent")  # (no base unit of its own, as holdout32's gold)
_UNITS_BY_FIRST.setdefault("成", []).append("成")
# points of a score (项目自评得分88.5分, 综合考核得分92分): only after a score word (quantities._SCORE_AFTER)
UNITS["分"] = _Unit("", 1, "measure")
_UNITS_BY_FIRST.setdefault("分", []).append("分")
_MULTS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
          "万": 1e4}
_MULT_NAMES = tuple(sorted(_MULTS, key=len, reverse=True))
