"""What a price release prices: the items of the CPI below its eight groups (鲜菜, 蛋类, 畜肉类 ...), the split of
the CPI by kind (消费品, 服务, 非食品) and of the PPI by use (生产资料, 生活资料). Each is a subject of the head 价格
("prices of {s}", metric_tables.HEADS): 鲜菜价格 -> "prices of fresh vegetables".

The NBS yearbook names the indices (YB 5-3 Consumer Price Indices by Category, 5-13 Producer Price Indices for
Industrial Products by Category) but not their items in the table titles the reference holds, so the items are
project renderings (P) in the words of the NBS monthly releases as far as they are known here.
"""

from __future__ import annotations

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
