"""API Gateway's account CloudWatch role: set only when unset, never overwritten, left alone on delete."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import boto3
import pytest

from infra import apigw_account_handler as handler_module
from infra.account_logging import HANDLER_SOURCE
from infra.audit_log import FORWARDER_SOURCE
from infra.inline_function import INLINE_LIMIT
from tests.infra.support import as_list, render
from tests.synth import Synth

ROLE = "arn:aws:iam::111122223333:role/ours"


class _BadRequestError(Exception):
    pass


class FakeApiGateway:
    """GetAccount/UpdateAccount with a given current role; fails UpdateAccount ``refusals`` times first."""

    class exceptions:  # noqa: N801 - mirrors boto3's client.exceptions
        BadRequestException = _BadRequestError

    def __init__(self, current: str | None, refusals: int = 0) -> None:
        self.current = current
        self.refusals = refusals
        self.updates: list[list[dict[str, str]]] = []

    def get_account(self) -> dict[str, Any]:
        return {"cloudwatchRoleArn": self.current} if self.current else {}

    def update_account(self, patchOperations: list[dict[str, str]]) -> dict[str, Any]:  # noqa: N803 - boto3's name
        self.updates.append(patchOperations)
        if self.refusals:
            self.refusals -= 1
            raise _BadRequestError("The role ARN does not have required permissions set to API Gateway")
        self.current = patchOperations[0]["value"]
        return {}


def test_a_fresh_account_gets_the_role() -> None:
    client = FakeApiGateway(current=None)
    assert handler_module.apply(client, "Create", ROLE, pause=0) == f"set {ROLE}"
    assert client.updates == [[{"op": "replace", "path": "/cloudwatchRoleArn", "value": ROLE}]]


@pytest.mark.parametrize("request_type", ["Create", "Update"])
def test_another_teams_role_is_never_overwritten(request_type: str) -> None:
    client = FakeApiGateway(current="arn:aws:iam::111122223333:role/theirs")
    assert handler_module.apply(client, request_type, ROLE, pause=0).startswith("kept ")
    assert client.updates == []


def test_delete_leaves_the_setting_alone() -> None:
    client = FakeApiGateway(current=ROLE)
    handler_module.apply(client, "Delete", ROLE, pause=0)
    assert client.current == ROLE and client.updates == []


def test_a_just_created_role_is_retried_until_api_gateway_accepts_it() -> None:
    client = FakeApiGateway(current=None, refusals=2)
    assert handler_module.apply(client, "Create", ROLE, pause=0) == f"set {ROLE}"
    assert len(client.updates) == 3
    stubborn = FakeApiGateway(current=None, refusals=handler_module.ATTEMPTS)
    with pytest.raises(_BadRequestError):
        handler_module.apply(stubborn, "Create", ROLE, pause=0)
    assert len(stubborn.updates) == handler_module.ATTEMPTS


EVENT = {
    "RequestType": "Create",
    "ResponseURL": "https://cloudformation-custom-resource-response.example/put",
    "StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1",
    "RequestId": "req-1",
    "LogicalResourceId": "Setting",
    "ResourceProperties": {"RoleArn": ROLE},
}


class _Opened:
    def __enter__(self) -> _Opened:
        return self

    def __exit__(self, *_: object) -> None:
        return None


@pytest.mark.parametrize(("current", "status"), [(None, "SUCCESS"), ("boom", "FAILED")])
def test_handler_always_answers_cloudformation(
    monkeypatch: pytest.MonkeyPatch, current: str | None, status: str
) -> None:
    sent: list[urllib.request.Request] = []
    client = FakeApiGateway(current=None, refusals=0)
    if current == "boom":
        client.get_account = lambda: (_ for _ in ()).throw(RuntimeError("AccessDenied"))  # type: ignore[method-assign]

    def urlopen(request: urllib.request.Request, timeout: float) -> _Opened:
        sent.append(request)
        return _Opened()

    monkeypatch.setattr(boto3, "client", lambda _name: client)
    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    handler_module.handler(dict(EVENT), None)
    (request,) = sent
    assert request.get_method() == "PUT" and request.full_url == EVENT["ResponseURL"]
    body = json.loads(request.data)  # type: ignore[arg-type]
    assert body["Status"] == status
    assert body["PhysicalResourceId"] == handler_module.PHYSICAL_ID
    assert (body["StackId"], body["RequestId"], body["LogicalResourceId"]) == (
        "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1",
        "req-1",
        "Setting",
    )
    if status == "FAILED":
        assert "AccessDenied" in body["Reason"]


def test_handlers_are_deployed_inline_and_fit(synth: Synth) -> None:
    sources = [HANDLER_SOURCE.read_text(), FORWARDER_SOURCE.read_text()]  # this one and the audit forwarder
    assert all(len(source) <= INLINE_LIMIT for source in sources)
    inline = [
        res["Properties"]
        for res in synth.resources("AWS::Lambda::Function").values()
        if "ZipFile" in res["Properties"]["Code"]
    ]
    assert sorted(props["Code"]["ZipFile"] for props in inline) == sorted(sources)
    assert {props["Handler"] for props in inline} == {"index.handler"}


def test_handler_may_only_read_and_write_the_account_setting_and_pass_its_role(synth: Synth) -> None:
    (policy,) = [
        res["Properties"]["PolicyDocument"]["Statement"]
        for key, res in synth.resources("AWS::IAM::Policy").items()
        if "AccountLoggingHandlerRole" in key
    ]
    by_sid = {stmt.get("Sid"): stmt for stmt in policy}
    assert sorted(as_list(by_sid["AccountSetting"]["Action"])) == ["apigateway:GET", "apigateway:PATCH"]
    assert render(by_sid["AccountSetting"]["Resource"]) == "arn:<AWS::Partition>:apigateway:<AWS::Region>::/account"
    assert by_sid["PassLoggingRole"]["Action"] == "iam:PassRole"
    assert "AccountLoggingRole" in render(by_sid["PassLoggingRole"]["Resource"])
