"""A project named with the amount invested in it (总投资15亿元的X项目, 投资10亿元的X项目, 计划投资1.8亿元建设X新院区):
the project is what the amount is about (the figure's subject), the metric is the investment."""

from __future__ import annotations

import re

_KIND_OF_PROJECT = re.compile(r"(?:重点|新开工|续建|在建|新建|签约|招商|引进|各|全|该|其|这|那|一批|多个|若干)")
# a clause opening with the size of the project it names (总投资15亿元的嵩原新能源电池材料产业园项目…)
_INVESTED_HEAD = re.compile(r"(?:总投资|计划投资|投资)(?:约|近|超过?)?\s*[\d.]+\s*[万亿]?元的((?:(?![以的，,；;。、])"
                            r"[\u4e00-\u9fff“”]){2,20}?(?:项目|工程))")
_INVESTED_IN = re.compile(r"的((?:(?![以的，,；;。、])[\u4e00-\u9fff“”]){2,20}?(?:项目|工程))")


# …or in the works that follow it (计划投资1.8亿元建设县中医院新院区, 投资2.3亿元实施城南污水处理厂二期工程): a named
# project, a campus, or a facility of the region's own (县/市/区 …医院, 学校), not a kind of works (建设乡村道路)
_INVESTED_TO_BUILD = re.compile(r"(?:用于)?(?:新建|建设|实施|改扩建|扩建|迁建|改造)((?:(?![以的，,；;。、和及与])"
                                r"[\u4e00-\u9fff“”]){2,20}?(?:项目|工程|院区|校区)|[县市区][\u4e00-\u9fff]{1,10}?"
                                r"(?:医院|学校|中学|小学|幼儿园|体育馆|图书馆|博物馆|文化馆))(?=[，,；;。]|$)")


def invested_project(s: str, start: int, end: int) -> str:
    """中国黄金集团投资10亿元的新都黄金改造项目: an amount invested in a project named after it is the project's."""
    if not re.search(r"投资\s*$", s[:start]):
        return ""
    m = _INVESTED_IN.match(s, end) or _INVESTED_TO_BUILD.match(s, end)
    if not m or _KIND_OF_PROJECT.match(m.group(1)):
        return ""
    return m.group(1)


# the size of the works just named with their investment, later in the sentence (…建设县中医院新院区，设置床位500张,
# 建筑面积3.2万平方米): the project's size, its own word without the verb of providing it
_SIZE_OF_BUILT = re.compile(r"(?:设置|设计|规划|可提供|提供|新增)?(床位|总建筑面积|建筑面积|占地面积|学位|座位|"
                            r"停车位|泊位|装机容量|(?:日|年)?处理能力|年产能|产能)")


def size_of_built(metric: str) -> str:
    """设置床位 -> 床位 when ``metric`` is the size of a facility being built; "" otherwise."""
    m = _SIZE_OF_BUILT.fullmatch(metric)
    return m.group(1) if m else ""
