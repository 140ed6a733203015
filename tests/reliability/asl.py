"""A small interpreter of the Amazon States Language subset our state machines use, for local end-to-end runs.

Covers Pass, Choice (NumericGreaterThan), Map (inline: ItemsPath, ItemSelector, ResultSelector, ResultPath),
Task (``lambda:invoke`` with ``Payload.$``, Retry with its delays and Catch by error name), Wait, Succeed and Fail;
paths ``$.a.b``, ``$$.Execution.Id``, ``$$.Map.Item.Value``/``Index`` and the filter ``$[?(@.k == 'v')].k2``; the
intrinsics States.Format, States.Hash (SHA-256), States.ArrayLength, States.ArrayGetItem and States.JsonMerge (shallow). Semantics follow the Amazon States
Language specification (https://states-language.net) and the Step Functions developer guide; anything outside
the subset raises NotImplementedError so a new construct cannot be silently mis-run.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# (ok, result-or-error-object) as Lambda reports a direct invoke (local.lambda_runtime.invoke).
Invoker = Callable[[Any], tuple[bool, Any]]
_FILTER = re.compile(r"^\$\[\?\(@\.(\w+) == '([^']*)'\)\](?:\.(\w+))?$")


class StatesError(Exception):
    """A state's failure, with the Error name Retry/Catch match on."""

    def __init__(self, error: str, cause: str) -> None:
        super().__init__(f"{error}: {cause}")
        self.error, self.cause = error, cause


@dataclass
class Run:
    """One execution: its context object and what the Task states did."""

    execution_id: str
    invoke: Invoker
    invocations: int = 0
    retries: int = 0
    context: dict[str, Any] = field(default_factory=dict)
    sleep: Callable[[float], None] = lambda seconds: None  # Wait and Retry delays; time.sleep to run them


def path(expr: str, data: Any, context: dict[str, Any]) -> Any:
    """Evaluate a path of the subset against ``data`` (``$``) or the context object (``$$``)."""
    if (match := _FILTER.match(expr)) is not None:
        key, value, project = match.groups()
        found = [item for item in data if isinstance(item, dict) and item.get(key) == value]
        return [item[project] for item in found] if project else found
    root, rest = (context, expr[2:]) if expr.startswith("$$") else (data, expr[1:])
    if rest and not rest.startswith("."):
        raise NotImplementedError(expr)
    for part in filter(None, rest.split(".")):
        if not isinstance(root, dict) or part not in root:
            raise StatesError("States.Runtime", f"path {expr} not found")
        root = root[part]
    return root


def _split_args(text: str) -> list[str]:
    args, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(text):
        if char == "'" and (index == 0 or text[index - 1] != "\\"):
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            args.append(text[start:index].strip())
            start = index + 1
    args.append(text[start:].strip())
    return [arg for arg in args if arg]


def value(expr: str, data: Any, context: dict[str, Any]) -> Any:
    """A ``.$`` field's value: a path or an intrinsic function call."""
    if not expr.startswith("States."):
        return path(expr, data, context)
    name, _, rest = expr.partition("(")
    args = [_argument(arg, data, context) for arg in _split_args(rest[:-1])]
    if name == "States.Format":
        template, *fills = args
        parts = str(template).split("{}")
        if len(parts) != len(fills) + 1:
            raise StatesError("States.Runtime", "States.Format argument count")
        return "".join(
            p + (str(f) if isinstance(f, str) else json.dumps(f)) for p, f in zip(parts, [*fills, ""], strict=True)
        )
    if name == "States.Hash":
        if args[1] != "SHA-256":
            raise NotImplementedError(args[1])
        return hashlib.sha256(str(args[0]).encode()).hexdigest()
    if name == "States.ArrayLength":
        return len(args[0])
    if name == "States.ArrayGetItem":
        return args[0][args[1]]
    if name == "States.JsonMerge":
        if args[2] is not False:
            raise NotImplementedError("deep JsonMerge")
        return {**args[0], **args[1]}
    raise NotImplementedError(name)


def _argument(arg: str, data: Any, context: dict[str, Any]) -> Any:
    if arg.startswith("'"):
        return arg[1:-1].replace("\\'", "'")
    if arg.startswith("$") or arg.startswith("States."):
        return value(arg, data, context)
    return json.loads(arg)


def template(spec: Any, data: Any, context: dict[str, Any]) -> Any:
    """Parameters / ItemSelector / ResultSelector: ``key.$`` fields evaluated, the rest copied."""
    if isinstance(spec, dict):
        return {
            (key[:-2] if key.endswith(".$") else key): value(item, data, context)
            if key.endswith(".$")
            else template(item, data, context)
            for key, item in spec.items()
        }
    return copy.deepcopy(spec)


def _place(result_path: str | None, data: Any, result: Any) -> Any:
    if result_path in (None, "$"):
        return result
    if not result_path.startswith("$.") or "." in result_path[2:]:
        raise NotImplementedError(result_path)
    return {**data, result_path[2:]: result}


