"""Rules added after the sixty-second held-out measurement (a county's East-West collaboration work summary as a PDF
with a table of the year's tasks, a county's forest fire prevention order as a hard-wrapped TXT); sentences and
tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.captions import caption_year
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

SUMMARY = {"date": "2024-12-20", "region": "岐山县", "genre": "report", "title": "岐山县2024年农业农村工作总结"}


def _captioned_table(caption: str, cells: list[list[str]], meta: dict[str, str]) -> list:
    paras = [Paragraph(id="p1", text="一、主要成效", heading=1),
             Paragraph(id="p2", text=caption, role="caption"),
             Paragraph(id="p3", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells),
             Paragraph(id="p4", text="二、2025年工作打算", heading=1),
             Paragraph(id="p5", text="力争新建蔬菜大棚150个。")]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre=meta["genre"], paragraphs=paras)
    m = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, m)
    return extract_figures(doc, m)


def test_a_task_column_is_the_year_target_its_done_column_the_outcome():
    """指标 | 单位 | 年度任务 | 完成数 | 完成率（%） under a caption naming 2024, in a summary of December 2024 whose plan for
    2025 follows: the task cells are 2024's targets (not next year's), the done cells and rates 2024's outcomes."""
    cells = [["指标", "单位", "年度任务", "完成数", "完成率（%）"],
             ["新建蔬菜大棚", "个", "120", "136", "113.3"],
             ["技能培训", "人次", "5000", "5210", "104.2"]]
    found = _captioned_table("表2  岐山县2024年农业重点工作完成情况", cells, SUMMARY)
    got = {(f.value, f.unit): (f.status, f.period) for f in found if f.unit != "%" or f.value > 100}
    assert got[(120, "个")] == ("target", "2024")
    assert got[(136, "个")] == ("actual", "2024")
    assert got[(5000, "人次")] == ("target", "2024")
    assert got[(5210, "人次")] == ("actual", "2024")
    assert got[(113.3, "%")] == ("actual", "2024")
    assert one(found, 150).period == "2025"


def test_a_caption_names_one_year_or_none():
    assert caption_year("表1  某县2025年东西部协作主要指标完成情况") == "2025"
    assert caption_year("表3 2023年和2024年主要指标对比") == ""
    assert caption_year("表4 主要指标完成情况") == ""


def test_words_ending_in_the_regions_own_name_are_no_subject():
    """引导沿海企业到我县投资…, 资助我县…: the words before 我县 are a verb phrase, not the name of a county; the figure
    is the region's, or the subject named before it keeps it."""
    meta = {"date": "2024-12-20", "region": "岐山县", "genre": "report", "title": "岐山县2024年对口协作工作总结"}
    found = figs("全年引导沿海企业到我县投资兴业项目12个，到位资金3.6亿元。", **meta)
    assert (one(found, 12).subject, one(found, 3.6).subject) == ("", "")
    found = figs("协作双方联合培训我县教师860人次、医护人员420人次。", **meta)
    assert (one(found, 860).subject, one(found, 420).subject) == ("", "")


def test_the_regions_own_places_right_before_a_figure_are_its_own():
    """栖霞区9个街道与我县11个乡镇结对: the first figures are the partner district's, those after 与我县 the county's."""
    meta = {"date": "2024-12-20", "region": "岐山县", "genre": "report", "title": "岐山县2024年对口协作工作总结"}
    found = figs("栖霞区9个街道、27个社区与我县11个乡镇、40个村结对帮扶。", **meta)
    assert (one(found, 9).subject, one(found, 27).subject) == ("栖霞区", "栖霞区")
    assert (one(found, 11).subject, one(found, 40).subject) == ("", "")


def test_the_xiang_of_xiangcun_ends_no_township_after_a_village():
    """石门村入选省级乡村旅游重点村，接待游客12万人次: 乡 of 乡村 (rural) is no township's name, the village is."""
    found = figs("其中石门村入选省级乡村旅游重点村，全年接待游客12万人次。", **SUMMARY)
    assert one(found, 12).subject == "石门村"
    found = figs("其中溪口县改造乡镇卫生院6家。", **SUMMARY)
    assert one(found, 6).subject == "溪口县"


