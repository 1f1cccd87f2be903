"""A county's work summary of the river and lake chief system (chiefs at three levels, patrols, problems rectified,
water quality of the assessed sections, the "four disorders" cleared, river works) and a port authority's monthly
production release (freight by goods, containers, routes, transshipment, berths, port construction); holdout59.

Official usage where the reference has it: 河长制、湖长制 "river chiefs and lake chiefs" (GWR 2019/82), 中小河流
"small and medium-length rivers" (GWR 2013/27), 货物吞吐量 "volume of freight handled" (YB 16-26), 集装箱吞吐量
"container throughput" (YB 26-24, 27-17); the rest project renderings (P).
"""

from __future__ import annotations

RIVERS_EXACT: dict[str, tuple[str, str]] = {
    # the chiefs and their work
    "河湖长": ("river and lake chiefs", "GWR 2019/82"),
    "县、乡、村三级河湖长": ("river and lake chiefs at the county, township and village levels", "GWR 2019/82, P"),
    "设立县、乡、村三级河湖长": ("river and lake chiefs at the county, township and village levels",
                                "GWR 2019/82, P"),
    "县级河湖长": ("county-level river and lake chiefs", "GWR 2019/82, P"),
    "乡级河湖长": ("township-level river and lake chiefs", "GWR 2019/82, P"),
    "村级河湖长": ("village-level river and lake chiefs", "GWR 2019/82, P"),
    "聘请民间河长和河湖巡查员": ("non-governmental river chiefs and river inspectors engaged", "P"),
    "配备河湖警长": ("river and lake police chiefs assigned", "P"),
    "召开县级总河长会议": ("meetings of the county's general river chiefs held", "P"),
    "开展河湖健康评价": ("river and lake health assessments conducted", "P"),
    "河湖健康评价": ("river and lake health assessments", "P"),
    "县乡村三级河湖长累计巡河巡湖": ("patrols of rivers and lakes by the chiefs at the three levels", "P"),
    "县乡村三级河湖长巡河巡湖": ("patrols of rivers and lakes by the chiefs at the three levels", "P"),
    "巡河巡湖": ("patrols of rivers and lakes", "P"),
    "县级河湖长巡河": ("patrols by county-level river and lake chiefs", "P"),
    "乡级河湖长巡河": ("patrols by township-level river and lake chiefs", "P"),
    "村级河湖长巡河": ("patrols by village-level river and lake chiefs", "P"),
    "乡村两级巡河": ("river patrols at the township and village levels", "P"),
    "县级河湖长每季度巡河": ("quarterly patrols by each county-level river and lake chief", "P"),
    "村级河湖长每周巡河": ("weekly patrols by each village-level river and lake chief", "P"),
    "发现各类问题": ("problems found", "P"), "发现问题": ("problems found", "P"),
    "整改": ("problems rectified", "P"), "已整改": ("problems rectified", "P"),
    "整改率": ("rectification rate", "P"), "问题整改率": ("rectification rate of problems", "P"),
    "整改完成率": ("rectification rate", "P"),
    "交办问题清单": ("problem lists assigned", "P"), "督办函": ("supervision letters issued", "P"),
    "问题清单整改": ("problems on the lists rectified", "P"),
    "评选表彰优秀河湖长": ("outstanding river and lake chiefs commended", "P"),
    # water quality
    "地表水考核断面": ("assessed surface water sections", "P"),
    "水质达到或优于Ⅲ类的断面": ("sections with water of class III or better", "P"),
    "水质达到或优于Ⅲ类的断面占比": ("share of sections with water of class III or better", "P"),
    "地表水考核断面水质优良比例": ("share of assessed surface water sections with good water quality", "P"),
    # (县城集中式饮用水水源地水质达标率: metric_tables and society.py have it)
    "总磷平均浓度": ("average total phosphorus concentration", "P"),
    "总磷浓度": ("total phosphorus concentration", "P"),
    # the "four disorders" (illegal occupation, sand mining, dumping and building) cleared
    "排查整治河湖四乱问题": ('"four disorders" on rivers and lakes identified and remedied', "P"),
    "排查整治河湖“四乱”问题": ('"four disorders" on rivers and lakes identified and remedied', "P"),
    "拆除河道管理范围内违法建筑物": ("illegal structures removed within river management zones", "P"),
    "拆除河道管理范围内违法建筑物面积": ("floor area of illegal structures removed within river management zones",
                                        "P"),
    "清理非法占用河道岸线": ("illegally occupied river shoreline cleared", "P"),
    "清除河道垃圾及漂浮物": ("garbage and floating debris removed from rivers", "P"),
    "取缔非法采砂点": ("illegal sand mining sites closed", "P"),
    # funds and works
    "投入河湖治理保护资金": ("funds invested in river and lake management and protection", "P"),
    "河湖治理保护资金": ("funds for river and lake management and protection", "P"),
    "县级财政投入": ("county fiscal investment", "P"),  # (中央和省级资金: flood.py has it)
    "中小河流治理": ("small and medium-length rivers harnessed", "GWR 2013/27"),
    "完成中小河流治理": ("small and medium-length rivers harnessed", "GWR 2013/27"),
    "生态清淤": ("ecological dredging", "P"), "完成生态清淤": ("ecological dredging", "P"),
    "新建生态护岸": ("ecological revetments built", "P"), "生态护岸": ("ecological revetments", "P"),
    "实施河湖治理项目": ("river and lake management projects implemented", "P"),
    "河湖治理项目计划总投资": ("planned total investment in river and lake management projects", "P"),
    "新建幸福河湖": ('new "happy rivers and lakes" built', "P"),
    "新增视频监控点位": ("new video surveillance points", "P"),
    "在重点河段新增视频监控点位": ("new video surveillance points on key river sections", "P"),
    # the public's part
    "志愿护河活动": ("volunteer river protection activities", "P"), "参与志愿者": ("volunteer participations", "P"),
    "河湖保护主题教育活动": ("river and lake protection education activities", "P"),
    "受理群众举报问题": ("public reports of problems received", "P"),
    "群众举报问题办结率": ("resolution rate of public reports", "P"),
}

