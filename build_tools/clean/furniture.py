"""Layout furniture: text that belongs to the page or the publication, not to any document.

Each rule is general (page numbers, banners, tables of contents, mastheads, publication notices);
every removal is recorded in the cleaning report with the rule that made it.
"""

from __future__ import annotations

import re

from ..model import Block, CleaningAction
from .portal import is_portal_clutter, is_site_owner
from .text import CJK_RE, cjk_at_most, cjk_count

NUMBER_RE = re.compile(r"^[-—－–·\s]*(第\s*)?\d{1,4}\s*(页|版)?[-—－–·\s]*$|^第\s*[一二三四五六七八九十\d]+\s*版$"
                       # a print file's page line with the page count (第 3 页 共 12 页, 共12页 第3页, 第3页/共12页)
                       r"|^[-—－–·\s]*(第\s*\d{1,4}\s*页[\s,，/、]*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页[\s,，/、]*第\s*\d{1,4}\s*页)"
                       r"[-—－–·\s]*$")
WEEKDAY_DATE_RE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]?\s*(星期|周)[一二三四五六日天][）)]?")
JUMP_RE = re.compile(r"^[（(]\s*(下转|上接|转|接)第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]$")
AD_RE = re.compile(r"(办公室|委员会|局|中心|协会|办|政府|部|会)[\s\u3000]*宣$|公益广告")
END_MARK_RE = re.compile(r"^[（(]?\s*[完終终]\s*[）)]?$")
PUBLICATION_KEYS = re.compile(r"^(编委|主编|副主编|总编辑|副总编辑|编辑单位|编辑部|主办|主管|承办|出版|印刷|刊号|"
                              r"国内统一连续出版物号|国际标准连续出版物号|发行|定价|准印证|责任编辑|编辑)")
ISSUE_RE = re.compile(r"^(第\s*\d+\s*期|\d{4}\s*年\s*第\s*\d+\s*期.*|.*第\s*\d+\s*期.*出版.*|总第\s*\d+\s*期"
                      r"|.{0,30}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*出版|第\s*\d+\s*版\s+\S{2,8}"
                      # a periodical's masthead with its issue (蔺州统计月报　2025年第11期, a PDF's running header)
                      r"|[\u4e00-\u9fff]{2,12}(?:月报|周报|旬报|简报|快报|季报|通讯|动态|资料)\s*\d{4}\s*年\s*第\s*\d+\s*期)$")


def _is_issue(text: str) -> bool:
    """An issue number / publication date line (ISSUE_RE); every form of it names an issue (期) or edition (版)."""
    return ("期" in text or "版" in text) and bool(ISSUE_RE.match(text))


TOC_START_RE = re.compile(r"^目\s*录")
TOC_ENTRY_RE = re.compile(r"^([-•·●]\s*)|\s\d{1,3}$|[…．.·]{3,}\s*[（(]?\d+[）)]?$|^【[^】]{1,12}】$"
                          r"|^[…．.·]{3,}\s*[（(]?\d+[）)]?$")
