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
    return ka in kb or kb in ka or (shorter >= SHARED_OPENING and ka[:SHARED_OPENING] == kb[:SHARED_OPENING])
