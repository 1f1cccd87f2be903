"""A court's work report to the people's congress (holdout35): cases accepted, settled and enforced, the closing rate,
enforcement, dishonest judgment debtors, pre-litigation mediation, the rate of first-instance judgments accepted, the
average trial period, judicial recommendations; and the detail of a statistics bureau's release on real-estate
development and sales (developers' funds by source, new and second-hand housing prices, declines). Official usage from
../shared/reference (State Council work reports, GWR year/unit): 电信网络诈骗 "telecom and cyber fraud"
(GWR 2022/135, the latest wording; 2017/601 "telecommunications and online fraud"), 扫黑除恶 "organized crime and
local mafia" (GWR 2018/658), 破产 "bankruptcies" (GWR 2008/535),
民营企业 "private companies" (GWR 2016/396), 二手房 "second-hand homes" (GWR 2009/229), 商品房 "commodity housing" (GWR
2010/35); the rest project renderings ("P").
"""

from __future__ import annotations

import re

# Kinds of cases a court's report counts, before 案件 (justice.CASE_KINDS composes them: 审结 + 一审 + 刑事 + 案件).
COURT_CASE_KINDS: dict[str, tuple[str, str]] = {
    "民商事": ("civil and commercial", "P"),
    "电信网络诈骗犯罪": ("telecom and cyber fraud", "GWR 2022/135"),
    "涉黑涉恶": ("organized crime and local mafia", "GWR 2018/658"),
    "危险驾驶": ("dangerous driving", "P"),
    "涉企": ("enterprise-related", "P"),
    "金融借款合同纠纷": ("financial loan contract dispute", "P"),
    "破产": ("bankruptcy", "GWR 2008/535, P"),
    "执行": ("enforcement", "P"),
    "涉民生": ("livelihood-related", "P"),
    "各类": ("all", "P"),
}

COURTS_EXACT: dict[str, tuple[str, str]] = {
    "审结": ("cases settled", "YB 24-14, P"),
    "执结": ("cases enforced", "P"),
    "受理各类案件": ("cases of all kinds accepted", "YB 24-13, P"),
    "判处罪犯": ("offenders sentenced", "P"),
    "追赃挽损": ("losses recovered for victims", "P"),
    "帮助群众追赃挽损": ("losses recovered for victims", "P"),
    "民营企业挽回损失": ("losses recovered for private companies", "GWR 2016/396, P"),
    "为民营企业挽回损失": ("losses recovered for private companies", "GWR 2016/396, P"),
    "涉案标的额": ("amount in dispute", "P"),
    "化解债务": ("debts resolved", "P"),
    "盘活土地": ("land put back into use", "P"),
    "帮助困难企业": ("enterprises in difficulty helped", "P"),
    "通过重整重获新生的困难企业": ("enterprises in difficulty revived through restructuring", "P"),
    "行政机关负责人出庭应诉率": ("rate of appearance in court of heads of administrative organs", "P"),
    "发出司法建议": ("judicial recommendations issued", "P"),
    "司法建议": ("judicial recommendations", "P"),
    "司法建议回复率": ("response rate to judicial recommendations", "P"),
    "执行到位金额": ("amount recovered through enforcement", "P"),
    "失信被执行人": ("dishonest judgment debtors put on the blacklist", "P"),
    "促使被执行人主动履行义务": ("judgment debtors brought to perform their obligations voluntarily", "P"),
    "兑现农民工工资等民生款项": ("wages of rural migrant workers and other livelihood payments paid out", "P"),
    "诉前调解成功案件": ("cases settled by pre-litigation mediation", "P"),
    "诉前调解成功案件占一审民商事案件的比例": (
        "cases settled by pre-litigation mediation as a share of first-instance civil and commercial cases", "P"),
    "一审服判息诉率": ("rate of first-instance judgments accepted without appeal", "P"),
    "法定审限内结案率": ("rate of cases closed within the statutory time limit", "P"),
    "案件平均审理周期": ("average trial period of cases", "P"),
    "平均审理周期": ("average trial period", "P"),
    "视察法院工作": ("attendance of deputies and members at hearings and inspections of the courts", "P"),
    "办理代表建议、委员提案": ("deputies' suggestions and members' proposals handled", "P"),
    # the detail of a release on real-estate development and sales (its title: 2025年1—10月X市房地产开发和销售情况)
    "房地产开发和销售": ("real estate development and sales", "P"),
    # (新建 of the buildings sold, not of the floor space or the sales: "new floor space of commercial buildings sold")
    "新建商品房销售面积": ("floor space of newly built commercial buildings sold", "YB 19-10, P"),
    "新建商品房销售额": ("sales of newly built commercial buildings", "YB 19-10, P"),
    "新建商品住宅销售面积": ("floor space of newly built residential buildings sold", "YB 19-11, P"),
    "新建商品住宅销售额": ("sales of newly built residential buildings", "YB 19-11, P"),
    "国内贷款": ("domestic loans", "YB 19-3"),
    "自筹资金": ("self-raised funds", "YB 19-3"),
    "定金及预收款": ("deposits and advance payments", "YB 19-3"),
    "个人按揭贷款": ("individual mortgage loans", "YB 19-3"),
    "商业营业用房": ("commercial business buildings", "YB 19-10"),
    "商业营业用房投资": ("investment in commercial business buildings", "YB 19-10, P"),
    "新建商品住宅销售价格": ("sales prices of newly built residential buildings", "P"),
    "二手住宅销售价格": ("sales prices of second-hand homes", "GWR 2009/229, P"),
    "新建商品住宅指数": ("sales price index of newly built residential buildings", "P"),
    "新建商品住宅平均指数": ("average sales price index of newly built residential buildings", "P"),
    "二手住宅指数": ("sales price index of second-hand homes", "GWR 2009/229, P"),
    "二手住宅平均指数": ("average sales price index of second-hand homes", "GWR 2009/229, P"),
}

# those honoured (受到省级以上表彰的集体: a count of the collectives honoured at the provincial level or above)
HONOURED_RE = re.compile(r"^(?:受到|获得|荣获|获)(?P<level>国家级|省级|市级|县级)?(?P<above>以上|及以上)?"
                         r"(?:表彰|表扬|奖励|嘉奖)的(?P<who>集体|个人|单位|先进集体|先进个人)$")
HONOURED_WHO = {"集体": "collectives", "个人": "individuals", "单位": "units", "先进集体": "advanced collectives",
                "先进个人": "advanced individuals"}
HONOUR_LEVELS = {"国家级": "national", "省级": "provincial", "市级": "city", "县级": "county"}


def honoured(zh: str) -> str | None:
    """受到省级以上表彰的个人 -> "individuals honoured at the provincial level or above" (P), else None."""
    m = HONOURED_RE.match(zh)
    if not m:
        return None
    level = f" at the {HONOUR_LEVELS[m.group('level')]} level" if m.group("level") else ""
    return f"{HONOURED_WHO[m.group('who')]} honoured{level}{' or above' if level and m.group('above') else ''}"
