"""Personal names in Hanyu Pinyin (persons.py): family name first, given name one word (GB/T 28039-2011).

The expected spellings are the names' published English forms (State Council leaders as the official English
press writes them: Li Qiang, Wang Huning, Zhao Leji, Ding Xuexiang; others by the rules), checked by hand.
"""

import pytest

from build_tools.translate.bylines import byline_en
from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import name_en
from build_tools.translate.persons import person_en, pinyin_name
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("李强", "Li Qiang"), ("王沪宁", "Wang Huning"), ("赵乐际", "Zhao Leji"), ("丁薛祥", "Ding Xuexiang"),
    ("何立峰", "He Lifeng"), ("欧阳坚", "Ouyang Jian"), ("司马光", "Sima Guang"),
    # surnames pypinyin reads wrongly by default
    ("单霁翔", "Shan Jixiang"), ("曾培炎", "Zeng Peiyan"), ("解振华", "Xie Zhenhua"), ("仇和", "Qiu He"),
    ("区伟明", "Ou Weiming"), ("朴光浩", "Piao Guanghao"), ("查培新", "Zha Peixin"), ("覃国华", "Qin Guohua"),
    ("翟卫华", "Zhai Weihua"), ("缪瑞林", "Miao Ruilin"),
    ("王西安", "Wang Xi'an"),  # apostrophe before a syllable starting with a vowel
])
def test_pinyin_names(zh: str, en: str) -> None:
    assert pinyin_name(zh) == en


@pytest.mark.parametrize("zh", ["县长", "王县长", "李书记", "张主任", "市政府", "经济运行", "某某", "李", "欧阳文华同志"])
def test_what_is_not_a_personal_name(zh: str) -> None:
    assert pinyin_name(zh) is None


def test_glossary_person_first_and_other_entries_never_read_as_names() -> None:
    glossary = get_glossary()
    assert person_en("郑有胜", glossary) == "Zheng Yousheng"  # glossary entry (names.yml)
    assert person_en("乡村振兴", glossary) is None  # a glossary term is no person
    assert name_en("单霁翔", glossary, people=True) == "Shan Jixiang"  # a speaker
    assert name_en("单霁翔", glossary) is None  # any other name: 金华 must not become "Jin Hua"
    assert name_en("金华", glossary) is None


def test_speech_by_a_named_speaker() -> None:
    item = TitleRenderer(get_glossary()).title("曾志明同志在全县经济工作会议上的讲话")
    assert item is not None and (item.text, item.status) == (
        "Speech by Zeng Zhiming at the Countywide Economic Work Conference", "derived")


def test_speaker_row_of_the_english_page_reads_the_name():
    """The speaker field holds a person's name: Pinyin there; the same characters elsewhere in the metadata (a
    region, an issuer) are never read as a person's."""
    from build_tools.render.i18n import meta_text

    assert meta_text("曾小华", "en", people=True) == "Zeng Xiaohua"
    assert meta_text("王县长", "en", people=True).startswith('<span class="pd-untranslated">')  # an office, marked
    assert "not yet translated" in meta_text("曾小华", "en")


def test_bylines_name_the_person_and_the_office():
    """Office + name as editors copy a byline; a part that does not render leaves the whole line marked."""
    from build_tools.render.i18n import meta_text
    from build_tools.translate.bylines import byline_en
    from build_tools.translate.glossary import get_glossary

    glossary = get_glossary()
    assert byline_en("市长 孙立新", glossary) == "Mayor Sun Lixin"
    assert byline_en("作者：记者 孙立新", glossary) == "Reporter Sun Lixin"
    assert byline_en("本报通讯员 钱卫东", glossary) == "Correspondent Qian Weidong"
    assert byline_en("青石区区长 曾晓华", glossary) == "Zeng Xiaohua, Head of Qingshi District"
    assert byline_en("白水县人民政府县长 单宏", glossary) == "Shan Hong, Head of Baishui County"
    for line in ("某公司经理 张三", "市长 王县长", "孙立新"):
        assert byline_en(line, glossary) is None, line
    assert meta_text("市长 孙立新", "en", people=True) == "Mayor Sun Lixin"
    assert "not yet translated" in meta_text("市长 孙立新", "en")  # only fields that hold a person's name


@pytest.mark.parametrize(("zh", "en"), [
    ("栗源县财政局局长 周文斌", "Zhou Wenbin, Director of the Liyuan County Finance Bureau"),
    ("白水县教育局副局长 王芳", "Wang Fang, Deputy Director of the Baishui County Education Bureau"),
    ("嵘州市发展和改革委员会主任 李明", "Li Ming, Director of the Rongzhou Municipal Development and Reform Commission"),
])
def test_head_of_a_department_signs_with_the_body(zh: str, en: str) -> None:
    """A budget or plan report signed by the head of the department that reports (财政局局长, 发改委主任)."""
    from build_tools.translate.bylines import byline_en

    assert byline_en(zh, get_glossary()) == en


@pytest.mark.parametrize(("zh", "english"), [
    ("作者：记者沈佳宁实习生顾一帆", "Reporter Shen Jianing and Intern Gu Yifan"),  # no spaces, as web pages print it
    ("记者 沈佳宁 陆明 通讯员 何涛", "Reporter Shen Jianing, Reporter Lu Ming and Correspondent He Tao"),
    ("记者沈佳宁陆明", None),  # two names run together: not split by guess
])
def test_a_press_byline_of_several_people(zh: str, english: str | None) -> None:
    assert byline_en(zh, get_glossary()) == english
