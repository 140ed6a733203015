"""Both sides of every runtime bound, and known-answer vectors for the ClientToken derivation."""

from __future__ import annotations

import pytest

from sms_pool import aws, config, core

BASE = {"AWS_REGION": "eu-west-1"}


@pytest.mark.parametrize(
    ("name", "low", "high", "default"),
    # The read timeout's 60 s maximum lies past the 28 s budget: its upper edge has its own test below.
    [("SMS_POOL_CONNECT_TIMEOUT", 0.1, 10.0, 2.0), ("SMS_POOL_READ_TIMEOUT", 0.1, None, 5.0)],
)
def test_timeouts_accept_both_edges_and_reject_just_past_them(
    name: str, low: float, high: float | None, default: float
) -> None:
    env = {**BASE, "SMS_POOL_MAX_ATTEMPTS": "1"}  # one attempt: (10 + 5) x 1 stays inside the budget
    attribute = name.removeprefix("SMS_POOL_").lower()
    assert getattr(config.load({**env, name: str(low)}), attribute) == low
    assert getattr(config.load({**env, name: ""}), attribute) == default
    if high is not None:
        assert getattr(config.load({**env, name: str(high)}), attribute) == high
    for outside in (low - 0.01, *(() if high is None else (high + 0.01,))):
        with pytest.raises(config.ConfigurationError, match=f"^{name}=.* must be between {low} and "):
            config.load({**env, name: str(outside)})


def test_read_timeout_maximum_is_sixty_seconds() -> None:
    env = {**BASE, "SMS_POOL_MAX_ATTEMPTS": "1", "SMS_POOL_CONNECT_TIMEOUT": "0.1"}
    with pytest.raises(config.ConfigurationError, match=r"must be between 0\.1 and 60 seconds"):
        config.load({**env, "SMS_POOL_READ_TIMEOUT": "60.01"})
    # 60 s is inside its own bound, so only the 28 s budget refuses it.
    with pytest.raises(config.ConfigurationError, match=r"exceeds the 28s budget"):
        config.load({**env, "SMS_POOL_READ_TIMEOUT": "60"})


def test_max_attempts_edges() -> None:
    assert config.load({**BASE, "SMS_POOL_MAX_ATTEMPTS": "1"}).max_attempts == 1
    fast = {**BASE, "SMS_POOL_CONNECT_TIMEOUT": "0.1", "SMS_POOL_READ_TIMEOUT": "0.1"}
    assert config.load({**fast, "SMS_POOL_MAX_ATTEMPTS": "10"}).max_attempts == 10
    for bad in ("0", "11", "2.5", "three"):
        with pytest.raises(
            config.ConfigurationError, match=f"^SMS_POOL_MAX_ATTEMPTS='{bad}' must be an integer from 1 to 10$"
        ):
            config.load({**fast, "SMS_POOL_MAX_ATTEMPTS": bad})


def test_worst_case_must_stay_below_the_28_second_budget() -> None:
    # (2 + 4.99) x 4 = 27.96 s: inside; (2 + 5) x 4 = 28 s: exactly the budget, refused (it must stay below).
    edge = {**BASE, "SMS_POOL_CONNECT_TIMEOUT": "2", "SMS_POOL_READ_TIMEOUT": "4.99", "SMS_POOL_MAX_ATTEMPTS": "4"}
    assert config.load(edge).max_attempts == 4
    with pytest.raises(config.ConfigurationError) as caught:
        config.load({**edge, "SMS_POOL_READ_TIMEOUT": "5"})
    assert str(caught.value).startswith("(connect 2s + read 5s) x 4 attempts = 28s exceeds the 28s budget")


def test_region_comes_from_either_variable_and_its_absence_is_named() -> None:
    assert config.load({"AWS_DEFAULT_REGION": "ap-south-1"}).region == "ap-south-1"
    assert config.load({"AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "ap-south-1"}).region == "eu-west-1"
    with pytest.raises(config.ConfigurationError) as caught:
        config.load({"AWS_REGION": ""})
    assert str(caught.value) == "AWS_REGION (or AWS_DEFAULT_REGION) must be set"


def test_a_non_number_names_the_variable_and_the_unit() -> None:
    with pytest.raises(config.ConfigurationError) as caught:
        config.load({**BASE, "SMS_POOL_CONNECT_TIMEOUT": "soon"})
    assert str(caught.value) == "SMS_POOL_CONNECT_TIMEOUT='soon' is not a number (seconds)"


def test_client_configuration_carries_both_timeouts_region_and_app_id() -> None:
    settings = config.load(
        {
            "AWS_REGION": "eu-central-1",
            "SMS_POOL_CONNECT_TIMEOUT": "1.5",
            "SMS_POOL_READ_TIMEOUT": "4",
            "SMS_POOL_MAX_ATTEMPTS": "2",
        }
    )
    client = aws.make_client(settings)
    cfg = client.meta.config
    assert client.meta.region_name == "eu-central-1"
    assert getattr(cfg, "connect_timeout", None) == 1.5
    assert getattr(cfg, "read_timeout", None) == 4.0
    assert getattr(cfg, "retries", None) == {"mode": "standard", "total_max_attempts": 2}
    assert getattr(cfg, "user_agent_appid", None) == "sms-pool-disassociate"


# Known answers: ClientToken = sha256(b"sms-pool-disassociate/v1\x00" + "\0".join([key, PoolId,
# OriginationIdentity, IsoCountryCode]).encode("utf-8")).hexdigest(), a missing field counting as "".
# A dropped field, a changed separator, domain or field order changes these tokens.
TOKEN_VECTORS = [
    (
        "key-1",
        {"PoolId": "pool-a", "OriginationIdentity": "phone-b", "IsoCountryCode": "US"},
        "043b39bdcd8312d0e7b2913ff71ae08172dc8dd1d0afece1b236c5d0483c88dd",
    ),
    (
        "k",
        {"PoolId": "pool-a", "OriginationIdentity": "phone-b", "IsoCountryCode": "GB"},
        "67a679111f1e59e4b08a2725154e5f7346f2eaaf0ae2213aea1caba5c746c1be",
    ),
    (
        "key-1",
        {"PoolId": "pool-a", "OriginationIdentity": "phone-b"},
        "87c78532677d151250c620a94c39f7ae463e1fc21ed3a8d9c313e2c53abbe086",
    ),
    ("key-1", {}, "7ac29e902083352a71995b4ec952539b815721ee0956dfa3725f84ff3c7b5f7c"),
]


@pytest.mark.parametrize(("key", "request_", "token"), TOKEN_VECTORS)
def test_client_token_known_answers(key: str, request_: dict[str, str], token: str) -> None:
    assert core.derive_client_token(key, request_) == token


def test_every_token_field_and_the_key_change_the_token() -> None:
    base = {"PoolId": "pool-a", "OriginationIdentity": "phone-b", "IsoCountryCode": "US"}
    tokens = {core.derive_client_token("key-1", base), core.derive_client_token("key-2", base)}
    for name, value in base.items():
        tokens.add(core.derive_client_token("key-1", {**base, name: value + "x"}))
    # Moving a character across a field boundary must change it too (the separator is part of the input).
    tokens.add(core.derive_client_token("key-1", {**base, "PoolId": "pool-", "OriginationIdentity": "aphone-b"}))
    assert len(tokens) == 6
