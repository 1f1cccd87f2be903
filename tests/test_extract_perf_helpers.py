"""The fast paths of the extract stage give the same answers as the straightforward code they replace.

Each test compares a helper with a reference written the slow, obvious way (the code before the speed-up), on
random strings over the characters that matter, so that the optimisation cannot drift from the rules."""

from __future__ import annotations

import itertools
import math
import random
import re

import cn2an
import numpy as np

from build_tools.extract import dates, event_dates, figures, summary
from build_tools.extract.figures import quantities, vocab
from build_tools.extract.figures import text as ftext


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """How the old sentence splitters trimmed whitespace from their spans (shared by the references below)."""
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out

def _random_strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


# --- figures: Chinese numerals ----------------------------------------------------------------------------------


def _cn_value_reference(run: str) -> float | None:
    run = run.replace("两", "二").replace("〇", "零")
    if run and run[0] in "十百千万":
        run = "一" + run
    try:
        return float(cn2an.cn2an(run, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def test_cn_value_agrees_with_cn2an_strict() -> None:
    alphabet = "零〇一二两三四五六七八九十百千万亿点"
    for length in (1, 2, 3):
        for chars in itertools.product(alphabet, repeat=length):
            run = "".join(chars)
            assert quantities._cn_value(run) == _cn_value_reference(run), run
    for run in ("一百零一", "三万五千", "四十万", "一千二百", "二〇二三", "三点五", "十二万三千四百五十六", "百分"):
        assert quantities._cn_value(run) == _cn_value_reference(run), run


# --- figures: sentences, clauses, spans -------------------------------------------------------------------------


def _split_sentences_reference(text: str) -> list[tuple[int, int]]:
    """figures.split_sentences as it was: one character at a time."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in vocab._OPENERS:
            stack.append((ch, i))
        elif ch in vocab._CLOSERS and stack and vocab._OPENERS[stack[-1][0]] == ch:
            stack.pop()
            if not stack and ch in "”」』" and i and text[i - 1] in vocab._TERMINATORS:
                spans.append((start, i + 1))
                start = i + 1
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                stack.pop()
            else:
                stack.append(('"', i))
        elif ch in vocab._TERMINATORS or ch == "\n":
            while stack and i - stack[-1][1] > 300:
                stack.pop()
            if not stack:
                end = i + 1
                while end < n and (text[end] in vocab._TERMINATORS or text[end] in "”’」』）)\""):
                    end += 1
                spans.append((start, end))
                start = i = end
                continue
        i += 1
    if start < n:
        spans.append((start, n))
    return _trimmed(text, spans)


def test_figures_split_sentences_matches_the_character_loop() -> None:
    # (no ASCII '"': a closing bracket after an open '"' raises KeyError, in the original code too)
    for text in _random_strings("。！？；;!?\n “”「」（）()《》【】〔〕[]甲乙 ", 20000, 24, seed=1):
        assert figures.split_sentences(text) == _split_sentences_reference(text), text


def test_clause_bounds_match_the_character_loops() -> None:
    def start_ref(s: str, pos: int) -> int:
        for i in range(pos - 1, -1, -1):
            if s[i] in vocab._CLAUSE_BREAKS and not ftext._thousands(s, i):
                return i + 1
        return 0

    def end_ref(s: str, pos: int) -> int:
        for i in range(pos, len(s)):
            if s[i] in vocab._CLAUSE_BREAKS and not ftext._thousands(s, i):
                return i
        return len(s)

    for s in _random_strings("，,；;：:。！？!?12a 年\n", 20000, 14, seed=2):
        for pos in range(len(s) + 1):
            assert ftext._clause_start(s, pos) == start_ref(s, pos), (s, pos)
            assert ftext._clause_end(s, pos) == end_ref(s, pos), (s, pos)


def test_outside_drops_exactly_the_characters_in_the_spans() -> None:
    rng = random.Random(3)
    s = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    for _ in range(5000):
        spans = [tuple(sorted((rng.randint(0, len(s)), rng.randint(0, len(s))))) for _ in range(rng.randint(0, 4))]
        lo, hi = sorted((rng.randint(0, len(s)), rng.randint(0, len(s))))
        expected = "".join(s[i] for i in range(lo, hi) if not any(a <= i < b for a, b in spans))
        assert ftext._outside(s, lo, hi, spans) == expected


def test_balance_fast_path_changes_nothing_it_should_change() -> None:
    def balance_ref(text: str) -> str:
        changed = True
        while changed and text:
            changed = False
            for o, c in [*vocab._OPENERS.items(), ('"', '"')]:
                if text.startswith(c) or (text.startswith(o) and c not in text[1:]):
                    text, changed = text[1:], True
                if text.endswith(o) or (text.endswith(c) and o not in text[:-1]):
                    text, changed = text[:-1], True
        return text

    for text in _random_strings("“”「」（）《》\"甲乙", 20000, 8, seed=4):
        assert ftext._balance(text) == balance_ref(text), text


# --- regexes rewritten so that they start with a literal --------------------------------------------------------


REWRITTEN = [  # (original pattern, rewritten pattern, alphabet of the random strings, only the ends are read)
    (r"预期目标|目标(?=是|为|：|:|任务是)|预期|力争|确保(?!了)|必保|必须|争取|计划|预计|拟|将(?![近军])|有望|力求|努力|"
     r"不低于|不少于|不超过|不高于|控制在|建成后|投产后|达产后|(?:^|[，,。；一二三四五六七八九十都还更就必])要(?![求素点闻件])",
     vocab._FUTURE_CUES, "要必保须一，,。；都将就了为求目标是预期确有望军近不低于", True),
    (r"已经|已(?!于)|累计|截至|截止|以来|同比|环比|比上年|较上年|去年|前年|上年|刚刚|结束|(?<![为除])了(?![解却不得])",
     vocab._PAST_CUES, "了为除已于解却比上年去前截至以来", False),
    (r"力争|确保|争取|目标|计划|预计|必保|务必|力求|预期|将要|即将|将(?![军领士])"
     r"|(?<![主重需必只纪提简摘扼])要(?![求素点闻件害职塞])|做好|抓好|冲刺",
     event_dates._TARGET_WORDS, "要主重需必只将求素点害塞军做好", False),
    (rf"(?<![\d.．])(?P<y>{dates._NUM_YEAR})(?=\s*{dates._RANGE}\s*{dates._NUM_YEAR}\s*年)", dates._BARE_YEAR,
     "12089.．年—至 -", False),
    (r"(?<![\d年])(?P<half>[上下])半年", dates._HALF, "上下半年1", False),
    (r"(?<![\d一二三四五六七八九十两几多数每个之同])年\s*" + dates._YEAR_EDGE, dates._YEAR_EDGE_ALONE,
     "年底末终初线于步1一同每 ", False),
    (r"(?<![\d一二三四五六七八九十两几多数每个之同全])年内(?![容部外涵])", dates._WITHIN_YEAR, "年内容全1一同", False),
    (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?", quantities._ARABIC, "0123456789,.年１٣", False),
]


def test_rewritten_regexes_find_the_same_matches() -> None:
    for k, (original, rewritten, alphabet, ends_only) in enumerate(REWRITTEN):
        before = re.compile(original)
        for text in _random_strings(alphabet, 15000, 12, seed=10 + k):
            if ends_only:  # (a future cue no longer includes the character before 要; only its end is read)
                expected = [m.end() for m in before.finditer(text)]
                found = [m.end() for m in rewritten.finditer(text)]
            else:
                expected = [(m.span(), m.groupdict()) for m in before.finditer(text)]
                found = [(m.span(), m.groupdict()) for m in rewritten.finditer(text)]
            assert found == expected, (rewritten.pattern, text)


# --- summary ----------------------------------------------------------------------------------------------------


def test_summary_sentence_spans_match_the_character_loop() -> None:
    def spans_ref(text: str) -> list[tuple[int, int]]:
        spans, start, i, n = [], 0, 0, len(text)
        while i < n:
            if text[i] in summary._END:
                j = i + 1
                while j < n and (text[j] in summary._END or text[j] in summary._CLOSERS):
                    j += 1
                spans.append((start, j))
                start = i = j
                continue
            i += 1
        if start < n:
            spans.append((start, n))
        return _trimmed(text, spans)

    for text in _random_strings("。！？!?”’」』）)》〉】\"' 甲\n", 20000, 16, seed=20):
        assert summary.sentence_spans(text) == spans_ref(text), text


def test_factored_similarity_equals_the_dense_tfidf_cosine() -> None:
    rng = random.Random(30)
    words = ["发展", "经济", "项目", "投资", "农村", "公路", "建设", "企业", "就业", "增长"]
    for _ in range(200):
        token_lists = [[rng.choice(words) for _ in range(rng.randint(0, 6))] for _ in range(rng.randint(1, 12))]
        vocab = list(dict.fromkeys(t for toks in token_lists for t in toks))
        n = len(token_lists)
        tf = np.zeros((n, max(1, len(vocab))))
        for i, toks in enumerate(token_lists):
            for t in toks:
                tf[i, vocab.index(t)] += 1
        df = (tf > 0).sum(axis=0)
        mat = np.log1p(tf) * (np.log((1.0 + n) / (1.0 + df)) + 1.0)
        norms = np.linalg.norm(mat, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        mat = mat / norms
        dense = mat @ mat.T
        np.fill_diagonal(dense, 0.0)
        sim = summary._Factored(n, summary._postings(token_lists))
        v = np.array([rng.random() for _ in range(n)])
        assert np.allclose(sim.dot(v), dense @ v, rtol=0, atol=1e-12)
        assert all(abs(sim[i, j] - dense[i, j]) <= 1e-12 for i in range(n) for j in range(n))
        assert all(math.isfinite(x) for x in summary._factored_pagerank(sim))
