"""Layout repair, one defect class at a time, on snippets in the style of real bulletins.

The snippets imitate the seeds' defects with other text, and a few other real-world layouts (a county
gazette with a running header, a statistics communiqué converted from PDF with page numbers).
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from build_tools.clean import clean
from build_tools.clean.text import CJK_RE


def texts(raw: str, publication: str = "") -> list[str]:
    return [b.text for b in clean(raw, publication).blocks]


def rules(raw: str, publication: str = "") -> list[str]:
    return [a.rule for a in clean(raw, publication).report]


# --- hard line wraps and page breaks -------------------------------------------------------------


def test_hard_wrapped_newspaper_column_is_one_paragraph():
    raw = ("近年来，某市坚持把招商引资作为\n经济工作的生命线，全年新签约项\n目128个，其中亿元以上项目36\n"
           "个。为此，市里成立了项目服务中\n心，实行一个项目一名专员。\n\n全年实现地区生产总值增长5.1%。\n")
    out = texts(raw)
    assert out[0] == ("近年来，某市坚持把招商引资作为经济工作的生命线，全年新签约项目128个，其中亿元以上项目36个。"
                      "为此，市里成立了项目服务中心，实行一个项目一名专员。")
    assert out[1] == "全年实现地区生产总值增长5.1%。"


def test_a_two_part_headline_opening_a_text_stays_a_headline():
    """A news page's <h1> in two parts (营商环境持续优化 新登记市场主体同比增长12.8%) opens the text: it is the
    headline, never joined to the lead paragraph as if a page had broken it."""
    raw = ("石门区前三季度外贸稳中有进 出口同比增长8.4%\n\n"
           "今年以来，石门区坚持稳存量、扩增量，外贸保持较快增长。\n\n据海关统计，前三季度全区出口36.2亿元。\n")
    c = clean(raw)
    assert [b.text for b in c.blocks][:2] == ["石门区前三季度外贸稳中有进 出口同比增长8.4%",
                                            "今年以来，石门区坚持稳存量、扩增量，外贸保持较快增长。"]
    assert not any(a.rule == "join.page_break" for a in c.report)


def test_page_break_inside_a_word_is_joined_and_recorded():
    raw = ("1.加强统筹协调。市交通运输局负责指导监督本行政区域内公路养护工作，建立和完善农\n\n"
           "村公路支持政策，具体承担绩效管理工作。\n")
    c = clean(raw)
    assert [b.text for b in c.blocks] == [
        "1.加强统筹协调。市交通运输局负责指导监督本行政区域内公路养护工作，建立和完善农村公路支持政策，具体承担绩效管理工作。"]
    assert any(a.rule == "join.page_break" and a.lines == (1, 3) for a in c.report)


def test_page_break_after_a_short_last_clause():
    raw = "6月2日，某重工有限公司传来好消息:由\n\n企业自主研发的隧道掘进机正式下线。\n"
    assert texts(raw) == ["6月2日，某重工有限公司传来好消息：由企业自主研发的隧道掘进机正式下线。"]


def test_subtitle_of_a_report_is_not_joined_to_the_issuer_after_it():
    """——2024年1月16日在…第三次会议上 / 云岭市发展和改革委员会 (centred lines of a DOCX report): two lines."""
    raw = ("关于云岭市2023年计划执行情况的报告\n——2024年1月16日在云岭市第十六届人民代表大会第三次会议上\n"
           "云岭市发展和改革委员会\n各位代表：\n受市人民政府委托，现将有关情况报告如下。\n")
    assert texts(raw)[1:3] == ["——2024年1月16日在云岭市第十六届人民代表大会第三次会议上", "云岭市发展和改革委员会"]


def test_page_break_is_not_joined_after_a_heading():
    raw = "二、工作目标\n\n到2025年，全市农村公路优良中等路比例达到85%以上。\n"
    assert texts(raw) == ["二、工作目标", "到2025年，全市农村公路优良中等路比例达到85%以上。"]


def test_unmarked_section_heading_stays_separate():
    raw = ("坚持创新驱动，\n加快建设科技强市，为全市高质\n量发展注入新动能\n\n"
           "科技创新是第一动力。我们要大力\n实施创新驱动发展战略。\n")
    assert texts(raw) == ["坚持创新驱动，加快建设科技强市，为全市高质量发展注入新动能",
                          "科技创新是第一动力。我们要大力实施创新驱动发展战略。"]


WEB_COPY = ("平川县2023年国民经济和社会发展统计公报\n\n"
            "综合\n\n"
            "2023年，全县经济运行稳中有进，全年地区生产总值386.2亿元，比上年增长5.1%，人均地区生产总值达到六万元以上。\n\n"
            "年末全县常住人口52.4万人，比上年末减少0.3万人，常住人口城镇化率为58.6%，比上年末提高0.9个百分点。\n\n"
            "农业\n\n"
            "全年全县粮食播种面积96.5万亩，比上年增加0.8万亩；粮食总产量41.3万吨，比上年增长2.1%，创历史新高。\n\n"
            "工业\n\n"
            "全年全县规模以上工业增加值比上年增长6.4%，其中装备制造业增长9.2%，高技术制造业增长12.5%，贡献明显。\n")


def test_section_heading_of_web_copy_is_not_joined_to_the_next_paragraph():
    # one paragraph per line: 综合, 农业, 工业 are section headings, each line that follows opens a sentence
    out = texts(WEB_COPY)
    assert out[1:3] == ["综合", "2023年，全县经济运行稳中有进，全年地区生产总值386.2亿元，比上年增长5.1%，人均地区生产总值达到六万元以上。"]
    assert "农业" in out and "工业" in out
    assert all(not t.startswith(("综合2", "农业全", "工业全")) for t in out)


def test_web_copy_paragraph_broken_mid_word_is_still_joined():
    raw = WEB_COPY + ("\n市交通运输局负责指导监督本行政区域内公路养护工作，建立和完善农\n\n"
                      "村公路支持政策，具体承担绩效管理工作。\n")
    assert texts(raw)[-1] == "市交通运输局负责指导监督本行政区域内公路养护工作，建立和完善农村公路支持政策，具体承担绩效管理工作。"


def test_addressee_line_is_not_joined_to_the_body():
    raw = "各乡（镇）人民政府，县政府各部门：\n\n经县政府同意，现将《实施方案》印发给你们，请认真贯彻执行。\n"
    assert len(texts(raw)) == 2


def test_list_items_are_not_joined_to_an_unfinished_run_in_heading():
    raw = ("（三）守牢底线，确保大局稳定。要统筹发展和安全，维护好发展环境\n\n"
           "——要紧盯安全生产不放松。深入开展隐患排查。\n")
    assert len(texts(raw)) == 2


# --- word segmentation, spaces, punctuation --------------------------------------------------------


def test_word_segmented_text_is_joined_with_decimals_and_quotes():
    raw = ("主要 预期 目标 是 ： 全县 生产 总值 增长 5 . 5 % ， 城镇 登记 失业率 控制 在 4 . 5 % 以内 ， "
           "深入 实施 “ 158 ” 工程 和 “ 十 四 五 ” 规划 。 \n")
    assert texts(raw) == ["主要预期目标是：全县生产总值增长5.5%，城镇登记失业率控制在4.5%以内，"
                          "深入实施“158”工程和“十四五”规划。"]
    assert "spacing.word_segmented" in rules(raw)


def test_word_segmented_text_keeps_spaces_between_latin_words():
    raw = "积极 引进 Tesla Motors 等 企业 ， 推动 新能源 汽车 产业 发展 ， 全年 新增 项目 12 个 。\n"
    assert texts(raw) == ["积极引进Tesla Motors等企业，推动新能源汽车产业发展，全年新增项目12个。"]


def test_two_part_headline_keeps_its_space_and_long_title_loses_wrap_space():
    raw = ("　　扩大开放合作 激发发展活力\n\n"
           "某市人民政府关于印发某市优化营商环境 三年行动方案的通知\n")
    assert texts(raw) == ["扩大开放合作 激发发展活力", "某市人民政府关于印发某市优化营商环境三年行动方案的通知"]


def test_news_headline_of_two_long_parts_keeps_its_space_and_site_breadcrumb_goes():
    """A portal page: the breadcrumb starts with the site's long name; the headline's two clauses (15-16
    characters each) stay apart."""
    raw = ("青石区人民政府门户网站 > 政务动态 > 青石要闻\n\n"
           "全市上半年经济运行分析会召开 我区主要指标增速高于全市平均水平\n\n"
           "本报讯 7月20日，全市上半年经济运行分析会召开。会议通报了上半年全市经济运行情况。\n")
    found = texts(raw)
    assert found[0] == "全市上半年经济运行分析会召开 我区主要指标增速高于全市平均水平"
    assert not any("门户网站" in t for t in found) and len(found) == 2


def test_packed_paragraphs_separated_by_full_width_spaces_are_split():
    raw = ("　　今年以来，全县经济稳中有进。　　扩大开放合作 激发发展活力　　全县新引进项目56个，"
           "总投资120亿元。\n")
    assert texts(raw) == ["今年以来，全县经济稳中有进。", "扩大开放合作 激发发展活力", "全县新引进项目56个，总投资120亿元。"]
    assert "layout.packed_paragraphs" in rules(raw)


def test_spaces_between_chinese_and_digits_are_removed():
    raw = "自 2016年以来，全县累计投入资金 3.2 亿元，完成 1—9 月份任务的 91.5%。\n"
    assert texts(raw) == ["自2016年以来，全县累计投入资金3.2亿元，完成1—9月份任务的91.5%。"]


def test_ascii_punctuation_in_chinese_text_becomes_full_width():
    raw = ("踏上新征程,我们要实施“1+10”惠企政策;建设直径3.5米的隧道,PM2.5浓度下降10%,"
           "详见http://www.example.gov.cn/a,b.html。达标率为81.7%,较上年提高2.1个百分点!\n")
    (out,) = texts(raw)
    assert out.startswith("踏上新征程，我们要实施“1+10”惠企政策；建设直径3.5米的隧道，PM2.5浓度下降10%，")
    assert "http://www.example.gov.cn/a,b.html" in out
    assert "达标率为81.7%，较上年提高2.1个百分点！" in out
    assert not re.search(r"[\u4e00-\u9fff][,;:!?][\u4e00-\u9fff“”]", out)


def test_parenthesised_heading_numbers_become_full_width():
    assert texts("(三) 产业升级步伐继续加快。农业生产提质增效。\n") == ["（三）产业升级步伐继续加快。农业生产提质增效。"]


def test_letter_spaced_shaped_text_is_closed_up():
    raw = "全力推动\n全 面 振 兴 、\n全方位振\n兴 的 新\n局面！\n"
    assert texts(raw) == ["全力推动全面振兴、全方位振兴的新局面！"]


# --- duplicates ---------------------------------------------------------------------------------


def test_paragraph_appended_twice_is_removed_from_the_second_copy():
    first = "扎实推进乡村振兴。将产业振兴摆在首要位置，逐步做大做优县域经济。支持社会力量在农村投资创业，带动农民增收。"
    second = "推进基础设施建设。新建农村公路300公里，改造公共厕所52座。"
    c = clean(f"{first}\n{second}{first}\n")
    assert [b.text for b in c.blocks] == [first, second]
    assert any(a.rule == "dedupe.sentences" and a.text == first for a in c.report)


def test_run_repeated_after_a_page_break_is_removed_and_gap_marked():
    earlier = ("力争到2025年，全市高技术制造业占比提高5%。健全创新激励保障机制，构建企业主导的产学研联盟，"
               "加快科技成果转化。")
    raw = (f"{earlier}\n\n6月1日，某石化公司新项目实现中交，将推动企业从“燃料型”向“材料型”"
           "高技术制造业占比提高5%。健全创新激励保障机制，构建企业主导的产学研联盟，加快科技成果转化。\n")
    c = clean(raw)
    assert c.blocks[1].text == "6月1日，某石化公司新项目实现中交，将推动企业从“燃料型”向“材料型”……"
    assert {"dedupe.sentences", "mark.truncated"} <= {a.rule for a in c.report}


def test_legitimately_repeated_phrase_is_kept():
    a = "开展“城市管理年”活动，完善城市管理和公共服务，积极推动城市更新，建设生态宜居城市，让群众更满意。"
    b = "今后五年，我们将完善城市管理和公共服务，积极推动城市更新，建设生态宜居城市，让百姓生活越来越幸福。"
    assert texts(f"{a}\n\n{b}\n") == [a, b]


def test_fragment_printed_twice_across_a_page_break_is_joined_once():
    raw = "要坚持实事求是，坚决杜绝数据造假、弄虚作假。\n\n虚作假问题发生。\n"
    c = clean(raw)
    assert [b.text for b in c.blocks] == ["要坚持实事求是，坚决杜绝数据造假、弄虚作假问题发生。"]
    assert any(a.rule == "dedupe.overlap" for a in c.report)


# --- an article interrupted by another ------------------------------------------------------------


def test_article_interrupted_by_another_is_reassembled():
    raw = "\n\n".join([
        "稳中求进 做好产业升级大文章",
        "今年以来，某市聚焦传统产业改造升级，全力推进项目建设。",
        "在培育壮大新兴产业方面，某市聚焦新能源、新材料、",
        "某市：奋力谱写高质量发展新篇章",
        "本报记者 王明",
        "今年以来，某市经济运行稳中向好，主要指标增速位居全省前列。",
        "新装备，打造三条百亿级产业链。",
        "截至5月底，全市已实施新兴产业项目16项，总投资61亿元。",
        "守护绿水青山 共建美丽家园",
        "本报记者 王明",
        "全市空气质量优良天数为299天。",
    ])
    c = clean(raw)
    out = [b.text for b in c.blocks]
    assert "在培育壮大新兴产业方面，某市聚焦新能源、新材料、新装备，打造三条百亿级产业链。" in out
    # the interrupting article's opening now leads into the interrupted section, which keeps its column
    assert out.index("某市：奋力谱写高质量发展新篇章") < out.index("稳中求进 做好产业升级大文章")
    assert out.index("截至5月底，全市已实施新兴产业项目16项，总投资61亿元。") < out.index("守护绿水青山 共建美丽家园")
    assert "join.interrupted_article" in {a.rule for a in c.report}


# --- furniture ---------------------------------------------------------------------------------


def test_english_banner_and_its_chinese_line_are_furniture():
    raw = "\n\n庆祝建市七十周年\nCelebrating the 70th Anniversary\nof the City\n\n奋力开创发展新局面\n\n某市市委书记 李华\n"
    c = clean(raw)
    assert [b.text for b in c.blocks] == ["奋力开创发展新局面", "某市市委书记 李华"]
    assert {"furniture.english_banner", "furniture.banner"} <= {a.rule for a in c.report}


def test_gazette_toc_masthead_and_back_matter_are_removed():
    raw = "\n\n".join([
        "某县人民政府公报", "2022", "第3期", "目 录", "- 某县人民政府关于加强耕地保护的通知 3",
        "- 某县2021年国民经济和社会发展统计公报 9", "主 编:", "张三", "地址:", "某县政府路1号",
        "电话:0421-1234567", "E-mail:", "gb@example.cn", "印刷:", "某县印刷厂",
        "某县人民政府文件", "县政发〔2022〕5号", "某县人民政府关于加强耕地保护的通知",
        "各乡镇人民政府：", "为切实加强耕地保护，现就有关事项通知如下。",
        "《某县人民政府公报》简介", "《某县人民政府公报》是县政府主办的政务性刊物，每月一期。",
    ])
    c = clean(raw, "某县人民政府公报 2022年第3期")
    out = [b.text for b in c.blocks]
    assert out == ["某县人民政府文件", "县政发〔2022〕5号", "某县人民政府关于加强耕地保护的通知", "各乡镇人民政府：",
                   "为切实加强耕地保护，现就有关事项通知如下。"]
    found = {a.rule for a in c.report}
    assert {"furniture.toc", "furniture.masthead", "furniture.back_matter", "furniture.page_number"} <= found


def test_page_numbers_and_running_headers_of_a_pdf_are_removed():
    page = "某市2022年国民经济和社会发展统计公报"
    body = ["全年全市地区生产总值1234.5亿元，比上年增长5.2%。", "第一产业增加值156.3亿元，增长3.1%。",
            "第二产业增加值456.7亿元，增长6.0%。", "第三产业增加值621.5亿元，增长5.1%。"]
    raw = ""
    for n, para in enumerate(body, 1):
        raw += f"{page}\n\n{para}\n\n- {n} -\n\n"
    c = clean(raw)
    # the copy above the first page's text is the document's title; the others are page furniture
    assert [b.text for b in c.blocks] == [page, *body]
    assert {"furniture.running_header", "furniture.page_number"} <= {a.rule for a in c.report}


def test_decorative_line_is_removed():
    assert texts("＊　＊　＊\n\n全年粮食产量达到60亿斤。\n") == ["全年粮食产量达到60亿斤。"]


# --- properties --------------------------------------------------------------------------------

CJK_CHARS = st.sampled_from(list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
                                 "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现"))
PIECES = st.one_of(CJK_CHARS, st.sampled_from(["，", "。", "、", "：", "；", "“", "”", " ", "\u3000", "\n", "\n\n",
                                              "1", "2.5", "%", "亿元", ",", ":", "(", ")", "一、", "（二）", "A"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=120).map("".join))
def test_cleaning_never_drops_chinese_characters_without_a_record(raw):
    c = clean(raw)
    kept = Counter(CJK_RE.findall("".join(b.text for b in c.blocks)))
    removed = Counter(CJK_RE.findall("".join(a.text for a in c.report if a.action == "removed" or
                                             a.rule == "dedupe.overlap")))
    assert kept + removed == Counter(CJK_RE.findall(raw))


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=120).map("".join))
@example("，的的的下\n\n于生\n\n一")  # (a join that made the block before continue into the longer one, found once)
def test_cleaning_is_idempotent(raw):
    once = [b.text for b in clean(raw).blocks]
    twice = [b.text for b in clean("\n\n".join(once)).blocks]
    assert twice == once


def test_web_page_furniture_is_removed():
    raw = "\n\n".join([
        "首页 > 新闻中心 > 工作动态", "某市召开优化营商环境工作推进会", "发布时间：2022-05-06 09:30　来源：某市日报　作者：",
        "【字体：大 中 小】", "5月5日，某市召开优化营商环境工作推进会。会议要求，全年新增市场主体1.2万户。",
        "打印本页 关闭窗口", "分享到：", "上一篇：某市启动春季植树活动", "下一篇：某市举办就业招聘会", "责任编辑：王丽",
    ])
    c = clean(raw)
    assert [b.text for b in c.blocks] == ["某市召开优化营商环境工作推进会",
                                          "5月5日，某市召开优化营商环境工作推进会。会议要求，全年新增市场主体1.2万户。"]
    assert sum(a.rule == "furniture.web" for a in c.report) >= 6


def test_a_page_line_with_the_page_count_is_furniture_even_inside_a_sentence():
    # a print file copied to text, hard-wrapped: "第 n 页 共 m 页" in the middle of a sentence, the next page after it
    raw = ("在全镇林业工作会议上的讲话\n\n　　今年以来，全镇坚持生态优先，\n持续推进国土绿化行动，全镇今年完\n"
           "成人工造林和退化林修复1.6万亩，\n\n第 2 页 共 7 页\n\n森林覆盖率达到61.3%，比上年提\n高0.8个百分点。\n"
           "　　明年计划新建机耕路38公里。\n\n共7页 第3页\n")
    assert texts(raw) == ["在全镇林业工作会议上的讲话", "今年以来，全镇坚持生态优先，持续推进国土绿化行动，全镇今年完成人工造林"
                          "和退化林修复1.6万亩，森林覆盖率达到61.3%，比上年提高0.8个百分点。", "明年计划新建机耕路38公里。"]
    assert rules(raw).count("furniture.page_number") == 2
    # a sentence that only mentions pages is text
    assert texts("　　该报告第3页共列出12项问题。\n") == ["该报告第3页共列出12项问题。"]
