"""Title frames of the recurring reports of local governments and statistics bureaus (used by titles.py):

- an economic release: ``岚溪市2024年上半年经济运行情况`` / ``2024年1-5月全市经济运行情况`` -> "Economic Performance of
  Lanxi in the First Half of 2024" / "Economic Performance of Lanxi in January-May 2024" (经济运行 "economic
  performance" as in headlines.py's analysis meetings; the frame is a project rendering; a whole year's release:
  "Economic Performance of Lanxi in 2024"); its monthly table
  ``2025年1—10月全市主要经济指标`` -> "Main Economic Indicators of Lanxi, January-October 2025" (NBS's "main
  economic indicators"; project rendering of the frame);
- a census communiqué: ``岚溪市第七次全国人口普查公报（第一号）`` -> "Communiqué of Lanxi on the Seventh National
  Population Census (No. 1)" (after NBS's "Communiqué of the Seventh National Population Census (No. 1)"; GWR
  2021/91 "the seventh population census");
- the subjects of the plan and budget reports to the people's congress: ``2023年国民经济和社会发展计划执行情况与2024年
  国民经济和社会发展计划草案`` -> "the Implementation of the 2023 Plan for National Economic and Social Development
  and on the 2024 Draft Plan", ``2023年预算执行情况和2024年预算草案`` -> "the Execution of the 2023 Budget and on the
  2024 Draft Budget" (after the English titles of the national reports to the NPC: "Report on the Implementation of
  the 2023 Plan for National Economic and Social Development and on the 2024 Draft Plan ...", "Report on the
  Execution of the Central and Local Budgets for 2023 and on the Draft ... Budgets for 2024"), and a year's
  report on a subject (``2023年度法治政府建设情况`` -> "Building a Law-Based Government in 2023");
- a department's yearly communiqué on its field: ``茗溪县2024年度人力资源和社会保障事业发展统计公报`` -> "Statistical
  Communiqué of Mingxi County on the Development of Human Resources and Social Security in 2024";
- the outline of a five-year plan: ``岚溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要`` ->
  "Outline of the 14th Five-Year Plan for Economic and Social Development of Lanxi and Long-Range Objectives
  Through the Year 2035" (GWR 2021/157).

Every frame returns None unless each part renders (the place through the renderer, the subject through the
glossary); the wording of the frames is listed in translations/README.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .completion_titles import completion_title
from .disclosure_titles import debt_title, department_budget_title, fund_report_title
from .headlines import PERIOD_RE, PERIOD_WORDS
from .indicator_titles import audit_results_subject, indicator_title
from .land_titles import land_title
from .periods import MONTHS
from .recruitment_titles import recruitment_title
from .title_tables import CN_NUM, ORDINAL_WORDS
from .title_words import cn_int, title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

PLACE = r"(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗))?"
YEAR = r"(?:(?P<year>\d{4})年)?"
MONTH_RANGE = r"(?P<m1>\d{1,2})\s*[-—–－至~～]\s*(?P<m2>\d{1,2})月(?:份)?"
RELEASE_RE = re.compile(rf"^{PLACE}{YEAR}(?:度)?"
                        rf"(?:(?P<period>{PERIOD_RE})|{MONTH_RANGE}|(?P<month>\d{{1,2}})月(?:份)?|(?<=\d年)|(?<=\d年度))"
                        # (the place after the months: 2025年1—11月澜汀市电力运行情况)
                        r"(?P<place2>(?!全)[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗))?"
                        r"(?:全市|全县|全区|全州|全省|全旗)?(?:(?:国民)?(?P<sector>金融|电力|工业)?经济运行(?:情况|简况|简析|分析)?"
                        r"|(?P<sector2>金融|电力)运行(?:情况|简况)|(?P<table>主要经济指标)"
                        r"|(?P<fiscal>(?:财政|一般公共预算)收支(?:情况|执行情况))"
                        # (a statistics bureau's release on residents' income and consumption: 前三季度居民收支情况)
                        r"|(?P<household>(?:城乡)?居民(?:人均)?收支(?:情况|简况)?)"
                        # (a port authority's monthly release: 2025年1-10月全市港口生产情况)
                        r"|(?P<port>港口(?:生产|吞吐量)(?:情况|简况|完成情况))"
                        # (a livestock release, a postal administration's monthly report: 前三季度全市畜牧业生产情况)
                        r"|(?P<livestock>畜牧业生产(?:情况|简况))|(?P<postal>邮政(?:行业|业)运行(?:情况|简况))"
                        # (a tax bureau's: 1-10月税费支持政策落实情况, 减税降费政策落实情况)
                        r"|(?P<relief>(?:税费支持|税费优惠|减税降费)政策(?:落实|执行)情况))$")
# what a release on one sector's performance is on (project renderings after the People's Bank of China's and the
# National Energy Administration's English releases: "Financial Statistics", "Electricity Consumption")
RELEASE_SECTORS = {"金融": "Financial Performance", "电力": "Electricity Supply and Consumption",
           "工业": "Industrial Economic Performance"}
SPAN_TABLE_RE = re.compile(r"^主要经济指标[（(](?P<y1>\d{4})\s*[—–\-－至~～]\s*(?P<y2>\d{4})年?[）)]$")
CENSUS_RE = re.compile(rf"^{PLACE}{YEAR}第(?P<n>[一二三四五六七八九十])次全国"
                       r"(?:(?P<what>人口|经济|农业|土壤)普查|(?P<survey>国土|土地)调查)"
                       r"(?:主要数据)?公报(?:[（(]第(?P<no>[一二三四五六七八九十]{1,3})号[）)])?$")
CENSUSES = {"人口": "National Population Census", "经济": "National Economic Census",
            "农业": "National Agricultural Census", "土壤": "National Soil Census"}  # (土壤: project rendering)
# the national land surveys (第三次全国国土调查主要数据公报: the Ministry of Natural Resources' "Third National Land
# Survey"; project rendering, P)
SURVEYS = {"国土": "National Land Survey", "土地": "National Land Survey"}
PLAN_REPORT_RE = re.compile(rf"^{PLACE}(?P<y1>\d{{4}})年(?:全市|全县|全区)?国民经济和社会发展计划执行情况(?:与|和|及)"
                            # (…与2025年计划草案: the draft plan named short)
                            rf"(?P<y2>\d{{4}})年(?:全市|全县|全区)?(?:国民经济和社会发展)?计划(?:草案)?$")
# whose budget: the whole area's (全市), the government's own level (市级, 市本级), or both (市本级和全市)
LEVEL = r"(?:全市|全县|全区|市级|县级|区级|市本级|县本级|区本级)?(?:和(?:全市|全县|全区))?(?:一般公共)?"
BUDGET_RE = re.compile(rf"^{PLACE}(?P<y1>\d{{4}})年{LEVEL}预算执行情况(?:和|与|及)(?P<y2>\d{{4}})年{LEVEL}预算草案$")
YEAR_REPORT_RE = re.compile(r"^(?P<year>\d{4})年度?(?P<subject>.+?)(?:工作)?(?:情况|工作情况)$")
SUBJECT_REPORT_RE = re.compile(r"^(?:全市|全县|全区|全州|全省|全镇)?(?P<subject>[\u4e00-\u9fff]{2,20}?)(?:工作)?情况$")
FINAL_ACCOUNTS_RE = re.compile(r"^(?P<y>\d{4})年度?(?P<level>全市|全县|全区|市级|县级|区级|市本级|县本级|区本级)?"
                               r"(?:财政|政府)?(?:总)?决算(?:草案)?$")
FINAL_ACCOUNTS_LEVELS = {"市级": "Municipal ", "市本级": "Municipal ", "县级": "County ", "县本级": "County ",
                         "区级": "District ", "区本级": "District "}
OUTLINE_RE = re.compile(rf"^{PLACE}国民经济和社会发展第十(?P<n>[一二三四五])个五年规划和二[〇○零]三五年远景目标纲要$")


def _place(renderer: TitleRenderer, m: re.Match[str], region: str) -> str | None:
    """' of Lanxi' for the title's place (or the document's region when the title names none: 全市), '' when
    neither is known; None when the place does not render."""
    place = m.group("place") or region
    if not place:
        return ""
    name = renderer.region(place)
    return f" of {name}" if name else None


# a statistics bureau's release on one indicator of a period, its months first (2025年1—10月萦溪市规模以上工业企业
# 利润情况)
INDICATOR_RELEASE_RE = re.compile(rf"^{YEAR}(?:{MONTH_RANGE}|(?P<month>\d{{1,2}})月(?:份)?){PLACE}"
                                  r"(?P<topic>[\u4e00-\u9fff]{4,20}?)(?:情况|简况|概况)$")


def indicator_release_title(zh: str, region: str, renderer: TitleRenderer) -> str | None:
    """2025年1—10月萦溪市规模以上工业企业利润情况 -> 'Profits of Industrial Enterprises above Designated Size in
    Yingxi, January-October 2025' (the indicator by the metric grammar; None unless every part renders)."""
    from .metrics import metric_en
    from .title_words import title_case

    m = INDICATOR_RELEASE_RE.match(zh)
    if not m or not m.group("year"):
        return None
    first = int(m.group("m1") or m.group("month"))
    last = int(m.group("m2") or first)
    # (2025年11月榆汀市法定传染病疫情概况: a month's report on a topic the glossary names)
    topic = metric_en(m.group("topic"), renderer.glossary) or renderer.phrase(m.group("topic"))
    place = renderer.region_short(m.group("place") or region) if (m.group("place") or region) else ""
    if not topic or place is None or not 1 <= first <= last <= 12:
        return None
    when = f"{MONTHS[first - 1]}{f'-{MONTHS[last - 1]}' if last != first else ''} {m.group('year')}"
    text = title_case(topic).replace(" Above Designated Size", " above Designated Size")  # (as NBS titles write it)
    return f"{text[:1].upper()}{text[1:]}{' in ' + place if place else ''}, {when}"


