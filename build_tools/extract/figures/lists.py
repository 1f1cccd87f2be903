"""Lists and neighbours: 分别/均 distributions, metrics inherited from the neighbouring figure (ranks attached to
the figure they rank: ranks.py)."""

from __future__ import annotations

import re

from .acts import _object_of_act, _outcome_of_events
from .combined import TOGETHER_HEAD, whole_of_list
from .context import _Ctx
from .judged import judged_indicator
from .list_heads import _MEASURE_OF_PREVIOUS, _places_measure, _shared_suffix, items_head
from .metric_strip import _strip
from .noun_phrase import _topic
from .quantities import _Num
from .text import _clause_end, _clause_start, _clean_ws, converted
from .vocab import (
    _CJK,
    _COLLECTIVE,
    _DISTRIB_COMPARISON_RE,
    _GROWTH_VERBS,
    _PLACE_RE,
    _SIZE_WORDS,
    _TIME_WORDS,
    _TRAILING,
    GOAL_WORDS,
    _tag,
)

_ENTRY_VERBS = {"新增", "新建", "新设", "新开工", "新引进", "引进", "新登记", "新认定", "退出", "注销",
                "开工", "完工", "建成", "竣工", "投产", "完成", "开复工"}  # 计划改造老旧小区126个，已开工98个
# (A、B均保持在100%: the verb of a level held)
_EACH_END = re.compile(r"[均都](?:为|是|达到|达|增长|提高|下降|超过|保持在|稳定在|控制在|维持在|在)?\s*$")
_LIST_JOINER = re.compile(r"[、和及与]")
_THRESHOLD_END = re.compile(r"以[上下]$")


# between two values of one 分别 list: a joiner, and perhaps the second value's own verb (分别增长4.2%和下降6.5%)
_LIST_GAP = re.compile(r"\s*[、，,和及与]?\s*"
                       r"(?:(?<=[和及与])(?:增长|增加|提高|上升|上涨|下降|减少|降低|回落|下滑)\s*)?")


# a base left in the listed items' name once its year is removed (在2026年基础上 -> 在基础上)
_BASIS_LEFT = re.compile(r"在[^，,；;。在]{0,12}?的?基础上")
# the output a measure is per, named once before the first of the list (单位地区生产总值能耗和二氧化碳排放), and the
# measures that take it
_PER_OUTPUT = re.compile(r"单位(?:地区生产总值|国内生产总值|GDP|工业增加值|增加值)")
_PER_OUTPUT_HEADS = re.compile(r"(?:二氧化碳|碳)?排放(?:量)?|能耗|能源消耗(?:量)?|用水量|水耗|电耗|煤耗")


# the clause before 分别 naming the items it ranks (西红柿、黄瓜涨幅居前，分别上涨9.6%、8.3%)
_RANKED_LIST = re.compile(r"\s*(?P<items>[\u4e00-\u9fff、和及与]{3,40}?)(?:价格)?(?P<what>涨幅|降幅|增幅|增速|跌幅)"
                          r"(?:居前列?|较大|明显|领先|靠前)\s*")


