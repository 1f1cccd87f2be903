"""What a price release prices: the items of the CPI below its eight groups (鲜菜, 蛋类, 畜肉类 ...), the split of
the CPI by kind (消费品, 服务, 非食品) and of the PPI by use (生产资料, 生活资料). Each is a subject of the head 价格
("prices of {s}", metric_tables.HEADS): 鲜菜价格 -> "prices of fresh vegetables".

The NBS yearbook names the indices (YB 5-3 Consumer Price Indices by Category, 5-13 Producer Price Indices for
Industrial Products by Category) but not their items in the table titles the reference holds, so the items are
project renderings (P) in the words of the NBS monthly releases as far as they are known here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PRICE_SUBJECTS: dict[str, tuple[str, str]] = {
    "消费品": ("consumer goods", "P"),
    "服务": ("services", "P"),
    "非食品": ("non-food items", "P"),
    "畜肉类": ("livestock meat", "P"), "畜肉": ("livestock meat", "P"),
    "禽肉类": ("poultry meat", "P"), "禽肉": ("poultry meat", "P"),
    "牛肉": ("beef", "P"), "羊肉": ("mutton", "P"),
    "鲜菜": ("fresh vegetables", "P"), "鲜果": ("fresh fruit", "P"),
    "蛋类": ("eggs", "P"), "鸡蛋": ("eggs", "P"),
    "粮食": ("grain", "P"), "食用油": ("edible oil", "P"), "水产品": ("aquatic products", "P"),
    "汽油": ("gasoline", "P"), "柴油": ("diesel", "P"), "交通工具用燃料": ("vehicle fuels", "P"),
    "中药": ("traditional Chinese medicines", "P"), "西药": ("Western medicines", "P"),
    "医疗服务": ("medical services", "P"), "教育服务": ("education services", "P"),
    "旅游": ("tourism", "P"), "家用器具": ("household appliances", "P"), "通信工具": ("communication devices", "P"),
    "房租": ("rents", "P"),
    # the PPI by use of the products
    "生产资料": ("the means of production", "P"),
    "生活资料": ("the means of subsistence", "P"),
}

# Industries of the PPI by sector (YB 5-11 Producer Price Indices for Industrial Products by Sector), named as in the
# NBS industrial classification (GB/T 4754); project renderings of the sector names.
INDUSTRIES: dict[str, str] = {
    "煤炭开采和洗选业": "mining and washing of coal",
    "石油和天然气开采业": "extraction of petroleum and natural gas",
    "黑色金属矿采选业": "mining and processing of ferrous metal ores",
    "有色金属矿采选业": "mining and processing of non-ferrous metal ores",
    "农副食品加工业": "processing of food from agricultural products",
    "食品制造业": "manufacture of foods",
    "纺织业": "manufacture of textiles",
    "石油、煤炭及其他燃料加工业": "processing of petroleum, coal and other fuels",
    "化学原料和化学制品制造业": "manufacture of raw chemical materials and chemical products",
    "非金属矿物制品业": "manufacture of non-metallic mineral products",
    "黑色金属冶炼和压延加工业": "smelting and pressing of ferrous metals",
    "有色金属冶炼和压延加工业": "smelting and pressing of non-ferrous metals",
    "汽车制造业": "manufacture of automobiles",
    "电气机械和器材制造业": "manufacture of electrical machinery and apparatus",
    "计算机、通信和其他电子设备制造业": "manufacture of computers, communication and other electronic equipment",
    "电力、热力生产和供应业": "production and supply of electric power and heat power",
}
# what a price moves (影响CPI上涨约0.13个百分点: its contribution to the index)
INDICES: dict[str, str] = {"CPI": "the CPI", "居民消费价格总水平": "the CPI", "居民消费价格": "the CPI",
                           "PPI": "the PPI", "工业生产者出厂价格总水平": "the PPI", "工业生产者出厂价格": "the PPI"}
_INDEX = "|".join(sorted((re.escape(k) for k in INDICES), key=len, reverse=True))
CONTRIBUTION_RE = re.compile(r"^(?P<x>.+?)(?:价格)?影响(?P<y>" + _INDEX + r")(?:[（(](?:CPI|PPI)[）)])?$")
AREA_PRICES_RE = re.compile(r"^(?P<area>城市|农村)居民消费价格$")


def price_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """畜肉类价格影响CPI -> 'contribution of prices of livestock meat to the CPI'; 煤炭开采和洗选业价格 -> 'producer
    prices in mining and washing of coal'; 城市居民消费价格 -> 'consumer prices in urban areas'; None else."""
    m = CONTRIBUTION_RE.match(zh)
    if m:
        part = noun(m.group("x") + "价格")
        return f"contribution of {part} to {INDICES[m.group('y')]}" if part else None
    if zh.endswith("价格") and zh[:-2] in INDUSTRIES:
        return f"producer prices in {INDUSTRIES[zh[:-2]]}"
    m = AREA_PRICES_RE.match(zh)
    if m:
        return f"consumer prices in {'urban' if m.group('area') == '城市' else 'rural'} areas"
    return None
