"""Rules written after the seventy-second held-out set (a county head's speech at the rural work meeting typed from
the transcript, a city housing bureau's heating season work plan as a DOCX), tested on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_figure_attributes import figs, one

PLAN = "岚州市2024—2025年采暖季城市供热工作方案"


def test_a_work_plans_basic_situation_is_the_state_it_starts_from():
    found = figs("一、基本情况", "截至2024年7月底，全市集中供热面积3260万平方米，热源总容量2150兆瓦，换热站680座。",
                 "二、主要任务", "今年新建换热站40座。", title=PLAN, date="2024-09-10", genre="plan",
                 headings={0: 1, 2: 1})
    assert {one(found, v).status for v in (3260, 2150, 680)} == {"actual"}
    assert one(found, 40).status == "target"
    # a project's basic facts (项目基本情况) are its planned size, no state reached
    project = figs("一、项目基本情况", "项目总投资2.4亿元，设计供热能力150兆瓦。", title="岚州市城南热源厂项目实施方案",
                   date="2024-09-10", genre="plan", headings={0: 1})
    assert one(project, 150).status == "target"


def test_the_heating_season_the_document_dates_is_the_period_of_its_figures():
    found = figs("全市采暖期为2024年11月10日至2025年3月20日。",
                 "上一采暖季（2023年11月10日至2024年3月20日），全市运行平稳。全市共受理投诉8600件，同比下降9.2%。",
                 "本采暖季全市计划供热面积3400万平方米，力争投诉量下降5%以上。",
                 "本采暖季末热计量收费面积要达到600万平方米。",
                 "采暖期间，各企业要确保抢修人员不少于7人。",
                 "截至9月5日，全市已储煤21万吨。", title=PLAN, date="2024-09-10", genre="plan")
    assert {one(found, v).period for v in (8600, 9.2)} == {"2023-11-10/2024-03-20"}
    assert {one(found, v).period for v in (3400, 5)} == {"2024-11-10/2025-03-20"}
    assert one(found, 600).period == "2025-03"
    assert one(found, 7).period != "2024-11-10/2025-03-20"  # (采暖期间 names no dated season)
    assert one(found, 21).period == "2024-09-05"  # (a figure dated in its own sentence keeps its date)


def test_the_season_before_is_a_year_earlier_when_not_dated():
    found = figs("全县供暖期为2025年11月15日至2026年3月15日。", "上一供暖季全县热费收缴率为90.5%。",
                 title="澜县供暖工作方案", date="2025-10-08", genre="plan")
    assert one(found, 90.5).period == "2024-11-15/2025-03-15"
    # without a dated season nothing changes
    plain = figs("上一供暖季全县热费收缴率为90.5%。", title="澜县供暖工作方案", date="2025-10-08", genre="plan")
    assert one(plain, 90.5).period != "2024-11-15/2025-03-15"


def test_a_rate_held_all_year_round_is_a_standing_norm():
    found = figs("三、明年重点工作", "各乡镇要抓好秋防工作，规模养殖场消毒覆盖率常年保持在95%以上。",
                 title="在全县畜牧工作会议上的讲话", date="2025-11-12", genre="speech", headings={0: 1})
    assert (one(found, 95).status, one(found, 95).period) == ("requirement", "")


def test_this_years_allocation_in_a_late_year_speech_is_done():
    found = figs("三、明年重点工作", "二要加大投入。今年县财政安排教育投入5.2亿元，占一般公共预算支出的21.4%。",
                 "要用好专项债券，今年已争取到位1.3亿元。",
                 title="在全县教育工作会议上的讲话", date="2025-12-02", genre="speech", headings={0: 1})
    assert {one(found, v).status for v in (5.2, 21.4, 1.3)} == {"actual"}
    # in a speech of March the year's allocation is still its plan
    spring = figs("三、今年重点工作", "今年县财政安排教育投入5.2亿元。", title="在全县教育工作会议上的讲话",
                  date="2025-03-02", genre="speech", headings={0: 1})
    assert one(spring, 5.2).status == "target"


def test_so_far_this_year_in_a_speech_is_the_years_figure():
    found = figs("今年以来，县市场监管局已查处食品安全案件46件，罚没款128万元。",
                 title="在全县食品安全工作会议上的讲话", date="2025-11-26", genre="speech")
    assert {one(found, v).period for v in (46, 128)} == {"2025"}
    news = figs("今年以来，县市场监管局已查处食品安全案件46件。", title="县市场监管局查处食品安全案件",
                date="2025-11-26", genre="news")
    assert one(news, 46).period == "2025-01/2025-11"


def test_time_limits_lead_times_stoppages_and_stocks_in_days_of_use_are_figures():
    found = figs("各供水企业要公布服务电话，管道故障6小时内修复。", "计划停水的，须在停水前不少于12小时告知用户。",
                 "3月2日，城北管网爆管造成城北片区停暖9小时。", "燃煤锅炉房开栓前煤炭储备不少于5天用量。",
                 title="岚州市城市供水供暖保障方案", date="2025-09-10", genre="plan")
    assert (one(found, 6).unit, one(found, 6).status) == ("小时", "requirement")
    assert (one(found, 12).unit, one(found, 12).status) == ("小时", "requirement")
    assert one(found, 9).unit == "小时"
    assert one(found, 5).unit == "天"
    # a span of days is still no figure
    assert not figs("连续3天开展巡查。", title="岚州市城市供水供暖保障方案", date="2025-09-10", genre="plan")


@pytest.mark.parametrize(("zh", "en"), [
    ("城市集中供热面积", "area of centralized heating in cities"),
    ("热电联产机组供热能力", "heating capacity of combined heat and power units"),
    ("热费收缴率", "heating fee collection rate"),
    ("室温不达标投诉", "complaints of substandard room temperatures"),
    ("政策性农业保险参保面积", "area insured under policy-based agricultural insurance"),
    ("纳入防止返贫监测对象", "households monitored to prevent them from slipping back into poverty"),
    ("稻渔综合种养面积", "area of integrated rice and fish farming"),
])
def test_english_of_heating_supply_and_rural_work(zh: str, en: str) -> None:
    from build_tools.translate.metrics import metric_en

    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "en"), [
    # a place ending in 州市 is the city, not a 州 before 市
    ("岚州市2025年安全生产工作方案", "Lanzhou Work Plan for Workplace Safety in 2025"),
    ("岚州市冬季供暖工作方案", "Lanzhou Work Plan for Winter Heating"),
    # one meeting held as two (…会议暨…会议): both named
    ("在全市农村工作会议暨秋冬农业生产工作会议上的讲话",
     "Speech at the Citywide Rural Work Conference and Autumn and Winter Agricultural Production Work Conference"),
])
def test_titles_of_a_heating_plan_and_a_joint_meeting(zh: str, en: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    found = TitleRenderer(get_glossary(), "2025").title(zh)
    assert (found.text, found.status) == (en, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    ("三、供暖期", "III. Heating Period"),
    ("（一）全力保障热源供应。", "(1) Making Every Effort to Ensure Heat Source Supply"),
    ("（二）抓好水利冬修。", "(2) Concentrating on Winter Repair of Water Works"),
])
def test_headings_of_a_heating_plan_and_a_rural_speech(zh: str, en: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary()).heading(zh).text == en


def test_new_leaves_the_region_of_a_county_speech_naming_only_its_towns_and_skips_the_speakers_offices():
    from build_tools.new import infer_title
    from build_tools.new_origin import infer_region

    text = ("在全县林业工作会议上的讲话\n副县长　周明\n（2025年3月6日）\n\n同志们：\n"
            "今天召开全县林业工作会议。刚才，东坪镇、石门乡作了发言。全县今年完成造林2.1万亩，东坪镇完成0.6万亩。\n"
            + "各乡镇要压实责任，抓好森林防火和造林绿化各项工作，确保全年任务圆满完成。\n" * 12)
    assert infer_title(text) == "在全县林业工作会议上的讲话"
    assert infer_region(text) == ""
    # a county named in the text is still its region
    assert infer_region(text.replace("全县今年", "青禾县今年").replace("召开全县", "召开青禾县")) == "青禾县"


def _captioned_table(cells: list[list[str]], caption: str) -> list:
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p1", text="三、保障措施", heading=1), Paragraph(id="p2", text="各区要加强组织领导。"),
             Paragraph(id="p3", text=caption, heading=3),
             Paragraph(id="p4", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=PLAN, date="2024-09-10", genre="plan", paragraphs=paras)
    meta = Metadata(date="2024-09-10", region="岚州市")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_an_appended_directory_of_companies_in_a_plan_is_their_present_state():
    cells = [["序号", "企业", "供热面积（万平方米）", "服务电话"], ["1", "岚州热力有限公司", "860", "0591-2233445"]]
    found = _captioned_table(cells, "附件3　主要供热企业供热面积及服务电话")
    assert (one(found, 860).status, one(found, 860).period) == ("actual", "2024-09")
    tasks = _captioned_table([["序号", "任务", "数量（公里）"], ["1", "改造老旧管网", "60"]], "附件1　供热保障任务分工表")
    assert one(tasks, 60).status == "target"


def test_the_condition_a_rule_starts_on_is_no_figure():
    found = figs("供暖期内如遇连续3日日平均气温高于12℃的，可提前停止供暖。", "全市平均气温为5.6℃，低于12℃的天数为86天。",
                 title=PLAN, date="2024-09-10", genre="plan")
    assert not [f for f in found if "如遇" in f.sentence]
    assert one(found, 5.6).unit == "℃"


@pytest.mark.parametrize(("zh", "en"), [
    ("岚州市热力集团有限公司", "Lanzhou Heating Group Co., Ltd."),
    ("岚州市燃气有限公司", "Lanzhou Gas Co., Ltd."),
    ("东湖区清河供热有限公司", "a Donghu District heating supply company"),  # (a trade name is never romanized)
])
def test_heating_and_gas_utilities_are_named_after_their_city_and_trade(zh: str, en: str) -> None:
    from build_tools.translate.enterprises import company_en

    assert company_en(zh) == en
    assert company_en("某某市热力有限公司") is None


def test_a_countys_urban_area_names_the_county():
    found = figs("全市集中供热面积3000万平方米，其中青禾县城区集中供热面积260万平方米。", "岚州市城区常住人口41万人。",
                 "老城区常住人口12万人。", title=PLAN, date="2024-09-10", genre="plan", region="岚州市")
    assert one(found, 260).subject == "青禾县"
    assert one(found, 41).subject == ""  # (the document's own city)
    assert one(found, 12).subject == ""  # (an old town as a kind)


def test_progress_on_a_years_plan_to_a_months_end_is_counted_from_january():
    found = figs("2024年全市计划改造老旧管网90公里。截至7月底，已完成管网改造52公里，完成率57.8%。",
                 "截至7月底，全市集中供热面积3260万平方米。", title=PLAN, date="2024-09-10", genre="plan")
    assert {one(found, v).period for v in (52, 57.8)} == {"2024-01/2024-07"}
    assert one(found, 3260).period == "2024-07"  # (a stock at the month's end)


def test_what_exists_counted_under_a_plans_tasks_is_a_fact():
    found = figs("四、重点任务", "全市燃气锅炉房共有64座。", "要新建燃气锅炉房12座。", title=PLAN, date="2024-09-10",
                 genre="plan", headings={0: 1})
    assert (one(found, 64).status, one(found, 64).period) == ("actual", "2024-09")
    assert one(found, 12).status == "target"