def _distribute(s: str, nums: list[_Num], ctx: _Ctx) -> None:
    """分别 and 均: one value per listed item, or one item per listed value."""
    i = 0
    gid = 0
    while i < len(nums):
        head = nums[i]
        raw = _clean_ws(head.l_text)
        clean = _clean_ws(head.l_clean)  # dates and comparisons removed
        if "分别" not in raw:
            if _EACH_END.search(raw) and _LIST_JOINER.search(raw):
                subject = re.split(r"[均都]", raw)[0]
                items = [_strip(x, ctx.regions) for x in re.split(r"[、和及与]", subject)]
                items = [x for x in items if x]
                if len(items) >= 2 and all(len(x) >= 2 for x in items):
                    suffix = _shared_suffix(items)
                    items = [x if x.endswith(suffix) or not suffix else x + suffix for x in items]
                    head.metric = items[0]
                    head.extra = items[1:]
            i += 1
            continue
        group = [head]
        j = i + 1
        while j < len(nums) and _LIST_GAP.fullmatch(s, group[-1].end, nums[j].start):
            group.append(nums[j])
            j += 1
        n = len(group)
        subject_raw, _, verb_raw = clean.partition("分别")
        subject_raw = _BASIS_LEFT.sub("", subject_raw)  # (…和二氧化碳排放在2026年基础上分别下降…: the base is none)
        subject = _strip(subject_raw, ctx.regions)
        verb = _strip(verb_raw, ctx.regions)
        comps = _DISTRIB_COMPARISON_RE.search(raw)
        if comps or (verb and any(verb.startswith(g) for g in _GROWTH_VERBS)) or verb in _TRAILING:
            verb = ""
        items = _split_items(subject, n)
        per = _PER_OUTPUT.match(items[0]) if len(items) >= 2 else None
        if per:  # 单位地区生产总值能耗和二氧化碳排放: both per unit of GDP
            items = [items[0], *(x if x.startswith("单位") or not _PER_OUTPUT_HEADS.fullmatch(x) else per.group() + x
                                 for x in items[1:])]
        suffix = _shared_suffix(items) if len(items) >= 2 and len(set(items)) == len(items) else ""
        if suffix == "价格":  # (衣着、居住价格分别下降…: each a price, as the last item's name says)
            items = [x if x.endswith(suffix) else x + suffix for x in items]
        items = items_head(_places_measure(items))  # (…和挥发性有机物重点工程减排量; 高血压、糖尿病患者规范管理率)
        if not items and (ranked := _RANKED_LIST.fullmatch(re.split(r"[，,；;。]", s[:head.start])[-2]
                                                          if re.search(r"[，,]", s[:head.start]) else "")):
            named = [x for x in re.split(r"[、和及与]", ranked.group("items")) if x]
            if len(named) == n:  # (西红柿、黄瓜涨幅居前，分别上涨9.6%、8.3%: the items the clause before ranks)
                items = [x + ranked.group("what") for x in named]
        if not items:
            prev = [x for x in nums[:i] if x.role == "figure"]
            if len(prev) >= n:
                items = [x.metric for x in prev[-n:]]
                if _MEASURE_OF_PREVIOUS.fullmatch(subject):  # (…R&D经费42.16亿元，…23.48亿元，投入强度分别为…)
                    items = [x if x.endswith(subject) else x + subject for x in items]
            else:
                items = [subject] * n  # no subject at all: _inherit looks for the sentence's topic
        comp_items: list[str] = []
        if comps:
            targets = re.split(r"[、和及]", comps.group(2))
            if len(targets) == n:
                comp_items = [comps.group(1) + t for t in targets]
        gid += 1
        for k, num in enumerate(group):
            num.group = gid
            if items:
                num.metric = items[k] + verb if verb and not items[k].endswith(verb) else items[k]
            if comp_items:
                num.comparison = comp_items[k]
            elif k and not num.comparison:
                num.comparison = head.comparison
            if k and num.kind != head.kind and num.cls == head.cls:
                num.kind = head.kind
        i = j


def _split_items(subject: str, n: int) -> list[str]:
    if not subject:
        return []
    parts = [p for p in re.split(r"[、和及与]", subject) if p]
    if len(parts) == n and all(len(p) >= 2 for p in parts):
        return parts
    named = _enumerated(subject, n)
    if named:
        return named
    if len(subject) == n and n >= 2 and all(_CJK.match(c) for c in subject):
        return list(subject)  # 猪牛羊禽
    for prefix, expansion in _COLLECTIVE.items():
        if subject.startswith(prefix) and n == len(expansion):
            return [e + subject[len(prefix):] for e in expansion]
    return []


def _enumerated(subject: str, n: int) -> list[str]:
    """The n items of a list enumerated with 、 whose names hold 及 or 和 themselves (其他用品及服务、教育文化娱乐、医疗
    保健、生活用品及服务价格): split at 、, and the last part at its last 和/与/及 when one item short
    (…、交通通信和居住价格); [] when the count still differs."""
    parts = [p for p in subject.split("、") if p]
    if len(parts) == n - 1:
        last = re.match(r"(.{2,})[和与及](.{2,})$", parts[-1])
        parts = [*parts[:-1], last.group(1), last.group(2)] if last else parts
    return parts if len(parts) == n and n >= 2 and all(len(p) >= 2 for p in parts) else []


# a run of years named as if it were the metric (连续5年稳定在17万吨以上)
_RUN_OF_YEARS = re.compile(r"(?:连续|已连续)?(?:\d+|[一二三四五六七八九十两]+)年(?:来|间)?")


# a metric naming only the month the figure is of (10月当月, 当月, 本月实现零售额): the month is the period, the
# indicator the one before or what follows the month
# a clause saying only how much something changed, estimated or not (增长, 同比增长, 增长预计在, 预计增长)
_BARE_CHANGE = re.compile(r"(?:预计)?(?:同比)?(?:增长|增速|下降|回落|上涨)(?:预计|有望)?(?:在|为|达到?)?")
_MONTH_ONLY = re.compile(r"(?:\d{1,2}月份?)?(?:当月|本月)(?:实现|完成)?(?P<rest>[^，,；;。]*)")


def _in_order(short: str, long: str) -> bool:
    """零售额 in 社会消费品零售总额: the short name's characters in order in the long one."""
    rest = iter(long)
    return all(c in rest for c in short)


# a share naming its whole or its part (…占全市进出口总额, 第三产业增加值比重)
_NAMED_SHARE = re.compile(r"占[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]{2,}(?:比重|占比)$")


