"""Checking and trimming a metric's name once it is found: a duration or a Chinese numeral that is no quantity, a
name too generic to be one, and the asides, thresholds and lunar days that are no part of it."""

from __future__ import annotations

import re

from .quantities import _PLACE_CHARS, _Num
from .text import _clean_ws
from .vocab import _CJK, _GENERIC_METRICS, _SUBJECTS, _tag

# days on which a kind of weather or pollution occurred (出现1天重度污染, 累计出现重污染天气4天): a count of days
_WEATHER = r"(?:[重中轻]度|严重|重)?污染(?:天气)?|[\u4e00-\u9fff]{1,4}天气|高温|暴雨|降雨|降水|沙尘"
_DAYS_OF_WEATHER_AFTER = re.compile(rf"\s*(?:{_WEATHER})")
_WEATHER_DAYS_BEFORE = re.compile(rf"出现(?:{_WEATHER})(?:过程)?\s*$")
_WEATHER_DAYS = re.compile(rf"出现\s*[0-9０-９]+\s*天\s*(?:{_WEATHER})|出现(?:{_WEATHER})\s*[0-9０-９]+\s*天")


# what a duty's time limit is for (…1小时内书面报告, 15分钟内传递到村)
_DUTY_VERB = re.compile(r"(?:(?:以|之)?内)?\s*(?:完成)?(?:电话|书面|口头)?"
                        r"(?:报告|上报|报送|传递|反馈|答复|到达|到位|完成|办结|处置|修复|响应|告知|查明|恢复)")


def duty_limit(s: str, num: _Num, l_raw: str) -> bool:
    """A duty's time limit: 险情发生后，要在30分钟内电话报告，1小时内书面报告 (the second under the modal of the first),
    确保预警信息在15分钟内传递到村; or a lead time before an event, 在强降雨来临前6小时完成转移."""
    if num.cls != "duration":
        return False
    within = num.post in ("内", "以内", "之内") or s.startswith(("内", "以内", "之内"), num.end)
    if within and _DUTY_MODAL_BEFORE.search(l_raw):
        return True
    if within and _DUTY_VERB.match(s, num.end) and _DUTY_MODAL.search(s, 0, num.start):
        return True
    return bool(re.search(r"[\u4e00-\u9fff]前(?:不少于|至少)?\s*$", l_raw)) and bool(_LEAD_ACT.match(s, num.end))


_DUTY_MODAL = re.compile(r"要|应当?|须|必须|务必|确保")
_DUTY_MODAL_BEFORE = re.compile(r"(?:要|应当?|须|必须|务必|确保)[^，,；;。]{0,12}(?:在|于)\s*$")
_LEAD_ACT = re.compile(r"\s*(?:完成|到位|到达|撤离|转移|告知|通知|公告)")  # (停热前不少于4小时告知用户)


# a stock measured in days of use (储煤不少于15天用量, 库存降至3.1天用量)
DAYS_OF_USE = re.compile(r"的?(?:用量|使用量|消耗量|需求量)")


