"""The botocore service model of ``pinpoint-sms-voice-v2`` and request validation against it.

botocore's own ``ParamValidator`` checks required members, types and minimums; the
constraints it leaves to the service (maximum lengths and values, patterns, enums) are read
generically from each shape's metadata here. Nothing of the model is retyped by hand.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

import botocore.session
from botocore.model import ListShape, OperationModel, ServiceModel, Shape, StructureShape
from botocore.validate import ParamValidator

from sms_pool.constants import SERVICE_NAME


@functools.cache
def service_model() -> ServiceModel:
    """The service model bundled with the installed botocore."""
    return botocore.session.get_session().get_service_model(SERVICE_NAME)


def target_prefix() -> str:
    return str(service_model().metadata["targetPrefix"])


def operation_model(name: str) -> OperationModel | None:
    """The operation model for ``name`` or ``None`` when the model has no such operation."""
    if name not in service_model().operation_names:
        return None
    return service_model().operation_model(name)


def enum_value(shape_name: str, value: str) -> str:
    """``value`` if it is a member of the model's enum ``shape_name`` (guards against typos)."""
    allowed = _enum(service_model().shape_for(shape_name))
    if value not in allowed:
        raise KeyError(f"{value!r} is not a value of {shape_name}: {allowed}")
    return value


@dataclass
class ApiError(Exception):
    """An AWS error answer: ``__type`` code, message, HTTP status and modelled members."""

    code: str
    message: str
    members: dict[str, Any] = field(default_factory=dict)
    status: int = 0

    def __post_init__(self) -> None:
        super().__init__(f"{self.code}: {self.message}")
        if not self.status:
            self.status = error_status(self.code)

    def body(self) -> dict[str, Any]:
        return {"__type": self.code, "message": self.message, "Message": self.message, **self.members}


def error_status(code: str) -> int:
    """HTTP status of a modelled error: 500 when the model marks it as a fault, else 400."""
    try:
        shape = service_model().shape_for(code)
    except Exception:
        return 400
    error = shape.metadata.get("error", {})
    if "httpStatusCode" in error:
        return int(error["httpStatusCode"])
    return 500 if shape.metadata.get("fault") or code == "InternalServerException" else 400


def validation_error(reason: str, fields: list[tuple[str, str]], message: str | None = None) -> ApiError:
    items = [{"Name": name, "Message": msg} for name, msg in fields]
    if message is None:
        count = len(items)
        detail = "; ".join(f"{f['Name']}: {f['Message']}" for f in items)
        message = f"{count} validation error{'s' if count != 1 else ''} detected: {detail}"
    return ApiError(
        "ValidationException",
        message,
        {"Reason": enum_value("ValidationExceptionReason", reason), "Fields": items},
    )


def not_found(resource_type: str, resource_id: str, message: str | None = None) -> ApiError:
    return ApiError(
        "ResourceNotFoundException",
        message or f"The {resource_type} {resource_id} does not exist.",
        {"ResourceType": enum_value("ResourceType", resource_type), "ResourceId": resource_id},
    )


def conflict(reason: str, resource_type: str, resource_id: str, message: str) -> ApiError:
    return ApiError(
        "ConflictException",
        message,
        {
            "Reason": enum_value("ConflictExceptionReason", reason),
            "ResourceType": enum_value("ResourceType", resource_type),
            "ResourceId": resource_id,
        },
    )


_BOTOCORE_REASONS = {
    "missing required field": "MISSING_PARAMETER",
    "unknown field": "UNSPECIFIED_PARAMETER_NOT_SUPPORTED",
}


def _field_name(prefix: str, extra: dict[str, Any]) -> str:
    name = prefix[1:] if prefix.startswith(".") else prefix
    if "required_name" in extra:
        name = f"{name}.{extra['required_name']}" if name else str(extra["required_name"])
    if "unknown_param" in extra:
        name = f"{name}.{extra['unknown_param']}" if name else str(extra["unknown_param"])
    return name


# botocore reports Python types (``<class 'NoneType'>``); the wire only knows JSON's names.
_JSON_TYPES = {
    "str": "string",
    "int": "number",
    "float": "number",
    "Decimal": "number",
    "bool": "boolean",
    "list": "array",
    "tuple": "array",
    "dict": "object",
    "NoneType": "null",
    "datetime": "timestamp",
    "bytes": "blob",
    "bytearray": "blob",
}


def _json_type(type_name: str) -> str:
    """The JSON name of a Python type name or of botocore's ``"<class 'name'>"``."""
    bare = type_name.removeprefix("<class '").removesuffix("'>").rpartition(".")[2]
    return _JSON_TYPES.get(bare, bare)


def _type_message(valid_types: Any, value: Any) -> str:
    """JSON's names for what was expected and what came; a fraction where an integer is due says so."""
    wanted = sorted({_json_type(str(t)) for t in valid_types})
    if isinstance(value, float) and all("int" in str(t) for t in valid_types):
        return f"expected an integer, got {value!r} (a number with a fraction)"
    return f"expected {' or '.join(wanted)}, got {_json_type(type(value).__name__)}"


