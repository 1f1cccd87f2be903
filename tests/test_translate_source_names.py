"""The metadata "source" line in English (translate/source_names.py), composed from publisher, title and notes.

Expectations written by hand from the editors' source lines of the fixtures.
"""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import name_en
from build_tools.translate.source_names import source_en


@pytest.mark.parametrize(("zh", "english"), [
    ("栖川市统计局《栖川市2023年国民经济和社会发展统计公报》（网站文本）",
     "Qichuan Municipal Bureau of Statistics, Statistical Communiqué of Qichuan on the 2023 National Economic and "
     "Social Development (website text)"),
    ("石梁县人民政府《政府工作报告》（2024年，网站文本）",
     "Shiliang County People's Government, Report on the Work of the Government (2024; website text)"),
    ("柳溪县人民政府网站“领导讲话”栏目（网页复制文本）",
     "Website of the Liuxi County People's Government, Leaders' Speeches section (copied from the web page)"),
    ("栖川新闻网（转自栖川日报，网页复制文本）",
     "Qichuan News Network (reprinted from Qichuan Daily; copied from the web page)"),
    ("石门县人民政府网站（GB18030编码文本）", "Website of the Shimen County People's Government (GB18030 text)"),
    ("云岭市发展和改革委员会网站“发展规划”栏目（DOCX 附件）",  # a development and reform commission's column
     "Website of the Yunling Municipal Development and Reform Commission, Development Plans section (DOCX "
     "attachment)"),
    ("泽源市人民政府《泽源市“十四五”生态环境保护规划》（泽政发〔2021〕36号，网站文本）",
     "Zeyuan Municipal People's Government, Zeyuan Plan for Environmental Protection during the 14th Five-Year Plan "
     "Period (Ze Zheng Fa [2021] No. 36; website text)"),
])
def test_source_lines_that_render(zh: str, english: str) -> None:
    assert source_en(zh, get_glossary()) == english
    assert name_en(zh) == english  # what the metadata list of the English page shows


@pytest.mark.parametrize("zh", [
    "泽源市人民政府《泽源市“十四五”候鸟栖息地修复规划》（泽政发〔2021〕36号，网站文本）",  # the title has a Chinese part
    "报纸专版《庆祝中国共产党成立100周年》辽阳篇（报纸名称原文未注明）",  # no publisher
    "某某市人民政府网站“便民服务”栏目（网页复制文本）",  # a column outside the vocabulary
    "澜江日报（OCR识别文本）",  # a note outside the vocabulary
])
def test_source_lines_with_a_part_that_does_not_render_stay_chinese(zh: str) -> None:
    assert source_en(zh, get_glossary()) is None


@pytest.mark.parametrize(("zh", "english"), [
    ("青石区人民政府公报 2024年第2期（总第41期）", "Qingshi District People's Government Gazette, 2024 No. 2 (No. 41 overall)"),
    ("白水市人民政府公报 2021年第15期", "Baishui Municipal People's Government Gazette, 2021 No. 15"),
    ("白水县人民政府网站“政府工作报告”栏目（网页复制文本）",
     "Website of the Baishui County People's Government, Government Work Reports section (copied from the web page)"),
    ("白水市统计局网站“统计信息”栏目（网站文本）",
     "Website of the Baishui Municipal Bureau of Statistics, Statistical Information section (website text)"),
    ("白水县人民政府门户网站“财政预决算”栏目（网页复制文本）",
     "Website of the Baishui County People's Government, Budgets and Final Accounts section (copied from the web page)"),
])
def test_gazette_issues_and_more_website_columns(zh: str, english: str) -> None:
    assert source_en(zh, get_glossary()) == english


def test_gazette_of_an_unknown_body_stays_marked() -> None:
    assert source_en("某某协会公报 2024年第2期", get_glossary()) is None


@pytest.mark.parametrize(("zh", "en"), [
    # a newspaper's page with its column (written for this test)
    ("《栖川日报》2023年3月2日第1版（本地新闻）", "Qichuan Daily, 2 March 2023, page 1 (Local News)"),
    ("《民生周刊》2022年6月15日第8版（社区新闻）", "Minsheng Weekly, 15 June 2022, page 8 (Community News)"),
    ("《栖川日报》2023年3月2日第1版", "Qichuan Daily, 2 March 2023, page 1"),
    # an editor's note on a segmented export
    ("澜江日报（分词导出文本）", "Lanjiang Daily (text exported with word segmentation)"),
])
def test_newspaper_pages_and_export_notes(zh: str, en: str) -> None:
    assert source_en(zh, get_glossary()) == en


@pytest.mark.parametrize("zh", ["《栖川日报》2023年3月2日第1版（某某专栏）", "《某某杂志》2023年3月2日第1版"])
def test_newspaper_pages_that_do_not_render(zh: str) -> None:
    assert source_en(zh, get_glossary()) is None
