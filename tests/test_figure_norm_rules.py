"""Rules of the language of norms in notices (issue 11, prompted by the holdout4 provincial notice): a bound written
before the whole of a share or before its verb, the scope of a per-place norm after 原则上, the line of a sanction,
and a table total restating the text's target. Sentences invented, of other places than the holdout's; expected
attributes read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

NOTICE = {"date": "2025-04-10", "region": "汾阳省", "title": "关于做好2025年农村供水工程建设工作的通知",
          "genre": "notice"}


def test_a_bound_before_the_whole_of_a_share_is_the_figures_qualifier():
    found = figs("县级财政配套资金原则上不低于省级补助资金的30%，受益农户自筹比例原则上不超过工程总投资的10%。", **NOTICE)
    assert (one(found, 30).qualifier, one(found, 30).status) == ("不低于", "requirement")
    assert (one(found, 10).qualifier, one(found, 10).status) == ("不超过", "requirement")


def test_a_bound_before_the_verb_is_the_figures_qualifier():
    found = figs("每个乡镇至少建成1座规模化供水厂，每户最多补贴2000元。", **NOTICE)
    assert one(found, 1).qualifier == "至少"
    assert one(found, 2000).qualifier == "最多"


def test_a_bound_far_from_a_count_is_not_taken():
    """不低于 before a 的-phrase only bounds a share: 不低于标准的3个项目 is no pattern of a count."""
    found = figs("全市安排资金不少于5000万元，支持县里的12个项目。", **NOTICE)
    assert one(found, 12).qualifier == ""


def test_a_per_place_norm_after_yuanzeshang_keeps_its_place():
    found = figs("原则上每个行政村至少建成1个村级综合服务站。", **NOTICE)
    assert one(found, 1).metric.startswith("每个行政村")


def test_the_line_of_a_sanction_is_named_as_such():
    """对…低于60%的县予以约谈: 60% is the line below which a county is summoned, not a required rate."""
    found = figs("省水利厅每半年通报一次进度，对工程开工率低于60%的县予以约谈。", **NOTICE)
    f = one(found, 60)
    assert (f.metric, f.status, f.qualifier) == ("工程开工率约谈线", "requirement", "")
    found = figs("全市农村自来水普及率达到95%。", **NOTICE)  # a rate reached: no line
    assert one(found, 95).metric == "农村自来水普及率"


def test_a_table_total_restating_the_texts_target_gives_no_second_row():
    cells = [["序号", "县（市、区）", "新建供水厂（座）", "计划投资（亿元）"], ["1", "临汾县", "12", "3.5"],
             ["2", "河津县", "8", "2.1"], ["", "合计", "20", "5.6"]]
    doc = Document(id="d", title=NOTICE["title"], date=NOTICE["date"], genre="notice", paragraphs=[
        Paragraph(id="p0", text="2025年，全省计划新建农村规模化供水厂20座以上，计划投资5.6亿元。"),
        Paragraph(id="p1", text="附表：2025年各县新建供水厂任务表", heading=2),
        Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)])
    meta = Metadata(date=NOTICE["date"], region=NOTICE["region"])
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert [(f.value, f.paragraph) for f in found if f.value in (20, 5.6)] == [(20, "p0"), (5.6, "p0")]


NEWS = {"date": "2025-08-15", "region": "岷州市", "title": "上半年我市农产品出口较快增长", "genre": "news"}


def test_a_rank_kept_is_a_fact_not_a_norm_for_the_next_clause():
    """继续保持…地位/势头 states where a partner or trend stands: no requirement cue for the figures after it."""
    found = figs("上半年，日本继续保持我市农产品第一大出口市场地位；对韩国出口3.6亿元，增长5.2%。", **NEWS)
    assert one(found, 3.6).status == "actual"
    assert one(found, 5.2).status == "actual"
    found = figs("今年以来，全市工业生产保持稳中有进的良好势头，规模以上工业增加值增长6.1%。", **NEWS)
    assert one(found, 6.1).status == "actual"


def test_keeping_a_level_is_still_a_norm():
    found = figs("各地要确保粮食播种面积保持在120万亩以上。", **NOTICE)
    assert one(found, 120).status in ("requirement", "target")


def test_a_rate_per_population_after_its_bound() -> None:
    """食品安全监督抽检量不低于每千人4批次 (a document not tuned on, 2026-12-06): the rate per 1,000 people of the
    sampling, not '每千人食品安全监督抽检量不低于每千人' (the per phrase and its bound read twice)."""
    found = figs("食品安全监督抽检量不低于每千人4批次。", date="2026-01-15", region="桐岭县", genre="report",
                 title="桐岭县市场监督管理局2025年工作总结和2026年工作思路")
    assert one(found, 4).metric == "每千人食品安全监督抽检量"


def test_a_rate_floor_in_a_years_plan_is_that_years_target() -> None:
    """Under a heading of the year's work (2026年工作安排), 抽检量不低于每千人4批次 is the floor set for 2026: its
    每千人 is the rate's denominator, not a standing 每 (每人每年, 每户) of a norm for every case. The verb of the
    clause (全年完成) is no part of the name."""
    report = {"date": "2026-01-20", "region": "桐岭县", "genre": "report",
              "title": "桐岭县市场监督管理局2025年工作总结和2026年工作安排"}
    found = figs("二、2026年工作安排", "（一）守牢安全底线。全年完成食品安全监督抽检量不低于每千人4批次，"
                 "抽检合格率保持在97%以上。", **report)
    rate = one(found, 4)
    assert (rate.metric, rate.status, rate.period) == ("每千人食品安全监督抽检量", "target", "2026")
    # a notice's floors stay standing norms, per thousand people too; 每人每年 is a norm's own 每
    found = figs("养老床位不低于每千名老年人40张，每人每年补助不低于500元。", date="2025-03-01", region="桐岭县",
                 genre="notice", title="桐岭县关于加强养老服务的通知")
    assert one(found, 40).status == "requirement" and one(found, 40).period == ""
    assert one(found, 500).status == "requirement"
