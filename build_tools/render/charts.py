"""Build-time SVG bar charts: no JavaScript, text stays text (Chinese labels use the reader's CJK fonts)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from .data import format_number

FONT = ("'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', "
        "'WenQuanYi Micro Hei', 'Noto Sans SC', sans-serif")
WIDTH = 720
ROW = 26
BAR = 16
TOP = 36
BOTTOM = 12
FONT_SIZE = 13
LABEL_WIDTH = 260
VALUE_WIDTH = 110
COLORS = ("#3f6ec6", "#c4512b")  # achieved, target


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    target: bool = False
    series: str = ""  # bars of one series (a region's values over time) are consecutive; a rule separates series


def scale(values: Sequence[float], unit: str, lang: str = "zh") -> tuple[float, str]:
    """A magnitude for large values: (divisor, unit shown). Chinese: 6.1e10 元 -> (1e8, '亿元');
    English: 6.1e10 CNY -> (1e9, 'billion CNY')."""
    if unit in ("%", "％") or not values:
        return 1.0, unit
    top = max(abs(v) for v in values)
    if lang == "en":
        for divisor, word in ((1e9, "billion"), (1e6, "million")):
            if top >= divisor:
                return divisor, f"{word} {unit}".strip()
        return 1.0, unit
    if top >= 1e8:
        return 1e8, "亿" + unit
    if top >= 1e4:
        return 1e4, "万" + unit
    return 1.0, unit


def chart_key(*parts: str) -> str:
    """A stable file name for a chart: same group, same name, whatever else is in the collection."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=8192)
def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _widths(text: str, size: int) -> list[float]:
    return [size if _wide(ch) else size * 0.6 for ch in text]


def text_width(text: str, size: int = FONT_SIZE) -> float:
    """Rough rendered width: wide (CJK) characters take a full em, others about 0.6 em."""
    return sum(_widths(text, size))


def fit(text: str, width: float, size: int = FONT_SIZE) -> str:
    """``text`` as it fits in ``width``: whole, or the longest start of it that fits with an ellipsis after it."""
    if text_width(text, size) <= width:
        return text
    ellipsis = text_width("…", size)
    fits = 0  # the longest start whose width, summed left to right as text_width does, fits with the ellipsis
    total = 0.0
    for i, w in enumerate(_widths(text, size), 1):
        total += w
        if total + ellipsis > width:
            break
        fits = i
    return text[:fits] + "…"


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def bar_chart(title: str, unit: str, bars: Sequence[Bar], lang: str = "zh") -> str:
    """A horizontal bar chart as an SVG document. Zero baseline; negative values extend left of it. A thin rule
    separates consecutive bars of different series."""
    height = TOP + ROW * len(bars) + BOTTOM
    plot_x = LABEL_WIDTH + 8
    plot_w = WIDTH - plot_x - VALUE_WIDTH
    lo = min(0.0, *(b.value for b in bars))
    hi = max(0.0, *(b.value for b in bars))
    span = (hi - lo) or 1.0
    zero = plot_x + plot_w * (0 - lo) / span
    if not unit:
        heading = title
    else:
        heading = f"{title} ({unit})" if lang == "en" else f"{title}（{unit}）"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(heading)} '
        f'font-family="{FONT}" font-size="{FONT_SIZE}">',
        f"<title>{escape(heading)}</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="8" y="22" font-weight="bold" fill="#222">{escape(fit(heading, WIDTH - 16))}</text>',
    ]
    for i, bar in enumerate(bars):
        y = TOP + i * ROW
        x0 = zero + plot_w * min(bar.value, 0) / span
        w = plot_w * abs(bar.value) / span
        if i and bar.series != bars[i - 1].series:
            out.append(f'<line x1="8" y1="{y - (ROW - BAR) // 2 - 1}" x2="{WIDTH - 8}" y2="{y - (ROW - BAR) // 2 - 1}" '
                       'stroke="#d0d0d0" stroke-width="1"/>')
        color = COLORS[1] if bar.target else COLORS[0]
        value_text = format_number(bar.value) + (f" {unit}" if unit else "")
        out.append(f'<text x="{LABEL_WIDTH}" y="{_num(y + BAR - 3)}" text-anchor="end" fill="#333">'
                   f"{escape(fit(bar.label, LABEL_WIDTH - 8))}</text>")
        out.append(f'<rect x="{_num(x0)}" y="{y}" width="{_num(max(w, 1))}" height="{BAR}" fill="{color}"/>')
        out.append(f'<text x="{_num(max(zero, x0 + w) + 4)}" y="{_num(y + BAR - 3)}" fill="#333">'
                   f"{escape(value_text)}</text>")
    out.append(f'<line x1="{_num(zero)}" y1="{TOP - 4}" x2="{_num(zero)}" y2="{height - BOTTOM + 2}" '
               'stroke="#888" stroke-width="1"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
