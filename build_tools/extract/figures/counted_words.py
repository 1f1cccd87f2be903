"""What a count names beside its noun (moved out of metric.py): a measure's bound defining the group a share is of
(通勤距离小于5公里的人口比例), a date qualifying the counted noun (60个2000年底前建成的老旧小区), the problems a finding
counted (巡察指出的41个问题, 其余29个问题), the measure taken against the people counted (对3名村干部进行了诫勉谈话)."""

from __future__ import annotations

import re

# a measure's bound naming the group a share or count is of (通勤距离小于5公里的人口比例, 单程通勤时间超过60分钟的
# 人口比重)
_GROUP_BOUND_BEFORE = re.compile(r"(?:小于|大于|低于|高于|超过|不足|不超过|少于|多于|在)\s*$")
_GROUP_AFTER = re.compile(r"\s*(?:以上|以下|以内)?的[\u4e00-\u9fff]{0,8}?(?:人口|人员|家庭|居民|比例|比重|占比)")


# a date qualifying the counted noun after the count (60个2000年底前建成的老旧小区): what the noun is, read past it
_DATED_MODIFIER = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:以前|之前|前)[^，,；;。\d]{1,8}?的")


# the problems an inspection, audit or check found or fed back (巡察指出的41个问题, 审计发现的, 督查反馈的) and those
# still open (其余29个问题, 剩余4个问题): a count of the finding, not a speech's "three problems"
_FINDING_BEFORE = re.compile(r"((?:巡察|巡视|审计|督查|督察|检查|考核|评估)[^，,；;。\d]{0,4}?"
                             r"(?:指出|反馈|发现|交办|移交)的|"
                             r"其余|剩余)\s*$")


# a measure taken against the people counted after 对 (对3名村干部进行了诫勉谈话, 对5名党员给予了警告处分)
_DONE_TO = re.compile(r"\s*(?:进行了?|给予了?|作出了?|实施了?)\s*([\u4e00-\u9fff]{2,6}?)(?=[，,；;。]|$)")
