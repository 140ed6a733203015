"""make deploy's wrapper: the layer-parameter check (a stubbed `aws` CLI), then the CLI's output passes through;
a missing account gets the credentials hint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from infra import deploy
from infra.function import powertools_parameter
from infra.settings import TESTED_RUNTIME
from tests.synth import ROOT

LAYER = "arn:aws:lambda:us-east-1:017000801446:layer:AWSLambdaPowertoolsPythonV3-python313-arm64:27"


def _fake_cli(message: str, code: int) -> list[str]:
    # Stands in for `npx cdk`: prints what the CLI would and exits like it.
    return [sys.executable, "-c", f"import sys; print({message!r}); sys.exit({code})"]


def _stub_aws(directory: Path, stdout: str, stderr: str, code: int) -> Path:
    """An `aws` executable on ``directory`` that records its arguments and answers like the real CLI would."""
    calls = directory / "aws-calls.jsonl"
    script = directory / "aws"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"open({str(calls)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
        f"sys.stdout.write({stdout!r}); sys.stderr.write({stderr!r}); sys.exit({code})\n"
    )
    script.chmod(0o755)
    return calls


def _calls(path: Path) -> list[list[str]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


NOT_FOUND_ERROR = "\nAn error occurred (ParameterNotFound) when calling the GetParameter operation: \n"


def test_missing_account_gets_one_hint_line(capsys: pytest.CaptureFixture[str]) -> None:
    message = "Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack"
    assert deploy.run(["-c", "x=y"], command=_fake_cli(message, 1)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [message, deploy.HINT]


def test_other_output_passes_through_without_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert deploy.run([], command=_fake_cli("SmsPoolDisassociate: deploying...", 0)) == 0
    assert capsys.readouterr().err.splitlines() == ["SmsPoolDisassociate: deploying..."]


def test_a_missing_layer_parameter_stops_the_deploy_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _stub_aws(tmp_path, "", NOT_FOUND_ERROR, 254)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    deployed = tmp_path / "deployed"
    cdk = [sys.executable, "-c", f"open({str(deployed)!r}, 'w')"]
    args = ["-c", "pythonRuntime=python3.12", "--profile", "prod"]
    assert deploy.main(args, command=cdk) == 2
    assert not deployed.exists()  # cdk deploy never ran
    name = powertools_parameter("python3.12")
    assert _calls(calls) == [
        ["ssm", "get-parameter", "--name", name, "--query", "Parameter.Value", "--output", "text", "--profile", "prod"]
    ]
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: the Powertools layer parameter {name} does not exist")
    assert "-c powertoolsLayerArn=arn:aws:lambda:<region>:017000801446:layer:" in line
    assert "AWSLambdaPowertoolsPythonV3-python312-arm64" in line


def test_an_existing_parameter_lets_the_deploy_go_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _stub_aws(tmp_path, LAYER + "\n", "", 0)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert deploy.main([], command=_fake_cli("deploying", 0)) == 0
    assert _calls(calls)[0][3] == powertools_parameter(TESTED_RUNTIME)
    assert capsys.readouterr().err.splitlines()[-1] == "deploying"


@pytest.mark.parametrize("args", [["-c", f"powertoolsLayerArn={LAYER}"], [f"--context=powertoolsLayerArn={LAYER}"]])
def test_an_explicit_layer_arn_skips_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    calls = _stub_aws(tmp_path, "", NOT_FOUND_ERROR, 254)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert deploy.check_layer(args)
    assert _calls(calls) == []


def test_an_unchecked_parameter_is_noted_and_the_deploy_goes_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stub_aws(tmp_path, "", "\nUnable to locate credentials. You can configure credentials by running ...\n", 253)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert deploy.check_layer([])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("note: could not check ") and "Unable to locate credentials" in line
    assert deploy.check_layer([], aws="no-such-aws-cli")
    assert "no `no-such-aws-cli` CLI on PATH" in capsys.readouterr().err


def test_make_deploy_runs_the_check_before_cdk(tmp_path: Path) -> None:
    # `make deploy` as a user runs it; the stub answers ParameterNotFound, so cdk (and AWS) is never reached.
    calls = _stub_aws(tmp_path, "", NOT_FOUND_ERROR, 254)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["make", "-s", "--no-print-directory", "deploy", "DEPLOY_ARGS=-c stageName=v2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode != 0
    assert len(_calls(calls)) == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [deploy.missing_layer_error(powertools_parameter(TESTED_RUNTIME), TESTED_RUNTIME)]
