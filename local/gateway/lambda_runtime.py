"""What the Lambda service does around a handler: loads it, hands it a context and API Gateway proxy events."""

from __future__ import annotations

import importlib
import os
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from local.defaults import ACCOUNT_ID, API_ID, REGION, STAGE
from local.sigv4 import FUNCTION_KEY
from sms_pool.constants import ALL_POOLS, ALLOWED_POOLS_ENV, API_ACCOUNT_ENV, API_ID_ENV, API_STAGE_ENV, APP_NAME, ROUTE

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]

# What the stack sets from its settings (infra/function.py), with the local mode's values: every pool of the
# emulator (SYNTH_CONTEXT's allowAllPools) and the local API's account, stage and id (api_gateway_event).
FUNCTION_GUARDS: Final = {
    ALLOWED_POOLS_ENV: ALL_POOLS,
    API_ACCOUNT_ENV: ACCOUNT_ID,
    API_STAGE_ENV: STAGE,
    API_ID_ENV: API_ID,
}


def load_handler(dotted: str) -> Handler:
    """The function ``module.name`` names (a template's ``Handler``), importing its module."""
    module, _, name = dotted.rpartition(".")
    handler: Handler = getattr(importlib.import_module(module), name)
    return handler


@dataclass
class FakeLambdaContext:
    """The attributes of ``awslambdaric``'s context that Powertools reads."""

    function_name: str = APP_NAME
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 256
    timeout_seconds: float = 30.0
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = f"/aws/lambda/{APP_NAME}"
    log_stream_name: str = "local"
    _deadline: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_seconds

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def api_gateway_event(
    body: str | None,
    *,
    method: str = "POST",
    path: str = ROUTE,
    resource: str | None = None,
    headers: Mapping[str, str] | None = None,
    query: Mapping[str, list[str]] | None = None,
    is_base64: bool = False,
    source_ip: str = "127.0.0.1",
    stage: str = STAGE,
) -> dict[str, Any]:
    """A REST API proxy event (payload format 1.0), as API Gateway builds it."""
    single_headers = dict(headers or {"Content-Type": "application/json"})
    request_id = str(uuid.uuid4())
    now = time.time()
    return {
        "resource": resource if resource is not None else path,
        "path": path,
        "httpMethod": method,
        "headers": single_headers or None,
        "multiValueHeaders": {k: [v] for k, v in single_headers.items()} or None,
        "queryStringParameters": {k: v[-1] for k, v in query.items()} if query else None,
        "multiValueQueryStringParameters": dict(query) if query else None,
        "pathParameters": None,
        "stageVariables": None,
        "requestContext": {
            "resourceId": "local",
            "resourcePath": resource if resource is not None else path,
            "httpMethod": method,
            "extendedRequestId": f"{request_id[:8]}-ext",  # distinct from requestId, as API Gateway's is
            "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
            "path": f"/{stage}{path}",
            "accountId": ACCOUNT_ID,
            "protocol": "HTTP/1.1",
            "stage": stage,
            "domainPrefix": "localhost",
            "requestTimeEpoch": int(now * 1000),
            "requestId": request_id,
            "identity": {
                "cognitoIdentityPoolId": None,
                "accountId": None,
                "cognitoIdentityId": None,
                "caller": None,
                "sourceIp": source_ip,
                "principalOrgId": None,
                "accessKey": None,
                "cognitoAuthenticationType": None,
                "cognitoAuthenticationProvider": None,
                "userArn": None,
                "userAgent": single_headers.get("User-Agent"),
                "user": None,
            },
            "domainName": "localhost",
            "apiId": API_ID,
        },
        "body": body,
        "isBase64Encoded": is_base64,
    }


def invoke(handler: Callable[[Any, Any], Any], payload: Any) -> tuple[bool, Any]:
    """One direct invocation, as Lambda reports it: ``(True, result)`` or ``(False, error object)``."""
    context = FakeLambdaContext()
    try:
        return True, handler(payload, context)
    except Exception as exc:  # what Lambda reports for an unhandled error
        return False, {"errorType": type(exc).__name__, "errorMessage": str(exc), "requestId": context.aws_request_id}


def lambda_environment(endpoint_url: str, stage: str = STAGE) -> None:
    """What the deployed function gets from Lambda and the stack, its AWS calls sent to ``endpoint_url``;
    ``stage`` is the stage of the API whose events it trusts (the template's, where the local API serves it).

    Set before ``sms_pool.handlers`` is imported; stdout becomes stderr (function logs), as Lambda keeps
    them apart from the invocation result.
    """
    sys.stdout = sys.stderr
    os.environ.setdefault("AWS_REGION", REGION)
    os.environ.setdefault("AWS_DEFAULT_REGION", os.environ["AWS_REGION"])
    # Lambda sets the role's temporary key, whatever the environment held; the emulator checks it (SigV4).
    os.environ["AWS_ACCESS_KEY_ID"] = FUNCTION_KEY.access_key
    os.environ["AWS_SECRET_ACCESS_KEY"] = FUNCTION_KEY.secret_key
    os.environ["AWS_SESSION_TOKEN"] = str(FUNCTION_KEY.session_token)
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", APP_NAME)
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "SmsPoolLocal")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    for name, value in FUNCTION_GUARDS.items():  # a caller's own value wins (to try allowedPools locally)
        os.environ.setdefault(name, value)
    os.environ[API_STAGE_ENV] = stage  # the local API's events carry the template's stage: they must match
    os.environ["AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2"] = endpoint_url
