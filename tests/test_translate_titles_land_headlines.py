"""Title frames for land expropriation documents (land_titles.py), headlines of two clauses set apart by a space and
the assessments 持续优化 / 开门红 / 跑出加速度 (headlines.py): English only when every part renders (issue 12 item 4).
Titles invented for these tests; the expectations are read from the Chinese."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2025")


@pytest.mark.parametrize(("zh", "issuer", "region", "english"), [
    ("白河县2024年第二批次城镇建设用地征收土地补偿安置方案", "白河县人民政府", "白河县",
     "Compensation and Resettlement Plan for Land Expropriation for Urban Construction in Baihe County "
     "(Second Batch of 2024)"),
    ("白河县征地补偿安置方案", "白河县人民政府", "白河县",
     "Compensation and Resettlement Plan for Land Expropriation in Baihe County"),
    ("2025年第14批次村庄建设用地征收土地预公告", "白河县自然资源局", "白河县",
     "Pre-Announcement of Land Expropriation for Village Construction (14th Batch of 2025)"),
    ("白河县人民政府关于《白河县2024年第二批次城镇建设用地征收土地补偿安置方案》的公告", "白河县人民政府", "白河县",
     "Announcement of the Baihe County People's Government on the Compensation and Resettlement Plan for Land "
     "Expropriation for Urban Construction in Baihe County (Second Batch of 2024)"),
])
def test_land_expropriation_titles(renderer: TitleRenderer, zh: str, issuer: str, region: str, english: str) -> None:
    title = renderer.title(zh, issuer, region)
    assert title is not None and title.status == "derived", title
    assert title.text == english


def test_bare_land_announcement_is_no_frame(renderer: TitleRenderer) -> None:
    """征地公告 alone names no place, year or use: not rendered by the land frame."""
    from build_tools.translate.land_titles import land_title

    assert land_title(renderer, "征地公告", "白河县") is None
    assert land_title(renderer, "白河县第一百二十批次征收土地公告", "白河县") is None  # (a batch beyond 99)


@pytest.mark.parametrize(("zh", "region", "english"), [
    # two clauses, each in its frame; the second without its article
    ("石岭区上半年营商环境持续优化 新登记市场主体同比增长9.4%", "石岭区",
     "Shiling District's Business Environment Keeps Improving in the First Half; Newly Registered Market Entities "
     "Grow by 9.4% Year on Year"),
    ("一季度经济实现“开门红” 重点项目建设跑出“加速度”", "石岭区",
     "The Economy Gets Off to a Good Start in the First Quarter; Construction of Key Projects Picks Up Speed"),
    # one clause: no doubled article when the subject's English begins with "the"
    ("重点项目建设跑出“加速度”", "石岭区", "The Construction of Key Projects Picks Up Speed"),
])
def test_headlines_of_clauses(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    title = renderer.title(zh, "", region)
    assert title is not None and title.status == "derived", title
    assert title.text == english


def test_headline_with_a_clause_that_does_not_render_stays_chinese(renderer: TitleRenderer) -> None:
    """One clause in no frame: the whole headline is left to the marker, never half English."""
    title = renderer.title("石岭区上半年营商环境持续优化 群众办事更加舒心顺心", "", "石岭区")
    assert title is None or title.status == "missing"


@pytest.mark.parametrize(("zh", "issuer", "region", "english"), [
    # an analysis report on a situation of a span (关于…情况的分析报告), the subject named as the key figures name it
    ("榆川市市场监督管理局关于2025年上半年消费者投诉举报情况的分析报告", "榆川市市场监督管理局", "榆川市",
     "Analysis Report of the Yuchuan Municipal Administration for Market Regulation on Consumer Complaints and "
     "Reports in the First Half of 2025"),
])
def test_analysis_report_titles(renderer: TitleRenderer, zh: str, issuer: str, region: str, english: str) -> None:
    assert renderer.title(zh, issuer=issuer, region=region).text == english


@pytest.mark.parametrize(("zh", "english"), [
    # the findings headings of an analysis: what changed, named as the key figures name it, and how (P)
    ("一、消费投诉的主要特点", "I. Main Features of Consumer Complaints"),
    ("（一）服务类投诉占比上升。", "(1) Complaints about Services Accounted for a Larger Share"),
    ("（二）商品类投诉有所下降", "(2) Complaints about Goods Fell"),
    ("（三）网络购物投诉较为集中", "(3) Complaints about Online Shopping Were Relatively Concentrated"),
])
def test_findings_headings(renderer: TitleRenderer, zh: str, english: str) -> None:
    assert renderer.heading(zh).text == english
