"""Observation stations as subjects (issue 11, subject and period): climate, hydrology and monitoring bulletins give
a station's own value, not the region's. Three patterns, general in those bulletins:

- the station heads the metric: 桐溪站最大日降水量达186.4毫米 -> subject 桐溪站, metric 最大日降水量;
- the station holds the extreme of a topic named before it: 年降水量…，南部桐溪站最多，为1342.8毫米 -> subject 桐溪站,
  metric 年降水量;
- an extreme followed by where and when it occurred: 年极端最高气温41.2℃，于8月6日出现在松岗站 (…，出现在1月23日的
  北屏站) -> subject 松岗站, period 2024-08-06.

A station is a name of two to six characters ending in 站 that is named with a weather or water measure (a bare
…站 such as 充电站, 加油站, 5G基站 is no station: it is never followed by one)."""

from __future__ import annotations

import re

from ...model import Figure
from ..dates import Anchor, find_dates

_SIDE = r"(?:东南|东北|西南|西北|东|南|西|北|中)部"
_MEASURES = (r"(?:降水量|降雨量|雨量|降水|气温|温度|风速|风力|水位|流量|日照时数|日照|积雪深度|积雪|冰雹直径|蒸发量|"
             r"相对湿度|湿度|能见度|浓度|含沙量|径流量|雷暴日数|暴雨日数|高温日数|距平)")
# facilities named …站 that are no observation station of a place (充电站, 5G基站, 污水处理站, 火车站, 养老服务站);
# shared with the English of station names (translate/names.py)
FACILITY_STATION = re.compile(r"(?:充电|加油|加气|换电|基|服务|中转|转运|泵|处理|工作|保障|救助|检查|收费|车|客运|"
                              r"货运|火车|高铁|地铁|公交|水电|电|变电|农技|兽医|林业|水利|文化|卫生|养老|供水|供热|"
                              r"消防)站$")
_STATION = r"[\u4e00-\u9fff]{2,6}?(?:气象站|观测站|水文站|雨量站|监测站|站)"
# 桐溪站最大日降水量: the station heads its measure
_HEAD = re.compile(rf"^(?:{_SIDE})?(?P<station>{_STATION})(?P<rest>(?:最大|最小|最高|最低|年|日|月|平均|累计)?"
                   rf"[\u4e00-\u9fff]{{0,6}}?{_MEASURES}.*)$")
# 年降水量东部梅岭站 (年降水量东部梅岭站最多，为…): the topic, then the station
_TAIL = re.compile(rf"^(?P<topic>(?:全年|年|[春夏秋冬]季)?[\u4e00-\u9fff]{{0,4}}?{_MEASURES})(?:{_SIDE})?"
                   rf"(?P<station>{_STATION})$")
# 南部桐溪站 (…桐溪站最多，为1342.8毫米): the metric is the station only
_ONLY = re.compile(rf"^(?:{_SIDE})?(?P<station>{_STATION})$")
_EXTREME_AFTER = "(?:最多|最少|最高|最低|最大|最小|最强|最早|最晚)"
_TOPIC = re.compile(rf"(?:全年|年|全市|全县|全区|[春夏秋冬]季)?[\u4e00-\u9fff]{{0,4}}?{_MEASURES}")
# 41.2℃，于8月6日出现在松岗站 / ，出现在1月23日的北屏站 / ，出现在松岗站（8月6日）
_OCCURRED = re.compile(r"\s*[，,]?\s*(?:并|均)?(?:于)?(?P<when>[^，,。；;]{0,14}?)(?:出现在|出现于|发生在|位于)"
                       r"(?P<where>[^，,。；;]{0,20}?站)")


# a hydrological station named with its river (潆江干流潆川水文站, 支流柘溪长坪水文站, 清河上游石门水文站)
# (渌水渌阳站, 黄河花园口站: a river's name of two characters, then its station of two or three and 站)
_ON_RIVER = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}?[江河溪湖川](?:干流|支流|上游|中游|下游|流域)|(?:干流|支流)"
                       r"[\u4e00-\u9fff]{1,3}?[江河溪湖川])(?P<station>[\u4e00-\u9fff]{2,4}(?:水文站|水位站|雨量站))$"
                       r"|^[\u4e00-\u9fff][江河溪川水](?P<bare>[\u4e00-\u9fff]{2,3}站)$")
# a water level above a mark (超警戒水位1.06米, 超保证水位0.3米, 超历史最高水位): the level's station's
_ABOVE_MARK = re.compile(r"^超(?:过)?(?:警戒|保证|设计|汛限|历史最高|历史)")
_CLAUSE_STOP = re.compile(r"[。；;]")
_WHEN_AFTER = re.compile(r"\s*[（(](?P<when>[^（）()]{2,20})[）)]")


def _station(name: str) -> str:
    return "" if FACILITY_STATION.search(name) else name


