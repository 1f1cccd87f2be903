"""Metadata validation: every problem names the line, says what is wrong and how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import meta
from build_tools.errors import InputError

BAD = Path(__file__).parent / "fixtures" / "bad"
ROOT = Path(__file__).resolve().parent.parent
OK = "date: 2023-11-05\nregion: 朝阳市\nkind: gazette\nsource: 朝阳市人民政府公报 2023年第10期\n"


def errors(text: str) -> list:
    return [p for p in meta.validate(text, "m.yml")[1] if p.severity == "error"]


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.yml")), ids=lambda p: p.name)
def test_seed_metadata_is_valid(path: Path) -> None:
    metadata, problems = meta.validate(path.read_text(encoding="utf-8"), str(path))
    assert problems == []
    assert metadata.date and metadata.region and metadata.kind in meta.KINDS


def test_valid_metadata() -> None:
    metadata, problems = meta.validate(OK + "doc_number: 朝政办发〔2023〕30号\n", "m.yml")
    assert problems == []
    assert metadata.date == "2023-11-05"  # kept as written, not a datetime.date
    assert metadata.doc_number == "朝政办发〔2023〕30号"


def test_year_only_and_month_dates_are_strings() -> None:
    assert meta.validate(OK.replace("2023-11-05", "2019"), "m")[0].date == "2019"
    assert meta.validate(OK.replace("2023-11-05", "2019-07"), "m")[0].date == "2019-07"


@pytest.mark.parametrize(("value", "words"), [
    ("2023-02-30", "not a real calendar day"),
    ("2023-13", "month 13 does not exist"),
    ("1850", "out of range"),
    ("yesterday", "not an ISO 8601 date"),
])
def test_impossible_dates_are_errors(value: str, words: str) -> None:
    found = errors(OK.replace("2023-11-05", value))
    assert len(found) == 1
    assert words in found[0].message
    assert found[0].line == 1


@pytest.mark.parametrize(("value", "iso"), [
    ("2023年11月5日", "2023-11-05"),
    ("2023/11/5", "2023-11-05"),
    ("2023.11", "2023-11"),
    ("20231105", "2023-11-05"),
    ("二〇二三年十一月五日", "2023-11-05"),
])
def test_dates_written_otherwise_get_the_iso_form_in_the_fix(value: str, iso: str) -> None:
    found = errors(OK.replace("2023-11-05", value))
    assert len(found) == 1
    assert f"date: {iso}" in found[0].fix


def test_missing_required_keys() -> None:
    found = errors("region: 朝阳市\n")
    assert [p.message for p in found] == [
        "required key 'date' is missing or empty",
        "required key 'kind' is missing or empty",
        "required key 'source' is missing or empty",
    ]
    assert all(p.fix for p in found)


def test_empty_date_value_is_missing() -> None:
    found = errors(OK.replace("2023-11-05", ""))
    assert found[0].message == "required key 'date' is missing or empty"
    assert found[0].line == 1


def test_unknown_keys_get_a_did_you_mean() -> None:
    found = errors(OK + "titel: 公报\nissuer: 朝阳市人民政府办公室\n文号: 朝政办发〔2023〕30号\nfoo: 1\n")
    by_line = {p.line: p for p in found}
    assert by_line[5].message == "unknown key 'titel'" and "did you mean 'title'" in by_line[5].fix
    assert by_line[7].message == "unknown key '文号'" and "rename it to 'doc_number'" in by_line[7].fix
    assert "allowed keys" in by_line[8].fix


def test_unknown_kind_suggests_the_closest() -> None:
    found = errors(OK.replace("gazette", "gazete"))
    assert found[0].message == "unknown kind 'gazete' (did you mean 'gazette'?)"
    assert found[0].line == 3


def test_duplicate_key_is_reported_on_its_second_line() -> None:
    found = errors(OK + "date: 2019\n")
    assert len(found) == 1
    assert found[0].line == 5 and found[0].column == 1
    assert "appears twice (first on line 1)" in found[0].message


@pytest.mark.parametrize(("text", "line", "words"), [
    ("date: 2023\ntitle: 朝阳市: 公报\n", 2, "second ':'"),
    ("date: 2023\n\tregion: 朝阳市\n", 2, "tab"),
    ("date: 2023\n  region: 朝阳市\n", 2, "indented"),
    ("date: 2023\ntitle: \"公报\nregion: x\n", 2, "quotation mark"),
    ("date: @2023\n", 1, "reserves"),
])
def test_malformed_yaml_names_line_and_cause(text: str, line: int, words: str) -> None:
    found = errors(text)
    assert len(found) == 1
    assert found[0].line == line
    assert found[0].column > 0
    assert "the YAML cannot be read" in found[0].message and words in found[0].message
    assert found[0].fix


def test_not_a_mapping() -> None:
    found = errors("- date: 2023\n- region: 朝阳市\n")
    assert found[0].message == "the metadata must be a list of 'key: value' lines"


def test_recursive_yaml_alias_does_not_hang() -> None:
    found = errors("notes: &a [*a]\n" + OK)
    assert [p.message for p in found] == ["'notes' must be a single value, not a list or mapping"]


def test_inferred_values_are_warnings_until_confirmed() -> None:
    text = OK.replace("kind: gazette", "kind: gazette  # TODO confirm: inferred from the text")
    metadata, problems = meta.validate(text, "m.yml")
    assert metadata.kind == "gazette"
    assert [(p.severity, p.line, p.column) for p in problems] == [("warning", 3, 16)]
    assert "'kind' was guessed" in problems[0].message


def test_region_in_pinyin_is_a_warning() -> None:
    problems = meta.validate(OK.replace("朝阳市", "Chaoyang"), "m")[1]
    assert [(p.severity, p.line) for p in problems] == [("warning", 2)]


def test_load_reads_gbk_metadata_and_raises_on_errors() -> None:
    assert meta.load(BAD / "meta-gbk.yml").region == "朝阳市"
    with pytest.raises(InputError) as info:
        meta.load(BAD / "meta-missing-date.yml")
    assert info.value.problem.file == str(BAD / "meta-missing-date.yml")
    assert "date" in info.value.problem.message


def test_load_empty_file_reports_missing_keys(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("")
    with pytest.raises(InputError, match="required key 'date'"):
        meta.load(path)


def test_meta_path_for_prefers_yml(tmp_path: Path) -> None:
    source = tmp_path / "2023-x.txt"
    assert meta.meta_path_for(source) == tmp_path / "2023-x.yml"
    (tmp_path / "2023-x.yaml").write_text(OK)
    assert meta.meta_path_for(source) == tmp_path / "2023-x.yaml"


def test_text_years() -> None:
    text = "2019 年 工作 安排。2018年完成投资，到2020年实现目标；2019-07-15开工；二〇一九年十月。编号2019123。"
    assert dict(meta.text_years(text)) == {2019: 3, 2018: 1, 2020: 1}


def test_cn_number() -> None:
    assert [meta.cn_number(x) for x in ("五", "十", "十五", "二十", "二十一", "31", "百")] == [5, 10, 15, 20, 21, 31,
                                                                                         None]
