"""The request schema the validators and the API model are generated from, member by member."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from sms_pool import models, phone

# (minLength, maxLength) per member; tests/contract checks the AWS members against botocore's model.
LENGTHS = {
    "PoolId": (1, 256),
    "OriginationIdentity": (1, 256),
    "IsoCountryCode": (2, 2),
    "ClientToken": (1, 64),
    "IdempotencyKey": (1, 256),
}


@pytest.mark.parametrize("model", [models.DisassociateRequest, models.StepFunctionsRequest])
def test_every_member_is_a_plain_string_schema_with_its_lengths(model: type[BaseModel]) -> None:
    schema = models.request_schema(model)
    assert schema["required"] == ["PoolId", "OriginationIdentity", "IsoCountryCode"]
    assert schema["additionalProperties"] is False
    for name, member in schema["properties"].items():
        # Optional members keep only their string (DryRun: boolean) branch: no null, no default, no anyOf.
        assert not {"anyOf", "default"} & member.keys(), name
        if name == "DryRun":  # the one non-string member
            assert member["type"] == "boolean" and member["description"], member
            continue
        assert member["type"] == "string", name
        assert not {"anyOf", "default"} & member.keys(), name
        assert member["description"] and member["pattern"].startswith("^"), name
        assert (member["minLength"], member["maxLength"]) == LENGTHS[name], name


def test_identifier_members_share_the_identifier_pattern_and_examples() -> None:
    properties = models.request_schema()["properties"]
    # OriginationIdentity also takes an E.164 number, but never a digits-and-dashes one.
    for name, pattern in (("PoolId", models.IDENTIFIER_PATTERN), ("OriginationIdentity", models.IDENTITY_PATTERN)):
        assert properties[name]["pattern"] == pattern
        assert len(properties[name]["examples"]) == 1
    assert models.IDENTIFIER_PATTERN.strip("^$") in models.IDENTITY_PATTERN
    assert properties["OriginationIdentity"]["not"] == {"pattern": phone.DIGITS_AND_DASHES_NUMBER}
    assert properties["PoolId"]["examples"] != properties["OriginationIdentity"]["examples"]


def test_the_step_functions_key_is_optional_printable_ascii() -> None:
    key = models.request_schema(models.StepFunctionsRequest)["properties"]["IdempotencyKey"]
    assert key == {
        "description": key["description"],
        "maxLength": 256,
        "minLength": 1,
        "pattern": "^[ -~]+$",
        "title": "Idempotencykey",
        "type": "string",
    }
