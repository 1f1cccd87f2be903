"""Figure rules added after the fifty-sixth held-out measurement (a town's work summary for 2025 and work plan for
2026 as a PDF, a city commerce bureau's news page on the National Day holiday's consumption); sentences invented for
each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Figure
from tests.test_figure_attributes import figs, one

TOWN = {"date": "2025-12-10", "region": "石桥镇", "genre": "work-report", "title": "石桥镇2025年工作总结和2026年工作计划"}
NEWS = {"date": "2025-10-09", "region": "岑川市", "genre": "news", "title": "国庆中秋假期我市消费市场繁荣活跃"}


def _town(*texts: str) -> list[Figure]:
    """A town's summary and plan, a paragraph starting with 一、 二、 三、 or （ read as a heading."""
    heads = {i: 1 if t[:2] in ("一、", "二、", "三、") else 2 for i, t in enumerate(texts) if t.startswith(
        ("一、", "二、", "三、", "（"))}
    return figs(*texts, date=TOWN["date"], region=TOWN["region"], title=TOWN["title"], genre=TOWN["genre"],
                headings=heads)


def _news(*texts: str) -> list[Figure]:
    return figs(*texts, date=NEWS["date"], region=NEWS["region"], title=NEWS["title"], genre=NEWS["genre"])


def test_flows_to_the_end_of_a_month_are_the_months_of_the_year_so_far():
    """截至11月底，完成地区生产总值…, 固定资产投资…, 完成县下达年度任务的…%, 新开工…项目: January to November (as
    1—11月); a project's total investment at that date stays a stock of the month."""
    found = _town("一、2025年工作总结",
                  "截至11月底，全镇完成地区生产总值18.2亿元，同比增长5.6%；完成固定资产投资6.3亿元，完成县下达年度任务的"
                  "88.6%，其中工业投资3.1亿元。",
                  "截至11月底，新开工亿元以上项目3个。",
                  "截至9月底，在建项目总投资85亿元。")
    for value in (18.2, 5.6, 6.3, 88.6, 3.1):
        assert one(found, value).period == "2025-01/2025-11", value
    assert one(found, 3, "个").period == "2025-01/2025-11"
    assert one(found, 85).period == "2025-09"


def test_places_listed_before_a_measure_each_have_it():
    """黄岭村、新河村村集体经济收入分别达到65万元和58万元: each village's income, named once after the last village;
    城市、农村 are kinds of area, no places: the list stays as it was."""
    found = _town("一、2025年工作总结", "黄岭村、新河村村集体经济收入分别达到65万元和58万元。")
    assert (one(found, 65).subject, one(found, 65).metric) == ("黄岭村", "村集体经济收入")
    assert (one(found, 58).subject, one(found, 58).metric) == ("新河村", "村集体经济收入")
    found = _town("一、2025年工作总结", "城市、农村居民人均可支配收入分别增长5.1%和6.2%。")
    assert one(found, 6.2).metric == "农村居民人均可支配收入"
    assert one(found, 5.1).subject == one(found, 6.2).subject == ""


def test_a_cooperative_registered_under_its_county_is_the_subject():
    """青禾县绿源果蔬专业合作社年销售收入突破800万元: the cooperative's, not the county's; 农民专业合作社 is a kind."""
    found = _town("一、2025年工作总结", "青禾县绿源果蔬专业合作社年销售收入突破800万元，带动社员210户。")
    assert one(found, 800).subject == one(found, 210).subject == "青禾县绿源果蔬专业合作社"
    (f,) = _town("一、2025年工作总结", "全镇家庭农场和农民专业合作社达到120家。")
    assert f.subject == ""


