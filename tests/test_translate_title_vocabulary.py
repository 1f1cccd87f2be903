"""The policy vocabulary of document titles (glossary/policy_terms.yml, issue 12): titles of local government
documents over sixteen policy domains, written by hand before any run (tests/fixtures/translate/titles_a.txt, the
tuning set; titles_b.txt, the held-out set, never tuned on). The English below was written from the Chinese, with
the frames' wording (titles.py) and the glossary's phrases, and checked title by title."""

from pathlib import Path

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer

FIXTURES = Path(__file__).parent / "fixtures" / "translate"

# (title, issuer, region) of set A -> the English a reader should see
TITLES = {
    # agriculture and rural affairs
    ("桐溪县人民政府关于印发桐溪县推进乡村全面振兴实施方案的通知", "桐溪县人民政府", "桐溪县"):
        "Notice of the Tongxi County People's Government on Issuing the Tongxi County Implementation Plan for "
        "Advancing All-Around Rural Revitalization",
    ("石岭市农业农村局关于做好2025年春季农业生产工作的通知", "石岭市农业农村局", "石岭市"):
        "Notice of the Shiling Municipal Agriculture and Rural Affairs Bureau on Doing a Good Job of Spring Farming "
        "in 2025",
    ("梅川县农村人居环境整治提升五年行动实施方案", "梅川县人民政府办公室", "梅川县"):
        "Meichuan County Implementation Plan for the Five-Year Program to Improve the Rural Living Environment",
    ("北江市人民政府关于加快发展现代设施农业的实施意见", "北江市人民政府", "北江市"):
        "Implementation Opinions of the Beijiang Municipal People's Government on Accelerating the Development of "
        "Modern Protected Agriculture",
    ("柏山县2025年粮食生产工作方案", "柏山县农业农村局", "柏山县"): "Baishan County Work Plan for Grain Production in 2025",
    # natural resources and land
    ("桐溪县人民政府关于进一步加强耕地保护的通知", "桐溪县人民政府", "桐溪县"):
        "Notice of the Tongxi County People's Government on Further Strengthening the Protection of Cropland",
    ("梅川县人民政府关于做好耕地占补平衡工作的通知", "梅川县人民政府", "梅川县"):
        "Notice of the Meichuan County People's Government on Doing a Good Job of Offsetting Cultivated Land Used "
        "for Other Purposes",
    ("新港区闲置土地处置办法", "新港区人民政府", "新港区"): "Xingang District Measures for the Disposal of Idle Land",
    ("石岭市全面推行林长制工作方案", "石岭市人民政府办公室", "石岭市"):
        "Shiling Work Plan for Fully Implementing the Forest Chief System",
    ("梅川县森林防火工作实施方案", "梅川县人民政府办公室", "梅川县"):
        "Meichuan County Implementation Plan for Forest Fire Prevention",
    # ecology and environment
    ("柏山县突发环境事件应急预案", "柏山县人民政府办公室", "柏山县"):
        "Baishan County Emergency Response Plan for Environmental Emergencies",
    ("梅川县土壤污染防治工作方案", "梅川县人民政府办公室", "梅川县"):
        "Meichuan County Work Plan for Prevention and Control of Soil Pollution",
    # housing and urban management
    ("北江市城市市容和环境卫生管理办法", "北江市人民政府", "北江市"):
        "Beijiang Measures for the Administration of City Appearance and Environmental Sanitation",
    ("新港区人民政府关于进一步加强物业管理工作的意见", "新港区人民政府", "新港区"):
        "Opinions of the Xingang District People's Government on Further Strengthening Property Management",
    ("桐溪县住房和城乡建设局关于开展城镇燃气安全专项整治的通知", "桐溪县住房和城乡建设局", "桐溪县"):
        "Notice of the Tongxi County Housing and Urban-Rural Development Bureau on Carrying Out Special "
        "Rectification of Urban Gas Safety",
    ("石岭市保障性租赁住房管理办法", "石岭市人民政府", "石岭市"):
        "Shiling Measures for the Administration of Government-Subsidized Rental Housing",
    ("新港区城中村改造实施方案", "新港区人民政府", "新港区"):
        "Xingang District Implementation Plan for the Redevelopment of Urban Villages",
    # transport
    ("梅川县城市公共交通发展规划", "梅川县人民政府", "梅川县"):
        "Meichuan County Development Plan for Urban Public Transportation",
    ("新港区人民政府关于加快推进现代物流业发展的实施意见", "新港区人民政府", "新港区"):
        "Implementation Opinions of the Xingang District People's Government on Accelerating the Development of "
        "the Modern Logistics Sector",
    ("柏山县农村客运发展实施方案", "柏山县交通运输局", "柏山县"):
        "Baishan County Implementation Plan for the Development of Rural Passenger Transport Services",
    # water
    ("梅川县人民政府关于全面推行河湖长制的实施意见", "梅川县人民政府", "梅川县"):
        "Implementation Opinions of the Meichuan County People's Government on Fully Implementing the System of "
        "River Chiefs and Lake Chiefs",
    ("桐溪县防汛抗旱应急预案", "桐溪县人民政府办公室", "桐溪县"):
        "Tongxi County Emergency Response Plan for Flood Control and Drought Relief",
    ("北江市节水型社会建设实施方案", "北江市人民政府办公室", "北江市"):
        "Beijiang Implementation Plan for Building a Water-Saving Society",
    ("柏山县水土保持规划（2021—2030年）", "柏山县人民政府", "柏山县"):
        "Baishan County Plan for Soil and Water Conservation (2021-2030)",
    # emergency management and work safety
    ("石岭市地震应急预案", "石岭市人民政府办公室", "石岭市"): "Shiling Emergency Response Plan for Earthquakes",
    ("新港区人民政府办公室关于加强危险化学品安全管理的通知", "新港区人民政府办公室", "新港区"):
        "Notice of the General Office of the Xingang District People's Government on Strengthening Safety "
        "Management of Hazardous Chemicals",
    ("梅川县生产安全事故应急预案", "梅川县人民政府办公室", "梅川县"):
        "Meichuan County Emergency Response Plan for Workplace Accidents",
    # health
    ("北江市突发公共卫生事件应急预案", "北江市人民政府", "北江市"):
        "Beijiang Emergency Response Plan for Public Health Emergencies",
    ("石岭市医疗保障局关于调整城乡居民基本医疗保险个人缴费标准的通知", "石岭市医疗保障局", "石岭市"):
        "Notice of the Shiling Municipal Healthcare Security Administration on Adjusting Individual Contributions "
        "to Basic Medical Insurance for Rural and Non-Working Urban Residents",
    ("梅川县药品和医用耗材集中带量采购工作方案", "梅川县医疗保障局", "梅川县"):
        "Meichuan County Work Plan for Bulk Government Purchases of Medicines and Medical Consumables",
    # education
    ("桐溪县义务教育优质均衡发展实施方案", "桐溪县人民政府办公室", "桐溪县"):
        "Tongxi County Implementation Plan for High-Quality, Well-Balanced Development of Compulsory Education",
    ("北江市家庭经济困难学生资助管理办法", "北江市教育局", "北江市"):
        "Beijiang Measures for the Administration of Financial Aid to Students from Poor Families",
    # civil affairs and social assistance
    ("梅川县人民政府关于调整城乡居民最低生活保障标准的通知", "梅川县人民政府", "梅川县"):
        "Notice of the Meichuan County People's Government on Adjusting Subsistence Allowance Standards for Urban "
        "and Rural Residents",
    ("桐溪县临时救助实施细则", "桐溪县民政局", "桐溪县"):
        "Tongxi County Detailed Rules for the Implementation of Temporary Assistance",
    # human resources and social security
    ("梅川县根治拖欠农民工工资工作方案", "梅川县人民政府办公室", "梅川县"):
        "Meichuan County Work Plan for Addressing Wage Arrears Owed to Rural Migrant Workers at the Root",
    ("石岭市工伤保险实施办法", "石岭市人民政府", "石岭市"):
        "Shiling Measures for the Implementation of Work-Related Injury Insurance",
    # market regulation, commerce and consumption
    ("梅川县公平竞争审查工作实施方案", "梅川县市场监督管理局", "梅川县"):
        "Meichuan County Implementation Plan for Fair Competition Review",
    ("桐溪县人民政府关于加快发展电子商务的实施意见", "桐溪县人民政府", "桐溪县"):
        "Implementation Opinions of the Tongxi County People's Government on Accelerating the Development of "
        "E-Commerce",
    ("新港区人民政府关于进一步做好稳外贸稳外资工作的通知", "新港区人民政府", "新港区"):
        "Notice of the Xingang District People's Government on Doing Better Work on Ensuring Stable Performance in "
        "Foreign Trade and Investment",
    ("梅川县夜间经济发展工作方案", "梅川县商务局", "梅川县"):
        "Meichuan County Work Plan for the Development of the Nighttime Economy",
    # finance and state assets
    ("石岭市人民政府关于进一步深化预算管理制度改革的实施意见", "石岭市人民政府", "石岭市"):
        "Implementation Opinions of the Shiling Municipal People's Government on Further Deepening the Reform of "
        "the Budget Management System",
    ("新港区财政局关于加强政府债务管理的通知", "新港区财政局", "新港区"):
        "Notice of the Xingang District Finance Bureau on Strengthening the Management of Government Debt",
    # culture and tourism; government affairs and rule of law
    ("梅川县文物保护工作实施方案", "梅川县文化和旅游局", "梅川县"):
        "Meichuan County Implementation Plan for the Protection of Cultural Relics",
    ("北江市重大行政决策程序规定", "北江市人民政府", "北江市"):
        "Beijiang Provisions on Major Administrative Decision-Making Procedures",
    ("柏山县2025年政务公开工作要点", "柏山县人民政府办公室", "柏山县"):
        "Baishan County Key Points of Work on Transparency in Government Affairs in 2025",
}


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2025")


