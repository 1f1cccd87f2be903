"""The noun phrase a number counts (``个贫困县摘帽`` -> 贫困县, the verb 摘帽): jieba tokens read up to the first
stop (an adverb, preposition, conjunction, number or punctuation), with the passive and relative-clause cases
that end a phrase early. Used by ``metric.py`` to name what a count counts."""

from __future__ import annotations

import re

from .text import _balance, _clean_ws
from .vocab import _CJK, _MODIFIER_VERBS, _NOUNISH, _STOP_WORDS, _TAGGER, _tag

_PREDICATE_ADVERBS = frozenset({"未", "尚未", "已", "已经", "仍", "仍在", "仍然", "均", "都", "尚", "正在"})

_THRESHOLD_PREFIX = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:万亿|亿|千万|百万|十万|万)?\s*(?:元|美元|吨|千瓦|兆瓦|平方米|亩|人|户|千伏|吨)?\s*"
    r"(?:以上|以下|及以上)(?:的)?")


def _np_tokens(text: str) -> list[tuple[str, str, int]]:
    """jieba tokens of ``text`` with their end offsets (spaces dropped)."""
    out: list[tuple[str, str, int]] = []
    pos = 0
    for w, p in _TAGGER.tag(text):
        pos += len(w)
        if w.strip():
            out.append((w, p, pos))
    return out


def _is_stop(tokens: list[tuple[str, str, int]], i: int, np_len: int) -> bool:
    """Where a counted noun phrase ends (an adverb, preposition, conjunction, number, punctuation …)."""
    w, p, _ = tokens[i]
    nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    if p == "x" and w not in "“”\"":
        return True
    if w in _STOP_WORDS or p in ("p", "c", "r", "m") or (p.startswith("u") and w != "的" and len(w) == 1):
        # 新都黄金: a one-character "stop" inside a name
        return not (len(w) == 1 and np_len == 1 and nxt.startswith(("n", "j")) and w not in "和与及或对在为")
    if w == "的":  # 具有特色的优势产业集群 (a relative clause), but 人口|的发展中大国
        verb_before = any(p2.startswith("v") and p2 != "vn" for _, p2, _ in tokens[:i])
        return not (nxt.startswith(_NOUNISH) and verb_before)
    return False


# a passive predicate closing the clause of a count (…被纳入产业扶贫链条, …被评为省级示范村, 被认定为高新技术企业)
_PASSIVE = re.compile(r"\s*被\s*([\u4e00-\u9fff“”\"]{2,12}?)\s*(?=$|[，,。；;！？!?])")
_DESCRIBED = re.compile(r"([\u4e00-\u9fff]{3,6})的(?=[\u4e00-\u9fff]{2})")


_RATE_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:率|比重|比例|占比)(?:达到|达|为|提高|提升|下降|保持)")


# an administrative unit with its alternatives in brackets (县（市、区）, 乡（镇）, 县（区）): one noun
# closing its phrase (6个县（市、区）、23家企业, 8个县（市、区）76个乡镇; before a predicate the ordinary reading
# goes on)
_ADMIN_ALTERNATIVES = re.compile(r"\s*[县市区乡镇][（(][市区县镇乡、街道]{1,6}[）)](?=[、，,。；;和及与\d]|$)")


