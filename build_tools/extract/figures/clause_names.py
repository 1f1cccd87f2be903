"""Names of figures read from the clause around them when the words before the number do not name it: a time
limit counted from an event (…后30个工作日内), a tier's standard (…标准为：每人每月…), those a service is given to
(为…提供), and a share paid of a whole (按照…的50%给予补助)."""

from __future__ import annotations

import re

from .metric_checks import duty_limit
from .quantities import _Num
from .text import _clause_start

# a time limit counted from an event (新生儿在出生后90天内参保缴费的, 项目竣工后30天内完成验收): named by who acts and
# what is to be done within it (新生儿参保缴费时限, 项目验收时限), not by the event it counts from
# (不合格企业应当自收到检验报告之日起30日内完成整改: counted from a day named by what happens on it, 不合格企业整改时限)
# (当事人可以在收到本决定书之日起六十日内向县人民政府申请行政复议: a right's limit, counted the same way; the body
# addressed, 向…政府, is no part of what is done)
_LIMIT_FROM = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,8}?)(?:(?:(?:应当|应|须|要)?(?:在|于))?[^在于应须要\W\d]{1,4}后"
                         r"|(?:应当|应|须|要|可以)?(?:自|在|于)[^自在于\W\d]{1,14}?之?日起"
                         # (被保险人应当在48小时内向承保机构报案: the one who must act, named before the modal)
                         r"|(?:应当|应|须|必须)(?:在|于))$")
_LIMIT_ACT = re.compile(r"\s*(?:依法)?(?:向[\u4e00-\u9fff]{2,14}?(?:政府|法院|机关|机构|委员会|局))?(?:完成|办理|进行)?"
                        r"(?P<act>[\u4e00-\u9fff]{2,6}?)(?:的|[，,；;。]|$)")
# what is done within a limit said after where (十五日内，持本决定书到…银行缴纳罚没款): the payment, not the errand
_LIMIT_ACT_FAR = re.compile(r"[，,]?[^，,；;。]{0,24}?"
                            r"(?P<act>(?:缴纳|缴清|缴回|退还|提交|提出|申请|办理)[\u4e00-\u9fff]{1,4}?)(?:[，,；;。]|$)")
# a limit whose clause names no one (也可以在六个月内依法…提起行政诉讼): named by what is done within it
_LIMIT_BARE = re.compile(r"^(?:也|并|或者?)?(?:可以|应当|应|须)?(?:在|于)?$")


# a duty's time limit (要在30分钟内电话报告县防指, 1小时内书面报告, 确保预警信息在15分钟内传递到村): named by what is
# done within it (电话报告时限, 书面报告时限, 预警信息传递时限), not by whom it is reported to
_DUTY_ACT = re.compile(r"(?:(?:以|之)?内)?\s*(?:完成)?"
                       r"(?P<act>(?:电话|书面|口头)?(?:报告|上报|报送|传递|反馈|答复|处置))")
_DUTY_WHO = re.compile(r"(?:确保|要求)(?P<who>[\u4e00-\u9fff]{2,6}?)(?:在|于)\s*$")
# a lead time before an event (在强降雨来临前6小时完成转移): named by what is done (转移提前时间)
_LEAD_DONE = re.compile(r"\s*完成(?:人员|群众)?(?P<act>转移|撤离)")


def _duty_limit_name(s: str, num: _Num, metric: str) -> str:
    lead = s[_clause_start(s, num.start):num.start]
    if not duty_limit(s, num, lead):
        return metric
    done = _LEAD_DONE.match(s, num.end)
    if done and lead.rstrip().endswith("前"):
        return f"{done.group('act')}提前时间"
    act = _DUTY_ACT.match(s, num.end)
    if not act:
        return metric
    who = _DUTY_WHO.search(lead)
    return f"{who.group('who') if who else ''}{act.group('act')}时限"


def _time_limit_name(s: str, num: _Num, metric: str) -> str:
    named = _counted_limit_name(s, num, metric)
    return _duty_limit_name(s, num, metric) if named == metric and num.cls == "duration" else named


def _counted_limit_name(s: str, num: _Num, metric: str) -> str:
    if num.cls != "duration" or (num.post not in ("以内", "之内") and not s.startswith("内", num.end)):
        return metric
    who, act = _LIMIT_FROM.match(metric), _LIMIT_ACT.match(s, num.end) or _LIMIT_ACT_FAR.match(s, num.end)
    if act and who and who.group("who") in ("可以", "应当"):
        who = None  # (当事人如不服…，可以在收到…之日起六十日内…: the one who may is named in the clause before)
    if act and not who and (_LIMIT_BARE.match(metric) or _LIMIT_BARE.match(s[_clause_start(s, num.start):num.start])
                            or _LIMIT_FROM.match("某某" + s[_clause_start(s, num.start):num.start])):
        return f"{act.group('act')}时限"
    return f"{who.group('who')}{act.group('act')}时限" if who and act else metric


# a share of a standard that is paid (按照个人缴费标准的70%给予定额资助, 按照区片综合地价的50%予以补偿): what is paid as
# a share of the standard (定额资助占个人缴费标准比例), not the words before it (低保对象按照个人缴费标准)
_SHARE_OF_WHOLE = re.compile(r"按照?(?P<whole>[\u4e00-\u9fff]{2,12}?)的\s*$")
_PAID_AFTER = re.compile(r"\s*(?:给予|予以)(?P<paid>(?:定额|一次性)?(?:资助|补助|补贴|补偿|奖励))(?:[，,；;。]|$)")


