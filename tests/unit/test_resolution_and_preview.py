"""E.164 numbers resolved within the pool, dry runs, and the audit record (AWS answered by ``fake_aws``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, errors, handlers
from sms_pool.constants import LIST_PAGE_SIZE
from tests.fixtures import OK_RESULT, SFN_OK_RESULT, VALID_REQUEST, FakeAws, member, phone_info

NUMBER = "+12065550100"
ID = OK_RESULT["OriginationIdentity"]
OTHER = "phone-00000000000000000000000000000001"
BY_NUMBER = {**VALID_REQUEST, "OriginationIdentity": NUMBER}
EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:Offboard:run-7"


def _http(body: dict[str, Any], context: FakeLambdaContext, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(json.dumps(body), **kwargs), context)
    return response["statusCode"], json.loads(response["body"])


DESCRIBE = "DescribePhoneNumbers"
LIST = "ListPoolOriginationIdentities"
REMOVE = "DisassociateOriginationIdentity"
ELSEWHERE = "pool-ffffffffffffffffffffffffffffffff"


def test_a_number_is_resolved_by_the_index_and_removed_by_its_id(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), phone_info(ID, NUMBER))
    fake_aws.ok()
    status, body = _http(BY_NUMBER, context)
    assert (status, body) == (200, OK_RESULT)  # AWS's answer, nothing added
    assert fake_aws.operations == [DESCRIBE, REMOVE]
    listing, call = fake_aws.calls
    assert listing == {
        "Filters": [{"Name": "iso-country-code", "Values": ["US"]}],
        "MaxResults": LIST_PAGE_SIZE,
        "Owner": "SELF",
    }
    assert call["OriginationIdentity"] == ID and "DryRun" not in call


def test_a_warm_index_costs_no_listing(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER), phone_info(OTHER, "+12065550199"))
    fake_aws.ok()
    fake_aws.ok({"OriginationIdentity": OTHER})
    assert _http(BY_NUMBER, context)[0] == 200
    assert _http({**BY_NUMBER, "OriginationIdentity": "+12065550199"}, context)[0] == 200
    assert fake_aws.operations == [DESCRIBE, REMOVE, REMOVE]
    assert fake_aws.calls[2]["OriginationIdentity"] == OTHER


def test_an_id_costs_no_listing(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    assert _http(VALID_REQUEST, context)[0] == 200
    assert fake_aws.operations == [REMOVE]


def test_resolution_pages_until_the_number_appears_and_paces_the_pages(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.numbers(phone_info("phone-00000000000000000000000000000002", "+12065550198"), next_token="page-3")
    fake_aws.numbers(phone_info(ID, NUMBER), next_token="page-4")  # found: page 4 is never asked for
    fake_aws.ok()
    assert _http(BY_NUMBER, context)[0] == 200
    assert [call.get("NextToken") for call in fake_aws.calls[:3]] == [None, "page-2", "page-3"]
    assert fake_aws.calls[3]["OriginationIdentity"] == ID
    # 1 page/s (+5% slack): the fake sleep returns at once, so the second page's wait counts both intervals.
    assert fake_aws.slept == pytest.approx([1.05, 2.10], abs=0.05)


def test_a_number_of_another_country_is_not_a_match(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER, country="CA"))  # AWS applies the filter; the index checks it too
    fake_aws.numbers()  # numbers shared with the account: none
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    assert fake_aws.calls[1]["Owner"] == "SHARED"


def test_a_number_the_account_lacks_is_a_404_naming_pool_and_masked_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"))
    fake_aws.numbers()
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    assert body["poolId"] == VALID_REQUEST["PoolId"] and body["phoneNumber"] == "+*******0100"
    assert NUMBER not in json.dumps(body) and VALID_REQUEST["PoolId"] in body["detail"]
    assert fake_aws.operations == [DESCRIBE, DESCRIBE]  # the index was complete before: no second build


def test_a_number_in_another_pool_is_the_same_404_after_aws_says_so(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER, pool=ELSEWHERE))
    fake_aws.error("ConflictException", 409, Reason="PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", ResourceType="phone-number")
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL" and body["phoneNumber"] == "+*******0100"
    assert fake_aws.operations == [DESCRIBE, REMOVE]  # AWS has the last word: the index may be older than the pool


def test_a_number_shared_with_the_account_is_removed_by_its_arn(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"))
    shared = phone_info(ID, NUMBER)
    fake_aws.numbers(shared)
    fake_aws.ok()
    assert _http(BY_NUMBER, context)[0] == 200
    assert fake_aws.calls[2]["OriginationIdentity"] == shared["PhoneNumberArn"]  # AWS takes shared ones by ARN


def test_step_functions_gets_its_own_error_type(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers()
    fake_aws.numbers()
    with pytest.raises(errors.PhoneNumberNotInPoolError) as caught:
        handlers.handler({**BY_NUMBER, "IdempotencyKey": EXECUTION}, context)
    assert json.loads(str(caught.value))["code"] == "PHONE_NUMBER_NOT_IN_POOL"


def test_two_identities_of_the_pool_with_the_number_are_a_409_listing_both(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER), phone_info(OTHER, NUMBER))
    status, body = _http(BY_NUMBER, context)
    assert status == 409 and body["code"] == "PHONE_NUMBER_AMBIGUOUS" and body["identities"] == [ID, OTHER]


def test_an_unknown_pool_is_aws_answer(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
    fake_aws.error("ResourceNotFoundException", ResourceType="pool", ResourceId=VALID_REQUEST["PoolId"])
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "RESOURCE_NOT_FOUND" and body["resourceType"] == "pool"
    assert fake_aws.operations == [DESCRIBE, REMOVE]  # a missing pool does not rebuild the index


@pytest.mark.parametrize("number", ["+1 206 555 0100", "(206) 555-0100", "12065550100"])
def test_other_written_forms_keep_the_400_hint(fake_aws: FakeAws, context: FakeLambdaContext, number: str) -> None:
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": number}, context)
    assert status == 400 and "PhoneNumberId" in body["errors"][0]["message"]
    assert fake_aws.calls == []


def test_a_retry_by_number_and_one_by_id_send_the_same_token(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.ok()
    fake_aws.ok()
    headers = {"Content-Type": "application/json", "Idempotency-Key": "offboard-4711"}
    assert _http(BY_NUMBER, context, headers=headers)[0] == 200
    assert _http(VALID_REQUEST, context, headers=headers)[0] == 200
    by_number, by_id = (call["ClientToken"] for call in fake_aws.calls if "ClientToken" in call)
    assert by_number == by_id == core.derive_client_token("offboard-4711", VALID_REQUEST)


def test_dry_run_checks_in_constant_calls_and_changes_nothing(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID))  # MaxResults=2: the pool, and whether it has a second member
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))  # DescribePhoneNumbers of the one id: its pool now
    status, body = _http({**BY_NUMBER, "DryRun": True}, context)
    assert status == 200 and body == {"DryRun": True, "WouldDisassociate": OK_RESULT}
    assert fake_aws.operations == [LIST, DESCRIBE, DESCRIBE, DESCRIBE]  # never DisassociateOriginationIdentity
    assert fake_aws.calls[0] == {"PoolId": VALID_REQUEST["PoolId"], "MaxResults": 2}
    assert fake_aws.calls[3] == {"PhoneNumberIds": [ID]}


def test_dry_run_false_is_the_real_call(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    assert _http({**VALID_REQUEST, "DryRun": False}, context) == (200, OK_RESULT)
    assert "DryRun" not in fake_aws.calls[0]


def test_dry_run_by_id_costs_two_calls_over_step_functions(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID))
    fake_aws.numbers(phone_info(ID, NUMBER))
    result = handlers.handler({**VALID_REQUEST, "DryRun": True, "IdempotencyKey": EXECUTION}, context)
    assert result == {"DryRun": True, "WouldDisassociate": SFN_OK_RESULT}
    assert fake_aws.operations == [LIST, DESCRIBE]


def test_dry_run_of_the_last_identity_is_the_real_409(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    status, body = _http({**BY_NUMBER, "DryRun": True}, context)
    assert status == 409 and body["code"] == "LAST_IDENTITY_IN_POOL" and body["reason"] == "LAST_PHONE_NUMBER"


def test_dry_run_of_an_identity_not_in_the_pool(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member("phone-00000000000000000000000000000002"))
    fake_aws.numbers(phone_info(ID, NUMBER, pool=ELSEWHERE))
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)
    assert status == 409 and body["code"] == "NOT_IN_POOL" and body["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"
    assert body["resourceType"] == "phone-number" and body["resourceId"] == ID
    fake_aws.listing(member(OTHER), member("phone-00000000000000000000000000000002"))
    fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
    fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
    assert _http({**BY_NUMBER, "DryRun": True}, context)[1]["code"] == "PHONE_NUMBER_NOT_IN_POOL"


def test_dry_run_of_an_unknown_id_is_the_real_404(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID))
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="phone-number", ResourceId=ID)
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)
    assert status == 404 and body["code"] == "RESOURCE_NOT_FOUND" and body["resourceType"] == "phone-number"


def test_dry_run_of_a_country_mismatch(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID, country="CA"))
    fake_aws.numbers(phone_info(ID, NUMBER, country="CA"))
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)
    assert status == 400 and body["reason"] == "COUNTRY_CODE_MISMATCH"


@pytest.mark.parametrize("value", ["true", 1, None])
def test_dry_run_must_be_a_boolean(fake_aws: FakeAws, context: FakeLambdaContext, value: object) -> None:
    status, body = _http({**VALID_REQUEST, "DryRun": value}, context)
    assert status == 400 and body["errors"][0]["field"] == "DryRun"


def test_with_resolution_off_numbers_and_previews_are_400s(
    fake_aws: FakeAws, context: FakeLambdaContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from sms_pool import config

    off = dataclasses.replace(config.settings(), resolve_numbers=False)
    monkeypatch.setattr(config, "settings", lambda: off)
    status, body = _http(BY_NUMBER, context)
    assert status == 400 and "resolvePhoneNumbers=false" in body["errors"][0]["message"]
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)
    assert status == 400 and body["errors"][0]["field"] == "DryRun"
    assert fake_aws.calls == []


@pytest.mark.parametrize(("raw", "expected"), [(None, True), ("true", True), ("FALSE", False)])
def test_the_resolution_setting(raw: str | None, expected: bool) -> None:
    from sms_pool import config
    from sms_pool.constants import RESOLVE_NUMBERS_ENV

    env = {"AWS_REGION": "us-east-1", **({RESOLVE_NUMBERS_ENV: raw} if raw else {})}
    assert config.load(env).resolve_numbers is expected
    with pytest.raises(config.ConfigurationError, match=RESOLVE_NUMBERS_ENV):
        config.load({"AWS_REGION": "us-east-1", RESOLVE_NUMBERS_ENV: "yes"})
