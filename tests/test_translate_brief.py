"""The first sentence of "In brief" (translate/brief.py): a full English sentence naming the document by its
genre or the bulletin's kind, its region or issuer, its date and what it does with its period.

Expectations written by hand from the Chinese of each document.
"""

from build_tools.model import Document, Figure, Metadata
from build_tools.translate.brief import brief
from build_tools.translate.comparisons import context_for
from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


def _target(metric: str, value: float, period: str) -> Figure:
    return Figure(metric=metric, value=value, unit="%", sentence="s", paragraph="p1", kind="growth",
                  direction="up", period=period, status="target", is_target=True)


def _first_sentence(doc: Document, meta: Metadata) -> str:
    glossary = get_glossary()
    renderer = TitleRenderer(glossary, year=doc.date[:4])
    title = renderer.title(doc.title, doc.issuer or meta.issuer, meta.region)  # as english.py passes it
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer, title)
    assert item is not None and item.status == "derived"
    return item.text.split(". ")[0].removesuffix(".") + "."


def test_work_report_with_an_unrendered_title_is_named_by_the_bulletin_kind() -> None:
    # 石梁县人民政府工作报告（摘编）, 9 January 2024: the title does not render, the kind and region do
    doc = Document(id="d", title="石梁县人民政府工作报告（摘编）", date="2024-01-09", reporting_period="2023",
                   figures=[_target("地区生产总值", 6, "2024")])
    meta = Metadata(date="2024-01-09", region="石梁县", kind="work-report")
    assert _first_sentence(doc, meta) == (
        "The Shiliang County government work report, delivered on 9 January 2024, reviews 2023 and sets targets "
        "for 2024.")


def test_work_report_without_targets_only_reviews_its_year() -> None:
    doc = Document(id="d", title="政府工作报告", date="2024-01-09", genre="report", reporting_period="2023")
    meta = Metadata(date="2024-01-09", region="石梁县", kind="work-report")
    assert _first_sentence(doc, meta) == (
        "The Shiliang County government work report, delivered on 9 January 2024, reviews 2023.")


def test_news_article_names_the_region_it_reports_on() -> None:
    # 上半年我市地区生产总值增长5.8%, 栖川日报 26 July 2024 (the newspaper is not a rendered issuer)
    doc = Document(id="d", title="上半年我市地区生产总值增长5.8%", date="2024-07-26", genre="article",
                   reporting_period="2024-01/2024-06")
    meta = Metadata(date="2024-07-26", region="栖川市", kind="news")
    assert _first_sentence(doc, meta) == (
        "The news article, published on 26 July 2024, reports data on Qichuan for H1 2024.")


def test_data_at_a_day_are_reported_as_of_it() -> None:
    # a census communiqué (标准时点2020年11月1日零时): its data are of a day, not about the day
    doc = Document(id="d", title="栖川市第七次全国人口普查公报", date="2021-05-20", genre="statistics",
                   reporting_period="2020-11-01")
    meta = Metadata(date="2021-05-20", region="栖川市", kind="statistics")
    assert _first_sentence(doc, meta).endswith(" reports data on Qichuan as of 1 November 2020.")


def test_speech_sets_the_coming_year_targets() -> None:
    # 在全县经济工作会议上的讲话, 27 December 2023: 明年……地区生产总值增长6.5%左右
    doc = Document(id="d", title="在全县经济工作会议上的讲话", date="2023-12-27", genre="speech",
                   figures=[_target("地区生产总值", 6.5, "2024")])
    meta = Metadata(date="2023-12-27", region="柳溪县", kind="speech")
    assert _first_sentence(doc, meta) == (
        "The speech at the Liuxi County Economic Work Conference, delivered on 27 December 2023, sets targets for "
        "Liuxi County for 2024.")


def test_speech_published_later_is_dated_by_its_meeting() -> None:
    """A web page of 10 January on a speech whose text says 1月8日，全市经济工作会议召开: delivered on 8 January; the
    excerpt mark of the title is not part of the sentence."""
    from build_tools.model import Event

    doc = Document(id="d", title="李建国在全市经济工作会议上的讲话（摘要）", date="2025-01-10", genre="speech",
                   events=[Event("2025-01-08", "1月8日，全市经济工作会议召开。", "p1")])
    meta = Metadata(date="2025-01-10", region="栖川市", kind="speech")
    assert _first_sentence(doc, meta) == (
        "The speech by Li Jianguo at the Qichuan Economic Work Conference was delivered on 8 January 2025.")
    doc.events[0] = Event("2025-01-08", "1月8日，全市农村工作会议召开。", "p1")  # another meeting: the page's date
    assert _first_sentence(doc, meta) == (
        "The speech by Li Jianguo at the Qichuan Economic Work Conference was delivered on 10 January 2025.")


