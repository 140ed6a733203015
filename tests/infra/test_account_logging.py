"""API Gateway's account CloudWatch role: set only when unset, never overwritten, left alone on delete."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from infra import apigw_account_handler as handler_module
from infra.account_logging import HANDLER_SOURCE
from infra.audit_log import FORWARDER_SOURCE
from infra.inline_function import INLINE_LIMIT
from tests.infra.support import as_list, render
from tests.synth import Synth

ROLE = "arn:aws:iam::111122223333:role/ours"
POLICY = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
PROPAGATION = "The role ARN does not have required permissions set to API Gateway"


def _error(code: str, message: str = "") -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": message}}, "UpdateAccount")


class FakeApiGateway:
    """GetAccount/UpdateAccount with a given current role; ``refusals`` errors come first, one per call."""

    def __init__(self, current: str | None, refusals: list[str] | None = None) -> None:
        self.current = current
        self.refusals = list(refusals or [])
        self.updates: list[list[dict[str, str]]] = []

    def get_account(self) -> dict[str, Any]:
        return {"cloudwatchRoleArn": self.current} if self.current else {}

    def update_account(self, patchOperations: list[dict[str, str]]) -> dict[str, Any]:  # noqa: N803 - boto3's name
        self.updates.append(patchOperations)
        if self.refusals:
            raise _error(self.refusals.pop(0), PROPAGATION)
        self.current = patchOperations[0]["value"]
        return {}


class FakeIam:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, str]]] = []

    def detach_role_policy(self, **kwargs: str) -> None:
        self.calls.append(("detach_role_policy", kwargs))

    def delete_role(self, **kwargs: str) -> None:
        self.calls.append(("delete_role", kwargs))


class Clock:
    """The invocation's remaining time, spent by every pause the handler sleeps."""

    def __init__(self, seconds: float) -> None:
        self.left = seconds
        self.pauses: list[float] = []

    def remaining(self) -> float:
        return self.left

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.left -= seconds


def _apply(client: FakeApiGateway, request_type: str, iam: FakeIam | None = None, seconds: float = 120) -> str:
    clock = Clock(seconds)
    event = {"RequestType": request_type, "ResourceProperties": {"RoleArn": ROLE, "PolicyArn": POLICY}}
    done, _ = handler_module.apply(client, iam or FakeIam(), event, clock.remaining, clock.sleep)
    return done


def test_a_fresh_account_gets_the_role() -> None:
    client = FakeApiGateway(current=None)
    assert _apply(client, "Create") == f"set {ROLE}"
    assert client.updates == [[{"op": "replace", "path": "/cloudwatchRoleArn", "value": ROLE}]]


@pytest.mark.parametrize("request_type", ["Create", "Update"])
def test_another_teams_role_is_never_overwritten(request_type: str) -> None:
    client = FakeApiGateway(current="arn:aws:iam::111122223333:role/theirs")
    assert _apply(client, request_type).startswith("kept ")
    assert client.updates == []


def test_delete_keeps_a_registered_role_and_the_setting() -> None:
    client, iam = FakeApiGateway(current=ROLE), FakeIam()
    event = {"RequestType": "Delete", "ResourceProperties": {"RoleArn": ROLE, "PolicyArn": POLICY}}
    assert handler_module.apply(client, iam, event, lambda: 120, lambda _: None)[1] is True
    assert client.current == ROLE and client.updates == [] and iam.calls == []


@pytest.mark.parametrize("current", [None, "arn:aws:iam::111122223333:role/theirs"])
def test_delete_removes_a_role_that_was_never_registered(current: str | None) -> None:
    # The stack retains the role (a registered one must outlive it); an unused one would be orphaned.
    client, iam = FakeApiGateway(current=current), FakeIam()
    assert _apply(client, "Delete", iam).startswith("deleted ")
    assert iam.calls == [
        ("detach_role_policy", {"RoleName": "ours", "PolicyArn": POLICY}),
        ("delete_role", {"RoleName": "ours"}),
    ]
    assert client.current == current


@pytest.mark.parametrize("code", ["BadRequestException", "AccessDeniedException"])
def test_propagation_errors_are_retried_with_backoff(code: str) -> None:
    client = FakeApiGateway(current=None, refusals=[code] * 4)
    clock = Clock(120)
    event = {"RequestType": "Create", "ResourceProperties": {"RoleArn": ROLE, "PolicyArn": POLICY}}
    assert handler_module.apply(client, FakeIam(), event, clock.remaining, clock.sleep) == (f"set {ROLE}", True)
    assert len(client.updates) == 5
    assert clock.pauses == [1, 2, 4, 8]


