"""A government office's circular of a year's farmland protection assessment results, read by hand (sentences invented
for these tests, not those of any fixture or of the untuned document that prompted the rules): a circular of a year's
assessment results (关于2025年度…考核结果的通报) reports that year, its table and later paragraphs too; the assessment
done between the year's end and the circular is a past act, and 目标责任 is no word of intent; 其 before a measure
is the unit just named; units counted by the grade they were rated, in English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from tests.event_docs import timeline
from tests.test_figure_attributes import figs, one

CIRCULAR = {"date": "2026-03-18", "region": "岚州市", "genre": "notice",
            "title": "岚州市人民政府办公室关于2025年度林长制目标责任考核结果的通报"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_circular_of_a_years_assessment_results_reports_that_year() -> None:
    found = figs("2025年，全市森林覆盖率达到58.4%。", "全年查处涉林案件126起，收回林地面积850亩。", **CIRCULAR)
    assert one(found, 126).period == "2025"  # (a paragraph without a year of its own: the year assessed)
    assert one(found, 850).period == "2025"


def test_the_assessment_done_before_the_circular_is_a_past_act() -> None:
    events = timeline("市林长办于2026年1月12日至2月3日对各县（区）2025年度林长制目标责任落实情况进行了考核。",
                      "各县（区）要在2026年5月31日前完成整改。", reporting="auto", region=CIRCULAR["region"],
                      date=CIRCULAR["date"], title=CIRCULAR["title"], genre="notice")
    kinds = {e.date: e.kind for e in events}
    assert kinds["2026-01-12/2026-02-03"] != "target"
    assert kinds["2026-05-31"] == "target"


def test_its_before_a_measure_is_the_unit_just_named() -> None:
    found = figs("安平县考核等级为合格，其森林蓄积量较上年减少1.2万立方米。", "其他林地面积3.4万亩。", **CIRCULAR)
    cut = one(found, 1.2)
    assert (cut.metric, cut.subject, cut.direction) == ("森林蓄积量", "安平县", "down")
    assert one(found, 3.4).metric == "其他林地面积"


@pytest.mark.parametrize(("zh", "english"), [
    ("考核等级为优秀的县（区）", "counties and districts rated excellent"),
    ("评定为不合格的单位", "units rated unsatisfactory"),
])
def test_units_counted_by_the_grade_they_were_rated(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_count_of_units_rated_a_grade_in_a_row() -> None:
    f = one(figs("经综合评定，南岭县等4个县（区）考核等级为优秀。", **CIRCULAR), 4)
    assert _english(f) == "Counties and districts rated excellent: 4, 2025"


def test_the_circulars_title() -> None:
    from build_tools.translate.titles import TitleRenderer

    zh = "岚州市人民政府办公室关于2025年度耕地保护目标责任考核结果的通报"
    title = TitleRenderer(get_glossary()).title(zh, issuer="岚州市人民政府办公室", region="岚州市")
    assert getattr(title, "text", title) == (
        "Circular of the General Office of the Lanzhou Municipal People's Government on the Results of the 2025 "
        "Assessment of Farmland Protection Responsibilities")
