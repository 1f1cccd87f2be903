"""Timeline rule added after the forty-eighth held-out measurement: a penalty decision quoting a product's label
(生产日期：…) among the facts of an inspection; sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline


def test_a_products_label_date_is_no_event():
    """（规格：500毫升/瓶，生产日期：2024年11月3日）: the date the goods bear, no event; the inspection of the same
    paragraph stays an event of its day."""
    events = timeline("2025年5月6日，本局执法人员对当事人的经营场所进行检查，发现其销售的饮料（规格：500毫升/瓶，"
                      "生产日期：2024年11月3日，保质期：6个月）已超过保质期。",
                      date="2025-06-18", title="行政处罚决定书", genre="notice")
    assert [e.date for e in events] == ["2025-05-06"]


def test_an_expiry_on_the_label_is_no_event_but_an_expiry_that_happened_may_be():
    """有效期至2026年3月 (a label) gives no entry; 该批饮料于2025年5月1日超过保质期 is a fact of the case."""
    events = timeline("经查，当事人销售的药品（批号：240301，有效期至2026年3月）存放不当。",
                      "该批饮料于2025年5月1日超过保质期。", date="2025-06-18", title="行政处罚决定书", genre="notice")
    assert [e.date for e in events] == ["2025-05-01"]
