"""Figures of a table of figures: each data row restated as the sentence the table abbreviates.

A table gives figures when its header names the unit of a column (``改造小区（个）``, ``比上年增长（%）``) or its rows
name their own unit (``地区生产总值（亿元）``), or its columns are years (``2020年 | 2025年``, a plan's indicator
table). Each data row is restated as a sentence in the report's own words and read like any other sentence, so
the metric, unit, period, status and subject follow the ordinary rules:

- a row about an entity (a city, county, town, park, company, a named project: ``泰源市``):
  ``泰源市：改造小区420个，计划投资19.8亿元。``
  (the entity is the figures' subject; ``合计`` rows are the whole's);
- a row about an item (``粮食``, ``居民医保财政补助``): the item names the metric,
  ``粮食产量128.6万吨，比上年增长2.3%。``;
- a row naming its unit, with an unnamed value column (``绝对数``): ``地区生产总值235.8亿元，比上年增长5.7%。``;
- year columns: ``农村社区综合服务设施覆盖率2020年为85%，到2025年达到95%以上。`` (≥ is 以上, ≤ 以下);
- a negative change (``比上年增长（%）`` -2.1) is a fall: ``比上年下降2.1%``; a signed change (``同比变化（%）`` +1.5)
  a rise: ``同比上升1.5%``; an index column without a unit (``综合指数``) is read as ``综合指数为3.05``.

The period and status of what no cell dates come from the table's caption or section (``附表：2025年各市…任务表``:
2025's targets). Columns of serial numbers (序号) and text are left out; a table without any unit gives nothing (a
bare number without a unit is never a figure). A cell restating a figure the text of the document gave before
(same value, unit, period, status and subject) is no second row (``extract_figures``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Paragraph
from .captions import acted_on, task_words
from .form_tables import form_sentences
from .header_rows import prepare_rows
from .label_units import split_label_units
from .ledgers import _ledger_columns, _ledger_date
from .merged_cells import fill_merged_groups
from .own_units import _OWN_CELL, _OWN_HEADER, _OWN_SIGNS, OWN, _own_unit_column
from .posts import post_table_sentences
from .project_tables import _SERIAL, _TOTAL, lists_projects, named_projects
from .range_rows import name_range_rows
from .side_by_side import side_by_side
from .table_groups import bare_base_change, group_measure
from .unit_tables import GENERIC_AMOUNT, MONEY_ITEM, unit_line_sentences, value_columns

# a header or row label naming a quantity and its unit: 改造小区（个）, 计划投资(亿元), 比上年增长（%）
# (a name may end with the time its values are taken at: 存款余额（年末）（亿元）; a unit of a rate, written with a
# slash, may be longer: 城市道路网密度（公里/平方公里）)
_WITH_UNIT = re.compile(r"^(?P<name>[^（(]{0,20}?(?:[（(](?:年末|年底)[）)])?)\s*"
                        r"[（(](?P<unit>[^（()）]{1,6}|[^（()）/]{1,4}/[^（()）/]{1,4})[）)]\s*$")
# a header ending with a bare percent sign (为预算%, 增长%, 比上年增长%): the column's unit, whatever the caption's
_PERCENT_TAIL = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,10})\s*[%％]$")
# a row of a stock taken at each year's end (年末户籍人口, 存款余额（年末）): its year cells are the years' ends
_YEAR_END_ITEM = re.compile(r"^(?:年末|年底)|[（(](?:年末|年底)[）)]$")
_NUMBER = re.compile(r"(?P<op>[≥≤>＜<＞]?=?)\s*(?P<num>[+-]?\d+(?:\.\d+)?)(?P<post>左右|以上|以下|以内)?")
# a column of each row's unit (单位, 计量单位), and columns of one status each, dated or not (2024年预期目标,
# 2024年预计完成, 2025年目标, 实际完成): a plan report's table of main indicators; a completion report's (年度计划 |
# 实际完成)
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_STATUS_HEADER = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?|年度|全年|《?(?:规划|纲要)》?)?\s*"
                            r"(?:预期目标|目标值?|计划(?:目标)?|预计(?:完成)?|(?:实际)?完成(?:值|情况|数)?|实绩|实际|现状值?|基期值|基准值"
                            # a year's task set by the level above and what was done against it (年度任务 | 完成数)
                            r"|(?:目标)?任务(?:数)?"
                            # an urban health check's standards (标准值, 标准/目标值: a national standard or the goal)
                            r"|(?:国家)?标准值?|标准\s*[/／或]\s*目标值?|目标\s*[/／或]\s*标准值?)$")
# a column of standards (标准值, 标准/目标值): each cell a bound a norm sets, a standing norm (≥40: 不低于40%)
_STANDARD_HEADER = re.compile(r"^(?:国家)?标准")
# a cell in square brackets (〔0.86〕, ［12］): a five-year plan table's cumulative value over the five years that end
# in its column's year (the tables' 注: 〔 〕内为五年累计数)
_CUMULATIVE = re.compile(r"^[〔［\[]\s*(?P<cell>[^〔〕［］\[\]]+?)\s*[〕］\]]$")
_HEADER_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年(?:度)?")
_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年?$")
# a plan's base-year and target-year columns naming their year (基期年（2020年） | 规划目标年（2035年）,
# 2020年（基期年）): year columns, the first observed, the later reached
_NAMED_YEAR = re.compile(r"^(?:(?:规划)?(?:基期|基准|现状|目标|近期目标|中期目标|远期目标)年?|规划期末)\s*[（(]\s*"
                         r"((?:19|20)\d{2})\s*年?\s*[）)]$"
                         r"|^((?:19|20)\d{2})\s*年?\s*[（(](?:规划)?(?:基期|基准|现状|目标)年?[）)]$")
# the column of the indicators a table lists after a column grouping them (领域 | 指标 | 单位 | …): the row's label
_INDICATOR_HEADER = re.compile(r"^(?:(?:主要|监测|规划)?指标(?:名称)?|项目)$")
# a rate's unit written with its numerator (1/10万, 1/万): the rate per that many (/10万)
_PER_UNIT = re.compile(r"^1\s*/\s*(?=(?:10|十)?万$|千$|百万$)")


def _year_header(h: str) -> str:
    """The year a column header names alone (2024年) or as a plan's base or target year (基期年（2020年）); ""."""
    if (y := _YEAR.match(h)) is not None:
        return y.group(1)
    n = _NAMED_YEAR.match(h)
    return (n.group(1) or n.group(2)) if n else ""
