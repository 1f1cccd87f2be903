"""Figure rules added after the fifty-fourth held-out measurement (a county finance bureau's departmental final
accounts as a DOCX with its tables, a county party secretary's speech at the economic work conference copied from a
PDF); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

SPEECH = {"date": "2025-12-22", "region": "棠浦县", "genre": "speech", "title": "在全县经济工作会议上的讲话"}


def _speech(*texts: str, headings: dict[int, int] | None = None):
    return figs(*texts, date=SPEECH["date"], region=SPEECH["region"], title=SPEECH["title"], genre=SPEECH["genre"],
                headings=headings)


def test_a_review_heading_drawing_confidence_for_next_year_reviews_this_year():
    """一、充分肯定今年取得的成绩，坚定做好明年工作的信心决心: the part reviews the year; its 明年 names what the
    confidence is for. The undated results under it are this year's actuals; a plan heading (二、明年的目标任务) still
    dates its paragraphs next year."""
    found = _speech("一、充分肯定今年取得的成绩，坚定做好明年工作的信心决心",
                    "这一年，我们抓招商、扩投资。新签约亿元以上项目36个，协议引资188亿元。",
                    "二、明年经济工作的目标任务", "力争新签约亿元以上项目40个。", headings={0: 1, 2: 1})
    for value in (36, 188):
        f = one(found, value)
        assert (f.period, f.status) == ("2025", "actual")
    f = one(found, 40)
    assert (f.period, f.status) == ("2026", "target")
    found = _speech("一、回顾今年工作，进一步增强做好明年工作的信心", "城镇新增就业3620人。", headings={0: 1})
    assert (one(found, 3620).period, one(found, 3620).status) == ("2025", "actual")


ACCOUNTS = {"date": "2025-08-28", "region": "棠浦县", "genre": "report", "title": "棠浦县自然资源局2024年度部门决算"}


def _accounts(*texts: str):
    return figs(*texts, date=ACCOUNTS["date"], region=ACCOUNTS["region"], title=ACCOUNTS["title"],
                genre=ACCOUNTS["genre"])


def test_the_final_accounts_of_a_line_are_results_measured_against_its_budget():
    """年初预算为620.00万元，支出决算为583.46万元，完成年初预算的94.1%: the budget is the plan (target), the
    spending in the final accounts and its ratio to the budget are results (actual); so in a breakdown (其中，…项目预算数
    300.00万元，执行数251.20万元，预算执行率83.7%) and for the three public expenses."""
    found = _accounts("行政运行（项）。年初预算为620.00万元，支出决算为583.46万元，完成年初预算的94.1%。")
    assert [(f.value, f.status) for f in found] == [(620, "target"), (583.46, "actual"), (94.1, "actual")]
    found = _accounts("组织对2个项目开展部门评价。其中，不动产登记信息化项目预算数300.00万元，执行数251.20万元，"
                      "预算执行率83.7%。")
    assert one(found, 300).status == "target"
    assert one(found, 251.2).status == "actual"
    assert one(found, 83.7).status == "actual"
    found = _accounts("2024年度“三公”经费支出年初预算为12.60万元，支出决算为9.85万元，完成年初预算的78.2%。")
    assert [(f.value, f.status, f.period) for f in found] == [
        (12.6, "target", "2024"), (9.85, "actual", "2024"), (78.2, "actual", "2024")]


def test_a_budget_broken_down_stays_the_budget():
    """收入预算总计…。其中：…；… (no execution named): the parts are the budget's, as before."""
    found = _accounts("2025年收入预算总计5200.00万元。其中，一般公共预算拨款收入4800.00万元，其他收入400.00万元。")
    assert {f.status for f in found} == {"target"}


