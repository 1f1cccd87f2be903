"""Rules added after the sixty-fourth held-out measurement (a city's bulletin on energy consumption per unit of GDP
as a PDF with tables at its end, a county audit bureau's audit results announcement as a hard-wrapped GBK TXT);
sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.audited import audited_years
from build_tools.extract.figures.captions import own_year_caption
from build_tools.extract.figures.header_rows import plain_signs
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2025-06-20", "region": "岷江市", "genre": "statistics", "title": "岷江市2024年规模以上工业增加值公报"}


def _tables_at_the_end(caption: str, cells: list[list[str]], meta: dict[str, str]) -> list:
    """A bulletin whose last section is next year's goals, with a captioned table after it."""
    paras = [Paragraph(id="p1", text="一、工业生产", heading=1),
             Paragraph(id="p2", text="全年规模以上工业增加值增长6.2%。"),
             Paragraph(id="p3", text="二、2025年主要目标", heading=1),
             Paragraph(id="p4", text="2025年，规模以上工业增加值力争增长6.5%。"),
             Paragraph(id="p5", text=caption, role="caption"),
             Paragraph(id="p6", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre=meta["genre"], paragraphs=paras)
    m = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, m)
    return extract_figures(doc, m)


def test_a_table_captioned_with_its_own_past_year_is_not_the_goals_section_it_follows():
    """表1 2024年各区…情况 after 二、2025年主要目标: the cells are 2024's results, not 2025's targets; the goals'
    sentence before it keeps its status."""
    cells = [["地区", "增加值（亿元）", "比上年增长（%）"],
             ["江北区", "312.5", "7.1"],
             ["江南区", "208.4", "-1.6"]]
    found = _tables_at_the_end("表1  2024年各区规模以上工业增加值情况", cells, BULLETIN)
    assert (one(found, 312.5).status, one(found, 312.5).period, one(found, 312.5).subject) == ("actual", "2024", "江北区")
    assert (one(found, 7.1).status, one(found, 7.1).direction) == ("actual", "up")
    assert (one(found, 1.6).status, one(found, 1.6).direction) == ("actual", "down")
    assert (one(found, 6.5).status, one(found, 6.5).period) == ("target", "2025")


def test_a_plan_table_after_the_goals_section_stays_the_plan():
    """表2 2025年各区工业增加值增长目标分解 names a plan: its cells are the goals' targets of 2025."""
    cells = [["地区", "目标增速（%）"], ["江北区", "7.0"], ["江南区", "6.0"]]
    found = _tables_at_the_end("表2  2025年各区工业增加值增长目标分解", cells, BULLETIN)
    assert (one(found, 7.0).status, one(found, 7.0).period) == ("target", "2025")


def test_own_year_caption():
    assert own_year_caption("表1  2024年各县（市、区）单位地区生产总值能耗降低情况", 2025)
    assert own_year_caption("表3 2025年1-5月分行业用电量", 2025)
    assert not own_year_caption("表2 2026年重点项目计划", 2025)  # a later year
    assert not own_year_caption("表2 2024年节能目标任务分解", 2025)  # a plan's table
    assert not own_year_caption("表4 分行业用电量", 2025)  # no year
    assert not own_year_caption("表5 2023年和2024年主要指标对比", 2025)  # two years


def test_a_plus_minus_header_is_a_column_of_signed_changes():
    rows = [["区县", "产值比上年±（%）", "累计（±%）", "增长（%）"], ["甲县", "-2.1", "3.4", "5.0"]]
    assert plain_signs(rows)[0] == ["区县", "产值比上年增减（%）", "累计增减（%）", "增长（%）"]
    assert plain_signs(rows)[1] == rows[1]
    assert plain_signs([["地区", "总量（万吨）"]]) == [["地区", "总量（万吨）"]]


def test_plus_minus_cells_are_rises_and_falls():
    """地区 | 单位产值能耗比上年±（%）: -4.2 is a fall of 4.2%, 1.3 a rise of 1.3%, each of its county."""
    cells = [["地区", "单位产值能耗比上年±（%）"], ["东坪县", "-4.2"], ["西坪县", "1.3"]]
    found = _tables_at_the_end("表1  2024年各县单位产值能耗变化情况", cells, BULLETIN)
    assert (one(found, 4.2).direction, one(found, 4.2).subject, one(found, 4.2).period) == ("down", "东坪县", "2024")
    assert (one(found, 1.3).direction, one(found, 1.3).subject) == ("up", "西坪县")


def test_the_years_an_audit_looked_at():
    assert audited_years("关于某县2021—2023年高标准农田建设项目资金审计结果的公告", "2025") == "2021/2023"
    assert audited_years("某县2024年度县本级预算执行审计结果公告", "2025") == "2024"
    assert audited_years("某县2025年度…专项资金审计结果公告", "2025") == ""  # a year not closed
    assert audited_years("关于2024年度县级预算执行情况的审计工作报告", "2025") == ""  # an office's work report
    assert audited_years("关于某县农村饮水安全工程审计结果的公告", "2025") == ""  # no year named


def test_undated_findings_of_an_audit_are_of_the_years_audited():
    """The audit's own weeks (于2025年4月1日至6月20日…进行了审计) date only its own work; the findings after are of
    the years the title names."""
    meta = {"date": "2025-08-30", "region": "柘林县", "genre": "notice",
            "title": "关于柘林县2022—2024年高标准农田建设项目资金审计结果的公告"}
    found = figs("县审计局于2025年4月1日至6月20日，对全县高标准农田建设项目资金进行了审计，延伸审计了5个乡镇。",
                 "县农业农村局挪用项目资金42.6万元用于办公楼维修。", **meta)
    assert one(found, 5).period == "2025-04-01/2025-06-20"
    assert one(found, 42.6).period == "2022/2024"


