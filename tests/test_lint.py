"""``python -m build_tools lint``: every check, its output format and its exit status."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools import lint
from build_tools.errors import Problem

ROOT = Path(__file__).resolve().parent.parent
BAD = Path(__file__).parent / "fixtures" / "bad"
SEED = "2023-chaoyang-gazette-10"
LINE_RE = re.compile(r"^(?P<file>[^:\n]+?)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: (?P<sev>error|warning): (?P<msg>.+)$")


def run(paths: list, strict: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    status = lint.run_lint([str(p) for p in paths], strict=strict, out=out)
    return status, out.getvalue()


def problems(paths: list) -> list[Problem]:
    return lint.lint_paths([str(p) for p in paths])[0]


def seeds_with(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    """A seeds folder holding copies of fixtures: (fixture file, name in seeds/)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for fixture, name in pairs:
        shutil.copy(BAD / fixture if (BAD / fixture).exists() else ROOT / "seeds" / fixture, seeds / name)
    return seeds


def test_the_repository_is_clean() -> None:
    """What CI runs: the seeds, glossary and translations have no problem, even with --strict."""
    paths = [ROOT / p for p in lint.DEFAULT_PATHS if (ROOT / p).exists()]
    status, output = run(paths, strict=True)
    assert status == 0, output
    assert output.strip().endswith("0 error(s), 0 warning(s) - OK")


def test_output_format_file_line_column_and_fix(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("crlf.txt", "2023-chaoyang-notice.txt"), ("meta-malformed.yml",
                                                                              "2023-chaoyang-notice.yml"))
    status, output = run([seeds])
    assert status == 1
    lines = output.rstrip("\n").split("\n")
    for i, line in enumerate(lines[:-1]):
        if line.startswith("    fix: "):
            assert LINE_RE.match(lines[i - 1]), lines[i - 1]
        else:
            assert LINE_RE.match(line), line
            assert lines[i + 1].startswith("    fix: "), line  # every problem says how to fix it
    assert f"{seeds / '2023-chaoyang-notice.yml'}:4:" in output
    assert lines[-1] == "lint: 2 files checked, 1 error(s), 1 warning(s)"