PORTS_EXACT: dict[str, tuple[str, str]] = {
    "货物吞吐量": ("volume of freight handled", "YB 16-26"),
    "货物吞吐量占全市港口": ("share of the city's port freight volume", "YB 16-26, P"),
    "外贸集装箱吞吐量": ("foreign trade container throughput", "YB 27-17, P"),
    "煤炭吞吐量": ("coal handled", "P"), "港口煤炭吞吐量": ("coal handled in ports", "P"),
    "金属矿石吞吐量": ("metal ores handled", "P"), "液体散货吞吐量": ("liquid bulk cargo handled", "P"),
    "港口旅客吞吐量": ("port passenger throughput", "P"),
    "集装箱航线": ("container shipping routes", "P"), "港口共开辟集装箱航线": ("container shipping routes", "P"),
    "外贸航线": ("foreign trade shipping routes", "P"), "新增外贸航线": ("new foreign trade shipping routes", "P"),
    "对美航线集装箱吞吐量": ("container throughput on routes to the United States", "P"),
    "美航线集装箱吞吐量": ("container throughput on routes to the United States", "P"),
    "集装箱水水中转量": ("water-to-water container transshipment", "P"),
    "港口集装箱水水中转量": ("water-to-water container transshipment", "P"),
    "集装箱水水中转量占集装箱吞吐量": ("water-to-water transshipment as a share of container throughput", "P"),
    "港口集装箱水水中转量占集装箱吞吐量": ("water-to-water transshipment as a share of container throughput", "P"),
    "海铁联运集装箱": ("sea-rail intermodal containers", "P"),
    "港口累计停航": ("days ports were closed to shipping", "P"), "停航": ("days closed to shipping", "P"),
    "生产性泊位": ("productive berths", "P"), "港口共有生产性泊位": ("productive berths", "P"),
    "港口建设投资": ("investment in port construction", "P"),
    "港口建设投资完成年度计划比例": ("port construction investment as a share of the annual plan", "P"),
    "新增年通过能力": ("new annual handling capacity", "P"),
    "排查整治港口安全隐患": ("port safety hazards identified and remedied", "P"),
    "港口岸电设施使用量": ("shore power used in ports", "P"), "岸电使用量": ("shore power used", "P"),
    "港口货物吞吐量完成全年目标任务": ("port freight volume as a share of the annual target", "YB 16-26, P"),
}
