"""Fixtures: canned AWS answers through botocore's ``before-send`` event, Lambda contexts, events."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest
from botocore.awsrequest import AWSPreparedRequest, AWSResponse
from botocore.retries.standard import ExponentialBackoff, RetryQuotaChecker

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import aws, config, index, pacing
from sms_pool.constants import SERVICE_NAME
from sms_pool.observability import masked
from tests.synth import Synth, synth_app

OK_RESULT: dict[str, str] = {
    "PoolArn": "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef",
    "PoolId": "pool-0123456789abcdef0123456789abcdef",
    "OriginationIdentityArn": "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-abcdef0123456789abcdef0123456789",
    "OriginationIdentity": "phone-abcdef0123456789abcdef0123456789",
    "IsoCountryCode": "US",
}
# What a Step Functions caller gets back: the same answer masked as the logs are (its ARNs' account ids; the
# masked form itself is pinned by test_routing_and_tokens and test_observability).
SFN_OK_RESULT: dict[str, str] = masked(OK_RESULT)
VALID_REQUEST: dict[str, str] = {
    "PoolId": OK_RESULT["PoolId"],
    "OriginationIdentity": OK_RESULT["OriginationIdentity"],
    "IsoCountryCode": "US",
}


def _stdout(args: list[str], env: dict[str, str] | None, stdin: str | None = None) -> str:
    """Run ``args`` from the repository root; it must exit 0; its standard output."""
    proc = subprocess.run(
        args,
        env=env,
        input=stdin,
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, (args[:4], proc.stdout[-500:], proc.stderr[-2000:])
    return proc.stdout


def python_json(code: str, *args: str, env: dict[str, str]) -> Any:
    """Run ``code`` in a fresh interpreter from the repository root; its last line of output, parsed as JSON."""
    return json.loads(_stdout([sys.executable, "-c", code, *args], env).splitlines()[-1])


def run_json(args: list[str], *, env: dict[str, str] | None = None, stdin: str | None = None) -> Any:
    """Run a command (node, the CLI, a printed shell line) from the repository root; its output, one JSON document."""
    return json.loads(_stdout(args, env, stdin))


def member(identity: str, number: str | None = None, country: str = "US") -> dict[str, Any]:
    """One OriginationIdentityMetadata item as AWS lists it (a phone number when ``number`` is given)."""
    kind = "phone-number" if identity.startswith("phone-") else f"sender-id/{identity}"
    arn = f"arn:aws:sms-voice:us-east-1:123456789012:{kind}/{identity}" if kind == "phone-number" else None
    item: dict[str, Any] = {
        "OriginationIdentityArn": arn or f"arn:aws:sms-voice:us-east-1:123456789012:{kind}/{country}",
        "OriginationIdentity": identity,
        "IsoCountryCode": country,
        "NumberCapabilities": ["SMS"],
    }
    if number:
        item["PhoneNumber"] = number
    return item


def phone_info(
    identity: str, number: str, pool: str | None = OK_RESULT["PoolId"], country: str = "US"
) -> dict[str, Any]:
    """One PhoneNumberInformation item as DescribePhoneNumbers answers it (the members the service reads)."""
    info: dict[str, Any] = {
        "PhoneNumberArn": f"arn:aws:sms-voice:us-east-1:123456789012:phone-number/{identity}",
        "PhoneNumberId": identity,
        "PhoneNumber": number,
        "IsoCountryCode": country,
    }
    if pool:
        info["PoolId"] = pool
    return info


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


@dataclass
class FakeAws:
    """Answers queued per call (a dict/status pair or an exception); records every request body."""

    answers: list[tuple[int, dict[str, Any]] | BaseException] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)  # the X-Amz-Target operation name of each call
    slept: list[float] = field(default_factory=list)  # the pacing waits between listing pages (not slept)

    def ok(self, result: dict[str, Any] | None = None) -> None:
        self.answers.append((200, {**OK_RESULT, **(result or {})}))

    def listing(self, *identities: dict[str, Any], next_token: str | None = None) -> None:
        """One page of ListPoolOriginationIdentities for OK_RESULT's pool (``member()`` builds an identity)."""
        page: dict[str, Any] = {"PoolArn": OK_RESULT["PoolArn"], "PoolId": OK_RESULT["PoolId"]}
        page["OriginationIdentities"] = list(identities)
        if next_token:
            page["NextToken"] = next_token
        self.answers.append((200, page))

    def numbers(self, *infos: dict[str, Any], next_token: str | None = None) -> None:
        """One page of DescribePhoneNumbers (``phone_info()`` builds an item); also the answer for one id."""
        page: dict[str, Any] = {"PhoneNumbers": list(infos)}
        if next_token:
            page["NextToken"] = next_token
        self.answers.append((200, page))

    def error(self, code: str, status: int = 400, **members: Any) -> None:
        self.answers.append((status, {"__type": code, "message": f"{code} message", **members}))

    def raise_(self, exc: BaseException) -> None:
        self.answers.append(exc)

    def __call__(self, request: AWSPreparedRequest, **_: Any) -> AWSResponse:
        body = request.body
        self.calls.append(json.loads(body if isinstance(body, bytes | str) else b"{}"))
        target = request.headers.get("X-Amz-Target", b"")
        self.operations.append((target.decode() if isinstance(target, bytes) else target).rpartition(".")[2])
        if not self.answers:
            raise AssertionError("AWS was called but the test queued no answer")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        status, payload = answer
        headers = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "aws-req-1"}
        return AWSResponse(request.url, status, headers, _Raw(json.dumps(payload).encode()))  # type: ignore[arg-type]


