"""The bulk offboarding state machine: pacing from the quota, Retry/Catch from the error table, asl-validator."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from infra.bulk_workflow import ITEM_KEY, MAX_EXECUTION_SECONDS, MAX_ITEMS, OUTCOMES
from infra.rate import RETRY_MAX_ATTEMPTS, bulk_worst_case_seconds, function_max_attempts, map_pacing, stage_burst
from infra.settings import Settings
from infra.workflow import INDEX_BUILDING_ERROR, LAMBDA_SERVICE_ERRORS, retryable_errors
from sms_pool import errors, models, pacing
from sms_pool.constants import BULK_MAX_JOB_ITEMS
from tests.infra.support import render
from tests.synth import ROOT, Synth, synth_app, with_local_opt_ins

VALIDATOR = ROOT / "node_modules" / ".bin" / "asl-validator"


def machines(synth: Synth) -> dict[str, dict[str, Any]]:
    """Logical id -> rendered definition of every state machine."""
    return {
        key: json.loads(render(resource["Properties"]["DefinitionString"]))
        for key, resource in synth.resources("AWS::StepFunctions::StateMachine").items()
    }


def concrete(definition: dict[str, Any]) -> str:
    """The definition with the template's placeholders replaced by values of a deployed stack (ARN checks)."""
    text = json.dumps(definition).replace("<AWS::Partition>", "aws")
    return re.sub(r"<[A-Za-z0-9]+\.Arn>", "arn:aws:lambda:us-east-1:123456789012:function:sms-pool", text)


def bulk(synth: Synth) -> dict[str, Any]:
    """The bulk workflow's definition."""
    (definition,) = [d for key, d in machines(synth).items() if key.startswith("BulkWorkflow")]
    return definition


def test_pacing_never_exceeds_the_quota() -> None:
    for rps in (0.1, 0.5, 1, 1.5, 2.5, 10, 37.5, 1000):
        pacing = map_pacing(rps)
        assert pacing.items_per_second <= rps
        assert pacing.items_per_second >= rps / 2  # whole-second waits cost at most half the quota
        assert pacing.retry_interval_seconds >= pacing.wait_seconds
        assert stage_burst(rps) >= 1
        assert stage_burst(rps) <= max(1, rps + 1)


def test_map_is_paced_from_aws_requests_per_second(synth: Synth) -> None:
    states = bulk(synth)["States"]
    pacing = map_pacing(1)
    assert states["RemoveEach"]["MaxConcurrency"] == pacing.max_concurrency == 1
    inner = states["RemoveEach"]["ItemProcessor"]["States"]
    assert inner["Pace"] == {"Type": "Wait", "Seconds": pacing.wait_seconds, "End": True}
    # Every outcome goes through the pacing wait before the slot frees.
    assert {inner[name]["Next"] for name in ("Removed", "NotInPool", "LastIdentityRefused", "Failed")} == {"Pace"}


def test_a_higher_quota_widens_the_map(tmp_path: Path) -> None:
    states = bulk(synth_app(tmp_path, {"awsRequestsPerSecond": "20", "enableStateMachine": "false"}))["States"]
    assert states["RemoveEach"]["MaxConcurrency"] == 20


@pytest.mark.parametrize("where", ["item", "resolution"])
def test_retry_and_catch_come_from_the_error_table(synth: Synth, where: str) -> None:
    states = bulk(synth)["States"]
    task = (
        states["RemoveEach"]["ItemProcessor"]["States"]["Disassociate"] if where == "item" else states["ResolveNumbers"]
    )
    assert [set(r["ErrorEquals"]) for r in task["Retry"]] == [
        {INDEX_BUILDING_ERROR},
        set(LAMBDA_SERVICE_ERRORS),
        set(retryable_errors()),
    ]
    # INDEX_BUILDING: each retry continues the build, so it comes back at the answer's Retry-After, unjittered.
    index_retry, *others = task["Retry"]
    assert index_retry["IntervalSeconds"] == pacing.retry_after_seconds(1) and index_retry["BackoffRate"] == 1
    assert "JitterStrategy" not in index_retry and INDEX_BUILDING_ERROR not in retryable_errors()
    for retry in others:
        assert retry["JitterStrategy"] == "FULL"
        assert retry["IntervalSeconds"] >= map_pacing(1).wait_seconds
    if where == "resolution":
        assert [c["ErrorEquals"] for c in task["Catch"]] == [["States.ALL"]]  # then each item resolves itself
        assert task["Next"] == states["EachItemResolvesItself"]["Next"] == "RemoveEach"
        return
    catches = [c["ErrorEquals"] for c in task["Catch"]]
    assert catches == [["NotInPoolError", "PhoneNumberNotInPoolError"], ["LastIdentityError"], ["States.ALL"]]
    assert {name for names in catches[:2] for name in names} <= set(errors.ERROR_CLASSES)


