"""Hanyu Pinyin for place names, used to check the glossary's place entries.

pypinyin reads characters by their most frequent reading, which is wrong for many place names
(朝阳 -> zhaoyang, 长岭 -> zhangling, 燕都 -> yandou). Known place readings are registered with
``load_phrases_dict``; a glossary entry can also give its own ``reading`` ("cháo yáng").

``expected_place_name("建平县") == "Jianping County"``: the specific name in Pinyin, written as one word,
and the generic name (县, 区, 河 ...) in English. A one-syllable specific name keeps its generic in Pinyin
as well (辽河 -> Liaohe River).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin import Style, load_phrases_dict, load_single_dict, pinyin

# Readings pypinyin gets wrong in place names (checked by hand).
PLACE_READINGS: dict[str, list[list[str]]] = {
    "朝阳": [["cháo"], ["yáng"]],
    "长岭": [["cháng"], ["lǐng"]],
    "燕都": [["yān"], ["dū"]],
    "长海": [["cháng"], ["hǎi"]],
    "单县": [["shàn"], ["xiàn"]],
    "六安": [["lù"], ["ān"]],
    "喀喇沁": [["kā"], ["lā"], ["qìn"]],
    # Standard readings of county and city names (Xinhua Zidian place-name readings), hand-checked:
    "长治": [["cháng"], ["zhì"]],
    "长垣": [["cháng"], ["yuán"]],
    "长葛": [["cháng"], ["gě"]],
    "长寿": [["cháng"], ["shòu"]],
    "长汀": [["cháng"], ["tīng"]],
    "长阳": [["cháng"], ["yáng"]],
    "长泰": [["cháng"], ["tài"]],
    "长丰": [["cháng"], ["fēng"]],
    "长宁": [["cháng"], ["níng"]],
    "长乐": [["cháng"], ["lè"]],
    "长坪": [["cháng"], ["píng"]],  # 长坪 (a common village and township name: 长坪乡), as 长岭
    "长清": [["cháng"], ["qīng"]],
    "长武": [["cháng"], ["wǔ"]],
    "长岛": [["cháng"], ["dǎo"]],
    "长白": [["cháng"], ["bái"]],
    "涡阳": [["guō"], ["yáng"]],
    "解州": [["xiè"], ["zhōu"]],
    "郫都": [["pí"], ["dū"]],
    "郫县": [["pí"], ["xiàn"]],
    "乐亭": [["lào"], ["tíng"]],
    "乐清": [["yuè"], ["qīng"]],
    "铅山": [["yán"], ["shān"]],
    "番禺": [["pān"], ["yú"]],
    "大埔": [["dà"], ["bù"]],
    "蔚县": [["yù"], ["xiàn"]],
    "莘县": [["shēn"], ["xiàn"]],
    "浚县": [["xùn"], ["xiàn"]],
    "东阿": [["dōng"], ["ē"]],
    "阿城": [["ā"], ["chéng"]],
    "尉氏": [["wèi"], ["shì"]],
    "洪洞": [["hóng"], ["tóng"]],
    "台州": [["tāi"], ["zhōu"]],
    "天台": [["tiān"], ["tāi"]],
    "丽水": [["lí"], ["shuǐ"]],
    "蚌埠": [["bèng"], ["bù"]],
    "亳州": [["bó"], ["zhōu"]],
    "黄陂": [["huáng"], ["pí"]],
    "犍为": [["qián"], ["wéi"]],
    "济南": [["jǐ"], ["nán"]],
    "济宁": [["jǐ"], ["níng"]],
    "济源": [["jǐ"], ["yuán"]],
    "栟茶": [["bēn"], ["chá"]],
    "枞阳": [["zōng"], ["yáng"]],
    "歙县": [["shè"], ["xiàn"]],
    "睢县": [["suī"], ["xiàn"]],
    "六合": [["lù"], ["hé"]],
    "会稽": [["kuài"], ["jī"]],
    "柞水": [["zhà"], ["shuǐ"]],
}
# Generic parts of Chinese place names and their English, longest first.
GENERICS: tuple[tuple[str, str], ...] = (
    ("街道", "Subdistrict"), ("省", "Province"), ("市", ""), ("县", "County"), ("区", "District"),
    ("镇", "Town"), ("乡", "Township"), ("村", "Village"), ("河", "River"), ("山", "Mountain"),
)


# Single characters whose first reading in pypinyin is not the one place names use (峤 qiáo, "a high pointed
# mountain", as in place names; jiào "a mountain path" is pypinyin's first reading; 苕 tiáo as in 苕溪 Tiaoxi, sháo
# "sweet potato" in 红苕). Xiandai Hanyu Cidian, 7th ed.
PLACE_CHARACTERS = {ord("峤"): "qiáo,jiào", ord("苕"): "tiáo,sháo"}


@lru_cache(maxsize=1)
def load_place_readings() -> bool:
    """Teach pypinyin the place readings above (once): every reading of a place name, here or in ``new``'s file
    names, uses them."""
    load_phrases_dict(PLACE_READINGS)
    load_single_dict(PLACE_CHARACTERS)
    return True



def _strip_tone(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def syllables(zh: str, reading: str = "") -> list[str]:
    """Toneless syllables of a name ("cháo yáng" if given as its reading)."""
    if reading:
        return [_strip_tone(s) for s in reading.split()]
    load_place_readings()
    return [_strip_tone(s[0]) for s in pinyin(zh, style=Style.TONE)]


def join_syllables(parts: list[str]) -> str:
    """One word, capitalised, with an apostrophe before a/o/e after another syllable (Xi'an)."""
    word = ""
    for i, part in enumerate(parts):
        if i and part[:1] in "aoe":
            word += "'"
        word += part
    return word[:1].upper() + word[1:]


def expected_place_name(zh: str, reading: str = "") -> str:
    """The Pinyin English name of a place: 弓长岭区 -> 'Gongchangling District'."""
    for generic, english in GENERICS:
        specific = zh[: -len(generic)]
        if zh.endswith(generic) and specific:
            n = len(specific)
            sylls = syllables(zh, reading)
            if len(sylls) == len(zh) and n == 1:  # one-syllable specific keeps its generic: Liaohe River
                name = join_syllables(sylls)
            else:
                name = join_syllables(sylls[:n] if len(sylls) >= n else sylls)
            return f"{name} {english}".strip()
    return join_syllables(syllables(zh, reading))
