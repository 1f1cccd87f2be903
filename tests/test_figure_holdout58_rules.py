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


_MEETING = {"date": "2025-11-20", "region": "桐岚市", "genre": "news", "title": "市政府召开第18次常务会议"}


def test_rules_adopted_at_a_meeting_state_standing_norms():
    """会议审议通过《…管理办法》。 then its contents: sizes and bounds are standing norms of no period (were results of
    the article's month), an undated aim has no year; a dated sentence keeps its date."""
    found = figs("会议审议通过《桐岚市创业担保贷款管理办法》。贷款额度最高可达30万元，担保基金规模5亿元。"
                 "力争带动就业1万人以上。", **_MEETING)
    assert [(f.value, f.status, f.period) for f in found] == [(30, "requirement", ""), (5, "requirement", ""),
                                                             (1, "target", "")]


def test_a_plan_over_years_adopted_at_a_meeting_sets_goals_of_its_span():
    """会议审议通过《…行动方案（2026—2028年）》。…每年安排…: a yearly amount of the plan, a target of its span (was an
    actual of the article's month)."""
    found = figs("会议审议通过《桐岚市养老服务提升行动方案（2026—2028年）》。方案提出，到2028年，新增养老床位3000张。"
                 "市财政每年安排养老服务专项资金5000万元。", **_MEETING)
    assert (one(found, 3000).status, one(found, 3000).period) == ("target", "2028")
    assert (one(found, 5000).status, one(found, 5000).period) == ("target", "2026/2028")


def test_starts_to_a_month_end_are_the_months_since_january():
    """截至10月底已开工1200套, 开工率85%: flows of January-October, as 新开工 (were the month's)."""
    found = figs("今年全市计划改造老旧小区住房1500套，截至10月底已开工1200套，开工率80%。", **_MEETING)
    assert one(found, 1200).period == one(found, 80).period == "2025-01/2025-10"


def test_whoever_acts_in_the_region_is_no_subject():
    """个人消费者在本市购买…的，每辆给予最高3000元补贴: a condition of the rule, the region's (was 个人消费者在本市)."""
    (f,) = figs("居民在本县购买首套商品住房的，每套给予最高2万元补贴。", **_MEETING)
    assert f.subject == ""


def test_deadlines_of_a_day_and_a_month_are_two_entries_and_jiang_after_a_deadline_is_no_attribute():
    from build_tools.extract.date_model import Anchor
    from build_tools.extract.events import _paragraph_events

    at = Anchor.from_iso("2025-11-20")
    found = _paragraph_events("会议要求，11月30日前完成项目验收，12月底前完成资金拨付。", "p1", at, False)
    assert [(e.date, e.kind) for e in found] == [("2025-11-30", "target"), ("2025-12", "target")]
    found = _paragraph_events("各县要于2025年12月15日前将补助资金发放到位，11月份的差额一并补发。", "p1", at, False)
    assert [(e.date, e.kind) for e in found] == [("2025-12-15", "target")]
    found = _paragraph_events("各地要于4月底前完成验收，确保4月30日前全部开放。", "p1", at, False)
    assert len(found) == 1


def test_a_bracketed_note_of_who_a_name_covers_is_no_part_of_it():
    """伤残人员（含伤残民兵民工、伤残警察，下同）护理费标准: the name is 伤残人员护理费标准 (was 伤残警察，下同）护理费标准);
    an aside without a list or comma (在校生（含在园幼儿）) and a cap's （含） stay."""
    found = _notice("伤残人员（含伤残民兵民工、伤残警察，下同）护理费标准提高8%。",
                    "烈士子女（含1960年以前参加工作、后经批准退休的人员的子女）生活补助标准由每人每月500元提高到每人每月560元。")
    assert [f.metric for f in found] == ["伤残人员护理费标准", "烈士子女生活补助标准"]


def test_a_standard_named_before_its_area_is_the_areas():
    """特困人员供养标准城镇由…提高到…，农村由…: 城镇特困人员供养标准 and 农村特困人员供养标准 (was …标准城镇 and
    农村…标准城镇)."""
    found = _notice("特困人员供养标准城镇由每人每年9000元提高到9600元，农村由每人每年7000元提高到7500元。")
    assert [f.metric for f in found] == ["城镇特困人员供养标准", "农村特困人员供养标准"]


def test_the_yue_of_a_word_is_no_approximation():
    """完成征收签约3870户: 签约 is the act counted, not 约 (about)."""
    (f,) = figs("截至目前已完成房屋征收签约1260户。", **_MEETING)
    assert (f.metric, f.qualifier) == ("完成房屋征收签约", "")
    (f,) = figs("全县约1260户受益。", **_MEETING)
    assert f.qualifier == "约"


def test_a_standard_kept_or_granted_to_a_group_is_named_by_the_group():
    """…慰问金标准维持每人每年1000元不变: 维持 no part of the name; 我省对一至六级残疾军人发放的护理补贴标准由…: the
    standard of those people; 提高到每服一年义务兵役每人每月70元: per person and month."""
    found = _notice("老复员军人慰问金标准维持每人每年1200元不变。",
                    "我省对一至六级残疾军人发放的护理补贴标准由每人每月300元提高到360元。",
                    "年满60周岁的农村籍退役士兵老年生活补助标准提高到每服一年义务兵役每人每月75元。")
    assert [(f.value, f.metric, f.unit) for f in found] == [
        (1200, "老复员军人慰问金标准", "元/人·年"), (360, "一至六级残疾军人护理补贴标准", "元/人·月"),
        (75, "老年生活补助标准", "元/人·月")]


def test_a_count_taken_in_a_notice_is_a_fact_and_a_cost_share_a_rule():
    """据统计，全省现有…N万人 in a notice: a count taken (actual, was requirement); 省级财政分担比例提高到70%: the
    notice's funding rule (requirement, was actual)."""
    found = _notice("对财政困难县，省级财政分担比例提高到80%。", "据统计，全省现有享受定期补助的人员8.6万人。")
    assert [(f.value, f.status) for f in found] == [(80, "requirement"), (8.6, "actual")]


def test_works_a_plan_fosters_are_counted_not_subjects_and_a_rate_per_year_of_service_is_raised():
    """培育省级智能工厂20家: the count of works the plan fosters, the region's (was the subject 培育省级智能工厂);
    提高到每服一年义务兵役每人每月75元: a level reached by a rise (up)."""
    (f,) = figs("到2028年，培育省级绿色工厂20家。", **_MEETING)
    assert f.subject == ""
    (f,) = _notice("农村籍退役士兵老年生活补助标准提高到每服一年义务兵役每人每月75元。")
    assert f.direction == "up"
