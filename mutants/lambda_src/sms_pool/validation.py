"""Input checks: body decoding, size and duplicate-key limits, and the compiled model schemas.

Every failure is the table's ``InvalidRequestError`` naming the field, raised before any AWS call.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import TYPE_CHECKING, Any, Final

from fastjsonschema import JsonSchemaValueException

from sms_pool import errors
from sms_pool._generated import request as compiled_request
from sms_pool.aws import PARTITION

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import DisassociateOriginationIdentityRequestTypeDef

MAX_BODY_BYTES: Final = 64 * 1024
_REQUIRED: Final = ("PoolId", "OriginationIdentity", "IsoCountryCode")
_ALLOWED_HTTP: Final = frozenset({*_REQUIRED, "ClientToken"})
_ALLOWED_SFN: Final = _ALLOWED_HTTP | {"IdempotencyKey"}
# The API takes identity ids and ARNs; a bare number is always a caller passing a phone number.
_PHONE_LIKE: Final = re.compile(r"\+?[0-9 ().-]{7,24}")
_PHONE_HINT: Final = (
    "looks like a phone number; pass the PhoneNumberId (phone-...) or PhoneNumberArn from DescribePhoneNumbers"
)


# An ARN passes the model's pattern whatever it names; only End User Messaging SMS resources of the right
# type, in this function's partition, can be disassociated (region and account are free: shared pools).
_ARN: Final = re.compile(r"arn:([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):([0-9]*):([a-z-]+)/[A-Za-z0-9_-]+(/[A-Z]{2})?")
_ARN_TYPES: Final = {"PoolId": ("pool",), "OriginationIdentity": ("phone-number", "sender-id")}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__check_arn__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_arn__mutmut)
def _check_arn(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_orig(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_1(field: str, value: str) -> None:
    match = None
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_2(field: str, value: str) -> None:
    match = _ARN.fullmatch(None)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_3(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = None
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_4(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_5(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types or ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_6(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12 or match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_7(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3] or len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_8(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice" or match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_9(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION or match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_10(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match or match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_11(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[2] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_12(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] != PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_13(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[3] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_14(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] != "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_15(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "XXsms-voiceXX"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_16(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "SMS-VOICE"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_17(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[4]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_18(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) != 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_19(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 13
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_20(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[6] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_21(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] not in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_22(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[7] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_23(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_24(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) != (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_25(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[6] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_26(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] != "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_27(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "XXsender-idXX"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_28(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "SENDER-ID"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_29(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = None
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_30(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(None)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_31(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = "XX or XX".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_32(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " OR ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_33(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if (kind == "sender-id") and False else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_34(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if (kind == "sender-id") or True else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_35(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind != "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_36(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "XXsender-idXX" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_37(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "SENDER-ID" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_38(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(None, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_39(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, None)


def x__check_arn__mutmut_40(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


def x__check_arn__mutmut_41(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, )

mutants_x__check_arn__mutmut['_mutmut_orig'] = x__check_arn__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_1'] = x__check_arn__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_2'] = x__check_arn__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_3'] = x__check_arn__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_4'] = x__check_arn__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_5'] = x__check_arn__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_6'] = x__check_arn__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_7'] = x__check_arn__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_8'] = x__check_arn__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_9'] = x__check_arn__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_10'] = x__check_arn__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_11'] = x__check_arn__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_12'] = x__check_arn__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_13'] = x__check_arn__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_14'] = x__check_arn__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_15'] = x__check_arn__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_16'] = x__check_arn__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_17'] = x__check_arn__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_18'] = x__check_arn__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_19'] = x__check_arn__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_20'] = x__check_arn__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_21'] = x__check_arn__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_22'] = x__check_arn__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_23'] = x__check_arn__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_24'] = x__check_arn__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_25'] = x__check_arn__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_26'] = x__check_arn__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_27'] = x__check_arn__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_28'] = x__check_arn__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_29'] = x__check_arn__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_30'] = x__check_arn__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_31'] = x__check_arn__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_32'] = x__check_arn__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_33'] = x__check_arn__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_34'] = x__check_arn__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_35'] = x__check_arn__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_36'] = x__check_arn__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_37'] = x__check_arn__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_38'] = x__check_arn__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_39'] = x__check_arn__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_40'] = x__check_arn__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_arn__mutmut['x__check_arn__mutmut_41'] = x__check_arn__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_DuplicateKeyErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class _DuplicateKeyError(ValueError):
    @_mutmut_mutated(mutants_xǁ_DuplicateKeyErrorǁ__init____mutmut)
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
    def xǁ_DuplicateKeyErrorǁ__init____mutmut_orig(self, key: str) -> None:
        super().__init__(key)
        self.key = key
    def xǁ_DuplicateKeyErrorǁ__init____mutmut_1(self, key: str) -> None:
        super().__init__(None)
        self.key = key
    def xǁ_DuplicateKeyErrorǁ__init____mutmut_2(self, key: str) -> None:
        super().__init__(key)
        self.key = None

mutants_xǁ_DuplicateKeyErrorǁ__init____mutmut['_mutmut_orig'] = _DuplicateKeyError.xǁ_DuplicateKeyErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_DuplicateKeyErrorǁ__init____mutmut['xǁ_DuplicateKeyErrorǁ__init____mutmut_1'] = _DuplicateKeyError.xǁ_DuplicateKeyErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_DuplicateKeyErrorǁ__init____mutmut['xǁ_DuplicateKeyErrorǁ__init____mutmut_2'] = _DuplicateKeyError.xǁ_DuplicateKeyErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__no_duplicates__mutmut)
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_orig(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_1(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = None
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_2(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(None)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_3(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_4(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = None
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_5(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key not in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_6(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(None)
            seen.add(key)
    return result


def x__no_duplicates__mutmut_7(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(None)
    return result

mutants_x__no_duplicates__mutmut['_mutmut_orig'] = x__no_duplicates__mutmut_orig # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_1'] = x__no_duplicates__mutmut_1 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_2'] = x__no_duplicates__mutmut_2 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_3'] = x__no_duplicates__mutmut_3 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_4'] = x__no_duplicates__mutmut_4 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_5'] = x__no_duplicates__mutmut_5 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_6'] = x__no_duplicates__mutmut_6 # type: ignore # mutmut generated
mutants_x__no_duplicates__mutmut['x__no_duplicates__mutmut_7'] = x__no_duplicates__mutmut_7 # type: ignore # mutmut generated
mutants_x__no_constant__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__no_constant__mutmut)
def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def x__no_constant__mutmut_orig(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def x__no_constant__mutmut_1(name: str) -> Any:
    raise ValueError(None)

mutants_x__no_constant__mutmut['_mutmut_orig'] = x__no_constant__mutmut_orig # type: ignore # mutmut generated
mutants_x__no_constant__mutmut['x__no_constant__mutmut_1'] = x__no_constant__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_body__mutmut)
def decode_body(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_orig(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_1(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None and body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_2(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is not None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_3(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body != "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_4(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "XXXX":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_5(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid(None, "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_6(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", None)
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_7(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_8(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", )
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_9(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("XXbodyXX", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_10(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("BODY", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_11(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "XXa JSON object body is requiredXX")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_12(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a json object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_13(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "A JSON OBJECT BODY IS REQUIRED")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_14(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_15(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid(None, "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_16(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", None)
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_17(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_18(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", )
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_19(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("XXbodyXX", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_20(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("BODY", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_21(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "XXmust be a JSON textXX")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_22(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a json text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_23(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "MUST BE A JSON TEXT")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_24(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) >= MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_25(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES / (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_26(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if (is_base64) and False else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_27(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if (is_base64) or True else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_28(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (3 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_29(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 2):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_30(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid(None, f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_31(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", None)
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_32(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid(f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_33(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", )
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_34(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("XXbodyXX", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_35(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("BODY", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_36(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = None
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_37(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = None
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_38(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(None, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_39(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=None)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_40(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_41(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, )
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_42(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=False)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_43(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid(None, "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_44(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", None) from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_45(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_46(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", ) from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_47(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("XXbodyXX", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_48(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("BODY", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_49(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "XXisBase64Encoded is set but the body is not valid base64XX") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_50(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isbase64encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_51(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "ISBASE64ENCODED IS SET BUT THE BODY IS NOT VALID BASE64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_52(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = None
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_53(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if (isinstance(raw, bytes)) and False else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_54(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if (isinstance(raw, bytes)) or True else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_55(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size >= MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_56(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid(None, f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_57(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", None)
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_58(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid(f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_59(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", )
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_60(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("XXbodyXX", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_61(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("BODY", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_62(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(None, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_63(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=None, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_64(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=None)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_65(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_66(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_67(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, )
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_68(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(None, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_69(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, None) from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_70(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid("appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_71(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, ) from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_72(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "XXappears more than once in the bodyXX") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_73(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "APPEARS MORE THAN ONCE IN THE BODY") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_74(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid(None, "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_75(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", None) from None


def x_decode_body__mutmut_76(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_77(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", ) from None


def x_decode_body__mutmut_78(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("XXbodyXX", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_79(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("BODY", "must be a valid UTF-8 JSON object") from None


def x_decode_body__mutmut_80(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "XXmust be a valid UTF-8 JSON objectXX") from None


def x_decode_body__mutmut_81(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid utf-8 json object") from None


def x_decode_body__mutmut_82(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "MUST BE A VALID UTF-8 JSON OBJECT") from None

mutants_x_decode_body__mutmut['_mutmut_orig'] = x_decode_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_1'] = x_decode_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_2'] = x_decode_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_3'] = x_decode_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_4'] = x_decode_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_5'] = x_decode_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_6'] = x_decode_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_7'] = x_decode_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_8'] = x_decode_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_9'] = x_decode_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_10'] = x_decode_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_11'] = x_decode_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_12'] = x_decode_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_13'] = x_decode_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_14'] = x_decode_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_15'] = x_decode_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_16'] = x_decode_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_17'] = x_decode_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_18'] = x_decode_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_19'] = x_decode_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_20'] = x_decode_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_21'] = x_decode_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_22'] = x_decode_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_23'] = x_decode_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_24'] = x_decode_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_25'] = x_decode_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_26'] = x_decode_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_27'] = x_decode_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_28'] = x_decode_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_29'] = x_decode_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_30'] = x_decode_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_31'] = x_decode_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_32'] = x_decode_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_33'] = x_decode_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_34'] = x_decode_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_35'] = x_decode_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_36'] = x_decode_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_37'] = x_decode_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_38'] = x_decode_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_39'] = x_decode_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_40'] = x_decode_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_41'] = x_decode_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_42'] = x_decode_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_43'] = x_decode_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_44'] = x_decode_body__mutmut_44 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_45'] = x_decode_body__mutmut_45 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_46'] = x_decode_body__mutmut_46 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_47'] = x_decode_body__mutmut_47 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_48'] = x_decode_body__mutmut_48 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_49'] = x_decode_body__mutmut_49 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_50'] = x_decode_body__mutmut_50 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_51'] = x_decode_body__mutmut_51 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_52'] = x_decode_body__mutmut_52 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_53'] = x_decode_body__mutmut_53 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_54'] = x_decode_body__mutmut_54 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_55'] = x_decode_body__mutmut_55 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_56'] = x_decode_body__mutmut_56 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_57'] = x_decode_body__mutmut_57 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_58'] = x_decode_body__mutmut_58 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_59'] = x_decode_body__mutmut_59 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_60'] = x_decode_body__mutmut_60 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_61'] = x_decode_body__mutmut_61 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_62'] = x_decode_body__mutmut_62 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_63'] = x_decode_body__mutmut_63 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_64'] = x_decode_body__mutmut_64 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_65'] = x_decode_body__mutmut_65 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_66'] = x_decode_body__mutmut_66 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_67'] = x_decode_body__mutmut_67 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_68'] = x_decode_body__mutmut_68 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_69'] = x_decode_body__mutmut_69 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_70'] = x_decode_body__mutmut_70 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_71'] = x_decode_body__mutmut_71 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_72'] = x_decode_body__mutmut_72 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_73'] = x_decode_body__mutmut_73 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_74'] = x_decode_body__mutmut_74 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_75'] = x_decode_body__mutmut_75 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_76'] = x_decode_body__mutmut_76 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_77'] = x_decode_body__mutmut_77 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_78'] = x_decode_body__mutmut_78 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_79'] = x_decode_body__mutmut_79 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_80'] = x_decode_body__mutmut_80 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_81'] = x_decode_body__mutmut_81 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_82'] = x_decode_body__mutmut_82 # type: ignore # mutmut generated
mutants_x__message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__message__mutmut)
def _message(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_orig(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_1(exc: JsonSchemaValueException) -> str:
    definition = None
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_2(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if (isinstance(exc.definition, dict)) and False else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_3(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if (isinstance(exc.definition, dict)) or True else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_4(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule != "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_5(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "XXtypeXX":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_6(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "TYPE":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_7(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get(None, 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_8(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', None)}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_9(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_10(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', )}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_11(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('XXtypeXX', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_12(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('TYPE', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_13(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'XXvalue of the right typeXX')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_14(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'VALUE OF THE RIGHT TYPE')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_15(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule not in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_16(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("XXminLengthXX", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_17(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minlength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_18(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("MINLENGTH", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_19(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "XXmaxLengthXX"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_20(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxlength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_21(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "MAXLENGTH"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_22(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = None
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_23(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get(None), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_24(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("XXminLengthXX"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_25(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minlength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_26(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("MINLENGTH"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_27(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get(None)
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_28(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("XXmaxLengthXX")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_29(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxlength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_30(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("MAXLENGTH")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_31(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if (low == high) and False else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_32(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if (low == high) or True else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_33(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low != high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_34(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule != "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_35(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "XXpatternXX":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_36(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "PATTERN":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def x__message__mutmut_37(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get(None)}"
    return "is invalid"


def x__message__mutmut_38(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('XXpatternXX')}"
    return "is invalid"


def x__message__mutmut_39(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('PATTERN')}"
    return "is invalid"


def x__message__mutmut_40(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "XXis invalidXX"


def x__message__mutmut_41(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "IS INVALID"

mutants_x__message__mutmut['_mutmut_orig'] = x__message__mutmut_orig # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_1'] = x__message__mutmut_1 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_2'] = x__message__mutmut_2 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_3'] = x__message__mutmut_3 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_4'] = x__message__mutmut_4 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_5'] = x__message__mutmut_5 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_6'] = x__message__mutmut_6 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_7'] = x__message__mutmut_7 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_8'] = x__message__mutmut_8 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_9'] = x__message__mutmut_9 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_10'] = x__message__mutmut_10 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_11'] = x__message__mutmut_11 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_12'] = x__message__mutmut_12 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_13'] = x__message__mutmut_13 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_14'] = x__message__mutmut_14 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_15'] = x__message__mutmut_15 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_16'] = x__message__mutmut_16 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_17'] = x__message__mutmut_17 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_18'] = x__message__mutmut_18 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_19'] = x__message__mutmut_19 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_20'] = x__message__mutmut_20 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_21'] = x__message__mutmut_21 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_22'] = x__message__mutmut_22 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_23'] = x__message__mutmut_23 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_24'] = x__message__mutmut_24 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_25'] = x__message__mutmut_25 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_26'] = x__message__mutmut_26 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_27'] = x__message__mutmut_27 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_28'] = x__message__mutmut_28 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_29'] = x__message__mutmut_29 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_30'] = x__message__mutmut_30 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_31'] = x__message__mutmut_31 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_32'] = x__message__mutmut_32 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_33'] = x__message__mutmut_33 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_34'] = x__message__mutmut_34 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_35'] = x__message__mutmut_35 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_36'] = x__message__mutmut_36 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_37'] = x__message__mutmut_37 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_38'] = x__message__mutmut_38 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_39'] = x__message__mutmut_39 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_40'] = x__message__mutmut_40 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_41'] = x__message__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_payload__mutmut)
def validate_payload(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_orig(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_1(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = None
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_2(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if (step_functions) and False else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_3(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if (step_functions) or True else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_4(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "XXpayloadXX" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_5(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "PAYLOAD" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_6(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "XXbodyXX"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_7(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "BODY"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_8(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_9(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(None, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_10(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, None)
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_11(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid("must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_12(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, )
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_13(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "XXmust be a JSON objectXX")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_14(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a json object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_15(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "MUST BE A JSON OBJECT")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_16(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = None
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_17(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_18(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = None
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_19(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(None)
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_20(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(None) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_21(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() + (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_22(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if (step_functions) and False else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_23(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if (step_functions) or True else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_24(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing and extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_25(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = None
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_26(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"XXfieldXX": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_27(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"FIELD": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_28(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "XXmessageXX": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_29(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "MESSAGE": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_30(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "XXis requiredXX"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_31(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "IS REQUIRED"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_32(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems = [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_33(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems -= [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_34(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"XXfieldXX": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_35(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"FIELD": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_36(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "XXmessageXX": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_37(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "MESSAGE": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_38(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "XXis not a known fieldXX"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_39(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "IS NOT A KNOWN FIELD"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_40(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            None, "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_41(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", None, errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_42(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=None
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_43(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_44(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_45(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_46(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "XXinvalid_requestXX", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_47(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "INVALID_REQUEST", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_48(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(None), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_49(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "XX; XX".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_50(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['XXfieldXX']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_51(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['FIELD']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_52(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['XXmessageXX']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_53(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['MESSAGE']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_54(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(None)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_55(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = None
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_56(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") and root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_57(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(None) or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_58(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").rstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_59(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix(None).lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_60(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removesuffix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_61(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name and "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_62(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "XXdataXX").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_63(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "DATA").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_64(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("XXdataXX").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_65(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("DATA").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_66(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip("XX.XX") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_67(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = None
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_68(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(None)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_69(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) or _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_70(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" or isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_71(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field != "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_72(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "XXOriginationIdentityXX" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_73(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "originationidentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_74(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "ORIGINATIONIDENTITY" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_75(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(None):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_76(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = None
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_77(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(None, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_78(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, None) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_79(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_80(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, ) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_81(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = None
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_82(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["XXOriginationIdentityXX"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_83(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["originationidentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_84(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["ORIGINATIONIDENTITY"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_85(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) or sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_86(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(None) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_87(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(None) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_88(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) > 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_89(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 8:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_90(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid(None, _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_91(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", None)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_92(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid(_PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_93(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", )
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_94(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("XXOriginationIdentityXX", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_95(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("originationidentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_96(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("ORIGINATIONIDENTITY", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_97(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith(None):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_98(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("XXarn:XX"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_99(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("ARN:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_100(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(None, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_101(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, None)
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_102(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape


def x_validate_payload__mutmut_103(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, )
    return data  # type: ignore[return-value]  # the schema just proved the shape

mutants_x_validate_payload__mutmut['_mutmut_orig'] = x_validate_payload__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_1'] = x_validate_payload__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_2'] = x_validate_payload__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_3'] = x_validate_payload__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_4'] = x_validate_payload__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_5'] = x_validate_payload__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_6'] = x_validate_payload__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_7'] = x_validate_payload__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_8'] = x_validate_payload__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_9'] = x_validate_payload__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_10'] = x_validate_payload__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_11'] = x_validate_payload__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_12'] = x_validate_payload__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_13'] = x_validate_payload__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_14'] = x_validate_payload__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_15'] = x_validate_payload__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_16'] = x_validate_payload__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_17'] = x_validate_payload__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_18'] = x_validate_payload__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_19'] = x_validate_payload__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_20'] = x_validate_payload__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_21'] = x_validate_payload__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_22'] = x_validate_payload__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_23'] = x_validate_payload__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_24'] = x_validate_payload__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_25'] = x_validate_payload__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_26'] = x_validate_payload__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_27'] = x_validate_payload__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_28'] = x_validate_payload__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_29'] = x_validate_payload__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_30'] = x_validate_payload__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_31'] = x_validate_payload__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_32'] = x_validate_payload__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_33'] = x_validate_payload__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_34'] = x_validate_payload__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_35'] = x_validate_payload__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_36'] = x_validate_payload__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_37'] = x_validate_payload__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_38'] = x_validate_payload__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_39'] = x_validate_payload__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_40'] = x_validate_payload__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_41'] = x_validate_payload__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_42'] = x_validate_payload__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_43'] = x_validate_payload__mutmut_43 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_44'] = x_validate_payload__mutmut_44 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_45'] = x_validate_payload__mutmut_45 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_46'] = x_validate_payload__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_47'] = x_validate_payload__mutmut_47 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_48'] = x_validate_payload__mutmut_48 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_49'] = x_validate_payload__mutmut_49 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_50'] = x_validate_payload__mutmut_50 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_51'] = x_validate_payload__mutmut_51 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_52'] = x_validate_payload__mutmut_52 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_53'] = x_validate_payload__mutmut_53 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_54'] = x_validate_payload__mutmut_54 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_55'] = x_validate_payload__mutmut_55 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_56'] = x_validate_payload__mutmut_56 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_57'] = x_validate_payload__mutmut_57 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_58'] = x_validate_payload__mutmut_58 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_59'] = x_validate_payload__mutmut_59 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_60'] = x_validate_payload__mutmut_60 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_61'] = x_validate_payload__mutmut_61 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_62'] = x_validate_payload__mutmut_62 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_63'] = x_validate_payload__mutmut_63 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_64'] = x_validate_payload__mutmut_64 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_65'] = x_validate_payload__mutmut_65 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_66'] = x_validate_payload__mutmut_66 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_67'] = x_validate_payload__mutmut_67 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_68'] = x_validate_payload__mutmut_68 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_69'] = x_validate_payload__mutmut_69 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_70'] = x_validate_payload__mutmut_70 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_71'] = x_validate_payload__mutmut_71 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_72'] = x_validate_payload__mutmut_72 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_73'] = x_validate_payload__mutmut_73 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_74'] = x_validate_payload__mutmut_74 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_75'] = x_validate_payload__mutmut_75 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_76'] = x_validate_payload__mutmut_76 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_77'] = x_validate_payload__mutmut_77 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_78'] = x_validate_payload__mutmut_78 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_79'] = x_validate_payload__mutmut_79 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_80'] = x_validate_payload__mutmut_80 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_81'] = x_validate_payload__mutmut_81 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_82'] = x_validate_payload__mutmut_82 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_83'] = x_validate_payload__mutmut_83 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_84'] = x_validate_payload__mutmut_84 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_85'] = x_validate_payload__mutmut_85 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_86'] = x_validate_payload__mutmut_86 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_87'] = x_validate_payload__mutmut_87 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_88'] = x_validate_payload__mutmut_88 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_89'] = x_validate_payload__mutmut_89 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_90'] = x_validate_payload__mutmut_90 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_91'] = x_validate_payload__mutmut_91 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_92'] = x_validate_payload__mutmut_92 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_93'] = x_validate_payload__mutmut_93 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_94'] = x_validate_payload__mutmut_94 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_95'] = x_validate_payload__mutmut_95 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_96'] = x_validate_payload__mutmut_96 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_97'] = x_validate_payload__mutmut_97 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_98'] = x_validate_payload__mutmut_98 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_99'] = x_validate_payload__mutmut_99 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_100'] = x_validate_payload__mutmut_100 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_101'] = x_validate_payload__mutmut_101 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_102'] = x_validate_payload__mutmut_102 # type: ignore # mutmut generated
mutants_x_validate_payload__mutmut['x_validate_payload__mutmut_103'] = x_validate_payload__mutmut_103 # type: ignore # mutmut generated
