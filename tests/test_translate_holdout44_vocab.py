"""Metric English added after the forty-fourth held-out measurement (a people's congress standing committee's work
report, a market regulation bureau's report on market entities); metric names invented, expectations by hand."""

from __future__ import annotations

from build_tools.translate.metrics import metric_en


def test_the_body_opening_a_metric_is_the_reports_voice() -> None:
    """县人大常委会共召开常委会会议 / 常委会共制定地方性法规: the body whose work is counted is not rendered."""
    assert metric_en("县人大常委会共召开常委会会议") == "meetings of the Standing Committee held"
    assert metric_en("常委会共制定地方性法规") == "local regulations enacted"
    assert metric_en("人大常委会") is None  # (the body alone: nothing counted)


def test_deregistered_entities_compose() -> None:
    """注销企业, 注销个体工商户: what was deregistered (GWR 2021/335), as 新设立… composes."""
    assert metric_en("注销企业") == "enterprises deregistered"
    assert metric_en("注销农民专业合作社") == "specialized farmer cooperatives deregistered"


def test_congress_work_terms() -> None:
    assert metric_en("专题询问") == "special inquiries"
    assert metric_en("审查备案规范性文件") == "normative documents filed and reviewed"
    assert metric_en("第三产业经营主体") == "market entities in the tertiary industry"


def test_a_class_after_titled_examples_is_what_is_counted() -> None:
    """…管理条例》《栖川市物业管理条例》等地方性法规: the examples named by title, the class of what is counted."""
    assert metric_en("河道管理条例》《栖川市物业管理条例》等地方性法规") == "local regulations"
    assert metric_en("修改《栖川市城市绿化条例》等") is None  # (nothing left to name)
