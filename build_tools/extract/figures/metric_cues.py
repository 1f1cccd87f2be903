"""The cue patterns of metric naming (metric.py): what stands before or after a quantity that says whether it is a
figure and what it is of (a tier's bounds, a definition, a law's size, a norm, a set named before its members, a
share of things doing something). Sentences of the source documents in the comments."""

from __future__ import annotations

import re

# an adverb of totalling between what is counted and its verb (“新三样”产品合计出口): no part of the name
_TOTALLING = re.compile(r"(?<=[\u4e00-\u9fff”])(?:合计|共计)(?!占)(?=[\u4e00-\u9fff]{2})")  # (三者合计占…: .combined)
_ON_THE_BASIS = re.compile(r"在[^，,；;。在]{0,40}?的?基础上")
_EITHER = re.compile(r"\s*([\u4e00-\u9fff]{1,3}或[\u4e00-\u9fff]{2,8}?)(?=$|[，,。；;、（(])")
# a requirement per unit (每个行政村至少配备1名…, 每所学校配备2名…, 原则上每个街道至少建成1个…): the unit is part of
# the metric (an adverb of the norm may stand before it)
_PER_SCOPE = re.compile(r"(?:原则上|一般情况下|一般|通常|要求|确保|力争)?"
                        r"(每(?:个|家|所|户|座|条|名)?[\u4e00-\u9fff]{1,6}?)"
                        r"(?:至少|均|都|应当|应|要|须|必须|需|按|不少于)?(?:配备|配置|配齐|设立|设置|建立|建成|确定|安排)"
                        r"[^，,；;。]{0,4}$")
# the bounds of a tier of a benefit or a tax (1.5万元至5万元（含）的部分报销60%, 10万元以上的部分报销80%)
_TIER_AFTER = re.compile(r"\s*(?:（含）|\(含\))?(?:及以上|以上|以下)?(?:（含）|\(含\))?的部分")
# a household's size bounding who a rule is for (户籍人口5人（含）以上的家庭, 4口人及以上的居民户): the class named
_HOUSEHOLD_SIZE_AFTER = re.compile(r"\s*(?:（含）|\(含\))?(?:及以上|以上|以下|及以下)(?:（含）|\(含\))?的"
                                   r"(?:家庭|居民户|住户|户)")
# a definition (…是指…的用工形式, 所称…是指): the numbers inside it delimit the term defined
_DEFINED = re.compile(r"(?:^|[，,：:])[^，,；;。]{1,20}?是指")
_PENALTY = re.compile(r"赔偿金|罚款|罚金|滞纳金")
# a cap on what one household or person may keep or buy (每户限养一只犬, 每人限购2套): the cap, named by what it caps
_CAP_BEFORE = re.compile(r"(?P<cap>每[户人家](?:只)?限(?:养|购|领|租|申请))\s*$")
_CAPPED = re.compile(r"(?P<what>[\u4e00-\u9fff]{1,4}?)(?=[，,；;。、]|$)")
# the size of a law or regulation in chapters, sections and articles (共6章52条, 分为8章61条, 全文共36条)
# (a count of articles alone only right after the law's title: 提出意见建议共41条 counts suggestions)
_LAW_SIZE = re.compile(r"(?:共|分为?)\s*\d+\s*章(?:\s*\d+\s*节)?\s*\d+\s*条|(?:共|分为?)\s*\d+\s*章"
                       r"|》\s*(?:全文)?共\s*\d+\s*条")
# the rest of a list left out (（其余13个单位略）, 其他29名同志从略): a device of the layout, not a count of anything
_ELIDED_BEFORE = re.compile(r"(?:其余|其他|余下|另外)\s*$")
_ELIDED_AFTER = re.compile(r"[^，,；;。\d]{0,8}?(?:从略|略去|略)\s*[）)]?\s*(?:[。；;]|$)")
_PER_APPLICANT = re.compile(r"限(?:报|选|填|投|申报|报考)\s*$")
# the things a rate or share right after a count is measured over (12个国控断面水质优良比例达到83.3%)
_SET_OF_RATE = re.compile(r"[\u4e00-\u9fff（）()Ⅰ-Ⅻ～—\-]{2,30}?(?:比例|比率|占比|率)(?:达到|达|为|是|保持)?"
                          r"\s*[\d.]+\s*[%％]")
