"""The questions heading a policy interpretation (issue 12 item 4; translate/question_headings.py). Questions invented
for these tests (a subsidy for energy-saving stoves, a training voucher), the English written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer():
    return TitleRenderer(get_glossary())


@pytest.mark.parametrize(("zh", "english"), [
    ("《办法》制定的背景是什么？", "What Is the Background to the Measures?"),
    ("补贴标准是多少？", "What Are the Subsidy Rates?"),
    ("申请条件是什么？", "What Are the Eligibility Criteria?"),
    ("哪些人可以申领补助？", "Who Can Apply for the Subsidies?"),
    ("哪些企业可以参与活动？", "Which Enterprises Can Take Part in the Campaign?"),
    ("居民如何领取补贴？", "How Can Residents Claim the Subsidies?"),
    ("本政策实施期限是多久？", "How Long Does the Policy Last?"),
    ("补贴范围包括哪些产品？", "What Products Are Covered by the Subsidies?"),
    ("遇到问题如何咨询？", "Where Can Questions Be Raised?"),
])
def test_questions(renderer, zh, english):
    assert renderer.heading_text(zh) == english


def test_a_question_numbered_or_marked(renderer):
    assert renderer.heading("三、补贴标准是多少？").text == "III. What Are the Subsidy Rates?"
    assert renderer.heading_text("问：如何申领补贴？") == "Q: How to Claim the Subsidies?"


def test_topics_that_do_not_render_leave_the_question_marked(renderer):
    assert renderer.heading_text("节能炉具补贴标准是多少？") is None
    assert renderer.heading_text("哪些人可以申请培训券？") is None
    assert renderer.heading_text("补贴标准是多少") is None  # not a question: no question mark
