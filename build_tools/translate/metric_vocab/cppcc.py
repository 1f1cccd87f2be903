"""The work of a CPPCC committee (政协…委员会常务委员会工作报告): its meetings, consultations, inspections and research,
proposals and the information it passes on (holdout20).

"proposals" of CPPCC members (提案, GWR 2022/127), "democratic oversight" (民主监督, GWR 2022/564), "public
sentiment" (社情民意, GWR 2011/501). "placed on file" (立案) and the sectors (界别) are the CPPCC's own English for its
proposals and its sectors, not in the reference: project renderings (P), as are the other names.
"""

from __future__ import annotations

_ON_FILE = "proposals placed on file"  # 立案 (P, the CPPCC's usage)

CPPCC_EXACT: dict[str, tuple[str, str]] = {
    # meetings and consultations
    "常委会会议": ("meetings of the Standing Committee", "P"),
    "主席会议": ("meetings of the Chairperson's Council", "P"),
    "参训委员": ("members trained", "P"),
    "专题协商会": ("thematic consultation meetings", "P"),
    "双月协商座谈会": ("bimonthly consultation forums", "P"),
    "意见建议": ("suggestions", "P"),
    "转为意见建议": ("proposals turned into suggestions", "P"),
    # inspections and research
    "视察调研": ("inspection tours and research trips", "P"),
    "组织视察调研": ("inspection tours and research trips organized", "P"),
    "专题调研": ("thematic research trips", "P"),
    "视察": ("inspection tours", "P"),
    "民主监督性视察": ("democratic oversight inspection tours", "GWR 2022/564"),
    "调研报告": ("research reports", "P"),
    "形成调研报告": ("research reports produced", "P"),
    "形成高质量调研报告": ("high-quality research reports produced", "P"),
    # members of a committee (a CPPCC committee's, a management committee's: 有委员25名)
    "委员": ("members", "P"),
    # proposals
    "委员提案": ("proposals from members", "GWR 2022/127"),
    "收到委员提案": ("proposals from members received", "GWR 2022/127"),
    # (bare 立案 counts a CPPCC's proposals and a discipline commission's cases alike: what is placed on file, said
    # without the kind the row cannot tell)
    "立案": ("placed on file", "P"),
    "经审查立案": (f"{_ON_FILE} after review", "P"),
    "并案处理": ("proposals merged with others", "P"),
    "立案提案办复率": (f"share of {_ON_FILE} handled and answered", "P"),
    "委员对办理结果满意和基本满意率": ("share of members satisfied or basically satisfied with the handling", "P"),
    "委员满意率": ("members' satisfaction rate", "P"),
    "重点提案": ("key proposals", "P"),
    "重点提案督办": ("key proposals followed up under supervision", "P"),
    "优秀提案": ("outstanding proposals", "P"),
    "评选优秀提案": ("outstanding proposals selected", "P"),
    "优秀委员": ("outstanding members", "P"),
    # the sectors (界别) members come from
    "经济界委员提交": ("proposals by members from the economic sector", "P"),
    "经济界": ("economic sector", "P"),
    "农业界": ("agricultural sector", "P"),
    "教育界": ("education sector", "P"),
    "医药卫生界": ("medicine and health sector", "P"),
    "其余各界别": ("other sectors", "P"),
    "界别": ("sectors", "P"),
    # information on public sentiment and what became of it
    "社情民意信息": ("items of information on public sentiment", "GWR 2011/501"),
    "报送社情民意信息": ("items of information on public sentiment submitted", "GWR 2011/501"),
    "被市政协采用": ("items adopted by the city CPPCC committee", "P"),
    "省政协采用": ("items adopted by the provincial CPPCC committee", "P"),
    "被市级以上政协采用": ("items adopted by CPPCC committees at or above the city level", "P"),
    "获县领导批示": ("items endorsed by county leaders", "P"),
    # members
    "参与各类履职活动的委员": ("members taking part in activities of their duties", "P"),
    "委员工作室": ("members' studios", "P"),
    "新建委员工作室": ("members' studios set up", "P"),
    "累计建成委员工作室": ("members' studios set up in total", "P"),
}
