"""Removal by number, dry runs, a retry after success and the bulk workflow at real sizes: pools of 150 and 1,000 numbers, AWS's quotas on, as deployed.

The emulator enforces AWS's 1 request/s per operation; the function runs with the synthesized stack's own
``SMS_POOL_*`` settings (one botocore attempt, the template's timeouts and rate), over HTTP through the local API
(its stage throttle on, the caller at the stage's rate) and as Step Functions invokes it (the synthesized
definitions run on the independent engine of tests/stepfunctions, each Lambda task a direct invoke in a worker
process: a warm container).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench.load import emulator_client
from bench.quota_load import function_environment
from bench.scale_setup import QuotaClock, Worker, WorkerLambda, emulator_with_quotas, seed_pool
from local import launcher
from local.emulator import EmulatorControl, EmulatorServer
from sms_pool.phone import mask
from tests.integration.conftest import LocalMode, post
from tests.stepfunctions.conftest import definition
from tests.stepfunctions.engine import Engine
from tests.synth import Synth

DESCRIBE = "DescribePhoneNumbers"
REMOVE = "DisassociateOriginationIdentity"
STAGE_INTERVAL = 1.1  # a caller at the stage's rate (1 request/s as deployed), with a margin
PAGES = 12  # 1,150 US numbers in the account, 100 a page
TASK_TIMEOUT = 30.0  # the example workflow's task timeout (the function's 25 s + 5 s)


@dataclass
class Scale:
    """The emulator, its seeded pools and the deployed function's settings."""

    server: EmulatorServer
    clock: QuotaClock
    pools: dict[int, tuple[str, list[dict[str, Any]]]]
    env: dict[str, str]
    workdir: Path

    def calls(self, operation: str) -> list[dict[str, Any]]:
        return EmulatorControl(self.server.url).calls(operation)

    def api(self, cdk_out: Path, name: str) -> tuple[launcher.LocalProcess, LocalMode]:
        """A local API (a fresh function container) serving the stack on this emulator."""
        env = {**self.env, "SMS_LOCAL_THROTTLE": "on", "POWERTOOLS_LOG_LEVEL": "WARNING"}
        process = launcher.start(cdk_out, self.workdir / name, env, emulator_url=self.server.url)
        control, client = EmulatorControl(self.server.url), emulator_client(self.server.url)
        return process, LocalMode(process.api, self.server.url, control, client, process.log_path)

    def worker(self, name: str) -> Worker:
        """A Step Functions "container": direct invokes with the deployed settings."""
        return Worker(self.server.url, self.workdir / f"{name}.log", self.env)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    running = Engine(tmp_path_factory.mktemp("engine") / "engine.log")
    yield running
    running.close()


@pytest.fixture(scope="module")
def scale(cdk_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scale]:
    workdir = tmp_path_factory.mktemp("real-sizes")
    clock = QuotaClock()
    with emulator_with_quotas(workdir / "emulator.sqlite3", clock) as server:
        pools = {size: seed_pool(server, size) for size in (1000, 150)}
        server.quotas.configure({"enabled": True})
        env = function_environment(cdk_out)
        assert env["SMS_POOL_MAX_ATTEMPTS"] == "1" and env["SMS_POOL_AWS_REQUESTS_PER_SECOND"] == "1"  # as deployed
        yield Scale(server, clock, pools, env, workdir)


@pytest.fixture(scope="module")
def http(scale: Scale, cdk_out: Path) -> Iterator[LocalMode]:
    process, mode = scale.api(cdk_out, "api")
    yield mode
    process.stop()


def _request(pool: str, identity: str, **extra: Any) -> dict[str, Any]:
    return {"PoolId": pool, "OriginationIdentity": identity, "IsoCountryCode": "US", **extra}


def _after_a_stage_interval(mode: LocalMode, body: dict[str, Any], headers: dict[str, str]) -> Any:
    time.sleep(STAGE_INTERVAL)  # the previous request's removal was AWS's call of its second
    return post(mode, body, headers)


def _at_stage_rate(mode: LocalMode, bodies: list[dict[str, Any]], key: str) -> list[tuple[int, Any]]:
    answers = []
    for index, body in enumerate(bodies):
        started = time.monotonic()
        status, _, answer = post(mode, body, {"Idempotency-Key": f"{key}-{index}"})
        answers.append((status, answer))
        time.sleep(max(0.0, STAGE_INTERVAL - (time.monotonic() - started)))
    return answers


def _definition(synth: Synth, bulk: bool) -> dict[str, Any]:
    return definition(synth, "BulkWorkflow" if bulk else "Workflow")


