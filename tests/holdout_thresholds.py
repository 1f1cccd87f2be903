"""Thresholds of the held-out sets' attribute audit (tests/test_figure_attributes.py): each set at the values measured
after the rules it prompted, with its first, out-of-sample measurement in the comment above it."""

from tests.holdout_thresholds_more import HOLDOUT_THRESHOLDS_MORE

# The held-out sets (tests/fixtures/figures/holdout/ and holdout2/, documents written with their gold before the
# extractor was run on them; see their README.md): thresholds at the values measured after the rules they prompted,
# so that a regression on text written out of sample fails too. holdout2's first, out-of-sample measurement (before
# any rule it prompted): found 98.8%, period 89.9% (92.5% under the corrected gold), status 96.2%, direction 100%,
# subject 95.0%, traps 2/9, timeline 7/8, timeline traps 1/2.
HOLDOUT_THRESHOLDS = {
    "holdout": {"recall": 0.997, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 0.995,
                "base_unit": 1.0, "traps": 0, "timeline": 21, "timeline_traps": 0},
    "holdout2": {"recall": 1.0, "period": 1.0, "status": 0.993, "direction": 1.0, "subject": 1.0,
                 "base_unit": 1.0, "traps": 0, "timeline": 7, "timeline_traps": 0},  # (status: see its README)
    # (timeline 7 of 7 since the news day of a reporter's lead-in no longer dates what the sentence reports: the
    # optional entry 4月15日，记者从…分析会上获悉，一季度… is now of Q1, so it no longer counts)
    # holdout3, first run (after the holdout2 rules, out of sample): found 98.1%, period 96.1%, status 80.4%,
    # direction 98.0%, subject 100%, timeline 2/3
    "holdout3": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                 "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout4 (a PDF, a DOCX with a table, an HTML page: through ingest), first run (after the holdout3 rules, out of
    # sample): found 80.6%, period 79.1%, status 90.7%, direction 100%, subject 98.9%, traps 1/7, timeline 8/11;
    # after: period 105/107 and status 106/107 (two judgement calls left, see its README)
    "holdout4": {"recall": 1.0, "period": 0.99, "status": 1.0, "direction": 1.0, "subject": 1.0,
                 "base_unit": 1.0, "traps": 0, "timeline": 11, "timeline_traps": 0},
    # holdout5 (a plan report in DOCX with a status-column indicator table, a statistics bureau's web page), first run
    # (code of cb1b19a, out of sample): found 91.1%, period 92.9%, status 79.6%, direction 99.1%, subject 100%, traps
    # 1/7, timeline 4/5; after: period 122/124 and status 124/124 (two judgement calls left, see its README; one gold
    # row, 参保率稳定在95%以上 in the 2025 tasks, aligned with the attributes README's convention on 2026-12-05)
    "holdout5": {"recall": 1.0, "period": 0.983, "status": 1.0, "direction": 1.0, "subject": 1.0,
                 "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout6 (an environment bulletin in PDF, a county portal's news page on the people's congress), first run (code
    # of 3d5225a, out of sample): found 96.4%, period 72.6%, status 97.2%, subject 90.6%, traps 1/12, timeline 5/6;
    # after: period 105/110, status 109/110, subject 108/110 (judgement calls left, see its README)
    "holdout6": {"recall": 1.0, "period": 0.963, "status": 1.0, "direction": 1.0, "subject": 0.98,
                 "base_unit": 1.0, "traps": 0, "timeline": 6, "timeline_traps": 0},
    # holdout7 (a town's review and plan in DOCX, a city portal's Q&A on a trade-in subsidy), first run (code of
    # cdc1926, out of sample): found 91.2%, period 90.4%, status 91.8%, subject 94.5%, timeline 3/4, tl-traps 1/5;
    # after: found 77/80, period 76/77, status 77/77, subject 76/77 (judgement calls and misses left, see its README)
    "holdout7": {"recall": 0.962, "period": 0.987, "status": 1.0, "direction": 1.0, "subject": 0.987,
                 "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout8 (a statistics bureau's monthly indicator table in PDF, a press conference transcript in HTML), first run
    # (code of 1c779b3, out of sample): found 95.1%, period 80.8%, status 91.0%, direction 98.7%, subject 94.9%, tl-traps
    # 1/6; after: period 74/81, status 76/81, subject 79/81 (judgement calls and conventions left, see its README)
    "holdout8": {"recall": 1.0, "period": 0.913, "status": 0.938, "direction": 0.987, "subject": 0.975,
                 "base_unit": 1.0, "traps": 0, "timeline": 7, "timeline_traps": 1},
    # (timeline 7 of 7 since an overall assessment with no figure, 1—10月，全市经济运行总体平稳、稳中有进, is no entry:
    # the gold's entry for it is optional)
    # holdout9 (a human resources and social security bulletin as text, a Spring Festival tourism news page in HTML),
    # first run (code of f5d5f30, out of sample): found 96.6%, period 61.3%, status 99.4%, subject 95.8%, traps 1/11,
    # timeline 5/7; after: found 173/174, period 170/173, subject 172/173 (judgement calls left, see its README)
    "holdout9": {"recall": 0.994, "period": 0.982, "status": 1.0, "direction": 1.0, "subject": 0.994,
                 "base_unit": 1.0, "traps": 0, "timeline": 7, "timeline_traps": 0},
    # holdout10 (a county audit work report in DOCX, a city health statistics bulletin in PDF with a table), first run
    # (code of f5d5f30, out of sample): found 90.8%, period 80.4%, subject 97.5%, timeline 3/5, tl-traps 2/6; after:
    # found 174/174, period 156/174, subject 172/174 (judgement calls and conventions left, see its README); period
    # 164/174 after holdout29's closed-year stocks (全市共有中医类医院…, 医养结合机构… at the end of 2024, as its gold)
    "holdout10": {"recall": 1.0, "period": 0.942, "status": 1.0, "direction": 1.0, "subject": 0.988,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout11 (a county government's annual report on government information disclosure in HTML, a city air quality
    # ranking notice in PDF with a ranking table), first run (code of 2a4058b, out of sample): found 79.4%, period
    # 88.0%, status 92.0%, direction 98.0%, subject 91.0%, traps 2/28, tl-traps 2/8; after: found 112/126 (the HTML
    # tables' unitless counts left), period 109/112, status 111/112, subject 112/112 (see its README)
    "holdout11": {"recall": 0.888, "period": 0.973, "status": 0.991, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout12 (a town government work report as GB18030 text, a district investment-signing news page in HTML), first
    # run (code of b6b556b, out of sample): found 97.6%, period 78.0%, status 87.0%, subject 88.6%, base_unit 99.2%,
    # traps 1/10, timeline 5/6; after: found 100%, period 78.6%, status 98.4%, subject 94.4%, timeline 6/6 (今年以来 and
    # the ceremony's quarter left as conventions to decide, see its README)
    "holdout12": {"recall": 1.0, "period": 0.785, "status": 0.983, "direction": 1.0, "subject": 0.943,
                  "base_unit": 1.0, "traps": 1, "timeline": 6, "timeline_traps": 0},
    # holdout13 (a county safety and disaster bulletin in DOCX, a city foreign-trade news page in HTML), first run
    # (code of 922b100, out of sample): found 98.9%, period 67.4%, status 93.5%, subject 82.6%, timeline 2/4; after:
    # period 98.9%, status 100%; round 2 (trade partners and one disaster as subjects, 场次, a task's own deadline,
    # parallel deadlines in the timeline): found, period, subject 100%, timeline 4/4
    "holdout13": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout14 (a city census communiqué in PDF, a county school-year education bulletin in DOCX), first run (code
    # of b6b94eb, out of sample): found 90.8%, period 5.9%; after: found 93.9%, period 96.7%; round 2 (比上学年, run-in
    # levels, 由A上升为B, census bases, the sex ratio, size classes): all 100%, traps 0/6, timeline 2/2 (its README)
    "holdout14": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout15 (a city's monthly price release in HTML with a CPI table, a county's rural revitalization summary and
    # plan in DOCX with a project table), first run (code of 4f69943, out of sample): found 91.8%, period 52.0%, status
    # 98.4%, subject 91.1%, timeline 1/2; after round 2: found 100%, period 97.8%, status 98.5%, subject 100%,
    # timeline 2/2 (see its README)
    "holdout15": {"recall": 1.0, "period": 0.977, "status": 0.985, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout16 (a city housing provident fund's annual report in PDF with a table of main indicators, a county's
    # government debt disclosure in HTML with a debt table and a project table under unit lines), first run (code of
    # 46a02eb, out of sample): found 92.2%, period 94.4%, status 99.1%, subject 96.3%; after: found 100%, period
    # 97.4%, status 100%, subject 96.6% (the committee's and centre's make-up left, see its README); period 100% with
    # a body's size and a ratio of two balances held at the year end (holdout51's rule)
    "holdout16": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 0, "timeline_traps": 0},
    # holdout17 (a city people's congress standing committee's law enforcement inspection report in plain text, a
    # county medical security bulletin in DOCX with a table), first run (code of 46a02eb, out of sample): found
    # 92.5%, period 76.8%, status 97.0%, timeline 2/3, tl-traps 1; after: found 98.1%, period 85.7%, status 100%
    # (the remaining periods: month vs year precision of undated present and year-end figures; see its README)
    "holdout17": {"recall": 0.981, "period": 0.876, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 1},
    # holdout18 (a city transport bureau's statistics bulletin in PDF with a table and 2025 targets, a district's
    # business-environment news page in HTML), first run (code of 4234926, out of sample, no fix): found 96.1%, period
    # 97.3%, status 98.6%, subject 82.4% (airport, park, service centres), base_unit 91.9% (户 of market entities,
    # t-km), timeline 2/2 (see its README)
    # after the units 公里/百平方公里 and 千辆 (the road density's unit was cut at the slash; the bus rows missing):
    # found 100%, period 97.4%, subject 83.1%, base_unit 92.2%; an estimate over its sentence: status 100%
    # an airport opening its clause as subject: subject 87.0%
    "holdout18": {"recall": 1.0, "period": 0.974, "status": 1.0, "direction": 1.0, "subject": 0.987,
                  "base_unit": 0.922, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout20 (a city civil affairs bulletin in DOCX with a two-year table, a county CPPCC standing committee's work
    # report copied from a news page as hard-wrapped text), first run (code of 2504b5e, out of sample): found 88.9%,
    # period 83.0%, status 97.3%, subject 98.2%, base_period 66.7%, tl-traps 1; after: found 96.8%, period 91.0%,
    # status 100%, subject 100%, base_period 100% (left: the CPPCC report's spans since the last session and 现有
    # members, a year-end stock sentence on the timeline; see its README)
    "holdout20": {"recall": 0.968, "period": 0.918, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout19 (a city's science and technology funding communiqué in HTML with a county table, a county's fifth
    # economic census communiqué in PDF with an industry table), first run (code of 2504b5e, out of sample, no fix):
    # found 89.1%, period 76.5%, base_unit 84.3%, base_period 84.2%, tl-traps 4/4 (see its README); after the
    # letter-spaced table head, the year-end standard time, 下同, entity counts and the period-opening statistics:
    # found 100%, period 100%, base_unit 98.4%, tl-traps 0
    "holdout19": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 0.984, "traps": 0, "timeline": 1, "timeline_traps": 0},
    # holdout23 (a county's land-expropriation compensation plan announcement in HTML, a city's climate bulletin as
    # hard-wrapped text), first run (code of 58bfdc1, out of sample): found 82.4%, period 58.6%, status 62.9%, subject
    # 87.1%, base_period 27.3%, traps 1/9, timeline 2/6; after a scheme of payments no plan of its year, rates per
    # unit standing rules, bracketed thresholds no figures, days and hours of climate statistics, a notice's month:
    # found 92.9%, period 84.8%, status 88.6%, subject 88.6%, traps 0 (left: stations and places as subjects,
    # 常年 as base 1991/2020, the land scope's 拟征收 read as a target; see its README); found 94.1%, period 85.0%,
    # status and subject 88.8% once 过渡期不超过24个月 is found (set 25's notice terms); period 88.8%, subject 95.0%
    # (base_period 25% -> 100%) with stations as subjects, an extreme dated by its day, 常年 as the note's 1991/2020 and
    # 比近五年（2019—2023年）平均值 a base, not the period (stations.py, surveys.declared_normals)
    "holdout23": {"recall": 0.941, "period": 0.887, "status": 0.887, "direction": 1.0, "subject": 0.95,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout22 (a city's water resources bulletin in PDF with a county table whose caption gives the unit, a county
    # department's 2025 budget statement in DOCX with two budget tables), first run (code of 58bfdc1, out of sample):
    # found 89.2%, period 91.1%, status 66.1% (the 2025 budget read as achieved), subject 96.8%, tl-traps 4/4; after
    # the budget as plan, the caption unit, the table number, superlatives and terrain: found 100%, period 98.6%,
    # status 97.8%, subject 100%, tl-traps 4/4 (left: see its README)
    # (tl-traps 1/4 since holdout54: the budget statement's own 2025 figures no timeline, accounts_year)
    "holdout22": {"recall": 1.0, "period": 0.985, "status": 0.978, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 0, "timeline_traps": 1},
    # holdout24 (a city's plan-execution and draft-plan report in DOCX with a main-indicator table, a city's key
    # construction projects plan notice in PDF with a project table over two pages), first run (code of c239e95, out
    # of sample): found 62.3% (68.7% on the gold revised for restated table cells), period 93.4%, status 93.4%,
    # subject 100%, the project table giving nothing; after the long-cell table row, project lists and their 建设年限,
    # sanction thresholds, the plan quoted in brackets and 左右 of the closed year: found 93.1%, period 95.9%, status
    # 99.2%, subject 100% (left: sizes in text cells, the totals' period; see its README)
    # direction 100% since holdout30's 涨幅控制在 rule (居民消费价格涨幅控制在2%左右: a rise, up)
    "holdout24": {"recall": 0.93, "period": 0.958, "status": 0.99, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout25 (a city's 15th five-year ecology plan in PDF with its 主要指标 table, a county's public-institution
    # recruitment notice in HTML with its post table), first run (code of d793025, out of sample, no fix): found 63.8%,
    # period 84.1%, status 93.2%, subject 97.7%, traps 3/20, timeline 9/14, tl-traps 3/3 (69 rows; 66 after the gold
    # correction of three table rows the text states too); after the 现状值 and 〔 〕 cells, the post table, a count of
    # days reached, a notice's terms and age bounds, formula weights, 五年来 in a plan, the schedule's windows and
    # birth-date bounds, an action on a plan after its year, 累计 after ； over a span of years: found 98.5%, period
    # 96.9%, status 98.5%, subject 98.5%,
    # timeline 14/14, tl-traps 0; traps 0 after 每人限报1个岗位 (left: 最低服务年限为5年, carries across ；, 霁北区;
    # see its README); found 100% since holdout49's term in whole years after 年限 (最低服务年限为5年)
    "holdout25": {"recall": 1.0, "period": 0.969, "status": 0.984, "direction": 1.0, "subject": 0.984,
                  "base_unit": 1.0, "traps": 0, "timeline": 14, "timeline_traps": 0},
    # holdout28 (a city's 2025 livelihood projects completion page in HTML with its completion table, a county's 2025
    # state-owned assets management report as pasted text), first run (code of 8c78916, out of sample, no fix):
    # found 85.6%, period 63.4%, status 81.2%, direction 99.0%, subject 98.0%, base_period 66.7%, traps 1/9,
    # timeline 9/9, tl-traps 2/3; after the completion or management report of a named year as its review, 计划…实际…
    # (plan and outcome), a date qualifying a noun, the completion table's columns, year-end bases of ratios and counts,
    # 县城投集团, 超额, the bound of a counted set, a list closed by 等, a management report's year-end stocks, a count
    # of the names listed before it: found 100%, period 99.2%, status, direction and subject 100%, traps 0, timeline
    # 9/9, tl-traps 0 (left: the problems' 2户 at the year end; see its README); period 100% since holdout53's count
    # of enterprises sorted by a bound on their debt ratio, counted at the closed year's end
    "holdout28": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 9, "timeline_traps": 0},
    # holdout41 (a city's 2025 tourism statistical bulletin in PDF with its table of monthly visitors, a city
    # government's work-safety commendation decision in DOCX with its lists of units and persons), first run (code of
    # 5043734, out of sample, no fix): found 98.5%, period 97.0%, status, direction and subject 100%, base_unit 98.5%,
    # traps 3/12, timeline 2/2, tl-traps 0/4; after an average stay in days, the elided rest of a list, the venues
    # whose visitors are counted, a running total over a holiday's days (and the commended units' base unit corrected
    # in the gold to item): found 100%, period 98.5%, status, direction, subject and base_unit 100%, traps 0/12,
    # timeline 2/2, tl-traps 0/4 (left: the table's December row read as the year; see its README)
    "holdout41": {"recall": 1.0, "period": 0.985, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 2, "timeline_traps": 0},
    # holdout44 (a city people's congress standing committee's work report of January 2026 in DOCX, a city market
    # regulation bureau's report on market entities in 2025 in PDF with its table of counties), first run (code of
    # 5874ba7, out of sample, no fix): found 100%, period 73.9%, status, direction and base_unit 100%, subject 97.7%,
    # traps 1/11, timeline 4/5, tl-traps 2/4; after 本届以来 with the term's count of years, a chronicle of days, a
    # law's size (共6章52条), a bare rate after a year-end stock, the kind 农民专业合作社, the parts of a year-end stock
    # in later paragraphs, a law approved and then in force, the numbered notes on the data: found 100%, period 98.9%,
    # status, direction, subject and base_unit 100%, traps 0/11, timeline 5/5, tl-traps 0/4 (left: 代表联络站总数
    # 达到186个 read as the year's, not its end; see its README)
    "holdout44": {"recall": 1.0, "period": 0.988, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout46 (a county portal's 2025 government website annual report in HTML, the State Council's template as a
    # ruled table without a header row; a city's weekly air quality report for week 47 of 2025 as hard-wrapped TXT
    # with a ranking table), first run (code of dd999b6, out of sample, no fix): found 25.4% (the report 0.0%, the
    # weekly 59.3%), period 62.5%, status, direction, subject and base_unit 100%, traps 0/15, timeline 4/5, tl-traps
    # 0/4; after the form table (（单位：X） in the labels), 期 a counted unit, the numbered ISO week (2025年第47周) and
    # a weekly report's week as its reporting period, a leading rank column, days of pollution counted, 周均 of the
    # week named, a count of days within a span not at its end, the year of a yearly report its period: found,
    # period, status, direction, subject and base_unit 100%, traps 0/15, timeline 5/5, tl-traps 0/4
    "holdout46": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout42 (a city's main-data communiqué of the Third National Land Survey in PDF with its table by county, a
    # city's release on residents' income and consumption in January-September 2025 in HTML), first run (code of
    # daa746e, out of sample, no fix): found 100%, period 0.0% (40.8% both; 94.8% / 96.9% once the gold dated the
    # year-end standard time at its month, 2019-12, as holdout19), status and direction 100%, subject 97.4%,
    # base_period 0%, traps 0/48, timeline 1/2, tl-traps 2/6; after a count of years after a dated comparison
    # (与…（标准时点为2009年12月31日）相比，十年间) spanning from the base, 建制镇/城镇村 no place, a standard time after a
    # dated start no event: found, period, status, direction, subject, base_unit and base_period 100%, traps 0/48,
    # timeline 3/3, tl-traps 0/4
    "holdout42": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout45 (a city's implementing rules for attracting talent in DOCX, numbered 第X条 articles under a covering
    # notice; a province's report on its 2025 budget execution and 2026 draft budget in PDF with a table of the general
    # public budget), first run (code of 7581932, out of sample, no fix): found 95.5%, period 95.2%, status 92.9%,
    # direction 100%, subject 83.3% (100% once the gold named 省级 in the metric, subject "", as 县本级 of holdout3),
    # traps 4/15, timeline 3/4, tl-traps 1/3; after a tier's amount after a grant joined by ；, a year to come's
    # allocation a target, ages qualifying who is granted and 每成功引进1名 no figures, 最低标准 no bound, a
    # definition's cut-off no event (and the gold's validity as the entry into force, target, the project's rule):
    # found 95.5%, period 98.8%, status, direction and subject 100%, traps 0/15, timeline 4/4, tl-traps 0/3; found
    # 100%, period 98.9% with the years a grant is paid over (分5年发放, 连续发放3年) read as its term (left: the debt
    # limit dated 2025-12); period 100% since the ceiling a balance is held under is the year's (政府债务限额, 2025)
    "holdout45": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout47 (a city public security bureau's year-end press release on 2025 as an HTML portal page; a village's
    # financial disclosure for the third quarter of 2025 in PDF with its ruled tables of accounts and of expenditures),
    # first run (code of 89c648e, out of sample, no fix): found 50.0% (the PDF's table of accounts lost its header row,
    # the ledger's amounts named by their date), period 47.1% (the review's undated figures of January 2026), status,
    # direction and subject 100%, traps 0/12, timeline 5/6, tl-traps 0/4; after a year's review an office reports
    # (通报2025年…形势), the news day of its lead, a tab header of two cells, 期初/期末余额 at the edges of the period,
    # a ledger's summary and day, 公示期：… a period: found, period, status, direction and subject 100%, traps 0/12,
    # timeline 6/6, tl-traps 0/4
    "holdout47": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 6, "timeline_traps": 0},
    # holdout49 (a builder's second publicity notice of a proposed plant's environmental impact assessment as an HTML
    # portal page; a city's listing-for-sale announcement of three parcels of land use rights in PDF with its ruled
    # tables of parcels and of prices), first run (code of 3ac5845, out of sample, no fix): found 53.1% (the parcel
    # table's bounds and terms gave no row), period 26.9%, status 23.1% (the plan and the sale's terms read as actuals
    # of the month), direction 100%, subject 11.5%, traps 0/25, timeline 1/4, tl-traps 0/5; after own-unit table cells
    # with bounds, 容积率 bounds, terms in whole years, a land sale's conditions and an EIA notice's plan, forecasts and
    # project, parcel codes as subjects, 吨/年, a phrase named again no reprint, clock times in a range, 可于…至…:
    # found 95.9%, period, status, direction, subject and base_unit 100%, traps 0/25, timeline 4/4, tl-traps 0/5;
    # found 100% with a time limit before 与 (10个工作日内与…签订合同) and in whole years (余款在1年内缴清)
    "holdout49": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout48 (a county market regulation bureau's administrative penalty decision in DOCX with a Word header and
    # footer; a city development and reform commission's weekly release of the prices of everyday goods as an HTML
    # portal page), first run (code of 3ac5845, out of sample, no fix): found 46.2% (prices per 斤/公斤/桶 cut at the
    # slash, jars (瓶) not counted, time limits in words not read), period 72.2%, status 94.4%, direction 61.1% (下跌),
    # subject 66.7% (the party of the decision), traps 2/18, timeline 5/7, tl-traps 0/3; after the units, 下跌, a
    # week's 环比 and 下周, time limits in words, the decision's party and day, the basket and package sizes, the items
    # ranked before 分别 (and the gold's two upper ends of ranges removed, README): found 97.3% (left: 已超过保质期，
    # 共计326瓶, a count without its noun), period, status, direction and subject 100%, traps 0/18, timeline 5/7
    # (left: two dates in one sentence, a span of sales read as a period), tl-traps 0/3
    "holdout48": {"recall": 0.97, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout50 (a city meteorological bureau's rainstorm and flood-season news of 8 July 2025 as hard-wrapped TXT; a
    # province's notice allocating the 2026 central subsidy for advancing rural revitalisation to counties in DOCX with
    # its table by county), first run (code of 3ac5845, out of sample, no fix): found 89.7%, period 20.0%, status and
    # direction 94.3%, subject 82.9%, base_unit 100%, traps 0/12, timeline 3/6, tl-traps 1/4; after a day with its
    # clock hour (7日20时, 7日8时至8日8时), 累计 after 预计 and 据预测 forecasts, 成 as tenths, the stations (a river's,
    # an extreme's after 为, a place before, 该站, the day in brackets), 涨至, a record broken since a year no entry,
    # an allocating notice's amounts of its date, rain accumulated after a span over the span (and the gold's
    # 超警戒水位 without direction and 成 without base unit, as holdout32): found 94.9%, period 91.9%, status,
    # direction, subject and base_unit 100%, traps 0/12, timeline 4/7, tl-traps 0/4 (left: 有12个站超过100毫米 and
    # 3～4次 not found, 日降雨量 of the process, the present of the news day); 2026-12-07: found 97.4%, period 92.1%
    # (the stations over 100 mm found: over_threshold.py)
    "holdout50": {"recall": 0.973, "period": 0.92, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout51 (a province's R&D expenditure bulletin for 2024 in PDF with its tables by city and by industry and its
    # notes; a city housing provident fund's annual report for 2024 as an HTML portal page with its table of main
    # indicators), first run (code of e1a748c, out of sample, no fix): found 93.6%, period 93.9%, status 95.5%,
    # direction 100%, subject 93.9%, traps 1/11, timeline 1/1, tl-traps 1/5; after 设区市 no place and 萸城市 a city,
    # a bound after 经费投入超过 no figure, a report's policy paragraph (缴存政策：) of norms, a loan's longest term and
    # the meetings held found, the fund's centre named without its city the city's, a body's size and a ratio of two
    # balances at the year end (and the gold's table substrings without the header's unit, README): found, period and
    # status 99.3%, direction, subject and base_unit 100%, traps 0/11, timeline 1/1, tl-traps 1/5 (left: the high end
    # of 5%-12%, the down payment 由25%调整为20% of 2024-07 a norm, the committee's agenda a 2024 target)
    "holdout51": {"recall": 0.992, "period": 0.992, "status": 0.992, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 1, "timeline_traps": 1},
    # holdout53 (a city 12345 hotline centre's report on the third quarter of 2025 as an HTML portal page with its
    # table of districts, a city government's report on state-owned assets in 2024 as a PDF with running header and
    # page numbers), first run (code of e1a748c, out of sample, no fix): found 100%, period 96.6%, status and
    # direction 98.9%, subject 96.6%, base_value 0/1, base_period 66.7%, traps 1/12, timeline 4/5, tl-traps 1/4 (with
    # the README's two gold corrections: the rank 后3位 written with its unit 位, the year-to-date statement an optional
    # period entry); after 环比/比上季度 of a quarter against the quarter before, a one-character name before 林区/山区 a
    # district's, a running rate after a span over the span, a 自…起 opening no frame when its clauses name their
    # period, 将原有A…整合为B (a completed merger: actual, down, base A), 位列后N位 no count, the month after 于 inside a
    # quarter's frame: found 100%, period 98.9%, status, direction, subject, base_unit 100%, traps 0/12, timeline 6/6,
    # tl-traps 0/3; period 100% with a count of enterprises sorted by a bound on their debt ratio counted at the
    # closed year's end (有3家市属企业资产负债率超过75%: 2024-12)
    "holdout53": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 6, "timeline_traps": 0},
    # holdout52 (a city's 2024 water resources bulletin in DOCX with its county table, a county flood control
    # headquarters' urgent heavy-rain notice of 18 June 2026 pasted from WeChat as hard-wrapped TXT), first run (code
    # of e1a748c, out of sample, no fix): found 92.1%, period 81.4%, status 98.6%, direction, subject and base_unit
    # 100%, traps 1/13, timeline 3/4, tl-traps 0/5; after the WeChat furniture and 【】 heads, days without month
    # (18日夜间至20日), a duty's time limits and minutes, a team's floor, a quota set from above, 与年初相比, a
    # breakdown after an event or a season's gloss, an urgent notice's present of its day, what occurred over days an
    # event (and the gold's 12座大中型水库 a key figure, as set 22): found 98.7%, period, status, direction, subject
    # and base_unit 100%, traps 0/12, timeline 5/5, tl-traps 0/5 (left: 自备井31眼, 眼 no unit)
    "holdout52": {"recall": 0.987, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout54 (a county finance bureau's departmental final accounts for 2024 in DOCX with its three tables in an
    # attachment part, a county party secretary's speech at the economic work conference of December 2025 copied from
    # its PDF as hard-wrapped TXT with page numbers), first run (code of e35540b, out of sample, no fix): found 93.4%,
    # period 83.0%, status 80.7%, direction 99.4%, subject 96.5%, traps 1/16, timeline 2/3, tl-traps 3/7; after a
    # review heading drawing confidence for next year (坚定做好明年工作的信心) no plan, 支出决算/执行数 results beside
    # 年初预算, a unit note right of a caption kept in it, two tables side by side, 同期 and places listed by 、 as
    # subjects, the rank's peers (居全市9个县（市、区）第2位), a project named by owner and capacity without 公司, an
    # effect dated by its own clause, a higher aim's direction, the accounts' (and a budget's) year and a glossary no
    # timeline, a completion dating its entry before its estimated effect (and the gold's 台（套） written 台, README):
    # found and period 99.5%, status, direction and base_unit 100%, subject 98.4%, traps 0/16, timeline 3/3, tl-traps
    # 0/7; subject 99.5% with a park and a firm named short after their full names (short_names.py); found 100%
    # with the points of a score after a score word (自评得分88.5分); period 100% with a total reached in a speech of
    # the year the count at its month (总数达到312家: 2025-12); subject 100% with a town named as the example of a
    # group (榆汊镇等部分乡镇…下降9.3%: 榆汊镇)
    "holdout54": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout58 (a provincial notice adjusting entitled groups' pension and living-allowance standards as a DOCX with
    # a Word table of standards whose category cells are merged down their rows, a city government's news release on
    # an executive meeting as an HTML portal page), first run (code of f408f69, out of sample, no fix; gold as
    # corrected, see its README): found 78.3%, period 79.8%, status 85.1%, direction 98.9%, subject 96.8%, traps 1/10,
    # timeline 7/10, tl-traps 3/6; after merged group cells filled down (因战二级), an attachment of standards a rule,
    # a right-aligned signature no document, a raised amount per person a rate, a cohort's date no date, adopted
    # rules and plans in a meeting's news, starts to a month end a flow, a day's and a month's deadlines two
    # entries, coverage notes out of names, a count taken a fact, a cost share a rule, works fostered no subject:
    # found 100%, period 94.2%, status 97.5%, direction 100%, subject 100%, traps 1/10, timeline 9/10, tl-traps 1/6
    # (left: see its README)
    "holdout58": {"recall": 1.0, "period": 0.941, "status": 0.975, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 1, "timeline": 9, "timeline_traps": 1},
    # holdout56 (a town's work summary for 2025 and plan for 2026 as a PDF with page numbers "- n -", a city commerce
    # bureau's news page on the National Day holiday's consumption as an HTML portal page), first run (code of
    # e35540b, out of sample, no fix): found 99.3%, period 83.3%, status 98.0%, direction 98.7%, subject 88.7%, traps
    # 0/11, timeline 9/10, tl-traps 1/6; after 截至N月底 flows over January-N, malls, streets, cooperatives, a
    # company's phase project and villages before 分别 as subjects, an act's month no paragraph frame, a completed
    # works' size undated, a problems heading a review, a next-year plan's 全年 and 新增, cited rules, gaps below a
    # base, 扩大…至, 任务 alone a goal, a day in brackets, last year's holiday a comparison, an income to a year end,
    # no event from a problem's as-of sentence: found 100%, period 96.7%, status, direction, base_unit 100%, subject
    # 98.7%, traps 0/11, timeline 9/10, tl-traps 0/6 (left: 今年以来 in news, a building's new places of its month,
    # a project named with 镇; see its README)
    "holdout56": {"recall": 1.0, "period": 0.966, "status": 1.0, "direction": 1.0, "subject": 0.986,
                  "base_unit": 1.0, "traps": 0, "timeline": 9, "timeline_traps": 0},
    # holdout59 (a county river chief office's work summary of 2025 as a hard-wrapped GB18030 TXT with page numbers
    # "—n—", a running header and a table of the towns aligned with full-width spaces; a city port authority's
    # January-October production release as an HTML page with a ruled table of two 同比% columns and a group row),
    # first run (code of f408f69, out of sample, no fix): found 73.9%, period 94.7%, status 97.3%, direction 99.1%,
    # subject 98.2%, base_unit 100%, traps 1/6, timeline 6/6, tl-traps 0/5; after the aligned TXT table and the
    # web table's group row kept, 1-10月累计 and bare 同比% columns, shares of the things after 的, days of a
    # stoppage, 毫克/升, 轮, a named reservoir, funding obtained as part of a stated amount, 较年初新增 a rise, a
    # completed works' added capacity undated, 年内 under a plan heading of the next year: found 100%, period 98.7%,
    # status, direction, base_unit 100%, subject 99.3%, traps 0/6, timeline 6/6, tl-traps 0/5 (left: the per-quarter
    # and per-week patrol norms of the 2026 plan undated; see its README)
    "holdout59": {"recall": 1.0, "period": 0.986, "status": 1.0, "direction": 1.0, "subject": 0.993,
                  "base_unit": 1.0, "traps": 0, "timeline": 6, "timeline_traps": 0},
    # holdout60 (a county discipline commission's circular of eight typical cases as an HTML portal page; a city's
    # investigation report of a poisoning accident at a food company as a PDF with a running header), first run (code
    # of 8e4e607, out of sample, no fix): found 91.8%, period 66.3%, status 95.0%, direction 100%, subject 63.4%,
    # base_unit 99.0%, base_period 33.3%, traps 2/14, timeline 34/37, tl-traps 1/4; after a masked person opening a
    # case paragraph its subject, an accident's toll of its day, a profile's founding date dating no size, a sanction
    # on 其 its item's party, 由去年同期的A…至B a base, a licence's validity no entry, the cases set out and a fine's
    # basis no figures, a case's span across years no reporting period, 公司 the company named last, 不得早于 and a
    # standard's limit norms: found 91.8%, period 83.2%, status 99.0%, direction 100%, subject 93.1%, base_unit
    # 99.0%, base_period 66.7%, traps 0/14, timeline 34/36, tl-traps 0/4 (left: the undated continuation of the 1-9月
    # tally, counts of occasions 先后23次收受 read as frequencies, items after a verb 救护车4辆参与救援; see its README)
    "holdout60": {"recall": 0.918, "period": 0.831, "status": 0.99, "direction": 1.0, "subject": 0.930,
                  "base_unit": 0.99, "traps": 0, "timeline": 34, "timeline_traps": 0},
    # holdout61 (a county's 2026 implementation plan for agricultural insurance as a DOCX with a Word table whose header
    # rows and category column are merged cells, a city's local regulation on dog keeping as its standing committee's
    # gazette page in HTML), first run (code of 8e4e607, out of sample, no fix): found 58.4%, period 89.4%, status
    # 37.9%, direction 100%, subject 95.5%, base_unit 100%, traps 0/10, timeline 5/12, tl-traps 0/4; after the rules
    # it prompted (two-row header spans, unit alternatives per row, insurance schemes' norms, review headings of work
    # done, fines before their noun, caps, insurance periods, a superlative's place, three-dated law sentences, plan
    # steps' spans): found 90.3%, period 97.1%, status 94.1%, direction 100%, subject 99.0%, traps 0/10, timeline
    # 11/12, tl-traps 0/4 (left: the regulation's numbers in words that the date reader takes as days (公告七日) or
    # values below 2 (一只, 一年), 一点五米; see its README)
    "holdout61": {"recall": 0.902, "period": 0.97, "status": 0.941, "direction": 1.0, "subject": 0.99,
                  "base_unit": 1.0, "traps": 0, "timeline": 11, "timeline_traps": 0},
    # holdout57 (a county inspection office's report on the rectification after a round of inspection tours as an
    # HTML portal page, a city's urban health check report for 2025 as a PDF with its indicator table 2024年 | 2025年 |
    # 标准/目标值), first run (code of f408f69, out of sample, no fix): found 84.5%, period 48.6%, status 99.1%,
    # direction 99.1%, subject 81.7%, traps 3/13, timeline 10/12, tl-traps 1/5; after units with a slash, the table's
    # standards and observed years, a January report closing its count at the last year end, dates inside modifiers,
    # departments by their party group, problems of a finding counted, scores in 分, a time shortened, design counts
    # and group bounds no figures, a pp gap's direction, a place's part named as the whole, an inspection's 期间 its
    # days (and the README's gold correction: the check's survey over the check's months): found 100%, period 94.6%,
    # status, direction, base_unit 100%, subject 99.2%, traps 0/13, timeline 12/12, tl-traps 0/5 (left: the
    # measures and rules made dated at the cut-off day, present stocks of a December report, 汛期前完成望川区)
    "holdout57": {"recall": 1.0, "period": 0.945, "status": 1.0, "direction": 1.0, "subject": 0.992,
                  "base_unit": 1.0, "traps": 0, "timeline": 12, "timeline_traps": 0},
    # holdout55 (a city's report on the execution of the 2025 plan and the draft 2026 plan in DOCX with its table of
    # main indicators naming their unit in the indicator's cell, a city's list of its ten livelihood projects for
    # 2026 in PDF with its investment table), first run (code of e35540b, out of sample, no fix): found 97.4%, period
    # 90.5%, status 88.5%, direction 96.6%, subject 96.6%, base_period 66.7%, traps 0/12, timeline 11/12, tl-traps
    # 1/5 (with the README's gold corrections); after the status columns of a table whose rows name their unit
    # (指标（单位） | 2025年计划 | 2025年预计 | 2026年预期目标), parallel items each opened by its place and their sum, 乡镇
    # no town, a grant at a rate per unit a standard, 预计全年产值 the year's, a year's estimate ending a months
    # frame, the province's goal matched with (与全省5%左右的目标), a year's list dating its standards, a data note no
    # event: found 99.3%, period 98.7%, status 99.3%, direction 100%, subject 99.3%, base_unit 100%, traps 0/12,
    # timeline 11/12, tl-traps 0/5; found 100%, period 99.3% with the goals met among a plan's counted (预计25项完成或
    # 超额完成) and the projects' whole cost beside the year's share undated; base_period 100% with a 由A到B after a
    # dated one of the clause before ；; period 100% with the gold's water plant capacity dated (README); status 100%
    # with an assessment's weight (考核权重不低于5%) a rule; subject 100% with the works on a plant (市第二水厂扩建工程)
    # the subject; timeline 12/12 with 投入使用 a milestone (…8月底前完工，9月投入使用: two entries; see its README)
    "holdout55": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 12, "timeline_traps": 0},
    # holdout27 (a city's minimum wage adjustment notice in PDF with its table of categories, a county's notice on the
    # 2026 residents' medical insurance in DOCX with its hospital-level table), first run (code of 8c78916, out of
    # sample, no fix): found 85.7%, period 13.9%, status 22.2%, direction 94.4%, subject 100%, traps 4/16, timeline
    # 3/4, tl-traps 2/3; after the PDF cell border, 元/月 and 元/小时, a standard's clauses after ；, an insurance year's
    # benefits as its requirements, tier bounds, definitions and sanction ranges, 提高不低于, waiting periods and the
    # timeline's document dates, standard years and named slots: found 95.2%, period 100%, status 97.5%, direction
    # 100%, subject 100%, traps 0/16, timeline 4/4, tl-traps 0/3; found 97.6%, status 97.6% with a time limit counted
    # from an event (出生后90天内); status 100% with a floor to hold in a year to come (参保率稳定在95%以上 of 2026) a
    # target (left: 比上年提高20元 read 元/人; see its README)
    "holdout27": {"recall": 0.976, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout29 (an NBS survey team's 2025 grain output announcement in PDF with tables by season and crop and by
    # county, a city's 2025 elderly services statistical bulletin in DOCX with its table of main indicators), first run
    # (code of 5c99133, out of sample, no fix): found 97.9%, period 88.3%, status 99.3%, direction 100%, subject 88.3%,
    # base_period 100%, traps 2/16, timeline 1/1, tl-traps 0/4; after a bare 项目 column of items, X城区 as a
    # district's name, a conversion in brackets, a closed year's stocks at its end (全市共有…, populations, 比上年末 in a
    # 年末 paragraph), the table's change column in the row's unit, a per-person standard of a closed year: found 100%,
    # period 98.6%, status, direction and subject 100%, traps 0/16, timeline 1/1, tl-traps 0/4 (left: 全市建成…628个
    # and 设立…的比例达到85.2% read as the year's, not its end; see its README)
    "holdout29": {"recall": 1.0, "period": 0.985, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 1, "timeline_traps": 0},
    # holdout30 (a county's 2026 government work report as an HTML portal page reviewing the 14th Five-Year Plan
    # period and 2025, a province's 2026-2027 energy saving and carbon reduction action plan as pasted text with
    # full-width digits and a task table), first run (code of 5c99133, out of sample, no fix): found 95.3%, period
    # 81.7%, status 89.0%, direction 98.8%, subject 98.8%, traps 0/13, timeline 10/10, tl-traps 0/4; after a base
    # year in full-width digits, a bound dated by a goal year, years listed before 分别/每年, 千伏安 and 克标准煤/千瓦时,
    # a table's goal column, a heading naming a five-year plan period as the span reviewed (averages and running
    # totals), 五年城镇新增…, an average rate to a goal year, 涨幅控制在, an event's month not lent across ；: found
    # 100%, period 97.7%, status, direction 100%, subject 98.8%, traps 0, timeline 10/10, tl-traps 0; period 98.8%
    # with a goal year heading a list (主要目标是：到2030年，…；…17亿元) lent across ； (left: the beds of the new
    # hospital campus of its month and subject; see its README)
    "holdout30": {"recall": 1.0, "period": 0.988, "status": 1.0, "direction": 1.0, "subject": 0.988,
                  "base_unit": 1.0, "traps": 0, "timeline": 10, "timeline_traps": 0},
    # holdout31 (a county's territorial spatial master plan publicity page in HTML with its table of main control
    # indicators, a city's monitoring report on its women's development programme in 2025 in DOCX with its indicator
    # table), first run (code of d3ba9de, out of sample, no fix): found 60.3%, period 14.6%, status 82.9%, direction
    # 97.6%, subject 95.1%, base_period 0%, traps 0/12, timeline 4/5, tl-traps 2/3; after the report's year past the
    # programme's bracketed span, the programme's values as its goals for 2030, a 规划 named with its span holding its
    # bounds over it, 10万分之 and 十万分点, a count of the set named, the tables' indicator column and base-year and
    # target-year columns, a bound after ； of a deadline, a bound's share and a bound on a dated base's multiple, the
    # territory's area, what remains, 50年一遇, whole years as a 年限's goal, and the timeline's plan frame and
    # programme year: found 100%, period, status, direction, subject 100%, base_period 100%, traps 0/12, timeline 4/4,
    # tl-traps 0/3 (gold: the two 县城 rows' subject corrected to "" after the first run, see its README)
    "holdout31": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout32 (a city's 2025 flood control and drought relief summary in DOCX with its table of rainfall stations, a
    # county's report on handling deputies' suggestions and CPPCC members' proposals as hard-wrapped TXT), first run
    # (code of 580b3ee, out of sample, no fix; gold with the season's days): found 92.8%, period 68.9%, status 92.2%,
    # direction 94.4%, subject 82.2%, traps 4/11, timeline 12/16, tl-traps 2/2; after a bracket glossing a category,
    # a record since a year, a station named with its river, a plan's edition, the normal's column and departures, a
    # 。 wrapped alone, 将…交由, departments handling cases, the next year's tasks' deadlines, 比…多, 连续…日数,
    # 县（市、区） before a count, a handling report's year, a station's day framing nothing: found 94.8%, period
    # 80.4%, status, direction and subject 100%, traps 0/11, timeline 15/16, tl-traps 0/2 (left: the table's season,
    # 4轮, 3成, 86眼; see its README)
    "holdout32": {"recall": 0.948, "period": 0.804, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 15, "timeline_traps": 0},
    # holdout33 (a city finance bureau's January-November 2025 fiscal release as an HTML portal page with its
    # districts' table, a city medical security bureau's circular on insurance fraud cases as a DOCX), first run (code
    # of 2e4b2f6, no fix): found 90.3%, period 80.0%, status 96.9%, direction 100%, subject 76.9%, traps 1/9, timeline
    # 8/13, tl-traps 2/4; after a table's value column naming only its months taken as the caption's quantity, the
    # year's budget as a share's yardstick dating nothing, a case report's party as subject with its sanctions in the
    # inspection's year, the length of a suspension, 现将N起…通报如下, a month characterised and a purpose's year:
    # found 100%, period 100%, status 98.6%, direction and subject 100%, traps 0/9, timeline 8/13, tl-traps 1/4 (gold:
    # the table's negative growth cell corrected to a fall of 3.2 after the first run; left: 现场检查比例不低于30% read
    # as a target, the optional spans of the conduct sharing their sentence with the inspection, 年底资金调度; see its
    # README)
    "holdout33": {"recall": 1.0, "period": 1.0, "status": 0.986, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 8, "timeline_traps": 1},
    # holdout34 (a city's January-October 2025 industrial profits release as hard-wrapped TXT with full-width digits, a
    # county bureau's 2025 employment summary and 2026 plan in PDF with its table of target, completion and completion
    # rate), first run (code of 2e4b2f6 and after merging main at 7ff68bd, out of sample, no fix): found 96.4%, period
    # 93.8%, status 100%, direction 100%, subject 98.8%, base_unit 98.8%, traps 3/8, timeline 2/3 (3/4 with the gold
    # entry changed to the project convention), tl-traps 1/4 (0/3); after
    # a rate column whose cells carry %, 创业实体…户, a past year's 完成情况 heading as a review, 成功举办 before a
    # place name, the set parts are counted in, a formula's factor, 每户至少1人, 比上年末 of a month-end count, a
    # planned yearly capacity (and the release's 1—10月 as an optional period entry, the project's convention): found
    # 100%, period 97.6%, status, direction, subject and base_unit 100%, traps 0/8, timeline 4/4, tl-traps 0/3 (left:
    # 累计…达到8.67万人 read 2025, gold 2025-12; see its README)
    "holdout34": {"recall": 1.0, "period": 0.975, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout35 (a city intermediate court's 2025 work report as a PDF with a running header and a number broken
    # across pages, a city's January-October 2025 real-estate release as an HTML portal page with its tables of main
    # indicators and of price indices with their bases), first run (code of e80eaad, out of sample, no fix): found
    # 92.9%, period 100%, status 99.0%, direction 100%, subject 97.1%, base_unit 100% (88.5% with the gold's area
    # unit first written "square metre", a format error corrected to the project's m2), traps 0/8, timeline 4/4,
    # tl-traps 0/2; after a price index as a unitless level against its base (a table column naming the index and
    # its base, （上年同期=100） no date), a named court as subject, 将 before a counted object of 纳入 in a review, a
    # change in days of a period after its level, 全市法院3个集体 a count: everything 100%, traps 0/8, timeline 4/4
    "holdout35": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 0},
    # holdout36 (a county yearbook's page of main economic indicators 2020-2024 in PDF, its table drawn as text
    # columns, a city supervision office's circular ranking its counties on key projects in DOCX with its table of
    # plan, completion, completion rate and rank), first run (code of e80eaad, out of sample, no fix): found 93.8%,
    # period 66.4%, status 88.5%, direction 94.3%, subject 96.7%, base_period 7.1%, traps 0/16, timeline 3/4,
    # tl-traps 2/4; after a column head wrapped onto two lines and an empty cell kept in its column, a run of
    # consecutive years as a series of observed values (rate rows, year-end rows), the plan column's outcome and the
    # rank column, 计划…的N个 a modifier, places heading the clause before 分别, a serial's issue line no title, a body
    # heading the next sentence no page-break overlap: found 100%, period 99.2%, status, direction and subject 100%,
    # base_period 100%, traps 0/16, timeline 4/4, tl-traps 2/4 (left: 续建项目118个 lent the months; the list's year
    # and 截至9月底…仍有 give entries; see its README)
    "holdout36": {"recall": 1.0, "period": 0.992, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 4, "timeline_traps": 2},
    # holdout37 (a city's January-November 2025 electricity consumption release as hard-wrapped TXT with full-width
    # digits, a city's notice of a hearing on residents' tiered water prices in DOCX with its table of tiers), first
    # run (code of e80eaad, out of sample, no fix): found 87.1%, period 83.3%, status 81.5%, direction 92.6%, subject
    # 96.3%, base_unit 100%, base_value 0%, traps 1/8, timeline 6/7, tl-traps 2/5; after a notice adjusting a regulated
    # price as standing norms, 由A调整为B, 元/立方米, 经…监审 no subject clause, 调价后 an effect, a household size
    # and the bound defining a tier, an amount of change's sign, a day after 于 inside the year: found 98.4%, period,
    # status, subject and base_unit 100%, direction 98.4%, traps 0/8, timeline 7/7, tl-traps 2/5; tl-traps 0/5 with a
    # past year's statistics quoted as a notice's grounds no entry; found 100% with a share of things whose measure
    # lies in a range (约86.5%的居民用户年用水量在第一阶梯以内); direction 100% with a bill raised (增加水费支出约4.5元)
    # a change (left: names and English of the tier definitions; see its README)
    "holdout37": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 7, "timeline_traps": 0},
    # holdout38 (a central bank city branch's October 2025 financial statistics as hard-wrapped TXT with full-width
    # digits, a market supervision bureau's notice of product quality spot check results in DOCX with its table of
    # failed products), first run (code of 6c4c44e, out of sample, no fix): found 98.1%, period 50.0%, status 100%,
    # direction 96.2%, subject 100%, base_unit 100%, base_period 85.7%, traps 0/11, timeline 2/3, tl-traps 0/6; after
    # a notice of results reporting the span its opening says the work was done in, 比…多增/少增 more or less than the
    # base, 日 a duration before 内 and a time limit counted from a day a rule: found, period, direction 100%;
    # timeline 3/3 with an action done over a span after 于 (于…至…组织开展了) an event (see its README)
    "holdout38": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout39 (a city health commission's November 2025 report on notifiable infectious diseases as an HTML portal
    # page with its table of diseases, a county education bureau's 2026 enrolment notice as a PDF with its table of
    # schools' plans), first run (code of 6c4c44e, out of sample, no fix): found 67.9%, period 81.6%, status 94.7%,
    # direction 100%, subject 73.7%, base_period 0%, traps 0/13, timeline 3/6 (5/6 with the gold's registration
    # windows as period entries, the project's convention), tl-traps 1/3; after a rate per 10万人口 before its number,
    # 与上月相比/与去年同期相比 as comparisons, a month's span in brackets the month, a grouping first column, a named
    # school a row's subject, a bound after an obligation a standing norm, a cohort (应届) no event: found 94.6%,
    # period, status, direction, subject and base_period 100%, traps 0/13, timeline 5/6, tl-traps 0/3 (left: 居住满1年,
    # 满6个月 and 随迁子女1,268人入学 not read; the month's lead an event, not the optional period entry)
    "holdout39": {"recall": 0.946, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 5, "timeline_traps": 0},
    # holdout40 (a provincial information office's press conference transcript on the first three quarters of 2025 as
    # an HTML portal page, a county's 2026 supply plan of state-owned construction land as a PDF with its quarterly
    # table after the signature), first run (code of 5043734, out of sample, no fix): found 66.3%, period 68.4%,
    # status 96.5%, direction 100%, subject 93.0%, base_period 66.7%, traps 1/5, timeline 1/1, tl-traps 1/4; after a
    # year's plan published before its year (2026年度…计划 of December) reporting and targeting that year, a table
    # split off after the signature titled by its caption (unit line, quarters), a caption's quantity naming the
    # totals row, 省会 no part of a subject, a quarter still to come planned, a period's change alone of the indicator
    # named before it, a reporter's question no figure: found 100%, period 98.8%, status 97.7%, direction 100%,
    # subject 98.8%, base_period 100%, traps 0/5, timeline 1/1, tl-traps 1/4 (left: 不低于/不少于 in a year's plan
    # read as targets, 新增建设用地 of 2025/2026, 标准厂 as a subject, 9月份…增长6.8% a timeline entry; see its README)
    "holdout40": {"recall": 1.0, "period": 0.988, "status": 0.976, "direction": 1.0, "subject": 0.988,
                  "base_unit": 1.0, "traps": 0, "timeline": 1, "timeline_traps": 1},
    # holdout43 (a provincial survey team's 2025 migrant workers monitoring survey report as hard-wrapped TXT with
    # full-width digits, a county trading centre's government procurement open tender announcement as an HTML portal
    # page with its table of lots), first run (code of 5874ba7, out of sample, no fix): found 78.1%, period 86.0%,
    # status 86.0%, direction, subject and base_unit 100%, base_period 100%, traps 2/18, timeline 1/2, tl-traps 2/4;
    # after a numbered head ending in 文件 no letterhead, a field line body text and whole, a field naming an amount a
    # figure, a table of lots named by its goods with their quantities, a tender's terms (targets and requirements
    # without period) and its own durations no figures, a look-back no event, a monitoring survey report of the year
    # its title names, a share opening its clause of the group before it, 日历天 a duration: all 100%, traps 0/18,
    # timeline 3/3, tl-traps 0/3 (the survey year's summary made an optional 2025 event in the gold: see its README)
    "holdout43": {"recall": 1.0, "period": 1.0, "status": 1.0, "direction": 1.0, "subject": 1.0,
                  "base_unit": 1.0, "traps": 0, "timeline": 3, "timeline_traps": 0},
    # holdout62 (a county's East-West collaboration work summary for 2025 as a PDF with a table of the year's tasks
    # 年度任务 | 完成数 | 完成率（%） and the partner places' funds as 其中 rows, a county government's forest fire
    # prevention order as a hard-wrapped UTF-8 TXT with a BOM), first run (code of 8e4e607, out of sample, no fix):
    # found 84.9%, period 86.6%, status 96.2%, direction 98.9%, subject 75.8%, base_period 83.3%, traps 0/19,
    # timeline 13/14, tl-traps 2/6; after a task column the target of its caption's year, 我县 ending no name, the
    # places after 与我县 the region's, 乡 of 乡村 no township, a named province or place before its level (岭川省,
    # 沧浦市级) a subject, a season defined across the year (每年10月1日至次年4月30日) dating 2024—2025年度, 把 a count
    # word: found 90.4%, period 92.4%, status 96.5%, direction 99.0%, subject 87.9%, base_unit and base_period 100%,
    # traps 0/19, timeline 13/14, tl-traps 2/6 (left: the order's fine and reward ranges not read, named bodies cut to
    # their place, figures after a completed works' month dated with it; see its README)
    "holdout62": {"recall": 0.904, "period": 0.924, "status": 0.964, "direction": 0.989, "subject": 0.878,
                  "base_unit": 1.0, "traps": 0, "timeline": 13, "timeline_traps": 2},
    # holdout63 (a county people's procuratorate's work report as a DOCX with Word heading styles and a table of case
    # counts whose header rows and category column are merged cells, a city traffic police detachment's traffic control
    # notice on a public security bureau's portal page), first run (code of 4e12263, out of sample, no fix): found
    # 85.7%, period 85.8%, status 90.7%, direction 100%, subject 84.6%, base_value 66.7%, base_period 100%, traps
    # 1/32, timeline 12/16, tl-traps 1/5; after a header cell spanning middle columns, a signed change column marking
    # only its falls, 预计全年 under a plan heading of the document's own year, a notice's limits, obligations,
    # triggers and one-amount fines as requirements, a vehicle class by seats no count, a stage of a schedule and a
    # bracketed named span as periods, verbs of serving heading no subject, 夜市 no city, 督促 leading a clause,
    # headways and detour times as durations, 由原来的平均A缩短至B, a headway's new level: found 95.2%, period 88.9%,
    # status 93.3%, direction 99.4%, subject 90.0%, base_unit and base_period 100%, base_value 85.7%, traps 0/32,
    # timeline 15/16, tl-traps 0/4
    # (gold: one timeline trap dropped, table keys without their bracketed unit; left: the notice's project design and
    # the road as subjects, the police's plan dated with the control period; see its README)
    "holdout63": {"recall": 0.952, "period": 0.888, "status": 0.933, "direction": 0.994, "subject": 0.9,
                  "base_unit": 1.0, "traps": 0, "timeline": 15, "timeline_traps": 0},
    # holdout64 (a city's bulletin on energy consumption per unit of GDP for 2024 as a PDF with a running header, page
    # numbers and two tables at its end, one crossing a page with its heading row repeated; a county audit bureau's
    # announcement of the audit results of a rural road project's funds as a hard-wrapped GBK TXT with CRLF), first run
    # (code of 4e12263e, out of sample, no fix; gold as corrected for table 1's negative cells, see its README): found
    # 86.2%, period 64.4%, status 76.9%, direction 98.7%, subject 93.3%, base_period 80.0%, traps 1/20, timeline 12/12,
    # tl-traps 0/4; after a table captioned with its own past year standing apart from the goals section it follows,
    # ± headers as 增减, an audit's findings dated with the years audited, 将 of a disposal in findings and 已将 done,
    # a department's amounts its own, energy units, 道, delays, 中有 sets, a project's approved size a plan: found 98.1%,
    # period 90.6%, status 95.7%, direction 98.8%, subject 96.1%, base_unit 100%, base_period 82.4%, traps 1/20,
    # timeline 12/12, tl-traps 0/4 (left: the audit's own work dated with the years audited, the project's plan dated
    # with its start month, 应到位/应驻场 amounts due read as actuals, 超支 without direction; see its README)
    "holdout64": {"recall": 0.98, "period": 0.906, "status": 0.957, "direction": 0.988, "subject": 0.96,
                  "base_unit": 1.0, "traps": 1, "timeline": 12, "timeline_traps": 0},
    # holdout65 (a city statistics bureau's January-October industrial economy analysis as an HTML portal page with
    # chart captions, a mayor's speech at a project-start and signing ceremony as a DOCX with a table of projects whose
    # county column is merged down its projects), first run (code of 4e12263, out of sample, no fix): found 94.3%,
    # period 78.0%, status 96.2%, direction 99.5%, subject 92.9%, base_unit 99.5%, traps 2/19, timeline 6/8,
    # tl-traps 0/5; after an address before 今年 ending a running review, 今天 and a speech's 同时/本次签约 dating to
    # its day, the 项目名称 column naming the rows, 年度计划投资 the year's, projects and facilities named before their
    # sizes as subjects (planned sizes targets of no year), 下拉 down, 只 of batteries items, 7个县（市、区）中 a frame,
    # 项目前期 no 目前, a section's shorter months carried, a ceremony held today an event: found 98.4%, period 96.3%,
    # status 98.9%, direction, base_unit 100%, subject 97.9%, traps 0/19, timeline 7/7, tl-traps 0/4 (the 十五五 trap
    # dropped from the gold; left: the 合计 row, 40年前 of 1986, a 从…看 sentence's batch; see its README)
    "holdout65": {"recall": 0.984, "period": 0.963, "status": 0.989, "direction": 1.0, "subject": 0.978,
                  "base_unit": 1.0, "traps": 0, "timeline": 7, "timeline_traps": 0},
    # holdout66 (a scenic area management committee's ticket discount announcement for the National Day and
    # Mid-Autumn holiday of 2025 as an HTML portal page with the disclosure index box and the document number above
    # the text), first run (code of 211163a, out of sample), no fix: found 76.9% (prices per person 元/人 read as 元, an
    # 8折 discount, 提前1天, 每15分钟一班, 2晚 not read), period 46.0% (the holiday's rules and provision read as the
    # document's month, last year's 10月3日/10月5日 as 2025, the holiday's goals as the year), status 76.0% (the
    # holiday's prices, cap and vouchers actuals), direction 98.0%, subject 84.0%, base_unit 100%, traps 1/13
    # (身高1.2米), timeline 2/5, tl-traps 0/3 (see its README); after prices per person, visit, ticket or bottle were
    # read as rate units (元/人, 元/人次, 元/张, 元/瓶; not a fix for this set's other misses): found 87.7%, period 40.4%
    # and status 68.4% over the prices now counted (still the document's month, not the holiday's), direction 98.2%,
    # subject 86.0%; and after a heading of last year's reception (五、上年假期接待情况) read as a review of that year
    # (its 10月3日 is 2024's): period 43.9%, timeline 4/5
    "holdout66": {"recall": 0.876, "period": 0.438, "status": 0.684, "direction": 0.98, "subject": 0.859,
                  "base_unit": 1.0, "traps": 1, "timeline": 4, "timeline_traps": 0},
    # holdout67 (a city urban management bureau's circular on household waste sorting in the third quarter of 2025 as
    # a PDF with a running header, page numbers and a ranking table of the districts on a page of its own), first run
    # (code of 71cc998, out of sample, no fix): found 81.2%, period 68.1%, status 97.1%, direction 92.8%, subject 87.0%,
    # base_unit 100%, traps 0/10, timeline 6/7, tl-traps 0/3 (left: the table's score column and 吨/日 cells not read,
    # 分 after a subject's name, capacities dated with their plant's day, norms of the requirements read as 2025
    # targets, the table's change column without direction; see its README); after a figure compared with the quarter
    # before (比上季度) is read as the quarter's, not the carried 1-9月 (a general rule, not this set's other misses):
    # period 71.0%; after daily rates (吨/日, 万吨/日, 立方米/日) kept in the unit: found 87.1%, period 73.0%, status
    # 97.3%, direction 93.2%, subject 87.8%
    "holdout67": {"recall": 0.87, "period": 0.729, "status": 0.972, "direction": 0.931, "subject": 0.877,
                  "base_unit": 1.0, "traps": 0, "timeline": 6, "timeline_traps": 0},
}
# (the sets registered after this file reached its length: tests/holdout_thresholds_more.py)
HOLDOUT_THRESHOLDS.update(HOLDOUT_THRESHOLDS_MORE)