# a column of the months or quarters the values cover (1—10月, 1-9月份, 前三季度, 上半年, 10月, 本月): a statistics
# bureau's monthly table of main indicators (指标 | 单位 | 1—10月 | 同比增长(%))
_PERIOD_HEADER = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*[—–\-~～至]+\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|"
                            r"[一二三四]季度|前三季度|上半年|全年|本月|当月)(?P<total>累计)?$")
# (1-10月累计 beside 10月: the months' running total, said with its months)
# a row broken out of the one above it (其中：出口, 其中：10月当月); a row of one month of its parent (10月当月)
_PART_ROW = re.compile(r"^\s*(?:其中\s*[：:])?\s*")
_MONTH_ROW = re.compile(r"^(?:\d{1,2}\s*月|本月|当月)(?:份|当月)?$")
# a column of the years of construction (建设年限 2024-2027, 2026): the span a project's total investment covers
_SPAN_HEADER = re.compile(r"^建设(?:起止)?(?:年限|期限|周期|年度)$")
_SPAN_CELL = re.compile(r"^((?:19|20)\d{2})\s*年?(?:\s*[-—–~～至]+\s*((?:19|20)\d{2})\s*年?)?$")
_WHOLE_COST = re.compile(r"^(?:项目)?总投资")
# a category row (一类地区, 二档, 三级医院): the categories a standard is set by, named in each column's figure
_CATEGORY_ROW = re.compile(r"^[一二三四五六七八九十]+(?:类|级|档)")
_ENTITY = re.compile(r"(?:省|市|县|区|旗|盟|州|镇|乡|街道|村|社区|园区|开发区|高新区|公司|集团)$")
# a parcel's code in a land sale's table (宗地编号 | … : YF-2025-18, CX2025-07号地块): the parcel each column is of
_PARCEL = re.compile(r"^[A-Za-z]{1,6}[-－]?(?:\d{2,4}[-－])+\d{1,4}(?:号)?(?:地块|宗地)?$")
# a row naming one project (白沙镇茶叶精深加工项目, 农村供水保障提升工程): the project is what its figures are of
_PROJECT = re.compile(r"[\u4e00-\u9fff]{2,}(?:项目|工程)$")
# a row naming one school or hospital (岑塘县第一实验小学 | 小学 | 12 | 540): its figures are the institution's (a bare
# 小学 or 初中, a stage of schooling, and a kind of them, 公立医院, 民办小学, 乡镇卫生院, are categories)
_INSTITUTION = re.compile(r"(?!公立|民营|民办|公办|普通|专科|综合|中医|乡镇|社区|农村|城区|城市|其他|其中)"
                          r"[\u4e00-\u9fff]{3,}(?:学校|中学|小学|幼儿园|学院|医院|卫生院)$")
