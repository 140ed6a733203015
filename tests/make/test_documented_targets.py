"""Every make target the README and docs/ document runs, at smoke size, in a scratch copy of the repository.

The copy holds the tracked files (modification times kept, so make sees the set-up as done) with `.venv/` and
`node_modules/` linked in: the targets synthesize, start servers and write `.local/` there, never here. Sizes come
from each target's *_ARGS variable. `make deploy` runs against stand-ins for `aws` and `npx` that do what the real
CLIs do without credentials (the CDK CLI synthesizes with the deploy's context into cdk.out/, then fails), which is
what broke the next `make run`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from infra import deploy
from local.launcher import interrupt_group
from tests.contract.test_docs_commands import DOCS, make_targets
from tests.synth import ROOT, STACK

# Targets documented but not run here, each with its reason.
NOT_RUN_HERE = {
    "test": "this is `make test` itself",
    "lint": "`make test` runs it first (a prerequisite of test)",
    "test-lambda-python": "`make test` runs it (a prerequisite of test)",
    "lock": "resolves against the package index: needs the network, which tests never use",
    "mutation": "minutes even on one module (mutmut's stats and clean runs cover all of tests/unit); not in CI",
}
# Targets run here -> the test that runs them.
RUN_HERE = {
    "synth": "test_make_synth",
    "deploy": "test_make_deploy_that_fails_then_make_run_serves_the_local_template",
    "run": "test_make_deploy_that_fails_then_make_run_serves_the_local_template",
    "load": "test_make_load",
    "load-quota": "test_make_load_quota",
    "bench": "test_make_bench",
    "bench-quick": "test_make_bench",
    "bench-scale": "test_make_bench_scale",
    "generate": "test_make_generate",
    "help": "test_make_help_lists_every_documented_target",
    "venv": "test_make_venv_dev_venv_node",
    "dev-venv": "test_make_venv_dev_venv_node",
    "node": "test_make_venv_dev_venv_node",
    "clean": "test_make_clean_last",
}
PRINCIPAL = "arn:aws:iam::111122223333:role/caller"
POOL = "pool-0123456789abcdef0123456789abcdef"
BANNER_END = "Ctrl-C stops both servers."
STUB_NPX = """#!/usr/bin/env bash
# Stands in for `npx --no-install cdk deploy ARGS` without AWS credentials: like the real CLI it synthesizes the
# app with the deploy's context into cdk.out/ first, then fails to resolve an account.
[ "$1 $2 $3" = "--no-install cdk deploy" ] || { echo "stub npx: unexpected $*" >&2; exit 99; }
shift 3
cdk synth -q --no-notices "$@" >/dev/null 2>&1 || exit 3
echo "Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment"
exit 1
"""
# The `aws` CLI as it answers the layer-parameter check (infra/deploy.py) without credentials.
STUB_AWS = """#!/usr/bin/env bash
echo "Unable to locate credentials. You can configure credentials by running \"aws configure\"." >&2
exit 253
"""


def documented_targets() -> set[str]:
    """The make targets the README and docs/ name (`make X` anywhere in their text)."""
    targets = make_targets()
    named = {word for path in DOCS for word in re.findall(r"\bmake ([a-z][a-z-]*)", path.read_text())}
    return named & targets


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's tracked files, with the set-up (`.venv/`, `node_modules/`) linked in."""
    if not (ROOT / ".venv" / "bin" / "python").exists() or not (ROOT / "node_modules" / ".bin" / "cdk").exists():
        pytest.fail("`make dev-venv node` first (make test does)")
    copy = tmp_path_factory.mktemp("repo")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in tracked.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)  # times kept: requirements older than the venv's stamps
    for name in (".venv", "node_modules"):
        (copy / name).symlink_to(ROOT / name)
    return copy


def _outside_make() -> dict[str, str]:
    # The environment without what an enclosing make (`make test`) passes down: its flags, its level.
    return {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "CDK_CONTEXT_JSON")}