def test_retries_stop_while_there_is_still_time_to_answer() -> None:
    # 40 s left: pauses of 1, 2, 4, 8 (25 s left), then 16 + RESERVE no longer fits: the error is raised.
    client = FakeApiGateway(current=None, refusals=["BadRequestException"] * 50)
    clock = Clock(40)
    event = {"RequestType": "Create", "ResourceProperties": {"RoleArn": ROLE, "PolicyArn": POLICY}}
    with pytest.raises(ClientError):
        handler_module.apply(client, FakeIam(), event, clock.remaining, clock.sleep)
    assert clock.pauses == [1, 2, 4, 8]
    assert clock.left >= handler_module.RESERVE


def test_other_errors_are_not_retried() -> None:
    client = FakeApiGateway(current=None, refusals=["NotFoundException"])
    with pytest.raises(ClientError):
        _apply(client, "Create")
    assert len(client.updates) == 1


EVENT = {
    "RequestType": "Create",
    "ResponseURL": "https://cloudformation-custom-resource-response.example/put",
    "StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1",
    "RequestId": "req-1",
    "LogicalResourceId": "Setting",
    "ResourceProperties": {"RoleArn": ROLE, "PolicyArn": POLICY},
}


class _Opened:
    def __enter__(self) -> _Opened:
        return self

    def __exit__(self, *_: object) -> None:
        return None


class _Context:
    def get_remaining_time_in_millis(self) -> int:
        return 120_000


@pytest.mark.parametrize(
    ("request_type", "fails", "status"),
    [("Create", False, "SUCCESS"), ("Create", True, "FAILED"), ("Delete", True, "SUCCESS")],
)
def test_handler_always_answers_cloudformation(
    monkeypatch: pytest.MonkeyPatch, request_type: str, fails: bool, status: str
) -> None:
    # A failed delete still answers SUCCESS: the stack must not get stuck over a setting it does not own.
    sent: list[urllib.request.Request] = []
    client = FakeApiGateway(current=None)
    if fails:
        client.get_account = lambda: (_ for _ in ()).throw(_error("NotFoundException", "boom"))  # type: ignore[method-assign]

    def urlopen(request: urllib.request.Request, timeout: float) -> _Opened:
        sent.append(request)
        return _Opened()

    clients = {"apigateway": client, "iam": FakeIam()}
    monkeypatch.setattr(boto3, "client", lambda name: clients[name])
    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    handler_module.handler({**EVENT, "RequestType": request_type}, _Context())
    (request,) = sent
    assert request.get_method() == "PUT" and request.full_url == EVENT["ResponseURL"]
    body = json.loads(request.data)  # type: ignore[arg-type]
    assert body["Status"] == status
    assert body["PhysicalResourceId"] == handler_module.PHYSICAL_ID
    assert body["Data"] == {"Registered": "false" if fails else "true"}
    assert (body["StackId"], body["RequestId"], body["LogicalResourceId"]) == (
        "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1",
        "req-1",
        "Setting",
    )
    if fails:
        assert "NotFoundException" in body["Reason"]


def test_cloudformation_waits_minutes_not_an_hour(synth: Synth) -> None:
    (setting,) = synth.resources("Custom::ApiGatewayAccountCloudWatchRole").values()
    # The custom resource's own handler (its ServiceToken), not the stack's other inline function.
    handler_id, _ = setting["Properties"]["ServiceToken"]["Fn::GetAtt"]
    handler = synth.raw["Resources"][handler_id]["Properties"]
    assert handler["Code"]["ZipFile"] == HANDLER_SOURCE.read_text()
    timeout = setting["Properties"]["ServiceTimeout"]
    # Longer than the handler may run (so its answer is awaited), far shorter than the 3600 s default.
    assert handler["Timeout"] + 30 <= int(timeout) <= 300
    assert handler["Timeout"] > 2 * handler_module.RESERVE


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
    delete = by_sid["DeleteUnregisteredRole"]
    assert sorted(as_list(delete["Action"])) == ["iam:DeleteRole", "iam:DetachRolePolicy"]
    assert render(delete["Resource"]) == render(by_sid["PassLoggingRole"]["Resource"])
