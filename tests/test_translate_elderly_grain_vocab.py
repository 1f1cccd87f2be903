"""English of an elderly services statistical bulletin and a grain output announcement (held-out set 29): names
written for these tests (variants where a rule composes them), expectations read from the official and project
renderings cited in metric_vocab/elderly.py and the age-band note rule of metrics.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("高龄津贴标准（90至99周岁）", "standard of allowances for the very elderly (aged 90 to 99)"),
    ("高龄津贴标准（95周岁及以上）", "standard of allowances for the very elderly (aged 95 and over)"),
    ("高龄津贴标准（90周岁）", None),  # one age is no band: left untranslated rather than guessed
])
def test_a_standard_by_age_band(zh: str, english: str | None) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("总产量", "total output"),
    ("社区日间照料中心", "community day care centers"),
    ("长期护理保险参保人数", "people covered by long-term care insurance"),
    ("健在百岁老人", "living centenarians"),
    ("公办养老机构", "public elderly care institutions"),
    ("老年大学（学校）在校学员", "students of senior citizen universities and schools"),
])
def test_elderly_and_grain_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_the_fund_of_long_term_care_insurance() -> None:
    assert metric_en("长期护理保险基金收入") == "revenue of the long-term care insurance fund"


def test_an_elderly_services_bulletins_title() -> None:
    """2024年云溪市老龄事业发展统计公报: the sector frame of the departments' bulletins (老龄事业 'elderly care
    programs', GWR 2022/523)."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.report_titles import report_title
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2025")
    assert report_title(renderer, "2024年云溪市老龄事业发展统计公报", "") == (
        "Statistical Bulletin on Elderly Care Development in Yunxi, 2024")


def test_a_grain_output_announcements_title_and_issuer() -> None:
    """国家统计局关于2024年粮食产量数据的公告 reads as the NBS's own English title ("Announcement of the National Bureau
    of Statistics on Grain Output in 2024"); a survey team is named by its place (P); the place of the data after
    the year is said before it."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.names import issuer_en
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2025")
    title = renderer.title("国家统计局关于2024年粮食产量数据的公告", "", "")
    assert title is not None and title.text == "Announcement of the National Bureau of Statistics on Grain Output in 2024"
    title = renderer.title("国家统计局云溪调查队关于2024年云溪市粮食产量数据的公告", "云溪市", "")
    assert title is not None and title.text == (
        "Announcement of the Yunxi Survey Team of the National Bureau of Statistics on Grain Output in Yunxi in 2024")
    assert issuer_en("国家统计局云溪调查队") == "Yunxi Survey Team of the National Bureau of Statistics"


def test_a_committee_on_ageing_as_a_co_issuer() -> None:
    from build_tools.translate.names import name_en

    assert name_en("云溪市民政局 云溪市老龄工作委员会办公室") == (
        "Yunxi Municipal Civil Affairs Bureau and the Office of the Yunxi Municipal Committee on Ageing")
