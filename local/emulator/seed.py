"""Demo data through a boto3 client: one pool holding three phone numbers and one sender ID."""

from __future__ import annotations

from typing import Any


def seed_demo(
    client: Any,
    iso_country_code: str = "US",
    sender_id: str = "DEMOSENDER",
    sender_country_code: str = "GB",
    message_type: str = "TRANSACTIONAL",
) -> dict[str, Any]:
    """Create the demo resources; returns their ids and ARNs.

    ``client`` is a ``boto3.client(SERVICE_NAME, endpoint_url=...)`` (``sms_pool.constants``). Returns
    ``{"pool_id", "pool_arn", "phone_number_ids", "phone_number_arns", "phone_numbers",
    "sender_id", "sender_id_arn", "sender_id_country"}``.
    """
    numbers = [
        client.request_phone_number(
            IsoCountryCode=iso_country_code,
            MessageType=message_type,
            NumberCapabilities=["SMS", "VOICE"],
            NumberType="SIMULATOR",
        )
        for _ in range(3)
    ]
    pool = client.create_pool(
        OriginationIdentity=numbers[0]["PhoneNumberId"],
        IsoCountryCode=iso_country_code,
        MessageType=message_type,
        Tags=[{"Key": "purpose", "Value": "local-demo"}],
    )
    for number in numbers[1:]:
        client.associate_origination_identity(
            PoolId=pool["PoolId"],
            OriginationIdentity=number["PhoneNumberId"],
            IsoCountryCode=iso_country_code,
        )
    sender = client.request_sender_id(
        SenderId=sender_id, IsoCountryCode=sender_country_code, MessageTypes=[message_type]
    )
    client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=sender["SenderIdArn"], IsoCountryCode=sender_country_code
    )
    return {
        "pool_id": pool["PoolId"],
        "pool_arn": pool["PoolArn"],
        "phone_number_ids": [n["PhoneNumberId"] for n in numbers],
        "phone_number_arns": [n["PhoneNumberArn"] for n in numbers],
        "phone_numbers": [n["PhoneNumber"] for n in numbers],
        "sender_id": sender["SenderId"],
        "sender_id_arn": sender["SenderIdArn"],
        "sender_id_country": sender["IsoCountryCode"],
    }
