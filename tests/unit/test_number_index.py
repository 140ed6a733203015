"""The number index: stale entries, retries by number after a success, throttled pages, the budget, single flight,
and the bulk workflow's resolution step (AWS answered by ``fake_aws``)."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import aws, core, errors, handlers, index, pacing
from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws, member, phone_info

NUMBER = "+12065550100"
ID = OK_RESULT["OriginationIdentity"]
OLD = "phone-00000000000000000000000000000009"
OTHER = "phone-00000000000000000000000000000001"
BY_NUMBER = {**VALID_REQUEST, "OriginationIdentity": NUMBER}
KEY = {"Content-Type": "application/json", "Idempotency-Key": "offboard-4711"}
DESCRIBE, REMOVE = "DescribePhoneNumbers", "DisassociateOriginationIdentity"


def _http(body: dict[str, Any], context: FakeLambdaContext, headers: dict[str, str] | None = None) -> Any:
    response = handlers.handler(api_gateway_event(json.dumps(body), headers=headers), context)
    return response["statusCode"], response["headers"], json.loads(response["body"])


def test_a_stale_entry_rebuilds_once_and_removes_the_right_identity(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(OLD, NUMBER))  # the number as first listed, since released and bought again
    fake_aws.ok({"OriginationIdentity": OLD})
    assert _http({**BY_NUMBER, "OriginationIdentity": NUMBER}, context)[0] == 200  # the index is now warm
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="phone-number", ResourceId=OLD)
    fake_aws.numbers(phone_info(ID, NUMBER))  # the new build
    fake_aws.ok()
    status, _, body = _http(BY_NUMBER, context)
    assert (status, body) == (200, OK_RESULT)
    assert fake_aws.operations == [DESCRIBE, REMOVE, REMOVE, DESCRIBE, REMOVE]
    assert [call.get("OriginationIdentity") for call in fake_aws.calls[2::2]] == [OLD, ID]


def test_a_stale_entry_that_the_new_build_confirms_is_a_404_without_a_second_removal(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.numbers(phone_info(OLD, NUMBER))
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="phone-number", ResourceId=OLD)
    fake_aws.numbers(phone_info(OLD, NUMBER))  # AWS lists the same id again: never guess another one
    status, _, body = _http(BY_NUMBER, context)
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    assert fake_aws.operations == [DESCRIBE, REMOVE, DESCRIBE]


@pytest.mark.parametrize("cold", [False, True], ids=["warm", "cold"])
def test_a_retry_by_number_after_a_success_reaches_aws_with_the_same_token(
    fake_aws: FakeAws, context: FakeLambdaContext, cold: bool
) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.ok()
    first = _http(BY_NUMBER, context, KEY)
    if cold:
        index.clear()  # a new container: the index is built again, and now lists the number in no pool
        fake_aws.numbers(phone_info(ID, NUMBER, pool=None))
    fake_aws.ok()  # AWS's idempotency record answers the same token with the first answer
    again = _http(BY_NUMBER, context, KEY)
    assert first[0] == again[0] == 200 and first[2] == again[2] == OK_RESULT
    tokens = [call["ClientToken"] for call in fake_aws.calls if "ClientToken" in call]
    assert tokens == [core.derive_client_token("offboard-4711", VALID_REQUEST)] * 2
    assert fake_aws.operations.count(DESCRIBE) == (2 if cold else 1)


def test_a_throttled_page_is_sent_again_not_answered_as_a_429(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), next_token="page-2")
    fake_aws.error("ThrottlingException", 400)
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.ok()
    status, _, body = _http(BY_NUMBER, context)
    assert (status, body) == (200, OK_RESULT)
    assert [call.get("NextToken") for call in fake_aws.calls[:3]] == [None, "page-2", "page-2"]


def test_beyond_the_budget_the_answer_is_index_building_and_a_retry_continues(fake_aws: FakeAws) -> None:
    fake_aws.numbers(phone_info(OTHER, "+12065550199"), next_token="page-2")
    with pytest.raises(errors.IndexBuildingError) as caught:
        core.disassociate(BY_NUMBER, "k", deadline=pacing.Deadline(time.monotonic() + 0.5))  # one page fits
    assert caught.value.extensions == {"indexedNumbers": 1, "retryAfterSeconds": 2}
    assert caught.value.row.retryable and caught.value.row.status == 503
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.ok()
    assert core.disassociate(BY_NUMBER, "k") == OK_RESULT
    assert [call.get("NextToken") for call in fake_aws.calls[:2]] == [None, "page-2"]  # resumed, not restarted


def test_index_building_over_http_says_when_to_retry(fake_aws: FakeAws) -> None:
    short = FakeLambdaContext(timeout_seconds=1)  # less than the removal's own reserve: no page fits
    status, headers, body = _http(BY_NUMBER, short)
    assert (status, body["code"], headers["Retry-After"], body["retryAfterSeconds"]) == (503, "INDEX_BUILDING", "2", 2)
    assert body["indexedNumbers"] == 0 and "retry after 2 s" in body["detail"] and fake_aws.calls == []


def test_a_miss_rebuilds_only_an_index_completed_before_the_request(fake_aws: FakeAws) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.numbers()
    deadline = pacing.default_deadline()
    with pytest.raises(errors.PhoneNumberNotInPoolError):  # built during this request: fresh, no second build
        index.resolve("+12065550111", VALID_REQUEST["PoolId"], "US", deadline)
    with pytest.raises(errors.PhoneNumberNotInPoolError):
        index.resolve("+12065550122", VALID_REQUEST["PoolId"], "US", deadline)
    assert fake_aws.operations == [DESCRIBE, DESCRIBE]
    fake_aws.numbers(phone_info(ID, NUMBER), phone_info(OTHER, "+12065550111"))  # bought since
    fake_aws.numbers()
    later = pacing.default_deadline()
    assert index.resolve("+12065550111", VALID_REQUEST["PoolId"], "US", later).identity == OTHER


def test_concurrent_requests_on_a_cold_container_build_one_index(
    fake_aws: FakeAws, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = aws.paced

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.2)  # the page is in flight while the other requests arrive
        return real(*args, **kwargs)

    monkeypatch.setattr(aws, "paced", slow)
    fake_aws.numbers(*(phone_info(f"phone-{n:032d}", f"+1206555{n:04d}") for n in range(3)))
    found: list[str] = []
    threads = [
        threading.Thread(
            target=lambda n=n: found.append(
                index.resolve(f"+1206555{n:04d}", VALID_REQUEST["PoolId"], "US", pacing.default_deadline()).identity
            )
        )
        for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(found) == [f"phone-{n:032d}" for n in range(3)]
    assert fake_aws.operations == [DESCRIBE]


def test_the_bulk_resolution_step_maps_numbers_once(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER), phone_info(OTHER, "+12065550199", pool="pool-elsewhere"))
    fake_aws.numbers()  # shared: reached because one number is not in the account
    items = [NUMBER, "+12065550199", "+12065550777", ID, "206-555-0100", NUMBER]
    event = {"PoolId": VALID_REQUEST["PoolId"], "IsoCountryCode": "US", "Identities": items}
    assert handlers.handler(event, context) == {"Identities": [ID, OTHER, "+12065550777", ID, "206-555-0100", ID]}
    assert fake_aws.operations == [DESCRIBE, DESCRIBE]  # P/100 calls for the pass, none per item


@pytest.mark.parametrize(
    ("event", "field"),
    [
        ({"PoolId": "pool-1", "IsoCountryCode": "US", "Identities": "+12065550100"}, "Identities"),
        ({"PoolId": "pool-1", "IsoCountryCode": "us", "Identities": []}, "IsoCountryCode"),
        ({"PoolId": "pool-1", "IsoCountryCode": "US", "Identities": [], "Extra": 1}, "Extra"),
    ],
)
def test_the_bulk_resolution_payload_is_validated(
    fake_aws: FakeAws, context: FakeLambdaContext, event: dict[str, Any], field: str
) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        handlers.handler(event, context)
    assert caught.value.errors and caught.value.errors[0]["field"] == field and fake_aws.calls == []


def test_a_dry_run_by_number_refreshes_a_stale_entry_once(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.listing(member(OTHER), member(ID))
    fake_aws.numbers(phone_info(OLD, NUMBER))
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="phone-number", ResourceId=OLD)
    fake_aws.numbers(phone_info(ID, NUMBER))  # the new build
    fake_aws.numbers(phone_info(ID, NUMBER))  # DescribePhoneNumbers of the new id
    status, _, body = _http({**BY_NUMBER, "DryRun": True}, context)
    assert (status, body) == (200, {"DryRun": True, "WouldDisassociate": OK_RESULT})
    assert [call.get("PhoneNumberIds") for call in fake_aws.calls[1:]] == [None, [OLD], None, [ID]]


def test_a_listed_number_does_not_wait_for_a_build_in_progress(fake_aws: FakeAws) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER), next_token="page-2")
    known = index.resolve(NUMBER, VALID_REQUEST["PoolId"], "US", pacing.default_deadline())
    building = index.country_index("US")
    with building.lock:  # another request is paging the build
        again = index.resolve(NUMBER, VALID_REQUEST["PoolId"], "US", pacing.Deadline(time.monotonic()))
    assert again == known and fake_aws.operations == [DESCRIBE]
