"""Find seeded phone numbers, in full, in log files and response bodies; find leaks in error bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from local.emulator.identities import NUMBER_BLOCKS, OTHER_BLOCK

# Every number the emulator hands out is its country's prefix + local block + a sequence of 4+ digits
# (local/emulator/operations.py); a masked number keeps only its last 4 digits, so a match is a leak.
SEEDED_NUMBER: Final = re.compile(
    "|".join(re.escape(prefix + block) + r"\d{4,}" for prefix, block in (*NUMBER_BLOCKS.values(), OTHER_BLOCK))
)
# The E.164 number without its "+": the same number, as a JSON number or a digit run.
_SEEDED_DIGITS: Final = re.compile(
    "|".join(r"(?<![\d+])" + re.escape((prefix + block)[1:]) + r"\d{4,}" for prefix, block in NUMBER_BLOCKS.values())
)
_STACK_TRACE: Final = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+")
_FILE_PATH: Final = re.compile(r"(?:/(?:usr|home|root|tmp|work|var|opt|site-packages)/|[A-Za-z]:\\\\|\.py\b)")
_ACCOUNT_ID: Final = re.compile(r"(?<![\w-])\d{12}(?![\w-])")  # not inside uuids or hex ids


def number_leaks(lines: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """The seeded phone numbers (or any of ``extra``) that appear unmasked in ``lines``."""
    extras = [number for number in extra if number]
    found = []
    for line in lines:
        found += SEEDED_NUMBER.findall(line) + _SEEDED_DIGITS.findall(line)
        found += [number for number in extras if number in line or number.lstrip("+") in line]
    return found


def scan_logs(paths: Iterable[Path], extra: Iterable[str] = ()) -> list[str]:
    """``path:line: number`` for every unmasked seeded phone number in the files."""
    extras = list(extra)
    leaks = []
    for path in paths:
        with path.open(errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                leaks += [f"{path}:{number}: {leak}" for leak in number_leaks([line], extras)]
    return leaks


def body_leaks(body: str, sent: str = "") -> list[str]:
    """What an error body must never hold: a stack trace, a file path, an account id the caller did not send."""
    found = _STACK_TRACE.findall(body) + _FILE_PATH.findall(body) + _ACCOUNT_ID.findall(body)
    return [text for text in found if text not in sent]  # echoing the caller's own input is no leak


def problem_fields(body: Any) -> list[str]:
    """The ``field`` names of a problem body's ``errors`` (empty if none)."""
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return []
    return [str(item.get("field")) for item in body["errors"] if isinstance(item, dict)]