def test_each_item_gets_a_key_from_the_execution_and_the_item(synth: Synth) -> None:
    selector = bulk(synth)["States"]["RemoveEach"]["ItemSelector"]
    assert selector["IdempotencyKey.$"] == ITEM_KEY
    assert "$$.Execution.Id" in ITEM_KEY and "$$.Map.Item.Index" in ITEM_KEY
    # The id the resolution step found for this item; the result names its Index, never what the caller gave.
    assert selector["OriginationIdentity.$"] == "States.ArrayGetItem($.Resolved.ids, $$.Map.Item.Index)"
    assert selector["Index.$"] == "$$.Map.Item.Index" and "Given.$" not in selector


def test_summary_counts_every_outcome(synth: Synth) -> None:
    states = bulk(synth)["States"]
    assert set(states["Summarize"]["Parameters"]["Summary"]) == {f"{o}.$" for o in OUTCOMES}
    (choice,) = states["CheckSize"]["Choices"]
    assert choice["NumericGreaterThan"] == MAX_ITEMS


def test_bulk_workflow_can_be_switched_off(tmp_path: Path) -> None:
    off = synth_app(tmp_path, {"enableBulkWorkflow": "false"})
    assert not [key for key in machines(off) if key.startswith("BulkWorkflow")]
    assert off.report["pluginReports"][0]["conclusion"] == "success"


