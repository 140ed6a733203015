"""What differs between AWS partitions for this stack, known at synth when the stack has a region.

Sources (docs/infrastructure.md lists them): the Lambda pages of "Getting Started with AWS in China" (no
X-Ray integration with Lambda functions, no SnapStart for Python) and of the AWS GovCloud (US) user guide
(no JSON log formatting, no SnapStart for Python); Powertools' SSM-parameter workflow (commercial regions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from aws_cdk import Aws, CfnRule, CfnRuleAssertion, Fn, Stack, Token
from aws_cdk.region_info import RegionInfo
from constructs import Construct

from infra.settings import SettingsError

COMMERCIAL: Final = "aws"
CHINA: Final = "aws-cn"
GOVCLOUD: Final = "aws-us-gov"
# Commercial regions without Lambda SnapStart. Source: Lambda developer guide, "Improving startup performance
# with Lambda SnapStart", Supported Regions: "available in all commercial Regions except Asia Pacific (New
# Zealand) and Asia Pacific (Taipei)" (at the time of review); region codes from "AWS Region billing codes"
# (ap-southeast-6 New Zealand, ap-east-2 Taipei). A region added to that exception list belongs here.
SNAP_START_UNAVAILABLE: Final[dict[str, str]] = {
    "ap-east-2": "Asia Pacific (Taipei)",
    "ap-southeast-6": "Asia Pacific (New Zealand)",
}


@dataclass(frozen=True, slots=True)
class Partition:
    """A partition and the Lambda features this stack uses that it offers."""

    name: str

    @property
    def snap_start(self) -> bool:
        """Lambda SnapStart for Python."""
        return self.name == COMMERCIAL

    @property
    def lambda_xray(self) -> bool:
        """Active X-Ray tracing of Lambda functions."""
        return self.name != CHINA

    @property
    def json_logs(self) -> bool:
        """Lambda's JSON system-log format."""
        return self.name != GOVCLOUD


def partition_of(scope: Construct) -> Partition | None:
    """The stack's partition, or None for an environment-agnostic stack (region unknown until deploy)."""
    region = Stack.of(scope).region
    if Token.is_unresolved(region):
        return None
    name = RegionInfo.get(region).partition
    return Partition(name) if name else None


def snap_start_error(region: str) -> str | None:
    """Why Lambda SnapStart (for Python) cannot be turned on in ``region``, with the fix, or None."""
    partition = RegionInfo.get(region).partition or COMMERCIAL
    if not Partition(partition).snap_start:
        where = f"{region} ({partition})"
    elif region in SNAP_START_UNAVAILABLE:
        where = f"{region} ({SNAP_START_UNAVAILABLE[region]})"
    else:
        return None
    return (
        f"enableSnapStart: Lambda SnapStart is not offered in {where}; deploy with -c enableSnapStart=false "
        "(see docs/infrastructure.md, SnapStart)"
    )


def require_snap_start(scope: Construct) -> None:
    """Stop here when SnapStart is unavailable in the stack's region; for an environment-agnostic stack, add a
    template rule that stops the deploy (before any resource is created) in such a region."""
    region = Stack.of(scope).region
    if not Token.is_unresolved(region):
        problem = snap_start_error(region)
        if problem:
            raise SettingsError(problem)
        return
    CfnRule(
        scope,
        "SnapStartRegion",
        assertions=[
            CfnRuleAssertion(
                assert_=Fn.condition_equals(Aws.PARTITION, COMMERCIAL),
                assert_description="enableSnapStart: Lambda SnapStart for Python is offered in the aws partition "
                "only; deploy with -c enableSnapStart=false",
            ),
            CfnRuleAssertion(
                assert_=Fn.condition_not(Fn.condition_contains(sorted(SNAP_START_UNAVAILABLE), Aws.REGION)),
                assert_description="enableSnapStart: Lambda SnapStart is not offered in this region "
                f"({', '.join(sorted(SNAP_START_UNAVAILABLE))}); deploy with -c enableSnapStart=false",
            ),
        ],
    )
