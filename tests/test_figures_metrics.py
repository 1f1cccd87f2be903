"""Naming the metric of a figure: goals, shared units, places alone, shares, names with numbers inside.

Each case is a new sentence written for the test (the style of the genre documents, other names and figures);
the expected metric, kind, direction and unit were written by hand from the sentence.
"""

from __future__ import annotations

import math

from build_tools.extract.figures import extract_figures
from build_tools.model import Document, Figure, Metadata, Paragraph


def figs(*texts: str, date: str = "2024-01-10") -> list[Figure]:
    paras = [Paragraph(id=f"p{i + 1}", text=t) for i, t in enumerate(texts)]
    return extract_figures(Document(id="t", title="", date=date, paragraphs=paras), Metadata(date=date))


def one(found: list[Figure], value: float) -> Figure:
    hits = [f for f in found if math.isclose(f.value, value, abs_tol=1e-6)]
    assert len(hits) == 1, [(f.metric, f.value, f.unit) for f in found]
    return hits[0]


def test_a_goal_compared_with_is_the_goal_of_the_indicator_before_the_verb():
    f = one(figs("受市场需求不足影响，全市规模以上工业增加值增速高于年初确定的5%的预期目标。"), 5)
    assert (f.metric, f.kind, f.status, f.direction) == ("规模以上工业增加值增速", "growth", "target", "up")


def test_a_goal_exceeded_measures_the_change_before_it():
    found = figs("化学需氧量排放总量累计减少12.3%，超额完成市下达的10%的目标任务。")
    goal = one(found, 10)
    assert (goal.metric, goal.kind, goal.status, goal.direction, goal.subject) == (
        "化学需氧量排放总量", "growth", "target", "down", "")
    assert one(found, 12.3).status == "actual"


def test_a_goal_verb_followed_by_the_indicator_is_not_a_comparison():
    f = one(figs("确保完成全年一般公共预算收入增长7%左右的目标。"), 7)
    assert f.metric == "一般公共预算收入" and f.status == "target"


def test_a_unit_written_once_for_a_list_is_each_item_s():
    found = figs("今年1至9月，城镇居民人均可支配收入增速分别快于全国、全省2.1个和1.3个百分点。")
    assert [(f.value, f.unit, f.base_unit, f.kind) for f in found] == [
        (2.1, "个百分点", "percentage point", "growth"), (1.3, "个百分点", "percentage point", "growth")]


def test_a_place_alone_is_the_subject_of_the_indicator_named_before():
    joined = figs("分区域看，东港区一般公共预算收入增长8.2%；西湖区增长5.1%。")
    after_stop = figs("分区域看，东港区一般公共预算收入增长8.2%。柳河县增长5.1%。")
    for found, place in ((joined, "西湖区"), (after_stop, "柳河县")):
        f = one(found, 5.1)
        assert (f.metric, f.subject, f.kind) == ("一般公共预算收入", place, "growth")
