"""Quantitative facts (figures) from a document's paragraphs.

The package, one concern per module: :mod:`.text` (sentences, clauses, protected spans), :mod:`.quantities`
(numbers, units, ranks), :mod:`.metric` (naming the metric), :mod:`.lists` (分别/均 lists, inherited metrics, ranks
attached to their figure), :mod:`.attributes` (period, status), :mod:`.direction` (kind, direction), :mod:`.changes`
(由A到B, milestones, goals), :mod:`.subject` and :mod:`.stations` (subjects), :mod:`.edges` (a stock at the end or
start of its period), :mod:`.sentence` (one sentence end to end, in phases: :mod:`.classify`, :mod:`.timing`,
:mod:`.emit`), :mod:`.paragraph_dates` (the dates a paragraph lends its sentences), :mod:`.context` (what is known
of the document), :mod:`.vocab` (the report language the rules read); the others one rule family each. This module
walks the paragraphs: :func:`extract_figures`.

Reads ``Document.paragraphs`` (body text and headings, run-in headings included) and returns one ``Figure`` per
quantity an analyst would put in a table: indicators, targets, counts, investments, incomes, rates and ranks.

How it works, per paragraph:

1. Split into sentences on 。！？； (never inside a short quotation or a bracket; a decimal point never splits).
2. Find quantities: Arabic numbers (decimals, thousands separators, fractions ``1/3``, ranges ``6%－6.5%``) and
   Chinese numerals (``两个``, ``三分之一``, ``过千亿``), each with its multiplier (万/亿) and unit (亿元, 万人, %,
   ‰, 个百分点 ...). Dates (from :mod:`.dates`), document numbers (〔2023〕30号), ordinals (第一只鸟),
   numbers inside slogans and names (“161”工程, 5G, PM2.5), bare numbers without a unit and numbers that are part
   of a project name (中电科53所) are never figures.
3. Tell a figure from a threshold: ``5亿元以上项目50个`` has one figure (50 个); ``5亿元以上`` is part of its metric.
4. Name the metric: the noun phrase before the number (walking back over verbs such as 增长/达到/为, comparisons
   such as 同比/比上年, qualifiers, time phrases and subjects such as 全市/朝阳市), or the noun after a counted
   number (``4个贫困县摘帽``); list items without their own metric inherit from their neighbours, and the
   distributive ``分别``/``均`` constructions are expanded (``猪牛羊禽分别出栏…``).
5. Classify (kind), read the comparison and its base period, the qualifier and the rank (``增速位列全省第5`` is
   the rank of the figure it follows; a rank without a value of its own is no row).
6. Read what the figure means (:mod:`.attributes`, :mod:`.subject`): its status (actual, target, forecast 预计,
   requirement 不低于/每年…不少于), its period (the date the text gives, else by status from the document's
   reporting period: :mod:`..reporting`; holidays from :mod:`..holidays`), the direction of a change (改善 of a
   concentration is down; 由A下降到B is one row with base value A), and its subject (a town, company, project,
   another city…; empty for the document's region; a subject named by one sentence carries on in the later
   sentences of its paragraph that continue it: 中三家镇…。…全镇一般预算收入…). Under a heading that reviews a
   past year (一、2023年工作回顾 in a report of 2024), 8月 and 年初 are of that year
   (:func:`..reporting.dates_in_review`).

``kind`` describes what is measured: growth (a change, with 增长/下降/提高… or a percentage-point gap), share
(a rate, proportion or fraction), count (things counted: 个, 户, 人 …), level (amounts: money, area …), and
target for an amount whose status is target (``计划投资29亿元``). ``is_target`` is kept as ``status == "target"``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from ...model import Document, Figure, Metadata
from ..dates import Anchor, DateMatch
from ..reporting import five_year_span, review_year, running_review
from .accidents import date_accident_toll, name_bare_company, standing_limits, undate_profiles
from .accounts_lines import name_account_lines
from .activity_start import cumulate_since_start
from .adopted import adopted, adopted_rules
from .aims import higher_aims
from .allocations import date_allocations
from .assessments import assessment_terms
from .attributes import ONGOING
from .bare_changes import name_bare_changes
from .bases import compared_lead
from .breakdowns import estimated_parts, quarter_compared
from .budget import budget_caption, budget_cues
from .captions import caption_quantity, caption_unit, caption_year, leads_table, own_year_caption
from .carried import (
    apply_parallel_span,
    average_over_span,
    average_to_deadline,
    breakdown_frame,
    continued_frame,
    converted_changes,
    cumulative_over_span,
    parallel_span,
    reporting_periods,
    review_span,
    works_named_before,
    years_respectively,
)
from .cases import name_sanctioned, read_case
from .compared import carry_comparison, heading_comparison, year_end_bases, year_end_growth
from .context import _before, _context, _heading_level
from .contributions import name_contributions
from .dated_seasons import date_heating_seasons, date_winter_spring
from .decisions import read_decision
from .edges import collapse_point_spans, mark_edges
from .headed import carry_per_scope, name_by_counted, name_by_heading, name_place_parts
from .holdings import held_at_year_end
from .land_sales import land_sale_terms
from .paired import name_paired
from .paragraph_dates import (
    _POPULATION_HEAD,
    _SINCE_LAST_YEAR,
    _SINCE_LAST_YEAR_END,
    _STOCK_HEAD,
    _YEAR_END_STOCK,
    _annual,
    _closed_year_end,
    _first_clause_dates,
    _frame,
    _harvest_year,
    _heading_dates,
    _later_year,
    _leads,
    _lent,
    _whole_year,
    framed,
)
from .plan_progress import cumulate_plan_progress
from .project_tables import project_labels
from .seasons import date_seasons, season_months
from .sentence import _FROM_SOURCE, _analyse_sentence
from .sentence_passes import (
    body_size_at_year_end,
    counted_before_measure,
    goals_met_over_the_plan,
    other_bound,
    parallel_base,
    whole_cost_beside_the_year,
)
from .short_names import known_names, resolve_short_names
from .stations import name_stations
from .status import _STANDING, _cues
from .stock_parts import hold_stock_parts
from .subject import named_in, recalled_topic, sentence_topic, superlative_siblings
from .surveys import compared_span_bases, declared_bases, declared_normals, unnamed_survey_bases
from .tables import table_sentences
from .tenders import tender_terms
from .text import _clause_end, _clause_start, split_sentences, stripped_spans
from .vocab import _SKIP_ROLES, _TASK_PARAGRAPH, plans_ahead

__all__ = ["extract_figures", "split_sentences", "stripped_spans"]

log = logging.getLogger(__name__)

# the notes on method of a statistical release (附注：, 注：): definitions and thresholds, no figures of the period
_NOTES_HEAD = re.compile(r"^\s*(?:附注|注释|注)\s*[：:]")  # (注释： on a line of its own: the numbered notes follow)
_NOTE_ITEM = re.compile(r"^\s*\d+\s*[.．、]")  # (the numbered notes after 注： on a line of its own)
_AS_OF = re.compile(r"截[至止]|到\s*(?:19|20)\d{2}\s*年\s*年?[底末]")
# a sentence opening with an ongoing change (农村无害化卫生户改造稳步推进，普及率达80%以上): of now, whatever span the
# sentences before it reviewed
# a sentence that breaks the figures of the one before down (其中，出口52.4亿元): of the same time
# bodies that report figures of their own (an airport's passenger throughput, a company's revenue)
_OPERATORS = ("机场", "港", "港口", "公司", "集团", "厂", "银行")
_BREAKDOWN_HEAD = re.compile(r"^\s*其中\s*[，,：:]")
_ONGOING_HEAD = re.compile(rf"^[^，,；;。\d]{{2,30}}?{ONGOING}[，,]")
# (二、存在问题, 存在的主要问题: the state of things now, no plan's)
_REVIEW_HEADING = re.compile(r"基础|回顾|成就|成效|进展|现状|总结|过去|完成情况|工作开展情况|"
                             r"存在的?(?:主要)?问题|困难和问题|问题(?:和|与)不足|(?<![目程])基本情况$"
                             r"|^附件\s*\d*\s*[^计目任分安项指预]{2,30}(?:服务电话|联系方式|通讯录|名录)$")
# the wording of a rule in measures or a standard: grants, rates, caps, shares, terms
# a sentence opened by its own year (2024年，全市累计发放…; 2025年，市级财政…共计1.5亿元): what was done or is
# planned in that year, not a standing provision of the rules
_OWN_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2})年[，,]")
# a report's paragraph run in under a policy's label (缴存政策：…缴存比例各为5%-12%, 贷款政策：…最高额度为60万元):
# the norms in force it restates, rules like those of a notice (the report's results stay actual elsewhere)
_POLICY_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}政策[：:]")
# a sentence restating the rules it cites (按照政策规定，个人消费者购买…，按产品销售价格的15%给予补贴): the norms, not
# what the period achieved
_CITED_RULES = re.compile(r"^(?:按照|根据|依据|按)[^，,；;。\d]{0,12}(?:政策规定|有关规定|相关规定|规定|政策)[，,]")
# a clause after ； that gives a sibling its value at once (二类地区由1990元提高到2150元, 三类地区为2020元)
# a plan's goal quoted against an outcome (…为45.3%，保持在《规划》要求的45%左右；): its 保持在 is the goal's bound, no
# status of the clauses after ；
_QUOTED_GOAL = re.compile(r"(?:保持在|控制在|达到|低于|高于)?[《“]?(?:纲要|规划)[》”]?"
                          r"(?:确定|提出|设定|明确|制定|要求)的[^，,；;。]{0,20}")
# the items named just before, counted (两项覆盖率分别比上年提高3.6个和2.9个百分点 after 宫颈癌筛查覆盖率…；
# 乳腺癌筛查覆盖率…)
_COUNTED_ITEMS = re.compile(r"^(?:两|二|三|四|五)(?:项|个)(?P<tail>[\u4e00-\u9fff]{1,6})$")
_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}



# a sentence opening with an estimate of the whole year (预计全年…, 临溪县地区生产总值预计突破…) in a paragraph
# framed by months (1—10月，…): the estimate is the year's, and the sentences after it are no longer the months'
# (…。改造城镇老旧小区118个)
_YEAR_ESTIMATE_HEAD = re.compile(r"^(?:初步)?预计全年|^[^，,；;。\d]{0,16}?预计(?!到)")


def _name_the_items(found: list[Figure], before: list[str]) -> None:
    """两项覆盖率分别…3.6个和2.9个百分点: the figures of the items the paragraph named last whose names end so, in
    order (宫颈癌筛查覆盖率, 乳腺癌筛查覆盖率); nothing when the paragraph did not name that many."""
    for name in {f.metric for f in found}:
        m = _COUNTED_ITEMS.match(name)
        if not m:
            continue
        n = _COUNT_WORDS[name[0]]
        items = [b for b in before if b.endswith(m.group("tail")) and b != name][-n:]
        mine = [f for f in found if f.metric == name]
        if len(items) == n == len(mine):
            for f, item in zip(mine, items, strict=True):
                f.metric = item


_HELD = re.compile(r"保持|稳定在|巩固在|始终")
_SIBLING_VALUE = re.compile(r"[^，,；;。\d]{1,12}?(?:由|为|调整为|提高到|降低到|增加到)\s*(?:现行的)?\d"
                            # a ceiling or floor of a grant for another tier (…给予安家补贴最高100万元；B类人才最高60万
                            # 元), or a tier's label and its amount at once (D类人才20万元)
                            r"|[^，,；;。\d]{1,12}?(?:最高|最多|最低|不超过|不低于)\s*\d"
                            r"|(?:[A-Z]|[一二三四五六七八九])[类档级][\u4e00-\u9fff]{0,4}\d")
_RULE_SENTENCE = re.compile(r"补贴|补助|奖励|奖补|给予|资助|标准|期限|每户|每人|每平方米|每千瓦时|每吨|每亩|上限|"
                            r"下限|最高额度|缴存比例|分担比例|负担比例|"  # (省级财政分担比例提高到70%: a funding rule)
                            r"罚款|罚金|"  # (a regulation's fine: 处二百元以上五百元以下罚款, .fines)
                            # an insurance scheme's terms (保险费率为5%, 农户自缴比例20%, 观察期15天, 保险期间为1年)
                            r"费率|保险金额|自缴|观察期|保险期间|赔付|免赔|"
                            r"不超过|不低于|按照?[^，,；;。]{0,12}的?\d|配套资金|降低\d|优惠|"
                            # the benefits of an insurance scheme (起付线200元, 报销比例为60%, 最高支付限额为20万元,
                            # 费用报销50%, the deductible of a tier 1.5万元至5万元的部分报销60%, 等待期3个月)
                            r"起付线|支付限额|报销比例|支付比例|报销\d|等待期|"
                            # a regulated price's tiers and charges (第一阶梯水价由每立方米2.35元调整为2.80元,
                            # 各阶梯水量基数相应增加36立方米, 均含污水处理费1.10元/立方米), per unit (每立方米)
                            r"(?:阶梯|第[一二三四五六]档|各档)[^，,；;。]{0,12}\d|每立方米|处理费\d|免费用[水电气]")


# a speech's programme paragraph (营商环境就是生产力。我们要坚持…，对263家规模以上企业实行…): what it lists is to be
# done; 我们也要看到/认识到 is no plan
_PROGRAMME = re.compile(r"(?:^|[。！？；，,])\s*我们要(?!看到|清醒|认识|明白|始终清醒|正视)")
_PROGRAMME_HEAD = 80  # the programme opens the paragraph (after its heading sentences)



def _programme(text: str, anchor_year: int | None, span: str) -> tuple[bool, str]:
    """Is the paragraph a programme (我们要… opening it)? And the span of the five-year plan it is a programme for:
    one named before 我们要 (踏上“十四五”新征程，我们要…) if the document's year is in it, else ``span`` (named by an
    earlier programme paragraph of the document)."""
    m = _PROGRAMME.search(text, 0, _PROGRAMME_HEAD)
    if not m:
        return False, span
    named = five_year_span(text[:m.end()])
    if named and anchor_year and int(named[:4]) <= anchor_year <= int(named[-4:]):
        return True, named
    return True, span


# a question put at a press conference (…增长5.4%，请问全年目标能否实现？): its numbers restate what was said
_ASKED = re.compile(r"请问[^。！!]*[？?]\s*$")


    # (潆川水文站7月4日出现洪峰水位…: the day of what the clause's subject did, no frame of the paragraph's other
    # sentences)
    # (计划改造2000年底前建成的老旧小区86个: a past date says what the estates are; 力争2025年底前完成的项目 in 2025
    # still dates the goal)


def _same_metric(a: str, b: str) -> bool:
    """粮食产量 of a table row and 粮食总产量 of the text: one name holds the other, 总 and the region's 全市 aside."""
    a, b = _METRIC_NOISE.sub("", a), _METRIC_NOISE.sub("", b)
    if min(len(a), len(b)) <= 2 and _NAMED_BEFORE_BARE.fullmatch(max(a, b, key=len), 0) and (
            (a if len(a) <= 2 else b) in _BARE_OUTCOMES):
        # (the text's 死亡2人 of all the cases, a table's 艾滋病死亡数2人 of one disease: another fact)
        return False
    return a in b or b in a or _abbreviates(a, b) or _abbreviates(b, a) or _reordered(a, b) or _reordered(b, a)


