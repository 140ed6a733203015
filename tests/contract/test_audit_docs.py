"""docs/audit.md against the code: the shipped Logs Insights query and the audit record's fields."""

from __future__ import annotations

import re

from infra import audit_log
from sms_pool.constants import AUDIT_FIELDS, AUDIT_TYPE
from tests.synth import ROOT

DOC = (ROOT / "docs" / "audit.md").read_text()


def test_the_documented_query_is_the_dashboards() -> None:
    assert f"```\n{audit_log.AUDIT_QUERY}\n```" in DOC
    assert f'filter type = "{AUDIT_TYPE}"' in audit_log.AUDIT_QUERY


def test_the_field_table_names_every_audit_field_in_order() -> None:
    table = DOC[DOC.index("| Field |") :].split("\n\n")[0]
    named = [name for row in table.splitlines()[2:] for name in re.findall(r"`(\w+)`", row.split("|")[1])]
    assert named == list(AUDIT_FIELDS)


def test_the_readme_links_this_page() -> None:
    assert "docs/audit.md" in (ROOT / "README.md").read_text()
