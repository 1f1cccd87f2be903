"""A count of a group followed by that group's figure (issue 11, 'says what it means'): in 3座大型水库年末蓄水量…
the storage is the large reservoirs', not all reservoirs'; in 9家规上企业营业收入增长… the revenue is those
enterprises'. Sentences invented for these tests, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2025-05-10", "region": "柏川市", "genre": "report", "title": "柏川市2024年水资源公报"}


def test_the_figure_after_a_counted_group_is_the_groups() -> None:
    found = figs("其中，3座大型水库年末蓄水量3.12亿立方米，比年初减少0.18亿立方米；9座中型水库年末蓄水量1.07亿立方米。",
                 **BULLETIN)
    assert [(one(found, v).metric) for v in (3, 3.12, 0.18, 9, 1.07)] == [
        "大型水库", "大型水库蓄水量", "大型水库蓄水量", "中型水库", "中型水库蓄水量"]
    found = figs("全市9家三级医院门诊量增长4.6%。", **BULLETIN)
    assert (one(found, 9).metric, one(found, 4.6).metric) == ("三级医院", "三级医院门诊量")


def test_what_was_paid_to_a_group_and_a_bound_are_left_alone() -> None:
    """向85家企业发放稳岗返还资金 (paid to them) and 4个乡镇财政收入超过1亿元 (a bound) are no figures of a group."""
    found = figs("全年向85家企业发放稳岗返还资金160万元。", **BULLETIN)
    assert one(found, 160).metric == "发放稳岗返还资金"
    found = figs("全县有4个乡镇财政收入超过1亿元。", **BULLETIN)
    assert not [f for f in found if f.metric == "乡镇财政收入"]  # (the bound is not the towns' revenue)


def test_a_temperature_below_zero_is_negative() -> None:
    """零下7.2℃ is −7.2 °C (the sign is the figure's meaning), and 零下 is no part of the metric."""
    found = figs("全年极端最低气温零下7.2℃，出现在1月9日。寒潮期间最低气温降至零下11摄氏度。", date="2025-01-20",
                 region="柏川市", genre="statistics", title="柏川市2024年气候公报")
    assert one(found, -7.2).metric == "极端最低气温" and one(found, -11).metric.endswith("最低气温")
