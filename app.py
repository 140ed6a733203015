#!/usr/bin/env python3
"""CDK app: the sms-pool-disassociate stack, checked by cdk-nag's AWS Solutions pack on every synth."""

from __future__ import annotations

import os
import sys

from aws_cdk import App, Environment, Validations
from cdk_nag import AwsSolutionsChecks

from infra.settings import DEFAULT_STACK_NAME, STACK_NAME_KEY, SettingsError, check_context_keys
from infra.stack import SmsPoolStack


def build_app(
    context: dict[str, object] | None = None, outdir: str | None = None, env: Environment | None = None
) -> App:
    """Create the app with its stack and the cdk-nag plugin (tests call this with their own context and env).

    Without ``env`` the CLI's CDK_DEFAULT_ACCOUNT/CDK_DEFAULT_REGION (set from your credentials) make the
    stack environment-specific; without those it is environment-agnostic.
    """
    app = App(context=context, outdir=outdir)
    # Before anything reads a setting: a mistyped key must not leave its option (e.g. an access limit) unset.
    check_context_keys(app.node.get_all_context())
    if env is None and os.environ.get("CDK_DEFAULT_ACCOUNT") and os.environ.get("CDK_DEFAULT_REGION"):
        env = Environment(account=os.environ["CDK_DEFAULT_ACCOUNT"], region=os.environ["CDK_DEFAULT_REGION"])
    SmsPoolStack(app, app.node.try_get_context(STACK_NAME_KEY) or DEFAULT_STACK_NAME, env=env)
    # cdk-nag 3.x is a policy-validation plugin: a finding without an acknowledgement fails synth.
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return app


def main() -> int:
    """Synthesize; a bad context value ends with one line naming the option and the fix, not a traceback."""
    try:
        build_app().synth()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