def release_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """岚溪市2024年上半年经济运行情况 -> 'Economic Performance of Lanxi in the First Half of 2024'."""
    span = SPAN_TABLE_RE.match(zh)  # 主要经济指标（2020—2024年）: a yearbook's table over years
    if span:
        return f"Main Economic Indicators ({span.group('y1')}-{span.group('y2')})"
    m = RELEASE_RE.match(zh)
    if not m:
        from .periodic_titles import development_title, period_form_title  # (they read this module's PLACE, YEAR)

        return indicator_release_title(zh, region, renderer) or development_title(renderer, zh, region) or (
            period_form_title(renderer, zh, region))
    if m.group("place") and m.group("place2"):
        return None
    where = _place(renderer, m, region) if not m.group("place2") else (
        f" of {name}" if (name := renderer.region(m.group("place2"))) else None)
    if where is None:
        return None
    year = m.group("year")
    if m.group("period"):
        when = PERIOD_WORDS[m.group("period")] + (f" of {year}" if year else "")
    elif not (m.group("m1") or m.group("month")):  # 岚溪市2024年经济运行情况: the whole year
        if not year:
            return None
        when = year
    else:
        first = int(m.group("m1") or m.group("month"))
        last = int(m.group("m2") or first)
        if not 1 <= first <= last <= 12:
            return None
        when = MONTHS[first - 1] + (f"-{MONTHS[last - 1]}" if last != first else "") + (f" {year}" if year else "")
    if m.group("table"):  # 2025年1—10月全市主要经济指标: a statistics bureau's monthly table of main indicators
        return f"Main Economic Indicators{where}, {when}"
    if m.group("household"):  # 2025年前三季度…居民收支情况: NBS's "Households' Income and Consumption Expenditure" (P)
        return f"Residents' Income and Consumption Expenditure{where} in {when}"
    if m.group("port"):  # 2025年1-10月全市港口生产情况: "Port Production" (as the MOT's monthly port releases; P)
        return f"Port Production{where} in {when}"
    if m.group("livestock") or m.group("postal"):  # (GWR 2016/455 the livestock industry; the postal industry, P)
        what = "Livestock Production" if m.group("livestock") else "Operation of the Postal Industry"
        return f"{what}{where} in {when}"
    if m.group("relief"):  # (tax and fee support policies: after GWR 2022/67's tax and fee cuts; P)
        return f"Implementation of Tax and Fee Support Policies{where} in {when}"
    if m.group("fiscal"):  # 2025年1-11月全市财政收支情况: a finance bureau's release (as MOF's monthly ones; P)
        return f"Fiscal Revenue and Expenditure{where} in {when}"
    sector = m.group("sector") or m.group("sector2")
    return f"{RELEASE_SECTORS[sector] if sector else 'Economic Performance'}{where} in {when}"