def test_a_phase_of_a_company_s_works_and_its_completed_size():
    """华森化工有限公司二期项目于7月建成投产，总投资1.6亿元: the phase-II project is the subject, its total investment
    (the completed works' size) has no period; its expected yearly output none either."""
    found = _town("一、2025年工作总结", "华森化工有限公司二期项目于7月建成投产，总投资1.6亿元，达产后可年新增产值2.5亿元。")
    assert (one(found, 1.6).subject, one(found, 1.6).period) == ("华森化工有限公司二期项目", "")
    assert (one(found, 2.5).subject, one(found, 2.5).period) == ("华森化工有限公司二期项目", "")


def test_a_mall_and_a_pedestrian_street_are_subjects():
    """滨湖汇购物中心…客流量, 江澜里步行街…商户营业额: the mall's and the street's figures; 重点步行街 is a kind."""
    found = _news("今年国庆中秋假期（10月1日至8日），全市消费市场繁荣活跃。",
                  "滨湖汇购物中心假期客流量达68.5万人次，同比增长12.4%，销售额1.86亿元；江澜里步行街接待客流106万人次，"
                  "商户营业额同比增长11.6%。",
                  "全市重点步行街客流量同比增长8%。")
    assert {one(found, v).subject for v in (68.5, 12.4, 1.86)} == {"滨湖汇购物中心"}
    assert {one(found, v).subject for v in (106, 11.6)} == {"江澜里步行街"}
    assert one(found, 8).subject == ""


def test_the_month_of_an_act_dates_its_clause_not_the_paragraph():
    """镇中心小学新建教学综合楼于8月底投入使用，新增学位360个；镇卫生院…完成投资850万元。全镇14个村…: the opening's
    month dates the places it added, not the next clause nor the next sentence (the year's)."""
    found = _town("一、2025年工作总结",
                  "镇中心小学新建教学综合楼于8月底投入使用，新增学位360个；镇卫生院改造提质项目完成投资850万元。"
                  "全镇14个村（社区）全部建成标准化综合服务平台。")
    assert one(found, 360).period == "2025-08"
    assert one(found, 850).period == one(found, 14).period == "2025"


def test_problems_describe_the_present_and_a_gap_below_the_county_is_down():
    """二、存在问题: 目前镇级债务余额仍有2100万元 is now (the document's month), an actual, not a plan's target;
    完成进度比全县平均水平低3.1个百分点 is below the county's (down), 比全省高1.5个百分点 above (up)."""
    found = _town("二、存在问题", "一是项目支撑不足。截至11月底，固定资产投资完成进度比全县平均水平低3.1个百分点。",
                  "三是镇级财力紧张。目前镇级债务余额仍有2100万元，刚性支出压力较大。")
    assert (one(found, 2100).status, one(found, 2100).period) == ("actual", "2025-12")
    assert one(found, 3.1).direction == "down"
    (f,) = _news("今年国庆中秋假期（10月1日至8日），我市重点监测企业销售额增速比全省高1.5个百分点。")
    assert f.direction == "up"


def test_a_year_s_plan_written_the_year_before_plans_for_its_year():
    """三、2026年工作计划 of December 2025: 力争全年…；计划实施重点项目12个 is 2026's (the heading's year carried by
    全年 past ；), 城镇新增就业不少于400人 2026's (no span from 2025)."""
    found = _town("三、2026年工作计划", "（一）全力抓项目扩投资",
                  "力争全年新签约项目不少于8个，协议投资超过20亿元；计划实施重点项目12个，年度计划投资6.8亿元。",
                  "（三）持续增进民生福祉", "完成农村户厕改造400户，城镇新增就业不少于400人。")
    for value, unit in ((8, "个"), (20, "亿元"), (12, "个"), (6.8, "亿元"), (400, "户"), (400, "人")):
        f = one(found, value, unit)
        assert (f.status, f.period) == ("target", "2026"), (value, unit)


