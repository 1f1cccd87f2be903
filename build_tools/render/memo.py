"""Fragments of the site-wide pages, remembered from one build to the next.

A site-wide page (timeline, indicators, indexes, collection files) is put together from fragments that each
depend on one bulletin (its timeline rows, its row in a list) or on a few (an indicator's chart and table: the
bulletins of its points). A fragment is remembered under a key that names everything it depends on: what it is,
its arguments (language, page), and the version of every bulletin it reads. The version is the bulletin's build
key (cache.Keys), which covers its text, metadata and translations, the glossary and the pipeline code; so a
remembered fragment is exactly what rendering it again would give. A bulletin without a known version (a build
without the cache) is always rendered.

Fragments must be immutable values (str, tuples) or values their users never change: they are shared between
pages and between builds. The build keeps only the fragments used by the last build (``used``), so the store does
not grow without bound.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from ..model import Source

T = TypeVar("T")


class Fragments:
    """Remembered fragments. ``versions``: {bulletin slug: version}; ``entries``: what an earlier build used."""

    def __init__(self, versions: dict[str, str] | None = None, entries: dict[Hashable, object] | None = None):
        self.versions = versions or {}
        self.entries = entries or {}
        self.used: dict[Hashable, object] = {}
        self.hits = 0
        self.misses = 0

    def get(self, what: Hashable, sources: Iterable[Source], make: Callable[[], T]) -> T:
        """The fragment ``what`` made of ``sources``: remembered, or made by ``make()`` (and remembered)."""
        if not self.versions:
            return make()
        digest = hashlib.blake2b(digest_size=16)
        try:
            for s in sources:
                digest.update(f"{s.slug}\0{self.versions[s.slug]}\0".encode())
        except KeyError:  # a bulletin without a version
            return make()
        key = (what, digest.digest())
        if key in self.used:
            return self.used[key]  # type: ignore[return-value]
        if key in self.entries:
            value = self.entries[key]
            self.hits += 1
        else:
            value = make()
            self.misses += 1
        self.used[key] = value
        return value  # type: ignore[return-value]


NONE = Fragments()  # remembers nothing: every fragment is made
