"""Frames added for held-out set E (issue 12): meetings of the document's own region, leaders' inspections, replies
to deputies and CPPCC members, work reports of courts and congresses, a place's report on a field, topic
communiqués, special plans, rules, guides and lists, edition notes, month campaigns, censuses, a place as issuer.

The titles below were written for these tests (not taken from set E); the English is written by hand in the frames'
wording. Set E (tests/fixtures/translate/titles_e.txt, hand-written English in titles_e_expected.txt) was written
and committed before any of these rules was run on it."""

from pathlib import Path

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer

FIXTURES = Path(__file__).parent / "fixtures" / "translate"


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2025")


def _composed(renderer: TitleRenderer, zh: str, region: str) -> str:
    """The English of a title the frames compose whole (status derived)."""
    title = renderer.title(zh, "", region)
    assert title is not None and title.status == "derived", title
    return title.text


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("我县召开2024年防汛工作会议", "白河县", "Baihe County Holds the 2024 Flood Control Work Conference"),
    ("全市召开2023年度安全生产工作会议", "梧江市", "Wujiang Holds the 2023 Work Safety Conference"),
    ("县政府召开第12次常务会议", "白河县", "Baihe County People's Government Holds Its 12th Executive Meeting"),
    ("我市召开三季度经济运行分析会", "梧江市", "Wujiang Holds a Meeting to Analyze Economic Performance in the Third Quarter"),
    ("我区举行2024年第四季度重点项目集中开工仪式", "临溪区",
     "Linxi District Holds Groundbreaking Ceremony for Key Projects of the Fourth Quarter of 2024"),
])
def test_meetings_of_the_documents_own_region(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    assert _composed(renderer, zh, region) == english


def test_our_city_in_a_countys_document_is_no_name(renderer: TitleRenderer) -> None:
    """我市 said in a county's document does not name the county: nothing is composed."""
    assert renderer.title("我市召开2024年防汛工作会议", "", "白河县") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("县长刘伟调研防汛工作", "County Head Liu Wei Inspects Flood Control"),
    ("副县长陈静带队检查森林防火工作", "Deputy County Head Chen Jing Leads an Inspection of Forest Fire Prevention"),
    ("县委书记赵刚调研乡村振兴工作", "Zhao Gang, Secretary of the County Party Committee, Inspects Rural Revitalization"),
])
def test_a_leaders_inspection(renderer: TitleRenderer, zh: str, english: str) -> None:
    title = renderer.title(zh, "", "白河县")
    assert title is not None and title.status == "derived", title
    assert title.text == english


