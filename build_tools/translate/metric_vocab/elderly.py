"""A city's statistical bulletin on the development of services for the elderly (老龄事业发展统计公报) and an NBS
survey team's grain output announcement (粮食产量数据的公告) (holdout29, issue 12).

Official renderings (../shared/reference, GWR year/unit; YB = China Statistical Yearbook 2021 table):
- 长期护理保险 "long-term care insurance" (GWR 2021/569, 2019/429); 日间照料 "day care" and 助餐 "assistance with
  meals" (GWR 2022/522); 医养结合 "integrated medical and elderly care" (GWR 2018/638); 老年教育 "senior citizen
  education" (GWR 2022/523); 法律援助 "legal aid" (GWR 2021/594); 抚养比 "dependency ratio" (YB 2-4);
- 总产量 "total output" after YB 12-10 "output of major farm products".
The rest (百岁老人, 公办/民办养老机构, 家庭养老床位, 健康管理率, 老年大学, 区域养老服务中心, 敬老月 visits, the
allowance's standard) are project renderings (P).
"""

from __future__ import annotations

ELDERLY_EXACT: dict[str, tuple[str, str]] = {
    "总产量": ("total output", "YB 12-10"),
    # (the allowance's age tiers are rendered by the note rule of metrics: 高龄津贴标准（80至89周岁）)
    "高龄津贴标准": ("standard of allowances for the very elderly", "P"),
    "80岁及以上高龄老年人口": ("population aged 80 and over", "YB 2-4"),
    "80岁及以上高龄老年人口占老年人口": ("share of people aged 80 and over in the elderly population", "P"),
    "健在百岁老人": ("living centenarians", "P"),
    "百岁老人": ("centenarians", "P"),
    "每十万人中有百岁老人": ("centenarians per 100,000 people", "P"),
    "公办养老机构": ("public elderly care institutions", "P"),
    "民办养老机构": ("private elderly care institutions", "P"),
    "社区养老服务机构和设施": ("community elderly care institutions and facilities", "P"),
    "社区日间照料中心": ("community day care centers", "GWR 2022/522"),
    "街道（乡镇）区域养老服务中心": ("regional elderly care service centers of subdistricts and towns", "P"),
    "新增家庭养老床位": ("new home-based elderly care beds", "P"),
    "居家上门服务": ("home visit services", "P"),
    "经济困难失能、半失能老年人": ("disabled and partly disabled elderly people in financial difficulty", "P"),
    "开展老年人助餐服务": ("meal assistance for the elderly", "GWR 2022/522"),
    "建成老年助餐点": ("meal assistance points for the elderly", "GWR 2022/522"),
    "长期护理保险参保人数": ("people covered by long-term care insurance", "GWR 2021/569"),
    "长期护理保险享受待遇": ("beneficiaries of long-term care insurance", "GWR 2021/569"),
    "基金支出": ("fund spending", "P"),
    "惠及高龄老年人": ("people aged 80 and over benefiting", "P"),
    "经济困难老年人养老服务补贴": ("elderly care service subsidy for elderly people in financial difficulty", "P"),
    "65岁及以上老年人健康管理人数": ("people aged 65 and over under health management", "P"),
    "健康管理率": ("health management rate", "P"),
    "老年大学（学校）": ("senior citizen universities and schools", "GWR 2022/523"),
    "老年大学（学校）在校学员": ("students of senior citizen universities and schools", "GWR 2022/523"),
    "组织开展老年文体活动": ("cultural and sports activities for the elderly", "P"),
    "走访慰问老年人": ("visits to elderly people", "P"),
    "办理涉老法律援助案件": ("legal aid cases involving elderly people", "GWR 2021/594"),
    "老年人挽回经济损失": ("economic losses recovered for elderly people", "P"),
}

# the scheme whose fund a figure is (长期护理保险基金支出 "spending of the long-term care insurance fund")
ELDERLY_SCHEMES: dict[str, tuple[str, str]] = {
    "长期护理保险": ("long-term care insurance", "GWR 2021/569"),
}
