"""Structure rules on short documents written for the purpose (other genres, Traditional script)."""

from __future__ import annotations

from pathlib import Path

from build_tools.clean import clean
from build_tools.model import Block, Metadata, Source
from build_tools.structure import build

FIXTURES = Path(__file__).parent / "fixtures" / "structure"


def structure(raw: str, kind: str = "notice") -> Source:
    src = Source(slug="t", path="t.txt", encoding="utf-8", meta=Metadata(date="2022", region="某市", kind=kind,
                                                                        source="某市文件"))
    return build(src, clean(raw).blocks)


def test_traditional_notice_is_read_like_a_simplified_one():
    raw = "\n\n".join(["某市人民政府辦公室文件", "某政辦發〔2022〕8號", "某市人民政府辦公室關於加強耕地保護的通知",
                       "各縣（市）區人民政府，市政府各部門：", "經市政府同意，現就有關事項通知如下。",
                       "某市人民政府辦公室", "2022年3月1日", "（此件公開發布）"])
    (doc,) = structure(raw).documents
    assert doc.title == "某市人民政府辦公室關於加強耕地保護的通知"
    assert (doc.doc_number, doc.issuer, doc.signed, doc.genre) == ("某政辦發〔2022〕8號", "某市人民政府辦公室",
                                                                   "2022-03-01", "notice")
    assert [p.role for p in doc.paragraphs] == ["addressee", "body", "signature", "date", "note"]


def test_numbered_lines_with_nothing_under_them_are_list_items():
    raw = "\n\n".join(["某县关于公布第一批示范项目的通知", "经研究，现将第一批示范项目公布如下。", "一、农业类",
                       "1.高标准农田建设项目", "2.设施农业项目", "二、工业类", "3.技术改造项目"])
    (doc,) = structure(raw).documents
    assert [p.text for p in doc.paragraphs if p.heading] == ["一、农业类", "二、工业类"]


def test_attachment_is_its_own_document_with_a_parent():
    raw = "\n\n".join(["某县人民政府关于印发某县节水行动方案的通知", "现将《某县节水行动方案》印发给你们，请认真贯彻执行。",
                       "附件：某县节水行动方案", "某县人民政府", "2022年5月6日", "附件", "某县节水行动方案",
                       "为推进节约用水，制定本方案。", "一、主要目标", "到2025年，万元生产总值用水量下降16%。"])
    notice, plan = structure(raw).documents
    assert plan.title == "某县节水行动方案" and plan.parent == notice.id and plan.genre == "plan"
    assert notice.signed == "2022-05-06"


def test_table_rows_become_one_table_paragraph_with_cells():
    raw = "全县主要指标如下。\n表1 主要经济指标\n指标 绝对数 增长（%）\n地区生产总值（亿元） 286.4 4.6\n一般公共预算收入（亿元） 15.8 6.7\n"
    (doc,) = structure(raw, "statistics").documents
    table = [p for p in doc.paragraphs if p.role == "table"]
    assert len(table) == 1
    assert table[0].cells == [["指标", "绝对数", "增长（%）"], ["地区生产总值（亿元）", "286.4", "4.6"],
                              ["一般公共预算收入（亿元）", "15.8", "6.7"]]
    assert [p.role for p in doc.paragraphs if "表1" in p.text] == ["caption"]


# One document stays one document: numbered sections of a communiqué, report or plan never start another one.

def blocks_of(*items: tuple[str, bool, int, int]) -> list[Block]:
    """Blocks as the cleaner gives them: (text, indented, median line width, physical lines)."""
    return [Block(text=t, lines=(k + 1, k + 1), indented=ind, width=w, n_lines=n) for k, (t, ind, w, n) in
            enumerate(items)]


def built(blocks: list[Block], kind: str = "statistics") -> Source:
    src = Source(slug="t", path="t.txt", encoding="utf-8", meta=Metadata(date="2024-04", region="某市", kind=kind))
    return build(src, blocks)


BODY = "全年全市地区生产总值1286.4亿元，按不变价格计算，比上年增长5.6%。其中，第一产业增加值102.7亿元。"