@pytest.mark.parametrize(("key", "english"), list(TITLES.items()), ids=[k[0] for k in TITLES])
def test_title_english(renderer: TitleRenderer, key: tuple[str, str, str], english: str) -> None:
    result = renderer.title(*key)
    assert result is not None and result.status == "derived", key[0]
    assert result.text == english


def _derived(renderer: TitleRenderer, name: str) -> tuple[int, int]:
    rows = [line.split("|") for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [renderer.title(zh, issuer, region) for zh, issuer, region in rows]
    return sum(1 for r in results if r is not None and r.status == "derived"), len(rows)


def test_the_checked_titles_are_set_a_titles() -> None:
    rows = {tuple(line.split("|")) for line in (FIXTURES / "titles_a.txt").read_text(encoding="utf-8").splitlines()}
    assert set(TITLES) <= rows


def test_share_of_fully_english_titles(renderer: TitleRenderer) -> None:
    """Set A (tuned on): 19/163 before glossary/policy_terms.yml, 139/163 after. Set B (held out, never tuned on):
    8/63 before, 10/63 after, the honest out-of-sample measure (most of its subjects are other phrases). One of B's
    ten is wrong (推进海绵城市建设 "Advancing Build in Haimiancheng": a programme read as a place), so B must keep the
    nine right ones when that is fixed."""
    a, n_a = _derived(renderer, "titles_a.txt")
    b, n_b = _derived(renderer, "titles_b.txt")
    assert (n_a, n_b) == (163, 63)
    assert a >= 139
    assert b >= 9
