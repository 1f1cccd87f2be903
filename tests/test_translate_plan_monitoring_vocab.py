"""English of a territorial spatial master plan's indicators and of a women's development programme's monitoring
report (held-out set 31): names written for these tests (variants, not the fixture's own where a rule composes them),
expectations read from the official renderings and project renderings cited in metric_vocab/plan_monitoring.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("永久基本农田保护面积", "area of permanent basic cropland under protection"),
    ("城镇开发边界面积", "area within the urban development boundary"),
    ("常住人口规模", "size of the permanent resident population"),
    ("社区15分钟生活圈覆盖率", "coverage of 15-minute community life circles"),
    ("国土总面积", "total land area"),
])
def test_spatial_plan_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("住院分娩率", "rate of hospital deliveries"),
    ("女性平均受教育年限", "average length of schooling of women"),
    ("村委会成员中女性比例", "share of women among villagers' committee members"),
    ("女性参加生育保险人数", "women covered by maternity insurance"),
])
def test_women_programme_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_gap_to_the_goal_and_the_parts_beyond_the_average_compose() -> None:
    """X与目标值差距 and X高于全市平均水平的县（区）: composed from X's English; an unknown X gives nothing."""
    assert metric_en("住院分娩率与目标值差距") == "gap of the rate of hospital deliveries to its target"
    assert metric_en("孕产妇死亡率低于全市平均水平的乡（镇）") == (
        "townships and towns with a maternal mortality rate below the city average")
    assert metric_en("某某指标与目标值差距") is None


def test_a_publicity_window_reads_with_its_length() -> None:
    """公示时间为…至…，共N天 (公示期为…（共5个工作日）): "Publicity period: … (N days)." (project rendering)."""
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    event = Event(date="2024-11-05/2024-12-04", text="公示时间为2024年11月5日至2024年12月4日，共30天。",
                  paragraph="p3", precision="interval", kind="period")
    assert standard_clause(event) == "Publicity period: 5 November to 4 December 2024 (30 days)."
    event = Event(date="2025-06-02/2025-06-06", text="公示期为2025年6月2日至2025年6月6日（共5个工作日）。",
                  paragraph="p3", precision="interval", kind="period")
    assert standard_clause(event) == "Publicity period: 2-6 June 2025 (5 working days)."


def test_a_plan_notice_and_a_programme_s_monitoring_report_titles() -> None:
    """《…总体规划（2021—2035年）》批前公示 and …发展规划（2021—2030年）2024年实施情况统计监测报告: framed around the plan's
    name as the reply titles render it (project renderings); a plan whose name does not render gives nothing."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary())
    notice = renderer.title("《青禾县国土空间总体规划（2021—2035年）》批前公示", "", "青禾县")
    assert notice is not None and notice.text == (
        "Public Notice of the Qinghe County Territorial Spatial Master Plan (2021-2035) before Approval")
    report = renderer.title("岚川市妇女发展规划（2021—2030年）2024年实施情况统计监测报告", "", "岚川市")
    assert report is not None and report.text == (
        "Statistical Monitoring Report on the Implementation of the Lanchuan Development Plan for Women (2021-2030) in "
        "2024")
    unknown = renderer.title("《青禾县某某某某规划（2021—2035年）》批前公示", "", "青禾县")
    assert unknown is None or unknown.status == "missing"


def test_a_plan_s_table_of_main_indicators_and_an_annex_before_a_year() -> None:
    """…总体规划主要控制指标表 -> "Main Control Indicators of the …"; 附表  2024年…主要监测指标情况: the year's digits
    are no annex number."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary())
    table = renderer.title("附表：青禾县国土空间总体规划主要控制指标表", "", "青禾县")
    assert table is not None and table.text == (
        "Attached Table: Main Control Indicators of the Qinghe County Territorial Spatial Master Plan")
    monitored = renderer.title("附表  2024年岚川市妇女发展规划主要监测指标情况", "", "岚川市")
    assert monitored is not None and monitored.text == (
        "Attached Table: Main Monitoring Indicators of the Lanchuan Development Plan for Women, 2024")


def test_a_gap_to_the_goal_reads_short_of_it() -> None:
    """距目标值尚差3.5个百分点 (direction down, the gap row): "3.5 percentage points short", not "down 3.5"."""
    from build_tools.model import Figure
    from build_tools.translate.comparisons import Context
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import figure_row

    fig = Figure(metric="住院分娩率与目标值差距", value=3.5, unit="个百分点", sentence="s", paragraph="p1",
                 kind="growth", direction="down", period="2024", base_unit="percentage point", status="actual")
    assert figure_row(fig, get_glossary(), Context()).text == (
        "Gap of the rate of hospital deliveries to its target: 3.5 percentage points short, 2024")


def test_a_work_conference_on_women_and_children() -> None:
    from build_tools.translate.event_frames import frame_clause
    from build_tools.translate.glossary import get_glossary

    assert frame_clause("2024年8月，市政府召开全市妇女儿童工作会议。", "August 2024", get_glossary(), "岚川市") == (
        "In August 2024, the Lanchuan Municipal People's Government held the Lanchuan Work Conference on Women and "
        "Children.")
