"""English numbers and units: ``CNY 61 billion``, ``18,300 mu``, ``152,000 people``, ``+7%``.

Chinese units combine a magnitude (万 10^4, 亿 10^8 ...) with a unit of measure (元, 亩, 人 ...). The unit's
English comes from the glossary (category "unit"); the magnitude is applied here, and the result is written
the English way: thousands separators below a million, "million"/"billion" above. Digits are kept exactly
as written (decimal arithmetic, never float rounding): 341.5亿元 -> CNY 34.15 billion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .glossary import Entry, Glossary

MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4),
              ("千", Decimal(1000)), ("百", Decimal(100)))
SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
PERCENT = ("%", "％")
POINTS = ("个百分点", "百分点")


@dataclass(frozen=True)
class Unit:
    """A parsed Chinese unit: a multiplier and the glossary entry of the unit of measure."""

    multiplier: Decimal
    entry: Entry


def exact(value: float | int | str | Decimal) -> Decimal:
    """The number as written (1.83 stays 1.83, not 1.8300000000000000710...)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def plain(number: Decimal) -> str:
    """Digits with thousands separators and no trailing zeros: 18300.00 -> '18,300', 6.90 -> '6.9'."""
    number = number.normalize()
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    text = format(number, ",f")
    return text


def english_number(number: float | int | str | Decimal) -> str:
    """'18,300', '152,000', '4.507 million', '61 billion'."""
    value = exact(number)
    magnitude = abs(value)
    for scale, word in SCALES:
        if magnitude >= scale:
            scaled = value / scale
            if -scaled.normalize().as_tuple().exponent > 3:
                continue  # 38652.4亿元: "3,865.24 billion" (NBS usage), not "3.86524 trillion"; 1,234,567 stays
            return f"{plain(scaled)} {word}"
    return plain(value)


# units whose Chinese the glossary gives to another meaning: a number directly before 单位 counts blood units (采集全血
# …折合7.6万单位), while the glossary's 单位 is the organisations a figure counts (检查单位120家)
UNIT_ALIASES = {"单位": "血液单位"}


def parse_unit(unit: str, glossary: Glossary) -> Unit | None:
    """万亩 -> (10^4, 亩); 千瓦 stays one unit (kW); None when the unit is not in the glossary."""
    unit = unit.strip()
    entry = glossary.lookup(UNIT_ALIASES.get(unit, unit))
    if entry is not None and entry.category == "unit":
        return Unit(Decimal(1), entry)
    if unit.startswith("个") and len(unit) > 1:  # 个月, 个工作日: the measure word before a unit
        return parse_unit(unit[1:], glossary)
    for prefix, multiplier in MAGNITUDES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            base = parse_unit(unit[len(prefix):], glossary)
            if base is not None:
                return Unit(multiplier * base.multiplier, base.entry)
    return None


def magnitude(unit: str) -> Decimal | None:
    """The multiplier of a bare magnitude written without a unit (万, 亿): 340万 (people) -> 10^4."""
    return dict(MAGNITUDES).get(unit.strip())


def _sign(value: Decimal, signed: bool) -> str:
    return "+" if signed and value > 0 else ""


def _rate_digits(value: float | int | str | Decimal) -> str:
    """A rate as written: a Decimal with its written places keeps them (Decimal('54.0') stays '54.0', as the NBS
    keeps the communiqué's precision: "54.0 percent"); other values lose trailing zeros ('6.9')."""
    number = exact(value)
    if isinstance(value, Decimal) and number.as_tuple().exponent < 0:
        return format(number, ",f")
    return plain(number)


def percent(value: float | int | str | Decimal, *, signed: bool = False) -> str:
    """'6.9%'; signed: '+7%', '-2.5%'; Decimal('54.0') (the written figure) '54.0%'."""
    number = exact(value)
    return f"{_sign(number, signed)}{_rate_digits(value)}%"


def percentage_points(value: float | int | str | Decimal, *, signed: bool = False) -> str:
    number = exact(value)
    digits = _rate_digits(value)
    word = "percentage point" if digits.lstrip("-") == "1" else "percentage points"  # (1.0 percentage points)
    return f"{_sign(number, signed)}{digits} {word}"


