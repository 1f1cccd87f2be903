"""Figure, date and timeline rules added after the nineteenth held-out measurement (issue 11/12: a county's economic
census communiqué in PDF, a city's science and technology funding communiqué in HTML); sentences invented for the
rules, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures.counted import entity_base
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

CENSUS = {"date": "2025-02-26", "region": "梧岭市", "title": "梧岭市第五次全国经济普查公报（第一号）",
          "genre": "statistics"}
CENSUS_LEAD = "按照国务院统一部署，我市以2023年12月31日为标准时点开展了第五次全国经济普查。"


def _doc(title: str, date: str, *texts: str) -> tuple[Document, Metadata]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    return Document(id="d", title=title, date=date, genre="statistics", paragraphs=paras), Metadata(date=date)


def test_a_standard_time_on_31_december_is_the_year_end():
    """The economic censuses count at 31 December: the year-end, dated as every 年末 stock (2023-12), so that the
    text's 2023年末 and its undated sentences give one period; another day stays a day."""
    assert reporting_period(*_doc(CENSUS["title"], CENSUS["date"], CENSUS_LEAD, "全市共有法人单位5.6万个。")) \
        == "2023-12"
    found = figs(CENSUS_LEAD, "2023年末，全市共有法人单位56218个。", "在法人单位中，第三产业法人单位45120个，占80.3%。",
                 **CENSUS)
    assert {one(found, v).period for v in (56218, 45120, 80.3)} == {"2023-12"}
    population = "我市以2020年11月1日零时为标准时点开展了第七次全国人口普查。"
    assert reporting_period(*_doc("梧岭市第七次全国人口普查公报", "2021-05-30", population, "全市常住人口为120万人。")) \
        == "2020-11-01"


def test_a_census_named_in_brackets_after_the_base_is_no_metric_and_same_below_carries_the_base():
    found = figs(CENSUS_LEAD,
                 "2023年末，全市共有从事第二产业和第三产业活动的法人单位56218个，比2018年末（第四次全国经济普查，下同）"
                 "增加13870个，增长32.8%；产业活动单位70412个，增加15502个，增长28.2%。",
                 "其中，第二产业从业人员21.7万人，减少1.9万人，下降8.0%。", **CENSUS)
    first = one(found, 13870)
    assert (first.metric, first.direction, first.base_period) == ("从事第二产业和第三产业活动的法人单位", "up", "2018-12")
    assert one(found, 56218).metric == "从事第二产业和第三产业活动的法人单位"
    for value, direction in ((15502, "up"), (28.2, "up"), (1.9, "down"), (8.0, "down")):
        f = one(found, value)
        assert (f.direction, f.base_period, f.period) == (direction, "2018-12", "2023-12"), value


def test_without_same_below_a_bare_change_keeps_no_base_of_an_earlier_sentence():
    found = figs("2023年末，全市共有法人单位56218个，比2018年末增加13870个。", "全市个体经营户8.1万户，增长12.5%。",
                 date="2024-12-20", title="梧岭市经济普查资料摘编", genre="statistics")
    assert one(found, 13870).base_period == "2018-12"
    assert one(found, 12.5).base_period != "2018-12"


def test_counts_of_legal_entities_and_individual_businesses_are_entities():
    assert entity_base("item", "个", "内资企业") == "entity"
    assert entity_base("item", "万个", "产业活动单位") == "entity"
    assert entity_base("household", "万户", "住宿和餐饮业个体经营户") == "entity"
    # an office audited, a project of enterprises and a village household stay what they are
    assert entity_base("item", "个", "审计单位") == "item"
    assert entity_base("item", "个", "拖欠中小企业工程款的项目") == "item"
    assert entity_base("household", "户", "脱贫户") == "household"
    found = figs("在法人单位中，私营企业3811个，占内资企业的90.4%。", date="2025-02-26", genre="statistics")
    assert one(found, 3811).base_unit == "entity"


def test_a_latin_abbreviation_with_an_ampersand_is_one_word_of_the_metric():
    """R&D is one word: a topic naming it before 增速最快 is not cut at the ampersand (岭北县R)."""
    found = figs("青田区R&D经费增速最快，比上年增长15.2%。", date="2025-09-20", genre="statistics",
                 title="梧岭市2024年科技经费投入统计公报")
    f = one(found, 15.2)
    assert (f.metric, f.subject, f.direction) == ("R&D经费增速", "青田区", "up")
    found = figs("全市R&D经费增速加快，比上年增长9.4%。", date="2025-09-20", genre="statistics",
                 title="梧岭市2024年科技经费投入统计公报")
    assert one(found, 9.4).metric == "R&D经费增速"


def test_the_share_head_after_the_last_part_of_a_list_is_every_parts():
    found = figs("工业、建筑业和服务业投资所占比重分别为30.1%、5.2%和64.7%。", date="2025-02-20", genre="statistics",
                 title="梧岭市2024年国民经济和社会发展统计公报")
    assert [one(found, v).metric for v in (30.1, 5.2, 64.7)] == ["工业投资所占比重", "建筑业投资所占比重",
                                                                  "服务业投资所占比重"]
    found = figs("企业、高校和科研院所经费所占比重分别为71.2%、16.5%和12.3%。", date="2025-09-20",
                 genre="statistics", title="梧岭市2024年科技经费投入统计公报")
    assert [one(found, v).metric for v in (71.2, 16.5, 12.3)] == ["企业经费所占比重", "高校经费所占比重",
                                                                  "科研院所经费所占比重"]


def test_a_measure_after_the_things_named_before_is_each_things_measure():
    found = figs("其中，汽车制造业R&D经费18.2亿元，医药制造业R&D经费9.6亿元，投入强度分别为2.41%和3.05%。",
                 date="2025-09-20", genre="statistics", title="梧岭市2024年科技经费投入统计公报")
    assert (one(found, 2.41).metric, one(found, 3.05).metric) == ("汽车制造业R&D经费投入强度",
                                                                  "医药制造业R&D经费投入强度")
    assert one(found, 18.2).metric == "汽车制造业R&D经费"


def test_the_items_of_a_list_after_a_count_of_businesses_in_hu_are_businesses():
    found = figs("其中，农林牧渔业个体经营户0.31万户，交通运输业0.22万户。", date="2025-03-20", genre="statistics")
    assert (one(found, 0.31).base_unit, one(found, 0.22).base_unit) == ("entity", "entity")
    found = figs("全县共有个体工商户2.1万户，脱贫户3000户。", date="2025-03-20", genre="statistics")
    assert (one(found, 2.1).base_unit, one(found, 3000).base_unit) == ("entity", "household")


def test_the_whole_of_a_share_named_by_zai_zhong_leaves_out_zai():
    found = figs("在全部企业中，私营企业500家，占62.5%。", date="2025-03-20", genre="statistics")
    assert one(found, 62.5).metric == "私营企业占全部企业比例"


def test_counts_in_ge_among_businesses_are_businesses():
    found = figs("在全部企业中，数量最多的是批发和零售业1520个，其次是制造业860个。", date="2025-03-20", genre="statistics")
    assert (one(found, 1520).base_unit, one(found, 860).base_unit) == ("entity", "entity")
    found = figs("在各类项目中，交通项目42个。", date="2025-03-20", genre="statistics")
    assert one(found, 42).base_unit == "item"