# a numbered category of areas or institutions (一类地区, 二类区域, 三级医院): siblings in a list of standards
_CATEGORY_HEAD = re.compile(r"^[一二三四五六七八九十]+(?:类|级|档)(?:地区|区域|城市|医院|医疗机构)?")


# a lettered or numbered tier of people or firms alone (B类人才, 二类企业): the tier of a grant named before it
_TIER_LABEL = re.compile(r"(?:[A-Z]|[一二三四五六七八九])类(?:人才|企业|项目|人员)")
_GRANT_VERB = re.compile(r"^(?:给予|发放|享受)")


# an ordinal tier or grade (第二阶梯, 第三档, 第二级) that names a sibling of the figure before it
_ORDINAL_CATEGORY = re.compile(r"第[一二三四五六七八九十]+(?:阶梯|档|级)")


def _without_category(head: str, carried: str) -> str:
    """二类地区 + 一类地区月最低工资标准 -> 月最低工资标准: a category followed by a name its sibling category opens."""
    if _CATEGORY_HEAD.fullmatch(head) and (m := _CATEGORY_HEAD.match(carried)) and len(carried) > m.end() + 1:
        return carried[m.end():]
    return carried


# a comparison leading its clause before a comma (与去年同期相比，下降11.4%): the clause says only how it changed
_COMPARED_LEAD = re.compile(r"^(?:与|同)[^，,。；;\d]{1,8}?相比[，,]")


_SHARE_NAME = re.compile(r"占|(?:比重|比例|占比)$")


