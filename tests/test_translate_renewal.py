"""English of the shapes the third out-of-sample round found (a plan's mid-term evaluation, a provincial housing
notice, a mayor's economic work speech): titles, metric names, comparisons and timeline clauses.

Every expected English was written by hand from the Chinese and the official wording cited in the code
(GWR 2022/44 "Renovations began on 56,000 old urban residential communities", GWR 2021/287 "rewards and
subsidies", GWR 2022/362), never copied from the code's output. Inputs are other places than the fixtures'.
"""

import pytest

from build_tools.model import Event, Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from build_tools.translate.timeline import held_clause
from build_tools.translate.titles import TitleRenderer

GLOSSARY = get_glossary()
RENDERER = TitleRenderer(GLOSSARY)


@pytest.mark.parametrize(("zh", "region", "english"), [
    # a speech published in excerpts, the city named for 全市 when it is the document's region
    ("李建国在全市经济工作会议上的讲话（摘要）", "栖川市",
     "Speech by Li Jianguo at the Qichuan Economic Work Conference (Excerpts)"),
    ("在全县经济工作会议上的讲话", "", "Speech at the Countywide Economic Work Conference"),
    # 全市 of a county's document is not the county: the scope word stays
    ("在全市经济工作会议上的讲话（摘要）", "云岭县", "Speech at the Citywide Economic Work Conference (Excerpts)"),
    # 进一步做好 a noun's work: "Further Improving" it
    ("关于进一步做好城镇老旧小区改造工作的通知", "",
     "Notice on Further Improving the Renovation of Old Urban Residential Communities"),
    # a five-year plan's mid-term (or final) evaluation
    ("栖川市“十四五”规划纲要实施情况中期评估报告", "",
     "Report on the Mid-Term Evaluation of the Implementation of the Outline of the 14th Five-Year Plan of Qichuan"),
    ("“十三五”规划实施情况终期评估报告", "栖川市",
     "Report on the Final Evaluation of the Implementation of the 13th Five-Year Plan of Qichuan"),
])
def test_titles(zh: str, region: str, english: str) -> None:
    item = RENDERER.title(zh, "", region)
    assert item is not None and (item.text, item.status) == (english, "derived")


def test_gerund_subject_keeps_doing_better_work() -> None:
    item = RENDERER.title("关于进一步做好稳就业工作的通知")  # 稳就业 'Stabilizing Employment' (GWR 2022/155)
    assert item is not None and item.text == "Notice on Doing Better Work on Stabilizing Employment"


@pytest.mark.parametrize(("zh", "english"), [
    ("全市新开工改造城镇老旧小区", "old urban residential communities where renovation began"),
    ("全县计划新开工改造城镇老旧小区", "old urban residential communities where renovation began"),
    ("累计改造小区", "residential communities renovated (cumulative)"),
    ("老旧片区改造", "old neighborhoods renovated"),
    ("实施省市重点项目", "provincial and municipal key projects implemented"),
    ("新增国家级专精特新“小巨人”企业",
     'new national-level specialized and sophisticated "little giant" enterprises that produce new and unique '
     "products"),
    ("市级财政每年安排奖补资金", "rewards and subsidies from the municipal budget per year"),
    ("县本级每年安排规划实施专项资金", "special funds for plan implementation from the county budget per year"),
    ("单个小区改造工期", "renovation period per residential community"),
    ("改造项目竣工验收合格率", "pass rate of completion acceptance checks for renovation projects"),
    ("年度任务完成率", "completion rate of annual tasks"),
    ("居民出资占改造总投资比例", "share of residents' contributions in total renovation investment"),
    ("全社会研究与试验发展（R&D）经费投入强度", "R&D spending as a percentage of GDP"),
    # 改造 before a rate's name is no "renovated" (the rate's subject is the renovation projects)
    ("改造项目", "renovation projects"),
    # nothing guessed: an unknown object after the verbs leaves the name untranslated
    ("新开工改造候鸟栖息地", None),
])
def test_metric_names(zh: str, english: str | None) -> None:
    assert metric_en(zh, GLOSSARY) == english


def test_average_growth_and_multiples_of_a_year() -> None:
    ctx = Context(province="", city="Qichuan")
    growth = Figure(metric="地区生产总值", value=6.2, unit="%", sentence="", paragraph="p1", kind="growth",
                    comparison="三年年均", period="2021/2023", direction="up", text="三年年均增长6.2%")
    assert figure_row(growth, GLOSSARY, ctx).text == "GDP: +6.2% a year on average over three years, 2021-2023"
    times = Figure(metric="高新技术企业", value=2.3, unit="倍", sentence="", paragraph="p1", kind="level",
                   comparison="2020年", period="2023", text="是2020年的2.3倍")
    assert figure_row(times, GLOSSARY, ctx).text == "High-tech enterprises: 2.3 times the 2020 level, 2023"