_ZERO = re.compile(r"[+-]?0(?:\.0+)?")
_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")  # a cell that is a number and nothing else
_ENTITY_OR_PROJECT = re.compile(_ENTITY.pattern + "|" + _PROJECT.pattern)
_BALANCE = re.compile(r"(?:余额|存量|存款)$")  # a stock held at a date (缴存余额, 贷款余额, 住房公积金存款)
_SHARE_COLUMN = re.compile(r"比重|占比|构成|结构")
_WHOLE = re.compile(r"100(?:\.0+)?\s*[%％]?")
_WHOLE_ROW = re.compile(r"^全[省市县区州旗]$")
_CHANGE = re.compile(r"(?:增长|增速|增幅|提高|上升|变化|变动|增减)$")
# a signed change (同比变化（%） -8.5, +1.5): the sign is the direction, a fall or a rise
_SIGNED = re.compile(r"(?:变化|变动|增减)$")
# a change column headed by its comparison alone (火灾起数 | 同比（%） -9.2, 3.8): the sign is the direction
_BARE_COMPARISON = re.compile(r"^(?:同比|环比|比上年|比上年同期|比去年同期|较上年同期)$")
# an index without a unit (综合指数 3.05, 价格指数): a quantity of its own, said with 为
_INDEX = re.compile(r"指数$")
# an index column naming its base (环比指数（上月=100）, 1—10月平均指数（上年同期=100）): said with 为, its base after
# the value as a release writes it (新建商品住宅环比指数为99.7（上月=100）)
_INDEX_WITH_BASE = re.compile(r"^(?P<name>[^（()）]{0,16}?指数)\s*(?P<base>[（(][^（()）]{1,10}?[=＝]\s*100\s*[）)])$")
# a rate column headed without a unit whose cells carry their per cent sign (完成率 | 117.3%): the row's item at that
# rate (城镇新增就业完成率117.3%。)
_RATE_HEADER = re.compile(r"^[\u4e00-\u9fff]{0,8}率$")
_PERCENT_CELL = re.compile(r"\d+(?:\.\d+)?%")
_BOUNDS = {"≥": "以上", ">=": "以上", "＞": "以上", ">": "以上", "≤": "以下", "<=": "以下", "＜": "以下", "<": "以下"}


def _own_value(cell: str) -> str:
    """≥1.0且≤2.5 -> 不低于1.0且不高于2.5; 70年 as it is."""
    return re.sub(r"[≥≤＞＜><]=?", lambda m: _OWN_SIGNS.get(m.group(), m.group()), re.sub(r"\s+", "", cell))


def _value(cell: str, unit: str, change: bool) -> tuple[str, str] | None:
    """(verb, number with its unit and bound) of a cell, or None when the cell is no number."""
    m = _NUMBER.fullmatch(cell.strip())
    if not m:
        return None
    num, bound = m.group("num"), _BOUNDS.get(m.group("op"), "")
    verb = ""
    if change and num.startswith("-"):
        verb, num = "下降", num[1:]
    return verb, f"{num.lstrip('+')}{unit}{bound or m.group('post') or ''}"


# a column of the plan (计划数, 年度计划) and one of what was done against it (完成数, 完成): the outcome, said as
# such after the plan (计划数12个，实际完成数11个: the plan a target, the outcome observed)
_PLAN_COLUMN = re.compile(r"^(?:全年|年度)?(?:计划|目标)")
_DONE_COLUMN = re.compile(r"^完成(?:数|量|值)?$")
# a column of each row's rank (排名, 名次): an attribute of the figure before it, said as 居第N位, no figure itself
_RANK_HEADER = re.compile(r"^(?:排名|名次|位次|排序)$")
_RANK_CELL = re.compile(r"^\d{1,3}$")


def _named_in_next_column(rows: list[list[str]], label_col: int) -> int:
    """The column naming the rows when the label column only groups them: its cells repeat down the rows
    (类别 | 病名 | 发病数（例）: 乙类, 乙类, 乙类, 丙类…) and the next column's are words, each row's own
    (病毒性肝炎, 梅毒…)."""
    nxt = label_col + 1
    body = [r for r in rows[1:] if nxt < len(r) and not _TOTAL.match(r[label_col])]
    if len(body) < 3 or nxt >= len(rows[0]) or _WITH_UNIT.match(rows[0][nxt]) or _YEAR.match(rows[0][nxt]):
        return label_col
    groups = [r[label_col] for r in body]
    names = [r[nxt] for r in body if r[nxt] and not _PLAIN.fullmatch(r[nxt]) and re.search(r"[\u4e00-\u9fff]", r[nxt])]
    repeated = any(a == b and a for a, b in zip(groups, groups[1:], strict=False))
    if repeated and named_projects(rows[0][nxt]) and len(set(names)) == len(names):
        return nxt  # 县（市、区） | 项目名称 | 总投资（亿元）: the county merged down its projects, each row a project
    if not repeated or len(set(groups)) * 2 > len(groups) or len(names) * 4 < len(body) * 3 \
            or len(set(names)) != len(names):
        return label_col
    return nxt


