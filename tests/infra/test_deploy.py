"""make deploy's wrapper: the CLI's output passes through; a missing account gets the credentials hint."""

from __future__ import annotations

import sys

import pytest

from infra import deploy


def _fake_cli(message: str, code: int) -> list[str]:
    # Stands in for `npx cdk`: prints what the CLI would and exits like it.
    return [sys.executable, "-c", f"import sys; print({message!r}); sys.exit({code})"]


def test_missing_account_gets_one_hint_line(capsys: pytest.CaptureFixture[str]) -> None:
    message = "Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack"
    assert deploy.run(["-c", "x=y"], command=_fake_cli(message, 1)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [message, deploy.HINT]


def test_other_output_passes_through_without_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert deploy.run([], command=_fake_cli("SmsPoolDisassociate: deploying...", 0)) == 0
    assert capsys.readouterr().err.splitlines() == ["SmsPoolDisassociate: deploying..."]
