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
EQUIVALENT: Final[tuple[tuple[str, str, str], ...]] = ()

AREAS: Final = ("sms_pool", "infra.settings")
# Functions called at import time only (module-level tables, class bodies).
IMPORT_TIME: Final = frozenset({"sms_pool.errors.x__make_class", "sms_pool.models.x__identifier"})
TESTS: Final = "tests/unit"


def _killed_in_a_fresh_process(name: str) -> bool:
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": "src"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", TESTS]
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


def main(argv: list[str] | None = None) -> int:
    """Print the summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="append", default=[], help="area that must meet --min-score")
    parser.add_argument("--min-score", type=float, default=90.0)
    args = parser.parse_args(argv)
    if _killed_in_a_fresh_process("no.such.mutant"):  # the re-run must pass with no mutant, or it proves nothing
        print(f"{TESTS} fails in mutants/ without any mutant; fix that first", file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = {area: Counter() for area in AREAS}
    survivors: list[tuple[str, str, str, str | None]] = []
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