def _doc_figs(paragraphs: list[str], meta: dict[str, str]) -> list:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(paragraphs)]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre=meta["genre"], paragraphs=paras)
    m = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, m)
    return extract_figures(doc, m)


HEATING = {"date": "2025-10-20", "region": "北屯市", "genre": "notice", "title": "北屯市关于做好2025—2026年度供暖工作的通知"}


def test_a_season_crossing_the_year_dates_the_figures_named_by_its_two_years():
    """供暖期为每年11月15日至次年3月15日 defines the season; 2024—2025年度供暖期内 is November 2024 to March 2025, 比上年度
    the season before, and a clause after ； keeps the season."""
    found = _doc_figs(["全市供暖期为每年11月15日至次年3月15日。",
                       "2024—2025年度供暖期内，全市受理供暖投诉1260件，比上年度减少320件；供暖达标率为98.6%。"], HEATING)
    assert one(found, 1260).period == "2024-11/2025-03"
    f = one(found, 320)
    assert (f.period, f.direction, f.base_period) == ("2024-11/2025-03", "down", "2023-11/2024-03")
    assert one(found, 98.6).period == "2024-11/2025-03"


def test_without_a_season_defined_the_two_years_stay():
    found = _doc_figs(["2024—2025年度全市受理供暖投诉1260件。"], HEATING)
    assert one(found, 1260).period != "2024-11/2025-03"


def test_a_named_province_or_a_named_places_level_is_the_subject():
    """岭川省选派干部8名，其中医生3名: the partner province's; 沧浦市级帮扶资金 the city's level of funds (metric 市级…);
    实施市级重点项目, 新开工省重点项目, 高于全省: no place."""
    meta = {"date": "2024-12-20", "region": "岐山县", "genre": "report", "title": "岐山县2024年对口协作工作总结"}
    found = figs("岭川省选派挂职干部8名，其中医生3名。", **meta)
    assert (one(found, 8).subject, one(found, 3).subject) == ("岭川省", "岭川省")
    found = figs("其中沧浦市级帮扶资金3200万元，岭川省级帮扶资金2600万元。", **meta)
    f = one(found, 3200)
    assert (f.subject, f.metric) == ("沧浦市", "市级帮扶资金")
    assert one(found, 2600).subject == "岭川省"
    found = figs("全年实施市级重点项目120个，新开工省重点项目18个，增速高于全省平均水平0.6个百分点。", **meta)
    assert {one(found, v).subject for v in (120, 18, 0.6)} == {""}


def test_a_mobilized_places_society_gives():
    """动员沧浦市社会各界捐款捐物折款600万元: the city's society gave, the city is the subject."""
    meta = {"date": "2024-12-20", "region": "岐山县", "genre": "report", "title": "岐山县2024年对口协作工作总结"}
    assert one(figs("动员沧浦市社会各界捐款捐物折款600万元。", **meta), 600).subject == "沧浦市"


def test_an_order_number_with_di_is_a_document_number():
    """政府令 numbers write 第 before the number (桐政令〔2024〕第5号): the document number, for new and the structure."""
    from build_tools import new
    from build_tools.structure import DOC_NUMBER_RE

    text = "桐川县人民政府\n桐川县人民政府禁渔令\n桐政令〔2024〕第5号\n为保护渔业资源，特发布命令如下：\n"
    assert new.infer_doc_number(text) == "桐政令〔2024〕第5号"
    assert DOC_NUMBER_RE.match("桐政令〔2024〕第5号")


def test_a_text_that_names_itself_a_county_is_its_headed_countys():
    """A county's summary (我县) of its cooperation with a partner city it names far more often is the county's, the
    one its title and signature name."""
    from build_tools.new_origin import infer_region

    body = "".join(f"榆州市第{i}批帮扶干部到我县开展工作，榆州市企业在我县投资。" for i in range(6))
    text = f"石岭县2024年对口协作工作总结\n{body}\n石岭县对口协作工作领导小组办公室\n2024年12月10日\n"
    assert infer_region(text) == "石岭县"
