"""Notices handing down funds or plans (关于下达…的通知, title_batches.py). Titles invented for these tests; the
English written by hand in the frame's wording (GWR 2019/321 "allocate funds"; batches as land_titles.py says them)."""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("关于下达2027年中央财政衔接推进乡村振兴补助资金（第三批）的通知",
     "Notice on Allocating the Central Government Subsidies for Advancing Rural Revitalization in 2027 (Third Batch)"),
    ("关于提前下达2027年中央财政衔接推进乡村振兴补助资金的通知",
     "Notice on Allocating in Advance the Central Government Subsidies for Advancing Rural Revitalization in 2027"),
    # a plan handed down is still issued
    ("关于下达2027年市级重点项目投资计划的通知", "Notice on Issuing the Investment Plan for Municipal Key Projects in 2027"),
])
def test_funds_handed_down_are_allocated_and_batches_follow(zh: str, en: str) -> None:
    item = TitleRenderer(get_glossary()).title(zh, "", "某省")
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_an_unknown_fund_keeps_its_batch_outside_the_marked_chinese() -> None:
    item = TitleRenderer(get_glossary()).title("关于下达2027年第二批某某某专项资金的通知", "", "某省")
    assert item is not None and item.status == "missing"
    assert item.text.endswith("2027年某某某专项资金] (Second Batch)") and "Allocating" in item.text
