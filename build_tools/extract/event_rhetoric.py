"""Sentences whose dates are no dated fact: the framing of a speech or meeting, a meeting's agenda, an overview of
the year, guidelines and stances, a quotation, a pointer to an annex, a question."""

from __future__ import annotations

import re

from .event_dates import _FIGURE

# The framing of a speech or meeting: what the speaker is about to say, not a dated fact.
_RHETORIC = re.compile(
    r"我(?:再|着重|简要|主要)?(?:讲|谈|说)(?:了)?[一二三四五六七八九十两几\d]+(?:点|个?方面|条)"
    r"|下面[，,]?(?:就[^。！？]{0,40}[，,])?我(?:讲|谈|再|就|强调|通报|介绍|发布|向大家|宣布)"
    # a press conference's moderator (今天，我们邀请到…; 这是今年以来…举行的第58场新闻发布会) and a journalist's
    # question (…记者：…，请问…): the frame of the facts the speakers give
    r"|^今天[，,]?我们(?:很高兴)?(?:邀请|请)到|^这是[^。！？]{0,30}第[\d一二三四五六七八九十百]+场(?:新闻)?发布会"
    r"|请问"
    r"|^(?:同志们|各位代表|各位委员|让我们)|^刚才[，,]"
    # (not a ceremony held today that starts or signs projects: 今天，我们隆重举行…集中开工暨…签约仪式, a dated fact)
    r"|今天[，,]?(?![^。！？]{0,60}(?:开工|签约|竣工|投产|揭牌)[^。！？]{0,12}仪式)[^。！？]{0,16}(?:召开|隆重)|(?:这次|本次|今天的?)(?:大会|会议)的?(?:主要)?任务|主要任务是"
    # a year characterised (今年是…关键一年, 2023年是…开局之年, 今年是…20周年) and a summing-up (总的来看，…)
    r"|^(?:今年|明年|去年|(?:19|20)\d{2}\s*年)是[^。！？；]{0,40}(?:之年|一年|周年)"
    # a month characterised (12月是全年收支的收官之月, 四季度是…的关键时期): no dated fact
    r"|^(?:(?:19|20)\d{2}\s*年)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?是[^。！？；]{0,30}(?:之月|月份|时期|阶段)"
    r"|^(?:总的来看|总体来看|总的看|综合来看|总之)[，,]|(?:总体要求|指导思想)是[：:，,]?$"
    # the opening formula of a report to a congress (受县人民政府委托，现将…提请大会审议; 现将…报告如下) or of a
    # bulletin (现将2024年…主要情况公布如下; 现将2025年…发展状况发布如下, 现将…情况分析如下): it announces the text, no
    # dated fact
    r"|^我?受[^。！？]{0,20}委托[，,]|现将[^。！？]{0,60}(?:提请[^。！？]{0,10}(?:审议|审查)"
    r"|(?:报告|公布|通报|汇报|说明|发布|分析)如下)"
    r"|请予审(?:议|查)[。.]?$"  # (我受县人民政府委托，向县人大常委会报告…的审计情况，请予审议。)
    # the purpose formula of a plan or notice (为做好2026年春运工作，…，制定本方案): it announces the text
    r"|^为[^。！？]{2,80}[，,]\s*(?:特|现)?(?:制定|制订|印发|出台)本(?:方案|办法|计划|通知|细则|意见|规定|预案)"
    # an annual report's method (报告中所列数据统计期限自2024年1月1日起至…止) and what did not happen in the year
    # (本年度未收取信息处理费, 全年未发生泄密事件): no dated fact
    r"|统计(?:期限|时限|时段|区间|时间)(?:为|是)?自"
    # a note on what the report's figures are (本报告中2025年数据多为1—10月实际数和全年预计数): no dated fact
    r"|(?:本报告|报告|本公报|公报|文中)中?[^，,；;。！？]{0,12}?数据(?:多|均|主要|大多)?为"
    r"|^(?:本年度|本年|今年|全年)[，,]?[^，,；;。！？\d]{0,12}?(?:未|没有)(?:收取|发生|出现|产生)[^，,；;。！？\d]{0,12}[。！？]?$"
)


