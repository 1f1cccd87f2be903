"""Personal names in Hanyu Pinyin, by the official convention: family name first, given name written as one word,
each capitalised, no tone marks (李强 -> Li Qiang, 欧阳坚 -> Ouyang Jian, 王沪宁 -> Wang Huning).

The convention is that of the Chinese Phonetic Alphabet spelling rules for Chinese names (GB/T 28039-2011,
《中国人名汉语拼音字母拼写规则》): surname and given name separated, each a single word with a capital, compound
surnames written as one word. The name is read only when it is a person's name beyond doubt:

- a glossary entry of category ``person`` wins (hand-checked readings);
- otherwise 2-4 Han characters starting with a surname of ``SURNAMES`` (single or compound) and a given name of one or
  two characters that is not an office (县长, 书记 ...): anything else returns None and stays marked.

pypinyin reads characters by their most frequent reading, which is wrong for a number of surnames (单 is Shan as a
surname, not Dan); ``SURNAME_READINGS`` gives the surname readings of the Xinhua Zidian / Xiandai Hanyu Cidian
(entries marked 姓), each checked by hand. A glossary ``person`` entry overrides any reading of a given name.
"""

from __future__ import annotations

import re

from .glossary import Glossary
from .pinyin import join_syllables, syllables

# Surname readings that differ from pypinyin's default reading (Xiandai Hanyu Cidian, 7th ed., the reading
# marked 姓 under each character; compound surnames as in the same dictionary).
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha", "覃": "qin",
    "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue", "召": "shao", "秘": "bi", "种": "chong", "员": "yun",
    "繁": "po", "句": "gou", "黑": "he", "隗": "wei", "宿": "su", "折": "she", "冼": "xian", "洗": "xian",
    "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun", "澹台": "tantai", "令狐": "linghu"
}
# Compound surnames (written as one word: Ouyang, Sima, Zhuge).
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "司徒", "夏侯", "慕容", "尉迟", "长孙",
                     "宇文", "公孙", "端木", "独孤", "南宫", "万俟", "澹台", "闻人", "呼延", "轩辕", "钟离")
# Single-character surnames: the most frequent ones in China (together they cover the great majority of people),
# plus the polyphonic surnames above.
SINGLE_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚"
    "皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦"
    "戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展"
    "阴昝智幸奉植衡富尧闭由")
# Endings that make the "given name" an office or a form of address, not a name (王县长, 李书记, 张主任).
NOT_GIVEN = ("长", "记", "任", "席", "委", "员", "理", "总", "局", "厅", "处", "科", "同志", "先生", "女士", "老师")


def split_name(zh: str) -> tuple[str, str] | None:
    """(surname, given name) of a personal name, or None if ``zh`` is not recognisably one."""
    zh = zh.strip()
    if not 2 <= len(zh) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in zh):
        return None
    surname = zh[:2] if zh[:2] in COMPOUND_SURNAMES else zh[:1] if zh[:1] in SINGLE_SURNAMES else ""
    given = zh[len(surname):]
    if not surname or not 1 <= len(given) <= 2 or given.endswith(NOT_GIVEN):
        return None
    return surname, given


def pinyin_name(zh: str) -> str | None:
    """李强 -> 'Li Qiang'; 单霁翔 -> 'Shan Jixiang'; 欧阳坚 -> 'Ouyang Jian'; None if not a personal name."""
    parts = split_name(zh)
    if parts is None:
        return None
    surname, given = parts
    family = SURNAME_READINGS.get(surname)
    family_word = join_syllables([family]) if family else join_syllables(syllables(surname))
    return f"{family_word} {join_syllables(syllables(given))}"


def person_en(zh: str, glossary: Glossary) -> str | None:
    """A person's name in English: the glossary's (category person) or the Pinyin by convention, else None."""
    entry = glossary.lookup(zh) if zh else None
    if entry is not None:
        return entry.en if entry.category == "person" else None
    return pinyin_name(zh)


def withheld_name_en(zh: str) -> str | None:
    """A person a public notice names by surname alone (刘某某, 欧阳某, 张某): 'a person surnamed Liu' (project
    rendering, as English-language news write such names); None else. Never a guess: the surname must be known."""
    m = re.fullmatch(r"(?P<surname>[\u4e00-\u9fff]{1,2}?)某某?", zh.strip())
    if m is None:
        return None
    surname = m.group("surname")
    if not (surname in COMPOUND_SURNAMES if len(surname) == 2 else surname in SINGLE_SURNAMES):
        return None
    family = SURNAME_READINGS.get(surname)
    return f"a person surnamed {join_syllables([family]) if family else join_syllables(syllables(surname))}"
