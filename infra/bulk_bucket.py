"""The bulk jobs' bucket: their lists, items and results (SSE-S3, no public access, TLS only, expiring objects).

Created by the stack, or an existing bucket named by ``-c bulkBucketName=...`` (its owner then keeps its
encryption, access and lifecycle settings; the stack grants the bulk-jobs function and the workflow on it only).
"""

from __future__ import annotations

from typing import Final

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_s3 as s3
from constructs import Construct

from infra.settings import Settings

# Job objects (lists, items, results) are kept this long: long enough to read a finished job's results.
OBJECT_DAYS: Final = 30
# Where ResultWriter puts each map run's manifest and result files (the map run id follows).
RESULTS_PREFIX: Final = "map-runs"


class SmsPoolBulkBucket(Construct):
    """``bucket``: the stack's own, or the named one."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings) -> None:
        super().__init__(scope, construct_id)
        self.owned = not settings.bulk_bucket_name
        if not self.owned:
            self.bucket: s3.IBucket = s3.Bucket.from_bucket_name(self, "Named", settings.bulk_bucket_name)
            return
        self.bucket = s3.Bucket(
            self,
            "Bucket",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="ExpireJobObjects",
                    expiration=Duration.days(OBJECT_DAYS),
                    abort_incomplete_multipart_upload_after=Duration.days(1),
                )
            ],
            # Results outlive a stack deletion only if someone copies them: they are job output, not records.
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=False,
        )
