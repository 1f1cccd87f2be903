"""Rules written after the seventieth held-out set (a city's national physical fitness monitoring bulletin as a PDF
with a table of merged heads, a city tax bureau's press conference on tax and fee relief as a news page), tested on
invented sentences and tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import ingest
from tests.formats_docs import CJK_FONT
from tests.test_figure_attributes import figs, one, table_figs

needs_font = pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-noto-cjk")
BULLETIN = {"date": "2025-05-20", "region": "栖川市", "genre": "", "title": "2024年栖川市学生体质健康监测公报"}


def test_lengths_volumes_and_seconds_of_a_fitness_test_are_measures():
    found = figs("2024年，初中男生平均身高为165.3厘米，坐位体前屈平均成绩为8.6厘米；男生平均肺活量为3120毫升，"
                 "50米跑平均成绩为8.1秒，比2019年缩短0.3秒；双脚连续跳平均用时为6.3秒。", title=BULLETIN["title"], date=BULLETIN["date"])
    assert (one(found, 165.3).base_unit, one(found, 165.3).metric) == ("cm", "初中男生平均身高")
    assert one(found, 3120).base_unit == "mL"
    assert (one(found, 8.1).base_unit, one(found, 8.1).unit) == ("second", "秒")
    assert (one(found, 0.3).direction, one(found, 0.3).base_period) == ("down", "2019")
    assert not [f for f in found if f.value == 50]  # (50米跑: the race named, no length of anything)


def test_a_height_is_no_comparison_word():
    from build_tools.extract.figures.metric_strip import _strip

    assert _strip("女生平均身高为", ()) == "女生平均身高"
    assert _strip("增速比全省高", ()) == "增速比全省"  # (the 高 of a comparison still goes)


def test_the_counts_of_a_surveys_method_are_no_key_figures():
    found = figs("本次调查采用多阶段分层抽样方法，共获得有效样本8640户，其中城镇4320户。",
                 "调查指标包括收入、消费和就业三类共18项。",
                 "在全县12个乡镇开展了居民健康素养监测，居民健康素养水平为28.6%。",
                 "全县新建取水计量监测点45个。", title="2024年栖川县居民健康素养监测报告")
    assert [f.value for f in found] == [28.6, 45]


def test_heads_merged_across_blank_cells_name_the_columns_under_them():
    from build_tools.extract.figures.spanned_heads import merge_spanned_heads

    rows = [["地区", "户数（户）", "", "人口（人）", ""], ["", "城镇", "乡村", "城镇", "乡村"],
            ["东坪镇", "1200", "860", "3400", "2510"]]
    assert merge_spanned_heads(rows)[0] == ["地区", "城镇户数（户）", "乡村户数（户）", "城镇人口（人）", "乡村人口（人）"]
    title = [["2024年主要指标", "", ""], ["指标", "单位", "数值"], ["人口", "人", "3400"]]
    assert merge_spanned_heads(title) is title  # (a title row over the whole table: no span of heads)


def test_rows_named_by_a_group_merged_down_and_a_range():
    cells = [["组别", "年龄（岁）", "握力（千克）", "", "肺活量（毫升）", ""],
             ["", "", "男", "女", "男", "女"],
             ["青年", "18-29", "44.1", "27.2", "4010", "2790"],
             ["", "30-44", "43.8", "26.9", "3860", "2700"],
             ["中年", "45-59", "41.5", "25.4", "3550", "2480"]]
    found = table_figs(cells, "附表　分年龄组握力和肺活量平均数", BULLETIN)
    assert "30-44岁" in one(found, 26.9).sentence and "青年" in one(found, 26.9).sentence
    assert (one(found, 2480).base_unit, one(found, 2480).period) == ("mL", "2024")
    assert not [f for f in found if f.value in (18, 29, 30, 44, 45, 59)]


@needs_font
def test_pdf_head_merged_across_two_columns_is_one_cell(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 8, "全镇出生人口610人，死亡人口392人。", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(40, 30, 30, 30, 30), text_align="CENTER", first_row_as_headings=False) as t:
        row = t.row()
        row.cell("乡镇", rowspan=2)
        row.cell("出生人口（人）", colspan=2)
        row.cell("死亡人口（人）", colspan=2)
        row = t.row()
        for cell in ("男", "女", "男", "女"):
            row.cell(cell)
        row = t.row()
        for cell in ("东坪镇", "312", "298", "205", "187"):
            row.cell(cell)
    path = tmp_path / "births.pdf"
    pdf.output(str(path))
    text = ingest.read_source(path).text
    assert "出生人口（人）" in text and "死亡人口（人）" in text


def test_hu_of_taxpayers_counts_entities():
    found = figs("1-9月，全县惠及纳税人缴费人3.2万户，其中纳税信用A级纳税人2860户。", date="2025-10-20")
    assert one(found, 3.2).base_unit == "entity"
    assert one(found, 2860).base_unit == "entity"


def test_fitness_and_tax_relief_metrics_in_english():
    """metric_vocab/physical_fitness.py and tax_relief.py: heads after a group of people, the relief's words (GWR
    2022/278 VAT credit refunds, 2022/275 small taxpayers, 2022/524 special additional deductions; the rest P)."""
    from build_tools.translate.metric_vocab import MORE_EXACT
    from build_tools.translate.metrics import metric_en

    assert metric_en("老年女性平均握力") == "average grip strength of elderly women"
    assert metric_en("成年男性超重率") == "overweight rate of adult men"
    assert metric_en("女幼儿立定跳远平均成绩") == "average standing long jump of preschool girls"
    assert metric_en("农民经常参加体育锻炼的人数比例") is None or "regularly" in metric_en("农民经常参加体育锻炼的人数比例")
    assert metric_en("增值税小规模纳税人减免增值税") == "VAT relief for small taxpayers"
    assert metric_en("制造业企业获得留抵退税") == "VAT credit refunds received by manufacturing enterprises"
    assert all(src for _en, src in (MORE_EXACT["留抵退税平均到账时间"], MORE_EXACT["纳税信用A级纳税人"]))


def test_new_reads_a_monitoring_bulletin_and_a_local_tax_bureaus_region():
    from build_tools import new

    assert new.infer_kind("", "2024年栖川市学生体质健康监测公报") == "statistics"
    text = ("国家税务总局栖川市税务局召开新闻发布会。国家税务总局栖川市税务局副局长介绍，全市新增减税降费3.2亿元。"
            "栖川市税务局将继续落实各项政策。")
    assert new.infer_region(text, "国家税务总局栖川市税务局") == "栖川市"


def test_english_of_a_local_tax_bureau_and_its_press_conference():
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.names import issuer_en
    from build_tools.translate.titles import TitleRenderer

    assert issuer_en("国家税务总局栖川市税务局") == "Qichuan Municipal Taxation Bureau of the State Taxation Administration"
    renderer = TitleRenderer(get_glossary())
    title = renderer.title("市税务局召开上半年减税降费政策落实情况新闻发布会", region="栖川市")
    assert title is not None and title.text == ("Qichuan Municipal Taxation Bureau Holds a Press Conference on "
                                                "Implementation of Tax and Fee Support Policies in the First Half")
    assert renderer.title("县教育局召开新闻发布会", region="栖川市") is None  # (a county's bureau in a city's text)
    bulletin = renderer.title("2024年栖川市国民体质监测公报")
    assert bulletin is not None and bulletin.text == "Qichuan National Physical Fitness Monitoring Bulletin 2024"


def test_a_count_expected_to_pass_a_level_by_a_date_is_a_forecast_on_the_timeline():
    from build_tools.extract.events import extract_events
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p1", text="预计到2027年底，全县注册志愿者将突破5万名。"),
             Paragraph(id="p2", text="到2027年底，全县建成社区体育公园12个。")]
    doc = Document(id="d", title="栖川县2025年全民健身工作总结", date="2026-01-15", genre="report", paragraphs=paras)
    meta = Metadata(date="2026-01-15", region="栖川县")
    doc.reporting_period = reporting_period(doc, meta)
    kinds = {e.paragraph: e.kind for e in extract_events(doc, meta)}
    assert kinds["p1"] == "forecast"
    assert kinds["p2"] == "target"  # (a goal, no estimate)


def test_higher_by_than_a_base_is_up():
    found = figs("与全省平均水平相比，全县学生体质健康达标率高出3.6个百分点。", date="2025-05-20")
    assert one(found, 3.6).direction == "up"


def test_a_breakdown_frame_a_joint_actor_and_a_seat_are_no_subjects():
    found = figs("分县（市、区）看，东坪区、西岭县合计占全市的58.2%。",
                 "10月，市人社局联合市总工会举办招聘会15场。",
                 "6月，市康复指导中心在市第二人民医院揭牌运行，全年服务群众3200人次。", date="2025-11-20")
    assert one(found, 58.2).subject == ""
    assert one(found, 15).subject == ""
    assert one(found, 3200).subject == ""


def test_physical_fitness_bulletin_headings():
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    for zh, en in (("二、幼儿体质状况", "II. Physical Fitness of Preschool Children"),
                   ("八、主要结论与建议", "VIII. Main Conclusions and Recommendations")):
        tr = TitleRenderer(get_glossary()).heading(zh)
        assert tr is not None and (tr.status, tr.text) == ("derived", en)
