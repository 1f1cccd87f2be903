"""Rules written after the sixty-fifth held-out set (a city statistics bureau's January-October industrial economy
analysis, a mayor's speech at a project-start and signing ceremony), tested on invented sentences."""

from __future__ import annotations

from build_tools.extract.date_model import Anchor
from build_tools.extract.reporting import running_review
from tests.test_figure_attributes import figs, one


def test_an_address_before_this_year_ends_a_running_review():
    february = Anchor(2026, 2, 20)
    assert running_review("各位代表、同志们！今年，全县将新建学校3所。", february, 2025) is None
    assert running_review("朋友们！明年我们还要…", february, 2025) is None
    assert running_review("同志们！过去一年，全县…", february, None) == 2025  # a review still opens


SPEECH = {"date": "2026-03-12", "region": "栖川市", "genre": "speech",
          "title": "在栖川市2026年春季重大项目集中开工仪式上的致辞"}


def test_today_in_a_speech_dated_to_the_day_dates_the_figures_of_that_day():
    """A speech of March reviews last year first (its 2024年… frame), then counts the batch started today: the batch
    is of the day of the speech, the review of last year stays last year's."""
    found = figs("过去一年，全市完成工业投资420亿元，增长8.1%；2025年，全市地区生产总值达到2100亿元。"
                 "今天开工的重大项目共42个，总投资186.5亿元。", **SPEECH)
    assert one(found, 420).period == "2025"
    assert one(found, 42).period == "2026-03-12"
    assert one(found, 186.5).period == "2026-03-12"


def test_today_needs_a_day_and_is_no_date_before_a_noun():
    from build_tools.extract.figures.today import with_today

    day, month = Anchor(2026, 3, 12), Anchor(2026, 3, None)
    assert [d.iso for d in with_today("今日签约项目12个", [], day)] == ["2026-03-12"]
    assert with_today("今日签约项目12个", [], month) == []  # (a document dated to the month: no day to give)
    assert with_today("今天的栖川，产业基础更加坚实", [], day) == []  # rhetoric of the present
    assert with_today("直到今天仍有3个村未通硬化路", [], day) == []


def test_a_county_column_merged_down_its_projects_leaves_the_project_column_naming_the_rows():
    """序号 | 县区 | 项目名称 | 总投资（亿元） | 年度计划投资（亿元）, the county merged down its projects (python-docx gives
    the merged cell's text on every row): each row is its project's, the total investment a planned size of no
    year, the year's planned investment the target of the year."""
    from build_tools.extract.figures.project_tables import project_labels
    from build_tools.model import Paragraph
    from tests.test_figure_attributes import table_figs

    cells = [["序号", "县区", "项目名称", "总投资（亿元）", "年度计划投资（亿元）"],
             ["1", "东坪区", "东坪物流港项目", "24.5", "6.2"],
             ["2", "东坪区", "东坪污水处理厂扩建工程", "3.8", "1.5"],
             ["3", "西岭县", "西岭光伏电站项目", "9.6", "4.4"]]
    assert project_labels(Paragraph(id="t", text="", role="table", cells=cells)) == {
        "东坪物流港项目", "东坪污水处理厂扩建工程", "西岭光伏电站项目"}
    found = table_figs(cells, "附件：2026年重大项目情况表", {"date": "2026-03-12", "region": "栖川市",
                                                           "genre": "speech", "title": SPEECH["title"]})
    assert (one(found, 24.5).subject, one(found, 24.5).status, one(found, 24.5).period) == (
        "东坪物流港项目", "target", "")
    assert (one(found, 1.5).subject, one(found, 1.5).period) == ("东坪污水处理厂扩建工程", "2026")
    assert one(found, 9.6).subject == "西岭光伏电站项目"


def test_a_drag_on_growth_is_a_negative_contribution():
    release = {"date": "2025-08-20", "region": "栖川市", "genre": "statistics", "title": "1-7月全市工业经济运行分析"}
    found = figs("1-7月，纺织业增加值下降6.2%，下拉全市规模以上工业增长0.5个百分点；医药制造业增长9.1%，"
                 "拉动全市规模以上工业增长0.8个百分点。", **release)
    assert one(found, 0.5).direction == "down"
    assert one(found, 0.8).direction == "up"
    found = figs("受煤炭价格下跌影响，采矿业拖累全市工业增长0.3个百分点。", **release)
    assert one(found, 0.3).direction == "down"


def test_zhi_of_manufactured_pieces_counts_items_not_heads():
    release = {"date": "2025-08-20", "region": "栖川市", "genre": "statistics", "title": "1-7月全市工业经济运行分析"}
    found = figs("1-7月，全市光伏电池产量1.26亿只，增长8.4%；生猪出栏42.3万头，羊出栏6.1万只。", **release)
    assert one(found, 1.26).base_unit == "item"
    assert one(found, 6.1).base_unit == "head"


def test_a_set_opening_its_clause_frames_the_count_of_its_parts():
    release = {"date": "2025-08-20", "region": "栖川市", "genre": "statistics", "title": "1-7月全市工业经济运行分析"}
    found = figs("全市31个工业行业大类中，有20个行业增加值保持增长。9个乡镇（街道）中，7个完成年度目标。", **release)
    assert [f.value for f in found if f.value in (31, 9)] == []
    assert one(found, 20).kind == "count" and one(found, 7).kind == "count"
    found = figs("全市新建5个产业园区，其中3个已投产。", **release)  # no frame: 5 is a count of its own
    assert one(found, 5).value == 5


