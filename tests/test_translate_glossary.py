"""The glossary as data: validity, official sources, place names, and coverage of the seeds' terms."""

from pathlib import Path

import pytest

from build_tools.translate.glossary import (
    CATEGORIES,
    GWR_RE,
    NO_OFFICIAL,
    get_glossary,
    load_glossary,
    parse_file,
    validate_dir,
)
from build_tools.translate.pinyin import expected_place_name
from build_tools.translate.rows import metric_english
from build_tools.translate.terminology import check_citation, is_citation

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))).replace(" ", "")

# Metrics the five seeds report (read by hand from the texts), with the English a reader should see.
SEED_METRICS = {
    "地区生产总值": "GDP",
    "一般公共预算收入": "general public budget revenue",
    "一般预算收入": "general public budget revenue",
    "固定资产投资": "fixed-asset investment",
    "固投": "fixed-asset investment",
    "社会消费品零售总额": "total retail sales of consumer goods",
    "社零额": "total retail sales of consumer goods",
    "规模以上工业增加值": "value added of industrial enterprises above designated size",
    "规上工业增加值": "value added of industrial enterprises above designated size",
    "城乡常住居民人均可支配收入": "per capita disposable income of urban and rural residents",
    "全体居民人均可支配收入": "per capita disposable income",
    "城镇登记失业率": "registered urban unemployment rate",
    "森林覆盖率": "forest coverage",
    "森林面积": "forest area",
    "贫困发生率": "poverty headcount ratio",
    "市场主体": "market entities",
    "进出口总额": "total value of imports and exports",
    "亿元以上项目": "projects worth over CNY 100 million",
    "5亿元以上项目": "projects worth over CNY 500 million",
    "10亿元以上项目": "projects worth over CNY 1 billion",
    "5000万元以上项目": "projects worth over CNY 50 million",
    "工业用电量": "industrial power consumption",
    "财政收入": "fiscal revenue",
    "乡镇财政收入": "township fiscal revenue",
    "地方财政收入": "local fiscal revenue",
    "工业总产值": "gross industrial output value",
    "城镇新增就业": "new urban jobs",
    "粮食产量": "grain output",
    "高标准农田": "high-standard cropland",
    "设施农业": "protected agriculture",
    "实际利用外资": "utilized foreign investment",
    "引进域外资金": "investment attracted from outside the city",
    "招商引资到位资金": "investment received through investment promotion",
    "向上争取到位资金": "funding secured from higher-level governments",
    "社会融资": "aggregate financing to the real economy",
    "金融机构本外币贷款余额": "outstanding RMB and foreign-currency loans of financial institutions",
    "房地产开发投资": "investment in real estate development",
    "民间投资": "private investment",
    "CPI": "CPI",
    "PPI": "PPI",
    "最终消费支出": "final consumption expenditure",
    "贫困人口": "poor population",
    "贫困户": "poor households",
    "建档立卡贫困户": "registered poor households",
    "产业扶贫项目": "poverty alleviation projects through industrial development",
    "项目叠加率": "project overlap rate",
    "人均纯收入": "per capita net income",
    "高新技术企业": "high-tech enterprises",
    "规上企业": "enterprises above designated size",
    "科技型中小企业": "small and medium sci-tech enterprises",
    "专精特新中小企业": "specialized, refined, distinctive and innovative SMEs",
    "产学研联盟": "industry-university-research alliances",
    "空气质量优良天数": "days of good air quality",
    "PM2.5浓度": "PM2.5 concentration",
    "地表水水质优良比例": "share of surface water of good quality",
    "城市绿化覆盖率": "urban green coverage rate",
    "人均公园绿地面积": "per capita park and green space",
    "集中供热率": "central heating coverage",
    "燃气普及率": "gas coverage rate",
    "农村公路列养率": "share of rural roads under regular maintenance",
    "旅游收入": "tourism revenue",
    "接待游客": "tourist visits",
    "开复工项目": "projects started or resumed",
    "开工在建项目": "projects under construction",
    "新引进京津冀项目": "new projects from the Beijing-Tianjin-Hebei region",
    "总投资": "total investment",
    "消费券": "consumption vouchers",
    "减税降费": "tax and fee cuts",
    "新增贷款": "new loans",
}

