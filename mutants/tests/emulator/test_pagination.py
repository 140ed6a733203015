"""boto3's paginators walk every page the emulator hands out."""

from __future__ import annotations

from typing import Any

from tests.emulator.conftest import request_numbers


def test_describe_phone_numbers_pages(client: Any) -> None:
    ids = request_numbers(client, 7)
    pages = list(client.get_paginator("describe_phone_numbers").paginate(PaginationConfig={"PageSize": 3}))
    assert [len(p["PhoneNumbers"]) for p in pages] == [3, 3, 1]
    assert [n["PhoneNumberId"] for p in pages for n in p["PhoneNumbers"]] == ids
    assert "NextToken" not in pages[-1]


def test_list_pool_origination_identities_pages(client: Any, demo: dict[str, Any]) -> None:
    extra = request_numbers(client, 4, pool_id=demo["pool_id"])
    paginator = client.get_paginator("list_pool_origination_identities")
    result = paginator.paginate(PoolId=demo["pool_id"], PaginationConfig={"PageSize": 2}).build_full_result()
    identities = [i["OriginationIdentity"] for i in result["OriginationIdentities"]]
    assert identities == [*demo["phone_number_ids"], "DEMOSENDER", *extra]
    assert result["PoolId"] == demo["pool_id"]


def test_describe_pools_and_sender_ids_pages(client: Any) -> None:
    numbers = request_numbers(client, 5)
    pools = [client.create_pool(OriginationIdentity=n, MessageType="TRANSACTIONAL")["PoolId"] for n in numbers]
    for i in range(5):
        client.request_sender_id(SenderId=f"S{i}", IsoCountryCode="GB")
    found = (
        client.get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 2}).build_full_result()["Pools"]
    )
    assert [p["PoolId"] for p in found] == pools
    senders = (
        client.get_paginator("describe_sender_ids")
        .paginate(PaginationConfig={"PageSize": 4})
        .build_full_result()["SenderIds"]
    )
    assert [s["SenderId"] for s in senders] == [f"S{i}" for i in range(5)]


def test_filters_apply_before_paging(client: Any) -> None:
    request_numbers(client, 3)
    client.request_phone_number(
        IsoCountryCode="GB", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pages = list(
        client.get_paginator("describe_phone_numbers").paginate(
            Filters=[{"Name": "iso-country-code", "Values": ["US"]}], PaginationConfig={"PageSize": 2}
        )
    )
    assert [len(p["PhoneNumbers"]) for p in pages] == [2, 1]
