"""Context variants of the app, synthesized once per session (the default one is in tests/fixtures.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.synth import Synth, synth_app

# A non-default deployment: SnapStart, a locked-down private API, a shared pool.
VARIANT_CONTEXT: dict[str, Any] = {
    "enableSnapStart": "true",
    "allowedPrincipals": "arn:aws:iam::111122223333:role/caller-a,arn:aws:iam::111122223333:role/caller-b",
    "allowedVpcEndpoints": '["vpce-0123456789abcdef0"]',
    "extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"],
    "alarmTopicArn": "arn:aws:sns:us-east-1:111122223333:alarms",
    "reservedConcurrency": "none",
}


@pytest.fixture(scope="session")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """SnapStart on, resource policy, shared pool ARN, alarm topic."""
    return synth_app(tmp_path_factory.mktemp("cdk-variant"), VARIANT_CONTEXT)


@pytest.fixture(scope="session")
def no_workflow(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The example state machine switched off."""
    return synth_app(tmp_path_factory.mktemp("cdk-noworkflow"), {"enableStateMachine": "false"})
