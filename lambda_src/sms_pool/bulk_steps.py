"""The Distributed Map's two steps around the items: Prepare (list -> items) and Summarize (results -> report).

Prepare reads the list once (``IdentitiesS3Uri``: the HTTP submission's copy, or a state machine caller's own
object), drops repeats, resolves E.164 numbers to ids once for the whole run (:func:`resolve_ids`), and writes
``jobs/<job>/items.json``, the array the map's ``ItemReader`` reads: ``{"Index", "Id"}`` per item, no phone
number (execution history never holds one). Summarize reads the ``ResultWriter`` manifest and its files (the
format of the Step Functions guide, "ResultWriter (Map)": each record's ``Output`` is the child's output as JSON
text; a failed child's record keeps its ``Input``), gives every item exactly one outcome (an item no file reports
is ``failed`` with :data:`NOT_REPORTED`), and writes ``jobs/<job>/results.json``: one :func:`result_record` per
item. The execution's output names that object and the counts per outcome.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Final

from sms_pool import bulk_input, bulk_store, core, pacing, phone
from sms_pool.constants import BULK_ITEMS_FIELD, BULK_OUTCOMES

FAILED: Final = "failed"
NOT_REPORTED: Final = "NotReported"  # the map ended without a result for the item (should not happen)
CHILD_FAILED: Final = "ChildExecutionFailed"


def items_key(job: str) -> str:
    """Where Prepare writes a job's items."""
    return f"jobs/{job}/items.json"


def results_key(job: str) -> str:
    """Where Summarize writes a job's per-item results."""
    return f"jobs/{job}/results.json"


def resolve_ids(pool_id: str, country: str, identities: tuple[str, ...], deadline: pacing.Deadline) -> list[str]:
    """The id each identity is removed by, in order: each E.164 number mapped once for the whole run by the number
    index (:func:`sms_pool.core.resolve_identities`, paced; ``IndexBuildingError`` while the index is still being
    built, which the workflow retries); anything it cannot place stays as given and its child answers for it."""
    request = {"PoolId": pool_id, "IsoCountryCode": country, BULK_ITEMS_FIELD: list(identities)}
    return core.resolve_identities(request, deadline)


def _given(event: dict[str, Any]) -> tuple[str, ...]:
    text = bulk_store.read_text(*bulk_input.split_uri(event["IdentitiesS3Uri"]))
    return bulk_input.distinct(bulk_input.parse(text, event["PoolId"], event["IsoCountryCode"])).identities


def prepare(event: dict[str, Any], deadline: pacing.Deadline) -> dict[str, Any]:
    """Write the job's items; ``{"ItemsKey", "Total", "Duplicates"}`` for the map and the summary."""
    text = bulk_store.read_text(*bulk_input.split_uri(event["IdentitiesS3Uri"]))
    listed = bulk_input.distinct(bulk_input.parse(text, event["PoolId"], event["IsoCountryCode"]))
    ids = resolve_ids(event["PoolId"], event["IsoCountryCode"], listed.identities, deadline)
    key = items_key(event["Job"])
    bulk_store.put_json(key, [{"Index": index, "Id": value} for index, value in enumerate(ids)])
    return {"ItemsKey": key, "Total": len(ids), "Duplicates": listed.duplicates}


def result_record(index: int, given: str, outcome: str, code: str | None) -> dict[str, Any]:
    """One item's line in the results: the identity as given (a phone number masked to its last 4 digits)."""
    record: dict[str, Any] = {"Index": index, "OriginationIdentity": phone.mask(given), "Outcome": outcome}
    if code:
        record["Code"] = code
    return record


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _reported(bucket: str, manifest_key: str) -> dict[int, tuple[str, str | None]]:
    """Index -> (outcome, code) from every result file the manifest lists."""
    manifest = bulk_store.get_json(bucket, manifest_key)
    found: dict[int, tuple[str, str | None]] = {}
    for status, files in (manifest.get("ResultFiles") or {}).items():
        for entry in files:
            for record in bulk_store.get_json(bucket, entry["Key"]):
                if status == "SUCCEEDED":
                    output = _json(record.get("Output")) or {}
                    found[int(output["Index"])] = (str(output["Outcome"]), output.get("Code"))
                else:  # the child itself failed (its own timeout): the item failed, named by its input
                    item = _json(record.get("Input")) or {}
                    found[int(item["Index"])] = (FAILED, str(record.get("Error") or CHILD_FAILED))
    return found


def summarize(event: dict[str, Any], deadline: pacing.Deadline) -> dict[str, Any]:
    """Every item's outcome written to S3; ``{"Total", "Duplicates", "Summary", "ResultsS3Uri"}``."""
    given = _given(event)
    details = event["ResultWriterDetails"]
    reported = _reported(details["Bucket"], details["Key"])
    records = [
        result_record(index, identity, *reported.get(index, (FAILED, NOT_REPORTED)))
        for index, identity in enumerate(given)
    ]
    counts = Counter(record["Outcome"] for record in records)
    summary = {
        "PoolId": event["PoolId"],
        "Total": len(records),
        "Duplicates": event["Prepared"]["Duplicates"],
        "Summary": {outcome: counts.get(outcome, 0) for outcome in BULK_OUTCOMES},
        "ResultsS3Uri": bulk_store.put_json(results_key(event["Job"]), records),
    }
    bulk_store.put_json(f"jobs/{event['Job']}/summary.json", summary)  # beside the results: the job's record
    return summary
