"""``make deploy``: check the Powertools layer parameter, then ``cdk deploy`` with a one-line credentials hint.

Two first-deploy failures whose CloudFormation/CDK messages name neither the cause nor the fix:

- The Powertools layer is resolved from an SSM public parameter (``infra.function.powertools_parameter``).
  Powertools has shipped releases whose parameters were never written (3.23.0: all arm64 and x86_64 paths but
  two, powertools-lambda-python issue 7689, fixed by PR 7695), and CloudFormation then fails the deploy with
  "Unable to fetch parameters [...]". Before deploying, ``aws ssm get-parameter`` (the deploy's own credentials,
  profile and region) looks the parameter up; when it does not exist the deploy stops with one line naming it
  and ``-c powertoolsLayerArn=...`` as the way out. When it cannot be checked (no ``aws`` CLI, no credentials,
  no permission) a note says so and the deploy goes ahead: the CDK CLI reports those problems itself.
- The CDK CLI's "Unable to resolve AWS account to use ..." does not say what to do; :data:`HINT` does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from typing import Final

from infra.settings import ROOT, TESTED_RUNTIME

NO_ACCOUNT: Final = "Unable to resolve AWS account"
HINT: Final = (
    "hint: deploying needs AWS credentials for the target account: run `aws configure` (or `aws sso login`), "
    "or export AWS_PROFILE (or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and AWS_REGION, then deploy again"
)
CDK: Final = ("npx", "--no-install", "cdk")
AWS: Final = "aws"
NOT_FOUND: Final = "ParameterNotFound"
# The account Powertools publishes its commercial-region layers from (the layer ARN in issue 7689).
LAYER_ACCOUNT: Final = "017000801446"


def context_of(args: Sequence[str]) -> dict[str, str]:
    """The ``-c``/``--context`` values among the CDK arguments, on top of cdk.json's context."""
    context = {key: str(value) for key, value in json.loads((ROOT / "cdk.json").read_text())["context"].items()}
    pending = False
    for arg in args:
        if pending:
            key, _, value = arg.partition("=")
            context[key] = value
            pending = False
        elif arg in ("-c", "--context"):
            pending = True
        elif arg.startswith("--context="):
            key, _, value = arg.removeprefix("--context=").partition("=")
            context[key] = value
    return context


def _profile(args: Sequence[str]) -> list[str]:
    for index, arg in enumerate(args):
        if arg == "--profile" and index + 1 < len(args):
            return ["--profile", args[index + 1]]
        if arg.startswith("--profile="):
            return ["--profile", arg.removeprefix("--profile=")]
    return []


def missing_layer_error(name: str, runtime: str) -> str:
    """The one line :func:`check_layer` prints when the parameter ``name`` does not exist."""
    layer = f"AWSLambdaPowertoolsPythonV3-{runtime.replace('.', '')}-arm64"
    return (
        f"error: the Powertools layer parameter {name} does not exist in this region (Powertools did not publish "
        f"it for this release or region, as for 3.23.0: powertools-lambda-python#7689); deploy with "
        f"-c powertoolsLayerArn=arn:aws:lambda:<region>:{LAYER_ACCOUNT}:layer:{layer}:<version> "
        "(the layer of the pinned release, see docs/infrastructure.md)"
    )


def check_layer(args: Sequence[str], aws: str = AWS) -> bool:
    """False (after one ``error:`` line) when the deploy's layer parameter does not exist; True otherwise."""
    from infra.function import powertools_parameter  # noqa: PLC0415 - loads the CDK only when deploying

    context = context_of(args)
    if context.get("powertoolsLayerArn"):
        return True  # an explicit layer: no parameter is resolved
    runtime = context.get("pythonRuntime", TESTED_RUNTIME)
    name = powertools_parameter(runtime)
    if shutil.which(aws) is None:
        print(f"note: no `{aws}` CLI on PATH, {name} was not checked before deploying", file=sys.stderr)
        return True
    query = ["--query", "Parameter.Value", "--output", "text", *_profile(args)]
    done = subprocess.run(  # noqa: S603 - the aws CLI with fixed arguments and the user's own profile
        [aws, "ssm", "get-parameter", "--name", name, *query],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 0:
        print(f"Powertools layer: {done.stdout.strip()} (from {name})", file=sys.stderr)
        return True
    if NOT_FOUND in done.stderr:
        print(missing_layer_error(name, runtime), file=sys.stderr)
        return False
    reason = next((line.strip() for line in done.stderr.splitlines() if line.strip()), f"exit {done.returncode}")
    print(f"note: could not check {name} ({reason}); deploying anyway", file=sys.stderr)
    return True


def run(args: Sequence[str], command: Sequence[str] = CDK) -> int:
    """Run ``command deploy args``, echoing its output; print :data:`HINT` if it could not find an account."""
    with subprocess.Popen(  # noqa: S603 - a fixed command and the user's own arguments
        [*command, "deploy", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        missing_account = False
        for line in process.stdout:
            sys.stderr.write(line)
            missing_account = missing_account or NO_ACCOUNT in line
    if missing_account:
        print(HINT, file=sys.stderr)
    return process.returncode


def main(args: Sequence[str], command: Sequence[str] = CDK, aws: str = AWS) -> int:
    """``make deploy``: the layer check, then the deploy (exit 2 when the layer parameter is missing)."""
    if not check_layer(args, aws):
        return 2
    return run(args, command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
