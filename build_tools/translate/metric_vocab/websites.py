"""A government website's annual report in the State Council's template (政府网站工作年度报表; holdout46): visits,
information published, special columns, interpretation, online services, messages, consultations, interviews,
security, new media accounts; and the weekly air quality report's own measures (优良天数, the year to date's and the
week's mean PM2.5 concentration, days of heavy pollution).

Cited from the State Council work reports in ../shared/reference: "government services" and handling them "online"
(GWR 2020/206, 2018/374), "respond to people's concerns" (GWR 2014/554), "cybersecurity" (GWR 2016/622), "fine
particulate matter (PM2.5)" (GWR 2012/321), air quality "good or excellent" (GWR 2016/205, as the glossary's 优良天数
比例 "share of days with good air quality"), "heavy air pollution" (GWR 2017/510) and its days (GWR 2018/46). The
template's items have no occurrence in the reference: project renderings (P).
"""

from __future__ import annotations

WEBSITES_EXACT: dict[str, tuple[str, str]] = {
    # visits and information published
    "独立用户访问总量": ("unique visitors", "P"),
    "网站总访问量": ("total website visits", "P"),
    "信息发布总数": ("items of information published", "P"),
    "概况类信息更新量": ("overview information updates", "P"),
    "政务动态信息更新量": ("government news updates", "P"),
    "信息公开目录信息更新量": ("updates to the government information disclosure catalogue", "P"),
    "专栏专题维护数量": ("special columns maintained", "P"),
    "专栏专题新开设数量": ("special columns newly opened", "P"),
    # interpretation and responses
    "解读信息发布总数": ("policy interpretations published", "P"),
    "解读材料数量": ("interpretation materials", "P"),
    "解读产品数量": ("interpretation products", "P"),
    "媒体评论文章数量": ("media commentaries", "P"),
    "回应公众关注热点或重大舆情数量": ("responses to public concerns and major public opinion", "GWR 2014/554, P"),
    # online services
    "注册用户数": ("registered users", "P"),
    "全程在线办理政务服务事项数量": ("government services that can be handled entirely online", "GWR 2020/206, P"),
    "可全程在线办理政务服务事项数量": ("government services that can be handled entirely online", "GWR 2020/206, P"),
    "自然人办件量": ("applications handled for individuals", "P"),
    "法人办件量": ("applications handled for legal persons", "P"),
    # messages, consultations and interviews
    "收到留言数量": ("messages received", "P"),
    "办结留言数量": ("messages settled", "P"),
    "平均办理时间": ("average handling time", "P"),
    "公开答复数量": ("replies published", "P"),
    "征集调查期数": ("consultations and surveys held", "P"),
    "收到意见数量": ("opinions received", "P"),
    "公布调查结果期数": ("survey results published", "P"),
    "访谈期数": ("online interviews held", "P"),
    "网民留言数量": ("messages from netizens", "P"),
    "答复网民提问数量": ("netizens' questions answered", "P"),
    # security
    "安全检测评估次数": ("security tests and assessments", "GWR 2016/622, P"),
    "发现问题数量": ("problems found", "P"),
    "问题整改数量": ("problems rectified", "P"),
    # new media accounts
    "信息发布量": ("posts published", "P"),
    "关注量": ("followers", "P"),
    "订阅数": ("subscribers", "P"),
    "微博信息发布量": ("posts published on the Weibo account", "P"),
    "微博关注量": ("followers of the Weibo account", "P"),
    "微信信息发布量": ("posts published on the WeChat account", "P"),
    "微信订阅数": ("subscribers of the WeChat account", "P"),
    # a weekly air quality report
    "优良天数": ("days with good air quality", "GWR 2016/205, P"),
    "PM2.5累计平均浓度": ("average PM2.5 concentration in the year to date", "GWR 2012/321, P"),
    "PM2.5周均浓度": ("weekly average PM2.5 concentration", "GWR 2012/321, P"),
    "PM2.5日均浓度": ("daily average PM2.5 concentration", "GWR 2012/321, P"),
    "出现重度污染": ("days of heavy pollution", "GWR 2017/510, P"),
    "出现重污染天气": ("days of heavy air pollution", "GWR 2018/46"),
}