def test_plan_covers_its_period() -> None:
    doc = Document(id="d", title="泽源市“十四五”生态环境保护规划", date="2021-12-20", genre="plan",
                   issuer="泽源市人民政府", reporting_period="2021/2025")
    meta = Metadata(date="2021-12-20", region="泽源市", kind="plan")
    assert _first_sentence(doc, meta).startswith(
        "The plan, issued by the Zeyuan Municipal People's Government on 20 December 2021, covers 2021-2025")


def test_news_article_published_in_a_city_daily() -> None:
    doc = Document(id="d", title="上半年我市地区生产总值增长5.8%", date="2024-07-26", genre="article",
                   reporting_period="2024-01/2024-06")
    meta = Metadata(date="2024-07-26", region="栖川市", kind="news", issuer="栖川日报")
    assert _first_sentence(doc, meta) == (
        "The news article, published in Qichuan Daily on 26 July 2024, reports data on Qichuan for H1 2024.")


def test_a_date_without_a_day_is_in_a_month_or_year() -> None:
    doc = Document(id="d", title="白沙镇举办丰收节", date="2022-09", genre="article")
    meta = Metadata(date="2022-09", region="白沙镇", kind="news")
    assert _first_sentence(doc, meta) == "The news article was published in September 2022."


def test_a_region_named_region_takes_the_article() -> None:
    doc = Document(id="d", title="本港第一季经济增长", date="2022-05-13", genre="article", reporting_period="2022-01/2022-03")
    meta = Metadata(date="2022-05-13", region="香港特别行政区", kind="news")
    assert _first_sentence(doc, meta) == (
        "The news article, published on 13 May 2022, reports data on the Hong Kong Special Administrative Region for Q1 2022.")


def test_programmes_named_are_whole_terms() -> None:
    """专精特新 inside 专精特新“小巨人”企业 (an enterprise list, a metric) is not the SRDI programme the text names."""
    from build_tools.model import Paragraph

    glossary = get_glossary()
    doc = Document(id="d", title="在全市经济工作会议上的讲话", date="2025-01-10", genre="speech",
                   paragraphs=[Paragraph("p1", "全面推进乡村振兴，新增国家级专精特新“小巨人”企业10家。")])
    meta = Metadata(date="2025-01-10", region="栖川市", kind="speech")
    renderer = TitleRenderer(glossary, year="2025")
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer, None)
    assert item is not None
    assert "Programs and policy terms it names: rural revitalization." in item.text
    assert "SRDI" not in item.text


def test_plan_report_reviews_its_year_and_leads_with_the_coming_years_targets() -> None:
    """A commission's report of 16 January 2024 on the 2023 plan and the 2024 draft plan: it reviews 2023 and sets
    targets for 2024, and its 2024 targets lead, not the 2023 targets its annex table restates (holdout5 round)."""
    doc = Document(id="d", title="关于云岭市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
                   date="2024-01-16", genre="report", reporting_period="2023",
                   figures=[_target("地区生产总值", 6.5, "2023"), _target("一般公共预算收入", 5, "2023"),
                            _target("地区生产总值", 6, "2024"), _target("一般公共预算收入", 4.5, "2024")])
    meta = Metadata(date="2024-01-16", region="云岭市", kind="report", issuer="云岭市发展和改革委员会")
    glossary = get_glossary()
    renderer = TitleRenderer(glossary, year="2024")
    title = renderer.title(doc.title, meta.issuer, meta.region)
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer, title)
    assert item is not None and "reviews 2023 and sets targets for 2024." in item.text
    assert "Targets for 2024 — GDP: +6%; general public budget revenue: +4.5%." in item.text


def test_final_accounts_leave_out_the_units_they_cover() -> None:
    """A department's final accounts (第一部分 部门概况 / 二、部门决算单位构成: 3个单位, 行政单位1个): the units covered
    are no leading figures; the accounts' totals are."""
    from build_tools.model import Paragraph

    def fig(metric: str, value: float, unit: str, para: str) -> Figure:
        return Figure(metric=metric, value=value, unit=unit, sentence="s", paragraph=para, kind="level",
                      period="2024", status="actual")

    paras = [Paragraph(id="p1", text="第一部分　部门概况", heading=1, role="heading"),
             Paragraph(id="p2", text="二、部门决算单位构成", heading=2, role="heading"), Paragraph(id="p3", text="…"),
             Paragraph(id="p4", text="第二部分　2024年度部门决算情况说明", heading=1, role="heading"),
             Paragraph(id="p5", text="…")]
    doc = Document(id="d", title="某县财政局2024年度部门决算", date="2025-09-12", genre="report",
                   reporting_period="2024", paragraphs=paras,
                   figures=[fig("部门决算单位", 3, "个", "p3"), fig("本年支出合计", 4105.83, "万元", "p5")])
    meta = Metadata(date="2025-09-12", region="某县", kind="report")
    glossary = get_glossary()
    renderer = TitleRenderer(glossary, year="2025")
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer,
                 renderer.title(doc.title, "", meta.region))
    assert item is not None and "41,058,300" in item.text and ": 3" not in item.text