def _noun_after(text: str) -> tuple[str, str, int]:
    """The noun phrase counted by a number (``个贫困县摘帽`` -> 贫困县, 摘帽) and how much text it used."""
    prefix = ""
    offset = 0
    m = _THRESHOLD_PREFIX.match(text)
    if m:
        prefix, offset = _clean_ws(m.group()), m.end()
    quoted = re.match(r"\s*“[^“”]{1,8}”(?=[\u4e00-\u9fff])", text[offset:])
    if quoted and not _RATE_AHEAD.match(text, offset + quoted.end()):
        # 10条“五一”精品旅游线路: a short quoted name qualifies the noun counted; not a rate's name (1187件“万件化访”
        # 化解率达到94.25%: the quoted name and the rate belong to the percentage after them)
        prefix, offset = prefix + quoted.group().strip(), offset + quoted.end()
    admin = _ADMIN_ALTERNATIVES.match(text, offset)
    if admin and not prefix:  # 6个县（市、区）: the counted units, their alternatives in brackets part of the noun
        return admin.group(), "", admin.end()
    cut = re.search(r"[，,。；;：:！？!?（(、]", text[offset:])
    clause = text[offset: offset + cut.start()] if cut else text[offset:]
    described = _DESCRIBED.match(clause)
    if described and (tags := _tag(described.group(1))) and len(tags) > 1 and tags[-1][1] == "a" \
            and tags[0][1].startswith("n"):
        offset += described.end()  # 2—3个特色鲜明的产业扶贫模式: a noun and its adjective describe what is counted
        clause = clause[described.end():]
    tokens = _np_tokens(clause)
    # (8个积水点改造, 隐患点: 点 after a noun closes it, though tagged as a numeral)
    tokens = [(w, "n" if (w == "点" and p == "m" and k and tokens[k - 1][1].startswith("n")) else p, e)
              for k, (w, p, e) in enumerate(tokens)]
    last_noun = -1
    seen_noun = False
    i = 0
    while i < len(tokens):
        w, p, _ = tokens[i]
        if _is_stop(tokens, i, i):
            break
        nounish = (p.startswith(("n", "j", "eng", "l")) and p != "nr" or p in ("b", "an", "ng")
                   or (p == "zg" and w in "村站点户区" and seen_noun))  # (重点帮扶村: 村 closes the noun)
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        after_next = tokens[i + 2] if i + 2 < len(tokens) else ("", "x", 0)
        closes = (after_next[1] in ("x", "m", "c", "p", "d", "f") or after_next[1] == "v"
                  ) and after_next[0] not in "“”\"" and i + 2 < len(tokens)
        if seen_noun and w in _PREDICATE_ADVERBS:
            break  # 7个单位|未按规定执行…, 216名死亡人员|仍在领取…: an adverb begins the predicate
        compound = (nxt == "v" and after_next[1].startswith("n") and i + 3 < len(tokens)
                    and tokens[i + 3][1] in ("d", "p", "x", "c", "uj"))  # 上级专项转移支付资金|未在…: v v n closed
        one_char_noun = nxt == "zg" and tokens[i + 1][0] in "村站点户区"  # (重点帮扶|村: the village counted)
        if seen_noun and p.startswith("v") and not compound and not (
                (nxt.startswith(("n", "j", "vn")) or one_char_noun) and (w in _MODIFIER_VERBS or closes)):
            break  # 企业|实行一企一策“零距离”, 科研院校|合作转化…; but 科技创新平台, 政府领导包保项目 stay whole
        if nounish:
            last_noun, seen_noun = i, True
        i += 1
    np_end = last_noun + 1
    if 1 < np_end < len(tokens) and tokens[np_end][1] == "m" and not clause.startswith("年", tokens[np_end][2]):
        # 14家国企营业总收入162.7亿元: the next number takes the rest of the phrase as its metric; a verb inside the
        # phrase ends what is counted (42个乡村旅游重点村接待游客31.8万人次: the villages, then what they received);
        # (42个二级单位2024年度…: a year after the phrase is no number taking it)
        verb = next((j for j in range(1, np_end) if tokens[j][1].startswith("v") and tokens[j][1] != "vn"), 0)
        np_end = verb if verb > 1 else 1
    noun = "".join(w for w, _, _ in tokens[:np_end])
    used = offset + (tokens[np_end - 1][2] if np_end else 0)
    predicate = ""
    pred_end = used
    for k in range(np_end, len(tokens)):
        w, p, end = tokens[k]
        if w in _STOP_WORDS:
            continue
        nxt = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if w == "了" and k == len(tokens) - 1:
            break
        if w in "和及与、" and nxt == "m":  # 10项重点举措和60项…: a list item closes here
            break
        if p == "x" or p == "m" or p.startswith(("p", "c", "u")) or (predicate and not p.startswith("v")):
            predicate = ""  # the predicate must close the clause: 4个贫困县摘帽, not 5个县建设了工厂
            break
        predicate += w
        pred_end = offset + end
    passive = _PASSIVE.match(clause, tokens[np_end - 1][2]) if np_end and not predicate else None
    if passive and noun:  # 12万贫困人口被纳入产业扶贫链条: the counted are those the clause says this was done to
        return _balance(prefix + noun), passive.group(1), offset + passive.end()
    limit = 8 if len(noun) == 1 else 4  # 42个村实施“气代煤”工程: a one-character noun needs its predicate
    if len(predicate) > limit or not predicate or not _CJK.match(predicate[0]) or predicate in ("中", "之中", "内"):
        # (8个地表水国控断面中，…: a locative, the whole the next figures are counted among)
        predicate = ""
    elif noun:
        used = pred_end
    if not noun and predicate and not prefix:
        noun, predicate = predicate, ""
        used = pred_end
    noun = prefix + noun if noun else ""
    return _balance(noun), predicate, used


def _np_after_de(text: str) -> str:
    """The noun phrase after 的 (``投资10亿元的新都黄金改造项目、…`` -> 新都黄金改造项目)."""
    cut = re.search(r"[，,。；;：:！？!?、等]", text)
    clause = text[: cut.start()] if cut else text
    tokens = _np_tokens(clause)
    while tokens and not (tokens[-1][1].startswith(("n", "j", "eng")) and tokens[-1][1] != "nr"):
        tokens.pop()
    return _balance("".join(w for w, _, _ in tokens))


def _topic(metric: str) -> str:
    """地区生产总值增速与全省差值 -> 地区生产总值 (for 总量 ranks); 货物吞吐量占全市港口 -> 货物吞吐量 (a share names
    its part first)."""
    m = re.search(r"增速|增幅|增长|总量|与全|与全国|差值|比重|占比|占(?!地|用)", metric)
    return metric[: m.start()] if m and m.start() >= 2 else metric
