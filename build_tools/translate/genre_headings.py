"""Section headings that genres publish from a national template, the unit line above a table, and a standard
heading led by its year (issue 12, item 4). Project renderings (P) unless cited:

- the housing provident fund's annual report (the Ministry of Housing and Urban-Rural Development's template, every
  city: 一、机构概况 二、业务运行情况 三、主要财务数据 四、资产风险状况 五、社会经济效益 六、其他重要事项);
- the medical security statistics bulletin (the National Healthcare Security Administration's template: 参保情况,
  基金运行情况, 待遇享受情况, 医药服务管理情况, 公共服务情况);
- the people's congress law-enforcement inspection report (成效, 存在的主要问题, 意见和建议);
- a price release (NBS: "year-on-year", "month-on-month", "industrial producer prices"), a debt disclosure, an
  education bulletin (办学条件);
- ``单位：亿元`` -> "Unit: CNY 100 million" (the NBS yearbook's "100 million yuan", in the site's currency style);
- ``2024年末政府债务余额情况`` -> "Outstanding Government Debt at the End of 2024", ``2025年政府债券计划`` ->
  "Government Bond Plan for 2025": the year, then the heading the renderer gives the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .titles import TitleRenderer

GENRE_HEADINGS: dict[str, str] = {
    # housing provident fund annual reports
    "机构概况": "Overview of Institutions", "业务运行情况": "Business Operations",
    "主要财务数据": "Main Financial Data", "资产风险状况": "Asset Risks",
    "社会经济效益": "Social and Economic Benefits", "其他重要事项": "Other Important Matters",
    "缴存": "Contributions", "提取": "Withdrawals", "贷款": "Loans", "资金存储": "Deposits of Funds",
    "业务收支情况": "Business Income and Expenditure", "增值收益及分配情况": "Value-Added Income and Its Distribution",
    # medical security statistics bulletins
    "基本医疗保险参保情况": "Enrollment in Basic Medical Insurance",
    "基本医疗保险基金运行情况": "Operation of the Basic Medical Insurance Funds",
    "医疗保障待遇享受情况": "Medical Security Benefits Received",
    "医药服务管理情况": "Management of Medical Services and Medicines",
    "医疗保障公共服务情况": "Public Services of Medical Security",
    # law-enforcement inspection reports
    "法律实施取得的主要成效": "Main Results of the Law's Implementation",
    "法律实施中存在的主要问题": "Main Problems in the Law's Implementation", "意见和建议": "Opinions and Suggestions",
    "几点建议": "Suggestions",
    # price releases (NBS wording)
    "各类商品及服务价格同比变动情况": "Year-on-Year Changes in the Prices of Goods and Services by Category",
    "各类商品及服务价格环比变动情况": "Month-on-Month Changes in the Prices of Goods and Services by Category",
    "工业生产者价格变动情况": "Changes in Industrial Producer Prices",
    # government debt disclosures
    "政府债券发行及还本付息情况": "Issuance of Government Bonds and Payment of Principal and Interest",
    "政府债券计划": "Government Bond Plan", "政府债务风险管控": "Government Debt Risk Control",
    "新增专项债券资金使用情况": "Use of Funds from New Special-Purpose Bonds",
    "政府债务情况表": "Government Debt Table",
    # education bulletins
    "办学条件": "Conditions for Running Schools", "中等职业教育": "Secondary Vocational Education",
}
UNITS: dict[str, str] = {
    "亿元": "CNY 100 million", "万元": "CNY 10,000", "元": "CNY", "%": "%", "％": "%", "人": "persons",
    "万人": "10,000 persons", "户": "households", "万户": "10,000 households", "个": "number", "公里": "km",
    "平方米": "square meters", "万平方米": "10,000 square meters", "吨": "tons", "万吨": "10,000 tons",
    "亩": "mu", "万亩": "10,000 mu", "公顷": "hectares", "亿立方米": "100 million cubic meters",
}
UNIT_LINE_RE = re.compile(r"[（(]?单位\s*[：:]\s*(?P<units>[^（）()]+?)[）)]?")
YEAR_LED_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<end>末|底)?(?P<rest>[\u4e00-\u9fff（）()%]{3,})")


def unit_line(zh: str) -> str | None:
    """单位：亿元 -> 'Unit: CNY 100 million'; 单位：万元、% -> 'Units: CNY 10,000, %'; None for an unknown unit."""
    m = UNIT_LINE_RE.fullmatch(zh)
    if not m:
        return None
    units = [u.strip() for u in re.split(r"[、，,/]", m.group("units")) if u.strip()]
    if not units or any(u not in UNITS for u in units):
        return None
    return f"Unit{'s' if len(units) > 1 else ''}: {', '.join(UNITS[u] for u in units)}"


def year_led(renderer: TitleRenderer, zh: str) -> str | None:
    """2024年末政府债务余额情况 -> 'Outstanding Government Debt at the End of 2024'; 2025年政府债券计划 ->
    'Government Bond Plan for 2025'; None unless the rest is a heading the renderer gives."""
    m = YEAR_LED_RE.fullmatch(zh)
    if not m:
        return None
    rest = renderer.heading_text(m.group("rest"))
    if not rest:
        return None
    if m.group("end"):
        return f"{rest} at the End of {m.group('y')}"
    return f"{rest} for {m.group('y')}" if rest.endswith(("Plan", "Plans", "Budget")) else f"{rest} in {m.group('y')}"
