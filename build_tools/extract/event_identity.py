"""When two timeline entries state one fact: the same words, or the same date and words one of which holds the
other or that open alike."""

from __future__ import annotations

import re

from ..model import Event

_NORMALIZE = re.compile(r"[\s，,；;。！？!?：:、（）()《》“”‘’\"'…—-]+")


SHARED_OPENING = 30  # characters two texts of one date share from their start to be one fact


def fact_key(text: str) -> str:
    """An event's words without spacing and punctuation, to compare statements."""
    return _NORMALIZE.sub("", text)


def same_fact(a: Event, b: Event) -> bool:
    """Two entries state one fact: the same words, or the same date and words one of which holds the other or
    that open alike (the same sentence printed twice with different continuations)."""
    return same_fact_keys(fact_key(a.text), a.date, fact_key(b.text), b.date)


def same_fact_keys(ka: str, da: str, kb: str, db: str) -> bool:
    """``same_fact`` on the events' ``fact_key`` and date (for callers that compare one event with many)."""
    if ka == kb:
        return True
    if da != db:
        return False
    shorter = min(len(ka), len(kb))
    return ka in kb or kb in ka or (shorter >= SHARED_OPENING and ka[:SHARED_OPENING] == kb[:SHARED_OPENING]) or (
        _own_law_in_force(ka, kb) or _own_law_in_force(kb, ka))


# a law's entry into force stated by the announcement publishing it (《某市条例》自2026年3月1日起施行) and by its own
# last article (第二十六条本条例自2026年3月1日起施行): one fact
_IN_FORCE = re.compile(r"自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起(?:施行|实施|生效)")
_OWN_LAW = re.compile(r"^(?:第[一二三四五六七八九十百零]+条)?本(?:条例|办法|规定|细则|决定|法)")


def _own_law_in_force(own: str, other: str) -> bool:
    m = _IN_FORCE.search(own) if _OWN_LAW.match(own) else None
    return bool(m) and m.group() in other