# County-level and other places of Liaoning named in the seeds (as written there), with their English.
SEED_PLACES = {
    "朝阳": "Chaoyang", "朝阳市": "Chaoyang", "朝阳县": "Chaoyang County", "北票": "Beipiao",
    "北票市": "Beipiao", "凌源": "Lingyuan", "喀左": "Kazuo County", "喀左县": "Kazuo County",
    "建平": "Jianping County", "双塔": "Shuangta District", "龙城": "Longcheng District",
    "辽阳": "Liaoyang", "辽阳市": "Liaoyang", "弓长岭区": "Gongchangling District", "太子河": "Taizi River",
    "南沙河": "Nansha River", "牛河梁": "Niuheliang", "凤凰山": "Fenghuang Mountain", "大黑山": "Dahei Mountain",
    "中三家镇": "Zhongsanjia Town", "宝国老镇": "Baoguolao Town", "下达河乡": "Xiadahe Township",
    "大西沟村": "Daxigou Village", "燕都街道": "Yandu Subdistrict", "辽宁": "Liaoning Province",
    "沈阳": "Shenyang", "锦州": "Jinzhou", "本溪": "Benxi", "抚顺": "Fushun", "大连": "Dalian", "镇江": "Zhenjiang",
    "京津冀": "Beijing-Tianjin-Hebei region", "辽西": "western Liaoning", "辽西北": "northwestern Liaoning",
}

SEED_PROGRAMMES = ("“161”工程", "飞地经济", "三篇大文章", "老字号", "原字号", "新字号", "两不愁三保障", "四好农村路",
                   "放管服", "营商环境", "专精特新", "路长制", "三大攻坚战", "脱贫攻坚", "乡村振兴", "一带一路",
                   "五位一体", "四个全面", "证照分离", "双随机一公开", "揭榜挂帅", "保交楼", "五经普", "十四五",
                   "十三五", "项目管家", "分灶吃饭", "绿水青山就是金山银山", "全面振兴新突破三年行动")

SEED_BODIES = {
    "朝阳市人民政府办公室": "General Office of the Chaoyang Municipal People's Government",
    "朝阳市人民政府": "Chaoyang Municipal People's Government",
    "市交通运输局": "Municipal Transport Bureau",
    "市财政局": "Municipal Finance Bureau",
    "自然资源局": "Municipal Natural Resources Bureau",
    "农业农村局": "Municipal Agriculture and Rural Affairs Bureau",
    "乡村振兴局": "Municipal Rural Revitalization Bureau",
    "市发改委": "Municipal Development and Reform Commission",
    "国务院办公厅": "General Office of the State Council",
    "辽宁省人民政府办公厅": "General Office of the Liaoning Provincial People's Government",
    "中共朝阳市委宣传部": "Publicity Department of the CPC Chaoyang Municipal Committee",
    "国家统计局": "National Bureau of Statistics",
}


def test_glossary_files_have_no_problems() -> None:
    entries, problems = validate_dir()
    assert [str(p) for p in problems] == []
    assert len(entries) >= 150
    assert {e.category for e in entries} == set(CATEGORIES)


