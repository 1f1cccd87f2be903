"""A county human resources and social security bureau's summary of its year's employment work and its plan for the
next (holdout34): re-employment, rural labour transferred, skills training, start-up support, graduates, zero-employment
households, employment subsidies; and the detail of a release on the profits of industrial enterprises (losses,
assets, a chemical sector). Official usage from ../shared/reference (State Council work reports, GWR year/unit):
农村劳动力转移就业 "rural workers ... moved into non-farm jobs" (GWR 2008/166), 再就业 "reemployment" (GWR 2008/166),
零就业家庭 "zero-employment families" (GWR 2008/628), 就业困难人员 "urban residents experiencing difficulty finding
work" (GWR 2009/430), 创业孵化基地 "incubation bases" (GWR 2009/424), 高校毕业生 "college graduates" (GWR 2008/626),
创业担保贷款 "guaranteed loans for startups" (GWR 2020/243); the rest project renderings ("P").
"""

from __future__ import annotations

EMPLOYMENT_EXACT: dict[str, tuple[str, str]] = {
    "城镇登记失业人员再就业": ("reemployment of registered unemployed urban residents", "GWR 2008/166, P"),
    "转移就业农村劳动力": ("rural workers moved into non-farm jobs", "GWR 2008/166"),
    "累计转移就业农村劳动力": ("rural workers moved into non-farm jobs (total)", "GWR 2008/166, P"),
    "县外转移": ("rural workers moved into jobs outside the county", "P"),
    "脱贫人口务工规模": ("people lifted out of poverty in work", "P"),
    "农村劳动力培训": ("training of rural workers", "P"),
    "职业培训补贴": ("vocational training subsidies", "P"),
    "发放职业培训补贴": ("vocational training subsidies paid", "P"),
    "扶持创业": ("people supported in starting businesses", "P"),
    "创业孵化基地": ("incubation bases for business startups", "GWR 2009/424"),
    "新认定县级创业孵化基地": (
        "county-level incubation bases for business startups newly accredited", "GWR 2009/424, P"),
    "入驻创业实体": ("startups housed in incubation bases", "P"),
    "优秀创业项目": ("outstanding startup projects", "P"),
    "高校毕业生离校时就业率": ("employment rate of college graduates on leaving school", "GWR 2008/626, P"),
    "离校未就业高校毕业生": ("college graduates without a job on leaving school", "GWR 2008/626, P"),
    "零就业家庭": ("zero-employment families", "GWR 2008/628"),
    "认定零就业家庭": ("zero-employment families identified", "GWR 2008/628, P"),
    # (就业补助资金 is metric_tables' "employment subsidy funds", which wins; its disbursement follows it)
    "拨付就业补助资金": ("employment subsidy funds disbursed", "P"),
    "专场招聘会": ("job fairs", "P"),
    "招聘会": ("job fairs", "P"),
    "就业困难人员帮扶率": ("share of urban residents experiencing difficulty finding work who were helped",
                    "GWR 2009/430, P"),
    "年培训能力": ("yearly training capacity", "P"),
    "创业担保贷款发放额": ("guaranteed loans for startups granted", "GWR 2020/243"),
    # the detail of a release on industrial profits
    "亏损面": ("share of loss-making enterprises", "P"),
    "亏损企业": ("loss-making enterprises", "YB 13-3, P"),
    "规模以上工业企业中亏损企业": ("loss-making enterprises among industrial enterprises above designated size",
                      "YB 13-3, P"),
    "纳入统计的规模以上工业企业": ("industrial enterprises above designated size covered by the statistics", "P"),
    "资产总计": ("total assets", "YB 13-3"),
    "规模以上工业企业资产": ("total assets of industrial enterprises above designated size", "YB 13-3, P"),
    "化学原料和化学制品制造业利润总额": (
        "total profits of the manufacture of raw chemical materials and chemical products", "P"),
}
