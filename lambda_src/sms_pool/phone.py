"""What a phone number looks like: the one definition validation, log masking and the emulator share.

Three questions, one notion of a phone number (7 or more digits, in E.164 or a national written form):
:func:`is_phone_number` asks whether a whole value is one (a caller passed a number where the API wants an
identity id), :func:`is_e164` whether it is one in the only form resolved within a pool, :func:`mask` hides
every one inside a text but for its last :data:`KEEP_DIGITS` digits.
"""

from __future__ import annotations

import re
from typing import Final

MIN_DIGITS: Final = 7  # below this a digit run is a count, a port or a year, not a number someone can call
KEEP_DIGITS: Final = 4

# E.164 (ITU-T E.164: a + and at most 15 digits; 7 is MIN_DIGITS): the one written form that names a number
# unambiguously, so the only one the service resolves inside a pool (national forms stay a 400 with the hint).
E164_PATTERN: Final = r"\+[0-9]{7,15}"
_E164: Final = re.compile(E164_PATTERN)

# A whole value written as a phone number: digits with an optional leading + and the separators people type.
_WHOLE: Final = re.compile(r"\+?[0-9 ().-]{7,}")
# The same, within the identifier alphabet ([A-Za-z0-9_:/-]): digits and dashes only, at least MIN_DIGITS digits.
# The request schema rejects it with "not" (so the OpenAPI document and the gateway model say what the rule does).
DIGITS_AND_DASHES_NUMBER: Final = rf"^-*(?:[0-9]-*){{{MIN_DIGITS},}}$"

# Phone-number shapes inside a text: E.164 with optional separators, (206) 555-0100, 206-555-0100, national forms
# grouped by spaces, dots or slashes (020 7946 0958, 0049 30 901820) and any standalone run of 7+ digits (ARN
# account ids and IP addresses included: over-masking a log is cheap, leaking a number is not). Dates and times
# (2026-11-25 09:02:11) and digit runs inside ids (uuid segments, hex, id-123...) do not match. Shapes with fewer
# than MIN_DIGITS digits are left alone (_mask_match). The leading lookahead lets the engine skip most positions
# cheaply (40% faster on a log line).
_IN_TEXT: Final = re.compile(
    r"(?=[+(\d])(?:\+\d[\d ().-]{5,}\d|\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b"
    r"|(?<![\w.-])\d{2,5}(?:[ ./]\d{2,6}){1,4}(?![\w-])|(?<![\w-])\d{7,}(?![\w-]))"
)


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def looks_typed_as_number(value: str) -> bool:
    """Whether ``value`` is made only of what a written phone number is made of (digits, + and separators)."""
    return _WHOLE.fullmatch(value) is not None


def is_phone_number(value: str) -> bool:
    """Whether the whole of ``value`` is a phone number (at least :data:`MIN_DIGITS` digits)."""
    return looks_typed_as_number(value) and _digits(value) >= MIN_DIGITS


def is_e164(value: str) -> bool:
    """Whether ``value`` is a phone number in E.164 form (``+12065550100``), the form resolved within a pool."""
    return _E164.fullmatch(value) is not None


def _mask_match(match: re.Match[str]) -> str:
    text = match.group()
    if _digits(text) < MIN_DIGITS:
        return text
    keep = KEEP_DIGITS
    out = []
    for char in reversed(text):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def mask(text: str) -> str:
    """``text`` with every phone-number-like run masked but for its last :data:`KEEP_DIGITS` digits."""
    return _IN_TEXT.sub(_mask_match, text)
