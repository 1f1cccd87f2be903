"""One consumer's case told as an example (a complaints analysis's 典型案例): 7月23日，消费者李某（62岁）投诉称，其…预付
费用5800元…; 经调解，商家退还李某剩余费用4960元. The person's age, what she paid and what she got back describe the one
case, not the region: no key figures, and the day she complained is no event of the region's timeline.

A sentence is of one person's case when it names a person whose name is masked (李某, 王某某) together with a word of
a consumer dispute (消费者, 投诉, 调解, 维权). A masked person in a circular on discipline or fraud cases
(李某某收受…, 参保人张某…) names no consumer dispute: those cases' figures are the circular's subject, left as they are.
"""

from __future__ import annotations

import re

# a masked person's name: a surname and 某 or 某某 (not 某某公司, 某商贸有限公司, 某健身会所: a business)
_MASKED = re.compile(r"[\u4e00-\u9fff]某某?(?![\u4e00-\u9fff]{0,3}(?:有限公司|公司|会所|商行|门店|店|医院|单位|企业|"
                     r"平台|直播间|超市|市场|机构|中心))")
# (not 退还 alone: 违纪违法所得已全部追缴并退还群众 closes a discipline case)
_DISPUTE = re.compile(r"消费者|投诉|调解|维权")


def one_persons_case(sentence: str) -> bool:
    """True when ``sentence`` tells one consumer's case (a masked person and a consumer dispute)."""
    return bool(_MASKED.search(sentence)) and bool(_DISPUTE.search(sentence))
