"""The work of a people's congress standing committee (人民代表大会常务委员会工作报告): its meetings, local
legislation, oversight (special work reports, law enforcement inspections, special inquiries, the filing and review of
normative documents), deputies' suggestions and liaison stations, appointments; and a market regulation bureau's
report on market entities by sector (holdout44).

"the Standing Committee of the National People's Congress" (GWR 2008/219), "normative documents" (GWR 2016/346),
"filing and inspection" (GWR 2008/722), "suggestions of NPC deputies" (GWR 2021/78), "tertiary industry" (GWR
2009/148). The names of a local congress's own work (地方性法规 "local regulations", 专题询问, 主任会议, 代表联络站,
宪法宣誓) are not in the reference: project renderings (P), after the NPC's own English usage.
"""

from __future__ import annotations

CONGRESS_EXACT: dict[str, tuple[str, str]] = {
    # meetings
    "召开常委会会议": ("meetings of the Standing Committee held", "GWR 2008/219, P"),
    "主任会议": ("meetings of the Council of Chairpersons", "P"),
    # legislation
    "制定地方性法规": ("local regulations enacted", "P"),
    "地方性法规修改": ("local regulations amended", "P"),
    "修改地方性法规": ("local regulations amended", "P"),
    "废止地方性法规": ("local regulations repealed", "P"),
    "地方性法规废止": ("local regulations repealed", "P"),
    "地方性法规修订": ("local regulations revised", "P"),
    "征集立法意见建议": ("suggestions on legislation collected", "P"),
    "通过基层立法联系点征集立法意见建议": (
        "suggestions on legislation collected through grassroots contact points", "P"),
    "采纳立法意见建议": ("suggestions on legislation adopted", "P"),
    "立法意见建议": ("suggestions on legislation", "P"),
    "立法项目": ("legislative projects", "P"),
    "拟安排立法项目": ("legislative projects planned", "P"),
    "审议项目": ("legislative projects for deliberation", "P"),
    "预备项目": ("legislative projects in preparation", "P"),
    # oversight
    "听取审议专项工作报告": ("special work reports heard and deliberated", "P"),
    "拟听取审议专项工作报告": ("special work reports to be heard and deliberated", "P"),
    "专题询问": ("special inquiries", "P"),
    "法律法规执法检查": ("laws and regulations inspected for enforcement", "P"),
    "解决问题": ("problems solved", "P"),
    "推动解决问题": ("problems solved", "P"),
    "审查备案规范性文件": ("normative documents filed and reviewed", "GWR 2008/722, 2016/346"),
    "提出纠正意见": ("normative documents with corrections requested", "P"),
    "作出决议决定": ("resolutions and decisions adopted", "P"),
    "重点民生项目": ("key projects for people's wellbeing", "P"),
    # appointments
    "任免国家机关工作人员": ("appointments and removals of state functionaries", "P"),
    "依法任免国家机关工作人员": ("appointments and removals of state functionaries", "P"),
    "组织宪法宣誓": ("constitutional oath ceremonies held", "P"),
    # deputies
    "建议": ("suggestions", "GWR 2021/78"),
    "代表建议": ("suggestions of deputies", "GWR 2021/78"),
    "督办代表建议": ("suggestions of deputies followed up", "GWR 2021/78, P"),
    "代表满意率": ("deputies' satisfaction rate", "P"),
    "组织代表视察调研": ("inspection and research trips of deputies organized", "P"),
    "参加代表": ("deputies taking part", "P"),
    "代表联络站": ("deputies' liaison stations", "P"),
    "新建代表联络站": ("new deputies' liaison stations", "P"),
    "代表联络站总数": ("deputies' liaison stations", "P"),
    # market entities by sector and by kind (a market regulation bureau's report)
    "第一产业经营主体": ("market entities in the primary industry", "GWR 2010/547, P"),
    "第二产业经营主体": ("market entities in the secondary industry", "GWR 2010/547, P"),
    "第三产业经营主体": ("market entities in the tertiary industry", "GWR 2009/148, 2010/547"),
    "批发和零售业新设立经营主体": ("newly established market entities in wholesale and retail trade", "P"),
    "批发和零售业新设立经营主体占新设立总数": (
        "share of wholesale and retail trade in newly established market entities", "P"),
    "个体工商户转型升级为企业": ("self-employed individuals upgraded into enterprises", "P"),
}