def _row_sentence(label: str, row: list[str], columns: dict[int, tuple[str, str]], years: dict[int, str],
                  project: bool = False, span: str = "", rank: str = "", observed: bool = False) -> str:
    """``project``: the row is one of a list of projects; ``span``: its years of construction (2025—2027年), said
    before its total investment (总投资), which covers them; ``rank``: the row's rank cell (居第N位 after its
    figures); ``observed``: the table gives its goals in a column of their own, so every year column is observed
    (no 到…达到 of a goal year)."""
    named = _WITH_UNIT.match(label)
    item, row_unit = (named.group("name"), named.group("unit")) if named else (label, "")
    entity = project or (bool(_ENTITY.search(item)) and len(item) <= 12 and not _CATEGORY_ROW.match(item)) or bool(
        _PROJECT.search(item)) or bool(_INSTITUTION.search(item)) or bool(_PARCEL.match(item))
    # (一类地区 is a category of areas, each column's figure is of it: no entity; a named school or hospital is one)
    parts: list[str] = []
    # year columns latest first (2024年 | 2023年 | 比上年增长（%）): this year against the last, both observed; said
    # in the order of time, so that a change column after them is the latest year's
    latest_first = [years[j] for j in sorted(years)] != sorted(years.values())
    order = sorted(years, key=lambda j: years[j]) if latest_first else []
    # a run of three or more consecutive years (2020年 | 2021年 | 2022年 | …): a yearbook's series of observed values,
    # each said of its year (no 到…达到 of a plan's goal year); a rate of change (…增速 in %) each year's rise or
    # fall, a stock at the year's end (年末…) at each year's end
    numbers = sorted(int(y) for y in years.values())
    series = (len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))) or observed
    rate = series and row_unit in ("%", "％") and bool(_CHANGE.search(item))
    year_end = series and bool(_YEAR_END_ITEM.search(item))
    for j in order + sorted((set(columns) | set(years)) - set(order)):
        if j >= len(row):
            continue
        if j in years:
            got = _value(row[j], row_unit, rate)
            if got and series:
                said = f"{got[0] or '增长'}{got[1]}" if rate else f"{'末' if year_end else ''}为{got[1]}"
                parts.append(f"{years[j]}年{said}")
            elif got:
                end = "末" if latest_first and _BALANCE.search(item) else ""  # (a balance: the year's end)
                parts.append(f"{years[j]}年{end}为{got[1]}" if not parts or latest_first
                             else f"到{years[j]}年达到{got[1]}")
            continue
        name, unit = columns[j]
        if (_TOTAL.match(item) or _WHOLE_ROW.match(item)) and _SHARE_COLUMN.search(name) \
                and _WHOLE.fullmatch(row[j].strip()):
            continue  # 合计 (全市) | 8426 | 100.0: the whole is all of itself, no figure
        bare = bool(_BARE_COMPARISON.match(name))
        change = bare or bool(_CHANGE.search(name))
        if unit == OWN:
            if _OWN_CELL.fullmatch(row[j].strip()):
                parts.append(f"{name}{_own_value(row[j])}")
            continue
        got = _value(row[j], unit or row_unit, change) if name != "数量" or unit or row_unit else (
            ("", row[j].strip()) if _COUNT_CELL.fullmatch(row[j].strip()) else None)
        if not got or (change and _ZERO.fullmatch(row[j].strip())):
            continue  # (总产量比上年增长（%） | 0.0: 持平, no change to report)
        verb, amount = got
        if not verb and _SIGNED.search(name) and row[j].strip().startswith(("+", "＋")):
            verb = "上升"  # 同比变化 +1.5: 同比上升1.5%
        elif not verb and name.endswith("增减"):
            verb = "增长"  # 增减（%） | 4.6: a rise (a fall's cell is −1.2)
        if bare:
            name += verb or "增长"  # 同比（%） | -9.2: 同比下降9.2%; | 3.8: 同比增长3.8%
        elif verb:
            name = _CHANGE.sub(verb, name)
        if _DONE_COLUMN.match(name) and any(_PLAN_COLUMN.match(columns[k][0]) for k in columns if k < j):
            name = "实际" + name  # (计划数 | 完成数: 计划数12个，实际完成数11个)
        if name in GENERIC_AMOUNT and MONEY_ITEM.search(item):
            name = ""  # 期初余额 | 金额（元）: 期初余额386254.17元 (the item already names an amount)
        if span and _WHOLE_COST.match(name):
            name = span + name  # 2025—2027年总投资22亿元
        if parts and name and not change and not entity and not _TOTAL.match(item):
            # 医院 | 96 | 28570: 医院机构数96个，医院床位数28570张 (each column is the row's)
            name = _PART_ROW.sub("", item) + name
        parts.append(f"{name}{amount}")
    if not parts:
        return ""
    if _RANK_CELL.match(rank.strip()):
        parts.append(f"居第{rank.strip()}位")  # (完成率 | 排名: 完成率91.7%，居第2位)
    if _TOTAL.match(item):
        return f"{item}，" + "，".join(parts) + "。"  # (合计新建供水厂20座 would read as a works named …供水厂)
    return (f"{label}：" if entity else item) + "，".join(parts) + "。"


# a column of the quantities bought or supplied whose cells carry their measure word (数量 | 2台, 30套)
_QUANTITY_HEADER = re.compile(r"(?:采购|供货|计划)?数量")
_COUNT_CELL = re.compile(r"\d+(?:\.\d+)?\s*(?:台|套|件|辆|个|张|把|架|组|部|批|株|块|支|项)")


# a column whose cells write out each task's goal in words and figures (主要目标, 目标任务)
_GOAL_TEXT_HEADER = re.compile(r"(?:主要|工作|年度|预期)?(?:目标|目标任务|任务目标)(?:要求)?")
_GOAL_TEXT_CELL = re.compile(r"[\u4e00-\u9fff][^|]*?\d|\d[^|]*?[\u4e00-\u9fff]")


# a column of the normal (常年同期, 多年平均) in a table that gives each row's departure from it (距平, 比常年增减):
# the base of the comparison, not a figure of the period
_NORMAL_HEADER = re.compile(r"^(?:常年同期|常年值|常年|多年平均值?|历年同期平均|历年平均)(?:值)?\s*"
                            r"(?:[（(][^）)]*[）)])?$")