def test_communique_with_title_like_sections_is_one_document():
    """A web copy of a city communiqué: unnumbered section titles, an indented note, notes at the end."""
    src = structure(FIXTURES.joinpath("2024-anping-statistics-communique.txt").read_text(encoding="utf-8"),
                    "statistics")
    assert [d.title for d in src.documents] == ["安平市2023年国民经济和社会发展统计公报"]
    texts = [p.text for p in src.documents[0].paragraphs]
    assert "注：本公报中部分数据因四舍五入，存在总计与分项合计不等的情况。" in texts
    assert any(t.startswith("资料来源：") for t in texts)
    assert [p.text for p in src.documents[0].paragraphs if p.heading][-2:] == ["固定资产投资", "人民生活和社会保障"]


def test_date_line_before_the_first_section_is_front_matter_not_a_closing():
    src = built(blocks_of(("某市2023年国民经济和社会发展统计公报", False, 30, 1), ("某市统计局", False, 10, 1),
                          ("2024年4月8日", False, 10, 1), ("综合", False, 4, 1), (BODY, False, 38, 3)))
    assert [(d.title, d.signed) for d in src.documents] == [("某市2023年国民经济和社会发展统计公报", "2024-04-08")]


def test_wide_lead_under_a_chapter_of_a_plan_is_no_new_document():
    plan = blocks_of(("某市“十四五”生态环境保护规划", False, 20, 1), (BODY, False, 38, 4),
                     ("第一章　发展基础", False, 8, 1), (BODY * 2, False, 38, 5), (BODY, False, 20, 4),
                     ("专项行动清单", False, 6, 1), (BODY * 2, False, 38, 5), (BODY, False, 20, 4))
    assert [d.title for d in built(plan, "plan").documents] == ["某市“十四五”生态环境保护规划"]


def test_indented_block_in_a_report_is_no_new_document():
    report = blocks_of(("政府工作报告", False, 6, 1), (BODY, False, 38, 3), ("一、2023年工作回顾", False, 10, 1),
                       (BODY, False, 38, 3), (BODY, True, 38, 3), (BODY, False, 38, 3), (BODY, False, 38, 3))
    assert len(built(report, "work-report").documents) == 1


def test_page_of_articles_is_still_cut_at_its_headlines_and_frames():
    """The same layout cues still separate the articles of a newspaper page (titles of no sectioned genre)."""
    page = blocks_of(("老旧小区改造让居民住得更舒心", False, 14, 1), (BODY, False, 38, 3), (BODY, False, 38, 3),
                     ("夜市经济点亮城市烟火气", False, 12, 1), (BODY * 2, False, 38, 5), (BODY, False, 20, 4),
                     (BODY, True, 38, 3), (BODY, False, 38, 3))
    titles = [d.title for d in built(page, "news").documents]
    assert titles[:2] == ["老旧小区改造让居民住得更舒心", "夜市经济点亮城市烟火气"] and len(titles) == 3


GENRES = Path(__file__).parent / "fixtures" / "genres"


def genre_source(name: str) -> Source:
    from build_tools.pipeline import process

    return process(GENRES / f"{name}.txt", with_extract=False)


def test_number_printed_under_the_title_belongs_to_that_document():
    """Web copies print the title above the document number (counted by hand in the fixtures)."""
    (notice,) = genre_source("2024-qichuan-rural-road-maintenance-notice").documents
    assert notice.doc_number == "栖交发〔2024〕18号"
    assert notice.title == "栖川市交通运输局栖川市财政局关于进一步加强农村公路养护管理工作的通知"
    notice, plan = genre_source("2021-zeyuan-ecology-five-year-plan").documents
    assert (notice.doc_number, notice.paragraphs[0].role) == ("泽政发〔2021〕36号", "addressee")
    assert plan.title == "泽源市“十四五”生态环境保护规划" and plan.parent == notice.id


def test_indented_byline_under_a_headline_is_front_matter():
    (article,) = genre_source("2024-qichuan-half-year-economy-news").documents
    assert article.byline.startswith("作者：记者")
    assert article.paragraphs[0].text.startswith("本报讯")


def test_genre_documents_stay_whole():
    counts = {name: len(genre_source(name).documents) for name in (
        "2023-liuxi-economic-work-meeting-speech", "2024-qichuan-environment-bulletin",
        "2024-qichuan-statistics-communique", "2024-shiliang-county-work-report")}
    assert set(counts.values()) == {1}, counts


