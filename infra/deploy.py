"""``make deploy``: ``cdk deploy`` with a one-line hint when the CLI finds no AWS credentials.

The CDK CLI's own message ("Unable to resolve AWS account to use ...") does not say what to do; this runs
the CLI unchanged, passes its output through, and adds the fix when that message appears.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Final

NO_ACCOUNT: Final = "Unable to resolve AWS account"
HINT: Final = (
    "hint: deploying needs AWS credentials for the target account: run `aws configure` (or `aws sso login`), "
    "or export AWS_PROFILE (or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and AWS_REGION, then deploy again"
)
CDK: Final = ("npx", "--no-install", "cdk")


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


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
