"""The monitoring of a city's programmes for the development of women and children (妇女发展规划, 儿童发展规划): an
untuned statistical monitoring report, measured first; then this vocabulary. Official usage from ../shared/reference:
宫颈癌、乳腺癌免费检查 "free cervical cancer and breast cancer screening" and 妇女儿童 "women and children"
(GWR 2012/411); the rest are project renderings ("P") in the usage of the National Health Commission's and the
Ministry of Education's English releases where they have one."""

from __future__ import annotations

_SCREENING = "GWR 2012/411, P"

WOMEN_CHILDREN_EXACT: dict[str, tuple[str, str]] = {
    # the programmes (a monitoring report's title: 妇女儿童发展规划统计监测报告)
    "妇女儿童发展规划": ("programmes for the development of women and children", "P"),
    "妇女发展规划": ("programme for the development of women", "P"),
    "儿童发展规划": ("programme for the development of children", "P"),
    # women and health
    "宫颈癌筛查率": ("cervical cancer screening rate", _SCREENING),
    "适龄妇女宫颈癌筛查率": ("cervical cancer screening rate among eligible women", _SCREENING),
    "乳腺癌筛查率": ("breast cancer screening rate", _SCREENING),
    "适龄妇女乳腺癌筛查率": ("breast cancer screening rate among eligible women", _SCREENING),
    "乳腺癌筛查": ("breast cancer screenings", _SCREENING),
    "宫颈癌筛查": ("cervical cancer screenings", _SCREENING),
    "孕产妇系统管理率": ("systematic management rate of pregnant and lying-in women", "P"),
    # children and health, education
    "7岁以下儿童健康管理率": ("health management rate of children under 7", "P"),
    "3岁以下儿童系统管理率": ("systematic management rate of children under 3", "P"),
    "中小学生体质健康达标优良率": (
        "share of primary and secondary students rated good or excellent in physical fitness", "P"),
    "中小学生体质健康达标率": ("share of primary and secondary students meeting physical fitness standards", "P"),
    # women and the economy, decision-making
    "城镇单位女性从业人员": ("female employees in urban units", "P"),
    "城镇单位从业人员": ("employees in urban units", "P"),
    "城镇新增就业中女性": ("women among new urban jobs", "P"),
    "女性获贷": ("women granted loans", "P"),
    "贷款金额": ("amount of loans", "P"),
    "村（居）民委员会成员中女性比例": ("share of women among members of village and residents' committees", "P"),
    "村民委员会成员中女性比例": ("share of women among members of village committees", "P"),
    "居委会主任中女性比例": ("share of women among heads of residents' committees", "P"),
    "村委会主任中女性比例": ("share of women among heads of village committees", "P"),
    # children and welfare
    "儿童之家": ("children's homes in communities", "P"),
    "建成儿童之家": ("children's homes built in communities", "P"),
    "集中养育孤儿基本生活保障标准": ("basic living allowance for orphans in institutional care", "P"),
    "集中养育孤儿基本生活保障": ("basic living allowance for orphans in institutional care", "P"),
    "社会散居孤儿基本生活保障标准": ("basic living allowance for orphans living in families", "P"),
    # the monitoring itself
    "统计指标": ("statistical indicators", "P"),
    "达到或提前达到的统计指标": ("indicators meeting their targets, some ahead of time", "P"),
}