def _inherit(s: str, nums: list[_Num], ctx: _Ctx, carry_metric: str = "", para_metric: str = "") -> None:
    """List items and follow-up clauses without their own metric take their neighbour's; a clause that only
    says how something changed (同比增长5%) takes the subject of the sentence; a place alone (柳溪县增长6.4%) is
    the subject of the indicator of the sentence before (``carry_metric``, joined by ；) or of the paragraph."""
    for k, num in enumerate(nums):
        if num.role != "figure":
            continue
        prev = [x for x in nums[:k] if x.role == "figure" and x.metric]
        month = _MONTH_ONLY.fullmatch(num.metric) if num.metric else None
        named = ((prev[-1].metric if prev else "") or carry_metric or para_metric) if month else ""
        if month and (own := month.group("rest")):
            # 10月当月实现零售额141.2亿元 after …社会消费品零售总额…: the month's retail sales, named as before
            num.metric = _topic(named) if named and _in_order(own, named) else own
        elif month and named:
            num.metric = _topic(named)  # …规模以上工业增加值同比增长6.8%；其中，10月当月增长7.4%: the indicator's month
        if not num.metric:
            between_next = s[num.end:nums[k + 1].start] if k + 1 < len(nums) else ""
            if k + 1 < len(nums) and nums[k + 1].pattern == "R" and re.fullmatch(r"\s*[、和及与]\s*", between_next):
                num.metric = nums[k + 1].metric
            elif prev and _BARE_SHARE.fullmatch(num.l_clean) and num.cls in ("percent", "permille"):
                num.metric = _share_name(s[:num.start], prev[-1].metric)  # 断面7个，占87.5%
            elif prev and num.goal and (same := [x for x in prev if x.unit == num.unit]):
                num.metric = same[-1].metric  # 新开工1862个…，完成投资86.3亿元，超额完成下达的1700个年度任务
            elif prev and num.unit and prev[-1].unit != num.unit and (num.comparison or num.kind == "growth") and \
                    num.cls not in ("percent", "permille", "pp") and (same := [x for x in prev if x.unit == num.unit]):
                num.metric = same[-1].metric  # 优良天数为5天，优良天数比例为71.4%，同比减少1天: the days changed
            elif prev:
                # 收入完成12.46亿元，为调整预算的101.3%，比上年增长4.2%: the growth is of the revenue, not of the share
                # (…10.21亿立方米，折合年径流深150.3毫米，比上年减少9.6%: nor of the same amount converted)
                # (…1.42万件，占投诉总量的32.6%，同比增长12.4%: a growth in per cent after a share is of the amount
                # the share is of; a change in points, 比上年提高2.1个百分点, is the share's own)
                done = [x for x in prev if not _PLAN_SHARE.search(x.metric) and not converted(s, x.start) and not (
                    num.cls == "percent" and x.cls in ("percent", "permille") and _SHARE_NAME.search(x.metric))]
                growth = num.comparison or num.kind == "growth"
                num.metric = done[-1].metric if growth and done else prev[-1].metric
            elif carry_metric and k == 0 and _COMPARED_LEAD.sub("", s[: num.start]).count("，") == 0:
                # …增长5.8%；两年平均增长3.1%; …下降3.2%；与去年同期相比，下降11.4% (the base named before a comma)
                num.metric = carry_metric
            elif para_metric and k == 0 and _place_only(num.l_clean):
                num.metric = _topic(para_metric)  # …地区生产总值增长7.1%。柳河县增长5.1%: the place is the subject
            elif judged := judged_indicator(s, _clause_start(s, num.start), num.start):
                num.metric = judged  # 产能利用率偏低，仅为58%: the indicator the clause before judges
            elif num.comparison or num.kind == "growth":
                num.metric = _sentence_topic(s, ctx)
            if not num.metric and para_metric and k == 0 and _BARE_CHANGE.fullmatch(num.l_clean) \
                    and num.cls == "percent":
                # …预计全年全省地区生产总值增长5.5%左右。其中，四季度增长预计在5.7%左右: a period's change alone, the
                # sentence naming nothing, is of the indicator named before it
                num.metric = _topic(para_metric)
        elif num.metric.startswith("完成") and _PLAN_SHARE.fullmatch(num.metric[2:]) and (
                done := [x for x in prev if not _PLAN_SHARE.search(x.metric)]):
            num.metric = _topic(done[-1].metric) + num.metric  # 一般公共预算收入完成调整预算比例
        elif prev and (num.metric.startswith("占") or TOGETHER_HEAD.match(num.metric)) and num.cls in (
                "percent", "permille", "fraction"):
            # 装备制造业增加值增长11.2%，占规模以上工业增加值的比重为28.4%: the share names its part (分别…，(三者)合计
            # 占…: the listed items together, .combined)
            whole = whole_of_list(s, num, prev)
            if whole or not TOGETHER_HEAD.match(num.metric):
                share = re.sub(r"的(?=比重$|比例$)", "", TOGETHER_HEAD.sub("", num.metric))
                num.metric = (whole or _topic(prev[-1].metric)) + share
        elif prev and (per := _PER_UNIT_TAIL.search(num.metric)) and per.start() <= 4 and (
                k_ := prev[-1].metric.find(per.group())) > 0 and prev[-1].metric[k_ + len(per.group()):]:
            # 县道每公里每年养护资金不得低于10000元，乡道每公里每年不得低于5000元: the head noun of its sibling
            num.metric += prev[-1].metric[k_ + len(per.group()):]
        elif prev and _GAP_RE.match(num.metric) and not _GAP_RE.match(prev[-1].metric):
            num.metric = _topic(prev[-1].metric) + num.metric  # 距目标相差50亿元 -> 地区生产总值距目标相差
        elif prev and num.metric in ("比重", "占比", "比例") and num.cls in ("pp", "percent") and (
                share := next((x.metric for x in reversed(prev) if _NAMED_SHARE.search(x.metric)), "")):
            num.metric = share  # …占全市进出口总额的63.3%，比重提升1.6个百分点: the share just named changed
        elif prev and num.metric in ("比重", "占比") and num.cls == "percent" and prev[-1].kind == "count" and (
                ctx.region_level and _PLACE_LABEL.match(s)):
            # 城关区：人口数1124816人，比重29.10%: a place's share of the whole region's count (not the share of a part
            # in a whole the sentence names: 第一产业增加值…，比重8.5% has no place of its own)
            num.metric = f"占全{ctx.region_level}{_topic(prev[-1].metric).removesuffix('数')}比重"
        elif prev and (caused := _outcome_of_events(num.metric, prev)):
            num.metric = caused  # 道路交通事故41起，死亡17人: the deaths of those accidents, not all deaths
        elif prev and (acted := _object_of_act(num.metric, num.unit, prev)):
            num.metric = acted  # 排查隐患6342项，已整改6218项，整改率98%: what was found is what was rectified
        elif prev and _RUN_OF_YEARS.fullmatch(num.metric) and prev[-1].unit == num.unit:
            num.metric = prev[-1].metric  # 粮食总产量17.8万吨，连续5年稳定在17万吨以上: the same indicator's floor
        elif prev and num.metric in _OUTPUT_WORDS and _AREA_END.search(_topic(prev[-1].metric)):
            # 夏粮播种面积86.3万亩，总产量28.7万吨 -> 夏粮总产量: the output of the crop whose area was given
            num.metric = _AREA_END.sub("", _topic(prev[-1].metric)) + num.metric
        elif num.metric in _ACCOUNT_WORDS and (prev or carry_metric) and (
                whole := _ACCOUNT_OF.match(_topic(prev[-1].metric if prev else carry_metric))):
            # 社会保险基金预算收入…；支出…；年末滚存结余…: the same fund's or budget's (a balance is the fund's own)
            head = whole.group("whole")
            num.metric = (head.removesuffix("预算") if "结余" in num.metric else head) + num.metric
        elif prev and num.metric in _FUND_WORDS and (scheme := _SCHEME_HEAD.match(_topic(prev[-1].metric))):
            # 长期护理保险享受待遇1.42万人，基金支出2.86亿元 -> 长期护理保险基金支出: the fund of the scheme just named
            num.metric = scheme.group("scheme") + num.metric
        elif prev and num.metric in _YIELD_WORDS and (crop := _crop_of(prev)):
            # 小麦播种面积110万亩，总产量45.2万吨，平均亩产411公斤 -> 小麦平均亩产: the yield of the crop just named
            num.metric = crop + num.metric
        elif not prev and carry_metric and _RESULT_HEAD.fullmatch(num.metric) and (
                scope := _ENTERPRISE_SCOPE.match(carry_metric)) and not _ENTERPRISE_SCOPE.match(num.metric):
            # 规模以上工业企业实现营业收入…；利润总额96.2亿元 -> 规模以上工业企业利润总额: the same enterprises
            num.metric = scope.group("scope") + num.metric
        elif not prev and carry_metric and num.metric in _OUTPUT_WORDS | _YIELD_WORDS and (
                crop := _crop_name(carry_metric)):
            # 夏粮播种面积156.3万亩，比上年增加2.1万亩；总产量62.4万吨 -> 夏粮总产量: the crop of the clause before
            num.metric = crop + num.metric
        elif prev and num.metric in _SIZE_WORDS | {"增速", "增幅", "增长速度"}:
            word = num.metric
            num.metric = _topic(prev[-1].metric) + word  # 增长6.6%，总量突破90万亿元 -> 国内生产总值总量
            cat = _CATEGORY_HEAD.match(num.metric)
            if cat and re.search(r"平均(?:增幅|增速)[^，,；;。]{0,2}$", s[:num.start]) and (
                    len(num.metric) - cat.end() > len(word) + 1):
                # …三类地区由1880元提高到2020元，平均增幅为8.0%: the average over the categories, none of them
                num.metric = num.metric[cat.end():-len(word)] + "平均" + word
                num.comparison = "" if num.comparison == "平均" else num.comparison  # (the name says it now)
        elif num.metric in GOAL_WORDS and (same := [x for x in prev if x.unit == num.unit]):
            num.metric, num.role = same[-1].metric, "figure"  # …优良率为53.7%，…，规划要求到2030年达到60%以上
            num.goal = True
        elif num.generic:
            named = prev and prev[-1].unit == num.unit and prev[-1].metric.endswith(num.metric)
            num.metric = prev[-1].metric if named else num.metric  # 完成2万亩设施农业建设任务，谋划明年2万亩任务
            num.role = "figure" if named else "skip"
        elif (num.metric in _ENTRY_VERBS and num.kind != "growth"
              and (same := [x for x in prev if x.unit == num.unit])):
            # 规模以上工业企业达到186家，全年新增21家 -> 新增规模以上工业企业; 计划改造老旧小区126个，涉及居民1.8万户，
            # 已开工98个 -> 开工老旧小区 (the nearest sibling counted in the same unit)
            num.metric += re.sub(r"^(?:计划|拟|预计|力争)", "", _topic(same[-1].metric))  # (not the plan word)
        elif (prev and num.kind == "growth" == prev[-1].kind and num.unit == prev[-1].unit
              and (head := _SERIES_HEAD.search(prev[-1].metric)) and _CATEGORY_END.search(num.metric)
              and not _SERIES_HEAD.search(num.metric)):
            # 国有控股企业增加值增长3.2%，股份制企业增长6.4%: a breakdown's items share the first one's head noun
            num.metric += head.group()
        elif num.metric in _AREA_PARTS and (named := (_topic(prev[-1].metric) if prev and prev[-1].unit == num.unit
                                                       else _topic(carry_metric or para_metric) if k == 0 else "")) \
                and (head := _area_head(named)):
            num.metric += head  # 其中，城市上涨0.4%，农村上涨0.1%: the rural part of the indicator named before
        elif _ORDINAL_CATEGORY.fullmatch(num.metric) and (sibling := next(
                (x.metric for x in reversed(prev) if x.cls == num.cls and _ORDINAL_CATEGORY.match(x.metric)
                 and not _ORDINAL_CATEGORY.fullmatch(x.metric)), "")):
            # 第一阶梯水价由…调整为2.80元，第二阶梯由3.53元调整为4.20元: the sibling tier's water price
            num.metric += sibling[_ORDINAL_CATEGORY.match(sibling).end():]  # type: ignore[union-attr]
        elif (verb := _BARE_VERB.search(num.metric)) and (
                obj := next((m.split(verb.group(), 1)[1] for m in [*(x.metric for x in reversed(prev)), carry_metric,
                                                                    para_metric]
                             if m and verb.group() in m and m.split(verb.group(), 1)[1]), "")):
            # 制造业企业享受…8.1亿元。其中，高技术制造业企业享受2.9亿元: what its sibling enjoyed (not a share of it)
            num.metric += re.sub(r"(?<=.{2})占.*$", "", obj)
        elif prev and _is_place(num.metric) and not (num.kind == "count" and not _opens_with_place(prev[-1].l_text)):
            # 北票预计仅增长0.2% -> 北票完成投资 (not a thing counted after another thing: 小型水库46座、山塘218座, 山塘
            # a pond, tagged as a place name)
            num.metric += _without_place(_topic(prev[-1].metric))
        elif prev and _whole_place(num.metric) and prev[-1].unit == num.unit:
            # 石门村村集体经济收入86.3万元，桥头村71.5万元: the next place's figure of the same indicator (the place
            # of the sibling left out of its name)
            num.metric += _without_place(_topic(prev[-1].metric))
        elif k == 0 and carry_metric and _TIER_LABEL.fullmatch(num.metric) and len(
                grant := _GRANT_VERB.sub("", carry_metric[m.end() if (m := _TIER_LABEL.match(carry_metric)) else 0:])
        ) >= 2:
            # 给予安家补贴最高100万元；B类人才最高60万元；C类人才…: the next tier's amount of the grant named before
            num.metric += grant
        elif k == 0 and (carry_metric or para_metric) and (_is_place(num.metric) or _whole_place(num.metric)) and (
                not (num.unit == "个" and _UNITS_COUNTED.search(num.metric))):  # (深入18个乡镇: towns counted)
            num.metric += _without_category(num.metric, _topic(carry_metric or para_metric))
            # (…；柳溪县增长6.4%: the place is the subject; …一类地区月最低工资标准…；二类地区由1990元提高到2150元:
            # the sibling category replaces the one the carried name opens with)
    # 10亿元以上 -> 10亿元以上项目 (the head noun of a sibling)
    for k, num in enumerate(nums):
        m = _THRESHOLD_END.search(num.metric)
        if not m:
            continue
        for other in reversed(nums[:k]):
            o = re.search(r"以[上下](.+)$", other.metric)
            if o:
                num.metric += o.group(1)
                break


