"""The emulator refuses what AWS refuses: no signature, a wrong key or secret, a wrong scope, a skewed date, a token
it did not issue; with AWS's codes, HTTP 400 and texts, as an independent client (the AWS SDK for JavaScript v3)
and raw requests see them.

Sources of the texts (each a recorded AWS answer; see ``local/sigv4.py``): mhart/dynalite ``index.js``, DynamoDB's
answers to each broken ``Authorization`` part (an AWS JSON 1.0 service, as SMS Voice V2); aws/aws-sdk-php#2444 and
aws-azure-login#37 (UnrecognizedClientException, 400); scylladb's alternator tests and an ``eb deploy`` answer
("Signature not yet current: ... is still later than ... (... + 5 min.)").
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from local import sigv4
from local.emulator import EmulatorServer
from local.sigv4 import FUNCTION_KEY
from tests.emulator.conftest import KEY, SIGNING_NAME, ClientFactory, aws_post, run_js

WRONG_KEY = dataclasses.replace(KEY, access_key="AKIANOTALOCALKEY0000")
WRONG_SECRET = dataclasses.replace(KEY, secret_key="not-the-secret")
UNRECOGNIZED = ("UnrecognizedClientException", "The security token included in the request is invalid.", 400)
MISMATCH_START = "The request signature we calculated does not match the signature you provided."


def _error(call: Any) -> tuple[str, str, int]:
    with pytest.raises(ClientError) as caught:
        call()
    error = caught.value.response
    return error["Error"]["Code"], error["Error"]["Message"], error["ResponseMetadata"]["HTTPStatusCode"]


def _signed(url: str, body: bytes, *, region: str = "us-east-1", service: str = SIGNING_NAME) -> dict[str, str]:
    headers = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "PinpointSMSVoiceV2.DescribePools"}
    return sigv4.signed_headers("POST", url + "/", body, headers, service=service, region=region)


def test_the_js_sdk_with_a_wrong_key_secret_or_region_is_refused_as_by_aws(
    node: Path, emulator: EmulatorServer
) -> None:
    assert run_js(node, emulator.url, "us-east-1", KEY, "probe") == {"ok": True}
    wrong_key = run_js(node, emulator.url, "us-east-1", WRONG_KEY, "probe")
    assert (wrong_key["name"], wrong_key["message"], wrong_key["status"]) == UNRECOGNIZED
    wrong_secret = run_js(node, emulator.url, "us-east-1", WRONG_SECRET, "probe")
    assert (wrong_secret["name"], wrong_secret["status"]) == ("InvalidSignatureException", 400)
    assert wrong_secret["message"].startswith(MISMATCH_START)
    nowhere = run_js(node, emulator.url, "xx-nowhere-1", KEY, "probe")
    assert (nowhere["name"], nowhere["status"]) == ("InvalidSignatureException", 400)
    assert nowhere["message"] == "Credential should be scoped to a valid region, not 'xx-nowhere-1'."


def test_a_wrong_key_changes_nothing(make_client: ClientFactory, client: Any, demo: dict[str, Any]) -> None:
    intruder = make_client(key=WRONG_KEY, retries={"total_max_attempts": 1})
    removal = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][0], "IsoCountryCode": "US"}
    assert _error(lambda: intruder.disassociate_origination_identity(**removal)) == UNRECOGNIZED
    listed = client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]
    assert demo["phone_number_ids"][0] in {item["OriginationIdentity"] for item in listed}


def test_an_unsigned_or_bearer_request_is_missing_its_token(emulator: EmulatorServer) -> None:
    missing = ("MissingAuthenticationTokenException", "Request is missing Authentication Token")
    status, body = aws_post(emulator.url, "DescribePools", b"{}", sign=False)
    assert (status, body["__type"], body["message"]) == (400, *missing)
    # DynamoDB answers a header that is not AWS4-* at all the same way (dynalite: auth.slice(0, 5) != 'AWS4-').
    status, body = aws_post(emulator.url, "DescribePools", b"{}", sign=False, headers={"Authorization": "Bearer x"})
    assert (status, body["__type"], body["message"]) == (400, *missing)


def test_an_incomplete_header_names_each_missing_part(emulator: EmulatorServer) -> None:
    header = "AWS4-HMAC-SHA256 Credential=AKIALOCALEXAMPLE0001/20260101/us-east-1/sms-voice/aws4_request"
    status, body = aws_post(emulator.url, "DescribePools", b"{}", sign=False, headers={"Authorization": header})
    assert (status, body["__type"]) == (400, "IncompleteSignatureException")
    assert body["message"] == (
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' "
        "parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
        f"Authorization={header}"
    )


def test_a_signature_for_another_service_names_the_right_one(emulator: EmulatorServer) -> None:
    headers = _signed(emulator.url, b"{}", service="execute-api")
    status, body = aws_post(emulator.url, None, b"{}", sign=False, headers=headers)
    assert (status, body["__type"]) == (400, "InvalidSignatureException")
    assert body["message"] == "Credential should be scoped to correct service: 'sms-voice'."


@pytest.mark.parametrize(("shift", "text"), [(-20, "Signature expired"), (20, "Signature not yet current")])
def test_a_skewed_date_is_refused_with_aws_wording(emulator: EmulatorServer, shift: int, text: str) -> None:
    stamp = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=shift)).strftime("%Y%m%dT%H%M%SZ")
    headers = _signed(emulator.url, b"{}")
    headers = {k: v for k, v in headers.items() if k != "X-Amz-Date"} | {"X-Amz-Date": stamp}
    status, body = aws_post(emulator.url, None, b"{}", sign=False, headers=headers)
    assert (status, body["__type"]) == (400, "InvalidSignatureException")
    relation = "is now earlier than" if shift < 0 else "is still later than"
    sign = "-" if shift < 0 else r"\+"
    assert re.fullmatch(
        rf"{text}: {stamp} {relation} \d{{8}}T\d{{6}}Z \(\d{{8}}T\d{{6}}Z {sign} 15 min\.\)", body["message"]
    )


def test_the_functions_key_needs_the_token_the_local_mode_issued(make_client: ClientFactory) -> None:
    assert make_client(key=FUNCTION_KEY).describe_pools()["Pools"] == []
    tokenless = make_client(key=dataclasses.replace(FUNCTION_KEY, session_token=None))
    assert _error(tokenless.describe_pools) == UNRECOGNIZED
    forged = make_client(key=dataclasses.replace(FUNCTION_KEY, session_token="forged"))
    assert _error(forged.describe_pools) == UNRECOGNIZED
    # A long-term key with any token: AWS knows no such token for it.
    assert _error(make_client(key=dataclasses.replace(KEY, session_token="forged")).describe_pools) == UNRECOGNIZED


def test_a_token_outside_the_signature_is_refused(emulator: EmulatorServer) -> None:
    unsigned = dataclasses.replace(FUNCTION_KEY, session_token=None)
    headers = sigv4.signed_headers(
        "POST",
        emulator.url + "/",
        b"{}",
        {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "PinpointSMSVoiceV2.DescribePools"},
        service=SIGNING_NAME,
        key=unsigned,
    )
    headers["X-Amz-Security-Token"] = str(FUNCTION_KEY.session_token)  # added after signing
    status, body = aws_post(emulator.url, None, b"{}", sign=False, headers=headers)
    assert (status, body["__type"]) == (400, "InvalidSignatureException")


def test_checking_can_be_switched_off(db_path: Path) -> None:
    with EmulatorServer(db_path, port=0, auth=False) as open_server:
        status, body = aws_post(open_server.url, "DescribePools", b"{}", sign=False)
    assert (status, body["Pools"]) == (200, [])


def test_curls_own_signer_is_accepted_and_a_wrong_key_refused(emulator: EmulatorServer) -> None:
    import json
    import subprocess

    def describe(user: str) -> dict[str, Any]:
        args = ["curl", "-s", "--aws-sigv4", f"aws:amz:us-east-1:{SIGNING_NAME}", "--user", user, "-d", "{}"]
        args += [
            "-H",
            "X-Amz-Target: PinpointSMSVoiceV2.DescribePools",
            "-H",
            "Content-Type: application/x-amz-json-1.0",
        ]
        answer: dict[str, Any] = json.loads(
            subprocess.run([*args, emulator.url + "/"], capture_output=True, text=True, timeout=30, check=True).stdout
        )
        return answer

    assert describe(f"{KEY.access_key}:{KEY.secret_key}") == {"Pools": []}
    refused = describe(f"{WRONG_KEY.access_key}:{WRONG_KEY.secret_key}")
    assert (refused["__type"], refused["message"]) == UNRECOGNIZED[:2]
