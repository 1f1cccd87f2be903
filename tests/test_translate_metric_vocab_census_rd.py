"""English of the economic census and science funding vocabulary (issue 12: metric_vocab/economic_census.py and the
R&D funding entries of metric_vocab/science.py, after held-out set 19). Names written for the test, combining the
heads, industries and performers differently from the held-out documents; expected English read by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.metric_vocab.economic_census import (
    ECONOMIC_CENSUS_EXACT,
    ECONOMIC_CENSUS_HEADS,
    ECONOMIC_CENSUS_SUBJECTS,
)
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("文化、体育和娱乐业法人单位", "corporate units in culture, sports and entertainment"),
    ("住宿和餐饮业个体经营户", "self-employed individual businesses in accommodation and catering"),
    ("租赁和商务服务业产业活动单位", "establishments in leasing and business services"),
    ("私营企业占全部法人单位", "share of private enterprises in all corporate units"),
    ("港澳台投资企业", "enterprises with funds from Hong Kong, Macao and Taiwan"),
    ("水利、环境和公共设施管理业从业人员",
     "persons employed in water conservancy, environment and public facilities management"),
    ("内资企业所占比重", "share of domestic enterprises"),
])
def test_economic_census_names(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("高等学校R&D经费", "research and development spending of higher education institutions"),
    ("政府属研究机构R&D经费", "research and development spending of government research institutions"),
    ("电气机械和器材制造业R&D经费", "research and development spending of electrical machinery and apparatus "
                                  "manufacturing"),
    ("基础研究经费占R&D经费", "share of basic research spending in R&D spending"),
    ("试验发展经费的比重", "share of experimental development spending"),
    ("财政科学技术支出所占比重", "share of government expenditure on science and technology"),
    ("研究与试验发展经费", "R&D spending"),
    ("医药制造业R&D经费投入强度", "R&D intensity of pharmaceutical manufacturing"),
    ("县本级财政科学技术支出", "government expenditure on science and technology at the county level"),
])
def test_science_funding_names(zh: str, en: str) -> None:
    assert metric_en(zh) == en


def test_every_entry_names_its_source() -> None:
    for table in (ECONOMIC_CENSUS_EXACT, ECONOMIC_CENSUS_SUBJECTS):
        assert all(src for _en, src in table.values())
    assert all(src for _with, _alone, src in ECONOMIC_CENSUS_HEADS.values())