def census_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """岚溪市第七次全国人口普查公报（第一号） -> 'Communiqué of Lanxi on the Seventh National Population Census
    (No. 1)'."""

    m = CENSUS_RE.match(zh)
    if not m:
        return None
    where = _place(renderer, m, "" if not m.group("place") else region)
    n = cn_int(m.group("n"))
    if where is None or n not in ORDINAL_WORDS:
        return None
    number = f" (No. {cn_int(m.group('no'))})" if m.group("no") and cn_int(m.group("no")) else ""
    what = CENSUSES[m.group("what")] if m.group("what") else SURVEYS[m.group("survey")]
    data = "the Main Data of " if m.group("survey") and "主要数据" in zh else ""  # (…国土调查主要数据公报)
    return f"Communiqué{where} on {data}the {ORDINAL_WORDS[n]} {what}{number}"


def report_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """The subject of a 关于…的报告 title in the wording of the national reports to the NPC, or None."""
    m = PLAN_REPORT_RE.match(zh)
    if m:
        where = _place(renderer, m, "")
        if where is None:
            return None
        return (f"the Implementation of the {m.group('y1')} Plan for National Economic and Social Development{where} "
                f"and on the {m.group('y2')} Draft Plan")
    m = BUDGET_RE.match(zh)
    if m:
        where = _place(renderer, m, "")
        if where is None:
            return None
        return f"the Execution of the {m.group('y1')} Budget{where} and on the {m.group('y2')} Draft Budget"
    m = FINAL_ACCOUNTS_RE.match(zh)
    if m:  # 2024年度县级财政决算: "the County Final Accounts for 2024" (the Ministry of Finance's "final accounts")
        level = FINAL_ACCOUNTS_LEVELS.get(m.group("level") or "", "")
        return f"the {level}Final Accounts for {m.group('y')}"
    audited = audit_subject(zh) or _placed_subject(renderer, zh) or audit_results_subject(renderer, zh)
    if audited:
        return audited
    m = YEAR_REPORT_RE.match(zh)
    if m:
        subject = renderer.subject(m.group("subject"))
        return f"{subject} in {m.group('year')}" if subject else None
    m = SUBJECT_REPORT_RE.match(zh)  # (全市秸秆综合利用工作情况: the work on a subject, of no year named)
    return renderer.subject(m.group("subject")) if m else None