# a place's line of a table written as text (城关区：人口数…, 北山县，…)
_PLACE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:市|县|区|镇|乡|街道|旗)[：:，,]")
# the urban and rural parts of an indicator (城市, 农村 of 居民消费价格; 城镇, 农村 of 居民人均可支配收入)
_AREA_PARTS = {"城市", "城镇", "农村", "乡村"}
_AREA_LEAD = re.compile(r"^(?:全[省市县区州])?(?:城市|城镇|农村|乡村)?")


def _area_head(metric: str) -> str:
    """全市居民消费价格, 城市居民消费价格 -> 居民消费价格: the indicator without its region or area part."""
    return metric[_AREA_LEAD.match(metric).end():]  # type: ignore[union-attr]


# the output of a crop or herd named after its area (…播种面积58.6万亩，总产量24.3万吨)
_OUTPUT_WORDS = {"产量", "总产量", "年产量", "产值", "总产值"}
# (播种面积 alone names no crop: its 面积 is no crop's 播种; 全市：播种面积…，总产量… -> 总产量)
_AREA_END = re.compile(r"(?<=[\u4e00-\u9fff])(?<!播种)(?<!种植)(?<!收获)(?:播种面积|种植面积|收获面积|面积)$")
# the fund of an insurance scheme named by the clause before (…保险参保人数…，基金收入…，基金支出…)
# the accounts of a fund or budget named in the clause before (…基金预算收入X亿元；支出Y亿元；滚存结余Z亿元)
_ACCOUNT_WORDS = {"收入", "支出", "结余", "滚存结余", "累计结余", "当年结余"}
_ACCOUNT_OF = re.compile(r"^(?:全[省市县区])?(?P<whole>[\u4e00-\u9fff]{2,16}?(?:基金预算|基金|预算))"
                         r"(?:总)?(?:收入|支出)")
