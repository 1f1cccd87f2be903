"""Issue 11, item 4: the indicators page compares like with like. The extraction rules that name a figure so that
unlike figures get unlike names (a total carries its set, a passive predicate stays with what it counts, one name
for one threshold), and the grouping rules of render/indicators.py (a holiday's figure or a change over several years
is its own series, a document restating its own figure gives one point). Sentences written for the tests; expected
names read from the Chinese."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.sets import is_set_count, is_total, set_name
from build_tools.extract.holidays import holiday_of
from build_tools.model import Document, Figure, Metadata, Paragraph, Source
from build_tools.render import indicators


def figs(*texts: str, date: str = "2023-10") -> list[Figure]:
    paras = [Paragraph(id=f"p{i + 1}", text=t) for i, t in enumerate(texts)]
    return extract_figures(Document(id="t", title="", date=date, paragraphs=paras), Metadata(date=date, region="某市"))


def named(*texts: str, date: str = "2023-10") -> list[tuple[str, float, str]]:
    return [(f.metric, f.value, f.unit) for f in figs(*texts, date=date)]


# --- a total over a counted set carries its set (extract/figures/sets.py) ---

def test_total_after_a_count_of_projects_names_the_projects():
    assert named("2023年全市实施重点项目120个，总投资500亿元，完成投资180亿元。") == [
        ("实施重点项目", 120, "个"), ("重点项目总投资", 500, "亿元"), ("重点项目完成投资", 180, "亿元")]


def test_totals_of_different_sets_get_different_names():
    found = named("谋划工业项目126项，总投资1108亿元；储备基础设施项目40个，总投资近300亿元。")
    assert ("工业项目总投资", 1108, "亿元") in found
    assert ("基础设施项目总投资", 300, "亿元") in found  # (储备: what was done to them, not what they are)
    assert not any(m == "总投资" for m, _, _ in found)


def test_output_and_revenue_of_counted_enterprises_and_their_growth():
    assert named("全市规上工业企业达到425户，实现营业收入980亿元，同比增长6%。") == [
        ("规上工业企业", 425, "户"), ("规上工业企业营业收入", 980, "亿元"), ("规上工业企业营业收入", 6, "%")]
    assert ("“一县一业”龙头企业产值", 52.3, "亿元") in named("“一县一业”龙头企业36家，实现产值52.3亿元。")


def test_total_after_a_breakdown_is_the_wholes():
    # a total after several parts of a whole is the whole's, not the last part's
    found = named("全市开工在建项目502个，其中亿元以上项目174个、5亿元以上项目50个，总投资610亿元。")
    assert ("开工在建项目总投资", 610, "亿元") in found
    # after a single part, the part's (其中亿元以上项目12个，总投资80亿元: the twelve projects' total)
    assert ("新开工亿元以上项目总投资", 80, "亿元") in named("新开工项目35个，其中亿元以上项目12个，总投资80亿元。")


def test_a_total_not_after_a_count_keeps_its_name():
    assert named("全年固定资产投资增长5%，工业总产值1000亿元。") == [
        ("固定资产投资", 5, "%"), ("工业总产值", 1000, "亿元")]
    # another figure between the count and the total: the total is not (only) of that set
    assert ("总投资", 60, "亿元") in named("签约项目43个，协议引资额约120亿元，总投资60亿元。")
    # the next sentence: not read as the set's (a sentence of its own may be about anything)
    assert ("总投资", 610, "亿元") in named("累计引进项目770个。总投资610亿元。")


def test_set_vocabulary():
    assert is_total("总投资") and is_total("累计完成投资") and is_total("实现产值") and is_total("营业收入")
    assert not is_total("固定资产投资") and not is_total("地区生产总值") and not is_total("项目总投资")
    assert is_set_count("重点项目", "个") and is_set_count("规上工业企业", "户") and is_set_count("“老字号”项目", "项")
    assert not is_set_count("重点项目", "亿元") and not is_set_count("贫困人口", "人")
    assert set_name("实施改造升级“老字号”项目") == "改造升级“老字号”项目"
    assert set_name("初步谋划储备了亿元以上高质量项目") == "亿元以上高质量项目"
    assert set_name("引进项目") == "引进项目"  # the verb names a set of its own


# --- names that say what is counted ---

def test_a_passive_predicate_names_what_is_counted():
    found = named("全市有6万贫困户、12万贫困人口被纳入产业扶贫链条。")
    assert found == [("贫困户纳入产业扶贫链条", 6, "万"), ("贫困人口纳入产业扶贫链条", 12, "万")]
    assert named("全年3家企业被认定为高新技术企业。") == [("企业认定为高新技术企业", 3, "家")]
    # no passive: the counted noun alone, the stock of poor population
    assert named("全市贫困人口12万人。") == [("贫困人口", 12, "万人")]


def test_a_threshold_of_one_yi_is_named_as_bulletins_name_it():
    found = named("全市5000万元以上项目259个、1亿元以上项目174个、10亿元以上项目3个。")
    assert [m for m, _, _ in found] == ["5000万元以上项目", "亿元以上项目", "10亿元以上项目"]


def test_a_part_by_size_of_a_whole_says_what_the_whole_is():
    # the projects of ten billion signed this quarter are not those under construction
    assert named("一季度新签约亿元以上项目31个，协议总投资218亿元，其中10亿元以上项目5个。") == [
        ("新签约亿元以上项目", 31, "个"), ("新签约亿元以上项目协议总投资", 218, "亿元"), ("新签约10亿元以上项目", 5, "个")]
    # (projects started or resumed this year are those under construction: one name for the parts of both)
    assert [m for m, _, _ in named("1—9月份，全市开复工项目1130个，其中：亿元以上项目411个、10亿元以上39个。")] == [
        "开复工项目", "开工在建亿元以上项目", "开工在建10亿元以上项目"]
    assert named("全市实施重点项目120个，其中亿元以上项目50个。")[1][0] == "重点亿元以上项目"  # (实施: not the set)
    # no 其中, or a part not by size: as written
    assert [m for m, _, _ in named("新签约项目28个，亿元以上项目9个。")] == ["新签约项目", "亿元以上项目"]
    assert named("开工在建项目502个，其中续建项目300个。")[1][0] == "续建项目"


def test_english_of_a_total_of_a_set_and_of_a_part_by_size():
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    def en(metric: str) -> str | None:
        found = metric_english(metric, get_glossary())
        return found.text if found else None

    assert en("重点项目总投资") == "total investment in key projects"
    assert en("开工在建项目总投资") == "total investment in projects under construction"
    assert en("“一县一业”规上企业产值") == "output value of enterprises above designated size (one county, one industry)"
    assert en("开工在建亿元以上项目") == "projects worth over CNY 100 million under construction"  # metrics.DONE_TO
    assert en("飞地项目年税收") == "annual tax revenue from enclave projects"
    assert en("总投资") == "total investment"  # (the glossary's own term first)


def test_the_whole_after_a_count_is_what_was_counted():
    assert named("全年新增规模以上工业企业138家，年末总数达到2215家。") == [
        ("新增规模以上工业企业", 138, "家"), ("规模以上工业企业", 2215, "家")]
    assert named("新建5G基站300个，总数达到1200个。")[1] == ("5G基站", 1200, "个")
    assert named("新增学位9600个，总数1.2万个。")[1] == ("学位", 1.2, "万个")  # (one counter: 个)
    assert named("全市共有学校20所，总数比上年增加2所。")[1][0] == "学校"
    # another unit: not the count's whole
    assert named("新增学位9600个，总数达到85%。")[1][0] != "学位"


def test_a_bound_and_a_verb_before_a_share_are_no_part_of_its_name():
    # 最高提至90%: the bound (最高) and the verb (提至) are not the metric's
    assert named("对不裁员的参保企业，中小微企业返还比例最高提至90%。") == [("中小微企业返还比例", 90, "%")]
    assert named("企业养老保险单位缴费比例最低降至16%。") == [("企业养老保险单位缴费比例", 16, "%")]


def test_a_holidays_days_written_as_a_range_of_days_are_the_holidays_period():
    # 5月1日至5日 (the second day without its month) is the May Day holiday of 2024, not 1 May
    (visits, growth) = figs("据统计，5月1日至5日，全区共接待游客86.4万人次，同比增长23.5%。", date="2024-05-08")
    assert visits.period == growth.period == "2024-05-01/2024-05-05"
    assert holiday_of(visits.period) == "劳动节"
    assert indicators.period_span(visits, "count") == "holiday:劳动节"


# --- grouping (render/indicators.py) ---

def _source(slug: str, date: str, *docs: list[Figure], region: str = "某市") -> Source:
    return Source(slug=slug, path=f"{slug}.txt", encoding="utf-8", meta=Metadata(date=date, region=region),
                  documents=[Document(id=f"{slug}-{k}", title=f"文档{k}", date=date, figures=f)
                             for k, f in enumerate(docs, 1)])


def _fig(metric: str, value: float, unit: str, period: str, kind: str = "count", status: str = "actual",
         paragraph: str = "p1", comparison: str = "") -> Figure:
    return Figure(metric, value, unit, "…", paragraph, kind=kind, period=period, status=status,
                  is_target=status == "target", comparison=comparison)


def test_holiday_of_reads_the_schedule():
    assert holiday_of("2023-09-29/2023-10-06") == "国庆"  # 中秋国庆 2023: one span
    assert holiday_of("2024-05-01/2024-05-05") == "劳动节"
    assert holiday_of("2025-01-28/2025-02-04") == "春节"
    assert holiday_of("2024-05-01/2024-05-03") == "" and holiday_of("2024") == "" and holiday_of("") == ""


def test_a_holidays_figure_is_not_in_the_years_series():
    year_a = _source("2023-a", "2024-01", [_fig("接待游客", 2100, "万人次", "2023")])
    year_b = _source("2024-b", "2025-01", [_fig("接待游客", 2300, "万人次", "2024")])
    golden = _source("2023-c", "2023-10", [_fig("接待游客", 198, "万人次", "2023-09-29/2023-10-06")])
    golden2 = _source("2024-d", "2024-10", [_fig("接待游客", 230, "万人次", "2024-10-01/2024-10-07")])
    spring = _source("2024-e", "2024-02", [_fig("接待游客", 120, "万人次", "2024-02-10/2024-02-17")])
    groups = {key: [p.fig.value for p in points]
              for key, points in indicators.indicator_groups([year_a, year_b, golden, golden2, spring])}
    assert groups == {("接待游客", "count", "万人次", "actual", ""): [2100, 2300],
                      ("接待游客", "count", "万人次", "actual", "holiday:国庆"): [198, 230],
                      ("接待游客", "count", "万人次", "actual", "holiday:春节"): [120]}
    page = indicators.indicators_page(indicators.charted_groups([year_a, year_b, golden, golden2, spring]), {}, "zh")
    assert "## 接待游客（国庆假期，数量，万人次）" in page and "## 接待游客（数量，万人次）" in page
    assert "春节" not in page  # one document: no section
    en = indicators.indicators_page(indicators.charted_groups([golden, golden2]), {}, "en")
    assert "National Day holiday" in en


def test_a_change_or_goal_over_several_years_is_not_a_years():
    annual = _source("2023-a", "2024-01", [_fig("单位GDP能耗", 3.1, "%", "2023", kind="growth")],
                     [_fig("单位GDP能耗", 2.8, "%", "2022", kind="growth")])
    plan = _source("2021-b", "2021-03", [_fig("单位GDP能耗", 19.8, "%", "2016/2020", kind="growth")],
                   [_fig("单位GDP能耗", 14, "%", "2021/2025", kind="growth", status="target"),
                    _fig("单位GDP能耗", 3, "%", "2021", kind="growth", status="target")])
    # 比2020年下降14.5% in a plan for 2025: a change over five years, dated by its last
    other = _source("2021-c", "2021-06", [Figure("单位GDP能耗", 14.5, "%", "…", "p1", kind="growth", period="2025",
                                                 status="target", is_target=True, base_period="2020",
                                                 comparison="比2020年")])
    keys = {key: [p.fig.value for p in points] for key, points in indicators.indicator_groups([annual, plan, other])}
    assert keys[("单位GDP能耗", "growth", "%", "actual", "")] == [2.8, 3.1]
    assert keys[("单位GDP能耗", "growth", "%", "actual", "cumulative")] == [19.8]
    assert sorted(keys[("单位GDP能耗", "growth", "%", "target", "cumulative")]) == [14, 14.5]
    assert keys[("单位GDP能耗", "growth", "%", "target", "")] == [3]


def test_a_total_over_several_years_is_not_a_years():
    # 过去四年累计新增城镇就业16.8万人 beside 2024年新增城镇就业4.6万人: not one chart
    a = _source("2025-a", "2025-01", [_fig("新增城镇就业", 16.8, "万人", "2021/2024")])
    b = _source("2025-b", "2025-02", [_fig("新增城镇就业", 4.6, "万人", "2024")], region="另市")
    c = _source("2024-c", "2024-02", [_fig("新增城镇就业", 4.2, "万人", "2023")], region="另市")
    keys = {key[4]: [p.fig.value for p in points] for key, points in indicators.indicator_groups([a, b, c])}
    assert keys == {"cumulative": [16.8], "": [4.2, 4.6]}  # (另市 by period)
    page = indicators.indicators_page(indicators.charted_groups([a, b, c]), {}, "zh")
    assert "16.8" not in page and "## 新增城镇就业（数量，万人）" in page


def _said(metric: str, value: float, unit: str, period: str, sentence: str, text: str) -> Figure:
    return Figure(metric, value, unit, sentence, "p1", kind="count", period=period, text=text)


def test_a_running_total_up_to_a_date_is_one_with_the_total_since_a_year():
    # 2016年以来累计脱贫15.2万人 (2016/2019-09), 全市累计实现15.2万人脱贫 (undated): one fact, beside no year's figure
    a = _source("2019-a", "2019-09", [_said("脱贫", 15.2, "万人", "2016/2019-09", "2016年以来，累计脱贫15.2万人。",
                                            "15.2万人")])
    b = _source("2019-b", "2019-08", [_said("脱贫", 15.2, "万人", "2019-08",
                                            "经过近两年的努力，全市累计实现4个贫困县摘帽、15.2万人脱贫。", "15.2万人")])
    c = _source("2019-c", "2019-06", [_said("脱贫", 3.1, "万人", "2018", "2018年全市脱贫3.1万人。", "3.1万人")])
    groups = indicators.indicator_groups([a, b, c])
    assert [(key[4], [len(p.all) for p in points]) for key, points in groups] == [("", [1]), ("cumulative", [2])]
    # 截至2018年年底共完成了4个贫困县摘帽 (2018-12): a running total too
    d = _said("贫困县摘帽", 4, "个", "2018-12", "截至2018年年底，朝阳全市共完成了4个贫困县摘帽。", "4个")
    assert indicators.period_span(d, "count") == "cumulative"
    # a year's total (2023年累计完成投资…) is the year's; a stock at a date without a cue is a level
    e = _said("完成投资", 392.6, "亿元", "2023", "2023年累计完成投资392.6亿元。", "392.6亿元")
    f = _said("省级经济开发区", 7, "个", "2019-08", "目前全市有省级经济开发区7个。", "7个")
    assert indicators.period_span(e, "level") == "" and indicators.period_span(f, "count") == ""


def test_a_gap_against_a_wider_area_is_not_a_change_over_time():
    def gap(value: float, comparison: str, period: str) -> Figure:
        return Figure("规模以上工业增加值", value, "个百分点", "…", "p1", kind="growth", period=period,
                      comparison=comparison)

    a = _source("2024-a", "2024-07", [gap(1.6, "高于全省平均水平", "2024-01/2024-06"),
                                      gap(0.5, "比上半年", "2024-01/2024-09")])
    b = _source("2024-b", "2024-10", [gap(0.8, "高于全国", "2024-01/2024-09"), gap(0.4, "高于全省", "2024-01/2024-09")])
    spans = {key[4]: [p.fig.value for p in points] for key, points in indicators.indicator_groups([a, b])}
    assert spans == {"": [0.5], "vs:全省": [1.6, 0.4], "vs:全国": [0.8]}
    page = indicators.indicators_page(indicators.indicator_groups([a, b]), {}, "zh")
    assert "## 规模以上工业增加值（与全省比较，增长率，个百分点）" in page
    assert "compared with the province" in indicators.indicators_page(indicators.indicator_groups([a, b]), {}, "en")


def test_a_document_restating_its_figure_gives_one_point():
    # 1—9月份…亿元以上项目411个 (p9), then 紧盯…411个亿元以上项目 (p47, dated by the year): one point, the precise one
    speech = _source("2023-a", "2023-10", [_fig("亿元以上项目", 411, "个", "2023-01/2023-09", paragraph="p9"),
                                           _fig("亿元以上项目", 411, "个", "2023", paragraph="p47")])
    earlier = _source("2019-b", "2019-08", [_fig("亿元以上项目", 174, "个", "2019-01/2019-07")])
    ((_, points),) = indicators.charted_groups([speech, earlier])
    assert [(p.when, p.fig.value, p.fig.paragraph) for p in points] == [
        ("2019-01/2019-07", 174, "p1"), ("2023-01/2023-09", 411, "p9")]
    # in the order the other way round (the broad statement first), the same
    swapped = _source("2023-a", "2023-10", [_fig("亿元以上项目", 411, "个", "2023", paragraph="p2"),
                                            _fig("亿元以上项目", 411, "个", "2023-01/2023-09", paragraph="p30")])
    ((_, points),) = indicators.charted_groups([swapped, earlier])
    assert [(p.when, p.fig.paragraph) for p in points][1] == ("2023-01/2023-09", "p30")
    # a summary's undated restatement (period = the document's month) of a dated figure: one point
    summary = _source("2023-a", "2023-10", [_fig("亿元以上项目", 411, "个", "2023-10", paragraph="p1"),
                                            _fig("亿元以上项目", 411, "个", "2023-01/2023-09", paragraph="p9")])
    ((_, points),) = indicators.charted_groups([summary, earlier])
    assert [(p.when, p.fig.paragraph) for p in points][1] == ("2023-01/2023-09", "p9")


def test_one_document_with_the_same_value_in_two_years_keeps_both():
    doc = _source("2023-a", "2024-01", [_fig("省级经济开发区", 7, "个", "2022"), _fig("省级经济开发区", 7, "个", "2023"),
                                        _fig("省级经济开发区", 7, "个", "2023-01/2023-06")])
    ((_, points),) = indicators.indicator_groups([doc])
    assert [p.when for p in points] == ["2022", "2023-01/2023-06"]


def test_a_months_own_figure_is_not_in_the_series_of_the_year_to_that_month():
    def iva(value: float, period: str, sentence: str) -> Figure:
        return Figure("规模以上工业增加值", value, "%", sentence, "p1", kind="growth", period=period, comparison="同比",
                      text=f"{value}%")

    a = _source("2024-a", "2024-10", [iva(6.8, "2024-01/2024-09", "前三季度，全市规模以上工业增加值同比增长6.8%。"),
                                      iva(7.2, "2024-09", "9月份，全市规模以上工业增加值同比增长7.2%。")])
    b = _source("2024-b", "2024-07", [iva(7.3, "2024-01/2024-06", "1—6月份，规模以上工业增加值同比增长7.3%。"),
                                      iva(7.8, "2024-06", "6月份，规模以上工业增加值同比增长7.8%。")], region="另市")
    spans = {key[4]: [p.fig.value for p in points] for key, points in indicators.indicator_groups([a, b])}
    assert spans == {"": [7.3, 6.8], "month": [7.8, 7.2]}  # (by region: 另市 before 某市)
    assert "## 规模以上工业增加值（当月，增长率，%）" in indicators.indicators_page(indicators.indicator_groups([a]), {})
    # a stock at a month's end (6月末…余额…增长9.6%) is no month's own figure
    loans = Figure("各项贷款余额", 9.6, "%", "6月末，全市各项贷款余额同比增长9.6%。", "p1", kind="growth", period="2024-06",
                   text="9.6%")
    assert indicators.period_span(loans, "growth") == ""


def test_a_holidays_change_against_a_year_long_ago_is_not_its_change_on_last_year():
    # 中秋国庆期间…比2019年增长39% beside 国庆假期…同比增长12.6%
    long_ago = Figure("接待游客", 39, "%", "…", "p1", kind="growth", period="2023-09-29/2023-10-06",
                      comparison="比2019年", base_period="2019")
    last_year = Figure("接待游客", 12.6, "%", "…", "p1", kind="growth", period="2024-10-01/2024-10-07",
                       comparison="同比", base_period="2023-10-01/2023-10-07")
    assert indicators.period_span(long_ago, "growth") == "holiday:国庆|cumulative"
    assert indicators.period_span(last_year, "growth") == "holiday:国庆"
    assert indicators.span_label("holiday:国庆|cumulative", "zh") == "国庆假期，累计"
    assert indicators.span_label("holiday:国庆|cumulative", "en") == "National Day holiday, cumulative"


def test_what_a_running_total_reached_is_a_running_total_too():
    # 截至2024年底，全省累计改造城镇老旧小区7415个，惠及居民98.2万户: not beside a year's 惠及居民3150户
    hh = Figure("惠及居民", 98.2, "万户", "截至2024年底，全省累计改造城镇老旧小区7415个，惠及居民98.2万户。", "p1",
                kind="count", period="2024-12", text="98.2万户")
    assert indicators.period_span(hh, "count") == "cumulative"
    # a clause after ； is a sentence of its own
    other = Figure("惠及居民", 3150, "户", "全市累计改造小区120个；今年改造小区20个，惠及居民3150户。", "p1",
                   kind="count", period="2024-12", text="3150户")
    assert indicators.period_span(other, "count") == ""


def test_a_part_of_a_running_total_in_another_clause_is_not_one():
    # 截至目前，全市累计引进项目770个、开工在建项目502个，其中…亿元以上项目174个: 累计 is the 770's, the 174 is a
    # stock as of now (the same fact as 1—7月…其中亿元以上项目174个)
    f = Figure("开工在建亿元以上项目", 174, "个",
               "截至目前，全市累计引进项目770个、开工在建项目502个，其中5000万元以上项目259个、1亿元以上项目174个。", "p1",
               kind="count", period="2019-08", text="174个")
    assert indicators.period_span(f, "count") == ""


def test_a_growth_named_with_its_rate_word_is_the_growth_of_the_indicator():
    # 地区生产总值增速比一季度提高0.4个百分点 and 地区生产总值…比一季度加快0.3个百分点: one series
    a = _source("2024-a", "2024-07", [Figure("地区生产总值增速", 0.4, "个百分点", "…", "p1", kind="growth",
                                             period="2024-01/2024-06", comparison="比一季度")])
    b = _source("2024-b", "2024-07", [Figure("地区生产总值", 0.3, "个百分点", "…", "p1", kind="growth",
                                             period="2024-01/2024-06", comparison="比一季度")], region="另市")
    ((key, points),) = indicators.indicator_groups([a, b])
    assert key[0] == "地区生产总值" and len(points) == 2
    # a level keeps its name (增速 is no level)
    c = _source("2024-c", "2024-07", [Figure("地区生产总值增速", 5.2, "%", "…", "p1", kind="share", period="2024")])
    assert [k[0] for k, _ in indicators.indicator_groups([c])] == ["地区生产总值增速"]


def test_part_of_a_flow_or_a_level_after_qizhong_carries_the_whole():
    """其中 after a flow (新增市场主体…，其中企业…) counts new ones of the part; a level alone (其中省级12家) stands for
    the whole's kind at that level. Sentences invented for the rule."""
    from tests.test_figure_attributes import figs

    found = figs("全年新增市场主体5210户，其中企业1377户。全年新培育市级农业龙头企业41家，其中省级9家、国家级1家。",
                 date="2025-01-15", region="柳川县")
    assert [f.metric for f in found] == ["新增市场主体", "新增企业", "新培育市级农业龙头企业", "新培育省级农业龙头企业",
                                         "新培育国家级农业龙头企业"]
    stock = figs("全县有规模以上工业企业186家，其中高新技术企业42家。", date="2025-01-15", region="柳川县")
    assert [f.metric for f in stock] == ["规模以上工业企业", "高新技术企业"]  # (no flow: the part as written)


