"""How a key-figure row reads a figure before rendering it (rows.py): words the extraction left in the metric name
(a qualifier, a change verb of a Hong Kong release) moved out, and a subject that names no entity joined to the
metric or dropped. The figure's Chinese row (english.figure_item) is unchanged; only the English reads it so."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Figure
from .glossary import Glossary
from .metrics import clean_metric
from .names import name_en
from .numbers import PERCENT, POINTS

RATE_UNITS = (*PERCENT, *POINTS, "‰")  # units of rates: a change of a rate is written with its sign
# qualifiers meaning "at most" (rows.QUALIFIERS)
AT_MOST = ("以内", "不超过", "不高于", "以下", "控制在", "最多", "最高", "最长", "至多")


# Words of a qualifier left at the end of a metric name, and the qualifier they mean ("" = none: 达到 reached).
TRAILING_QUALIFIERS = {"不得低于": "不低于", "不低于": "不低于", "不得少于": "不少于", "不少于": "不少于",
                       "不超过": "不超过", "超过": "超过", "达到": "", "达": "",
                       "最长": "最长", "最高": "最高", "最多": "最多"}  # 缓缴期限最长 (6个月): at most
TRAILING_QUALIFIER_RE = re.compile(r"^(?P<metric>.+?)(?P<q>" + "|".join(TRAILING_QUALIFIERS) + r")$")


def _qualifier_from_metric(fig: Figure) -> Figure:
    """县道每公里每年养护资金不得低于 (10000元): the qualifier the extractor left in the metric name, moved out."""
    metric = clean_metric(fig.metric)
    if fig.qualifier in AT_MOST and re.search(r"最(?:长|高|多)?$", metric) and len(metric) > 3:
        # 缓缴期限最长不超过6个月, 每人补贴最高不超过2000元 (最 left alone when 高 went to the qualifier): a ceiling
        # said twice; the metric without it
        return replace(fig, metric=re.sub(r"最(?:长|高|多)?$", "", metric))
    m = TRAILING_QUALIFIER_RE.match(metric)
    if not m or (fig.qualifier and fig.qualifier != m.group("q")):
        return fig
    qualifier = TRAILING_QUALIFIERS[m.group("q")]
    return replace(fig, metric=m.group("metric"), qualifier=fig.qualifier or qualifier)


# A subject opening with a verb of action is a clause, not an entity (培育市级特色商业街区10条，建成…30个: the first
# clause read as the second's subject); 建设 is left out (建设银行 is a bank).
VERB_SUBJECT_RE = re.compile(r"^(?:培育|建成|新建|打造|创建|引进|新增)..")


def _repaired_subject(fig: Figure, glossary: Glossary) -> Figure:
    """A subject that names no entity: the metric itself repeated (培育市级夜间经济集聚区｜培育市级夜间经济集聚区),
    a verb's clause, or the first words of the metric cut at a unit character (实际到位市｜外资金: 实际到位市外资金,
    joined when the whole is a known metric and the subject no name); otherwise the figure unchanged."""
    from .rows import SUBJECT_SCOPES, metric_english

    subject = re.sub(r"\s+", "", fig.subject)
    if not subject or subject in SUBJECT_SCOPES:
        return fig
    if name_en(subject, glossary) is not None:  # a place or a firm (北票｜北票: the metric is what is wrong)
        return fig
    if subject == clean_metric(fig.metric) or VERB_SUBJECT_RE.match(subject):
        return replace(fig, subject="")
    joined = subject + clean_metric(fig.metric)
    if metric_english(fig.metric, glossary) is None and metric_english(joined, glossary) is not None:
        return replace(fig, subject="", metric=joined)
    return fig


# A change verb left at the end of a metric (Hong Kong releases: 私人消费开支按年实质下跌5.4%, 服务输出则按年实质微升
# 0.9%, 整体投资开支下跌8.7%): the metric, its direction and 按年 "year on year" / 实质 "in real terms" (the Census
# and Statistics Department's English); a leading 第一季 is the period, already the figure's.
CHANGE_END_RE = re.compile(r"^(?:第[一二三四]季度?)?(?P<x>.+?)在?则?(?P<yoy>按年)?(?P<real>实质)?"
                           r"(?P<verb>下跌|下降|微跌|上升|增长|微升|上涨)$")
REAL_TERMS = {"按年实质": "year on year in real terms", "实质": "in real terms"}
# A comparison opening the sentence, before the figure (经季节性调整后与对上季度比较，本地生产总值实质下跌2.9%): against
# the quarter (month) before, perhaps seasonally adjusted (C&SD: "on a seasonally adjusted quarter-to-quarter
# comparison"); the keys are the comparisons _change_in_metric gives such a figure.
LEADING_COMPARISON_RE = re.compile(r"^[^，,；;。\d]{0,12}?(?P<sa>经季节性调整(?:后)?)?[，,]?\s*"
                                   r"(?:与|和|同|跟)(?:对)?上一?个?(?P<p>季度?|月)(?:相)?比较?\s*[，,]")
for _sa, _sa_en in (("", ""), ("经季节性调整后", ", seasonally adjusted")):
    for _p, _p_en in (("季度", "quarter on quarter"), ("月", "month on month")):
        REAL_TERMS[f"{_sa}与上{_p}比较"] = _p_en + _sa_en
        REAL_TERMS[f"{_sa}与上{_p}比较实质"] = f"{_p_en} in real terms{_sa_en}"


def _leading_comparison(fig: Figure) -> str:
    """The comparison a sentence opens with (经季节性调整后与对上季度比较，…): its key in REAL_TERMS, "" if none."""
    sentence = re.sub(r"\s+", "", fig.sentence)
    m = LEADING_COMPARISON_RE.match(sentence)
    if not m or (fig.text and sentence.find(re.sub(r"\s+", "", fig.text)) < m.end()):
        return ""
    return f"{'经季节性调整后' if m.group('sa') else ''}与上{'季度' if m.group('p').startswith('季') else '月'}比较"


def _change_in_metric(fig: Figure) -> Figure:
    """私人消费开支按年实质下跌 (5.4%) -> metric 私人消费开支, a fall, 'year on year in real terms'; only for a rate's
    unit and a figure with no comparison of its own."""
    m = CHANGE_END_RE.match(clean_metric(fig.metric))
    if not m or fig.unit.strip() not in RATE_UNITS or fig.comparison or fig.kind == "growth":
        return fig
    direction = "down" if m.group("verb") in ("下跌", "下降", "微跌") else "up"
    comparison = ("按年" if m.group("yoy") else "") + ("实质" if m.group("real") else "")
    if comparison == "按年":
        comparison = "同比"
    elif not m.group("yoy") and (leading := _leading_comparison(fig)):
        comparison = leading + comparison  # (经季节性调整后与对上季度比较，…实质下跌2.9%)
    return replace(fig, metric=m.group("x"), kind="growth", direction=direction, comparison=comparison)


# A change word ending a metric whose figure is a change against a base (extract: 在园幼儿减少 1537人, 比上学年;
# 城镇人口比重变化 13.54个百分点, 比2010年): the row is about the metric, its direction says which way.
NAMED_CHANGE_RE = re.compile(r"^(?P<x>.{2,}?)(?:增加|减少|增长|下降|提高|上升|降低|变化)$")
FROM_TO_RE = re.compile(r"由[^，。；]*?(?:为|到|至)")


def _named_change(fig: Figure) -> Figure:
    """在园幼儿减少 (1537人, down, against the previous school year) -> metric 在园幼儿, a change; unchanged unless the
    figure has a direction and a base period (a level named 增加 stays as it is), nor when the value is the level a
    from-to sentence reaches (由9.42年提高至10.36年)."""
    m = NAMED_CHANGE_RE.match(clean_metric(fig.metric))
    if not m or fig.direction not in ("up", "down") or not fig.base_period:
        return fig
    if fig.base_value is not None and FROM_TO_RE.search(fig.sentence):
        return fig
    return replace(fig, metric=m.group("x"), kind="growth")


# A subsidy at a standard rate (按每辆车3000元的标准给予一次性补贴) read as metric 标准给予一次性补贴: the rate's unit
# is in the sentence, before the figure.
STANDARD_RE = re.compile(r"^(?:按照?)?标准给予(?P<x>.+)$")


def _standard_rate(fig: Figure) -> Figure:
    """标准给予一次性补贴 (3000元) in 按每辆车3000元的标准给予一次性补贴 -> 每辆车一次性补贴 ('one-off subsidy per
    vehicle'); unchanged unless the sentence says the unit right before the figure."""
    m = STANDARD_RE.match(clean_metric(fig.metric))
    if not m or not fig.text:
        return fig
    rate = r"按照?(?P<per>每(?:辆车|辆|台|户|人))\s*" + re.escape(fig.text) + r"的?标准给予" + re.escape(m.group("x"))
    per = re.search(rate, re.sub(r"\s+", "", fig.sentence))
    return replace(fig, metric=per.group("per") + m.group("x")) if per else fig


# 户 is the measure word of households (惠及居民4860户) and of firms and market entities (惠及市场主体1.2万户, 新增个体
# 工商户3200户): the nouns counted with 户 that are no households
ENTITY_WORDS = ("市场主体", "经营主体", "企业", "工商户", "个体户", "商户", "纳税人", "单位", "合作社", "公司", "法人")


def households(fig: Figure, metric_text: str | None) -> bool:
    """A count in 户 whose metric (``metric_text``: its English) names neither households nor an entity counted
    with 户: what it counts is households (rows._amount)."""
    if not fig.unit.strip().endswith("户") or (metric_text is not None and "household" in metric_text):
        return False
    return not any(w in fig.metric for w in ENTITY_WORDS)


def reading(fig: Figure, glossary: Glossary) -> Figure:
    """The figure as the row reads it: a qualifier or a change verb or word left in the metric moved out, a subject that
    names no entity joined to the metric or dropped, a subsidy's standard rate read with its unit."""
    return _repaired_subject(_named_change(_change_in_metric(_qualifier_from_metric(_standard_rate(fig)))), glossary)
