"""The contract's pydantic models: the single source of the request and response schemas.

The function does not import this module at run time (pydantic would add ~45 ms to every cold
start). ``scripts/gen_validator.py`` compiles the JSON Schema of these models into
``_generated/request.py``; the API Gateway request model and the OpenAPI document are generated from them
too, and tests check that all of them, and botocore's service model, agree.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from sms_pool.constants import BULK_MAX_INLINE_ITEMS, BULK_MAX_ITEMS
from sms_pool.phone import DIGITS_AND_DASHES_NUMBER, E164_PATTERN

# botocore's model: PoolIdOrArn and PhoneOrSenderIdOrArn are [A-Za-z0-9_:/-], up to 256.
IDENTIFIER_PATTERN = r"^[A-Za-z0-9_:/-]+$"
# OriginationIdentity also takes an E.164 number, resolved within the pool before AWS sees it (never sent as is).
IDENTITY_PATTERN = rf"^(?:[A-Za-z0-9_:/-]+|{E164_PATTERN})$"
ISO_COUNTRY_CODE_PATTERN = r"^[A-Z]{2}$"
CLIENT_TOKEN_PATTERN = r"^[!-~]+$"  # noqa: S105 - a pattern, not a secret


def _identifier(description: str, example: str, pattern: str = IDENTIFIER_PATTERN, **extra: Any) -> Any:
    return Field(
        min_length=1,
        max_length=256,
        pattern=pattern,
        description=description,
        examples=[example],
        json_schema_extra=extra or None,
    )


PoolIdOrArn = Annotated[
    str, _identifier("The PoolId or PoolArn (use the ARN for a shared pool).", "pool-2f6c2e1d3b8a4c5d9e0f1a2b3c4d5e6f")
]
OriginationIdentityOrArn = Annotated[
    str,
    _identifier(
        "A PhoneNumberId, PhoneNumberArn, SenderId or SenderIdArn, or an E.164 phone number (+12065550100), "
        "resolved within the pool; other written forms of a number are rejected.",
        "phone-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        IDENTITY_PATTERN,
        **{"not": {"pattern": DIGITS_AND_DASHES_NUMBER}},  # 12065550100, 206-555-0100: a number, not an id
    ),
]
IsoCountryCode = Annotated[
    str,
    Field(
        min_length=2,
        max_length=2,
        pattern=ISO_COUNTRY_CODE_PATTERN,
        description="ISO 3166-1 alpha-2 country code of the origination identity.",
        examples=["US"],
    ),
]


def _optional(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


class DisassociateRequest(BaseModel):
    """The HTTP body: the boto3 parameters of ``disassociate_origination_identity``, unchanged."""

    model_config = ConfigDict(extra="forbid", strict=True, title="DisassociateOriginationIdentityRequest")

    PoolId: PoolIdOrArn
    OriginationIdentity: OriginationIdentityOrArn
    IsoCountryCode: IsoCountryCode
    ClientToken: str = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=CLIENT_TOKEN_PATTERN,
        description="Idempotency token passed to AWS; derived from Idempotency-Key when absent.",
        json_schema_extra=_optional,
    )  # type: ignore[assignment]  # absent or a string on the wire, never null
    DryRun: bool = Field(
        default=None,
        description="true: validate, resolve and check membership and not-last, change nothing (a preview).",
        json_schema_extra=_optional,
    )  # type: ignore[assignment]  # absent or a boolean on the wire, never null


class StepFunctionsRequest(DisassociateRequest):
    """The direct-invoke payload: the HTTP body plus the key a state machine derives from its execution."""

    model_config = ConfigDict(extra="forbid", strict=True, title="DisassociateOriginationIdentityTask")

    IdempotencyKey: str = Field(
        default=None,
        min_length=1,
        max_length=256,
        pattern=r"^[ -~]+$",  # as the Idempotency-Key header
        description="For example $$.Execution.Id; a retried task then reaches AWS with the same ClientToken.",
        json_schema_extra=_optional,
    )  # type: ignore[assignment]  # absent or a string on the wire, never null


class BulkJobRequest(BaseModel):
    """POST /bulk-disassociations: a pool, a country and the identities, inline or as an S3 object (one of them)."""

    model_config = ConfigDict(extra="forbid", strict=True, title="BulkDisassociationRequest")

    PoolId: PoolIdOrArn
    IsoCountryCode: IsoCountryCode
    Identities: list[OriginationIdentityOrArn] = Field(
        default=None,  # type: ignore[arg-type]  # absent or a list on the wire, never null
        min_length=1,
        max_length=BULK_MAX_INLINE_ITEMS,
        description="The identities, inline; larger lists: IdentitiesS3Uri.",
        json_schema_extra=_optional,
    )  # absent or a list on the wire, never null
    IdentitiesS3Uri: str = Field(
        default=None,
        min_length=6,
        max_length=1024,
        pattern=r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$",
        description="s3://bucket/key of a JSON array or CSV (one identity per line, optional header).",
        examples=["s3://my-bucket/offboarding/customer-42.csv"],
        json_schema_extra=_optional,
    )  # type: ignore[assignment]  # absent or a string on the wire, never null


class BulkJobAccepted(BaseModel):
    """202 to POST /bulk-disassociations: the job, where to watch it and how long it should take."""

    JobId: str
    Status: str
    Total: int = Field(description="Distinct identities.")
    Duplicates: int = Field(description="Identities given more than once (each removed and reported once).")
    EstimatedSeconds: int = Field(description="Total divided by the configured AWS request rate.")


class BulkJobStatus(BaseModel):
    """200 to GET /bulk-disassociations/{id}."""

    JobId: str
    Status: str = Field(description="RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED or PENDING_REDRIVE.")
    Progress: dict[str, int] = Field(description="The map run's item counts (total, succeeded, failed, running...).")
    Summary: dict[str, int] | None = Field(default=None, description="Outcome -> count, once finished.")
    ResultsS3Uri: str | None = Field(default=None, description="The per-item results, once finished.")
    Error: str | None = Field(default=None, description="Why the job failed, if it did.")


class ResolveNumbersTask(BaseModel):
    """The bulk workflow's resolution step: its pool, country and list, each E.164 number mapped to its id once."""

    model_config = ConfigDict(extra="forbid", strict=True, title="ResolveNumbersTask")

    PoolId: PoolIdOrArn
    IsoCountryCode: IsoCountryCode
    Identities: list[str] = Field(
        max_length=BULK_MAX_ITEMS, description="As given to the workflow; each item is checked by its own task."
    )