def test_an_inspection_of_an_unknown_subject_is_not_composed(renderer: TitleRenderer) -> None:
    assert renderer.title("县长刘伟调研某某工作", "", "白河县") is None


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("关于县十九届人大二次会议第17号建议的答复", "白河县",
     "Reply to Suggestion No. 17 Made at the Second Session of the 19th County People's Congress"),
    ("对市第十六届人大五次会议第208号建议的答复", "梧江市",
     "Reply to Suggestion No. 208 Made at the Fifth Session of the 16th Municipal People's Congress"),
    ("关于政协白河县第九届委员会第二次会议第31号提案的答复", "白河县",
     "Reply to Proposal No. 31 Made at the Second Session of the 9th Baihe County Committee of the CPPCC"),
])
def test_replies_to_deputies_and_members(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    assert _composed(renderer, zh, region) == english


def test_a_suggestion_without_a_level_takes_the_regions(renderer: TitleRenderer) -> None:
    title = renderer.title("关于十九届人大二次会议第17号建议的答复", "", "白河县")
    assert title is not None and "19th County People's Congress" in title.text
    assert renderer.title("关于十九届人大二次会议第17号建议的答复", "", "") is None


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("白河县人民法院工作报告", "白河县", "Work Report of the Baihe County People's Court"),
    ("梧江市人民检察院工作报告", "梧江市", "Work Report of the Wujiang Municipal People's Procuratorate"),
    ("白河县2023年度乡村振兴工作情况报告", "白河县", "Baihe County Report on Rural Revitalization in 2023"),
    ("梧江市2024年科技经费投入统计公报", "梧江市",
     "Wujiang Statistical Communiqué on Expenditures on Science and Technology in 2024"),
    ("湖南省2023年水土保持公报", "湖南省", "Hunan Soil and Water Conservation Bulletin 2023"),
    ("白河县人民政府关于开展第三次全国土壤普查的通知", "白河县",
     "Notice of the Baihe County People's Government on Carrying Out the Third National Soil Census"),
])
def test_reports_bulletins_and_censuses(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    assert _composed(renderer, zh, region) == english


def test_a_sectors_development_communique_keeps_its_own_frame(renderer: TitleRenderer) -> None:
    title = renderer.title("梧江市2024年教育事业发展统计公报", "", "梧江市")
    assert title is not None and title.text.startswith("Statistical Bulletin on Education Development")


def test_the_plan_report_with_a_short_draft_plan(renderer: TitleRenderer) -> None:
    title = renderer.title("关于梧江市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "", "梧江市")
    assert title is not None and title.status == "derived", title
    assert title.text == ("Report on the Implementation of the 2023 Plan for National Economic and Social "
                          "Development of Wujiang and on the 2024 Draft Plan")


@pytest.mark.parametrize(("zh", "english"), [
    ("梧江市养老服务设施专项规划（2021—2035年）", "Wujiang Special Plan for Elderly Care Service Facilities (2021-2035)"),
    ("白河县农村集体资产管理细则", "Baihe County Detailed Rules for the Administration of Rural Collective Assets"),
    ("白河县行政执法事项清单（2024年版）", "Baihe County List of Administrative Law Enforcement Items (2024 Edition)"),
    ("白河县支持农业保险的若干措施", "Baihe County Measures on Supporting Agricultural Insurance"),
])
def test_special_plans_rules_and_lists(renderer: TitleRenderer, zh: str, english: str) -> None:
    title = renderer.title(zh, "", "")
    assert title is not None and title.status == "derived", title
    assert title.text == english


def test_a_list_that_is_a_glossary_name_keeps_it(renderer: TitleRenderer) -> None:
    """权责清单 is one glossary name: the list frame does not split it and leave 县级政府部门权责 untranslated."""
    title = renderer.title("白河县人民政府关于公布县级政府部门权责清单的通知", "", "白河县")
    assert title is not None and title.status == "derived", title


@pytest.mark.parametrize(("zh", "english"), [
    ("白河县卫生健康委员会关于开展2024年爱国卫生月活动的通知",
     "Notice of the Baihe County Health Commission on Carrying Out Patriotic Health Month Activities in 2024"),
    ("梧江市关于进一步加强耕地保护的若干措施", "Wujiang Measures on Further Strengthening the Protection of Cropland"),
    ("关于《白河县临时救助实施细则》的政策解读",
     "Policy Interpretation of the Baihe County Detailed Rules for the Implementation of Temporary Assistance"),
])
def test_campaign_months_place_issuers_and_interpretations(renderer: TitleRenderer, zh: str, english: str) -> None:
    title = renderer.title(zh, "", "")
    assert title is not None and title.status == "derived", title
    assert title.text == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("6月份全县CPI同比上涨0.5%", "白河县", "Baihe County's CPI Rises by 0.5% Year on Year in June"),
    ("前三季度全旗经济运行稳中向好", "乌兰旗", "Wulan Banner's Economy Shows Stable and Positive Performance in the First "
                                   "Three Quarters"),
])
def test_more_headline_scopes(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    assert _composed(renderer, zh, region) == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("国庆假期全市旅游收入同比增长8.4%", "梧江市", "Wujiang's Tourism Revenue Grows by 8.4% Year on Year During the "
                                         "National Day Holiday"),
    ("我县举办第三届农民丰收节", "白河县", "Baihe County Holds the Third Chinese Farmers' Harvest Festival"),
    ("白河县人民政府关于调整城乡居民基础养老金标准的通知", "白河县",
     "Notice of the Baihe County People's Government on Adjusting the Standards of Basic Old-Age Benefits for Rural "
     "and Non-Working Urban Residents"),
])
def test_holidays_editions_and_standards(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    assert _composed(renderer, zh, region) == english


def test_an_edition_with_a_year_or_events_is_not_composed(renderer: TitleRenderer) -> None:
    """第三届 with a year or with 活动 is not one of the frames: nothing is guessed."""
    assert renderer.title("我县举办2024年第三届农民丰收节", "", "白河县") is None
    assert renderer.title("我县举办某某节", "", "白河县") is None


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("1—4月全县规模以上工业增加值同比增长5.1%", "白河县",
     "Value Added of Baihe County's Industrial Enterprises Above Designated Size Grows by 5.1% Year on Year in "
     "January-April"),
    ("一季度全市社会消费品零售总额增长4.2%", "梧江市",
     "Wujiang's Total Retail Sales of Consumer Goods Grow by 4.2% in the First Quarter"),
])
def test_the_owner_of_a_metric_after_of(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    """The place owns the enterprises that produce the value added, but the retail sales themselves."""
    assert _composed(renderer, zh, region) == english


def test_held_out_set_e_keeps_its_share(renderer: TitleRenderer) -> None:
    """Set E, first run: 31/93 fully English (16/93 equal to the hand-written English). After the frames above: see
    the thresholds (the achieved values)."""
    expected = dict(line.split("|", 1) for line in (FIXTURES / "titles_e_expected.txt").read_text(
        encoding="utf-8").splitlines())
    titles = [line.split("|") for line in (FIXTURES / "titles_e.txt").read_text(encoding="utf-8").splitlines()]
    got = [renderer.title(zh, issuer, region) for zh, issuer, region in titles]
    assert len(titles) == 93
    assert sum(t is not None and t.status == "derived" for t in got) >= 79
    assert sum(t is not None and t.status == "derived" and t.text == expected[zh]
               for (zh, _, _), t in zip(titles, got, strict=True)) >= 47