def _captioned_table(cells: list[list[str]], caption: str):
    """A table under its caption (role caption, as the structure step marks 表…/…表 lines) in the final accounts."""
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p1", text=caption, role="caption"),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=ACCOUNTS["title"], date=ACCOUNTS["date"], genre=ACCOUNTS["genre"], paragraphs=paras)
    meta = Metadata(date=ACCOUNTS["date"], region=ACCOUNTS["region"])
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_two_tables_side_by_side_are_read_as_two():
    """收入 | 决算数 | 支出 | 决算数 (the 收入支出决算总表 of final accounts): the expenditure half is a table of its own,
    its lines read with their amounts; the revenue half too. A table whose second name column holds numbers is no
    such grid."""
    cells = [["收入", "决算数", "支出", "决算数"], ["一、一般公共预算财政拨款收入", "2,150.40", "一、一般公共服务支出", "1,862.75"],
             ["二、其他收入", "96.30", "二、住房保障支出", "120.18"], ["", "", "三、农林水支出", "263.77"]]
    found = _captioned_table(cells, "收入支出决算总表  单位：万元")
    assert {(f.value, f.unit) for f in found} == {(2150.4, "万元"), (96.3, "万元"), (1862.75, "万元"),
                                                  (120.18, "万元"), (263.77, "万元")}
    assert "一般公共服务支出" in one(found, 1862.75).metric
    assert "农林水支出" in one(found, 263.77).metric
    assert {f.status for f in found} == {"actual"}


def test_a_side_by_side_grid_needs_repeated_value_headers():
    from build_tools.extract.figures.side_by_side import side_by_side

    assert side_by_side([["收入", "预算数", "支出", "预算数"], ["税收收入", "12", "教育", "8"]]) == [
        [["收入", "预算数"], ["税收收入", "12"]], [["支出", "预算数"], ["教育", "8"]]]
    assert side_by_side([["县区", "2023年", "2024年", "增长"], ["甲县", "1", "2", "3"]]) is None
    assert side_by_side([["指标", "数值", "指标", "数值"], ["甲", "1", "2", "3"]]) is None


def test_the_lines_of_the_final_accounts_name_their_budget_and_spending():
    """1.…（类）…（款）行政运行（项）。 run in before 年初预算为…，支出决算为…，完成年初预算的…: the item's budget,
    spending and completion rate; the line named with the first figure of a sentence (“三公”经费支出年初预算为…，支出
    决算为…) names the bare words after it, a column of last year's accounts too (上年决算数)."""
    from build_tools.extract.figures.accounts_lines import name_account_lines
    from build_tools.model import Figure

    def fig(metric: str, value: float, period: str = "2024", sentence: str = "s1") -> Figure:
        return Figure(metric=metric, value=value, unit="万元", sentence=sentence, paragraph="p1", period=period)

    found = [fig("年初预算", 620), fig("支出决算", 583.46), fig("支出决算完成年初预算比例", 94.1)]
    name_account_lines(found, "2.一般公共服务支出（类）财政事务（款）财政国库业务（项）。")
    assert [f.metric for f in found] == ["财政国库业务年初预算", "财政国库业务支出决算", "财政国库业务完成年初预算"]
    found = [fig("年初预算", 540), fig("支出决算", 594.81)]
    name_account_lines(found, "3.一般公共服务支出（类）财政事务（款）其他财政事务支出（项）。")
    assert [f.metric for f in found] == ["其他财政事务支出年初预算", "其他财政事务支出决算"]
    found = [fig("公务接待费年初预算数", 3.5), fig("决算数", 2.42), fig("决算数", 2.83, "2023")]
    name_account_lines(found, "公务接待费 | 3.50 | 2.42 | 2.83")
    assert [f.metric for f in found] == ["公务接待费年初预算数", "公务接待费决算数", "公务接待费上年决算数"]
    found = [fig("年初预算", 12)]
    name_account_lines(found, "（一）总体情况。年初预算为12万元。")
    assert found[0].metric == "年初预算"


def test_the_fixed_lines_of_the_accounts_keep_their_year_word():
    """本年收入合计, 上年结转和结余, 年末结转和结余 are lines of the 收入支出决算总表: their 本年/上年/年末 is part of the
    name (the year's total revenue, the funds carried in, the funds carried out), not a date to strip."""
    found = _accounts("2024年度本年收入合计３,２１０.５０万元，其中：财政拨款收入３,０１２.２０万元。上年结转和结余２１０.４０万元。",
                      "本年支出合计3,180.20万元。年末结转和结余240.70万元。")
    assert one(found, 3210.5).metric == "本年收入合计"
    assert one(found, 3012.2).metric == "财政拨款收入"
    assert one(found, 210.4).metric == "上年结转和结余"
    assert one(found, 3180.2).metric == "本年支出合计"
    assert (one(found, 240.7).metric, one(found, 240.7).period) == ("年末结转和结余", "2024-12")