class DisassociateResponse(BaseModel):
    """The 200 body and the Step Functions task result: AWS's response fields."""

    model_config = ConfigDict(title="DisassociateOriginationIdentityResponse")

    PoolArn: str
    PoolId: str
    OriginationIdentityArn: str
    OriginationIdentity: str
    IsoCountryCode: str


class DryRunResponse(BaseModel):
    """The 200 body and task result of a dry run: what the real call would remove (nothing was changed)."""

    model_config = ConfigDict(title="DisassociateOriginationIdentityDryRunResponse")

    DryRun: bool = Field(description="Always true.")
    WouldDisassociate: DisassociateResponse


class FieldError(BaseModel):
    """One invalid input field."""

    field: str
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details, as every error answer carries them."""

    model_config = ConfigDict(title="Problem", extra="allow")

    type: str
    title: str
    status: int
    detail: str
    code: str
    requestId: str  # noqa: N815 - the wire name
    errors: list[FieldError] | None = Field(default=None, json_schema_extra=_optional)
    reason: str | None = Field(default=None, description="AWS's Reason member.", json_schema_extra=_optional)
    resourceType: str | None = Field(default=None, json_schema_extra=_optional)  # noqa: N815
    resourceId: str | None = Field(default=None, json_schema_extra=_optional)  # noqa: N815
    poolId: str | None = Field(  # noqa: N815
        default=None, description="PHONE_NUMBER_NOT_IN_POOL: the pool as sent.", json_schema_extra=_optional
    )
    indexedNumbers: int | None = Field(  # noqa: N815
        default=None, description="INDEX_BUILDING: numbers indexed so far.", json_schema_extra=_optional
    )
    retryAfterSeconds: int | None = Field(  # noqa: N815
        default=None, description="INDEX_BUILDING: the Retry-After header's value.", json_schema_extra=_optional
    )
    phoneNumber: str | None = Field(  # noqa: N815
        default=None, description="The phone number, masked but for its last 4 digits.", json_schema_extra=_optional
    )
    line: int | None = Field(
        default=None,
        description="IDENTITIES_MALFORMED: the line (CSV) or item (JSON, from 1).",
        json_schema_extra=_optional,
    )
    identities: list[str] | None = Field(
        default=None,
        description="PHONE_NUMBER_AMBIGUOUS: the pool's identities with that number.",
        json_schema_extra=_optional,
    )


def request_schema(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode="validation")
