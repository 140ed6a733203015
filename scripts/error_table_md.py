"""Print the README's error tables from ``sms_pool.errors.TABLE`` (a test keeps the README in sync)."""

from __future__ import annotations

from sms_pool import errors

_CAUSES = {
    "invalid_request": "Body not JSON / not an object / over 64 KiB, missing, extra, mistyped or out-of-model field, "
    "bad `Idempotency-Key`, a phone number not in E.164 form (`(206) 555-0100`) instead of an identity id",
    "phone_number_not_in_pool": "An E.164 `OriginationIdentity` no identity of the pool carries (names the pool "
    "and the masked number)",
    "phone_number_ambiguous": "An E.164 `OriginationIdentity` two identities of the pool carry (lists their ids)",
    "index_building": "An E.164 `OriginationIdentity` the account's number index did not reach within the request's "
    "time (names the numbers indexed so far; `Retry-After`: a retry continues the build, docs/scale.md)",
    "dry_run_over_budget": "A sender ID's dry run on a pool too large to list within one request (remove it "
    "without `DryRun`)",
    "other_client_error": "Any other AWS error code",
    "malformed_response": "An AWS answer without the documented fields",
    "unexpected": "A bug or anything unforeseen (logged with its stack, answered without it)",
    "route_not_found": "Unknown path",
    "method_not_allowed": "Method other than POST",
    "unsupported_media_type": "`Content-Type` that is not JSON",
    "request_too_large": "Body over API Gateway's 10 MB limit (answered by the gateway)",
    "ConflictException/PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL": (
        "`ConflictException` `PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL`: the identity exists but is not in this pool"
    ),
    "ConflictException/LAST_PHONE_NUMBER": "`ConflictException` `LAST_PHONE_NUMBER`: the pool's last identity",
}


def _cause(row: errors.ErrorRow) -> str:
    return " / ".join(_CAUSES.get(source, f"`{source}`") for source in row.sources)


def http_table() -> str:
    """The HTTP mapping table in Markdown."""
    lines = ["| Cause | HTTP status | `code` | `Retry-After` |", "|---|---|---|---|"]
    lines += [f"| {_cause(r)} | {r.status} | `{r.code}` | {r.retry_after or ''} |" for r in errors.TABLE]
    return "\n".join(lines)


def sfn_table() -> str:
    """The Step Functions error-name table in Markdown."""
    lines = ["| `errorType` (Retry/Catch name) | Same as HTTP `code` | Retryable |", "|---|---|---|"]
    lines += [
        f"| `{r.error_type}` | `{r.code}` | {'yes: Retry' if r.retryable else 'no: Catch'} |"
        for r in errors.TABLE
        if r.code not in errors.HTTP_ONLY_CODES
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(http_table(), "", sfn_table(), sep="\n")
