"""Figure and timeline rules added after the twelfth held-out measurement (issue 11/12: a town government work report
as GB18030 plain text, a district investment-promotion signing news page in HTML); sentences invented for the rule,
expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

TOWN = {"date": "2026-01-12", "region": "柳塘镇", "title": "柳塘镇2026年政府工作报告", "genre": "work-report"}


def test_items_under_a_heading_of_the_years_projects_for_the_people_are_targets():
    """三、2026年为民办实事项目 heads the list of what the town undertakes to do this year: its numbered items,
    without 力争 or 将 of their own, are targets of 2026; a heading reporting their completion is a review."""
    found = figs("二、2026年为民办实事项目", "1.新建村级卫生室6所；", "2.硬化村组道路12公里；", "3.新增公益性岗位80个。",
                 headings={0: 1}, **TOWN)
    assert [(one(found, v).status, one(found, v).period) for v in (6, 12, 80)] == [("target", "2026")] * 3
    done = figs("一、2025年民生实事完成情况", "1.新建村级卫生室5所；", "2.硬化村组道路10公里。",
                headings={0: 1}, **TOWN)
    assert [one(done, v).status for v in (5, 10)] == ["actual", "actual"]


def test_lamps_and_batches_of_visits_are_counts():
    """安装路灯600盏 counts lamps (盏); 开展招商活动46批次 counts batches, as 批 does; 批次 is no 批 followed by 次."""
    found = figs("今年以来，全区安装太阳能路灯600盏，组织赴外招商活动46批次，接待客商考察团120批次。", date="2025-10-16")
    assert (one(found, 600).unit, one(found, 600).base_unit) == ("盏", "item")
    assert [(one(found, v).unit, one(found, v).base_unit) for v in (46, 120)] == [("批次", "batch")] * 2


def test_a_companys_project_and_its_size_have_the_project_as_subject():
    """X有限公司储能电池项目总投资32亿元: the subject is the company's project (not the company), 总投资 its undated
    planned size; a bracketed place inside a registered name (恒远电子（栖川）有限公司) is part of the name, so the next
    project is not given to the company before it."""
    found = figs("签约项目中，栖川明德新材料有限公司锂电隔膜项目总投资18亿元，预计达产后年产值25亿元；"
                 "恒远电子（栖川）有限公司智能传感器生产基地项目总投资9.5亿元，带动就业600人。", date="2025-06-20")
    assert (one(found, 18).subject, one(found, 18).metric, one(found, 18).period, one(found, 18).status) == (
        "栖川明德新材料有限公司锂电隔膜项目", "总投资", "", "target")
    assert (one(found, 9.5).subject, one(found, 9.5).metric, one(found, 9.5).period) == (
        "恒远电子（栖川）有限公司智能传感器生产基地项目", "总投资", "")
    assert one(found, 600).subject.startswith("恒远电子（栖川）有限公司")


def test_a_named_projects_size_is_planned_unless_the_project_is_built():
    """总投资 of a named project is its planned size (target, no period); after 建成投产 in the sentence it is the size
    of a completed project (actual)."""
    found = figs("栖川港物流园项目总投资12亿元，建成后可新增仓储面积20万平方米。", date="2025-06-20")
    assert (one(found, 12).status, one(found, 12).period) == ("target", "")
    done = figs("栖川港物流园项目5月建成投产，该项目总投资12亿元。", date="2025-06-20")
    assert one(done, 12).status == "actual"


def test_a_set_named_again_as_a_whole_is_no_figure():
    """本次签约的12个项目全部达产后… refers back to the signed projects already counted: no row for 12; the effects
    after it are forecasts; a plain count (签约项目12个) stays a figure."""
    found = figs("本次集中签约项目12个，总投资56亿元。据测算，本次签约的12个项目全部达产后，预计可新增年产值80亿元。"
                 "上述项目均已开工。", date="2025-07-10")
    assert len([f for f in found if f.value == 12]) == 1
    assert one(found, 80).status == "forecast"


def test_the_milestones_of_a_projects_schedule_are_entries_of_their_own():
    """计划今年11月开工建设，2026年9月建成投产: two planned milestones, each dated (November 2025 and September
    2026, targets)."""
    from tests.test_events import events_of

    found = events_of("该项目计划今年11月开工建设，2026年9月建成投产。", date="2025-07-10")
    assert [(e.date, e.kind) for e in found] == [("2025-11", "target"), ("2026-09", "target")]


def test_the_next_places_figure_of_the_same_indicator_takes_its_name():
    """其中，柳村村集体经济收入52万元，杏村48.5万元: the second village's figure is its collective income (the place of
    the first left out); 白沙镇6.1万吨 after 青河镇粮食产量 likewise; a crop's 年产量 after its area is the crop's."""
    found = figs("其中，柳村村集体经济收入52万元，杏花村48.5万元。", "全县粮食产量45万吨，其中青河镇8.2万吨，白沙镇6.1万吨。",
                 "全镇葡萄种植面积0.8万亩，年产量1.6万吨。", **TOWN)
    assert (one(found, 48.5).metric, one(found, 48.5).subject) == ("村集体经济收入", "杏花村")
    assert (one(found, 6.1).metric, one(found, 6.1).subject) == ("粮食产量", "白沙镇")
    assert one(found, 1.6).metric == "葡萄年产量"