_FUND_WORDS = {"基金收入", "基金支出", "基金结余", "基金累计结余", "基金当年结余", "基金总收入", "基金总支出"}
_SCHEME_HEAD = re.compile(r"^(?:全[省市县区])?(?P<scheme>[\u4e00-\u9fff]{2,14}?保险)(?!基金)")
# the business results of a class of enterprises named in the clause before (…；利润总额…, …；营业成本…)
_ENTERPRISE_SCOPE = re.compile(r"^(?:全[省市县区])?"
                               r"(?P<scope>(?:规模以上|规上|限额以上|限上)[\u4e00-\u9fff]{0,10}?企业)")
_RESULT_HEAD = re.compile(r"(?:实现)?(?:利润总额|利润|营业收入|营业成本|主营业务收入|税金总额|应交增值税|亏损面|"
                          r"亏损企业亏损额)")
# the yield per unit of area of a crop named before it, by its area or its output
_YIELD_WORDS = {"亩产", "平均亩产", "单产", "平均单产", "单位面积产量", "亩均产量"}
_CROP_END = re.compile(r"(?<=[\u4e00-\u9fff])(?<!播种)(?<!种植)(?<!收获)(?<!总)(?<!年)"
                       r"(?:播种面积|种植面积|收获面积|总产量|年产量|产量)$")


