"""English of a public cultural services statistical bulletin's and a grain purchase season's key figures and section
heads (holdout73): the vocabulary of metric_vocab/public_culture.py (YB 23-12, 23-16, 23-21, 23-23, 23-25, 23-28; GWR
2013/128, 2022/538, 2022/410; the rest project renderings) and genre_headings.py. Terms chosen for these tests, not
the documents' rows."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("公共图书馆总流通人次", "visits to public libraries"),
    ("书刊文献外借册次", "loans of books and periodicals"),
    ("艺术表演团体演出场次", "performances by art performance troupes"),
    ("有线电视实际用户", "actual users of cable TV"),
    ("不可移动文物", "immovable cultural relics"),
    ("国家级代表性传承人", "national-level representative bearers of intangible cultural heritage"),
    ("人均文化事业费", "government spending on cultural programs per person"),
    ("国有粮食企业收购", "purchases by state-owned grain enterprises"),
    ("收购最低收购价中晚稻", "mid- and late-season rice purchased at the minimum purchase price"),
    ("粮食日烘干能力", "daily grain drying capacity"),
    ("出糙率", "husked rice yield"),
])
def test_public_culture_and_grain_season_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("二、公共图书馆", "II. Public Libraries"),
    ("四、博物馆", "IV. Museums"),
    ("七、广播电视", "VII. Radio and Television"),
    ("八、非物质文化遗产保护", "VIII. Protection of Intangible Cultural Heritage"),
])
def test_culture_bulletin_section_heads(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and (tr.status, tr.text) == ("derived", en)