def test_a_projects_preparatory_stage_is_no_now():
    """项目前期经费 holds 目前 across two words (项目 + 前期): no date, no word cut out of the metric."""
    found = figs("今年市财政安排重大项目前期经费2亿元。", **SPEECH)
    assert one(found, 2).period == "2026"
    assert "项目前期经费" in one(found, 2).metric


def test_a_project_named_before_its_builder_and_sizes_is_their_subject():
    """X产业园项目由Y集团投资建设，一期投资…: the project (not the park) is the subject, its phase's investment a
    planned size of no year; X工程全长…，总投资…: the works named with their first size keep the next."""
    found = figs("其中，栖川生物医药产业园项目由华康集团投资建设，一期投资18亿元，计划2027年建成投产。"
                 "栖川三桥及连接线工程全长4.2公里，总投资26.5亿元。", **SPEECH)
    phase = one(found, 18)
    assert (phase.subject, phase.status, phase.period) == ("栖川生物医药产业园项目", "target", "")
    length, cost = one(found, 4.2), one(found, 26.5)
    assert (length.subject, length.status, length.period) == ("栖川三桥及连接线工程", "target", "")
    assert (cost.subject, cost.status, cost.period) == ("栖川三桥及连接线工程", "target", "")


def test_a_built_projects_length_stays_an_actual():
    found = figs("过去一年，栖川环城快速路工程建成通车，全长32公里。", **SPEECH)
    assert one(found, 32).status == "actual"


def test_a_ceremony_held_today_is_an_event_of_the_day_and_the_announcement_is_its_formula():
    """今天，我们隆重举行…集中开工仪式: the projects started on the day of the speech, an event of that day (not a
    meeting's framing); 下面，我宣布：…开工！ the formula that opens it, no second entry; 今天我们召开…会议 stays
    framing."""
    from tests.event_docs import timeline

    events = timeline("今天，我们在这里隆重举行栖川市2026年春季重大项目集中开工仪式，共有42个项目同时开工。",
                      "下面，我宣布：栖川市2026年春季重大项目集中开工！", "今天，我们隆重召开全市经济工作会议。",
                      date="2026-03-12", title=SPEECH["title"], genre="speech")
    assert [(e.date, e.kind) for e in events] == [("2026-03-12", "event")]
    assert events[0].text.startswith("今天，我们在这里隆重举行")


def test_projects_signed_at_the_same_time_in_a_speech_are_of_its_day():
    """同时签约的…项目/本次集中开工的… in a speech: the day it is given; in a news report of the ceremony (published a
    day later, perhaps) no day is assumed."""
    found = figs("过去一年，全市新引进亿元以上项目95个。", "同时签约的招商引资项目18个，签约总金额126亿元。", **SPEECH)
    assert one(found, 95).period == "2025"
    assert (one(found, 18).period, one(found, 126).period) == ("2026-03-12", "2026-03-12")
    news = dict(SPEECH, genre="news", title="栖川市举行2026年春季重大项目集中签约仪式")
    found = figs("本次签约的招商引资项目18个，签约总金额126亿元。", **news)
    assert one(found, 18).period != "2026-03-12"


def test_an_undated_paragraph_continues_the_shorter_months_its_section_opened_with():
    """A January-August release whose profits section opens with 1-7月 (published a month later): its next, undated
    paragraph is of 1-7月 too (a base 比1-6月 is no date of its own); a paragraph naming 8月份 keeps its month."""
    release = {"date": "2025-09-18", "region": "栖川市", "genre": "statistics", "title": "1-8月全市工业经济运行分析"}
    paras = ["五、企业效益", "1-7月，全市规模以上工业企业实现利润总额96.4亿元，同比增长4.2%。",
             "亏损企业215家，亏损面为14.3%，比1-6月收窄0.6个百分点。", "8月份，新增入库企业9家。"]
    found = figs(*paras, headings={0: 1}, **release)
    assert one(found, 215).period == "2025-01/2025-07"
    assert one(found, 0.6).period == "2025-01/2025-07"
    assert one(found, 9).period == "2025-08"


def test_a_facility_a_county_names_is_the_subject_of_its_sizes():
    """石门县抽水蓄能电站装机容量120万千瓦，总投资68亿元: the power station's planned capacity and cost (no period), not
    the county's; a county's own figure after its name (石门县新增就业…) keeps the county."""
    found = figs("石门县抽水蓄能电站装机容量120万千瓦，总投资68亿元。石门县新增就业岗位3200个。", **SPEECH)
    power, cost = one(found, 120), one(found, 68)
    assert (power.subject, power.status, power.period) == ("石门县抽水蓄能电站", "target", "")
    assert power.metric == "装机容量"
    assert cost.subject == "石门县抽水蓄能电站"
    assert one(found, 3200).subject == "石门县"


def test_today_inside_a_saying_is_no_date():
    from build_tools.extract.figures.today import with_today

    assert with_today("发扬“今天再晚也是早，明天再早也是晚”的精神", [], Anchor(2026, 3, 12)) == []
