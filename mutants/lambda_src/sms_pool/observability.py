"""Logger, Metrics and Tracer at module scope, and the phone-number masking every log line goes through."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

from aws_lambda_powertools.logging import Logger
from aws_lambda_powertools.metrics import Metrics, MetricUnit

if TYPE_CHECKING:
    from aws_lambda_powertools.tracing import Tracer

SERVICE: Final = os.environ.get("POWERTOOLS_SERVICE_NAME") or "sms-pool-disassociate"
NAMESPACE: Final = os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "SmsPool"

# Phone-number shapes: E.164 with optional separators, (206) 555-0100, 206-555-0100, national forms
# grouped by spaces, dots or slashes (020 7946 0958, 0049 30 901820) and any standalone run of 7+ digits
# (ARN account ids and IP addresses included: over-masking a log is cheap, leaking a number is not).
# Dates and times (2026-11-25 09:02:11) and digit runs inside ids (uuid segments, hex, id-123...) do not
# match. Shapes with fewer than 7 digits are left alone (_mask_match). The leading lookahead lets the
# engine skip most positions cheaply (40% faster on a log line).
_NUMBER: Final = re.compile(
    r"(?=[+(\d])(?:\+\d[\d ().-]{5,}\d|\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b"
    r"|(?<![\w.-])\d{2,5}(?:[ ./]\d{2,6}){1,4}(?![\w-])|(?<![\w-])\d{7,}(?![\w-]))"
)
_MIN_DIGITS: Final = 7


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__mask_match__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mask_match__mutmut)
def _mask_match(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_orig(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_1(match: re.Match[str]) -> str:
    text = None
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_2(match: re.Match[str]) -> str:
    text = match.group()
    if sum(None) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_3(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) <= _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_4(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = None
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_5(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 5
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_6(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = None
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_7(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(None):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_8(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(None)
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_9(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if (keep > 0) and False else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_10(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if (keep > 0) or True else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_11(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep >= 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_12(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 1 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_13(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "XX*XX")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_14(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep = 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_15(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep += 1
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_16(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 2
        else:
            out.append(char)
    return "".join(reversed(out))


def x__mask_match__mutmut_17(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(None)
    return "".join(reversed(out))


def x__mask_match__mutmut_18(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(None)


def x__mask_match__mutmut_19(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "XXXX".join(reversed(out))


def x__mask_match__mutmut_20(match: re.Match[str]) -> str:
    text = match.group()
    if sum(char.isdigit() for char in text) < _MIN_DIGITS:
        return text
    keep = 4
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(None))

mutants_x__mask_match__mutmut['_mutmut_orig'] = x__mask_match__mutmut_orig # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_1'] = x__mask_match__mutmut_1 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_2'] = x__mask_match__mutmut_2 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_3'] = x__mask_match__mutmut_3 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_4'] = x__mask_match__mutmut_4 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_5'] = x__mask_match__mutmut_5 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_6'] = x__mask_match__mutmut_6 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_7'] = x__mask_match__mutmut_7 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_8'] = x__mask_match__mutmut_8 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_9'] = x__mask_match__mutmut_9 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_10'] = x__mask_match__mutmut_10 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_11'] = x__mask_match__mutmut_11 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_12'] = x__mask_match__mutmut_12 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_13'] = x__mask_match__mutmut_13 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_14'] = x__mask_match__mutmut_14 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_15'] = x__mask_match__mutmut_15 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_16'] = x__mask_match__mutmut_16 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_17'] = x__mask_match__mutmut_17 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_18'] = x__mask_match__mutmut_18 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_19'] = x__mask_match__mutmut_19 # type: ignore # mutmut generated
mutants_x__mask_match__mutmut['x__mask_match__mutmut_20'] = x__mask_match__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask__mutmut)
def mask(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(_mask_match, text)


def x_mask__mutmut_orig(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(_mask_match, text)


def x_mask__mutmut_1(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(None, text)


def x_mask__mutmut_2(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(_mask_match, None)


def x_mask__mutmut_3(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(text)


def x_mask__mutmut_4(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last 4 digits."""
    return _NUMBER.sub(_mask_match, )

