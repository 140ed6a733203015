"""SigV4 verification as API Gateway's ``AWS_IAM`` authorization does it, with local access keys.

The signature is recomputed with botocore's own signer (``botocore.auth.SigV4Auth``) over the request as
received, so the local API agrees with what every AWS SDK and ``curl --aws-sigv4`` produce. Each local
key maps to an identity that fills ``requestContext.identity`` of the proxy event, as IAM would.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass, fields
from enum import Enum

from botocore.auth import SIGV4_TIMESTAMP, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from local.defaults import ACCOUNT_ID

SERVICE = "execute-api"
# "a request must reach AWS within five minutes of the time stamp in the request" (IAM user guide,
# "Signing AWS API requests"); API Gateway answers "Signature expired" past that.
MAX_SKEW = datetime.timedelta(minutes=5)
KEYS_ENV = "LOCAL_API_KEYS"  # JSON list of LocalKey fields, replaces the defaults
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256\s+Credential=(?P<key>[^/,\s]+)/(?P<date>\d{8})/(?P<region>[^/,\s]+)/(?P<service>[^/,\s]+)"
    r"/aws4_request,\s*SignedHeaders=(?P<signed>[^,\s]+),\s*Signature=(?P<signature>[0-9a-f]{64})$"
)


@dataclass(frozen=True, slots=True)
class LocalKey:
    """A local access key and the IAM identity it stands for."""

    access_key: str
    secret_key: str
    user_arn: str
    caller: str
    account_id: str


DEFAULT_KEYS: tuple[LocalKey, ...] = (
    LocalKey(
        "AKIALOCALEXAMPLE0001",
        "local-secret-do-not-use-in-aws",
        f"arn:aws:iam::{ACCOUNT_ID}:user/local-caller",
        "AIDALOCALEXAMPLE0001",
        ACCOUNT_ID,
    ),
)


def configured_keys() -> tuple[LocalKey, ...]:
    """``LOCAL_API_KEYS`` (a JSON list of objects with LocalKey's fields) or the defaults.

    Raises ValueError naming the setting and its shape when the value is not such a list (the CLI's one line).
    """
    raw = os.environ.get(KEYS_ENV)
    if not raw:
        return DEFAULT_KEYS
    try:
        keys = tuple(LocalKey(**item) for item in json.loads(raw))
    except (ValueError, TypeError):  # not JSON, not a list of objects, or missing/unknown fields
        keys = ()
    if not keys:
        names = ", ".join(item.name for item in fields(LocalKey))
        raise ValueError(f"{KEYS_ENV} is not a non-empty JSON list of objects with {names}: fix it or unset it")
    return keys


class Failure(Enum):
    """Why a request is refused, as the gateway response type API Gateway uses for it."""

    MISSING = "MISSING_AUTHENTICATION_TOKEN"
    INVALID = "INVALID_SIGNATURE"
    UNKNOWN_KEY = "DEFAULT_4XX"  # no dedicated response type; API Gateway answers 403


@dataclass(frozen=True, slots=True)
class RefusalError(Exception):
    """A refused request: the gateway response type and API Gateway's message."""

    failure: Failure
    message: str


MISSING_TOKEN = "Missing Authentication Token"  # noqa: S105 - API Gateway's message, no secret
_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
    "Access Key and signing method. Consult the service documentation for details."
)


def verify(
    method: str,
    raw_path: str,
    headers: dict[str, str],
    body: bytes,
    *,
    region: str,
    keys: tuple[LocalKey, ...],
    now: datetime.datetime | None = None,
) -> LocalKey:
    """The caller's key if the ``Authorization`` header is a valid SigV4 signature; raises :class:`RefusalError`."""
    lower = {k.lower(): v for k, v in headers.items()}
    authorization = lower.get("authorization", "")
    if not authorization:
        raise RefusalError(Failure.MISSING, MISSING_TOKEN)
    match = _AUTH.match(authorization.strip())
    if match is None:
        raise RefusalError(
            Failure.INVALID, f"Authorization header requires well-formed SigV4 fields: {authorization[:60]}"
        )
    key = next((k for k in keys if k.access_key == match["key"]), None)
    if key is None:
        raise RefusalError(Failure.UNKNOWN_KEY, "The security token included in the request is invalid.")
    stamp = lower.get("x-amz-date", "")
    try:
        signed_at = datetime.datetime.strptime(stamp, SIGV4_TIMESTAMP).replace(tzinfo=datetime.UTC)
    except ValueError:
        raise RefusalError(
            Failure.INVALID, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
        ) from None
    if match["service"] != SERVICE or match["region"] != region or match["date"] != stamp[:8]:
        scope = f"{match['date']}/{match['region']}/{match['service']}"
        raise RefusalError(
            Failure.INVALID,
            f"Credential should be scoped to a valid region and service ({scope} given; "
            f"{stamp[:8]}/{region}/{SERVICE} expected).",
        )
    current = now or datetime.datetime.now(datetime.UTC)
    if abs(current - signed_at) > MAX_SKEW:
        earliest = (current - MAX_SKEW).strftime(SIGV4_TIMESTAMP)
        raise RefusalError(
            Failure.INVALID,
            f"Signature expired: {stamp} is now earlier than {earliest} ({current.strftime(SIGV4_TIMESTAMP)} - 5 min.)",
        )
    declared = lower.get("x-amz-content-sha256")
    if declared is not None and declared != hashlib.sha256(body).hexdigest():
        # botocore's signer trusts this header as the payload hash; the body received must match it.
        raise RefusalError(Failure.INVALID, _MISMATCH)
    expected = _signature(method, raw_path, lower, body, match["signed"].split(";"), key, region, stamp)
    if not hmac.compare_digest(expected, match["signature"]):
        raise RefusalError(Failure.INVALID, _MISMATCH)
    return key


def _signature(  # noqa: PLR0917 - the parts of one request, named
    method: str,
    raw_path: str,
    lower: dict[str, str],
    body: bytes,
    signed: list[str],
    key: LocalKey,
    region: str,
    stamp: str,
) -> str:
    """botocore's signature over exactly the headers the client signed, at the client's timestamp."""
    if "host" not in signed or "host" not in lower:
        return ""  # SigV4 always signs Host: a request without it cannot carry a valid signature
    request = AWSRequest(
        method=method,
        url=f"http://{lower['host']}{raw_path}",
        data=body,
        headers={name: lower.get(name, "") for name in signed},
    )
    request.context["timestamp"] = stamp
    token = lower.get("x-amz-security-token")
    signer = SigV4Auth(Credentials(key.access_key, key.secret_key, token), SERVICE, region)
    canonical = signer.canonical_request(request)
    return str(signer.signature(signer.string_to_sign(request, canonical), request))


def signed_headers(
    method: str,
    url: str,
    body: bytes,
    headers: dict[str, str] | None = None,
    *,
    region: str = "us-east-1",
    key: LocalKey = DEFAULT_KEYS[0],
) -> dict[str, str]:
    """``headers`` plus the SigV4 ``Authorization``/``X-Amz-Date`` a caller adds (botocore's signer, local key)."""
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
    SigV4Auth(Credentials(key.access_key, key.secret_key), SERVICE, region).add_auth(request)
    return dict(request.headers.items())