def test_every_entry_has_a_source_and_official_citations_name_a_line() -> None:
    for entry in get_glossary().entries:
        assert entry.source, entry.zh
        if "Government Work Report" in entry.source:
            assert GWR_RE.search(entry.source), entry.zh


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not available")
def test_citations_of_the_2019_report_match_the_aligned_lines() -> None:
    zh = (REFERENCE / "2019_national_work_report_zh.txt").read_text(encoding="utf-8").split("\n")
    en = (REFERENCE / "2019_national_work_report_en.txt").read_text(encoding="utf-8").split("\n")
    cited = 0
    for entry in get_glossary().entries:
        m = GWR_RE.search(entry.source)
        if not m:
            continue
        cited += 1
        line = int(m.group(1)) - 1
        chinese = [entry.ref_zh] if entry.ref_zh else list(entry.forms)
        assert any(c in zh[line] for c in chinese), f"{entry.zh}: not on zh line {line + 1}"
        assert (entry.ref_en or entry.en).lower() in en[line].lower(), f"{entry.zh}: not on en line {line + 1}"
    assert cited >= 100


def test_place_names_are_hanyu_pinyin_with_correct_readings() -> None:
    places = [e for e in get_glossary().entries if e.category == "place" and e.romanization == "pinyin"]
    assert len(places) >= 30
    for entry in places:
        assert entry.en == expected_place_name(entry.zh, entry.reading), entry.zh
        # The overrides registered with pypinyin give the same result without the entry's own reading.
        assert entry.en == expected_place_name(entry.zh), entry.zh


@pytest.mark.parametrize(
    ("zh", "english"),
    [("朝阳市", "Chaoyang"), ("朝阳县", "Chaoyang County"), ("弓长岭区", "Gongchangling District"),
     ("辽河", "Liaohe River"), ("太子河", "Taizi River"), ("西安市", "Xi'an"), ("燕都街道", "Yandu Subdistrict")],
)
def test_expected_place_name(zh: str, english: str) -> None:
    assert expected_place_name(zh) == english


@pytest.mark.parametrize(("metric", "english"), sorted(SEED_METRICS.items()))
def test_seed_metrics_have_english(metric: str, english: str) -> None:
    found = metric_english(metric, get_glossary())
    assert found is not None and found.text == english


@pytest.mark.parametrize(("name", "english"), sorted(SEED_PLACES.items()))
def test_seed_places_are_in_the_glossary(name: str, english: str) -> None:
    assert name in SEED_TEXT  # the list above is read from the seeds, not invented
    entry = get_glossary().lookup(name)
    assert entry is not None and entry.category == "place"
    assert entry.en == english


def test_seed_programmes_and_bodies_are_in_the_glossary() -> None:
    glossary = get_glossary()
    for name in SEED_PROGRAMMES:
        assert name in SEED_TEXT, name
        entry = glossary.lookup(name)
        assert entry is not None and entry.category in ("programme", "slogan", "term"), name
    for name, english in SEED_BODIES.items():
        assert name in SEED_TEXT, name
        entry = glossary.lookup(name)
        assert entry is not None and entry.category == "body" and entry.en == english, name


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not available")
def test_citations_of_the_work_reports_and_yearbook_match_the_segments() -> None:
    """Every 'government_work_reports_2008_2022.tsv YEAR/UNIT' or yearbook citation names a segment holding the
    entry's Chinese (or ref_zh) and its English (or ref_en) as whole words."""
    cited = 0
    for entry in get_glossary().entries:
        if not is_citation(entry.source):
            continue
        cited += 1
        zh = (entry.ref_zh,) if entry.ref_zh else entry.forms
        assert check_citation(zh, entry.ref_en or entry.en, entry.source) == "", entry.zh
    assert cited >= 35


def test_corrected_official_renderings() -> None:
    """Renderings the official reports use (read in the aligned segments), once marked unsourced or different."""
    glossary = get_glossary()
    expected = {
        "贫困发生率": ("poverty headcount ratio", "2020/37"),
        "社会消费品零售总额": ("total retail sales of consumer goods", "2020/19"),
        "战略性新兴产业": ("strategic emerging industries", "2022/361"),
        "十四五": ("14th Five-Year Plan (2021-2025)", "2022/12"),
        "森林覆盖率": ("forest coverage", "2016/204"),
        "固定资产投资": ("fixed-asset investment", "2014/322"),
        "贫困县摘帽": ("counties that have eliminated poverty", "2020/302"),
    }
    for zh, (english, segment) in expected.items():
        entry = glossary.lookup(zh)
        assert entry is not None and entry.en == english, zh
        assert entry.source == f"government_work_reports_2008_2022.tsv {segment}", zh


