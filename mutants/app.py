#!/usr/bin/env python3
"""CDK app: the sms-pool-disassociate stack, checked by cdk-nag's AWS Solutions pack on every synth."""

from __future__ import annotations

import os

from aws_cdk import App, Environment, Validations
from cdk_nag import AwsSolutionsChecks

from infra.stack import SmsPoolStack


def build_app(context: dict[str, object] | None = None, outdir: str | None = None) -> App:
    """Create the app with its stack and the cdk-nag plugin (tests call this with their own context)."""
    app = App(context=context, outdir=outdir)
    env = None
    if os.environ.get("CDK_DEFAULT_ACCOUNT") and os.environ.get("CDK_DEFAULT_REGION"):
        env = Environment(account=os.environ["CDK_DEFAULT_ACCOUNT"], region=os.environ["CDK_DEFAULT_REGION"])
    SmsPoolStack(app, app.node.try_get_context("stackName") or "SmsPoolDisassociate", env=env)
    # cdk-nag 3.x is a policy-validation plugin: a finding without an acknowledgement fails synth.
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return app


if __name__ == "__main__":
    build_app().synth()
