"""English of a minimum wage notice's standards and of a residents' medical insurance notice's benefits (held-out set
27): names written for these tests (variants, not the fixture's own where a rule composes them), expectations read
from the official renderings and project renderings cited in metric_vocab/benefits.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("月最低工资标准", "monthly minimum wage"),
    ("小时最低工资标准", "hourly minimum wage"),
    ("四类地区月最低工资标准", "monthly minimum wage (category IV areas)"),
    ("二类地区小时最低工资标准", "hourly minimum wage (category II areas)"),
])
def test_minimum_wage_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("大病保险起付标准", "deductible line of serious illness insurance"),
    ("三级医疗机构起付线", "deductible line (tertiary hospitals)"),
    ("乡镇卫生院政策范围内报销比例", "reimbursement rate for expenses covered by relevant policies (township health centers)"),
    ("2万元至8万元（含）的部分报销", "reimbursement rate for costs of CNY 20,000 to 80,000"),
    ("8万元以上的部分报销", "reimbursement rate for costs above CNY 80,000"),
    ("各级财政补助", "government subsidies"),
    ("待遇等待期", "waiting period for benefits"),
])
def test_insurance_benefit_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_an_unknown_category_or_level_stays_untranslated() -> None:
    """A category or a hospital level before a name the vocabulary does not know gives no English (no half rows)."""
    assert metric_en("一类地区某某补贴") is None
    assert metric_en("县级医疗机构某某指标") is None


def test_the_newborns_time_limit() -> None:
    assert metric_en("新生儿参保缴费时限") == "time limit for newborns' enrolment and payment"


@pytest.mark.parametrize(("zh", "issuer", "english"), [
    ("栖川市人力资源和社会保障局关于调整全市最低工资标准的通知", "栖川市人力资源和社会保障局",
     "Notice of the Qichuan Municipal Human Resources and Social Security Bureau on Adjusting Minimum Wages in the City"),
    ("关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知", "",
     "Notice on Doing a Good Job of Enrolment and Contributions of Basic Medical Insurance for Rural and Non-Working "
     "Urban Residents in 2027"),
])
def test_titles_of_wage_and_insurance_notices(zh: str, issuer: str, english: str) -> None:
    """全市/全县 before the object: the issuer's whole area ("in the City"); an insurance scheme's 参保缴费 and 待遇保障
    composed with the scheme's glossary name (project renderings)."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    found = TitleRenderer(get_glossary(), "2026").title(zh, issuer, "")
    assert found is not None and found.text == english


def test_a_share_of_the_contribution_paid_as_assistance() -> None:
    assert metric_en("定额资助占个人缴费标准比例") == "share of fixed assistance in personal contributions"


@pytest.mark.parametrize(("text", "date", "english"), [
    ("2027年度居民医保集中缴费期为2026年10月1日至2026年12月31日", "2026-10-01/2026-12-31",
     "Main payment period: 1 October to 31 December 2026."),
    ("待遇享受期为2027年1月1日至2027年12月31日。", "2027-01-01/2027-12-31", "Benefit period: 1 January to 31 December 2027."),
])
def test_a_named_window_of_an_insurance_year(text: str, date: str, english: str) -> None:
    """集中缴费期为…至…, 待遇享受期为…至…: the window's name and its dates (project renderings)."""
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    event = Event(date=date, text=text, paragraph="p1", precision="interval", kind="period", sort_key=date[:10])
    assert standard_clause(event) == english


@pytest.mark.parametrize(("text", "date", "precision", "english"), [
    ("网上报名时间为2030年7月6日至7月10日", "2030-07-06/2030-07-10", "interval", "Online registration: 6-10 July 2030."),
    ("报名时间：2030年3月2日9:00至3月6日17:00。", "2030-03-02/2030-03-06", "interval",
     "Registration: 2-6 March 2030."),
    ("笔试时间：2030年3月28日上午9:00—11:30，笔试满分为100分。", "2030-03-28", "day",
     "Written examination: 28 March 2030."),
    ("（二）现场审核时间为2030年7月13日至7月15日，地点另行通知。", "2030-07-13/2030-07-15", "interval",
     "On-site verification: 13-15 July 2030."),
    ("报名人数较多时另行通知考试时间。", "2030-07-13", "day", None),  # no step with its dates
])
def test_the_dated_steps_of_a_notice(text: str, date: str, precision: str, english: str | None) -> None:
    """报名时间为…至…, 笔试时间：…: the step and its dates, what follows a comma left out (project renderings)."""
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    event = Event(date=date, text=text, paragraph="p1", precision=precision, kind="period", sort_key=date[:10])
    assert standard_clause(event) == english


@pytest.mark.parametrize(("text", "date", "english"), [
    ("录取结果于2030年7月25日前在县教育局网站公布。", "2030-07-25", "Admission results to be published by 25 July 2030."),
    ("抽查结果将于2030年9月1日发布。", "2030-09-01", "Spot-check results to be published on 1 September 2030."),
    ("听证会定于2030年12月5日上午9:00在市政务服务中心举行。", "2030-12-05",
     "A public hearing is to be held on 5 December 2030."),
    ("录取结果公布后，家长可登录网站查询。", "2030-07-25", None),  # no date of its own
])
def test_scheduled_steps_of_a_notice(text: str, date: str, english: str | None) -> None:
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    event = Event(date=date, text=text, paragraph="p1", precision="day", kind="target", sort_key=date)
    assert standard_clause(event) == english
