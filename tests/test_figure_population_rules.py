"""Figure rules found on a city's population sample survey communiqué written for the purpose (2025年人口变动情况抽样
调查主要数据公报, published in March 2026); sentences invented, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

POPULATION = {"date": "2026-03-18", "region": "溪陵市", "genre": "statistics",
              "title": "溪陵市2025年人口变动情况抽样调查主要数据公报"}


def test_a_populations_parts_by_age_and_sex_are_held_at_the_year_end():
    """全市常住人口中，0—15岁人口为…；男性人口为…: the parts of the year-end population, held at the end of 2025 like the
    total (the age band 0—15岁 is no figure)."""
    found = figs("全市常住人口中，0—15岁人口为51.26万人，占13.27%；16—59岁人口为225.73万人，占58.42%。", **POPULATION)
    assert [(f.value, f.period) for f in found] == [(51.26, "2025-12"), (13.27, "2025-12"), (225.73, "2025-12"),
                                                    (58.42, "2025-12")]
    found = figs("全市常住人口中，男性人口为194.08万人，女性人口为192.34万人。", **POPULATION)
    assert [(f.metric, f.period) for f in found] == [("男性人口", "2025-12"), ("女性人口", "2025-12")]
    # the year's flows are not held at its end
    assert one(figs("全年出生人口2.31万人，出生率为5.97‰。", **POPULATION), 2.31).period == "2025"


def test_a_negative_rate_of_growth_stated_as_its_level_is_a_fall():
    """人口自然增长率为-3.28‰: the population fell by natural change; the sign and the direction agree (a positive
    rate stays up)."""
    f = one(figs("死亡人口3.58万人，死亡率为9.25‰；人口自然增长率为-3.28‰。", **POPULATION), -3.28)
    assert (f.direction, f.normalized) == ("down", -3.28)
    f = one(figs("人口自然增长率为1.26‰。", **POPULATION), 1.26)
    assert f.direction == "up"
