"""Each fact in one named place: side-effect-free constants, one phone-number rule, typed error kinds,
declared exception classes, one validator per model, and lock files that agree with each other."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sms_pool import constants, errors, phone, validation
from tests.fixtures import VALID_REQUEST

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [p for d in ("lambda_src", "local", "infra", "bench", "scripts") for p in (ROOT / d).rglob("*.py")]


def test_constants_import_builds_no_client_and_reads_no_environment() -> None:
    code = "import sys, sms_pool.constants; print(sorted(m for m in sys.modules if m.split('.')[0] in ('boto3', 'botocore', 'aws_lambda_powertools')))"
    proc = subprocess.run([sys.executable, "-c", code], env={"PATH": ""}, capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout.replace("'", '"')) == []
    tree = ast.parse(Path(constants.__file__).read_text())
    assert all(isinstance(node, ast.ImportFrom | ast.AnnAssign | ast.Assign | ast.Expr) for node in tree.body)


def test_the_route_is_written_once() -> None:
    holders = [p.relative_to(ROOT).as_posix() for p in SOURCES if f'"{constants.ROUTE}"' in p.read_text()]
    assert holders == ["lambda_src/sms_pool/constants.py"]


@pytest.mark.parametrize("name", [constants.APP_NAME, constants.SERVICE_NAME])
def test_the_service_names_are_written_once(name: str) -> None:
    holders = {p.relative_to(ROOT).as_posix() for p in SOURCES}
    assert {h for h in holders if f'"{name}"' in (ROOT / h).read_text()} == {"lambda_src/sms_pool/constants.py"}


def test_no_sys_path_edits() -> None:
    assert [p for p in SOURCES if "sys.path.insert" in p.read_text()] == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+12065550100", True),
        ("(206) 555-0100", True),
        ("2065550100", True),
        ("+1 206-555-0100", True),
        ("123456", False),
        ("phone-0a1b2c3d", False),
        ("MySender", False),
    ],
)
def test_one_phone_number_rule(value: str, expected: bool) -> None:
    assert phone.is_phone_number(value) is expected
    masked = phone.mask(f"x {value} y")
    assert (masked != f"x {value} y") is expected
    if expected:
        assert sum(c.isdigit() for c in masked) == phone.KEEP_DIGITS
        assert [c for c in masked if c.isdigit()] == [c for c in value if c.isdigit()][-phone.KEEP_DIGITS :]


def test_the_emulator_masks_with_the_functions_rule() -> None:
    from local.emulator.calllog import mask_phone_numbers

    for text in ("call +1 206-555-0100 now", "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1", "id 12345"):
        assert mask_phone_numbers(text) == phone.mask(text)
    assert not [p for p in SOURCES if p.name != "phone.py" and r"\d{7" in p.read_text()]


def test_every_local_source_is_a_kind() -> None:
    for row in errors.TABLE:
        for source in row.sources:
            assert (
                isinstance(source, errors.Kind)
                or source in errors.AWS_ERRORS
                or source in errors.TRANSPORT_ERRORS
                or (source.partition("/")[0], source.partition("/")[2]) in errors.AWS_REASONS
            )
    assert {s for row in errors.TABLE for s in row.sources if isinstance(s, errors.Kind)} == set(errors.Kind)


def test_exception_classes_are_made_from_the_table_and_catchable_by_name() -> None:
    from sms_pool.errors import ConflictError, InvalidRequestError, NotInPoolError, ThrottledError

    assert ThrottledError.row.code == "THROTTLED" and ThrottledError.row.retryable
    with pytest.raises(InvalidRequestError):
        raise errors.invalid("PoolId", "is bad")
    assert issubclass(NotInPoolError, ConflictError) and errors.LastIdentityError.__bases__ == (ConflictError,)
    assert errors.ThrottledError.__bases__ == (errors.ServiceError,)
    with pytest.raises(AttributeError, match="NoSuchError"):
        errors.NoSuchError  # noqa: B018
    for row in errors.TABLE:
        assert errors.ERROR_CLASSES[row.error_type].__module__ == "sms_pool.errors"

    holders = {
        p.relative_to(ROOT).as_posix()
        for p in SOURCES
        for row in errors.TABLE
        if f'"{row.error_type}"' in p.read_text()
    }
    assert holders == {"lambda_src/sms_pool/error_table.py"}  # each errorType string is typed in the table only


def test_the_body_model_rejects_the_task_key_and_the_task_model_returns_it() -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        validation.validate_body({**VALID_REQUEST, "IdempotencyKey": "k"})
    assert caught.value.errors == [{"field": "IdempotencyKey", "message": "is not a known field"}]
    payload: dict[str, Any] = {**VALID_REQUEST, "IdempotencyKey": "k"}
    request, key = validation.validate_task(payload)
    assert key == "k" and "IdempotencyKey" not in request and payload["IdempotencyKey"] == "k"
    assert validation.validate_task(dict(VALID_REQUEST)) == (VALID_REQUEST, None)


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / name).read_text()
    return {m[1].lower().replace("_", "-"): m[2] for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}


def test_locks_are_layered_and_hashed() -> None:
    runtime, app, dev = _pins("runtime.txt"), _pins("app.txt"), _pins("dev.txt")
    assert runtime.items() <= app.items() <= dev.items()
    assert {"fastjsonschema", "boto3", "aws-lambda-powertools"} <= runtime.keys()
    assert "aws-cdk-lib" not in runtime and "mypy" not in app and "schemathesis" not in app
    for name in ("runtime.txt", "app.txt", "dev.txt"):
        text = (ROOT / "requirements" / name).read_text()
        blocks = [block for block in re.split(r"\n(?=[A-Za-z])", text) if re.match(r"[A-Za-z0-9_.-]+==", block)]
        assert blocks and all("--hash=sha256:" in block for block in blocks), name
