"""Wire compatibility beyond botocore: the AWS SDK for JavaScript v3 (pinned in package.json) against the emulator."""

from __future__ import annotations

from pathlib import Path

from local.emulator import EmulatorServer
from tests.emulator.conftest import ClientFactory, run_js


def test_the_js_sdk_round_trips(node: Path, emulator: EmulatorServer, make_client: ClientFactory) -> None:
    seen = run_js(node, emulator.url, "eu-west-1")
    assert seen["poolArn"].startswith("arn:aws:sms-voice:eu-west-1:123456789012:pool/")  # region from its signature
    assert seen["created"] is True  # epoch-seconds timestamps parse as Date
    assert len(seen["members"]) == 1 and seen["removed"] not in seen["members"]
    assert [len(page) for page in seen["pages"]] == [1, 1, 1]  # NextToken round-trips through another client
    assert seen["notInPool"]["name"] == "ConflictException"
    assert seen["notInPool"]["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"
    assert seen["lastOne"]["name"] == "ConflictException" and seen["lastOne"]["reason"] == "LAST_PHONE_NUMBER"
    no_pool = seen["noPool"]
    assert (no_pool["name"], no_pool["status"], no_pool["resourceType"], no_pool["fault"]) == (
        "ResourceNotFoundException",
        400,
        "pool",
        "client",
    )
    assert seen["noPool"]["requestId"]  # x-amzn-RequestId is read by the SDK
    assert seen["invalid"]["name"] == "ValidationException" and seen["invalid"]["reason"] == "INVALID_FILTER_VALUES"
    # What the JS client did is what boto3 sees in that region, and nothing leaked into us-east-1.
    ireland = make_client(region="eu-west-1")
    assert [
        m["OriginationIdentity"]
        for m in ireland.list_pool_origination_identities(PoolId=seen["poolId"])["OriginationIdentities"]
    ] == seen["members"]
    assert make_client(region="us-east-1").describe_pools()["Pools"] == []
