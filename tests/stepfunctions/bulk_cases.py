"""Pools in the emulator and the bulk workflow's every-outcome list, shared by both engines' tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from bench.load import emulator_client
from local.emulator import EmulatorServer
from tests.stepfunctions.engine import Execution

EVERY_OUTCOME_SUMMARY: Final = {"removed": 2, "not_in_pool": 2, "last_identity_refused": 1, "failed": 2}
Outcome = tuple[str, str, str | None]  # identity as given, Outcome, Code


def make_numbers(emulator: EmulatorServer, size: int) -> list[tuple[str, str]]:
    """``size`` new phone numbers: (PhoneNumberId, E.164 number) each."""
    client = emulator_client(emulator.url)
    answers = [
        client.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
        )
        for _ in range(size)
    ]
    return [(a["PhoneNumberId"], a["PhoneNumber"]) for a in answers]


def make_pool(emulator: EmulatorServer, ids: list[str]) -> str:
    """A new pool holding ``ids``; its PoolId."""
    client = emulator_client(emulator.url)
    pool = client.create_pool(OriginationIdentity=ids[0], IsoCountryCode="US", MessageType="TRANSACTIONAL")["PoolId"]
    for identity in ids[1:]:
        client.associate_origination_identity(PoolId=pool, OriginationIdentity=identity, IsoCountryCode="US")
    return str(pool)


@dataclass(frozen=True)
class Case:
    """A bulk request and what each item's report must be."""

    request: dict[str, Any]
    expected: list[Outcome]
    removed: tuple[str, ...]  # the PhoneNumberIds AWS must have disassociated


def every_outcome(emulator: EmulatorServer) -> Case:
    """A pool of three numbers and a list that gives each per-item outcome (by id and by E.164 number)."""
    (first, _), (second, second_number), (last, _), (elsewhere, _), (_, spare_number) = make_numbers(emulator, 5)
    pool = make_pool(emulator, [first, second, last])
    make_pool(emulator, [elsewhere])  # in another pool
    unknown, invalid = "phone-" + "0" * 32, "not an id!"
    expected: list[Outcome] = [
        (first, "removed", None),
        (second_number, "removed", None),  # an E.164 number, resolved within the pool
        (elsewhere, "not_in_pool", "NotInPoolError"),
        # A number of the account in no pool: resolved to its id once per run, which AWS says is not in the pool.
        (spare_number, "not_in_pool", "NotInPoolError"),
        (unknown, "failed", "ResourceNotFoundError"),  # no such identity is not "not in the pool": maybe a typo
        (invalid, "failed", "InvalidRequestError"),
        (last, "last_identity_refused", "LastIdentityError"),
    ]
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [item for item, _, _ in expected]}
    return Case(request, expected, (first, second))


def outcomes(execution: Execution, request: dict[str, Any]) -> list[Outcome]:
    """Each item's (identity as given, Outcome, Code) from a bulk execution's output, matched by its ``Index``
    (results never repeat what a caller sent: a number would stay in the execution history)."""
    given = request["Identities"]
    return [(given[r["Index"]], r["Outcome"], r.get("Code")) for r in execution.output["Results"]]
