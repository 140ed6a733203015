"""The commands `make run` prints run as printed: the route on the stage path, and the direct invoke wherever the
emulator listens (``SMS_EMULATOR_PORT`` or the printed ``--endpoint``)."""

from __future__ import annotations

import json
import os
import sys
from urllib.parse import urlsplit

from local import banner
from sms_pool.phone import mask
from tests.fixtures import run_json
from tests.integration.conftest import LocalMode


def _banner(mode: LocalMode) -> tuple[str, dict[str, object]]:
    demo = mode.seed()
    sign, lines = banner.signing(True, "us-east-1")
    return banner.render(mode.api, mode.emulator, demo, sign, tuple(lines)), demo


def test_the_banner_prints_the_deployed_shaped_url(local_mode: LocalMode) -> None:
    text, _ = _banner(local_mode)
    api_line = next(line for line in text.splitlines() if line.startswith("Local API:"))
    port = urlsplit(local_mode.api).port
    assert f"http://127.0.0.1:{port}/v1/disassociate-origination-identity" in api_line.split()


def test_the_printed_invoke_reaches_an_emulator_on_another_port(local_mode: LocalMode) -> None:
    text, demo = _banner(local_mode)  # the emulator is on a free port, not 4580
    command = next(line for line in text.splitlines() if "local.cli invoke -" in line)
    env = {k: v for k, v in os.environ.items() if k not in {"SMS_EMULATOR_URL", "SMS_EMULATOR_PORT"}}
    answer = run_json(["bash", "-c", command], env=env)  # what Step Functions gets: masked as the logs are
    assert answer["OriginationIdentityArn"] == mask(str(demo["sender_id_arn"]))


def test_invoke_finds_the_emulator_on_sms_emulator_port(local_mode: LocalMode) -> None:
    demo = local_mode.seed()
    payload = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][0], "IsoCountryCode": "US"}
    env = {k: v for k, v in os.environ.items() if k != "SMS_EMULATOR_URL"}
    env["SMS_EMULATOR_PORT"] = str(urlsplit(local_mode.emulator).port)
    answer = run_json([sys.executable, "-m", "local.cli", "invoke", "-"], env=env, stdin=json.dumps(payload))
    assert answer["OriginationIdentity"] == demo["phone_number_ids"][0]


def test_the_local_modes_log_is_the_users_alone(local_mode: LocalMode) -> None:
    import stat

    assert stat.S_IMODE(local_mode.log_path.stat().st_mode) == 0o600  # it holds requests (ids, masked numbers)