@pytest.fixture
def fake_aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAws]:
    """Answer the module-scope client's calls; retries happen but without sleeping."""
    fake = FakeAws()
    monkeypatch.setattr(ExponentialBackoff, "delay_amount", lambda self, context: 0)
    # Every test starts on a fresh container's state: no number index, paced listings that never sleep.
    index.clear()
    pacing.pacer.cache_clear()
    monkeypatch.setattr(pacing.Pacer, "sleep", staticmethod(fake.slept.append))
    # The module-scope client's retry quota (botocore's token bucket) lives as long as the process: every test
    # starts with it full, so no outcome depends on the retries earlier tests spent (mutmut runs the suite
    # several times in one process).
    monkeypatch.setattr(RetryQuotaChecker, "acquire_retry_quota", lambda self, context: True)
    hook = cast(Callable[..., None], fake)  # before-send hooks may return a response
    event = f"before-send.{SERVICE_NAME}"
    aws.client().meta.events.register_first(event, hook)
    yield fake
    aws.client().meta.events.unregister(event, hook)


def patch_settings(monkeypatch: pytest.MonkeyPatch, **changes: Any) -> None:
    """The function's settings (``sms_pool.config``) with ``changes``, as a deployment with other values sets them."""
    settings = dataclasses.replace(config.load(), **changes)
    monkeypatch.setattr(config, "settings", lambda: settings)


@pytest.fixture
def context() -> FakeLambdaContext:
    return FakeLambdaContext()


@pytest.fixture
def api_event() -> Any:
    return api_gateway_event


@pytest.fixture
def read_logs() -> Iterator[Callable[[], list[str]]]:
    """Call the result to get every line the service's logger wrote, formatted and masked as in Lambda."""
    from sms_pool.observability import logger

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    logger._logger.addHandler(handler)
    yield lambda: stream.getvalue().splitlines()
    logger._logger.removeHandler(handler)


@pytest.fixture
def read_audit() -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """Call the result to get every audit record the service wrote (parsed), as Lambda would log them."""
    from sms_pool.observability import log_stream, logger

    stream = io.StringIO()
    handler = cast("logging.StreamHandler[Any]", logger.registered_handler)
    previous = handler.setStream(stream)
    assert log_stream() is stream
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines() if '"type":"audit"' in line]
    handler.setStream(previous)


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The default deployment (cdk.json context only), synthesized once per session, offline."""
    return synth_app(tmp_path_factory.mktemp("cdk-default"), None)


@pytest.fixture(scope="session")
def cdk_out(synth: Synth) -> Path:
    """The cloud assembly directory of the default deployment."""
    return synth.outdir
