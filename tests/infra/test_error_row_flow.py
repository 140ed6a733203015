"""Adding a row to the error table is one edit: the exception class, the lookups and the Step Functions
Retry/Catch lists and alarm metrics come from it. Proved by adding rows to a copy of the table's source."""

from __future__ import annotations

import os

from sms_pool import error_table
from tests.fixtures import python_json

END_OF_TABLE = "\n)\n\nBY_SOURCE"
NEW_ROWS = """
    ErrorRow(("QuotaSpentException",), 503, "QUOTA_SPENT", "The quota is spent", "QuotaSpentError", True, 5),
    ErrorRow(("ConflictException/POOL_LOCKED",), 409, "POOL_LOCKED", "The pool is locked", "PoolLockedError", False),"""

# Runs the table's source with the new rows as sms_pool.error_table, then imports what derives from it.
_PROBE = """
import json, sys, types
import sms_pool
path, rows, anchor = sys.argv[1:]
module = types.ModuleType("sms_pool.error_table")
module.__file__ = path
sys.modules[module.__name__] = module
source = open(path).read()
assert source.count(anchor) == 1
exec(compile(source.replace(anchor, rows + anchor), path, "exec"), module.__dict__)
from sms_pool import errors
from infra import monitoring, workflow
from sms_pool.errors import PoolLockedError, QuotaSpentError
print(json.dumps({
    "quota_base": [cls.__name__ for cls in QuotaSpentError.__mro__[1:3]],
    "locked_base": PoolLockedError.__mro__[1].__name__,
    "raised": type(errors.from_row(errors.AWS_ERRORS["QuotaSpentException"], "x")).__name__,
    "reason": errors.AWS_REASONS[("ConflictException", "POOL_LOCKED")].code,
    "retryable": workflow.retryable_errors(),
    "final": workflow.final_errors(),
    "alarmed": monitoring.failure_metric_names(),
}))
"""


def test_a_new_row_flows_to_its_exception_class_and_the_step_functions_lists() -> None:
    got = python_json(_PROBE, error_table.__file__, NEW_ROWS, END_OF_TABLE, env=dict(os.environ))
    assert got["quota_base"] == ["ServiceError", "Exception"]
    assert got["locked_base"] == "ConflictError"  # a reason's row narrows its code's class
    assert got["raised"] == "QuotaSpentError" and got["reason"] == "POOL_LOCKED"
    assert "QuotaSpentError" in got["retryable"] and "QuotaSpentError" not in got["final"]
    assert "PoolLockedError" in got["final"] and "PoolLockedError" not in got["retryable"]
    assert "QUOTA_SPENT" in got["alarmed"] and "POOL_LOCKED" not in got["alarmed"]