def _crop_of(prev: list[_Num]) -> str:
    """The crop of the nearest sibling named by its area or output (小麦播种面积, 小麦总产量 -> 小麦), else ''."""
    return next((crop for x in reversed(prev) if (crop := _crop_name(x.metric))), "")


def _crop_name(metric: str) -> str:
    """小麦播种面积, 夏粮总产量 -> 小麦, 夏粮; '' for a metric not named by a crop's area or output."""
    topic = _topic(metric)
    return _CROP_END.sub("", topic) if _CROP_END.search(topic) else ""
# the head noun of a breakdown's first item (…增加值, …产量, …投资) and the end of a category name without one
_SERIES_HEAD = re.compile(r"(?:增加值|产值|产量|投资|销售额|零售额|营业收入|利润总额|利润|出口额|进口额|出口|进口)$")
_CATEGORY_END = re.compile(r"(?:业|企业|产品|行业|制品|类|领域|经济)$")
_PEERS = re.compile(r"在(全国|全省|全市|全区|全州|东北|同类城市)?[^，,；;。]{1,12}中")
_GAP_RE = re.compile(r"(?:距|比|较|与)[^，,]*?(?:相差|差距|多出|少|高出|低)")


def _whole_place(metric: str) -> bool:
    """柳溪县, 东港区, 宝国老镇: a metric that is only a place's name (jieba may not know it)."""
    if metric.endswith(_AREA_NOUNS):
        return False  # 改造小区, 老旧片区: a kind of area counted, not a place's name
    m = (_PLACE_RE.match(metric) or re.match(r"^[\u4e00-\u9fff]{2,4}?(?:区|旗|街道)$", metric)
         or _VILLAGE.match(metric))
    return bool(m) and m.end() == len(metric)


# a count of administrative units (深入18个乡镇, 覆盖12个社区): how many, no place's name
_UNITS_COUNTED = re.compile(r"(?:乡镇|街道|社区|行政村|自然村|县区|县市区|区县)$")
# a village's name (柳村, 石门村, 上河口村), not the countryside (农村, 乡村) nor a land category of towns and
# villages (城镇村及工矿用地, 建制村)
_VILLAGE = re.compile(r"^(?!农村|乡村|所有村|各村|每村|全村|行政村|城镇村|建制村)"
                      # (省级示范村, 重点帮扶村, 脱贫村: a class of villages counted, no village's name)
                      r"(?![\u4e00-\u9fff]{0,2}(?:级|示范|重点|特色|美丽|文明|贫困|脱贫|帮扶|中心|试点|样板))"
                      r"[\u4e00-\u9fff]{1,4}?村")


def _without_place(metric: str) -> str:
    """石门村村集体经济收入 -> 村集体经济收入, 白石镇粮食产量 -> 粮食产量: the indicator without its place."""
    m = _PLACE_RE.match(metric) or re.match(r"^[\u4e00-\u9fff]{2,4}?(?:区|旗|街道)", metric) or _VILLAGE.match(metric)
    return metric[m.end():] if m and len(metric) - m.end() >= 2 else metric


_AREA_NOUNS = ("小区", "片区", "城区", "社区", "景区", "园区", "街区", "矿区", "库区", "山区", "林区", "灾区", "棚户区")


_PER_UNIT_TAIL = re.compile(r"(?:每[\u4e00-\u9fff]{0,3}?(?:公里|千米|米|亩|人|户|年|月|季度|天|日))+$")
_BARE_SHARE = re.compile(r"\s*占\s*")
# a share of a plan or budget completed, as metric._metric_l names it
_PLAN_SHARE = re.compile(r"(?:调整预算|年初预算|年度预算|预算|年度计划|全年目标任务)比例$")
# the whole a count is part of: 全市8个地表水国控断面中，… (among them)
_AMONG = re.compile(r"(?:\d+(?:\.\d+)?\s*[个家所条座项处]\s*)?([\u4e00-\u9fff]{2,16}?)中[，,]")


def _share_name(before: str, part: str) -> str:
    """水质优良断面7个，占87.5%: the share of the part counted before, in the whole it was counted among
    (…8个地表水国控断面中) when the sentence names one."""
    among = [m for m in _AMONG.finditer(before) if not m.group(1).endswith(("其", "之"))]
    whole = _strip(among[-1].group(1), ()).removeprefix("在") if among else ""  # (在法人单位从业人员中，…)
    return f"{part}占{whole}比例" if whole and whole != part else f"{part}占比"


