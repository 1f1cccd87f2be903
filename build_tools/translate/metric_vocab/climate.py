"""Climate bulletins and meteorological disasters (fourth round, issue 12): temperature (YB 8-5), relative humidity
(YB 8-6), precipitation (YB 8-7), sunshine (YB 8-8), the days of a kind of weather (暴雨日数 "rainstorm days",
composed by bulletin_rules) and the losses of disasters (YB 8-26).
"""

from __future__ import annotations

CLIMATE_EXACT: dict[str, tuple[str, str]] = {
    # holdout23 (a city's climate bulletin): one disaster's measures and a year's solar radiation (P)
    "因旱饮水困难": ("people with difficulty in access to drinking water due to drought", "P"),
    "最大冰雹直径": ("maximum hailstone diameter", "P"),
    "最大日降水量": ("maximum daily precipitation", "P"),
    "过程平均降水量": ("average precipitation of the event", "P"),
    "年总辐射量": ("annual total solar radiation", "P"),
    "平均气温": ("average temperature", "YB 8-5"),
    "气温": ("temperature", "YB 8-5"),
    "极端最高气温": ("extreme maximum temperature", "P"),
    "极端最低气温": ("extreme minimum temperature", "P"),
    "最高气温": ("maximum temperature", "P"), "最低气温": ("minimum temperature", "P"),
    "日照时数": ("sunshine hours", "YB 8-8"),
    "年日照时数": ("annual sunshine hours", "YB 8-8"),
    "平均相对湿度": ("average relative humidity", "YB 8-6"),
    "相对湿度": ("relative humidity", "YB 8-6"),
    "无霜期": ("frost-free period", "P"),
    "气象灾害": ("meteorological disasters", "P"),
    "自然灾害": ("natural disasters", "YB 8-26"),
}
CLIMATE_HEADS: dict[str, tuple[str, str | None, str]] = {
    "受灾人口": ("population affected by {s}", "population affected by disasters", "YB 8-26"),
}
# The measures of a climate bulletin that 年 "annual", 平均 "average" and 汛期 "in the flood season" qualify
# (年极端最高气温 "annual extreme maximum temperature", 平均日照时数 "average sunshine hours"); project renderings.
CLIMATE_MEASURES: dict[str, str] = {"日照时数": "sunshine hours", "降水量": "precipitation", "气温": "temperature",
                                    "极端最高气温": "extreme maximum temperature",
                                    "极端最低气温": "extreme minimum temperature",
                                    "相对湿度": "relative humidity", "降雨量": "rainfall",
                                    "降温": "temperature drop"}  # (a cold wave's 降温8～10℃, P)
CLIMATE_WHEN: dict[str, str] = {"年": "annual {}", "平均": "average {}", "年平均": "average annual {}",
                                "汛期": "{} in the flood season", "年均": "average annual {}",
                                # the seasons of a climate bulletin (春季平均气温 "spring average temperature"; P)
                                "春季": "spring {}", "夏季": "summer {}", "秋季": "autumn {}", "冬季": "winter {}",
                                "春季平均": "spring average {}", "夏季平均": "summer average {}",
                                "秋季平均": "autumn average {}", "冬季平均": "winter average {}",
                                # where a forecast or a warning says it (大部地区气温将下降, 局地降温12℃以上; P)
                                "大部地区": "{} in most areas", "大部分地区": "{} in most areas",
                                "部分地区": "{} in some areas", "局地": "{} in some places"}
# the whole area between a season and its measure (春季全市平均气温): no word in English
CLIMATE_SCOPES = ("全市", "全省", "全县", "全区")
# The days of a kind of weather (暴雨日数 "rainstorm days"); project renderings.
WEATHER_DAYS: dict[str, str] = {"暴雨": "rainstorm", "降水": "precipitation", "降雨": "rainfall", "降雪": "snowfall",
                                "高温": "high-temperature", "雾": "fog", "霾": "haze", "雷暴": "thunderstorm",
                                "大风": "gale", "冰雹": "hail", "霜冻": "frost"}