_DEPARTURE_HEADER = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}距平|[比较]常年(?:同期)?(?:增减|偏多|偏少))"
                               r"(?:百分率|率)?\s*(?:[（(][^）)]*[）)])?$")


# a value column whose header names only the time it covers, or that it is a running total, and its unit (1-11月累计
# （亿元）, 本年累计（万元）, 累计完成（亿元）): the quantity is the one the caption names
_TIME_ONLY_HEADER = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*[—–\-~～至]+\s*\d{1,2}\s*月份?|"
                               r"本年|本月|当月|年初至今)?\s*(?:累计|完成|累计完成|完成数|累计数)?$")


def table_sentences(para: Paragraph, unit: str = "", quantity: str = "", year: str = "") -> list[str]:
    """The data rows of a table paragraph restated as sentences; [] if it is no table of figures (see the module
    docstring). ``unit`` is the unit the caption before the table gives (…分类别涨跌幅（%）), if any; ``quantity`` the
    quantity it names (:func:`caption_quantity`): a value column naming only its time or a running total (1-11月累计
    （亿元）) is of that quantity (蓼城区：一般公共预算收入52.6亿元); ``year`` the one year the caption names (the year
    of a task column: 年度任务)."""
    rows = prepare_rows(para.cells)
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    if (halves := side_by_side(rows)) is not None:  # 收入 | 决算数 | 支出 | 决算数: two tables side by side
        return [s for cells in halves for s in table_sentences(replace(para, cells=cells), unit, quantity, year)]
    if (posts := post_table_sentences(rows)) is not None:
        return posts  # 岗位代码 | 招聘单位 | 岗位名称 | 招聘人数: a recruitment notice's posts
    if (form := form_sentences(rows)) is not None:
        return form  # 独立用户访问总量（单位：个） | 1286431: a template's items, each naming its unit
    header = rows[0]
    # (排名 | 县区 | PM2.5浓度 | 综合指数: a leading rank column orders the rows; the next column names them)
    label_col = next((j for j, h in enumerate(header) if not _SERIAL.match(h)
                      and not (_RANK_HEADER.match(h) and j + 1 < len(header))), 0)
    if (ranged := name_range_rows(rows, label_col)) is not rows:  # 人群 | 年龄（岁）: 成年人20-39岁
        rows, header = ranged, ranged[0]
    unit_col = next((j for j, h in enumerate(header) if j > label_col and _UNIT_HEADER.match(h)), None)
    indicator = next((j for j, h in enumerate(header) if j > label_col and _INDICATOR_HEADER.match(h)), None)
    if unit_col is not None and indicator is not None and indicator < unit_col:
        label_col = indicator  # 领域 | 指标 | 单位 | 2024年 | …: the indicator names the row, its field only groups it
    rows = fill_merged_groups(rows, label_col)  # (因战 | 一级 over | 二级: the merged group's rows)
    group_col, label_col = label_col, _named_in_next_column(rows, label_col)
    date_col, summary_col = _ledger_columns(header)
    if summary_col is not None and summary_col > label_col:
        group_col = label_col = summary_col  # 日期 | 凭证号 | 摘要 | 金额（元）: the entry's summary names it
    if unit_col is not None:
        return _unit_column_sentences(rows, label_col, unit_col, year)
    if (split := split_label_units(rows, label_col, _STATUS_HEADER)) is not None:
        return _unit_column_sentences(split, label_col, label_col + 1)  # 指标（单位） | 2025年计划 | 2025年预计
    columns: dict[int, tuple[str, str]] = {}
    years: dict[int, str] = {}
    project = lists_projects(header, label_col)
    span_col = next((j for j, h in enumerate(header) if j > label_col and _SPAN_HEADER.match(h)), None)
    rank_col = next((j for j, h in enumerate(header) if j != label_col and _RANK_HEADER.match(h)), None)
    departure = any(_DEPARTURE_HEADER.match(h) for h in header)
    for j, h in enumerate(header):
        if j <= label_col or j == span_col:
            continue
        if departure and _NORMAL_HEADER.match(h):
            continue  # 常年同期（毫米） beside 距平（%）: the base of the departure, no figure of its own
        if (y := _YEAR.match(h)) is not None:
            years[j] = y.group(1)
        elif (b := _INDEX_WITH_BASE.match(h)) is not None:
            columns[j] = (b.group("name") + "为", b.group("base"))  # (the base stands where a unit would)
        elif (m := _WITH_UNIT.match(h)) is not None:
            name = m.group("name").strip()
            planned = _DONE_COLUMN.match(name) and any(_PLAN_COLUMN.match(c[0]) for c in columns.values())
            # (累计 said would make a flow of the months a running total at their end; 计划数 | 完成数: the outcome
            # against the plan, said so in _row_sentence; 累计建成 | 其中2025年新建: the caption's things, .captions)
            timed = quantity and _TIME_ONLY_HEADER.fullmatch(name) and not planned
            columns[j] = (quantity if timed else acted_on(name, quantity), m.group("unit"))
        elif (pct := _PERCENT_TAIL.match(h)) is not None:
            columns[j] = (pct.group("name"), "%")  # 为预算% | 增长% under 单位：亿元: the column's own unit
        elif _INDEX.search(h) and len(h) <= 12:
            columns[j] = (h + "为", "")  # 综合指数 | 3.05: 综合指数为3.05
        elif _QUANTITY_HEADER.fullmatch(h):
            columns[j] = ("数量", "")  # 数量 | 2台: each cell writes its own measure word
        elif _OWN_HEADER.fullmatch(h) and _own_unit_column(rows, j):
            columns[j] = (h, OWN)  # 容积率 | ≥1.0且≤2.5: 容积率不低于1.0且不高于2.5
        else:
            columns[j] = ("", "")  # 绝对数, 数值: the row names the unit
    if unit and unit != "%" and not years and not any(
            _WITH_UNIT.match(r[label_col]) for r in rows[1:] if label_col < len(r)):
        # (单位：亿立方米 over 县（市、区） | 降水量（毫米） | 地表水资源量 | …: a column naming its own unit keeps it,
        # the others take the caption's)
        columns = {j: (header[j], unit) if c == ("", "") and header[j] and any(
            u for _, u in columns.values()) else c for j, c in columns.items()}
    if unit == "%" and not years and not any(c[1] for c in columns.values()) and not any(
            _WITH_UNIT.match(r[label_col]) for r in rows[1:] if label_col < len(r)):
        return _change_column_sentences(rows, label_col, unit)
    if unit and not years and not any(c[1] for c in columns.values()) and not any(
            _WITH_UNIT.match(r[label_col]) for r in rows[1:] if label_col < len(r)):
        # (单位：亿元 over 项目 | 合计 | 一般债务 | 专项债务: .unit_tables)
        return unit_line_sentences(rows, label_col, unit, value_columns(rows, label_col, _SERIAL, _PLAIN),
                                   _ENTITY_OR_PROJECT, _TOTAL, _PLAIN, quantity)
    out = []
    goal_cols = [j for j, h in enumerate(header) if j > label_col and columns.get(j) == ("", "")
                 and _GOAL_TEXT_HEADER.fullmatch(h)]
    for row in rows[1:]:
        label = row[label_col] if label_col < len(row) else ""
        if group_col != label_col and not label.strip("—-－ "):
            label = row[group_col]  # (甲类 | — | 0 | 0, 合计 | | 5862 | 2: the group names the row)
        if not label or _NUMBER.fullmatch(label):
            continue
        # (重点任务 | 主要目标 | 牵头单位: a goal written out in its cell is said of its task, 煤电机组节能降碳改造：
        # 2026—2027年累计完成改造700万千瓦。)
        out += [f"{label}：{row[j]}。" for j in goal_cols if j < len(row) and _GOAL_TEXT_CELL.search(row[j])]
        row_unit = bool(_WITH_UNIT.match(label))
        cols = {j: c for j, c in columns.items() if c[1] or row_unit or _INDEX.search(c[0][:-1]) or c[0] == "数量"}
        sentence = _row_sentence(label, row, cols, years if row_unit else {}, project,
                                 _span(row[span_col]) if span_col is not None and span_col < len(row) else "",
                                 row[rank_col] if rank_col is not None and rank_col < len(row) else "")
        if sentence and date_col is not None and summary_col == label_col and date_col < len(row):
            day = _ledger_date(row[date_col])  # (村干部第三季度误工补贴（9月12日）金额28500.00元。: the entry's day
            if day and sentence.startswith(label):  # is nearer the amount than a period its summary names)
                sentence = f"{label}（{day}）{sentence[len(label):]}"
        if sentence:
            out.append(sentence)
    return out


