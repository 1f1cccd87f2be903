"""Title frames added for documents of other cities: plan periods after the kind, abridged work reports, news
headlines (召开…分析会, 举办…活动, economy assessments), 建设 subjects and ordinal batches.

Every expected English was written by hand from the Chinese (titles invented for these tests, not taken from the
fixtures) and the usage cited in titles.py / headlines.py.
"""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import MISSING_LABEL
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
