"""docs/infrastructure.md against the code: context options and defaults, deploy matrix, alarms."""

from __future__ import annotations

import re
from typing import Any

from infra.settings import DEFAULTS
from sms_pool import bounds
from tests.infra.conftest import MATRIX
from tests.synth import ROOT, Synth

DOC = ROOT / "docs" / "infrastructure.md"


def _table(heading: str) -> list[list[str]]:
    """The rows (cells without backticks) of the first table after ``heading``."""
    text = DOC.read_text()
    section = text[text.index(heading) :]
    rows: list[list[str]] = []
    for line in section.splitlines()[1:]:
        if line.startswith("|"):
            rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # header and separator


def _shown(value: Any) -> str:
    """A default as the docs write it."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "[]" if not value else str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return '""' if value == "" else str(value)


def test_context_table_is_the_settings_with_their_defaults() -> None:
    documented = {row[0]: row[1] for row in _table("### Context options")}
    assert list(documented) == list(DEFAULTS)
    assert documented == {key: _shown(value) for key, value in DEFAULTS.items()}


def test_documented_bounds_are_the_shared_bounds() -> None:
    meanings = {row[0]: row[2] for row in _table("### Context options")}
    timeout = bounds.FUNCTION_TIMEOUT
    assert f"{timeout.low:g} to {timeout.high:g} s" in meanings[timeout.context]
    for bound in (bounds.CONNECT_TIMEOUT, bounds.READ_TIMEOUT, bounds.MAX_ATTEMPTS):
        assert f"{bound.low:g} to {bound.high:g}" in meanings[bound.context], bound.context
        assert bound.env in meanings[bound.context]


def test_deploy_matrix_table_is_the_tested_matrix() -> None:
    documented = {row[0]: row[1] for row in _table("### Deploy matrix")}
    assert documented == {name: region or "agnostic" for name, (_, region) in MATRIX.items()}


def test_alarm_table_is_the_template(synth: Synth) -> None:
    documented = {row[0]: float(row[2]) for row in _table("## Monitoring")}
    alarms = {
        re.sub(r"^Monitoring|[0-9A-F]{8}$", "", key): res["Properties"]["Threshold"]
        for key, res in synth.resources("AWS::CloudWatch::Alarm").items()
    }
    assert alarms == documented
