"""State machine Retry/Catch from the error table, logging and tracing; alarms and dashboard."""

from __future__ import annotations

import json
from typing import Any

from infra.settings import DEFAULTS
from infra.workflow import LAMBDA_SERVICE_ERRORS
from sms_pool import errors
from tests.infra.support import render
from tests.synth import Synth


def _machine(synth: Synth) -> dict[str, Any]:
    # The example state machine (the bulk workflow, infra/bulk_workflow.py, is tested in test_bulk_workflow.py).
    (machine,) = [r for k, r in synth.resources("AWS::StepFunctions::StateMachine").items() if k.startswith("Workflow")]
    return machine["Properties"]  # type: ignore[no-any-return]


def _definition(synth: Synth) -> dict[str, Any]:
    return json.loads(render(_machine(synth)["DefinitionString"]))  # type: ignore[no-any-return]


def test_retry_and_catch_names_are_the_handlers_error_classes(synth: Synth) -> None:
    task = _definition(synth)["States"]["Disassociate"]
    retryable = {row.error_type for row in errors.TABLE if row.retryable}
    final = {row.error_type for row in errors.TABLE if not row.retryable and row.code not in errors.HTTP_ONLY_CODES}
    retries = [set(retry["ErrorEquals"]) for retry in task["Retry"]]
    # INDEX_BUILDING has a retrier of its own (at the answer's Retry-After, each retry continuing the build).
    assert retryable - {"IndexBuildingError"} in retries and {"IndexBuildingError"} in retries
    assert set(LAMBDA_SERVICE_ERRORS) in retries
    # Every Lambda service error AWS lists ("Handle Lambda service exceptions"), and the concurrency limit.
    assert set(LAMBDA_SERVICE_ERRORS) == {
        "Lambda.ClientExecutionTimeoutException",
        "Lambda.ServiceException",
        "Lambda.AWSLambdaException",
        "Lambda.SdkClientException",
        "Lambda.TooManyRequestsException",
    }
    (catch,) = task["Catch"]
    assert set(catch["ErrorEquals"]) == final
    assert _definition(synth)["States"][catch["Next"]]["Type"] == "Fail"
    # Each name is a real exception class the direct-invoke handler raises.
    assert retryable | final <= set(errors.ERROR_CLASSES)
    assert not (retryable | final) & {row.error_type for row in errors.TABLE if row.code in errors.HTTP_ONLY_CODES}


def test_payload_is_the_input_plus_the_execution_id_as_idempotency_key(synth: Synth) -> None:
    states = _definition(synth)["States"]
    assert states["AddIdempotencyKey"]["Parameters"] == {
        "request.$": "$",
        "idempotency": {"IdempotencyKey.$": "$$.Execution.Id"},
    }
    task = states["Disassociate"]
    assert task["Parameters"]["Payload.$"] == "States.JsonMerge($.request, $.idempotency, false)"
    assert task["OutputPath"] == "$.Payload"


def test_state_machine_log_group_and_dashboard_are_named_after_the_stack(synth: Synth) -> None:
    groups = sorted(
        res["Properties"]["LogGroupName"]
        for res in synth.resources("AWS::Logs::LogGroup").values()
        if isinstance(res["Properties"].get("LogGroupName"), str)
    )
    assert groups == [
        "/aws/vendedlogs/states/SmsPoolDisassociate-bulk",
        "/aws/vendedlogs/states/SmsPoolDisassociate-example",
    ]
    assert synth.one("AWS::CloudWatch::Dashboard")["DashboardName"] == "SmsPoolDisassociate"


def test_state_machine_logs_everything_and_traces(synth: Synth) -> None:
    machine = _machine(synth)
    assert machine["LoggingConfiguration"]["Level"] == "ALL"
    assert machine["TracingConfiguration"] == {"Enabled": True}


def test_state_machine_can_be_switched_off(no_workflow: Synth) -> None:
    assert not [k for k in no_workflow.resources("AWS::StepFunctions::StateMachine") if k.startswith("Workflow")]
    assert no_workflow.report["pluginReports"][0]["conclusion"] == "success"


def _alarms(synth: Synth) -> dict[str, dict[str, Any]]:
    return {key: res["Properties"] for key, res in synth.resources("AWS::CloudWatch::Alarm").items()}


