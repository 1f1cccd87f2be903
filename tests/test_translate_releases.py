"""English of the standard parts of statistical releases, work reports, consumption plans and district news pages
(issue 12, found on four unseen real-style documents: tests/fixtures/realstyle/2024-*). Every expected English was
written by hand from the Chinese and the cited official renderings (GWR year/segment in title_tables.py and
glossary/economy_terms.yml), not copied from the code's output."""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import issuer_en, region_en
from build_tools.translate.source_names import source_en
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2024")


@pytest.mark.parametrize(("zh", "en"), [
    # section headings of a statistical release: <subject><trend>, past tense as GWR 2008/28
    ("一、农业生产总体稳定", "I. Agricultural Production Remained Generally Stable"),  # GWR 2022/95, 2019/162
    ("二、工业生产加快增长", "II. Industrial Production Grew Faster"),
    ("三、固定资产投资平稳增长", "III. Fixed-Asset Investment Grew Steadily"),  # hyphenated words both capitalised
    ("四、消费市场持续恢复", "IV. The Consumer Market Continued to Recover"),  # a countable market takes "the"
    ("五、对外贸易较快增长", "V. Foreign Trade Grew Rapidly"),  # GWR 2021/62, 2017/30
    ("七、居民收入稳步增加", "VII. Personal Income Increased Steadily"),  # GWR 2022/196
    # review headings of a work report
    ("（一）工业经济稳中向好。", "(1) Industry Showed Stable and Positive Performance"),  # GWR 2022/359, 2018/58
    ("（三）乡村振兴全面推进。", "(3) Rural Revitalization Advanced on All Fronts"),  # GWR 2022/140
    ("二、2024年主要目标和重点工作", "II. Main Targets and Major Tasks for 2024"),
    ("二、今年主要预期目标和重点任务", "II. Main Targets and Major Tasks for 2024"),  # 今年 = the report's year
    # measures of a plan to boost consumption
    ("1.促进汽车消费。", "1. Promoting Automobile Consumption"),  # GWR 2020/251
    ("（三）培育新型消费", "(3) Fostering New Forms of Consumption"),  # GWR 2012/239
    ("（四）改善消费环境", "(4) Improving the Environment for Consumption"),  # GWR 2021/421
    ("6.推动绿色消费。", "6. Promoting Green Consumption"),  # GWR 2015/343
    ("11.加大金融支持力度。", "11. Stepping Up Financial Support"),  # GWR 2020/183
    ("（三）加强督促检查。", "(3) Strengthening Supervision and Inspection"),
    # clause headings of a work report's tasks (GWR 2021/206 一流营商环境 "a world-class business environment",
    # 2022/317 打造 "creating"; 聚力 "Focusing on" is a project rendering)
    ("（四）聚力改革开放，打造一流营商环境。",
     "(4) Focusing on Reform and Opening Up and Creating a World-Class Business Environment"),
    ("（一）综合实力持续增强。", "(1) Overall Strength Continued to Improve"),
    ("（二）产业结构加快优化。", "(2) The Industrial Structure Improved Faster"),  # GWR 2021/516, after 2018/79
    ("8.强化消费维权。", "8. Strengthening the Protection of Consumers' Rights and Interests"),  # GWR 2019/438
    # the economy's own review heading, with the year the report names (GWR 2019/58 总体平稳、稳中有进)
    ("一、今年经济运行稳中有进", "I. The Economy Made Further Progress While Maintaining Stability in 2024"),
    ("一、2023年以来全市经济运行稳中向好", "I. The Economy Showed Stable and Positive Performance since 2023"),
    # sections of a notice issuing a subsidy policy
    ("二、支持措施", "II. Support Measures"),
    ("（四）资金保障。", "(4) Funding"),
    ("四、其他", "IV. Other Provisions"),
    ("三、申报程序", "III. Application Procedure"),
    # work reports' parts after GWR 2022/166 总体要求 "Overall Requirements" and 2016/179 今后五年 "the next five years"
    ("二、今年工作总体要求和主要目标", "II. Overall Requirements and Main Targets for 2024"),
    ("二、今后五年工作总体要求和目标任务", "II. Overall Requirements, Targets and Tasks for the Next Five Years"),
    # work summaries and policy interpretations
    ("二、存在的问题", "II. Problems"),
    ("三、下一步工作打算", "III. Plans for the Next Stage"),
    ("一、起草背景", "I. Background to the Drafting"),
])
def test_standard_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    result = renderer.heading(zh)
    assert result is not None and result.text == en


