"""Character classes and small text predicates shared by the cleaning rules."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
CJK_RUN_RE = re.compile(f"[{CJK}]+")
# Chinese punctuation (full-width), including quotes and brackets.
CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】〔〕「」『』—…·～"
SENTENCE_END = "。！？…"
# What may close a paragraph: a sentence end, possibly followed by closing quotes/brackets.
PARA_END_RE = re.compile(r"[。！？…!?][”’」』）)》]*([（(][^（）()]{1,10}[）)])?$")  # …祝贺！（掌声）
CLAUSE_PUNCT = "，、；：,;:"
OPENERS = "“‘（《〈【〔「『("
CLOSERS = "”’）》〉】〕」』)"
# Heading markers of Chinese official documents, in hierarchy order (GB/T 9704 practice).
NUM_ZH = "一二三四五六七八九十百零〇两"
MARKERS = (
    ("zh-dun", re.compile(rf"^[{NUM_ZH}]+、")),  # 一、
    ("zh-paren", re.compile(rf"^[（(]\s*[{NUM_ZH}]+\s*[）)]")),  # （一）
    ("digit-dot", re.compile(r"^\d{1,2}\s*[.．、](?!\d)")),  # 1. / 1、
    ("digit-paren", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),  # （1）
)
# All four in one regex, one named alternative per class, tried in the same order (one match instead of four).
MARKER_RE = re.compile("|".join(f"(?P<{name.replace('-', '_')}>{rx.pattern.removeprefix('^')})"
                                for name, rx in MARKERS))
LIST_START_RE = re.compile(rf"^(——|-\s|•|·|[{NUM_ZH}]是|[{NUM_ZH}]要|第[{NUM_ZH}\d]+[，,、]|\[\d+\]|注\d*[：:])")
# A document number's year and number after its issuer's abbreviation (朝政办发〔2023〕30号, 蓼政令〔2025〕第3号):
# the one pattern the cleaner, the structure, `new`, the figures (numbers inside it are no figures) and the English
# (doc_number_en) build theirs from
DOC_NUMBER_TAIL = (r"\s*[〔［\[【（(]\s*(?P<year>\d{4})\s*[〕］\]】）)]\s*第?\s*(?P<number>\d{1,4})\s*号")
# A title's ending naming a year's review with the next year's plan (…工作总结和2026年工作计划, …总结及…打算): a review
# whose plan is a part of it, for `new` (its kind), the structure (its genre) and the figures (no plan document)
REVIEW_AND_PLAN_TAIL = r"总结(?:和|及|暨|与)[^，,]{0,16}(?:计划|打算|思路|安排)$"

# Lines that are complete in themselves: document number, date line, parenthesised note, letterhead.
STANDALONE_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{1,12}}{DOC_NUMBER_TAIL}$"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
    r"|^[（(][^（）()]{1,40}[）)]$"
    r"|^.{2,30}文件$"
    r"|^【[^【】]{2,30}】$"  # a label or section head in black brackets on its own line (【紧急通知】, 【一、…】)
    r"|^附件\s*\d*\s*[：:]?"
    r"|^[\u4e00-\u9fffA-Za-z-]{2,8}[：:]\s*[^。！？；，]{1,40}$"  # label: value (联系人：周敏)
    # the subtitle of a report or speech (——2025年1月14日在…第五次会议上): the line after it (the issuer) is its own
    r"|^[—─－-]{1,2}\s*[^。！？；]{2,60}(?:会议|大会|会)上(?:的(?:讲话|发言|报告|致辞))?$"
)
# The addressee line of a notice or speech (各县（市）区人民政府，…：, 同志们：, 各位代表：).
ADDRESSEE_RE = re.compile(r"^(各|全体|尊敬的)[^。]*[：:]$|(政府|部门|单位|机构|委员会|同志们?|代表|朋友们)[：:]$")
BYLINE_RE = re.compile(
    r"^((本报|新华社|特约|见习)?(记者|通讯员)|文[/／]|图[/／]|撰稿|作者)\s*[：:]?\s*\S{2,}"
    r"|^\S{0,16}(书记|市长|县长|区长|主任|局长|部长|厅长|省长|主席|委员|镇长|乡长)[\s\u3000]+\S{2,4}$"
)


def is_byline(text: str) -> bool:
    return bool(BYLINE_RE.match(text.strip())) and cjk_count(text) <= 30


def cjk_count(text: str) -> int:
    # Summing the lengths of runs is much cheaper than collecting every character (Chinese comes in runs).
    return sum(map(len, CJK_RUN_RE.findall(text)))


def cjk_at_most(text: str, limit: int) -> bool:
    """cjk_count(text) <= limit, without counting when the text is that short anyway."""
    return len(text) <= limit or cjk_count(text) <= limit


WIDE = ("\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
        "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd")
WIDE_RUN_RE = re.compile(f"[{WIDE}]+")


def display_width(text: str) -> int:
    """Width in terminal columns: East Asian wide/full-width characters count 2."""
    return len(text) + sum(map(len, WIDE_RUN_RE.findall(text)))


def ends_paragraph(text: str) -> bool:
    return bool(PARA_END_RE.search(text.rstrip()))


def marker_of(text: str) -> str | None:
    """The heading-marker class of a line (zh-dun, zh-paren, digit-dot, digit-paren) or None."""
    m = MARKER_RE.match(text)
    return m.lastgroup.replace("_", "-") if m and m.lastgroup else None


BRACKET_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "【": "】", "〔": "〕"}


def unbalanced(text: str) -> bool:
    """True if an opening quote or bracket is left open (the text continues elsewhere)."""
    for op, cl in BRACKET_PAIRS.items():
        if op in text and text.count(op) > text.count(cl):
            return True
    return False


CLAUSE_SPLIT_RE = re.compile(r"[，、；：,;:。！？]")


def last_clause(text: str) -> str:
    """The text after the last clause or sentence punctuation (quotes stripped)."""
    parts = CLAUSE_SPLIT_RE.split(text.rstrip())
    return parts[-1].strip("“”‘’「」《》 ") if parts else text


def first_clause(text: str) -> str:
    parts = CLAUSE_SPLIT_RE.split(text.lstrip())
    return parts[0] if parts else text


QUANTITY_RE = re.compile(r"\d[\d.]*\s*(万|亿|%|‰|个|户|人|家|项|公里|平方米|公顷|亩|吨|元|处|座|套|件|次)")


def has_quantity(text: str) -> bool:
    return bool(QUANTITY_RE.search(text))
