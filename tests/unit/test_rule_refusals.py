"""The field and message, word for word, of the request-rule refusals and of a malformed pool listing."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import config, core, handlers
from tests.fixtures import VALID_REQUEST, FakeAws

NUMBER = "+12065550100"


def _http(body: dict[str, Any], context: FakeLambdaContext) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(json.dumps(body)), context)
    return response["statusCode"], json.loads(response["body"])


def _resolution(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    settings = dataclasses.replace(config.settings(), resolve_numbers=on)
    monkeypatch.setattr(config, "settings", lambda: settings)


@pytest.mark.parametrize(("on", "hint"), [(True, core.PHONE_NUMBER_HINT), (False, core.RESOLUTION_OFF_HINT)])
def test_a_number_that_cannot_be_used_names_the_field_and_the_fix(
    on: bool, hint: str, fake_aws: FakeAws, context: FakeLambdaContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolution(monkeypatch, on)
    # With resolution on, only a number not in E.164 form (here with spaces) is refused; off, any number is.
    identity = "+1 206 555 0100" if on else NUMBER
    status, body = _http({**VALID_REQUEST, "OriginationIdentity": identity}, context)
    assert (status, body["errors"]) == (400, [{"field": "OriginationIdentity", "message": hint}])
    assert fake_aws.calls == []


def test_a_preview_with_resolution_off_names_dry_run_and_the_setting(
    fake_aws: FakeAws, context: FakeLambdaContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolution(monkeypatch, False)
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)
    message = "previews are off in this deployment (resolvePhoneNumbers=false)"
    assert (status, body["errors"]) == (400, [{"field": "DryRun", "message": message}])
    assert fake_aws.calls == []


@pytest.mark.parametrize("missing", ["PoolArn", "PoolId"])
def test_a_pool_listing_without_the_pool_is_an_upstream_error(
    missing: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.listing()
    fake_aws.answers[-1][1].pop(missing)  # type: ignore[index]
    status, body = _http({**VALID_REQUEST, "DryRun": True}, context)  # the dry run lists the pool
    shown = {key: body[key] for key in ("status", "code", "detail")}
    assert (status, shown) == (
        502,
        {"status": 502, "code": "UPSTREAM_ERROR", "detail": "AWS's pool listing lacked PoolArn or PoolId"},
    )
    assert fake_aws.operations == ["ListPoolOriginationIdentities"]
