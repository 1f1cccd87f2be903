"""Rules found by held-out set 69 (a statistics bureau's livestock release, a postal administration's monthly
report), tested on invented sentences of other documents of their genres."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

POSTAL = {"date": "2025-08-12", "region": "栖川市", "genre": "statistics", "title": "2025年1-7月栖川市邮政行业运行情况"}
FARMING = {"date": "2025-07-22", "region": "栖川市", "genre": "statistics", "title": "2025年上半年全市畜牧业生产情况"}


def test_a_running_total_compared_with_the_same_months_is_the_flow_of_the_span():
    """1-7月，…；X累计完成…，同比增长…: the months' flow, not a running total at July; without the comparison a
    running count (累计引进…个) still stands at the span's end."""
    found = figs("1-7月，全市快递业务量累计完成3.12亿件，同比增长11.4%；快递业务收入累计完成14.6亿元，同比增长8.2%；"
                 "包裹业务量累计完成18.5万件，比上年同期下降2.1%。", **POSTAL)
    assert one(found, 14.6).period == "2025-01/2025-07"
    assert one(found, 18.5).period == "2025-01/2025-07"
    found = figs("今年1月至7月，全市招商引资成效明显；累计引进项目45个。", date="2025-08-12", region="栖川市")
    assert one(found, 45).period == "2025-07"


def test_a_bound_set_by_a_cited_rule_is_a_requirement_in_any_genre():
    """按照《…方案》/按照…标准 before a bound (不低于, 不少于): the norm the cited rule sets, no figure of the months."""
    found = figs("按照《栖川市肉牛产业振兴方案》（栖农发〔2023〕5号），全市基础母牛保有量不低于6.5万头。"
                 "按照全省邮政普遍服务标准，乡镇邮件投递频次每周不少于6次。", **FARMING)
    assert (one(found, 6.5).status, one(found, 6.5).period) == ("requirement", "")
    assert one(found, 6).status == "requirement"
    found = figs("上半年，全市能繁母猪存栏不低于4.2万头。", **FARMING)  # no rule cited: an outcome stated as a floor
    assert one(found, 4.2).status == "actual"


def test_a_grant_per_head_of_livestock_is_a_standing_rate():
    found = figs("落实生猪良种补贴政策，对购买种公猪的每头补贴800元。", **FARMING)
    assert one(found, 800).status == "requirement"


def test_the_sequential_change_of_a_quarter_end_stock_is_against_the_quarter_before():
    """二季度末…存栏…环比: against the end of March, not May; a month's end (6月末) stays against the month before."""
    found = figs("二季度末，全市生猪存栏56.3万头，同比下降2.4%，环比增长1.7%。", **FARMING)
    assert (one(found, 1.7).period, one(found, 1.7).base_period) == ("2025-06", "2025-03")
    found = figs("6月末，全市生猪存栏56.3万头，环比增长1.7%。", **FARMING)
    assert one(found, 1.7).base_period == "2025-05"


def test_both_parts_of_a_running_header_split_at_its_gap_are_dropped():
    """A page header with the body on the left and the document on the right (栖川市交通运输局　　…　　客运运行情况):
    the packed-line split makes two lines; the repeated left part is a running header, and so is the right part of
    the same line, which must not be joined into the sentence cut by the page break."""
    from build_tools.clean import clean

    header = "栖川市交通运输局" + "\u3000" * 14 + "客运运行情况"
    pages = ["\u3000\u30001-9月，全市交通运输行业运行总体平稳，客运市场持续恢复，各种运输方式客运量保持增长，"
             "现将有关情况通报如下：\n\u3000\u3000全市公路客运量完成812万人次，同比下降3.2%；城市公交客运量完成1.46亿",
             "人次，同比增长4.1%；出租汽车客运量完成3260万人次，同比增长2.7%；轨道交通",
             "客运量完成8640万人次，同比增长12.5%；水路客运量完成21.6万人次，下降1.",
             "8%。"]
    raw = ""
    for n, text in enumerate(pages, 1):
        raw += (f"\f{header}\n\n" if n > 1 else "") + text + f"\n\n{' ' * 30}— {n} —\n"
    c = clean(raw.replace("\f", "\n"))
    text = "".join(b.text for b in c.blocks)
    assert "客运运行情况" not in text and "栖川市交通运输局" not in text
    assert "1.46亿人次" in text and "下降1.8%" in text


def test_the_unit_a_price_is_quoted_per_is_no_part_of_its_name():
    found = figs("二季度全市活牛出场均价为每公斤26.4元，比一季度下降3.1%，比上年同期下降9.8%。", **FARMING)
    assert {f.metric for f in found} == {"活牛出场均价"}


