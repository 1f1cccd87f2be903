"""Titles of the forms disclosed every period (periodic_titles.period_form_title), honour lists, urgent notices and
titles closed by their document number. Titles invented for these tests (places not in the glossary, romanized); the
English written by hand in the frames' wording (生活必需品 "daily necessities", GWR 2011/275 and 2021/37; the frames
themselves are the project's, P)."""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "region", "en"), [
    ("第12周（3月16日—22日）棠溪市重要民生商品价格监测情况", "棠溪市",
     "Prices of Key Daily Necessities in Tangxi, Week 12 (16-22 March)"),
    # the week across a month's end, the place from the document's region
    ("第5周（1月26日—2月1日）生活必需品价格监测", "棠溪市",
     "Prices of Daily Necessities in Tangxi, Week 5 (26 January to 1 February)"),
    ("石桥镇柳塘村2026年第一季度村级财务公开", "柳塘村", "Financial Disclosure of Liutang Village, Shiqiao Town, Q1 2026"),
    ("柳塘村2026年下半年财务公开", "柳塘村", "Financial Disclosure of Liutang Village, H2 2026"),
    ("柳塘村2026年5月份财务公开", "柳塘村", "Financial Disclosure of Liutang Village, May 2026"),
    ("棠溪市人民政府门户网站2026年度工作报表", "棠溪市",
     "Annual Work Report Form of the Website of the Tangxi Municipal People's Government for 2026"),
])
def test_period_forms(zh: str, region: str, en: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", region)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize("zh", [
    "柳塘村2026年13月份财务公开",  # no such month
    "第12周（3月36日—42日）棠溪市重要民生商品价格监测情况",  # no such days
])
def test_impossible_periods_give_no_frame(zh: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", "棠溪市")
    assert item is None or "Disclosure" not in item.text and "Week" not in item.text


@pytest.mark.parametrize(("zh", "en"), [
    ("2026年度全市安全生产工作先进集体和先进个人名单",
     "List of Advanced Collectives and Individuals in Workplace Safety in 2026"),
    ("全县乡村振兴工作先进单位名单", "List of Advanced Units in Rural Revitalization"),
    # the decision commending them says the same
    ("关于表彰2026年度全市安全生产先进集体和先进个人的决定",
     "Decision on Commending the Citywide Advanced Collectives and Individuals in Workplace Safety in 2026"),
])
def test_honour_lists_name_the_honoured_and_their_field(zh: str, en: str) -> None:
    """先进集体, 先进个人 as the commendation decisions' headings say them (bulletin_words: 'Advanced Collectives');
    one wording across titles, headings and figure rows (P)."""
    item = TitleRenderer(get_glossary()).title(zh, "", "棠溪市")
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    ("2026年上半年棠溪市12345政务服务便民热线运行情况通报",
     "Bulletin on the Operation of the Tangxi 12345 Government Service Hotline in the First Half of 2026"),
    ("2026年第一季度12345政务服务便民热线运行情况",
     "Operation of the Tangxi 12345 Government Service Hotline in the First Quarter of 2026"),
])
def test_a_services_operation_over_a_period(zh: str, en: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", "棠溪市")
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_the_economys_operation_is_no_service() -> None:
    """经济运行 is the economic release's (report_titles), never 'the Operation of the Economy'."""
    item = TitleRenderer(get_glossary()).title("2026年第一季度全市经济运行情况通报", "", "棠溪市")
    assert item is None or "Operation of" not in item.text


@pytest.mark.parametrize(("zh", "en"), [
    ("关于切实做好当前强降雨防范应对工作的紧急通知",
     "Urgent Notice on Effectively Carrying Out the Prevention of and Response to the Current Heavy Rainfall"),
    ("关于做好强降雨防范应对工作的通知",
     "Notice on Doing a Good Job of the Prevention of and Response to Heavy Rainfall"),
])
def test_urgent_notices_on_preparing_for_heavy_rain(zh: str, en: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", "棠溪市")
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_a_title_closed_by_its_document_number_keeps_it_in_the_official_convention() -> None:
    item = TitleRenderer(get_glossary()).title("行政处罚决定书（棠市监处罚〔2026〕12号）", "", "棠溪市")
    assert item is not None
    assert (item.text, item.status) == ("Decision on Administrative Penalty (Tang Shi Jian Chu Fa [2026] No. 12)",
                                        "derived")


def test_a_number_after_an_untranslated_title_changes_nothing() -> None:
    item = TitleRenderer(get_glossary()).title("关于某某某某的通知（棠政发〔2026〕3号）", "", "棠溪市")
    assert item is None or item.status == "missing"
