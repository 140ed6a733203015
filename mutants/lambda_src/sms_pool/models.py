"""The contract's pydantic models: the single source of the request and response schemas.

The function does not import this module at run time (pydantic would add ~45 ms to every cold
start). ``scripts/gen_validator.py`` compiles the JSON Schema of these models into
``_generated/request.py``; the API Gateway request model and the OpenAPI document are generated from them
too, and tests check that all of them, and botocore's service model, agree.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

# botocore's model: PoolIdOrArn and PhoneOrSenderIdOrArn are [A-Za-z0-9_:/-], up to 256.
IDENTIFIER_PATTERN = r"^[A-Za-z0-9_:/-]+$"
ISO_COUNTRY_CODE_PATTERN = r"^[A-Z]{2}$"
CLIENT_TOKEN_PATTERN = r"^[!-~]+$"  # noqa: S105 - a pattern, not a secret


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__identifier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__identifier__mutmut)
def _identifier(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_orig(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_1(description: str, example: str) -> Any:
    return Field(min_length=None, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_2(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=None, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_3(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=None, description=description, examples=[example])


def x__identifier__mutmut_4(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, description=None, examples=[example])


def x__identifier__mutmut_5(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=None)


def x__identifier__mutmut_6(description: str, example: str) -> Any:
    return Field(max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_7(description: str, example: str) -> Any:
    return Field(min_length=1, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_8(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, description=description, examples=[example])


def x__identifier__mutmut_9(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, examples=[example])


def x__identifier__mutmut_10(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, )


def x__identifier__mutmut_11(description: str, example: str) -> Any:
    return Field(min_length=2, max_length=256, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])


def x__identifier__mutmut_12(description: str, example: str) -> Any:
    return Field(min_length=1, max_length=257, pattern=IDENTIFIER_PATTERN, description=description, examples=[example])

mutants_x__identifier__mutmut['_mutmut_orig'] = x__identifier__mutmut_orig # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_1'] = x__identifier__mutmut_1 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_2'] = x__identifier__mutmut_2 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_3'] = x__identifier__mutmut_3 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_4'] = x__identifier__mutmut_4 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_5'] = x__identifier__mutmut_5 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_6'] = x__identifier__mutmut_6 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_7'] = x__identifier__mutmut_7 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_8'] = x__identifier__mutmut_8 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_9'] = x__identifier__mutmut_9 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_10'] = x__identifier__mutmut_10 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_11'] = x__identifier__mutmut_11 # type: ignore # mutmut generated
mutants_x__identifier__mutmut['x__identifier__mutmut_12'] = x__identifier__mutmut_12 # type: ignore # mutmut generated


PoolIdOrArn = Annotated[
    str, _identifier("The PoolId or PoolArn (use the ARN for a shared pool).", "pool-2f6c2e1d3b8a4c5d9e0f1a2b3c4d5e6f")
]
OriginationIdentityOrArn = Annotated[
    str,
    _identifier(
        "A PhoneNumberId, PhoneNumberArn, SenderId or SenderIdArn; never a phone number.",
        "phone-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
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
mutants_x__optional__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional__mutmut)
def _optional(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_orig(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_1(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop(None, None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_2(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop(None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_3(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", )
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_4(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("XXdefaultXX", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_5(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("DEFAULT", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_6(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = None
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_7(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop(None, []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_8(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", None) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_9(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop([]) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_10(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", ) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_11(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("XXanyOfXX", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_12(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyof", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_13(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("ANYOF", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_14(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get(None) != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_15(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("XXtypeXX") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_16(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("TYPE") != "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_17(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") == "null"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_18(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "XXnullXX"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_19(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "NULL"]
    if branches:
        schema.update(branches[0])


def x__optional__mutmut_20(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(None)


def x__optional__mutmut_21(schema: dict[str, Any]) -> None:
    # An optional member may be absent but never null (botocore would send null to AWS; the service never
    # answers one), so its schema keeps only the non-null branch.
    schema.pop("default", None)
    branches = [branch for branch in schema.pop("anyOf", []) if branch.get("type") != "null"]
    if branches:
        schema.update(branches[1])

mutants_x__optional__mutmut['_mutmut_orig'] = x__optional__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_1'] = x__optional__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_2'] = x__optional__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_3'] = x__optional__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_4'] = x__optional__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_5'] = x__optional__mutmut_5 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_6'] = x__optional__mutmut_6 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_7'] = x__optional__mutmut_7 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_8'] = x__optional__mutmut_8 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_9'] = x__optional__mutmut_9 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_10'] = x__optional__mutmut_10 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_11'] = x__optional__mutmut_11 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_12'] = x__optional__mutmut_12 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_13'] = x__optional__mutmut_13 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_14'] = x__optional__mutmut_14 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_15'] = x__optional__mutmut_15 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_16'] = x__optional__mutmut_16 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_17'] = x__optional__mutmut_17 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_18'] = x__optional__mutmut_18 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_19'] = x__optional__mutmut_19 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_20'] = x__optional__mutmut_20 # type: ignore # mutmut generated
mutants_x__optional__mutmut['x__optional__mutmut_21'] = x__optional__mutmut_21 # type: ignore # mutmut generated


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


class DisassociateResponse(BaseModel):
    """The 200 body and the Step Functions task result: AWS's response fields."""

    model_config = ConfigDict(title="DisassociateOriginationIdentityResponse")

    PoolArn: str
    PoolId: str
    OriginationIdentityArn: str
    OriginationIdentity: str
    IsoCountryCode: str


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
mutants_x_request_schema__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_request_schema__mutmut)
def request_schema(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode="validation")


def x_request_schema__mutmut_orig(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode="validation")


def x_request_schema__mutmut_1(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode=None)


def x_request_schema__mutmut_2(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode="XXvalidationXX")


def x_request_schema__mutmut_3(model: type[BaseModel] = DisassociateRequest) -> dict[str, Any]:
    """The draft-07-compatible JSON Schema of a request model (no $defs, no nulls)."""
    return model.model_json_schema(mode="VALIDATION")

mutants_x_request_schema__mutmut['_mutmut_orig'] = x_request_schema__mutmut_orig # type: ignore # mutmut generated
mutants_x_request_schema__mutmut['x_request_schema__mutmut_1'] = x_request_schema__mutmut_1 # type: ignore # mutmut generated
mutants_x_request_schema__mutmut['x_request_schema__mutmut_2'] = x_request_schema__mutmut_2 # type: ignore # mutmut generated
mutants_x_request_schema__mutmut['x_request_schema__mutmut_3'] = x_request_schema__mutmut_3 # type: ignore # mutmut generated
