"""The API's OpenAPI 3.1 document, built from the same pydantic models and error table the function uses."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import models_json_schema

from sms_pool import errors, models
from sms_pool.constants import IDEMPOTENCY_HEADER, MAX_IDEMPOTENCY_KEY_LENGTH, ROUTE

_REF = "#/components/schemas/{model}"
PROBLEM_MEDIA_TYPE = "application/problem+json"
# Swagger UI's "Try it out" body: a readable ClientToken (Swagger would otherwise invent a random printable string
# from the pattern). The ids are the models' examples unless the local mode passes its demo pool's real ones.
EXAMPLE_CLIENT_TOKEN = "swagger-try-it-out-1"  # noqa: S105 - an example idempotency token, not a secret
SECURITY_SCHEME = "sigv4"
# AWS_IAM as API Gateway's OpenAPI export declares it: an apiKey scheme on the Authorization header marked with
# x-amazon-apigateway-authtype "awsSigv4" (API Gateway developer guide, "x-amazon-apigateway-authtype property").
SIGV4_SCHEME = {
    "type": "apiKey",
    "name": "Authorization",
    "in": "header",
    "x-amazon-apigateway-authtype": "awsSigv4",
    "description": "AWS Signature Version 4, service execute-api (API Gateway's AWS_IAM); see the description above",
}
# Shown at the top of Swagger UI: why "Try it out" gets a 403 and how to make a call that passes.
SIGNING_HELP = (
    "**Every request must be signed** with AWS Signature Version 4 for service `execute-api` (API Gateway's "
    "`AWS_IAM` authorization). This page cannot sign, so *Try it out* gets 403 `MISSING_AUTHENTICATION` while "
    'signatures are checked. Call it signed with `curl --aws-sigv4 "aws:amz:REGION:execute-api" --user '
    'ACCESS_KEY:SECRET_KEY` or any AWS SDK (docs/infrastructure.md, "Calling the API from an internal service"); '
    "locally, `make run` prints its key and ready signed curl commands. To try requests from this page, start "
    "the local mode with `LOCAL_API_AUTH=off make run` (or `python -m local.cli run --no-auth`): unsigned requests "
    "then pass."
)


def example_body(pool_id: str | None = None, identity: str | None = None, country: str = "US") -> dict[str, str]:
    """The request body Swagger UI shows; ``pool_id``/``identity`` default to the models' examples."""
    fields = models.DisassociateRequest.model_fields
    return {
        "PoolId": pool_id or str((fields["PoolId"].examples or [""])[0]),
        "OriginationIdentity": identity or str((fields["OriginationIdentity"].examples or [""])[0]),
        "IsoCountryCode": country,
        "ClientToken": EXAMPLE_CLIENT_TOKEN,
    }


def _problem_response(rows: list[errors.ErrorRow]) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": "; ".join(f"{row.code}: {row.title}" for row in rows),
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": _REF.format(model="Problem")}}},
    }
    if any(row.retry_after is not None for row in rows):
        response["headers"] = {
            "Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "string"}}
        }
    return response


def build(server_url: str | None = None, example: dict[str, str] | None = None) -> dict[str, Any]:
    """The OpenAPI document; ``server_url`` adds a ``servers`` entry (the local API's address), ``example`` sets
    the request body Swagger UI offers (default :func:`example_body`)."""
    _, schemas = models_json_schema(
        [
            (m, "validation")
            for m in (
                models.DisassociateRequest,
                models.DisassociateResponse,
                models.DryRunResponse,
                models.Problem,
            )
        ],
        ref_template=_REF,
    )
    by_status: dict[int, list[errors.ErrorRow]] = {}
    for row in errors.TABLE:
        by_status.setdefault(row.status, []).append(row)
    responses: dict[str, Any] = {
        "200": {
            "description": "The identity was removed from the pool (with DryRun: it would be; nothing changed)",
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [
                            {"$ref": _REF.format(model="DisassociateResponse")},
                            {"$ref": _REF.format(model="DryRunResponse")},
                        ]
                    }
                }
            },
        }
    }
    responses.update({str(status): _problem_response(rows) for status, rows in sorted(by_status.items())})
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "SMS pool: disassociate origination identity",
            "version": "1.0.0",
            "description": "Removes an origination identity from an AWS End User Messaging SMS pool. "
            "Errors are RFC 9457 problem details.\n\n" + SIGNING_HELP,
        },
        "paths": {
            ROUTE: {
                "post": {
                    "operationId": "disassociateOriginationIdentity",
                    "summary": "Remove an origination identity from a pool",
                    "security": [{SECURITY_SCHEME: []}],
                    "parameters": [
                        {
                            "name": IDEMPOTENCY_HEADER,
                            "in": "header",
                            "required": False,
                            "description": "Derives the ClientToken when the body has none.",
                            "schema": {
                                "type": "string",
                                "minLength": 1,
                                "maxLength": MAX_IDEMPOTENCY_KEY_LENGTH,
                                "pattern": "^[ -~]+$",
                            },
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": _REF.format(model="DisassociateRequest")},
                                "example": example or example_body(),
                            }
                        },
                    },
                    "responses": responses,
                }
            }
        },
        "components": {"schemas": schemas["$defs"], "securitySchemes": {SECURITY_SCHEME: SIGV4_SCHEME}},
    }
    if server_url:
        document["servers"] = [{"url": server_url}]
    return document
