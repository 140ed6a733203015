"""What a caller reads from number resolution and the dry run: detail texts, members, which id is chosen, pages.

Each test pins what a caller reads (the problem body's detail, members and field errors), so a changed word,
member or branch in ``core._by_id``, ``core._by_number``, ``core.preview`` or ``aws.list_pool_identities`` fails.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, errors, handlers, pacing
from sms_pool.core import PHONE_NUMBER_HINT
from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws, member, phone_info

POOL = OK_RESULT["PoolId"]
NUMBER = "+12065550100"
MASKED = "+*******0100"
ID = OK_RESULT["OriginationIdentity"]
OTHER = "phone-00000000000000000000000000000001"
THIRD = "phone-00000000000000000000000000000002"
SENDER = "MySender"
ACCOUNT_ARN = "arn:aws:sms-voice:us-east-1:123456789012"


def _http(body: dict[str, Any], context: FakeLambdaContext) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(json.dumps(body)), context)
    return response["statusCode"], json.loads(response["body"])


def _dry(identity: str) -> dict[str, Any]:
    return {**VALID_REQUEST, "OriginationIdentity": identity, "DryRun": True}


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


def test_a_number_two_identities_share_is_ambiguous_with_exact_members(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER), phone_info(OTHER, "+12065550199"), phone_info(THIRD, NUMBER))
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": NUMBER}, context)
    assert status == 409 and body["code"] == "PHONE_NUMBER_AMBIGUOUS"
    assert body["detail"] == f"2 identities of pool {POOL} have the phone number {MASKED}; pass one's id"
    assert (body["poolId"], body["phoneNumber"], body["identities"]) == (POOL, MASKED, [ID, THIRD])
    assert fake_aws.operations == ["DescribePhoneNumbers"]  # nothing removed


def test_an_id_listed_for_another_country_is_a_country_mismatch_naming_that_country(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(ID, NUMBER, country="CA"), member(OTHER, "+12065550199"))
    fake_aws.numbers(phone_info(ID, NUMBER, country="CA"))
    status, body = _http(_dry(ID), context)
    assert status == 400 and body["reason"] == "COUNTRY_CODE_MISMATCH"
    assert body["detail"] == "AWS rejected the request as invalid: COUNTRY_CODE_MISMATCH"
    assert body["errors"] == [{"field": "IsoCountryCode", "message": "the identity's country is CA"}]


def test_the_arn_of_an_identity_is_matched_as_its_id(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    status, body = _http(_dry(OK_RESULT["OriginationIdentityArn"]), context)
    assert (status, body) == (200, {"DryRun": True, "WouldDisassociate": OK_RESULT})


def test_a_phone_number_id_not_in_the_pool_is_named_as_a_phone_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(THIRD, "+12065550198"))
    fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
    status, body = _http(_dry(ID), context)
    assert status == 409 and body["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"
    assert body["detail"] == f"phone-number {ID} is not in pool {POOL}"
    assert (body["resourceType"], body["resourceId"]) == ("phone-number", ID)


def test_a_phone_number_arn_not_in_the_pool_is_named_as_a_phone_number(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    arn = f"{ACCOUNT_ARN}:phone-number/{ID}"
    fake_aws.listing(member(OTHER, "+12065550199"), member(THIRD, "+12065550198"))
    fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
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
    fake_aws.numbers(phone_info(ID, NUMBER))
    status, body = _http(_dry(ID), context)
    assert status == 409 and body["reason"] == "LAST_PHONE_NUMBER"
    assert body["detail"] == f"{ID} is the last origination identity of pool {POOL}; a pool keeps one"
    assert (body["resourceType"], body["resourceId"]) == ("pool", POOL)


def test_a_dry_run_by_number_without_an_audit_record_answers_the_resolved_identity(fake_aws: FakeAws) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), member(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    answer = core.disassociate(_dry(NUMBER))  # no attempt: a caller of the core without the audit trail
    assert answer == {"DryRun": True, "WouldDisassociate": OK_RESULT}


def test_a_listing_page_without_identities_counts_as_empty(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    # AWS may leave an empty list member out of a page; botocore then parses no key at all.
    fake_aws.listing(member(ID, NUMBER))
    fake_aws.answers.append((200, {"NextToken": "page-2"}))  # DescribePhoneNumbers: no PhoneNumbers member
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), phone_info(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    status, body = _http(_dry(NUMBER), context)
    assert status == 409 and body["reason"] == "LAST_PHONE_NUMBER"
    assert [call.get("NextToken") for call in fake_aws.calls[1:3]] == [None, "page-2"]


def test_a_sender_id_of_the_pool_is_found_on_a_later_page(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    sender = member(SENDER)
    fake_aws.listing(member(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.answers.append((200, {"PoolArn": OK_RESULT["PoolArn"], "PoolId": POOL, "NextToken": "page-3"}))
    fake_aws.listing(sender)
    status, body = _http(_dry(SENDER), context)
    assert status == 200 and body["WouldDisassociate"]["OriginationIdentityArn"] == sender["OriginationIdentityArn"]
    assert [call.get("NextToken") for call in fake_aws.calls] == [None, "page-2", "page-3"]


def test_a_sender_id_dry_run_beyond_the_budget_is_its_own_final_answer(fake_aws: FakeAws) -> None:
    fake_aws.listing(member(OTHER, "+12065550199"), next_token="page-2")
    deadline = pacing.Deadline(time.monotonic() + 0.5)  # room for one page at 1 page/s, not two
    with pytest.raises(errors.DryRunOverBudgetError) as caught:
        core.disassociate(_dry(SENDER), deadline=deadline)
    assert caught.value.detail.startswith(f"checked 1 members of pool {POOL} without reaching sender ID {SENDER}")
    assert not caught.value.row.retryable and caught.value.row.status == 422
