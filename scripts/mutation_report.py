"""Summarize the last ``make mutation`` run: counts and score per area, each survivor on one line.

Run from the staging tree (``make mutation`` does). A survivor matching an entry of :data:`EQUIVALENT` (its
function and a fragment of its mutated line) counts as equivalent: it behaves exactly as the original, for the
reason given. Entries name code, not mutant numbers, so they survive renumbering. Exit status 1 when an area
named with ``--require`` scores below ``--min-score`` or has a survivor no entry explains.

mutmut imports the code once, before it switches any mutant on, so a mutant in code that runs only at import (the
error classes, the pydantic field definitions) always "survives". Those in :data:`IMPORT_TIME` are re-run here in a
fresh pytest process with the mutant switched on from the start, and count as killed when a test fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from typing import Final

from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files

# (function, fragment of the mutated line, why the mutant is equivalent). Reviewed by hand; keep reasons short.
EQUIVALENT: Final[tuple[tuple[str, str, str], ...]] = (
    ("sms_pool.errors.x__classes", "XX__module__XX", "type() takes __module__ from the caller's globals if absent"),
    ("sms_pool.errors.x__classes", "__MODULE__", "type() takes __module__ from the caller's globals if absent"),
    ("sms_pool.core.x_derive_client_token", '.encode("UTF-8")', "codec names are case-insensitive"),
    ("sms_pool.handlers.x_api_handler", "step_functions=None", "None is falsy like False; only its truth is read"),
    ("sms_pool.observability.x__tracing_enabled", '"XXXX").lower()', 'any default but "1"/"true" means "not off"'),
    ("sms_pool.observability.x_trace_handler", "cast(None,", "typing.cast does nothing at run time"),
    ("sms_pool.observability.x_log_stream", "return cast(", "typing.cast does nothing at run time"),
    ("sms_pool.config.x_load", 'or "TRUE").lower()', 'the default is lowered: "TRUE" reads as "true"'),
    ("sms_pool.aws.x__from_client_error", 'get("Error", None)', "botocore's ClientError always has an Error dict"),
    ("sms_pool.aws.x__from_client_error", 'get("Error", )', "botocore's ClientError always has an Error dict"),
    ("sms_pool.models.x__optional", "anyOf", "no anyOf: the optional members are str with a None default"),
    ("sms_pool.models.x__optional", '.get("type")', "no anyOf branches ever reach this filter (see above)"),
    ("sms_pool.models.x__optional", "branches.get", "no anyOf branches ever reach this filter (see above)"),
    ("sms_pool.models.x__optional", ".get(None)", "no anyOf branches ever reach this filter (see above)"),
    ("sms_pool.models.x__optional", 'get("XXtypeXX")', "no anyOf branches ever reach this filter (see above)"),
    ("sms_pool.models.x__optional", 'get("TYPE")', "no anyOf branches ever reach this filter (see above)"),
    ("sms_pool.models.x__optional", "branches = None", "branches is always empty, and None is falsy too"),
    ("sms_pool.models.x__optional", "schema.update(", "never reached: branches is always empty"),
    ("sms_pool.models.x__optional", 'schema.pop("default", )', "every optional member has a default to pop"),
    ("sms_pool.validation.x__message", "or True else {}", "fastjsonschema's definition is always a dict"),
    ("sms_pool.validation.x__message", "definition.get('type',", "every type rule in the schema names its type"),
    ("sms_pool.validation.x__message", "is invalid", "unreachable: only type/length/pattern rules remain"),
    ("sms_pool.validation.x__message", "IS INVALID", "unreachable: only type/length/pattern rules remain"),
    ("sms_pool.validation.x__no_constant", "ValueError(None)", "its message is never shown (mapped to one text)"),
    ("sms_pool.validation.x_decode_body", "(2 if (is_base64) or True else 1)", "the exact byte check refuses the same"),
    ("sms_pool.validation.x_decode_body", "(3 if is_base64 else 1)", "the exact byte check after it refuses the same"),
    ("sms_pool.validation.x_decode_body", "(2 if is_base64 else 2)", "the exact byte check after it refuses the same"),
    ("sms_pool.validation.x_validate_payload", 'lstrip("XX.XX")', "no field name starts with X"),
    ("sms_pool.validation.x_validate_payload", 'exc.name or "', "fastjsonschema always sets exc.name"),
    ("sms_pool.validation.x__validate", 'lstrip("XX.XX")', "no field name starts with X"),
    ("sms_pool.validation.x__validate", 'exc.name or "', "fastjsonschema always sets exc.name"),
    ("sms_pool.validation.x__validate", "cast(None,", "typing.cast does nothing at run time"),
    ("sms_pool.validation.x_validate_body", "return cast(", "typing.cast does nothing at run time"),
    ("sms_pool.validation.x_validate_task", "return cast(", "typing.cast does nothing at run time"),
    ("sms_pool.validation.x__members", "or True else {}", "fastjsonschema's definition is always a dict"),
    ("sms_pool.validation.x__members", 'get("properties", ', "the object schema always lists its properties"),
    ("sms_pool.validation.x__members", 'get("required", ', "the object schema always lists its required members"),
    ("sms_pool.validation.x\u01c1_DuplicateKeyError\u01c1__init__", "super().__init__(None)", "args are never read"),
    (
        "sms_pool.handlers.x_sfn_handler",
        "correlated = None  # set once",
        "None is falsy like False; only its truth is read",
    ),
    (
        "sms_pool.aws.x_list_pool_identities",
        "pool: dict[str, str] = None",
        "paginate() yields a page at least: reassigned",
    ),
    ("infra.settings.x_powertools_version", "^AWS[-_]LAMBDA", "the search is case-insensitive"),
    ("sms_pool.observability.x__masked_json", "default=str, ))", "json.dumps's ensure_ascii is True by default"),
    ("sms_pool.observability.x__masked_json", "mask(str(o)), )", "json.dumps's ensure_ascii is True by default"),
    ("sms_pool.audit.x_from_task", 'execution or "XXXX"', '"XXXX" no more matches the execution ARN than "" does'),
)

AREAS: Final = ("sms_pool", "infra.settings")
# Functions called at import time only (module-level tables, class bodies).
IMPORT_TIME: Final = frozenset(
    {
        "sms_pool.errors.x__classes",
        "sms_pool.errors.x__parent",
        "sms_pool.models.x__identifier",
        "infra.settings.x__bounded",
    }
)
TESTS: Final = ("tests/unit", "tests/infra/test_settings_edges.py")  # as in pyproject.toml
IGNORED: Final = ("--ignore=tests/unit/test_structure.py",)  # as pytest_add_cli_args in pyproject.toml


def _killed_in_a_fresh_process(name: str) -> bool:
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": "src"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *IGNORED, *TESTS]
    result = subprocess.run(command, cwd="mutants", env=env, capture_output=True, check=False, timeout=600)  # noqa: S603
    return result.returncode != 0


def _mutated_line(name: str, path: object) -> str:
    diff = get_diff_for_mutant(name, path=path)  # type: ignore[arg-type]
    added = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    removed = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    return " / ".join(added) or "(removed) " + " / ".join(removed)


def _equivalent(name: str, line: str) -> str | None:
    function = name.partition("__mutmut_")[0]
    for where, fragment, reason in EQUIVALENT:
        if function == where and fragment in line:
            return reason
    return None


Survivor = tuple[str, str, str, str | None]  # name, status, mutated line, reason if equivalent


def _classify() -> tuple[dict[str, Counter[str]], list[Survivor]]:
    counts: dict[str, Counter[str]] = {area: Counter() for area in AREAS}
    survivors: list[Survivor] = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        for name, exit_code in sorted(data.exit_code_by_key.items()):
            area = next((a for a in AREAS if name.startswith(a + ".")), "other")
            status = status_by_exit_code[exit_code]
            if (
                status == "survived"
                and name.partition("__mutmut_")[0] in IMPORT_TIME
                and _killed_in_a_fresh_process(name)
            ):
                status = "killed"
            if status in ("survived", "no tests"):
                line = _mutated_line(name, path)
                reason = _equivalent(name, line)
                if reason is not None:
                    status = "equivalent"
                survivors.append((name, status, line, reason))
            counts.setdefault(area, Counter())[status] += 1
    return counts, survivors


def main(argv: list[str] | None = None) -> int:
    """Print the summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="append", default=[], help="area that must meet --min-score")
    parser.add_argument("--min-score", type=float, default=90.0)
    args = parser.parse_args(argv)
    if _killed_in_a_fresh_process("no.such.mutant"):  # the re-run must pass with no mutant, or it proves nothing
        print(f"{TESTS} fails in mutants/ without any mutant; fix that first", file=sys.stderr)
        return 2
    counts, survivors = _classify()
    failed = False
    for area, tally in counts.items():
        total = sum(tally.values())
        if not total:
            continue
        scored = total - tally["equivalent"]
        score = 100.0 * tally["killed"] / scored if scored else 100.0
        unexplained = sum(
            1 for name, status, _, _ in survivors if name.startswith(area + ".") and status != "equivalent"
        )
        print(
            f"{area}: total {total}, killed {tally['killed']}, survived {tally['survived']}, "
            f"no tests {tally['no tests']}, timeout {tally['timeout']}, equivalent {tally['equivalent']}, "
            f"score {score:.1f}% ({tally['killed']}/{scored}), unexplained survivors {unexplained}"
        )
        if area in args.require and (score < args.min_score or unexplained):
            failed = True
    for name, status, line, reason in survivors:
        print(f"- {status}: `{name}`: `{line}`" + (f" ({reason})" if reason else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
