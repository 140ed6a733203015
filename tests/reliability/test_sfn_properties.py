"""Property: any JSON payload on the Step Functions path gives a valid result or a documented error type.

In-process, AWS answered by ``fake_aws`` (botocore's ``before-send``): each example also draws AWS's answer.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError
from botocore.retries.quota import RetryQuota
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from local.gateway.lambda_runtime import FakeLambdaContext
from sms_pool import aws, errors, handlers
from tests.fixtures import SFN_OK_RESULT, VALID_REQUEST, FakeAws

# The documented Step Functions error types; InternalError is documented but means a bug, so it fails here.
DOCUMENTED = {row.error_type for row in errors.TABLE if row.code not in errors.HTTP_ONLY_CODES} - {"InternalError"}
SETTINGS = settings(
    max_examples=400,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
# Near-valid payloads reach AWS: each field is the valid value, an arbitrary JSON value, or absent.
_FIELDS = {**VALID_REQUEST, "ClientToken": "token-1", "IdempotencyKey": "arn:aws:states:::execution:sm:1"}
near_valid = st.fixed_dictionaries(
    {}, optional={name: st.just(value) | json_values | st.text(max_size=300) for name, value in _FIELDS.items()}
).map(lambda d: {**{k: v for k, v in VALID_REQUEST.items() if k not in d}, **d})
_IDENTIFIER = st.from_regex(r"[A-Za-z0-9_:/-]{1,256}", fullmatch=True)
_TOKEN = st.from_regex(r"[!-~]{1,64}", fullmatch=True)
valid = st.fixed_dictionaries(
    {
        "PoolId": _IDENTIFIER,
        "OriginationIdentity": _IDENTIFIER,
        "IsoCountryCode": st.from_regex(r"[A-Z]{2}", fullmatch=True),
    },
    optional={"ClientToken": _TOKEN, "IdempotencyKey": st.from_regex(r"[!-~]{1,256}", fullmatch=True)},
)
payloads = (
    json_values
    | near_valid
    | valid
    | valid
    | near_valid.flatmap(
        lambda d: st.dictionaries(st.text(max_size=15), json_values, max_size=2).map(lambda extra: {**extra, **d})
    )
)

# Every modelled error, and one the operation's model does not list.
_AWS_ERRORS = [*errors.AWS_ERRORS, "ServiceQuotaExceededException"]
answers = st.sampled_from(["ok", "malformed", "connect", "read", "endpoint", *_AWS_ERRORS])


@pytest.fixture(autouse=True)
def _unlimited_retry_quota(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hundreds of retryable answers would drain the module-scope client's standard-mode retry quota (a token
    bucket that lives as long as the container) and change what later tests in this process see."""
    monkeypatch.setattr(RetryQuota, "acquire", lambda self, capacity_amount: True)


def _queue(fake: FakeAws, answer: str) -> None:
    fake.answers.clear()
    fake.calls.clear()
    for _ in range(3):  # botocore makes at most 3 attempts
        if answer == "ok":
            fake.ok()
        elif answer == "malformed":
            fake.answers.append((200, {"Unexpected": True}))
        elif answer == "connect":
            fake.raise_(ConnectTimeoutError(endpoint_url=aws.client().meta.endpoint_url))
        elif answer == "read":
            fake.raise_(ReadTimeoutError(endpoint_url=aws.client().meta.endpoint_url))
        elif answer == "endpoint":
            fake.raise_(EndpointConnectionError(endpoint_url=aws.client().meta.endpoint_url))
        else:
            status = 500 if answer == "InternalServerException" else 400
            fake.error(answer, status, Reason="SOME_REASON", ResourceType="pool", ResourceId="pool-1")


def _run(payload: Any) -> tuple[Any, errors.ServiceError | None]:
    try:
        return handlers.handler(payload, FakeLambdaContext()), None
    except errors.ServiceError as exc:  # anything else propagates and fails the property
        return None, exc


@SETTINGS
@given(payload=payloads, answer=answers)
def test_any_payload_gives_a_result_or_a_documented_error(fake_aws: FakeAws, payload: Any, answer: str) -> None:
    _queue(fake_aws, answer)
    before = json.dumps(payload, sort_keys=True)
    result, exc = _run(payload)
    if exc is None:
        event("result")
        assert answer == "ok" and result == SFN_OK_RESULT and len(fake_aws.calls) == 1
    else:
        event(type(exc).__name__)
        assert type(exc).__name__ in DOCUMENTED, exc
        cause = json.loads(str(exc))  # what a Catch sees in Cause
        assert cause["code"] == exc.row.code and isinstance(cause["detail"], str)
        if exc.row.code == "INVALID_REQUEST":
            assert fake_aws.calls == []  # rejected before any AWS call
            assert cause["errors"] and all(isinstance(e["field"], str) for e in cause["errors"])
    assert json.dumps(payload, sort_keys=True) == before  # the caller's payload is never mutated


@SETTINGS
@given(payload=near_valid | valid)
def test_a_valid_payload_reaches_aws_once_with_its_fields(fake_aws: FakeAws, payload: dict[str, Any]) -> None:
    _queue(fake_aws, "ok")
    result, exc = _run(payload)
    if exc is not None:
        event("rejected")
        assert type(exc).__name__ == "InvalidRequestError" and fake_aws.calls == []
        return
    event("reached AWS")
    assert result == SFN_OK_RESULT
    (sent,) = fake_aws.calls
    assert {k: sent[k] for k in VALID_REQUEST} == {k: payload[k] for k in VALID_REQUEST}
    assert "IdempotencyKey" not in sent and len(sent["ClientToken"]) <= 64
