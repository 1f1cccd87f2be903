"""Plain-text sources: decode a file's bytes to NFC text with a known encoding.

Strict decodings are tried first (UTF-32/UTF-16/UTF-8 with a BOM, UTF-16 without a BOM, UTF-8, GB18030,
and Big5 when GB18030 "succeeds" with garbled characters), then charset-normalizer as a last resort.
Binary, empty and oversized input are clear errors that name the file and say how to fix it.
NFC only: NFKC would turn full-width Chinese punctuation into ASCII.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from pathlib import Path

from ..errors import InputError, Problem
from ..sources import INVISIBLE_RE
from .base import Decoded, Reader

log = logging.getLogger(__name__)

# Refuse anything larger. A bulletin is 10-500 KB (the largest seed is 53 KB); 8 MiB is about 2.8 million Chinese
# characters, several years of a gazette. A bigger file is almost always a mistake (an archive, several issues
# pasted together, a log) and would become one unusable web page. Refused from the file size, before reading.
MAX_BYTES = 8 * 1024 * 1024

# Magic numbers of binary formats editors may rename to .txt by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx/.odt file)",
    b"PK\x05\x06": "an empty ZIP archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document (.doc/.xls/.wps)",
    b"\x1f\x8b": "a gzip archive",
    b"BZh91AY&SY": "a bzip2 archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program (ELF executable)",
    b"\x00\x00\x01\x00": "an icon image",
}

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls except \t \n \v \f \r
VISIBLE_RE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The 600 most frequent Chinese characters (character frequencies of jieba's dictionary) and their Traditional
# forms (OpenCC s2t). In Chinese text 80-93% of the Chinese characters are among them (the seeds and fixtures;
# 63% in a Hong Kong press release); in Korean EUC-KR or Japanese Shift_JIS/EUC-JP bytes decoded as GB18030
# (mojibake made of real but random characters) 0-18%.
COMMON_HAN = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "並亞佔來個們備傳價兒內兩別則創動務勢區卻參員問喫單嚴國圖團報場學宮實寶將專對導屬師帶幹幾廣張強後從復愛應戰採擊據數斷於時書會東條業極構樂標樣機權歷氣決沒況準滿漢濟無熱營爭爲爾現環產當發確種稱積節紀約紅"
    "級組結給統經維網線編縣總織羅羣義聯聲職聽臺與興舉華萬藥處號衆術裏裝見規視親覺觀計記設許試話該認語說調請論證識議護變讓責費資質車軍較輕轉辦農這連進遊運過達遠選還邊鄉鐵長門開間關陽隊際隨雖雙離難電響項領頭"
    "題類顯風飛餘馬體鬥魚麼黃點黨龍"
)
MIN_COMMON_SHARE = 0.4
LEGACY_CONSIDERED = "UTF-8, UTF-16, UTF-32 (with or without a byte-order mark), GB18030 (GBK, GB2312) and Big5"


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV sound file", b"AVI ": "an AVI video"}[data[8:12]]
    if data.startswith(b"MZ") and b"This program cannot be run" in data[:512]:
        return "a Windows program (.exe)"
    if data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00" and len(data) > 26:
        return "a BMP image"
    return None


def _common_share(text: str, codec: str) -> float:
    """Share of non-ASCII characters that are Chinese characters or punctuation encodable in ``codec``.

    Text decoded with the wrong legacy codec (mojibake) is full of kana, Greek, box drawing and rare characters.
    """
    chars = [ch for ch in text if ord(ch) > 0x7F]
    if not chars:
        return 1.0
    good = 0
    for ch in chars:
        if HAN_RE.match(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·":
            try:
                ch.encode(codec)
                good += 1
            except UnicodeEncodeError:
                pass
    return good / len(chars)


def common_han_share(text: str) -> tuple[int, float]:
    """The number of Chinese characters in ``text`` and the share of them that are common (COMMON_HAN)."""
    han = HAN_RE.findall(text)
    if not han:
        return 0, 1.0
    return len(han), sum(1 for ch in han if ch in COMMON_HAN) / len(han)


def _reads_as_chinese(text: str, codec: str) -> bool:
    """Text decoded with a legacy codec is kept only when it reads as Chinese: its non-ASCII characters are Chinese
    characters and punctuation, and common ones (not the random characters of mojibake)."""
    return _common_share(text, codec) >= 0.8 and common_han_share(text)[1] >= MIN_COMMON_SHARE


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: NUL bytes (high bytes of ASCII characters), and decoding gives readable text."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        readable = sum(1 for ch in text if ch.isascii() and (ch.isprintable() or ch in "\t\n\r")) + len(
            HAN_RE.findall(text))
        score = readable / len(text)
        if score > 0.6 and (best is None or score > best[0]):
            best = (score, codec, text)
    return (best[1], best[2]) if best else None


def _strict_decode(data: bytes) -> tuple[str | None, str | None]:
    """(encoding, text) from the first strict decoding that works, or (None, None)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return "utf-32", data.decode("utf-32")
        except UnicodeDecodeError:
            pass
    if data.startswith(codecs.BOM_UTF8):
        try:
            return "utf-8-sig", data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, None  # a BOM followed by broken UTF-8: let charset-normalizer try
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return "utf-16", data.decode("utf-16")
        except UnicodeDecodeError:
            return None, None
    found = _utf16_without_bom(data)
    if found:
        return found
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    # Big5 (Traditional Chinese) bytes often decode as GB18030, into nonsense: prefer Big5 when it reads better.
    gb_share = _common_share(text, "gb2312") if text is not None else -1.0
    if gb_share < 0.8:
        try:
            big5 = data.decode("big5")
        except UnicodeDecodeError:
            big5 = None
        if big5 is not None and _common_share(big5, "big5") > gb_share:
            return "big5", big5
    return ("gb18030", text) if text is not None else (None, None)


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode raw bytes; raise InputError for empty, binary or undecodable input."""
    save = "open it in a text editor and save it as 'UTF-8' plain text (.txt)"
    if not data.strip():
        raise InputError(Problem(name, "the file is empty or contains only white space",
                                 "paste the bulletin's text into the file, or remove the file"))
    kind = _binary_kind(data)
    if kind:
        if not name.lower().endswith((".txt", ".md", ".text")) and "PDF" not in kind:
            # a .doc, .wps or .xls as received: a format of its own, not a text file renamed
            raise InputError(Problem(name, f"this is {kind}, a format the build does not read",
                                     "open it in Word, WPS or LibreOffice and save it as .docx (or run: soffice "
                                     "--headless --convert-to docx FILE); a spreadsheet belongs with the document "
                                     "it comes from (its text, PDF or web page), not on its own"))
        hint = "; for a PDF: pdftotext -enc UTF-8 FILE.pdf FILE.txt" if "PDF" in kind else ""
        raise InputError(Problem(name, f"this is {kind}, not a text file (it was probably renamed to .txt)",
                                 f"open the original, copy its text and save it as UTF-8 plain text (.txt){hint}"))
    encoding, text = _strict_decode(data)
    guessed = ""
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(Problem(name, "the bytes are not text in any known encoding (considered: "
                                     f"{LEGACY_CONSIDERED}, and every encoding charset-normalizer knows)", save))
        encoding, text = best.encoding, str(best)
        guessed = f", and charset-normalizer's guess {_codec_name(encoding).upper()}"
    encoding = _codec_name(encoding or "utf-8")
    if not encoding.startswith(("utf-", "utf_")) and not _reads_as_chinese(text, encoding):
        count, share = common_han_share(text)
        what = (f"only {share:.0%} of its {count} Chinese characters are common ones" if count
                else "it holds no Chinese characters")
        raise InputError(Problem(
            name, f"the file is not UTF-8, and read as {encoding.upper()} it is not Chinese text ({what}; it may be "
            f"Japanese, Korean or another language in another encoding). Considered: {LEGACY_CONSIDERED}{guessed}; "
            "the build does not guess further",
            "open it in the program that made it and save it as 'UTF-8' plain text; if it is not a Chinese "
            "bulletin, it does not belong in seeds/"))
    if "\x00" in text:
        raise InputError(Problem(name, f"the file contains NUL bytes (decoded as {encoding}): it is not plain text",
                                 save))
    controls = len(CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(Problem(name, f"the file looks binary: {controls} control characters",
                                 f"check that it is the bulletin's text; if it is, {save}"))
    if not VISIBLE_RE.search(INVISIBLE_RE.sub("", text)):  # (soft hyphens only: nothing left once they go)
        raise InputError(Problem(name, "the file contains only white space or invisible characters",
                                 "paste the bulletin's text into the file, or remove the file"))
    had_crlf = "\r" in text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if text.startswith("\ufeff"):  # a BOM that survived (e.g. UTF-16 without BOM detection, or a doubled BOM)
        text = text.lstrip("\ufeff")
    text = INVISIBLE_RE.sub("", text)  # direction controls, zero-width characters: lint warns where they were
    text = unicodedata.normalize("NFC", text)
    if encoding not in ("utf-8", "utf-8-sig"):
        log.debug("%s: decoded as %s", name, encoding)
    return Decoded(text=text, encoding=encoding, had_crlf=had_crlf)


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def size_problem(path: str | Path, size: int) -> Problem | None:
    """The error for a file over MAX_BYTES, or None."""
    if size <= MAX_BYTES:
        return None
    return Problem(str(path), f"the file is {size / 1e6:.1f} MB; a bulletin is at most a few MB "
                   f"(the limit is {MAX_BYTES // 2**20} MiB)",
                   "check that this is one bulletin and not an archive or several issues pasted together; "
                   "split it into one file per issue or per document")


def has_chinese(text: str) -> bool:
    return HAN_RE.search(text) is not None


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ("a PDF document", "a PNG image" ...), from its magic number, or None."""
    return _binary_kind(data)


class TextReader(Reader):
    """Plain text in any encoding: what no other reader claims."""

    format = "text"
    suffixes = (".txt",)

    def sniff(self, data: bytes) -> bool:
        return _binary_kind(data) is None

    def read(self, data: bytes, name: str) -> Decoded:
        return decode_bytes(data, name)
