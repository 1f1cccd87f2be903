"""What a table's caption says of its cells: the one quantity it breaks down by the region's parts or by quarters
or months, and the unit of every cell."""

from __future__ import annotations

import re

from .unit_tables import unit_of_line

# a caption naming one quantity broken down by the region's parts (2025年1-11月各县（市、区）一般公共预算收入完成
# 情况, 分县区规模以上工业增加值增长情况表, 各县（市、区）公共充电桩建设情况见下表：): the quantity, without the
# time, the breakdown and the word for a table
_CAPTION_QUANTITY = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)?\s*(?:\d{1,2}\s*[—–\-~～至]+\s*\d{1,2}\s*月份?|"
                               r"[一二三四]季度|前三季度|上半年)?\s*(?:各|分)(?:县（市、区）|县\(市、区\)|县市区|县区|区县|"
                               r"乡镇（街道）|乡镇|地区|市州|园区)\s*(?P<quantity>[\u4e00-\u9fff]{2,16}?)"
                               r"(?:完成|执行|运行|建设)?(?:情况)?(?:统计|一览)?(?:表?|[见如]下表[：:]?)$")


# a caption naming one quantity broken down by quarters or months (柘宁县2026年度国有建设用地供应计划分季度安排表
# （单位：公顷）): the quantity, without the place, the year, the breakdown, the word for a table and the unit
_CAPTION_BY_TIME = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗))?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                              r"(?P<quantity>[\u4e00-\u9fff]{2,16}?)(?:分季度|按季度|分月度?|按月)"
                              r"(?:安排|分解|执行|计划)?(?:情况)?(?:一览)?表?$")


_CAPTION_UNIT_TAIL = re.compile(r"\s*[（(]\s*单位\s*[：:][^）)]{1,8}[）)]\s*$")


def caption_quantity(caption: str) -> str:
    """The quantity a caption names broken down by the region's parts (…各县（市、区）一般公共预算收入完成情况 ->
    一般公共预算收入) or by quarters or months (…2026年度国有建设用地供应计划分季度安排表 -> 国有建设用地供应计划),
    else ""."""
    text = re.sub(r"^(?:附?表\s*\d*[：:.、\s]*)", "", caption.strip())
    m = _CAPTION_QUANTITY.match(text) or _CAPTION_BY_TIME.match(_CAPTION_UNIT_TAIL.sub("", text))
    return m.group("quantity") if m else ""


# the unit a caption gives its table (2025年6月份…居民消费价格分类别涨跌幅（%）, 单位：%)
_CAPTION_UNIT = re.compile(r"[（(](?:单位[：:])?\s*(%|％)\s*[）)]\s*$|单位[：:]\s*(%|％)\s*$")


def caption_unit(caption: str) -> str:
    """"%" when a table's caption gives it as the unit of every cell (…涨跌幅（%）), the unit of a unit line or
    caption (亿元 of ``单位：亿元``), else ""."""
    return "%" if _CAPTION_UNIT.search(caption.strip()) else unit_of_line(caption)


def caption_year(caption: str) -> str:
    """The one year a caption names (表1  某县2025年…主要指标完成情况 -> 2025), else ""."""
    years = set(re.findall(r"((?:19|20)\d{2})\s*年(?!\s*[—–\-~～至])", caption))
    return years.pop() if len(years) == 1 else ""


# a task column's words (年度任务, 任务数, 目标任务): the task the level above set for the year, as a plan says it
_TASK_WORDS = re.compile(r"(?:目标)?任务(?:数)?$")


def task_words(words: str, year: str) -> str:
    """The words a status column's cell is restated with: a task column (年度任务 | 完成数 under a caption naming 2025)
    as the plan of the caption's year (2025年计划), or of no year when the caption names none (年度计划); others as
    they are."""
    if not _TASK_WORDS.search(words):
        return words
    if year and not re.match(r"(?:19|20)\d{2}\s*年", words):
        return f"{year}年计划"
    return _TASK_WORDS.sub("计划", words)


# a column of what was done to the caption's things (累计建成（个） | 其中2025年新建（个） under …公共充电桩建设情况):
# the act and the things, 累计建成公共充电桩, 2025年新建公共充电桩; a share of the year's goal done, that share
_ACT_HEADER = re.compile(r"^(?:其中)?(?P<time>(?:19|20)\d{2}\s*年)?"
                         r"(?P<act>累计建成|累计新建|累计新增|新建|建成|新增|改造|累计改造)$")
_GOAL_DONE_HEADER = re.compile(r"^完成(?:年度|全年)?(?:目标|任务|计划)(?:比例)?$")


def acted_on(name: str, quantity: str) -> str:
    """A column's name with the caption's ``quantity`` when the column says only what was done to it; as it is
    otherwise."""
    if not quantity:
        return name
    if m := _ACT_HEADER.match(name):
        return (m.group("time") or "") + m.group("act") + quantity
    if _GOAL_DONE_HEADER.match(name):
        return quantity + name.removesuffix("比例") + "比例"  # 公共充电桩完成年度目标比例
    return name


# a sentence introducing the table after it (各县（市、区）公共充电桩建设情况见下表：): its caption in effect
_LEADS_TABLE = re.compile(r"[见如]下表[：:。]?$")


def leads_table(text: str) -> bool:
    return bool(_LEADS_TABLE.search(text.strip()))


# a caption of a plan's table (…年度计划, 目标任务, 预算表, 安排表): its cells are of the plan
_PLAN_CAPTION = re.compile(r"计划|目标|任务|预算|安排|预期|规划")


def own_year_caption(caption: str, year: int) -> bool:
    """True when a table's caption names its one year, not after the document's, and no plan (表1  2024年各县（市、区）
    单位地区生产总值能耗降低情况 in a bulletin of July 2025): the table stands apart from the section it follows, so a
    heading of next year's goals (八、2025年工作目标) over the tables put at the end makes no targets of its cells."""
    named = caption_year(caption)
    return bool(named) and int(named) <= year and not _PLAN_CAPTION.search(caption)
