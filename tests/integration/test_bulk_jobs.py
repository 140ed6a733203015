"""Bulk jobs over HTTP, end to end in the local mode: the synthesized bulk workflow on moto's engine, its S3 in
moto, the real functions, the emulator. Every bad input of issue 26 at submission, and small jobs run through."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from botocore.stub import Stubber

from local.bulk import BUCKET
from local.launcher import LocalProcess
from sms_pool import bulk_store, errors
from sms_pool.constants import BULK_MAX_INLINE_ITEMS, BULK_MAX_OBJECT_BYTES, BULK_ROUTE
from tests.integration.conftest import LocalMode, post, start_local_mode

UNKNOWN = "phone-00000000000000000000000000000000"
ABROAD = "+447700900123"  # a UK number in a US job: not in the pool


@pytest.fixture(scope="module")
def served(cdk_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalProcess, LocalMode]]:
    """A local mode of its own (the bulk jobs' moto endpoint is needed to read results)."""
    process, mode = start_local_mode(cdk_out, tmp_path_factory.mktemp("bulk-jobs"))
    assert process.aws is not None, "the stack deploys the bulk workflow, so the local mode serves it"
    yield process, mode
    process.stop()


@pytest.fixture
def s3(served: tuple[LocalProcess, LocalMode]) -> Any:
    """moto's S3, as the local mode's bulk jobs use it."""
    return boto3.client(
        "s3", endpoint_url=served[0].aws, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y"
    )


def _submit(mode: LocalMode, body: Any, key: str | None = None) -> tuple[int, dict[str, str], Any]:
    return post(mode, body, {"Idempotency-Key": key} if key else None, path=BULK_ROUTE)


def _finished(mode: LocalMode, job: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        status, _, body = post(mode, None, method="GET", path=f"{BULK_ROUTE}/{job}")
        assert status == 200, body
        if body["Status"] != "running":
            return dict(body)
        assert time.monotonic() < deadline, body
        time.sleep(0.5)


def _results(s3: Any, uri: str) -> list[dict[str, Any]]:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return list(json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))


def test_a_job_removes_each_item_once_reports_each_once_and_a_resubmission_is_the_same_job(
    served: tuple[LocalProcess, LocalMode], s3: Any
) -> None:
    mode = served[1]
    demo = mode.seed()
    first, second = demo["phone_number_ids"][:2]
    body = {"PoolId": demo["pool_id"], "IsoCountryCode": "US", "Identities": [first, second, first, UNKNOWN, ABROAD]}
    status, headers, accepted = _submit(mode, body, "offboard-1")
    assert status == 202, accepted
    assert (accepted["Total"], accepted["Duplicates"]) == (4, 1)
    assert accepted["EstimatedSeconds"] >= 4  # items / 1 item per second, the default quota
    assert headers["Location"].endswith(f"{BULK_ROUTE}/{accepted['JobId']}")
    done = _finished(mode, accepted["JobId"])
    assert done["Status"] == "succeeded"
    assert done["Summary"] == {"removed": 2, "not_in_pool": 1, "last_identity_refused": 0, "failed": 1}
    assert done["Progress"]["total"] == 4
    results = _results(s3, done["ResultsS3Uri"])
    summary = json.loads(
        s3.get_object(Bucket=BUCKET, Key=f"jobs/{accepted['JobId']}/summary.json")["Body"].read()
    )  # the summary lands beside the results, under the job's prefix
    assert summary["Summary"] == done["Summary"] and summary["ResultsS3Uri"] == done["ResultsS3Uri"]
    assert [r["Index"] for r in results] == [0, 1, 2, 3]
    assert [r["Outcome"] for r in results] == ["removed", "removed", "failed", "not_in_pool"]
    assert results[2]["Code"] == "ResourceNotFoundError"
    assert results[3]["OriginationIdentity"] != ABROAD and results[3]["OriginationIdentity"].endswith("0123")
    assert {first, second}.isdisjoint(mode.pool_identities(demo["pool_id"]))
    removals = len(mode.control.calls("DisassociateOriginationIdentity"))
    # The same key and list again, after the job ended: the same job, nothing sent to AWS again.
    status, _, again = _submit(mode, body, "offboard-1")
    assert (status, again["JobId"]) == (202, accepted["JobId"])
    assert len(mode.control.calls("DisassociateOriginationIdentity")) == removals
    # The same key with another list: refused, not a second job.
    status, _, refused = _submit(mode, {**body, "Identities": [second]}, "offboard-1")
    assert (status, refused["code"]) == (409, "IDEMPOTENCY_KEY_REUSED")


def test_a_csv_object_with_a_header_is_a_job(served: tuple[LocalProcess, LocalMode], s3: Any) -> None:
    mode = served[1]
    demo = mode.seed()
    # By id: the bulk-jobs function's number index outlives this module's emulator resets (a number's id changes).
    s3.put_object(Bucket=BUCKET, Key="uploads/one.csv", Body=f"OriginationIdentity\n{demo['phone_number_ids'][0]}\n")
    body = {"PoolId": demo["pool_id"], "IsoCountryCode": "US", "IdentitiesS3Uri": f"s3://{BUCKET}/uploads/one.csv"}
    status, _, accepted = _submit(mode, body)
    assert status == 202, accepted
    done = _finished(mode, accepted["JobId"])
    assert done["Summary"]["removed"] == 1
    (result,) = _results(s3, done["ResultsS3Uri"])
    assert result == {"Index": 0, "OriginationIdentity": demo["phone_number_ids"][0], "Outcome": "removed"}


def _objects(s3: Any) -> dict[str, bytes]:
    bodies = {
        "missing.csv": None,
        "large.csv": b"a" * (BULK_MAX_OBJECT_BYTES + 1),
        "bad-line.csv": b"OriginationIdentity\nphone-0a1b2c3d4e5f60718293a4b5c6d7e8f9\n(206) 555-0100\n",
        "latin1.csv": "DEMOSENDER\nSENDÉR\n".encode("latin-1"),
    }
    for name, content in bodies.items():
        if content is not None:
            s3.put_object(Bucket=BUCKET, Key=f"uploads/{name}", Body=content)
    return {name: f"s3://{BUCKET}/uploads/{name}".encode() for name in bodies}


@pytest.mark.parametrize(
    ("change", "status", "code", "detail"),
    [
        ({"PoolId": "pool-00000000000000000000000000000000"}, 404, "RESOURCE_NOT_FOUND", None),
        (
            {"Identities": ["DEMOSENDER"], "IdentitiesS3Uri": f"s3://{BUCKET}/uploads/x.csv"},
            400,
            "INVALID_REQUEST",
            None,
        ),
        ({"Identities": None}, 400, "INVALID_REQUEST", "exactly one"),
        ({"IdentitiesS3Uri": "missing.csv"}, 400, "IDENTITIES_OBJECT_NOT_FOUND", None),
        ({"IdentitiesS3Uri": "large.csv"}, 413, "IDENTITIES_OBJECT_TOO_LARGE", None),
        ({"IdentitiesS3Uri": "bad-line.csv"}, 400, "IDENTITIES_MALFORMED", "item 3"),
        ({"IdentitiesS3Uri": "latin1.csv"}, 400, "IDENTITIES_MALFORMED", "line 2"),
    ],
)
def test_a_bad_submission_is_refused_before_anything_starts(
    served: tuple[LocalProcess, LocalMode],
    s3: Any,
    change: dict[str, Any],
    status: int,
    code: str,
    detail: str | None,
) -> None:
    mode = served[1]
    demo = mode.seed()
    uris = _objects(s3)
    body: dict[str, Any] = {"PoolId": demo["pool_id"], "IsoCountryCode": "US"}
    if "IdentitiesS3Uri" not in change:
        body["Identities"] = ["DEMOSENDER"]
    for name, value in change.items():
        body[name] = uris[value].decode() if isinstance(value, str) and value in uris else value
    if "Identities" in body and body["Identities"] is None:
        body.pop("Identities")
    got, _, problem = _submit(mode, body)
    assert (got, problem["code"]) == (status, code), problem
    if detail:
        assert detail in problem["detail"]
    assert mode.control.calls("DisassociateOriginationIdentity") == []


@pytest.mark.parametrize("identities", [[], ["DEMOSENDER"] * (BULK_MAX_INLINE_ITEMS + 1)])
def test_an_empty_or_oversized_inline_list_is_a_400(
    served: tuple[LocalProcess, LocalMode], identities: list[str]
) -> None:
    mode = served[1]
    demo = mode.seed()
    status, _, problem = _submit(mode, {"PoolId": demo["pool_id"], "IsoCountryCode": "US", "Identities": identities})
    assert (status, problem["errors"][0]["field"]) == (400, "Identities"), problem


@pytest.mark.parametrize("job", ["key-0000000000000000000000000000000000000000", "not%20a%20job"])
def test_an_unknown_job_is_a_404(served: tuple[LocalProcess, LocalMode], job: str) -> None:
    status, _, problem = post(served[1], None, method="GET", path=f"{BULK_ROUTE}/{job}")
    assert (status, problem["code"]) == (404, "JOB_NOT_FOUND")


def test_an_object_the_service_may_not_read_is_a_400_naming_where_to_upload(monkeypatch: pytest.MonkeyPatch) -> None:
    client = boto3.client("s3", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
    stubber = Stubber(client)
    stubber.add_client_error("head_object", "AccessDenied", http_status_code=403)
    monkeypatch.setattr(bulk_store, "s3", lambda: client)
    monkeypatch.setenv("SMS_POOL_BULK_BUCKET", "jobs-bucket")
    with stubber, pytest.raises(errors.ServiceError) as caught:
        bulk_store.read_text("someone-elses", "list.csv")
    assert caught.value.row.code == "IDENTITIES_OBJECT_UNREADABLE"
    assert "s3://jobs-bucket/uploads/" in caught.value.detail
    assert not isinstance(caught.value, ClientError)
