"""Trade and investment partners as the subject of a figure.

A partner named after 对/与/向 just before a trade or investment head (我市对东盟进出口286.3亿元, 对非洲进口…,
与日本贸易额…, 对“一带一路”共建国家投资…) is what the figure is about: the partner is the subject, the head
(进出口, 出口, 贸易额) stays the metric, and the later clauses of the sentence (增长12.4%，占22.3%) keep the partner
until another subject is named. A partner is a place or a group of places (a country, a region, a bloc, the
“一带一路” countries); 对外贸易, 对制造业投资 and 与上年同期相比 name none.
"""

from __future__ import annotations

import re

from .vocab import _tag

_TRADE_HEAD = r"(?:进出口|出口|进口|贸易|外贸|投资|直接投资|实际使用外资)"
_PARTNER = re.compile(r"^(?:(?:我|全|本)[省市县区州盟旗])?(?:对|与|向)"
                      rf"(?P<partner>[“”\"A-Za-z\u4e00-\u9fff]{{2,16}}?)的?(?={_TRADE_HEAD})")
# what no partner starts with or holds: abroad in general (对外, 境外), a comparison (与上年同期相比), a kind of
# trade or firm (对进出口企业)
_NOT_PARTNER = re.compile(r"^(?:外|境外|国外|海外|国际|全球|世界|上年|去年|同期|前)|相比|比较|进出口|出口|进口|"
                          r"企业|贸易|行业|产业|项目|[和及与、]|分别|合计|共计|均")  # (对日本和韩国分别出口: several)
_GROUP_END = re.compile(r"(?:国|国家|地区|成员国|经济体|组织|盟|洲)$")
_PLACE_TAGS = ("ns", "nz", "j", "eng")


def trade_partner(head: str) -> str | None:
    """The partner a clause opens with before a trade or investment head (对东盟进出口…: 东盟); None otherwise."""
    m = _PARTNER.match(head)
    if not m:
        return None
    name = m.group("partner")
    if _NOT_PARTNER.search(name):
        return None
    tags = [t for t in _tag(name.strip("“”\"")) if t[1] != "x"]
    if _GROUP_END.search(name) or (tags and tags[0][1] in _PLACE_TAGS):
        return name
    return None
