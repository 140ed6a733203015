"""The deploy matrix: every documented context combination, synthesized once per session.

The default (environment-agnostic) synth is the ``synth`` fixture of tests/fixtures.py; the others are here.
docs/infrastructure.md ("Deploy matrix") lists the same combinations, and a test keeps the two equal.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.synth import ACCOUNT, Synth, synth_app

# A non-default deployment: SnapStart, a locked-down private API, named pools (one own, one shared).
OWN_POOL = "pool-own0123456789"
VARIANT_CONTEXT: dict[str, Any] = {
    "allowedPools": OWN_POOL,
    "enableSnapStart": "true",
    "allowedPrincipals": f"arn:aws:iam::{ACCOUNT}:role/caller-a,arn:aws:iam::{ACCOUNT}:role/caller-b",
    "allowedVpcEndpoints": '["vpce-0123456789abcdef0"]',
    "extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"],
    "alarmTopicArn": f"arn:aws:sns:us-east-1:{ACCOUNT}:alarms",
    "reservedConcurrency": "none",
    "logLevel": "debug",
}
# Explicit layer ARNs outside the commercial partition. The China account is the one the Powertools docs list
# for cn-north-1; the GovCloud one is a stand-in (its publishing account could not be confirmed offline).
CN_LAYER = "arn:aws-cn:lambda:cn-north-1:498634801083:layer:AWSLambdaPowertoolsPythonV3-python313-arm64:27"
GOV_LAYER = f"arn:aws-us-gov:lambda:us-gov-west-1:{ACCOUNT}:layer:AWSLambdaPowertoolsPythonV3-python313-arm64:27"

# name -> (context, region or None for environment-agnostic). "default" and "variant" have fixtures of their own.
MATRIX: dict[str, tuple[dict[str, Any], str | None]] = {
    "default": ({}, None),
    "variant": (VARIANT_CONTEXT, None),
    "no_workflow": ({"enableStateMachine": "false", "resolvePhoneNumbers": "false"}, None),
    "us_east_1": (
        {
            "reservedConcurrency": 20,
            "pythonRuntime": "python3.14",
            "enableSnapStart": "true",
            "maxAttempts": 2,
            "logLevel": "WARNING",
        },
        "us-east-1",
    ),
    "cn_north_1": (
        {
            "powertoolsLayerArn": CN_LAYER,
            "allowedPrincipals": f"arn:aws-cn:iam::{ACCOUNT}:role/caller",
            "extraResourceArns": "arn:aws-cn:sms-voice:cn-north-1:444455556666:pool/pool-shared0123",
            "alarmTopicArn": f"arn:aws-cn:sns:cn-north-1:{ACCOUNT}:alarms",
        },
        "cn-north-1",
    ),
    "us_gov_west_1": (
        {
            "powertoolsLayerArn": GOV_LAYER,
            "allowedVpcEndpoints": "vpce-0123456789abcdef0",
            "enableStateMachine": "false",
            "reservedConcurrency": 5,
        },
        "us-gov-west-1",
    ),
}


def _synth(tmp_path_factory: pytest.TempPathFactory, name: str) -> Synth:
    context, region = MATRIX[name]
    return synth_app(tmp_path_factory.mktemp(f"cdk-{name}"), context, region)


@pytest.fixture(scope="session")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """SnapStart on, resource policy, shared pool ARN, alarm topic."""
    return _synth(tmp_path_factory, "variant")


@pytest.fixture(scope="session")
def no_workflow(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The example state machine switched off."""
    return _synth(tmp_path_factory, "no_workflow")


@pytest.fixture(scope="session")
def matrix(
    tmp_path_factory: pytest.TempPathFactory, synth: Synth, variant: Synth, no_workflow: Synth
) -> dict[str, Synth]:
    """Every combination of :data:`MATRIX`, each synthesized once."""
    done = {"default": synth, "variant": variant, "no_workflow": no_workflow}
    return {name: done.get(name) or _synth(tmp_path_factory, name) for name in MATRIX}
