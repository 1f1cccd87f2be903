"""Rules found on the sixteenth held-out round (a housing provident fund's annual report as PDF, a county's
government debt disclosure as HTML), each tested on sentences and layouts written for it."""

from __future__ import annotations

from build_tools.clean.lines import group_blocks, split_lines


def test_table_row_with_an_empty_first_cell_keeps_its_columns() -> None:
    # a totals row under an empty 序号 cell, as HTML and DOCX readers write it: no indent, no lost column
    text = "序号\t工程名称\t承建单位\t金额\n1\t南湖大桥维修工程\t市交通局\t4,500\n\t合计\t\t4,500\n以上资金已全部拨付到位。"
    lines = split_lines(text)
    assert [v.indented for v in lines] == [False, False, False, False]
    blocks = group_blocks(lines)
    assert [b.kind for b in blocks[:3]] == ["table", "table", "table"]
    assert blocks[2].text.split("\t") == ["", "合计", "", "4,500"]


def test_indented_paragraph_is_still_indented() -> None:
    lines = split_lines("  　　全年新增就业1.2万人。\n\t一、\t总体情况")
    assert lines[0].indented and lines[1].indented  # a heading number and its title apart by a tab: no row


def _table(rows: list[list[str]]):  # noqa: ANN202
    from build_tools.model import Paragraph

    para = Paragraph(id="p1", text="", role="table")
    para.cells = rows
    return para


def test_unit_line_over_a_table_gives_its_cells_their_unit() -> None:
    from build_tools.extract.figures.captions import caption_unit
    from build_tools.extract.figures.tables import table_sentences

    assert caption_unit("单位：亿元") == "亿元"
    assert caption_unit("（单位：万人）") == "万人"
    assert caption_unit("单位：%") == "%"
    assert caption_unit("单位：年度") == ""  # no unit
    rows = [["指标", "合计", "市本级", "县区"],
            ["2022年末隐性债务余额", "40.5", "12.5", "28.0"],
            ["2023年化解存量债务", "6.2", "2.2", "4.0"]]
    assert table_sentences(_table(rows), "亿元") == [
        "2022年末隐性债务余额40.5亿元，其中市本级隐性债务余额12.5亿元，县区隐性债务余额28.0亿元。",
        "2023年化解存量债务6.2亿元，其中市本级化解存量债务2.2亿元，县区化解存量债务4.0亿元。"]
    # parts of a kind of debt: the row's whole named by the part where the row names it (政府债务余额: 一般债务余额),
    # else the part before the row's name (new bonds of the general debt, not the general debt itself)
    rows = [["项目", "合计", "一般债务", "专项债务"],
            ["2023年末政府债务余额", "50.2", "20.1", "30.1"], ["2023年新增债券", "8.0", "1.5", "6.5"]]
    assert table_sentences(_table(rows), "亿元") == [
        "2023年末政府债务余额50.2亿元，其中一般债务余额20.1亿元，专项债务余额30.1亿元。",
        "2023年新增债券8.0亿元，其中一般债务新增债券1.5亿元，专项债务新增债券6.5亿元。"]


def test_unit_line_table_of_projects_with_thousands_separators() -> None:
    from build_tools.extract.figures.tables import table_sentences

    rows = [["序号", "项目名称", "建设单位", "安排资金"],
            ["1", "城东污水处理厂扩建工程", "市城投公司", "12,500"],
            ["", "合计", "", "12,500"]]
    assert table_sentences(_table(rows), "万元") == [
        "城东污水处理厂扩建工程：安排资金12500万元。", "合计，安排资金12500万元。"]


def test_table_without_a_unit_still_gives_nothing() -> None:
    from build_tools.extract.figures.tables import table_sentences

    rows = [["序号", "项目名称", "安排资金"], ["1", "城东污水处理厂扩建工程", "12,500"]]
    assert table_sentences(_table(rows), "") == []


