"""Clutter of a portal page copied into a text file: the navigation bar, image placeholders, share bars, the related
items list and the site's name above its navigation. (Breadcrumbs, publishing data and print links: furniture.py.)"""

from __future__ import annotations

import re

from .text import cjk_count

# a navigation bar as a copy keeps it, its items separated by bars (首页 | 机构概况 | 政务公开 | 新闻中心)
NAV_BAR_RE = re.compile(r"^(?:网站首页|首页|主页)\s*[|｜]\s*[^|｜，。；]{2,12}"
                        r"(?:\s*[|｜]\s*[^|｜，。；]{2,12}){1,12}\s*[|｜]?$")
# an image or video left as a placeholder ([图片], 【图片】, [image])
PLACEHOLDER_RE = re.compile(r"^[\[【［]\s*(?:图片|图像|视频|音频|image|img|picture|video)\s*[\]】］]$", re.I)
# the share bar with the networks named (分享到：微信 微博 QQ空间)
SHARE_RE = re.compile(r"^(?:分享到|分享至|转发到|分享)\s*[：:]\s*[^，。；]{0,30}$")
# the heading of the related items (相关新闻, 推荐阅读)
RELATED_HEAD_RE = re.compile(r"^(?:相关新闻|相关信息|相关稿件|相关报道|相关链接|相关文章|相关阅读|推荐阅读|"
                             r"延伸阅读|热点新闻|热点推荐|最新信息|最新动态)\s*[：:]?$")
# one related item: a bullet, a headline and its date (· 我市启动…执行预案　2025-11-09)
RELATED_ITEM_RE = re.compile(r"^[·•●▪◆◇■□]\s*[^。；！？]{4,60}?\s*"
                             r"[（(\[]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[）)\]]?$")
# a body's name (稷川市粮食和物资储备局, 澹溪县人民政府): the site's name when it stands above the navigation
SITE_OWNER_RE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:局|委员会|委|人民政府|政府|办公室|厅|中心|院|网|网站|门户)$")


def is_portal_clutter(text: str) -> bool:
    """A line of a copied portal page that is no text of the article, whatever surrounds it."""
    t = text.strip()
    if cjk_count(t) > 80:
        return False
    return bool(NAV_BAR_RE.match(t) or PLACEHOLDER_RE.match(t) or SHARE_RE.match(t) or RELATED_HEAD_RE.match(t)
                or RELATED_ITEM_RE.match(t))


def is_site_owner(text: str, next_text: str) -> bool:
    """The body's name on a line of its own right above the page's navigation bar (the site's logo as copied)."""
    return bool(SITE_OWNER_RE.match(text.strip())) and bool(NAV_BAR_RE.match(next_text.strip()))
