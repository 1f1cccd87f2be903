"""Figure rules added after the forty-fourth held-out measurement (a city people's congress standing committee's work
report of January 2026 as a DOCX, a city market regulation bureau's report on market entities in 2025 as a PDF with
its table of counties); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

REPORT = {"date": "2026-01-12", "region": "栖川市", "genre": "report", "title": "栖川市人民代表大会常务委员会工作报告"}
ENTITIES = {"date": "2026-01-18", "region": "栖川市", "genre": "statistics", "title": "2025年全市经营主体发展情况"}


def test_the_term_with_its_count_of_years_is_a_span() -> None:
    """本届以来，…，4年办结率均为100%: since the term began, the four years just closed (said in January 2026:
    2022-2025); without a count of years the sentence stays undated (the term's start is not known)."""
    found = figs("本届以来，常委会共制定地方性法规15件，听取审议专项工作报告86个，4年办结率均为100%。", **REPORT)
    assert one(found, 15, "件").period == "2022/2025"
    assert one(found, 86, "个").period == "2022/2025"
    found = figs("本届任期内，共开展执法检查18次，五年间督办代表建议1204件。", **REPORT)
    assert one(found, 18, "次").period == "2021/2025"
    assert one(figs("本届以来，常委会共制定地方性法规15件。", **REPORT), 15).period != "2022/2025"


def test_a_chronicle_of_days_dates_each_sentence_alone() -> None:
    """3月5日，常委会第十次会议…。9月18日召开第十三次会议…。开展…执法检查…: the first day is one entry of a chronicle,
    no frame of the paragraph; a paragraph opened by one day alone keeps it (a news day's frame)."""
    found = figs("3月5日，常委会第十次会议审查批准市级决算。9月18日召开第十三次会议，听取审议计划执行情况的报告。"
                 "开展食品安全法等3部法律法规执法检查，推动解决问题52个。", **REPORT)
    assert one(found, 3, "部").period == "2025"
    assert one(found, 52, "个").period == "2025"
    found = figs("7月4日，全市出现强降雨过程，全市转移群众1260人。", date="2025-07-06")
    assert one(found, 1260).period == "2025-07-04"


def test_the_size_of_a_law_is_no_figure() -> None:
    """《栖川市河道管理条例》共5章46条 / 分为8章61条: a regulation's chapters and articles, no figures; suggestions
    counted in 条 (提出意见建议共41条) are figures."""
    assert figs("《栖川市河道管理条例》共5章46条，自2025年8月1日起施行。", **REPORT) == []
    assert figs("条例分为8章61条。", **REPORT) == []
    assert one(figs("执法检查中提出意见建议共41条。", **REPORT), 41, "条").base_unit == "item"


def test_a_bare_rate_after_a_year_end_stock_is_of_the_year() -> None:
    """截至2025年12月末，…。其中，企业12.4万户，增长8.2%；…下降1.5%: the change of the stock over the year, of the
    year; the stock stays at the year's end; a change since a base (从…增加到…，增长…) keeps its own dating."""
    found = figs("截至2025年12月末，全市实有经营主体41.2万户，同比增长5.6%。其中，企业12.4万户，增长8.2%；"
                 "农民专业合作社3800户，下降1.5%。", **ENTITIES)
    assert one(found, 12.4).period == "2025-12"
    assert one(found, 8.2).period == "2025"
    assert one(found, 1.5).period == "2025"
    assert one(found, 1.5).direction == "down"


def test_the_kind_of_cooperative_is_no_subject() -> None:
    """农民专业合作社3800户: the kind of market entity, no one's name; a named cooperative stays the subject."""
    found = figs("截至2025年12月末，全市农民专业合作社3800户，下降1.5%。", **ENTITIES)
    assert one(found, 3800).subject == ""
    found = figs("青禾种植专业合作社年销售收入1200万元。", **ENTITIES)
    assert one(found, 1200).subject == "青禾种植专业合作社"


def test_a_paragraph_opening_with_the_whole_it_breaks_down_is_at_its_year_end() -> None:
    """截至2025年12月末，…企业12.4万户…。 / 企业中，私营企业11.6万户，占企业总数的93.5%: the part of the stock at its
    year end; a paragraph of the year's flows after it stays the year's."""
    found = figs("截至2025年12月末，全市实有经营主体41.2万户。其中，企业12.4万户。",
                 "企业中，私营企业11.6万户，占企业总数的93.5%。", "全年新设立企业1.8万户。", **ENTITIES)
    assert one(found, 11.6).period == "2025-12"
    assert one(found, 93.5).period == "2025-12"
    assert one(found, 1.8).period == "2025"


def test_counts_adding_up_to_a_year_end_stock_are_its_parts() -> None:
    """第一/二/三产业经营主体 adding up to 实有经营主体 at the year end, in a later paragraph: at that year end, with
    their shares; counts that do not add up (the year's new entities by sector) stay the year's."""
    found = figs("截至2025年12月末，全市实有经营主体41.2万户。", "全年新设立经营主体6.1万户。",
                 "从产业分布看，第一产业经营主体1.6万户，占3.9%；第二产业经营主体5.1万户，占12.4%；"
                 "第三产业经营主体34.5万户，占83.7%。", "第一产业新设立经营主体0.3万户，第三产业新设立经营主体5.2万户。",
                 **ENTITIES)
    assert one(found, 1.6).period == "2025-12"
    assert one(found, 34.5).period == "2025-12"
    assert one(found, 83.7).period == "2025-12"
    assert one(found, 5.2).period == "2025"


def test_the_acting_committee_is_no_part_of_the_metric() -> None:
    """县人大常委会共召开常委会会议6次 / 常委会共制定地方性法规12件、修改9件、废止2件: the body whose report it is
    acts; what it counts is named without it, and the sibling acts take the object named first."""
    found = figs("过去一年，县人大常委会共召开常委会会议6次。", **REPORT)
    assert one(found, 6).metric == "召开常委会会议"
    found = figs("本届以来，常委会共制定地方性法规12件、修改9件、废止2件。", **REPORT)
    assert [f.metric for f in found] == ["制定地方性法规", "地方性法规修改", "地方性法规废止"]
    # (a sibling whose act took no object named before keeps its own name: 专题调研14次、视察11次)
    found = figs("全年组织开展视察调研30次，其中专题调研12次、视察10次。", **REPORT)
    assert one(found, 10).metric != "专题视察"