def test_year_columns_latest_first_are_said_in_the_order_of_time() -> None:
    # this year against the last (2023年 | 2022年 | 比上年增长): the change column is the latest year's, and a
    # balance is held at the year's end; a plan's 2020年 | 2025年 keeps its 到…达到
    from build_tools.extract.figures.tables import table_sentences

    rows = [["指标", "2023年", "2022年", "比上年增长（%）"],
            ["归集额（亿元）", "12.5", "11.8", "5.9"],
            ["贷款余额（亿元）", "40.2", "38.0", "5.8"]]
    assert table_sentences(_table(rows)) == [
        "归集额2022年为11.8亿元，2023年为12.5亿元，比上年增长5.9%。",
        "贷款余额2022年末为38.0亿元，2023年末为40.2亿元，比上年增长5.8%。"]
    plan = [["指标", "2020年", "2025年"], ["森林覆盖率（%）", "45.1", "47"]]
    assert table_sentences(_table(plan)) == ["森林覆盖率2020年为45.1%，到2025年达到47%。"]


DISCLOSURE = {"date": "2024-02-20", "region": "栖川县", "title": "栖川县2023年政府债务情况公开", "genre": "statistics"}


def test_an_undated_ceiling_under_an_obligation_is_a_standing_rule() -> None:
    """严格执行…，…控制在…以内 with no date: the norm the county keeps, not a result of the publication day; the
    ceiling reached in a dated review stays an actual."""
    from tests.test_figure_attributes import figs, one

    found = figs("严格执行债务风险预警机制，全县债务率控制在100%以内。", "2023年，全县债务率为86.5%。",
                 "2023年，全县一般公共预算支出增幅控制在5%以内。", **DISCLOSURE)
    assert (one(found, 100).status, one(found, 100).period) == ("requirement", "")
    assert (one(found, 86.5).status, one(found, 86.5).period) == ("actual", "2023")
    assert one(found, 5).status == "actual"


def test_refinancing_and_the_county_speaking_of_itself_in_metric_names() -> None:
    """再融资债券 is one word (not 再 'again' + 融资债券); 我县/本县 opening a name is the county speaking of itself."""
    from tests.test_figure_attributes import figs, one

    found = figs("2023年，全县发行再融资债券2.5亿元，我县政府债务限额为30亿元，本县专项债务余额18.2亿元。", **DISCLOSURE)
    assert [one(found, v).metric for v in (2.5, 30, 18.2)] == ["发行再融资债券", "政府债务限额", "专项债务余额"]


def test_provident_fund_and_debt_vocabulary() -> None:
    """Names of a provident fund's report and of a debt disclosure, as the extractor gives them, in English; the
    bare 付息 of 一般债务还本2.10亿元、付息1.02亿元 is interest paid."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("缴存余额") == "balance of housing provident fund contributions"
    assert metric_en("个人住房贷款余额占缴存余额") == \
        "outstanding personal housing loans as a share of the balance of contributions"
    assert metric_en("提取额占当年缴存额") == "withdrawals as a share of the year's contributions"
    assert metric_en("逾期率") == "overdue loan ratio"
    assert metric_en("政府债务限额") == "government debt ceiling"
    assert metric_en("再融资债券") == "refinancing bonds"
    assert metric_en("付息") == "interest paid"
    assert metric_en("政府债务率") == "government debt ratio"


def test_provident_fund_report_and_debt_disclosure_titles() -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2026")
    cases = [("青山市住房公积金2023年年度报告", "青山市住房公积金管理委员会", "青山市",
              "Annual Report of the Qingshan Housing Provident Fund for 2023"),
             ("白河县2023年政府债务情况公开", "白河县财政局", "白河县", "Government Debt of Baihe County in 2023"),
             ("2023年度白河县政府债务信息公开", "白河县财政局", "白河县", "Government Debt of Baihe County in 2023")]
    for zh, issuer, region, english in cases:
        item = renderer.title(zh, issuer, region)
        assert item is not None and item.status == "derived" and item.text == english, (zh, item)
    item = renderer.title("白河县政府债务管理暂行办法", "白河县财政局", "白河县")  # a rule, no disclosure
    assert item is None or "Government Debt of" not in item.text


def test_housing_provident_fund_bodies() -> None:
    from build_tools.translate.names import issuer_en

    assert issuer_en("青山市住房公积金管理中心") == "Qingshan Municipal Housing Provident Fund Management Center"
    assert issuer_en("青山市住房公积金管理委员会") == "Qingshan Municipal Housing Provident Fund Management Committee"


def test_in_brief_leaves_out_the_bodys_own_make_up() -> None:
    """An annual report opening with the body's organisation (一、机构概况: 委员21名, 从业人员98人): those are no leading
    figures; the figures of the report's business are."""
    from build_tools.model import Document, Figure, Metadata, Paragraph
    from build_tools.translate.brief import brief
    from build_tools.translate.comparisons import context_for
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    def fig(metric: str, value: float, unit: str, para: str) -> Figure:
        return Figure(metric=metric, value=value, unit=unit, sentence="s", paragraph=para, kind="level",
                      period="2023", status="actual")

    paras = [Paragraph(id="p1", text="一、机构概况", heading=1, role="heading"), Paragraph(id="p2", text="…"),
             Paragraph(id="p3", text="二、业务运行情况", heading=1, role="heading"), Paragraph(id="p4", text="…")]
    doc = Document(id="d", title="青山市住房公积金2023年年度报告", date="2024-03-20", genre="report",
                   reporting_period="2023", paragraphs=paras,
                   figures=[fig("从业人员", 98, "人", "p2"), fig("缴存额", 52.3, "亿元", "p4")])
    meta = Metadata(date="2024-03-20", region="青山市", kind="report")
    glossary = get_glossary()
    renderer = TitleRenderer(glossary, year="2024")
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer,
                 renderer.title(doc.title, "", meta.region))
    assert item is not None and "contributions: CNY 5.23 billion" in item.text and "Employed persons" not in item.text


