"""The bulk workflow (infra/bulk_workflow.py), synthesized, run on the independent engine: each item a real
invocation of the handler in this process, its AWS calls answered by the emulator."""

from __future__ import annotations

import copy
import json
import time
from typing import Any, Final

from infra.bulk_workflow import FAILED_ITEMS_METRIC, MAX_ITEMS, OUTCOMES, TOO_LARGE_ERROR
from infra.rate import map_pacing
from local.emulator import EmulatorControl, EmulatorServer
from tests.stepfunctions.bulk_cases import EVERY_OUTCOME_SUMMARY, every_outcome, make_numbers, make_pool, outcomes
from tests.stepfunctions.engine import Engine
from tests.stepfunctions.lambda_service import LambdaService

EXECUTION: Final = "arn:aws:states:us-east-1:123456789012:execution:bulk:offboard-1"
TASK: Final = "Disassociate"
FAST: Final = {"wait_seconds": {"Pace": 0.0}, "retry_seconds": {TASK: 0.0}}  # pacing is tested on its own


def _applied(emulator: EmulatorServer) -> list[dict[str, Any]]:
    calls = EmulatorControl(emulator.url).calls("DisassociateOriginationIdentity")
    return [c for c in calls if c["status"] == 200]


def test_every_outcome_is_reported_and_counted_and_a_rerun_applies_nothing_twice(
    engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer
) -> None:
    case = every_outcome(emulator)
    request, items = case.request, case.request["Identities"]
    first, second_number = items[:2]
    service = LambdaService()

    execution = engine.run(bulk, request, service, execution_id=EXECUTION, **FAST)

    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    assert outcomes(execution, request) == case.expected
    assert execution.output["Summary"] == EVERY_OUTCOME_SUMMARY
    assert list(execution.output["Summary"]) == list(OUTCOMES)
    assert (execution.output["Total"], execution.output["PoolId"]) == (len(items), request["PoolId"])
    # One invocation resolves the list's numbers (ResolveNumbers), then one per item.
    assert service.attempts == 1 + len(items) and execution.count("StateRetried") == 0
    assert {c["params"]["OriginationIdentity"] for c in _applied(emulator)} == set(case.removed)
    # The run's failed items become one metric data point (what the BulkFailedItems alarm watches); the output
    # above is the summary, untouched by that task (ResultPath null).
    ((metric,),) = service.metric_data
    assert (metric["MetricName"], metric["Value"]) == (FAILED_ITEMS_METRIC, EVERY_OUTCOME_SUMMARY["failed"])

    # The same execution again (a redrive): the same per-item keys, so AWS answers each removal from its
    # idempotency record and reports it removed again: by id, and by number too (the number index still maps a
    # number that left the pool to its id, so the call carries the same ClientToken). Nothing is applied twice.
    again = engine.run(bulk, request, LambdaService(), execution_id=EXECUTION, **FAST)
    assert outcomes(again, request) == outcomes(execution, request)
    applied = _applied(emulator)
    assert len({c["client_token"] for c in applied}) == 2
    assert {c["params"]["OriginationIdentity"] for c in applied} == set(case.removed)

    # Another execution is another key: the removed numbers are now simply not in the pool.
    other = engine.run(bulk, request, LambdaService(), execution_id=EXECUTION + "-other", **FAST)
    assert outcomes(other, request)[:2] == [
        (first, "not_in_pool", "NotInPoolError"),
        (second_number, "not_in_pool", "NotInPoolError"),  # resolved to its id once per run; AWS has the last word
    ]


def test_a_rerun_of_a_timed_out_execution_applies_nothing_twice(
    engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer
) -> None:
    numbers = [identity for identity, _ in make_numbers(emulator, 4)]
    pool = make_pool(emulator, numbers)
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": numbers[:3]}
    short = copy.deepcopy(bulk)
    short["TimeoutSeconds"] = 1  # the execution's budget, shortened so that it runs out during the third item
    stalled = engine.run(  # the resolution step, two items, then the third hangs
        short, request, LambdaService(faults=["run", "run", "run", "hang"]), execution_id=EXECUTION, **FAST
    )
    assert (stalled.status, stalled.error) == ("TIMED_OUT", "States.Timeout")
    assert len(_applied(emulator)) == 2

    rerun = engine.run(bulk, request, LambdaService(), execution_id=EXECUTION, **FAST)
    assert [outcome for _, outcome, _ in outcomes(rerun, request)] == ["removed"] * 3
    applied = _applied(emulator)
    assert len({c["client_token"] for c in applied}) == 3  # first two answered from the idempotency record
    assert [c["params"]["OriginationIdentity"] for c in applied] == [*numbers[:2], *numbers[:3]]


