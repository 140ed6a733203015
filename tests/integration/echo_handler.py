"""Stand-in handlers the local API tests route to (importable in a spawned container process too)."""

from __future__ import annotations

import json
import os
import time
from typing import Any

CAPTURED: list[dict[str, Any]] = []


def capture(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Record the event the gateway built and answer 200."""
    CAPTURED.append(event)
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"}


def slow_pid(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Take 0.5 s and say which process (container) ran it."""
    time.sleep(0.5)
    return {"statusCode": 200, "headers": {}, "body": json.dumps({"pid": os.getpid()})}