def test_sources_of_a_debt_disclosure_and_a_fund_report() -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.source_names import source_en

    glossary = get_glossary()
    assert source_en("白河县人民政府门户网站“政府债务”栏目", glossary) == (
        "Website of the Baihe County People's Government, Government Debt section")
    assert source_en("青山市住房公积金管理中心网站“信息公开”栏目（PDF 附件）", glossary) == (
        "Website of the Qingshan Municipal Housing Provident Fund Management Center, Information Disclosure section "
        "(PDF attachment)")


def test_parts_of_a_debt_table_in_english() -> None:
    from build_tools.translate.metrics import metric_en

    assert metric_en("专项债务再融资债券") == "refinancing bonds of the special-purpose debt"
    assert metric_en("一般债务偿还本金") == "general debt principal repaid"


def test_the_second_of_a_pair_said_bare_has_the_owner_of_the_first() -> None:
    """…专项债务还本3.0亿元、付息1.3亿元: the special-purpose debt's interest; 本金…、利息… the same; a bare 付息 after a
    figure of another kind keeps its own name."""
    from tests.test_figure_attributes import figs, one

    found = figs("2023年，全县政府债务还本5.1亿元，付息2.2亿元，其中专项债务还本3.0亿元、付息1.3亿元。",
                 "预计2024年需偿还政府债务本金6.2亿元、利息2.5亿元。", "全年债券发行12亿元，付息0.8亿元。", **DISCLOSURE)
    assert [one(found, v).metric for v in (2.2, 1.3, 2.5)] == ["政府债务付息", "专项债务付息", "需偿还政府债务利息"]
    assert one(found, 0.8).metric == "付息"


def test_bare_verbs_listed_before_their_shared_object_stay_in_the_name() -> None:
    """（购买、建造、翻建、大修自住住房占31.5%）: four ways of getting a home, one share (not 大修自住住房 alone); the
    same for works on one object (扩建、改建农村公路)."""
    from tests.test_figure_attributes import figs, one

    found = figs("住房消费类提取40.2亿元（购买、建造、翻建、大修自住住房占31.5%，偿还购房贷款本息占45.1%）。",
                 "全年扩建、改建农村公路120公里。", date="2024-03-20", region="青山市",
                 title="青山市住房公积金2023年年度报告", genre="report")
    assert one(found, 31.5).metric == "购买、建造、翻建、大修自住住房"
    assert one(found, 120).metric == "扩建、改建农村公路"
