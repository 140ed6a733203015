"""Requests are validated against botocore's model, including constraints botocore leaves to AWS."""

from __future__ import annotations

from typing import Any

import pytest

from tests.emulator.conftest import aws_post

POOL = "pool-" + "0" * 32


def _validation(client: Any, method: str, **params: Any) -> dict[str, Any]:
    with pytest.raises(client.exceptions.ValidationException) as exc:
        getattr(client, method)(**params)
    response: dict[str, Any] = exc.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    return response


def test_max_length(client: Any) -> None:
    response = _validation(client, "disassociate_origination_identity", PoolId="p" * 257, OriginationIdentity="x")
    assert response["Reason"] == "FIELD_VALIDATION_FAILED"
    assert response["Fields"] == [{"Name": "PoolId", "Message": "Member must have length less than or equal to 256"}]


def test_pattern(client: Any) -> None:
    response = _validation(client, "disassociate_origination_identity", PoolId=POOL, OriginationIdentity="+12065550100")
    assert response["Reason"] == "FIELD_VALIDATION_FAILED"
    assert response["Fields"][0]["Name"] == "OriginationIdentity"
    assert "pattern" in response["Fields"][0]["Message"]


def test_enum(client: Any) -> None:
    response = _validation(client, "create_pool", OriginationIdentity="ABC", MessageType="MARKETING")
    assert response["Fields"][0]["Name"] == "MessageType"
    assert "TRANSACTIONAL" in response["Fields"][0]["Message"]


def test_nested_enum_list_max_and_integer_max(client: Any) -> None:
    response = _validation(
        client,
        "describe_phone_numbers",
        MaxResults=101,
        Filters=[{"Name": "colour", "Values": ["a"]}],
        PhoneNumberIds=[f"phone-{i}" for i in range(6)],
    )
    names = {f["Name"] for f in response["Fields"]}
    assert names == {"MaxResults", "Filters[0].Name", "PhoneNumberIds"}


def test_iso_country_code_pattern(client: Any) -> None:
    response = _validation(client, "request_sender_id", SenderId="ACME", IsoCountryCode="us")
    assert response["Fields"][0]["Name"] == "IsoCountryCode"


def test_required_missing(raw_client: Any) -> None:
    response = _validation(raw_client, "disassociate_origination_identity", PoolId=POOL)
    assert response["Reason"] == "MISSING_PARAMETER"
    assert response["Fields"][0]["Name"] == "OriginationIdentity"


def test_min_length_and_type(raw_client: Any) -> None:
    response = _validation(
        raw_client, "disassociate_origination_identity", PoolId=POOL, OriginationIdentity="", ClientToken=123
    )
    names = {f["Name"] for f in response["Fields"]}
    assert names == {"OriginationIdentity", "ClientToken"}


def test_unknown_parameter(emulator: Any) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b'{"Colour": "blue"}')
    assert status == 400
    assert body["__type"] == "ValidationException"
    assert body["Reason"] == "UNSPECIFIED_PARAMETER_NOT_SUPPORTED"
    assert body["Fields"][0]["Name"] == "Colour"


def test_invalid_next_token(client: Any) -> None:
    response = _validation(client, "describe_pools", NextToken="garbage!")
    assert response["Reason"] == "INVALID_NEXT_TOKEN"


def test_reasons_are_model_enum_values() -> None:
    from local.emulator.model import enum_value

    assert enum_value("ValidationExceptionReason", "FIELD_VALIDATION_FAILED")
    with pytest.raises(KeyError):
        enum_value("ConflictExceptionReason", "NOT_A_REASON")