def test_official_renderings_from_the_2019_report() -> None:
    glossary = get_glossary()
    assert glossary.lookup("三大攻坚战").en == "three critical battles"
    assert glossary.lookup("城镇登记失业率").source.endswith("line 225")
    assert glossary.lookup("营商环境").en == "business environment"
    assert glossary.lookup("飞地经济").source == NO_OFFICIAL


def test_find_terms_is_longest_match_and_non_overlapping() -> None:
    glossary = get_glossary()
    text = "积极推进朝阳县光伏平价上网、喀左信息半导体新材料等项目，推动“四好农村路”高质量发展。"
    found = [(m.text, m.entry.en) for m in glossary.find_terms(text)]
    assert found == [("朝阳县", "Chaoyang County"), ("平价上网", "grid parity"), ("喀左", "Kazuo County"),
                     ("新材料", "new materials"), ("项目", "projects"), ("“四好农村路”", "Four Good Rural Roads"),
                     ("高质量发展", "high-quality development")]
    starts = [m.start for m in glossary.find_terms(text)]
    assert starts == sorted(starts)


def test_find_terms_skips_units_and_row_helper_words() -> None:
    glossary = get_glossary()
    found = [m.text for m in glossary.find_terms("新建标准化厂房260万平方米以上，实施亿元以上项目230个。")]
    assert found == ["标准化厂房", "亿元以上项目"]
    assert [m.text for m in glossary.find_terms("新建标准化厂房", helpers=True)] == ["新建", "标准化厂房"]
    assert all(not e.is_helper for e in load_glossary())
    assert len(load_glossary(helpers=True)) > len(load_glossary())


def test_validation_reports_problems_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(
        "- zh: 营商环境\n  en: business environment\n  category: term\n  source: x\n"
        "- zh: 营商环境\n  en: business climate\n  category: term\n  source: x\n"
        "- zh: 飞地经济\n  en: 飞地 economy\n  category: slogan\n  source: 2019 Government Work Report (official translation)\n"
        "- zh: 路长制\n  en: road chief system\n  category: policy\n  colour: red\n",
        encoding="utf-8",
    )
    entries, problems = parse_file(path)
    messages = [p.message for p in problems]
    assert any("English contains Chinese" in m for m in messages)
    assert any("line N" in m for m in messages)
    assert any("unknown category 'policy'" in m for m in messages)
    assert any("unknown key 'colour'" in m for m in messages)
    assert any("'source' is missing" in m for m in messages)
    assert {p.line for p in problems} >= {9, 13}
    _all, cross = validate_dir(tmp_path)
    assert any("already defined" in p.message and p.line == 5 for p in cross)


def test_in_text_false_keeps_a_row_word_out_of_running_text(tmp_path: Path) -> None:
    # 单位 names key figures ("units audited") but is also the 单位 of "per unit" and 事业单位: no tooltip in text.
    glossary = get_glossary()
    sentence = "共检查单位42个，部门15个。"
    assert [m.text for m in glossary.find_terms(sentence)] == []
    assert [m.text for m in glossary.find_terms(sentence, helpers=True)] == ["共", "单位", "部门"]
    assert [e.zh for e in load_glossary(helpers=True) if not e.in_text] == ["部门", "单位"]
    path = tmp_path / "terms.yml"
    path.write_text("- zh: 单元\n  en: units\n  category: metric\n  source: x\n  in_text: 'no'\n", encoding="utf-8")
    entries, problems = parse_file(path)
    assert [p.line for p in problems if "'in_text' must be true or false" in p.message] == [1]
