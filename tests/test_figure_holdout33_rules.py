"""Figure rules added after the thirty-third held-out measurement (a city finance bureau's January-November fiscal
release as an HTML page with its districts' table, a city medical security bureau's circular on insurance fraud cases
as a DOCX); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Figure
from tests.test_figure_attributes import figs, one

FISCAL = {"date": "2025-10-15", "region": "栖川市", "genre": "statistics", "title": "2025年1-9月全市财政收支情况"}
CASES = {"date": "2025-11-20", "region": "栖川市", "genre": "notice",
         "title": "栖川市医疗保障局关于欺诈骗保典型案例的通报"}


def _table(caption: str, cells: list[list[str]], meta: dict[str, str], role: str = "caption") -> list[Figure]:
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p0", text=caption, role=role, heading=1 if role == "heading" else 0),
             Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre=meta["genre"], paragraphs=paras)
    metadata = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, metadata)
    return extract_figures(doc, metadata)


def test_a_value_column_naming_only_its_months_is_the_captions_quantity():
    """各区县…税收收入完成情况 over 区县 | 1-9月累计（亿元） | 同比增长（%）: the levels are each district's tax revenue
    over the months, the growth theirs (a negative cell a fall)."""
    cells = [["区县", "1-9月累计（亿元）", "同比增长（%）"], ["北湖区", "12.4", "3.5"], ["西山县", "6.8", "-1.2"]]
    for role in ("caption", "heading"):  # (a bold centred caption read as a heading)
        found = _table("2025年1-9月各区县税收收入完成情况", cells, FISCAL, role)
        level = one(found, 12.4)
        assert (level.unit, level.subject, level.period) == ("亿元", "北湖区", "2025-01/2025-09")
        assert "税收收入" in level.metric
        assert one(found, 6.8).subject == "西山县"
        fall = one(found, 1.2)
        assert (fall.direction, fall.subject) == ("down", "西山县")


def test_a_caption_without_a_breakdown_names_no_quantity():
    """全市主要财政指标: no 各区县/分县区, the caption is left as it was read before."""
    from build_tools.extract.figures.captions import caption_quantity

    assert caption_quantity("全市主要财政指标") == ""
    assert caption_quantity("表2 2024年分县区规模以上工业增加值情况") == "规模以上工业增加值"


def test_the_years_budget_as_a_shares_yardstick_dates_nothing_after_it():
    """1-9月…完成年度预算的72.5%，同比增长2.4%，增幅比1-8月回落0.3个百分点: 年度 is the share's whole; the growth and its
    change are of the months."""
    found = figs("1-9月，全市一般公共预算收入完成88.6亿元，完成年度预算的72.5%，同比增长2.4%，增幅比1-8月回落0.3个百分点。",
                 **FISCAL)
    for value in (88.6, 72.5, 2.4, 0.3):
        assert one(found, value).period == "2025-01/2025-09"


def test_the_year_still_dates_a_whole_year_figure():
    """全年完成年度计划: 全年 before the figure, not the yardstick of a share, still dates it."""
    found = figs("全年一般公共预算收入完成120.3亿元，同比增长4.1%。", date="2026-01-20", region="栖川市",
                 genre="statistics", title="2025年全市财政收支情况")
    assert one(found, 120.3).period == "2025"


def _case(*paragraphs: str) -> list[Figure]:
    return figs(*paragraphs, **CASES)


def test_the_party_found_is_the_subject_of_its_case():
    """…检查中发现，某某诊所在…期间…: the clinic's amount and sanctions, not the inspecting district's bureau."""
    found = _case("2025年5月，南湖区医疗保障局在专项检查中发现，康宁诊所在2024年3月至2025年2月期间，通过虚记诊疗项目"
                  "等方式违规使用医保基金，涉及违规金额7.25万元。南湖区医疗保障局追回医保基金7.25万元，处1倍罚款7.25万元，"
                  "暂停其医保服务3个月。")
    amount = [f for f in found if f.value == 7.25]
    assert len(amount) == 3 and {f.subject for f in amount} == {"康宁诊所"}
    violation = next(f for f in amount if "违规金额" in f.sentence and "追回" not in f.sentence)
    assert (violation.period, violation.status) == ("2024-03/2025-02", "actual")
    sanctions = [f for f in amount if "追回" in f.sentence]
    assert {f.period for f in sanctions} == {"2025"}  # (imposed after the May inspection: its year)
    assert not [f for f in sanctions if "医疗保障局" in f.metric]  # (the body imposing it is no part of the name)
    suspension = one(found, 3, "个月")
    assert (suspension.subject, suspension.period, suspension.status) == ("康宁诊所", "2025", "actual")


def test_an_insured_person_found_is_named_without_the_role():
    """参保人王某某在…期间: the person, not the county whose bureau found it; 将…串换: a past fact, no target."""
    found = _case("2025年7月，北山县医疗保障局经数据筛查发现，参保人王某某在2024年1月至2025年4月期间，将他人医保凭证"
                  "用于购药，骗取医保基金1.62万元。")
    f = one(found, 1.62)
    assert (f.subject, f.status, f.period) == ("王某某", "actual", "2024-01/2025-04")


def test_a_paragraph_without_a_finding_keeps_its_subjects():
    """No …发现，X在…: the ordinary rules stand."""
    found = _case("2025年，全市共检查定点医药机构860家，追回医保基金1120.5万元。")
    assert {one(found, v).subject for v in (860, 1120.5)} == {""}


def test_the_length_of_a_suspension_is_a_figure():
    """暂停其医保服务6个月: the sanction's length; 连续停保3个月以上 (a condition) is not made one by the rule."""
    found = _case("市医疗保障局对该药店作出暂停其医保服务6个月的处理。")
    assert one(found, 6, "个月")


def test_the_number_of_items_the_text_sets_out_is_no_figure():
    """现将5起典型案例通报如下: the items the text goes on to give, as 4个重大机遇."""
    found = _case("为发挥警示作用，现将5起欺诈骗保典型案例通报如下。")
    assert not [f for f in found if f.value == 5]
    found = _case("全年向公安机关移送案件9起。")
    assert one(found, 9).unit == "起"
