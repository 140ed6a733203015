"""Exact outputs of the log serializer, the audit timestamp and the phone-number edges (mutation survivors).

Each test pins a byte-exact answer: the serializer's separators, ASCII escaping and fallback for values JSON
cannot encode, the audit clock's format and milliseconds under a fixed clock, and the 7-digit boundary.
"""

from __future__ import annotations

import time

import pytest

from sms_pool import audit, observability
from sms_pool.phone import MIN_DIGITS, is_phone_number, mask


class _Number:
    """A value JSON cannot encode whose text is a phone number: the serializer's fallback must mask it."""

    def __str__(self) -> str:
        return "+12065550100"


# --- the log serializer: flat records (one pass of mask() over the JSON) ---


def test_flat_record_is_compact_json() -> None:
    assert observability._masked_json({"a": "x", "b": 1}) == '{"a":"x","b":1}'


def test_flat_record_escapes_non_ascii() -> None:
    assert observability._masked_json({"name": "José"}) == '{"name":"Jos\\u00e9"}'


def test_flat_record_falls_back_to_the_masked_text_of_a_value() -> None:
    assert observability._masked_json({"v": _Number()}) == '{"v":"+*******0100"}'


# --- nested records (masked value by value) ---


def test_nested_record_is_compact_json() -> None:
    assert observability._masked_json({"a": {"b": 1}, "c": 2}) == '{"a":{"b":1},"c":2}'


def test_nested_record_escapes_non_ascii() -> None:
    assert observability._masked_json({"a": {"b": "é"}}) == '{"a":{"b":"\\u00e9"}}'


def test_nested_record_falls_back_to_the_masked_text_of_a_value() -> None:
    assert observability._masked_json({"a": {"v": _Number()}}) == '{"a":{"v":"+*******0100"}}'


def test_nested_list_items_are_kept() -> None:
    assert observability._masked_json({"a": [1, "x", "+12065550100"]}) == '{"a":[1,"x","+*******0100"]}'


def test_non_text_keys_are_kept() -> None:
    assert observability._masked_json({"a": {1: "x"}}) == '{"a":{"1":"x"}}'


@pytest.mark.parametrize(
    ("number", "logged"),
    [
        (1_000_000, '"***0000"'),
        (999_999, "999999"),
        (-1_000_000, '"***0000"'),
        (-12065550100, '"*******0100"'),
        (-999_999, "-999999"),
    ],
)
def test_a_json_number_of_seven_digits_is_masked_as_text(number: int, logged: str) -> None:
    assert observability._masked_json({"n": number}) == '{"n":' + logged + "}"


# --- the audit record's clock ---


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A fixed clock for the audit record (set ``clock[0]``), with the per-second cache emptied."""
    now = [0.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    monkeypatch.setattr(audit, "_second", [-1, ""])
    return now


def test_audit_time_is_utc_iso_8601_with_milliseconds(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.25  # exact in binary: no rounding in the milliseconds
    assert audit._now() == "2023-11-14T22:15:23.250Z"


def test_audit_time_within_and_after_a_second(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.5
    assert audit._now() == "2023-11-14T22:15:23.500Z"
    clock[0] = 1_700_000_123.75
    assert audit._now() == "2023-11-14T22:15:23.750Z"
    clock[0] = 1_700_000_124.0
    assert audit._now() == "2023-11-14T22:15:24.000Z"


def test_audit_record_carries_the_clock(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.25
    line = audit.render(audit.Attempt("http", "req-1"), "OK", 200)
    assert '"time":"2023-11-14T22:15:23.250Z"' in line


# --- phone-number edges: exactly MIN_DIGITS digits is a phone number ---


def test_seven_digits_are_a_phone_number_and_six_are_not() -> None:
    assert MIN_DIGITS == 7
    assert is_phone_number("555-0100")
    assert not is_phone_number("55-0100")


def test_seven_digits_are_masked_and_six_are_not() -> None:
    assert mask("call 5550100") == "call ***0100"
    assert mask("call 550100") == "call 550100"
