"""Errors arrive as the modelled exception classes with their members."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.emulator.conftest import aws_post

MISSING_POOL = "pool-" + "0" * 32
MISSING_PHONE = "phone-" + "0" * 32


def test_unknown_pool_is_resource_not_found(client: Any, demo: dict[str, Any]) -> None:
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.disassociate_origination_identity(PoolId=MISSING_POOL, OriginationIdentity=demo["phone_number_ids"][0])
    assert exc.value.response["ResourceType"] == "pool"
    assert exc.value.response["ResourceId"] == MISSING_POOL
    assert exc.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert exc.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


@pytest.mark.parametrize(("identity", "resource_type"), [(MISSING_PHONE, "phone-number"), ("NOSUCHID", "sender-id")])
def test_unknown_identity_is_resource_not_found(
    client: Any, demo: dict[str, Any], identity: str, resource_type: str
) -> None:
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.disassociate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=identity)
    assert exc.value.response["ResourceType"] == resource_type
    assert exc.value.response["ResourceId"] == identity


def test_identity_not_in_pool_is_resource_not_found(client: Any, demo: dict[str, Any]) -> None:
    loose = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.disassociate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=loose["PhoneNumberId"])
    assert exc.value.response["ResourceType"] == "phone-number"
    assert exc.value.response["ResourceId"] == loose["PhoneNumberId"]
    assert "not associated" in exc.value.response["Error"]["Message"]


def test_last_identity_cannot_be_removed(client: Any) -> None:
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = client.create_pool(OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL")
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.disassociate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=number["PhoneNumberId"])
    assert exc.value.response["Reason"] == "LAST_PHONE_NUMBER"
    assert exc.value.response["ResourceType"] == "pool"
    assert exc.value.response["ResourceId"] == pool["PoolId"]
    listed = client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    assert len(listed) == 1


def test_country_code_mismatch_is_validation_error(client: Any, demo: dict[str, Any]) -> None:
    with pytest.raises(client.exceptions.ValidationException) as exc:
        client.disassociate_origination_identity(
            PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][0], IsoCountryCode="CA"
        )
    assert exc.value.response["Reason"] == "COUNTRY_CODE_MISMATCH"
    assert exc.value.response["Fields"][0]["Name"] == "IsoCountryCode"


def test_create_pool_with_identity_already_in_a_pool_conflicts(client: Any, demo: dict[str, Any]) -> None:
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.create_pool(OriginationIdentity=demo["phone_number_ids"][0], MessageType="TRANSACTIONAL")
    assert exc.value.response["Reason"] == "PHONE_NUMBER_ASSOCIATED_TO_POOL"
    with pytest.raises(client.exceptions.ConflictException) as again:
        client.associate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][0])
    assert again.value.response["Reason"] == "RESOURCE_ALREADY_ASSOCIATED"


def test_message_type_mismatch_conflicts(client: Any, demo: dict[str, Any]) -> None:
    promo = client.request_phone_number(
        IsoCountryCode="US", MessageType="PROMOTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.associate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=promo["PhoneNumberId"])
    assert exc.value.response["Reason"] == "MESSAGE_TYPE_MISMATCH"


def test_deletion_protection_blocks_delete_pool(client: Any, demo: dict[str, Any]) -> None:
    client.update_pool(PoolId=demo["pool_id"], DeletionProtectionEnabled=True)
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.delete_pool(PoolId=demo["pool_id"])
    assert exc.value.response["Reason"] == "DELETION_PROTECTION_ENABLED"
    assert exc.value.response["ResourceId"] == demo["pool_id"]
    client.update_pool(PoolId=demo["pool_id"], DeletionProtectionEnabled=False)
    client.delete_pool(PoolId=demo["pool_id"])


def test_releasing_identities_in_a_pool_conflicts(client: Any, demo: dict[str, Any]) -> None:
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.release_phone_number(PhoneNumberId=demo["phone_number_ids"][0])
    assert exc.value.response["Reason"] == "PHONE_NUMBER_ASSOCIATED_TO_POOL"
    with pytest.raises(client.exceptions.ConflictException) as sender:
        client.release_sender_id(SenderId="DEMOSENDER", IsoCountryCode="GB")
    assert sender.value.response["Reason"] == "SENDER_ID_ASSOCIATED_TO_POOL"
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.release_phone_number(PhoneNumberId=MISSING_PHONE)


def test_duplicate_sender_id_conflicts(client: Any) -> None:
    client.request_sender_id(SenderId="DUP", IsoCountryCode="GB")
    with pytest.raises(client.exceptions.ConflictException) as exc:
        client.request_sender_id(SenderId="DUP", IsoCountryCode="GB")
    assert exc.value.response["Reason"] == "RESOURCE_ALREADY_EXISTS"


def test_describe_unknown_ids_is_resource_not_found(client: Any) -> None:
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.describe_phone_numbers(PhoneNumberIds=[MISSING_PHONE])
    assert exc.value.response["ResourceType"] == "phone-number"


def test_unknown_model_operation_answers_unknown_operation(client: Any) -> None:
    with pytest.raises(ClientError) as exc:
        client.describe_account_attributes()
    error = exc.value.response["Error"]
    assert error["Code"] == "UnknownOperationException"
    assert "DescribeAccountAttributes" in error["Message"]
    assert exc.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


@pytest.mark.parametrize("target", ["PinpointSMSVoiceV2.NoSuchThing", "Other.CreatePool", None])
def test_unknown_target_over_raw_http(emulator: Any, target: str | None) -> None:
    status, body = aws_post(emulator.url, target, b"{}")
    assert status == 400
    assert body["__type"] == "UnknownOperationException"
    assert body["message"]


def test_unparseable_body_is_validation_error(emulator: Any) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b"{not json")
    assert status == 400
    assert body["__type"] == "ValidationException"
    assert body["Reason"] == "CANNOT_PARSE"
