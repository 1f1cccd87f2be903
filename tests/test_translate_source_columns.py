"""The website column of a metadata source line named by a field and a kind of item (issue 12): sentences written
for the test; the English by hand after the bureaus' own names (names.BODIES)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.source_names import source_en


@pytest.mark.parametrize(("zh", "english"), [
    ("沐川县商务局网站“商务动态”栏目", "Website of the Muchuan County Commerce Bureau, Commerce Updates section"),
    ("沐川县人民政府门户网站“应急管理”栏目（PDF附件）",
     "Website of the Muchuan County People's Government, Emergency Management section (PDF attachment)"),
    ("沐川县教育局网站“教育资讯”栏目", "Website of the Muchuan County Education Bureau, Education News section"),
    ("沐川县人民政府网站“民政信息”栏目", "Website of the Muchuan County People's Government, Civil Affairs Information section"),
    # a column with no field of a bureau: not guessed
    ("沐川县人民政府网站“天下大事”栏目", None),
    ("沐川县人民政府网站“古城动态”栏目", None),
])
def test_a_column_named_by_a_field_reads_as_the_bureau_of_that_field_names_it(zh: str, english: str | None) -> None:
    assert source_en(zh, get_glossary()) == english