def test_sectioned_document_still_ends_at_a_closing_or_a_number():
    """A plan in a gazette: its sections stay in it, but the next document (after its date line, or at its own
    document number) is a document of its own."""
    gazette = blocks_of(("某市“十四五”生态环境保护规划", False, 20, 1), (BODY, False, 38, 3),
                        ("一、发展基础", False, 8, 1), (BODY, True, 38, 3), ("某市人民政府", False, 8, 1),
                        ("2021年12月20日", False, 8, 1), ("某市人民政府关于公布第二批名录的通知", False, 20, 1),
                        (BODY, False, 38, 3), ("某政发〔2022〕3号", False, 10, 1),
                        ("某市人民政府关于做好稳就业工作的通知", False, 20, 1), (BODY, False, 38, 3))
    docs = built(gazette, "gazette").documents
    assert [d.title for d in docs] == ["某市“十四五”生态环境保护规划", "某市人民政府关于公布第二批名录的通知",
                                       "某市人民政府关于做好稳就业工作的通知"]
    assert docs[2].doc_number == "某政发〔2022〕3号"


def test_traditional_communique_is_one_document():
    page = blocks_of(("某市2023年國民經濟和社會發展統計公報", False, 20, 1), ("某市統計局", False, 6, 1),
                     ("2024年4月8日", False, 8, 1), ("綜合", False, 4, 1), (BODY, False, 38, 3),
                     ("農業", False, 4, 1), (BODY * 2, False, 38, 5), (BODY, False, 20, 4), (BODY, True, 38, 3))
    assert len(built(page).documents) == 1


def test_number_after_a_short_document_s_closing_starts_the_next():
    page = blocks_of(("某市人民政府关于同意设立某镇的批复", False, 20, 1), ("某政复〔2023〕5号", False, 10, 1),
                     ("同意。", False, 4, 1), ("某市人民政府", False, 8, 1), ("2023年3月1日", False, 8, 1),
                     ("某政复〔2023〕6号", False, 10, 1), ("某市人民政府关于同意撤销某乡的批复", False, 20, 1),
                     (BODY, False, 38, 3))
    docs = built(page, "gazette").documents
    assert [(d.doc_number, d.title) for d in docs] == [("某政复〔2023〕5号", "某市人民政府关于同意设立某镇的批复"),
                                                      ("某政复〔2023〕6号", "某市人民政府关于同意撤销某乡的批复")]


def test_a_photo_caption_is_a_note_and_the_last_point_of_a_list_no_heading():
    """会议现场（记者 王磊 摄） under a news photo is a note, not a heading; 3.新建村级文化广场5个。 ending a list whose
    points end with ； is the list's last point, not a heading over the paragraph after it (holdout12)."""
    raw = "\n\n".join(["某镇2025年政府工作报告", "一、2025年民生实事", "今年将办好以下3件民生实事：", "1.改造农村公路15公里；",
                       "2.新建幸福食堂4个；", "3.新建村级文化广场5个。", "各位代表，让我们共同努力！",
                       "会议现场（记者 王磊 摄）", "会议听取了报告。"])
    (doc,) = structure(raw, kind="work-report").documents
    assert [p.text for p in doc.paragraphs if p.heading] == ["一、2025年民生实事"]
    assert [p.role for p in doc.paragraphs if "摄" in p.text] == ["note"]


def test_a_table_attached_after_the_closing_stays_in_its_document():
    """附表：… after the signature and date is the document's own table (its figures read with the document's
    periods and region), at the top heading level; an attachment headed 附件 with a title is still a document."""
    raw = "\n\n".join(["某市2030年防汛工作总结", "2030年汛期（5月1日至9月30日），全市平均降雨量1100毫米，比常年偏多1成。",
                       "一、主要工作", "（一）及时转移群众。", "汛期全市转移群众3200人次，未发生人员伤亡事故。",
                       "某市防汛抗旱指挥部", "2030年10月20日", "附表：2030年汛期主要雨量站降雨情况",
                       "站名\t降雨量（毫米）", "青石站\t1200.5"])
    (doc,) = structure(raw, kind="report").documents
    table_heading = next(p for p in doc.paragraphs if p.text.startswith("附表"))
    assert table_heading.heading == 1
    assert doc.paragraphs[-1].role == "table"


def test_an_attached_table_whose_heading_runs_into_its_title():
    """附表柘宁县…安排表 (a PDF that lost the colon): still the document's own table."""
    raw = "\n\n".join(["某县2030年度国有建设用地供应计划", "2030年，全县计划供应国有建设用地186.4公顷。",
                       "某县自然资源局", "2030年1月5日", "附表某县2030年度国有建设用地供应计划分季度安排表",
                       "用途\t一季度\t二季度", "工业用地\t20.5\t30.1"])
    (doc,) = structure(raw, kind="plan").documents
    assert [p.role for p in doc.paragraphs][-1] == "table"


