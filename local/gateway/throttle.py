"""The stage's throttling, as deployed: rate and burst read from the synthesized template, and API Gateway's
429 rendered from the template's ``THROTTLED`` gateway response (``local.gateway.responses``, as every other
answer of the gateway's own).

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
from local.gateway import responses as gateway_responses
from local.gateway.responses import GatewayResponse

ENV_VAR: Final = "SMS_LOCAL_THROTTLE"
# What API Gateway puts in $context.error.message for a throttled request.
THROTTLED_MESSAGE: Final = "Too Many Requests"
THROTTLED: Final = "THROTTLED"  # the gateway response type of a throttled request


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


def _stage_limits(resources: Mapping[str, Any]) -> tuple[float, int]:
    for resource in resources.values():
        if resource["Type"] != "AWS::ApiGateway::Stage":
            continue
        for setting in resource["Properties"].get("MethodSettings", []):
            if setting.get("HttpMethod") == "*" and setting.get("ResourcePath") == "/*":
                return float(setting["ThrottlingRateLimit"]), int(setting["ThrottlingBurstLimit"])
    raise ValueError("the template's stage sets no ThrottlingRateLimit/ThrottlingBurstLimit for /* *")


@dataclass
class StageThrottle:
    """The stage's token bucket; :meth:`limited` answers the 429 for a request over it, else None."""

    rate: float
    burst: int
    responses: dict[str, GatewayResponse] = field(default_factory=dict)  # the template's, by response type
    clock: Callable[[], float] = time.monotonic
    _bucket: TokenBucket | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_template(cls, template: Path) -> StageThrottle:
        """Rate, burst and the THROTTLED response of the stack in ``template``."""
        resources = json.loads(template.read_text())["Resources"]
        rate, burst = _stage_limits(resources)
        return cls(rate, burst, gateway_responses.load(resources))

    def limited(self, request_id: str) -> dict[str, Any] | None:
        """None if the request may pass (a token is taken), else API Gateway's 429 for it."""
        now = self.clock()
        with self._lock:
            if self._bucket is None:
                self._bucket = TokenBucket(self.rate, float(self.burst), float(self.burst), now)
            if self._bucket.take(now):
                return None
        return gateway_responses.render(
            self.responses, THROTTLED, THROTTLED_MESSAGE, request_id, gateway_responses.default_status(THROTTLED)
        )