def outline_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """…国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 -> 'Outline of the 14th Five-Year Plan for
    Economic and Social Development of Lanxi and Long-Range Objectives Through the Year 2035' (GWR 2021/157)."""

    m = OUTLINE_RE.match(zh)
    if not m:
        return None
    where = _place(renderer, m, "")
    if where is None:
        return None
    n = 10 + CN_NUM[m.group("n")]
    return (f"Outline of the {n}th Five-Year Plan for Economic and Social Development{where} and Long-Range "
            "Objectives Through the Year 2035")


EVALUATION_RE = re.compile(r"^(?:《(?P<outline>[^》]+)》|" + PLACE +
                           r"“十(?P<n>[一二三四五])五”(?P<what>规划纲要|规划))"
                           r"(?:实施情况|实施)(?P<stage>中期|终期)评估(?:报告)?$")
STAGES = {"中期": "Mid-Term", "终期": "Final"}


def evaluation_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """澄阳市“十四五”规划纲要实施情况中期评估报告 -> 'Report on the Mid-Term Evaluation of the Implementation of the
    Outline of the 14th Five-Year Plan of Chengyang'; 《<outline title>》实施中期评估报告 -> the same frame around the
    outline's full English title (after the English title of the State Council's 2023 report to the NPC Standing
    Committee on the mid-term evaluation of the national outline; a project rendering, in translations/README.md)."""
    m = EVALUATION_RE.match(zh)
    if not m:
        return None
    if m.group("outline"):
        plan = outline_title(renderer, m.group("outline"), region)
    else:
        where = _place(renderer, m, region)
        if where is None:
            return None
        kind = "Outline of the " if m.group("what") == "规划纲要" else ""
        plan = f"{kind}{10 + CN_NUM[m.group('n')]}th Five-Year Plan{where}"
    if plan is None:
        return None
    return f"Report on the {STAGES[m.group('stage')]} Evaluation of the Implementation of the {plan}"


# A GDP release of Hong Kong's Census and Statistics Department (二○二二年第一季本地生產總值修訂數字, read in its
# Simplified view): "Revised GDP Figures for the First Quarter of 2022", "Advance Estimates of GDP for ..." (after the
# department's English titles; project rendering, not checked against a file here)
GDP_RELEASE_RE = re.compile(r"^(?P<y>[〇○零一二三四五六七八九]{4}|\d{4})年第(?P<q>[一二三四1-4])季度?"
                            r"(?:本地生产总值|地区生产总值)的?(?P<kind>修订数字|预先估计数字|预估数字)$")
GDP_KINDS = {"修订数字": "Revised GDP Figures", "预先估计数字": "Advance Estimates of GDP",
             "预估数字": "Advance Estimates of GDP"}
YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
               "七": "7", "八": "8", "九": "9"}


def gdp_release_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """二○二二年第一季本地生产总值修订数字 -> 'Revised GDP Figures for the First Quarter of 2022'."""
    m = GDP_RELEASE_RE.match(zh)
    if not m:
        return None
    year = "".join(YEAR_DIGITS.get(c, c) for c in m.group("y"))
    quarter = cn_int(m.group("q")) if not m.group("q").isdigit() else int(m.group("q"))
    return f"{GDP_KINDS[m.group('kind')]} for the {ORDINAL_WORDS[quarter or 1]} Quarter of {year}"


# A government's or department's review of its year and plan for the next (桂坪镇2024年工作总结和2025年工作计划):
# "Review of the Work of Guiping Town in 2024 and Work Plan for 2025" (project rendering, in translations/README.md);
# of a half year (2024年上半年工作总结和下半年工作打算): "... in the First Half of 2024 and Work Plans for the Second
# Half"
# a department's, named after its place (栖川市交通运输局2024年工作总结及2025年工作计划): "... of the Qichuan
# Municipal Transport Bureau ..."
BODY = r"(?P<body>[\u4e00-\u9fff]{1,16}?(?:局|委员会|委|办公室|中心)|人民政府(?:办公室)?)?"  # (a government too)
REVIEW_PLAN_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗|镇|乡|街道))?" + BODY +
                            r"(?P<y1>\d{4})年(?:度)?(?P<h1>上半年)?(?P<topic>[\u4e00-\u9fff]{2,12}?)?工作总结"
                            r"(?:(?:和|及|与|暨)(?:(?P<y2>\d{4})年(?:度)?|(?P<h2>下半年))(?P<topic2>[\u4e00-\u9fff]{2,12}?)?"
                            r"(?P<plan>工作计划|工作打算|工作思路|工作要点|工作安排))?$")
