"""Culture, sports, tourism and media: a culture, tourism and sports bureau's figures (美术馆, 乡镇综合文化站, 电影放映
场次, 社会体育指导员, 5A级旅游景区, 星级饭店 ...), after YB 17-9/17-10/17-14 (tourism) and YB 23 (Culture and Sports:
23-24 cultural institutions, 23-29/23-32 cultural and related industries, 23-33 sports). Graded tourist attractions
compose in rules.py (4A级旅游景区 "4A-level tourist attractions", as the existing A级旅游景区).
"""

from __future__ import annotations

CULTURE_EXACT: dict[str, tuple[str, str]] = {
    "美术馆": ("art galleries", "P"),
    "文化站": ("cultural stations", "YB 23-24, P"),
    "乡镇综合文化站": ("township comprehensive cultural stations", "YB 23-24, P"),
    "文物保护单位": ("protected cultural heritage sites", "P"),
    "电影放映场次": ("film screenings", "P"),
    "经常参加体育锻炼人数": ("people who exercise regularly", "P"),  # + 比例 "share of ~"
    "社会体育指导员": ("social sports instructors", "P"),
    "全民健身中心": ("fitness centers for all", "P"),
    "城市书房": ("city study rooms", "P"),
    "国内游客": ("domestic tourist visits", "YB 17-10"),
    "乡村旅游接待游客": ("rural tourism visits", "P"),
    "星级饭店": ("star-rated hotels", "P"),
    # a holiday's tourism news (国庆假期…文旅市场): average daily visits, ticket revenue, hotel occupancy
    "日均接待": ("average daily tourist visits", "P"), "日均接待游客": ("average daily tourist visits", "P"),
    "A级旅游景区门票收入": ("ticket revenue of A-level tourist attractions", "P"),
    "客房出租率": ("hotel room occupancy rate", "P"),
    "星级饭店平均客房出租率": ("average room occupancy rate of star-rated hotels", "P"),
    "星级饭店客房出租率": ("room occupancy rate of star-rated hotels", "P"),
    # a city's tourism statistical bulletin (旅游业统计公报): overnight and inbound visitors, foreign exchange earnings,
    # hotels by star, outbound tour operators (held-out set 41)
    "接待过夜游客": ("overnight visitor arrivals", "YB 17-14, P"),
    "过夜游客人均停留": ("average stay of overnight visitors", "P"),
    "国际旅游外汇收入": ("earnings from international tourism", "YB 17-11/17-13"),
    "接待外国人": ("foreign visitor arrivals", "YB 17-12, P"),
    "港澳台同胞": ("visitors from Hong Kong, Macao and Taiwan", "P"),
    "接待国内游客占全年": ("share of the year's domestic tourist visits", "P"),
    "重点景区累计接待游客": ("tourist visits to key scenic spots", "P"),
    "五星级饭店": ("five-star hotels", "P"), "四星级饭店": ("four-star hotels", "P"),
    "出境游组团社": ("travel agencies organising outbound tours", "P"),
    # a commendation decision's lists (先进集体（20个）): as courts.HONOURED_WHO
    "先进集体": ("advanced collectives", "P"), "先进个人": ("advanced individuals", "P"),
    # a joint inspection's tally (检查经营单位83家，整改问题12处)
    "检查经营单位": ("business premises inspected", "P"),
    # (to be rectified or rectified: a culture inspection's and a rectification report's count alike, P)
    "整改问题": ("problems subject to rectification", "P"),
}

CULTURE_SUBJECTS: dict[str, tuple[str, str]] = {
    "文化及相关产业": ("cultural and related industries", "YB 23-29"),
    "规模以上文化企业": ("cultural enterprises above designated size", "YB 23-32, P"),
    "规上文化企业": ("cultural enterprises above designated size", "YB 23-32, P"),
}
