"""The metric without its subject (issue 11: subject): 柳溪经济开发区实现规模以上工业产值 of the park is
规模以上工业产值, the park in the figure's own field; the province's scope word before a city's figure, a word
referring back to the subject (园区, 该项目) and the verb between subject and metric are left out."""

from __future__ import annotations

import re

from .subject import _BACK_REF, _LOCATED_AT, _MOST_OF, _REFERS_TO, _SUPERLATIVE

_OWN_PARTY_BODY = re.compile(r"(?:党委|党组|党工委)(?=[\u4e00-\u9fff]{4})")
_SCOPE_PREFIX = re.compile(r"^全[省市县区国州旗]")
_SCOPE_SUBJECTS = {"全省", "全市", "全县", "全区", "全国", "全州", "全旗"}


# the verb or particle between a subject and its metric (X的, X实现, X有委员: 有 of 有效 stays)
# (县水利局党组整改问题33个: the department's party group, the subject's own body)
_AFTER_SUBJECT = re.compile(r"^(?:党组|党委|党工委|的|实现|完成|共有|共|有(?![序效力关所机偿色利线])|累计|达到"
                            r"|新(?!入驻|签约|开工|引进|增|建|设|注册|认定|落户|投产))")


def strip_subject(metric: str, subject: str) -> str:
    """柳溪经济开发区实现规模以上工业产值 -> 规模以上工业产值 (the subject has its own field)."""
    top = _SUPERLATIVE.match(metric) if subject else None
    if top and metric[top.end():] == subject and metric.index("最") >= 2:
        return metric[:metric.index("最")]  # 降水量最大的是苇川县 -> 降水量 (the county is the subject)
    most = _MOST_OF.match(metric) if subject else None
    if most and metric.startswith(subject, most.end()) and len(metric) > most.end() + len(subject) + 1:
        metric = metric[most.end() + len(subject):]  # 受灾最重的白沙镇获赔 -> 获赔 (the town is the subject)
    if subject and subject not in _SCOPE_SUBJECTS and _SCOPE_PREFIX.match(metric) and len(metric) > 4:
        return metric[2:]  # …全省地区生产总值增长5.1%，其中，青山市增长6.2%: the city's GDP, not "the province's GDP"
    located = _LOCATED_AT.match(metric)
    if located and subject and metric.startswith(subject, located.end()):
        metric = metric[located.end():]  # 位于滨河科技园的岚光电子有限公司新增投资: the company's (where it is aside)
    ref = _BACK_REF.match(metric) if subject else None
    if ref and len(ref.group()) == 1:
        ref = None  # 村民人均收入: 村 of 村民 (villagers), no reference back to a village
    if ref and subject.endswith(_REFERS_TO[ref.group(1)]) and len(metric) - ref.end() >= 2 \
            and not metric.startswith(subject):
        return metric[ref.end():]  # 园区新引进企业 of 滨河科技园: 新引进企业 (the park is the subject)
    own = next((subject[k + j:] for k in range(1, len(subject) - 3) for j in (0, 1)
                if subject[k] in "市县区" and metric.startswith(subject[k + j:])), "") if subject else ""
    if own:
        metric = subject + metric[len(own):]  # 区政务服务中心共受理办件 of 沣湖区政务服务中心: as if named in full
    if subject and _OWN_PARTY_BODY.match(metric):
        return metric[_OWN_PARTY_BODY.match(metric).end():]  # (河口镇党委规范清理村级合同: the town's own act)
    if not subject or not metric.startswith(subject):
        return metric
    if metric.startswith("级", len(subject)):
        return subject[-1] + metric[len(subject):]  # 岭东省级财政援助资金 of 岭东省: 省级财政援助资金 (its level's)
    rest = _AFTER_SUBJECT.sub("", metric[len(subject):])  # (新入驻企业 keeps 新: the new ones are counted)
    return rest if len(rest) >= 2 else metric