# a count of entities followed by the bound their measure passes (2户企业资产负债率超过75%, 3个县增速低于5%)
# the goods an average price is taken over (28种蔬菜平均零售价格为3.72元/斤, 10种水果平均价格)
_BASKET_PRICE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:平均|均)(?:零售|批发|收购|销售)?价格?")
_COUNTED_OVER = re.compile(r"\d+\s*(?:户|家|个|所|座)[\u4e00-\u9fff]{1,14}?(?:超过|高于|低于|不足|大于|小于)\s*$")
_STATISTIC_AFTER = re.compile(r"(?:滑动)?平均|均值|浓度")
# the statistics measured in years of age (人均预期寿命, 平均年龄): before them in the sentence, a number of 岁 is a
# figure (人均预期寿命达到80.12岁，比上年提高0.35岁), elsewhere an age limit
# (an age band naming a group of people: 18至25岁献血者, 0-3岁婴幼儿, 45岁以下青年教师)
_AGE_BAND_OF = re.compile(r"(?:及以上|及以下|以上|以下)?的?(?:人口|[\u4e00-\u9fff]{0,4}?(?:献血者|婴幼儿|儿童|"
                          r"青少年|青年|老年人|老人|妇女|劳动力|人群|群体|学生|患者|人员|人才|职工|农民工|"
                          r"教师|医生))")
# the meetings a body held (2024年召开2次会议, 全年召开会议2次): a count of meetings, not a frequency
_MEETINGS_HELD = re.compile(r"(?<!先后)(?:召开|举行|举办)\s*$")
_MEETING_AFTER = re.compile(r"(?:全体|常务|主任|专题)?会议")  # (先后举行2次…现场会: occasions, no body's meetings)
# (平均受教育年限10.36年: a statistic in years; 贷款最长期限为30年: a loan's term)
_AGE_STATISTIC = re.compile(r"寿命|年龄|岁数|年限|最长期限|最短期限|期限最[长短]")
_FRAMING = re.compile(r"^(?:——)?从.*看$")


# an administrative unit with its alternatives in brackets (县（区）, 乡（镇）, 县（市、区）): one noun
_UNIT_ALTERNATIVES = re.compile(r"\s*([县乡镇市区村](?:（[^）]{1,6}）|\([^)]{1,6}\)))")
# a set just named, the count after it a part of it (63项指标中，已有47项…): the classifier and the set's noun
# the group a share opening the next clause is of (在进城农民工中，38.5%认为…; 受访企业中，62.3%表示…)
_GROUP_BEFORE = re.compile(r"(?:^|[，,；;。])\s*(?:在|从)?([\u4e00-\u9fff]{2,12}?)(?:中|当中|之中)[，,]\s*$")
# the group a sentence opens with, whose parts' shares follow (在全部农民工中，…占…): 全部/所有 say no more
# the group and its part in one name before 占 (乡村医生中60岁以上的占31%)
_PART_OF_GROUP = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,10}?)中(?P<part>[^，,；;。中]{1,12}?)的?")
_GROUP_OPENS = re.compile(r"\s*(?:在|从)?(?:全部|所有)?([\u4e00-\u9fff]{2,10}?)(?:中|当中|之中)[，,]")
_QUOTES = re.compile(r"[“”‘’《》\"]")
_OF_SET = re.compile(r"\d+\s*([项个家所名人户条座处道辆台])([\u4e00-\u9fff]{1,6}?)中[，,]?\s*(?:已|仍|共|还)?有?\s*$")
# what the part did (达到或提前实现《规划》目标值): the predicate naming it, up to the clause's end
_PREDICATE = re.compile(r"[^，,；;。\d]{2,20}")
# the task a count is the object of (完成40个社区的改造任务, 80个村的整治任务)
_TASK_OF = re.compile(r"\s*的(改造|建设|整治|提升|治理|修缮|改造提升|综合整治)(?:工作)?任务")


