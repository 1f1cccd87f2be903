"""English titles of a period's announcement on a quality measured, a programme's statistical monitoring report and a
circular on a typhoon's impact (titles invented for these tests; expectations written by hand)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "region", "en"), [
    ("汀川市2026年第一季度城市供水水质公告", "",
     "Announcement on the Quality of Urban Water Supply in Tingchuan for the First Quarter of 2026"),
    ("汶州市2025年儿童发展规划统计监测报告", "",
     "Statistical Monitoring Report on the Programme for the Development of Children in Wenzhou, 2025"),
    ("关于第9号台风“白鹿”影响我县的情况通报", "汀浦县", "Circular on the Impact of Typhoon No. 9 on Tingpu County"),
])
def test_notice_titles(zh: str, region: str, en: str) -> None:
    found = TitleRenderer(get_glossary()).title(zh, issuer="", region=region)
    assert found is not None and found.text == en


def test_a_years_announcement_of_no_quality_is_left_to_its_genre() -> None:
    # (a recruitment announcement names no period and no quality: recruitment_titles renders it)
    found = TitleRenderer(get_glossary()).title("梧川县2026年公开招聘事业单位工作人员公告", issuer="", region="")
    assert found is not None and found.text.startswith("Announcement on the 2026 Open Recruitment")
