"""Regions, issuing bodies and document numbers in English (translate/names.py).

Expectations written by hand: Hanyu Pinyin of the standard reading with the generic in English, ethnic groups by
their official English names, non-Pinyin names (Hailar, Hohhot) from the glossary's exceptions, bodies in the form
the State Council and local governments use ("General Office of the X Municipal People's Government", "X
Municipal Bureau of Statistics"), document numbers as official translations write them ("Guo Ban Fa [2019] No. 3").
"""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import doc_number_en, issuer_en, name_en, region_en

REGIONS = {
    "海拉尔区": "Hailar District",  # Mongolian name: not "Haila'er"
    "黔东南苗族侗族自治州": "Qiandongnan Miao and Dong Autonomous Prefecture",
    "石柱土家族自治县": "Shizhu Tujia Autonomous County",
    "鄂伦春自治旗": "Oroqen Autonomous Banner",
    "广西壮族自治区": "Guangxi Zhuang Autonomous Region",
    "内蒙古自治区": "Inner Mongolia Autonomous Region",
    "香港特别行政区": "Hong Kong Special Administrative Region",
    "洛阳市": "Luoyang",  # cities without a generic, as every city of the glossary (朝阳市 Chaoyang)
    "长治市": "Changzhi",  # 长 cháng in this name, not zhǎng
    "清溪县": "Qingxi County",
    "涡阳县": "Guoyang County",  # 涡 guō
    "歙县": "She County",  # a one-syllable name: not "Shexian County"
    "河口区": "Hekou District",
    "城关镇": "Chengguan Town",
    "下达河乡": "Xiadahe Township",
    "燕都街道": "Yandu Subdistrict",
    "阿拉善盟": "Alxa League",
    "呼和浩特市赛罕区": "Saihan District, Hohhot",
    "朝阳市双塔区": "Shuangta District, Chaoyang",
}

ISSUERS = {
    "洛阳市统计局": "Luoyang Municipal Bureau of Statistics",
    "清溪县统计局": "Qingxi County Bureau of Statistics",
    "南屏市人民政府": "Nanping Municipal People's Government",
    "南屏市人民政府办公室": "General Office of the Nanping Municipal People's Government",
    "云岭县人民政府": "Yunling County People's Government",
    "河口区城市管理局": "Hekou District Urban Management Bureau",
    "洛阳市发展和改革委员会": "Luoyang Municipal Development and Reform Commission",
    "辽宁省人民政府办公厅": "General Office of the Liaoning Provincial People's Government",
    "河南省统计局": "Henan Provincial Bureau of Statistics",
    "中共洛阳市委宣传部": "Publicity Department of the CPC Luoyang Municipal Committee",
    "海拉尔区人民政府": "Hailar District People's Government",
    "呼和浩特市统计局": "Hohhot Municipal Bureau of Statistics",
}

DOC_NUMBERS = {
    "朝政办发〔2023〕30号": "Chao Zheng Ban Fa [2023] No. 30",
    "国办发〔2019〕3号": "Guo Ban Fa [2019] No. 3",
    "南政发〔2022〕5号": "Nan Zheng Fa [2022] No. 5",
    "长政办函[2021]12号": "Chang Zheng Ban Han [2021] No. 12",
    "洛政〔2022〕007号": "Luo Zheng [2022] No. 7",
    "桐政令〔2024〕第5号": "Tong Zheng Ling [2024] No. 5",  # (an order numbered with 第: the same number)
}


@pytest.mark.parametrize(("zh", "english"), sorted(REGIONS.items()))
def test_regions(zh: str, english: str) -> None:
    assert region_en(zh, get_glossary()) == english


@pytest.mark.parametrize(("zh", "english"), sorted(ISSUERS.items()))
def test_issuers(zh: str, english: str) -> None:
    assert issuer_en(zh, get_glossary()) == english


@pytest.mark.parametrize(("zh", "english"), sorted(DOC_NUMBERS.items()))
def test_document_numbers(zh: str, english: str) -> None:
    assert doc_number_en(zh) == english


def test_unknown_parts_are_not_guessed() -> None:
    glossary = get_glossary()
    assert region_en("某某", glossary) is None  # no generic: not a region name we can read
    assert region_en("棚户区", glossary) is None  # shantytowns, not "Penghu District"
    assert region_en("全县", glossary) is None
    assert region_en("行政村", glossary) is None
    assert region_en("有序开放临时摊点区", glossary) is None  # a phrase ending in 区, not a district name
    assert region_en("为乡", glossary) is None  # "for townships", not "Wei Township"
    assert region_en("清河镇黄岭村", glossary) == "Huangling Village, Qinghe Town"
    assert issuer_en("洛阳市某某办", glossary) is None  # unknown body
    assert issuer_en("统计局", glossary) is None  # no region
    assert doc_number_en("第3号") == "第3号"  # another form: kept as written
    assert name_en("清溪县统计局", glossary) == "Qingxi County Bureau of Statistics"