def test_a_bound_is_listed_but_not_drawn_as_a_value():
    """城镇登记失业率控制在3.8%以内 beside 3.5% and 3.6%: the bound stays in the table, the chart draws the values;
    约/左右 values are drawn. One value and one bound: no chart."""
    def rate(value: float, period: str, qualifier: str = "") -> Figure:
        f = _fig("城镇登记失业率", value, "%", period, kind="level")
        f.qualifier = qualifier
        return f

    a = _source("2023-a", "2024-01", [rate(3.5, "2023")])
    b = _source("2024-b", "2025-01", [rate(3.8, "2024", "以内")])
    c = _source("2022-c", "2023-01", [rate(3.6, "2022", "左右")])
    (key, points), = indicators.charted_groups([a, b, c])
    blocks, chart, svg = indicators._indicator_section(key, points, "zh")
    assert chart
    assert "3.8" not in svg and "3.5" in svg and "3.6" in svg
    assert "3\\.8%以内" in "\n".join(blocks)  # listed with its bound
    (key, points), = indicators.charted_groups([a, b])
    assert indicators._indicator_section(key, points, "zh")[1] == ""


def test_a_bare_count_of_enterprises_is_no_series():
    """深入23家企业实地检查 in one document, 269家企业与科研院校合作 in another: both name only 企业, no measure; they
    are not charted as one series (a named measure, 规模以上工业企业, still is)."""
    a = _source("2025-a", "2025-06", [_fig("企业", 23, "家", "2025-04/2025-05"), _fig("规模以上工业企业", 425, "家", "2024")])
    b = _source("2019-b", "2019-09", [_fig("企业", 269, "家", "2019-09"), _fig("规模以上工业企业", 398, "家", "2018")],
                region="另市")
    keys = {key[0] for key, _ in indicators.indicator_groups([a, b])}
    assert "企业" not in keys and "规模以上工业企业" in keys
