"""Every implemented operation answers in a shape the real boto3 client parses."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

HEX32 = "[0-9a-f]{32}"


def test_seed_demo_builds_a_pool_with_three_numbers_and_a_sender_id(client: Any, demo: dict[str, Any]) -> None:
    assert re.fullmatch(f"pool-{HEX32}", demo["pool_id"])
    assert demo["pool_arn"] == f"arn:aws:sms-voice:us-east-1:123456789012:pool/{demo['pool_id']}"
    assert all(re.fullmatch(f"phone-{HEX32}", pid) for pid in demo["phone_number_ids"])
    assert demo["sender_id_arn"] == "arn:aws:sms-voice:us-east-1:123456789012:sender-id/DEMOSENDER/GB"
    listed = client.list_pool_origination_identities(PoolId=demo["pool_id"])
    assert listed["PoolId"] == demo["pool_id"]
    assert listed["PoolArn"] == demo["pool_arn"]
    identities = {i["OriginationIdentity"] for i in listed["OriginationIdentities"]}
    assert identities == {*demo["phone_number_ids"], "DEMOSENDER"}


def test_create_describe_update_delete_pool(client: Any) -> None:
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="PROMOTIONAL", NumberCapabilities=["SMS"], NumberType="TOLL_FREE"
    )
    created = client.create_pool(
        OriginationIdentity=number["PhoneNumberArn"],
        IsoCountryCode="US",
        MessageType="PROMOTIONAL",
        Tags=[{"Key": "k", "Value": "v"}],
    )
    assert created["Status"] == "ACTIVE"
    assert created["Tags"] == [{"Key": "k", "Value": "v"}]
    assert isinstance(created["CreatedTimestamp"], datetime)
    described = client.describe_pools(PoolIds=[created["PoolArn"]])["Pools"]
    assert [p["PoolId"] for p in described] == [created["PoolId"]]
    assert (
        client.describe_phone_numbers(PhoneNumberIds=[number["PhoneNumberId"]])["PhoneNumbers"][0]["PoolId"]
        == created["PoolId"]
    )
    updated = client.update_pool(PoolId=created["PoolId"], TwoWayEnabled=True, SharedRoutesEnabled=True)
    assert updated["TwoWayEnabled"] is True
    assert updated["SharedRoutesEnabled"] is True
    deleted = client.delete_pool(PoolId=created["PoolArn"])
    assert deleted["PoolId"] == created["PoolId"]
    assert deleted["Status"] == "DELETING"
    assert client.describe_pools()["Pools"] == []
    number_after = client.describe_phone_numbers()["PhoneNumbers"][0]
    assert "PoolId" not in number_after


def test_associate_and_disassociate_accept_ids_and_arns(client: Any, demo: dict[str, Any]) -> None:
    result = client.disassociate_origination_identity(
        PoolId=demo["pool_arn"], OriginationIdentity=demo["phone_number_arns"][1], IsoCountryCode="US"
    )
    assert result["PoolId"] == demo["pool_id"]
    assert result["OriginationIdentity"] == demo["phone_number_ids"][1]
    assert result["OriginationIdentityArn"] == demo["phone_number_arns"][1]
    assert result["IsoCountryCode"] == "US"
    again = client.associate_origination_identity(
        PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][1]
    )
    assert again["OriginationIdentityArn"] == demo["phone_number_arns"][1]
    sender = client.disassociate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity="DEMOSENDER")
    assert sender["OriginationIdentityArn"] == demo["sender_id_arn"]
    assert sender["IsoCountryCode"] == "GB"


def test_phone_numbers_request_describe_filter_release(client: Any) -> None:
    first = client.request_phone_number(
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS", "VOICE"],
        NumberType="LONG_CODE",
        DeletionProtectionEnabled=False,
    )
    client.request_phone_number(
        IsoCountryCode="GB", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="LONG_CODE"
    )
    assert re.fullmatch(r"\+1\d{10}", first["PhoneNumber"])
    assert first["Status"] == "ACTIVE"
    voice = client.describe_phone_numbers(Filters=[{"Name": "number-capability", "Values": ["VOICE"]}])
    assert [n["PhoneNumberId"] for n in voice["PhoneNumbers"]] == [first["PhoneNumberId"]]
    gb = client.describe_phone_numbers(
        Filters=[
            {"Name": "iso-country-code", "Values": ["GB"]},
            {"Name": "deletion-protection-enabled", "Values": ["false"]},
        ]
    )
    assert [n["IsoCountryCode"] for n in gb["PhoneNumbers"]] == ["GB"]
    released = client.release_phone_number(PhoneNumberId=first["PhoneNumberArn"])
    assert released["Status"] == "DELETED"
    assert len(client.describe_phone_numbers()["PhoneNumbers"]) == 1


def test_sender_ids_request_describe_release(client: Any) -> None:
    created = client.request_sender_id(SenderId="ACME", IsoCountryCode="DE", MessageTypes=["PROMOTIONAL"])
    assert created["SenderIdArn"].endswith(":sender-id/ACME/DE")
    assert created["Registered"] is False
    found = client.describe_sender_ids(SenderIds=[{"SenderId": created["SenderIdArn"], "IsoCountryCode": "DE"}])
    assert [s["SenderId"] for s in found["SenderIds"]] == ["ACME"]
    by_filter = client.describe_sender_ids(Filters=[{"Name": "message-type", "Values": ["PROMOTIONAL"]}])
    assert len(by_filter["SenderIds"]) == 1
    released = client.release_sender_id(SenderId="ACME", IsoCountryCode="DE")
    assert released["SenderId"] == "ACME"
    assert client.describe_sender_ids()["SenderIds"] == []


def test_describe_pools_filters_and_owner(client: Any, demo: dict[str, Any]) -> None:
    assert client.describe_pools(Filters=[{"Name": "message-type", "Values": ["PROMOTIONAL"]}])["Pools"] == []
    assert len(client.describe_pools(Filters=[{"Name": "status", "Values": ["ACTIVE"]}])["Pools"]) == 1
    assert client.describe_pools(Owner="SHARED")["Pools"] == []


def test_list_pool_origination_identities_filters(client: Any, demo: dict[str, Any]) -> None:
    gb = client.list_pool_origination_identities(
        PoolId=demo["pool_id"], Filters=[{"Name": "iso-country-code", "Values": ["GB"]}]
    )["OriginationIdentities"]
    assert [i["OriginationIdentity"] for i in gb] == ["DEMOSENDER"]
    voice = client.list_pool_origination_identities(
        PoolId=demo["pool_id"], Filters=[{"Name": "number-capability", "Values": ["VOICE"]}]
    )["OriginationIdentities"]
    assert len(voice) == 3


def test_region_and_account_come_from_the_request_and_config(make_client: Any, tmp_path: Any) -> None:
    from local.emulator import EmulatorServer

    with EmulatorServer(tmp_path / "other.sqlite3", account_id="111122223333") as server:
        eu = make_client(url=server.url, region="eu-central-1")
        sender = eu.request_sender_id(SenderId="X1", IsoCountryCode="FR")
        assert sender["SenderIdArn"] == "arn:aws:sms-voice:eu-central-1:111122223333:sender-id/X1/FR"


def test_endpoint_from_environment(monkeypatch: Any, emulator: Any) -> None:
    import boto3

    monkeypatch.setenv("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2", emulator.url)
    env_client = boto3.client("pinpoint-sms-voice-v2", region_name="eu-west-1")
    sender = env_client.request_sender_id(SenderId="ENVSET", IsoCountryCode="IE")
    assert sender["SenderIdArn"].startswith("arn:aws:sms-voice:eu-west-1:123456789012:")


def test_list_pool_origination_identities_carries_each_phone_number(client: Any, demo: dict[str, Any]) -> None:
    # botocore's OriginationIdentityMetadata has PhoneNumber (E.164); a sender ID has none, so the member is absent.
    listed = client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]
    numbers = {i["OriginationIdentity"]: i.get("PhoneNumber") for i in listed}
    assert numbers == {**dict(zip(demo["phone_number_ids"], demo["phone_numbers"], strict=True)), "DEMOSENDER": None}
    assert "PhoneNumber" not in next(i for i in listed if i["OriginationIdentity"] == "DEMOSENDER")
    assert all(re.fullmatch(r"\+1\d{10}", n) for n in demo["phone_numbers"])
