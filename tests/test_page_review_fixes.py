"""Defects a reader sees on the pages of documents not tuned on (a built site of held-out documents read page by
page, 2026-12-06): a table of categories whose rows lost their category, a document number typed in full-width
digits, a table and a colophon chosen as summary sentences, an annex's title joining two terms with 及.
Expectations written by hand."""

from __future__ import annotations

from pathlib import Path

from build_tools.extract.summary import summarize
from build_tools.model import Document, Paragraph
from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import doc_number_en
from build_tools.translate.titles import TitleRenderer
from tests.test_figure_attributes import figs


def test_a_category_rows_figures_keep_their_category() -> None:
    """类别 | 月最低工资标准（元/月） | 小时最低工资标准（元/小时）: each row is a category of areas; its figures are
    that category's (not three unlabelled 'monthly minimum wage' rows)."""
    from build_tools.extract.figures.tables import table_sentences

    para = Paragraph(id="p1", text="", role="table", cells=[
        ["类别", "月最低工资标准（元/月）", "小时最低工资标准（元/小时）"],
        ["一类地区", "2310", "23"], ["二类地区", "2180", "21.5"]])
    said = table_sentences(para)
    assert said[0].startswith("一类地区月最低工资标准2310元/月")
    assert "一类地区小时最低工资标准23元/小时" in said[0]
    found = figs(*said, date="2026-06-01", region="岚溪市", genre="notice", title="岚溪市关于调整最低工资标准的通知")
    assert {f.metric for f in found} >= {"一类地区月最低工资标准", "二类地区小时最低工资标准"}
    # a row naming a place stays the place's row (its figures are the place's, the subject)
    para = Paragraph(id="p2", text="", role="table", cells=[["地区", "常住人口（万人）"], ["白河县", "41.2"]])
    assert table_sentences(para)[0].startswith("白河县：")


def test_a_document_number_in_full_width_digits() -> None:
    assert doc_number_en("岚人社发〔２０２６〕１２号") == "Lan Ren She Fa [2026] No. 12"


def test_tables_and_colophons_are_no_summary_sentences() -> None:
    doc = Document(id="d", title="附表", date="2026-06-01", paragraphs=[
        Paragraph(id="p1", text="类别\t月最低工资标准\n一类地区\t2310", role="table",
                  cells=[["类别", "月最低工资标准"], ["一类地区", "2310"]]),
        Paragraph(id="p2", text="抄送：省人力资源和社会保障厅，市总工会，市企业联合会。", role="note"),
    ])
    assert summarize(doc) == []
    from build_tools.structure import NOTE_RE

    assert NOTE_RE.match("抄送：省人力资源和社会保障厅，市总工会。")
    assert NOTE_RE.match("岚溪市人力资源和社会保障局办公室 2026年6月1日印发")
    assert not NOTE_RE.match("全市共印发宣传材料2万份。")


def test_an_annex_title_joining_two_terms() -> None:
    renderer = TitleRenderer(get_glossary())
    title = renderer.title("附表 岚溪市最低工资标准及适用地区", "", "岚溪市")
    assert title is not None and title.text == "Attached Table: Minimum Wages and Areas Covered (Lanxi)"


def test_a_source_line_with_a_column_inside_a_column() -> None:
    from build_tools.translate.source_names import source_en

    got = source_en("岚溪市人民政府门户网站“政务动态—民生实事”栏目（网页）", get_glossary())
    assert got == ("Website of the Lanxi Municipal People's Government, Government Affairs Updates > Practical "
                   "Projects for People's Wellbeing section (web page)")
    assert source_en("岚溪市人民政府门户网站“某某专栏”栏目", get_glossary()) is None  # a column it cannot read


def test_a_metric_counted_in_two_units_keeps_them_on_every_row(tmp_path: Path) -> None:
    """城市低保对象1.26万户、1.92万人，比上年末减少0.08万人: each row says whether households or people are counted
    (alone, '19,200' and 'down 800' would not); a metric counted in one unit stays bare ('Orphans: 326')."""
    from build_tools.pipeline import process

    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "2025-lanxi-civil-affairs.txt").write_text(
        "岚溪市2024年民政事业发展统计公报\n\n岚溪市民政局\n\n2024年末，全市有城市最低生活保障对象1.31万户、"
        "2.05万人，比上年末减少0.06万人。年末全市有孤儿318人。\n", encoding="utf-8")
    (folder / "2025-lanxi-civil-affairs.yml").write_text(
        "date: 2025-03-20\nregion: 岚溪市\nkind: statistics\nsource: 岚溪市民政局网站\n", encoding="utf-8")
    source = process(folder / "2025-lanxi-civil-affairs.txt", with_translate=True)
    rows = [t.text for doc in source.documents for t in doc.translations["en"].figures]
    assert any(r.startswith("Urban recipients of subsistence allowances: 20,500 people") for r in rows), rows
    assert any("down 600 people" in r for r in rows), rows
    assert any(r.startswith("Orphans: 318,") for r in rows), rows


def test_urban_and_rural_consumer_prices_one_wording() -> None:
    """城市 and 农村 parts of a CPI release read alike ('consumer prices in urban/rural areas', as NBS's English
    releases say 'prices in urban areas'), not 'consumer prices in urban areas' beside 'rural CPI'."""
    from build_tools.translate.rows import metric_english

    glossary = get_glossary()
    urban, rural = metric_english("城市居民消费价格", glossary), metric_english("农村居民消费价格", glossary)
    assert urban is not None and rural is not None
    assert (urban.text, rural.text) == ("consumer prices in urban areas", "consumer prices in rural areas")


