"""Standards stated per unit or as a share of a price in a document that lays down rules (issue 11).

A scheme of payments (a land-expropriation compensation plan, a relocation or assistance scheme) states what is paid
for every case it covers: 青苗补偿费按照每亩2200元, 果树每株180元, 住房补偿标准为每平方米1350元,
按照每人2.6万元的标准缴纳, 按照区片综合地价的50%予以补偿. Such a rate is a standing rule (status
``requirement``, no period of its own), not an amount paid in one period nor a goal.
"""

from __future__ import annotations

import re

from .quantities import _Num
from .text import _clause_end, _clause_start

# 每亩, 每株, 每平方米, 每眼, 每穴, 每人, 每户每月 right before the amount
# (每年 is a yearly amount: _STANDING's own case)
_PER_UNIT_BEFORE = re.compile(r"每(?!年)[\u4e00-\u9fff]{1,3}?(?:每[月年日天])?\s*$")
# a word of payment or standard earlier in the sentence, or 的标准 right after the amount
_RATE_WORD = re.compile(r"补偿|补助|补贴|地价|标准|费|奖励|价格|单价")
_STANDARD_AFTER = re.compile(r"\s*的?(?:补偿|补助)?标准")
# N% of a price or of a standard that is paid (按照区片综合地价的50%予以补偿, 按标准的80%计发)
_SHARE_PAID_AFTER = re.compile(r"\s*(?:予以|给予)?(?:补偿|补助|计发|计算|收取|支付|发放)")
_SHARE_OF_BEFORE = re.compile(r"(?:按照|按)[^，,；;。\d]{1,16}的\s*$")


def stated_rate(s: str, num: _Num) -> bool:
    """True when ``num`` is a rate a scheme applies to every case: an amount per unit after a word of payment
    (果园补偿费每亩6800元; 砖木结构每平方米980元 after 房屋按照结构…补偿), or followed by 的标准
    (按照每人2.6万元的标准) or by what it pays (按照每户每月800元发放临时安置补助费), or a share of a price that is paid
    (按照区片综合地价的50%予以补偿)."""
    before = s[:num.start]
    if num.cls == "money" and _PER_UNIT_BEFORE.search(before):
        return bool(_RATE_WORD.search(before) or _STANDARD_AFTER.match(s, num.end)
                    or _RATE_WORD.search(s, num.end, _clause_end(s, num.end)))
    if num.cls == "percent" and _SHARE_OF_BEFORE.search(s, _clause_start(s, num.start), num.start):
        return bool(_SHARE_PAID_AFTER.match(s, num.end))
    return False
