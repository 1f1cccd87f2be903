"""Traditional Chinese: OpenCC s2tw with the project phrase dictionary (build_tools/translate/hant.py)."""

from pathlib import Path

import opencc
import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.hant import to_hant

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        # Longest-match errors of OpenCC's own dictionaries, fixed by data/opencc_phrases.txt.
        ("三三工业从一个代工企业迅速成长为盾构机制造业的领跑者。", "三三工業從一個代工企業迅速成長為盾構機製造業的領跑者。"),
        ("加快传统制造业数字化、网络化、智能化改造", "加快傳統製造業數字化、網絡化、智能化改造"),
        ("踏上“十四五”新征程,我们要深入学习贯彻", "踏上“十四五”新征程,我們要深入學習貫徹"),
        ("域内发掘的牛河梁红山文化遗址", "域內發掘的牛河梁紅山文化遺址"),
        ("坚决落实总书记提出的好干部标准", "堅決落實總書記提出的好幹部標準"),
        ("各级自然保护区19处，数量和面积均为全省第一", "各級自然保護區19處，數量和面積均為全省第一"),
        ("对标对表，亲自梳理，反复调度", "對標對表，親自梳理，反覆調度"),
        ("持续推动沈辽一体化协同发展", "持續推動瀋遼一體化協同發展"),
        ("确保施可丰、航天凌河汽车等项目投产达效", "確保施可豐、航天凌河汽車等項目投產達效"),
        # The fixes must not spoil the ordinary readings around them.
        ("这种机制造成了资金浪费", "這種機制造成了資金浪費"),
        ("用全新的体制机制搭建开放合作平台", "用全新的體制機制搭建開放合作平臺"),
        ("生物制药、新能源、新材料等产业集群21个", "生物製藥、新能源、新材料等產業集群21個"),
        ("领导干部要带头包案接访", "領導幹部要帶頭包案接訪"),
        ("公司董事长刘远征告诉记者", "公司董事長劉遠征告訴記者"),
    ],
)
def test_project_dictionary_fixes_longest_match_errors(simplified: str, traditional: str) -> None:
    assert to_hant(simplified) == traditional


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        # Character-level conversion keeps mainland government vocabulary (s2twp would give 專案建設, 經濟執行).
        ("持续推进项目年建设", "持續推進項目年建設"),
        ("朝阳经济运行稳中有进、稳中有升", "朝陽經濟運行穩中有進、穩中有升"),
        ("高端装备制造、生物医药、电子科技等21个特色产业集群不断壮大", "高端裝備製造、生物醫藥、電子科技等21個特色產業集群不斷壯大"),
        ("推进信息化建设", "推進信息化建設"),
    ],
)
def test_no_taiwan_vocabulary_localisation(simplified: str, traditional: str) -> None:
    assert to_hant(simplified) == traditional


def test_plain_opencc_has_the_errors_the_project_dictionary_fixes() -> None:
    plain = opencc.OpenCC("s2tw")
    assert plain.convert("盾构机制造业") == "盾構機制造業"
    assert plain.convert("新征程") == "新徵程"
    assert opencc.OpenCC("s2twp").convert("项目建设") == "專案建設"


def test_conversion_is_character_for_character_on_every_seed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        converted = to_hant(text)
        assert len(converted) == len(text), path.name
        assert converted.splitlines() == [to_hant(line) for line in text.splitlines()], path.name


def test_glossary_traditional_forms_come_from_opencc() -> None:
    glossary = get_glossary()
    assert glossary.lookup("朝阳市").zh_hant == "朝陽市"
    assert glossary.lookup("规模以上工业增加值").zh_hant == "規模以上工業增加值"
    assert glossary.lookup("弓长岭区").zh_hant == "弓長嶺區"
    assert all(e.zh_hant and len(e.zh_hant) == len(e.zh) for e in glossary.entries)


def test_empty_text() -> None:
    assert to_hant("") == ""