mutants_x_mask__mutmut['_mutmut_orig'] = x_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_1'] = x_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_2'] = x_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_3'] = x_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_4'] = x_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x__masked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__masked__mutmut)
def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_orig(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_1(value: Any) -> Any:
    if isinstance(value, str):
        return mask(None)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_2(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if (isinstance(key, str)) and False else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_3(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if (isinstance(key, str)) or True else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_4(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(None) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_5(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(None) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_6(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(None) for item in value]
    if _big_number(value):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_7(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(None):
        return mask(str(value))  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_8(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(None)  # a phone number typed as a JSON number is still a phone number
    return value


def x__masked__mutmut_9(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if _big_number(value):
        return mask(str(None))  # a phone number typed as a JSON number is still a phone number
    return value

mutants_x__masked__mutmut['_mutmut_orig'] = x__masked__mutmut_orig # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_1'] = x__masked__mutmut_1 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_2'] = x__masked__mutmut_2 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_3'] = x__masked__mutmut_3 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_4'] = x__masked__mutmut_4 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_5'] = x__masked__mutmut_5 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_6'] = x__masked__mutmut_6 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_7'] = x__masked__mutmut_7 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_8'] = x__masked__mutmut_8 # type: ignore # mutmut generated
mutants_x__masked__mutmut['x__masked__mutmut_9'] = x__masked__mutmut_9 # type: ignore # mutmut generated
mutants_x__big_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__big_number__mutmut)
def _big_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1_000_000


def x__big_number__mutmut_orig(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1_000_000


def x__big_number__mutmut_1(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) or abs(value) >= 1_000_000


def x__big_number__mutmut_2(value: Any) -> bool:
    return isinstance(value, int | float) or not isinstance(value, bool) and abs(value) >= 1_000_000


def x__big_number__mutmut_3(value: Any) -> bool:
    return isinstance(value, int | float) and isinstance(value, bool) and abs(value) >= 1_000_000


def x__big_number__mutmut_4(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(None) >= 1_000_000


def x__big_number__mutmut_5(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > 1_000_000


def x__big_number__mutmut_6(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1000001

mutants_x__big_number__mutmut['_mutmut_orig'] = x__big_number__mutmut_orig # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_1'] = x__big_number__mutmut_1 # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_2'] = x__big_number__mutmut_2 # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_3'] = x__big_number__mutmut_3 # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_4'] = x__big_number__mutmut_4 # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_5'] = x__big_number__mutmut_5 # type: ignore # mutmut generated
mutants_x__big_number__mutmut['x__big_number__mutmut_6'] = x__big_number__mutmut_6 # type: ignore # mutmut generated
mutants_x__flat__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flat__mutmut)
def _flat(record: dict[str, Any]) -> bool:
    return not any(isinstance(value, dict | list | tuple) or _big_number(value) for value in record.values())


def x__flat__mutmut_orig(record: dict[str, Any]) -> bool:
    return not any(isinstance(value, dict | list | tuple) or _big_number(value) for value in record.values())


def x__flat__mutmut_1(record: dict[str, Any]) -> bool:
    return any(isinstance(value, dict | list | tuple) or _big_number(value) for value in record.values())


def x__flat__mutmut_2(record: dict[str, Any]) -> bool:
    return not any(None)


def x__flat__mutmut_3(record: dict[str, Any]) -> bool:
    return not any(isinstance(value, dict | list | tuple) and _big_number(value) for value in record.values())


def x__flat__mutmut_4(record: dict[str, Any]) -> bool:
    return not any(isinstance(value, dict | list | tuple) or _big_number(None) for value in record.values())

mutants_x__flat__mutmut['_mutmut_orig'] = x__flat__mutmut_orig # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_1'] = x__flat__mutmut_1 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_2'] = x__flat__mutmut_2 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_3'] = x__flat__mutmut_3 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_4'] = x__flat__mutmut_4 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__masked_json__mutmut)
def _masked_json(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_orig(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_1(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(None):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_2(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(None)
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_3(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(None, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_4(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=None, default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_5(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=None, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_6(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=None))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_7(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_8(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_9(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_10(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_11(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=("XX,XX", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_12(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", "XX:XX"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_13(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=False))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_14(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(None, separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_15(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=None, default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_16(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=None, ensure_ascii=True)


def x__masked_json__mutmut_17(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=None)


def x__masked_json__mutmut_18(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_19(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_20(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), ensure_ascii=True)


def x__masked_json__mutmut_21(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), )


def x__masked_json__mutmut_22(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(None), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_23(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=("XX,XX", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_24(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", "XX:XX"), default=lambda o: mask(str(o)), ensure_ascii=True)


def x__masked_json__mutmut_25(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: None, ensure_ascii=True)


def x__masked_json__mutmut_26(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(None), ensure_ascii=True)


def x__masked_json__mutmut_27(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(None)), ensure_ascii=True)


def x__masked_json__mutmut_28(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(_masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=False)

mutants_x__masked_json__mutmut['_mutmut_orig'] = x__masked_json__mutmut_orig # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_1'] = x__masked_json__mutmut_1 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_2'] = x__masked_json__mutmut_2 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_3'] = x__masked_json__mutmut_3 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_4'] = x__masked_json__mutmut_4 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_5'] = x__masked_json__mutmut_5 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_6'] = x__masked_json__mutmut_6 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_7'] = x__masked_json__mutmut_7 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_8'] = x__masked_json__mutmut_8 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_9'] = x__masked_json__mutmut_9 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_10'] = x__masked_json__mutmut_10 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_11'] = x__masked_json__mutmut_11 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_12'] = x__masked_json__mutmut_12 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_13'] = x__masked_json__mutmut_13 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_14'] = x__masked_json__mutmut_14 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_15'] = x__masked_json__mutmut_15 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_16'] = x__masked_json__mutmut_16 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_17'] = x__masked_json__mutmut_17 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_18'] = x__masked_json__mutmut_18 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_19'] = x__masked_json__mutmut_19 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_20'] = x__masked_json__mutmut_20 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_21'] = x__masked_json__mutmut_21 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_22'] = x__masked_json__mutmut_22 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_23'] = x__masked_json__mutmut_23 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_24'] = x__masked_json__mutmut_24 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_25'] = x__masked_json__mutmut_25 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_26'] = x__masked_json__mutmut_26 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_27'] = x__masked_json__mutmut_27 # type: ignore # mutmut generated
mutants_x__masked_json__mutmut['x__masked_json__mutmut_28'] = x__masked_json__mutmut_28 # type: ignore # mutmut generated


logger: Final = Logger(service=SERVICE, json_serializer=_masked_json)
metrics: Final = Metrics(namespace=NAMESPACE, service=SERVICE)
mutants_x__tracing_enabled__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tracing_enabled__mutmut)
def _tracing_enabled() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_orig() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_1() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = None
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_2() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").upper() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_3() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get(None, "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_4() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", None).lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_5() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_6() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", ).lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_7() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("XXPOWERTOOLS_TRACE_DISABLEDXX", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_8() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("powertools_trace_disabled", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_9() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "XXXX").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_10() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() not in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_11() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("XX1XX", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_12() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "XXtrueXX")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_13() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "TRUE")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_14() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled or "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_15() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def x__tracing_enabled__mutmut_16() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "XXAWS_LAMBDA_FUNCTION_NAMEXX" in os.environ


def x__tracing_enabled__mutmut_17() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "aws_lambda_function_name" in os.environ


def x__tracing_enabled__mutmut_18() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" not in os.environ

mutants_x__tracing_enabled__mutmut['_mutmut_orig'] = x__tracing_enabled__mutmut_orig # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_1'] = x__tracing_enabled__mutmut_1 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_2'] = x__tracing_enabled__mutmut_2 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_3'] = x__tracing_enabled__mutmut_3 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_4'] = x__tracing_enabled__mutmut_4 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_5'] = x__tracing_enabled__mutmut_5 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_6'] = x__tracing_enabled__mutmut_6 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_7'] = x__tracing_enabled__mutmut_7 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_8'] = x__tracing_enabled__mutmut_8 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_9'] = x__tracing_enabled__mutmut_9 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_10'] = x__tracing_enabled__mutmut_10 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_11'] = x__tracing_enabled__mutmut_11 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_12'] = x__tracing_enabled__mutmut_12 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_13'] = x__tracing_enabled__mutmut_13 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_14'] = x__tracing_enabled__mutmut_14 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_15'] = x__tracing_enabled__mutmut_15 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_16'] = x__tracing_enabled__mutmut_16 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_17'] = x__tracing_enabled__mutmut_17 # type: ignore # mutmut generated
mutants_x__tracing_enabled__mutmut['x__tracing_enabled__mutmut_18'] = x__tracing_enabled__mutmut_18 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__make_tracer__mutmut)
def _make_tracer() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("botocore",))


def x__make_tracer__mutmut_orig() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("botocore",))


def x__make_tracer__mutmut_1() -> Tracer | None:
    if _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("botocore",))


def x__make_tracer__mutmut_2() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=None, patch_modules=("botocore",))


def x__make_tracer__mutmut_3() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=None)


def x__make_tracer__mutmut_4() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(patch_modules=("botocore",))


def x__make_tracer__mutmut_5() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, )


def x__make_tracer__mutmut_6() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("XXbotocoreXX",))


def x__make_tracer__mutmut_7() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("BOTOCORE",))

mutants_x__make_tracer__mutmut['_mutmut_orig'] = x__make_tracer__mutmut_orig # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_1'] = x__make_tracer__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_2'] = x__make_tracer__mutmut_2 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_3'] = x__make_tracer__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_4'] = x__make_tracer__mutmut_4 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_5'] = x__make_tracer__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_6'] = x__make_tracer__mutmut_6 # type: ignore # mutmut generated
mutants_x__make_tracer__mutmut['x__make_tracer__mutmut_7'] = x__make_tracer__mutmut_7 # type: ignore # mutmut generated


tracer: Final = _make_tracer()

F = TypeVar("F", bound=Callable[..., Any])
mutants_x_trace_handler__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trace_handler__mutmut)
def trace_handler(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_orig(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_1(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if (tracer is None) and False else cast(F, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_2(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if (tracer is None) or True else cast(F, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_3(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is not None else cast(F, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_4(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(None, tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_5(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, None)


def x_trace_handler__mutmut_6(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(tracer.capture_lambda_handler(handler))


def x_trace_handler__mutmut_7(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, )


def x_trace_handler__mutmut_8(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, tracer.capture_lambda_handler(None))

mutants_x_trace_handler__mutmut['_mutmut_orig'] = x_trace_handler__mutmut_orig # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_1'] = x_trace_handler__mutmut_1 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_2'] = x_trace_handler__mutmut_2 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_3'] = x_trace_handler__mutmut_3 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_4'] = x_trace_handler__mutmut_4 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_5'] = x_trace_handler__mutmut_5 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_6'] = x_trace_handler__mutmut_6 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_7'] = x_trace_handler__mutmut_7 # type: ignore # mutmut generated
mutants_x_trace_handler__mutmut['x_trace_handler__mutmut_8'] = x_trace_handler__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_outcome__mutmut)
def record_outcome(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_orig(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_1(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=None, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_2(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=None, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_3(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=None)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_4(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_5(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_6(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, )
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_7(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=2)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_8(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = None
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_9(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key=None, value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_10(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=None)
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_11(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_12(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", )
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_13(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="XXcorrelation_idXX", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_14(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="CORRELATION_ID", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_15(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(None))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=value)


def x_record_outcome__mutmut_16(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=None, value=value)


def x_record_outcome__mutmut_17(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, value=None)


def x_record_outcome__mutmut_18(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(value=value)


def x_record_outcome__mutmut_19(code: str, **properties: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    ``properties`` (and the correlation id) ride along as EMF metadata: the EMF line is itself a
    structured log line, so every invocation leaves one record even when success lines are not logged.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
    correlation_id = logger.get_correlation_id()
    if correlation_id:
        metrics.add_metadata(key="correlation_id", value=mask(correlation_id))
    for key, value in properties.items():
        metrics.add_metadata(key=key, )

mutants_x_record_outcome__mutmut['_mutmut_orig'] = x_record_outcome__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_1'] = x_record_outcome__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_2'] = x_record_outcome__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_3'] = x_record_outcome__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_4'] = x_record_outcome__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_5'] = x_record_outcome__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_6'] = x_record_outcome__mutmut_6 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_7'] = x_record_outcome__mutmut_7 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_8'] = x_record_outcome__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_9'] = x_record_outcome__mutmut_9 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_10'] = x_record_outcome__mutmut_10 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_11'] = x_record_outcome__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_12'] = x_record_outcome__mutmut_12 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_13'] = x_record_outcome__mutmut_13 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_14'] = x_record_outcome__mutmut_14 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_15'] = x_record_outcome__mutmut_15 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_16'] = x_record_outcome__mutmut_16 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_17'] = x_record_outcome__mutmut_17 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_18'] = x_record_outcome__mutmut_18 # type: ignore # mutmut generated
mutants_x_record_outcome__mutmut['x_record_outcome__mutmut_19'] = x_record_outcome__mutmut_19 # type: ignore # mutmut generated
