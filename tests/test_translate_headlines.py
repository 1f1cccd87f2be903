"""Title frames added for documents of other cities: plan periods after the kind, abridged work reports, news
headlines (召开…分析会, 举办…活动, economy assessments), 建设 subjects and ordinal batches.

Every expected English was written by hand from the Chinese (titles invented for these tests, not taken from the
fixtures) and the usage cited in titles.py / headlines.py.
"""

import pytest

from build_tools.translate.comparisons import MISSING_LABEL
from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2024")


def _derived(renderer: TitleRenderer, zh: str, region: str = "") -> str:
    item = renderer.title(zh, region=region)
    assert item is not None, zh
    assert item.status == "derived", item.text
    return item.text


def test_plan_period_after_the_kind(renderer: TitleRenderer) -> None:
    # 乡村振兴 rural revitalization (glossary, GWR); the period in brackets after the kind
    assert _derived(renderer, "清溪县乡村振兴行动计划（2023—2025年）") == (
        "Qingxi County Action Plan for Rural Revitalization (2023-2025)")
    assert _derived(renderer, "石门县城市更新实施方案(2025-2027年)") == (
        "Shimen County Implementation Plan for Urban Renewal (2025-2027)")


def test_plan_period_inside_a_notice(renderer: TitleRenderer) -> None:
    assert _derived(renderer, "清溪县人民政府关于印发《清溪县乡村振兴行动计划（2023—2025年）》的通知") == (
        "Notice of the Qingxi County People's Government on Issuing the Qingxi County Action Plan for Rural "
        "Revitalization (2023-2025)")


def test_plan_period_with_an_unrendered_subject_stays_marked(renderer: TitleRenderer) -> None:
    item = renderer.title("清溪县候鸟栖息地巡护行动方案（2024—2026年）")
    assert item is not None and item.status == "missing"
    assert item.text == f"Qingxi County Action Plan for [{MISSING_LABEL}: 候鸟栖息地巡护] (2024-2026)"


def test_abridged_work_report(renderer: TitleRenderer) -> None:
    assert _derived(renderer, "政府工作报告（摘要）") == "Report on the Work of the Government (Abridged)"
    assert _derived(renderer, "2023年清溪县政府工作报告(摘要)") == (
        "Report on the Work of the Government of Qingxi County (2023) (Abridged)")


def test_analysis_meeting_headline(renderer: TitleRenderer) -> None:
    # 经济运行 "economic performance" (GWR 2018/58); the period words as the headline gives them
    assert _derived(renderer, "清溪县召开2023年上半年经济运行分析会") == (
        "Qingxi County Holds a Meeting to Analyze Economic Performance in the First Half of 2023")
    assert _derived(renderer, "石门县召开前三季度经济运行分析会议") == (
        "Shimen County Holds a Meeting to Analyze Economic Performance in the First Three Quarters")


def test_analysis_meeting_on_an_unknown_topic_stays_marked(renderer: TitleRenderer) -> None:
    item = renderer.title("清溪县召开2023年一季度候鸟保护分析会")
    assert item is not None and item.status == "missing"
    assert item.text == f"Qingxi County Holds the [{MISSING_LABEL}: 2023年一季度候鸟保护分析会]"


def test_event_headline_needs_a_programme_name(renderer: TitleRenderer) -> None:
    # 中国农民丰收节 Chinese Farmers' Harvest Festival (glossary programme)
    assert _derived(renderer, "清溪县举办2023年中国农民丰收节系列活动") == (
        "Qingxi County Holds 2023 Chinese Farmers' Harvest Festival Events")
    assert renderer.title("清溪县举办2023年候鸟观赏活动") is None  # no programme name: no frame, the title stays Chinese


def test_economy_assessment_headline(renderer: TitleRenderer) -> None:
    # 总体平稳 GWR 2020/13, 稳中向好 GWR 2018/58, 稳中有进 GWR 2019/58; the region is the bulletin's
    assert _derived(renderer, "上半年全县经济运行稳中向好", region="清溪县") == (
        "Qingxi County's Economy Shows Stable and Positive Performance in the First Half")
    assert _derived(renderer, "2023年全市经济总体平稳、稳中有进", region="石门市") == (
        "Shimen's Economy Remains Stable Overall and Makes Further Progress in 2023")
    assert _derived(renderer, "一季度我市经济运行总体平稳") == (
        "The City's Economy Remains Stable Overall in the First Quarter")


