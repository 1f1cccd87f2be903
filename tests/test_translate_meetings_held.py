"""A meeting held with no host named (…推进会召开), and meetings to push a work on, found untranslated on chronicles
and news pages (2026-12-06). Sentences invented, of other places; the English written by hand."""

from __future__ import annotations

from build_tools.translate.event_frames import frame_clause
from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import Parts, TitleRenderer


def test_a_meeting_held_without_its_host() -> None:
    g = get_glossary()
    assert frame_clause("9月3日，全县第三次全国土壤普查工作推进会召开。", "3 September 2024", g, "桐岭县") == (
        "On 3 September 2024, the Tongling County Meeting on Advancing the Third National Soil Census was held.")
    assert frame_clause("本报讯（记者王磊）4月15日，全市一季度经济运行分析会召开。", "15 April 2025", g, "") == (
        "On 15 April 2025, the Citywide Meeting to Analyze Economic Performance in the First Quarter was held.")
    # a meeting whose name does not render stays in Chinese
    assert frame_clause("9月3日，全县某某工作推进会召开。", "3 September 2024", g, "桐岭县") is None


def test_meetings_to_push_a_work_on() -> None:
    renderer, parts = TitleRenderer(get_glossary()), Parts([])
    assert renderer.meeting("桐岭县2026年重点项目观摩推进会", parts, "桐岭县") == (
        "2026 Tongling County On-Site Meeting on Advancing Key Projects")
    assert renderer.meeting("全县乡村振兴工作推进会", parts, "") == "Countywide Meeting on Advancing Rural Revitalization"
    assert not parts.missing


def test_public_works_dated_in_a_chronicle() -> None:
    """Facilities found untranslated on chronicles and reports: a numbered plant of the own government, a plant
    named after a quarter of its county, a bus line to a county seat, the verbs 投入运行 and 主体封顶."""
    from build_tools.translate.facilities import completed_clause

    g = get_glossary()
    assert completed_clause("县第三水厂于9月投入运行。", "September 2025", False, g) == (
        "The County No. 3 Water Plant was put into operation in September 2025.")
    assert completed_clause("7月2日，桐岭县城东污水处理厂竣工。", "2 July 2025", False, g) == (
        "The Tongling County Chengdong Sewage Treatment Plant was completed on 2 July 2025.")
    assert completed_clause("10月9日，桐岭县城至石门镇公交线路开通运营。", "9 October 2025", False, g) == (
        "The Tongling County Seat-Shimen Town Bus Line began operation on 9 October 2025.")
    assert completed_clause("确保桐岭县图书馆6月底前主体封顶。", "June 2026", True, g) == (
        "The Tongling County Library is to be topped out by the end of June 2026.")