def _valid_duration(s: str, num: _Num, l_raw: str) -> bool:
    """299天 of 空气质量优良天数 and 90个工作日 of 审批时间 are figures; 20天时间, 距年末仅剩2个月 are not."""
    if num.unit == "天" and ((re.search(r"出现\s*$", l_raw) and _DAYS_OF_WEATHER_AFTER.match(s, num.end))
                            or _WEATHER_DAYS_BEFORE.search(l_raw)):
        return True  # (11月21日全市出现1天重度污染; 累计出现重污染天气4天: days of the weather, counted)
    if num.unit == "天" and _WEATHER_DAYS.search(s[:num.start]) and re.search(r"(?:增加|减少|多|少)\s*$", l_raw):
        return True  # (累计出现重污染天气4天，同比减少3天: the change of that count)
    if num.unit == "秒" and re.search(r"(?:(?:成绩|用时|时间)(?:为|是|达到?)?|缩短|延长|减少|增加)\s*$", l_raw):
        return True  # (双脚连续跳平均用时为6.3秒, 50米跑平均成绩为8.1秒: a fitness test's result in seconds)
    if s.startswith("时间", num.end) or re.search(r"剩|距|短短", l_raw) or re.search(
            r"连续(?![^，,；;。]{0,10}?(?:日数|天数|时间|时长))", l_raw):
        return False  # (连续3天: a span; 最长连续无有效降雨日数达41天, 连续驾驶时间不得超过4小时: 连续 names the
        # measure)
    if re.search(r"(?:年|每年)(?:工作|运行|生产|开工)(?:天数|日数)?(?:为|约)?\s*$", l_raw):
        return True  # (年工作300天, 年运行330天: a plant's working days a year)
    if re.search(r"天数|日数|时数|时间|时限|周期|期限|时长|用时|工期|住院日|间隔|行程|车程"
                 r"|(?:试用|公示|公告|过渡|服务|有效|等待|观察|保险)期|最长(?:不超过|不得超过)?\s*$",
                 l_raw) or "工作日" in num.unit:
        return True  # (出院者平均住院日为8.3天: the average length of stay, a statistic in days; an insurance's
        # period and observation period: 保险期间…最长不超过180天, 设观察期15天; a headway or the time a detour adds:
        # 发车间隔由15分钟调整为20分钟, 放行间隔不少于5分钟, 增加行程约18分钟)
    if re.search(r"(?:停航|停运|停产|停工|停课|停水|停电|停热|停暖|停气|封航|闭园|休市)(?:时间)?(?:共|累计|达)?\s*$",
                 l_raw):
        return True  # (受台风影响，全市港口累计停航3天: the days a service or work stopped, counted)
    if re.search(r"(?:延误|延期|逾期|超期|拖延|滞后)(?:时间)?(?:最长|平均)?(?:达到?|为|约)?\s*$", l_raw):
        return True  # (工程平均延误142天，最长延误达11个月; 逾期时间最长达90天: how late a work or a payment was)
    if re.search(r"(?:人均|平均)(?:停留|逗留|游览)(?:时间|天数)?(?:为|达到?)?\s*$", l_raw):
        return True  # (过夜游客人均停留1.9天: visitors' average stay, a statistic in days)
    if re.search(r"(?:暂停|中止|停止|禁止)[^，,；;。\d]{1,14}$", l_raw) and not re.search(
            r"(?:超过|满|达到?)\s*$", l_raw):
        return True  # 暂停其医保服务6个月, 停止其资格3个月: the length of a sanction imposed, a figure of the case
    # (也可以在六个月内依法提起行政诉讼: a right's limit, counted from the decision the clause before names)
    if re.search(r"(?:[\u4e00-\u9fff]后|之日起|之日|日起|(?:可以|应当|应|须)(?:在|于))\s*$", l_raw) and (
            num.post in ("以内", "之内") or s.startswith(("内", "以内", "之内"), num.end)):
        return True  # 新生儿在出生后90天内参保, 自收到通知之日起30日内整改: a time limit counted from an event, a rule
    if num.unit == "天" and DAYS_OF_USE.match(s, num.end):
        return True  # 储煤不少于15天用量, 储气能力不低于3天用量: a stock measured in days of use, a norm's size
    if duty_limit(s, num, l_raw):
        return True  # 要在30分钟内电话报告, 1小时内书面报告, 来临前6小时完成转移: a duty's time limit
    # 重污染天数为2天，比上年减少3天; 平均住院日为8.3天，比上年缩短0.4天: a change of a count of days named earlier
    # (年暴雨日数平均为3.4天，比常年偏少1.1天; 年日照时数…，比常年偏多126.3小时: a climate bulletin's days and hours)
    # (重污染天数由2020年的9天减少到2025年的1天: the level a change of the count reached, dated or not)
    # (年日照时数…，东部梅岭站最多，为1980.5小时；西部石桥站最少，为1502.3小时: the extreme of that count, a station's)
    if re.search(r"站(?:最多|最少|最长|最短)[，,]?\s*(?:为|达)?\s*$", l_raw):
        return True
    # (案件平均审理周期缩短至58天，比上年缩短6天; 办理时限…，比上年压缩2个工作日: a period or time limit likewise)
    # (平均单程通勤时间35.1分钟，比上年缩短1.3分钟: a time taken likewise)
    # (发车间隔由15分钟调整为20分钟, 缩短为10分钟: the level a headway was set to)
    return bool(re.search(r"天数|日数|时数|住院日|周期|时限|期限|时长|用时|工期|时间|间隔", s[:num.start])) and bool(
        re.search(r"(?:增加|减少|多|少|缩短|压缩|延长|下降|降低|提高|上升|调整)(?:到|至|为)?(?:(?:19|20)\d{2}年的?)?\s*$",
                  l_raw)
        or re.search(r"(?:最多|最少|最长|最短)[，,]?\s*(?:为|达|有)?\s*$", l_raw))


