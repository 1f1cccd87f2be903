"""Small word helpers of the English titles and headings (titles.py, title_headings.py): Chinese numerals,
Roman numerals, the numbering of headings, title case and the article before an object."""

from __future__ import annotations

import re

from .title_tables import CN_NUM, COUNT_NOUNS, ROMAN, SMALL_WORDS

NUM_PREFIX_RE = re.compile(r"^(?:(?P<cn>[一二三四五六七八九十]{1,3})、|[（(](?P<cnp>[一二三四五六七八九十]{1,3})[）)]|"
                           r"(?P<ar>\d{1,2})[.．、]\s*|[（(](?P<arp>\d{1,2})[）)]\s*|"
                           r"第(?P<ch>[一二三四五六七八九十]{1,3})(?P<unit>章|部分|节)\s*)(?P<rest>.+)$")


def cn_int(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十一 -> 21 (up to 99)."""
    if not text or any(c not in CN_NUM for c in text):
        return None
    if "十" not in text:
        return CN_NUM[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if "十" in units:
        return None
    return (CN_NUM[tens] if tens else 1) * 10 + (CN_NUM[units] if units else 0)


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN * 4:
        while n >= value:
            out += letters
            n -= value
    return out


def with_article(phrase: str) -> str:
    """'the' before an object that needs it after a verb: a noun followed by 'of' ('the improvement of rural living
    environments') or a singular countable name ('the river chief system'); other phrases as they are."""
    if re.match(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s",
                phrase):
        return f"the {phrase}"  # an ordinal name: "the Fifth National Economic Census"
    if re.match(r"^(?:a|an|the)\s", phrase) or phrase[:1].isupper():
        return phrase
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if w in SMALL_WORDS), len(words)) - 1  # last word before "of/for..."
    if (len(words) > 2 and words[1] == "of") or (head >= 0 and words[head] in COUNT_NOUNS):
        return f"the {phrase}"
    return phrase


def title_case(text: str) -> str:
    """'comprehensively advancing rural revitalization' -> 'Comprehensively Advancing Rural Revitalization': every
    word capitalised but short function words (the text goes inside a title); words with capitals (GDP) kept."""
    words = text.split(" ")
    out = []
    for word in words:
        if word in SMALL_WORDS:  # a subject sits inside a title: its articles stay lower case
            out.append(word)
        elif word[:1] == "(" and word[1:2].islower():  # (letters and visits) -> (Letters and Visits)
            out.append("(" + title_case(word[1:]))
        elif word[:1].islower():
            out.append("-".join(p[:1].upper() + p[1:] if p not in SMALL_WORDS or not j else p
                                for j, p in enumerate(word.split("-"))))
        else:
            out.append(word)
    return " ".join(out)
