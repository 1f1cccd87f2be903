"""English of an East-West collaboration work summary's and a forest fire prevention order's key figures
(holdout62): metrics with their official renderings where the reference has them, and the measure words 块 and 把.
Names invented for these tests."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one


@pytest.mark.parametrize(("zh", "en"), [
    ("东部财政援助资金", "fiscal assistance funds from the eastern partners"),
    ("财政援助资金用于乡村振兴的比例", "share of fiscal assistance funds spent on rural revitalization"),
    ("帮助脱贫人口就业", "people no longer in poverty helped into employment"),
    ("消费帮扶销售额", "consumer assistance sales"),
    ("新建帮扶车间", "new assistance workshops"),
    ("选派专业技术人才", "personnel with special expertise sent"),
    ("县域内就诊率", "share of patients treated within the county"),
    ("森林火灾受害率", "forest fire damage rate"),
    ("受害森林面积", "forest area damaged by fire"),
    ("生态护林员", "forest rangers"),
    ("每名护林员管护面积", "area protected per forest ranger"),
    ("查处野外违规用火案件", "cases of illegal outdoor fire use handled"),
])
def test_east_west_and_forest_fire_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_tools_and_signs_are_counted():
    """储备铁锹1200把、设置警示牌460块: 把 and 块 are measure words of counts (no base of their own)."""
    found = figs("全镇储备铁锹1200把，设置警示牌460块。", date="2025-10-10", region="石门县", genre="notice",
                 title="石门县森林防火通告")
    assert (one(found, 1200).unit, one(found, 460).unit) == ("把", "块")
    assert one(found, 1200).base_unit == "item"


def test_a_collaboration_summary_and_an_order_have_their_titles():
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2024")
    assert renderer.title("石岭县2024年东西部协作工作总结").text == (
        "Review of the Work on the Collaboration between Eastern and Western Regions of Shiling County in 2024")
    assert renderer.title("桐川县人民政府秸秆禁烧命令") is not None
    assert renderer.title("石岭县人民政府森林防火命令").text == (
        "Order of the Shiling County People's Government on Forest Fire Prevention")


def test_an_issuer_line_over_a_title_that_repeats_it_is_the_issuer(tmp_path):
    """石岭县人民政府 over 石岭县人民政府森林防火命令 and its number: the issuer, the title and the number."""
    from build_tools.pipeline import process

    text = ("石岭县人民政府\n石岭县人民政府森林防火命令\n石政令〔2024〕第2号\n"
            "为做好森林防火工作，特发布命令如下：\n一、全县森林防火期为每年11月1日至次年4月30日。\n")
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = process(path).documents
    assert (doc.title, doc.issuer, doc.doc_number) == ("石岭县人民政府森林防火命令", "石岭县人民政府", "石政令〔2024〕第2号")


@pytest.mark.parametrize(("zh", "en"), [
    ("三、野外用火管理。", "III. The Control of Outdoor Fire Use"),
    ("五、入山管理。", "V. The Control of Entry into Forests"),
    ("九、举报奖励。", "IX. Rewards for Reports"),
    ("十二、责任追究。", "XII. Accountability"),
])
def test_the_articles_of_a_fire_prevention_order_have_headings(zh: str, en: str) -> None:
    from build_tools.translate.titles import TitleRenderer

    item = TitleRenderer(get_glossary(), "2024").heading(zh)
    assert item is not None and item.text == en
