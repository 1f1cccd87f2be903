"""English of an industrial economy analysis's and a project-start ceremony speech's key figures (holdout65): metrics
with their official renderings where the reference has them, and contributions to growth composed by rule (拉动,
下拉). Terms chosen for these tests, not the documents' own rows where a rule composes them."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("小微企业增加值", "value added of small and micro businesses"),
    ("新增入库企业", "enterprises newly entered in the statistical register"),
    ("招商引资实际到位资金", "investment attracted and actually in place"),
    ("亿元以上项目开工率", "start rate of projects of CNY 100 million or more"),
    ("重大项目前期经费", "funds for the preparatory work of major projects"),
    # contributions composed: the part, the whole (规模以上工业 or industry at large), 拉动 or a drag
    ("私营企业拉动全省规模以上工业增长", "contribution of private enterprises to the growth of industrial enterprises "
                                    "above designated size"),
    ("汽车制造业下拉全市规模以上工业", "drag of automobile manufacturing on the growth of industrial enterprises "
                                  "above designated size"),
    ("拉动全县规模以上工业", "contribution to the growth of industrial enterprises above designated size"),
])
def test_industry_analysis_and_ceremony_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_a_contribution_whose_part_has_no_english_stays_unrendered():
    from build_tools.translate.metric_vocab.industry_projects import contribution_metric

    assert contribution_metric("某某新业态拉动全市规模以上工业", lambda zh: None) is None
    assert contribution_metric("规模以上工业增加值", lambda zh: "x") is None  # no contribution at all


@pytest.mark.parametrize(("zh", "english"), [
    ("在栖川市2025年第三季度重点项目集中开工仪式上的致辞",
     "Speech at the Ceremony for the Groundbreaking of Key Projects of Qichuan in the Third Quarter of 2025"),
    ("王建华在全县重大项目集中开工暨招商引资项目签约仪式上的讲话",
     "Speech by Wang Jianhua at the Countywide Ceremony for the Groundbreaking of Major Projects and the Signing of "
     "Investment Projects"),
])
def test_a_ceremony_speech_has_its_title(zh: str, english: str) -> None:
    from build_tools.translate.titles import TitleRenderer

    item = TitleRenderer(get_glossary()).title(zh, "", "栖川市")
    assert item is not None and (item.text, item.status) == (english, "derived")


@pytest.mark.parametrize(("zh", "english"), [
    ("栖川智能装备产业园项目", "the Qichuan Intelligent Equipment Industrial Park Project"),
    ("石门县抽水蓄能电站项目", "the Shimen County Pumped-Storage Hydroelectric Plant Project"),  # GWR 2022/476
    ("白沙县冷链物流园项目", "the Baisha County Cold-Chain Logistics Park Project"),
    ("石门县抽水蓄能电站", "the Shimen County Pumped-Storage Hydroelectric Plant"),
])
def test_projects_named_after_a_place_and_a_trade(zh: str, english: str) -> None:
    from build_tools.translate.names import name_en

    assert name_en(zh, get_glossary()) == english
