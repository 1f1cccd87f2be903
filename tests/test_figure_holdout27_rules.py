"""Figure rules added after the twenty-seventh held-out measurement (a city's minimum wage adjustment notice as a PDF
with its table of categories, a county's notice on the residents' medical insurance of 2026 as a DOCX); sentences and
tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import ingest
from tests.formats_docs import CJK_FONT
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

WAGE = {"date": "2026-04-15", "region": "栖川市", "genre": "notice",
        "title": "栖川市人力资源和社会保障局关于调整全市最低工资标准的通知"}
INSURANCE = {"date": "2025-10-10", "region": "青禾县", "genre": "notice",
             "title": "青禾县医疗保障局关于做好2026年度城乡居民医疗保险待遇保障工作的通知"}

needs_font = pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-noto-cjk")


@needs_font
def test_a_number_right_aligned_in_its_cell_stays_in_its_cell(tmp_path: Path) -> None:
    """A ruled table whose third column is right-aligned and whose fourth is left-aligned: the number ends close to
    the border and the next cell's text starts close after it; the border separates them (21 | 北塘区…, not
    '' | 21北塘区…)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=10.5)
    pdf.multi_cell(0, 8, "附表  最低工资标准", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(22, 38, 42, 56), text_align=("CENTER", "RIGHT", "RIGHT", "LEFT"),
                   first_row_as_headings=False) as t:
        for cells in (("档次", "月标准（元）", "小时标准（元）", "适用范围"), ("第一档", "1960", "19", "东城区、西城区"),
                      ("第二档", "1850", "18.5", "南湖县、北山县")):
            row = t.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "wages.pdf"
    pdf.output(str(path))
    text = ingest.read_source(path).text
    assert "第一档\t1960\t19\t东城区、西城区\n第二档\t1850\t18.5\t南湖县、北山县" in text


def test_a_wage_per_month_or_hour_keeps_its_rate_in_the_unit():
    """小时最低工资标准（元/小时） over 19.5: 19.5 元/小时, money (CNY); 月最低工资标准（元/月） 1960 元/月."""
    cells = [["档次", "月最低工资标准（元/月）", "小时最低工资标准（元/小时）"], ["第一档", "1960", "19.5"]]
    found = _table(cells, "附表  最低工资标准", WAGE)
    assert (one(found, 19.5).unit, one(found, 19.5).base_unit) == ("元/小时", "CNY")
    assert one(found, 1960).unit == "元/月"


def test_the_clauses_of_a_standard_after_a_semicolon_are_the_same_standard():
    """一档地区月最低工资标准由…提高到…；二档地区由…提高到…: each category's new standard is a standing norm of the
    notice (no period), named by its own category (not 二档地区一档地区…)."""
    found = figs("调整后，一类地区月最低工资标准由现行的1900元提高到2050元，增加150元；二类地区由1800元提高到1940元，"
                 "增加140元；三类地区由1700元提高到1830元，增加130元。", **WAGE)
    for v in (2050, 1940, 1830, 150, 140, 130):
        assert (one(found, v).status, one(found, v).period, one(found, v).direction) == ("requirement", "", "up")
    assert one(found, 1940).metric == "二类地区月最低工资标准"
    assert one(found, 1830).metric == "三类地区月最低工资标准"
    assert one(found, 1940).base_value == 1800
    # a task after ； of a norm is still no norm (the rule of the clause before does not carry to a new kind)
    found = figs("各县区财政配套资金不低于1:1；今年新建幼儿园4所。", **WAGE)
    assert one(found, 4).status != "requirement"


def test_the_benefits_of_an_insurance_year_are_its_standing_rules():
    """关于做好2026年度…待遇保障工作的通知: deductibles, reimbursement rates and caps are requirements of 2026 (the
    insurance year the title names), not facts of the month of publication."""
    found = figs("居民医保基金年度最高支付限额为18万元。参保居民住院分娩实行定额补助，每例补助1000元。",
                 "大病保险起付标准为1.2万元，1.2万元至5万元（含）的部分报销60%，5万元以上的部分报销75%。",
                 "高血压、糖尿病门诊用药保障政策范围内费用报销比例为55%。", **INSURANCE)
    for v in (18, 1000, 1.2, 60, 75, 55):
        assert (one(found, v).status, one(found, v).period) == ("requirement", "2026"), v


def test_a_hospital_level_table_of_an_insurance_year():
    """医疗机构级别 | 起付线（元） | 报销比例（%）: each cell a requirement of the insurance year of its caption."""
    cells = [["医疗机构级别", "起付线（元）", "政策范围内报销比例（%）"], ["县级医疗机构", "400", "85"]]
    found = _table(cells, "附表：2026年度城乡居民基本医疗保险住院待遇标准",
                   {**INSURANCE, "title": "附表：2026年度城乡居民基本医疗保险住院待遇标准"})
    assert [(one(found, v).status, one(found, v).period) for v in (400, 85)] == [("requirement", "2026")] * 2


def test_a_standard_without_an_insurance_year_has_no_period():
    """A minimum wage notice names no year of its rules: its standards hold until the next adjustment (period "")."""
    found = figs("全市月最低工资标准调整为2050元。", **WAGE)
    assert (one(found, 2050).status, one(found, 2050).period) == ("requirement", "")


def test_the_bounds_of_a_tier_name_its_rate():
    """2万元至6万元（含）的部分报销65%, 6万元以上的部分报销75%: the rates are figures, the bounds of their tiers are not
    (they name the tier); the deductible stated on its own is."""
    found = figs("大病保险起付标准为1.8万元，1.8万元至6万元（含）的部分报销65%，6万元以上的部分报销75%。", **INSURANCE)
    assert sorted(f.value for f in found) == [1.8, 65, 75]
    assert "6万元以上的部分" in one(found, 75).metric


