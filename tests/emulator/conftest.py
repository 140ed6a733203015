"""Fixtures: an emulator per test on a free 127.0.0.1 port (SigV4 checked, as AWS does), boto3 clients signing
with the local mode's key; ``aws_post`` signs raw requests the same way unless told not to."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.config import Config

from local import sigv4
from local.emulator import EmulatorControl, EmulatorServer
from local.emulator.seed import seed_demo
from local.sigv4 import LocalKey
from tests.fixtures import run_json
from tests.synth import ROOT

KEY = sigv4.DEFAULT_KEYS[0]  # the local mode's caller key: the emulator accepts it
SIGNING_NAME = "sms-voice"

_BOTOCORE = botocore.session.get_session()  # shared loader cache keeps client creation fast

ClientFactory = Callable[..., Any]


@pytest.fixture(autouse=True)
def _dummy_aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)  # boto3.client() would reuse credentials it resolved earlier
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY.access_key)  # a client from the environment signs with a local key
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", KEY.secret_key)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "emulator.sqlite3"


@pytest.fixture
def emulator(db_path: Path) -> Iterator[EmulatorServer]:
    server = EmulatorServer(db_path, port=0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_client(emulator: EmulatorServer) -> ClientFactory:
    def factory(url: str | None = None, region: str = "us-east-1", key: LocalKey = KEY, **config: Any) -> Any:
        session = boto3.Session(botocore_session=_BOTOCORE)
        return session.client(
            "pinpoint-sms-voice-v2",
            endpoint_url=url or emulator.url,
            region_name=region,
            aws_access_key_id=key.access_key,
            aws_secret_access_key=key.secret_key,
            aws_session_token=key.session_token,
            config=Config(**config) if config else None,
        )

    return factory


@pytest.fixture
def client(make_client: ClientFactory) -> Any:
    return make_client()


@pytest.fixture
def raw_client(make_client: ClientFactory) -> Any:
    """No client-side validation and no retries: every request reaches the emulator once."""
    return make_client(parameter_validation=False, retries={"total_max_attempts": 1})


@pytest.fixture
def control(emulator: EmulatorServer) -> EmulatorControl:
    return EmulatorControl(emulator.url)


@pytest.fixture
def demo(client: Any) -> dict[str, Any]:
    return seed_demo(client)


def aws_post(
    url: str, operation: str | None, body: bytes, *, sign: bool = True, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    """A raw JSON 1.0 POST (signed with botocore's signer unless ``sign`` is False); (HTTP status, parsed body)."""
    import urllib.error
    import urllib.request

    headers = {"Content-Type": "application/x-amz-json-1.0", **(headers or {})}
    if operation:
        headers["X-Amz-Target"] = operation if "." in operation else f"PinpointSMSVoiceV2.{operation}"
    if sign:
        headers = sigv4.signed_headers("POST", url + "/", body, headers, service=SIGNING_NAME)
    request = urllib.request.Request(url + "/", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.headers["x-amzn-RequestId"]
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        request_id, status, answer = err.headers["x-amzn-RequestId"], err.code, json.loads(err.read())
    assert request_id
    return status, answer


def request_numbers(client: Any, count: int, pool_id: str | None = None) -> list[str]:
    """``count`` new US simulator phone numbers (optionally straight into a pool); their ids."""
    extra = {"PoolId": pool_id} if pool_id else {}
    return [
        client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
            **extra,
        )["PhoneNumberId"]
        for _ in range(count)
    ]


NODE = ROOT / "node_modules" / ".bin" / "node"
SCRIPT = Path(__file__).parent / "js" / "client.mjs"
SDK = ROOT / "node_modules" / "@aws-sdk" / "client-pinpoint-sms-voice-v2"


@pytest.fixture(scope="module")
def node() -> Path:
    if not (NODE.exists() and SDK.exists()):
        pytest.fail("the pinned Node and AWS SDK for JavaScript are missing: run `make node` (npm ci)")
    return NODE


def run_js(node: Path, url: str, region: str, key: LocalKey = KEY, *mode: str) -> dict[str, Any]:
    """What the JS SDK saw, signing with ``key`` (``mode`` "probe": one DescribePools call)."""
    credentials = [key.access_key, key.secret_key, key.session_token or "-"]
    answer: dict[str, Any] = run_json([str(node), str(SCRIPT), url, region, *credentials, *mode])
    return answer