PLAN_KINDS = {"工作计划": "Work Plan", "工作打算": "Work Plans", "工作思路": "Work Plans",
              "工作要点": "Key Points of Work", "工作安排": "Work Plans"}


def review_plan_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """桂坪镇2024年工作总结和2025年工作计划 -> 'Review of the Work of Guiping Town in 2024 and Work Plan for 2025'."""
    m = REVIEW_PLAN_RE.match(zh)
    if not m:
        return None
    where = _issuer(renderer, m, region)
    if where is None:
        return None
    if bool(m.group("h1")) != bool(m.group("h2")) and m.group("plan"):
        return None  # a half year's review with a next year's plan, or the reverse: no frame
    if m.group("topic2") and m.group("topic2") != m.group("topic"):
        return None  # (a plan on another subject than the review's: no frame)
    work = "the Work"
    if m.group("topic"):  # 柘源县2024年乡村振兴工作总结: "Review of Rural Revitalization Work of Zheyuan County in …"
        topic = renderer.subject(m.group("topic"))
        if not topic:
            return None
        work = f"{topic.removeprefix('the ')} Work"
        if " of " in topic or " between " in topic.lower():  # (河湖长制工作总结: "the Work on the System of River
            work = f"the Work on the {topic.removeprefix('the ')}"  # Chiefs and Lake Chiefs", not "System of … Work")
    half = "the First Half of " if m.group("h1") else ""
    text = f"Review of {work}{where} in {half}{m.group('y1')}"
    later = "the Second Half" if m.group("h2") else m.group("y2")
    return text + (f" and {PLAN_KINDS[m.group('plan')]} for {later}" if m.group("plan") else "")


def _issuer(renderer: TitleRenderer, m: re.Match[str], region: str) -> str | None:
    """' of the Qichuan Municipal Transport Bureau' when the title names a department after its place, else the
    place as ``_place`` gives it; None when a named part does not render."""
    if not m.group("body"):
        return _place(renderer, m, region)
    name = renderer.issuers((m.group("place") or "") + m.group("body"))
    return f" of {name}" if name else None


# a government's or department's key points or plan of work for one year (栖川市教育局2025年工作要点): "Key Points of
# Work of the Qichuan Municipal Education Bureau for 2025" (project rendering, as PLAN_KINDS above)
WORK_POINTS_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗|镇|乡|街道))?" + BODY +
                            r"(?P<y>\d{4})年(?:度)?(?P<topic>[\u4e00-\u9fff]{2,12}?)?(?P<plan>工作计划|工作要点|工作安排)$")


def work_points_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """栖川市教育局2025年工作要点 -> 'Key Points of Work of the Qichuan Municipal Education Bureau for 2025';
    柘源县2025年乡村振兴工作计划 -> 'Rural Revitalization Work Plan of Zheyuan County for 2025'."""
    m = WORK_POINTS_RE.match(zh)
    if not m or not (m.group("place") or m.group("body")):
        return None
    where = _issuer(renderer, m, region)
    if not where:
        return None
    if m.group("topic"):
        topic = renderer.subject(m.group("topic"))
        if not topic or m.group("plan") == "工作要点":
            return None
        return f"{topic.removeprefix('the ')} {PLAN_KINDS[m.group('plan')]}{where} for {m.group('y')}"
    return f"{PLAN_KINDS[m.group('plan')]}{where} for {m.group('y')}"


# a statistics bureau's monthly price release (2025年6月份渠阳市居民消费价格变动情况, 渠阳市2025年上半年居民消费价格运行
# 情况): "Changes in Consumer Prices of Quyang in June 2025" (NBS: consumer prices, producer prices for industrial
# products, YB 5-3 and 5-11; the frame is a project rendering)
PRICES = {"居民消费价格": "Consumer Prices", "工业生产者价格": "Producer Prices for Industrial Products",
          "工业生产者出厂价格": "Producer Prices for Industrial Products", "商品零售价格": "Retail Prices"}
PRICE_RELEASE_RE = re.compile(rf"^(?:(?P<y0>\d{{4}})年(?:(?P<mo0>\d{{1,2}})月(?:份)?|(?P<p0>{PERIOD_RE}))?)?{PLACE}"
                              rf"(?:(?P<year>\d{{4}})年(?:(?P<month>\d{{1,2}})月(?:份)?|(?P<period>{PERIOD_RE}))?)?"
                              r"(?:全市|全县|全区)?(?P<what>" + "|".join(PRICES) + r")(?:变动|运行)(?:情况|简况)?$")


