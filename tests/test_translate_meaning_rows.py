"""English rows that must say what the Chinese says (issues 11/12, a reviewer's reading of real-style documents):
a comparison opening the sentence, what a count counts. Rows and sentences written for the rules; the English by
hand (Census and Statistics Department, NBS and State Council wording)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row


def row(**kw: object) -> str:
    fields = {"metric": "地区生产总值", "value": 1, "unit": "%", "sentence": "s", "paragraph": "p1", "kind": "share"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), Context()).text  # type: ignore[arg-type]


def test_comparison_opening_the_sentence_is_the_figures() -> None:
    """经季节性调整后与对上季度比较，…实质上升1.1%: quarter on quarter, seasonally adjusted; 与上月比较 month on
    month; a figure before the comparison, or a sentence without one, keeps its reading."""
    q3 = {"period": "2023-07/2023-09"}
    assert row(metric="本地生产总值实质上升", value=1.1, sentence="经季节性调整后与对上季度比较，本地生产总值实质上升1.1%。",
               text="1.1%", **q3) == "GDP: +1.1% quarter on quarter in real terms, seasonally adjusted, Q3 2023"
    assert row(metric="私人消费开支下跌", value=0.6, sentence="与上季度比较，私人消费开支下跌0.6%。", text="0.6%",
               **q3) == "Private consumption expenditure: down 0.6% quarter on quarter, Q3 2023"
    assert row(metric="本地生产总值实质下跌", value=2.2, sentence="本地生产总值实质下跌2.2%。", text="2.2%", **q3) == (
        "GDP: down 2.2% in real terms, Q3 2023")
    assert row(metric="本地生产总值按年实质上升", value=4.1, text="4.1%", **q3,
               sentence="与上季度比较，本地生产总值按年实质上升4.1%。") == (
        "GDP: +4.1% year on year in real terms, Q3 2023")  # (按年 of its own: the year before)


def test_partners_listed_together() -> None:
    """日本和韩国出口合计占全市出口总值: the share of both partners; 东盟和欧盟进出口 trade with both; one partner
    alone unchanged; a partner the table does not know is no row of partners."""
    from build_tools.translate.rows import metric_english

    g = get_glossary()
    together = metric_english("日本和韩国出口合计占全市出口总值", g)
    assert together is not None and together.text == (
        "share of exports to Japan and the Republic of Korea combined in the city's total value of exports")
    both = metric_english("东盟、欧盟和俄罗斯进出口", g)
    assert both is not None and both.text == "trade with ASEAN, the EU and Russia"
    alone = metric_english("日本进口", g)
    assert alone is not None and alone.text == "imports from Japan"
    unknown = metric_english("东盟和澜江进出口", g)  # (澜江 is no partner of the table: no "trade with ASEAN and …")
    assert unknown is None or not unknown.text.startswith("trade with ASEAN and")


def test_count_per_head_of_population() -> None:
    """每千人口拥有执业医师 (3.2): doctors per 1,000 people; 每万名城镇常住人口拥有社区工作者: per 10,000 permanent
    urban residents (the glossary's 城镇常住人口); 每百户居民拥有… still per 100 households."""
    assert row(metric="每千人口拥有执业医师", value=3.2, unit="人", kind="count", period="2025", status="target") == (
        "Licensed doctors per 1,000 people: 3.2, 2025 (target)")
    from build_tools.translate.rows import metric_english

    g = get_glossary()
    workers = metric_english("每万名城镇常住人口拥有社区工作者", g)
    assert workers is not None and workers.text == "community workers per 10,000 permanent urban residents"
    area = metric_english("每百户居民拥有社区服务设施面积", g)
    assert area is not None and area.text == "area of community service facilities per 100 households"


def test_entities_selected_for_a_pilot() -> None:
    """每年数字化转型试点中小企业 (每年遴选…中小企业开展数字化转型试点): selected for pilots each year."""
    assert row(metric="每年数字化转型试点中小企业", value=50, unit="家", kind="count", status="requirement") == (
        "Small and medium enterprises selected for digital transformation pilots each year: 50 (requirement)")
    assert row(metric="城市更新示范中小企业", value=8, unit="家", kind="count", status="target", period="2026") == (
        "Small and medium enterprises selected for urban renewal demonstration projects: 8, 2026 (target)")


def test_counts_in_hu_that_are_no_households() -> None:
    """惠及市场主体8600户: market entities (户 is their measure word); 惠及居民4860户 still households; 支持项目."""
    assert row(metric="惠及市场主体", value=8600, unit="户", kind="count", period="2024") == (
        "Market entities benefiting: 8,600, 2024")
    assert row(metric="新增个体工商户", value=3200, unit="户", kind="count", period="2024").endswith("3,200, 2024")
    assert row(metric="惠及居民", value=4860, unit="户", kind="count", period="2024") == (
        "Beneficiaries: 4,860 households, 2024")
    assert row(metric="支持项目", value=8, unit="个", kind="count", period="2024") == "Projects supported: 8, 2024"


def test_english_of_list_items_sharing_a_verb():
    """The items of 建成12个产业园、5个物流园 and 新建…充电桩 read whole in English (glossary nouns, verbs as the
    statistical grammar renders them)."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    glossary = get_glossary()
    assert metric_english("建成物流园", glossary).text == "logistics parks completed"
    assert metric_english("新建充电桩", glossary).text == "new charging piles"
    assert metric_english("改造提升农贸市场", glossary).text == "farmers' markets upgraded"
    assert metric_english("新培育省级农业龙头企业", glossary).text == \
        "newly fostered provincial-level leading agricultural enterprises"


def test_newly_created_reads_as_created():
    """新创建… is what 创建… says (the created ones are new): the same English."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    glossary = get_glossary()
    assert metric_english("新创建省级美丽乡村示范村", glossary).text == "provincial-level model beautiful villages created"
    assert metric_english("举办各类文旅消费活动", glossary).text == "cultural and tourism consumption events held"
