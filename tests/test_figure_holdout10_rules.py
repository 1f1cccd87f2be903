"""Figure and timeline rules added after the tenth held-out measurement (issue 11/12: a county audit work report in
DOCX, a city health statistics bulletin in PDF); sentences and tables invented for the rule, expectations read by
hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2024-06-18", "region": "云溪市", "title": "2023年云溪市卫生健康事业发展统计公报",
            "genre": "statistics"}
AUDIT = {"date": "2024-08-29", "region": "云溪市", "title": "关于2023年度市本级预算执行和其他财政收支的审计工作报告",
         "genre": "report"}


def test_health_rates_per_100000_and_changes_in_per_mille_points():
    """孕产妇死亡率为9.12/10万 is a rate per 100,000 (no fraction 9.12/10); 下降0.12个千分点 the fall of a per-mille
    rate; both changes are down."""
    found = figs("全市孕产妇死亡率为9.12/10万，比上年下降1.05/10万；新生儿死亡率为1.86‰，比上年下降0.12个千分点。",
                 **BULLETIN)
    assert (one(found, 9.12).unit, one(found, 9.12).base_unit, one(found, 9.12).direction) == (
        "/10万", "per 100000", "")
    assert (one(found, 1.05).base_unit, one(found, 1.05).direction) == ("per 100000", "down")
    assert (one(found, 0.12).unit, one(found, 0.12).base_unit, one(found, 0.12).direction) == (
        "个千分点", "permille point", "down")
    assert one(found, 0.12).metric == "新生儿死亡率"


def test_life_expectancy_in_years_is_a_figure_an_age_limit_is_not():
    """人均预期寿命79.6岁 and its rise (提高, a change of the statistic) are figures of the year; 60岁以上, 0-6岁 are the
    limits of a population, no figure; 预期 inside 人均预期寿命 is no cue of a target."""
    found = figs("全市居民人均预期寿命达到79.6岁，比上年提高0.2岁。",
                 "全市60岁以上老年人口42.3万人，0-6岁儿童健康管理率为92.1%。", **BULLETIN)
    assert (one(found, 79.6).base_unit, one(found, 79.6).status, one(found, 79.6).period) == ("year", "actual", "2023")
    assert (one(found, 0.2).direction, one(found, 0.2).kind) == ("up", "growth")
    assert not [f for f in found if f.unit == "岁" and f.value in (60, 0, 6)]
    assert one(found, 42.3).unit == "万人"


def test_average_length_of_stay_in_days_and_its_shortening():
    found = figs("医院出院者平均住院日为9.1天，比上年缩短0.3天。", **BULLETIN)
    assert (one(found, 9.1).unit, one(found, 9.1).metric) == ("天", "医院出院者平均住院日")
    assert (one(found, 0.3).metric, one(found, 0.3).direction) == ("医院出院者平均住院日", "down")


def test_a_ratio_of_one_to_a_number_gives_that_number():
    found = figs("年末全市每千人口注册护士3.8人，医护比为1:1.25。", **BULLETIN)
    assert (one(found, 1.25).metric, one(found, 1.25).unit) == ("医护比", "")
    assert not [f for f in found if f.value == 1]


def test_a_change_over_the_year_of_a_year_end_stock_and_its_rate_are_the_years():
    """2023年末…86个 is the stock at the end of 2023; 比上年增加5个 and 增长6.2% the change over 2023."""
    found = figs("2023年末，全市共有养老机构86个，比上年增加5个，增长6.2%。", **BULLETIN)
    assert [one(found, v).period for v in (86, 5, 6.2)] == ["2023-12", "2023", "2023"]


def test_the_price_basis_and_including_are_no_metric():
    found = figs("公立医院人均住院费用9500元，按当年价格比上年上涨2.0%。卫生技术人员3.2万人，包括注册护士1.5万人。",
                 **BULLETIN)
    assert one(found, 2.0).metric == "公立医院人均住院费用"
    assert one(found, 1.5).metric == "注册护士"


def test_within_the_year_is_no_place_name():
    """年内 (during the year) before 市妇幼保健院: the hospital's new campus is the subject, not a place 年内市; a group of
    projects (…等8个项目) is the region's own."""
    found = figs("年内市妇幼保健院新院区建成投用，新增床位600张。", **BULLETIN)
    assert one(found, 600).subject == "市妇幼保健院新院区"
    found = figs("年内市第一人民医院门诊楼等8个项目建成投用，新增床位900张。", **BULLETIN)
    assert not one(found, 900).subject.startswith("年内")


