"""A market regulation bureau's notice on the year's state of special equipment safety, read by hand (sentences
invented for these tests, not those of any fixture): a notice of a past year's state (关于2025年…安全状况的通告) reports
that year, so its 全年 and stocks are 2025's; a rate per 10,000 units said bare; how often, every N days; English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NOTICE = {"date": "2026-02-03", "region": "汐川市", "genre": "notice",
          "title": "汐川市市场监督管理局关于2025年全市特种设备安全状况的通告"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_notice_of_a_past_years_state_reports_that_year() -> None:
    found = figs("全年共开展特种设备安全监督检查2140次。", "全市共有特种设备生产单位88家。", **NOTICE)
    assert one(found, 2140).period == "2025"
    assert one(found, 88).period == "2025-12"
    assert _english(one(found, 88)) == "Manufacturers of special equipment: 88, end of 2025"


def test_a_rate_per_ten_thousand_units_said_bare() -> None:
    found = figs("全年发生一般事故2起，万台特种设备死亡率为0.16。", "力争2026年万台特种设备死亡率控制在0.15以下。", **NOTICE)
    assert (one(found, 0.16).metric, one(found, 0.16).status) == ("万台特种设备死亡率", "actual")
    assert one(found, 0.15).status == "target"


def test_how_often_every_n_days() -> None:
    f = one(figs("各使用单位要落实主体责任，电梯日常维护保养每15日不少于1次。", **NOTICE), 1)
    assert (f.metric, f.unit, f.status) == ("电梯日常维护保养", "次/15日", "requirement")
    assert _english(f) == "Routine maintenance of elevators: at least once every 15 days (requirement)"


def test_a_ratio_keeps_the_bound_after_it() -> None:
    # (收入比缩小到2.05以内 was read as a metric "以内"; the bound is the ratio's qualifier)
    f = one(figs("到2027年，城乡居民收入比缩小到2.05以内。", **NOTICE), 2.05)
    assert (f.metric, f.qualifier.strip()) == ("城乡居民收入比", "以内")


def test_a_share_in_tenths_said_in_words() -> None:
    # (四成 is 40%: only after a share's word; 七成以上的村 and 成效 are no shares)
    found = figs("2025年，全市快递业务量中，同城快递占比超过三成。", "2025年，工资性收入占比近七成。",
                 "2025年，成效明显，全县七成以上村庄完成改造。", **NOTICE)
    assert (one(found, 3).metric, one(found, 3).unit, one(found, 3).qualifier.strip()) == ("同城快递占比", "成", "超过")
    assert "over 30%" in figure_row(one(found, 3), get_glossary(), Context(province="", city="")).text
    assert one(found, 7).metric == "工资性收入占比"
    assert len([f for f in found if f.value == 7]) == 1


def test_a_duty_said_with_its_modal() -> None:
    # (各地应确保…, 应完成…: the modal is no part of the name, and the figure is a task, not a result; 应急 is a word)
    found = figs("各地应确保耕地保有量不低于86万亩。", "各县应完成高标准农田建设1.5万亩。", "全市建成应急避难场所12个。",
                 **NOTICE)
    assert one(found, 86).metric == "耕地保有量"
    assert (one(found, 1.5).metric, one(found, 1.5).status) == ("高标准农田建设", "target")
    assert one(found, 12).metric.endswith("应急避难场所")


def test_a_task_completed_under_a_heading_of_work_done_is_a_result() -> None:
    # (一、2025年工作完成情况 > （一）拆迁任务全面完成。: 任务 in a run-in heading of work done opens no plan)
    found = figs("一、2025年工作完成情况", "（一）拆迁任务全面完成。", "全年共完成征迁房屋412户，完成率100%。",
                 "二、2026年工作计划", "（一）安置任务。", "全年计划完成安置房建设600套。",
                 headings={0: 1, 1: 2, 3: 1, 4: 2}, date="2026-01-15", region="禾川县", genre="report",
                 title="禾川县征迁办2025年工作总结和2026年工作计划")
    assert (one(found, 412).status, one(found, 412).period) == ("actual", "2025")
    assert (one(found, 600).status, one(found, 600).period) == ("target", "2026")


@pytest.mark.parametrize(("zh", "en"), [
    ("接收退役军人", "ex-service members received"),
    ("退役军人创办企业", "enterprises founded by ex-service members"),
    ("在乡老复员军人定期生活补助标准", "regular living allowance standard for old-age veterans in rural areas"),
])
def test_english_of_a_veterans_bureaus_year(zh: str, en: str) -> None:
    from build_tools.translate.metrics import metric_en

    assert metric_en(zh) == en
