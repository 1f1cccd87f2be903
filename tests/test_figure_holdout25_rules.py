"""Figure rules added after the twenty-fifth held-out measurement (issue 11: a city's 15th five-year ecology plan as a
PDF with its table of main indicators, a county's public-institution recruitment notice as an HTML page); sentences
and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one, table_figs

PLAN = {"date": "2026-03-20", "region": "栖川市", "genre": "plan", "title": "栖川市“十五五”水生态环境保护规划"}


def _table(cells: list[list[str]], caption: str) -> list:
    return table_figs(cells, caption, PLAN)


def test_a_present_value_column_of_a_plan_table_is_the_base_year_actual():
    """序号 | 指标 | 单位 | 2025年现状值 | 2030年目标值 | 属性: the 现状值 cells are 2025's achieved values, the 目标值
    cells 2030's targets; a target that is no number (完成省下达任务, 不减少) gives nothing."""
    cells = [["序号", "指标", "单位", "2025年现状值", "2030年目标值", "属性"],
             ["1", "城市黑臭水体消除比例", "%", "91.5", "100", "约束性"],
             ["2", "湿地保护面积", "万亩", "12.8", "不减少", "约束性"],
             ["3", "地下水质量Ⅴ类水比例", "%", "8.4", "完成省下达任务", "预期性"]]
    found = _table(cells, "表1  栖川市“十五五”水生态环境保护主要指标")
    assert [(one(found, v).period, one(found, v).status) for v in (91.5, 100, 12.8, 8.4)] == [
        ("2025", "actual"), ("2030", "target"), ("2025", "actual"), ("2025", "actual")]
    assert len(found) == 4


def test_a_bracketed_cell_is_a_five_year_cumulative_value():
    """〔 〕内为五年累计数: 〔1.36〕 under 2025年现状值 is the total of 2021-2025, 〔1.20〕 under 2030年目标值 the target
    for 2026-2030; the number is read without its brackets."""
    cells = [["序号", "指标", "单位", "2025年现状值", "2030年目标值", "属性"],
             ["1", "氨氮重点工程减排量", "万吨", "〔1.36〕", "〔1.20〕", "约束性"],
             ["2", "新增治理水土流失面积", "平方公里", "〔310〕", "完成省下达任务", "约束性"]]
    found = _table(cells, "表2  主要指标")
    assert [(one(found, v).period, one(found, v).status) for v in (1.36, 1.2, 310)] == [
        ("2021/2025", "actual"), ("2026/2030", "target"), ("2021/2025", "actual")]
    assert one(found, 1.36).unit == "万吨"


def test_a_count_of_days_reached_by_a_change_is_the_figure():
    """黑臭水体天数…由2020年的12天减少到2025年的3天: the count of days reached (3, down, base 12 of 2020), not the base;
    a duration of work (用15天时间) is still none."""
    found = figs("“十四五”期间，全市重污染天数由2020年的12天减少到2025年的3天。", **PLAN)
    f = one(found, 3)
    assert (f.period, f.direction, f.base_value, f.base_period) == ("2025", "down", 12, "2020")
    assert not [g for g in found if g.value == 12]
    found = figs("全市空气质量优良天数由2020年的287天增加到2025年的309天。", **PLAN)
    assert (one(found, 309).direction, one(found, 309).base_value) == ("up", 287)
    assert not figs("用15天时间完成了全市入河排污口排查。", **PLAN)


NOTICE = {"date": "2025-09-10", "region": "柏川县", "genre": "announcement", "title": "柏川县2025年公开招聘社区工作者公告"}


def test_the_terms_and_age_bounds_of_a_notice_are_standing_rules():
    """年龄为20周岁以上、40周岁以下 and 试用期为6个月, 公示期为5个工作日 in a recruitment notice: conditions and terms
    it sets for every case (requirement, no period); the birth date beside the bound dates nothing; an age band naming
    a population (60周岁以上老年人) is still no figure."""
    found = figs("应聘人员年龄为20周岁以上、40周岁以下（1985年9月10日以后出生）。",
                 "聘用人员试用期为6个月；拟聘用人员名单公示期为5个工作日。", **NOTICE)
    assert [(one(found, v).status, one(found, v).period) for v in (20, 40, 6, 5)] == [("requirement", "")] * 4
    assert one(found, 20).unit == "周岁"
    assert not figs("为全县60周岁以上老年人发放高龄津贴。", **NOTICE)


