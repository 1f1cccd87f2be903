"""A national physical fitness monitoring bulletin (国民体质监测公报, held-out set 70, measured first): the shares of
people reaching the grades of the National Physical Fitness Standard (国民体质测定标准), the body measures, tests and
overweight and obesity rates of preschool children, adults and the elderly, and regular exercise. The reference has
no occurrence of these terms: project renderings (P), in the wording of the General Administration of Sport's English
releases where it has one (physical fitness, the pass grade); 全民健身 "public fitness" is GWR 2022/122."""

from __future__ import annotations

FITNESS_EXACT: dict[str, tuple[str, str]] = {
    "达到《国民体质测定标准》“合格”以上等级的人数比例": (
        "share of people at the pass grade or above of the National Physical Fitness Standard", "P"),
    "“合格”以上等级的人数比例": ("share of people at the pass grade or above", "P"),
    "达到“合格”以上等级的人数比例": ("share of people at the pass grade or above", "P"),
    "体质达到“合格”以上等级的比例": ("share of people at the pass grade or above", "P"),
    "合格以上比例": ("share at the pass grade or above", "P"),
    "达到“优秀”等级的人数比例": ("share of people at the excellent grade", "P"),
    "达到“良好”等级的人数比例": ("share of people at the good grade", "P"),
    "城乡差距": ("urban-rural gap", "P"),
    "双脚连续跳平均用时": ("average time of the continuous two-footed jump", "P"),
    "闭眼单脚站立平均时间": ("average time standing on one leg with eyes closed", "P"),
    "坐站平均次数": ("average number of sit-to-stands", "P"),
    "日常使用社区健身路径器材的老年人": ("elderly people using community fitness equipment daily", "P"),
}
# heads after a group of people (成年男性平均身高, 老年人超重率, 男幼儿立定跳远平均成绩)
FITNESS_HEADS: dict[str, tuple[str, str | None, str]] = {
    "平均身高": ("average height of {s}", "average height", "P"),
    "平均体重": ("average weight of {s}", "average weight", "P"),
    "平均握力": ("average grip strength of {s}", "average grip strength", "P"),
    "平均肺活量": ("average vital capacity of {s}", "average vital capacity", "P"),
    "超重率": ("overweight rate of {s}", "overweight rate", "P"),
    "肥胖率": ("obesity rate of {s}", "obesity rate", "P"),
    "合格以上比例": ("share of {s} at the pass grade or above", None, "P"),
    "立定跳远平均成绩": ("average standing long jump of {s}", "average standing long jump", "P"),
    "走平衡木平均用时": ("average time of {s} on the balance beam", "average time on the balance beam", "P"),
    "经常参加体育锻炼的人数比例": ("share of {s} who regularly take part in physical exercise",
                                  "share of people who regularly take part in physical exercise", "P"),
}
FITNESS_SUBJECTS: dict[str, tuple[str, str]] = {
    "幼儿": ("preschool children", "P"),
    "男幼儿": ("preschool boys", "P"),
    "女幼儿": ("preschool girls", "P"),
    "成年人": ("adults", "P"),
    "成年男性": ("adult men", "P"),
    "成年女性": ("adult women", "P"),
    "老年人": ("the elderly", "P"),
    "老年男性": ("elderly men", "P"),
    "老年女性": ("elderly women", "P"),
    "男性": ("men", "P"),
    "女性": ("women", "P"),
    "城镇人群": ("urban residents", "P"),
    "乡村人群": ("rural residents", "P"),
    "行政办公人员": ("office workers", "P"),
}
