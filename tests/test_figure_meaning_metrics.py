"""Metric names that must keep what the Chinese says the figure is of (issues 11/12, a reviewer's reading of
real-style documents): the items of a 分别 list together (合计). Sentences written for the rules; expectations read
by hand from the Chinese."""

from __future__ import annotations

from build_tools.extract.figures.combined import _items_joined
from tests.test_figure_attributes import figs, one


def test_share_of_a_list_together_names_every_item():
    """对日本、韩国分别出口…，合计占全市出口总值的41.2%: the share of both partners; without 合计 the share after a
    single item stays that item's."""
    found = figs("今年1—6月，我市对日本和韩国分别出口12.4亿元和9.8亿元，合计占全市出口总值的41.2%。",
                 "机电产品出口20.1亿元，占出口总值的38.5%。", date="2024-07-20", region="栖川市", genre="news")
    assert one(found, 41.2).metric == "日本和韩国出口合计占全市出口总值"
    assert one(found, 38.5).metric == "机电产品出口占出口总值"
    three = figs("全县粮食、油料和蔬菜分别种植45.2万亩、8.1万亩和6.3万亩，三者合计占农作物播种面积的92.7%。",
                 date="2024-07-20", region="栖川县")
    assert one(three, 92.7).metric == "粮食、油料和蔬菜种植合计占农作物播种面积"


def test_items_joined_need_a_shared_ending():
    assert _items_joined(["东盟进出口", "欧盟进出口", "美国进出口"]) == "东盟、欧盟和美国进出口"
    assert _items_joined(["财政收入", "工业增加值"]) == ""  # (nothing names them together)


def test_count_per_head_of_population_is_a_ratio():
    """按每千名老年人配备3名养老护理员, 每万人口拥有全科医生4.5名: the ratio keeps its population; a count without
    每… stays a count of its own."""
    found = figs("到2025年，按照每千名老年人配备3名养老护理员的标准配齐，每万人口拥有全科医生4.5名，"
                 "新增养老护理员1200名。", date="2022-03-01", region="栖川市", title="栖川市养老服务发展规划",
                 genre="plan")
    assert one(found, 3).metric == "每千名老年人配备养老护理员"
    assert one(found, 4.5).metric == "每万人口拥有全科医生"  # (named before the number: unchanged)
    assert one(found, 1200).metric.endswith("养老护理员") and "每" not in one(found, 1200).metric


def test_list_item_without_a_verb_is_done_by_the_first_items_verb():
    """新建市级养老服务中心3个、日间照料中心25个: both newly built at city level; an item with a verb of its own
    (、改造敬老院12所) keeps it."""
    found = figs("到2025年，新建市级养老服务中心3个、日间照料中心25个，改造敬老院12所。", date="2022-03-01",
                 region="栖川市", title="栖川市养老服务发展规划", genre="plan")
    assert one(found, 3).metric == "新建市级养老服务中心"
    assert one(found, 25).metric == "新建市级日间照料中心"
    assert one(found, 12).metric == "改造敬老院"
    both = figs("2024年新改建农村公路180公里、桥梁12座。", date="2024-02-01", region="栖川县")
    assert one(both, 12).metric == "新改建桥梁"  # (the whole verb, not 新建 alone)


def test_entities_selected_for_a_pilot():
    """每年遴选20个村开展美丽庭院示范: the pilots of each year; 选择3家医院开展互联网诊疗试点 (no 每年); a count of
    entities without a pilot after it stays the entities."""
    found = figs("每年遴选20个行政村开展美丽庭院示范，选择3家医院开展互联网诊疗试点。", date="2022-03-01",
                 region="栖川市", title="栖川市乡村振兴实施方案", genre="plan")
    assert one(found, 20).metric == "每年美丽庭院示范行政村"
    assert one(found, 3).metric == "互联网诊疗试点医院"
    plain = figs("全市共有医院36家。", date="2022-03-01", region="栖川市")
    assert one(plain, 36).metric.endswith("医院") and "试点" not in one(plain, 36).metric


