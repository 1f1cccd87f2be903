"""Figure rules added after the fifty-third held-out measurement (a city 12345 hotline centre's quarterly report as an
HTML page with its table of districts, a city government's report on state-owned assets as a PDF); sentences and
tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures.bases import previous_period
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

HOTLINE = {"date": "2024-07-12", "region": "栖川市", "genre": "report",
           "title": "2024年第二季度栖川市12345政务服务便民热线运行情况通报"}
ASSETS = {"date": "2024-10-25", "region": "青禾县", "genre": "report",
          "title": "青禾县人民政府关于2023年度国有资产管理情况的综合报告"}


def test_the_quarter_before_a_quarter():
    """环比 and 比上季度 of a calendar quarter: the quarter before (the first quarter's is last year's fourth); a span
    of months that is no quarter (1-9月) has none."""
    assert previous_period("环比", "2025-07/2025-09") == "2025-04/2025-06"
    assert previous_period("比上季度", "2025-01/2025-03") == "2024-10/2024-12"
    assert previous_period("较上一季度", "2024-10/2024-12") == "2024-07/2024-09"
    assert previous_period("环比", "2025-01/2025-09") == ""
    assert previous_period("环比", "2025-09") == "2025-08"  # (a month's stays the month before)


def test_a_quarters_changes_against_the_quarter_before():
    """二季度…环比增长4.2%; 满意率…比上季度提高0.6个百分点: base_period the first quarter; 同比 the same quarter of
    the year before."""
    found = figs("2024年第二季度，全市热线共受理诉求21.5万件，同比增长7.7%，环比增长4.2%。",
                 "二季度全市诉求满意率94.8%，比上季度提高0.6个百分点。", **HOTLINE)
    assert one(found, 4.2).base_period == "2024-01/2024-03"
    assert one(found, 0.6).base_period == "2024-01/2024-03"
    assert one(found, 7.7).base_period == "2023-04/2023-06"


def test_a_district_named_like_an_area_of_a_kind_is_a_subject():
    """桦林区, 青山区 (a one-character name before 林区, 山区) are districts: the subjects of their rows; 国有林区 and
    偏远山区 are areas of a kind, no subject."""
    cells = [["区县", "受理量（件）", "满意率（%）"], ["桦林区", "6120", "95.2"], ["青山区", "5480", "94.7"]]
    found = _table(cells, "2024年第二季度各区县诉求办理情况", HOTLINE)
    assert [one(found, v).subject for v in (6120, 95.2, 5480, 94.7)] == ["桦林区", "桦林区", "青山区", "青山区"]
    found = figs("截至2023年末，全县重点国有林区森林面积12.5万公顷。", "偏远山区通信基站达到86个。", **ASSETS)
    assert one(found, 12.5).subject == "" and one(found, 86).subject == ""


def test_a_running_rate_after_a_span_is_of_the_span():
    """1-6月，…累计受理诉求5.6万件；累计办结率97.2%: the rate is of the cases of the half-year, not a total at June;
    a count after 累计 stays the running total at the span's end."""
    found = figs("1-6月，全市热线累计受理诉求5.6万件，同比增长3.1%；累计办结率97.2%。", **HOTLINE)
    assert one(found, 97.2).period == "2024-01/2024-06"
    found = figs("今年1月至5月，全市新签约项目38个；累计引进项目445个。", **HOTLINE)
    assert one(found, 445).period == "2024-05"


def test_the_start_of_an_act_does_not_frame_the_next_sentence_when_its_clauses_name_their_period():
    """自5月1日起，…实现联动，二季度共转办…860件。对逾期未办结的56件诉求进行督办: the 56 are of the quarter the
    sentence before counts over, not of 1 May to the publication day."""
    found = figs("自5月1日起，热线与110报警服务台实现联动，二季度共转办非警务类诉求860件。对逾期未办结的56件诉求进行督办。",
                 **HOTLINE)
    assert one(found, 860).period == "2024-04/2024-06"
    assert one(found, 56).period == "2024-04/2024-06"


def test_what_was_merged_is_the_base_of_what_it_became():
    """完成…整合重组，将原有9家县属企业整合为4家集团公司: 4 an actual reached by a reduction (down, base 9), 9 no row;
    in the next steps (下一步，将原有6家…整合为3家) the merger is still a plan."""
    found = figs("完成县属国有企业整合重组，将原有9家县属企业整合为4家集团公司。", **ASSETS)
    assert [f.value for f in found] == [4]
    assert (found[0].status, found[0].direction, found[0].base_value) == ("actual", "down", 9)
    found = figs("下一步，将原有6家县属企业整合为3家企业集团。", **ASSETS)
    assert one(found, 3).status == "target" and one(found, 3).base_value == 6


def test_the_last_places_of_a_ranking_are_no_count():
    """位列后3位, 排名全市后2名: places in a ranking, as 前3位, no figure."""
    assert not figs("东岭县、西河县、北坪县位列后3位。", **HOTLINE)
    assert not figs("南湾县满意率排名全市后2名。", **HOTLINE)


def test_a_service_lines_total_names_what_it_received():
    """全市12345热线共受理群众诉求: 共 totals, the name is 12345热线受理群众诉求 (累计 stays: 12345热线累计受理…)."""
    found = figs("2024年第二季度，全市12345热线共受理群众诉求21.5万件。", "政务服务平台共办理事项8.6万件。", **HOTLINE)
    assert one(found, 21.5).metric == "12345热线受理群众诉求"
    assert "共" not in one(found, 8.6).metric
    found = figs("1-6月，全市12345热线累计受理群众诉求41.2万件。", **HOTLINE)
    assert one(found, 41.2).metric == "12345热线累计受理群众诉求"


def test_a_rate_after_a_count_of_an_act_is_not_of_holding_it():
    """三季度共开展满意度回访1.8万次，回访率30.5%: the rate of the callbacks (满意度回访率), not of 开展; a verb that is the
    act itself stays (排查一般事故隐患…，整改率: 一般事故隐患整改率)."""
    found = figs("二季度共开展满意度回访1.8万次，回访率30.5%。", **HOTLINE)
    assert one(found, 30.5).metric == "满意度回访率"
    found = figs("排查一般事故隐患5120项，整改率97.5%。", **HOTLINE)
    assert one(found, 97.5).metric == "一般事故隐患整改率"


def test_enterprises_over_a_debt_ratio_line_are_counted_at_the_year_end():
    """一是…，有4家县属企业资产负债率超过80%: in a report on a closed year, the enterprises whose debt ratio passes the
    line are counted as the books close (2023-12), named by the line and their class; a count over a flow's bound
    (3个乡镇增速低于5%) stays the year's."""
    from build_tools.translate.metrics import metric_en

    found = figs("一是部分企业债务负担较重，有4家县属企业资产负债率超过80%。", **ASSETS)
    assert [f.value for f in found] == [4]
    assert (found[0].metric, found[0].period) == ("资产负债率超过80%的县属企业", "2023-12")
    found = figs("全年有3个乡镇财政收入增速低于5%。", **ASSETS)
    assert all(f.period != "2023-12" for f in found)
    assert metric_en("资产负债率超过75%的市属企业") == "city-owned enterprises with an asset-liability ratio above 75%"


def test_rules_issued_in_a_year_are_named_by_the_act():
    """出台《…办法》等制度文件12项 (named 出台制度文件): the rules issued; 印发 likewise."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("出台制度文件") == "rules and regulations issued"
    assert metric_en("印发政策文件") == "policy documents issued"