def _span(cell: str) -> str:
    """A cell of years of construction said as a time phrase: 2024-2027 -> 2024—2027年, 2026 -> 2026年; "" else."""
    m = _SPAN_CELL.match(cell.strip())
    if not m:
        return ""
    return f"{m.group(1)}—{m.group(2)}年" if m.group(2) and m.group(2) != m.group(1) else f"{m.group(1)}年"


def _unit_column_sentences(rows: list[list[str]], label_col: int, unit_col: int, year: str = "") -> list[str]:
    """A table whose rows give their unit in a column of their own (指标 | 单位 | 2024年预期目标 | 2024年预计完成 |
    2025年预期目标): each cell under a status column is restated with its column's words before the row's
    (``2024年预计完成：规模以上工业增加值增速7.5%。``), so its period and status are the column's; year columns
    (``2020年 | 2025年``) are read as a row naming its unit (``指标（单位）``)."""
    header = rows[0]
    periods = {j: h for j, h in enumerate(header) if j not in (label_col, unit_col) and _PERIOD_HEADER.match(h)}
    if periods:
        return _period_column_sentences(rows, label_col, unit_col, periods)
    status = {j: h for j, h in enumerate(header) if j not in (label_col, unit_col) and _STATUS_HEADER.match(h)}
    years = {j: y for j, h in enumerate(header) if j not in (label_col, unit_col) and (y := _year_header(h))}
    changes = _change_columns(header, {label_col, unit_col, *status, *years})
    amounts = {j: m for j, h in enumerate(header) if j not in (label_col, unit_col, *status, *years, *changes)
               and (m := _AMOUNT_CHANGE_HEADER.match(h.strip()))}
    # columns naming a unit of their own beside them (完成率（%）, 完成投资（亿元））: the row's item with that quantity
    own = {j: (m.group("name"), m.group("unit")) for j, h in enumerate(header)
           if j not in (label_col, unit_col, *status, *years, *changes) and (m := _WITH_UNIT.match(h))
           and m.group("name")}
    taken = (label_col, unit_col, *status, *years, *changes, *amounts, *own)
    rates = [j for j, h in enumerate(header) if j not in taken and _RATE_HEADER.match(h.strip())
             and any(j < len(r) and _PERCENT_CELL.fullmatch(r[j].strip()) for r in rows[1:])]
    out = []
    for row in rows[1:]:
        if max(label_col, unit_col) >= len(row):
            continue
        label, unit = row[label_col], _PER_UNIT.sub("/", row[unit_col].strip())
        if not label or _NUMBER.fullmatch(label) or not unit or len(unit) > (9 if "/" in unit else 6):
            continue
        out.extend(_change_cells(label, row, changes))
        out.extend(_amount_change_cells(label, row, amounts, unit))
        change = bool(_CHANGE.search(label))
        for j, words in sorted(status.items()):
            cell = row[j] if j < len(row) else ""
            if (cumulative := _CUMULATIVE.match(cell.strip())) is not None:
                cell, words = cumulative.group("cell"), _cumulative_words(words)
            got = _value(cell, unit if unit not in ("-", "—") else "", change) if cell else None
            if got and _STANDARD_HEADER.match(words):  # (标准值 | ≥40: 标准值：…不低于40%; a bare 0 sets no bound)
                sign = _OWN_SIGNS.get(cell.strip()[:1], "")
                out += [f"标准值：{label}{sign}{got[1].removesuffix('以上').removesuffix('以下')}。"] if sign else []
                continue
            if got:
                verb, amount = got
                words = task_words(words, year)  # (年度任务 | 完成数: the plan of the caption's year)
                out.append(f"{words}：{_CHANGE.sub(verb, label) if verb else label}{amount}。")
        for j, (name, own_unit) in sorted(own.items()):
            got = _value(row[j], own_unit, bool(_CHANGE.search(name))) if j < len(row) else None
            if got and _YEAR_END_ITEM.search(label):
                name = re.sub(r"((?:19|20)\d{2})\s*年(?!末)", r"\1年末", name)  # (2024年末比2023年末: a stock's change)
            if got:  # 老旧小区改造 | … | 107.0 | 9.86: 老旧小区改造完成率107.0%。老旧小区改造完成投资9.86亿元。
                out.append(f"{label}{_CHANGE.sub(got[0], name) if got[0] else name}{got[1]}。")
        out += [f"{label}{header[j].strip()}{row[j].strip()}。" for j in rates
                if j < len(row) and _PERCENT_CELL.fullmatch(row[j].strip())]
        if years:
            # (2024年 | 2025年 | 标准/目标值: the goal has a column of its own, each year's cell is observed)
            sentence = _row_sentence(f"{label}（{unit}）", row, {}, years, observed=bool(status))
            if sentence:
                out.append(sentence)
    return out