def test_warnings_only_exit_0_unless_strict(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("crlf.txt", "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    status, output = run([seeds])
    assert status == 0
    assert "warning: the file has Windows (CRLF) line endings" in output
    assert output.rstrip().endswith("1 warning(s) - OK")
    status, output = run([seeds], strict=True)
    assert status == 1
    assert "(--strict: warnings count as errors)" in output


@pytest.mark.parametrize(("fixture", "label"), [
    ("gbk.txt", "GB18030"), ("gb18030.txt", "GB18030"), ("utf16le-bom.txt", "UTF-16"), ("big5.txt", "BIG5"),
    ("utf16le-nobom.txt", "UTF-16LE"),
])
def test_non_utf8_sources_are_warnings_with_an_iconv_command(tmp_path: Path, fixture: str, label: str) -> None:
    seeds = seeds_with(tmp_path, (fixture, "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    found = problems([seeds])
    assert [(p.severity, p.message.split(",")[0]) for p in found] == [
        ("warning", f"the file is encoded in {label}")]
    path = seeds / "2023-chaoyang-notice.txt"
    assert found[0].fix == f"convert it: iconv -f {label} -t UTF-8 '{path}' > '{path}.utf8' && mv '{path}.utf8' '{path}'"


def test_the_iconv_command_works(tmp_path: Path) -> None:
    if not shutil.which("iconv"):
        pytest.skip("iconv is not installed")
    seeds = seeds_with(tmp_path, ("gbk.txt", "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    command = problems([seeds])[0].fix.removeprefix("convert it: ")
    subprocess.run(command, shell=True, check=True)
    assert problems([seeds]) == []
    assert (seeds / "2023-chaoyang-notice.txt").read_text(encoding="utf-8").startswith("朝阳市人民政府办公室文件")


def test_bom_is_a_warning_at_1_1(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("utf8-bom.txt", "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    found = problems([seeds])
    assert [(p.severity, p.line, p.column) for p in found] == [("warning", 1, 1)]
    assert "byte-order mark" in found[0].message


@pytest.mark.parametrize(("fixture", "words"), [
    ("empty.txt", "empty"), ("whitespace.txt", "only white space"), ("pdf.txt", "PDF document"),
    ("zip.txt", "ZIP archive"), ("png.txt", "PNG image"), ("nul.txt", "NUL bytes"),
])
def test_unreadable_sources_are_errors(tmp_path: Path, fixture: str, words: str) -> None:
    seeds = seeds_with(tmp_path, (fixture, "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    status, output = run([seeds])
    assert status == 1
    assert f"{seeds / '2023-chaoyang-notice.txt'}: error: " in output and words in output


def test_english_text_no_chinese_warning_and_no_document_error(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("english.txt", "2023-chaoyang-press.txt"), ("meta-ok.yml", "2023-chaoyang-press.yml"))
    found = problems([seeds])
    messages = {p.severity: p.message for p in found}
    assert messages["warning"] == "no Chinese text: this site publishes Chinese bulletins"
    # the cleaner drops English lines as banners: nothing is left to publish, and lint says so
    if "error" in messages:
        assert messages["error"].startswith("no document could be read from this text")


def test_source_without_metadata_tells_to_run_new(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, (f"{SEED}.txt", f"{SEED}.txt"))
    found = [p for p in problems([seeds]) if p.severity == "error"]
    assert len(found) == 1
    assert found[0].message.startswith("this source has no metadata file (date, region, kind, source)")
    assert f"python -m build_tools new '{seeds / SEED}.txt' --seeds '{seeds}' --name {SEED}" in found[0].fix


def test_metadata_without_source(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, (f"{SEED}.txt", f"{SEED}.txt"), (f"{SEED}.yml", f"{SEED}.yml"),
                       ("meta-ok.yml", "2023-chaoyang-gazette-1O.yml"))
    found = problems([seeds])
    assert [(p.file, p.severity) for p in found] == [(str(seeds / "2023-chaoyang-gazette-1O.yml"), "error")]
    assert found[0].message == f"this metadata file has no source text 2023-chaoyang-gazette-1O.txt (did you mean {SEED}.yml?)"


def test_metadata_errors_are_reported_with_lines(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("gbk.txt", "2023-chaoyang-notice.txt"), ("meta-typo-key.yml",
                                                                          "2023-chaoyang-notice.yml"))
    found = [p for p in problems([seeds]) if p.severity == "error"]
    # the misspelt key is the one error: 'region' is not reported missing as well
    assert [(p.line, p.message) for p in found] == [(2, "unknown key 'regoin'")]
    assert "did you mean 'region'" in found[0].fix


def test_date_contradicting_the_text_is_a_warning(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("crlf.txt", "2019-chaoyang-notice.txt"), ("meta-wrong-year.yml",
                                                                           "2019-chaoyang-notice.yml"))
    found = [p for p in problems([seeds]) if "metadata date" in p.message]
    assert len(found) == 1
    assert found[0].severity == "warning" and found[0].line == 1
    assert found[0].message == ("the metadata date 2019-10-07 is earlier than every year the text mentions: "
                                "2023 (1x)")


def test_date_matching_a_mentioned_year_is_fine(tmp_path: Path) -> None:
    for seed in ("2019-chaoyang-work-report-tasks", "2021-liaoyang-centenary-page", SEED):
        metadata = lint.meta.load(ROOT / "seeds" / f"{seed}.yml")
        text = (ROOT / "seeds" / f"{seed}.txt").read_text()
        assert lint.check_date_against_text(Path(seed), metadata, text, ROOT / "seeds" / f"{seed}.yml") == []


def test_impossible_date_in_the_text_is_located(tmp_path: Path) -> None:
    path = tmp_path / "2023-x-notice.txt"
    path.write_text("朝阳市人民政府办公室\n\n        2023年2月30日\n")
    found = [p for p in lint.check_text(path, path.read_text()) if "does not exist" in p.message]
    assert [(p.line, p.column) for p in found] == [(3, 9)]


def test_replacement_and_control_characters_are_located(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    text = "朝阳市\n地区生产总值\ufffd\ufffd亿元\n增长\x07了\n"
    found = {p.message.split(" ")[3]: (p.line, p.column) for p in lint.check_text(path, text)}
    assert found == {"2": (2, 7), "U+0007": (3, 3)}


def test_duplicate_slugs(tmp_path: Path) -> None:
    one = seeds_with(tmp_path, (f"{SEED}.txt", f"{SEED}.txt"), (f"{SEED}.yml", f"{SEED}.yml"))
    other = tmp_path / "more"
    other.mkdir()
    shutil.copy(one / f"{SEED}.txt", other / f"{SEED}.txt")
    shutil.copy(one / f"{SEED}.yml", other / f"{SEED}.yml")
    shutil.copy(one / f"{SEED}.txt", other / f"{SEED.upper()}.txt")
    found = [p for p in problems([one, other]) if p.severity == "error"]
    messages = sorted(p.message for p in found)
    assert any("has the same name: both would be published at the same web address" in m for m in messages)
    assert any(m.startswith(f"its name collides with {SEED}.txt") and "differ only in case" in m for m in messages)


def test_file_name_convention(tmp_path: Path) -> None:
    assert lint.check_name(Path("seeds/2023-chaoyang-gazette-10.txt")) == []
    assert lint.check_name(Path("seeds/2019-07-chaoyang-news.txt")) == []
    for bad in ("My Bulletin.txt", "朝阳公报.txt", "2023_chaoyang.txt", "chaoyang-2023.txt"):
        found = lint.check_name(Path("seeds") / bad)
        assert [p.severity for p in found] == ["warning"], bad


def test_unused_files_and_yaml_files(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, (f"{SEED}.txt", f"{SEED}.txt"), (f"{SEED}.yml", f"{SEED}.yml"))
    (seeds / "report.docx").write_bytes(b"PK\x03\x04")
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "terms.yml").write_text("- zh: 同比\n  en: year on year\n  category: term\n\ten: x\n")
    translations = tmp_path / "translations" / "en"
    translations.mkdir(parents=True)
    (translations / "2019-nowhere.yml").write_text("bulletin: 2019-nowhere\nlang: en\nentries: {}\n")
    found = problems([seeds, glossary, tmp_path / "translations"])
    by_file = {Path(p.file).name: p for p in found}
    assert by_file["report.docx"].severity == "warning"
    assert by_file["terms.yml"].severity == "error" and by_file["terms.yml"].line == 4
    assert "tab" in by_file["terms.yml"].message
    assert by_file["2019-nowhere.yml"].message.startswith("no bulletin is named 2019-nowhere")


def test_glossary_format_checks_are_used(tmp_path: Path) -> None:
    pytest.importorskip("build_tools.translate.glossary")
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "terms.yml").write_text("- zh: 同比\n  en: year on year\n  category: termz\n  source: x\n")
    found = problems([glossary])
    assert any("unknown category 'termz'" in p.message for p in found)


def test_missing_path() -> None:
    status, output = run(["no/such/folder"])
    assert status == 1
    assert "no/such/folder: error: no such file or folder" in output


def test_pipeline_crash_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = seeds_with(tmp_path, (f"{SEED}.txt", f"{SEED}.txt"), (f"{SEED}.yml", f"{SEED}.yml"))

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("build_tools.pipeline.process", boom)
    found = problems([seeds])
    assert [p.message for p in found] == ["the build tools crashed on this file (RuntimeError: boom)"]
    assert "bug in the build tools" in found[0].fix


def test_cli_entry_point(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, ("crlf.txt", "2023-chaoyang-notice.txt"), ("meta-ok.yml", "2023-chaoyang-notice.yml"))
    proc = subprocess.run([sys.executable, "-m", "build_tools", "lint", str(seeds), "--strict"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "warning: the file has Windows (CRLF) line endings" in proc.stdout


# ---------------------------------------------------------------- CI workflows (they cannot run here)

WORKFLOWS = ROOT / ".github" / "workflows"


def workflow(name: str) -> dict:
    import yaml

    data = yaml.load((WORKFLOWS / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # 'on' stays a str
    assert isinstance(data, dict)
    return data


def job_commands(job: dict) -> list[str]:
    return [line.strip() for step in job.get("steps", []) for line in str(step.get("run", "")).split("\n")
            if line.strip()]


def make_recipes() -> dict[str, list[str]]:
    """Makefile targets and their commands, with $(PY) -m written as the reader types it."""
    recipes: dict[str, list[str]] = {}
    target = ""
    for line in (ROOT / "Makefile").read_text().split("\n"):
        m = re.match(r"^([a-z][\w-]*):(.*)$", line)
        if m:
            target = m.group(1)
            recipes[target] = [f"make {dep}" for dep in m.group(2).split() if not dep.startswith("$")]
        elif line.startswith("\t") and target:
            recipes[target].append(line.strip().replace("$(PY) -m ", "").replace("$(PY) ", "python "))
    return recipes


def expand(commands: list[str], recipes: dict[str, list[str]]) -> list[str]:
    """Commands with `make X` replaced by what X runs (recursively)."""
    out: list[str] = []
    for command in commands:
        out.append(command)
        m = re.fullmatch(r"make (\w+)", command)
        if m and m.group(1) in recipes:
            out.extend(expand(recipes[m.group(1)], recipes))
    return out


@pytest.mark.parametrize("name", ["ci.yml", "pages.yml"])
def test_workflows_match_the_github_schema(name: str) -> None:
    """check-jsonschema ships the GitHub workflow schema: it validates offline."""
    import importlib.util

    if importlib.util.find_spec("check_jsonschema") is None:
        pytest.skip("check-jsonschema is not installed (pip install check-jsonschema==0.39.0)")
    proc = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(WORKFLOWS / name)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_pull_requests_run_the_readme_commands() -> None:
    ci = workflow("ci.yml")
    assert "pull_request" in ci["on"]
    recipes = make_recipes()
    runs = {name: expand(job_commands(job), recipes) for name, job in ci["jobs"].items()}
    everything = [c for commands in runs.values() for c in commands]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme_commands = set(re.findall(r"^(make \w+)\b", readme, re.M)) | set(re.findall(r"`(make \w+)`", readme))
    for command in sorted(readme_commands & {"make site", "make test"}):
        assert command in everything, command
    assert ".venv/bin/python -m build_tools lint --strict" in runs["lint"]
    assert any(c.endswith("--site site") for c in runs["build"])  # the site, via make site (hooks/build_parallel.py)
    assert "pytest -q" in runs["test"]  # via make test
    assert "sudo apt-get install -y chromium || sudo apt-get install -y chromium-browser" in runs["test"]
    for job in ci["jobs"].values():
        uses = [step.get("uses", "") for step in job["steps"]]
        assert uses[:2] == ["actions/checkout@v4", "actions/setup-python@v5"]
        setup = job["steps"][1]["with"]
        assert setup["python-version"] == "3.11"


def test_pages_deploys_the_built_site_from_main() -> None:
    pages = workflow("pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = pages["jobs"]["build"], pages["jobs"]["deploy"]
    assert "make site" in job_commands(build)
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"] for s in deploy["steps"]] == ["actions/deploy-pages@v4"]


def test_the_site_is_built_only_after_lint_passed_and_without_a_token_on_disk() -> None:
    """One verdict (issue 13): CI's site build waits for lint; no checkout leaves its token in .git/config, where a
    linked seed could have read it."""
    ci = workflow("ci.yml")
    assert ci["jobs"]["build"]["needs"] == "lint"
    assert any("build_tools lint --strict" in c for c in job_commands(ci["jobs"]["lint"]))
    for name in ("ci.yml", "pages.yml"):
        for job in workflow(name)["jobs"].values():
            for step in job.get("steps", []):
                if str(step.get("uses", "")).startswith("actions/checkout"):
                    assert step["with"]["persist-credentials"] == "false", name


def test_an_old_word_file_as_received_is_named_with_how_to_convert_it(tmp_path: Path) -> None:
    """An editor adds the .doc they received with its .yml: the .yml's error names the .doc and says to save it as
    .docx; the .doc's warning says the same; a spreadsheet is told to go with its document."""
    seeds = seeds_with(tmp_path, (f"{SEED}.yml", "2024-fenglin-notice.yml"))
    (seeds / "2024-fenglin-notice.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (seeds / "2024-fenglin-tables.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    every = problems([seeds])
    found = {Path(p.file).name: p for p in every if p.severity == "warning"}
    meta = next(p for p in every if Path(p.file).name == "2024-fenglin-notice.yml" and "source" in p.message)
    assert "2024-fenglin-notice.doc" in meta.message and "save it as .docx" in meta.fix
    assert found["2024-fenglin-notice.doc"].severity == "warning" and "Word 97-2003" in found[
        "2024-fenglin-notice.doc"].fix
    assert "spreadsheet" in found["2024-fenglin-tables.xls"].fix
