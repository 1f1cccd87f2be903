"""Title subjects made of an object and an action noun (titles.py, title_tables.SUBJECT_ACTIONS).

Expectations written by hand: English puts the action first and its object after "of".
"""

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


def test_object_then_action_becomes_action_of_object() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    title = renderer.title("栖川市交通运输局 栖川市财政局关于进一步加强农村公路养护管理工作的通知")
    assert title is not None and title.status == "derived"
    assert title.text == ("Notice of the Qichuan Municipal Transport Bureau and the Qichuan Municipal Finance Bureau "
                          "on Further Strengthening the Maintenance and Management of Rural Roads")


def test_action_with_an_object_outside_the_glossary_stays_marked() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    title = renderer.title("栖川市交通运输局关于加强某某设施养护管理工作的通知")
    assert title is not None and title.status == "missing" and "某某设施养护管理" in title.text
