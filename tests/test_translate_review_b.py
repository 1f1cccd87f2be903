"""The general classes of the second English review (tests/fixtures/translate/review_2026-12-b.md), on invented
sentences. Every expected English is written by hand from the Chinese and the official usage cited in the code
(State Council work reports, GWR year/segment), never copied from the code's output."""

from build_tools.model import Document, Event, Figure
from build_tools.translate.brief import _timeline
from build_tools.translate.comparisons import context_for
from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list, joined_changes
from build_tools.translate.glossary import get_glossary
from build_tools.translate.periods import english_period
from build_tools.translate.rows import figure_row
from build_tools.translate.terminology import readable_citation


def _fig(metric: str, value: float, unit: str, kind: str = "level", period: str = "2022", **kw: object) -> Figure:
    return Figure(metric=metric, value=value, unit=unit, sentence="", paragraph="p1", kind=kind, period=period,
                  text=f"{value:g}{unit}", **kw)


# A2: 增长N倍 is an increase of N x 100% (GWR 2008/12 增长1.71倍 "a 171% increase")

def test_growth_in_multiples_is_a_percent_increase() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 地区生产总值比2015年增长1.5倍 (invented): GDP is 2.5 times its 2015 level, an increase of 150%
    row = figure_row(_fig("地区生产总值", 1.5, "倍", "growth", period="2020", comparison="比2015年", direction="up"),
                     glossary, ctx)
    assert row.text == "GDP: +150% compared with 2015, 2020"
    assert "times" not in row.text


def test_a_level_in_multiples_stays_a_multiple() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 地区生产总值是2015年的2.5倍 (invented): a level, not a growth, keeps "times the 2015 level"
    row = figure_row(_fig("地区生产总值", 2.5, "倍", "level", period="2020", comparison="2015年"), glossary, ctx)
    assert "2.5 times" in row.text


# H2: an amount's change and its rate against one base said once (GWR 2009/36 "an increase of 163.7 billion Yuan or
# 37.9%")

def test_change_and_rate_against_one_base_are_joined() -> None:
    assert joined_changes(["CNY 4.2 billion", "up CNY 310 million over the previous year",
                           "+8% over the previous year"]) == [
        "CNY 4.2 billion", "up CNY 310 million or 8% over the previous year"]
    assert joined_changes(["down 1,250 compared with the end of 2020", "down 3.4% compared with the end of 2020"]) \
        == ["down 1,250 or 3.4% compared with the end of 2020"]


def test_changes_of_other_bases_or_directions_stay_apart() -> None:
    # two bases (the long-term average, the previous year): each keeps its own
    kept = ["up 0.6 °C compared with the long-term average", "up 0.3 °C over the previous year"]
    assert joined_changes(kept) == kept
    # an amount up and a rate down (a different measure): never joined
    mixed = ["up 40 year on year", "down 2.5% year on year"]
    assert joined_changes(mixed) == mixed
    # a rate's change in points is not the amount's percent
    points = ["up 12 over the previous year", "+0.4 percentage points over the previous year"]
    assert joined_changes(points) == points


def test_a_timeline_list_joins_a_change_and_its_rate() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 2022年一般公共预算收入12.5亿元，比上年增加1.3亿元，增长11.6% (invented)
    figures = [_fig("一般公共预算收入", 12.5, "亿元"),
               _fig("一般公共预算收入", 1.3, "亿元", "growth", comparison="比上年", direction="up"),
               _fig("一般公共预算收入", 11.6, "%", "growth", comparison="比上年", direction="up")]
    text = figure_list(figures, glossary, ctx, TIMELINE_LEADS)
    assert text == ("Figures for 2022 — general public budget revenue: CNY 1.25 billion, up CNY 130 million or 11.6% "
                    "over the previous year.")


# I2: a list of several periods under a dated entry does not repeat the entry's own period; a status joins the
# period's parenthesis as in the rows

def test_a_list_of_several_periods_leaves_out_the_dated_one() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 2024年粮食产量52.3万吨；2021-2024年新建高标准农田12万亩 (invented), dated 2024
    figures = [_fig("粮食产量", 52.3, "万吨", period="2024"),
               _fig("新建高标准农田", 12, "万亩", period="2021/2024")]
    text = figure_list(figures, glossary, ctx, TIMELINE_LEADS, dated="2024")
    assert text is not None
    assert "grain output: 523,000 tons;" in text  # no ", 2024" after it
    assert text.endswith("120,000 mu, 2021-2024.")


def test_a_plan_period_and_a_status_share_one_parenthesis() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 到2025年森林覆盖率达到40%；“十四五”期间每年造林不少于5万亩 (invented), dated 2025
    figures = [_fig("森林覆盖率", 40, "%", period="2025", status="target"),
               _fig("造林面积", 5, "万亩", period="2021/2025", status="requirement")]
    text = figure_list(figures, glossary, ctx, TIMELINE_LEADS, dated="2025")
    assert text is not None
    assert "(14th Five-Year Plan period, requirement)" in text
    assert ") (" not in text
    assert "40% (target)" in text