def _reordered(short: str, long: str) -> bool:
    """A table's project name with its verb after the thing (老旧小区改造, 农贸市场提升改造) and the text's plan or
    outcome with it before (计划改造2000年底前建成的老旧小区, 计划改造提升农贸市场): every character of the one in the
    other. (Only a plan's or an outcome's name: other reordered names, 个人住房贷款发放额 / 发放个人住房贷款, are left
    as they were.)"""
    return 4 <= len(short) <= len(long) and long.startswith(("计划", "实际")) and not Counter(short) - Counter(long)


def _abbreviates(short: str, long: str) -> bool:
    """A column header shortening the text's name (改造小区 for 计划新开工改造城镇老旧小区): its characters in order,
    with the same head noun (the last two characters)."""
    if len(short) < 3 or len(short) >= len(long) or short[-2:] != long[-2:]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


# a bare outcome the text names without its object (死亡2人) and a table row naming the object before it (艾滋病死亡数)
_BARE_OUTCOMES = {"死亡", "发病", "受伤", "失踪"}
_NAMED_BEFORE_BARE = re.compile(r"[\u4e00-\u9fff]{2,}(?:死亡|发病|受伤|失踪)(?:人?数)?")
_METRIC_NOISE = re.compile(r"^全[市县区省镇乡]|总")


