"""The docs' error tables and Step Functions snippet, generated from the one error table.

Each generated section of ``README.md`` and ``docs/*.md`` sits between ``<!-- BEGIN error-table:NAME -->`` and
``<!-- END error-table:NAME -->``; ``--write`` rewrites every such section in place, ``--check`` exits 1 naming
the stale files (a contract test and the pre-commit hook run the same check). The Retry/Catch names come from
``infra.workflow``, which builds the example state machine's from ``sms_pool.errors.TABLE``: the snippet shows
what the stack deploys.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from infra.rate import INDEX_RETRY_MAX_ATTEMPTS
from infra.settings import DEFAULTS
from infra.workflow import INDEX_BUILDING_ERROR, LAMBDA_SERVICE_ERRORS, final_errors, retryable_errors
from sms_pool import errors
from sms_pool.pacing import retry_after_seconds

ROOT = Path(__file__).resolve().parents[1]
FIX = "run `make generate` (or `.venv/bin/python -m scripts.error_table_md --write`)"
_SECTION = re.compile(r"(<!-- BEGIN error-table:(\w+) [^>]*-->\n)(.*?)(<!-- END error-table:\2 -->)", re.DOTALL)
_WIDTH = 116  # the docs' code blocks stay readable without horizontal scrolling

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
    """The Step Functions error-name table in Markdown: the rows a direct invoke can raise."""
    retried = {*retryable_errors(), INDEX_BUILDING_ERROR}
    lines = ["| `errorType` (Retry/Catch name) | Same as HTTP `code` | Retryable |", "|---|---|---|"]
    lines += [
        f"| `{r.error_type}` | `{r.code}` | {'yes: Retry' if r.error_type in retried else 'no: Catch'} |"
        for r in errors.TABLE
        if r.error_type in retried or r.error_type in final_errors()
    ]
    return "\n".join(lines)


def _dump(value: Any, indent: int = 0) -> str:
    """JSON with each object or list on one line when it fits in the width, else one member per line."""
    flat = json.dumps(value)
    if indent + len(flat) <= _WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        members = [f"{pad}{json.dumps(key)}: {_dump(item, indent + 2)}" for key, item in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + " " * indent + "}"
    if all(isinstance(item, str) for item in value):  # names: as many to a line as fit
        lines = textwrap.wrap(", ".join(map(json.dumps, value)), _WIDTH - len(pad), break_long_words=False)
        return "[\n" + "\n".join(pad + line for line in lines) + "\n" + " " * indent + "]"
    return "[\n" + ",\n".join(pad + _dump(item, indent + 2) for item in value) + "\n" + " " * indent + "]"


def asl_snippet() -> str:
    """The example state machine's states (``infra/workflow.py``) as Amazon States Language, in a json fence."""
    backoff = {"IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2}
    states = {
        "StartAt": "AddIdempotencyKey",
        "States": {
            "AddIdempotencyKey": {
                "Type": "Pass",
                "Parameters": {"request.$": "$", "idempotency": {"IdempotencyKey.$": "$$.Execution.Id"}},
                "Next": "Disassociate",
            },
            "Disassociate": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {
                    "FunctionName": "FUNCTION_ARN_OR_ALIAS_ARN",
                    "Payload.$": "States.JsonMerge($.request, $.idempotency, false)",
                },
                "OutputPath": "$.Payload",
                "Retry": [
                    {"ErrorEquals": list(LAMBDA_SERVICE_ERRORS), **backoff, "JitterStrategy": "FULL"},
                    {
                        "ErrorEquals": [INDEX_BUILDING_ERROR],
                        "IntervalSeconds": retry_after_seconds(float(DEFAULTS["awsRequestsPerSecond"])),
                        "MaxAttempts": INDEX_RETRY_MAX_ATTEMPTS,
                        "BackoffRate": 1,
                    },
                    {"ErrorEquals": retryable_errors(), **backoff, "MaxDelaySeconds": 10, "JitterStrategy": "FULL"},
                ],
                "Catch": [{"ErrorEquals": final_errors(), "ResultPath": "$.error", "Next": "Rejected"}],
                "Next": "Done",
            },
            "Rejected": {"Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "$.error.Cause"},
            "Done": {"Type": "Succeed"},
        },
    }
    return "```json\n" + _dump(states) + "\n```"


SECTIONS: dict[str, Callable[[], str]] = {"http": http_table, "sfn": sfn_table, "asl": asl_snippet}


def render(text: str) -> str:
    """``text`` with every marked section rewritten; an unknown section name is an error."""

    def section(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in SECTIONS:
            raise ValueError(f"unknown generated section error-table:{name} (known: {', '.join(SECTIONS)})")
        return f"{match.group(1)}{SECTIONS[name]()}\n{match.group(4)}"

    return _SECTION.sub(section, text)


def documents() -> list[Path]:
    """The files that may hold generated sections."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def stale(paths: list[Path]) -> list[Path]:
    """The files whose generated sections differ from the table."""
    return [path for path in paths if render(text := path.read_text()) != text]


def main(argv: list[str] | None = None) -> int:
    """Print the sections, or rewrite (``--write``) or check (``--check``) them in the docs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the marked sections in place")
    mode.add_argument("--check", action="store_true", help="exit 1 if a marked section is stale")
    args = parser.parse_args(argv)
    if args.write:
        for path in stale(documents()):
            path.write_text(render(path.read_text()))
            print(f"rewrote {path.relative_to(ROOT)}")
        return 0
    if args.check:
        names = [path.relative_to(ROOT).as_posix() for path in stale(documents())]
        if names:
            print(f"stale generated sections in {', '.join(names)}: {FIX}", file=sys.stderr)
        return 1 if names else 0
    print(*(render_one() for render_one in SECTIONS.values()), sep="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
