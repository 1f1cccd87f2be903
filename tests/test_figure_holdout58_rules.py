"""Rules found on held-out set 58 (a notice adjusting entitled groups' pension standards with a table of standards,
a city government's executive meeting news), each tested on sentences and tables invented for it, of other wording
and places than the set's documents."""

from __future__ import annotations

from build_tools.model import Block, Figure, Metadata, Source
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

_NOTICE = {"date": "2026-01-15", "region": "澄溪省", "genre": "notice",
           "title": "关于提高城乡居民基础养老金和伤残津贴标准的通知"}


def _notice(*texts: str) -> list[Figure]:
    return figs(*texts, **_NOTICE)


def test_a_table_with_its_group_cell_merged_down_reads_every_row_with_its_group():
    """品种 | 档次 | 价格（元/吨）with 早籼稻 written once above its three grades (the merged cell read as empty below):
    every row read, named by its group and grade (was: only the first row of each group, named by the group alone)."""
    cells = [["种类", "档次", "补助标准（元/人·月）"], ["重度残疾", "一档", "260"], ["", "二档", "220"],
             ["", "三档", "180"], ["轻度残疾", "一档", "120"], ["", "二档", "90"]]
    found = _table(cells, "附件：残疾人两项补贴标准表", _NOTICE)
    assert [(f.value, f.metric) for f in found] == [
        (260, "重度残疾一档补助标准"), (220, "重度残疾二档补助标准"), (180, "重度残疾三档补助标准"),
        (120, "轻度残疾一档补助标准"), (90, "轻度残疾二档补助标准")]
    assert {f.unit for f in found} == {"元/人·月"}


def test_a_total_row_with_an_empty_cell_is_no_merged_group():
    """合计 | | 5862: a total row's empty grouping cell is not filled from the row above."""
    from build_tools.extract.figures.merged_cells import fill_merged_groups

    cells = [["地区", "类别", "人数（人）"], ["东城区", "城镇", "3100"], ["", "农村", "1200"], ["", "合计", "4300"],
             ["西城区", "城镇", "1562"]]
    assert fill_merged_groups(cells, 0) is cells
    merged = [["地区", "类别", "人数（人）"], ["东城区", "城镇", "3100"], ["", "农村", "1200"], ["西城区", "城镇", "1562"],
              ["", "农村", "900"]]
    assert [r[1] for r in fill_merged_groups(merged, 0)[1:]] == ["东城区城镇", "东城区农村", "西城区城镇", "西城区农村"]


def test_an_attachment_listing_standards_states_norms():
    """A notice's attachment titled …补助标准表 or …标准一览表 lists standing standards: requirements, not facts."""
    for title in ("澄溪省伤残津贴标准表", "澄溪省基础养老金标准一览表"):
        (f,) = figs("一级伤残新标准为每人每年36000元。", date="2026-01-15", region="澄溪省", genre="notice",
                    title=title)
        assert f.status == "requirement", title


def test_an_amount_per_person_raised_for_a_group_is_its_standard_per_person():
    """抗战时期入伍的提高到每人每年N元: the group's standard, per person per year (was CNY N under a name ending in
    提高到每人每年)."""
    found = _notice("一级伤残的提高到每人每年36000元，二级伤残的提高到每人每月2600元。")
    assert [(f.value, f.unit, f.metric) for f in found] == [(36000, "元/人·年", "一级伤残"),
                                                            (2600, "元/人·月", "二级伤残")]


def test_a_date_bounding_who_a_rule_covers_dates_nothing():
    """（含1960年12月31日以前参加工作的人员）: the date says who is covered, no date of the figure or the timeline."""
    found = _notice("退休教师（含1960年12月31日以前参加工作的人员）生活补贴标准由每人每月500元提高到每人每月560元。")
    assert (one(found, 560).period, one(found, 560).status) == ("", "requirement")
    from build_tools.extract.date_model import Anchor
    from build_tools.extract.dates import find_dates
    assert find_dates("1960年12月31日以前参加工作的人员", Anchor.from_iso("2026-01-15")) == []
    assert [d.iso for d in find_dates("于2020年退休", Anchor.from_iso("2026-01-15"))] == ["2020"]


def test_a_right_aligned_signature_above_the_date_starts_no_document():
    """A DOCX's two issuers signing on one right-aligned line (read as indented, the spaces between them lost) above
    the closing date: the notice's signature, both issuers, and the attachment after it is the notice's."""
    from build_tools.structure import build

    texts = [("关于提高伤残津贴标准的通知", False), ("各市人民政府：", False),
             ("决定自2026年1月1日起提高伤残津贴标准。", False), ("附件：伤残津贴标准表", False),
             ("澄溪省人力资源和社会保障厅澄溪省财政厅", True), ("2026年1月15日", False), ("附件", False),
             ("伤残津贴标准表", False), ("等级\t标准（元/人·年）", False), ("一级\t36000", False)]
    blocks = [Block(text=t, lines=(i + 1, i + 1), indented=ind, kind="table" if "\t" in t else "")
              for i, (t, ind) in enumerate(texts)]
    src = Source(slug="t", path="t.docx", encoding="docx", meta=Metadata(date="2026-01-15", region="澄溪省",
                                                                         kind="notice", source="澄溪省"))
    docs = build(src, blocks).documents
    assert [d.title for d in docs] == ["关于提高伤残津贴标准的通知", "伤残津贴标准表"]
    assert docs[0].issuer == "澄溪省人力资源和社会保障厅、澄溪省财政厅"
    assert docs[1].parent == docs[0].id