@pytest.mark.parametrize("size", [150, 1000])
def test_by_number_ten_in_a_row_and_dry_runs_succeed_as_deployed(scale: Scale, http: LocalMode, size: int) -> None:
    pool, numbers = scale.pools[size]
    first, *rest = numbers[-20:-9]
    status, _, answer = _after_a_stage_interval(
        http, _request(pool, first["PhoneNumber"]), {"Idempotency-Key": f"first-{size}"}
    )
    assert (status, answer.get("OriginationIdentity")) == (200, first["PhoneNumberId"]), answer
    time.sleep(STAGE_INTERVAL)  # its removal was AWS's call of this second (after the index's pages)
    answers = _at_stage_rate(http, [_request(pool, number["PhoneNumber"]) for number in rest], f"ten-{size}")
    assert [status for status, _ in answers] == [200] * 10, answers
    assert [answer["OriginationIdentity"] for _, answer in answers] == [number["PhoneNumberId"] for number in rest]
    (_, by_id), (_, by_number) = _at_stage_rate(
        http,
        [
            _request(pool, numbers[1]["PhoneNumberId"], DryRun=True),
            _request(pool, numbers[2]["PhoneNumber"], DryRun=True),
        ],
        f"dry-{size}",
    )
    assert by_id["WouldDisassociate"]["OriginationIdentity"] == numbers[1]["PhoneNumberId"], by_id
    assert by_number["WouldDisassociate"]["OriginationIdentity"] == numbers[2]["PhoneNumberId"], by_number
    # One index for the whole account, built once by this container and shared by both pools.
    listings = [call for call in scale.calls(DESCRIBE) if "Filters" in call["params"]]
    assert len([call for call in listings if call["status"] == 200]) <= PAGES


@pytest.mark.parametrize("cold", [False, True], ids=["warm", "cold"])
def test_a_retry_by_number_after_a_success_answers_the_first_answer_over_http(
    scale: Scale, http: LocalMode, cdk_out: Path, cold: bool
) -> None:
    pool, numbers = scale.pools[1000]
    number = numbers[100 + cold]
    body, key = _request(pool, number["PhoneNumber"]), {"Idempotency-Key": f"retry-http-{cold}"}
    first = _after_a_stage_interval(http, body, key)
    assert first[0] == 200, first
    if cold:
        process, fresh = scale.api(cdk_out, "api-cold")  # a new container: its index is built again
        try:
            again = _after_a_stage_interval(fresh, body, key)
        finally:
            process.stop()
    else:
        again = _after_a_stage_interval(http, body, key)
    assert (again[0], again[2]) == (200, first[2])  # not 404: the number left the pool, its id did not change
    tokens = {
        call["client_token"]
        for call in scale.calls(REMOVE)
        if call["params"]["OriginationIdentity"] == number["PhoneNumberId"]
    }
    assert len(tokens) == 1  # both reached AWS with the same derived ClientToken


@pytest.mark.parametrize("cold", [False, True], ids=["warm", "cold"])
def test_a_retried_step_functions_task_answers_the_first_answer(
    scale: Scale, synth: Synth, engine: Engine, cold: bool
) -> None:
    pool, numbers = scale.pools[1000]
    number = numbers[200 + cold]
    workers = [scale.worker(f"sfn-{cold}-1")]

    def lose() -> None:  # the removal succeeded, then its answer was lost (the task timed out): Step Functions retries
        scale.clock.advance(TASK_TIMEOUT)  # a timed-out task has taken its whole timeout before the retry
        if cold:
            workers.append(scale.worker(f"sfn-{cold}-2"))

    function = WorkerLambda(workers, lose_first=lose)
    try:
        execution = engine.run(
            _definition(synth, bulk=False),
            _request(pool, number["PhoneNumber"]),
            function,
            execution_id=f"arn:aws:states:us-east-1:123456789012:execution:example:retry-{cold}",
            retry_seconds={"Disassociate": 0.0},
        )
    finally:
        for worker in workers:
            worker.close()
    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    assert execution.count("StateRetried") == 1 and function.invocations == 2
    assert execution.output == function.lost[0]
    assert execution.output["OriginationIdentity"] == number["PhoneNumberId"]


def test_the_bulk_workflow_removes_100_numbers_from_a_1000_number_pool(
    scale: Scale, synth: Synth, engine: Engine
) -> None:
    pool, numbers = scale.pools[1000]
    given = [number["PhoneNumber"] for number in numbers[300:400]]
    definition = _definition(synth, bulk=True)
    pace = float(definition["States"]["RemoveEach"]["ItemProcessor"]["States"]["Pace"]["Seconds"])
    worker = scale.worker("bulk")
    # The Map's pacing waits are skipped and counted as passed by the emulator's quota clock (as deployed).
    function = WorkerLambda([worker], after_each=lambda: scale.clock.advance(pace))
    before = len(scale.calls(DESCRIBE))
    try:
        request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": given}
        execution = engine.run(
            definition,
            request,
            function,
            execution_id="arn:aws:states:us-east-1:123456789012:execution:bulk:hundred",
            wait_seconds={"Pace": 0.0},
        )
    finally:
        worker.close()
    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    assert execution.output["Summary"]["removed"] == 100 and function.invocations == 1 + 100
    # Matched to the input by Index, and named by the id AWS answered: never the number the caller sent.
    results = execution.output["Results"]
    assert [result["Index"] for result in results] == list(range(100))
    assert [result["OriginationIdentity"] for result in results] == [
        mask(number["PhoneNumberId"]) for number in numbers[300:400]
    ]
    assert not [number for number in given if number in json.dumps(execution.output)]
    assert len(scale.calls(DESCRIBE)) - before <= PAGES + 1  # one pass over the account's numbers, not one per item