def test_a_note_after_the_closing_stays_in_its_document():
    """A bracketed line after the signature and date (a penalty decision's publicity note), or a title-like last
    line with nothing under it, is the document's closing note, never a document of its own."""
    for note in ("（本局将依法向社会公示本决定信息）", "本决定书一式三份"):
        raw = "\n\n".join(["某县市场监督管理局", "行政处罚决定书", "当事人：某某贸易有限公司",
                           "2030年3月2日，本局执法人员对当事人的经营场所进行检查，发现当事人销售过期食品12瓶。",
                           "某县市场监督管理局", "2030年5月20日", note])
        (doc,) = structure(raw).documents
        assert doc.paragraphs[-1].text == note


def test_the_genre_of_a_document_is_read_from_its_title():
    """An issued document's genre comes from its title's last word (a work-points document, a plan or an outline is
    a plan; its covering notice stays a notice), else from the bulletin's kind."""
    from build_tools.structure import _genre

    assert _genre("蔺溪市2026年优化营商环境工作要点", "notice") == "plan"
    assert _genre("蔺溪市2026年重点项目建设计划", "notice") == "plan"
    assert _genre("关于印发《蔺溪市2026年优化营商环境工作要点》的通知", "notice") == "notice"
    assert _genre("关于2025年计划执行情况与2026年计划草案的报告", "notice") == "report"
    assert _genre("我县秋冬种工作进展顺利", "news") == "article"


def test_joint_issuers_signing_one_above_the_other_are_both_signatures():
    """Two issuing bodies on two lines above the date (the party office's name is 17 characters): both are the
    signature and both the issuer (joined by 、), neither a heading."""
    raw = "\n\n".join(["关于印发《某市人才引进实施细则》的通知", "各县（市、区）党委人才工作领导小组，市直各单位：",
                       "现将《某市人才引进实施细则》印发给你们，请结合实际认真贯彻执行。",
                       "中共某某市委人才工作领导小组办公室", "某某市人力资源和社会保障局", "2025年12月22日"])
    (doc,) = structure(raw).documents
    assert [p.role for p in doc.paragraphs] == ["addressee", "body", "signature", "signature", "date"]
    assert not any(p.heading for p in doc.paragraphs)
    assert doc.issuer == "中共某某市委人才工作领导小组办公室、某某市人力资源和社会保障局"


def test_a_numbered_item_opening_with_figures_is_no_run_in_heading():
    # (（二）观光车往返票价40元/人，…不变。购买…: a list item of prices, not a heading and its body; while
    # （一）经济运行保持良好增势。… keeps its run-in heading)
    raw = "\n\n".join(["某景区关于假期门票优惠的公告", "一、门票价格",
                       "（一）观光车往返票价30元/人，索道往返票价80元/人，假期期间价格不变。购买联票的游客节省15元。",
                       "（二）服务保障到位。景区设置医疗点5个。"])
    (doc,) = structure(raw).documents
    assert [p.text for p in doc.paragraphs if p.heading] == ["一、门票价格", "（二）服务保障到位。"]


def test_header_fields_and_a_letterhead_without_wenjian_are_front_matter():
    # a reply to a deputy's proposal: the category over the letterhead (printed without 文件), the signer beside the
    # number (split from it by the layout repair); neither is the title nor a heading
    raw = "\n\n".join(["类别：B", "某县交通运输局", "某交函〔2025〕7号\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000签发人：陈立新",
                       "某县交通运输局关于县十七届人大三次会议第12号建议的答复", "李红代表：",
                       "您提出的关于改善农村客运的建议收悉。经认真研究，现答复如下：", "某县交通运输局", "2025年6月20日"])
    (doc,) = structure(raw, "other").documents
    assert (doc.title, doc.issuer, doc.doc_number) == ("某县交通运输局关于县十七届人大三次会议第12号建议的答复",
                                                       "某县交通运输局", "某交函〔2025〕7号")
    assert not [p.text for p in doc.paragraphs if "类别" in p.text or "签发人" in p.text]
    assert not [p for p in doc.paragraphs if p.heading]


def test_a_field_line_in_the_body_stays_text():
    raw = "\n\n".join(["某市关于公布密级调整事项的通知", "经研究，现将有关事项通知如下。", "密级：内部",
                       "以上事项请遵照执行。"])
    (doc,) = structure(raw).documents
    assert "密级：内部" in [p.text for p in doc.paragraphs]
