"""Extractive summaries: sentence splitting, summary properties and sensible picks on real documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.extract.summary import (
    document_sentences,
    is_goal_heading,
    rank_sentences,
    split_sentences,
    summarize,
    summary_size,
)
from build_tools.model import Document, Paragraph

FIXTURES = Path(__file__).parent / "fixtures" / "summary"
ROOT = Path(__file__).resolve().parent.parent


def load(name: str) -> Document:
    """A fixture: one paragraph per line, "## " marks a heading, "# " lines are comments."""
    paragraphs: list[Paragraph] = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        heading = line.startswith("## ")
        paragraphs.append(Paragraph(id=f"p{len(paragraphs) + 1}", text=line[3:] if heading else line,
                                    heading=1 if heading else 0, role="heading" if heading else "body"))
    return Document(id=name.split(".")[0], title=name, paragraphs=paragraphs)


def check_properties(doc: Document, summary: list[str]) -> None:
    bodies = [p.text for p in doc.body()]
    positions = []
    for sentence in summary:
        where = [(i, text.index(sentence)) for i, text in enumerate(bodies) if sentence in text]
        assert where, f"not a substring of a body paragraph: {sentence}"
        positions.append(where[0])
        assert sentence[-1] in "。！？!?”’」）)"  # a whole sentence
    assert positions == sorted(positions)  # reading order
    assert len(set(summary)) == len(summary)


# --- sentence splitting -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("他说：“我们一定能完成任务！”随后离开。", ["他说：“我们一定能完成任务！”", "随后离开。"]),
    ("地区生产总值增长6.5%，城镇登记失业率控制在4.5%以内。主要目标能否实现？能！",
     ["地区生产总值增长6.5%，城镇登记失业率控制在4.5%以内。", "主要目标能否实现？", "能！"]),
    ("　　当前，朝阳正按照要求推进。　　如今，在朝阳每个县都有开发区。",
     ["当前，朝阳正按照要求推进。", "如今，在朝阳每个县都有开发区。"]),
    ("坚持项目为王，为高质量发展积蓄力量", ["坚持项目为王，为高质量发展积蓄力量"]),
    ("真的吗？！是的。", ["真的吗？！", "是的。"]),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("n", "k"), [(1, 1), (2, 2), (3, 3), (12, 3), (13, 4), (40, 4), (41, 5), (300, 5)])
def test_summary_size(n: int, k: int) -> None:
    assert summary_size(n) == k


def test_goal_headings() -> None:
    assert is_goal_heading("二、工作目标") and is_goal_heading("（二）主要目标") and is_goal_heading("发展目标")
    assert not is_goal_heading("（一）咬住目标，坚决完成年度指标任务")
    assert not is_goal_heading("三、工作任务")


# --- properties ---------------------------------------------------------------------------------------------------

def test_plan_summary_properties_and_goals() -> None:
    doc = load("plan_rural_roads.txt")
    n = len(document_sentences(doc))
    assert n > 40
    summary = summarize(doc)
    assert len(summary) == 5
    check_properties(doc, summary)
    # a plan's summary states its goals (the sentences under 二、工作目标)
    assert any(s.startswith("2023年基本建立权责清晰") for s in summary)
    assert any(s.startswith("到2035年，全面建成体系完备") for s in summary)
    # bracketed notes are never chosen, headings never appear
    assert not any(s.startswith("（责任单位") for s in summary)
    assert not set(summary) & {p.text for p in doc.paragraphs if p.heading}


def test_news_summary_picks_the_key_result() -> None:
    doc = load("news_poverty.txt")
    summary = summarize(doc)
    assert len(summary) == 3  # 6 sentences: a short document
    check_properties(doc, summary)
    sentences = document_sentences(doc)
    order, _ = rank_sentences(sentences)
    top = sentences[order[0]].text
    # the best sentence is the outcome: counties, villages and people lifted out of poverty, incidence down to 1.7%
    assert top.startswith("截至 2018 年年底，朝阳全市共完成了4个贫困县摘帽") and "下降到1.7%" in top
    assert top in summary


def test_notice_summary_is_its_decision() -> None:
    decision = "经市政府同意，现将《朝阳市深化农村公路管理养护体制改革实施方案》印发给你们，请结合实际，认真组织实施。"
    doc = Document(id="notice", title="朝阳市人民政府办公室关于印发朝阳市深化农村公路管理养护体制改革实施方案的通知",
                   paragraphs=[
                       Paragraph(id="p1", text="各县（市）区人民政府，市政府各部门，市直各单位：", role="addressee"),
                       Paragraph(id="p2", text=decision),
                       Paragraph(id="p3", text="朝阳市人民政府办公室", role="signature"),
                       Paragraph(id="p4", text="2023年10月7日", role="date"),
                       Paragraph(id="p5", text="（此件公开发布）", role="note"),
                   ])
    assert summarize(doc) == [decision]


def test_near_duplicate_paragraphs_are_not_both_chosen() -> None:
    doc = load("news_poverty.txt")
    repeated = doc.paragraphs[-1].text
    doc.paragraphs.append(Paragraph(id="p99", text=repeated))  # newspaper pages repeat paragraphs
    summary = summarize(doc)
    assert len(summary) == len(set(summary))
    assert len(summary) == 3


def test_captions_notes_and_form_fields_are_no_summary_sentences() -> None:
    """A table caption left in the body, a note and a line of form fields state nothing a reader needs first: the
    summary is made of the statements (written for this test)."""
    texts = [
        "2025年，全市规模以上工业增加值增长6.8%，其中高技术制造业增加值增长12.4%，拉动全市工业增长2.1个百分点。",
        "表2 2025年分行业规模以上工业增加值增长情况（按行业增速排序）",
        "注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
        "牵头单位：市工业和信息化局；完成时限：2025年12月底前完成。",
        "全年新增规模以上工业企业86家，总数达到1260家，工业投资增长9.5%。",
        "全市规模以上工业企业实现营业收入3820亿元，增长7.1%；利润总额205亿元，增长4.3%。",
        "全市工业用电量增长8.2%，高于全社会用电量增速1.5个百分点。",
    ]
    doc = Document(id="t", title="t", paragraphs=[Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    summary = summarize(doc)
    assert summary and not any(s.startswith(("表2", "注：", "牵头单位")) for s in summary)


def test_empty_and_heading_only_documents() -> None:
    assert summarize(Document(id="e", title="e")) == []
    only_heading = Document(id="h", title="h", paragraphs=[Paragraph(id="p1", text="一、总体要求", heading=1)])
    assert summarize(only_heading) == []


def test_deterministic_across_hash_seeds() -> None:
    code = (
        "import json, sys; sys.path.insert(0, 'tests'); from test_summary import load; "
        "from build_tools.extract.summary import summarize; "
        "print(json.dumps([summarize(load(n)) for n in ('plan_rural_roads.txt', 'news_poverty.txt')]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # a hash seed other than this process's
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    here = [summarize(load(n)) for n in ("plan_rural_roads.txt", "news_poverty.txt")]
    assert json.loads(run.stdout) == here
    assert here == [summarize(load(n)) for n in ("plan_rural_roads.txt", "news_poverty.txt")]
