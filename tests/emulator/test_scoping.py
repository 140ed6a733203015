"""Resources are kept per account and region, as AWS keeps them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.emulator.conftest import ClientFactory, request_numbers


def test_a_number_of_one_region_is_not_seen_in_another(make_client: ClientFactory, demo: dict[str, Any]) -> None:
    ireland = make_client(region="eu-west-1")
    number = request_numbers(ireland, 1)[0]
    virginia = make_client(region="us-east-1")
    assert number not in {n["PhoneNumberId"] for n in virginia.describe_phone_numbers()["PhoneNumbers"]}
    assert [n["PhoneNumberId"] for n in ireland.describe_phone_numbers()["PhoneNumbers"]] == [number]
    assert ireland.describe_phone_numbers()["PhoneNumbers"][0]["PhoneNumberArn"].startswith(
        "arn:aws:sms-voice:eu-west-1:"
    )
    with pytest.raises(virginia.exceptions.ResourceNotFoundException):
        virginia.associate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=number, IsoCountryCode="US")


def test_a_client_in_another_region_lists_no_pools(make_client: ClientFactory, demo: dict[str, Any]) -> None:
    sydney = make_client(region="ap-southeast-2")
    assert sydney.describe_pools()["Pools"] == []
    with pytest.raises(sydney.exceptions.ResourceNotFoundException) as exc:
        sydney.describe_pools(PoolIds=[demo["pool_id"]])
    assert exc.value.response["ResourceType"] == "pool"


@pytest.mark.parametrize(
    ("region", "account"), [("eu-west-1", "123456789012"), ("us-east-1", "999999999999")], ids=["region", "account"]
)
def test_an_arn_of_another_region_or_account_is_not_found(
    client: Any, demo: dict[str, Any], region: str, account: str
) -> None:
    pool_arn = f"arn:aws:sms-voice:{region}:{account}:pool/{demo['pool_id']}"
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.list_pool_origination_identities(PoolId=pool_arn)
    assert exc.value.response["ResourceId"] == pool_arn
    phone_arn = f"arn:aws:sms-voice:{region}:{account}:phone-number/{demo['phone_number_ids'][0]}"
    with pytest.raises(client.exceptions.ResourceNotFoundException) as exc:
        client.disassociate_origination_identity(PoolId=demo["pool_id"], OriginationIdentity=phone_arn)
    assert exc.value.response["ResourceType"] == "phone-number"


def test_client_tokens_are_per_region(make_client: ClientFactory) -> None:
    token = "same-token-in-two-regions"
    created = [
        make_client(region=region).request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
            ClientToken=token,
        )["PhoneNumberId"]
        for region in ("us-east-1", "eu-west-1")
    ]
    assert created[0] != created[1]
