"""SigV4 verification with the local mode's keys, for both local servers (the API Gateway and the emulator).

The signature is recomputed with botocore's own signer (``botocore.auth.SigV4Auth``) over the request as
received, so the local servers agree with what every AWS SDK and ``curl --aws-sigv4`` produce. Only the checks
around it (which header is missing, which scope is wrong, how old the date is) are written here, in the order
and with the texts AWS's SigV4 front end answers; each text is taken from a recorded AWS answer:

- mhart/dynalite ``index.js`` records DynamoDB (an AWS JSON 1.0 service, like SMS Voice V2) refusing each
  part of a bad ``Authorization`` header: the order of the checks and the texts of
  ``MissingAuthenticationTokenException``, ``IncompleteSignatureException`` ("Authorization header requires
  'Credential' parameter. ..."), ``InvalidSignatureException`` ("Signature expired: ...", "Credential should be
  scoped to a valid region, not '...'. ...") and ``UnrecognizedClientException`` ("The security token included
  in the request is invalid.").
- aws/chalice#828 records API Gateway answering a JWT in ``Authorization`` with the same "requires 'Credential'
  parameter" text; scylladb's alternator tests (run against DynamoDB too) and an ``eb deploy`` answer record
  "Signature not yet current: X is still later than Y (Z + 5 min.)".

Each local key maps to an identity that fills ``requestContext.identity`` of the proxy event, as IAM would.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import os
from collections.abc import Collection
from dataclasses import dataclass, fields
from enum import Enum

from botocore.auth import SIGV4_TIMESTAMP, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from local.defaults import ACCOUNT_ID

ALGORITHM = "AWS4-HMAC-SHA256"
API_SERVICE = "execute-api"  # the signing name of API Gateway's invoke endpoint (the local API's callers sign for it)
KEYS_ENV = "LOCAL_API_KEYS"  # JSON list of LocalKey fields, replaces the callers' default key
_REQUIRED = ("Credential", "Signature", "SignedHeaders")


@dataclass(frozen=True, slots=True)
class LocalKey:
    """A local access key and the IAM identity it stands for (``session_token``: a role's temporary key)."""

    access_key: str
    secret_key: str
    user_arn: str
    caller: str
    account_id: str
    session_token: str | None = None


DEFAULT_KEYS: tuple[LocalKey, ...] = (
    LocalKey(
        "AKIALOCALEXAMPLE0001",
        "local-secret-do-not-use-in-aws",
        f"arn:aws:iam::{ACCOUNT_ID}:user/local-caller",
        "AIDALOCALEXAMPLE0001",
        ACCOUNT_ID,
    ),
)
# What Lambda hands the function from its role: a temporary key with its session token (ASIA..., as STS issues).
FUNCTION_KEY = LocalKey(
    "ASIALOCALFUNCTION001",
    "local-function-secret-do-not-use-in-aws",
    f"arn:aws:sts::{ACCOUNT_ID}:assumed-role/sms-pool-disassociate-local/sms-pool-disassociate",
    "AROALOCALFUNCTION001:sms-pool-disassociate",
    ACCOUNT_ID,
    "local-session-token-issued-by-the-local-mode",
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
    """Why a request is refused: the AWS error code (``__type`` / ``x-amzn-ErrorType``) it is answered with."""

    MISSING = "MissingAuthenticationTokenException"
    INCOMPLETE = "IncompleteSignatureException"
    INVALID = "InvalidSignatureException"
    UNKNOWN_KEY = "UnrecognizedClientException"


@dataclass(frozen=True, slots=True)
class RefusalError(Exception):
    """A refused request: the kind of failure and AWS's message."""

    failure: Failure
    message: str


INVALID_TOKEN = "The security token included in the request is invalid."  # noqa: S105 - AWS's text, no secret
MISMATCH = (
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
    "Access Key and signing method. Consult the service documentation for details."
)


@dataclass(frozen=True, slots=True)
class Verifier:
    """What one server accepts: its signing service and regions, the keys, the clock skew, its missing text."""

    service: str
    regions: Collection[str]
    keys: tuple[LocalKey, ...]
    max_skew: datetime.timedelta
    missing_message: str  # API Gateway: "Missing Authentication Token"; AWS JSON services: "Request is missing ..."
    # AWS JSON services answer a header that is not SigV4 at all (a Bearer token) as missing; API Gateway lists
    # the parameters it lacks (aws/chalice#828).
    foreign_is_missing: bool = False

    def verify(
        self,
        method: str,
        raw_path: str,
        headers: dict[str, str],
        body: bytes,
        now: datetime.datetime | None = None,
    ) -> LocalKey:
        """The caller's key if the ``Authorization`` header is a valid SigV4 signature; raises :class:`RefusalError`."""
        lower = {k.lower(): v for k, v in headers.items()}
        authorization = lower.get("authorization", "").strip()
        if not authorization or (self.foreign_is_missing and not authorization.startswith("AWS4-")):
            raise RefusalError(Failure.MISSING, self.missing_message)
        stamp = lower.get("x-amz-date") or lower.get("date", "")
        algorithm, params = _parse(authorization, has_date=bool(stamp))
        signed_at = _signed_at(stamp)
        _check_skew(stamp, signed_at, now or datetime.datetime.now(datetime.UTC), self.max_skew)
        signed = [name.strip().lower() for name in params["SignedHeaders"].split(";")]
        if "host" not in signed:
            raise RefusalError(Failure.INVALID, "'Host' must be a 'SignedHeader' in the AWS Authorization.")
        if algorithm != ALGORITHM:
            raise RefusalError(
                Failure.INCOMPLETE, f"Unsupported AWS 'algorithm': '{algorithm}' (only {ALGORITHM} for now). "
            )
        key_id, region = self._check_scope(params["Credential"], stamp)
        key = next((k for k in self.keys if k.access_key == key_id), None)
        if key is None:
            raise RefusalError(Failure.UNKNOWN_KEY, INVALID_TOKEN)
        declared = lower.get("x-amz-content-sha256")
        if declared is not None and declared != hashlib.sha256(body).hexdigest():
            raise RefusalError(Failure.INVALID, MISMATCH)  # botocore's signer trusts it as the payload hash
        expected = _signature(method, raw_path, lower, body, signed, key, region, stamp, self.service)
        if not hmac.compare_digest(expected, params["Signature"]):
            raise RefusalError(Failure.INVALID, MISMATCH)
        _check_token(lower.get("x-amz-security-token"), "x-amz-security-token" in signed, key)
        return key

    def _check_scope(self, credential: str, stamp: str) -> tuple[str, str]:
        """The key id and region of a credential scoped to this server's service and a region it serves."""
        parts = credential.rstrip("/").split("/")
        if len(parts) != 5:
            raise RefusalError(
                Failure.INCOMPLETE,
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                f"got '{credential}'",
            )
        key_id, date, region, service, terminator = parts
        problems = []
        if region not in self.regions:
            problems.append(f"Credential should be scoped to a valid region, not '{region}'.")
        if service != self.service:
            problems.append(f"Credential should be scoped to correct service: '{self.service}'.")
        if terminator != "aws4_request":
            problems.append(f"Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'.")
        if date != stamp[:8]:
            problems.append(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                f"'{date}' != '{stamp[:8]}', from '{stamp}'."
            )
        if problems:
            raise RefusalError(Failure.INVALID, " ".join(problems))
        return key_id, region


def _parse(authorization: str, *, has_date: bool) -> tuple[str, dict[str, str]]:
    """The algorithm and the ``Credential``/``SignedHeaders``/``Signature`` of a header that has them all.

    AWS names every missing part in one message, the date header included, then echoes the header.
    """
    algorithm, _, rest = authorization.partition(" ")
    params: dict[str, str] = {}
    if algorithm.startswith("AWS4-"):
        for pair in filter(None, (p.strip() for p in rest.split(","))):
            name, equals, value = pair.partition("=")
            if not equals:
                raise RefusalError(
                    Failure.INCOMPLETE,
                    f"'{pair}' not a valid key=value pair (missing equal-sign) in Authorization header: "
                    f"'{authorization}'.",
                )
            params[name.strip()] = value.strip()
    missing = "".join(
        f"Authorization header requires '{name}' parameter. " for name in _REQUIRED if not params.get(name)
    )
    if not has_date:
        missing += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
    if missing:
        raise RefusalError(Failure.INCOMPLETE, f"{missing}Authorization={authorization}")
    return algorithm, params


def _signed_at(stamp: str) -> datetime.datetime:
    try:
        return datetime.datetime.strptime(stamp, SIGV4_TIMESTAMP).replace(tzinfo=datetime.UTC)
    except ValueError:
        raise RefusalError(
            Failure.INCOMPLETE,
            f"Date must be in ISO-8601 'basic format'. Got '{stamp}'. See http://en.wikipedia.org/wiki/ISO_8601",
        ) from None


def _check_skew(stamp: str, signed_at: datetime.datetime, now: datetime.datetime, skew: datetime.timedelta) -> None:
    minutes = int(skew.total_seconds() // 60)
    current = now.strftime(SIGV4_TIMESTAMP)
    if signed_at < now - skew:
        earliest = (now - skew).strftime(SIGV4_TIMESTAMP)
        raise RefusalError(
            Failure.INVALID, f"Signature expired: {stamp} is now earlier than {earliest} ({current} - {minutes} min.)"
        )
    if signed_at > now + skew:
        latest = (now + skew).strftime(SIGV4_TIMESTAMP)
        raise RefusalError(
            Failure.INVALID,
            f"Signature not yet current: {stamp} is still later than {latest} ({current} + {minutes} min.)",
        )


def _check_token(token: str | None, token_signed: bool, key: LocalKey) -> None:
    """A role's key needs its token, signed; a long-term key takes none (AWS: the token is "invalid")."""
    if token is None and key.session_token is None:
        return
    if token is None or key.session_token is None or not hmac.compare_digest(token, key.session_token):
        raise RefusalError(Failure.UNKNOWN_KEY, INVALID_TOKEN)
    if not token_signed:
        # Every AWS signer puts the token in the signed headers; an unsigned one could be swapped in transit.
        raise RefusalError(Failure.INVALID, MISMATCH)


def _signature(  # noqa: PLR0917 - the parts of one request, named
    method: str,
    raw_path: str,
    lower: dict[str, str],
    body: bytes,
    signed: list[str],
    key: LocalKey,
    region: str,
    stamp: str,
    service: str,
) -> str:
    """botocore's signature over exactly the headers the client signed, at the client's timestamp."""
    if "host" not in lower:
        return ""  # SigV4 always signs Host: a request without it cannot carry a valid signature
    request = AWSRequest(
        method=method,
        url=f"http://{lower['host']}{raw_path}",
        data=body,
        headers={name: lower.get(name, "") for name in signed},
    )
    request.context["timestamp"] = stamp
    signer = SigV4Auth(Credentials(key.access_key, key.secret_key, lower.get("x-amz-security-token")), service, region)
    canonical = signer.canonical_request(request)
    return str(signer.signature(signer.string_to_sign(request, canonical), request))


def signed_headers(
    method: str,
    url: str,
    body: bytes,
    headers: dict[str, str] | None = None,
    *,
    service: str = API_SERVICE,
    region: str = "us-east-1",
    key: LocalKey = DEFAULT_KEYS[0],
) -> dict[str, str]:
    """``headers`` plus the SigV4 ``Authorization``/``X-Amz-Date`` a caller adds (botocore's signer, local key)."""
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
    SigV4Auth(Credentials(key.access_key, key.secret_key, key.session_token), service, region).add_auth(request)
    return dict(request.headers.items())
