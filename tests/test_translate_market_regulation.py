"""A market regulation bureau's annual review, measured before any rule was written for it (2026-12-06: 8 of 18
key-figure rows had no English): the names it uses, written by hand (经营主体 is the registration rules' name since
2023 for the 市场主体 of GWR 2019 "market entities"; the others project renderings, YB 20-32 for the pass rate)."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("经营主体", "market entities"),
    ("登记在册经营主体", "registered market entities"),
    ("新设立经营主体", "newly established market entities"),
    ("抽检合格率", "pass rate of sampling inspections"),
    ("罚没款", "fines and confiscations"),
    ("查处食品安全案件", "food safety cases investigated"),
])
def test_market_regulation_names(zh: str, en: str) -> None:
    assert metric_en(zh) == en