def test_the_peers_between_a_rank_scope_and_the_rank_are_no_figure():
    """居全市9个县（市、区）第2位: the counties ranked against (9) are the rank's scope, as 在全省14个市中居第3位; a
    count of counties stated for itself (全市9个县（市、区）中有7个实现正增长) stays."""
    found = _speech("前三季度，全县地区生产总值比上年增长6.2%，居全市9个县（市、区）第2位。")
    assert [f.value for f in found] == [6.2]
    found = _speech("前三季度，全市9个县（市、区）中有7个实现正增长。")
    assert 7 in [f.value for f in found]


def _events(title: str, date: str, *paragraphs: tuple[str, int]):
    from build_tools.extract.events import extract_events
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id=f"p{i}", text=t, heading=h, role="heading" if h else "body")
             for i, (t, h) in enumerate(paragraphs)]
    doc = Document(id="d", title=title, date=date, genre="report", paragraphs=paras)
    meta = Metadata(date=date, region="棠浦县")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_events(doc, meta)


def test_the_accounts_of_a_year_and_a_glossary_give_no_timeline_entry():
    """A department's final accounts report the year's money: 2024年度收入、支出决算总计…, 截至2024年12月31日…共有车辆
    and 截至2024年底…编制 are its figures, no events; the definitions of its 名词解释 (2.年末结转和结余：指…) neither.
    A dated event of another year in the same accounts (2025年3月完成系统验收) stays."""
    found = _events("棠浦县自然资源局2024年度部门决算", "2025-08-28",
                    ("2024年度收入、支出决算总计3,386.52万元。", 0),
                    ("截至2024年12月31日，本部门共有车辆3辆。", 0),
                    ("截至2024年底，本部门人员编制52人。", 0),
                    ("该项目已于2025年3月完成系统验收。", 0),
                    ("第三部分　名词解释", 1),
                    ("2.年末结转和结余：指本年度预算安排、需要延迟到以后年度继续使用的资金。", 0))
    assert [(e.date, e.kind) for e in found] == [("2025-03", "event")]


def test_a_definition_outside_a_glossary_gives_no_entry_but_a_report_keeps_its_year():
    found = _events("棠浦县2024年工作总结", "2025-01-10",
                    ("1.上年结转：指2023年未使用完毕、结转到2024年继续使用的资金。", 0),
                    ("2024年6月，全县新建成污水处理厂1座。", 0))
    assert [(e.date, e.kind) for e in found] == [("2024-06", "event")]


def test_a_project_named_by_its_owner_and_capacity_without_company():
    """宏远新材料年产20万吨锂电池负极材料项目一期9月建成投产，预计明年可新增产值30亿元: the owner is named without
    公司; the project is the subject, its capacity (20万吨) a figure of no period, its expected effect dated by its own
    clause (明年: 2026), not of no particular year; an effect without a date keeps none (达产后可实现年产值15亿元)."""
    found = _speech("棠浦新能源年产30万吨储能电池材料项目一期10月建成投产，预计明年可新增产值24亿元。")
    project = "棠浦新能源年产30万吨储能电池材料项目"
    f = one(found, 30)
    assert (f.metric, f.period, f.subject) == ("年产能", "", project)
    f = one(found, 24)
    assert (f.period, f.status, f.subject) == ("2026", "forecast", project)
    (f,) = _speech("该项目达产后可实现年产值15亿元。")
    assert (f.period, f.status) == ("", "forecast")


def test_a_higher_aim_after_a_growth_floor_is_the_same_growth():
    """主要预期目标：地区生产总值增长6%以上，力争达到6.5%: the aim is the same growth rate (up), not a bare share; a
    level after a growth (增长2%，达到85.3万吨) stays a level."""
    found = _speech("明年主要预期目标是：地区生产总值增长6%以上，力争达到6.5%；固定资产投资增长6%。")
    assert (one(found, 6.5).direction, one(found, 6.5).status, one(found, 6.5).metric) == ("up", "target", "地区生产总值")
    found = _speech("全年粮食产量增长2%，达到85.3万吨。")
    assert one(found, 85.3).direction == ""


