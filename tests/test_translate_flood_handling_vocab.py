"""English of a flood control and drought relief summary and of a report on handling deputies' suggestions and CPPCC
members' proposals (held-out set 32): names written for these tests, expectations read from the official renderings
and project renderings cited in metric_vocab/flood.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import _own_level_body


@pytest.mark.parametrize(("zh", "english"), [
    ("洪峰水位", "flood peak water level"),
    ("超警戒水位", "height above the warning level"),
    ("距平", "departure from the normal"),
    ("病险水库除险加固", "dilapidated reservoirs reinforced"),
    ("治理中小河流", "small and medium-sized rivers harnessed"),
    ("转移避险群众", "people relocated out of danger"),
    ("下达救灾资金", "disaster relief funds allocated"),
])
def test_flood_control_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("人大代表建议", "suggestions of people's congress deputies"),
    ("政协委员提案", "proposals of CPPCC members"),
    ("按期办结率", "share handled on time"),
    ("答复率", "reply rate"),
    ("主办件", "cases as lead unit"),
])
def test_handling_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_body_of_the_own_region_named_by_its_level():
    assert _own_level_body("县交通运输局") == "County Transport Bureau"
    assert _own_level_body("市住房和城乡建设局") == "Municipal Housing and Urban-Rural Development Bureau"
    assert _own_level_body("县城投集团") is None


def test_the_handling_of_suggestions_and_proposals_in_a_title():
    from build_tools.model import Document
    from build_tools.translate.names import get_glossary
    from build_tools.translate.titles import TitleRenderer, title_english

    title = "岚溪县人民政府关于2024年度县人大代表建议和县政协委员提案办理情况的报告"
    doc = Document(id="d", title=title, date="2024-12-20", genre="report", paragraphs=[])
    got = title_english(doc, TitleRenderer(get_glossary(), "2024"), "岚溪县")
    assert got is not None and got.text.endswith(
        "on the Handling of the Suggestions of People's Congress Deputies and Proposals of CPPCC Members in 2024")