# a threshold in brackets after a measure's name (高温日数（日最高气温≥35℃）, 大风日数（极大风速≥17.2米/秒）):
# it defines the measure, whose figure follows the bracket
_DEFINING_THRESHOLD = re.compile(r"[（(][^（）()]{0,12}(?:≥|≤|＞|＜|>|<|大于等于|小于等于|达到或超过)\s*$")


def defining_threshold(s: str, num: _Num) -> bool:
    """True when ``num`` is the threshold of a definition in brackets (…（日最高气温≥35℃）平均为38天)."""
    return bool(_DEFINING_THRESHOLD.search(s, max(0, num.start - 16), num.start)) and bool(
        re.match(r"\s*[^（）()，,。；;]{0,6}[）)]", s[num.end:]))


def _chinese_not_quantity(l_raw: str, nxt: str = "") -> bool:
    """两个 after a verb or particle is a quantity; after a name (中三家镇, 设备两个项目) or in a place name
    (十家河, 三家村) it is not."""
    if nxt and nxt in _PLACE_CHARS:
        return True
    text = _clean_ws(l_raw).rstrip("近约")
    if text.endswith(("、", "“", "”", "\"")):  # “巩固、增强、提升、畅通”八个字: describing a slogan
        return True
    if not text or not _CJK.match(text[-1]):
        return False
    w, p = _tag(text)[-1]
    verb = p.startswith("v") and p != "vn"
    return not (verb or p.startswith(("p", "c", "u", "d", "r", "m", "q")) or w in _SUBJECTS or w in ("等", "有", "共"))


def _valid_metric(metric: str) -> bool:
    if not metric or metric in _GENERIC_METRICS:
        return False
    if not (_CJK.search(metric) or re.search(r"[A-Za-z]{2,}", metric)):
        return False
    if _ONE_PERSON.search(metric):
        return False  # (家住云岭镇的张大爷…今年他的家庭医生累计为他随访12次: one person's story, no key figure)
    return len(metric) >= 2


# he or she (not 其他 others, 他人 other people, 他们 they): a figure of one person told as a story
_ONE_PERSON = re.compile(r"(?<![其利吉])[他她](?![们人乡国方])")


# a threshold of one 亿 or 万 in a name (1亿元以上项目): written without the 1 as bulletins mostly do (亿元以上项目)
_ONE_THRESHOLD = re.compile(r"(?<![\d.])1(?=(?:亿|万|千万|百万)元?(?:以上|及以上))")


# an aside in brackets opening a name (2月1日（大年初四）单日接待游客: the day's other name), not part of it
_LEADING_ASIDE = re.compile(r"^[（(][^（）()]{1,12}[）)](?=[\u4e00-\u9fff]{2})")


# the days of the lunar new year inside a name (民宿大年初一至初三平均入住率: their dates are given beside them)
_LUNAR_DAYS = re.compile(r"大年(?:初[一二三四五六七八九十]|三十)(?:[至到—-]初?[一二三四五六七八九十])?"
                         r"|初[一二三四五六七八九十][至到]初?[一二三四五六七八九十]")


# an aside defining the measure, a clause of its own (性别比（以女性为100，男性对女性的比例）): no part of the name; a
# qualifier without a comma stays (在校生（含在园幼儿）)
_DEFINING_ASIDE = re.compile(r"[（(][^（）()，,]*[，,][^（）()]*[）)]")


# a service counted in 人次 after those it is given to (…半失能老年人提供居家上门服务 86.4万人次): named by the service
_SERVED_BEFORE = re.compile(r"^[\u4e00-\u9fff、]{1,14}?(?:老年人|群众|居民|儿童|学生|患者|残疾人|人员|对象|家庭)提供"
                            r"(?=[\u4e00-\u9fff]{2})")


def _trim(metric: str) -> str:
    metric = _LEADING_ASIDE.sub("", _ONE_THRESHOLD.sub("", metric)).replace("（）", "").replace("()", "")
    metric = _SERVED_BEFORE.sub("", metric)
    metric = _DEFINING_ASIDE.sub("", metric) if len(_DEFINING_ASIDE.sub("", metric)) >= 2 else metric
    metric = _LUNAR_DAYS.sub("", metric) if len(_LUNAR_DAYS.sub("", metric)) >= 2 else metric
    if len(metric) <= 28:
        return metric
    words = [w for w, _ in _tag(metric)]
    while words and len("".join(words)) > 24:
        words.pop(0)
    return "".join(words) or metric[-24:]
