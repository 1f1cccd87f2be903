"""Extractive summaries: a small sentence TextRank over TF-IDF vectors of segmented words.

* Sentences are cut at 。！？!? (closing quotes and brackets stay with their sentence; an ASCII "." never cuts, so
  numbers such as 6.5 stay whole) in body paragraphs only (no headings, bylines, signatures, dates, notes).
* Each sentence is a TF-IDF vector of its words (rjieba); the graph weight between two sentences is their cosine
  similarity, and the PageRank of that graph (damping 0.85) is the centrality of a sentence. The vectors are sparse
  (a sentence holds few of the document's words): similarities are summed over the words two sentences share,
  and no step calls BLAS (whose idle threads spin and cost CPU time out of all proportion to these small sums).
* The centrality is weighted for content: sentences with figures or actions gain, and so do sentences under a
  heading about goals (工作目标); very short (< 15 chars), long (> 100 chars, more so > 150), quote-dominated,
  heading-like and list-introducing (ending in ：) sentences lose; bracketed notes （责任单位：…） are never chosen;
  the first sentences of a document gain a little (the lead of a news report, the decision of a notice).
* 3 sentences for a document of up to 12 sentences (fewer if it has fewer), 4 up to 40, else 5; a sentence too
  similar to one already chosen (near-duplicate paragraphs are common on newspaper pages) is passed over.
* Output: whole sentences exactly as they occur in the paragraph text, in reading order; ties broken by position,
  so the result is deterministic.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import rjieba

from ..model import Document
from .figures import stripped_spans

log = logging.getLogger(__name__)

SKIP_ROLES = frozenset({"heading", "byline", "addressee", "signature", "date", "note", "table"})  # (a table's rows
# are its figures, never a sentence of the summary)

_END = "。！？!?"
_CLOSERS = "”’」』）)》〉】\"'"
_END_OR_CLOSER = _END + _CLOSERS
_SENTENCE_END = re.compile(f"[{re.escape(_END)}][{re.escape(_END + _CLOSERS)}]*")
_FOUR_CJK = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4}")  # at least 4 Chinese characters
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_DIGIT = re.compile(r"\d")
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|（[^（）]*）|\([^()]*\)")
_ACTION = re.compile(
    r"印发|实施|建立|完成|推进|开展|制定|出台|启动|召开|部署|增长|提高|达到|实现|建成|开工|投产|引进|落实|下降|"
    r"减少|增加|发布|批准|通过|决定|要求"
)
_ENUM_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")
_GOAL_HEADING = re.compile(r"[\u4e00-\u9fff]{0,8}(?:目标|目标任务|指标|展望)")
_STOPWORDS = frozenset(
    "我们 他们 你们 这个 这些 那些 以及 其中 通过 进行 一是 二是 三是 四是 五是 同时 已经 就是 还是 可以 没有 一个 "
    "一批 一些 不断 进一步 之一 方面 有关 相关 各类 各项 以上 以下 如何 什么 这样 因为 所以 但是 而且 并且 或者".split()
)
_SIMILAR = 0.6  # cosine above which a sentence counts as a near-duplicate of a chosen one


@dataclass(frozen=True)
class Sentence:
    text: str  # stripped, an exact substring of the paragraph text
    paragraph: str  # Paragraph.id
    start: int  # offset in the paragraph text
    end: int
    section: str = ""  # text of the nearest heading above the paragraph


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, cut after 。！？!? and the closing quotes that follow them."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < n:
        spans.append((start, n))
    return stripped_spans(text, spans)


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def document_sentences(doc: Document) -> list[Sentence]:
    out: list[Sentence] = []
    section = ""
    for p in doc.paragraphs:
        if p.heading > 0:
            section = p.text
            continue
        if p.role in SKIP_ROLES:
            continue
        for s, e in sentence_spans(p.text):
            out.append(Sentence(p.text[s:e], p.id, s, e, section))
    return out


@lru_cache(maxsize=1024)
def is_goal_heading(text: str) -> bool:
    """A heading that announces goals: 二、工作目标 / （二）主要目标 / 发展目标 / 远景展望."""
    core = _ENUM_START.sub("", text).strip().rstrip("。.：:")
    return bool(_GOAL_HEADING.fullmatch(core))


@lru_cache(maxsize=1 << 16)
def _term(token: str) -> str:
    """The token as a TF-IDF term (stripped), or "" when it is too short, has no letters, holds a digit or is a
    stopword. Cached: a document repeats its words, and the whole archive its vocabulary."""
    token = token.strip()
    if len(token) >= 2 and _WORD.search(token) and not _DIGIT.search(token) and token not in _STOPWORDS:
        return token
    return ""


def _tokens(text: str) -> list[str]:
    return [term for token in rjieba.cut(text) if len(token) >= 2 and (term := _term(token))]


def _postings(token_lists: list[list[str]]) -> dict[str, list[tuple[int, float]]]:
    """For each term found in two sentences or more: (sentence, weight) of the sentences' normalized TF-IDF
    vectors (a word of one sentence only counts in that sentence's norm)."""
    n = len(token_lists)
    counts = [Counter(toks) for toks in token_lists]
    df = Counter(t for tf in counts for t in tf)  # in how many sentences each term occurs
    idf_of_df = {d: math.log((1.0 + n) / (1.0 + d)) + 1.0 for d in set(df.values())}
    idf = {t: idf_of_df[d] for t, d in df.items()}
    postings: dict[str, list[tuple[int, float]]] = {t: [] for t, d in df.items() if d > 1}
    for i, tf in enumerate(counts):
        vec = [(t, math.log1p(c) * idf[t]) for t, c in tf.items()]
        norm = math.sqrt(sum(w * w for _, w in vec)) or 1.0
        for t, w in vec:
            if t in postings:
                postings[t].append((i, w / norm))
    return postings


class _Factored:
    """The similarity matrix S = X X^T (diagonal at 0) of the sentence-term matrix X, never built: the PageRank
    needs only products S v = X (X^T v) - diag(X X^T) v, and the near-duplicate test single entries. Time and
    memory O(words) per product instead of O(sentences^2)."""

    def __init__(self, n: int, postings: dict[str, list[tuple[int, float]]]):
        rows, cols, vals = [], [], []
        for t, plist in enumerate(postings.values()):
            for i, w in plist:
                rows.append(i)
                cols.append(t)
                vals.append(w)
        self.n, self.terms = n, len(postings)
        self.rows, self.cols = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        self.vals = np.array(vals, dtype=np.float64)
        self.diag = np.bincount(self.rows, weights=self.vals * self.vals, minlength=n)
        self.vectors: list[dict[int, float]] = [{} for _ in range(n)]
        for i, t, w in zip(rows, cols, vals, strict=True):
            self.vectors[i][t] = w

    def dot(self, v: np.ndarray) -> np.ndarray:
        """S v (S is symmetric)."""
        xt_v = np.bincount(self.cols, weights=self.vals * v[self.rows], minlength=self.terms)
        return np.bincount(self.rows, weights=self.vals * xt_v[self.cols], minlength=self.n) - self.diag * v

    def __getitem__(self, pair: tuple[int, int]) -> float:
        i, j = pair
        if i == j:
            return 0.0
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b[t] for t, w in a.items() if t in b)


