"""The patterns and small tables of the metric-name grammar (metrics.py): leading scopes, rates per unit, shares,
budgets, grants, per-capita and per-place figures, sanction lines. Sources as in metrics.py (``YB x-y``, ``GWR
yyyy/n``, ``P``)."""

from __future__ import annotations

import re

from .metric_vocab import AREAS

RATES = {"每公里": (0, "per km"), "每亩": (0, "per mu"), "每人": (0, "per person"), "每户": (0, "per household"),
         "每平方米": (0, "per square meter"), "每年": (1, "per year"), "每月": (1, "per month")}
RATE_RE = re.compile(r"^(?P<x>.+?)(?P<rates>(?:" + "|".join(RATES) + r")+)(?P<y>.+)$")
SCOPES = ("全市", "全州", "全县", "全区", "全省", "全盟", "全旗", "全镇", "全乡", "全域", "全年", "市域", "县域",
          "全社会", "各类", "假期")  # 全社会研发经费投入强度: society-wide is what the indicator measures anyway
# (各类: all kinds of what follows, 举办各类招聘活动)
# An abbreviation inside a name (研究与试验发展（R&D）经费投入强度): the name reads the same without it.
INNER_ABBR_RE = re.compile(r"[（(][A-Za-z&]{1,8}[）)](?=.)")
# Verbs before a count that say what happened to the things counted (GWR 2022/44 新开工改造城镇老旧小区5.6万个
# "Renovations began on 56,000 old urban residential communities"; the rest project renderings). 计划 only says the
# figure is planned, which the row's status already says.
DONE_TO = (("新开工改造", "{} where renovation began"), ("开工改造", "{} where renovation began"),
           ("计划", "{}"), ("实施", "{} implemented"), ("安排", "{} planned"), ("改造提升", "{} upgraded"),
           ("提标改造", "{} upgraded"), ("改造", "{} renovated"),
           # the state of projects (开工在建 "under construction", GWR 2015/221 在建项目 "projects already under
           # construction"; 开复工 "started or resumed", project rendering, as the glossary's 开复工项目)
           ("开工在建", "{} under construction"), ("在建", "{} under construction"),
           ("开复工", "{} started or resumed"),
           # what a fund or policy supports or benefits (支持…等12个项目建设, 惠及市场主体1.2万户)
           ("支持", "{} supported"), ("惠及", "{} benefiting"),
           # what an office did with the things counted (开发公益性岗位, 举办招聘活动, 出动执法人员, 检查经营单位;
           # project renderings; 发放 is the glossary's helper "~ issued")
           ("开发", "{} created"), ("组织开展", "{} held"), ("举办", "{} held"), ("组织", "{} held"),
           ("举行", "{} held"),
           ("提供", "{} offered"),
           ("引进", "{} brought in"), ("开通", "{} opened"), ("出动", "{} deployed"), ("检查", "{} inspected"),
           ("受理", "{} received"),
           # what a laboratory or an inspection tested (检测食品样品, 检测水样; P); funds paid out (拨付县级配套资金,
           # 下拨救灾资金: GWR 2017/444 "allocated"; P)
           ("检测", "{} tested"), ("抽检", "{} sampled for inspection"), ("拨付", "{} disbursed"),
           ("下拨", "{} allocated"),
           # what a contest or a review picked out (评选出优秀创业项目; P)
           ("评选出", "{} selected"), ("评选", "{} selected"),
           # what a bureau spent or a committee passed on in its year (支出低保资金, 报送社情民意信息; P)
           ("支出", "{} spent"), ("报送", "{} submitted"),
           # what an office did with documents, requests and events in its year (an annual report on government
           # information disclosure: 召开新闻发布会, 收到…申请, 制发行政规范性文件, 主动公开…; project renderings)
           ("召开", "{} held"), ("收到", "{} received"), ("制发", "{} issued"), ("发布", "{} released"),
           # (a government's rules of its year: 出台…等制度文件12项, 印发…; P)
           ("出台", "{} issued"), ("印发", "{} issued"),
           ("主动公开", "{} disclosed proactively"), ("公开", "{} disclosed"), ("保留", "{} kept"),
           ("办理", "{} handled"), ("审查", "{} reviewed"), ("现行有效的", "{} in force"), ("现行有效", "{} in force"),
           # whom assistance reached in the year (保障城乡低保对象3.2万人, 救助困难群众, 资助困难学生, 帮扶脱贫人口;
           # project renderings after GWR 2019/500 保障困难群体基本居住需求 "meet the basic needs of")
           ("保障", "{} covered"), ("救助", "{} assisted"), ("资助", "{} given financial aid"),
           ("帮扶", "{} given assistance"))