def _name_project(f: Figure, project: str) -> None:
    """The figure of a row of a list of projects is the project's: subject the whole name, and no part of the name
    left at the head of the metric (文旅康养综合体总投资 of 岑西区文旅康养综合体 -> 总投资)."""
    f.subject = project
    head = next((k for k in range(len(f.metric), 1, -1) if f.metric[:k] in project), 0)
    if 0 < head < len(f.metric):  # (one character is no part of a name: 市级财政 of 市民交通出行 keeps its 市)
        f.metric = f.metric[head:]


def _year_end_column(f: Figure, levels: dict[str, set[str]]) -> None:
    """A table's year column of a stock the text states only at a year end (年末…养老床位2.45万张; the table's 2023年
    2.31万张): the end of that year too. A metric whose level the text also gives for a whole year (缴存额 of the
    year and at its end) is left as it is; the names must end alike (社会组织, 依法登记的社会组织: not 提取额 and
    提取总额, a flow and a running total)."""
    periods = {p for m, ps in levels.items() if m.endswith(f.metric) or f.metric.endswith(m) for p in ps}
    if periods and all(p.endswith("-12") for p in periods):
        f.period += "-12"


def extract_figures(doc: Document, meta: Metadata) -> list[Figure]:
    """The figures of one document, in reading order (see the module docstring for the rules)."""
    ctx = _context(doc, meta)
    date_anchor = Anchor.from_iso(ctx.anchor_iso)  # a review heading names a year before the document's date
    figures: list[Figure] = []
    seen: set[tuple[str, str, str, float, str, str, str, str, str, str]] = set()
    stated: dict[tuple[float, str, str, str, str], list[str]] = {}  # the text's facts -> their metrics
    tabled: list[tuple[Figure, tuple[float, str, str, str, str]]] = []  # a table's figures and their facts
    levels: dict[str, set[str]] = {}  # the periods of the levels the text states, by metric
    headings: dict[int, str] = {}
    cache: dict[tuple[str, tuple[str, ...], str, str, int | None, str, str, str],
                tuple[list[Figure], list[DateMatch]]] = {}
    programme_span = ""  # the five-year plan a speech's programme is for (踏上“十四五”新征程，我们要…)
    notes = False  # inside the notes on method after a release (附注：1.…按现价计算…; 2.规模以上工业统计起点为…)
    text_review: int | None = None  # a review of the past year opened in running text (reporting.running_review)
    reported: list[DateMatch] = []  # the months the last paragraph dated its figures with (for a 从…看 paragraph)
    caption = ""  # the caption just before a table (表1 2024年末全市…)
    run_in_head = ""  # a run-in heading, for the paragraph it opens
    known: set[str] = set()  # the firms and parks named in full so far (.short_names)
    for para in doc.paragraphs:
        start = len(figures)
        level = _heading_level(para)
        if level:
            headings = {k: v for k, v in headings.items() if k < level}
            headings[level] = para.text
            run_in_head = para.text if para.run_in else ""  # (（一）小学。 names the rows of its paragraph: .headed)
            text_review = None
            reported = []
        notes = bool(_NOTES_HEAD.match(para.text)) or (notes and (not level or bool(_NOTE_ITEM.match(para.text))))
        caption = para.text if para.role == "caption" or leads_table(para.text) else caption if para.cells else ""
        if para.cells and not caption and para is doc.paragraphs[0] and not doc.title_inferred:
            caption = doc.title  # (a table after the signature split off as its own document, titled by its caption)
        if para.role in _SKIP_ROLES or notes:
            continue
        # (a table captioned with its own past year stands apart from the section it follows: .captions)
        heads = {} if para.cells and own_year_caption(caption, date_anchor.year) else headings
        reviewed = next((y for _, h in sorted(heads.items()) if (y := review_year(h, date_anchor))), None)
        years_reviewed = next((y for _, h in sorted(heads.items()) if (y := review_span(h, date_anchor))), "")
        pctx = ctx if reviewed is None else replace(ctx, review=Anchor(reviewed, 12, 31))
        if not level and not heads and not ctx.plan_doc:
            text_review = running_review(para.text, date_anchor, text_review)
            if reviewed is None and text_review is not None:
                # (a news report of January quoting the work report: its 全年, 11月 and undated results are last year's)
                reviewed = text_review
                pctx = replace(ctx, review=Anchor(reviewed, 12, 31), actual=str(reviewed))
        plan_heading = plans_ahead(heads)
        if plan_heading and (ahead := _later_year(heads, date_anchor.year)):
            pctx = replace(pctx, plan_year=ahead)  # (三、2026年工作打算: its 年内 is 2026)
        review_heading = any(_REVIEW_HEADING.search(h) for h in heads.values())
        programme, programme_span = _programme(para.text, ctx.anchor.year, programme_span)
        if programme and programme_span and not ctx.plan_doc and not review_heading:
            # its undated targets and yearly norms are of the plan's span (每年实施20件以上重点民生实事)
            pctx = replace(pctx, target=programme_span, span=programme_span)
        plan_ctx = plan_heading or (ctx.plan_doc and not review_heading) or bool(_TASK_PARAGRAPH.match(para.text)) \
            or (programme and not review_heading)
        plan_ctx = plan_ctx or bool(para.cells and caption and budget_caption(caption))  # (表2 支出预算总表)
        adoption, adopted_span = adopted(para.text, pctx) if not para.cells else ("", "")  # (会议审议通过《…》)
        if adoption == "plan" and not review_heading:
            plan_ctx, pctx = True, replace(pctx, target=adopted_span, span=adopted_span)
        # (a table's unit given by its caption, or by the heading over it: …分类别涨跌幅（%）)
        told = caption or (heads[max(heads)] if heads else "")  # (a caption set as a heading)
        text = "".join(table_sentences(para, caption_unit(told), caption_quantity(told), caption_year(told))
                       ) if para.cells else para.text  # (a table row restated: .tables)
        projects = project_labels(para) if para.cells else set()
        policy_para = bool(_POLICY_LABEL.match(para.text))
        first = (_first_clause_dates(text, pctx) or breakdown_frame(text, reported)
                 or continued_frame(text, reported, ctx.actual, date_anchor) or _heading_dates(heads, pctx)
                 or (_heading_dates({0: caption}, pctx) if para.cells and caption else [])
                 or _annual(text, pctx))  # (表1 2024年末全市医疗卫生机构…: the caption dates the table's cells)
        carry: list[DateMatch] = []  # dates of the previous sentences joined by ；
        as_of: list[DateMatch] = []  # an as-of date (截至2018年年底) of an earlier sentence: it dates later stocks
        modal: str | None = None  # the last status signal of those sentences
        ruled = False  # the sentence before was a rule's (a standard, a grant): its clauses after ； are rules too
        last_metric = ""
        para_metric = ""  # the last metric named in the paragraph (柳溪县增长6.4% after …地区生产总值增长7.1%。)
        para_metrics: list[str] = []  # the metrics named in the paragraph so far, in order
        topic = ""  # the subject an earlier sentence of the paragraph named (中三家镇…。全镇…)
        named: list[str] = []  # the entities the paragraph named so far (…的岚光电子有限公司…。园区…: the park)
        frame = first
        opening_end = [d for d in pctx.dates(text[:_clause_end(text, 0)]) if _YEAR_END_STOCK.fullmatch(d.text)]
        before: list[DateMatch] = []  # the dates of the sentence before (其中，… breaks its figures down)
        previous = ""  # the sentence before
        previous_found: list[Figure] = []  # its figures (for a breakdown of them, 其中，…)
        span_base = ""  # the base year of a dated 由…到… of the sentences before joined by ；
        budgeted = False  # the sentence breaks down a budget given by the sentence before
        compared: tuple[str, str] | None = None  # a leading 与2010年…相比 and its base period, for the changes after
        for a, b in split_sentences(text):
            sentence = text[a:b]
            carried_by_semicolon, previous_text = previous.endswith(("；", ";")), previous
            inherit = compared if carried_by_semicolon or _BREAKDOWN_HEAD.match(sentence) else None
            parallel = parallel_span(previous, sentence)
            previous = sentence
            if _ASKED.search(sentence):
                continue  # a reporter's question (前三季度全省经济增长5.4%，请问全年目标能否实现？): a figure restated
            if para.cells:  # the rows of a table are about different entities: no metric or subject carries on
                para_metric, topic, named = "", "", []
            if first and frame is first and _YEAR_ESTIMATE_HEAD.match(sentence) and all(
                    d.kind == "period" and d.precision != "year" for d in first):
                first = frame = []  # 1—10月，…。临溪县地区生产总值预计突破400亿元。…: the year's estimate, and after it
            context = carry or as_of or framed(frame, sentence)  # (全年…。全县共有…: a stock at the year end)
            held: list[DateMatch] = []  # a year end the sentence's stocks are held at, for its clauses after ；
            if not context and opening_end and (_STOCK_HEAD.match(sentence) or _SINCE_LAST_YEAR_END.search(sentence)):
                context = held = opening_end  # (年末…养老机构186个。…。全市共有社区养老服务设施1264个: at the year end)
            elif not context and ((_STOCK_HEAD.match(sentence) and not _SINCE_LAST_YEAR.search(sentence))
                                  or _POPULATION_HEAD.match(sentence)):
                context = held = _closed_year_end(pctx)
            breakdown = before if before and not carry and _BREAKDOWN_HEAD.match(sentence) else []
            if breakdown:
                context = breakdown  # 今年1—4月，…进出口总值86.7亿元。其中，出口52.4亿元: the months of the total
            if context and not carry and _ONGOING_HEAD.match(sentence):
                context = []
            elif as_of and context is as_of and _FROM_SOURCE.search(sentence):
                # 截至5月底，市场主体…。全市40%以上税收…来自民营经济: the sector's shares describe the economy as it
                # is, not the stock of the month-end data before them
                context = []
            # the breakdown of a budget (…预算数为38.60万元。其中：…；公务接待费8.80万元…) is the budget's, to the 。
            budgeted = bool(_BREAKDOWN_HEAD.match(sentence) and budget_cues(previous_text)) or (
                budgeted and carried_by_semicolon)
            own_year = _OWN_YEAR_HEAD.match(sentence) if ctx.rules else None
            default = ("rule" if (ctx.rules or policy_para) and not review_heading and not own_year
                       and _RULE_SENTENCE.search(sentence)
                       else "target" if plan_ctx or (own_year and ctx.year and own_year.group(1) >= ctx.year)
                       or budgeted  # (…预算数为…。其中：…；…)
                       else "actual")  # 每户一次性补贴2500元: a rule of the measures
            # (2025年，市级财政统筹…资金共计1.5亿元 in the interpretation of the rules: this year's budget, not a rule)
            topic = recalled_topic(sentence, topic, named)
            # (岚平机场旅客吞吐量…；货邮吞吐量…: an airport's, a port's or a company's figures listed after it; a
            # village's or a town's are not carried so: …，双溪村…；集体经济收入50万元以上的村… is the town's)
            joined = carried_by_semicolon and topic.endswith(_OPERATORS) and topic in previous_text
            if default == "actual" and carried_by_semicolon and ruled and modal in (None, "requirement") and \
                    _SIBLING_VALUE.match(sentence):
                default, modal = "rule", None  # (一类地区月最低工资标准由2100元提高到2280元；二类地区由1990元提高到
                # 2150元: the clauses after ； of a standard's sentence state the same standard for other categories)
            ruled = default == "rule"
            status = default if modal is None or budgeted else modal  # (与上年持平；… of a budget: still the budget)
            key = (sentence, tuple(d.iso for d in context), status, last_metric,
                   reviewed, topic, para_metric, pctx.target, joined)
            try:
                if key not in cache:  # dirty sources repeat whole passages
                    cache[key] = _analyse_sentence(sentence, pctx, context, key[2], last_metric, topic, para_metric,
                                                   joined)
                found, dates = cache[key]
                if policy_para and default == "rule":
                    for f in found:  # (缴存政策：2024年，…缴存比例各为5%-12%: the year's norm in force, no result)
                        if f.status == "actual" and not f.direction:
                            f.status = "requirement"
                if adoption == "rules" and a > 0:
                    adopted_rules(found, bool(dates))  # (引导基金总规模100亿元 after 审议通过《…管理办法》)
                cited = _CITED_RULES.match(sentence) and _RULE_SENTENCE.search(sentence) and not dates
                for f in found if cited else ():
                    if f.status == "actual" and not f.direction:
                        f.status, f.period = "requirement", ""  # (…按产品销售价格的15%给予补贴: a standing norm)
                if level and not para.run_in:
                    # 四、统筹划定三条控制线, 三、实施五大行动: a heading's count in words names the topic (a set
                    # term), no figure
                    found = [f for f in found if f.kind != "count" or re.search(r"\d", f.text)]
                if carried_by_semicolon and context and ctx.anchor_iso:
                    deadline = [d for d in context if d.kind == "deadline" and not _before(d.iso, ctx.anchor_iso)]
                    for f in found if deadline else ():
                        at = sentence.find(f.text)
                        if f.status == "requirement" and not _STANDING.search(sentence, 0, at) and not _HELD.search(
                                sentence, _clause_start(sentence, max(at, 0)), max(at, 0)):
                            # 到2035年，常住人口…；人均应急避难场所面积不低于2平方米: a bound among the goals the
                            # deadline of the clauses before frames (not a norm of a later sentence: 。; not a level
                            # held throughout, 保持100%, a norm over the plan's span)
                            f.status, f.is_target, f.period = "target", True, deadline[-1].iso
                if _BREAKDOWN_HEAD.match(sentence):
                    estimated_parts(found, previous_found)  # (经测算，…约2.6亿元。其中，中央财政补助资金约2.1亿元)
                quarter_compared(found)  # (1-9月，…。…回收利用率达到41.5%，比上季度提高1.2个百分点: the quarter's)
                carry_per_scope(found, last_metric)  # (…每10万人中拥有大学文化程度的…；拥有高中文化程度的…)
                years_respectively(sentence, found)  # (2026年、2027年分别完成改造300万千瓦、400万千瓦)
                works_named_before(sentence, found)  # (大力推进…改造，…分别完成改造300万千瓦)
            except Exception:  # noqa: BLE001 - one odd sentence must not stop the build
                log.exception("figures: cannot analyse sentence %r in %s/%s", sentence[:60], doc.id, para.id)
                continue
            topic = sentence_topic(sentence, pctx, topic, joined)
            named += named_in(sentence, topic)
            compared = compared_lead(sentence, found, inherit)
            if found:
                reported = reporting_periods(sentence, dates) or reported
            held_end = carry if carried_by_semicolon and all(d.precision != "year" for d in carry) else []
            before = (dates or held_end) if found else before  # (年末…；从业人员…。其中，…: the year end, not 全年's)
            previous_found = found
            _name_the_items(found, para_metrics)
            superlative_siblings(found)
            name_place_parts(sentence, found)  # (其中东湖区改造54个, 现存14个内涝积水点中，西岭区有8个)
            converted_changes(found)
            body_size_at_year_end(found)
            other_bound(found)
            counted_before_measure(found)  # (１８个夜间消费集聚区客流量２６５万人次: 18 areas, their footfall)
            whole_cost_beside_the_year(found)
            goals_met_over_the_plan(found)
            span_base = parallel_base(found, span_base if carried_by_semicolon else "")
            para_metrics += [f.metric for f in found if f.metric not in para_metrics]
            para_metric = found[-1].metric if found else para_metric
            # (截至目前 dates its own sentence only: 截至目前，立案提案已全部办复。县政协确定重点提案12件 is of the
            # year the paragraph reviews, not of the report's month)
            as_of = [d for d in dates if _AS_OF.match(d.text) and d.kind != "now"][-1:] or as_of
            opened = _frame(sentence, pctx)
            if opened:  # (截至10月底，…。1-10月，…。村邮站…: a span opened later frames what follows, not the as-of)
                frame, as_of = opened, []
            elif not sentence.endswith(("；", ";")):
                frame = first  # the sentence after a framing one has ended: back to the paragraph's frame
            if sentence.endswith(("；", ";")):
                carry = (_lent(sentence, dates) or _whole_year(sentence, pctx, plan_ctx, frame) or carry
                         or breakdown or held)  # (…；进口34.3亿元; 全市共有…1142个…；…服务中心57个: held too)
                last_metric = found[-1].metric if found else last_metric
                cues = _cues(sentence, len(sentence), pctx.dates(sentence), pctx, key[2] == "target")
                quoted = [m.span() for m in _QUOTED_GOAL.finditer(sentence)]
                cues = [c for c in cues if not any(a <= c[0] <= b for a, b in quoted)]
                if cues and (cues[-1][1] != "forecast" or _leads(sentence, cues[-1][0])) and not (
                        cues[-1][1] == "requirement" and review_heading and default == "actual"):
                    # (under a review, …比重保持在80%以上；五年城镇新增就业2.35万人: the bound held was a result, it
                    # makes the clauses after ； neither norms nor tasks)
                    modal = cues[-1][1]
            else:
                carry, modal, last_metric = [], None, ""
            project = sentence.split("：", 1)[0] if projects else ""
            for f in found:
                if project in projects:
                    if f.text and f.text in project and f.text not in sentence[len(project):]:
                        continue  # a number in the project's name (…200兆瓦农光互补光伏电站): no figure
                    _name_project(f, project)  # (a row of a list of projects: the project, whatever its name)
                if para.cells and f.kind in ("level", "count") and f.status == "actual" and len(f.period) == 4:
                    _year_end_column(f, levels)  # (a table's 2023年 column of a stock the text gives at a year end)
                if f.kind == "count" and f.status == "actual" and held_at_year_end(f.metric) and (
                        end := _closed_year_end(pctx)) and end[0].iso[:4] == f.period:
                    f.period = end[0].iso  # (有3家市属企业资产负债率超过75%: the enterprises as the year's books close)
                # (完成2万亩…，谋划明年2万亩…; 城发集团出资1000万元，浪马轮胎出资1000万元: two contributors' amounts)
                # (增速比上半年回落0.2个百分点，高于全国0.2个百分点: two gaps of one value against different bases)
                key = (f.sentence, f.text, f.metric, f.value, f.period, f.status, f.subject, f.comparison, f.direction,
                       f.base_period)
                fact = (round(f.value, 6), f.unit, f.period, f.status, f.subject)
                # (a table's 预计完成 column restating what the text states as done: 全年城镇新增就业5.3万人)
                done = (fact[0], fact[1], fact[2], "actual", fact[4]) if f.status == "forecast" else fact
                # (a table's 2024年 column restating a stock the text gave at the end of 2024)
                ended = (fact[0], fact[1], f"{fact[2]}-12", *fact[3:]) if re.fullmatch(r"\d{4}", fact[2]) else fact
                if key in seen or (para.cells and any(_same_metric(f.metric, m) for m in (
                        *stated.get(fact, ()), *stated.get(done, ()), *stated.get(ended, ())))):
                    continue  # (a table restating the text's figures: the text's row stands)
                seen.add(key)
                _harvest_year(f)
                if parallel:
                    apply_parallel_span(f, parallel)
                average_over_span(f, years_reviewed)
                cumulative_over_span(f, years_reviewed)
                average_to_deadline(f, date_anchor)
                if not para.cells:
                    stated.setdefault(fact, []).append(f.metric)
                    if f.kind in ("level", "count") and not f.direction:
                        levels.setdefault(f.metric, set()).add(f.period)
                else:
                    tabled.append((f, fact))
                f.paragraph = para.id
                figures.append(f)
        if not para.cells:
            read_case(para.text, figures[start:], ctx.anchor_iso)  # (…检查中发现，某某医院在…期间…: its figures)
            name_sanctioned(figures[start:], para.text)  # (1.某某公司…，建议…对其处120万元罚款: the company's)
        name_by_counted(figures[start:])  # (全县共有特殊教育学校1所，在校生186人: the school's students)
        name_paired(figures[start:])  # (一般债务还本2.10亿元、付息1.02亿元: the general debt's interest)
        # (1.…行政运行（项）。 run in before 年初预算为…，支出决算为…: the line's budget and spending)
        name_account_lines(figures[start:], run_in_head if run_in_head and not level else para.text)
        higher_aims(figures[start:])  # (增长6%以上，力争达到6.5%: the same growth aimed higher)
        name_bare_changes(figures[start:])  # (…财政收入下降较多，前三季度下降9.3%: the revenue's fall)
        resolve_short_names(figures[start:], known)  # (葭川经济开发区 … 开发区规模以上工业产值: the park's)
        known |= known_names(para.text)
        if run_in_head and not level:
            name_by_heading(figures[start:], run_in_head)
            run_in_head = ""
        if not para.cells:  # (其中，城市上涨0.4% after …同比上涨0.3%: year-on-year too)
            carry_comparison(figures[start:], heading_comparison(headings))
            year_end_bases(figures[start:])  # (年末…标准达到820元，比上年提高40元: against the end of last year)
            name_contributions(figures[start:])  # (畜肉类价格上涨4.6%，影响CPI上涨约0.13个百分点)
    # (a table of main indicators before the analysis that restates it: the text's row stands, as above)
    restated = {id(f) for f, fact in tabled if any(_same_metric(f.metric, m) for m in stated.get(fact, ()))}
    figures = [f for f in figures if id(f) not in restated]
    unnamed_survey_bases(figures, ctx.actual)  # (a census communiqué: 由9.42年提高至10.36年 since the last census)
    compared_span_bases(figures)  # (与…（标准时点为2009年12月31日）相比，十年间…减少: from the base's time)
    declared_bases(figures)  # (比2018年末（第四次全国经济普查，下同）: the base of the later changes)
    declared_normals(figures, [p.text for p in doc.paragraphs])  # (注：常年值指1991—2020年…: 比常年's base)
    name_stations(figures, ctx.anchor)  # (桐溪站最大日降水量达186.4毫米: the station's, not the city's)
    date_allocations(figures, doc.title, ctx.anchor_iso)  # (关于下达…资金的通知: the amounts handed out that day)
    mark_edges(figures, doc, ctx.anchor)  # (年末…120.5万人: at the end of 2024, not in December)
    year_end_growth(figures)  # (截至2025年12月末，…。其中，企业16.42万户，增长9.1%: over the year)
    hold_stock_parts(figures, {p.id: p.text for p in doc.paragraphs})  # (企业中，私营企业…: at that year end)
    figures = tender_terms(figures, doc.title)  # (…公开招标公告: a purchase's terms, no observations)
    figures = land_sale_terms(figures, doc.title)  # (…挂牌出让公告: a sale's conditions, no observations)
    figures = assessment_terms(figures, doc.title)  # (…项目环境影响评价第二次公示: a project's plan and forecasts)
    read_decision(doc, figures)  # (行政处罚决定书: the party's figures, the penalties of the decision's day)
    date_accident_toll(doc, figures)  # (事故调查报告: 事故造成3人死亡 is of the accident's day)
    undate_profiles(figures, {p.id: p.text for p in doc.paragraphs}, ctx.anchor_iso)  # (成立于2012年，注册资本…)
    name_bare_company(figures, [(p.id, p.text) for p in doc.paragraphs])  # (公司现有员工426人: the company named)
    standing_limits(figures)  # (国家职业接触限值（10毫克/立方米）: a standard's limit, no measurement)
    date_seasons(figures, season_months([p.text for p in doc.paragraphs]))  # (2024—2025年度防火期: 2024-10/2025-04)
    date_heating_seasons(figures, texts := {p.id: p.text for p in doc.paragraphs})  # (本供暖季, 上一供暖季（…）)
    date_winter_spring(figures, ctx.anchor_iso)  # (今冬明春全县计划实施…冬修项目426处: 2025-11/2026-04)
    cumulate_since_start(figures, texts, ctx.anchor_iso)  # (秋粮收购自9月16日…起全面展开。截至11月30日，累计收购…)
    cumulate_plan_progress(figures, texts)  # (…计划改造186公里。截至8月底，已完成112公里: 2025-01/2025-08)
    collapse_point_spans(figures)  # (截至目前 in a January report, counted since the year began: 2026-01)
    log.debug("figures: %d in %s", len(figures), doc.id)
    return figures