def test_throttling_is_retried_per_the_retry_block_then_reported_failed(
    engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer
) -> None:
    keep, gone = (identity for identity, _ in make_numbers(emulator, 2))
    pool = make_pool(emulator, [keep, gone])
    EmulatorControl(emulator.url).set_faults(throttle_count=1000)  # every call throttled
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [gone]}
    service = LambdaService()
    execution = engine.run(bulk, request, service, execution_id=EXECUTION, **FAST)
    assert execution.output["Results"] == [{"Index": 0, "Outcome": "failed", "Code": "ThrottledError"}]
    task = bulk["States"]["RemoveEach"]["ItemProcessor"]["States"][TASK]
    (retrier,) = [r for r in task["Retry"] if "ThrottledError" in r["ErrorEquals"]]
    assert service.attempts == 1 + 1 + retrier["MaxAttempts"]  # the resolution step, then the item's attempts


def test_a_function_timeout_fails_the_item_not_the_list(
    engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer
) -> None:
    (first, _), (second, _) = make_numbers(emulator, 2)
    pool = make_pool(emulator, [first, second])
    short = copy.deepcopy(bulk)
    short["States"]["RemoveEach"]["ItemProcessor"]["States"][TASK]["TimeoutSeconds"] = 1  # instead of 35 s
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [first]}
    execution = engine.run(short, request, LambdaService(faults=["run", "hang"]), execution_id=EXECUTION, **FAST)
    # The item by its Index (a failed item carries no identity: what was given may be a number).
    assert execution.output["Results"] == [{"Index": 0, "Outcome": "failed", "Code": "States.Timeout"}]


def test_more_than_the_limit_fails_before_any_call(engine: Engine, bulk: dict[str, Any]) -> None:
    request = {"PoolId": "pool-x", "IsoCountryCode": "US", "Identities": ["phone-1"] * (MAX_ITEMS + 1)}
    service = LambdaService()
    execution = engine.run(bulk, request, service, execution_id=EXECUTION)
    assert (execution.status, execution.error) == ("FAILED", TOO_LARGE_ERROR)
    assert service.attempts == 0


def test_a_paced_run_stays_within_the_quota(engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer) -> None:
    numbers = [identity for identity, _ in make_numbers(emulator, 4)]
    pool = make_pool(emulator, numbers)
    control = EmulatorControl(emulator.url)
    control.clear_calls()
    control.set_quotas(True)  # AWS's 1 call/s for DisassociateOriginationIdentity
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": numbers[1:]}
    started = time.monotonic()
    execution = engine.run(bulk, request, LambdaService(), execution_id=EXECUTION)  # real Wait and Retry times
    elapsed = time.monotonic() - started
    assert execution.output["Summary"]["removed"] == 3 and execution.count("StateRetried") == 0
    calls = control.calls("DisassociateOriginationIdentity")
    assert [c["error_code"] for c in calls] == [None, None, None]  # the pacing wait kept AWS from throttling
    assert elapsed >= 3 * map_pacing(1).wait_seconds


def test_no_full_phone_number_reaches_the_execution_output(
    engine: Engine, bulk: dict[str, Any], emulator: EmulatorServer
) -> None:
    (first, first_number), (second, second_number), (keep, _) = make_numbers(emulator, 3)
    pool = make_pool(emulator, [first, second, keep])
    stray = "+12065550123"  # a number in no pool: its failure's Cause names it (masked)
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [first_number, stray, second_number]}
    execution = engine.run(bulk, request, LambdaService(), execution_id=EXECUTION, **FAST)
    assert [(r["Index"], r["Outcome"]) for r in execution.output["Results"]] == [
        (0, "removed"),
        (1, "not_in_pool"),
        (2, "removed"),
    ]
    text = json.dumps(execution.output)
    assert not [number for number in (first_number, second_number, stray) if number in text]
    assert execution.output["Results"][0]["OriginationIdentity"] == first  # matched by id, not by the number
