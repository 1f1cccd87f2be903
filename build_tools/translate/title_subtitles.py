"""The occasion line under a work report's or speech's title (——2022年1月6日在…第一次会议上, ——在全县经济工作会议上):
"Delivered at the First Session of the 18th People's Congress of Yunling County on 6 January 2022" (GWR 2022/1), or
at the meeting named as titles.py names meetings; None unless every part renders."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import TranslatedText
from .memory import text_hash
from .periods import english_period, ordinal
from .title_tables import SESSION_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

SUBTITLE_RE = re.compile(r"^[—\-─]+\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在(?P<region>.*?)"
                         r"第(?P<n>[一二三四五六七八九十]+)届人民代表大会(?P<sc>常务委员会)?第(?P<s>[一二三四五六七八九十]+)次"
                         r"会议上$")
# a session of a local CPPCC committee (——2025年1月8日在政协枫江县第十届委员会第四次会议上): "Delivered at the Fourth
# Session of the 10th Fengjiang County Committee of the CPPCC on 8 January 2025", as the national committee's "the
# Third Session of the 14th National Committee of the CPPCC" (project rendering of the pattern)
CPPCC_SUBTITLE_RE = re.compile(r"^[—\-─]+\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在"
                               r"(?:中国人民政治协商会议|政协)(?P<region>[\u4e00-\u9fff]{2,12}?)第(?P<n>[一二三四五六七八九十]+)届委员会"
                               r"第(?P<s>[一二三四五六七八九十]+)次(?:全体)?会议上$")
MEETING_SUBTITLE_RE = re.compile(r"^[—\-─]+\s*(?:(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?\s*"
                                 r"在(?P<meeting>.+?)上(?:的(?:讲话|发言|报告))?$")


def subtitle_text(renderer: TitleRenderer, zh: str) -> TranslatedText | None:
    """——2022年1月6日在云岭县第十八届人民代表大会第一次会议上 -> 'Delivered at the First Session of the 18th
    People's Congress of Yunling County on 6 January 2022' (GWR 2022/1, dates in the site's style); a meeting of
    its standing committee (…常务委员会第二十九次会议上) -> 'Delivered at the 29th Meeting of the Standing Committee
    of the 18th People's Congress of …' (after the NPC's English "Meeting of the Standing Committee")."""
    m = SUBTITLE_RE.match(re.sub(r"\s+", "", zh or ""))
    if not m:
        return _cppcc_subtitle_text(renderer, zh) or _meeting_subtitle_text(renderer, zh)
    from .periods import english_period

    n, s = cn_int(m.group("n")), cn_int(m.group("s"))
    date = english_period(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
    if not n or not s or not date:
        return None
    from .titles import Parts  # (titles.py imports this module)

    parts = Parts([])
    place = m.group("region")
    of = f" of {parts.part(renderer.region(place), place)}" if place else ""
    session = SESSION_WORDS.get(s, ordinal(s))
    text = f"Delivered at the {session} Session of the {ordinal(n)} People's Congress{of} on {date}"
    if m.group("sc"):  # 第十八届人民代表大会常务委员会第二十九次会议: a meeting of the standing committee
        text = (f"Delivered at the {ordinal(s)} Meeting of the Standing Committee of the {ordinal(n)} People's "
                f"Congress{of} on {date}")
    return TranslatedText(text, "missing" if parts.missing else "derived", text_hash(zh))


def _meeting_subtitle_text(renderer: TitleRenderer, zh: str) -> TranslatedText | None:
    m = MEETING_SUBTITLE_RE.match(re.sub(r"\s+", "", zh or ""))
    if not m:
        return None
    from .titles import Parts  # (titles.py imports this module)

    parts = Parts([])
    meeting = renderer.meeting(m.group("meeting"), parts)
    if parts.missing:
        return None
    text = f"Delivered at the {meeting}"
    if m.group("y"):
        date = english_period(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
        if date is None:
            return None
        text += f" on {date}"
    return TranslatedText(text, "derived", text_hash(zh))


def _cppcc_subtitle_text(renderer: TitleRenderer, zh: str) -> TranslatedText | None:
    m = CPPCC_SUBTITLE_RE.match(re.sub(r"\s+", "", zh or ""))
    if not m:
        return None
    n, s = cn_int(m.group("n")), cn_int(m.group("s"))
    date = english_period(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
    government = renderer.body(m.group("region") + "人民政府")  # "Fengjiang County People's Government"
    if not n or not s or not date or not government or not government.endswith(" People's Government"):
        return None
    whose = government.removesuffix(" People's Government")
    text = (f"Delivered at the {SESSION_WORDS.get(s, ordinal(s))} Session of the {ordinal(n)} {whose} Committee of "
            f"the CPPCC on {date}")
    return TranslatedText(text, "derived", text_hash(zh))


# a title closed by its document number in brackets (行政处罚决定书（棠市监处罚〔2025〕86号）)
NUMBERED_TITLE_RE = re.compile(r"^(?P<title>.{2,}?)[（(]"
                               r"(?P<number>[\u4e00-\u9fff]{2,12}\s*[〔\[［(（【]\d{4}[〕\]］)）】]\s*\d+\s*号)[）)]$")


def numbered_title(renderer: TitleRenderer, zh: str, issuer: str, region: str) -> str | None:
    """行政处罚决定书（棠市监处罚〔2025〕86号） -> 'Decision on Administrative Penalty (Tang Shi Jian Chu Fa [2025]
    No. 86)': the title's frame and the number as names.doc_number_en writes it; None unless both render."""
    from .names import doc_number_en

    m = NUMBERED_TITLE_RE.match(zh)
    if not m:
        return None
    inner = renderer.title(m.group("title"), issuer, region)
    number = doc_number_en(m.group("number"))
    if inner is None or inner.status != "derived" or number == m.group("number").strip():
        return None
    return f"{inner.text} ({number})"