def _factored_pagerank(sim: _Factored, damping: float = 0.85, iterations: int = 100) -> np.ndarray:
    """PageRank of the sentence graph whose edge weights are the cosine similarities (rows normalized; a sentence
    similar to none spreads its rank evenly)."""
    n = sim.n
    out_sum = sim.dot(np.ones(n))
    dangling = out_sum <= 0
    out_sum[dangling] = 1.0
    teleport = (1 - damping) / n
    rank = np.full(n, 1.0 / n)
    has_dangling = bool(dangling.any())
    for _ in range(iterations):
        new = damping * sim.dot(np.where(dangling, 0.0, rank / out_sum)) + teleport
        if has_dangling:
            new += damping * rank[dangling].sum() / n
        if np.abs(new - rank).sum() < 1e-10:
            rank = new
            break
        rank = new
    return rank


def _weight(s: Sentence, index: int) -> float:
    """Content and form adjustments of the centrality of one sentence."""
    text = s.text
    length = len(_SPACE.sub("", text))
    w = 1.0
    if length < 15:
        w *= 0.2
    elif length < 25:
        w *= 0.7
    elif length > 100:
        w *= (100 / length) ** 0.7  # long sentences share words with everything: damp them
        if length > 150:
            w *= max(0.4, 150 / length)
    quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    if quoted > 0.5 * len(text):
        w *= 0.4
    if text[-1] not in _END_OR_CLOSER and length < 40:
        w *= 0.3  # a heading or a caption left in the body
    if _ENUM_START.match(text) and length < 40:
        w *= 0.5
    if text.rstrip(_CLOSERS).endswith(("：", ":")):
        w *= 0.6  # introduces a list
    if _DIGIT.search(text):
        w *= 1.2
    if _ACTION.search(text):
        w *= 1.1
    if is_goal_heading(s.section):
        w *= 1.3  # the goals of a plan (工作目标, 主要目标)
    if index < 2:
        w *= 1.2 if index == 0 else 1.1
    return w


