"""Rules written after the seventy-third held-out set (a city culture and tourism bureau's statistical bulletin on
public cultural services as a DOCX with a Word table whose header cells are merged, a grain and reserves bureau's news
on the autumn grain purchase copied from its portal into a text file), tested on invented sentences and tables."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.extract.figures.header_rows import prepare_rows
from tests.test_figure_attributes import figs, one, table_figs

BULLETIN = {"date": "2025-04-10", "region": "栖川市", "genre": "", "title": "栖川市2024年文化和旅游发展统计公报"}


# --- a portal page copied into a text file ---------------------------------------------------------------------


def test_a_copied_portal_pages_clutter_is_no_text_and_the_headline_stays_apart() -> None:
    page = "\n".join([
        "澹溪县农业农村局",
        "网站首页 ｜ 机构职能 ｜ 信息公开 ｜ 工作动态 ｜ 办事服务",
        "当前位置：首页 > 工作动态",
        "",
        "全县早稻收割进度过七成",
        "发布时间：2024-07-22 09:10　浏览次数：816",
        "",
        "　　本网讯 连日来，全县抢抓晴好天气收割早稻，截至7月21日，全县已收割早稻12.6万亩，占种植面积的72.4%。",
        "",
        "【图片】",
        "",
        "　　县农业农村局组织农机手跨区作业，投入收割机械860台。",
        "",
        "分享到：微信 微博 QQ空间",
        "相关新闻",
        "· 县里召开“双抢”工作部署会　2024-07-05",
        "• 早稻病虫害防治技术要点（2024-06-28）",
    ])
    texts = [b.text for b in clean(page).blocks]
    assert texts[0] == "全县早稻收割进度过七成"  # (the headline, not glued to the first paragraph)
    assert texts[1].startswith("本网讯")
    assert not [t for t in texts if "首页" in t or "图片" in t or "分享" in t or "相关新闻" in t or "部署会" in t
                or "技术要点" in t or t == "澹溪县农业农村局"]


def test_a_bodys_name_in_the_text_or_a_bulleted_sentence_is_kept() -> None:
    text = "\n".join([
        "澹溪县农业农村局",
        "",
        "　　关于做好2024年秋季农业生产工作的通知，请各乡镇认真贯彻落实，确保秋粮颗粒归仓，确保全年粮食产量稳定。",
        "",
        "· 各乡镇要在2024-09-30前报送秋播进度，并于每周一报送一次。",
    ])
    texts = [b.text for b in clean(text).blocks]
    assert "澹溪县农业农村局" in texts  # (no navigation below it: a letterhead, not a site's name)
    assert any("秋播进度" in t for t in texts)  # (a sentence, with its full stop, is no related item)


# --- a Word table whose merged heads were read once each ----------------------------------------------------


def test_several_heads_over_the_same_sub_columns_read_once_each_are_laid_out_again() -> None:
    rows = [["单位类别", "单位数（个）", "床位数（张）"],
            ["单位类别", "2024年末", "比上年末增减", "2024年末", "比上年末增减"],
            ["养老机构", "36", "2", "5120", "-80"]]
    assert prepare_rows(rows)[0] == ["单位类别", "2024年末单位数（个）", "单位数比上年末增减（个）",
                                     "2024年末床位数（张）", "床位数比上年末增减（张）"]
    uneven = [["类别", "数量（个）", "金额（万元）"], ["类别", "本年", "上年", "本年"], ["甲", "1", "2", "3"]]
    assert prepare_rows(uneven) == uneven  # (three sub-columns cannot be split between two heads)
    other = [["类别", "数量（个）", "金额（万元）"], ["类别", "本年", "上年", "计划", "完成"], ["甲", "1", "2", "3", "4"]]
    assert prepare_rows(other) == other  # (different names under each head: no repeated run to lay out)


def test_a_tables_changes_under_merged_heads_are_changes_of_the_year() -> None:
    cells = [["单位类别", "单位数（个）", "", "床位数（张）", ""],
             ["", "2024年末", "比上年末增减", "2024年末", "比上年末增减"],
             ["养老机构", "36", "2", "5120", "-80"]]
    found = table_figs(cells, "表2　2024年末养老服务机构情况", BULLETIN)
    assert (one(found, 5120).period, one(found, 5120).direction) == ("2024-12", "")
    assert (one(found, 2).period, one(found, 2).direction) == ("2024", "up")
    assert (one(found, 80).period, one(found, 80).direction) == ("2024", "down")


# --- units -------------------------------------------------------------------------------------------------


def test_volumes_of_books_and_classes_held_are_counted() -> None:
    found = figs("年末全县公共图书馆总藏量48.6万册，人均图书藏量0.92册；全年书刊外借16.3万册次，文化馆举办培训班215班次。",
                 title=BULLETIN["title"], date=BULLETIN["date"])
    assert (one(found, 48.6).unit, one(found, 48.6).base_unit) == ("万册", "item")
    assert one(found, 0.92).unit == "册"
    assert one(found, 16.3).unit == "万册次"
    assert one(found, 215).unit == "班次"


# --- a purchase season's progress in news ------------------------------------------------------------------


NEWS = {"title": "全县夏粮收购进展顺利", "date": "2024-07-20", "genre": "news", "region": "澹溪县"}


def _news(*paragraphs: str):
    return figs(*paragraphs, title=NEWS["title"], date=NEWS["date"], genre=NEWS["genre"], region=NEWS["region"])


def test_a_date_after_a_comparative_verb_is_a_base_not_the_figures_time() -> None:
    found = _news("截至7月15日，全县累计收购小麦8.6万吨，收购进度慢于去年同期3.1个百分点。其中，收购优质小麦2.2万吨。",
                  "今年全县小麦品质好于上年，经抽样检测，一等品比例达到71.5%。")
    assert (one(found, 3.1).period, one(found, 3.1).direction) == ("2024-07-15", "down")
    assert "同期" not in one(found, 3.1).metric
    assert one(found, 2.2).period == "2024-07-15"  # (the breakdown keeps the count's date, not the base's year)
    assert one(found, 71.5).period == "2024"


def test_the_object_of_a_comparison_with_a_minimum_is_no_norm_for_the_next_clause() -> None:
    found = _news("目前，全县早籼稻收购价格为每斤1.26元，略高于最低收购价；小麦收购价格为每斤1.19元。")
    assert (one(found, 1.19).status, one(found, 1.19).period) == ("actual", "2024-07")


def test_bounds_a_named_thing_is_held_to_in_news_are_requirements() -> None:
    found = _news("各收购企业严格执行国家标准。收购的小麦，水分不超过12.5%，容重不低于750克/升。",
                  "全县优良天数均不低于300天。")
    assert (one(found, 12.5).status, one(found, 12.5).period) == ("requirement", "")
    assert one(found, 300).status == "actual"  # (均: an outcome observed, not a norm)


def test_an_expected_amount_or_a_plan_as_the_whole_of_a_share_is_no_forecast_or_target() -> None:
    found = _news("会议通报，全县收购进度已达到预计收购量的58.2%。",
                  "截至7月15日，县级储备粮轮换入库1.6万吨，完成年度轮换计划的64%。")
    assert one(found, 58.2).status == "actual"
    assert one(found, 64).status == "actual"
    assert _news("预计全年收购小麦12万吨。")[0].status == "forecast"


# --- a year's bulletin: grades, breakdowns, the timeline ------------------------------------------------------


def test_a_national_grade_of_the_regions_own_items_is_no_subject() -> None:
    found = figs("年末全市共有不可移动文物1520处，其中全国重点文物保护单位6处；国家级代表性传承人4人。",
                 title=BULLETIN["title"], date=BULLETIN["date"])
    assert (one(found, 6).subject, one(found, 4).subject) == ("", "")
    assert figs("全国规模以上工业增加值增长5.8%。", title=BULLETIN["title"], date=BULLETIN["date"])[0].subject == "全国"


def test_a_breakdown_after_a_clause_joined_by_a_semicolon_keeps_the_year_end() -> None:
    found = figs("年末全市共有体育场馆86个，比上年末增加5个；从业人员920人，比上年末增加31人。其中，体育场12个，体育馆9个。",
                 title=BULLETIN["title"], date=BULLETIN["date"])
    assert (one(found, 12).period, one(found, 9).period) == ("2024-12", "2024-12")
    assert one(found, 31).period == "2024"


def test_a_facility_opened_on_a_day_is_dated_by_it_not_by_the_count_to_the_year_end() -> None:
    from tests.event_docs import timeline

    (e,) = timeline("5月20日，栖川市科技馆新馆建成开放，至年底接待观众32.4万人次。", date="2025-04-10",
                    title=BULLETIN["title"], genre="statistics", reporting="auto")
    assert (e.date, e.kind) == ("2024-05-20", "event")
    (e,) = timeline("5月20日，栖川市科技馆新馆开工建设，力争年内主体完工。", date="2024-03-10",
                    title="栖川市2024年重点项目建设计划", genre="plan", reporting="auto")
    assert e.date in ("2024", "2024-12")  # (a deadline still to come dates the task, as before)


def test_the_number_a_note_cites_as_its_data_source_is_not_the_documents() -> None:
    from build_tools import new

    text = ("栖川市2024年文化和旅游发展统计公报\n栖川市文化广电和旅游局\n2025年4月10日\n"
            "年末全市共有公共图书馆7个。\n注：本公报数据来源于2024年文化和旅游统计年报（栖文旅统〔2025〕2号）。")
    assert new.infer_doc_number(text) == ""
    assert new.infer_doc_number("栖文旅发〔2025〕12号\n关于印发…的通知") == "栖文旅发〔2025〕12号"


def test_places_visited_each_time_counted_and_the_frame_of_a_count_named_before_its_parts() -> None:
    found = _news("县粮食局派出3个督导组，累计巡查收购库点146个次。",
                  "全县28个收购库点中，通过规范化验收的有21个。")
    assert (one(found, 146).unit, one(found, 146).base_unit) == ("个次", "item")
    assert not [f for f in found if f.value == 28]  # (the frame of a count)
    assert one(found, 21).value == 21


def test_funds_secured_in_a_year_already_closed_are_no_target() -> None:
    found = figs("全年争取中央和省级公共文化机构免费开放补助资金2860万元。", title=BULLETIN["title"], date=BULLETIN["date"])
    assert (one(found, 2860).status, one(found, 2860).period) == ("actual", "2024")


def test_an_inspection_over_a_span_already_ended_is_an_event() -> None:
    from tests.event_docs import timeline

    (e,) = timeline("6月10日至6月30日，县粮食局联合县市场监管局开展夏粮收购专项检查，检查收购企业32家。",
                    date="2024-07-20", title=NEWS["title"], genre="news", reporting="auto")
    assert (e.date, e.kind) == ("2024-06-10/2024-06-30", "event")


def test_the_year_a_thing_was_founded_is_no_time_of_its_figures() -> None:
    found = figs("始建于1962年的栖川市科技馆全年接待观众48.3万人次，比上年增长6.1%。", title=BULLETIN["title"],
                 date=BULLETIN["date"])
    assert (one(found, 48.3).period, one(found, 6.1).period) == ("2024", "2024")
    assert "始建于" not in one(found, 48.3).metric and "1962" not in one(found, 48.3).metric