def price_release_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """2025年6月份渠阳市居民消费价格变动情况 -> 'Changes in Consumer Prices of Quyang in June 2025'."""
    m = PRICE_RELEASE_RE.match(zh)
    if not m or bool(m.group("y0")) == bool(m.group("year")):
        return None  # (the date once, before or after the place)
    year, month = m.group("y0") or m.group("year"), m.group("mo0") or m.group("month")
    period = m.group("p0") or m.group("period")
    if month and not 1 <= int(month) <= 12:
        return None
    when = f"{MONTHS[int(month) - 1]} {year}" if month else (
        f"{PERIOD_WORDS[period]} of {year}" if period else year)
    where = _place(renderer, m, region)
    return f"Changes in {PRICES[m.group('what')]}{where} in {when}" if where is not None else None


# Yearly bulletins of a department, after the national ministries' English titles: 中国水资源公报 "China Water
# Resources Bulletin" (Ministry of Water Resources), 中国环境状况公报 "Report on the State of the Environment in China"
# (before 2016; the ecology-and-environment bulletins are titles.py's), 政府信息公开工作年度报告 "Annual Report on
# Government Information Disclosure" (the State Council's departments' English pages); project renderings.
BULLETIN_RE = re.compile(r"^(?:(?P<y0>\d{4})年度?)?" + rf"{PLACE}{YEAR}(?:度)?"
                         r"(?P<kind>水资源公报|水土保持公报|气候公报|国民体质监测公报|环境状况公报|政府信息公开工作年度报告|大事记)$")
# (中国水土保持公报 "China Soil and Water Conservation Bulletin", the Ministry of Water Resources' title; 中国气候公报
# "China Climate Bulletin", the China Meteorological Administration's)
YEARLY_BULLETINS = {"水资源公报": "Water Resources Bulletin", "水土保持公报": "Soil and Water Conservation Bulletin",
                    "气候公报": "Climate Bulletin",
                    "国民体质监测公报": "National Physical Fitness Monitoring Bulletin"}  # (GAS's bulletins: P)


# a department's annual report on one field of its work (白河县市场监督管理局2024年法治政府建设年度报告): "Annual
# Report of the Baihe County Administration for Market Regulation on Building a Law-Based Government in 2024"
ANNUAL_REPORT_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗|镇|乡|街道))?" + BODY +
                              r"(?P<year>\d{4})年度?(?P<subject>[\u4e00-\u9fff]{2,20}?)(?:工作)?年度报告$")


def bulletin_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    m = BULLETIN_RE.match(zh)  # (the year before the place too: 2024年岚山市气候公报)
    annual = ANNUAL_REPORT_RE.match(zh) if not m else None
    if annual and (annual.group("place") or annual.group("body")) and annual.group("subject") == "政府信息公开":
        who = _issuer(renderer, annual, region)  # 柘川县人民政府2024年政府信息公开工作年度报告: the government's own
        return f"Annual Report on Government Information Disclosure{who} ({annual.group('year')})" if who else None
    if annual and (annual.group("place") or annual.group("body")):
        who, subject = _issuer(renderer, annual, region), renderer.subject(annual.group("subject"))
        if who is None or subject is None:
            return None
        return f"Annual Report{who} on {subject} in {annual.group('year')}"
    if not m:
        return None
    if m.group("y0") and m.group("year"):
        return None  # (the year once, before or after the place)
    place = m.group("place") or region
    name = renderer.region(place) if place else ""
    if name is None:
        return None
    year = m.group("y0") or m.group("year") or ""
    if m.group("kind") == "大事记":  # a yearly chronicle (棠溪区2024年大事记): project rendering
        return f"Chronicle of Events{f' of {name}' if name else ''}" + (f", {year}" if year else "")
    if m.group("kind") in YEARLY_BULLETINS:  # a province by its name alone: "Jiangxi Water Resources Bulletin"
        name = name.removesuffix(" Province") if place.endswith("省") else name
        return " ".join(p for p in (name, YEARLY_BULLETINS[m.group("kind")], year) if p)
    if m.group("kind") == "环境状况公报":
        return f"{year} Report on the State of the Environment{f' in {name}' if name else ''}".strip()
    return f"Annual Report on Government Information Disclosure{f' of {name}' if name else ''}" + (
        f" ({year})" if year else "")


# a government's press conference, one of a named series, on a topic (棠溪市“高质量发展看成效”系列新闻发布会（重大项目
# 建设专场）, 岚溪市优化营商环境新闻发布会)
PRESS_RE = re.compile(rf"^{PLACE}{YEAR}(?:“(?P<series>[^”]{{2,16}})”)?(?P<many>系列)?(?P<topic0>[^“”（）()]{{0,16}}?)"
                      r"新闻发布会(?:[（(](?:第[一二三四五六七八九十\d]+场[，,]?)?(?P<topic>[^（）()]{2,20}?)(?:专场)?[）)])?$")


