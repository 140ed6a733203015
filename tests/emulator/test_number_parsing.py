"""Numbers as AWS's JSON reader takes them: ``NaN``/``Infinity`` are not JSON (RFC 8259), and a fraction where
the model has an integer is named as such. Codes and reasons follow the model; the wording is the emulator's own
(its README: AWS documents no text for these)."""

from __future__ import annotations

import pytest

from local.emulator import EmulatorServer
from tests.emulator.conftest import aws_post


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_numbers_are_not_parsed(emulator: EmulatorServer, constant: str) -> None:
    status, body = aws_post(emulator.url, "DescribePools", f'{{"MaxResults": {constant}}}'.encode())
    assert (status, body["__type"], body["Reason"]) == (400, "ValidationException", "CANNOT_PARSE")


def test_a_fraction_for_an_integer_says_so(emulator: EmulatorServer) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b'{"MaxResults": 1.5}')
    assert (status, body["__type"], body["Reason"]) == (400, "ValidationException", "FIELD_VALIDATION_FAILED")
    assert body["Fields"] == [
        {"Name": "MaxResults", "Message": "expected an integer, got 1.5 (a number with a fraction)"}
    ]
