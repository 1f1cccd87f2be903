"""English of a livestock production release's and a postal industry report's key figures, titles and section heads
(holdout69): the vocabulary of metric_vocab/livestock_post.py (YB 12-3, 12-13, 12-14, 16-32, 16-33; GWR 2022/417,
2022/377, 2008/46; the rest project renderings). Terms and titles chosen for these tests, not the documents' rows."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("能繁母猪正常保有量", "normal holding of breeding sows"),
    ("畜禽粪污综合利用率", "comprehensive utilization rate of livestock and poultry manure"),
    ("病死畜禽无害化处理率", "safe disposal rate of dead livestock and poultry"),
    ("定点屠宰生猪", "hogs slaughtered at designated slaughterhouses"),
    ("同城快递业务量", "intra-city express deliveries"),
    ("国际及港澳台快递业务量", "international express deliveries (including Hong Kong, Macao and Taiwan)"),
    ("邮政普遍服务营业场所", "universal postal service offices"),
    ("建制村快递服务覆盖率", "coverage of administrative villages by express delivery"),
    ("申诉处理满意率", "satisfaction rate of complaint handling"),
    ("投递路线总长度", "total length of postal delivery routes"),
    # the species as subjects of the stock heads (存栏 "in stock")
    ("肉牛存栏", "beef cattle in stock"),
    ("蛋鸡存栏", "laying hens in stock"),
])
def test_livestock_and_postal_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("2025年上半年栖川市畜牧业生产情况", "", "Livestock Production of Qichuan in the First Half of 2025"),
    ("2024年1-6月全市邮政行业运行情况", "栖川市", "Operation of the Postal Industry of Qichuan in January-June 2024"),
    ("2025年前三季度全县畜牧业生产简况", "石门县", "Livestock Production of Shimen County in the First Three Quarters of 2025"),
])
def test_release_titles_of_livestock_and_the_postal_industry(zh: str, region: str, english: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", region)
    assert item is not None and (item.text, item.status) == (english, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    ("一、行业总体情况", "I. The Industry Overall"),
    ("三、快递业务", "III. Express Delivery"),
    ("五、邮政普遍服务", "V. Universal Postal Service"),
    ("四、全年预计", "IV. Full-Year Estimates"),
])
def test_postal_report_section_heads(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and (tr.status, tr.text) == ("derived", en)
