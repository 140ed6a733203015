"""A bulk job's list: JSON arrays and CSV, their line numbers, limits and repeats (sms_pool.bulk_input)."""

from __future__ import annotations

import json

import pytest

from sms_pool import bulk_input, errors
from sms_pool.constants import BULK_MAX_JOB_ITEMS

POOL = "pool-0123456789abcdef0123456789abcdef"
A = "phone-0a1b2c3d4e5f60718293a4b5c6d7e8f9"
B = "phone-1a1b2c3d4e5f60718293a4b5c6d7e8f9"


def _error(text: str) -> errors.ServiceError:
    with pytest.raises(errors.ServiceError) as caught:
        bulk_input.parse(text, POOL, "US")
    return caught.value


def test_a_json_array_and_a_csv_with_a_header_give_the_same_list() -> None:
    given = [A, "+12065550100", "DEMOSENDER"]
    assert bulk_input.parse(json.dumps(given), POOL, "US") == given
    csv_text = "OriginationIdentity\n" + "\n".join(given) + "\n\n"
    assert bulk_input.parse(csv_text, POOL, "US") == given


def test_repeats_are_kept_once_at_their_first_position_and_counted() -> None:
    listed = bulk_input.distinct([A, B, A, A, B])
    assert listed.identities == (A, B)
    assert listed.duplicates == 3


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (f"{A}\n{B}\n{A},{B}\n", 3, "one identity per line"),
        (f"{A}\n\n(206) 555-0100\n", 3, "item 3"),
        (f'["{A}", 12]', 2, "item 2"),
        ('{"Identities": []}', 1, "array"),
        ('["a",\n"b",\n', 3, "not valid JSON"),
    ],
)
def test_a_malformed_list_names_its_line(text: str, line: int, needle: str) -> None:
    error = _error(text)
    assert error.row.code == "IDENTITIES_MALFORMED"
    assert error.extensions["line"] == line
    assert needle in error.detail


def test_an_object_without_identities_is_malformed() -> None:
    assert _error("OriginationIdentity\n\n").row.code == "IDENTITIES_MALFORMED"


def test_more_than_one_job_takes_is_refused_before_any_item_is_checked() -> None:
    error = _error("\n".join([A] * (BULK_MAX_JOB_ITEMS + 1)))
    assert error.row.code == "TOO_MANY_IDENTITIES"
    assert error.row.status == 413


def test_an_s3_uri_splits_into_bucket_and_key_and_a_bad_one_is_a_field_error() -> None:
    assert bulk_input.split_uri("s3://bucket/a/b.csv") == ("bucket", "a/b.csv")
    with pytest.raises(errors.ServiceError) as caught:
        bulk_input.split_uri("s3://bucket")
    assert caught.value.errors == [{"field": "IdentitiesS3Uri", "message": "must be s3://bucket/key"}]
