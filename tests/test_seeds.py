"""Every seed, end to end through clean and structure: documents, titles, headings, and no lost text.

Expectations were written by reading the raw seed texts, not by running the code.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from build_tools.clean.furniture import MASTHEAD_RE
from build_tools.pipeline import process
from tests.textcheck import duplicated_sentences, lost_lines

SEEDS = sorted(Path("seeds").glob("*.txt"))
CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
FOLD = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）",
                      "\u3000": "", " ": "", "\t": "", "\n": "", "\r": ""})


@pytest.fixture(scope="module")
def sources():
    return {p.stem: process(p, with_extract=False) for p in SEEDS}


def test_every_seed_has_metadata_and_builds(sources):
    assert len(SEEDS) == 5
    for slug, src in sources.items():
        assert src.documents, slug
        assert src.meta.date and src.meta.region and src.meta.kind and src.meta.source, slug


def titles(src):
    return [d.title for d in src.documents]


def headings(doc, level=None):
    return [p.text for p in doc.paragraphs if p.heading and (level is None or p.heading == level)]


def test_newspaper_page_with_four_articles(sources):
    src = sources["2019-chaoyang-opening-up-page"]
    t = titles(src)
    assert len(t) == 4
    assert t[0] == "“161”开放平台汇聚发展新动能"
    assert t[2:] == ["贫困发生率大幅下降", "城乡生态环境明显改善"]
    assert not headings(src.documents[0])  # a short first line of a wrapped paragraph is not a heading
    main = src.documents[1]
    assert main.title_inferred and main.title.startswith("在党的领导下")
    assert headings(main, 1) == [
        "用习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作，牢牢把握朝阳全面振兴、全方位振兴的正确方向",
        "以项目为中心、以项目为王，全力实施“161”工程，为朝阳全面振兴、全方位振兴注入强劲动力",
        "牢固树立以人民为中心的发展思想，全力打好“三大攻坚战”，让全市人民共享全面振兴、全方位振兴成果",
        "全面从严治党，营造良好政治生态，为朝阳全面振兴、全方位振兴提供坚强保障",
    ]
    # the page banner is furniture, recorded
    assert any(a.rule == "furniture.banner" and "砥砺奋进" in a.text for a in src.report)
    # letter-spaced closing lines and page-broken sentences are whole again
    body = "".join(p.text for d in src.documents for p in d.paragraphs)
    assert "全力铸就朝阳全面振兴、全方位振兴的新辉煌！" in body
    assert "每年实施5000万元以上建设项目200个以上" in body
    assert "各级自然保护区（小区）19处，面积19万公顷，数量和面积均为全省第一；" in body


def test_feature_with_packed_paragraphs_and_two_part_headings(sources):
    src = sources["2019-chaoyang-revitalization-feature"]
    assert titles(src) == ["推进全面振兴全方位振兴 振兴路上新朝阳"]
    doc = src.documents[0]
    assert headings(doc, 1) == ["实施开放合作 助力经济腾飞", "落实扶贫机制 走向全面小康", "创新工作机制 提升服务水平"]
    assert doc.paragraphs[-1].role == "note" and doc.paragraphs[-1].text == "数据来源：中共朝阳市委宣传部"


def test_word_segmented_work_report(sources):
    src = sources["2019-chaoyang-work-report-tasks"]
    doc = src.documents[0]
    assert doc.title == "2019年工作安排"
    assert headings(doc, 1) == ["一、以项目为中心和重心，不断培育新增长点", "二、深化改革创新，全力营造良好的投资发展环境",
                                "三、着力调整产业结构，推动经济高质量发展", "四、坚持统筹协调，加快推进城乡建设"]
    texts = [p.text for p in doc.paragraphs]
    assert "主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长7%，固定资产投资增长8%，" in texts[2]
    assert "全力实施“161”重点工程" in texts[1]
    # the paragraph pasted twice (once appended to the next paragraph) appears once
    assert sum(t.count("扎实推进乡村振兴。") for t in texts) == 1
    assert texts[-1].endswith("城乡新建和改造公共厕所67座。")


def test_liaoyang_page_articles_bylines_and_interruption(sources):
    src = sources["2021-liaoyang-centenary-page"]
    assert titles(src) == ["奋力开创辽阳振兴发展新局面", "辽阳：塑造新优势 谋求新突破", "携手奔小康 幸福日子长",
                           "守护生态 共筑美好家园"]
    assert [d.byline for d in src.documents] == ["辽阳市委书记 霍步刚", "本报记者 郑有胜", "本报记者 郑有胜",
                                                 "本报记者 郑有胜"]
    feature = src.documents[1]
    assert headings(feature, 1) == ["笃定目标 做好结构调整“三篇大文章”", "牢记嘱托 推动民营经济快速发展"]
    texts = [p.text for p in feature.paragraphs]
    assert "在培育壮大“新字号”方面，辽阳市聚焦新兴产业、新业态、新模式，以数字化提升、绿色化改造为抓手，" \
           "引领壮大战略性新兴产业，打造新材料及生物医药、节能环保、电子信息技术应用产业链。" in texts
    assert any(t.startswith("5月31日，辽宁三三工业有限公司传来好消息：由企业自主研发的") for t in texts)
    # the English banner and its Chinese line are furniture
    rules = {a.rule for a in src.report}
    assert {"furniture.english_banner", "furniture.banner", "join.interrupted_article", "dedupe.sentences"} <= rules
    assert "The 100th" not in "".join(p.text for d in src.documents for p in d.paragraphs)


def test_gazette_notice_plan_and_speech(sources):
    src = sources["2023-chaoyang-gazette-10"]
    notice, plan, speech = src.documents
    assert notice.title == "朝阳市人民政府办公室关于印发朝阳市深化农村公路管理养护体制改革实施方案的通知"
    assert notice.doc_number == "朝政办发〔2023〕30号"
    assert notice.issuer == "朝阳市人民政府办公室"
    assert notice.signed == "2023-10-07" and notice.date == "2023-10-07"
    assert [p.role for p in notice.paragraphs] == ["addressee", "body", "signature", "date", "note"]
    assert plan.title == "朝阳市深化农村公路管理养护体制改革实施方案"
    assert plan.parent == notice.id and plan.genre == "plan"
    assert headings(plan, 1) == ["一、总体要求", "二、工作目标", "三、工作任务", "四、保障措施"]
    assert "（一）指导思想" in headings(plan, 2)
    run_in = [p for p in plan.paragraphs if p.run_in]
    assert run_in[0].text == "1.加强市级统筹、政策支持和监督指导。" and run_in[0].heading == 3
    assert speech.title.startswith("谢卫东同志在市政府第十二届四次全体（扩大）会议暨") and speech.title.endswith("讲话")
    assert speech.speaker == "谢卫东" and speech.date == "2023-10-31" and speech.genre == "speech"
    assert "（一）经济运行保持良好增势。" in headings(speech, 2)
    assert "（三）产业升级步伐继续加快。" in headings(speech, 2)  # ASCII "(三) " in the source
    body = "".join(p.text for p in speech.paragraphs)
    assert "坚决杜绝数据造假、弄虚作假问题发生。" in body
    rules = Counter(a.rule for a in src.report)
    assert rules["furniture.toc"] >= 4 and rules["furniture.masthead"] >= 10 and rules["furniture.back_matter"] >= 4


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_no_cleaning_symptoms_in_body_text(path):
    src = process(path, with_extract=False)
    for doc in src.documents:
        for p in doc.paragraphs:
            if p.heading:
                continue
            assert not re.search(f"[{CJK}][ \t\u3000]+[{CJK}]", p.text), p.text
            assert not re.search(f"[{CJK}][,;:!?][{CJK}“”]", p.text), p.text
            assert not re.search(f"[{CJK}] +\\d|\\d +[{CJK}]", p.text), p.text
            assert not MASTHEAD_RE.match(p.text) and not re.match(r"^[-•]\s", p.text), p.text
            assert re.search(f"[{CJK}]", p.text), p.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_content_line_survives_or_is_recorded(path):
    """Each raw line of 8+ Chinese characters is in the output, or inside a recorded removal."""
    assert not lost_lines(process(path, with_extract=False), path.read_bytes(), path.name)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_no_sentence_is_duplicated(path):
    assert not duplicated_sentences(process(path, with_extract=False))
