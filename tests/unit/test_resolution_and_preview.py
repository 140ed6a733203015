"""E.164 numbers resolved within the pool and dry runs (previews): what AWS is asked, and what a caller reads.

AWS is answered by ``fake_aws``. The problem answers are pinned word for word (detail, members, field errors), as a
caller reads them, so a changed word, member or branch in ``core`` or ``aws.list_pool_identities`` fails.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, errors, handlers
from sms_pool.constants import LIST_PAGE_SIZE
from sms_pool.core import PHONE_NUMBER_HINT
from tests.fixtures import OK_RESULT, SFN_OK_RESULT, VALID_REQUEST, FakeAws, member

POOL = OK_RESULT["PoolId"]
NUMBER = "+12065550100"
MASKED = "+*******0100"
ID = OK_RESULT["OriginationIdentity"]
OTHER = "phone-00000000000000000000000000000001"
THIRD = "phone-00000000000000000000000000000002"
SENDER = "MySender"
ACCOUNT_ARN = "arn:aws:sms-voice:us-east-1:123456789012"
BY_NUMBER = {**VALID_REQUEST, "OriginationIdentity": NUMBER}
EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:Offboard:run-7"


def _http(body: dict[str, Any], context: FakeLambdaContext, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(json.dumps(body), **kwargs), context)
    return response["statusCode"], json.loads(response["body"])


def _dry(identity: str) -> dict[str, Any]:
    return {**VALID_REQUEST, "OriginationIdentity": identity, "DryRun": True}


def test_a_number_is_resolved_within_the_pool_and_removed_by_its_id(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    fake_aws.ok()
    status, body = _http(BY_NUMBER, context)
    assert (status, body) == (200, OK_RESULT)  # AWS's answer, nothing added
    assert fake_aws.operations == ["ListPoolOriginationIdentities", "DisassociateOriginationIdentity"]
    listing, call = fake_aws.calls
    assert listing["PoolId"] == VALID_REQUEST["PoolId"] and listing["MaxResults"] == LIST_PAGE_SIZE
    assert listing["Filters"] == [{"Name": "iso-country-code", "Values": ["US"]}]
    assert call["OriginationIdentity"] == ID and "DryRun" not in call


def test_an_id_costs_no_listing(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    assert _http(VALID_REQUEST, context)[0] == 200
    assert fake_aws.operations == ["DisassociateOriginationIdentity"]


def test_resolution_follows_every_page(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.listing(member("phone-00000000000000000000000000000002", "+12065550198"), next_token="page-3")
    fake_aws.listing(member(ID, NUMBER))
    fake_aws.ok()
    assert _http(BY_NUMBER, context)[0] == 200
    assert [call.get("NextToken") for call in fake_aws.calls[:3]] == [None, "page-2", "page-3"]
    assert fake_aws.calls[3]["OriginationIdentity"] == ID


def test_a_number_of_another_country_is_not_a_match(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(ID, NUMBER, country="CA"))  # AWS applies the filter; the service checks it too
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL"


def test_a_number_not_in_the_pool_is_a_404_naming_pool_and_masked_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"))
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    assert body["poolId"] == VALID_REQUEST["PoolId"] and body["phoneNumber"] == "+*******0100"
    assert NUMBER not in json.dumps(body) and VALID_REQUEST["PoolId"] in body["detail"]
    assert fake_aws.operations == ["ListPoolOriginationIdentities"]


def test_step_functions_gets_its_own_error_type(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing()
    with pytest.raises(errors.PhoneNumberNotInPoolError) as caught:
        handlers.handler({**BY_NUMBER, "IdempotencyKey": EXECUTION}, context)
    assert json.loads(str(caught.value))["code"] == "PHONE_NUMBER_NOT_IN_POOL"


def test_an_unknown_pool_is_aws_answer(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.error("ResourceNotFoundException", ResourceType="pool", ResourceId=VALID_REQUEST["PoolId"])
    status, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "RESOURCE_NOT_FOUND" and body["resourceType"] == "pool"


@pytest.mark.parametrize("number", ["+1 206 555 0100", "(206) 555-0100", "12065550100"])
def test_other_written_forms_keep_the_400_hint(fake_aws: FakeAws, context: FakeLambdaContext, number: str) -> None:
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": number}, context)
    assert status == 400 and "PhoneNumberId" in body["errors"][0]["message"]
    assert fake_aws.calls == []


def test_a_retry_by_number_and_one_by_id_send_the_same_token(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(ID, NUMBER))
    fake_aws.ok()
    fake_aws.ok()
    headers = {"Content-Type": "application/json", "Idempotency-Key": "offboard-4711"}
    assert _http(BY_NUMBER, context, headers=headers)[0] == 200
    assert _http(VALID_REQUEST, context, headers=headers)[0] == 200
    by_number, by_id = (call["ClientToken"] for call in fake_aws.calls if "ClientToken" in call)
    assert by_number == by_id == core.derive_client_token("offboard-4711", VALID_REQUEST)


def test_dry_run_checks_and_changes_nothing(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.listing(member(ID, NUMBER))
    status, body = _http({**BY_NUMBER, "DryRun": True}, context)
    assert status == 200 and body == {"DryRun": True, "WouldDisassociate": OK_RESULT}
    assert fake_aws.operations == ["ListPoolOriginationIdentities"] * 2  # never DisassociateOriginationIdentity
    assert "Filters" not in fake_aws.calls[0]  # the whole pool: the not-last rule counts every member


def test_dry_run_false_is_the_real_call(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    assert _http({**VALID_REQUEST, "DryRun": False}, context) == (200, OK_RESULT)
    assert "DryRun" not in fake_aws.calls[0]


def test_dry_run_over_step_functions(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID))
    result = handlers.handler({**VALID_REQUEST, "DryRun": True, "IdempotencyKey": EXECUTION}, context)
    assert result == {"DryRun": True, "WouldDisassociate": SFN_OK_RESULT}


def test_a_dry_run_by_a_number_not_in_the_pool_is_the_404(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER))
    assert _http({**BY_NUMBER, "DryRun": True}, context)[1]["code"] == "PHONE_NUMBER_NOT_IN_POOL"


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


def test_a_number_not_in_e164_form_gets_the_e164_hint(context: FakeLambdaContext) -> None:
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": "2065550100"}, context)
    assert status == 400
    assert body["detail"] == f"OriginationIdentity: {PHONE_NUMBER_HINT}"
    assert body["errors"] == [{"field": "OriginationIdentity", "message": PHONE_NUMBER_HINT}]


@pytest.mark.parametrize("identity", ["2065550100", "+1 206-555-0100", "(206) 555-0100"])
def test_the_core_rule_gives_the_e164_hint_on_its_own(identity: str) -> None:
    # The adapters' schema refuses these first; the core keeps the rule for any caller of ``disassociate`` (the
    # core knows nothing of HTTP), and a deployment that resolves numbers points to E.164, not to ids only.
    with pytest.raises(errors.InvalidRequestError) as caught:
        core.check_rules({**VALID_REQUEST, "OriginationIdentity": identity})  # type: ignore[typeddict-item]
    assert caught.value.detail == f"OriginationIdentity: {PHONE_NUMBER_HINT}"
    assert caught.value.errors == [{"field": "OriginationIdentity", "message": PHONE_NUMBER_HINT}]


def test_a_number_two_identities_share_is_ambiguous_listing_both_ids(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(ID, NUMBER), member(OTHER, "+12065550199"), member(THIRD, NUMBER))
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": NUMBER}, context)
    assert status == 409 and body["code"] == "PHONE_NUMBER_AMBIGUOUS"
    assert body["detail"] == f"2 identities of pool {POOL} have the phone number {MASKED}; pass one's id"
    assert (body["poolId"], body["phoneNumber"], body["identities"]) == (POOL, MASKED, [ID, THIRD])
    assert fake_aws.operations == ["ListPoolOriginationIdentities"]  # nothing removed


def test_an_id_listed_for_another_country_is_a_country_mismatch_naming_that_country(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(ID, NUMBER, country="CA"), member(OTHER, "+12065550199"))
    status, body = _http(_dry(ID), context)
    assert status == 400 and body["reason"] == "COUNTRY_CODE_MISMATCH"
    assert body["detail"] == "AWS rejected the request as invalid: COUNTRY_CODE_MISMATCH"
    assert body["errors"] == [{"field": "IsoCountryCode", "message": "the identity's country is CA"}]


def test_the_arn_of_an_identity_is_matched_as_its_id(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    status, body = _http(_dry(OK_RESULT["OriginationIdentityArn"]), context)
    assert (status, body) == (200, {"DryRun": True, "WouldDisassociate": OK_RESULT})


def test_a_phone_number_id_not_in_the_pool_is_named_as_a_phone_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(THIRD, "+12065550198"))
    status, body = _http(_dry(ID), context)
    assert status == 409 and body["code"] == "NOT_IN_POOL" and body["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"
    assert body["detail"] == f"phone-number {ID} is not in pool {POOL}"
    assert (body["resourceType"], body["resourceId"]) == ("phone-number", ID)


def test_a_phone_number_arn_not_in_the_pool_is_named_as_a_phone_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    arn = f"{ACCOUNT_ARN}:phone-number/{ID}"
    fake_aws.listing(member(OTHER, "+12065550199"), member(THIRD, "+12065550198"))
    status, body = _http(_dry(arn), context)
    assert status == 409 and body["detail"] == f"phone-number {arn} is not in pool {POOL}"
    assert (body["resourceType"], body["resourceId"]) == ("phone-number", arn)


def test_a_sender_id_not_in_the_pool_is_named_as_a_sender_id(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(THIRD, "+12065550198"))
    status, body = _http(_dry(SENDER), context)
    assert status == 409 and body["detail"] == f"sender-id {SENDER} is not in pool {POOL}"
    assert (body["resourceType"], body["resourceId"]) == ("sender-id", SENDER)


def test_the_last_identity_of_a_pool_is_refused_naming_it_and_the_pool(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(ID, NUMBER))
    status, body = _http(_dry(NUMBER), context)  # the number resolved, then the not-last rule
    assert status == 409 and body["code"] == "LAST_IDENTITY_IN_POOL" and body["reason"] == "LAST_PHONE_NUMBER"
    assert body["detail"] == f"{ID} is the last origination identity of pool {POOL}; a pool keeps one"
    assert (body["resourceType"], body["resourceId"]) == ("pool", POOL)


def test_a_dry_run_by_number_without_an_audit_record_answers_the_resolved_identity(fake_aws: FakeAws) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    answer = core.disassociate(_dry(NUMBER))  # no attempt: a caller of the core without the audit trail
    assert answer == {"DryRun": True, "WouldDisassociate": OK_RESULT}


def test_a_listing_page_without_identities_counts_as_empty(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    # AWS may leave an empty list member out of a page; botocore then parses no key at all.
    fake_aws.answers.append((200, {"PoolArn": OK_RESULT["PoolArn"], "PoolId": POOL, "NextToken": "page-2"}))
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    status, body = _http(_dry(NUMBER), context)
    assert (status, body) == (200, {"DryRun": True, "WouldDisassociate": OK_RESULT})
    assert [call.get("NextToken") for call in fake_aws.calls] == [None, "page-2"]