MASTHEAD_KEYS = (
    "编委会成员", "编委会", "编委主任", "编委副主任", "编委", "主编", "副主编", "总编辑", "副总编辑", "编辑单位",
    "责任编辑", "编辑", "主办单位", "主办", "主管单位", "主管", "承办", "出版单位", "出版", "发行", "地址", "邮编",
    "邮政编码", "电话", "联系电话", "传真", "E-mail", "Email", "电子邮箱", "电子信箱", "网址", "印刷单位", "印刷",
    "刊号", "国内统一连续出版物号", "国际标准连续出版物号", "定价", "准印证号",
)
MASTHEAD_RE = re.compile(r"^(" + "|".join(re.escape(k) for k in MASTHEAD_KEYS) + r")\s*([:：]|$)", re.I)
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
BACK_MATTER_RE = re.compile(r"^《([^》]*(公报|报|刊|杂志|年鉴)[^》]*)》\s*(简介|介绍|征订|订阅)")
BYLINE_RE = re.compile(r"(记者|通讯员|编辑|摄影|撰稿)")
# Web page furniture: breadcrumbs, publishing data, font-size and print widgets, sharing, navigation.
# What a line starts with (matched at the start only) ...
WEB_START_RE = re.compile(
    r"(首页|主页|当前位置|您的位置|您现在的位置|所在位置)\s*[：:>＞»/]"
    r"|(【?(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享到|分享|扫一扫|下载)】?[：:]?\s*){1,6}$"
    r"|(上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读)\s*[：:]?"
    r"|(扫一扫|扫码|手机扫一扫|微信扫一扫).{0,14}$"
    r"|[（(]?(责任编辑|编辑|审核|校对|初审|复审|终审|来源|稿源|信息来源)\s*[：:]\s*[^\s）)]{0,20}[）)]?$"
)
# Breadcrumbs (新闻中心 > 通知公告 > 正文), tried only on lines with a separator: the pattern is slow to rule out.
# The first step may be a site's name (棠溪市人民政府门户网站 > 政务动态 > 棠溪要闻); no step holds punctuation.
BREADCRUMB_RE = re.compile(r"[^\s，。；！？,;!?]{1,18}(\s*[>＞»]\s*[^\s，。；！？,;!?]{1,14}){2,}$")
# ... and what it holds anywhere: publishing data, the font-size widget (maybe in brackets: 【字体：大 中 小】).
# Two regexes: each is searched much faster than the two as one alternation.
# (and a site's footer codes: 网站标识码：0000000030, X ICP备00000030号, X公网安备00000000000030号)
WEB_DATA_RE = re.compile(r"(发布时间|发布日期|发文日期|更新时间|浏览次数|点击数|阅读次数|访问量|阅读量|"
                         r"网站标识码|网站识别码)\s*[：:]|ICP备\s*\d|ICP证\s*\d|公网安备\s*\d")
# a site's name standing alone at the top of a page (青潭县人民政府门户网站, 岚州市人民政府网, 蔺阳新闻网)
SITE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:门户网站|政府网站|人民政府网|政府网|政务网|政务公开网|新闻网|"
                          r"政府信息公开(?:平台|专栏))$")
# A WeChat article copied out of the app: the follow prompt under the account's name (黛溪应急 点击上方蓝字关注
# 我们), the 原创 byline with the account and the minute of posting, and the bar under the article (阅读原文 分享 收藏
# 在看 点赞).
WECHAT_RE = re.compile(r"^.{0,20}点击?(?:上方|上面|下方)?(?:蓝字|蓝色字体?|“[^”]{1,12}”)\s*(?:关注|订阅)(?:我们)?\s*$"
                       r"|^原创\s*\S.{1,40}\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\s*\d{1,2}:\d{2}$"
                       r"|^(?:(?:阅读原文|分享|收藏|在看|点赞|赞赏|写留言|留言)\s*){1,8}$")
WEB_FONT_RE = re.compile(r"字[体号]\s*[：:]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小")


def _is_web(text: str) -> bool:
    """Web page furniture of at most 60 Chinese characters."""
    return cjk_at_most(text, 60) and bool(
        WEB_START_RE.match(text) or WEB_DATA_RE.search(text) or WECHAT_RE.match(text)
        or WEB_FONT_RE.search(text) or SITE_NAME_RE.match(text)
        or (">" in text or "＞" in text or "»" in text) and BREADCRUMB_RE.match(text))


PUNCT_RE = re.compile(r"[，。、；：！？,;:!?]")
WORD_CHAR_RE = re.compile(r"[\w\u4e00-\u9fff]")
COLON_END_RE = re.compile(r"[:：]$")
ADDRESS_MARK_RE = re.compile(r"[@/]")  # e-mail and web addresses are not banners
WHITESPACE_RE = re.compile(r"\s+")
PERIODICAL_TITLE_RE = re.compile(r"《[^》]*(公报|刊)》")
BOOK_TITLE_RE = re.compile(r"《([^》]+)》")
NAME_END_RE = re.compile(r"[\s（(《]")


def _no_punct(text: str) -> bool:
    return not PUNCT_RE.search(text)


def _record(report: list[CleaningAction], block: Block, rule: str, detail: str) -> None:
    report.append(CleaningAction(rule, "removed", block.lines, block.text, detail))