def _topic(renderer: TitleRenderer, zh: str) -> str | None:
    """A glossary phrase or subject (项目建设 'Project Construction'); else X建设 of a plural X (重大项目建设 ->
    'Construction of Major Projects')."""
    phrase = renderer.subject(zh) or renderer.phrase(zh)
    if phrase:
        return title_case(phrase)
    what = renderer.phrase(zh[:-2]) if zh.endswith("建设") else None
    return f"Construction of {title_case(what)}" if what and what.endswith("s") else None


def press_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """棠溪市“高质量发展看成效”系列新闻发布会（重大项目建设专场） -> 'Tangxi Press Conference Series: Construction of
    Major Projects' (a series' slogan kept only when it renders as a phrase; project rendering)."""
    m = PRESS_RE.match(zh)
    if not m or not (m.group("topic") or m.group("topic0")):
        return None
    place = m.group("place") or region
    name = renderer.region(place) if place else ""
    topic = _topic(renderer, m.group("topic") or m.group("topic0"))
    if name is None or topic is None:
        return None
    series = renderer.phrase(m.group("series")) if m.group("series") else None
    head = " ".join(p for p in (name, f"“{series}”" if series else "") if p)
    kind = "Press Conference Series" if m.group("many") else "Press Conference"
    return f"{head} {kind}: {topic}".strip() if head else f"{kind}: {topic}"


# A department's statistical bulletin on the development of its sector (2024年梧江市卫生健康事业发展统计公报):
# "Statistical Bulletin on Health Development in Wujiang, 2024" (after the ministries' English titles, e.g. the
# MOHRSS's "Statistical Bulletin on Human Resources and Social Security Development"; the frame and the sectors are
# project renderings)
SECTOR_BULLETIN_RE = re.compile(rf"^{YEAR}{PLACE}(?:(?P<y2>\d{{4}})年(?:度)?"
                                r"|(?P<s1>\d{4})[/／—-](?P<s2>\d{4})学年(?:度)?)?"
                                r"(?P<sector>[\u4e00-\u9fff]{2,10}?)(?:事业|行业)?发展统计公报$")
SECTORS = {"卫生健康": "Health", "卫生": "Health", "卫生和计划生育": "Health and Family Planning",
           "教育": "Education", "民政": "Civil Affairs", "文化和旅游": "Culture and Tourism", "体育": "Sports",
           "人力资源和社会保障": "Human Resources and Social Security", "交通运输": "Transport",
           "水利": "Water Resources",
           "医疗保障": "Healthcare Security",  # (as 医疗保障局 "Healthcare Security Administration", names.py)
           "老龄": "Elderly Care",  # (老龄事业 "elderly care programs", GWR 2022/523)
           # (残疾人事业 "programs benefiting people with disabilities", GWR 2009/512; the title's word P)
           "残疾人": "Disability Affairs"}


def sector_bulletin_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """2024年梧江市卫生健康事业发展统计公报 -> 'Statistical Bulletin on Health Development in Wujiang, 2024'."""
    m = SECTOR_BULLETIN_RE.match(zh)
    sector = (SECTORS.get(m.group("sector")) or title_case(renderer.phrase(m.group("sector")) or "")) if m else ""
    if not m or not sector:  # (a sector outside the list: its glossary phrase, 茗溪县2024年度…统计公报)
        return None
    place = m.group("place") or region
    name = renderer.region(place) if place else ""
    if name is None:
        return None
    year = m.group("year") or m.group("y2")
    if m.group("s1"):  # 沅水县2023/2024学年教育事业发展统计公报: "…, 2023/2024 School Year"
        year = f"{m.group('s1')}/{m.group('s2')} School Year"
    where = f" in {name}" if name else ""
    return f"Statistical Bulletin on {sector} Development{where}" + (f", {year}" if year else "")


# The subject of an audit work report (关于2024年度县级预算执行和其他财政收支的审计工作报告): "the Execution of the
# County Budget and Other Fiscal Revenues and Expenditures for 2024" (after the National Audit Office's English title
# of the State Council's yearly report, "…on the Central Budget Implementation and Other Fiscal Revenues and
# Expenditures"; project rendering)
AUDIT_SUBJECT_RE = re.compile(r"^(?P<year>\d{4})年度?(?P<level>中央|省级|市级|县级|区级|市本级|县本级|区本级|本级)?"
                              r"预算执行(?:情况)?和其他财政收支(?:情况)?$")
AUDIT_LEVELS = {"中央": "Central ", "省级": "Provincial ", "市级": "Municipal ", "县级": "County ",
                "区级": "District ", "市本级": "Municipal ", "县本级": "County ", "区本级": "District ", "本级": ""}


PLACED_RE = re.compile(rf"^{PLACE}(?P<rest>\d{{4}}年.+)$")


