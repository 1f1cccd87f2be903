"""The style rules that came out of the review of December 2026 (tests/fixtures/translate/review_2026-12.md):
counts that do not repeat their label (count_units.py, classes C and J), figure lists after their lead
(figure_lists.py, A and B), one wording for a year earlier (comparisons.py, D), spans of dates (periods.py, G).
Sentences written for the rules; expectations by hand."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context, english_comparison
from build_tools.translate.count_units import head_words, named, names_counted
from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list
from build_tools.translate.glossary import get_glossary
from build_tools.translate.numbers import quantity
from build_tools.translate.periods import english_period
from build_tools.translate.rows import figure_row

CTX = Context(province="Hunan", city="Shaoyang")


def _fig(metric: str, value: float, unit: str, **kw: object) -> Figure:
    fields: dict[str, object] = {"metric": metric, "value": value, "unit": unit, "sentence": "s", "paragraph": "p1",
                                 "period": "2024"}
    fields.update(kw)
    return Figure(**fields)  # type: ignore[arg-type]


def _row(metric: str, value: float, unit: str, **kw: object) -> str:
    return figure_row(_fig(metric, value, unit, **kw), get_glossary(), CTX).text


def test_head_of_a_label_ends_before_what_qualifies_it() -> None:
    assert head_words("People covered by basic medical insurance") == ["people"]
    assert head_words("Urban recipients of subsistence allowances") == ["urban", "recipients"]
    assert head_words("Students enrolled in primary schools") == ["students"]
    assert head_words("Average size of family households") == ["average", "size"]


def test_named_noun_or_people() -> None:
    assert names_counted("Kindergartens", "kindergartens")
    assert names_counted("New public charging piles", "charging piles")
    assert not names_counted("Investment in projects", "projects")  # the projects qualify the investment
    assert names_counted("Registered volunteers", people=True)
    assert not names_counted("Commercial passenger traffic", people=True)  # traffic is not a person noun
    assert not names_counted("Average size of family households", people=True)


def test_a_count_of_people_under_a_people_label_is_the_number_alone() -> None:
    assert _row("常住人口", 52.3, "万人") == "Permanent resident population: 523,000, 2024"
    assert _row("小学在校生", 8120, "人") == "Students enrolled in primary schools: 8,120, 2024"


def test_a_unit_that_the_label_does_not_name_stays() -> None:
    # 净增: the head is the increase, not the people: "10,200 people" says what increased
    assert _row("缴存净增职工", 1.02, "万人", kind="growth", direction="up") == (
        "Net increase in contributing employees: 10,200 people, 2024")
    assert _row("贫困户", 420, "户") == "Poor households: 420, 2024"


def test_a_metric_counted_in_households_and_people_keeps_both_units() -> None:
    a = _fig("城市低保对象", 3100, "户")
    b = _fig("城市低保对象", 5200, "人")
    text = figure_list([a, b], get_glossary(), CTX, TIMELINE_LEADS)
    assert text is not None and "3,100 households, 5,200 people" in text


def test_a_list_continues_its_lead_in_lower_case() -> None:
    # review_2026-12 class A: "Figures for 2024 — Workplace accidents: 58; deaths ..." had a capital after the dash
    figs = [_fig("幼儿园", 96, "所"), _fig("地区生产总值", 312.5, "亿元")]
    text = figure_list(figs, get_glossary(), CTX, TIMELINE_LEADS)
    assert text == "Figures for 2024 — kindergartens: 96; GDP: CNY 31.25 billion."


def test_a_timeline_entry_does_not_repeat_its_own_date() -> None:
    # review_2026-12 class B: the Date column says 2024; the entry says what the figures are, not the year again
    figs = [_fig("幼儿园", 96, "所")]
    assert figure_list(figs, get_glossary(), CTX, TIMELINE_LEADS, dated="2024") == "Figures — kindergartens: 96."
    target = [_fig("幼儿园", 100, "所", period="2025", status="target", is_target=True)]
    assert figure_list(target, get_glossary(), CTX, TIMELINE_LEADS, dated="2025") == "Targets — kindergartens: 100."
    # an entry dated otherwise (the month a release came out) still says the figures' period
    assert figure_list(figs, get_glossary(), CTX, TIMELINE_LEADS, dated="2025-03") == (
        "Figures for 2024 — kindergartens: 96.")


def test_a_change_from_a_base_value_drops_the_named_unit_too() -> None:
    # 每10万人中具有大学文化程度的人口由8930人上升为14120人: the population per 100,000 people, not "people" twice
    text = _row("每10万人中具有大学文化程度的人口", 14120, "人", base_value=8930, direction="up", period="2020-11-01")
    assert text.endswith(": up from 8,930 to 14,120, 1 November 2020")


def test_a_count_of_events_under_a_plural_label_is_the_number_alone() -> None:
    # review_2026-12 class J: "Meetings held: 2 times"; 次 after a plural noun counts those things
    assert named("Fire safety inspections") == frozenset({"events"})
    assert named("Training") == frozenset()
    assert named("Kindergartens", "kindergartens") == frozenset({"noun", "events"})
    glossary = get_glossary()
    assert quantity(14, "次", glossary, unitless=named("Work safety inspections")) == "14"
    assert quantity(14, "次", glossary, unitless=named("Training")) == "14 times"
    # 倍 is a multiple, never a count of events
    assert quantity(2.5, "倍", glossary, unitless=named("Exports")) == "2.5 times"


def test_one_wording_for_a_year_earlier() -> None:
    # review_2026-12 class D: 同比, 比上年 and 比上年同期 said one way per kind of period
    glossary = get_glossary()
    ctx = CTX
    for zh in ("同比", "比上年", "比上年同期", "较去年同期"):
        assert english_comparison(zh, glossary, ctx, period="2023") == "over the previous year"
        assert english_comparison(zh, glossary, ctx, period="2023-01/2023-09") == "year on year"
        assert english_comparison(zh, glossary, ctx, period="2023-05") == "year on year"
    assert english_comparison("同比", glossary, ctx) == "year on year"  # no period: the glossary's
    assert english_comparison("比上年同期", glossary, ctx) == "over the same period last year"
    assert english_comparison("比上年末", glossary, ctx, period="2023") != "over the previous year"


def test_households_of_a_people_metric_stay_households() -> None:
    # 低收入人口3.4万户、7.9万人: the households are not people (a count in 户 under a label naming people)
    assert _row("贫困人口", 3.4, "万户", base_unit="household") == "Poor population: 34,000 households, 2024"
    assert _row("贫困人口", 7.9, "万人", base_unit="person") == "Poor population: 79,000, 2024"


def test_a_count_in_people_of_a_named_noun_is_the_number_alone() -> None:
    # 城镇新增就业2150人: the label says jobs; "2,150 jobs" would say it twice
    assert _row("城镇新增就业", 2150, "人") == "New urban jobs: 2,150, 2024"


def test_a_measure_repeating_the_label_is_dropped() -> None:
    # 空气质量优良天数312天: "Days of good air quality: 312", not "312 days"; other measures stay
    assert _row("空气质量优良天数", 312, "天") == "Days of good air quality: 312, 2024"
    assert _row("粮食产量", 41.2, "万吨") == "Grain output: 412,000 tons, 2024"


def test_a_span_whose_ends_carry_their_own_dates_says_to() -> None:
    # review_2026-12 class G: "September 2023 - August 2024" (a spaced hyphen); a span within one month or year
    # keeps its hyphen (January-July 2019, 1-31 July 2022)
    assert english_period("2023-09/2024-08") == "September 2023 to August 2024"
    assert english_period("2022/2025-06-24") == "2022 to 24 June 2025"
    assert english_period("2024-03-01/2024-04-15") == "1 March to 15 April 2024"
    assert english_period("2019-01/2019-07") == "January-July 2019"
    assert english_period("2022-07-01/2022-07-31") == "1-31 July 2022"


def test_a_year_end_base_is_said_like_the_previous_year_end() -> None:
    # review_2026-12 class E: "compared with end-2018" beside "compared with the end of the previous year"
    glossary = get_glossary()
    assert english_comparison("比2018年末", glossary, CTX) == "compared with the end of 2018"
    assert english_comparison("较2020年底", glossary, CTX) == "compared with the end of 2020"
    assert english_comparison("比2010年", glossary, CTX) == "compared with 2010"
    assert english_comparison("2020年末", glossary, CTX, multiple=True) == "the level at the end of 2020"


def test_a_subject_is_said_once_when_the_whole_list_is_about_it() -> None:
    # review_2026-12 class Q: "Chengguan Town — GDP: …; Chengguan Town — fiscal revenue: …"
    town = [_fig("地区生产总值", 45.6, "亿元", subject="城关镇"), _fig("一般公共预算收入", 3.2, "亿元", subject="城关镇")]
    text = figure_list(town, get_glossary(), CTX, TIMELINE_LEADS)
    assert text is not None and text.count("Chengguan Town") == 1, text
    # with the region's own GDP after it, the town is named before each of its figures: otherwise the region's GDP
    # would read as the town's
    mixed = figure_list([*town, _fig("地区生产总值", 312.5, "亿元")], get_glossary(), CTX, TIMELINE_LEADS)
    assert mixed is not None and mixed.count("Chengguan Town") == 2, mixed