def singular(noun: str) -> str:
    """The singular of a counted noun's last word (projects -> project, categories -> category, person-times ->
    person-time, businesses -> business); a word not ending in s is kept."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last


EVENT_UNITS = ("次", "场次")  # how often something was held or done (not 倍, "times" as a multiple)


def quantity(value: float | int | str | Decimal, unit: str, glossary: Glossary, *, signed: bool = False,
             noun: str = "", unitless: frozenset[str] = frozenset()) -> str | None:
    """An amount in English, or None if the unit is unknown.

    ``signed`` writes a plus sign on positive percentages and percentage points (growth rates), never on
    amounts. ``noun`` is what is counted (from the metric: "projects"); it replaces a bare measure word (个, 家, 项).
    ``unitless``: what the label already names (count_units.named): "noun", the counted noun (a count of a
    measure word is the number alone: "Kindergartens: 118", not "118 kindergartens"); "people" (a count in 人:
    "Population: 3,865,472"); "events" (a count in 次 or 场次: "Meetings held: 5", not "5 times").
    """
    unit = unit.strip()
    if unit in PERCENT:
        return percent(value, signed=signed)
    if unit in POINTS:
        return percentage_points(value, signed=signed)
    bare = Decimal(1) if not unit else magnitude(unit)
    if bare is not None:
        number = exact(value) * bare
        return english_number(number) + (f" {noun}" if noun and "noun" not in unitless else "")
    parsed = parse_unit(unit, glossary)
    if parsed is None:
        return _per(value, unit, glossary, signed=signed)
    number = exact(value) * parsed.multiplier
    text = english_number(number)
    entry = parsed.entry
    if entry.symbol_first:
        return f"{entry.en} {text}"
    counter = entry.noun == "-"  # a measure word with no English of its own (个, 项, 户): the bare number
    person = entry.en == "person"
    if ("noun" in unitless and (counter or person)) or ("people" in unitless and person) or (
            "events" in unitless and entry.zh in EVENT_UNITS):
        return text
    if noun and (counter or entry.en == "person"):  # what is counted, from the metric: 316 projects, 13,325 jobs
        return f"{text} {singular(noun) if abs(number) == 1 else noun}"  # (1 project, not "1 projects")
    if counter:
        return text
    word = entry.en if abs(number) == 1 or not entry.noun else entry.noun
    return f"{text} {word}"


def _per(value: float | int | str | Decimal, unit: str, glossary: Glossary, *, signed: bool) -> str | None:
    """A rate unit written X/Y (820元/人·月): the amount in X followed by the glossary's /Y ("CNY 820 per person per
    month"); None when either part is unknown."""
    head, slash, tail = unit.partition("/")
    if head in EVENT_UNITS + ("场", "轮") and (tail in FREQUENCY_EN or re.fullmatch(r"\d{1,3}日", tail)):
        # 1 次/半年: "once every six months"; 1 次/15日: "once every 15 days"
        number = exact(value)
        times = {1: "once", 2: "twice"}.get(int(number), f"{english_number(number)} times") \
            if number == int(number) else f"{english_number(number)} times"
        return f"{times} {FREQUENCY_EN.get(tail) or f'every {tail[:-1]} days'}"
    rate = glossary.lookup(slash + tail) if head and tail else None
    per = rate.en if rate is not None and rate.category == "unit" else _per_words(tail, glossary)
    if not per:
        return None
    amount = quantity(value, head, glossary, signed=signed)
    return f"{amount} {per}" if amount else None


# how often, the period of a frequency's unit (次/半年, extract/figures/rates.frequency)
FREQUENCY_EN = {"年": "a year", "半年": "every six months", "季度": "a quarter", "月": "a month", "周": "a week",
                "日": "a day"}


# what a rate is per, where the measure word's own English says more than the rate needs (户 "household or business")
# or the glossary has none (株 of trees, 穴 of graves, 眼 of wells); project renderings
PER_WORDS = {"户": "household", "株": "tree", "穴": "grave", "眼": "well", "头": "head", "亩": "mu", "秒": "second",
             "生": "student", "学期": "semester", "日": "day",  # (每生每学期, 每生每天: a student aid standard)
             "孩": "child",  # (每孩每年: a childcare subsidy)
             "辆": "vehicle", "台": "unit", "件": "item",  # (每辆最高2万元: a trade-in subsidy)
             "张": "ticket", "瓶": "bottle",  # (a ticket 60元/张, a bottle 3元/瓶)
             "处": "site", "村": "village"}  # (每处集中供水工程每年不低于2万元: per water supply site; 每村20万元)


def _per_words(tail: str, glossary: Glossary) -> str:
    """元/亩, 元/户·月: "per mu", "per household per month", from each part's glossary unit (in the singular); ""
    when a part is unknown."""
    words = []
    for part in tail.split("·") if tail else []:
        entry = glossary.lookup(part)
        word = PER_WORDS.get(part) or (entry.en if entry is not None and entry.category == "unit" else "")
        if not word or " or " in word or word.startswith("("):
            return ""
        words.append(f"per {word}")
    return " ".join(words)