def test_template_headings_of_notices_reports_and_plans() -> None:
    renderer = TitleRenderer(get_glossary())
    cases = {
        "四、执行时间": "IV. Effective Date", "三、住院待遇": "III. Inpatient Benefits",
        "（三）行政事业性国有资产。": "(3) State-Owned Assets of Administrative and Public Institutions",
        "一、“十四五”以来发展成就": "I. Development Achievements since the Start of the 14th Five-Year Plan Period",
        "三、“十四五”规划实施情况": "III. Implementation of the 14th Five-Year Plan",
        "二、“十五五”时期的主要目标": "II. Main Targets for the 15th Five-Year Plan Period",
        "一、“十四五”时期和2025年工作回顾": "I. Review of the Work during the 14th Five-Year Plan Period and in 2025",
    }
    for zh, english in cases.items():
        got = renderer.heading(zh)
        assert got is not None and got.text == english, (zh, got)
    assert renderer.heading("一、“十四五”时期某某情况") is None or renderer.heading("一、“十四五”时期某某情况").status == (
        "missing")


def test_in_brief_names_every_confirmed_joint_issuer(tmp_path: Path) -> None:
    from build_tools.pipeline import process

    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "2025-lanxi-communique.txt").write_text(
        "岚溪市2024年国民经济和社会发展统计公报\n\n岚溪市统计局\n国家统计局岚溪调查队\n（2025年3月20日）\n\n"
        "全年全市地区生产总值1520.6亿元，比上年增长5.6%。\n", encoding="utf-8")
    (folder / "2025-lanxi-communique.yml").write_text(
        "date: 2025-03-20\nregion: 岚溪市\nkind: statistics\nsource: 岚溪市统计局网站\n"
        "issuer: 岚溪市统计局、国家统计局岚溪调查队\n", encoding="utf-8")
    source = process(folder / "2025-lanxi-communique.txt", with_translate=True)
    brief = source.documents[0].translations["en"].brief
    assert brief is not None and ("issued by the Lanxi Municipal Bureau of Statistics and the Lanxi Survey Team of "
                                  "the National Bureau of Statistics") in brief.text, brief


def test_a_sampling_volume_per_thousand_people() -> None:
    """每千人食品安全监督抽检量 (the last untranslated row of the market-regulation review not tuned on)."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("每千人食品安全监督抽检量") == "food safety sampling inspections per 1,000 people"
    assert metric_en("每千人口卫生技术人员") == "health technical personnel per 1,000 people"  # (unchanged)


def test_a_monthly_indicator_table_in_a_pdf() -> None:
    """A one-page PDF of a city's main indicators (not tuned on, 2026-12-06): the periodical's running header
    (蔺州统计月报　2025年第11期) is no title; an index's base in brackets (上年同期=100) is no date (the row was dated
    2024) and renders as the base; outstanding deposits of financial institutions render."""
    from build_tools.clean.furniture import _is_issue
    from build_tools.translate.metrics import metric_en

    assert _is_issue("岚溪统计月报　2025年第11期") and not _is_issue("岚溪市2025年1—11月主要经济指标")
    found = figs("1—11月，居民消费价格指数（上年同期=100）100.3%。", date="2025-12-18", region="岚溪市",
                 genre="statistics", title="岚溪市2025年1—11月主要经济指标")
    assert found and found[0].period == "2025-01/2025-11"
    assert metric_en("居民消费价格指数（上年同期=100）") == "CPI (same period of the preceding year = 100)"
    assert metric_en("金融机构人民币各项存款余额") == "outstanding RMB deposits of financial institutions"


def test_source_lines_of_the_newer_held_out_pages() -> None:
    from build_tools.translate.source_names import source_en

    g = get_glossary()
    assert source_en("岚溪县人大常委会网站“监督工作—报告及审议意见”栏目（网页文本，2026年11月5日发布）", g) == (
        "Website of the Standing Committee of the Lanxi County People's Congress, Oversight Work > Reports and "
        "Deliberation Opinions section (web page text; published on 5 November 2026)")
    assert source_en("岚溪市人民政府门户网站“政府文件”栏目（PDF）", g) == (
        "Website of the Lanxi Municipal People's Government, Government Documents section (PDF)")


def test_a_finance_bureaus_monthly_release_title() -> None:
    renderer = TitleRenderer(get_glossary())
    title = renderer.title("2025年1-10月全市财政收支情况", "", "岚溪市")
    assert title is not None and title.text == "Fiscal Revenue and Expenditure of Lanxi in January-October 2025"


def test_a_circular_of_typical_cases() -> None:
    renderer = TitleRenderer(get_glossary())
    title = renderer.title("岚溪市医疗保障局关于2025年欺诈骗取医保基金典型案例的通报", "", "岚溪市")
    assert title is not None and title.text == ("Circular of the Lanxi Municipal Healthcare Security Administration on "
                                                "Typical Cases of Fraudulent Claims on Medical Insurance Funds in 2025")
    assert renderer.subject("2025年某某典型案例") is None  # cases of something the glossary does not name


def test_a_release_on_one_indicator_of_a_period() -> None:
    renderer = TitleRenderer(get_glossary())
    title = renderer.title("2025年1—9月岚溪市规模以上工业企业利润情况", "", "岚溪市")
    assert title is not None and title.text == (
        "Profits of Industrial Enterprises above Designated Size in Lanxi, January-September 2025")
    assert renderer.title("2025年1—9月岚溪市某某情况", "", "岚溪市") is None