def _cumulative_words(words: str) -> str:
    """The words of a status column for a bracketed (five-year cumulative) cell: 2030年目标值 -> 2026—2030年累计目标值,
    2025年现状值 -> 2021—2025年累计现状值, 目标值 -> 累计目标值."""
    year = _HEADER_YEAR.match(words)
    if year is None:
        return "累计" + words
    end = int(year.group(1))
    return f"{end - 4}—{end}年累计" + words[year.end():].lstrip()


def _period_column_sentences(rows: list[list[str]], label_col: int, unit_col: int, periods: dict[int, str],
                             ) -> list[str]:
    """A monthly table of main indicators (指标 | 单位 | 1—10月 | 同比增长(%)): each row restated as the release says
    it, opened by its column's period (``1—10月，工业用电量86.3亿千瓦时，同比增长5.2%。``); a change column names its
    unit in its header; a cell of "—" is no figure; a row of one month under its indicator (``其中：10月当月``) is that
    indicator in that month (``10月当月，规模以上工业增加值同比增长7.4%。``)."""
    header = rows[0]
    changes = {j: (m.group("name"), m.group("unit") if "unit" in m.groupdict() else "%")
               for j, h in enumerate(header) if j not in (label_col, unit_col, *periods)
               and ((m := _WITH_UNIT.match(h)) or (m := _PERCENT_TAIL.match(h))) and m.group("name")}
    # (同比% beside 10月: a change column naming its unit with a bare percent sign)
    periods = {j: re.sub(r"累计$", "", h.strip()) for j, h in periods.items()}  # (1-10月累计: the months)
    out, parent, measure = [], "", ""
    for row in rows[1:]:
        if max(label_col, unit_col) >= len(row):
            continue
        label = _PART_ROW.sub("", row[label_col]).strip()
        unit = row[unit_col].strip()
        if not label or _NUMBER.fullmatch(label):
            continue
        if (group := group_measure(row, label_col)) is not None:  # a group row (分港区货物吞吐量)
            measure = group
            continue
        month = bool(_MONTH_ROW.match(label)) and parent
        item = parent if month else label + measure
        if not month:
            parent = label
        unit = "" if unit in ("-", "—", "－") or len(unit) > 6 else unit
        for j, when in sorted(periods.items()):
            parts = []
            got = _value(row[j], unit, False) if j < len(row) and unit else None
            if got:
                parts.append(f"{item}{got[1]}")
            for k, (name, cunit) in sorted(changes.items()):
                if k <= j or (k < len(row) and any(p > j and p < k for p in periods)):
                    continue
                change = _value(row[k], cunit, True) if k < len(row) else None
                if change:
                    words = bare_base_change(name, change[0]) or (_CHANGE.sub(change[0], name) if change[0] else name)
                    parts.append(f"{words}{change[1]}" if parts else f"{item}{words}{change[1]}")
            if parts:
                out.append(f"{label if month else when}，" + "，".join(parts) + "。")
    return out


