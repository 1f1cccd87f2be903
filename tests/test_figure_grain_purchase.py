"""Figures of a county's news of its autumn grain purchase (an untuned genre, read by hand 2026-12-07): a price per
jin, a price stated as the standard it applies, a bank branch as the subject, the parts of a purchase after 其中, an
estimate after a count as of a day, the county as the report's voice. Sentences invented for these tests."""

from __future__ import annotations

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NEWS = {"date": "2025-10-28", "region": "沅江县", "genre": "news", "title": "沅江县秋粮收购有序推进"}


def _fig(text: str, value: float):
    return one(figs(text, **NEWS), value)


def _en(fig) -> str:
    return figure_row(fig, get_glossary(), Context()).text


def test_a_price_per_jin_has_its_unit() -> None:
    fig = _fig("目前市场收购均价为每斤1.29元，比去年同期下降0.05元。", 1.29)
    assert (fig.metric, fig.unit) == ("市场收购均价", "元/斤")
    assert _en(fig) == "Average market purchase price: CNY 1.29 per jin, October 2025"


def test_a_price_stated_as_the_standard_it_applies() -> None:
    fig = _fig("早籼稻最低收购价执行每斤1.24元的国家标准。", 1.24)
    assert (fig.metric, fig.unit) == ("早籼稻最低收购价", "元/斤")


def test_a_bank_branch_is_the_subject() -> None:
    fig = _fig("农发行沅江县支行已发放收购贷款2.4亿元。", 2.4)
    assert fig.subject == "农发行沅江县支行" and "支行" not in fig.metric
    assert "分行" not in _fig("沅江县分行业看，粮油加工业产值增长6%。", 6).subject  # (分行业: by industry)


def test_the_parts_of_a_purchase_are_purchased() -> None:
    found = figs("截至10月25日，全县累计收购秋粮8.3万吨，其中中晚稻7.1万吨、玉米1.2万吨。", **NEWS)
    assert [f.metric for f in found] == ["收购秋粮", "收购中晚稻", "收购玉米"]
    assert _en(one(found, 1.2)) == "Corn purchased: 12,000 tons, as of 25 October 2025"
    assert one(figs("全年粮食总产量41万吨，其中稻谷30万吨。", **NEWS), 30).metric == "稻谷"  # (output: no flow)


def test_an_estimate_after_a_count_as_of_a_day_is_of_the_year() -> None:
    found = figs("截至10月25日，全县累计收购秋粮8.3万吨。预计全县秋粮收购总量将达到13万吨左右。", **NEWS)
    total = one(found, 13)
    assert (total.status, total.period, total.edge) == ("forecast", "2025", "")


def test_the_county_as_the_voice_is_no_part_of_the_name() -> None:
    assert _fig("县里今年共设立收购网点27个。", 27).metric == "设立收购网点"


def test_a_list_of_totals_as_of_a_day_says_so() -> None:
    from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list

    found = figs("截至10月25日，全县累计收购秋粮8.3万吨，同比增加0.9万吨。", **NEWS)
    assert figure_list(found, get_glossary(), Context(), TIMELINE_LEADS, "2025-10-25") == (
        "Figures as of 25 October 2025 — autumn grain purchased: 83,000 tons, up 9,000 tons year on year.")