# the tiers of a standard listed after it (发放高龄津贴，标准为：80至89周岁每人每月100元，90至99周岁每人每月300元): each
# amount is the standard's for its tier (高龄津贴标准（90至99周岁）, 元/人·月), not the words of its tier alone
_PER_PERSON_TAIL = re.compile(r"每人每[月年]$")
_STANDARD_COLON = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,8})[，,]?\s*标准为[：:]")
_GRANTING_VERB = re.compile(r"^.*(?:发放|给予|享受|提供|领取)|^全[市县区省]")


def _tier_standard_name(s: str, num: _Num, metric: str) -> str:
    if num.cls != "money" or not _PER_PERSON_TAIL.search(metric):
        return metric
    colon = next(reversed(list(_STANDARD_COLON.finditer(s, 0, num.start))), None)
    if colon is None:
        return metric
    tier = s[max(_clause_start(s, num.start), colon.end()):num.start].strip()
    per = _PER_PERSON_TAIL.search(tier)
    thing = _GRANTING_VERB.sub("", colon.group("thing"))
    if not per or len(thing) < 2:
        return metric
    tier = tier[:per.start()]
    return f"{thing}标准（{tier}）{per.group()}" if tier else f"{thing}标准{per.group()}"


# those a service is given to, counted (为2.35万名经济困难的失能、半失能老年人提供居家上门服务): named by the whole
# phrase before 提供, its 的 dropped (经济困难失能、半失能老年人), not by the words before its 的 (经济困难)
_SERVED_AFTER = re.compile(r"(?P<who>[^，,；;。\d为]{2,20}?)提供")


def _served_name(s: str, num: _Num, metric: str) -> str:
    if num.unit not in ("名", "人", "户", "万名", "万人", "万户") or not s.endswith("为", 0, num.num_start):
        return metric
    m = _SERVED_AFTER.match(s, num.end)
    who = m.group("who").replace("的", "") if m else ""
    return who if len(who) >= 2 and metric and who.startswith(metric) else metric


# a bound on a part as a share of a whole (两项合计提高总额不超过原最高支付限额的20%): the part's share of the whole
# (合计提高总额占原最高支付限额比例), the bound its qualifier
_BOUNDED_SHARE = re.compile(r"(?:^|[，,])(?:[一二两三四五六七八九十]+项)?(?P<part>[\u4e00-\u9fff]{2,12}?)"
                            r"(?:不超过|不得超过|不高于|不低于|不得低于|不少于)(?P<whole>[\u4e00-\u9fff]{2,14}?)的\s*$")


_SUMMED_ITEMS = re.compile(r"^[一二两三四五六七八九十]+项(?=合计|共计)")


def _share_paid_name(s: str, num: _Num, metric: str) -> str:
    if num.cls != "percent":
        return metric
    cstart = _clause_start(s, num.start)
    whole, paid = _SHARE_OF_WHOLE.search(s, cstart, num.start), _PAID_AFTER.match(s, num.end)
    if whole and paid:
        return f"{paid.group('paid')}占{whole.group('whole')}比例"
    bounded = _BOUNDED_SHARE.search(s[max(0, cstart - 1):num.start])
    metric = _SUMMED_ITEMS.sub("", metric)  # (两项合计提高总额…: the items summed are no part of the name)
    if bounded and "占" in metric and not bounded.group("part").endswith(metric.split("占")[0]):
        return metric  # (居民出资比例原则上不低于改造总投资的5%: already named 居民出资占改造总投资比例)
    return f"{bounded.group('part')}占{bounded.group('whole')}比例" if bounded else metric


# the height of a structure written before it (通过30米高排气筒排放, 建设15米高的挡土墙): named by the structure
# (排气筒高度), not by the words before the number (经布袋除尘器处理后通过)
_HEIGHT_OF = re.compile(r"\s*高的?(?P<thing>[\u4e00-\u9fff]{0,4}?(?:排气筒|烟囱|烟道|塔|挡土墙|围墙|挡墙|大坝|坝|堤))"
                        r"(?![\u4e00-\u9fff]{0,2}(?:高度|长度))")


def height_name(s: str, num: _Num, metric: str) -> str:
    if num.unit not in ("米", "m") or not (m := _HEIGHT_OF.match(s, num.end)):
        return metric
    return f"{m.group('thing')}高度"


# a quota set from above, named with the act of keeping within it (用水总量控制在省下达的年度控制指标10.50亿立方米以内):
# named by what it bounds (用水总量控制指标)
_QUOTA_NAME = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,10}?)控制在[\u4e00-\u9fff]{0,6}?(?:下达|分解|核定)的(?:年度)?"
                         r"(?P<kind>控制指标|控制目标)")


def quota_name(metric: str) -> str:
    m = _QUOTA_NAME.fullmatch(metric)
    return f"{m.group('what')}{m.group('kind')}" if m else metric


# a threshold defining what is measured, before 的 at the head of the name (矿化度≤2克/升的浅层地下水资源量): the
# measure is named without it (浅层地下水资源量; the threshold stays in the sentence)
_DEFINING_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*(?:≤|≥|＜|＞|<|>|小于等于|大于等于)\s*[\d.]+\s*[^\s的，,]{0,6}的")
# everyone of a force counted after 共 (各类救援力量共560人全员在岗待命): named by the force, not by 全员
_ALL_OF_THEM = ("全员", "全部", "全体")
_FORCE_BEFORE = re.compile(r"(?:各类|各种|各支)?(?P<noun>[\u4e00-\u9fff]{2,6}?)共\s*$")


def defined_name(s: str, num: _Num, metric: str) -> str:
    head = _DEFINING_HEAD.match(metric)
    if head and len(metric) - head.end() >= 2:
        return metric[head.end():]
    if metric in _ALL_OF_THEM and (force := _FORCE_BEFORE.search(s, _clause_start(s, num.start), num.start)):
        return force.group("noun")
    return metric

