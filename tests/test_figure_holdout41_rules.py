"""Figure rules added after the forty-first held-out measurement (a city's 2025 tourism statistical bulletin as a PDF
with its table of monthly visitors, a city government's work-safety commendation decision as a DOCX with its lists of
units and persons); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

TOURISM = {"date": "2026-03-10", "region": "栖川市", "genre": "statistics", "title": "栖川市2025年旅游业统计公报"}
DECISION = {"date": "2026-02-20", "region": "栖川市", "genre": "notice",
            "title": "栖川市人民政府关于表彰2025年度全市安全生产工作先进集体和先进个人的决定"}


def test_an_average_stay_in_days_is_a_figure() -> None:
    """过夜游客人均停留1.9天 / 游客平均停留2.3天: the visitors' average stay, a statistic in days."""
    found = figs("其中，接待过夜游客1236.7万人次，增长7.8%，过夜游客人均停留1.9天。", **TOURISM)
    assert one(found, 1.9, "天").period == "2025"
    assert one(figs("全年游客平均停留2.3天。", **TOURISM), 2.3, "天").base_unit == "day"


def test_the_elided_rest_of_a_list_is_no_figure() -> None:
    """（其余13个单位略）, 其余29名同志略: the rest of a list left out; the number commended is a figure."""
    assert figs("（其余13个单位略）", **DECISION) == []
    assert figs("其余29名同志略。", **DECISION) == []
    assert figs("其他7个集体从略。", **DECISION) == []
    assert one(figs("对李明等35名同志授予称号。", **DECISION), 35, "名").base_unit == "person"


def test_the_venues_whose_visitors_are_counted_are_no_figure() -> None:
    """全市8家重点景区累计接待游客68.4万人次: the 8 venues are the scope of the visitors; a count of venues alone
    (其中5A级景区2家) stays a figure."""
    found = figs("全市8家重点景区累计接待游客68.4万人次。", **TOURISM)
    assert [f.value for f in found] == [68.4]
    assert found[0].metric == "重点景区累计接待游客"  # (the count out of the name, as a monitoring sample's)
    found = figs("全市5家4A级景区共接待游客12.5万人次。", **TOURISM)
    assert [f.value for f in found] == [12.5]
    assert one(figs("年末全市共有A级旅游景区58家，其中5A级景区2家。", **TOURISM), 2, "家").period == "2025-12"


def test_a_running_total_over_a_holiday_is_the_holidays() -> None:
    """国庆假期（10月1日至7日）…；重点景区累计接待游客…: the holiday's total, of its span; over months (今年1月至7月…；
    累计引进项目44个) the running total stays at the span's end."""
    found = figs("国庆假期（10月1日至7日），全市接待游客603.2万人次，同比增长8.7%；全市重点景区累计接待游客68.4万人次。",
                 **TOURISM)
    assert one(found, 68.4).period == "2025-10-01/2025-10-07"
    assert one(found, 603.2).period == "2025-10-01/2025-10-07"
    found = figs("今年1月至7月，全市接待游客603.2万人次；累计引进项目44个。", date="2025-08-10", region="栖川市")
    assert one(found, 44).period == "2025-07"