# verbs of DONE_TO before a plain noun only, a glossary term (改造项目竣工验收合格率 is a rate's name; 公开招聘教师 no
# teachers disclosed)
PLAIN_ONLY = ("改造", "实施", "公开", "发布", "保留", "办理", "审查", "保障")
# what an inspection or monitoring found (市级巡查共发现建筑工地扬尘问题, 卫星遥感监测发现秸秆焚烧火点): "X found by Y"
FOUND_BY_RE = re.compile(r"^(?P<how>[\u4e00-\u9fff]{0,6}?(?:巡查|检查|监测|督查|排查|暗访))(?:共|累计)?发现(?P<x>.+)$")
FOUND_BY = (("遥感", "satellite remote sensing"), ("暗访", "unannounced visits"), ("督查", "supervision checks"),
            ("排查", "screening"), ("监测", "monitoring"), ("巡查", "inspections"), ("检查", "inspections"))
# The total investment of a set of projects (重点项目总投资): "total investment in key projects" (总投资 GWR 2012/45,
# "investment in" as GWR 2008/53 and as render uses for the other totals of a set, rows.SET_TOTALS_EN;
# 计划 only says the figure is planned, as in DONE_TO).
TOTAL_INVESTMENT_RE = re.compile(r"^(?P<x>.+?(?:项目|工程))(?:计划)?总投资$")
# 纳入X的Y: "Y included in X" (GWR 2019/137 纳入国家医保目录 "included in the national medical insurance catalog"), X a
# programme or term of the glossary.
INCLUDED_RE = re.compile(r"^(?:新|被)?纳入(?P<x>[^的]+)的(?P<y>.+)$")
# Y纳入X, the passive said after what is counted (贫困人口纳入产业扶贫链条, extract/figures/sets.py): the same English.
INCLUDED_AFTER_RE = re.compile(r"^(?P<y>[^纳的]{2,}?)(?:被)?纳入(?P<x>[^的]+)$")
THRESHOLD_START_RE = re.compile(r"^\d*(?:\.\d+)?(?:万|亿)?元(?:及)?以上")
# the units a retail figure is of, before what was sold (限额以上单位家用电器和音像器材类零售额)
UNIT_SCOPES = {"限额以上单位": "units above designated size", "限上单位": "units above designated size"}
# A number of years before a metric (五年累计…, 三年来新增…): the figure is the total of those years.
YEAR_WORDS = {"二": "two", "两": "two", "三": "three", "四": "four", "五": "five", "十": "ten"}
YEARS_RE = re.compile(r"^(?:近|过去)?(?P<n>[二两三四五十])年(?:来|间)?(?P<rest>.+)$")
# A social insurance fund's accounts (YB 24-24 "Revenue, Expenses and Balance of Social Insurance Fund"): 失业保险
# 基金收入, 工伤保险基金支出, …基金累计结存 ("accumulated balance"), …基金当年结余 ("balance of the year", P)
# (a scheme merged into the fund, 基本医疗保险基金（含生育保险）总收入: "… (including birth insurance)")
FUND_RE = re.compile(r"^(?P<scheme>.+?)基金(?:[（(]含(?P<incl>[^（()）]{2,12})[）)])?"
                     r"(?P<head>收入|支出|总收入|总支出|累计结存|累计结余|结存|当年结余|当年结存|结余)$")
