"""Figure rules added after the thirty-ninth held-out measurement (a city health commission's monthly report on
notifiable infectious diseases as an HTML page with its table of diseases, a county education bureau's enrolment
notice as a PDF with its table of schools' plans); sentences and tables invented for each rule, expectations read by
hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor, find_dates
from build_tools.extract.figures import _same_metric
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

REPORT = {"date": "2026-02-09", "region": "岚江市", "genre": "statistics", "title": "2026年1月岚江市法定传染病疫情概况"}
NOTICE = {"date": "2026-04-28", "region": "石埠县", "genre": "notice",
          "title": "石埠县教育局关于做好2026年秋季义务教育学校招生工作的通知"}


def test_a_rate_per_100000_people_written_before_the_number():
    """报告发病率为每10万人口86.27 (and 每十万人 3.5): a rate per 100,000, unit /10万; the 10 of 10万 is no figure."""
    found = figs("1月份，全市报告发病率为每10万人口86.27，死亡率为每十万人3.5。", **REPORT)
    assert (one(found, 86.27).unit, one(found, 86.27).base_unit) == ("/10万", "per 100000")
    assert one(found, 3.5).unit == "/10万"
    assert not [f for f in found if f.value == 10]


def test_a_rate_per_100000_people_keeps_a_counted_unit_after_it():
    """每10万人口拥有执业医师28名: a count per 100,000 people with its own unit, no bare rate."""
    found = figs("2025年末，全市每10万人口拥有执业医师28名。", **REPORT)
    assert one(found, 28).unit == "名"


def test_compared_with_the_month_before_and_the_same_month_a_year_before():
    """与上月相比…增加12.4%: against the month before; 与去年同期相比，下降6.1% of a month: the same month a year
    before (not the whole year 2025); the bare 下降 after ； is the growth of the count named before it."""
    found = figs("1月份，全市报告乙类传染病1,032例。与上月相比，乙类传染病报告发病数增加12.4%；与去年同期相比，下降6.1%。",
                 **REPORT)
    up, down = one(found, 12.4), one(found, 6.1)
    assert (up.period, up.base_period, up.direction) == ("2026-01", "2025-12", "up")
    assert (down.period, down.base_period, down.direction) == ("2026-01", "2025-01", "down")
    assert down.metric == up.metric


def test_a_month_followed_by_its_span_in_brackets_is_the_month():
    """2026年1月（2026年1月1日0时至1月31日24时）: the bracket writes out the month's span; the figures are of the
    month, not of its first or last day."""
    s = "2026年1月（2026年1月1日0时至1月31日24时），全市共报告法定传染病11种4,210例，死亡1人。"
    found = figs(s, **REPORT)
    assert {f.period for f in found} == {"2026-01"}
    assert [d.iso for d in find_dates(s, Anchor(year=2026, month=2))] == ["2026-01"]


def test_a_bracketed_span_beyond_the_date_before_is_kept():
    """2025年（2025年1月至2026年2月）: a span reaching beyond the year before it is no restatement: it stays."""
    s = "2025年（2025年1月至2026年2月）共完成改造12个。"
    assert [d.iso for d in find_dates(s, Anchor(year=2026, month=3))][1:] == ["2025-01/2026-02"]


def test_a_table_whose_first_column_groups_the_rows_names_them_by_the_next():
    """类别 | 病名 | 发病数（例） | 死亡数（人）: 乙类, 乙类, 丙类… groups the rows, the disease names each; a dash in the
    name cell leaves the group naming its row."""
    cells = [["类别", "病名", "发病数（例）", "死亡数（人）"],
             ["甲类", "—", "0", "0"],
             ["乙类", "梅毒", "205", "0"],
             ["乙类", "淋病", "64", "0"],
             ["乙类", "艾滋病", "19", "1"],
             ["丙类", "流行性感冒", "2870", "0"],
             ["丙类", "手足口病", "96", "0"]]
    found = _table(cells, "2026年1月岚江市法定传染病报告发病及死亡情况", REPORT)
    assert "梅毒" in one(found, 205).sentence and "乙类" not in one(found, 205).metric
    assert "艾滋病" in one(found, 1, "人").metric
    assert "流行性感冒" in one(found, 2870).metric


def test_a_first_column_without_repeats_stays_the_label():
    """县（市、区） | 类别 | 数量（个）: distinct places in the first column name the rows, the second only describes."""
    cells = [["县（市、区）", "类别", "数量（个）"],
             ["东湖区", "城区", "12"], ["西岭县", "山区", "8"], ["南浦县", "平原", "15"]]
    found = _table(cells, "各县（市、区）情况", REPORT)
    assert "东湖区" in one(found, 12).sentence and one(found, 12).subject == "东湖区"


def test_the_table_s_deaths_of_one_disease_are_not_the_text_s_deaths_of_all():
    """死亡2人 in the text (all diseases), 艾滋病死亡数2人 in the table (one disease): two facts."""
    assert not _same_metric("死亡", "艾滋病死亡数")
    assert _same_metric("发病数", "报告发病数")


def test_a_named_school_in_a_table_is_the_subject_of_its_row():
    """学校 | 学段 | 计划班数（个） | 计划招生数（人）: each named school's plan is its own; a kind of school (公立医院,
    民办小学) stays a category."""
    cells = [["学校", "学段", "计划班数（个）", "计划招生数（人）"],
             ["石埠县实验小学", "小学", "9", "405"],
             ["石埠县第二中学", "初中", "10", "500"],
             ["民办小学", "小学", "4", "180"]]
    found = _table(cells, "附件：2026年石埠县城区学校招生计划", NOTICE)
    assert one(found, 405).subject == "石埠县实验小学"
    assert one(found, 500).subject == "石埠县第二中学"
    assert one(found, 180).subject == ""


def test_a_class_size_limit_after_an_obligation_is_a_standing_requirement():
    """各学校要严格按计划招生，小学一年级班额不超过45人: the 要 of the clause before, the bound in the figure's own
    undated clause: a standing norm (no period), not the year's goal; 到2030年，…控制在…以内 stays the year's target."""
    found = figs("各学校要严格按照核定的计划招生，小学一年级班额不超过45人，初中一年级班额不超过50人。", **NOTICE)
    assert (one(found, 45).status, one(found, 45).period) == ("requirement", "")
    assert one(found, 50).status == "requirement"
    found = figs("到2030年，全县要逐步消除大班额，小学班额控制在40人以内。", **NOTICE)
    assert (one(found, 40).status, one(found, 40).period) == ("target", "2030")