def _botocore_errors(params: dict[str, Any], shape: StructureShape) -> list[tuple[str, str, str]]:
    report: Any = ParamValidator().validate(params, shape)
    out: list[tuple[str, str, str]] = []
    messages = report.generate_report().split("\n") if report.has_errors() else []
    for (kind, prefix, extra), botocore_message in zip(report._errors, messages, strict=False):
        reason = _BOTOCORE_REASONS.get(kind, "FIELD_VALIDATION_FAILED")
        name = _field_name(prefix, extra)
        msg = botocore_message
        if kind == "invalid type":  # botocore's message prints Python types (<class 'NoneType'>)
            msg = _type_message(extra.get("valid_types", ()), extra.get("param"))
        out.append((reason, name, msg))
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json reads NaN and Infinity; RFC 8259 has neither


def parse_body(raw: bytes) -> Any:
    """The request's JSON (``{}`` for an empty body) without null members; a ValidationException otherwise."""
    if not raw.strip():
        return {}
    try:
        return drop_nulls(json.loads(raw, parse_constant=_no_constant))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise validation_error("CANNOT_PARSE", [("body", "The request body is not valid JSON")]) from exc
    except RecursionError as exc:  # a body nested thousands of levels deep is the client's fault, not a 500
        raise validation_error("CANNOT_PARSE", [("body", "The request body is nested too deeply")]) from exc


def drop_nulls(value: Any) -> Any:
    """``value`` without ``null`` object members: AWS's JSON deserializers treat them as absent."""
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def _constraint_errors(value: Any, shape: Shape, name: str, out: list[tuple[str, str, str]]) -> None:  # noqa: C901 - one branch per botocore constraint kind
    meta = shape.metadata
    if isinstance(shape, StructureShape):
        if isinstance(value, dict):
            for key, member in shape.members.items():
                if key in value:
                    _constraint_errors(value[key], member, f"{name}.{key}" if name else key, out)
        return
    if isinstance(shape, ListShape):
        if isinstance(value, list):
            if "max" in meta and len(value) > int(meta["max"]):
                out.append(_bad(name, f"Member must have length less than or equal to {meta['max']}"))
            for i, item in enumerate(value):
                _constraint_errors(item, shape.member, f"{name}[{i}]", out)
        return
    if shape.type_name == "string" and isinstance(value, str):
        if "max" in meta and len(value) > int(meta["max"]):
            out.append(_bad(name, f"Member must have length less than or equal to {meta['max']}"))
        pattern = meta.get("pattern")
        if pattern and not _compiled(pattern).fullmatch(value):
            out.append(_bad(name, f"Member must satisfy regular expression pattern: {pattern}"))
        allowed = _enum(shape)
        if allowed and value not in allowed:
            out.append(_bad(name, f"Member must satisfy enum value set: [{', '.join(allowed)}]"))
    elif shape.type_name in ("integer", "long") and isinstance(value, bool):
        # botocore accepts True as 1 (bool is an int in Python); the service's JSON reader does not.
        out.append(_bad(name, "expected number, got boolean"))
    elif (
        shape.type_name in ("integer", "long")
        and isinstance(value, int)
        and not isinstance(value, bool)
        and "max" in meta
        and value > int(meta["max"])
    ):
        out.append(_bad(name, f"Member must have value less than or equal to {meta['max']}"))


def _enum(shape: Shape) -> list[str]:
    return list(getattr(shape, "enum", None) or [])


def _bad(name: str, message: str) -> tuple[str, str, str]:
    return ("FIELD_VALIDATION_FAILED", name, message)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def validate_request(operation: OperationModel, params: Any) -> None:
    """Raise a ``ValidationException`` (Reason + Fields) if ``params`` do not fit the model."""
    shape = operation.input_shape
    if shape is None:
        return
    if not isinstance(params, dict):
        raise validation_error("CANNOT_PARSE", [], "The request body must be a JSON object.")
    errors = _botocore_errors(params, shape)
    _constraint_errors(params, shape, "", errors)
    if errors:
        reason = errors[0][0]
        raise validation_error(reason, [(name, msg) for _, name, msg in errors])


def shape_output(operation: OperationModel, result: dict[str, Any]) -> dict[str, Any]:
    """Keep only the members of ``result`` that the operation's output shape declares."""
    shape = operation.output_shape
    if shape is None:
        return {}
    projected: dict[str, Any] = _project(result, shape)
    return projected


def _project(value: Any, shape: Shape) -> Any:
    if isinstance(shape, StructureShape) and isinstance(value, dict):
        members = shape.members
        return {k: _project(v, members[k]) for k, v in value.items() if k in members and v is not None}
    if isinstance(shape, ListShape) and isinstance(value, list):
        return [_project(v, shape.member) for v in value]
    return value
