"""Figure and timeline rules added after the seventh held-out measurement (issue 11/12: a town's annual review and
plan in DOCX, a city portal's question-and-answer interpretation of a trade-in subsidy); sentences invented for the
rule, expectations read by hand."""

from __future__ import annotations

from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

QA = {"date": "2025-04-02", "region": "松岭市", "title": "《松岭市2025年汽车以旧换新补贴实施办法》政策解读",
      "genre": "policy"}


def test_an_interpretation_of_rules_states_the_rules_standards():
    """《…实施办法》政策解读: the subsidy shares, caps and per-person limits it explains are standing provisions (no
    period, not results of the page's date); the previous round's results stay actuals of their year."""
    found = figs("个人消费者报废旧车并购买新能源乘用车的，按车辆销售价格的10%给予补贴，每辆补贴不超过2万元。",
                 "每位消费者限补贴1辆，其中家庭用户最多可补贴2辆。",
                 "2024年，全市共发放汽车以旧换新补贴资金4300万元。", **QA)
    rows = [one(found, 10), one(found, 2, "万元"), one(found, 1), one(found, 2, "辆")]
    assert [(f.status, f.period) for f in rows] == [("requirement", "")] * 4
    assert (one(found, 4300).status, one(found, 4300).period) == ("actual", "2024")


def test_an_interpretation_under_another_name_is_read_the_same_way():
    found = figs("对新购置节能家电的，按销售价格的8%给予补贴。", **{**QA, "title": "《松岭市节能家电消费补贴办法》解读"})
    assert (one(found, 8).status, one(found, 8).period) == ("requirement", "")


def test_a_news_page_on_a_subsidy_is_no_interpretation_of_rules():
    """Without the rules' title the same sentence in a news report of its day stays a dated statement."""
    found = figs("对新购置节能家电的，按销售价格的8%给予补贴。", **{**QA, "title": "我市节能家电补贴活动火热进行", "genre": "news"})
    assert one(found, 8).status != "requirement"


def test_a_validity_from_entry_into_force_to_an_end_date_is_one_period():
    """自…起施行，至…止 (as 有效期至…): one entry of kind period, not a deadline on the end date."""
    events = events_of("本办法自2025年4月10日起施行，至2025年12月31日止。", date="2025-04-02", title="解读")
    assert [(e.date, e.kind) for e in events] == [("2025-04-10/2025-12-31", "period")]
    events = events_of("本细则自2025年5月1日起实施，执行期限至2026年4月30日。", date="2025-04-02", title="解读")
    assert [(e.date, e.kind) for e in events] == [("2025-05-01/2026-04-30", "period")]


def test_the_year_of_the_experience_drawn_on_dates_no_event():
    """我市在总结2024年…经验的基础上，制定了… : the date qualifies the basis, the clause has no date of its own."""
    assert events_of("为进一步扩大消费，我市在总结2024年汽车以旧换新工作经验的基础上，制定了本办法。",
                     date="2025-04-02", title="解读") == []

TOWN = {"date": "2025-01-08", "region": "松岭镇", "title": "松岭镇2024年工作总结和2025年工作计划", "genre": "work-report"}


def test_a_village_whose_name_begins_with_xin_is_a_subject():
    """新民村…, 新华社区…: a name beginning with 新 opens its clause (it was read as 新 of a kind, 新建/新型, and the
    village of the clause before was kept); 新农村 and 新型城镇 stay no subject."""
    found = figs("红岩村新建蔬菜大棚120个，新民村引进食用菌项目2个，带动村集体经济增收26万元。",
                 "新华社区新增就业岗位85个；新农村建设完成投资900万元。", **TOWN)
    assert [one(found, v).subject for v in (120, 2, 26, 85, 900)] == ["红岩村", "新民村", "新民村", "新华社区", ""]


def test_the_base_a_figure_grows_from_neither_dates_nor_names_it():
    """2025年补贴车型在2024年6类的基础上扩大到9类: 6类 is 2024's, 9类 this year's; the metric is what grew, not
    基础上; 起 and 类 count cases and categories."""
    found = figs("2025年补贴车型在2024年6类的基础上扩大到9类。", **QA)
    assert (one(found, 6).period, one(found, 9).period) == ("2024", "2025")
    assert one(found, 9).metric == "补贴车型"
    found = figs("全年调解矛盾纠纷158起，其中家庭纠纷41起。", **TOWN)
    assert [one(found, v).unit for v in (158, 41)] == ["起", "起"]
    assert [f.value for f in figs("居住区执行1类区标准，噪声达标。", **TOWN)] == []


def test_a_sentence_opened_by_its_year_in_an_interpretation_is_no_standing_rule():
    """2025年，市级财政…配套资金共计8000万元: this year's budget (a target of 2025), though 配套资金 is the wording of a
    rule; 2024年，…发放补贴资金 the past round's result; an undated provision stays a rule."""
    found = figs("2025年，市级财政统筹上级资金和本级配套资金共计8000万元。", "2024年，全市共发放补贴资金5200万元。",
                 "市级配套资金按1:1比例安排，每辆补贴不超过1.5万元。", **QA)
    assert (one(found, 8000).status, one(found, 8000).period) == ("target", "2025")
    assert (one(found, 5200).status, one(found, 5200).period) == ("actual", "2024")
    assert (one(found, 1.5).status, one(found, 1.5).period) == ("requirement", "")