def remove_furniture(blocks: list[Block], report: list[CleaningAction], publication: str = "") -> list[Block]:
    """Return the blocks that are content; record every removed block."""
    drop: dict[int, tuple[str, str]] = {}
    pub_names = _publication_names(publication)
    first_body = next((i for i, b in enumerate(blocks) if cjk_count(b.text) >= 40), len(blocks))
    in_toc = False
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = block.text.strip()
        nxt = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
        if block.kind == "table":  # a table row is content, whatever it looks like
            i += 1
            continue
        if TOC_START_RE.match(text):
            in_toc = True
            drop[i] = ("furniture.toc", "table of contents heading")
        elif in_toc and (TOC_ENTRY_RE.search(text) or (cjk_count(text) <= 14 and _no_punct(text)
                                                        and TOC_ENTRY_RE.search(nxt))) \
                and not MASTHEAD_RE.match(text):
            drop[i] = ("furniture.toc", "table of contents entry")
        elif MASTHEAD_RE.match(text) and _in_masthead(blocks, i):
            in_toc = False
            drop[i] = ("furniture.masthead", "masthead / imprint line (editors, address, contact, printer)")
            if COLON_END_RE.search(text) and nxt and not MASTHEAD_RE.match(nxt) and len(nxt) <= 40:
                drop[i + 1] = ("furniture.masthead", "value of the masthead line above")
                i += 1
        elif _is_web(text):
            drop[i] = ("furniture.web", "web page furniture (navigation, publishing data, print/share links, credits)")
        elif is_portal_clutter(text) or i == 0 and is_site_owner(text, nxt):
            drop[i] = ("furniture.portal", "a copied portal page's clutter (site name, navigation bar, image "
                                           "placeholder, share bar, related items)")
        elif NUMBER_RE.match(text):
            drop[i] = ("furniture.page_number", "a number standing alone: page, year or issue number")
        elif _is_issue(text):
            drop[i] = ("furniture.issue", "issue number / publication date line of the periodical")
        elif block.kind == "axis":
            drop[i] = ("furniture.chart", "a chart's axis labels left in the text by the converter")
        elif WEEKDAY_DATE_RE.match(text) and cjk_count(text) <= 24:
            drop[i] = ("furniture.issue", "page or release header: date with the day of the week")
        elif JUMP_RE.match(text):
            drop[i] = ("furniture.jump", "newspaper jump line (continued on / from another page)")
        elif _no_punct(text) and AD_RE.search(text):
            drop[i] = ("furniture.advertisement", "public-service advertisement (slogans credited 'X 宣')")
        elif END_MARK_RE.match(text):
            drop[i] = ("furniture.end_mark", "end-of-release mark")
        elif not CJK_RE.search(text) and LATIN_WORD_RE.search(text) and not ADDRESS_MARK_RE.search(text):
            drop[i] = ("furniture.english_banner", "non-Chinese banner or line in a Chinese text")
            if i > 0 and i - 1 not in drop and _is_banner_text(blocks[i - 1].text):
                drop[i - 1] = ("furniture.banner", "page banner (the Chinese of the English banner)")
        elif not WORD_CHAR_RE.search(text):
            drop[i] = ("furniture.decoration", "decorative line without text")
        elif text in pub_names and not (i == 0 and not (NUMBER_RE.match(nxt) or _is_issue(nxt)
                                                            or WEEKDAY_DATE_RE.match(nxt))):
            drop[i] = ("furniture.masthead", "the publication's name as a page header")
        elif i < first_body and _is_banner_text(text) and len(WHITESPACE_RE.split(text)) >= 3:
            drop[i] = ("furniture.banner", "page banner (several spaced phrases above the first article)")
        elif _is_issue(nxt) and cjk_count(text) <= 8 and _no_punct(text):
            drop[i] = ("furniture.section", "a periodical's column name, followed by its issue number")
        else:
            in_toc = False
        m = BACK_MATTER_RE.match(text)
        if m:
            names = {m.group(1), *pub_names}
            drop[i] = ("furniture.back_matter", "the periodical's notice about itself")
            j = i + 1
            while j < len(blocks) and (any(n in blocks[j].text for n in names) or "本刊" in blocks[j].text
                                       or PERIODICAL_TITLE_RE.search(blocks[j].text)):
                drop[j] = ("furniture.back_matter", "the periodical's notice about itself")
                j += 1
            i = j
            continue
        i += 1
    _drop_running_headers(blocks, drop)
    kept = []
    for i, block in enumerate(blocks):
        if i in drop:
            _record(report, block, *drop[i])
        else:
            kept.append(block)
    return kept