_GUIDELINES = re.compile(r"(?:总体要求|指导思想|基本原则|总体思路)(?:是|为)"
                         r"|只要[^。！？]*(?:大有希望|一定能|必将|就能|就一定)"
                         # 重点抓好以下四个方面工作; 做好今年工作，任务艰巨，责任重大: the frame of what follows
                         r"|以下[一二三四五六七八九十几两]+个?方面|任务艰巨|责任重大|使命光荣"
                         # (2024年，全县…系统坚持以…思想为指导，…: the guidance the work followed, no dated fact)
                         r"|坚持以[^。！？；]{2,40}为指导")


_QUOTED = re.compile(r"^[“「『][^“”「」『』]+[。！？!?]?[”」』][。！？!?]?$")


_OVERVIEW = re.compile(r"(?:(?:19|20)\d{2}\s*年|今年|去年|过去一年|一年来|今年以来)[，,]\s*"
                       r"(?:面对|面临|在[^，,]{2,30}下)"
                       # an audit report's framing (根据审计法…，县审计局依法审计了2024年度…; 审计结果表明，…总体较好)
                       r"|^根据[^。！？]{0,30}?依法审计了|^审计结果表明"
                       # a bulletin's summary of its year (2024年，全市民政系统坚持…，各项民政事业取得新进展)
                       r"|^(?:19|20)\d{2}\s*年[，,][^。！？]{4,80}取得了?(?:新的?|明显|显著|积极|长足)(?:进展|成效)[。！]?$"
                       # the year's place in a programme (2025年是《…规划》实施的第五年, …是“十四五”收官之年): the frame
                       r"|^(?:19|20)\d{2}\s*年是[^。！？]{2,60}?(?:第[一二三四五六七八九十]+年|[收开]官之年|开局之年|关键之年"
                       r"|攻坚之年|决胜之年)[。！]?$")


# a period's stance or overall assessment with no fact of its own (2024年，全市…系统坚持稳中求进工作总基调，…保持平稳
# 发展; 今年以来，X区聚焦…，营商环境不断优化; 1—10月，全市经济运行总体平稳、稳中有进; “十四五”以来，面对…): the
# frame of the facts that follow, no dated fact (kept when it holds a figure, or says what will be done: 将, 要)
_STANCE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:以来|(?:春季|秋季)学期)?|(?:今年|去年|年初)以来|一年来|过去一年|“?十[一二三四五六七八九]五”?以来"
    r"|\d{1,2}\s*[—–-]\s*\d{1,2}\s*月(?:份)?|前三季度|上半年|一季度)[，,]\s*[^。！？；将要]{0,30}?"
    r"(?:坚持|认真(?:贯彻|落实)|深入贯彻|全面贯彻|聚焦|紧扣|(?:紧紧)?围绕|始终把|面对|面临)"
    r"|(?:经济运行|运行|发展)(?:保持)?(?:总体平稳|稳中有进|稳中向好|平稳发展|平稳)[、，,]?(?:稳中有进|稳中向好)?"
    r"[^。！？；\d]{0,30}[。！]?$|总体偏有利|好于预期")


_MEETING_AGENDA = re.compile(r"(?:会议|会上)[，,]?(?:通报|听取|审议|传达|学习|分析|总结|回顾|研究)")


def is_rhetoric(sentence: str) -> bool:
    """The framing of a speech or meeting (我讲四点意见, 下面我讲几点, 同志们, 今天我们召开…会议); and the agenda of a
    meeting with no figure (会议通报了前三季度…情况，部署四季度重点工作): its dates name the matters discussed."""
    if _QUOTED.match(sentence.strip()):
        return True  # “今年稻谷又是好收成，亩产比去年多了五十多斤。” a person quoted in a report, not a dated fact
    if (_MEETING_AGENDA.match(sentence) or _OVERVIEW.match(sentence) or _GUIDELINES.search(sentence)
            or _STANCE.search(sentence)) \
            and not _FIGURE.search(sentence):
        return True  # (2024年，面对复杂严峻的外部环境…，经济运行总体平稳: an overview of the year, no dated fact)
    if _REFERENCE.search(sentence) and not _FIGURE.search(sentence):
        return True  # 各市2025年改造任务见附表: a pointer to the annex, which states the facts itself
    if sentence.rstrip().endswith(("？", "?")) and not _FIGURE.search(sentence):
        return True  # 记者：能否介绍一下前三季度全市工业的情况？ a question asks; the answer states the facts
    return bool(_RHETORIC.search(sentence))


_REFERENCE = re.compile(r"(?:详?见|参见|列入)附(?:件|表|录)[一二三四五六七八九十\d]*[。.]?\s*$")
