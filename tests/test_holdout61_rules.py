"""Rules written after the sixty-first held-out set's first run (a county's agricultural insurance implementation plan
as a DOCX with a merged-cell table, a city's local regulation on a gazette page), each tested on sentences and tables
written for it, not the set's own."""

from __future__ import annotations

from build_tools.extract.figures.header_rows import merge_header_rows, pick_unit_alternatives
from build_tools.extract.figures.tables import table_sentences
from build_tools.model import Paragraph
from tests.test_figure_attributes import figs, one


def _table(*rows: tuple[str, ...]) -> list[str]:
    return table_sentences(Paragraph(id="p1", text="", role="table", cells=[list(r) for r in rows]))


def test_a_header_cell_spanning_the_last_columns_names_the_cells_under_it():
    """A Word table whose 分担比例（%） spans three columns: the converter writes it once in the first row and the cells
    merged down the two rows twice; the columns under the span are named by their own name and the span's."""
    rows = [["项目", "补助标准（元/户）", "分担比例（%）"],
            ["项目", "补助标准（元/户）", "省级", "市级", "县级"],
            ["改厕", "1200", "50", "30", "20"]]
    assert merge_header_rows(rows) == [["项目", "补助标准（元/户）", "省级分担比例（%）", "市级分担比例（%）",
                                        "县级分担比例（%）"], ["改厕", "1200", "50", "30", "20"]]
    assert _table(*map(tuple, rows)) == ["改厕补助标准1200元/户，改厕省级分担比例50%，改厕市级分担比例30%，改厕县级"
                                         "分担比例20%。"]


def test_two_header_rows_of_figures_or_of_equal_length_are_no_span():
    rows = [["地区", "2024年", "2025年"], ["东区", "12", "15"], ["西区", "8", "9"]]
    assert merge_header_rows(rows) == rows
    rows = [["地区", "产量（吨）"], ["东区", "12", "15"], ["西区", "8", "9"]]
    assert merge_header_rows(rows) == rows  # (a data row longer than the header: no names under a span)


def test_a_unit_naming_alternatives_takes_the_one_of_each_row():
    """补贴标准（元/亩、元/只）: per mu for a crop's row, per head for an animal's."""
    rows = [["品种", "补贴标准（元/亩、元/只）", "县级承担（%）"], ["油茶", "150", "40"], ["肉羊", "40", "30"]]
    assert pick_unit_alternatives(rows) == [["品种", "补贴标准", "县级承担（%）"], ["油茶", "150元/亩", "40"],
                                            ["肉羊", "40元/只", "30"]]
    assert _table(*map(tuple, rows)) == ["油茶补贴标准150元/亩，油茶县级承担40%。", "肉羊补贴标准40元/只，肉羊县级承担30%。"]


def test_money_per_mu_or_head_is_a_rate_in_yuan():
    found = figs("油茶种植补贴标准为150元/亩，肉羊养殖补贴标准为40元/只。", date="2025-05-10", region="岚山县",
                 title="岚山县2025年特色产业补贴实施细则")
    assert (one(found, 150).unit, one(found, 150).base_unit) == ("元/亩", "CNY")
    assert (one(found, 40).unit, one(found, 40).base_unit) == ("元/只", "CNY")


INSURANCE = {"date": "2025-04-02", "region": "岚山县", "genre": "plan", "title": "岚山县2025年政策性农业保险实施方案"}


def test_an_insurance_schemes_year_plan_sets_norms_of_its_year_and_reviews_the_last():
    """A county's 2025 insurance implementation plan: its premium rate and the farmer's share are norms of 2025, its
    goals under 目标任务 targets, and what a heading of 2024's work (2024年工作开展情况) reports actuals of 2024."""
    found = figs("一、2024年工作开展情况", "全年支付赔款3120万元，受益农户1.2万户次。",
                 "二、目标任务", "力争全县保费规模达到5000万元。",
                 "三、补贴政策", "生猪保险费率为5%，农户自缴比例为20%。", headings={0: 1, 2: 1, 4: 1}, **INSURANCE)
    assert (one(found, 3120).status, one(found, 3120).period) == ("actual", "2024")
    assert (one(found, 5000).status, one(found, 5000).period) == ("target", "2025")
    assert (one(found, 5).status, one(found, 5).period) == ("requirement", "2025")
    assert one(found, 20).status == "requirement"


def test_a_plan_whose_heading_reviews_no_past_year_keeps_its_targets():
    found = figs("一、工作开展情况", "力争年内新建农业保险服务站12个。", headings={0: 1}, **INSURANCE)
    assert one(found, 12).status == "target"


REGULATION = {"date": "2025-10-30", "region": "岚山市", "genre": "policy", "title": "岚山市城市绿化条例"}


def test_a_regulations_fines_written_before_their_noun_are_standing_rules():
    """处一万元以上五万元以下罚款: each bound of the range is the fine, a norm with no period; so is a fixed fine."""
    found = figs("违反本条例第二十条规定，擅自砍伐城市树木的，由城市管理主管部门责令停止侵害，处一万元以上五万元以下罚款。",
                 "在绿地内设置广告牌的，责令限期拆除，对个人处200元罚款。", **REGULATION)
    for value in (1, 5):
        f = one(found, value, "万元")
        assert (f.metric, f.status, f.period) == ("罚款", "requirement", "")
    assert (one(found, 200).metric, one(found, 200).status) == ("罚款", "requirement")


