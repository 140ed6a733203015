"""The API Gateway request model, generated from the same pydantic model the handler validates with.

pydantic emits draft-07/2020-12 style JSON Schema; API Gateway models are draft-04. :func:`to_draft4`
keeps every validation keyword the two drafts share, drops annotation-only keywords API Gateway does
not know (``examples``), and refuses anything else, so a new constraint in ``models.py`` cannot be
silently lost at the gateway.
"""

from __future__ import annotations

from typing import Any, Final

from aws_cdk import aws_apigateway as apigw

from sms_pool import models  # pydantic is a synth-time dependency (requirements/app.in)

DRAFT4: Final = "http://json-schema.org/draft-04/schema#"
# Annotations API Gateway's draft-04 does not accept; they validate nothing.
_DROPPED: Final = frozenset({"examples"})
# Keywords valid in draft-04 with the same meaning as in pydantic's output.
_KEPT: Final = frozenset(
    {
        "type",
        "title",
        "description",
        "properties",
        "required",
        "additionalProperties",
        "minLength",
        "maxLength",
        "pattern",
        "enum",
        "minimum",
        "maximum",
        "items",
        "minItems",
        "maxItems",
        "not",
    }
)


def to_draft4(schema: dict[str, Any], *, root: bool = True) -> dict[str, Any]:
    """``schema`` as draft-04 JSON Schema; raises ValueError on a keyword that would change meaning."""
    out: dict[str, Any] = {"$schema": DRAFT4} if root else {}
    for key, value in schema.items():
        if key in _DROPPED:
            continue
        if key not in _KEPT:
            raise ValueError(f"JSON Schema keyword {key!r} has no draft-04 equivalent handled here")
        if key == "properties":
            out[key] = {name: to_draft4(sub, root=False) for name, sub in value.items()}
        elif key in ("items", "not"):
            out[key] = to_draft4(value, root=False)
        else:
            out[key] = value
    return out


def request_schema_draft4() -> dict[str, Any]:
    """The HTTP body's schema as API Gateway receives it."""
    return to_draft4(models.request_schema(models.DisassociateRequest))


_TYPES: Final = {
    "object": apigw.JsonSchemaType.OBJECT,
    "string": apigw.JsonSchemaType.STRING,
    "integer": apigw.JsonSchemaType.INTEGER,
    "number": apigw.JsonSchemaType.NUMBER,
    "boolean": apigw.JsonSchemaType.BOOLEAN,
    "array": apigw.JsonSchemaType.ARRAY,
}
# draft-04 keyword -> apigw.JsonSchema keyword argument
_ARGS: Final = {
    "title": "title",
    "description": "description",
    "required": "required",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "enum": "enum",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
    "additionalProperties": "additional_properties",
}


def json_schema(schema: dict[str, Any]) -> apigw.JsonSchema:
    """Build the CDK ``JsonSchema`` for a draft-04 dict from :func:`to_draft4`."""
    kwargs: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$schema":
            kwargs["schema"] = apigw.JsonSchemaVersion.DRAFT4
        elif key == "type":
            kwargs["type"] = _TYPES[value]
        elif key == "properties":
            kwargs["properties"] = {name: json_schema(sub) for name, sub in value.items()}
        elif key == "items":
            kwargs["items"] = json_schema(value)
        elif key == "not":
            kwargs["not_"] = json_schema(value)
        else:
            kwargs[_ARGS[key]] = value
    return apigw.JsonSchema(**kwargs)