FUND_HEADS = {"收入": "revenue of {}", "支出": "expenses of {}", "总收入": "total revenue of {}",
              "总支出": "total expenses of {}", "累计结存": "accumulated balance of {}",
              "累计结余": "accumulated balance of {}", "结存": "balance of {}",
              "当年结余": "balance of {} for the year",
              "当年结存": "balance of {} for the year", "结余": "balance of {}"}
# What a scheme pays (project renderings): 城乡居民基本养老保险月人均待遇水平, …实际领取待遇人数
SCHEME_HEAD_RE = re.compile(r"^(?P<scheme>.+?保险)"
                            r"(?P<head>月人均待遇水平|月人均待遇|实际领取待遇人数|领取待遇人数)$")
SCHEME_HEADS = {"月人均待遇水平": "average monthly benefit per person of {}",
                "月人均待遇": "average monthly benefit per person of {}",
                "实际领取待遇人数": "people receiving benefits of {}",
                "领取待遇人数": "people receiving benefits of {}"}
# Who is covered by a scheme (农民工参加工伤保险人数, YB 24-29 参保人数 "participants"): "<who> covered by <scheme>"
COVERED_RE = re.compile(r"^(?P<who>.{2,8}?)参加(?P<scheme>.+?)(?:人数)?$")
# Who held the events counted (各级公共文化场馆举办各类文化活动; a quoted series name dropped): "<events> held"
ACTOR_RE = re.compile(r"^(?P<who>[^“”]{2,12}?)(?:举办|组织开展)(?:“[^”]{1,16}”)?(?P<what>.{2,12})$")
# offices acting (市文化和广电旅游局联合市商务局发放…): who issued, not what was issued
OFFICE_ACTOR_RE = re.compile(r"^[\u4e00-\u9fff]{2,14}?(?:局|委员会|委|中心|办公室|政府)"
                             r"(?:(?:联合|会同)[\u4e00-\u9fff]{2,14}?(?:局|委员会|委|中心|办公室))?"
                             r"(?P<rest>(?:发放|开展|举办|出动|检查|受理|推出|组织开展).{2,})$")
# (a quoted glossary name is rows.py's to read: "… (one county, one industry)")
# a name in quotes before what it names (“非遗里的中国年”主题活动, “国庆”精品旅游线路): the name may be left out; not
# before a share or rate (“全程网办”比例: the share of services fully online, the quote says what is measured)
QUOTED_NAME_RE = re.compile(r"“(?P<name>[^”]{1,16})”(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]*(?:比例|比重|占比|率)$)")
YEAR_WITHIN_RE = re.compile(r"^(?P<scope>[\u4e00-\u9fff]{2,10}?)全年(?P<rest>[\u4e00-\u9fff]{2,})$")
# a scope and 共 before what it counts (文旅市场共受理游客投诉): the count is of what follows
WITHIN_RE = re.compile(r"^(?P<scope>[\u4e00-\u9fff]{2,8}?)共(?P<rest>.{2,})$")
# Verbs that only say a figure was reached: dropped before a metric (实现营业收入 -> business revenue).
EMPTY_VERBS = ("实现", "完成", "拥有", "共有", "达到", "开展")
# (开展补贴性职业技能培训: the training; 举办, 举行, 组织开展, 受理 have frames: "~ held", "~ received")
FOOTNOTE_RE = re.compile(r"\[\d+\]|［\d+］|[①-⑳]|\(\d+\)|（\d+）")
# The whole of a share given as a scope (占全市比重): the total of that area (project rendering).
# The eight groups of the consumer price index (NBS), named with 类 in releases (食品烟酒类价格下降0.8%).
CPI_GROUPS = ("食品烟酒", "衣着", "居住", "生活用品及服务", "交通通信", "教育文化娱乐", "医疗保健", "其他用品及服务")
WHOLE_SCOPES = {"全市": "the city total", "全县": "the county total", "全区": "the district total",
                "全省": "the provincial total", "全州": "the prefecture total", "全国": "the national total"}
