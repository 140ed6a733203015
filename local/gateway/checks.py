"""What API Gateway checks before it invokes the function, in its order: SigV4, resource policy, request model.

Each refusal is the template's gateway response (``local.gateway.responses``), so a caller sees locally the
status, headers and body the deployed API sends.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from typing import Any, Final

import fastjsonschema

from local import sigv4
from local.gateway import responses as gateway_responses
from local.gateway.responses import GatewayResponse, ResourcePolicy
from local.gateway.routes import Route
from local.sigv4 import Failure, LocalKey, RefusalError

INVALID_BODY = "Invalid request body"  # API Gateway's $context.error.message for a failed body validation
# API Gateway's recorded answer: "Signature expired: ... (20260926T123434Z - 5 min.)"; the IAM user guide
# ("Signing AWS API requests"): a request must reach AWS within five minutes of its time stamp.
MAX_SKEW: Final = datetime.timedelta(minutes=5)
MISSING_TOKEN: Final = "Missing Authentication Token"  # noqa: S105 - API Gateway's message, no secret
# The gateway response type of each refusal: API Gateway has none of its own for a malformed header or an
# unknown key, so those are DEFAULT_4XX (403), told apart by x-amzn-ErrorType.
_RESPONSE_TYPES: Final = {
    Failure.MISSING: "MISSING_AUTHENTICATION_TOKEN",
    Failure.INCOMPLETE: "DEFAULT_4XX",
    Failure.INVALID: "INVALID_SIGNATURE",
    Failure.UNKNOWN_KEY: "DEFAULT_4XX",
}


@dataclass
class DeployedChecks:
    """The template's gateway responses, resource policy and request models, and the local keys."""

    routes: list[Route]
    responses: dict[str, GatewayResponse] = field(default_factory=dict)
    policy: ResourcePolicy = field(default_factory=lambda: ResourcePolicy(()))
    keys: tuple[LocalKey, ...] = sigv4.DEFAULT_KEYS
    auth: bool = True
    validate: bool = True
    region: str = "us-east-1"
    stage: str = "local"
    _validators: dict[tuple[str, str], Any] = field(init=False, default_factory=dict)
    verifier: sigv4.Verifier = field(init=False)

    def __post_init__(self) -> None:
        self.verifier = sigv4.Verifier(sigv4.API_SERVICE, (self.region,), self.keys, MAX_SKEW, MISSING_TOKEN)
        if self.validate:
            self._validators = {
                (r.path, r.method): fastjsonschema.compile(r.request_schema) for r in self.routes if r.request_schema
            }

    def refuse(
        self,
        response_type: str,
        message: str,
        request_id: str,
        status: int | None = None,
        error_type: str | None = None,
    ) -> dict[str, Any]:
        """The template's gateway response for ``response_type`` (``status`` where the template sets none)."""
        status = status or gateway_responses.default_status(response_type)
        return gateway_responses.render(self.responses, response_type, message, request_id, status, error_type)

    def unknown_route(self, request_id: str) -> dict[str, Any]:
        """A REST API answers an unknown resource or method with 403 Missing Authentication Token."""
        return self.refuse("MISSING_AUTHENTICATION_TOKEN", MISSING_TOKEN, request_id)

    def check(
        self, route: Route, method: str, raw_path: str, headers: dict[str, str], body: bytes, *, request_id: str
    ) -> tuple[LocalKey | None, dict[str, Any] | None]:
        """(the verified caller or None, the refusal to answer or None)."""
        caller: LocalKey | None = None
        if route.authorization == "AWS_IAM" and self.auth:
            try:
                caller = self.verifier.verify(method, raw_path, headers, body)
            except RefusalError as refusal:
                response_type = _RESPONSE_TYPES[refusal.failure]
                return None, self.refuse(response_type, refusal.message, request_id, 403, refusal.failure.value)
            if self.policy.denies(caller.user_arn):
                return caller, self.refuse("ACCESS_DENIED", self._denied(caller, method, route.path), request_id)
        if not self._body_is_valid(route, headers, body):
            return caller, self.refuse("BAD_REQUEST_BODY", INVALID_BODY, request_id)
        return caller, None

    def _denied(self, caller: LocalKey, method: str, path: str) -> str:
        resource = f"arn:aws:execute-api:{self.region}:{caller.account_id}:local/{self.stage}/{method}{path}"
        return (
            f"User: {caller.user_arn} is not authorized to perform: execute-api:Invoke on resource: "
            f"{resource} with an explicit deny"
        )

    def _body_is_valid(self, route: Route, headers: dict[str, str], body: bytes) -> bool:
        """The request validator: an application/json (or untyped) body must fit the method's model."""
        validate = self._validators.get((route.path, route.method))
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/json")
        if validate is None or content_type.split(";")[0].strip().lower() != "application/json":
            return True  # no model for this content type: API Gateway does not validate
        try:
            validate(json.loads(body or b"null"))
        except (ValueError, RecursionError, fastjsonschema.JsonSchemaException):
            return False
        return True


def identify(event: dict[str, Any], caller: LocalKey | None) -> None:
    """Fill ``requestContext.identity`` as AWS_IAM authorization does for a verified caller."""
    if caller is None:
        return
    event["requestContext"]["identity"].update(
        {
            "accountId": caller.account_id,
            "caller": caller.caller,
            "user": caller.caller,
            "userArn": caller.user_arn,
            "accessKey": caller.access_key,
        }
    )
