"""The vocabulary of the specialized bureaus' key figures (issue 12: metric_vocab safety, trade, markets, civil,
resources and their rules).

tests/fixtures/translate/metric_vocabulary_domains.tsv was written by hand before these modules existed (held out):
work safety and natural disasters, foreign trade, market regulation, civil affairs, water and natural resources.
Measured on it: before (da90c2b) 73 of 191 names got English (38.2%), 58 exactly the set's (30.4%); after, 190 get
English (99.5%), 175 exactly (91.6%). Held-out set 13 (a county work-safety and disaster bulletin, a city's
foreign-trade news): English key-figure rows 36/94 before, 85/94 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.translate.metric_sources import unsourced
from build_tools.translate.metric_vocab import MORE_EXACT, MORE_HEADS, MORE_SUBJECTS
from build_tools.translate.metric_vocab.rules import BEFORE
from build_tools.translate.metrics import metric_en
from tests.vocab_probe import misses_still_render_otherwise, probe_counts, read_probe

FIXTURES = Path(__file__).parent / "fixtures"
VOCABULARY = FIXTURES / "translate" / "metric_vocabulary_domains.tsv"


ROWS = read_probe(VOCABULARY)
# Names whose English differs from the set's, and why (a fix must take the name off this list). Most keep an
# earlier project or glossary rendering of the same meaning, which the set's author did not guess.
KNOWN_MISSES = {
    "对“一带一路”共建国家进出口": "PARTNERS read 进出口 with a partner as 'trade with ~' (metric_vocabulary.tsv)",
    "对共建“一带一路”国家进出口": "'trade with Belt and Road partner countries', as above",
    "对东盟进出口": "'trade with ASEAN', as above",
    "对RCEP成员国进出口": "'trade with RCEP member states', as above",
    "对欧盟出口": "PARTNERS 欧盟 'the EU' (metric_vocabulary.tsv 对欧盟出口 'exports to the EU')",
    "自欧盟进口": "'imports from the EU', as above",
    "实际使用外资": "the glossary's 'utilized foreign investment', the same in meaning",
    "占全省比重": "'share in the provincial total', the same in meaning",
    "新登记企业": "the glossary's 'new businesses registered', the same in meaning",
    "个体工商户": "the glossary's 'self-employed individuals' (GWR 2017/36 has 'self-employed traders')",
    "新登记个体工商户": "'newly registered self-employed individuals', as above",
    "有效发明专利": "the glossary's 'in-force invention patents', the same in meaning",
    "特困人员": "the glossary's 'persons living in extreme poverty', the same in meaning",
    "福利彩票销售额": "head 销售额 'sales of welfare lottery', the same in meaning",
    "造林面积": "the glossary's 'area afforested', the same in meaning",
}
NOT_RENDERED = {"实际使用外资金额": "金额 'amount' after a money metric is not read (stays Chinese, not guessed)"}
THRESHOLD = 0.91  # the share of the set composed exactly (after: 175 / 191)


def test_the_set_is_well_formed() -> None:
    """About 150 names or more, each once, each with a source; written in six domain sections."""
    names = [zh for zh, _alts, _src in ROWS]
    assert len(names) >= 150
    assert len(names) == len(set(names))
    for zh, alts, source in ROWS:
        assert all(alts), zh
        assert source.startswith(("YB ", "GWR ", "P")), zh
    sections = [line for line in VOCABULARY.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert len(sections) == 6


@pytest.mark.parametrize(("zh", "alternatives"),
                         [(zh, alts) for zh, alts, _src in ROWS if zh not in KNOWN_MISSES and zh not in NOT_RENDERED])
def test_domain_name(zh: str, alternatives: list[str]) -> None:
    assert metric_en(zh) in alternatives


def test_known_misses_still_render_otherwise() -> None:
    assert not misses_still_render_otherwise(ROWS, KNOWN_MISSES)
    for zh in NOT_RENDERED:
        assert metric_en(zh) is None, zh


def test_share_of_the_set_composed_exactly() -> None:
    exact, _english = probe_counts(ROWS)
    assert exact / len(ROWS) >= THRESHOLD


# The rules on names written for them, outside the set (expectations by hand).
NEW_RULES = {
    # accident kinds are subjects of the heads; grades compose with the kinds
    "危险化学品事故死亡人数": "deaths in hazardous chemical accidents",
    "煤矿事故起数": "number of coal mine accidents",
    "火灾经济损失": "economic losses from fires",
    "森林火灾受伤人数": "people injured in forest fires",
    "较大生产安全事故": "relatively major workplace accidents",
    "较大事故隐患整改率": "rectification rate of relatively major accident hazards",
    "重大以上事故": "accidents rated major and above",
    "特别重大事故": "particularly serious accidents",
    # words before the thing counted
    "发生水上交通事故": "waterway traffic accidents",
    "接报森林火灾": "forest fires reported",
    "排查安全隐患": "safety hazards identified",
    "下拨救灾资金": "disaster relief funds allocated",
    "新登记农民专业合作社": "newly registered specialized farmer cooperatives",
    "各类市场主体": "market entities",
    "培训注册志愿者": "registered volunteers trained",
    "立案查处安全生产违法行为": "work safety violations investigated and prosecuted",
    # where accidents happened
    "高速公路发生道路交通事故": "road traffic accidents on expressways",
    "危化品领域发生事故": "accidents involving hazardous chemicals",
    "国道发生事故占事故总数": "share of accidents on national highways in accidents",
    # a quantity per unit of output
    "万元地区生产总值用水量": "water use per CNY 10,000 of GDP",
    "亿元GDP生产安全事故死亡率": "deaths in workplace accidents per CNY 100 million of GDP",
    "万元规上工业增加值用水量": "water use per CNY 10,000 of industrial value added",
    # trade: channels, modes, traders, partners after 自
    "跨境电子商务进口": "cross-border e-commerce imports",
    "保税物流出口": "exports under bonded logistics",
    "国有企业出口": "exports of state-owned enterprises",
    "外资企业进出口": "imports and exports of foreign-invested enterprises",
    "太阳能电池出口": "exports of solar cells",
    "“新三样”产品出口": 'exports of the "new trio" products',
    "自美国进口": "imports from the United States",
    "对共建“一带一路”国家出口": "exports to Belt and Road partner countries",
    # sampling inspections
    "化妆品抽检合格率": "pass rate of cosmetics sampling inspections",
    "农产品监督抽检": "agricultural product sampling inspections",
    # per elderly people
    "每千名老年人养老机构床位": "beds in elderly care institutions per 1,000 elderly people",
}


@pytest.mark.parametrize(("zh", "english"), NEW_RULES.items())
def test_new_rules_on_other_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize("zh", [
    "幸福事故死亡人数",  # no such accident
    "较大幸福",  # a grade before no accident
    "发生幸福",  # 发生 before nothing known
    "检查合格率",  # a verb of BEFORE never takes a rate
    "高速公路发生幸福",  # a place of accidents before no accident
    "万元GDP幸福量",  # per unit of output, of nothing known
    "万元幸福用水量",  # of no known output
    "跨境电商幸福",  # a channel before no flow
    "玄学抽检合格率",  # nothing known sampled
    "自火星进口",  # no such partner
])
def test_what_the_domains_cannot_render_stays_none(zh: str) -> None:
    assert metric_en(zh) is None


def test_new_rules_do_not_shadow_older_names() -> None:
    """新设 before 立: the older prefix 新设立 still reads; an exact entry of the old tables still wins."""
    assert metric_en("新设立市场主体") == "newly established market entities"
    assert metric_en("道路交通事故死亡人数") == "deaths in road traffic accidents"
    assert metric_en("生产安全事故起数") == "number of workplace accidents"


def test_sources_and_project_renderings_are_listed() -> None:
    for zh, (_en, source) in {**MORE_EXACT, **MORE_SUBJECTS}.items():
        assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    for zh, (_with, _alone, source) in MORE_HEADS.items():
        assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    listed = dict(unsourced())
    assert all(zh in listed for zh in BEFORE)
    assert listed["跨境电商"] == "cross-border e-commerce"
    assert listed["一般事故隐患"] == "ordinary accident hazards"  # a graded subject, project rendering
    assert "道路交通事故" not in listed  # YB 24-5


# Held-out sets: (folder, key-figure rows, rows with English at least); the history of each floor in the comments.
HELD_OUT_ENGLISH = [
    # a county work-safety bulletin (DOCX) and a city's foreign-trade news (HTML): 94 rows before the 乡镇 scope counts
    # of 造成全县11个乡镇…受灾 stopped being rows; English 36 before the domain modules, 74 before trade partners and
    # disasters as subjects
    ("holdout13", 93, 93),
    # a city census communiqué (PDF) and a county school-year education bulletin (DOCX): 48/134 first run, 86/139
    # after the census and education vocabulary, 123/139 with 比上学年, 的比重, 文化程度 and the unit 年
    ("holdout14", 138, 123),
    # a city's monthly price release (HTML) and a county's rural revitalization summary (DOCX): first run (code of
    # 4f69943) 49/124; after the extraction round 2 66/137 (table cells, four counts, distributed lists); 113/137
    # after the price and rural vocabulary
    ("holdout15", 137, 113),
    # a city housing provident fund's annual report (PDF) and a county's government debt disclosure (HTML): first run
    # (code of 46a02eb) 17/119; 119/124 after the tables read and the provident fund and debt vocabulary; 120/124
    # with 购买、建造、翻建、大修自住住房 named whole
    ("holdout16", 124, 120),
    # a city people's congress law enforcement inspection report (TXT) and a county medical security bulletin (DOCX):
    # first run (code of 46a02eb) 15/103; 91/103 after metric_vocab/medical.py; 97/110 with the table's change column,
    # 种 and the year's fund balance; 99/110 with 基金（含生育保险）总收入
    ("holdout17", 110, 99),
    # a city transport bureau's statistics bulletin (PDF) and a district's business-environment news (HTML): first
    # run (code of 4234926, no fix) 40/78; 54/80 with the transport vocabulary and the units 标箱, 千辆,
    # 公里/百平方公里 (the two 千辆 rows found); 57/79 with the headline no longer joined to the lead (its false row
    # gone) and the airport named as subject "Lanping Airport"; 69/79 with highway grades, berths, buses, construction
    # investment and tax and fee cuts
    ("holdout18", 79, 74),
    # a city civil affairs bulletin (DOCX) and a county CPPCC standing committee's work report (TXT): first run (code
    # of 2504b5e) 30/117; 118/122 after metric_vocab/cppcc.py, civil.py extended, the units 对/具/小时 and rates X/Y
    # 119/123 with the CPPCC report's line of a 。 wrapped alone joined to its sentence (holdout32's cleaning rule: one
    # more row found, with English)
    # 119/124 with 期 a counted unit (holdout46: 组织委员学习培训4期 found; its name untranslated)
    ("holdout20", 124, 119),
    # a city's science and technology funding communiqué (HTML) and a county's economic census communiqué (PDF): first
    # run (code of 2504b5e, no fix) 21/126; 128/135 after the table head read (14 rows more), metric_vocab/
    # economic_census.py and the R&D funding entries of science.py; 131/135 with 在X中 shares and 市本级
    ("holdout19", 134, 131),
    # a county's land-expropriation compensation plan announcement (HTML) and a city's climate bulletin (TXT): first
    # run (code of 58bfdc1, no fix) 25/72; 45/79 after the bracketed thresholds and climate days and hours (7 rows
    # more), metric_vocab/land.py and the climate seasons and 年X日数; 80 rows since holdout25's terms rule found
    # 过渡期不超过24个月 (its English is still missing); 81 since holdout31's rule for 县（区） found 此次过程造成全市5个县（区）
    # 受灾 (53/81 then)
    # 82 since holdout38's 日 of a time limit found 可自本公告发布之日起30日内 (its English: see the test's count)
    ("holdout23", 82, 49),
    # a city's water resources bulletin (PDF) and a county department's 2025 budget statement (DOCX): first run (code
    # of 58bfdc1, no fix) 51/132; 137/142 after the caption unit (15 table rows more), metric_vocab/budget.py and
    # water.py extended; 141/141 with holdout52's names (最小的是汐北区 named 降水量: the table's cell restating it is
    # the same row, listed once; 折合降水总量's changes and the quota named, 用水总量控制指标 "ceiling on total water use")
    ("holdout22", 141, 141),
    # a city's plan-execution and draft-plan report (DOCX) and a city's key construction projects plan notice (PDF):
    # first run (code of c239e95, no fix) 82/93; 87/124 with the project table read (32 rows more, their projects'
    # names untranslated); 92/123 after metric_vocab/plan_projects.py and the gap to the plan (PLAN_GAP_RE); 92/122
    # with the plan quoted in brackets (its table cell then a restatement); 100/122 with facilities of a project
    # list named (…高速公路, …数据中心（一期）, …火车站综合交通枢纽, …县绿色食品产业园（二期）); 101/123 with
    # 预计21项完成或超额完成 found (holdout55's rule) and named "main indicators met or exceeded" (P)
    ("holdout24", 123, 101),
    # a city's 15th five-year ecology plan (PDF) and a county's public-institution recruitment notice (HTML): first run
    # (code of d793025, no fix) 30/49; 33/68 after the table rules (现状值 and 〔 〕 cells, the post table: 19 rows
    # more) and the notice's terms; 61/68 after metric_vocab/ecology_plan.py, recruitment.py and 周岁 as years;
    # 60/67 with the count of sections a share is over no figure (12个国控断面水质优良比例: its English row was wrong);
    # 64/67 with the post table's employers (职业高级中学, 农业技术推广中心, …) in institutions.py; 64/66 with the trap
    # 每人限报1个岗位 no row; 67/64 with the term in whole years after 年限 (最低服务年限为5年, holdout49's 出让年限70年)
    # found, its English row missing (最低服务年限 not in the vocabulary)
    ("holdout25", 67, 64),
    # a city's 2025 livelihood projects completion page (HTML) and a county's 2025 state-owned assets management report
    # (TXT): first run (code of 8c78916, no fix) 29/109; 34/131 after the extraction rules (the completion table's
    # rows found); 118/131 after metric_vocab/livelihood.py; 121/131 with 县城投集团 and 宗; 112/122 once the table
    # rows restating the text's plan and outcome (老旧小区改造 / 计划改造…老旧小区) are no second rows; 113/123 with
    # 3家一级企业 found ("first-tier enterprises"); 114/122 with 实际新增/实际建成 named by the plan's thing (the table's
    # 新增公共停车泊位 5620 then a restatement); 112/120 with the goal named by its measure (城镇新增就业年度目标, …完成率:
    # the table's 3.5万人 and 114.9% then restatements of them)
    # 114/120 with the past date's modifier out of the name (计划改造2000年底前建成的老旧小区: 计划改造老旧小区)
    # 115/120 with 审计 kept whole (组织开展国有资产专项审计 "special audits of state-owned assets")
    ("holdout28", 120, 115),
    # a city's minimum wage adjustment notice (PDF) and a county's 2026 residents' medical insurance notice (DOCX):
    # first run (code of 8c78916, no fix) 1/47; 41/44 after the table's hourly cells, the false rows gone and
    # metric_vocab/benefits.py (minimum wages by category, deductible lines, reimbursement rates, ceilings, tiers);
    # 41/45 with the newborns' time limit found (出生后90天内: its name 新生儿在出生后 untranslated); 42/45 with a
    # time limit named by who acts and what is done (新生儿参保缴费时限); 43/45 with a share of a standard paid named
    # by what is paid (定额资助占个人缴费标准比例); 44/45 with a bounded part's share of a whole (合计提高总额占…比例)
    ("holdout27", 45, 44),
    # a city 12345 hotline centre's quarterly report (HTML) and a city government's report on state-owned assets (PDF):
    # first run (code of e1a748c, no fix) 36/91 (the hotline 13/55, the assets 23/36); 87/89 after the false rows gone
    # (后3位, the base 14家), 共 out of a service line's total (12345热线受理群众诉求) and metric_vocab/hotline.py (requests
    # by channel and category, rates, callbacks, state-owned capital equity, the earnings turned over: GWR 2013/389,
    # 2019/356, 2017/74, 2014/284, the rest P); 88/89 with a rate after a count of an act named without the light verb
    # (回访率 after 开展满意度回访: 满意度回访率); 89/89 with the count of enterprises over a debt-ratio line named by the
    # line and their class (资产负债率超过75%的市属企业 "city-owned enterprises with an asset-liability ratio above 75%")
    ("holdout53", 89, 89),
    # a city's 2025 tourism statistical bulletin (PDF) and a city government's work-safety commendation decision
    # (DOCX): first run (code of 5043734, no fix) 56/71; 54/69 after the false rows (12家重点景区, the elided rest of
    # the lists) gone and the average stay found; 68/69 with metric_vocab/culture.py's tourism bulletin terms (overnight
    # and foreign visitor arrivals, earnings from international tourism, hotels by star, outbound tour operators) and
    # the lists' 先进集体/先进个人 (left: 同志 for 对张晓峰等35名同志授予…称号, named by the noun, not the title given)
    ("holdout41", 69, 68),
    # a city people's congress standing committee's work report (DOCX) and a city market regulation bureau's report on
    # market entities (PDF): first run (code of 5874ba7, no fix) 43/94 (the market entities' stock and new
    # registrations rendered, the congress's work not); 86/93 after 共6章52条 gone and metric_vocab/congress.py
    # (meetings, local regulations, special work reports, inquiries, normative documents, deputies' suggestions, liaison
    # stations; market entities by sector), 注销… "X deregistered" and a metric opened by the counting body
    # (常委会共…); 88/93 with the class after titled examples (《…》等地方性法规) and the wholesale share; 90/93 with
    # the acting committee out of the metric (常委会共制定…) and the sibling acts named by its object (地方性法规废止)
    # (left: 采纳 after a metric opened by 通过, 5年办结率, the repeated 修改《…》等)
    ("holdout44", 93, 90),
    # a county portal's 2025 government website annual report in the State Council's template (HTML) and a city's
    # weekly air quality report for week 47 of 2025 (TXT): first run (code of dd999b6, no fix) 11/16 (the template's
    # table gave no row); 60/63 after the form table read (36 rows), the rank column first, the days of pollution and
    # metric_vocab/websites.py (the template's items P; GWR 2020/206, 2014/554, 2016/622, 2012/321, 2016/205,
    # 2017/510, 2018/46); 63/63 with 期 "rounds" in the glossary's units
    ("holdout46", 63, 63),
    # a city's main-data communiqué of the Third National Land Survey (PDF) and a city's release on residents' income
    # and consumption in January-September 2025 (HTML): first run (code of daa746e, no fix) 46/130 (the release 30/53,
    # the communiqué 16/77); 126/130 after metric_vocab/land_survey.py (land categories: GWR 2011/325, 2012/323, the
    # rest P) and household_budget.py (consumption categories, income shares: YB 6-17, 6-19, P), the median as a share
    # of the mean (中位数占平均数比重) and 城镇村及工矿用地 kept whole in the table's rows; 130/130 with the slope
    # classes (位于25度以上坡度的耕地)
    ("holdout42", 130, 130),
    # a city's implementing rules for attracting talent (DOCX) and a province's 2025 budget execution and 2026 draft
    # budget report (PDF): first run (code of 7581932, no fix) 37/94 (the rules 1/26, the report 36/68); 75/90 after
    # the ages qualifying who is granted no rows, metric_vocab/talent.py (talent grants, the four budgets, 滚存结余,
    # 预备费: GWR 2008/153, 2010/491, 2015/16, 2015/471, the rest P), a grant verb (给予X), an amount per month
    # (X每月), an allocation (财政安排X) and a budget table's 执行数/为预算 columns; 78/90 with the tiers after ；
    # named by the grant (B类人才安家补贴 'settling-in subsidy for category B talent'); 82/94 with the years a grant
    # is paid over found and named (安家补贴分 'years the settling-in subsidy is paid over') (left: 博士研究生按房款,
    # 每年发放, 给予 of 分别给予, the age inside a name, 每家机构每年奖励总额 unnamed); 78/90 once the 附表's 执行数 and
    # 增长 cells, restating the text, are no second rows (a budget's cue does not reach the row's execution clauses)
    ("holdout45", 90, 78),
    # a city public security bureau's year-end press release (HTML) and a village's quarterly financial disclosure
    # (PDF): first run (code of 89c648e, no fix) 5/22 (the PDF's table of accounts gave no rows); 34/34 with the
    # accounts and the ledger read and metric_vocab/public_security.py (GWR 2017/601, 2017/602, 2013/89, 2008/43,
    # 2011/329, P)
    ("holdout47", 34, 34),
    # a builder's EIA second publicity notice of a proposed plant (HTML) and a city's listing-for-sale announcement of
    # land use rights (PDF): first run (code of 3ac5845, no fix) 3/31; 43/47 after the parcel table's bounds found,
    # metric_vocab/assessments.py (GWR 2009/56, 2015/537, 2011/383, 2008/492, 2010/47, 2010/304, 2014/359, P), a
    # company's product project and parcel codes in English (left: 距离, 自公示之日起, the
    # contract's terms named by their clause); 49/43 with the contract's two time limits found (10个工作日内与…签订,
    # 1年内缴清), their names (竞得人应在挂牌成交之日起, 余款) not rendered
    ("holdout49", 49, 43),
    # a county market regulation bureau's administrative penalty decision (DOCX) and a city's weekly price monitoring
    # release (HTML): first run (code of 3ac5845, no fix) 2/29 (the prices cut at the slash, no vocabulary); 36/36
    # with the prices per unit and the party read, metric_vocab/market_regulation.py (GWR 2008/723, 2022/298,
    # 2022/417, 2009/277, 2012/252, YB 5-4, P), the units 瓶 and 桶 and a county's company with a trade name described
    # by its county and trade (a Tangning County agricultural products trading company)
    ("holdout48", 36, 36),
    # a city meteorological bureau's rainstorm and flood-season news (TXT) and a province's notice allocating the
    # central subsidy for advancing rural revitalisation to counties (DOCX): first run (code of 3ac5845, no fix) 12/37
    # (the notice 8/23, the news 4/14); 38/39 after metric_vocab/rainstorm.py (rainfall, intensity, water level,
    # reservoirs above the flood limit, the subsidy, its shares and spending progress: GWR 2008/409, 2008/164,
    # 2015/30, 2021/434, the rest P), 成 said as percent, 下达你们 out of the metric and 水位涨至 named 水位 (left: the
    # old record named 突破该站…历史极值（原极值); 2026-12-07: 40 rows, 39 English, the stations over 100 mm now found
    # and said (over_threshold.py, threshold_counts.py)
    ("holdout50", 40, 39),
    # a city's water resources bulletin (DOCX) and a county flood control headquarters' urgent heavy-rain notice
    # (WeChat TXT): first run (code of e1a748c, no fix) 52/74 (the notice 4/14); 65/78 after the notice's rows found
    # and named (time limits by what is done within them) and metric_vocab/flood_response.py (GWR 2011/309,
    # 2009/240, 2008/738, 2021/595, YB 8-10, the rest P); 69/77 with the other end of a superlative named by the
    # first (最小的是汶北区: 降水量), the changes after a conversion by the quantity converted (not 折合年径流深) and a
    # quota by what it bounds (用水总量控制指标); 72/77 with a defining threshold out of the name (矿化度≤2克/升的:
    # 浅层地下水资源量) and a force counted after 共 named by the force, not 全员 (left: 山塘小型水库, 巡查人员分片包干,
    # the margin 0.5米 named by the whole rule)
    ("holdout52", 77, 72),
    # a county finance bureau's departmental final accounts (DOCX) and a county party secretary's economic work
    # conference speech (TXT): first run (code of e35540b, no fix) 87/180 (the accounts 27/111: 决算, 年初预算, the lines
    # of the classification, 结转和结余, procurement, staffing; the speech 60/69); 192/199 after the lines of the
    # accounts named by their item (行政运行年初预算), the fixed lines' year words kept (本年收入合计, 上年结转和结余),
    # the side-by-side and attachment tables read, metric_vocab/final_accounts.py (GWR 2017/317, 2019/309, 2014/548,
    # 2019/550, 2022/299, 2019/316, 2015/16, 2014/259, the rest P), 协议引资 and 化解存量隐性债务 (P) (left: the
    # project named by its owner and capacity, 资金 of the self-evaluation); 193/199 with the park and the company
    # named short resolved (开发区规模以上工业产值: the park's 规模以上工业产值); 194/200 with the project's score found
    # (项目自评得分88.5分, glossary unit 分 "points"); 196/200 with a firm's capacity project named (enterprises.py
    # capacity_project_en: 宏远新材料年产20万吨锂电池负极材料项目, the product from metric_vocab/industry.py, P)
    ("holdout54", 200, 196),
    # a province's R&D expenditure bulletin (PDF) and a city housing provident fund's annual report (HTML): first run
    # (code of e1a748c, no fix) 82/145 (the bulletin 31/67: 全省共投入…（R&D）经费, the shares named by their part alone,
    # 投入强度, the counts above a bound; the report 51/78: its policies, ratios and the table's 增减); 139/140 after
    # a metric's bracketed abbreviation, full-width digits and 全省共 tidied, a class bounded by a measure (metric_bounds,
    # P), the share head given to every part, 增减 a rise, metric_vocab science.py (GWR 2011/417, YB 7-6, P) and
    # provident.py (P); 140/140 with the other bound of the next clause named by the measure (下限为…: 月缴存基数下限)
    ("holdout51", 140, 140),
    # a provincial notice adjusting entitled groups' pension standards (DOCX) and a city government's executive
    # meeting news (HTML): first run (code of f408f69, no fix) 54/100 (the notice 0/29: no vocabulary of pensions and
    # entitled groups, 23 of its table's rows not read; the news 54/71); 120/123 after the table's rows read, the
    # names cleaned (coverage notes, a standard's area, a group granted), metric_vocab/veterans.py (GWR 2015/103,
    # 2008/661, 2020/381, 2019/633, 2016/95, P) and the meeting's housing, fund and digital terms (GWR 2022/119,
    # 2022/240, YB 13-3, 15-1, P) (left: 比原标准 of a rise, 两项以上 of a condition, 室温)
    ("holdout58", 123, 120),
    # a town's work summary and plan (PDF) and a commerce bureau's holiday consumption news (HTML): first run (code of
    # e35540b, no fix) 77/153 (the town 52/77: its village terms, party building, progress and debt; the news 25/76:
    # the monitored enterprises' sales, footfall, trade-ins, 假期 inside metric names, 比去年假期); 152/154 after
    # metric_vocab/consumption.py (GWR 2011/286, 2021/40, YB 13-1, 10-1, the rest P), holiday words out of metric
    # names, last year's holiday a comparison, the county average, one verb before a list naming the whole list
    # (left: 32家重点监测超市 named 重点, 第三届…评选活动评出先进典型)
    ("holdout56", 154, 152),
    # a county river chief office's work summary (TXT) and a port authority's January-October production release
    # (HTML): first run (code of f408f69, no fix) 25/114 (the summary 8/59: its table of towns lost; the release 17/55:
    # the table's cells lost, no vocabulary for the river chiefs' work, water quality, goods, routes, berths); 144/153
    # after the tables kept and metric_vocab/rivers_ports.py (GWR 2019/82, 2013/27, YB 16-26, 27-17, the
    # rest P), port areas and reservoirs named, a port operator a Port Group, units 毫克/升 and 轮 (left: metrics
    # named with an actor or a place before them, 县河长办向…交办问题清单, 在全县中小学开展…)
    ("holdout59", 153, 144),
    # a county discipline commission's circular of typical cases (HTML) and a city's accident investigation report
    # (PDF): first run (code of 8e4e607, no fix) 29/110 (the circular 14/57, the report 15/53); 87/108 after
    # metric_vocab/discipline_cases.py (GWR 2014/133, 2015/132, 2014/165, 2021/40, 2008/208, 2019/148; the rest P)
    # and the subject rules (two traps no longer rows); left: the companies' trade names (恒晟公司, 清源公司: no
    # trade name is romanized), bare metrics (处理, 学生), metrics holding an actor (应急管理局对…开展执法检查)
    ("holdout60", 108, 87),
    # a county's East-West collaboration work summary (PDF with a table) and a county's forest fire prevention order
    # (TXT): first run (code of 8e4e607, no fix) 30/187 (the summary 20/135, the order 10/52: no vocabulary for the
    # collaboration's funds, workshops, labour and consumer assistance or for fire prevention); 167/205 after the
    # table's task cells read and metric_vocab/east_west.py (GWR 2022/425, 2022/424, 2013/125, YB 8-28, the rest
    # P), 把 and 块 measure words (left: metrics named with a verb or a place before them, 在汀澜市设立…,
    # 东部企业到我县投资落地项目, 户均/增收 split, the partner's bodies' names)
    # 171/209 with the order's fine ranges found (holdout61's fines read before their noun; a range a rule sets is a
    # requirement, its 以上 "at least")
    ("holdout62", 209, 171),
    # a county procuratorate's work report (DOCX with a merged-cell table) and a city traffic police detachment's
    # traffic control notice (HTML): first run (code of 4e12263, no fix) 21/176 (no vocabulary of procuratorial work or
    # of traffic control); 163/185 after the table's cells read (16 more rows) and metric_vocab/procuratorate.py (YB
    # 24-7, 24-9, 24-10, 24-12, 24-5, GWR 2022/135, the rest P) (left: a company's figures whose name has no English,
    # metrics cut to a word or a place, 依法, 活动, 因案, 集体, 乡镇公益)
    ("holdout63", 185, 163),
    # a city's bulletin on energy consumption per unit of GDP (PDF with tables) and a county audit bureau's audit
    # results announcement of a rural road project's funds (GBK TXT): first run (code of 4e12263e, no fix) 117/269
    # (the bulletin 102/182, the announcement 15/87: no vocabulary of the energy mix's parts, coal use per kWh, target
    # progress or key energy users, nor of a project audit's funds, findings and rectification); 203/267 after
    # metric_vocab/energy_audit.py (YB 9-2, GWR 2018/196, 2020/292, 2017/498, 2020/143, 2015/583, YB 14-26, the rest
    # P) and the units 克/千瓦时, 千克标准煤, 吨标准煤/万元 (left: the audit's metrics named with their doer or verb,
    # 将项目资金, 已将挤占挪用, 工程中, 剩余; the findings' towns and companies in the metric); 202/266 once 87条村道中有
    # 31条… is read as a set and its parts (holdout68's 中有 frames: the 87 roads audited are no row)
    ("holdout64", 267, 202),  # (+1 row found later: a standard per km with its bound, 每公里每年不低于5000元的标准)
    # a city statistics bureau's January-October industrial economy analysis (HTML) and a mayor's speech at a
    # project-start and signing ceremony (DOCX): first run (code of 4e12263, no fix) 136/202 (the analysis 82/117: the
    # enterprise sizes, pillar industries, parks and contributions; the speech 54/85: the ceremony's batch, the signed
    # projects, the table's projects); 180/198 after metric_vocab/industry_projects.py (YB 13-3, GWR 2014/278,
    # 2021/399, 2022/374, 2017/481, 2022/93, 2022/476; the rest P), contributions composed (拉动/下拉, P) and project
    # and facility names (智能装备, 冷链物流园, 抽水蓄能电站) (left: companies' trade names, 汐江二桥及接线工程,
    # 市第一人民医院新院区项目, 增加值保持增长的行业); 200 rows (182 English) once the attached table's total row, its
    # label merged across three columns, is read (holdout68's short total rows)
    ("holdout65", 200, 182),
    # a scenic area's holiday ticket discount announcement (HTML): first run (code of 211163a, no fix) 13/61 (no
    # vocabulary of ticket prices, carrying capacity, visitor caps, homestays or the holiday's services); 15/61 after
    # metric_vocab/tickets.py (list and discounted prices, fares; P) and the per-person units; 35/61 with its visitor
    # management and visitors (carrying capacity, visitor caps, visitors from outside the province, P) (left: metrics
    # cut around a verb or a name, 比挂牌价, 或身, 每人限, 消费满)
    ("holdout66", 61, 35),
    # a city urban management bureau's circular on household waste sorting in Q3 2025 (PDF with a ranking table):
    # first run (code of 71cc998, no fix) 13/77: no vocabulary of waste sorting (厨余垃圾, 可回收物, 其他垃圾,
    # 小区覆盖率, 投放点, 督导员, 以奖代补), the table's coverage cells unnamed; 42/78 after the daily units (吨/日)
    # and metric_vocab/waste_sorting.py (GWR 2021/507, 2019/516; the rest P); 49/78 with recycling stations and
    # scores (left: metrics cut around a verb or a name, 区中, 排名上升的镇（街道）, 三个月接待市民)
    ("holdout67", 78, 49),
    # a county water bureau's reply to a deputy's suggestion on rural drinking water (DOCX) and a city fire and rescue
    # detachment's January-November fire situation bulletin (PDF): first run (code of 765c6cf4, no fix) 59/220 (the
    # reply 17/99, the bulletin 42/121: no vocabulary of rural water supply or of fires by cause and place, 亡/伤);
    # 167/223 after metric_vocab/fire_water.py (GWR 2020/324, 2022/59, 2022/424, 2022/399, YB 8-28; the rest P),
    # kinds of fires composing with the safety heads and the tables' short total rows read (left: metrics cut around
    # a verb or a clause, 工程 of 已完成19处, 正在推进, 每年…检测, 遇难者60周岁以上, 在完成…安装)
    ("holdout68", 224, 168),  # (+1 row found later: a standard per site with its bound, in English)
    # a city statistics bureau's livestock production release (HTML) and a postal administration's January-October
    # report (GBK TXT): first run (code of 765c6cf, no fix) 83/231 (no vocabulary of breeding sows, stock by species,
    # manure use, postal services, express delivery by kind, outlets, complaints; a running header joined into two
    # metrics); 221/234 after metric_vocab/livestock_post.py (YB 12-3, 12-13, 12-14, 16-32, 16-33; GWR 2022/417,
    # 2022/377, 2008/46; the rest P), 羽 and the unit-less indices (left: companies' trade names, a brand, the acting
    # bodies before 共处理消费者申诉, three traps' rows)
    ("holdout69", 235, 221),  # (235: the share in tenths 超过四成 read since; its company name stays Chinese)
    # a city's national physical fitness monitoring bulletin (PDF) and a city tax bureau's press conference on tax and
    # fee relief (HTML): 25/179 first run (no unit for 厘米/毫升/秒, no fitness or relief vocabulary); 126/208 after the
    # units, the table's cells and metric_vocab/physical_fitness.py and tax_relief.py (GWR 2022/278, 2022/275,
    # 2022/524, 2022/67, 2022/155; the rest P) (left: metrics cut to a bare group, 女性, 平均体重, 人群, the table's
    # 男身高 without its age group, the relief's longer names 享受研发费用加计扣除的企业在预缴申报时, company names)
    ("holdout70", 208, 126),
    # a city's intellectual property white paper (PDF) and a city market regulation bureau's quarterly analysis of
    # consumer complaints (HTML): first run (code of 948055f3, no fix) 68/206 (the white paper 29/117: no vocabulary of
    # trademarks, geographical indications, copyright, pledge financing, protection; the analysis 39/89: its channels,
    # problems and resolution rates); 202/232 after the county table read (26 rows more), metric_vocab/
    # intellectual_property.py (GWR 2018/123, 2019/354, 2019/416, 2019/466, 2021/67, 2022/89, YB 20-17, 23-8; the rest P)
    # and the analysis's terms in consumer_complaints.py (P; 住宿和餐饮服务 YB 17-1) (left: the categories ranked by
    # their bare class, 食品类, 家用电器类, a company's and a university's names, metrics with a clause, 两地…持有的,
    # 是全市平均水平, the customs' 全年 in a metric)
    ("holdout71", 232, 206),
    # a county head's speech at the rural work meeting (TXT) and a city's heating season work plan (DOCX): 72/203 first
    # run (no heating or rural-work vocabulary, company names unread); 181/207 after metric_vocab/heating_supply.py and
    # rural_work.py (YB 2021 table 25-7; GWR 2021/502, 2022/423, 2019/482, 2017/436, 2014/80, 2017/90, 2022/424; the
    # rest P) and the utilities' trades (left: metrics cut to a verb or a fragment, 用量, 到位, 油菜, 连续5年, 比上一年,
    # the duties' clauses 城区接到报修后, 一般故障)
    # (209/186 after the merge: the heating plan's two stocks in days of use found, named before the number, and the
    # county's 186 villages and each village's income named; 储煤, 储气能力 in days of use in English, P)
    ("holdout72", 209, 186),
    # a city culture and tourism bureau's public cultural services statistical bulletin (DOCX) and a grain and reserves
    # bureau's autumn grain purchase news (TXT from its portal): first run (code of 948055f3, no fix) 55/224 (no
    # vocabulary of libraries, cultural stations, museums, troupes, cultural spending or the purchase season; the Word
    # table not read); 202/237 after the table's cells and metric_vocab/public_culture.py (YB 23-12, 23-16, 23-21,
    # 23-23, 23-25, 23-28; GWR 2013/128, 2022/538, 2022/410; the rest P) (left: metrics carrying a brand or a clause,
    # 建成“桐澜书房”等城市书房, “云上桐澜”…新增上线数字资源, 始建于的…博物馆…, the minimum prices' metrics cut at 每50公斤)
    ("holdout73", 237, 202),
    # a county's agricultural insurance implementation plan (DOCX) and a city's dog-keeping regulation (HTML): first
    # run (code of 8e4e607, no fix) 3/66 (the plan 3/62, the regulation 0/4: no vocabulary of agricultural insurance,
    # the table's insured products' terms not read); 96/104 after metric_vocab/insurance.py (YB 18-21, GWR 2019/482,
    # 2019/563, the rest P) and the table's terms by product (left: metrics named by their clause, 最长, 保障,
    # …设观察期, a term counted from an agreement, the insurers' towns)
    ("holdout61", 104, 96),
    # a county inspection office's rectification report (HTML) and a city's urban health check (PDF): first run (code
    # of f408f69, no fix) 29/124 (the report 5/51, the health check 24/73: the inspection's and the check's
    # vocabulary, 分钟); 133/135 after metric_vocab/rectification.py (GWR 2019/460, 2022/132,
    # 2022/399, the rest P), units 分钟 and 件次, departments' party groups out of metric names, a place's part named
    # as the whole (left: the 提级巡察 villages inside a metric, 汛期前完成望川区 read as a place)
    ("holdout57", 135, 133),
    # a city's plan-execution and draft-plan report (DOCX) and a city's list of its ten livelihood projects (PDF):
    # first run (code of e35540b, no fix) 126/166 (the report 94/100; the list 32/66: its projects' vocabulary, the
    # table's programmes as subjects); 158/158 after the table's restated cells merged with the text, metric_vocab/
    # livelihood_list.py (GWR 2022/399, 2022/524, 2019/474, 2015/412, 2021/438, YB 14-23, P), a programme of the
    # list's table named by the vocabulary, a company without its legal form, a cooperation park, a numbered plant;
    # 159/159 with 预计25项完成或超额完成 found ("main indicators met or exceeded", P); 160/160 once the list's total
    # row, its label merged, is read (holdout68)
    ("holdout55", 160, 160),
    # an NBS survey team's grain output announcement (PDF) and a city's elderly services statistical bulletin (DOCX):
    # first run (code of 5c99133, no fix) 102/160 (the crops' names rendered, the counties' 总产量 and the elderly
    # services' names not); 140/141 after the conversions in brackets and the tables' restated cells gone, the tiers
    # of the old-age allowance named (高龄津贴标准（80至89周岁）, an age band in brackets), metric_vocab/elderly.py and
    # 总产量 (left: 经济困难 for 2.35万名经济困难的失能、半失能老年人, a name cut at 的); 141/141 with those a service
    # is given to named whole (经济困难失能、半失能老年人)
    ("holdout29", 141, 141),
    # a county's 2026 government work report (HTML) and a province's 2026-2027 energy saving and carbon reduction
    # action plan (TXT): first run (code of 5c99133, no fix) 62/83; 84/87 after the task table's goal column (700万千瓦,
    # 2700万平方米 and two restatements found) and metric_vocab/energy_saving.py; 85/87 with a bare verb named by the
    # works before it (完成改造: 煤电机组节能降碳改造); 87/87 with 千伏安 and 克标准煤/千瓦时 in glossary/units.yml;
    # 86/86 once 附件：…分工表 over the task table is its caption (holdout68): the table's 较2025年下降2.5% of public
    # institutions then merges with the text's sentence stating it
    ("holdout30", 86, 86),
    # a county's territorial spatial master plan publicity page (HTML) and a city's women's development programme
    # monitoring report (DOCX): first run (code of d3ba9de, no fix) 6/57; 27/78 after the extraction rules (both
    # tables read: 21 rows more); 75/78 after metric_vocab/plan_monitoring.py and the units 个十万分点, 年一遇; 77/78
    # with 比上届 and 县（区） composed; 77/77 with a heading's count in words (三条控制线) no row
    # 73/73 once an attached table (附表：…) after the closing stays in its document: its four rows restating the
    # text's 2035 targets are the same facts, listed once
    ("holdout31", 73, 73),
    # a city's 2025 flood control and drought relief summary (DOCX) and a county's report on handling suggestions and
    # proposals (TXT): first run (code of 580b3ee, no fix) 18/95; 81/91 after the extraction rules and
    # metric_vocab/flood.py; 85/91 with the session out of the suggestions' name (人大代表建议); 86/93 with two more
    # rows found (连续…日数, 县（市、区）); 90/93 with a body of the own region named by its level (County Transport
    # Bureau); 92/94 with 比常年同期偏多3成 found as tenths and said as 30% (holdout50's rule); 93/95 with 出现4轮集中
    # 强降雨过程 found (轮 a count word, holdout59's rule) and rendered (flood.py, P)
    ("holdout32", 95, 93),
    # a city finance bureau's January-November fiscal release (HTML) and a city medical security bureau's circular on
    # insurance fraud cases (DOCX): first run (code of 2e4b2f6, no fix) 43/67; 72/72 after the extraction rules (the
    # districts' levels found, the acting bureau out of the sanctions' names), the fraud and land-sale terms in
    # metric_vocab/medical.py and budget.py, private hospitals and pharmacies named by their brand and persons named
    # by surname alone (刘某某)
    ("holdout33", 72, 72),
    # a city's industrial profits release (TXT) and a county's employment summary and plan (PDF): first run (code of
    # 2e4b2f6, no fix) 52/88; 85/89 after metric_vocab/employment.py (employment work, the profits release's losses
    # and assets) and a graduates' cohort (2025届…) in English (one row more found: the table's completion rates);
    # 86/89 with what a contest picked out (评选出…); 87/89 with the members of a set counted by what their measure
    # did (利润总额同比增长的行业)
    # 83/85 once the attached table stays in its document (four rows restating the text listed once)
    ("holdout34", 85, 83),
    # a city intermediate court's work report (PDF) and a city's January-October real-estate release (HTML): first
    # run (code of e80eaad, no fix) 38/104 (the court's names 4/53); 105/112 after the extraction rules (the price
    # index table read: 6 rows more, the change of the trial period and the honoured collectives found) and
    # metric_vocab/courts.py with the kinds of cases composed (一审 + 刑事); 110/112 with a size band (90平方米及以下…),
    # 比9月份 and the index's base as 比上年同期; 112/112 with those honoured named by the honour (3个集体、12名个人受到
    # 省级以上表彰: 受到省级以上表彰的集体, "collectives honoured at the provincial level or above")
    ("holdout35", 112, 112),
    # a county yearbook's page of main economic indicators 2020-2024 (PDF) and a city supervision office's circular
    # ranking counties on key projects (DOCX): first run (code of e80eaad, no fix) 107/128 (the yearbook's rows all
    # rendered but 88 of its 93 found; the circular's projects, plan and outcome columns not); 133/133 after the
    # extraction rules (the growth column, the year-end rows and the empty cell read: 5 rows more) and
    # metric_vocab/supervision.py (key projects inspected, new projects planned and started, the table's plan and
    # outcome)
    ("holdout36", 133, 133),
    # a city's electricity consumption release (TXT) and a city's notice of a hearing on tiered water prices (DOCX):
    # first run (code of e80eaad, no fix) 30/71 (the consumption by industry rendered, peak load, capacity and the
    # water prices not); 57/68 after metric_vocab/utility_prices.py (peak load, capacity, charging services, water
    # supply costs, tier prices and changes; the false rows gone, the old prices the new ones' bases); 59/68 with a
    # sibling tier named by the first tier's head noun (第二阶梯水价); 59/69 with the share of households within the
    # first tier found (年用水量在第一阶梯以内的居民用户比例: no English); 60/69 with a charge included in a price named
    # by the charge (均含污水处理费: sewage treatment charge); 61/69 with a tier defined by its measure named without
    # the copula (第一阶梯每户每年用水量 "tier 1 annual water use per household")
    ("holdout37", 69, 61),
    # a central bank city branch's October financial statistics (TXT) and a market supervision bureau's notice of
    # product quality spot check results (DOCX): first run (code of 6c4c44e, no fix) 16/52; 50/53 after the spot
    # check's names (电热水壶不合格批次, 生产领域合格率, 抽查产品批次), an increment named by its flow, the 30-day time
    # limit found and metric_vocab/quality_checks.py
    ("holdout38", 53, 50),
    # a city's monthly report on notifiable infectious diseases (HTML) and a county's enrolment notice (PDF): first run
    # (code of 6c4c44e, no fix) 2/66; 68/72 after metric_vocab/diseases.py (a disease or class of the law before its
    # cases or deaths, diseases reported, a class's share; the enrolment plan, class sizes, the schools' plans) and
    # the table of diseases named by disease (left: the schools 城南小学, 城北小学 untranslated)
    ("holdout39", 72, 68),
    # a provincial press conference on the first three quarters (HTML) and a county's 2026 supply plan of state-owned
    # construction land (PDF): first run (code of 5043734, no fix) 29/58 (the plan's quarterly table not read); 83/93
    # after the table read (58 rows of the plan) and metric_vocab/land_supply.py (the planned total, existing and new
    # land, the uses of land and their shares) (left: the press conference's forecast and target rows named 全省…)
    # 77/87 once the attached quarterly table (附表柘宁县…安排表, its 附表 run into the title) stays in its document:
    # its totals column restating the text's six planned uses is listed once
    ("holdout40", 87, 77),
    # a provincial survey team's migrant workers monitoring survey report (TXT) and a county procurement open tender
    # announcement (HTML): first run (code of 5874ba7, no fix) 3/58 (the tender's table and fields not read); 64/64
    # after the tender's fields and table of lots read, the survey's shares named by their groups and
    # metric_vocab/migrant_workers.py (migrant workers by origin, age, education, industry, income, housing, trade
    # unions; a tender's budget, price ceiling, goods of the lots, bid bonds, thresholds) and the unit 日历天
    ("holdout43", 64, 64),
]


@pytest.mark.parametrize(("folder", "rows", "floor"), HELD_OUT_ENGLISH)
def test_held_out_english_key_figures(folder: str, rows: int, floor: int) -> None:
    """Key-figure rows of documents of other genres with English (reviewed or derived), no human translation."""
    from build_tools.translate.status import TRANSLATIONS_DIR, _process, coverage

    english = total = 0
    for path in sorted((FIXTURES / folder).glob("*.doc*")) + sorted((FIXTURES / folder).glob("*.htm*")) + sorted(
            (FIXTURES / folder).glob("*.pdf")) + sorted((FIXTURES / folder).glob("*.txt")):
        for cov in coverage(_process(path, TRANSLATIONS_DIR), TRANSLATIONS_DIR):
            if cov.lang == "en":
                english += cov.parts["figure", "reviewed"] + cov.parts["figure", "derived"]
                total += sum(n for (kind, _status), n in cov.parts.items() if kind == "figure")
    assert total == rows
    assert english >= floor
