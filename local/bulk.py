"""The local mode's bulk jobs: the synthesized bulk workflow on moto's Step Functions engine, S3 in moto too.

moto's engine (LocalStack's, ported) is the independent engine that runs the most of the final definition: the
inline Map and the Distributed Map with its S3 ``ItemReader`` and EXPRESS children (docs/scale.md lists what it
does not run, and which test covers that instead). One moto server in this process serves Step Functions, S3
(an in-process S3: nothing is written to a local folder) and Lambda; the Lambda ``Invoke`` of each task runs the
deployed handler in this process (the function the template names), whose AWS calls go to the emulator, quotas
on. Two of moto 5.2.5's gaps are closed while it runs, each against AWS's documented behaviour:

- a JSONPath filter that matches nothing raises ``States.Runtime`` where AWS yields ``[]`` (getmoto/moto#10078;
  the fix proposed in #10095), :func:`filter_fix`;
- ``ResultWriter`` writes a manifest listing no result files (``# TODO: generate result files``):
  :func:`_write_results` writes them as the Step Functions guide's "ResultWriter (Map)" describes
  (``SUCCEEDED_0.json``: each child's record with its ``Input`` and ``Output`` as JSON text).
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from local.emulator.seed import seed_pool
from local.gateway import lambda_runtime
from sms_pool.constants import BULK_BUCKET_ENV, BULK_RATE_ENV, BULK_STATE_MACHINE_ENV

REGION_ENV: Final = "AWS_REGION"
ACCOUNT: Final = "123456789012"  # moto's default account
BUCKET: Final = "sms-pool-bulk-local"
_ZIP: Final = b"PK\x05\x06" + b"\0" * 18  # an empty zip: the code runs in this process, not in moto


def filter_fix(original: Callable[[str, Any], Any], missing: type[Exception]) -> Callable[[str, Any], Any]:
    """``original`` (moto's ``extract_json``) answering ``[]`` for a filter that matches nothing, as AWS does."""

    def extract_json(path: str, data: Any) -> Any:
        try:
            return original(path, data)
        except missing:
            if "[?(" in path:
                return []
            raise

    return extract_json


def patch_filters(setattr_: Callable[[Any, str, Any], None]) -> None:
    """Apply :func:`filter_fix` in every moto parser module that imported ``extract_json`` by name."""
    from moto.stepfunctions.parser.asl.utils import json_path  # noqa: PLC0415 - moto is a dev/local dependency

    fixed = filter_fix(json_path.extract_json, json_path.NoSuchJsonPathError)
    for module in [m for name, m in sys.modules.items() if name.startswith("moto.stepfunctions.parser")]:
        if getattr(module, "extract_json", None) is json_path.extract_json:
            setattr_(module, "extract_json", fixed)


def _result_records(results: Any, map_run_arn: str) -> list[dict[str, Any]]:
    machine = map_run_arn.replace(":mapRun:", ":stateMachine:").rsplit(":", 1)[0]
    return [
        {
            "ExecutionArn": f"{machine.replace(':stateMachine:', ':express:')}:{uuid.uuid4()}",
            "Input": "{}",
            "Output": json.dumps(result),
            "Status": "SUCCEEDED",
        }
        for result in (results if isinstance(results, list) else [])
    ]


def _write_results(env: Any, runtime_part: Any, credentials: Any) -> None:
    """moto's ResultWriter ``putObject`` handler, writing the result file its TODO leaves out."""
    from moto.stepfunctions.parser.asl.utils.boto_client import boto_client_for  # noqa: PLC0415

    parameters = env.stack.pop()
    results = env.stack.pop()
    client: Any = boto_client_for(service="s3", region=runtime_part.region, state_credentials=credentials)
    record = env.map_run_record_pool_manager.get_all().pop()
    prefix = parameters.get("Prefix", "")
    prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    base = prefix + record.map_run_arn.split(":")[-1]
    body = json.dumps(_result_records(results, record.map_run_arn)).encode()
    client.put_object(Bucket=parameters["Bucket"], Key=f"{base}/SUCCEEDED_0.json", Body=body)
    manifest = {
        "DestinationBucket": parameters["Bucket"],
        "MapRunArn": record.map_run_arn,
        "ResultFiles": {
            "FAILED": [],
            "PENDING": [],
            "SUCCEEDED": [{"Key": f"{base}/SUCCEEDED_0.json", "Size": len(body)}],
        },
    }
    client.put_object(Bucket=parameters["Bucket"], Key=f"{base}/manifest.json", Body=json.dumps(manifest).encode())
    env.stack.append(
        {
            "MapRunArn": record.map_run_arn,
            "ResultWriterDetails": {"Bucket": parameters["Bucket"], "Key": f"{base}/manifest.json"},
        }
    )


# What moto 5.2.5's ASL grammar refuses in the synthesized definition, and what it runs instead (docs/scale.md,
# "Not exercised locally"; tests/infra checks the synthesized fields): EXPRESS children (its grammar has STANDARD
# only) and an integer ToleratedFailurePercentage (it parses a decimal only).
MOTO_REWRITES: Final = (
    ('"ExecutionType":"EXPRESS"', '"ExecutionType":"STANDARD"'),
    ('"ToleratedFailurePercentage":100', '"ToleratedFailurePercentage":100.0'),
)


def for_moto(definition: str) -> str:
    """``definition`` (compact JSON) with :data:`MOTO_REWRITES` applied where they occur."""
    for old, new in MOTO_REWRITES:
        definition = definition.replace(old, new)
    return definition


def _eval_pool_iteratively(self: Any, job: Any, worker_frame: Any) -> None:
    """moto's ``DistributedItemProcessorWorker._eval_pool`` as a loop: moto's calls itself for each next item, so a
    worker that runs more than ~950 items (``MaxConcurrency`` 1, at 1 request/s) hits Python's recursion limit and
    leaves the execution RUNNING for ever. Same steps, same order; raising the limit instead would also let the
    handlers in this process parse deeper JSON than they do in Lambda."""
    while job is not None:
        job_frame = worker_frame.open_inner_frame()
        self._eval_job(env=job_frame, job=job)
        worker_frame.delete_frame(job_frame)
        if isinstance(job.job_output, Exception) or self.stopped():
            break
        next_job = self._job_pool.next_job()
        if next_job is None:
            break
        self._job_pool.close_job(job)
        job = next_job
    self._env.delete_frame(worker_frame)
    if job is not None:
        self._job_pool.close_job(job)


def allow_long_maps(setattr_: Callable[[Any, str, Any], None]) -> None:
    """Run moto's distributed map workers with :func:`_eval_pool_iteratively`."""
    from moto.stepfunctions.parser.asl.component.state.exec.state_map.iteration.itemprocessor import (  # noqa: PLC0415
        distributed_item_processor_worker as worker,
    )

    setattr_(worker.DistributedItemProcessorWorker, "_eval_pool", _eval_pool_iteratively)


def resolve(value: Any, refs: dict[str, str]) -> Any:
    """A template value with ``Ref``/``Fn::GetAtt .Arn``/``Fn::Join`` replaced from ``refs`` (logical id or
    pseudo parameter -> value); other values as they are."""
    if isinstance(value, list):
        return [resolve(item, refs) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        ((key, arg),) = value.items()
        if key == "Ref":
            return refs[arg]
        if key == "Fn::GetAtt":
            return refs[arg[0]]
        if key == "Fn::Join":
            return str(arg[0]).join(str(resolve(part, refs)) for part in arg[1])
    return {key: resolve(item, refs) for key, item in value.items()}


@dataclass
class LocalBulk:
    """The running moto server and what the bulk-jobs function needs to reach it."""

    url: str
    state_machine_arn: str
    server: Any

    def stop(self) -> None:
        """Stop the moto server."""
        self.server.stop()


def _by_type(resources: dict[str, Any], cfn_type: str) -> Iterator[tuple[str, dict[str, Any]]]:
    return ((key, r) for key, r in resources.items() if r["Type"] == cfn_type)


def _serve_lambda(handlers: dict[str, str]) -> None:
    """moto's Lambda ``Invoke`` runs the named function's handler here, answering as Lambda does."""
    from moto.awslambda.models import LambdaBackend  # noqa: PLC0415

    loaded = {name: lambda_runtime.load_handler(dotted) for name, dotted in handlers.items()}

    def invoke(  # noqa: PLR0917 - moto's LambdaBackend.invoke signature
        backend: Any, name: str, qualifier: Any, body: Any, headers: Any, response_headers: Any
    ) -> bytes:
        function = name.rsplit(":function:", maxsplit=1)[-1].split(":", maxsplit=1)[0]
        ok, answer = lambda_runtime.invoke(loaded[function], json.loads(body) if body else {})
        if not ok:
            response_headers["x-amz-function-error"] = "Unhandled"
        return json.dumps(answer).encode()

    LambdaBackend.invoke = invoke  # type: ignore[method-assign,assignment]


def start(template: Path) -> LocalBulk | None:
    """Serve the template's bulk workflow on moto; None when the template deploys none. Sets the environment the
    bulk-jobs function reads (call before the local API imports its handlers)."""
    resources: dict[str, Any] = json.loads(template.read_text())["Resources"]
    machines = [
        (k, r) for k, r in _by_type(resources, "AWS::StepFunctions::StateMachine") if k.startswith("BulkWorkflow")
    ]
    if not machines:
        return None
    import boto3  # noqa: PLC0415
    from moto.stepfunctions.parser.asl.component.state.exec.state_map.result_writer.resource_eval import (  # noqa: PLC0415
        resource_eval_s3,
    )

    from local.moto_http import MotoEndpoint  # noqa: PLC0415

    patch_filters(setattr)
    allow_long_maps(setattr)
    resource_eval_s3.ResourceEvalS3._handle_put_object = staticmethod(_write_results)  # type: ignore[assignment]
    server = MotoEndpoint()
    url = server.url
    region = os.environ.get(REGION_ENV, "us-east-1")
    clients = {
        name: boto3.client(name, endpoint_url=url, region_name=region)
        for name in ("s3", "lambda", "iam", "stepfunctions")
    }
    clients["s3"].create_bucket(Bucket=BUCKET)
    role = clients["iam"].create_role(RoleName="sms-pool-local", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    refs = {"AWS::Partition": "aws", "AWS::Region": region, "AWS::AccountId": ACCOUNT}
    handlers: dict[str, str] = {}
    environment: dict[str, str] = {}
    logical_id, machine = machines[0]
    invoked = json.dumps(machine["Properties"]["DefinitionString"])
    for logical_id, function in _by_type(resources, "AWS::Lambda::Function"):
        if f'"{logical_id}"' not in invoked:
            continue
        properties = function["Properties"]
        name = f"local-{logical_id}"
        refs[logical_id] = clients["lambda"].create_function(
            FunctionName=name, Runtime="python3.13", Role=role, Handler=properties["Handler"], Code={"ZipFile": _ZIP}
        )["FunctionArn"]
        handlers[name] = properties["Handler"]
        variables = properties.get("Environment", {}).get("Variables", {})
        environment.update({k: v for k, v in variables.items() if k == BULK_RATE_ENV and isinstance(v, str)})
    for logical_id, _ in _by_type(resources, "AWS::S3::Bucket"):
        refs[logical_id] = BUCKET
    _serve_lambda(handlers)
    definition = for_moto(resolve(machine["Properties"]["DefinitionString"], refs))
    name = str(machine["Properties"].get("StateMachineName") or machines[0][0])
    arn = clients["stepfunctions"].create_state_machine(name=name, definition=definition, roleArn=role)[
        "stateMachineArn"
    ]
    os.environ.update(
        {
            **environment,
            BULK_STATE_MACHINE_ENV: arn,
            BULK_BUCKET_ENV: BUCKET,
            "AWS_ENDPOINT_URL_S3": url,
            "AWS_ENDPOINT_URL_SFN": url,
        }
    )
    return LocalBulk(url, arn, server)


DEMO_ITEMS: Final = 200
DEMO_FILE: Final = "bulk-demo.json"


def seed_demo(client: Any, folder: Path, items: int = DEMO_ITEMS) -> Path:
    """A pool of ``items`` + 1 numbers (a pool keeps one) and, in ``folder``, the body of a job removing ``items``
    of them: what the README's ``curl -d @.local/bulk-demo.json`` submits."""
    pool_id, numbers = seed_pool(client, items + 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DEMO_FILE
    path.write_text(json.dumps({"PoolId": pool_id, "IsoCountryCode": "US", "Identities": numbers[1:]}))
    return path


def demo_lines(running: LocalBulk | None, client: Any, folder: Path) -> str:
    """`make run`'s bulk lines (after seeding the bulk demo); empty when the stack has no bulk workflow."""
    if running is None:
        return ""
    path = seed_demo(client, folder)
    return (
        f"\nBulk jobs (docs/scale.md): {path} holds a {DEMO_ITEMS}-item job on its own pool; submit it with the "
        f"README's POST /bulk-disassociations and watch it with GET /bulk-disassociations/<JobId>. Results are in "
        f"moto's S3 at {running.url} (AWS_ENDPOINT_URL={running.url} with any AWS client)."
    )


def stop(running: LocalBulk | None) -> None:
    """Stop what :func:`start` started, if it started anything."""
    if running is not None:
        running.stop()