def test_a_change_with_its_object_before_the_level_reached():
    """扩大稻虾共养规模至1500亩 is a rise (up), 压减镇级债务余额至1800万元 a fall (down); 占规模以上工业增加值的比重
    达到18.6% is a level, no change (增加值 is no verb)."""
    found = _town("三、2026年工作计划", "扩大稻虾共养规模至1500亩，压减镇级债务余额至1800万元。")
    assert one(found, 1500).direction == "up"
    assert one(found, 1800).direction == "down"
    (share,) = [f for f in figs("1—11月，全市高技术制造业增加值占规模以上工业增加值的比重达到18.6%。",
                                date="2025-12-20", region="栖桐市", genre="report") if f.value == 18.6]
    assert share.direction == ""


def test_a_sentence_citing_the_rules_states_norms():
    """按照政策规定，…按产品销售价格的15%给予补贴，…再给予售价5%的补贴，每件补贴最高不超过2000元: standing norms
    (requirement, no period), not what the holiday achieved; the holiday's subsidies paid stay actual."""
    found = _news("今年国庆中秋假期（10月1日至8日），全市消费市场繁荣活跃。假期全市发放以旧换新补贴3860万元。"
                  "按照政策规定，个人消费者购买2级及以上能效家电产品，按产品销售价格的15%给予补贴，购买1级能效产品再给予"
                  "售价5%的补贴，每件补贴最高不超过2000元。")
    for value in (15, 5, 2000):
        assert (one(found, value).status, one(found, value).period) == ("requirement", ""), value
    assert (one(found, 3860).status, one(found, 3860).period) == ("actual", "2025-10-01/2025-10-08")


def test_a_day_in_brackets_after_the_figure_and_the_province_after_the_holiday():
    """蕖山风景区单日最高接待游客5.6万人次（10月4日）: that day's; 假期全省…同比增长4.8%: the province's."""
    found = _news("今年国庆中秋假期（10月1日至8日），全市消费市场繁荣活跃。",
                  "全市A级旅游景区接待游客213万人次，其中，青岚风景区单日最高接待游客5.6万人次（10月4日），创历史新高。",
                  "从全省看，据省商务厅监测，假期全省重点监测零售和餐饮企业销售额同比增长4.8%。")
    assert (one(found, 5.6).period, one(found, 5.6).subject) == ("2025-10-04", "青岚风景区")
    assert one(found, 213).period == "2025-10-01/2025-10-08"
    assert one(found, 4.8).subject == "全省"


def test_last_year_s_holiday_is_a_comparison_and_the_holiday_no_part_of_a_metric():
    """按可比口径分别比去年假期增长7.8%和8.4%, 较去年假期提高3.5个百分点: changes against the same holiday a year
    before (base the holiday's days of 2024, as 同比), the metric the indicator alone (接待游客, 星级酒店平均入住率),
    not 假期 nor 假期全市…."""
    found = _news("今年国庆中秋假期（10月1日至8日），全市消费市场繁荣活跃。",
                  "假期全市接待游客486.2万人次，实现旅游收入39.5亿元，按可比口径分别比去年假期增长7.8%和8.4%。"
                  "全市星级酒店平均入住率达到82.6%，较去年假期提高3.5个百分点。")
    assert (one(found, 486.2).metric, one(found, 7.8).metric) == ("接待游客", "接待游客")
    assert one(found, 8.4).metric == "旅游收入"
    assert (one(found, 3.5).metric, one(found, 3.5).direction) == ("星级酒店平均入住率", "up")
    assert one(found, 7.8).base_period == one(found, 3.5).base_period == "2024-10-01/2024-10-08"


def test_a_gap_to_the_county_average_and_a_level_cut_to_a_bound():
    """完成进度比全县平均水平低3.1个百分点: 低于全县, the metric 固定资产投资完成进度; 力争压减至1800万元以内: the
    metric is the debt, not 镇级债务余额力争压."""
    found = _town("二、存在问题", "截至11月底，固定资产投资完成进度比全县平均水平低3.1个百分点。",
                  "三、2026年工作计划", "镇级债务余额力争压减至1800万元以内。")
    gap = one(found, 3.1)
    assert (gap.metric, gap.comparison, gap.direction) == ("固定资产投资完成进度", "低于全县", "down")
    assert (one(found, 1800).metric, one(found, 1800).direction) == ("镇级债务余额", "down")


