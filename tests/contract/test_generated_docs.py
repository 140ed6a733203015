"""The docs' sections generated from the error table are current, and the generator does what it says."""

from __future__ import annotations

import json
import re

import pytest

from infra.workflow import INDEX_BUILDING_ERROR, LAMBDA_SERVICE_ERRORS, final_errors, retryable_errors
from scripts import error_table_md
from sms_pool import errors
from tests.synth import ROOT

README_MAX_LINES = 220  # a front door: the details live in docs/


def test_generated_sections_are_up_to_date() -> None:
    stale = [path.relative_to(ROOT).as_posix() for path in error_table_md.stale(error_table_md.documents())]
    assert not stale, f"stale generated sections in {stale}: {error_table_md.FIX}"


def test_every_section_is_placed_in_the_docs() -> None:
    text = "\n".join(path.read_text() for path in error_table_md.documents())
    placed = re.findall(r"<!-- BEGIN error-table:(\w+) ", text)
    assert sorted(placed) == sorted(error_table_md.SECTIONS)


def test_write_mode_replaces_a_stale_section_and_keeps_the_rest() -> None:
    text = "before\n<!-- BEGIN error-table:sfn (generated) -->\nhand-edited\n<!-- END error-table:sfn -->\nafter\n"
    rendered = error_table_md.render(text)
    assert "hand-edited" not in rendered
    assert rendered.startswith("before\n<!-- BEGIN error-table:sfn (generated) -->\n| `errorType`")
    assert rendered.endswith("|\n<!-- END error-table:sfn -->\nafter\n")
    assert error_table_md.render(rendered) == rendered


def test_an_unknown_section_name_is_refused() -> None:
    with pytest.raises(ValueError, match="error-table:nonesuch"):
        error_table_md.render("<!-- BEGIN error-table:nonesuch x -->\n<!-- END error-table:nonesuch -->")


def test_http_table_has_one_line_per_row() -> None:
    lines = error_table_md.http_table().splitlines()[2:]
    assert [re.findall(r"`([A-Z_]+)`", line.split("|")[3]) for line in lines] == [[r.code] for r in errors.TABLE]


def _asl() -> dict[str, object]:
    snippet = error_table_md.asl_snippet()
    assert snippet.startswith("```json\n") and snippet.endswith("\n```")
    parsed: dict[str, object] = json.loads(snippet.removeprefix("```json\n").removesuffix("\n```"))
    return parsed


def test_asl_retries_and_catches_what_the_deployed_workflow_does() -> None:
    task = _asl()["States"]["Disassociate"]  # type: ignore[index]
    assert [retry["ErrorEquals"] for retry in task["Retry"]] == [
        list(LAMBDA_SERVICE_ERRORS),
        [INDEX_BUILDING_ERROR],
        retryable_errors(),
    ]
    assert [catch["ErrorEquals"] for catch in task["Catch"]] == [final_errors()]


def test_asl_names_each_step_functions_error_once_retried_or_caught() -> None:
    task = _asl()["States"]["Disassociate"]  # type: ignore[index]
    retried = [name for retry in task["Retry"][1:] for name in retry["ErrorEquals"]]
    caught = task["Catch"][0]["ErrorEquals"]
    direct_invoke_rows = [row for row in errors.TABLE if row.code not in errors.HTTP_ONLY_CODES]
    assert sorted(retried + caught) == sorted(row.error_type for row in direct_invoke_rows)
    assert all(row.retryable == (row.error_type in retried) for row in direct_invoke_rows)


def test_sfn_table_marks_retry_as_the_workflow_does() -> None:
    rows = [line.split("|") for line in error_table_md.sfn_table().splitlines()[2:]]
    marked = {cells[1].strip().strip("`"): cells[3].strip() for cells in rows}
    retried = [*retryable_errors(), INDEX_BUILDING_ERROR]
    assert marked == dict.fromkeys(retried, "yes: Retry") | dict.fromkeys(final_errors(), "no: Catch")


def test_check_mode_names_the_fix(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stale_doc = ROOT / "docs" / "api.md"
    monkeypatch.setattr(error_table_md, "stale", lambda paths: [stale_doc])
    assert error_table_md.main(["--check"]) == 1
    assert "docs/api.md" in capsys.readouterr().err and "make generate" in error_table_md.FIX


def test_readme_is_a_front_door() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= README_MAX_LINES
    assert "(docs/api.md)" in readme
