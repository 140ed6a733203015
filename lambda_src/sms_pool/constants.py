"""The contract's facts, in one place: route, method, header, limits and field lists.

Plain values only: importing this module builds no client and reads no environment, so the infrastructure
(at synth time), the local tools and the benchmarks import it freely.
"""

from __future__ import annotations

from typing import Final

SERVICE_NAME: Final = "pinpoint-sms-voice-v2"  # boto3's name of End User Messaging SMS (SMS Voice V2)
USER_AGENT_APP_ID: Final = "sms-pool-disassociate"

ROUTE: Final = "/disassociate-origination-identity"
METHOD: Final = "POST"
IDEMPOTENCY_HEADER: Final = "Idempotency-Key"  # HTTP header names are case-insensitive; the handler lowers them
MAX_IDEMPOTENCY_KEY_LENGTH: Final = 256
MAX_BODY_BYTES: Final = 64 * 1024

# The request's members (boto3's parameter names) and the answer's (botocore's model of the operation's output).
REQUIRED_FIELDS: Final = ("PoolId", "OriginationIdentity", "IsoCountryCode")
RESULT_FIELDS: Final = ("PoolArn", "PoolId", "OriginationIdentityArn", "OriginationIdentity", "IsoCountryCode")
# The members a derived ClientToken covers: one key may then serve several disassociations.
TOKEN_FIELDS: Final = REQUIRED_FIELDS
# The resource types a PoolId / OriginationIdentity ARN may name (the service's rule lives in core; the IAM
# policy in infra/function.py grants exactly these). RCS agents are not supported.
ARN_RESOURCE_TYPES: Final = {"PoolId": ("pool",), "OriginationIdentity": ("phone-number", "sender-id")}