def _masthead_run(blocks: list[Block], i: int) -> range:
    """The run of consecutive masthead lines (and their values) around blocks[i]."""
    def member(j: int) -> bool:
        t = blocks[j].text.strip()
        prev = blocks[j - 1].text.strip() if j else ""
        return bool(MASTHEAD_RE.match(t)) or (bool(COLON_END_RE.search(prev)) and bool(MASTHEAD_RE.match(prev))
                                               and len(t) <= 40)
    start = i
    while start > 0 and member(start - 1):
        start -= 1
    end = i
    while end + 1 < len(blocks) and member(end + 1):
        end += 1
    return range(start, end + 1)


def _in_masthead(blocks: list[Block], i: int) -> bool:
    """Contact lines are an imprint only next to a publication's own keys (editor, publisher, printer);
    a notice's 联系人/联系电话/地址 lines are content."""
    run = _masthead_run(blocks, i)
    return any(PUBLICATION_KEYS.match(blocks[j].text.strip()) for j in run) or blocks[i].text.strip() == "编委会成员"


def _is_banner_text(text: str) -> bool:
    return 0 < cjk_count(text) <= 30 and _no_punct(text)


PERIODICAL_RE = re.compile(r"(公报|日报|晚报|周报|报|周刊|刊|杂志|年鉴|通讯|简报|政报)$")


def _publication_names(publication: str) -> set[str]:
    """The periodical's name from the metadata's ``source`` (《民生周刊》…, 朝阳市人民政府公报 2023年第10期)."""
    names = set(BOOK_TITLE_RE.findall(publication))
    first = NAME_END_RE.split(publication.strip())[0] if publication else ""
    if first and PERIODICAL_RE.search(first):
        names.add(first)
    return {n for n in names if PERIODICAL_RE.search(n) and not n.endswith("统计公报")}


def _drop_running_headers(blocks: list[Block], drop: dict[int, tuple[str, str]]) -> None:
    """A short line repeated four or more times is a running header or footer."""
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        t = b.text.strip()
        if len(t) <= 30 and not BYLINE_RE.search(t):
            seen.setdefault(t, []).append(i)
    for idxs in seen.values():
        if len(idxs) >= 3:
            first_body = next((j for j, b in enumerate(blocks) if cjk_count(b.text) >= 40), len(blocks))
            for i in idxs:
                if i == idxs[0] and i < first_body:
                    continue  # the first copy, above the text, is the title the header repeats
                drop.setdefault(i, ("furniture.running_header", "line repeated on every page"))
    # the other part of a header line split at its wide gap (荻阳市邮政管理局　　　…　　　邮政行业运行情况: the body
    # on the left, the document on the right) goes with the repeated part, not into the text across the page break
    header_lines = {blocks[i].lines for i, (rule, _) in drop.items() if rule == "furniture.running_header"}
    for i, b in enumerate(blocks):
        t = b.text.strip()
        if i not in drop and b.lines in header_lines and b.lines[0] == b.lines[1] and len(t) <= 30 \
                and not re.search(r"[。；;！？]", t):
            drop[i] = ("furniture.running_header", "the other part of a running header's line")


# The line patterns that need no further condition, as one regex (one match instead of four).
LINE_FURNITURE_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (NUMBER_RE, TOC_START_RE, JUMP_RE, END_MARK_RE)))


def is_furniture_line(text: str) -> bool:
    """A single line that is page or publication furniture whatever surrounds it (used to keep such lines
    from being joined to their neighbours before the block-level rules run)."""
    t = text.strip()
    return bool(_is_web(t) or LINE_FURNITURE_RE.match(t) or _is_issue(t)
                or WEEKDAY_DATE_RE.match(t) and cjk_count(t) <= 24)