def _place_only(left: str) -> bool:
    """柳河县增长, 东港区同比增长: a clause saying only which place changed (its indicator is named before)."""
    m = _PLACE_RE.match(left) or re.match(r"^[\u4e00-\u9fff]{2,4}?(?:区|旗|街道)", left)
    return bool(m) and not _strip(left[m.end():], ())


# a verb left without its object before the amount (高技术制造业企业享受2.9亿元): its sibling's object
_BARE_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:享受|获得|争取到?|办理)$")


def _opens_with_place(text: str) -> bool:
    """Does ``text`` open with a place name (辽阳市实现…, 铁岭市有…), not the whole region (全县现有…)?"""
    tags = _tag(text.lstrip("，,；; "))
    return bool(tags) and (tags[0][1] == "ns" or _whole_place(tags[0][0])) and not tags[0][0].startswith("全")


def _is_place(metric: str) -> bool:
    if metric.endswith(("人口", "居民", "人员", "人数")):
        return False  # (jieba tags 城镇人口 as a place name: a population is no place)
    tags = _tag(metric)
    return bool(tags) and all(p == "ns" for _, p in tags)


def _sentence_topic(s: str, ctx: _Ctx) -> str:
    """The subject of the sentence's first clause: 全市规上工业增加值指标增速受…影响 -> 规上工业增加值指标增速."""
    first = _strip(s[: _clause_end(s, 0)], ctx.regions)
    words: list[str] = []
    for w, p in _tag(first):
        if w in ("增速", "增幅", "增长率", "总量", "占比", "比重"):
            p = "n"
        if p.startswith(("v", "p", "d", "c", "u", "m", "x")) and p != "vn" and words:
            break
        if p.startswith(("v", "p", "d", "c", "u", "m", "x")) and p != "vn":
            return ""
        words.append(w)
    topic = "".join(words)
    return topic if len(topic) >= 2 and not _TIME_WORDS.fullmatch(topic) else ""


# the accounts of a fund named once (城乡居民基本养老保险基金收入4.72亿元…；基金支出3.95亿元…；年末累计结存9.86亿元):
# the later ones are the same scheme's fund
_FUND_HEADS = {"基金收入": "基金收入", "基金支出": "基金支出", "结存": "基金累计结存", "累计结存": "基金累计结存",
               "基金累计结存": "基金累计结存", "结余": "基金结余", "当年结余": "基金当年结余", "基金结余": "基金结余",
               "当年结存": "基金当年结存"}
_SCHEME_FUND = re.compile(r"^(?P<scheme>[\u4e00-\u9fff]{2,14}?保险)基金")


def fund_of_scheme(nums: list[_Num], carry_metric: str = "", para_metric: str = "") -> None:
    """基金支出, 累计结存 after a scheme's 基金收入 in the sentence (or the one before it, joined by ；, or the
    paragraph): that scheme's fund."""
    for k, num in enumerate(nums):
        head = _FUND_HEADS.get(num.metric) if num.role == "figure" else None
        if head is None:
            continue
        named = [x.metric for x in nums[:k] if x.role == "figure" and x.metric] + [carry_metric, para_metric]
        scheme = next((m.group("scheme") for n in named if n and (m := _SCHEME_FUND.match(n))), "")
        if scheme:
            num.metric = scheme + head


# 当年结存0.87亿元，累计结存14.52亿元: the year's surplus is no accumulated balance; its 当年 (a time word the metric
# drops) stays in the name
_YEAR_BALANCE = re.compile(r"当年(?P<head>结存|结余)\s*$")


def year_balance(s: str, nums: list[_Num]) -> None:
    """结存/结余 read after 当年: the fund's balance for the year (当年结存), not its accumulated balance."""
    for num in nums:
        if num.role == "figure" and num.metric in ("结存", "结余") and (m := _YEAR_BALANCE.search(s, 0, num.start)) \
                and m.group("head") == num.metric:
            num.metric = "当年" + num.metric


# 累计结存14.52亿元 of a year: the balance accumulated at the year's end, a stock (as 年末…)
_ACCUMULATED_BALANCE = re.compile(r"(?:累计|滚存)(?:结存|结余)\s*$")


def balance_at_year_end(s: str, nums: list[_Num]) -> None:
    """An accumulated fund balance dated by a whole year (2024年，…累计结存14.52亿元) is the stock at its end."""
    for num in nums:
        if (num.role == "figure" and num.kind != "growth" and re.fullmatch(r"\d{4}", num.period)
                and _ACCUMULATED_BALANCE.search(s, max(0, num.start - 6), num.start)):
            num.period += "-12"