@pytest.mark.parametrize(("text", "region", "english"), [
    ("1月8日，全市经济工作会议召开。", "栖川市", "On 8 January 2025, the Qichuan Economic Work Conference was held."),
    ("1月8日，全县经济工作会议在县行政中心召开。", "",
     "On 8 January 2025, the Countywide Economic Work Conference was held."),
    ("1月8日，全市候鸟巡护会议召开。", "栖川市", None),  # a meeting that does not render: no English
])
def test_meeting_convened(text: str, region: str, english: str | None) -> None:
    assert held_clause(Event("2025-01-08", text, "p1"), GLOSSARY, region) == english


@pytest.mark.parametrize(("date", "text", "kind", "english"), [
    ("2023-05", "栖川港三期工程于5月建成投运", "event",
     "Phase III of Qichuan Port was completed and put into operation in May 2023."),
    ("2023-10", "2023年10月，栖川西站综合交通枢纽投入使用。", "event",
     "The Qichuan West Railway Station Integrated Transportation Hub was put into use in October 2023."),
    ("2024-08", "宏达电子信息产业园一期于8月投产。", "event",
     "Phase I of the Hongda Electronic Information Industrial Park went into production in August 2024."),
    ("2025-09", "确保9月底前栖川港二期工程建成投运，年底前完成老旧小区改造。", "target",
     "Phase II of Qichuan Port is to be completed and put into operation by the end of September 2025."),
    # a project named after its purpose, not a place and a kind: no English
    ("2023-06", "2023年6月，城市更新项目投入使用。", "event", None),
    # a work report's target to start building a route between two places (written for this test)
    ("2025-09", "加快栖川至宏达高速公路前期工作，确保9月底前开工建设。", "target",
     "Construction of the Qichuan-Hongda Expressway is to start by the end of September 2025."),
    ("2025-09", "加快栖川高速公路前期工作，确保9月底前开工建设。", "target", None),  # no route: no English
    # investment news: a company's project planned to start (its size and prospects in other clauses left out)
    ("2024-09", "其中，总投资12亿元的青岩铝业二期项目计划于今年9月开工建设，建成后可新增产值20亿元。", "target",
     "Construction of the Qingyan Aluminum Phase II Project is to start in September 2024."),
    ("2024-09", "城市更新项目计划于9月开工建设。", "target", None),  # a project named by its purpose: no English
])
def test_facility_completed(date: str, text: str, kind: str, english: str | None) -> None:
    from build_tools.translate.timeline import _completed

    assert _completed(Event(date, text, "p1", precision="month", kind=kind), GLOSSARY) == english


@pytest.mark.parametrize(("zh", "english"), [
    # review headings <subject><progress> (GWR 2018/12 经济实力 "economic strength")
    ("（一）经济实力稳步提升", "(1) Economic Strength Rose Steadily"),
    ("（三）基础设施更加完善", "(3) Infrastructure Improved Further"),
    # 去年 in a speech of 2025 is 2024
    ("一、去年经济工作取得新成效", "I. Economic Work Achieved New Results in 2024"),
    ("三、今年经济工作的主要目标和重点任务", "III. Main Targets and Major Tasks of Economic Work for 2025"),
    ("二、准确把握当前经济形势", "II. Accurately Understanding the Current Economic Situation"),
    ("（一）全力稳住经济增长。", "(1) Making Every Effort to Stabilize Economic Growth"),
    # sections of a notice on construction work
    ("（二）资金筹措。", "(2) Funding"),
    ("（四）质量安全。", "(4) Quality and Safety"),
    ("三、加强监督考核", "III. Strengthening Supervision and Assessment"),
    ("一、明确工作目标", "I. Clarifying the Objectives"),
    ("一、《纲要》实施总体情况", "I. Overall Implementation of the Outline"),
    ("三、后半期推进《纲要》实施的建议",
     "III. Recommendations on Implementing the Outline in the Second Half of the Plan Period"),
    ("附表：2024年各县城镇老旧小区改造任务表",
     "Attached Table: Tasks by County for the Renovation of Old Urban Residential Communities in 2024"),
    ("附件2：各市候鸟巡护任务表", None),  # the subject does not render: no English
    # an unknown subject stays Chinese
    ("（二）候鸟巡护稳步提升", None),
])
def test_headings(zh: str, english: str | None) -> None:
    item = TitleRenderer(GLOSSARY, year="2025").heading(zh)
    assert (item.text if item else None) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("栖川市发展和改革委员会网站“规划计划”栏目（PDF 附件）",
     "Website of the Qichuan Municipal Development and Reform Commission, Plans section (PDF attachment)"),
    ("栖川市人民政府网站“政务要闻”栏目（网页另存为）",
     "Website of the Qichuan Municipal People's Government, Government News section (saved web page)"),
    ("栖川市人民政府网站“政务要闻”栏目（RAR 附件）", None),  # an archive is no document format listed
])
def test_source_notes(zh: str, english: str | None) -> None:
    from build_tools.translate.source_names import source_en

    assert source_en(zh, GLOSSARY) == english