def test_a_completion_dates_the_entry_not_its_estimated_effect():
    """…项目一期10月建成投产，预计明年可新增产值24亿元 in a speech of December: the entry is the completion of October
    (an event), not next year's estimate."""
    found = _events("在全县经济工作会议上的讲话", "2025-12-22",
                    ("棠浦新能源年产30万吨储能电池材料项目一期10月建成投产，预计明年可新增产值24亿元。", 0))
    assert [(e.date, e.kind) for e in found] == [("2025-10", "event")]


def test_a_bare_change_is_of_the_measure_its_sentence_said_changed():
    """…亏损面达15.1%；榆汊镇等部分乡镇财政收入下降较多，前三季度下降9.3%: the fall is the revenue's (the sentence says
    it fell), not the loss ratio of the clause before; a change whose clause names its measure keeps it."""
    found = _speech("全县规模以上工业企业中亏损企业47家，亏损面达15.1%；棠下镇等部分乡镇财政收入下降较多，前三季度下降9.3%。")
    assert one(found, 9.3).metric == "财政收入"
    assert one(found, 15.1).metric == "亏损面"
    found = _speech("前三季度，固定资产投资增长5.7%，其中工业投资增长13.2%。")
    assert one(found, 13.2).metric == "工业投资"


def test_the_paired_total_of_revenue_and_expenditure_is_one_total():
    """收入、支出决算总计…; 财政拨款收入、支出总计各增加…，增长…: one amount that is both totals (the accounts balance),
    named whole, not 支出决算 or 收、支."""
    found = _accounts("2024年度财政拨款收入、支出决算总计2,860.40万元，与上年相比，财政拨款收入、支出总计各增加120.30万元，"
                      "增长4.4%。", "与上年相比，收、支总计各减少36.20万元，下降1.2%。")
    assert [f.metric for f in found] == ["财政拨款收入支出决算总计", "财政拨款收入支出总计", "财政拨款收入支出总计",
                                         "收入支出总计", "收入支出总计"]


def test_a_park_and_a_firm_named_short_after_their_full_names():
    """葭川-style speech: the park named in full in the review (棠浦经济开发区), the firm named with 公司 in the opening
    (丰源新材料公司); the tasks name them short (开发区规模以上工业产值, 丰源新材料产值): their figures. Without a park
    named before, 开发区 stays a kind (no subject)."""
    found = _speech("刚才，县工信局和丰源新材料公司作了交流发言。",
                    "今年，棠浦经济开发区规模以上工业产值突破200亿元。",
                    "明年，力争开发区规模以上工业产值突破260亿元，丰源新材料产值达到40亿元。")
    assert (one(found, 260).subject, one(found, 260).metric) == ("棠浦经济开发区", "规模以上工业产值")
    assert (one(found, 40).subject, one(found, 40).metric) == ("丰源新材料", "产值")
    (f,) = _speech("明年，力争开发区规模以上工业产值突破260亿元。")
    assert f.subject == ""


def test_the_points_of_a_score_after_a_score_word():
    """项目自评得分88.5分: points of a score, a figure (unit 分); the bound of a class of scores (得分90分（含）以上的项目
    10个) is no figure; 分 elsewhere is no unit (15分钟 a duration)."""
    found = _accounts("其中，不动产登记信息化项目自评得分91.5分。")
    assert [(f.value, f.unit) for f in found] == [(91.5, "分")]
    found = _accounts("自评结果显示，得分90分（含）以上的项目8个，80（含）—90分的项目3个。")
    assert sorted(f.value for f in found) == [3, 8]


def test_a_total_reached_in_a_speech_of_the_year_is_the_count_now():
    """新增规模以上工业企业28家，总数达到312家 in a speech of December 2025: the new ones are the year's flow (2025),
    the total the count at the speech's month (2025-12)."""
    found = _speech("这一年，全县新增规模以上工业企业26家，总数达到298家。")
    assert (one(found, 26).period, one(found, 298).period) == ("2025", "2025-12")


def test_a_town_named_as_the_example_of_a_group_is_the_subject():
    """棠下镇等部分乡镇财政收入下降较多，前三季度下降9.3%: the town named as the example of the towns whose revenue fell
    is the subject (等 ends its name); a scope before 中 (全省14个市中) is still none."""
    found = _speech("全县规模以上工业企业中亏损企业47家；棠下镇等部分乡镇财政收入下降较多，前三季度下降9.3%。")
    assert (one(found, 9.3).subject, one(found, 9.3).metric) == ("棠下镇", "财政收入")