def test_alarms_cover_errors_throttles_duration_and_api_rates(synth: Synth) -> None:
    alarms = _alarms(synth)
    by_metric = {(props["Namespace"], props["MetricName"]): props for props in alarms.values() if "MetricName" in props}
    assert set(by_metric) == {
        ("AWS/Lambda", "Throttles"),
        ("AWS/Lambda", "Duration"),
        ("AWS/ApiGateway", "5XXError"),
        ("AWS/ApiGateway", "4XXError"),
        ("AWS/States", "ExecutionsTimedOut"),
        ("AWS/States", "ExecutionThrottled"),
        ("AWS/States", "ExecutionsFailed"),
        ("SmsPoolDisassociate", "BulkFailedItems"),
    }
    # Function failures: the service's own 5xx outcome metrics (Lambda's Errors counts SFN rejections too).
    (math,) = [props for props in alarms.values() if "Metrics" in props]
    assert by_metric[("SmsPoolDisassociate", "BulkFailedItems")]["Dimensions"] == [
        {"Name": "service", "Value": "sms-pool-disassociate"}
    ]
    names = {m["MetricStat"]["Metric"]["MetricName"] for m in math["Metrics"] if "MetricStat" in m}
    assert names == {row.code for row in errors.TABLE if row.status >= 500}
    duration = by_metric[("AWS/Lambda", "Duration")]
    assert duration["ExtendedStatistic"] == "p99"
    assert duration["Threshold"] == DEFAULTS["timeoutSeconds"] * 1000 * 0.8
    assert by_metric[("AWS/ApiGateway", "5XXError")]["Statistic"] == "Average"
    assert all("AlarmActions" not in props for props in alarms.values())
    assert len(synth.resources("AWS::CloudWatch::Dashboard")) == 1


def test_state_machine_alarms_are_for_what_needs_a_human(synth: Synth, no_workflow: Synth) -> None:
    # The example workflow's rejections (not in pool, last number) end in its Fail state as expected outcomes:
    # ExecutionsFailed is alarmed only for the bulk workflow, where a failed execution means the list was not run.
    machines = {key: key for key in synth.resources("AWS::StepFunctions::StateMachine")}
    watched: dict[str, set[str]] = {key: set() for key in machines}
    for props in _alarms(synth).values():
        for dimension in props.get("Dimensions", []):
            if dimension["Name"] == "StateMachineArn":
                watched[dimension["Value"]["Ref"]].add(props["MetricName"])
    (example,) = [key for key in machines if key.startswith("Workflow")]
    (bulk,) = [key for key in machines if key.startswith("BulkWorkflow")]
    assert watched[example] == {"ExecutionsTimedOut", "ExecutionThrottled"}
    assert watched[bulk] == {"ExecutionsTimedOut", "ExecutionThrottled", "ExecutionsFailed"}
    # Without the example workflow its alarms go too; the bulk workflow's stay.
    assert not [k for k in _alarms(no_workflow) if k.startswith("MonitoringWorkflow")]
    assert [k for k in _alarms(no_workflow) if k.startswith("MonitoringBulkTimedOut")]


def test_alarm_topic_receives_every_alarm(variant: Synth) -> None:
    for props in _alarms(variant).values():
        assert props["AlarmActions"] == ["arn:aws:sns:us-east-1:111122223333:alarms"]


def test_audit_records_feed_metric_filters_and_the_dashboard(synth: Synth) -> None:
    from infra import audit_log
    from sms_pool.constants import AUDIT_TYPE

    filters = {
        res["Properties"]["MetricTransformations"][0]["MetricName"]: res["Properties"]
        for res in (synth.resources("AWS::Logs::MetricFilter").values())
    }
    assert set(filters) == {audit_log.METRIC_NAME, audit_log.REMOVALS_METRIC}
    by_outcome = filters[audit_log.METRIC_NAME]
    assert by_outcome["FilterPattern"] == f'{{ $.type = "{AUDIT_TYPE}" }}'
    assert by_outcome["MetricTransformations"][0]["Dimensions"] == [
        {"Key": "outcome", "Value": "$.outcome"},
        {"Key": "via", "Value": "$.via"},
    ]
    removals = filters[audit_log.REMOVALS_METRIC]["FilterPattern"]
    assert '$.outcome = "OK"' in removals and "$.dryRun IS FALSE" in removals
    assert all(f["MetricTransformations"][0]["MetricNamespace"] == "SmsPoolDisassociate" for f in filters.values())
    audit_group = next(key for key in synth.resources("AWS::Logs::LogGroup") if key.startswith("AuditTrail"))
    assert all(render(f["LogGroupName"]) == f"<{audit_group}>" for f in filters.values())
    body = render(synth.one("AWS::CloudWatch::Dashboard")["DashboardBody"])
    assert "Who removed what (audit records)" in body and audit_log.REMOVALS_METRIC in body
    assert "| filter type = " in body and "dryRun = 0" in body  # audit_log.AUDIT_QUERY, JSON-escaped in the body
