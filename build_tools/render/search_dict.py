"""A word-segmentation dictionary for search in both Chinese scripts.

The site's search segments Chinese with jieba, whose dictionary is Simplified: Traditional text is mis-cut
(國務院關/於). The merged dictionary holds every entry of jieba's own dictionary and, for each word whose
Traditional form (the project's converter, the one that made the Traditional pages) differs, that form with the
same frequency and tag. Built once and kept in a cache folder under a name that hashes its inputs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = "1"  # change when the output of merge_dictionary changes


def jieba_dictionary() -> Path:
    """jieba's bundled main dictionary (dict.txt)."""
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def merge_dictionary(lines: list[str], convert: callable) -> list[str]:  # type: ignore[valid-type]
    """jieba dictionary lines ('word freq [tag]') plus the converted form of each word not already present.

    ``convert`` converts many words at once: it gets the words joined by newlines and returns as many lines.
    When several words have the same converted form, it keeps the highest frequency (then the first tag).
    """
    entries: list[tuple[str, str, str]] = []
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        entries.append((parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else ""))
    words = [w for w, _freq, _tag in entries]
    converted = convert("\n".join(words)).split("\n")
    if len(converted) != len(words):
        raise ValueError("the converter did not keep one word per line")
    known = set(words)
    added: dict[str, tuple[str, str]] = {}
    for (word, freq, tag), other in zip(entries, converted, strict=True):
        if other == word or other in known or not other:
            continue
        old = added.get(other)
        if old is None or _freq(freq) > _freq(old[0]):
            added[other] = (freq, old[1] if old is not None and old[1] else tag)
    out = [" ".join(x for x in entry if x) for entry in entries]
    out += [" ".join(x for x in (word, freq, tag) if x) for word, (freq, tag) in added.items()]
    return out


def _freq(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0


def cache_key(source: Path) -> str:
    """Hash of what the merged dictionary depends on: jieba's dictionary, the converter and its phrase list."""
    import opencc

    from ..translate.hant import BASE_CONFIG, PROJECT_PHRASES

    h = hashlib.sha256()
    for part in (FORMAT, getattr(opencc, "__version__", ""), BASE_CONFIG):
        h.update(part.encode() + b"\0")
    h.update(source.read_bytes())
    h.update(PROJECT_PHRASES.read_bytes() if PROJECT_PHRASES.is_file() else b"")
    return h.hexdigest()[:16]


def merged_dictionary(cache_dir: Path, source: Path | None = None) -> Path:
    """The merged dictionary file in ``cache_dir`` (written if missing). Atomic: a concurrent build never sees
    half a file."""
    from ..translate import to_hant

    source = source or jieba_dictionary()
    target = cache_dir / f"jieba-zh-hans-hant-{cache_key(source)}.txt"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    lines = merge_dictionary(source.read_text(encoding="utf-8").splitlines(), to_hant)
    fd, tmp = tempfile.mkstemp(prefix=".jieba-", dir=cache_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("search dictionary for both scripts: %d words (%s)", len(lines), target)
    return target
