"""Figure rules added after the thirtieth held-out measurement (a county's government work report of January 2026
reviewing the 14th Five-Year Plan period as an HTML page, a province's 2026-2027 energy saving and carbon reduction
action plan as pasted text with full-width digits and a task table); sentences and tables invented for each rule,
expectations read by hand."""

from __future__ import annotations

from build_tools.clean.furniture import _is_web
from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

PLAN = {"date": "2027-02-20", "region": "岚川省", "genre": "plan", "title": "岚川省2027—2028年节能降碳行动方案"}
REPORT = {"date": "2026-01-09", "region": "桐溪县", "title": "政府工作报告"}
REVIEW = "一、“十四五”时期和2025年工作回顾"


def _plan(*paragraphs: str):
    return figs(*paragraphs, **PLAN)


def _reviewed(*paragraphs: str):
    return figs(REVIEW, *paragraphs, headings={0: 1}, **REPORT)


def test_a_base_year_in_full_width_digits_is_a_base():
    """２０２７年，…比２０２６年下降２．８%左右 in a plan: the base year written in full-width digits is a comparison base
    as 比2026年 is, no sign of a past result: the year's target."""
    f = one(_plan("２０２７年，全省单位地区生产总值能耗比２０２６年下降２．８%左右。"), 2.8)
    assert (f.period, f.status, f.direction, f.base_period) == ("2027", "target", "down", "2026")
    assert f.comparison == "比2026年"  # (in ASCII digits, as the English prints it: compared with 2026)


def test_a_bound_dated_by_a_goal_year_is_that_years_target():
    """In a plan, 控制在…以内 and 不低于 in a clause dated by a whole year (2028年全省…, or 2028年， opening the sentence)
    are that year's goals; a limit in a clause of its own after the years (改造后…不高于) stays a standing norm, and so
    does a yearly amount (每年…不少于)."""
    f = one(_plan("严格控制煤炭消费，2028年全省煤炭消费量控制在3600万吨以内。"), 3600)
    assert (f.period, f.status) == ("2028", "target")
    f = one(_plan("2028年，新增和更新出租汽车中新能源汽车比例不低于80%。"), 80)
    assert (f.period, f.status) == ("2028", "target")
    found = _plan("2027年、2028年分别完成燃煤锅炉改造120台、150台，改造后热效率不低于85%。")
    assert (one(found, 85).status, one(found, 85).period) == ("requirement", "")


def test_years_listed_before_respectively_date_the_values_in_order():
    """2027年、2028年分别新建充电桩2000个、2500个: 2000 of 2027, 2500 of 2028; 2027年、2028年…每年安排…不少于2亿元: a
    yearly amount over both years."""
    found = _plan("加快充电设施建设，2027年、2028年分别新建公共充电桩2000个、2500个。")
    assert (one(found, 2000).period, one(found, 2500).period) == ("2027", "2028")
    f = one(_plan("2027年、2028年省级财政每年安排绿色低碳发展专项资金不少于2亿元。"), 2)
    assert (f.period, f.status) == ("2027/2028", "requirement")


def test_transformer_capacity_and_coal_use_per_kwh_are_units():
    found = _plan("到2028年，全省累计推广节能变压器600万千伏安，新建煤电机组供电煤耗不高于285克标准煤/千瓦时。")
    assert (one(found, 600).unit, one(found, 600).base_unit) == ("万千伏安", "kVA")
    assert (one(found, 285).unit, one(found, 285).base_unit) == ("克标准煤/千瓦时", "gce/kWh")


def test_a_goal_written_out_in_a_table_cell_is_said_of_its_task():
    """序号 | 重点任务 | 主要目标 | 牵头单位: the goal cell (2027—2028年累计推广…800万千瓦) is a figure of its task, of the
    span it names; the serial number and the departments are none."""
    cells = [["序号", "重点任务", "主要目标", "牵头单位"],
             ["1", "高效节能电机推广", "2027—2028年累计推广高效节能电机800万千瓦", "省工业和信息化厅"],
             ["2", "农村屋顶光伏", "到2028年底农村屋顶光伏装机达到300万千瓦", "省能源局"]]
    paras = [Paragraph(id="p1", text="附件：重点任务分工表", role="note"),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=PLAN["title"], date=PLAN["date"], genre="plan", paragraphs=paras)
    meta = Metadata(date=PLAN["date"], region=PLAN["region"])
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert sorted(f.value for f in found) == [300, 800]
    f = one(found, 800)
    assert (f.period, f.status, f.sentence) == ("2027/2028", "target", "高效节能电机推广：2027—2028年累计推广高效节能电机800万千瓦。")
    assert one(found, 300).period == "2028-12"


def test_a_heading_reviewing_a_five_year_plan_period_gives_its_span():
    """Under 一、“十四五”时期和2025年工作回顾 in January 2026, an average annual rate after ； (税收收入年均增长5.1%) and a
    running total (累计下降13.5%, 累计投入…) are over 2021/2025; so is the share of that total after a comma
    (占…比重保持在75%以上); a level after the total's clause (森林覆盖率达到43.2%) is the state reached in 2025."""
    found = _reviewed("经济实力明显增强。地区生产总值由2020年的120.5亿元增加到2025年的168.2亿元，年均增长6.9%；"
                      "税收收入年均增长5.1%。",
                      "绿色转型成效显著。空气质量优良天数比例提高到2025年的92.1%，单位地区生产总值能耗累计下降13.5%。",
                      "民生投入持续加大。全县教育支出累计达到86亿元，占一般公共预算支出的比重保持在20%以上。",
                      "全县累计完成植树造林12.6万亩，森林覆盖率达到43.2%。")
    assert one(found, 5.1).period == "2021/2025"
    assert one(found, 13.5).period == "2021/2025"
    assert (one(found, 86).period, one(found, 20).period) == ("2021/2025", "2021/2025")
    assert one(found, 43.2).period == "2025"