# J2: a timeline whose first entry is the whole year and the last inside it

def _doc(*dates: str) -> Document:
    return Document(id="d", title="t", events=[Event(date=d, text="x", paragraph="p1") for d in dates])


def test_timeline_inside_one_year_is_said_once() -> None:
    assert _timeline(_doc("2023", "2023-04", "2023-11")) == "Its timeline has 3 dated entries, all in 2023."
    assert _timeline(_doc("2022", "2023-02")) == "Its timeline has 2 dated entries, from 2022 to February 2023."
    assert _timeline(_doc("2023-02-01", "2023-11-30")) == (
        "Its timeline has 2 dated entries, from 1 February 2023 to 30 November 2023.")


# Q2b: a span inside one year names the year once

def test_span_of_mixed_precision_inside_one_year() -> None:
    assert english_period("2022-02/2022-09-30") == "February to 30 September 2022"
    assert english_period("2022-02-10/2022-09") == "10 February to September 2022"
    assert english_period("2021-02/2022-09-30") == "February 2021 to 30 September 2022"
    assert english_period("2021/2022-09") == "2021 to September 2022"


# R2: the glossary's citations of the work reports read as the report they cite

def test_work_report_citations_read_as_the_report() -> None:
    assert readable_citation("government_work_reports_2008_2022.tsv 2018/42") == (
        "2018 Government Work Report (official translation), segment 42")
    assert readable_citation("project rendering; reviewed against the official corpus: GWR 2015/7 'x y'") == (
        "project rendering; reviewed against the official corpus: 2018 Government Work Report (official "
        "translation), segment 7 'x y'".replace("2018", "2015"))
    assert readable_citation("China Statistical Yearbook 2021, table 4-2") == (
        "China Statistical Yearbook 2021, table 4-2")



# U2: a year's edition of a programme takes its article in the held clause

def test_events_of_a_year_edition_take_the_article() -> None:
    from build_tools.translate.timeline import held_clause

    glossary = get_glossary()
    dated = Event(date="2023-09-23", text="9月23日，2023年中国农民丰收节青阳县庆祝活动在石桥镇举行。", paragraph="p1")
    assert held_clause(dated, glossary, "青阳县") == (
        "On 23 September 2023, Qingyang County held events for the 2023 Chinese Farmers' Harvest Festival.")
    plain = Event(date="2023-09-23", text="9月23日，青阳县举办中国农民丰收节庆祝活动。", paragraph="p1")
    assert held_clause(plain, glossary, "青阳县") == (
        "On 23 September 2023, Qingyang County held Chinese Farmers' Harvest Festival events.")


# M2: 预计 is an estimate, in the rows as in the leads ("Estimates for 2023")

def test_an_estimated_figure_says_estimate_in_its_row_and_its_list() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 预计全年粮食产量达到41.5万吨 (invented, in a December speech)
    fig = _fig("粮食产量", 41.5, "万吨", period="2023", status="forecast")
    assert figure_row(fig, glossary, ctx).text == "Grain output: 415,000 tons, 2023 (estimate)"
    assert figure_list([fig], glossary, ctx, TIMELINE_LEADS) == "Estimates for 2023 — grain output: 415,000 tons."


# P2: a city's yearly climate bulletin, after the China Meteorological Administration's "China Climate Bulletin";
# the year may come before the place

def test_climate_bulletin_titles() -> None:
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary())
    for zh, region, en in (("青山市2023年气候公报", "青山市", "Qingshan Climate Bulletin 2023"),
                           ("2023年度石门县气候公报", "石门县", "Shimen County Climate Bulletin 2023"),
                           ("2022年青山市水资源公报", "青山市", "Qingshan Water Resources Bulletin 2022")):
        item = renderer.title(zh, "", region)
        assert item is not None and (item.text, item.status) == (en, "derived")


# A change against the climatological normal (比常年) in the CMA's words (holdout23/expected_english.yml)

def test_changes_against_the_normal() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())

    def change(metric: str, value: float, unit: str, direction: str, comparison: str = "比常年") -> str:
        return figure_row(_fig(metric, value, unit, "growth", comparison=comparison, direction=direction),
                          glossary, ctx).text

    # 年平均气温比常年偏高0.6℃ / 年降水量比常年偏少12% / 年暴雨日数比常年偏少2天 (invented)
    assert change("年平均气温", 0.6, "℃", "up") == "Annual average temperature: 0.6 °C higher than normal, 2022"
    assert change("年平均气温", 0.3, "℃", "down", "比常年同期") == (
        "Annual average temperature: 0.3 °C lower than normal, 2022")
    assert change("年降水量", 12, "%", "down") == "Annual precipitation: 12% less than normal, 2022"
    assert change("年降水量", 5, "%", "up") == "Annual precipitation: 5% more than normal, 2022"
    assert change("年暴雨日数", 2, "天", "down") == "Annual rainstorm days: 2 fewer than normal, 2022"
    # 主汛期降雨量较常年同期偏多1～2成 / 偏少10%～20% (invented forecasts): a range against the normal
    ranged = _fig("主汛期降雨量", 1, "成", "growth", comparison="较常年同期", direction="up", qualifier="至2成")
    assert figure_row(ranged, glossary, ctx).text == "Rainfall of the main flood season: 10-20% more than normal, 2022"
    fewer = _fig("降雨量", 10, "%", "growth", comparison="较常年同期", direction="down", qualifier="至20%")
    assert figure_row(fewer, glossary, ctx).text == "Rainfall: 10-20% less than normal, 2022"
    # a water bulletin's 比多年平均 is another norm: the glossary's words
    assert change("水资源总量", 5, "%", "up", "比多年平均") == (
        "Water resources: +5% compared with the long-term average, 2022")