@pytest.mark.skipif(shutil.which("node") is None or not VALIDATOR.exists(), reason="make node installs asl-validator")
def test_every_definition_passes_asl_validator(synth: Synth, tmp_path: Path) -> None:
    for key, definition in machines(synth).items():
        path = tmp_path / f"{key}.asl.json"
        path.write_text(concrete(definition))
        result = subprocess.run([str(VALIDATOR), "--json-path", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, (key, result.stdout, result.stderr)


class _Context:
    def __init__(self, **values: Any) -> None:
        self.values = values

    def try_get_context(self, key: str) -> Any:
        return self.values.get(key)


def test_one_setting_drives_stage_throttle_and_function_retries() -> None:
    shaped = Settings.from_context(_Context(**with_local_opt_ins({"awsRequestsPerSecond": "5"})))  # type: ignore[arg-type]
    assert (shaped.throttle_rate_limit, shaped.throttle_burst_limit, shaped.max_attempts) == (5, 5, 1)
    rates = {"throttleRateLimit": "500", "throttleBurstLimit": "1000"}
    unshaped = Settings.from_context(_Context(**with_local_opt_ins(rates)))  # type: ignore[arg-type]
    assert (unshaped.throttle_rate_limit, unshaped.throttle_burst_limit, unshaped.max_attempts) == (500, 1000, 3)
    explicit = Settings.from_context(_Context(**with_local_opt_ins({"maxAttempts": "2"})))  # type: ignore[arg-type]
    assert explicit.max_attempts == 2 and function_max_attempts(1, 1) == 1 and function_max_attempts(2, 1) == 3


def test_scale_doc_matches_the_workflow() -> None:
    doc = (ROOT / "docs" / "scale.md").read_text()
    flat = " ".join(doc.split())
    assert ITEM_KEY in flat.replace("`", "")
    assert f"at most {MAX_ITEMS:,} identities" in flat
    example_in, example_out, accepted = (
        json.loads(block) for block in re.findall(r"```json\n(.*?)```", doc, re.DOTALL)
    )
    assert set(accepted) == set(models.BulkJobAccepted.model_fields)  # the 202 of POST /bulk-disassociations
    assert set(example_in) == {"PoolId", "IsoCountryCode", "Identities"}
    assert set(example_out["Summary"]) == set(OUTCOMES)
    assert sum(example_out["Summary"].values()) == example_out["Total"] == len(example_in["Identities"])
    assert [r["Index"] for r in example_out["Results"]] == list(range(len(example_in["Identities"])))
    removed = [r["OriginationIdentity"] for r in example_out["Results"] if r["Outcome"] == "removed"]
    assert removed and set(removed) <= set(example_in["Identities"])  # by id, as AWS answered it
    assert {r["Outcome"] for r in example_out["Results"]} <= set(OUTCOMES)
    pacing = map_pacing(1)
    assert f"{RETRY_MAX_ATTEMPTS} times from {pacing.retry_interval_seconds} s" in flat


def _task_worst_case(task: dict[str, Any]) -> float:
    attempts = 1 + sum(retry["MaxAttempts"] for retry in task["Retry"])
    waits = sum(
        min(retry["IntervalSeconds"] * retry["BackoffRate"] ** n, retry.get("MaxDelaySeconds", float("inf")))
        for retry in task["Retry"]
        for n in range(retry["MaxAttempts"])
    )
    return float(attempts * task["TimeoutSeconds"] + waits)


def _worst_case_from_definition(definition: dict[str, Any]) -> float:
    """A full list's longest run, read off the definition itself: the resolution step, the size limit, the Map's
    concurrency, each attempt's task timeout, every Retry block's capped delays and attempts, and the pacing wait."""
    states = definition["States"]
    (limit,) = [choice["NumericGreaterThan"] for choice in states["CheckSize"]["Choices"]]
    inner = states["RemoveEach"]["ItemProcessor"]["States"]
    per_item = _task_worst_case(inner["Disassociate"]) + inner["Pace"]["Seconds"]
    resolution = _task_worst_case(states["ResolveNumbers"])
    return resolution + float(-(-limit // states["RemoveEach"]["MaxConcurrency"]) * per_item)


def test_the_execution_timeout_covers_the_largest_job_with_every_retry_up_to_a_year(
    synth: Synth, tmp_path: Path
) -> None:
    # Before: 3 x items / rate (3000 s at the defaults) cut a run short that was still inside its own retries.
    # One execution runs an inline list (MAX_ITEMS) or an S3 job (BULK_MAX_JOB_ITEMS, 100 times as many, at the
    # same pace); the budget is the larger's worst case, within Step Functions' one-year maximum.
    quota_20 = synth_app(tmp_path, {"awsRequestsPerSecond": "20", "timeoutSeconds": 10, "enableStateMachine": "false"})
    assert BULK_MAX_JOB_ITEMS == 100 * MAX_ITEMS
    for result in (synth, quota_20):
        definition = bulk(result)
        one_list = _worst_case_from_definition(definition)  # the inline branch's 1,000 items
        # 100 lists' worth (less the resolution step counted once per list), within a year.
        assert min(100 * one_list, MAX_EXECUTION_SECONDS) - 100 * 800 <= definition["TimeoutSeconds"]
        assert definition["TimeoutSeconds"] <= min(100 * one_list, MAX_EXECUTION_SECONDS)
    # At the defaults: 100,000 items x (774 s of attempts and waits + 1 s pacing) is over a year.
    assert bulk(synth)["TimeoutSeconds"] == MAX_EXECUTION_SECONDS == 31_536_000


def test_the_slowest_allowed_settings_stay_under_step_functions_one_year_limit() -> None:
    # A STANDARD execution runs at most one year; the slowest quota and the longest timeout fit with room.
    from infra.bulk_workflow import RETRIED
    from sms_pool import bounds

    slowest = bulk_worst_case_seconds(
        MAX_ITEMS, map_pacing(0.1), int(bounds.FUNCTION_TIMEOUT.high) + 5, len(RETRIED), pacing.retry_after_seconds(0.1)
    )
    assert slowest < 365 * 24 * 3600 / 10