def make(
    scratch: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``make ARGS`` in the copy, outside any make that runs this test (its flags and level left behind)."""
    return subprocess.run(
        ["make", *args],
        cwd=scratch,
        env={**_outside_make(), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _callers_limited(scratch: Path) -> bool:
    """Whether cdk.out/'s API resource policy denies callers: a deploy's synth (allowedPrincipals), not the local
    mode's (allowAccountCallers: every principal of the account, no Deny)."""
    template = json.loads((scratch / "cdk.out" / f"{STACK}.template.json").read_text())
    apis = [r for r in template["Resources"].values() if r["Type"] == "AWS::ApiGateway::RestApi"]
    return any(statement["Effect"] == "Deny" for statement in apis[0]["Properties"]["Policy"]["Statement"])


def test_make_synth(scratch: Path) -> None:
    first = make(scratch, "synth")
    assert first.returncode == 0, first.stdout + first.stderr
    assert (scratch / "cdk.out" / "manifest.json").exists() and not _callers_limited(scratch)
    assert "feature flags are not configured" not in first.stdout + first.stderr
    again = make(scratch, "synth")
    assert "Nothing to be done" in again.stdout  # nothing changed: no second synthesis


@contextlib.contextmanager
def make_run(scratch: Path, out: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`make run` on free ports; stopped on exit (and by `timeout`, with its whole group, if this test dies).

    Its output (the banner, which shows the demo's numbers) goes to ``out``; its logs to a ``.log`` beside it,
    which the session's scan for unmasked phone numbers reads (tests/reliability/plugin.py).
    """
    with out.open("wb") as stdout, out.with_suffix(".log").open("wb") as stderr:
        process = subprocess.Popen(
            ["timeout", "300", "make", "run"],
            cwd=scratch,
            env={**_outside_make(), "LOCAL_API_PORT": "0", "SMS_EMULATOR_PORT": "0"},
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        interrupt_group(process)


def _banner(process: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if BANNER_END in text:
            return text
        if process.poll() is not None:
            pytest.fail(f"make run ended ({process.returncode}):\n{text}\n{log.with_suffix('.log').read_text()}")
        time.sleep(0.2)
    pytest.fail(f"no banner within 240 s:\n{log.read_text(errors='replace')}")


def test_make_deploy_that_fails_then_make_run_serves_the_local_template(scratch: Path, tmp_path: Path) -> None:
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    for name, script in (("npx", STUB_NPX), ("aws", STUB_AWS)):
        (stubs / name).write_text(script)
        (stubs / name).chmod(0o755)
    assert not (ROOT / "node_modules" / ".bin" / "npx").exists()  # the Makefile's PATH would find that one first
    deployed = make(
        scratch,
        "deploy",
        f"DEPLOY_ARGS=-c allowedPrincipals={PRINCIPAL} -c allowedPools={POOL}",
        env={"PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}"},
    )
    assert deployed.returncode != 0 and deploy.HINT in deployed.stderr, deployed.stdout + deployed.stderr
    assert _callers_limited(scratch)  # cdk.out/ now holds the deploy's synth, as after a real failed deploy

    with make_run(scratch, tmp_path / "run.out") as process:
        text = _banner(process, tmp_path / "run.out")
        assert not _callers_limited(scratch)  # synthesized again: cdk.json and the local opt-ins
        first = next(line for line in text.splitlines() if line.startswith("curl ") and "--aws-sigv4" in line)
        answer = subprocess.run(first, shell=True, capture_output=True, text=True, timeout=30, check=False)
        assert answer.stdout.startswith("HTTP/1.1 200"), answer.stdout[:400]
        # What `make run` prints is the local mode's own: no botocore INFO lines, no CDK feature-flag notice.
        said = text + (tmp_path / "run.log").read_text(errors="replace")
        assert "Found credentials" not in said and "feature flags are not configured" not in said


def test_make_load(scratch: Path) -> None:
    result = make(scratch, "load", "LOAD_ARGS=--clients 2 --requests 40")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    figures = json.loads((scratch / ".local" / "load.json").read_text())
    assert figures["completed"] == 40 and not figures["unexpected"] and not figures["state_problems"]


def test_make_load_quota(scratch: Path, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = make(
        scratch, "load-quota", "QUOTA_LOAD_ARGS=--clients 2 --seconds 2 --numbers 8", env={"TMPDIR": str(temp)}
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    for label in ("shaped", "unshaped"):
        figures = json.loads((scratch / ".local" / f"load-quota-{label}.json").read_text())
        # Signed requests, as a real caller's, pass the local API's SigV4 check (unsigned ones all got 403).
        assert figures["successes"] > 0 and "403" not in figures["statuses"] and not figures["state_problems"]
    assert [p.name for p in temp.iterdir() if p.name.startswith("sms-")] == []  # its temporary folders are gone


@pytest.mark.parametrize(("target", "args"), [("bench", "--quick --only asset"), ("bench-quick", "--only asset")])
def test_make_bench(scratch: Path, target: str, args: str) -> None:
    result = make(scratch, target, f"BENCH_ARGS={args}")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    document = json.loads((scratch / "bench" / "results" / "latest.json").read_text())
    assert document["sections"]["asset"]["status"] == "ok" and document["meta"]


def test_make_bench_scale(scratch: Path) -> None:
    result = make(scratch, "bench-scale", "BENCH_SCALE_ARGS=--sizes 16 --bulk 4")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    rows = json.loads((scratch / "bench" / "results" / "scale.json").read_text())["rows"]
    assert {row["phase"] for row in rows} >= {"cold first", "next ten", "dry run id", "dry run number"}


def test_make_generate(scratch: Path) -> None:
    result = make(scratch, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    changed = [name for name in tracked.split() if (scratch / name).read_bytes() != (ROOT / name).read_bytes()]
    assert changed == []  # regenerating changes nothing that is committed


def test_make_help_lists_every_documented_target(scratch: Path) -> None:
    result = make(scratch, "help")
    assert result.returncode == 0, result.stderr
    listed = set(re.findall(r"^  make ([a-z-]+) ", result.stdout, re.MULTILINE))
    assert documented_targets() <= listed


def test_make_venv_dev_venv_node(scratch: Path) -> None:
    result = make(scratch, "venv", "dev-venv", "node")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Installing" not in result.stdout and "npm ci" not in result.stdout  # set up already: nothing redone


def test_every_documented_target_runs_here_or_says_why_not() -> None:
    documented = documented_targets()
    assert {"run", "deploy", "load-quota", "clean"} <= documented  # the reading of the docs finds them
    assert documented <= set(RUN_HERE) | set(NOT_RUN_HERE), documented - set(RUN_HERE) - set(NOT_RUN_HERE)
    assert all(callable(globals().get(test)) for test in RUN_HERE.values())
    test_rule = re.search(r"^test: (.*?)(##|$)", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert test_rule is not None and {"lint", "test-lambda-python"} <= set(test_rule.group(1).split())


def test_make_clean_last(scratch: Path) -> None:
    made = [scratch / name for name in ("cdk.out", ".local")]
    assert all(path.exists() for path in made)  # the targets above made them
    result = make(scratch, "clean")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not any(path.exists() or path.is_symlink() for path in [*made, scratch / ".venv", scratch / "node_modules"])
    assert (ROOT / ".venv" / "bin" / "python").exists()  # the links went, not what they pointed at
