"""Fragments of the site-wide pages, remembered from one build to the next.

A site-wide page (timeline, indicators, indexes, collection files) is put together from fragments that each
depend on one bulletin (its timeline rows, its row in a list) or on a few (an indicator's chart and table: the
bulletins of its points). A fragment is remembered under a key that names everything it depends on: what it is,
its arguments (language, page), and the version of every bulletin it reads. The version is the bulletin's build
key (cache.Keys), which covers its text, metadata and translations, the glossary and the pipeline code; so a
remembered fragment is exactly what rendering it again would give. A bulletin without a known version (a build
without the cache) is always rendered.

Fragments are kept in shards: those of one bulletin together (its shard is its slug), and those of several
bulletins by what they are (an indicator's section, whatever bulletins it holds). A build stores again only the
shards it changed (``changed``: a fragment made, or one no longer used) and drops those it no longer uses
(``dropped``): after one bulletin changed, that bulletin's shard and the shards of the indicators it appears in.

Fragments must be immutable values (str, tuples) or values their users never change: they are shared between
pages and between builds. The build keeps only the fragments used by the last build (``used``), so the store does
not grow without bound.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from ..model import Source

T = TypeVar("T")
Shard = dict[Hashable, object]


def shard_name(owner: Hashable) -> str:
    """The file-safe name of a shard: a digest of its owner (a slug, or what a shared fragment is)."""
    return hashlib.blake2b(repr(owner).encode("utf-8"), digest_size=12).hexdigest()


class Fragments:
    """Remembered fragments. ``versions``: {bulletin slug: version}; ``shards``: {shard name: {key: fragment}}, what
    an earlier build used."""

    def __init__(self, versions: dict[str, str] | None = None, shards: dict[str, Shard] | None = None):
        self.versions = versions or {}
        self.shards = shards or {}
        self.used: dict[str, Shard] = {}
        self.made: set[str] = set()  # shards with a fragment made in this build
        self.hits = 0
        self.misses = 0

    def get(self, what: Hashable, sources: Sequence[Source], make: Callable[[], T]) -> T:
        """The fragment ``what`` made of ``sources``: remembered, or made by ``make()`` (and remembered)."""
        if not self.versions:
            return make()
        digest = hashlib.blake2b(digest_size=16)
        try:
            for s in sources:
                digest.update(f"{s.slug}\0{self.versions[s.slug]}\0".encode())
        except KeyError:  # a bulletin without a version
            return make()
        name = shard_name(sources[0].slug if len(sources) == 1 else what)
        key = (what, digest.digest())
        used = self.used.setdefault(name, {})
        if key in used:
            return used[key]  # type: ignore[return-value]
        stored = self.shards.get(name)
        if stored is not None and key in stored:
            value = stored[key]
            self.hits += 1
        else:
            value = make()
            self.misses += 1
            self.made.add(name)
        used[key] = value
        return value  # type: ignore[return-value]

    @property
    def changed(self) -> dict[str, Shard]:
        """The shards to store again: with a fragment made in this build, or no longer using all they hold."""
        return {name: shard for name, shard in self.used.items()
                if name in self.made or len(shard) != len(self.shards.get(name, ()))}

    @property
    def dropped(self) -> set[str]:
        """The stored shards this build did not use."""
        return set(self.shards) - set(self.used)


NONE = Fragments()  # remembers nothing: every fragment is made