def test_an_organs_line_over_a_title_beginning_with_guanyu_is_the_issuer(tmp_path):
    from build_tools.pipeline import process

    raw = ("                    柘林县审计局\n\n      关于柘林县2024年度水利项目资金审计结果的公告\n\n"
           "                   柘审公告〔2025〕2号\n\n    县审计局对2024年度水利项目资金进行了审计。现将审计结果公告如下：\n"
           "    一、基本情况\n    2024年全县水利项目资金共计3860万元。\n")
    path = tmp_path / "notice.txt"
    path.write_text(raw, encoding="utf-8")
    (doc,) = process(path, with_extract=False).documents
    assert doc.title == "关于柘林县2024年度水利项目资金审计结果的公告"
    assert doc.issuer == "柘林县审计局"
    assert doc.doc_number == "柘审公告〔2025〕2号"


def test_energy_units_per_tonne_per_kwh_and_per_10k_yuan():
    found = figs("吨钢综合能耗降至552千克标准煤，火电机组供电煤耗为301克/千瓦时。",
                 "新建项目单位增加值能耗不得高于0.52吨标准煤/万元。", date="2025-06-20", region="岷江市")
    assert (one(found, 552).unit, one(found, 552).base_unit, one(found, 552).direction) == ("千克标准煤", "tce", "down")
    assert (one(found, 301).unit, one(found, 301).base_unit) == ("克/千瓦时", "gce/kWh")
    assert (one(found, 0.52).unit, one(found, 0.52).base_unit) == ("吨标准煤/万元", "tce/10k CNY")


def test_dao_counts_culverts_and_gates():
    found = figs("施工单位重复计量排水涵洞9道，新建拦水闸3道。", date="2025-06-20", region="岷江县")
    assert (one(found, 9).unit, one(found, 9).base_unit) == ("道", "item")
    assert one(found, 3).unit == "道"


def test_how_late_a_work_was_is_a_figure():
    found = figs("全县有26个项目未按期完工，平均延误96天，最长延误达8个月。", date="2025-06-20", region="岷江县")
    assert (one(found, 96).unit, one(found, 8).unit) == ("天", "个月")


def test_the_members_of_a_set_just_named_without_a_comma():
    """抽查的40座桥梁中有7座…: the 7 are members of the set of 40 (中有 as 中，有)."""
    found = figs("抽查的40座桥梁中有7座未按设计设置护栏。", "全镇65条渠道中有12条淤积严重。", date="2025-06-20",
                 region="岷江县")
    assert "桥梁" in one(found, 7).metric and one(found, 7).unit == "座"
    assert one(found, 12).unit == "条"


AUDIT = {"date": "2025-08-30", "region": "柘林县", "genre": "notice",
         "title": "关于柘林县2022—2024年高标准农田建设项目资金审计结果的公告"}


def test_jiang_of_a_disposal_in_an_audits_findings_is_what_was_done():
    """将项目资金X万元用于…, 将N条渠道的工程直接发包 in the findings of an audit of past years: done, not planned; the
    department heading the clause is the subject of the amount."""
    found = figs("县水利局将项目资金58.2万元用于机关食堂改造。",
                 "3个乡镇将6条渠道的配套工程直接发包，合同金额共计420万元。", **AUDIT)
    assert (one(found, 58.2).status, one(found, 58.2).period, one(found, 58.2).subject) == (
        "actual", "2022/2024", "县水利局")
    assert (one(found, 6).status, one(found, 420).status) == ("actual", "actual")


def test_jiang_keeps_its_future_outside_an_audits_findings_and_before_a_date():
    found = figs("县水利局将于2025年12月31日前拨付剩余资金300万元。", **AUDIT)
    assert one(found, 300).status == "target"
    plan = figs("2026年将统筹资金1.2亿元用于高标准农田建设。", date="2025-12-20", region="柘林县",
                title="柘林县2026年农业农村工作要点", genre="plan")
    assert one(plan, 1.2).status == "target"


def test_yi_jiang_is_done():
    """已将…归还, 已经将…退回: what was done with a thing, whatever the document."""
    found = figs("截至6月底，县水利局已将违规列支的12.4万元全部归还原资金渠道；收回多付工程款8.6万元。",
                 date="2025-07-10", region="柘林县", title="柘林县审计整改情况的报告", genre="report")
    assert (one(found, 12.4).status, one(found, 8.6).status) == ("actual", "actual")


def test_jiang_of_a_disposal_whose_object_holds_other_numbers():
    """将第2标段中标金额860万元的工程中的500万元转包给…: the section's number before the amounts does not hide the
    disposal."""
    found = figs("某建设公司将第2标段中标金额860万元的工程中的500万元转包给个人施工。", **AUDIT)
    assert (one(found, 860).status, one(found, 500).status) == ("actual", "actual")


def test_a_projects_approved_or_planned_size_is_its_plan():
    """…于2022年5月开工，规划建设里程86.4公里，批复总投资1.2亿元: the plan of the project (target), not an outcome of
    the month it started; a review's 国土总面积 stays a fact."""
    found = figs("柘林县高标准农田项目于2022年5月开工，规划建设面积5.2万亩，批复总投资1.2亿元。", **AUDIT)
    assert (one(found, 5.2).status, one(found, 1.2).status) == ("target", "target")
    found = figs("全县完成投资1.1亿元，设计年产能50万吨的生产线已投产。", **AUDIT)
    assert one(found, 1.1).status == "actual"
