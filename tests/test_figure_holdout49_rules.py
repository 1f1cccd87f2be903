"""Figure, layout and English rules added after the forty-ninth held-out measurement (a builder's second publicity
notice of the environmental impact assessment of a proposed plant as an HTML page, a city's listing-for-sale
announcement of land use rights as a PDF with ruled tables); sentences, tables and lines invented for each rule,
expectations read by hand."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.extract.figures.assessments import assessed_project
from build_tools.extract.figures.land_sales import is_land_sale
from tests.test_figure_attributes import figs, one, table_figs

EIA = {"date": "2025-06-10", "region": "栖川县", "genre": "notice",
       "title": "栖川县华盛新材料有限公司硅酸钙板项目环境影响评价第二次公示"}
PROJECT = "栖川县华盛新材料有限公司硅酸钙板项目"
SALE = {"date": "2025-06-10", "region": "栖川市", "genre": "notice",
        "title": "栖川市国有建设用地使用权拍卖出让公告"}


def test_an_eia_publicity_notice_names_its_project():
    """…项目环境影响评价第二次公示 and …项目环境影响报告书（征求意见稿）公示 name the project; an approval does not make
    the document a publicity notice of an assessment."""
    assert assessed_project(EIA["title"]) == PROJECT
    assert assessed_project("关于栖川县石桥污水处理厂扩建工程环境影响报告书（征求意见稿）公示") == "栖川县石桥污水处理厂扩建工程"
    assert assessed_project("关于栖川县华盛新材料有限公司硅酸钙板项目环境影响报告书的批复") == ""
    assert assessed_project("栖川县2025年环境质量状况公报") == ""


def test_a_proposed_projects_size_is_its_plan_and_its_emissions_forecasts():
    """In such a notice the project is every figure's subject; its investment, share of environmental investment,
    staff and working days are its plan (target, no period), what the assessment predicts a forecast, a protection
    distance and the notice's term requirements, the site's distance to a village observed."""
    found = figs("总投资及环保投资：项目总投资12000万元，其中环保投资600万元，占总投资的5%。",
                 "劳动定员及工作制度：劳动定员80人，年工作330天。",
                 "经预测，项目颗粒物排放量为3.25吨/年，二氧化硫排放量为1.2吨/年。",
                 "废水：生活污水产生量为1500立方米/年，经化粪池处理后排入园区污水处理厂。",
                 "距项目最近的环境敏感点为南侧的石桥村，距离约450米。项目设置50米卫生防护距离。",
                 "自公示之日起10个工作日。", **EIA)
    for value in (12000, 600, 5, 80, 330):
        f = one(found, value)
        assert (f.status, f.period, f.subject) == ("target", "", PROJECT), value
    for value in (3.25, 1.2, 1500):
        assert (one(found, value).status, one(found, value).period) == ("forecast", ""), value
    assert (one(found, 3.25).unit, one(found, 3.25).base_unit) == ("吨/年", "t")
    assert (one(found, 1500).unit, one(found, 1500).base_unit) == ("立方米/年", "m3")
    assert (one(found, 50).status, one(found, 50).period) == ("requirement", "")
    assert (one(found, 10).status, one(found, 10).period) == ("requirement", "")
    assert one(found, 450).status == "actual"


def test_working_days_a_year_are_a_figure():
    """年工作330天 (a plant's working days a year) is a figure; 连续3天 stays none."""
    assert one(figs("项目劳动定员60人，年工作330天。", date="2025-06-10", genre="notice", title="某某情况"), 330).unit == "天"
    assert not [f for f in figs("全市连续3天出现降雨。", date="2025-06-10", genre="notice", title="某某情况")
                if f.value == 3]


def test_a_land_sale_is_told_by_its_title():
    """…拍卖出让公告, …挂牌出让公告: a sale of land use rights; its result (出让结果公示) and a supply plan are not."""
    assert is_land_sale(SALE["title"])
    assert is_land_sale("栖川市自然资源局国有建设用地使用权挂牌出让公告（第2号）")
    assert not is_land_sale("栖川市国有建设用地使用权出让结果公示")
    assert not is_land_sale("栖川市2026年度国有建设用地供应计划")


def test_a_parcel_table_with_bounds_in_its_cells_gives_each_bound_of_its_parcel():
    """宗地编号 | 面积（平方米） | 容积率 | 建筑密度 | 出让年限 with cells ≥1.2且≤2.8, ≤30%, 70年: each bound is a
    requirement of its parcel (the code, subject), no period; the area is the parcel's, observed; the code's digits
    are no figures."""
    found = table_figs([["宗地编号", "面积（平方米）", "容积率", "建筑密度", "出让年限"],
                        ["QC-2025-07", "20000", "≥1.2且≤2.8", "≤30%", "70年"],
                        ["QC-2025-08", "15500.5", "≥1.0且≤1.5", "≥40%", "50年"]], "一、出让地块基本情况", SALE)
    for value in (1.2, 2.8, 30, 70):
        f = one(found, value)
        assert (f.status, f.period, f.subject) == ("requirement", "", "QC-2025-07"), value
    assert one(found, 70).unit == "年"
    assert (one(found, 20000).status, one(found, 20000).subject) == ("actual", "QC-2025-07")
    assert one(found, 40).subject == "QC-2025-08"
    assert not [f for f in found if f.value in (2025, 7, 8)]


def test_a_sales_prices_and_deposits_are_its_conditions():
    """起始价（万元） | 竞买保证金（万元） of a parcel: requirements of the sale, without period."""
    found = table_figs([["宗地编号", "起始价（万元）", "竞买保证金（万元）"], ["QC-2025-07", "16800", "3360"]],
                       "二、起始价和保证金", SALE)
    assert (one(found, 16800).status, one(found, 16800).period, one(found, 16800).subject) == (
        "requirement", "", "QC-2025-07")
    assert one(found, 3360).status == "requirement"


def test_the_term_of_a_right_in_whole_years_is_a_figure():
    """土地使用年限为40年 and 最低服务年限为5年: durations; 2025年 and 三年 stay none."""
    found = figs("商业用地使用年限为40年。", date="2025-06-10", genre="notice", title="某某公告")
    assert (one(found, 40).unit, one(found, 40).base_unit) == ("年", "year")
    assert not figs("2025年，全市推进城市更新。", date="2025-06-10", genre="notice", title="某某公告")


def test_a_plot_ratio_bound_is_a_figure():
    """容积率不低于1.2且不高于2.8: two requirements without a unit, each with its bound ("at least", "at most")."""
    found = figs("该地块容积率不低于1.2且不高于2.8。", date="2025-06-10", genre="notice", title="某某公告")
    assert {f.value for f in found} == {1.2, 2.8}
    assert all(f.status == "requirement" for f in found)
    assert (one(found, 1.2).qualifier, one(found, 2.8).qualifier) == ("不低于", "不高于")  # (said in English)


def test_a_phrase_named_again_by_a_sentence_of_its_own_is_no_reprint():
    """…并按规定交纳竞买保证金。 | 竞买保证金到账截止时间为…。: two sentences; …弄虚作假。 | 虚作假问题发生。 (a fragment
    cut inside a word) is still joined once."""
    a = "竞买申请人可于规定时间内到交易中心报名，并按规定交纳竞买保证金。"
    b = "竞买保证金到账截止时间为2025年7月8日17时。"
    assert [x.text for x in clean(f"{a}\n\n{b}\n").blocks] == [a, b]
    assert [x.text for x in clean("要坚持实事求是，坚决杜绝数据造假、弄虚作假。\n\n虚作假问题发生。\n").blocks] == [
        "要坚持实事求是，坚决杜绝数据造假、弄虚作假问题发生。"]


def test_a_companys_product_project_in_english():
    """栖川县华盛新材料有限公司: described by its county and trade (holdout48's rule: no trade name romanized); its
    project named after a product the vocabulary knows; a parcel's code is its own English."""
    from build_tools.model import Figure
    from build_tools.translate.enterprises import company_en
    from build_tools.translate.names import get_glossary, name_en
    from build_tools.translate.rows import NO_CONTEXT, figure_row

    assert company_en("栖川县华盛新材料有限公司") == "a Qichuan County new materials company"
    assert name_en("栖川县华盛新材料有限公司高性能建筑石膏粉项目") == (
        "High-Performance Building Gypsum Powder Project of a Qichuan County new materials company")
    assert name_en("栖川化工集团高性能建筑石膏粉项目") == "Qichuan Chemical Group High-Performance Building Gypsum Powder Project"
    row = figure_row(Figure("起始价", 16800, "万元", "QC-2025-07：起始价16800万元。", "p1", subject="QC-2025-07",
                            status="requirement", base_unit="CNY"), get_glossary(), NO_CONTEXT)
    assert row.status == "derived" and row.text.startswith("QC-2025-07 — starting price: CNY 168 million")


def test_the_height_of_a_structure_is_named_by_it():
    """通过30米高排气筒排放, 建设2.5米高的挡土墙: the structure's height (排气筒高度, 挡土墙高度), not the words before
    the number; a length (新建道路30米) keeps its name."""
    found = figs("废气经布袋除尘器处理后通过25米高排气筒排放。", "沿河建设2.5米高的挡土墙。", "全市新建道路30米。",
                 date="2025-06-10", genre="notice", title="某某情况")
    assert one(found, 25).metric == "排气筒高度"
    assert one(found, 2.5).metric == "挡土墙高度"
    assert one(found, 30).metric == "新建道路"


def test_a_time_limit_before_with_whom_and_in_whole_years():
    """…之日起10个工作日内与出让人签订合同 (与 names who the act is with, no list of numbers) and 余款在1年内缴清 (a time
    limit in whole years) are figures; 2025年内完成 and 年满60岁 stay none."""
    found = figs("竞得人应在成交之日起10个工作日内与出让人签订合同。", "余款在1年内缴清。", "全部工程2025年内完成。",
                 "年满60岁的老人可申请。", date="2025-06-10", genre="notice", title="某某公告")
    assert one(found, 10).unit == "个工作日"
    assert (one(found, 1).unit, one(found, 1).base_unit) == ("年", "year")
    assert not [f for f in found if f.value in (2025, 60)]
