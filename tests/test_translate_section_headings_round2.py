"""Section headings of an energy bulletin, an audit results announcement and a statistics bureau's analysis in
English (headings invented for these tests in the wording such documents use): fixed section names and findings
headings <subject><progress> (.progress_words)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "english"), [
    ("三、能源消费结构", "III. Energy Consumption Mix"),
    ("四、电力消费和生产", "IV. Electricity Consumption and Production"),
    ("二、审计评价", "II. Audit Assessment"),
    ("五、审计处理及整改情况", "V. Audit Handling and Rectification"),
    ("（二）工程建设和结算方面", "(2) Construction and Settlement of the Works"),
    ("四、需要关注的问题", "IV. Problems Requiring Attention"),
    ("五、下一步建议", "V. Suggestions for the Next Stage"),
    ("三、企业效益有所改善", "III. Business Performance Improved"),
    ("二、主要产品产量有增有减", "II. The Output of Major Products Rose for Some and Fell for Others"),
    ("六、工业品价格降幅收窄", "VI. The Decline in Producer Prices of Industrial Products Narrowed"),
])
def test_section_headings(zh: str, english: str) -> None:
    assert TitleRenderer(get_glossary()).heading(zh).text == english