def _levels_above_marks(figures: list[Figure]) -> None:
    """A station named with its river is the station (潆江干流潆川水文站…: 潆川水文站); a level above a mark after a
    station's level in the same clause chain is that station's (长坪水文站洪峰水位38.21米，超警戒水位1.06米)."""
    before: Figure | None = None
    for f in figures:
        head = _HEAD.match(f.metric) if not f.subject else None
        named = head.group("station") if head and _station(head.group("station")) else f.subject
        river = _ON_RIVER.match(named)
        station = (river.group("station") or river.group("bare")) if river else ""
        if river and not _station(station):
            river = None
        if river and head:
            f.subject, f.metric = station, head.group("rest")
        elif river:
            f.subject = station
        if not f.subject and before is not None and before.sentence == f.sentence and _ABOVE_MARK.match(f.metric) \
                and re.fullmatch(_STATION, before.subject) and _station(before.subject) \
                and not _CLAUSE_STOP.search(f.sentence, f.sentence.find(before.text), f.sentence.find(f.text)):
            f.subject = before.subject
        before = f


# the extreme, then the station holding it (…全市平均降雨量86.4毫米，最大为石沅镇站168.2毫米): the metric read so far is
# the extreme and its station
_EXTREME_IS = re.compile(rf"^(?:{_SIDE})?(?P<extreme>{_EXTREME_AFTER})(?:为|是|在)(?P<station>{_STATION})$")
# where in the city a station stands (城区东关站, 市区北门站): no part of its name
_PLACE_BEFORE = re.compile(r"^(?:城区|市区|主城区|中心城区|郊区|县城|城郊)(?P<station>[\u4e00-\u9fff]{2,6}站)$")
# a station named again by an anaphor (突破该站1961年建站以来日降雨量历史极值（原极值为…）): the station named before
_ANAPHOR = re.compile(r"(?:^|[\u4e00-\u9fff]{0,4})该站$")


def _within(day: str, span: str) -> bool:
    first, _, last = span.partition("/")
    return bool(last) and "/" not in day and first[:len(day)] <= day <= last + "~"


def _stations_named_again(figures: list[Figure]) -> None:
    """A station's place before its name goes (城区东关站 -> 东关站); an extreme's station after 为 is the subject
    (最大为石沅镇站: 石沅镇站, the topic named before it the metric); 该站 is the last station of the paragraph."""
    last = ("", "")  # (paragraph, station)
    for f in figures:
        m = _EXTREME_IS.match(f.metric)
        if m and _station(m.group("station")):
            at = f.sentence.find(f.metric)
            measures = re.findall(_MEASURES, f.sentence[:max(at, 0)])
            f.subject = m.group("station")
            f.metric = m.group("extreme") + measures[-1] if measures else f.metric  # 最大降雨量
        if f.subject and (place := _PLACE_BEFORE.match(f.subject)) and _station(place.group("station")):
            f.subject = place.group("station")
        named_again = _ANAPHOR.search(f.subject) if f.subject else "该站" in f.metric
        if named_again and last[0] == f.paragraph and last[1]:
            f.subject = last[1]
        if f.subject and re.fullmatch(_STATION, f.subject) and _station(f.subject) and not _ANAPHOR.search(f.subject):
            last = (f.paragraph, f.subject)


def name_stations(figures: list[Figure], anchor: Anchor) -> None:
    """Set the station as subject (and the day of an extreme as period) on the figures of the patterns above."""
    topic = ("", "")  # (paragraph, metric): the topic of the last station's extreme (…；北部北屏站最少，为812.5毫米)
    _levels_above_marks(figures)
    for f in figures:
        if f.subject:
            continue
        m = _HEAD.match(f.metric)
        if m and _station(m.group("station")):
            f.subject, f.metric = m.group("station"), m.group("rest")
            continue
        m = _TAIL.match(f.metric)
        if m and _station(m.group("station")):
            f.subject, f.metric = m.group("station"), m.group("topic")
            topic = (f.paragraph, m.group("topic"))
            continue
        m = _ONLY.match(f.metric)
        if m and _station(m.group("station")):
            at = f.sentence.find(m.group("station"))
            if at >= 0 and re.match(_EXTREME_AFTER, f.sentence[at + len(m.group("station")):]):
                topics = [t.group() for t in _TOPIC.finditer(f.sentence, 0, at)]
                if not topics and topic[0] == f.paragraph:
                    topics = [topic[1]]
                if topics:
                    f.subject, f.metric = m.group("station"), topics[-1]
                    topic = (f.paragraph, topics[-1])
            continue
        end = f.sentence.find(f.text) + len(f.text) if f.text and f.text in f.sentence else -1
        occurred = _OCCURRED.match(f.sentence, end) if end > 0 else None
        if occurred:
            where = occurred.group("where")
            bracket = _WHEN_AFTER.match(f.sentence, occurred.end())  # (…，出现在东关站（7日22时至23时）)
            when = occurred.group("when") + where + (bracket.group("when") if bracket else "")
            days = [d for d in find_dates(when, anchor) if d.precision == "day"]
            name = re.sub(r"^.*[的在]", "", where)
            if not re.fullmatch(_STATION, name) or not _station(name):
                continue
            f.subject = name
            if days and f.period and (days[0].iso.startswith(f.period) or _within(days[0].iso, f.period)):
                f.period = days[0].iso  # (a day inside the span of the sentence: the extreme's own day)
    _stations_named_again(figures)
