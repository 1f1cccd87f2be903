"""English added after the thirty-eighth held-out measurement (a central bank city branch's financial statistics, a
notice of product quality spot check results); metric names written by hand, expectations read from the module's
sources (GWR or P)."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import metric_english


def en(metric: str) -> str | None:
    found = metric_english(metric, get_glossary())
    return None if found is None else found.text


def test_a_spot_checks_batches_by_product_and_field():
    assert en("电动自行车抽查批次") == "batches of electric bicycles checked"
    assert en("儿童服装不合格批次") == "failed batches of children's clothing"
    assert en("流通领域抽查批次") == "batches checked in circulation"
    assert en("生产领域合格率") == "pass rate in production"
    assert en("批次合格率") == "batch pass rate"
    assert en("玄学用品抽查批次") is None  # a product without English: no half-rendering


def test_deposits_and_loans_of_all_kinds():
    assert en("本外币各项贷款余额") == "outstanding RMB and foreign-currency loans"
    assert en("本外币各项存款余额") == "outstanding RMB and foreign-currency deposits"
