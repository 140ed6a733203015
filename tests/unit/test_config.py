"""Configuration is checked at start, with messages naming the variable."""

from __future__ import annotations

import pytest

from sms_pool import aws, config
from sms_pool.constants import RESOLVE_NUMBERS_ENV

BASE = {"AWS_REGION": "eu-west-1"}


def test_defaults_fit_inside_the_api_gateway_timeout() -> None:
    settings = config.load(BASE)
    assert settings.region == "eu-west-1" and settings.max_attempts == 3
    assert (settings.connect_timeout + settings.read_timeout) * settings.max_attempts < 29


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({}, "AWS_REGION"),
        ({**BASE, "SMS_POOL_READ_TIMEOUT": "soon"}, "SMS_POOL_READ_TIMEOUT"),
        ({**BASE, "SMS_POOL_CONNECT_TIMEOUT": "0"}, "SMS_POOL_CONNECT_TIMEOUT"),
        ({**BASE, "SMS_POOL_MAX_ATTEMPTS": "0"}, "SMS_POOL_MAX_ATTEMPTS"),
        ({**BASE, "SMS_POOL_MAX_ATTEMPTS": "-1"}, "SMS_POOL_MAX_ATTEMPTS"),
        ({**BASE, "SMS_POOL_READ_TIMEOUT": "20", "SMS_POOL_MAX_ATTEMPTS": "3"}, "exceeds"),
    ],
)
def test_invalid_configuration_fails_clearly(env: dict[str, str], needle: str) -> None:
    with pytest.raises(config.ConfigurationError, match=needle):
        config.load(env)


def test_client_uses_standard_retries_and_timeouts() -> None:
    settings = config.load({**BASE, "SMS_POOL_MAX_ATTEMPTS": "4", "SMS_POOL_READ_TIMEOUT": "3"})
    client = aws.make_client(settings)
    assert client.meta.region_name == "eu-west-1"
    assert getattr(client.meta.config, "retries", None) == {"mode": "standard", "total_max_attempts": 4}
    assert getattr(client.meta.config, "read_timeout", None) == 3.0


def test_endpoint_override_is_honoured() -> None:
    # conftest sets AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2; the local mode relies on it.
    assert aws.client().meta.endpoint_url == "http://127.0.0.1:9"


def test_bad_endpoint_fails_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2", "not a url")
    with pytest.raises(config.ConfigurationError, match="cannot create"):
        aws.make_client(config.load(BASE))


@pytest.mark.parametrize(("raw", "mode"), [(None, "standard"), ("", "standard"), ("adaptive", "adaptive")])
def test_the_retry_mode_is_read_and_reaches_botocore(raw: str | None, mode: str) -> None:
    settings = config.load({**BASE, **({} if raw is None else {"SMS_POOL_RETRY_MODE": raw})})
    assert settings.retry_mode == mode
    retries = getattr(aws.make_client(settings).meta.config, "retries", None)
    assert retries == {"mode": mode, "total_max_attempts": settings.max_attempts}


# botocore also knows "legacy"; the function refuses it (config.RETRY_MODES), and the spelling must be exact.
@pytest.mark.parametrize("raw", ["legacy", "Adaptive", " standard", "fast"])
def test_another_retry_mode_is_refused_naming_the_allowed_ones(raw: str) -> None:
    with pytest.raises(config.ConfigurationError) as caught:
        config.load({**BASE, "SMS_POOL_RETRY_MODE": raw})
    assert str(caught.value) == f"SMS_POOL_RETRY_MODE={raw!r} must be one of standard, adaptive"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, True), ("", True), ("true", True), ("TRUE", True), ("False", False), ("false", False)],
)
def test_number_resolution_is_on_unless_switched_off(raw: str | None, expected: bool) -> None:
    env = {**BASE, **({} if raw is None else {RESOLVE_NUMBERS_ENV: raw})}
    assert config.load(env).resolve_numbers is expected


@pytest.mark.parametrize("raw", ["yes", "0", "off"])
def test_another_resolution_switch_is_refused_in_one_line(raw: str) -> None:
    with pytest.raises(config.ConfigurationError) as caught:
        config.load({**BASE, RESOLVE_NUMBERS_ENV: raw})
    assert str(caught.value) == f"{RESOLVE_NUMBERS_ENV}={raw!r} must be true or false"
