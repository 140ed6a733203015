"""A bulk job's list of identities: read from a JSON array or a CSV text, checked item by item, de-duplicated.

One place decides what a valid list is, for the HTTP submission (``sms_pool.jobs``) and for a state machine caller
naming an object directly (the workflow's Prepare step, ``sms_pool.bulk_steps``): a JSON array of strings, or
CSV with one identity per line (blank lines skipped, an optional header row named in :data:`HEADER_NAMES`).
Every item must be an identity the single route accepts (the generated ``bulk`` validator); the first bad one is
the table's ``IdentitiesMalformedError`` with its line (CSV) or position (JSON, from 1). A duplicate is kept once,
at its first position, and counted.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Final

from fastjsonschema import JsonSchemaValueException

from sms_pool import errors
from sms_pool._generated import bulk as compiled_bulk
from sms_pool.constants import BULK_MAX_JOB_ITEMS

# A first CSV line equal to one of these (any case) is a header, not an identity: none of them is a valid
# SenderId the service would be asked to remove (docs/scale.md, "Input formats").
HEADER_NAMES: Final = frozenset({"originationidentity", "identity", "identities"})
_FIELD: Final = "IdentitiesS3Uri"


@dataclass(frozen=True, slots=True)
class JobList:
    """The distinct identities in the order first given, and how many repeats were dropped."""

    identities: tuple[str, ...]
    duplicates: int


def malformed(detail: str, line: int | None) -> errors.ServiceError:
    """The table's error for a bad list; ``line`` is the CSV line or JSON position (from 1)."""
    return errors.error(errors.Kind.IDENTITIES_MALFORMED, detail, line=line)


def _from_json(text: str) -> tuple[list[Any], list[int]]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise malformed(f"not valid JSON: {getattr(exc, 'msg', exc)}", getattr(exc, "lineno", None)) from None
    if not isinstance(value, list):
        raise malformed("a JSON object must be an array of identities", 1)
    return value, list(range(1, len(value) + 1))


def _from_csv(text: str) -> tuple[list[Any], list[int]]:
    items: list[Any] = []
    lines: list[int] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if len(cells) > 1:
            raise malformed(f"line {number}: one identity per line, found {len(cells)} columns", number)
        if not items and number == 1 and cells[0].lower() in HEADER_NAMES:
            continue
        items.append(cells[0])
        lines.append(number)
    return items, lines


def _check_items(items: list[Any], lines: list[int], pool_id: str, country: str) -> None:
    for item, line in zip(items, lines, strict=True):
        try:
            compiled_bulk.validate({"PoolId": pool_id, "IsoCountryCode": country, "Identities": [item]})
        except JsonSchemaValueException:
            shown = item if isinstance(item, str) and len(item) <= 64 else type(item).__name__
            raise malformed(f"item {line} ({shown!r}) is not an identity id, ARN or E.164 number", line) from None


def distinct(items: list[str]) -> JobList:
    """``items`` without repeats (first position kept) and the number dropped."""
    unique = tuple(dict.fromkeys(items))
    return JobList(unique, len(items) - len(unique))


def parse(text: str, pool_id: str, country: str) -> list[str]:
    """The identities an object lists, repeats included (JSON if it starts with ``[`` or ``{``, else CSV);
    raises the table's errors."""
    items, lines = _from_json(text) if text.lstrip()[:1] in ("[", "{") else _from_csv(text)
    if not items:
        raise malformed("the object lists no identity", None)
    if len(items) > BULK_MAX_JOB_ITEMS:
        raise errors.error(
            errors.Kind.TOO_MANY_IDENTITIES,
            f"{len(items)} identities; one job takes at most {BULK_MAX_JOB_ITEMS}: split the list",
        )
    _check_items(items, lines, pool_id, country)
    return items


def split_uri(uri: str) -> tuple[str, str]:
    """``(bucket, key)`` of an ``s3://bucket/key`` URI (its shape is checked by the request model)."""
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    if not (uri.startswith("s3://") and bucket and key):
        raise errors.invalid(_FIELD, "must be s3://bucket/key")
    return bucket, key