def test_five_years_before_a_place_and_a_new_total_is_the_span_reviewed():
    """五年城镇新增就业1.9万人 (the place between 五年 and 新增) in January 2026: 2021/2025, actual; a bound held in the
    clause before the ； (…保持在…以上；) does not make the review's later clauses tasks."""
    found = _reviewed("社会事业全面进步。全县卫生支出占一般公共预算支出的比重保持在9%以上；五年城镇新增就业1.9万人，"
                      "新建改扩建幼儿园21所。")
    assert (one(found, 1.9).period, one(found, 1.9).status) == ("2021/2025", "actual")
    assert (one(found, 21).period, one(found, 21).status) == ("2021/2025", "actual")


def test_an_average_rate_to_a_goal_year_is_over_the_years_to_it():
    """到2030年，…年均增长6%左右 in a work report of January 2026: the rate over 2026/2030; the level to reach of 2030."""
    found = figs("二、“十五五”时期的主要目标", "到2030年，全县地区生产总值突破230亿元，年均增长6%左右。",
                 headings={0: 1}, **REPORT)
    assert (one(found, 6).period, one(found, 6).status) == ("2026/2030", "target")
    assert one(found, 230).period == "2030"


def test_a_price_rise_held_within_a_bound_is_a_rise():
    """居民消费价格涨幅控制在3%左右 among a year's targets: a rate of change (up), not a share."""
    found = figs("三、2026年工作安排", "主要预期目标是：城镇调查失业率控制在5.5%以内，居民消费价格涨幅控制在3%左右。",
                 headings={0: 1}, **REPORT)
    f = one(found, 3)
    assert (f.kind, f.direction, f.status, f.period) == ("growth", "up", "target", "2026")
    assert one(found, 5.5).direction == ""


def test_a_sites_footer_codes_are_web_furniture():
    assert _is_web("网站标识码：1234567890")
    assert _is_web("X ICP备12345678号-1")
    assert _is_web("X公网安备12345678901234号")
    assert not _is_web("全省累计完成ICP业务备案审核工作。")


def test_a_per_output_measure_named_once_covers_the_list():
    """单位地区生产总值能耗和二氧化碳排放在2027年基础上分别下降…: both per unit of GDP; the base is no part of the name."""
    found = _plan("2028年，单位地区生产总值能耗和二氧化碳排放在2027年基础上分别下降2.6%和3.1%。")
    assert one(found, 2.6).metric == "单位地区生产总值能耗"
    assert (one(found, 3.1).metric, one(found, 3.1).base_period) == ("单位地区生产总值二氧化碳排放", "2027")


def test_a_share_of_the_things_doing_something_is_named_by_both():
    """全省85%以上水泥产能完成超低排放改造: the share of cement capacity upgraded, not a quantity of 水泥."""
    f = one(_plan("2028年底前，全省85%以上水泥产能完成超低排放改造。"), 85)
    assert (f.metric, f.period) == ("完成超低排放改造的水泥产能比例", "2028-12")


def test_a_bare_verb_takes_the_works_named_before():
    """加快推进老旧供热管网改造，2027年、2028年分别完成改造300公里、350公里: the pipes' renovation, not 完成改造."""
    found = _plan("加快推进老旧供热管网改造，2027年、2028年分别完成改造300公里、350公里。")
    assert {one(found, 300).metric, one(found, 350).metric} == {"老旧供热管网改造"}
    assert (one(found, 300).period, one(found, 350).period) == ("2027", "2028")


def test_the_month_of_an_event_dates_no_clause_after_the_semicolon():
    """县体育中心于10月投入使用，…；城乡居民医保参保率稳定在97%以上 in the review of 2025: 于10月 dates the opening,
    the rate after ； is of the year reviewed. (A paragraph opening with the event's clause is framed by it: another
    rule, left as it is.)"""
    found = figs("一、2025年工作回顾", "（三）社会事业持续进步。县体育中心于10月投入使用，新增健身场地2.1万平方米；"
                 "城乡居民医保参保率稳定在97%以上。",
                 headings={0: 1}, **REPORT)
    assert (one(found, 97).period, one(found, 97).status) == ("2025", "actual")


def test_a_goal_year_heading_a_list_dates_the_goals_after_the_semicolon():
    """今后五年，…主要目标是：到2030年，…；税收收入达到12亿元；…: the goals listed after ； are of 2030 too, not of the
    five years the sentence opens with (the average rate of the first clause is over them)."""
    found = figs("二、“十五五”时期的主要目标", "今后五年，全县发展的主要目标是：到2030年，地区生产总值突破230亿元，"
                 "年均增长6%左右；税收收入达到12亿元；常住人口城镇化率达到63%。", headings={0: 1}, **REPORT)
    assert (one(found, 12).period, one(found, 12).status) == ("2030", "target")
    assert one(found, 63).period == "2030"
    assert one(found, 6).period == "2026/2030"