# The share of a plan or budget completed (extract names it X完成调整预算比例, 为调整预算的101.3%; 完成投资占年度
# 计划): "X as a share of the adjusted budget" (project renderings: the reference has no budget-execution share).
PLAN_SHARE_RE = re.compile(r"^(?P<x>.+?)(?:完成|占)(?P<y>调整预算|年初预算|年度预算|预算|年度计划|全年计划|全年目标任务"
                           r"|年度目标任务|计划面积|计划投资|计划任务)(?:的)?(?:比例|比重)?$")
PLAN_WHOLES_EN = {"调整预算": "the adjusted budget", "年初预算": "the budget set at the start of the year",
                  "年度预算": "the annual budget", "预算": "the budget", "年度计划": "the annual plan",
                  "全年计划": "the annual plan", "全年目标任务": "the year's target",
                  "年度目标任务": "the year's target",
                  # (已完成秋冬种面积…，占计划面积的91.2%: the share of the plan done, P)
                  "计划面积": "the planned area", "计划投资": "the planned investment", "计划任务": "the planned tasks"}
# The gap of a figure to its plan (固定资产投资低于年度计划2个百分点): "X against the annual plan", the direction
# and size in the value (project rendering).
PLAN_GAP_RE = re.compile(r"^(?P<x>.*?)(?:低于|高于|超过|超出)(?P<y>年度计划|全年计划|年度目标|预期目标)$")
PLAN_GAP_WHOLES_EN = {"年度计划": "the annual plan", "全年计划": "the annual plan", "年度目标": "the annual target",
                      "预期目标": "the projected target"}
SHARE_RE = re.compile(r"^(?P<x>.*?)占(?P<y>.+?)(?:的)?(?:比重|比例|份额)?$")
PAREN_RE = re.compile(r"^(?P<x>.+?)[（(](?P<y>[^）)]+)[）)]$")
# A list number left before a name by the extraction ((一)每年新增…, 二、…): not part of the metric.
# an abbreviation in brackets after the term it abbreviates (研究与试验发展（R&D）经费): said once, by the term;
# full-width digits of a metric's bound (超过５０亿元); 共 after the whole region (全省共投入…经费: the total spent)
ABBREVIATION_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][A-Za-z&]{2,8}[）)]")
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
WHOLE_TOTAL_RE = re.compile(r"^(全[省市县区州])共(?=投入|支出)")
LIST_NUMBER_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
# <level>财政每年安排<purpose><funds>: 市级财政每年安排城市更新专项资金 -> "special funds for urban renewal from the
# municipal budget per year" (专项资金 "special funds" GWR 2021/560; the rest project renderings).
# (奖补资金 "rewards and subsidies" GWR 2021/287; 市本级 the city government's own budget, 财政 then unsaid)
BUDGET_RE = re.compile(r"^(?P<level>[省市州县区])(?:级财政|财政|本级(?:财政)?)(?P<yearly>每年)?(?:安排|投入)(?P<x>.*?)"
                       r"(?P<funds>专项资金|补助资金|奖补资金|资金)$")
BUDGET_LEVELS = {"省": "provincial", "市": "municipal", "州": "prefectural", "县": "county", "区": "district"}
BUDGET_FUNDS = {"专项资金": "special funds", "补助资金": "subsidies", "奖补资金": "rewards and subsidies",
                "资金": "funding"}
# A reward or subsidy paid as a share of a base (按实际投资额的2%给予奖励, 按照销售价格的10%给予补贴): "reward as a
# share of the actual investment" (project rendering; the base a glossary term, so the figure is a percentage).
SHARE_PAID_RE = re.compile(r"^按照?(?P<x>.+?)的?给予(?P<y>奖励|补贴|奖补)$")
PAID = {"奖励": "reward", "补贴": "subsidy", "奖补": "reward or subsidy"}
# The share of funds put to a use (福利彩票公益金用于养老服务的比例不低于55%): "share of X used for Y" (project
# rendering).
USED_FOR_RE = re.compile(r"^(?P<x>.+?)用于(?P<y>.+?)的?(?:比例|比重)$")
# Enterprises above a size (年销售额超1000万元的直播电商企业): "<X> with annual sales over CNY 10 million" (project
# rendering; 年营业收入 "annual business revenue" as YB 14-17 business revenue).
SIZED_RE = re.compile(r"^(?P<what>年销售额|年营业收入|年营收|年产值)(?:超过|超|达到|达|在)?(?P<amount>\d+(?:\.\d+)?)?"
                      r"(?P<mag>万|亿)?元(?:以上|及以上)?的(?P<x>.+)$")