def test_bounds_of_a_class_stay_no_fine():
    """对投资5000万元以上的项目给予奖励: the bound of the projects, no figure (no 处 … 罚款 around it)."""
    found = figs("对投资5000万元以上的项目给予一次性奖励20万元。", **REGULATION)
    assert [f.value for f in found if f.value == 5000] == []


def test_a_fine_quoted_from_the_law_by_a_decision_is_no_figure():
    found = figs("依据《中华人民共和国某某法》第九十条“情节严重的，处二万元以上二十万元以下罚款”的规定，应予处罚。",
                 date="2025-09-12", region="岚山县", title="行政处罚决定书", genre="notice")
    assert [f.value for f in found if f.unit == "万元"] == []


def test_english_of_an_insured_products_terms():
    """A plan's table terms by product (full-cost insurance for a crop, a livestock's insurance), and the plan's
    review words (P; premium and claim payment after YB 18-21)."""
    from build_tools.translate.metric_vocab.insurance import INSURANCE_EXACT, insurance_metric

    assert insurance_metric("小麦完全成本保险保险金额") == "sum insured of full-cost insurance for wheat"
    assert insurance_metric("奶牛保险中央财政保费补贴比例") == (
        "share of the premium of dairy cow insurance subsidized by the central government")
    assert insurance_metric("油菜种植保险保险费率") == "premium rate of planting insurance for rapeseed"
    assert insurance_metric("某某保险保险金额") is None  # (an unknown product: no guess)
    assert INSURANCE_EXACT["支付赔款"][0] == "claim payment"


def test_a_regulation_adopted_approved_and_in_force_gives_three_entries_and_its_last_article_none_more():
    """…于2025年6月26日通过，省人大常委会…于2025年9月25日批准，现予公布，自2026年1月1日起施行: the city's adoption,
    the province's approval and the entry into force, each dated; the regulation's last article restating the entry
    into force (本条例自2026年1月1日起施行) is the same fact."""
    from build_tools.extract.event_identity import same_fact
    from build_tools.extract.events import extract_events
    from build_tools.model import Document, Metadata

    doc = Document(id="g", title="岚山市城市绿化条例", date="2025-10-10", paragraphs=[
        Paragraph(id="p1", text="《岚山市城市绿化条例》已由岚山市第九届人民代表大会常务委员会第十二次会议于2025年6月26日"
                                "通过，某某省第十四届人民代表大会常务委员会第十六次会议于2025年9月25日批准，现予公布，"
                                "自2026年1月1日起施行。"),
        Paragraph(id="p2", text="第三十条　本条例自2026年1月1日起施行。")])
    events = extract_events(doc, Metadata(date="2025-10-10"))
    assert [(e.date, e.kind) for e in events if e.paragraph == "p1"] == [
        ("2025-06-26", "event"), ("2025-09-25", "event"), ("2026-01-01", "target")]
    in_force = [e for e in events if e.date == "2026-01-01"]
    assert all(same_fact(a, b) for a in in_force for b in in_force)


def test_two_laws_in_force_the_same_day_stay_two_facts():
    from build_tools.extract.event_identity import same_fact_keys

    assert not same_fact_keys("某市物业管理条例自2026年1月1日起施行", "2026-01-01",
                              "某市养犬管理条例自2026年1月1日起施行", "2026-01-01")


def test_an_insurances_period_and_observation_period_are_figures():
    found = figs("奶牛保险的保险期间自起保之日起计算，最长不超过365天；设观察期20天。", **INSURANCE)
    assert (one(found, 365).unit, one(found, 365).status) == ("天", "requirement")
    assert one(found, 20).status == "requirement"


def test_a_place_named_by_a_superlative_is_the_subject():
    """受灾最重的X镇获赔…: the town is what the figure is about, the superlative says which one it is."""
    found = figs("受灾最重的青石镇获赔860万元，占全县赔款总额的31.2%。", **INSURANCE)
    assert (one(found, 860).subject, one(found, 860).metric) == ("青石镇", "获赔")
    assert one(found, 31.2).subject == "青石镇"


def test_a_cap_per_household_is_a_rule_named_by_what_it_caps():
    found = figs("在禁养区以外，每户限养两只犬。", "购房人每人限购2套住房。", **REGULATION)
    assert (one(found, 2, "只").metric, one(found, 2, "只").status) == ("每户限养犬", "requirement")
    assert one(found, 2, "套").metric == "每人限购住房"


def test_a_time_limit_of_the_one_who_must_act_is_named_by_the_act():
    found = figs("发生事故后，投保人应当在24小时内向保险机构报案。", **INSURANCE)
    assert (one(found, 24).metric, one(found, 24).status) == ("报案时限", "requirement")


def test_a_plan_steps_run_in_heading_with_its_span_is_a_period_entry():
    from build_tools.extract.events import extract_events
    from build_tools.model import Document, Metadata

    doc = Document(id="w", title="岚山县2025年秸秆综合利用工作方案", date="2025-03-01", paragraphs=[
        Paragraph(id="p1", text="（二）集中推进阶段（4月10日至8月31日）。", heading=2),
        Paragraph(id="p2", text="各乡镇组织农户开展秸秆还田。"),
        Paragraph(id="p3", text="（三）常态管理阶段（全年）。", heading=2)])
    events = extract_events(doc, Metadata(date="2025-03-01"))
    assert [(e.date, e.kind, e.paragraph) for e in events] == [("2025-04-10/2025-08-31", "period", "p1")]


def test_english_headings_of_an_insurance_plan():
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary())
    assert renderer.heading_text("保费补贴政策") == "Premium Subsidy Policies"  # (the numbering is added apart)
    assert renderer.heading_text("理赔规定") == "Claims Rules"
