"""Layout rules added after the thirty-second held-out measurement (a county's report pasted from a portal page with
every paragraph hard-wrapped at a fixed width); texts invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.clean.lines import group_blocks, split_lines


def test_a_full_stop_wrapped_onto_a_line_of_its_own_ends_the_line_above():
    """A paragraph exactly one line wide pushes its 。 to the next line: the 。 closes that paragraph, which stays a
    sentence (not a heading without its full stop)."""
    text = ("　　全年共办理代表建议112件，办结率100%，其中A类68件，B类36件，C类8件，\n"
            "答复代表满意和基本满意率达到了百分之九十八点六，比上年提高零点八个百分\n"
            "点\n"
            "\n"
            "　　代表对办理工作满意和基本满意率为97.2%，比上年提高0.5个百分点\n"
            "。\n"
            "\n"
            "二、主要做法\n")
    blocks = [b.text for b in group_blocks(split_lines(text))]
    assert "代表对办理工作满意和基本满意率为97.2%，比上年提高0.5个百分点。" in [b.strip("\u3000") for b in blocks]
    assert "。" not in blocks


def test_a_line_of_punctuation_alone_at_the_start_stays_apart():
    """A group opening with punctuation only (a decoration) is not joined to anything before it."""
    blocks = [b.text for b in group_blocks(split_lines("——\n\n正文第一段。\n"))]
    assert "正文第一段。" in blocks