def test_assessment_of_a_subject_outside_the_glossary_is_no_headline(renderer: TitleRenderer) -> None:
    assert renderer.title("上半年全县候鸟数量总体平稳", region="清溪县") is None


def test_further_headway_headline(renderer: TitleRenderer) -> None:
    # 取得新成效 "making further headway in" (GWR 2021/94); 乡村振兴 rural revitalization (glossary)
    assert _derived(renderer, "清溪县乡村振兴工作取得新成效") == (
        "Qingxi County Makes Further Headway in Rural Revitalization")
    assert renderer.title("清溪县候鸟保护工作取得新成效") is None


def test_development_of_a_built_system(renderer: TitleRenderer) -> None:
    # 城乡社区服务体系 "service system for urban and rural communities" (GWR 2021/589); 建设 after a system
    assert _derived(renderer, "石门县城乡社区服务体系建设行动计划") == (
        "Shimen County Action Plan for the Development of the Service System for Urban and Rural Communities")
    # 建设 after a programme is no "development of": no rendering
    item = renderer.title("石门县乡村振兴建设行动计划")
    assert item is not None and item.status == "missing"


def test_numbered_batch_of_a_list(renderer: TitleRenderer) -> None:
    # 非物质文化遗产代表性项目名录 "list of representative items of intangible cultural heritage" (glossary)
    assert _derived(renderer, "清溪县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知") == (
        "Notice of the Qingxi County People's Government on Publishing the Third Batch of the County List of "
        "Representative Items of Intangible Cultural Heritage")
    assert _derived(renderer, "石门县第一批县级非物质文化遗产代表性项目名录") == (
        "Shimen County's First Batch of the County List of Representative Items of Intangible Cultural Heritage")
    assert renderer.title("石门县第一批县级候鸟观测点名录") is None


@pytest.mark.parametrize(("zh", "en"), [
    # a numbered heading made of a standard verb and a glossary phrase (written for this test)
    ("（三）扎实推进乡村振兴。", "(3) Solidly Advancing Rural Revitalization"),
    ("二、扩大有效投资", "II. Expanding Effective Investment"),  # GWR 2022/236
    ("（四）持续增进民生福祉", "(4) Continuously Improving People's Wellbeing"),  # GWR 2021/215
    ("3. 拓宽就业渠道", "3. Broadening Employment Channels"),  # GWR 2022/256
])
def test_headings_with_a_verb_and_a_glossary_phrase(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_heading_with_a_verb_and_no_glossary_phrase_is_not_rendered(renderer: TitleRenderer) -> None:
    assert renderer.heading("（二）加快候鸟栖息地建设。") is None
    assert renderer.heading("（一）坚持项目为王，增强发展后劲。") is None


def test_place_and_colon_before_a_headline(renderer: TitleRenderer) -> None:
    assert _derived(renderer, "石门县：前三季度全县经济运行稳中向好") == (
        "Shimen County: The County's Economy Shows Stable and Positive Performance in the First Three Quarters")
    assert _derived(renderer, "清溪县：一季度经济总体平稳") == (
        "Qingxi County: The Economy Remains Stable Overall in the First Quarter")
    assert renderer.title("清溪县：候鸟如期而至") is None


@pytest.mark.parametrize(("zh", "en"), [
    ("一、环境空气", "I. Ambient Air"), ("（三）声环境。", "(3) Acoustic Environment"),
    ("二、基本情况", "II. Background"), ("（五）应对气候变化", "(5) Responding to Climate Change"),
])
def test_plan_and_environment_bulletin_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and item.text == en


def test_assessment_agrees_with_a_plural_subject(renderer: TitleRenderer) -> None:
    # 进出口 imports and exports (metric grammar, YB 11-2); 社会消费品零售总额 total retail sales of consumer goods
    assert _derived(renderer, "上半年全县进出口实现平稳增长", region="清溪县") == (
        "Qingxi County's Imports and Exports Grow Steadily in the First Half")
    assert _derived(renderer, "一季度全市社会消费品零售总额持续恢复") == (
        "The City's Total Retail Sales of Consumer Goods Continue to Recover in the First Quarter")
    # the owner inside the "of" phrase: the value added is the enterprises' (headlines.owned)
    assert _derived(renderer, "前三季度全市规模以上工业增加值平稳增长") == (
        "Value Added of the City's Industrial Enterprises Above Designated Size Grows Steadily in the First Three "
        "Quarters")