def test_glossary_names_come_first() -> None:
    glossary = get_glossary()
    assert region_en("朝阳市", glossary) == glossary.lookup("朝阳市").en
    assert issuer_en("国务院办公厅", glossary) == "General Office of the State Council"


def test_newspapers_named_after_their_place() -> None:
    from build_tools.translate.names import issuer_en

    assert issuer_en("栖川日报") == "Qichuan Daily"  # a city's daily (the byline of a news article)
    assert issuer_en("栖川晚报") == "Qichuan Evening News"
    assert issuer_en("人民日报") == "People's Daily"  # never "Renmin Daily"


def test_companies_named_after_place_and_trade() -> None:
    from build_tools.translate.enterprises import company_en
    from build_tools.translate.names import name_en

    assert name_en("栖川化工集团") == "Qichuan Chemical Group"  # 栖川化工集团实现营业收入86.3亿元
    assert company_en("朝阳钢铁集团有限公司") == "Chaoyang Iron and Steel Group Co., Ltd."
    assert company_en("华润电力") is None  # a brand, not a place: never guessed
    assert company_en("某某化工集团") is None  # a placeholder name


def test_two_bodies_run_together_are_not_one_name() -> None:
    from build_tools.translate.names import issuer_en

    # 栖川市交通运输局栖川市财政局 (a joint issuer without a separator): never "Qichuanshijiaotong... Bureau"
    assert issuer_en("栖川市交通运输局栖川市财政局") is None
    assert issuer_en("栖川市财政局") == "Qichuan Municipal Finance Bureau"


def test_joint_issuers_in_the_metadata() -> None:
    assert name_en("栖川市交通运输局栖川市财政局") == (
        "Qichuan Municipal Transport Bureau and the Qichuan Municipal Finance Bureau")


def test_a_grammatical_word_before_a_place_noun_is_no_place_name() -> None:
    # 2000年底前建成的城镇老旧小区: "城镇" (towns) after 建成的 is not a town called 的城 ("Decheng Town")
    assert region_en("的城镇") is None
    assert "Decheng" not in (metric_en("建成的城镇老旧小区") or "")
    assert region_en("与县") is None
    # real districts whose names open with a word that is also a function word stay names
    assert region_en("和平区") == "Heping District"
    assert region_en("向阳区") == "Xiangyang District"


def test_place_characters_read_as_place_names_use_them():
    """峤 is qiáo in place names (pypinyin's first reading is jiào)."""
    from build_tools.translate.names import region_en

    assert region_en("峤西县") == "Qiaoxi County"


def test_a_county_party_committee_without_zhonggong_and_its_rural_work_office() -> None:
    """柘源县委 (中共 unsaid) and the office of its rural work leading group, after the central group's English;
    a neighbourhood committee (居委) is no Party committee."""
    from build_tools.translate.names import name_en

    assert name_en("白河县委") == "CPC Baihe County Committee"
    assert name_en("中共白河县委农村工作领导小组办公室") == (
        "Office of the Rural Work Leading Group of the CPC Baihe County Committee")
    assert name_en("社区居委") is None


def test_a_statistics_site_data_interpretation_column() -> None:
    from build_tools.translate.names import name_en

    assert name_en("白河县统计局网站“数据解读”栏目") == (
        "Website of the Baihe County Bureau of Statistics, Data Interpretation section")


def test_a_census_leading_group_office_alone_and_as_a_joint_issuer() -> None:
    from build_tools.translate.names import name_en

    assert name_en("白河县第七次全国人口普查领导小组办公室") == (
        "Office of the Leading Group of Baihe County for the Seventh National Population Census")
    assert name_en("白河县统计局、白河县第五次全国经济普查领导小组办公室") == (
        "Baihe County Bureau of Statistics and the Office of the Leading Group of Baihe County for the Fifth National "
        "Economic Census")


@pytest.mark.parametrize(("zh", "en"), [
    ("柳塘村村民委员会", "Liutang Villagers' Committee"),
    ("柳塘村委会", "Liutang Villagers' Committee"),
    ("石桥镇柳塘村村民委员会", "Liutang Villagers' Committee, Shiqiao Town"),
    ("柳岸社区居民委员会", "Liu'an Residents' Committee"),  # (社区 is no 区 district)
])
def test_villagers_and_residents_committees(zh: str, en: str) -> None:
    """The self-governing committees (村民委员会, 居民委员会; the NPC's English 'villagers committee', 'residents
    committee'), named by their village or community, the town after them."""
    assert issuer_en(zh, get_glossary()) == en
