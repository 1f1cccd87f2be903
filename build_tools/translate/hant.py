"""Simplified -> Traditional Chinese with the official OpenCC binding.

Configuration: OpenCC's character-level ``s2tw`` (Taiwan standard character forms, no vocabulary
localisation). The phrase-level ``s2twp`` over-localises government text (项目建设 -> 專案建設,
经济运行 -> 經濟執行), so it is not used.

OpenCC segments text by forward maximum matching over its phrase dictionary, which produces a few
known errors where a phrase swallows the first character of the next word (机制|造业 -> 機制造業,
新征|程 -> 新徵程, 好干|部 -> 好乾部, 和面|积 -> 和麪積). ``data/opencc_phrases.txt`` is a small project
dictionary, placed before OpenCC's own phrases in both segmentation and conversion, that fixes them.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import opencc

log = logging.getLogger(__name__)

BASE_CONFIG = "s2tw.json"
PROJECT_PHRASES = Path(__file__).parent / "data" / "opencc_phrases.txt"


def _absolute_dict_paths(node: Any, share: str) -> None:
    """OpenCC resolves dictionary files relative to the config's folder: make them absolute."""
    if isinstance(node, dict):
        if node.get("type") == "ocd2" and not os.path.isabs(node["file"]):
            node["file"] = os.path.join(share, node["file"])
        for value in node.values():
            _absolute_dict_paths(value, share)
    elif isinstance(node, list):
        for value in node:
            _absolute_dict_paths(value, share)


def build_config(base: str = BASE_CONFIG, phrases: Path = PROJECT_PHRASES) -> dict[str, Any]:
    """The OpenCC config: ``base`` with the project phrase dictionary in front of OpenCC's phrases."""
    share = opencc._opencc_share_dir  # the binding's bundled configs and dictionaries
    with open(os.path.join(share, base), encoding="utf-8") as fh:
        config = json.load(fh)
    _absolute_dict_paths(config, share)
    extra = {"type": "text", "file": str(phrases.resolve())}
    config["segmentation"]["dict"]["dicts"].insert(0, extra)
    first_step = config["conversion_chain"][0]["dict"]["dicts"]
    phrase_group = first_step[0]
    if phrase_group.get("type") == "group":
        phrase_group["dicts"].insert(0, extra)
    else:
        first_step.insert(0, extra)
    return config


@lru_cache(maxsize=1)
def converter() -> opencc.OpenCC:
    """The project's converter (built once per process; dictionaries are loaded at construction)."""
    with tempfile.TemporaryDirectory(prefix="policy-digest-opencc-") as tmp:
        path = os.path.join(tmp, "s2tw-project.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(build_config(), fh, ensure_ascii=False)
        conv = opencc.OpenCC(path)
    log.debug("OpenCC %s converter ready (%s + %s)", opencc.__version__, BASE_CONFIG, PROJECT_PHRASES.name)
    return conv


def to_hant(text: str) -> str:
    """Traditional Chinese for a Simplified Chinese text (same length, line for line)."""
    if not text:
        return text
    return converter().convert(text)
