"""Projects named after their company (names.py project_en), as key-figure subjects. Expectations written by hand:
the place in Pinyin, the trade in the companies' own English, "Phase II" for 二期."""

import pytest

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import name_en
from build_tools.translate.rows import figure_row


@pytest.mark.parametrize(("zh", "en"), [
    ("青岩铝业二期项目", "Qingyan Aluminum Phase II Project"),
    ("晨光新材料三期项目", "Chenguang New Materials Phase III Project"),
    ("石梁风电项目", "Shiliang Wind Power Project"),
    ("栖川化工集团有限公司项目", "Qichuan Chemical Group Co., Ltd. Project"),
])
def test_company_projects(zh: str, en: str) -> None:
    assert name_en(zh, get_glossary()) == en


@pytest.mark.parametrize("zh", [
    "华润石梁风电项目",  # a brand (China Resources) is not guessed
    "某某铝业项目",
    "城市更新项目",  # a programme, not a company
    "青岩铝业有限公司年产20万吨铝板带项目",  # named after its product: not read
])
def test_other_projects_stay_chinese(zh: str) -> None:
    assert name_en(zh, get_glossary()) is None


def test_project_as_a_row_subject() -> None:
    fig = Figure(metric="项目建成后可新增年产值", value=12, unit="亿元", sentence="s", paragraph="p1",
                 subject="青岩铝业二期项目", status="forecast")
    assert figure_row(fig, get_glossary(), Context()).text == (
        "Qingyan Aluminum Phase II Project — new annual output value on completion: CNY 1.2 billion (estimate)")
