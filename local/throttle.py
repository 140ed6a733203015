"""The stage's throttling, as deployed: rate and burst read from the synthesized template, and API Gateway's
429 rendered from the template's ``THROTTLED`` gateway response.

API Gateway throttles with a token bucket (the stage's ``ThrottlingRateLimit`` tokens per second, at most
``ThrottlingBurstLimit`` held); an excess request gets the ``THROTTLED`` gateway response and never reaches
the function ("Throttle requests to your REST APIs", API Gateway developer guide). On for ``make run``,
off for ``serve`` (tests) unless ``SMS_LOCAL_THROTTLE=on``.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from local.emulator.quotas import TokenBucket

ENV_VAR: Final = "SMS_LOCAL_THROTTLE"
# What API Gateway puts in $context.error.message for a throttled request.
THROTTLED_MESSAGE: Final = "Too Many Requests"
_HEADER_PREFIX: Final = "gatewayresponse.header."


def enabled_from_env(env: Mapping[str, str] = os.environ, *, default: bool) -> bool:
    """``SMS_LOCAL_THROTTLE`` as a switch; unset means ``default``; anything but on/off is a ValueError."""
    raw = env.get(ENV_VAR, "").strip().lower()
    if not raw:
        return default
    if raw in {"on", "1", "true"}:
        return True
    if raw in {"off", "0", "false"}:
        return False
    raise ValueError(f"{ENV_VAR}={raw!r}: use on or off")


@dataclass(frozen=True, slots=True)
class GatewayResponse:
    """One ``AWS::ApiGateway::GatewayResponse``: status, headers and body template."""

    status: int
    headers: dict[str, str]
    template: str

    def render(self, request_id: str, message: str) -> dict[str, Any]:
        """The proxy-style response, with the ``$context`` variables the template uses substituted."""
        body = (
            self.template.replace("$context.error.messageString", json.dumps(message))
            .replace("$context.error.message", message)
            .replace("$context.error.responseType", "THROTTLED")
            .replace("$context.requestId", request_id)
        )
        return {"statusCode": self.status, "headers": dict(self.headers), "body": body}


def _stage_limits(resources: Mapping[str, Any]) -> tuple[float, int]:
    for resource in resources.values():
        if resource["Type"] != "AWS::ApiGateway::Stage":
            continue
        for setting in resource["Properties"].get("MethodSettings", []):
            if setting.get("HttpMethod") == "*" and setting.get("ResourcePath") == "/*":
                return float(setting["ThrottlingRateLimit"]), int(setting["ThrottlingBurstLimit"])
    raise ValueError("the template's stage sets no ThrottlingRateLimit/ThrottlingBurstLimit for /* *")


def _throttled_response(resources: Mapping[str, Any]) -> GatewayResponse:
    for resource in resources.values():
        props = resource.get("Properties", {})
        if resource["Type"] == "AWS::ApiGateway::GatewayResponse" and props.get("ResponseType") == "THROTTLED":
            headers = {
                name.removeprefix(_HEADER_PREFIX): str(value).strip("'")
                for name, value in props.get("ResponseParameters", {}).items()
                if name.startswith(_HEADER_PREFIX)
            }
            return GatewayResponse(
                int(props.get("StatusCode", 429)), headers, props["ResponseTemplates"]["application/json"]
            )
    # API Gateway's own default for THROTTLED.
    return GatewayResponse(429, {"Content-Type": "application/json"}, '{"message":$context.error.messageString}')


@dataclass
class StageThrottle:
    """The stage's token bucket; :meth:`limited` answers the 429 for a request over it, else None."""

    rate: float
    burst: int
    response: GatewayResponse
    clock: Callable[[], float] = time.monotonic
    _bucket: TokenBucket | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_template(cls, template: Path) -> StageThrottle:
        """Rate, burst and the THROTTLED response of the stack in ``template``."""
        resources = json.loads(template.read_text())["Resources"]
        rate, burst = _stage_limits(resources)
        return cls(rate, burst, _throttled_response(resources))

    def limited(self, request_id: str) -> dict[str, Any] | None:
        """None if the request may pass (a token is taken), else API Gateway's 429 for it."""
        now = self.clock()
        with self._lock:
            if self._bucket is None:
                self._bucket = TokenBucket(self.rate, float(self.burst), float(self.burst), now)
            if self._bucket.take(now):
                return None
        return self.response.render(request_id, THROTTLED_MESSAGE)
