"""State survives restarts; ClientToken idempotency; concurrent mutations stay consistent."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import pytest

from local.emulator import EmulatorControl, EmulatorServer
from tests.emulator.conftest import request_numbers


def test_restart_keeps_state(db_path: Path, make_client: Any, emulator: EmulatorServer, demo: dict[str, Any]) -> None:
    make_client().disassociate_origination_identity(
        PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][2]
    )
    emulator.stop()
    with EmulatorServer(db_path, port=0) as again:
        client = make_client(url=again.url)
        pools = client.describe_pools()["Pools"]
        assert [p["PoolId"] for p in pools] == [demo["pool_id"]]
        listed = client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]
        assert len(listed) == 3
        assert len(EmulatorControl(again.url).calls("DisassociateOriginationIdentity")) == 1


def test_same_client_token_same_request_returns_first_result_once(
    client: Any, control: EmulatorControl, demo: dict[str, Any]
) -> None:
    params = {
        "PoolId": demo["pool_id"],
        "OriginationIdentity": demo["phone_number_ids"][1],
        "ClientToken": "tok-1",
    }
    first = client.disassociate_origination_identity(**params)
    second = client.disassociate_origination_identity(**params)
    for key in ("PoolId", "OriginationIdentity", "OriginationIdentityArn", "IsoCountryCode"):
        assert first[key] == second[key]
    calls = control.calls("DisassociateOriginationIdentity")
    assert [c["client_token"] for c in calls] == ["tok-1", "tok-1"]
    assert [c["status"] for c in calls] == [200, 200]
    listed = client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]
    assert len(listed) == 3


def test_same_client_token_different_request_is_rejected(client: Any, demo: dict[str, Any]) -> None:
    client.disassociate_origination_identity(
        PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][1], ClientToken="tok-2"
    )
    with pytest.raises(client.exceptions.ValidationException) as exc:
        client.disassociate_origination_identity(
            PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][2], ClientToken="tok-2"
        )
    assert exc.value.response["Reason"] == "INVALID_PARAMETER"
    assert exc.value.response["Fields"][0]["Name"] == "ClientToken"
    assert len(client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]) == 3


def test_failed_call_does_not_consume_client_token(client: Any) -> None:
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = client.create_pool(OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL")
    second = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    params = {
        "PoolId": pool["PoolId"],
        "OriginationIdentity": number["PhoneNumberId"],
        "ClientToken": "tok-3",
    }
    with pytest.raises(client.exceptions.ConflictException):
        client.disassociate_origination_identity(**params)
    client.associate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberId"])
    assert client.disassociate_origination_identity(**params)["PoolId"] == pool["PoolId"]


def test_request_phone_number_is_idempotent(client: Any) -> None:
    params = {
        "IsoCountryCode": "US",
        "MessageType": "TRANSACTIONAL",
        "NumberCapabilities": ["SMS"],
        "NumberType": "SIMULATOR",
        "ClientToken": "number-1",
    }
    first = client.request_phone_number(**params)
    assert client.request_phone_number(**params)["PhoneNumberId"] == first["PhoneNumberId"]
    assert len(client.describe_phone_numbers()["PhoneNumbers"]) == 1


def test_concurrent_disassociations_of_the_last_two_leave_exactly_one(make_client: Any) -> None:
    client = make_client()
    numbers = request_numbers(client, 2)
    pool_id = client.create_pool(OriginationIdentity=numbers[0], MessageType="TRANSACTIONAL")["PoolId"]
    client.associate_origination_identity(PoolId=pool_id, OriginationIdentity=numbers[1])
    clients = [make_client(retries={"total_max_attempts": 1}) for _ in range(10)]
    outcomes: list[str] = []
    barrier = threading.Barrier(len(clients))

    def worker(i: int) -> None:
        barrier.wait()
        try:
            clients[i].disassociate_origination_identity(PoolId=pool_id, OriginationIdentity=numbers[i % 2])
            outcomes.append("ok")
        except clients[i].exceptions.ClientError as err:
            outcomes.append(err.response["Error"]["Code"])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 1
    assert set(outcomes) <= {"ok", "ConflictException", "ResourceNotFoundException"}
    assert len(client.list_pool_origination_identities(PoolId=pool_id)["OriginationIdentities"]) == 1


def test_concurrent_associate_disassociate_keeps_consistent_state(make_client: Any, control: EmulatorControl) -> None:
    client = make_client()
    numbers = request_numbers(client, 6)
    pool_id = client.create_pool(OriginationIdentity=numbers[0], MessageType="TRANSACTIONAL")["PoolId"]
    clients = [make_client(retries={"total_max_attempts": 1}) for _ in range(8)]
    errors: list[str] = []

    def worker(i: int) -> None:
        rng = random.Random(i)
        for _ in range(15):
            number = rng.choice(numbers)
            op = rng.choice([clients[i].associate_origination_identity, clients[i].disassociate_origination_identity])
            try:
                op(PoolId=pool_id, OriginationIdentity=number)
            except clients[i].exceptions.ClientError as err:
                errors.append(err.response["Error"]["Code"])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(errors) <= {"ConflictException", "ResourceNotFoundException"}
    members = client.list_pool_origination_identities(PoolId=pool_id)["OriginationIdentities"]
    in_pool = {m["OriginationIdentity"] for m in members}
    described = client.describe_phone_numbers()["PhoneNumbers"]
    assert in_pool == {n["PhoneNumberId"] for n in described if n.get("PoolId") == pool_id}
    assert len(in_pool) >= 1

    def ok(name: str) -> int:
        return sum(1 for c in control.calls(name) if c["status"] == 200)

    assert 1 + ok("AssociateOriginationIdentity") - ok("DisassociateOriginationIdentity") == len(in_pool)