def test_the_county_s_task_named_after_the_result():
    """超额完成县下达的4000亩任务: the county's task for the year (a target), named as the result before it."""
    found = _town("一、2025年工作总结", "全年新建高标准农田4200亩，超额完成县下达的4000亩任务。")
    task = one(found, 4000)
    assert (task.status, task.period, task.metric) == ("target", "2025", "新建高标准农田")
    assert one(found, 4200).status == "actual"


def test_no_timeline_entry_from_the_problems_a_report_admits():
    """二、存在问题: 截至11月底，…完成进度比全县平均水平低4.1个百分点 states where things stand (an as-of date of a
    figure), no event; a dated fact of the review before it stays on the timeline."""
    from build_tools.extract.events import extract_events
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p0", text="一、2025年工作总结", heading=1),
             Paragraph(id="p1", text="镇便民服务中心于5月建成投入使用。"),
             Paragraph(id="p2", text="二、存在问题", heading=1),
             Paragraph(id="p3", text="一是项目支撑不足。截至11月底，固定资产投资完成进度比全县平均水平低4.1个百分点。"),
             Paragraph(id="p4", text="三、2026年工作计划", heading=1),
             Paragraph(id="p5", text="确保恒裕新材料三期项目于6月底前开工建设。")]
    doc = Document(id="d", title=TOWN["title"], date=TOWN["date"], genre=TOWN["genre"], paragraphs=paras)
    events = extract_events(doc, Metadata(date=TOWN["date"], region=TOWN["region"]))
    assert [(e.paragraph, e.date, e.kind) for e in events] == [("p1", "2025-05", "event"), ("p5", "2026-06", "target")]


def test_one_verb_before_a_list_of_nouns_names_the_whole_list():
    """发放汽车、家电、数码产品以旧换新补贴3860万元: the subsidies of the three (the verb 发放 governs the list), not
    of 数码产品 alone."""
    found = _news("今年国庆中秋假期（10月1日至8日），全市消费市场繁荣活跃。假期全市发放汽车、家电、数码产品以旧换新补贴"
                  "3860万元，带动销售额2.9亿元。")
    assert one(found, 3860).metric == "汽车、家电、数码产品以旧换新补贴"


def test_an_income_to_reach_by_a_year_end_is_that_year_s():
    """力争到2026年底所有村集体经济收入均超过30万元: an income is a flow, the goal is 2026's (not a stock of December);
    到2026年底，累计完成改造老旧小区120个 stays the running total at the year end."""
    found = _town("三、2026年工作计划", "力争到2026年底所有村集体经济收入均超过30万元。",
                  "到2026年底，累计完成改造老旧小区120个。")
    assert (one(found, 30).status, one(found, 30).period) == ("target", "2026")
    assert one(found, 120).period == "2026-12"


def test_two_issuers_signing_on_one_line_are_the_signature():
    """中共石桥镇委员会　　石桥镇人民政府 above the closing date: a joint signature (both issuers, joined by 、), not a
    heading; a long line ending with 委员会 that is no list of bodies stays what it was."""
    from build_tools.clean import clean
    from build_tools.model import Metadata, Source
    from build_tools.structure import build

    raw = "\n\n".join(["石桥镇2025年工作总结和2026年工作计划", "县委、县政府：", "2025年，全镇经济社会保持平稳发展。",
                       "中共石桥镇委员会　　石桥镇人民政府", "2025年12月10日"])
    src = Source(slug="t", path="t.txt", encoding="utf-8", meta=Metadata(date="2025-12-10", region="石桥镇",
                                                                        kind="work-report", source="石桥镇"))
    (doc,) = build(src, clean(raw).blocks).documents
    assert doc.issuer == "中共石桥镇委员会、石桥镇人民政府"
    assert [p.role for p in doc.paragraphs][-2:] == ["signature", "date"]
