"""The contract's facts, in one place: route, method, header, limits and field lists.

Plain values only: importing this module builds no client and reads no environment, so the infrastructure
(at synth time), the local tools and the benchmarks import it freely.
"""

from __future__ import annotations

from typing import Final, Literal

SERVICE_NAME: Final = "pinpoint-sms-voice-v2"  # boto3's name of End User Messaging SMS (SMS Voice V2)
# This service's own name: the Powertools service (logs, metrics), botocore's user-agent app id, the stack's
# default serviceName, and the domain of the derived ClientTokens (``core``).
APP_NAME: Final = "sms-pool-disassociate"

ROUTE: Final = "/disassociate-origination-identity"
METHOD: Final = "POST"
IDEMPOTENCY_HEADER: Final = "Idempotency-Key"  # HTTP header names are case-insensitive; the handler lowers them
MAX_IDEMPOTENCY_KEY_LENGTH: Final = 256
MAX_BODY_BYTES: Final = 64 * 1024

# The request's members (boto3's parameter names) and the answer's (botocore's model of the operation's output).
REQUIRED_FIELDS: Final = ("PoolId", "OriginationIdentity", "IsoCountryCode")
RESULT_FIELDS: Final = ("PoolArn", "PoolId", "OriginationIdentityArn", "OriginationIdentity", "IsoCountryCode")
# "true" (the default) or "false": resolve E.164 numbers (DescribePhoneNumbers, sms_pool.index) and allow dry runs
# (also ListPoolOriginationIdentities); the stack's resolvePhoneNumbers context option sets it and grants both.
RESOLVE_NUMBERS_ENV: Final = "SMS_POOL_RESOLVE_PHONE_NUMBERS"
# The deployment's guards, set by the stack (infra/function.py) and by the local mode (local/gateway/lambda_runtime.py).
# The pools the function may change: comma-separated pool ids and ARNs, compared as written (the stack lists an own
# pool both by id and by ARN), or ALL_POOLS (the allowAllPools opt-in). Unset: the function fails its init.
ALLOWED_POOLS_ENV: Final = "SMS_POOL_ALLOWED_POOLS"
ALL_POOLS: Final = "*"
# An API Gateway event is trusted only when its requestContext names this account, stage and (when set) API id;
# unset account or stage: no API event is trusted (sms_pool.handlers).
API_ACCOUNT_ENV: Final = "SMS_POOL_API_ACCOUNT_ID"
API_STAGE_ENV: Final = "SMS_POOL_API_STAGE"
API_ID_ENV: Final = "SMS_POOL_API_ID"
# Not an AWS member: a preview that changes nothing (stripped before any AWS call).
DRY_RUN_FIELD: Final = "DryRun"
# botocore's model: ListPoolOriginationIdentities' MaxResults is 1-100; the largest page means the fewest calls.
LIST_PAGE_SIZE: Final = 100
ISO_COUNTRY_FILTER: Final = "iso-country-code"  # PoolOriginationIdentitiesFilterName in botocore's model
# The fixed ``type`` of the audit record, the one log line per attempt a Logs Insights query or a metric filter
# selects (docs/audit.md); its fields, in the order they are written:
AUDIT_TYPE: Final = "audit"
AUDIT_FIELDS: Final = (
    "type",  # always AUDIT_TYPE
    "time",  # ISO 8601 UTC, milliseconds
    "outcome",  # OK or the error table's code
    "status",  # the HTTP status of that outcome (200 for OK)
    "dryRun",
    "via",  # "http" (through the deployed API), "stepfunctions", or "direct" (an API-shaped event it did not send)
    "pool",  # PoolId as sent
    "identity",  # OriginationIdentity as sent (a number masked to its last 4 digits)
    "resolvedIdentity",  # the identity id a phone number resolved to, else null
    "userArn",  # via http: requestContext.identity (AWS_IAM), else null
    "caller",
    "accountId",
    "execution",  # Step Functions: the execution ARN the payload's IdempotencyKey starts with, else null
    "item",  # the bulk workflow's item index (IdempotencyKey "<execution ARN>#<index>"), else null
    "stateMachine",  # derived from the execution ARN, else null
    "requestId",  # API Gateway's requestId or the Lambda request id
)
# The bulk workflow's list of identities (its input member and the resolution task's payload member), and the
# most one execution takes (docs/scale.md: Step Functions' history and payload quotas).
BULK_ITEMS_FIELD: Final = "Identities"
BULK_MAX_ITEMS: Final = 1000
# The members a derived ClientToken covers: one key may then serve several disassociations.
TOKEN_FIELDS: Final = REQUIRED_FIELDS
# The resource types a PoolId / OriginationIdentity ARN may name (the service's rule lives in core; the IAM
# policy in infra/function.py grants exactly these). RCS agents are not supported.
ARN_RESOURCE_TYPES: Final = {"PoolId": ("pool",), "OriginationIdentity": ("phone-number", "sender-id")}

# Bulk jobs over HTTP (docs/scale.md): the routes, the most identities one job takes (inline in the body or in an
# S3 object), the largest object read, and the environment naming the bulk state machine and the jobs' bucket.
BULK_ROUTE: Final = "/bulk-disassociations"
BULK_JOB_ROUTE: Final = BULK_ROUTE + "/{id}"
BULK_MAX_INLINE_ITEMS: Final = 10_000
BULK_MAX_JOB_ITEMS: Final = 100_000
BULK_MAX_OBJECT_BYTES: Final = 8 * 1024 * 1024
BULK_MAX_BODY_BYTES: Final = 1024 * 1024
BULK_STATE_MACHINE_ENV: Final = "SMS_POOL_BULK_STATE_MACHINE_ARN"
BULK_BUCKET_ENV: Final = "SMS_POOL_BULK_BUCKET"
BULK_RATE_ENV: Final = "SMS_POOL_BULK_ITEMS_PER_SECOND"
# Each item's outcome in a bulk run's results and summary (both workflows; infra/bulk_workflow.py catches into them).
BulkOutcome = Literal["removed", "not_in_pool", "last_identity_refused", "failed"]
BULK_OUTCOMES: Final[tuple[BulkOutcome, ...]] = ("removed", "not_in_pool", "last_identity_refused", "failed")
