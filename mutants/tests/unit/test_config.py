"""Configuration is checked at start, with messages naming the variable."""

from __future__ import annotations

import pytest

from sms_pool import aws, config

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
    assert aws.client.meta.endpoint_url == "http://127.0.0.1:9"


def test_bad_endpoint_fails_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2", "not a url")
    with pytest.raises(config.ConfigurationError, match="cannot create"):
        aws.make_client(config.load(BASE))
