"""Ranks (居全省第3位, 分别居全市第7位、第6位): an attribute of the figure they rank, or a figure of their own when
they rank something the sentence names without a value."""

from __future__ import annotations

import re

from .context import _Ctx
from .list_heads import _shared_suffix
from .lists import _PEERS
from .metric_strip import _strip
from .noun_phrase import _topic
from .quantities import _Num, _Rank
from .text import _clause_start, _clean_ws, _outside
from .vocab import _RANK_WORDS, _SIZE_WORDS

# the whole a gap is measured against (高于全省, 低于全国平均): the scope of a rank after it that names none
_GAP_SCOPE = re.compile(r"(?:高于|低于|快于|慢于)(全省|全市|全国|全州|全区|全县|全盟)")


# ranks listed after 分别 (开工率分别为62.5%、70.0%，分别居全市第7位、第6位): one per value listed before them
_EACH_RANK = re.compile(r"[，,]\s*分别(?:居|列|位居|排|排名|位列)?\s*$")
_RANK_JOINER = re.compile(r"^\s*[、和及与]\s*$")


def _each_rank(s: str, ranks: list[_Rank], nums: list[_Num]) -> list[_Rank]:
    """The ranks of a list after 分别 given to the values listed before it in turn, their scope shared (第6位 after
    全市第7位 is 全市第6); the ranks left to attach otherwise."""
    rest: list[_Rank] = []
    i = 0
    while i < len(ranks):
        run = [ranks[i]]
        while i + len(run) < len(ranks) and _RANK_JOINER.match(s[run[-1].end:ranks[i + len(run)].start]):
            run.append(ranks[i + len(run)])
        before = sorted((x for x in nums if x.end <= run[0].start and x.role == "figure" and not x.rank),
                        key=lambda x: x.end)
        cstart = _clause_start(s, run[0].start)
        if len(run) >= 2 and _EACH_RANK.search(s, 0, run[0].start) and len(before) >= len(run) \
                and all(_RANK_JOINER.match(s[a.end:b.start]) for a, b in zip(before[-len(run):], before[-len(run) + 1:],
                                                                              strict=False)) \
                and before[-1].end <= cstart:
            for x, r in zip(before[-len(run):], run, strict=True):
                x.rank = f"{r.scope or run[0].scope}第{r.value}"
        else:
            rest += run
        i += len(run)
    return rest


def _attach_ranks(s: str, ns: str, ranks: list[_Rank], nums: list[_Num], removals: list[tuple[int, int]],
                  ctx: _Ctx) -> list[_Num]:
    out: list[_Num] = []
    ranks = _each_rank(s, ranks, nums)
    for r in ranks:
        label = f"{r.scope}第{r.value}"
        before = [x for x in nums + out if x.end <= r.start and x.role == "figure"]
        before.sort(key=lambda x: x.end)
        cstart = _clause_start(s, r.start)
        lstart = max([cstart] + [x.end for x in before])
        raw = _clean_ws(_outside(s, lstart, r.start, removals))
        peers = _PEERS.search(raw)  # 增速在全省14个市中居第3位: the peers name the scope
        if peers:
            raw = raw[:peers.start()] + raw[peers.end():]
            if not r.scope and peers.group(1):
                label = f"{peers.group(1)}第{r.value}"
        word = _strip(raw, ctx.regions)
        fig = _Num(start=r.start, end=r.end, num_start=r.start, num_end=r.end, value=float(r.value), unit="",
                   base="rank", normalized=float(r.value), cls="rank", rank=label)
        fig.l_text = s[lstart:r.start]
        fig.kind = "rank"
        distributive = bool(re.search(r"[均都]", raw)) and bool(re.search(r"[、和及与]", raw))
        if distributive:
            subject = re.split(r"[均都]", raw)[0]
            items = [_strip(x, ctx.regions) for x in re.split(r"[、和及与]", subject)]
            items = [x for x in items if x]
            if items and all(x in _SIZE_WORDS or x in _RANK_WORDS for x in items) and len(before) >= len(items):
                for x in before[-len(items):]:
                    x.rank = x.rank or label
                continue
            if len(items) >= 2:
                suffix = _shared_suffix(items)
                items = [x if not suffix or x.endswith(suffix) else x + suffix for x in items]
                fig.metric, fig.extra = items[0], items[1:]
                out.append(fig)
                continue
        if word in _RANK_WORDS and before and before[-1].cls != "rank" and not before[-1].rank:
            target = before[-1]
            scope = _GAP_SCOPE.match(target.comparison.strip())
            if not r.scope and scope:
                label = f"{scope.group(1)}第{r.value}"  # 低于全省1.2个百分点，列第12位: 12th in the province
            if re.match(r"高于|低于|快于|慢于", target.comparison) or target.cls == "pp":
                # 增长6.8%，高于全省2.3个百分点，居全省第3位: the rank is the growth's, not the gap's
                base = [x for x in before[:-1] if _topic(x.metric) == _topic(target.metric) and not x.rank
                        and x.cls not in ("rank", "pp") and not re.match(r"高于|低于|快于|慢于", x.comparison)]
                target = base[-1] if base else target
            target.rank = label
            continue
        if word in _RANK_WORDS and before and before[-1].cls == "rank":
            fig.metric = before[-1].metric
        elif word in _SIZE_WORDS and before:
            fig.metric = _topic(_clean_ws(before[-1].metric)) + word
        elif word and word not in _RANK_WORDS:
            fig.metric = word
        else:
            continue
        out.append(fig)
    return out