def _matches(names: list[str], error: str) -> bool:
    return "States.ALL" in names or error in names or ("States.TaskFailed" in names and error != "States.Timeout")


def _delay(retry: dict[str, Any], attempt: int) -> float:
    """IntervalSeconds x BackoffRate^(attempt-1), capped by MaxDelaySeconds, fully jittered if asked."""
    delay = retry.get("IntervalSeconds", 1) * retry.get("BackoffRate", 2.0) ** (attempt - 1)
    delay = min(delay, retry.get("MaxDelaySeconds", delay))
    return random.uniform(0, delay) if retry.get("JitterStrategy") == "FULL" else delay


def _task(state: dict[str, Any], data: Any, run: Run) -> Any:
    if not str(state["Resource"]).endswith(":states:::lambda:invoke"):
        raise NotImplementedError(state["Resource"])
    payload = template(state["Parameters"], data, run.context)["Payload"]
    attempts: dict[int, int] = {}
    while True:
        run.invocations += 1
        ok, answer = run.invoke(payload)
        if ok:
            return {"Payload": answer, "StatusCode": 200}
        error = StatesError(answer["errorType"], answer["errorMessage"])
        for index, retry in enumerate(state.get("Retry", [])):
            if _matches(retry["ErrorEquals"], error.error):
                attempts[index] = attempts.get(index, 0) + 1
                if attempts[index] <= retry.get("MaxAttempts", 3):
                    run.retries += 1
                    run.sleep(_delay(retry, attempts[index]))
                    break
                raise error
        else:
            raise error


def _apply(state: dict[str, Any], data: Any, run: Run) -> Any:
    """Run one non-branching state; its output (raises StatesError for a failure)."""
    kind = state["Type"]
    if kind == "Pass":
        result = template(state["Parameters"], data, run.context) if "Parameters" in state else data
    elif kind == "Task":
        result = _task(state, data, run)
        if "ResultSelector" in state:
            result = template(state["ResultSelector"], result, run.context)
    elif kind == "Map":
        result = _map(state, data, run)
    elif kind == "Wait":
        run.sleep(float(state["Seconds"]))
        return data
    elif kind == "Fail":
        raise StatesError(state.get("Error", "States.Fail"), state.get("Cause", ""))
    else:
        raise NotImplementedError(kind)
    return _place(state.get("ResultPath"), data, result)


def execute(machine: dict[str, Any], data: Any, run: Run) -> Any:
    """Run ``machine`` (a definition, or a Map's ItemProcessor) on ``data``; the output, or StatesError."""
    name = machine["StartAt"]
    while True:
        state = machine["States"][name]
        if state["Type"] == "Succeed":
            return data
        if state["Type"] == "Choice":
            name = _choose(state, data, run)
            continue
        try:
            data = _apply(state, data, run)
        except StatesError as exc:
            catch = next((c for c in state.get("Catch", []) if _matches(c["ErrorEquals"], exc.error)), None)
            if catch is None:
                raise
            data = _place(catch.get("ResultPath"), data, {"Error": exc.error, "Cause": exc.cause})
            name = catch["Next"]
            continue
        if "OutputPath" in state:
            data = path(state["OutputPath"], data, run.context)
        if state.get("End"):
            return data
        name = state["Next"]


def _map(state: dict[str, Any], data: Any, run: Run) -> Any:
    if state["ItemProcessor"].get("ProcessorConfig", {}).get("Mode", "INLINE") != "INLINE":
        raise NotImplementedError("distributed map")
    results = []
    for index, item in enumerate(path(state.get("ItemsPath", "$"), data, run.context)):
        run.context = {**run.context, "Map": {"Item": {"Index": index, "Value": item}}}
        selected = template(state["ItemSelector"], data, run.context) if "ItemSelector" in state else item
        results.append(execute(state["ItemProcessor"], selected, run))
    run.context = {key: item for key, item in run.context.items() if key != "Map"}
    if "ResultSelector" in state:
        return template(state["ResultSelector"], results, run.context)
    return results


def _choose(state: dict[str, Any], data: Any, run: Run) -> str:
    for choice in state["Choices"]:
        if set(choice) != {"Variable", "NumericGreaterThan", "Next"}:
            raise NotImplementedError(sorted(choice))
        if path(choice["Variable"], data, run.context) > choice["NumericGreaterThan"]:
            return str(choice["Next"])
    return str(state["Default"])


def start(
    machine: dict[str, Any],
    data: Any,
    invoke: Invoker,
    execution_id: str,
    sleep: Callable[[float], None] | None = None,
) -> tuple[Any, Run]:
    """One execution (or a redrive, with the same ``execution_id``); its output and run record.

    Waits and retry delays are skipped unless ``sleep`` is given (``time.sleep`` runs them for real).
    """
    run = Run(execution_id, invoke, context={"Execution": {"Id": execution_id, "Input": data}})
    if sleep is not None:
        run.sleep = sleep
    return execute(machine, data, run), run