@pytest.mark.parametrize("zh", [
    "六、财政税收运行平稳",  # 财政税收 is neither a glossary subject nor a review subject
    "（二）项目建设稳中有变。",  # 稳中有变 has no rendering
    "（六）聚力社会和谐，统筹发展和安全。",  # 社会和谐 has no rendering: the whole heading stays Chinese
    "（一）稳定某某等大宗消费",  # "X等Y" only when X and Y are both glossary phrases
    "八、某某平稳增长",  # a trend after an unknown subject is not a heading
])
def test_headings_with_a_part_that_does_not_render_stay_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


def test_release_headline_and_plan_title(renderer: TitleRenderer) -> None:
    headline = renderer.title("上半年全市经济运行稳中有升", "沅川市统计局", "沅川市")
    assert headline is not None and headline.text == "Yuanchuan's Economy Picks Up Steadily in the First Half"
    notice = renderer.title("望川市人民政府办公室关于印发望川市促进消费扩容提质实施方案的通知", "望川市人民政府办公室",
                            "望川市")
    assert notice is not None and notice.text == (
        "Notice of the General Office of the Wangchuan Municipal People's Government on Issuing the Wangchuan "
        "Implementation Plan for Promoting the Expansion and Upgrading of Consumption")


@pytest.mark.parametrize(("zh", "en"), [
    ("居民消费价格总水平（CPI）", "CPI"),  # a name and its abbreviation in brackets: said once
    ("工业生产者出厂价格（PPI）", "PPI"),
    ("固定资产投资（不含农户）", "fixed-asset investment (excluding rural households)"),  # a real note stays
    ("夏粮播种面积", "sown area of summer grain"),  # head 播种面积 + subject 夏粮 (GWR 2022/409)
    ("商品零售额", "retail sales of goods"),
    ("餐饮收入", "catering revenue"),
    ("限额以上单位通过公共网络实现的商品零售额", "online retail sales of goods by units above designated size"),
    ("新签约项目", "newly signed projects"),
    ("协议总投资", "contracted investment"),
    ("一般性支出", "general expenditures"),  # GWR 2022/242
    ("星级酒店平均入住率", "average occupancy rate of star-rated hotels"),
    ("发放文旅消费券", "culture and tourism consumption vouchers issued"),  # not the term 文旅消费 + 券
    # communiqué indicators: one English per indicator across spellings (R&D经费投入 has GWR 2015/16's wording)
    ("单位地区生产总值能耗", "energy consumption per unit of GDP"),  # GWR 2021/214
    ("研发经费投入", "research and development spending"),
    ("年末医疗卫生机构床位数", "beds in health care institutions (year-end)"),  # YB 22-5, 年末 as elsewhere
    ("普通高校", "regular higher education institutions"),  # YB 21-15
    ("每千人口拥有3岁以下婴幼儿托位数", "childcare places for children under three per 1,000 people"),
    ("年接待游客", "annual tourist visits"),
    ("农村劳动力转移就业", "rural workers moved into non-farm jobs"),  # GWR 2008/166, 2019/255
    ("实际到位市外资金", "funds from outside the city actually received"),
    ("空气质量优良天数比率", "share of days with good air quality"),  # as 空气优良天数比例 (the row above's wording)
    ("教育支出", "spending on education"),  # GWR 2019/605
    ("社区工作者中持证社工比例", "share of licensed social workers among community workers"),
])
def test_metric_names_of_releases_and_news(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_body_of_a_district_named_with_its_city() -> None:
    glossary = get_glossary()
    assert issuer_en("枫渡市鹤汀区人民政府", glossary) == "Heting District People's Government, Fengdu"
    assert issuer_en("枫渡市鹤汀区人民政府办公室", glossary) == (
        "General Office of the Heting District People's Government, Fengdu")
    assert issuer_en("鹤汀区人民政府", glossary) == "Heting District People's Government"


def test_an_ancient_town_is_not_a_town_named_with_gu() -> None:
    assert region_en("鹤汀古镇", get_glossary()) == "Heting Ancient Town"
    assert region_en("古镇镇", get_glossary()) == "Guzhen Town"  # a town whose name is 古镇


def test_a_sites_own_news_column() -> None:
    glossary = get_glossary()
    assert source_en("枫渡市鹤汀区人民政府网站“鹤汀要闻”栏目（网页复制文本）", glossary) == (
        "Website of the Heting District People's Government, Fengdu, Heting News section (copied from the web page)")
    assert source_en("沅川市统计局网站“统计分析”栏目（网页复制文本）", glossary) == (
        "Website of the Yuanchuan Municipal Bureau of Statistics, Statistical Analysis section (copied from the web "
        "page)")
    assert source_en("沅川市统计局网站“今日新闻”栏目（网页复制文本）", glossary) is None  # 今日 is not the place


@pytest.mark.parametrize(("zh", "issuer", "region", "en"), [
    # releases of a statistics bureau (report_titles.py)
    ("2024年1-5月全市经济运行情况", "岚溪市统计局", "岚溪市", "Economic Performance of Lanxi in January-May 2024"),
    ("岚溪市2024年上半年经济运行情况", "岚溪市统计局", "岚溪市", "Economic Performance of Lanxi in the First Half of 2024"),
    ("一季度全县经济运行简况", "岚溪县统计局", "岚溪县", "Economic Performance of Lanxi County in the First Quarter"),
    ("2023年岚溪县国民经济和社会发展统计公报", "岚溪县统计局", "岚溪县",
     "Statistical Communiqué of Lanxi County on the 2023 National Economic and Social Development"),  # year first
    ("岚溪市第七次全国人口普查公报（第一号）", "岚溪市统计局", "岚溪市",
     "Communiqué of Lanxi on the Seventh National Population Census (No. 1)"),  # GWR 2021/91
    # Hong Kong's GDP releases (Census and Statistics Department's English titles), the year in Chinese numerals
    ("二○二三年第二季本地生产总值修订数字", "政府统计处", "香港", "Revised GDP Figures for the Second Quarter of 2023"),
    ("2023年第四季本地生产总值预先估计数字", "政府统计处", "香港", "Advance Estimates of GDP for the Fourth Quarter of 2023"),
    # reports to the people's congress, after the English titles of the national reports
    ("关于岚溪市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "", "岚溪市",
     "Report on the Implementation of the 2023 Plan for National Economic and Social Development of Lanxi and on "
     "the 2024 Draft Plan"),
    ("关于岚溪市2023年市本级和全市预算执行情况与2024年市本级和全市预算草案的报告", "", "岚溪市",
     "Report on the Execution of the 2023 Budget of Lanxi and on the 2024 Draft Budget"),
    ("岚溪县人民政府关于2023年度法治政府建设情况的报告", "岚溪县人民政府", "岚溪县",
     "Report of the Lanxi County People's Government on Building a Law-Based Government in 2023"),  # GWR 2022/128
    ("岚溪市人民政府关于印发岚溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", "岚溪市人民政府", "岚溪市",
     "Notice of the Lanxi Municipal People's Government on Issuing the Outline of the 14th Five-Year Plan for "
     "Economic and Social Development of Lanxi and Long-Range Objectives Through the Year 2035"),  # GWR 2021/157
    # a verb's object with its place or year said after it
    ("岚溪市人民政府关于调整岚溪市最低工资标准的通知", "岚溪市人民政府", "岚溪市",
     "Notice of the Lanxi Municipal People's Government on Adjusting Minimum Wages in Lanxi"),  # GWR 2018/599
    ("岚溪市人民政府办公室关于做好2024年春耕生产工作的通知", "岚溪市人民政府办公室", "岚溪市",
     "Notice of the General Office of the Lanxi Municipal People's Government on Doing a Good Job of Spring Farming "
     "in 2024"),  # GWR 2020/81
    ("岚溪区召开2024年招商引资工作推进会", "岚溪区人民政府", "岚溪区",
     "Lanxi District Holds the 2024 Meeting on Advancing Investment Promotion"),
    # economy headlines with the place before the period, or the bare name of the document's region
    ("岚溪市上半年经济运行稳中向好", "岚溪市统计局", "岚溪市",
     "Lanxi's Economy Shows Stable and Positive Performance in the First Half"),
    ("前三季度岚溪经济稳中有进", "岚溪市统计局", "岚溪市", "Lanxi's Economy Makes Further Progress in the First Three Quarters"),
])
def test_titles_of_recurring_local_reports(renderer: TitleRenderer, zh: str, issuer: str, region: str,
                                          en: str) -> None:
    result = renderer.title(zh, issuer, region)
    assert result is not None and (result.text, result.status) == (en, "derived")


@pytest.mark.parametrize("zh", [
    "2024年13月全市经济运行情况",  # no such month
    "前三季度某某经济稳中有进",  # a bare name that is not the document's region
    "关于岚溪市2023年某某执行情况的报告",  # a year's report on a subject the glossary does not have
])
def test_report_titles_that_do_not_render(renderer: TitleRenderer, zh: str) -> None:
    result = renderer.title(zh, "岚溪市统计局", "岚溪市")
    assert result is None or result.status == "missing"


def test_source_lines_of_a_publication_or_a_title_alone() -> None:
    glossary = get_glossary()
    assert issuer_en("香港特别行政区政府", glossary) == "Government of the Hong Kong Special Administrative Region"
    assert source_en("河口区城市管理局公告（Windows记事本文本）", glossary) == (
        "Announcement of the Hekou District Urban Management Bureau (Windows Notepad text)")
    assert source_en("香港特别行政区政府新闻公报（繁体中文，网页复制文本）", glossary) == (
        "Press release of the Government of the Hong Kong Special Administrative Region (Traditional Chinese; copied "
        "from the web page)")
    assert source_en("桐江市“十四五”城乡社区服务体系建设实施方案（PDF转换文本）", glossary) == (
        "Tongjiang Implementation Plan for the Development of the Service System for Urban and Rural Communities "
        "during the 14th Five-Year Plan Period (converted from PDF)")
    assert source_en("桐江市某某方案（PDF转换文本）", glossary) is None  # a title that does not render


def test_a_price_target_rises_it_does_not_grow() -> None:
    from build_tools.model import Figure
    from build_tools.translate.comparisons import context_for
    from build_tools.translate.rows import figure_row

    glossary = get_glossary()
    ctx = context_for("", glossary)
    cpi = Figure(metric="居民消费价格", value=3, unit="%", sentence="", paragraph="p1", kind="growth", direction="up",
                 qualifier="左右",
                 period="2024", status="target", is_target=True, text="居民消费价格涨幅3%左右")
    assert figure_row(cpi, glossary, ctx).text == "CPI: a rise of about 3%, 2024 (target)"  # GWR 2022/195
    gdp = Figure(metric="地区生产总值", value=6, unit="%", sentence="", paragraph="p1", kind="growth", direction="up",
                 qualifier="左右",
                 period="2024", status="target", is_target=True, text="地区生产总值增长6%左右")
    assert figure_row(gdp, glossary, ctx).text == "GDP: growth of about 6%, 2024 (target)"


def test_provincial_departments_and_closing_lines(renderer: TitleRenderer) -> None:
    glossary = get_glossary()
    assert issuer_en("华岭省工业和信息化厅", glossary) == (
        "Hualing Provincial Department of Industry and Information Technology")
    assert issuer_en("华岭省工业和信息化厅办公室", glossary) == (
        "Office of the Hualing Provincial Department of Industry and Information Technology")
    assert issuer_en("华岭省人民政府办公厅", glossary) == "General Office of the Hualing Provincial People's Government"
    lines = {
        "公开方式：主动公开": "Disclosure: proactive disclosure",
        "（此件公开发布）": "(This document is made public.)",
        "华岭省工业和信息化厅办公室 2025年1月9日印发": "Printed and issued by the Office of the Hualing Provincial "
                                         "Department of Industry and Information Technology on 9 January 2025",
        "华岭省工业和信息化厅 华岭省发展和改革委员会": "Hualing Provincial Department of Industry and Information "
                                      "Technology, Hualing Provincial Development and Reform Commission",
    }
    for zh, en in lines.items():
        result = renderer.heading(zh)
        assert result is not None and result.text == en, zh


@pytest.mark.parametrize(("zh", "en"), [
    ("二、工业生产加快回升", "II. Industrial Production Picked Up Faster"),
    ("三、投资降幅收窄", "III. The Decline in Investment Narrowed"),
    ("八、物价温和上涨", "VIII. Prices Rose Moderately"),  # GWR 2022/264 物价 "price levels"
    ("九、县区经济", "IX. County and District Economies"),
])
def test_more_release_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    result = renderer.heading(zh)
    assert result is not None and result.text == en


@pytest.mark.parametrize(("zh", "en"), [
    ("交通通信类", "prices of transport and communications"),  # a CPI group named with 类 is its prices
    ("增长面", "share of industries reporting growth"),
    ("全省规模以上工业企业关键工序数控化率",
     "numerical control rate of key processes of industrial enterprises above designated size"),
    ("新培育省级智能工厂", "newly fostered provincial-level smart factories"),
])
def test_more_metric_names(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_portal_website_source_line_and_a_plan_on_digital_transformation(renderer: TitleRenderer) -> None:
    glossary = get_glossary()
    assert source_en("苇塘区人民政府门户网站“苇塘要闻”栏目（转自嵩原日报，网页复制文本）", glossary) == (
        "Website of the Weitang District People's Government, Weitang News section (reprinted from Songyuan Daily; "
        "copied from the web page)")
    plan = renderer.title("华岭省制造业数字化转型行动方案（2025—2027年）", "", "华岭省")
    assert plan is not None and plan.text == (
        "Hualing Province Action Plan for the Digital Transformation of Manufacturing (2025-2027)")


@pytest.mark.parametrize(("zh", "en"), [
    # elderly care, a common domain of local plans (GWR 2019/426, 2019/429, 2022/399, 2022/521)
    ("（一）完善居家社区养老服务网络。", "(1) Improving the Network of Home and Community Elderly Care Services"),
    ("（三）推进医养结合。", "(3) Advancing the Integration of Medical and Elderly Care Services"),
    ("（五）发展银发经济。", "(5) Developing the Silver Economy"),
    ("（三）强化用地保障。", "(3) Ensuring Land Supply"),
    ("（四）加强监督管理。", "(4) Strengthening Supervision and Management"),
])
def test_elderly_care_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    result = renderer.heading(zh)
    assert result is not None and result.text == en


def test_a_district_like_word_is_not_a_place_after_a_verb(renderer: TitleRenderer) -> None:
    # 居家社区 ends with 区 but is no district: the object is read whole, not "in Jujiashe District"
    assert renderer.subject("完善居家社区养老服务网络") == (
        "Improving the Network of Home and Community Elderly Care Services")
    plan = renderer.title("桐泽市加快发展养老服务业工作方案", "", "桐泽市")
    assert plan is not None and plan.text == "Tongze Work Plan for Accelerating the Development of Elderly Care Services"


@pytest.mark.parametrize(("zh", "en"), [
    # objects of work-report headings in the work reports' wording (GWR 2022/85, 2022/131, 2018/506, 2021/73, 2022/400)
    ("一、稳定产业链供应链", "I. Stabilizing Industrial and Supply Chains"),
    ("（二）加强基层治理", "(2) Strengthening Primary-Level Governance"),
    ("（三）发展现代农业", "(3) Developing Modern Agriculture"),
    ("（四）推进乡村建设", "(4) Advancing Rural Development"),
    ("（七）加强基础设施建设", "(7) Strengthening Infrastructure"),
    ("（二）强化要素保障", "(2) Ensuring the Provision of Factors of Production"),  # GWR 2022/386
])
def test_work_report_heading_objects(renderer: TitleRenderer, zh: str, en: str) -> None:
    result = renderer.heading(zh)
    assert result is not None and result.text == en


def test_communique_details_found_on_the_out_of_sample_communique(renderer: TitleRenderer) -> None:
    from build_tools.translate.rows import metric_english

    heading = renderer.heading("七、财政和金融")
    assert heading is not None and heading.text == "VII. Finance"  # as 财政金融, not "Government Finance and ..."
    metric = metric_english("基础设施投资", get_glossary())  # GWR 2022/380, not "Investment (infrastructure)"
    assert metric is not None and metric.text == "investment in infrastructure"


def test_a_sector_before_a_head_reads_as_the_grammar_says() -> None:
    from build_tools.translate.rows import metric_english

    glossary = get_glossary()
    # 制造业 + 投资: "investment in manufacturing" (metric_tables.HEADS), not "investment (manufacturing)"
    assert metric_english("制造业投资", glossary).text == "investment in manufacturing"  # type: ignore[union-attr]
    # a place stays a note after the metric, a term the grammar has no frame for too
    assert metric_english("朝阳地区生产总值", glossary).text == "GDP (Chaoyang)"  # type: ignore[union-attr]
    assert metric_english("清洁能源项目", glossary).text == "projects (clean energy)"  # type: ignore[union-attr]


@pytest.mark.parametrize(("zh", "en"), [
    # the place after the months, and releases on one sector's performance (project renderings)
    ("2030年1—11月栖川市经济运行情况", "Economic Performance of Qichuan in January-November 2030"),
    ("2030年1—11月栖川市电力运行情况", "Electricity Supply and Consumption of Qichuan in January-November 2030"),
    ("2030年10月栖川市金融运行情况", "Financial Performance of Qichuan in October 2030"),
    # a yearbook's table over years
    ("主要经济指标（2026—2030年）", "Main Economic Indicators (2026-2030)"),
    # two places: no guess
    ("栖川市2030年1—11月岚溪县经济运行情况", None),
])
def test_release_titles_with_the_place_after_the_months(renderer: TitleRenderer, zh: str, en: str | None) -> None:
    got = renderer.title(zh, "", "栖川市")
    assert (got.text if got and got.status == "derived" else None) == en


@pytest.mark.parametrize(("zh", "region", "en"), [
    # the results of a check or survey a notice publishes (YB 2021 table 20-32 for the spot checks)
    ("栖川市市场监督管理局关于2030年市级产品质量监督抽查结果的通告", "栖川市",
     "Public Notice of the Qichuan Municipal Administration for Market Regulation on the Results of the 2030 "
     "Municipal Sampling Checks Under Supervision on Product Quality"),
    # an inspection office's bulletin on the progress of a work (督查室, 督查通报: project renderings)
    ("栖川市人民政府督查室关于2030年1—9月全市重点项目建设推进情况的督查通报", "栖川市",
     "Inspection Bulletin of the Inspection Office of the Qichuan Municipal People's Government on the Progress of "
     "Construction of Key Projects in Q1-Q3 2030"),
    # a hearing on a price adjustment (GWR 2015/270 tiered pricing for household water)
    ("栖川市发展和改革委员会关于调整居民生活用水阶梯价格举行听证会的公告", "栖川市",
     "Announcement of the Qichuan Municipal Development and Reform Commission on Holding a Hearing on Adjusting "
     "Tiered Prices for Household Water"),
    ("岑溪县教育局关于做好2030年义务教育学校招生工作的通知", "岑溪县",
     "Notice of the Cenxi County Education Bureau on Doing a Good Job of Enrolment in Compulsory Education Schools "
     "in 2030"),
])
def test_titles_of_notices_on_results_and_enrolment(renderer: TitleRenderer, zh: str, region: str, en: str) -> None:
    got = renderer.title(zh, "", region)
    assert got is not None and (got.text, got.status) == (en, "derived")


def test_a_months_report_on_a_topic_of_the_glossary(renderer: TitleRenderer) -> None:
    got = renderer.title("2030年11月栖川市法定传染病疫情概况", "", "栖川市")
    assert got is not None and (got.text, got.status) == ("Notifiable Infectious Diseases in Qichuan, November 2030",
                                                          "derived")