def test_the_numbers_of_a_definition_are_no_figures():
    """非全日制用工是指…每日工作时间不超过4小时、每周…不超过24小时的用工形式: the terms of a definition the notice
    quotes; 按所欠工资的1至5倍支付赔偿金: the range of a sanction."""
    assert not figs("非全日制用工是指以小时计酬为主，劳动者在同一用人单位一般平均每日工作时间不超过4小时、"
                    "每周工作时间累计不超过24小时的用工形式。", **WAGE)
    assert not figs("用人单位违反最低工资规定的，由劳动保障行政部门责令其按所欠工资的1至5倍支付劳动者赔偿金。", **WAGE)
    # a limit on working hours that is the notice's own rule (no 是指) stays a figure
    assert figs("每日工作时间不得超过8小时。", **WAGE)


def test_a_rise_of_at_least_an_amount_is_a_change():
    """最高支付限额提高不低于1000元: a rise (up) of at least 1000 yuan, a rule of the insurance year."""
    f = one(figs("对当年基金零报销的参保居民，次年大病保险最高支付限额提高不低于800元。", **INSURANCE), 800)
    assert (f.direction, f.status) == ("up", "requirement")


def test_a_waiting_period_is_a_term():
    """设置待遇等待期3个月: a term the notice sets (requirement of the insurance year); 用15天时间 is still none."""
    f = one(figs("集中缴费期结束后参保的，设置待遇等待期3个月。", **INSURANCE), 3)
    assert (f.unit, f.status, f.period) == ("个月", "requirement", "2026")
    assert not figs("用15天时间完成了全县参保信息核查。", **INSURANCE)


def test_the_items_summed_are_no_count():
    """两项合计提高总额不超过原限额的20%: 两项 are the two incentives summed, no count; the bound 20% stays."""
    found = figs("对当年基金零报销的参保居民，次年大病保险最高支付限额提高不低于800元，"
                 "两项合计提高总额不超过大病保险原最高支付限额的20%。", **INSURANCE)
    assert sorted(f.value for f in found) == [20, 800]


def test_a_time_limit_counted_from_an_event_is_a_rule():
    """新生儿在出生后60天内参保缴费的: a time limit the notice sets (a requirement of its insurance year); 20天时间 and
    距年末仅剩2个月 are still none."""
    f = one(figs("新生儿在出生后60天内参保缴费的，自出生之日起享受待遇。", **INSURANCE), 60)
    assert (f.unit, f.status, f.period) == ("天", "requirement", "2026")
    assert not figs("距年末仅剩2个月，各乡镇要加快进度。", **INSURANCE)


def test_a_floor_to_hold_in_a_year_to_come_is_its_target():
    """2026年度全县居民医保参保率稳定在96%以上 in a notice of 2025: the floor set for 2026 (a target), whatever the
    sentence's kind; the same words of the current year in a review stay what they were."""
    f = one(figs("各乡（镇）要压实参保扩面责任，2026年度全县居民医保参保率稳定在96%以上。", **INSURANCE), 96)
    assert (f.status, f.period) == ("target", "2026")
    f = one(figs("2024年，全县居民医保参保率稳定在96%以上。", date="2025-03-10", region="青禾县",
                 title="青禾县医疗保障局2024年工作总结", genre="report"), 96)
    assert f.status == "actual"


def test_an_average_rise_after_the_categories_is_over_all_of_them():
    """…；三类地区由1700元提高到1830元，平均增幅为7.6%: the average rise of the standard over the categories, not the
    third category's."""
    found = figs("调整后，一类地区月最低工资标准由现行的1900元提高到2050元；三类地区由1700元提高到1830元，平均增幅为7.6%。",
                 **WAGE)
    assert one(found, 7.6).metric == "月最低工资标准平均增幅"


def test_a_time_limit_is_named_by_who_acts_and_what_is_done():
    """新生儿在出生后60天内参保缴费的: 新生儿参保缴费时限 (not 新生儿在出生后); 项目竣工后30天内完成验收: 项目验收时限."""
    assert one(figs("新生儿在出生后60天内参保缴费的，自出生之日起享受待遇。", **INSURANCE), 60).metric == "新生儿参保缴费时限"
    assert one(figs("项目竣工后30天内完成验收。", **INSURANCE), 30).metric == "项目验收时限"


def test_a_share_of_a_standard_paid_is_named_by_what_is_paid():
    """低保对象按照个人缴费标准的80%给予定额资助: the assistance as a share of the standard (定额资助占个人缴费标准比例),
    not the words before the number."""
    f = one(figs("低保对象按照个人缴费标准的80%给予定额资助。", **INSURANCE), 80)
    assert f.metric == "定额资助占个人缴费标准比例"


def test_a_bound_on_a_part_as_a_share_of_a_whole():
    """两项合计提高总额不超过原最高支付限额的25%: the total rise's share of the original ceiling, bounded (不超过); the
    items summed are no count; a bound on a rate named before it (债务率不超过120%) keeps its name."""
    found = figs("两项合计提高总额不超过大病保险原最高支付限额的25%。", **INSURANCE)
    assert [(f.value, f.metric, f.qualifier) for f in found] == [
        (25, "合计提高总额占大病保险原最高支付限额比例", "不超过")]
    assert one(figs("政府债务率不超过120%。", **INSURANCE), 120).metric == "政府债务率"
