"""What differs between AWS partitions for this stack, known at synth when the stack has a region.

Sources (docs/infrastructure.md lists them): the Lambda pages of "Getting Started with AWS in China" (no
X-Ray integration with Lambda functions, no SnapStart for Python) and of the AWS GovCloud (US) user guide
(no JSON log formatting, no SnapStart for Python); Powertools' SSM-parameter workflow (commercial regions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from aws_cdk import Stack, Token
from aws_cdk.region_info import RegionInfo
from constructs import Construct

COMMERCIAL: Final = "aws"
CHINA: Final = "aws-cn"
GOVCLOUD: Final = "aws-us-gov"


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
