"""English of a provincial R&D expenditure bulletin's figures and of a housing provident fund annual report's
policies (held-out set 51): names written for these tests (variants of the fixtures' wording), expectations read from
the official renderings and project renderings cited in metric_vocab/science.py and metric_vocab/provident.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    # an abbreviation in brackets after its term, 共 after the whole region, full-width digits
    ("全市共投入研究与试验发展（R&D）经费", "R&D spending"),
    ("按研究与试验发展（R&D）人员全时工作量计算的人均经费", "R&D spending per full-time equivalent R&D worker"),
    ("１年以上定期", "time deposits of more than one year"),
    ("地方财政科学技术支出", "local government expenditure on science and technology"),
    ("政府属研究机构经费支出所占比重", "share of research and development spending of government research institutions"),
    ("专用设备制造业投入强度", "R&D intensity of special-purpose equipment manufacturing"),
])
def test_rd_bulletin_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("R&D经费超过２０亿元的行业", "industries with R&D spending above CNY 2 billion"),
    ("R&D经费投入超过80亿元的设区市", "cities divided into districts with R&D spending above CNY 8 billion"),
    ("营业收入超过5000万元的企业", "enterprises with business revenue above CNY 50 million"),
    ("R&D经费投入强度超过全省平均水平的设区市",
     "cities divided into districts with R&D spending as a percentage of GDP above the provincial average"),
])
def test_a_class_bounded_by_a_measure(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_bounded_class_of_unknown_words_stays_untranslated() -> None:
    assert metric_en("某某指数超过50亿元的行业") is None
    assert metric_en("R&D经费超过50亿元的某某单元") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("住房公积金缴存比例", "housing provident fund contribution rate"),
    ("月缴存基数上限", "upper limit of the monthly contribution base"),
    ("贷款最高额度", "housing provident fund loan ceiling"),
    ("个人住房贷款最长期限", "longest term of personal housing loans"),
    ("最低首付款比例", "minimum down payment ratio"),
    ("计划归集住房公积金", "planned housing provident fund contributions"),
])
def test_provident_fund_policy_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("2024年岚江省科技经费投入统计公报", "岚江省",
     "Lanjiang Province Statistical Communiqué on Expenditures on Science and Technology in 2024"),
    ("2024年梧江市国民经济和社会发展统计公报", "梧江市",
     "Statistical Communiqué of Wujiang on the 2024 National Economic and Social Development"),
])
def test_a_topics_communique_with_the_year_first(zh: str, region: str, english: str) -> None:
    """The year before the place (2024年岚江省科技经费投入统计公报) names the same topic's communiqué as the place
    before the year; the economy's communiqué keeps its own frame."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary(), year="2025").title(zh, "", region)
    assert title is not None and title.text == english
