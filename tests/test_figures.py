"""Key-figure extraction (build_tools/extract/figures.py).

Expectations are written by hand from the sentences (seed sentences and snippets in the style of other genres:
a statistical communiqué, an implementation plan, a news report, the national work report).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import yaml

from build_tools.extract.figures import extract_figures, split_sentences
from build_tools.model import Document, Figure, Metadata, Paragraph
from build_tools.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = yaml.safe_load((ROOT / "tests" / "fixtures" / "figures" / "seed_gold.yml").read_text(encoding="utf-8"))


def figs(*texts: str, date: str = "2023", title: str = "", region: str = "", genre: str = "",
         headings: dict[int, int] | None = None) -> list[Figure]:
    """Figures of a small document; ``headings`` maps a paragraph index to its heading level."""
    paras = [Paragraph(id=f"p{i + 1}", text=t, heading=(headings or {}).get(i, 0)) for i, t in enumerate(texts)]
    doc = Document(id="t", title=title, date=date, genre=genre, paragraphs=paras)
    return extract_figures(doc, Metadata(date=date, region=region))


def one(found: list[Figure], value: float, unit: str | None = None) -> Figure:
    hits = [f for f in found if math.isclose(f.value, value, abs_tol=1e-6) and (unit is None or f.unit == unit)]
    assert len(hits) == 1, f"expected one figure {value}{unit or ''}, got {[(f.metric, f.value, f.unit) for f in found]}"
    return hits[0]


def values(found: list[Figure]) -> list[float]:
    return [f.value for f in found]


# ---------------------------------------------------------------------------------------------------------------
# The cases named in the issue


def test_growth_with_rank_and_period_from_context():
    found = figs("2019 年上半年，朝阳市地区生产总值同比增长 7%，增速位列全省第 5。", date="2019-09", region="朝阳市")
    assert len(found) == 1
    f = found[0]
    assert (f.metric, f.value, f.unit, f.kind) == ("地区生产总值", 7, "%", "growth")
    assert (f.comparison, f.rank, f.period) == ("同比", "全省第5", "2019-01/2019-06")
    assert (f.normalized, f.base_unit, f.is_target) == (7, "percent", False)
    assert f.text == "7%"


def test_standalone_ranks_are_not_rows():
    """A rank without a value of its own is never a key-figure row (issue 11: it is an attribute of the figure it
    ranks, and here there is none)."""
    found = figs("今年 1月至 7月，朝阳市固定资产投资增速位列全省第二，社会消费品零售总额增速全省第一，"
                 "财政收入、规模以上工业增加值、工业用电量增速均列全省第三。", date="2019-09", region="朝阳市")
    assert found == []
    ranked = one(figs("今年1至7月，全市地区生产总值增长6.8%，增速位列全省第二。", date="2019-09"), 6.8)
    assert ranked.rank == "全省第2"


def test_thresholds_belong_to_the_metric():
    found = figs("今年 1 月至 7 月，新引进京津冀项目 316 个，开工在建达到 536 个，其中亿元以上项目 174 个、"
                 "5 亿元以上项目 50 个、10 亿元以上项目 27 个。", date="2019-09")
    assert values(found) == [316, 536, 174, 50, 27]
    # (the parts by size after 其中 are parts of the projects under construction: sets.part_of_whole)
    assert [f.metric for f in found] == ["新引进京津冀项目", "开工在建", "开工在建亿元以上项目", "开工在建5亿元以上项目",
                                         "开工在建10亿元以上项目"]
    assert all(f.kind == "count" and f.unit == "个" and f.period == "2019-01/2019-07" for f in found)


def test_elliptical_threshold_takes_the_head_noun_of_its_sibling():
    found = figs("1—9 月份，全市开复工项目 1130 个，其中：亿元以上项目 411 个、10 亿元以上 39 个。", date="2023-11-05")
    assert [(f.metric, f.value) for f in found] == [("开复工项目", 1130), ("开工在建亿元以上项目", 411),
                                                    ("开工在建10亿元以上项目", 39)]  # (sets._SAME_WHOLE)


def test_two_values_two_periods():
    """由2015年底的6.9%下降到1.7%: one row (1.7%, end of 2018) whose base value and period are the 6.9% of 2015
    (issue 11: the base value is an attribute of the figure, not a row of its own)."""
    found = figs("截至2018年年底，朝阳全市共完成了4个贫困县摘帽、565个贫困村销号、15.2万贫困人口脱贫，"
                 "贫困发生率由2015年底的6.9%下降到1.7%。", date="2019-09", region="朝阳市")
    assert not [f for f in found if math.isclose(f.value, 6.9)]
    after = one(found, 1.7)
    assert after.metric == "贫困发生率" and after.period == "2018-12"
    assert (after.base_value, after.base_period, after.direction) == (6.9, "2015-12", "down")
    assert after.comparison == "比2015年底"
    assert after.kind == "share"
    assert (one(found, 4).metric, one(found, 565).metric) == ("贫困县摘帽", "贫困村销号")
    assert one(found, 15.2).normalized == 152000


def test_from_to_with_growth():
    found = figs("截至2020年年底，人均纯收入从2015年年底的2880元增加到9059元，增长214.5%。", date="2021-06")
    assert [(f.metric, f.value, f.unit, f.kind) for f in found] == [
        ("人均纯收入", 9059, "元", "level"), ("人均纯收入", 214.5, "%", "growth")]
    assert (found[0].base_value, found[0].base_period, found[0].direction) == (2880, "2015-12", "up")
    assert found[0].period == "2020-12"
    assert found[1].comparison == "比2015年年底" and found[1].base_period == "2015-12"


def test_distributive_lists():
    found = figs("畜牧业整体保持增长趋势，猪牛羊禽分别出栏 450.7 万头、51.0 万头、286.8 万只、1.38 亿只，"
                 "分别增长 4.1%、11.2%、9.3%、15.4%。", date="2023-11-05")
    assert [(f.metric, f.value, f.unit, f.kind) for f in found] == [
        ("猪出栏", 450.7, "万头", "count"), ("牛出栏", 51.0, "万头", "count"), ("羊出栏", 286.8, "万只", "count"),
        ("禽出栏", 1.38, "亿只", "count"),
        ("猪出栏", 4.1, "%", "growth"), ("牛出栏", 11.2, "%", "growth"), ("羊出栏", 9.3, "%", "growth"),
        ("禽出栏", 15.4, "%", "growth")]
    assert found[3].normalized == 1.38e8 and found[3].base_unit == "head"
    assert found[1].text == "51.0 万头"


def test_distributive_values_take_the_previous_items():
    found = figs("中秋国庆期间，全市接待游客198万人次，旅游收入11.4亿元，比2019年分别增长39%和43%，拉动作用明显。")
    assert [(f.metric, f.value, f.comparison) for f in found if f.unit == "%"] == [
        ("接待游客", 39, "比2019年"), ("旅游收入", 43, "比2019年")]


def test_distributive_comparison_targets():
    found = figs("全市规上工业增加值指标增速受一些客观因素影响，三季度分别低于全省、全国 1.6 和 1.1 个百分点。",
                 date="2023-11-05", region="朝阳市")
    assert [(f.value, f.unit, f.comparison) for f in found] == [(1.6, "个百分点", "低于全省"),
                                                               (1.1, "个百分点", "低于全国")]
    assert all("规上工业增加值" in f.metric and f.kind == "growth" for f in found)


def test_same_value_for_several_items():
    found = figs("力争到2023年，全市化工精细化率、新材料占比、高技术制造业占比、战略性新兴产业产值占比均提高4%。",
                 date="2021-06")
    assert [f.metric for f in found] == ["化工精细化率", "新材料占比", "高技术制造业占比", "战略性新兴产业产值占比"]
    assert all(f.value == 4 and f.is_target and f.period == "2023" for f in found)


def test_percentage_points_gap_and_total_rank():
    found = figs("1—9月份，重点经济指标持续向好，其中：地区生产总值增速与全省差值环比收窄0.3个百分点，总量居全省第7；"
                 "固定资产投资增速高于全省2.3个百分点，总量全省第5；", date="2023-11-05")
    gap = one(found, 2.3)
    assert (gap.metric, gap.unit, gap.base_unit, gap.comparison, gap.kind) == (
        "固定资产投资增速", "个百分点", "percentage point", "高于全省", "growth")
    narrow = one(found, 0.3)
    assert narrow.comparison == "环比" and narrow.metric.startswith("地区生产总值增速")
    assert not [f for f in found if f.kind == "rank"]  # 总量居全省第7: a rank without a value is no row
    assert all(f.period == "2023-01/2023-09" for f in found)


def test_share_of_a_task_two_year_average_and_approximations():
    found = figs("建成设施农业 1.83 万亩、完成任务的 91.5%，新建改造高标农田 15.04 万亩。")
    share = one(found, 91.5)
    assert share.kind == "share" and "任务" in share.metric
    assert one(found, 1.83).normalized == 18300 and one(found, 1.83).base_unit == "mu"

    avg = one(figs("全年全体居民人均可支配收入38765元，比上年增长5.8%；两年平均增长3.1%。"), 3.1)
    assert (avg.kind, avg.comparison, avg.metric) == ("growth", "两年平均", "全体居民人均可支配收入")

    near = one(figs("“十四五”时期，辽阳市初步谋划储备了亿元以上高质量项目515个，总投资近3000亿元。", date="2021-06"),
               3000)
    assert (near.qualifier, near.unit, near.normalized, near.base_unit) == ("近", "亿元", 3e11, "CNY")
    assert near.period == "2021/2025" and near.text == "近3000亿元"


def test_permille_negative_and_fractions():
    f = one(figs("全年出生人口1.2万人，人口自然增长率为-1.5‰。"), -1.5)
    assert (f.unit, f.base_unit, f.metric) == ("‰", "permille", "人口自然增长率")
    found = figs("到 2015 年年底，全市贫困人口共有 8.2 万户、17.16万人，占全省1/5。", date="2019-09")
    assert [(f.metric, f.value, f.unit) for f in found] == [
        ("贫困人口", 8.2, "万户"), ("贫困人口", 17.16, "万人"), ("贫困人口", 0.2, "")]
    assert found[2].kind == "share" and found[2].comparison == "占全省" and found[2].text == "1/5"
    third = one(figs("到2015年底，全市贫困县数量占全省的三分之一。", date="2019"), 0.333333)
    assert (third.text, third.metric, third.comparison, third.kind) == ("三分之一", "贫困县数量", "占全省", "share")


def test_chinese_numerals_only_where_they_are_quantities():
    found = figs("这是继今年6月，中国黄金集团投资10亿元的新都黄金改造项目开工之后，"
                 "朝阳再次承接的两个10亿元以上的外商投资项目。", date="2019-08")
    two = one(found, 2)
    assert (two.unit, two.kind, two.text) == ("个", "count", "两个")
    assert "外商投资项目" in two.metric and "10亿元以上" in two.metric
    ten = one(found, 10)  # the project's investment: the project is the subject, named once (not in the metric)
    assert (ten.metric, ten.subject) == ("投资", "新都黄金改造项目")
    assert figs("村里建起两栋冷棚，又有两家企业落户园区。")[0].value == 2  # (她家…: an anecdote, no row)
    assert figs("力争到2020年地区生产总值过千亿。", date="2019-09")[0].normalized == 1e11


@pytest.mark.parametrize("text", [
    "坚持创新驱动，扎实做好结构调整“三篇大文章”，踏上“十四五”新征程。",
    "包括一二三产业、国有企业和民营企业开放。",
    "被誉为“世界上第一只鸟起飞、第一朵花绽放的地方”，已经形成一批重大产业项目落户朝阳的格局。",
    "全面落实“两不愁三保障”要求，坚持“四个对照”抓好“8+2”专项整治。",
    "全面落实省委“1＋8”系列文件精神，全力实施“161”工程。",
    "全面贯彻党的十九大和十九届二中、三中全会精神，统筹推进“五位一体”总体布局。",
    "加强5G、北斗、互联网等新技术的应用，重点地区细颗粒物（PM2.5）浓度继续下降。",
    "朝阳市人民政府办公室文件 朝政办发〔2023〕30号",
    "2023年第10期(总第260期) 2023年11月5日出版",
    "- 朝阳市人民政府办公室关于印发朝阳市深化农村公路管理养护体制改革实施方案的通知 2",
    "邮编:122000 电话:2638251 E-mail:cyszfbxxk@163.com",
    "市委十届九次全会暨经济工作会议，我讲4方面意见，突出抓好6件事，距年末仅剩2个月。",
    "中电科 53 所特种材料、宏发 9000 万只肉鸡加工、川州 500 千伏输变电工程等项目建成投产。",
    "2017年，朝阳市喀左县中三家镇把握京津冀产业转移的重大机遇。",
    "习近平总书记“9·7”重要讲话，今年是东北振兴战略实施20周年。",
    "“1”即优化营商环境；“6”即京津冀招商引资等六项工作。",
    "一是个体户总量再提升，按要求 11 月 10 日前，完成底册外个体户查找补漏工作。",
])
def test_no_slogans_names_dates_or_document_numbers(text):
    assert figs(text, date="2023-11-05") == []


def test_pm25_concentration_is_a_figure():
    found = figs("PM2.5浓度为41μg/m³，较2015年改善31.7%；", date="2021-06")
    assert [(f.metric, f.value, f.unit, f.kind, f.comparison) for f in found] == [
        ("PM2.5浓度", 41, "μg/m³", "level", ""), ("PM2.5浓度", 31.7, "%", "growth", "较2015年")]
    assert found[0].period == "2021-06"  # the comparison year is not the period (the document's date is)
    assert found[1].direction == "down" and found[1].base_period == "2015"  # 改善 of a concentration: it fell


# ---------------------------------------------------------------------------------------------------------------
# Targets


def test_work_plan_targets():
    found = figs("主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长7%，固定资产投资增长8%，"
                 "城乡常住居民人均可支配收入分别增长6.5%和7%。", "城镇登记失业率控制在4.5%以内。",
                 "全年实施亿元以上项目230个。", date="2019", title="2019年工作安排")
    assert [(f.metric, f.value) for f in found] == [
        ("地区生产总值", 6.5), ("一般公共预算收入", 7), ("固定资产投资", 8), ("城镇常住居民人均可支配收入", 6.5),
        ("农村常住居民人均可支配收入", 7), ("城镇登记失业率", 4.5), ("实施亿元以上项目", 230)]
    assert all(f.is_target for f in found)
    assert [f.kind for f in found] == ["growth"] * 5 + ["share", "count"]
    assert found[5].qualifier == "以内"
    assert all(f.period == "2019" for f in found)


def test_target_cues_without_a_plan_title():
    found = figs("中电国际光伏发电平价上网示范项目，计划投资29亿元，建设期间可带动3000人就业。"
                 "要确保粮食颗粒归仓、产量突破 60 亿斤。", date="2019-08")
    invest = one(found, 29)
    assert (invest.metric, invest.kind, invest.is_target) == ("计划投资", "target", True)
    grain = one(found, 60)
    assert (grain.metric, grain.qualifier, grain.normalized, grain.base_unit) == ("产量", "超过", 3e9, "kg")
    assert grain.is_target
    assert one(found, 3000).status == "forecast"  # 可带动3000人就业: an expected effect, not a goal (issue 11 gold)


def test_results_are_not_targets_even_in_a_speech_about_targets():
    found = figs("三、咬定目标，突出重点，坚决确保三年行动首战告捷",
                 "前三季度，最终消费支出拉动 GDP 增长 4.4 个百分点，对经济增长贡献率高达 83.2%。",
                 "要全力以赴推进项目建设，全面完成 2 万亩设施农业建设任务。", date="2023-10-31", headings={0: 1})
    assert [(f.value, f.is_target) for f in found] == [(4.4, False), (83.2, False), (2, True)]


def test_implementation_plan_deadline_targets():
    found = figs("二、主要目标",
                 "到2025年，全市数字经济核心产业增加值占地区生产总值比重达到10%以上，新建5G基站3000个，"
                 "力争数字经济规模突破1000亿元。",
                 "三、重点任务", "（一）加快新型基础设施建设。全市千兆光网覆盖率达到95%。",
                 date="2022-05", title="某市推进数字经济发展实施方案", headings={0: 1, 2: 1})
    assert [(f.metric, f.value, f.unit) for f in found] == [
        ("数字经济核心产业增加值占地区生产总值比重", 10, "%"), ("新建5G基站", 3000, "个"),
        ("数字经济规模", 1000, "亿元"), ("千兆光网覆盖率", 95, "%")]
    assert all(f.is_target for f in found)
    assert [f.period for f in found[:3]] == ["2025"] * 3
    assert found[0].qualifier == "以上" and found[2].qualifier == "超过" and found[2].kind == "target"


def test_plan_section_heading_makes_targets():
    found = figs("二、工作目标", "农村公路列养率达到100%，年均养护工程比例县级公路不低于8%。",
                 "一、肯定成绩，提振士气", "1—9 月份，全市开复工项目 1130 个。",
                 date="2023-11-05", headings={0: 1, 2: 1})
    # 年均…不低于8%: a standing norm (issue 11: requirement), not a dated target
    assert [(f.value, f.status) for f in found] == [(100, "target"), (8, "requirement"), (1130, "actual")]
    assert found[1].qualifier == "不低于" and found[0].paragraph == "p2" and found[2].paragraph == "p4"


# ---------------------------------------------------------------------------------------------------------------
# Other genres


def test_statistical_communique():
    found = figs("全年全市地区生产总值1234.5亿元，按可比价格计算，比上年增长5.2%。其中，第一产业增加值123.4亿元，"
                 "增长3.1%；第二产业增加值456.7亿元，增长4.5%；第三产业增加值654.4亿元，增长6.0%。"
                 "三次产业结构为10.0:37.0:53.0。", date="2024-03", region="某市")
    assert [(f.metric, f.value, f.unit, f.kind) for f in found] == [
        ("地区生产总值", 1234.5, "亿元", "level"), ("地区生产总值", 5.2, "%", "growth"),
        ("第一产业增加值", 123.4, "亿元", "level"), ("第一产业增加值", 3.1, "%", "growth"),
        ("第二产业增加值", 456.7, "亿元", "level"), ("第二产业增加值", 4.5, "%", "growth"),
        ("第三产业增加值", 654.4, "亿元", "level"), ("第三产业增加值", 6.0, "%", "growth")]
    assert found[0].normalized == 1.2345e11 and found[0].base_unit == "CNY"
    assert found[1].comparison == "比上年"
    assert not any(f.is_target for f in found)


def test_statistical_communique_population_and_institutions():
    found = figs("年末全市户籍总人口345.67万人，比上年末减少1.2万人。全年粮食总产量60.5亿斤，比上年增产1.2亿斤。"
                 "年末全市共有普通高校5所，在校学生8.9万人。", date="2024-03")
    assert [(f.metric, f.value, f.unit, f.kind) for f in found] == [
        ("户籍总人口", 345.67, "万人", "count"), ("户籍总人口", 1.2, "万人", "growth"),
        ("粮食总产量", 60.5, "亿斤", "level"), ("粮食总产量", 1.2, "亿斤", "growth"),
        ("普通高校", 5, "所", "count"), ("普通高校在校学生", 8.9, "万人", "count")]  # (the universities' students)
    assert found[1].comparison == "比上年末"


def test_news_report():
    found = figs("本报讯（记者 张三）6月14日，某县举行2023年第二季度重大项目集中开工仪式，此次集中开工项目共18个，"
                 "总投资56.8亿元，其中亿元以上项目12个。据悉，今年以来，该县已累计签约项目43个，协议引资额约120亿元，"
                 "同比增长23.5%。",
                 "该县县长在致辞中表示，将力争全年固定资产投资增长12%以上，确保完成年度目标任务。",
                 date="2023-06-15", region="某县")
    assert [(f.metric, f.value, f.unit) for f in found] == [
        ("集中开工项目", 18, "个"), ("集中开工项目总投资", 56.8, "亿元"), ("集中开工亿元以上项目", 12, "个"),
        ("签约项目", 43, "个"),
        ("协议引资额", 120, "亿元"), ("协议引资额", 23.5, "%"), ("固定资产投资", 12, "%")]
    assert [f.is_target for f in found] == [False] * 6 + [True]
    assert found[4].qualifier == "约" and found[5].comparison == "同比"
    assert found[6].qualifier == "以上" and found[6].kind == "growth"


def test_national_work_report_ranges_and_level_changes():
    found = figs("国内生产总值增长6.6%，总量突破90万亿元。",
                 "今年发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右；",
                 "下调部分商品进口关税，关税总水平由9.8%降至7.5%。", date="2019-03-05", title="政府工作报告")
    assert [(f.metric, f.value, f.unit, f.kind, f.is_target) for f in found] == [
        ("国内生产总值", 6.6, "%", "growth", False), ("国内生产总值总量", 90, "万亿元", "level", False),
        ("国内生产总值", 6, "%", "growth", True), ("城镇新增就业", 1100, "万人", "count", True),
        ("城镇调查失业率", 5.5, "%", "share", True), ("关税总水平", 7.5, "%", "share", False)]
    assert (found[-1].base_value, found[-1].direction) == (9.8, "down")  # 由9.8%降至7.5%: one row
    assert found[1].qualifier == "超过" and found[1].normalized == 9e13
    assert found[2].qualifier == "至6.5%" and found[2].text == "6%－6.5%"


def test_monthly_statistics_release():
    found = figs("1-10月，全市规模以上工业增加值同比增长６．５％，增速比一季度加快0.5个百分点，排名全国第10位。"
                 "截至10月末，全市金融机构各项存款余额3456.7亿元，比年初增加234.5亿元。"
                 "今年前三季度，全省居民人均可支配收入达到2.8万元，扣除价格因素实际增长5.9%。", date="2023-11")
    assert [(f.metric, f.value, f.unit, f.kind, f.comparison) for f in found] == [
        ("规模以上工业增加值", 6.5, "%", "growth", "同比"), ("规模以上工业增加值增速", 0.5, "个百分点", "growth", "比一季度"),
        ("金融机构各项存款余额", 3456.7, "亿元", "level", ""), ("金融机构各项存款余额", 234.5, "亿元", "growth", "比年初"),
        ("居民人均可支配收入", 2.8, "万元", "level", ""),
        ("居民人均可支配收入", 5.9, "%", "growth", "扣除价格因素实际")]  # (growth in real terms: holdout5 round)
    assert [f.subject for f in found] == ["", "", "", "", "全省", "全省"]  # the province's, not the city's
    assert found[0].text == "６．５％" and found[0].rank == "全国第10"
    assert found[0].period == found[1].period == "2023-01/2023-10"  # 一季度 is the comparison base, not the period
    # the stock is of October; its change since the start of the year (比年初) is over January-October, as the
    # change of a year-end stock 比年初 is the year's
    assert found[2].period == "2023-10" and found[3].period == "2023-01/2023-10"
    assert found[4].period == "2023-01/2023-09"


def test_rates_named_after_de_and_words_that_are_not_units():
    found = figs("深化增值税改革，将制造业等行业现行16%的税率降至13%。", date="2019-03-05")
    assert [(f.metric, f.value, f.is_target) for f in found] == [("制造业等行业现行税率", 16, True), ("税率", 13, True)]
    people = one(figs("我国是一个有近14亿人口的发展中大国。", date="2019-03-05"), 14)
    assert (people.unit, people.base_unit, people.normalized, people.qualifier) == ("亿", "person", 1.4e9, "近")
    assert "人口" in people.metric


def test_run_in_heading_paragraphs():
    found = figs("（一）经济运行保持良好增势。", "1—9月份，全市地区生产总值增长5.1%。",
                 "（三）全年接待游客198万人次。", date="2023-11-05", headings={0: 2, 2: 2})
    assert [(f.paragraph, f.value) for f in found] == [("p2", 5.1), ("p3", 198)]


# ---------------------------------------------------------------------------------------------------------------
# Sentences


def test_sentence_split_keeps_decimals_and_quotations():
    text = "地区生产总值增长6.5%。他说：“今年增长5%。明年会更好。”记者了解到，增速全省第一！是吗？是的；好"
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["地区生产总值增长6.5%。", "他说：“今年增长5%。明年会更好。”", "记者了解到，增速全省第一！", "是吗？",
                     "是的；", "好"]


# ---------------------------------------------------------------------------------------------------------------
# All seeds, through the pipeline


@pytest.fixture(scope="module")
def seed_sources():
    return {p.stem: process(p) for p in SEEDS}


def _all(sources):
    for slug, src in sources.items():
        for doc in src.documents:
            for f in doc.figures:
                yield slug, doc, f


def test_every_figure_is_in_its_sentence_and_every_sentence_in_the_document(seed_sources):
    n = 0
    for _slug, doc, f in _all(seed_sources):
        para = doc.paragraph(f.paragraph)
        assert para is not None, f
        assert f.sentence in para.text, f
        assert f.text and f.text in f.sentence, f
        assert re.search(r"[\d零〇一二两三四五六七八九十百千万]", f.text), f
        assert f.metric and f.kind in ("level", "growth", "share", "count", "rank", "target"), f
        n += 1
    assert n > 250


def test_no_date_slogan_or_document_number_is_a_figure(seed_sources):
    for _slug, _doc, f in _all(seed_sources):
        assert not re.search(r"\d\s*[年月日号期届]|〔|\[|周年", f.text), f
        quotes = [m.span() for m in re.finditer(r"“[^”]{0,16}”", f.sentence)]
        start = f.sentence.find(f.text)
        assert not any(a <= start < b for a, b in quotes), f


def test_seed_junk_is_never_a_figure(seed_sources):
    hits = []
    for slug, doc, f in _all(seed_sources):
        sentence = re.sub(r"\s", "", f.sentence)
        text = re.sub(r"\s", "", f.text)
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(text), sentence)]
        for junk in GOLD.get(slug, {}).get("junk", []):
            j = re.sub(r"\s", "", junk)
            for m in re.finditer(re.escape(j), sentence):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    hits.append((doc.id, junk, f.text, f.metric))
    assert hits == []


def gold_recall(sources) -> dict[str, tuple[int, int]]:
    """Per seed: (gold figures found, gold figures)."""
    out = {}
    for slug, spec in GOLD.items():
        pool = [f for doc in sources[slug].documents for f in doc.figures]
        used: set[int] = set()
        found = 0
        for item in spec["figures"]:
            key = str(item.get("key", item["metric"]))
            for i, f in enumerate(pool):
                if i in used or not math.isclose(f.value, float(item["value"]), rel_tol=1e-6, abs_tol=1e-6):
                    continue
                if re.sub(r"\s", "", f.unit) != str(item["unit"]) or key not in re.sub(r"\s", "", f.metric):
                    continue
                used.add(i)
                found += 1
                break
        out[slug] = (found, len(spec["figures"]))
    return out


def test_seed_gold_recall(seed_sources):
    recall = gold_recall(seed_sources)
    total = sum(n for _, n in recall.values())
    found = sum(k for k, _ in recall.values())
    assert total >= 60 and len(recall) >= 3
    assert found / total >= 0.8, recall
    assert all(k / n >= 0.75 for k, n in recall.values()), recall


def test_deterministic(seed_sources):
    path = next(p for p in SEEDS if "gazette" in p.stem)
    again = process(path)
    first = [f.__dict__ for d in seed_sources[path.stem].documents for f in d.figures]
    assert first == [f.__dict__ for d in again.documents for f in d.figures]


def test_direction_of_changes_is_recorded_and_signed():
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata, Paragraph

    doc = Document(id="d", title="t", date="2023-11", paragraphs=[Paragraph(
        id="p1", text="全年房地产开发投资下降14.4%，民间投资下降18.8%；全市规上工业增加值增长6.1%，"
                      "低于全省1.6个百分点。猪牛羊分别出栏450.7万头、51.0万头、286.8万只，分别增长4.1%、11.2%、9.3%。")])
    figs = {(f.metric, f.value): f for f in extract_figures(doc, Metadata(date="2023"))}
    by_value = {f.value: f for f in figs.values() if f.kind == "growth"}
    assert (by_value[14.4].direction, by_value[14.4].normalized) == ("down", -14.4)
    assert (by_value[18.8].direction, by_value[18.8].normalized) == ("down", -18.8)
    assert (by_value[6.1].direction, by_value[6.1].normalized) == ("up", 6.1)
    assert by_value[1.6].direction == "down"
    assert by_value[11.2].direction == "up" and by_value[9.3].direction == "up"
