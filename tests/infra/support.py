"""Helpers shared by the infra tests (kept out of conftest so mypy sees plain imports)."""

from __future__ import annotations

import json
from typing import Any


def render(value: Any) -> str:
    """A template value as text: intrinsic functions become ``<Ref:X>``/``<X.Attr>`` placeholders."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((key, arg),) = value.items()
        if key == "Fn::Join":
            return str(arg[0]).join(render(part) for part in arg[1])
        if key == "Ref":
            return f"<{arg}>"
        if key == "Fn::GetAtt":
            return f"<{arg[0]}.{arg[1]}>" if isinstance(arg, list) else f"<{arg}>"
    return json.dumps(value, sort_keys=True)


def as_list(value: Any) -> list[Any]:
    """IAM allows a single value or a list; always a list."""
    return value if isinstance(value, list) else [value]


class ContextNode:
    """What ``Settings.from_context`` reads of a construct node: ``try_get_context`` over a plain dict."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context

    def try_get_context(self, key: str) -> Any:
        return self.context.get(key)
