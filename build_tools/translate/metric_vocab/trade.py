"""Foreign trade and foreign investment: the key figures of a commerce bureau's or customs' news (货物贸易进出口总额,
民营企业进出口, 机电产品出口, 有进出口实绩的企业, 实际使用外资 ...), after YB 11 (International Trade and Economic
Cooperation) and the work reports. The trading parties are SUBJECTS of the heads 进出口/出口/进口.
"""

from __future__ import annotations

TRADE_EXACT: dict[str, tuple[str, str]] = {
    "贸易逆差": ("trade deficit", "P"),  # as 贸易顺差 "trade surplus" (GWR 2011/83)
    "有进出口实绩的企业": ("enterprises with import and export records", "P"),
    "有进出口实绩企业": ("enterprises with import and export records", "P"),
    "外贸企业": ("foreign trade enterprises", "P"),
    "服务贸易进出口总额": ("total value of imports and exports of services", "YB 11-11"),
    "外商直接投资": ("foreign direct investment", "YB 11-14"),
    "对外直接投资": ("outward direct investment", "YB 11-19"),
}

TRADE_HEADS: dict[str, tuple[str, str | None, str]] = {
    "进出口": ("imports and exports of {s}", "imports and exports", "YB 11-2 (imports and exports)"),
    "合计出口": ("combined exports of {s}", None, "P"),  # “新三样”产品合计出口
}

TRADE_SUBJECTS: dict[str, tuple[str, str]] = {
    # who trades (YB 11-10 foreign-invested enterprises)
    "外商投资企业": ("foreign-invested enterprises", "YB 11-10"),
    "外资企业": ("foreign-invested enterprises", "YB 11-16"),
    "国有企业": ("state-owned enterprises", "P"),
    # what is traded (YB 11-6/11-7 major exported and imported commodities; the "new trio" of 2023 customs releases)
    "“新三样”产品": ('the "new trio" products', "P"), "新三样产品": ('the "new trio" products', "P"),
    "“新三样”": ('the "new trio"', "P"),
    "劳动密集型产品": ("labor-intensive products", "GWR 2010/519"),
    "电动载人汽车": ("electric passenger vehicles", "P"),
    "锂离子蓄电池": ("lithium-ion batteries", "P"),
    "太阳能电池": ("solar cells", "P"),
    "铁矿砂": ("iron ore", "P"),
}

# Trading partners named after 对/自 (对“一带一路”共建国家进出口; the quotes dropped before the lookup).
MORE_PARTNERS: dict[str, str] = {"一带一路共建国家": "Belt and Road partner countries",
                                 "共建一带一路国家": "Belt and Road partner countries"}
# Channels named before the flow as an adjective (跨境电商出口 "cross-border e-commerce exports"; GWR 2019/114).
CHANNELS: dict[str, str] = {"跨境电商": "cross-border e-commerce", "跨境电子商务": "cross-border e-commerce"}
# Trade modes read "<flow> under <mode>" as 一般贸易 (merged into metric_vocab.TRADE_MODES); project renderings.
MORE_TRADE_MODES: dict[str, str] = {"保税物流": "bonded logistics", "市场采购贸易": "market procurement trade"}