SIZES = {"年销售额": "annual sales", "年营业收入": "annual business revenue", "年营收": "annual business revenue",
         "年产值": "annual output value"}
# A figure a project will reach: 项目达产后可实现年产值 -> "annual output value at full capacity" (project rendering).
PROSPECT_RE = re.compile(r"^(?:项目)?(?P<when>建成投产|建成|投产|达产)后(?:可|将)?(?P<new>新增)?(?:实现)?(?P<rest>.+)$")
# A figure required of each place (每个街道社区卫生服务中心不少于1个): "<metric> per <place>" (行政村 administrative
# villages GWR 2017/457; 街道 subdistrict, project rendering).
# A grant and its recipients (extract: 对新认定的市级智能工厂给予一次性奖励50万元 -> metric 新认定的市级智能工厂给予
# 一次性奖励): "one-off reward for <recipients>" (project rendering)
GRANT_FOR_RE = re.compile(r"^对?(?P<x>[^给]{0,16}(?:企业|工厂|车间|家庭|个人|农户|项目|园区|单位|主体|合作社|人员|"
                          r"毕业生|消费者|人才|团队|机构))的?(?:给予|发放)?"
                          r"(?P<g>一次性奖励|一次性补贴|一次性补助|奖励|补贴|补助|奖补)$")
# A count per head of population (每万名城镇常住人口拥有社区工作者): "community workers per 10,000 permanent urban
# residents"; the population "people" for 人/人口, "households" for 户.
PER_POPULATION_RE = re.compile(r"^每(?P<per>十|百|千|万|十万)(?:名|个|位)?(?P<pop>[^每]{0,10}?(?:人口|人|居民|户))"
                               r"(?:拥有|配备|有)(?P<rest>.+)$")
# Entities selected for a pilot (每年数字化转型试点中小企业, extract.figures.pilots): "small and medium enterprises
# selected for digital transformation pilots each year" (示范: demonstration projects)
# An age group of the population (YB 2-4, 2-24 "Population Aged 6 and Over"): 0-14岁人口, 60岁及以上人口.
AGE_RE = re.compile(r"^(?P<a>\d+)(?:(?:-|—|－|～|~|至)(?P<b>\d+)岁|(?:周)?岁(?P<over>及)?以上)(?:人口|老年人口)$")
# A count per head of population said without a verb (每千人口卫生技术人员, 每百户家用汽车拥有量, YB 22-3 "Health
# Technical Personnel ... per 1000 Persons", 6-10 "Durable Goods Owned Per 100 Urban Households").
PER_HEAD_RE = re.compile(r"^(?P<who>城镇居民|农村居民)?每(?P<per>十万|十|百|千|万)(?P<pop>常住人口|人口|户|名老年人|人)"
                         r"(?P<rest>[^每]+?)(?:拥有量|数)?$")
WHO_PER_HEAD = {"城镇居民": "urban ", "农村居民": "rural ", None: ""}
# Recipients and standards of subsistence allowances by area (城市低保对象, 农村居民最低生活保障人数, 城市低保标准).
ALLOWANCE_RE = re.compile(r"^(?P<area>" + "|".join(AREAS) + r")(?:居民)?(?:最低生活保障|低保)(?P<what>对象|人数|标准)$")
PILOT_RE = re.compile(r"^(?P<each>每年)?(?P<what>.{2,16}?)(?P<kind>试点|示范)(?P<who>.{2,10})$")
# the columns of a table of institutions (机构类别 | 机构数（个） | 床位数（张） | 人员数（人）) after the row's name
# (project renderings; YB 22-5 "beds in health care institutions" is the model of "beds in")
COLUMN_HEADS = {"机构数": "{s}", "床位数": "beds in {s}", "人员数": "staff of {s}"}
PER_COUNTS = {"十": "10", "百": "100", "千": "1,000", "万": "10,000", "十万": "100,000"}
POPULATIONS = {"人": "people", "人口": "people", "户": "households", "户居民": "households", "居民": "residents",
               "常住人口": "permanent residents", "名老年人": "elderly people"}
