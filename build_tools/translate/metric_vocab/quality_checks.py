"""Product quality spot checks and a central bank branch's monthly financial statistics (held-out set 38): the
batches checked, passed and failed by product and field, the pass rate, the rectification time limit; deposits and
loans of all kinds in RMB and foreign currencies.

Official wording where the reference has it: "the quality of products" (GWR 2008/128); the pass rate of product
quality supervision sampling checks after YB 20-32 (markets.py, society.py); "non-performing loans" (GWR 2013/48).
The reports name neither batches, the production and circulation fields, electric kettles, gas cookers nor a
rectification time limit: project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..numbers import singular

QUALITY_CHECKS_EXACT: dict[str, tuple[str, str]] = {
    # a spot check's totals
    "抽查产品类别": ("categories of products checked", "P"),
    "抽查产品批次": ("batches of products checked", "P"),
    "产品抽查批次": ("batches of products checked", "P"),
    "合格批次": ("batches passed", "P"),
    "不合格批次": ("batches failed", "P"),
    "产品不合格批次": ("batches of products failed", "P"),
    "批次合格率": ("batch pass rate", "YB 20-32 (pass rate), P"),
    "涉及生产企业": ("producers covered", "P"),
    "销售企业": ("sellers", "P"),
    "不合格企业整改时限": ("time limit for rectification by companies with failed products", "P"),
    # products checked (the nouns of the rules below)
    "电热水壶": ("electric kettles", "P"),
    "电动自行车": ("electric bicycles", "P"),
    "儿童服装": ("children's clothing", "P"),
    "塑料购物袋": ("plastic shopping bags", "P"),
    "家用燃气灶具": ("household gas cookers", "P"),
    # deposits and loans of all kinds (各项) in RMB and foreign currencies, and the banks' bad loans
    "本外币各项存款余额": ("outstanding RMB and foreign-currency deposits", "YB 18-12, P"),
    "本外币各项贷款余额": ("outstanding RMB and foreign-currency loans", "YB 18-13, P"),
    "银行业金融机构不良贷款余额": ("outstanding non-performing loans of banking institutions", "GWR 2013/48, P"),
}

# the fields of a spot check: production (at the producers) and circulation (at the sellers)
_FIELDS = {"生产领域": "in production", "流通领域": "in circulation"}
_CHECKED = re.compile(r"^(?P<what>.{2,10}?)抽查批次$")
_FAILED = re.compile(r"^(?P<what>.{2,10}?)不合格批次$")
_FIELD_RATE = re.compile(r"^(?P<field>生产领域|流通领域)合格率$")


# samples and pass rates of what was tested (食品样品 "food samples", 食品样品合格率 "pass rate of food samples", after
# acts._tested names a bare 合格率 after its test; YB 20-32 "pass rate")
_SAMPLES = re.compile(r"^(?P<tested>检测|抽检|检验)?(?P<what>.{2,10}?)(?:样品|样本)$")
_PASS_RATE = re.compile(r"^(?P<what>.{2,12}?)(?:检测)?合格率$")
# (检查合格率: the act, not what passed, names no noun)
_TEST_ACT = re.compile(r"(?:检查|检测|抽检|抽查|检验|验收|监测)$")


def quality_check_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """电热水壶抽查批次 "batches of electric kettles checked", 电热水壶不合格批次 "failed batches of electric kettles",
    生产领域抽查批次 "batches checked in production", 流通领域合格率 "pass rate in circulation", 食品样品 "food
    samples", 食品样品合格率 "pass rate of food samples"; None else."""
    if m := _FIELD_RATE.match(zh):
        return f"pass rate {_FIELDS[m.group('field')]}"
    if (m := _SAMPLES.match(zh)) and (found := noun(m.group("what"))):
        found = singular(found)  # (a plural noun as the modifier, in the singular: "vegetable samples")
        return f"{found} samples" + (" tested" if m.group("tested") else "")
    if (m := _PASS_RATE.match(zh)) and not _TEST_ACT.search(m.group("what")) and (found := noun(m.group("what"))):
        return f"pass rate of {found}"
    for pattern, checked in ((_CHECKED, True), (_FAILED, False)):
        if m := pattern.match(zh):
            what = m.group("what")
            if what in _FIELDS:
                return f"batches {'checked' if checked else 'failed'} {_FIELDS[what]}"
            found = noun(what)
            if found:
                return f"batches of {found} checked" if checked else f"failed batches of {found}"
    return None