# a column of changes against a base (同比, 环比, 1—6月同比, 比上年增长), perhaps over the months it names
_COMPARED_HEADER = re.compile(r"^(?P<when>(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*[—–\-~～至]+\s*\d{1,2}\s*月份?|"
                              r"[一二三四]季度|前三季度|上半年))?\s*(?P<base>同比|环比|比上年同期|比上年|比上月)"
                              r"(?:增长|增减|涨跌|涨跌幅|变动|变化)?$")
_ROW_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|其中\s*[：:])\s*")


def _change_column_sentences(rows: list[list[str]], label_col: int, unit: str) -> list[str]:
    """A table of changes in % whose caption gives the unit (项目 | 环比 | 同比 | 1—6月同比): each cell restated as
    the release says it (``衣着同比增长0.5%。``, ``交通通信1—6月同比下降3.1%。``), a negative cell a fall; a zero
    (持平) and a dash are no figure, nor is a column naming no comparison."""
    header = rows[0]
    compared = {j: m for j, h in enumerate(header) if j != label_col and (m := _COMPARED_HEADER.match(h.strip()))}
    out = []
    for row in rows[1:]:
        label = _ROW_NUMBER.sub("", row[label_col]).strip() if label_col < len(row) else ""
        if not label or _NUMBER.fullmatch(label):
            continue
        for j, m in sorted(compared.items()):
            got = _value(row[j], unit, True) if j < len(row) else None
            if not got or not float(got[1].rstrip(unit).rstrip("以上下左右内") or 0):
                continue
            verb, amount = got
            # (the months inside the sentence: opening it, they would date the rows after it too)
            out.append(f"{label}{m.group('when') or ''}{m.group('base')}{verb or '增长'}{amount}。")
    return out


def _change_columns(header: list[str], taken: set[int]) -> dict[int, re.Match[str]]:
    """The columns of changes in % against a base beside a unit column (指标 | 单位 | 2024年 | 比上年增减（%））."""
    out = {}
    for j, h in enumerate(header):
        named = _WITH_UNIT.match(h) if j not in taken else None
        if named and named.group("unit") in ("%", "％") and (m := _COMPARED_HEADER.match(named.group("name").strip())):
            out[j] = m
    return out


# a column of changes in the row's own unit beside a unit column (指标 | 单位 | 2025年 | 2024年 | 比上年末增减)
_AMOUNT_CHANGE_HEADER = re.compile(r"^(?P<base>比上年末|较上年末|比上年|较上年|比年初)(?:增减|增减量|增加|净增)$")


def _amount_change_cells(label: str, row: list[str], changes: dict[int, re.Match[str]], unit: str) -> list[str]:
    """Each cell of a column of changes in the row's unit restated as the bulletin says it
    (``养老机构比上年末增加7家。``; a negative cell a fall, ``减少``); a zero and a dash are no figure, nor a row whose
    unit is a percent (a change of a share in points is not said in %)."""
    out = []
    if unit in ("-", "—", "%", "％"):
        return out
    for j, m in sorted(changes.items()):
        got = _value(row[j], unit, True) if j < len(row) else None
        if not got or not float(got[1][: -len(unit)] or 0):
            continue
        verb, amount = got
        out.append(f"{label}{m.group('base')}{'减少' if verb else '增加'}{amount}。")
    return out


def _change_cells(label: str, row: list[str], changes: dict[int, re.Match[str]]) -> list[str]:
    """Each change cell of a row restated as the bulletin says it (``住院人次比上年增长5.1%。``; −0.8 a fall); a
    zero (持平) and a dash are no figure."""
    out = []
    for j, m in sorted(changes.items()):
        got = _value(row[j], "%", True) if j < len(row) else None
        if not got or not float(got[1].rstrip("%") or 0):
            continue
        verb, amount = got
        out.append(f"{label}{m.group('when') or ''}{m.group('base')}{verb or '增长'}{amount}。")
    return out
