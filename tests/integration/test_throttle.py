"""The local API's stage throttle, read from the synthesized template, answering the template's THROTTLED."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from local.gateway import routes, throttle
from local.gateway.throttle import StageThrottle
from tests.integration.conftest import post, start_local_mode


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _template(cdk_out: Path) -> Path:
    return routes.find_template(cdk_out)


def test_rate_and_burst_come_from_the_stage(cdk_out: Path) -> None:
    stage = StageThrottle.from_template(_template(cdk_out))
    resources = json.loads(_template(cdk_out).read_text())["Resources"]
    (settings,) = next(r for r in resources.values() if r["Type"] == "AWS::ApiGateway::Stage")["Properties"][
        "MethodSettings"
    ]
    assert (stage.rate, stage.burst) == (settings["ThrottlingRateLimit"], settings["ThrottlingBurstLimit"])


def test_over_the_rate_the_gateway_answers_its_throttled_response(cdk_out: Path) -> None:
    stage = StageThrottle.from_template(_template(cdk_out))
    clock = _Clock()
    stage.clock = clock
    admitted = [stage.limited(f"req-{n}") is None for n in range(stage.burst + 1)]
    assert admitted == [True] * stage.burst + [False]
    answer = stage.limited("req-x")
    assert answer is not None
    assert answer["statusCode"] == 429
    assert answer["headers"]["Content-Type"] == "application/problem+json"
    assert answer["headers"]["Retry-After"] == "1"
    body = json.loads(answer["body"])
    assert body["code"] == "THROTTLED" and body["gatewayError"] == "THROTTLED"
    assert body["requestId"] == "req-x" and body["detail"] == "Too Many Requests"
    clock.now += 1 / stage.rate
    assert stage.limited("later") is None


def test_the_429_carries_the_request_id_and_error_type_headers_of_every_gateway_answer(cdk_out: Path) -> None:
    stage = StageThrottle.from_template(_template(cdk_out))
    stage.clock = _Clock()
    answers = [stage.limited(f"req-{n}") for n in range(stage.burst + 1)]
    throttled = answers[-1]
    assert throttled is not None
    assert throttled["headers"]["x-amzn-RequestId"] == f"req-{stage.burst}"
    assert throttled["headers"]["x-amzn-ErrorType"] == "TooManyRequestsException"


def test_switch_reads_on_off_and_refuses_anything_else() -> None:
    assert throttle.enabled_from_env({}, default=True) is True
    assert throttle.enabled_from_env({"SMS_LOCAL_THROTTLE": "off"}, default=True) is False
    assert throttle.enabled_from_env({"SMS_LOCAL_THROTTLE": "on"}, default=False) is True
    with pytest.raises(ValueError, match="SMS_LOCAL_THROTTLE"):
        throttle.enabled_from_env({"SMS_LOCAL_THROTTLE": "fast"}, default=False)


def test_throttled_callers_never_reach_the_function_or_aws(cdk_out: Path, tmp_path: Path) -> None:
    process, mode = start_local_mode(cdk_out, tmp_path, {"SMS_LOCAL_THROTTLE": "on", "SMS_EMULATOR_QUOTAS": "on"})
    try:
        assert mode.control.set_quotas(False)["enabled"] is False  # seeding at full speed
        demo = mode.seed()
        mode.control.set_quotas(True)
        bodies = [
            {"PoolId": demo["pool_id"], "OriginationIdentity": number, "IsoCountryCode": "US"}
            for number in demo["phone_number_ids"][1:]
        ]
        answers = [post(mode, body) for body in bodies]  # back to back: well inside one second
        statuses = [status for status, _, _ in answers]
        assert statuses[0] == 200 and 429 in statuses[1:], statuses
        _, headers, throttled = next(answer for answer in answers if answer[0] == 429)
        assert throttled["gatewayError"] == "THROTTLED"
        assert headers["x-amzn-RequestId"] == throttled["requestId"]  # as on every other gateway answer
        assert headers["x-amzn-ErrorType"] == "TooManyRequestsException"
        calls = mode.control.calls("DisassociateOriginationIdentity")
        assert len(calls) == statuses.count(200)  # the 429s were answered at the edge
        held = mode.pool_identities(demo["pool_id"])
        for body, status in zip(bodies, statuses, strict=True):
            assert (body["OriginationIdentity"] in held) is (status == 429)
    finally:
        process.stop()


def test_quota_load_reads_the_deployed_function_settings_and_counts_per_second(cdk_out: Path) -> None:
    from bench import quota_load

    env = quota_load.function_environment(cdk_out)
    assert env["SMS_POOL_MAX_ATTEMPTS"] == "1"  # maxAttempts auto behind a shaped stage
    assert set(env) == {
        "SMS_POOL_CONNECT_TIMEOUT",
        "SMS_POOL_READ_TIMEOUT",
        "SMS_POOL_MAX_ATTEMPTS",
        "SMS_POOL_RESOLVE_PHONE_NUMBERS",  # resolution on, as deployed
        "SMS_POOL_AWS_REQUESTS_PER_SECOND",  # the pace of the number index's pages
    }
    assert quota_load._max_per_second([0.0, 0.5, 0.99, 1.0, 2.5]) == 3
    assert quota_load._max_per_second([]) == 0