def test_projects_a_fund_supports():
    """安排资金3.2亿元，支持城西供水厂、北环路改造等8个项目建设: the projects supported; 推进…等5个项目建设 (no support
    verb): the projects."""
    found = figs("全年安排中央预算内投资3.2亿元，支持城西供水厂、北环路改造等8个项目建设。",
                 "全年推进老旧管网改造、城东片区安置房等5个项目建设。", date="2025-01-10", region="栖川县")
    assert one(found, 8).metric == "支持项目"
    assert one(found, 5).metric == "项目"


def test_list_items_written_number_first_share_the_first_items_verb():
    """建成12个产业园、5个物流园: the second item, its noun after its number, is done by the first item's verb; an item
    list without a verb (全县有…) stays as written. Sentences invented for the rule."""
    from tests.test_figure_attributes import figs

    found = figs("全年建成14个产业园、6个物流园；新建5G基站1500个、充电桩2800个。", date="2024-01-20", region="柳川县")
    assert [f.metric for f in found] == ["建成产业园", "建成物流园", "新建5G基站", "新建充电桩"]
    plain = figs("全县现有11个产业园、4个物流园。", date="2024-01-20", region="柳川县")
    assert [f.metric for f in plain] == ["产业园", "物流园"]


def test_output_after_a_crops_area_is_that_crops():
    """…播种面积86.3万亩，总产量28.7万吨: the output of the crop whose area was given (夏粮总产量), not of the area."""
    from tests.test_figure_attributes import figs

    found = figs("上半年，早稻播种面积12.4万亩，总产量5.1万吨；蔬菜种植面积8.2万亩，产量31.6万吨。",
                 date="2024-07-20", region="柳川县")
    assert [f.metric for f in found] == ["早稻播种面积", "早稻总产量", "蔬菜种植面积", "蔬菜产量"]


def test_a_rate_raised_to_a_cap_is_a_standing_cap():
    """返还比例最高提至90% in a notice's measures: at most 90%, a standing rule; 最高气温 is no cap."""
    from tests.test_figure_attributes import figs

    (cap,) = figs("对不裁员或少裁员的参保企业，中小微企业返还比例最高提至85%。", date="2023-04-12", region="柳川县",
                  genre="notice", title="关于印发柳川县稳就业若干措施的通知")
    assert (cap.value, cap.qualifier, cap.status, cap.period) == (85, "最多", "requirement", "")
    (subsidy,) = figs("每人每月补贴标准最高提高到600元。", date="2023-04-12", region="柳川县", genre="notice",
                      title="关于印发柳川县稳就业若干措施的通知")
    assert subsidy.qualifier == "最多"


def test_count_that_is_the_object_of_a_task():
    """完成首批40个社区的改造任务: the communities renovated, as 改造40个社区 says it."""
    from tests.test_figure_attributes import figs

    (task,) = figs("2023年底前完成首批36个社区的改造任务。", date="2022-12-20", region="柳川县", genre="plan")
    assert (task.metric, task.value, task.period, task.status) == ("改造社区", 36, "2023-12", "target")


def test_goal_held_to_is_no_part_of_the_metric():
    """紧扣地区生产总值增长7%左右的预期目标: the indicator is GDP, not '紧扣地区生产总值'."""
    from tests.test_figure_attributes import figs

    found = figs("今年全县将紧扣地区生产总值增长6.5%左右的预期目标，力争固定资产投资增长9%以上。", date="2025-01-20",
                 region="柳川县")
    assert [f.metric for f in found] == ["地区生产总值", "固定资产投资"]


def test_a_company_speaking_of_itself_is_no_part_of_the_metric():
    """“今年一季度，公司实现产值4.6亿元” quoted from a company's manager: the metric is output value (产值), the
    company its subject, not '公司实现产值'."""
    from tests.test_figure_attributes import figs

    found = figs("在柳川精工机械有限公司车间里，总经理说：“今年一季度，公司实现产值3.2亿元，同比增长18%。”",
                 date="2025-04-12", region="柳川县")
    assert [(f.metric, f.value) for f in found] == [("产值", 3.2), ("产值", 18)]