PER_PLACES = {"街道": "subdistrict", "行政村": "administrative village", "乡镇": "township", "社区": "community",
              "小区": "residential community", "项目": "project",
              "每户": "household", "单户": "household", "每人": "person",  # (每户补贴 "subsidy per household": P)
              # 每百户居民拥有社区服务设施面积 (a national indicator of community services); a subsidy's standard rate
              "每百户": "100 households", "每辆车": "vehicle", "每辆": "vehicle", "每台": "unit", "单台": "unit",
              "每件": "item", "单件": "item", "每套": "set", "每亩": "mu", "每家": "enterprise",
              # (按每平方米30元给予补贴, 按每千瓦300元给予奖励: a rate per unit of measure)
              "每平方米": "square meter", "每立方米": "cubic meter", "每千瓦": "kilowatt", "每千瓦时": "kilowatt-hour",
              "每吨": "ton", "每公里": "kilometer", "每头": "head of livestock"}
_PER_UNITS = "|".join(sorted((k for k in PER_PLACES if k[0] in "每单"), key=len, reverse=True))
PER_PLACE_RE = re.compile(r"^(?:(?:每个|每一个|各|单个)(?P<place>街道|行政村|乡镇|社区|小区|项目)"
                          rf"|(?P<unit>{_PER_UNITS})(?:居民)?(?:拥有)?)(?P<rest>.+)$")
# The line of a sanction (extract: 对年度任务完成率低于80%的市予以通报 -> metric 年度任务完成率通报线, a standing
# requirement): "completion rate of annual tasks below which a city is publicly named". 问责 "held accountable"
# (GWR 2010/561, 2011/471), 约谈 "admonished" (GWR 2011/471 约谈 "admonition", 2015/583 约谈诫勉 "admonish"), 通报
# "publicly named" (project rendering). Without the sentence: "threshold of the <X> for public naming".
SANCTION_LINE_RE = re.compile(r"^(?P<x>.+?)(?P<sanction>通报|约谈|问责)线$")
SANCTIONS = {"通报": ("is publicly named", "public naming"), "约谈": ("is admonished", "admonition"),
             "问责": ("is held accountable", "accountability")}
# who is sanctioned (对…的市予以通报), and the bound's direction (低于80% "below which", 超过 "above which")
SANCTIONED = {"市": "a city", "设区市": "a city", "县": "a county", "区": "a district", "县区": "a county or district",
              "县（市、区）": "a county, city or district", "县(市、区)": "a county, city or district",
              "县市区": "a county, city or district", "乡镇": "a township", "乡镇（街道）": "a township or subdistrict",
              "街道": "a subdistrict", "部门": "a department", "地方": "a locality", "企业": "an enterprise",
              "项目": "a project"}
LINE_BELOW = ("低于", "不足", "未达到", "达不到", "未达")
LINE_ABOVE = ("高于", "超过")
PROSPECT_WHEN = {"建成投产": "on completion", "建成": "on completion", "投产": "once in production",
                 "达产": "at full capacity"}


WHOLE_OWNERS = {"全省": "the province's ", "全国": "the national ", "全市": "the city's ", "全州": "the prefecture's ",
                "全县": "the county's ", "全区": "the district's "}


def tidy_metric(zh: str) -> str:
    """The metric name without spaces, footnote marks, list numbers and a bracketed abbreviation, with ASCII digits
    and the whole region's 共 dropped (全省共投入研究与试验发展（R&D）经费 -> 全省投入研究与试验发展经费)."""
    zh = LIST_NUMBER_RE.sub("", FOOTNOTE_RE.sub("", re.sub(r"\s+", "", zh))).translate(FULL_WIDTH_DIGITS)
    return WHOLE_TOTAL_RE.sub(r"\1", ABBREVIATION_RE.sub("", zh))
