"""The grammar's renderings decided without an official source (P), listed for review.
"""

from __future__ import annotations

from .metric_patterns import (
    DONE_TO,
    FUND_HEADS,
    RATES,
    SANCTIONED,
    SCHEME_HEADS,
)
from .metric_tables import EXACT, HEADS, LEVELS_AND_ABOVE, NOTES, PARTNERS, SCHEMES, SUBJECTS, TRADE_HEADS
from .metric_vocab import unsourced as vocab_unsourced


def unsourced() -> list[tuple[str, str]]:
    """The grammar's renderings decided without an official source (zh, English), for review."""
    out = [(zh, en) for zh, (en, src) in EXACT.items() if src == "P"]
    out += [(zh, t) for zh, (t, _a, src) in HEADS.items() if src == "P"]
    out += [(zh, en) for zh, (en, src) in SUBJECTS.items() if src == "P" and en]
    out += [(zh, en) for zh, (en, src) in SCHEMES.items() if src == "P"]
    # the small closed lists below are all project renderings
    out += list(PARTNERS.items()) + list(TRADE_HEADS.items()) + list(LEVELS_AND_ABOVE.items())
    out += [(zh, en) for zh, (_order, en) in RATES.items()] + list(NOTES.items())
    out += [("通报线", "threshold ... for public naming / below which a city is publicly named")]
    out += [(f"…基金{zh}", en.format("the … fund")) for zh, en in FUND_HEADS.items()]
    out += [(f"…保险{zh}", en.format("…")) for zh, en in SCHEME_HEADS.items()]
    office_verbs = ("开发", "举办", "提供", "引进", "开通", "出动", "检查", "受理")
    out += [(zh, fmt.format("…")) for zh, fmt in DONE_TO if zh in office_verbs]
    out += [(zh, en) for zh, en in SANCTIONED.items()]
    out += vocab_unsourced()
    return out