# a share of the things counted after it that do something (80%以上钢铁产能完成超低排放改造, 90%的行政村实现生活污水
# 治理): the clause's verb and object name what the share is of
_SHARE_DOING = re.compile(r"\s*(?:以上|以下|左右)?的?(?P<noun>[\u4e00-\u9fff]{2,10}?)"
                          r"(?P<verb>(?:未|尚未|没有)?(?:完成|实现|达到|建成|接入|开展|纳入))(?P<obj>[\u4e00-\u9fff]{2,14}|[\u4e00-\u9fff]{2,6}\d{1,3}[\u4e00-\u9fff]{2,8})\s*$")
# a norm the things counted fall short of (未达到每月1次的要求, 低于每周2次的标准): its number names the norm, no figure
_SHORT_OF_NORM = re.compile(r"(?:未达到|未达|达不到|没有达到|低于)(?:每[\u4e00-\u9fff]{1,2})?$")
_NORM_AFTER = re.compile(r"的(?:要求|标准|规定)")


def _share_doing(m: re.Match[str]) -> str:
    """The share of the things that do something (…的重点河段实现视频监控覆盖, 钢铁产能完成超低排放改造), named by
    the act and the things: 实现视频监控覆盖的重点河段比例."""
    return f"{m.group('verb')}{m.group('obj')}的{m.group('noun')}比例"


# a share of the things counted after it whose measure lies in a range (86.5%的居民用户年用水量在第一阶梯以内, 70%的
# 家庭月用气量在平均水平以下): named by the measure, the range and the things
_SHARE_WITHIN = re.compile(r"\s*(?:以上|以下|左右)?的(?P<noun>[\u4e00-\u9fff]{0,6}?(?:用户|家庭|企业|学校|村|户))"
                           r"(?P<what>[\u4e00-\u9fff]{2,8}?)在(?P<range>[\u4e00-\u9fff]{1,12}?(?:以内|以下|以上|之间))"
                           r"\s*[。；;，,]?$")


# a count of the items of a set named before it that were done (规划确定的28项主要指标中，预计25项完成或超额完成)
_SET_BEFORE = re.compile(r"(?P<set>[\u4e00-\u9fff“”]{2,16}?(?:指标|任务|目标))中\s*[，,]\s*(?:预计|其中)?\s*(?:有)?"
                         r"\s*$")
_DONE_AFTER = re.compile(r"\s*(?:已|均|全部|能够|可以)?(?P<done>完成或超额完成|超额完成|完成|达到或超过|达到|实现|达标)"
                         r"(?=[，,；;。]|$|或|目标|预期)")
_SET_BY = re.compile(r"^(?:[\u4e00-\u9fff“”]{0,10}?(?:确定|提出|设定)的)?(?:\d*项)?")
_PER_UNIT_ONLY = re.compile(r"每[\u4e00-\u9fff]{1,2}")
# an amount per unit a measure grants, named after it (对新增普惠性托位按每个1万元给予一次性建设补助): the grant's rate
_RATE_PER = re.compile(r"按(?:照)?(?:每|单)[\u4e00-\u9fff]$")
_GRANT_AFTER = re.compile(r"\s*(?:给予|予以)(?P<grant>[\u4e00-\u9fff]{0,8}?(?:补助|补贴|奖励|奖补|资助))")
_PRICED_BEFORE = re.compile(r"(?P<name>[\u4e00-\u9fff、]{2,20}?价格?)(?:较低|较高|偏低|偏高|最低|最高|低廉|平稳)?"
                            r"[，,]\s*$")
_BETWEEN_AFTER = re.compile(r"\s*之间(?:波动|运行|浮动|震荡)?")