def _with_caption(caption: str, cells: list[list[str]]) -> list[Figure]:
    paras = [Paragraph(id="p0", text=caption, role="caption"),
             Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=BULLETIN["title"], date=BULLETIN["date"], genre="statistics", paragraphs=paras)
    meta = Metadata(date=BULLETIN["date"], region="云溪市")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_table_under_a_dated_caption_names_each_column_by_its_row():
    """表2 2023年末…: every cell is of the end of 2023; 小学 | 120 | 45600 gives 小学学校数 and 小学在校学生数 (the
    second column keeps the row's name)."""
    found = _with_caption("表2  2023年末全市各级学校和在校学生数",
                          [["学校类别", "学校数（所）", "在校学生数（人）"], ["小学", "120", "45600"],
                           ["初中", "48", "21300"]])
    assert (one(found, 45600).metric, one(found, 45600).period) == ("小学在校学生数", "2023-12")
    assert (one(found, 21300).metric, one(found, 48).period) == ("初中在校学生数", "2023-12")


def test_counts_of_an_audits_findings():
    """审计发现：3家… (the findings after a colon), 有12名已退休人员 (what is counted after its state), an amount
    followed by 未… (the predicate begins), 对外 (a word, not the preposition 对), …等方式 (the means are no name),
    涉及15个项目 (涉及, not 涉 + 及)."""
    found = figs("审计发现：3家企业违规排污；有12名已退休人员仍在领取工资。",
                 "对外担保资金2.1亿元未经审批，涉及15个项目。",
                 "4家单位通过虚增工程量等方式多计工程款86万元。", **AUDIT)
    # (since the counts of units with a finding name it: 违规排污的企业, not 企业违规排污; test_figure_audit_findings.py)
    assert (one(found, 3).metric, one(found, 3).unit) == ("违规排污的企业", "家")
    assert one(found, 12).metric == "仍在领取工资的退休人员"
    assert one(found, 2.1).metric == "对外担保资金"
    assert one(found, 15).metric == "涉及项目"
    assert one(found, 86).metric == "多计工程款"
    assert not figs("阅读：1532次", **AUDIT)  # a page's counter after a colon stays no figure


def test_the_budget_adopted_at_the_start_of_the_year_is_no_date():
    found = figs("有3个单位的专项收入120万元未纳入年初预算。", **AUDIT)
    assert not one(found, 120).period.endswith("-01")


def test_within_the_year_of_a_closed_year_is_an_event_and_parts_joined_by_semicolons_are_two():
    """A bulletin on 2023 published in 2024: 年内…建成投用 happened (no target); 于9月正式开诊 after ； is its own
    entry, dated September."""
    events = events_of("年内市妇幼保健院新院区等8个项目建成投用，新增床位900张；市儿童医院于9月正式开诊。",
                       date="2024-06-18", title=BULLETIN["title"], genre="statistics", reporting_period="2023")
    assert sorted((e.date, e.kind) for e in events) == [("2023", "event"), ("2023-09", "event")]


def test_notes_and_the_request_to_deliberate_give_no_timeline_entry():
    assert not events_of("注：1.本公报数据为初步统计数。", "2.每千人口指标按2023年末常住人口计算。",
                         date="2024-06-18", title=BULLETIN["title"], genre="statistics", reporting_period="2023")
    assert not events_of("我受市人民政府委托，向市人大常委会报告2023年度市本级预算执行和其他财政收支的审计情况，请予审议。",
                         date="2024-08-29", title=AUDIT["title"])
    # an audit report's framing: what was audited, and the overall verdict, without a figure
    assert not events_of("根据审计法的规定，市审计局依法审计了2023年度市本级预算执行情况。",
                         "审计结果表明，2023年市本级预算执行情况总体良好。", date="2024-08-29", title=AUDIT["title"])
    (e,) = events_of("审计结果表明，2023年市本级一般公共预算收入完成56.2亿元。", date="2024-08-29", title=AUDIT["title"])
    assert e.date == "2023"  # (with a figure it is a dated fact)


def test_an_area_reached_and_a_name_with_an_adverb_like_character():
    """惠及36万平方米 after a works clause: the area benefiting (惠及面积), not the count of the clause before; 专精特新
    (jieba tags 特新 as an adverb) stays whole in what a count counts."""
    found = figs("全年对12个小区实施供热管网改造，惠及36万平方米。", "16户企业获批专精特新中小企业。", **AUDIT)
    assert (one(found, 36).metric, one(found, 36).unit) == ("惠及面积", "万平方米")
    assert one(found, 16).metric == "企业获批专精特新中小企业"