def test_livestock_in_stock_carried_from_a_span_is_counted_at_its_end():
    """上半年，…出栏…。…存栏…: a head count in stock is taken at the end of June, not over the half-year; the
    slaughter of the span stays a flow."""
    found = figs("上半年，全市牛出栏3.2万头，同比增长4.1%。石门县是全省肉牛养殖重点县，肉牛存栏2.6万头，"
                 "占全市肉牛存栏的28.5%。", **FARMING)
    assert one(found, 3.2).period == "2025-01/2025-06"
    assert one(found, 2.6).period == "2025-06" and one(found, 28.5).period == "2025-06"


def test_a_countys_title_before_its_name_is_no_part_of_the_subject():
    found = figs("上半年，产粮大县石门县完成粮食播种面积42.6万亩。生猪调出大县白沙县调出生猪12.4万头。", **FARMING)
    assert one(found, 42.6).subject == "石门县" and one(found, 12.4).subject == "白沙县"


def test_a_deadlines_year_end_before_the_whole_region_leaves_no_subject():
    """支持石门县…，力争到2027年底全市…: 全市 after the deadline is the region, not the county of the clause before."""
    found = figs("支持石门县建设肉牛屠宰加工项目，力争到2027年底全市肉牛存栏达到15万头。", **FARMING)
    assert one(found, 15).subject == ""


def test_a_span_opened_after_an_as_of_date_frames_the_sentences_after_it():
    """截至7月底，…。1-7月，…。X…同比增长: the months' span frames the undated sentence after it, not the as-of date the
    paragraph opened with; without the span the as-of date still holds."""
    found = figs("截至7月底，全市共有邮政营业场所68处。1-7月，全市邮政企业累计投递平常信函2.1万件。"
                 "全市村邮站代收代投邮件快件870万件，同比增长19.4%。", **POSTAL)
    assert one(found, 68).period == "2025-07"
    assert one(found, 870).period == "2025-01/2025-07"
    found = figs("截至7月底，全市共有邮政营业场所68处。全市建制村快递服务覆盖率达到100%。", **POSTAL)
    assert one(found, 100).period == "2025-07"


def test_an_index_of_concentration_or_development_is_read_without_a_unit():
    """品牌集中度指数CR8为84.6，比上年同期下降1.3; 快递发展指数为236.5: an index and its change, no unit."""
    found = figs("1-7月，全市快递与包裹服务品牌集中度指数CR8为82.3，比上年同期下降0.9。全市邮政业发展指数为215.4。",
                 **POSTAL)
    assert (one(found, 82.3).metric, one(found, 0.9).direction) == ("快递与包裹服务品牌集中度指数CR8", "down")
    assert one(found, 215.4).unit == ""
    assert [f for f in found if f.value == 8] == []  # the 8 of CR8 names the index


def test_two_clauses_each_dated_after_their_own_yu_are_two_events():
    """…已于4月底前全面完成，…于8月20日启动: a deadline met and a day started, each its own entry; a single 于
    date still gives one."""
    from tests.test_events import events_of

    found = events_of("全县春季动物疫病集中免疫已于4月底前全面完成，秋季集中免疫于8月20日启动。", date="2025-09-10",
                      title="2025年前三季度全县畜牧业生产情况")
    assert sorted((e.date, e.kind) for e in found) == [("2025-04", "event"), ("2025-08-20", "event")]
    (one_event,) = events_of("全县秋季集中免疫于8月20日启动，覆盖全部乡镇。", date="2025-09-10",
                             title="2025年前三季度全县畜牧业生产情况")
    assert one_event.date == "2025-08-20"
    # (计划于6月底前…，…将于6月30日前…: one day said twice, one entry)
    (same_day,) = events_of("计划于6月底前推出8条精品线路，石门景区索道将于6月30日前建成开放。", date="2025-02-10",
                            title="春节假期全市旅游市场综述")
    assert same_day.kind == "target"


def test_a_decisions_fine_after_its_noun_is_the_fined_companys():
    """对X有限公司…的行为，依法作出罚款2万元的行政处罚 / 处以罚款2万元: the fine (罚款), of the company after 对; a
    fine collected (收缴罚款) keeps its verb."""
    for text in ("其中，对栖川市顺捷快递服务有限公司未按规定验视收寄物品的行为，依法作出罚款2万元的行政处罚"
                 "（栖邮管罚〔2025〕9号）。", "对栖川市顺捷快递服务有限公司处以罚款2万元。"):
        fine = one(figs(text, **POSTAL), 2)
        assert (fine.metric, fine.subject) == ("罚款", "栖川市顺捷快递服务有限公司")
    assert one(figs("1-7月，共收缴罚款4.6万元。", **POSTAL), 4.6).metric == "收缴罚款"


def test_a_commoditys_price_per_kilogram_keeps_its_rate():
    found = figs("6月份全市玉米平均价格为每公斤2.26元，豆粕为每公斤3.38元，分别下降6.2%和12.4%。", **FARMING)
    assert (one(found, 3.38).metric, one(found, 3.38).unit) == ("豆粕", "元/公斤")
    assert one(found, 12.4).metric == "豆粕"