def test_a_weight_in_a_formula_is_no_figure():
    """综合成绩=笔试成绩×50%+面试成绩×50%: weights of a formula; the count after it is a figure."""
    found = figs("综合成绩=笔试成绩×50%+面试成绩×50%，本次共有报考人员1260人。", **NOTICE)
    assert [f.value for f in found] == [1260]


def test_a_table_of_posts_gives_each_employers_places_to_fill():
    """岗位代码 | 招聘单位 | 岗位名称 | 招聘人数 | 学历要求: each post's places are a target of the notice's year, its
    employer the subject (a hospital, a school, a centre); codes and requirements are no figures."""
    cells = [["岗位代码", "主管部门", "招聘单位", "岗位名称", "招聘人数", "学历要求"],
             ["2501001", "县卫生健康局", "柏川县中心医院", "护理", "7", "大专及以上"],
             ["2501002", "县教育局", "柏川县实验小学", "英语教师", "2", "本科及以上"],
             ["2501003", "县农业农村局", "柏川县农业技术推广中心", "植保技术员", "1", "本科及以上"]]
    paras = [Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    title = "附件1 柏川县2025年公开招聘事业单位工作人员岗位表"
    doc = Document(id="d", title=title, date="2025-09-10", genre="notice", paragraphs=paras)
    meta = Metadata(date="2025-09-10", region="柏川县")
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert sorted(f.value for f in found) == [1, 2, 7]
    assert [(one(found, v).subject, one(found, v).status, one(found, v).period, one(found, v).unit)
            for v in (7, 2, 1)] == [("柏川县中心医院", "target", "2025", "人"), ("柏川县实验小学", "target", "2025", "人"),
                                    ("柏川县农业技术推广中心", "target", "2025", "人")]


def test_five_years_in_a_five_year_plan_are_the_previous_plans():
    """五年来 in the review of a 15th plan (2026-2030) issued in its first year, even after March: 2021-2025; in a
    plan issued later (2027) or a report of mid-year, 五年来 is left undated as before."""
    review = {1: 2}
    found = figs("一、“十四五”时期水生态环境保护成效", "五年来，全市累计建成污水管网820公里。", headings=review, **PLAN)
    assert one(found, 820).period == "2021/2025"
    later = dict(PLAN, date="2027-06-10")
    found = figs("一、主要工作成效", "五年来，全市累计建成污水管网820公里。", headings=review, **later)
    assert one(found, 820).period != "2021/2025"


def test_the_count_of_what_a_share_is_over_is_no_figure():
    """全市15个省控断面水质优良比例达到86.7%: the 15 sections are what the share is measured over, not a figure of
    their own, and the share's name is theirs without the count; 建成8个污水处理厂 is still a figure."""
    found = figs("2025年，全市15个省控断面水质优良比例达到86.7%。", **PLAN)
    assert [f.value for f in found] == [86.7]
    assert "15" not in found[0].metric
    assert one(figs("2025年，全市建成8个污水处理厂。", **PLAN), 8).unit == "个"


def test_what_one_applicant_may_apply_for_is_no_figure():
    """每名考生限报2个职位: a rule of the registration, not a quantity; the applicants counted beside it are."""
    found = figs("本次招聘共有1860人报名，每名考生限报2个职位。", **NOTICE)
    assert [f.value for f in found] == [1860]


def test_a_running_total_after_a_span_of_years_is_over_the_span():
    """“十四五”期间，…；累计建成污水管网820公里: after ； the total is over the five years (a span of years); after a span
    of months (今年1月至7月，…；累计引进…) it stays the running total at the span's last month."""
    found = figs("一、“十四五”时期水生态环境保护成效",
                 "“十四五”期间，全市新增污水处理能力12万吨/日；累计建成污水管网820公里。", headings={1: 2}, **PLAN)
    assert one(found, 820).period == "2021/2025"
    found = figs("今年1月至7月，全市新签约项目56个；累计引进外资3.2亿美元。", date="2024-08-12", region="栖川市",
                 genre="news")
    assert one(found, 3.2).period == "2024-07"