def summary_size(n_sentences: int) -> int:
    if n_sentences <= 12:
        return min(3, n_sentences)
    return 4 if n_sentences <= 40 else 5


def rank_sentences(sentences: list[Sentence]) -> tuple[list[int], _Factored]:
    """Sentence indices, best first (ties by position), and the cosine similarity matrix (diagonal at 0), factored:
    time and memory linear in the text, never n x n."""
    tokens = [_tokens(s.text) for s in sentences]
    sim = _Factored(len(tokens), _postings(tokens))
    rank = _factored_pagerank(sim)
    scores = [float(rank[i]) * _weight(s, i) for i, s in enumerate(sentences)]
    order = sorted(range(len(sentences)), key=lambda i: (-round(scores[i], 12), i))
    return order, sim


# what is no statement of the document: a caption left in the body (表2 2024年分行业…, 图1…, 附表…), a note
# (注：1.受理量包括…), a line of form fields (牵头单位：市民政局；完成时限：2026年10月底前完成。)
_CAPTION = re.compile(r"^\s*(?:附?表|图|附件)\s*[\d一二三四五六七八九十]")
_NOTE = re.compile(r"^\s*(?:注|备注|说明|资料来源|数据来源)\s*\d?\s*[：:]")
_FIELD = re.compile(r"(?:^|[；;，,\s])[\u4e00-\u9fff]{2,6}[：:]")


def _candidate(s: Sentence) -> bool:
    """Sentences that can be chosen at all: some Chinese text, not a bracketed note such as （责任单位：…）, not a
    caption, a note or a line of form fields."""
    if not _FOUR_CJK.match(s.text):
        return False
    text = s.text.strip()
    if (_CAPTION.match(text) and text[-1] not in _END) or _NOTE.match(text) or len(_FIELD.findall(text)) >= 2:
        return False
    return not (text[0] in "（(【[" and text.rstrip("。")[-1] in "）)】]")


def summarize(doc: Document) -> list[str]:
    sentences = [s for s in document_sentences(doc) if _candidate(s)]
    if not sentences:
        return []
    k = summary_size(len(sentences))
    if len(sentences) <= k:
        return [s.text for s in sentences]
    order, sim = rank_sentences(sentences)
    chosen: list[int] = []
    for i in order:
        if any(sentences[i].text == sentences[j].text or sim[i, j] > _SIMILAR for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == k:
            break
    log.debug("summary of %s: %d of %d sentences", doc.id, len(chosen), len(sentences))
    return [sentences[i].text for i in sorted(chosen)]