# V2: a list of several periods has its lead before a dash, as a list of one period, not a colon before the labels'
# colons ("Leading figures: jobs offered: ...")

def test_a_list_of_several_periods_is_led_by_a_dash() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 2024年粮食产量52.3万吨；2021-2024年新建高标准农田12万亩 (invented), not dated
    figures = [_fig("粮食产量", 52.3, "万吨", period="2024"),
               _fig("新建高标准农田", 12, "万亩", period="2021/2024")]
    assert figure_list(figures, glossary, ctx, TIMELINE_LEADS) == (
        "Figures stated — grain output: 523,000 tons, 2024; new high-standard cropland: 120,000 mu, 2021-2024.")


# S2: the indicators page's Figure column does not repeat the period its Period column shows

def test_a_row_without_the_period_its_table_shows() -> None:
    from build_tools.model import TranslatedText
    from build_tools.render.i18n import without_period

    def cut(text: str, period: str, status: str = "derived") -> str:
        return without_period(TranslatedText(text, status), period).text

    assert cut("Grain output: 523,000 tons, 2022", "2022") == "Grain output: 523,000 tons"
    assert cut("GDP: +6.1% year on year, H1 2022 (3rd in the province)", "H1 2022") == (
        "GDP: +6.1% year on year (3rd in the province)")
    assert cut("GDP: CNY 10.3 billion, 2022 (estimate)", "2022") == "GDP: CNY 10.3 billion (estimate)"
    # another period, a period inside the label, or a row with untranslated parts: as it is
    assert cut("Grain output: 523,000 tons, 2022", "2021") == "Grain output: 523,000 tons, 2022"
    assert cut("Forest coverage: up from 33% (2015) to 36%, 2020", "2015") == (
        "Forest coverage: up from 33% (2015) to 36%, 2020")
    assert cut("[not yet translated: 某某]: 12, 2022", "2022", "missing") == "[not yet translated: 某某]: 12, 2022"


# F2: a one-document bulletin issued jointly names every issuer, not only the one its signature was read as

def test_joint_issuers_of_a_one_document_bulletin() -> None:
    from build_tools.model import Metadata, Source
    from build_tools.render.pages import doc_issuer

    def source(meta_issuer: str, *issuers: str) -> Source:
        return Source(slug="s", path="s.txt", encoding="utf-8", meta=Metadata(issuer=meta_issuer),
                      documents=[Document(id=f"d{k}", title="t", issuer=i) for k, i in enumerate(issuers)])

    joint = source("青阳县教育局 青阳县财政局", "青阳县财政局")
    assert doc_issuer(joint, joint.documents[0]) == "青阳县教育局 青阳县财政局"
    # the signature names another body, or the bulletin holds several documents: the document's own
    other = source("青阳县教育局 青阳县财政局", "青阳县人民政府")
    assert doc_issuer(other, other.documents[0]) == "青阳县人民政府"
    two = source("青阳县教育局、青阳县财政局", "青阳县财政局", "青阳县教育局")
    assert doc_issuer(two, two.documents[0]) == "青阳县财政局"
    unsigned = source("青阳县教育局", "")
    assert doc_issuer(unsigned, unsigned.documents[0]) == "青阳县教育局"


# L2: a rate keeps the precision the source writes (NBS communiqués: "54.0 percent", "up 1.0 percentage points")

def test_a_rate_keeps_its_written_trailing_zero() -> None:
    glossary, ctx = get_glossary(), context_for("", get_glossary())
    # 常住人口城镇化率为54.0% (invented): the level as written, not "54%"
    fig = _fig("常住人口城镇化率", 54.0, "%", "level", period="2023")
    fig.text = "54.0%"
    assert "54.0%" in figure_row(fig, glossary, ctx).text
    # 比上年提高1.0个百分点 (invented): the change as written, plural "points" after "1.0"
    change = _fig("常住人口城镇化率", 1.0, "个百分点", "growth", period="2023", comparison="比上年",
                  direction="up")
    change.text = "1.0个百分点"
    text = figure_row(change, glossary, ctx).text
    assert "+1.0 percentage points" in text
    # a rate written without a trailing zero is unchanged (6.9%, 1 point)
    plain_fig = _fig("常住人口城镇化率", 1.0, "个百分点", "growth", period="2023", comparison="比上年", direction="up")
    plain_fig.text = "1个百分点"
    assert "+1 percentage point " in figure_row(plain_fig, glossary, ctx).text + " "
