"""A table's unit set to the right of its caption with full-width spaces (收入支出决算总表（公开01表）　　　　单位：万元)
stays in the caption: it is not a second paragraph packed into the line (and, repeated over three tables, no running
header)."""

from __future__ import annotations

from build_tools.clean.lines import split_lines


def test_a_unit_note_after_wide_spaces_stays_with_its_caption():
    (line,) = split_lines("收入支出决算总表（公开01表）\u3000\u3000\u3000\u3000单位：万元")
    assert line.text == "收入支出决算总表（公开01表）  单位：万元"
    (line,) = split_lines("表2\u3000三公经费支出表\u3000\u3000\u3000（单位：元）")
    assert line.text.endswith("（单位：元）")


def test_paragraphs_packed_into_one_line_are_still_split():
    lines = split_lines("一、总体情况。全年收入增长5%。\u3000\u3000二、支出情况。全年支出增长3%。")
    assert [v.text for v in lines] == ["一、总体情况。全年收入增长5%。", "二、支出情况。全年支出增长3%。"]