def _placed_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """The final accounts or the audited budget of a named place (柳塘县2023年财政决算 -> 'the Final Accounts of Liutang
    County for 2023'; 青岚县2023年度本级预算执行和其他财政收支 -> 'the Execution of the Budget of Qinglan County and
    Other Fiscal Revenues and Expenditures for 2023'), in the wording of the frames above; None otherwise."""
    m = PLACED_RE.match(zh)
    name = renderer.region(m.group("place")) if m and m.group("place") else None
    if m is None or not name:
        return None
    accounts = FINAL_ACCOUNTS_RE.match(m.group("rest"))
    if accounts and not accounts.group("level"):
        return f"the Final Accounts of {name} for {accounts.group('y')}"
    audited = AUDIT_SUBJECT_RE.match(m.group("rest"))
    if audited and audited.group("level") in (None, "本级"):
        return (f"the Execution of the Budget of {name} and Other Fiscal Revenues and Expenditures for "
                f"{audited.group('year')}")
    return None


def audit_subject(zh: str) -> str | None:
    """2024年度县级预算执行和其他财政收支 -> 'the Execution of the County Budget and Other Fiscal Revenues and
    Expenditures for 2024'."""
    m = AUDIT_SUBJECT_RE.match(zh)
    if not m:
        return None
    level = AUDIT_LEVELS.get(m.group("level") or "", "")
    return f"the Execution of the {level}Budget and Other Fiscal Revenues and Expenditures for {m.group('year')}"


# A plan published for comments before approval (《桐渚县国土空间总体规划（2021—2035年）》批前公示): "Public Notice
# of the Tongzhu County Territorial Spatial Master Plan (2021-2035) before Approval"; a programme's monitoring report
# of a year (汀澜市妇女发展规划（2021—2030年）2025年实施情况统计监测报告): "Statistical Monitoring Report on the
# Implementation of the Tinglan Development Plan for Women (2021-2030) in 2025" (project renderings; the plan's name
# as _document renders it)
PUBLICITY_TITLE_RE = re.compile(r"^《(?P<doc>[^《》]+)》(?P<when>批前|草案)?公示$")
MONITORING_TITLE_RE = re.compile(r"^(?P<doc>.+?[（(](?:19|20)\d{2}\s*[—–\-－]\s*(?:19|20)\d{2}年[）)])"
                                 r"(?P<y>(?:19|20)\d{2})年(?:度)?实施情况(?P<kind>统计监测报告|监测报告|统计监测|评估报告)$")
# a plan's table of main indicators (桐渚县国土空间总体规划主要控制指标表, 2025年汀澜市妇女发展规划主要监测指标情况)
INDICATOR_TABLE_RE = re.compile(r"^(?:(?P<y>(?:19|20)\d{2})年)?"
                                r"(?P<doc>[^，,。；;]+?(?:规划|纲要)(?:[（(][^）)]+[）)])?)主要(?P<kind>控制|监测|预期)?指标(?:表|情况|一览表)?$")
INDICATOR_KINDS = {"控制": "Main Control Indicators", "监测": "Main Monitoring Indicators",
                   "预期": "Main Expected Indicators", None: "Main Indicators"}
MONITORING_KINDS = {"统计监测报告": "Statistical Monitoring Report", "监测报告": "Monitoring Report",
                    "统计监测": "Statistical Monitoring Report", "评估报告": "Evaluation Report"}


def plan_notice_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """《…规划（2021—2035年）》批前公示 and …规划（2021—2030年）2025年实施情况统计监测报告 (see above); None unless
    the plan's name renders in full."""
    if m := PUBLICITY_TITLE_RE.match(zh):
        plan = renderer._document(m.group("doc"), "", region)
        when = {"批前": " before Approval", "草案": " (Draft)"}.get(m.group("when") or "", "")
        return f"Public Notice of {plan}{when}" if plan else None
    if m := INDICATOR_TABLE_RE.match(zh):
        plan = renderer._document(m.group("doc"), "", region)
        year = f", {m.group('y')}" if m.group("y") else ""
        return f"{INDICATOR_KINDS[m.group('kind')]} of {plan}{year}" if plan else None
    if m := MONITORING_TITLE_RE.match(zh):
        plan = renderer._document(m.group("doc"), "", region)
        return (f"{MONITORING_KINDS[m.group('kind')]} on the Implementation of {plan} in {m.group('y')}"
                if plan else None)
    return None


def report_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """One of the frames above for a whole title, or None."""
    for frame in (plan_notice_title, release_title, census_title, outline_title, evaluation_title, gdp_release_title,
                  review_plan_title,
                  work_points_title, price_release_title, bulletin_title, press_title, sector_bulletin_title,
                  fund_report_title, debt_title, department_budget_title, land_title, recruitment_title,
                  completion_title, indicator_title):
        text = frame(renderer, zh, region)
        if text is not None:
            return text
    return None
