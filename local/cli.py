"""Local mode command line: ``run`` (emulator + local API + demo data), ``serve``, ``invoke``.

python -m local.cli run [--api-port 3000] [--emulator-port 4580] [--db .local/emulator.sqlite3]
python -m local.cli serve --api-port 0 --emulator-port 0   # for tests: prints {"api", "emulator"}
python -m local.cli serve --api-port 0 --emulator-url URL  # an emulator started (and stopped) elsewhere
python -m local.cli invoke [FILE|-]      # a Step Functions-style payload, as Lambda would run it
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shlex
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from sms_pool.constants import ROUTE

DEFAULT_EMULATOR_URL = "http://127.0.0.1:4580"


# The command's own output (results, URLs, the banner). Function logs and EMF metrics go to stderr, as Lambda
# keeps them apart from the invocation result (Powertools binds its stream when sms_pool is imported).
OUT = sys.stdout


def _lambda_environment(endpoint_url: str) -> None:
    # What the deployed function gets from Lambda and the stack; must be set before sms_pool is imported.
    sys.stdout = sys.stderr
    os.environ.setdefault("AWS_REGION", "us-east-1")
    os.environ.setdefault("AWS_DEFAULT_REGION", os.environ["AWS_REGION"])
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "local")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "local")
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "sms-pool-disassociate")
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "SmsPoolLocal")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ["AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2"] = endpoint_url


def invoke(payload_text: str) -> int:
    """Run the handler once with a direct-invoke payload; print the result or Lambda's error object."""
    from local import lambda_runtime  # noqa: PLC0415 - after the environment is set
    from sms_pool import handlers  # noqa: PLC0415

    try:
        payload = json.loads(payload_text)
    except ValueError as exc:
        print(json.dumps({"errorType": "InvalidJsonPayload", "errorMessage": str(exc)}), file=OUT)
        return 2
    ok, answer = lambda_runtime.invoke(handlers.handler, payload)
    print(json.dumps(answer, indent=2), file=OUT)
    return 0 if ok else 1


def _curl(api: str, body: dict[str, Any], key: str | None = None) -> str:
    headers = " -H 'Content-Type: application/json'" + (f" -H 'Idempotency-Key: {key}'" if key else "")
    return f"curl -s -i -X POST {api}{ROUTE}{headers} -d {shlex.quote(json.dumps(body))}"


def _banner(api: str, emulator: str, demo: dict[str, Any]) -> str:
    pool, phones = demo["pool_id"], demo["phone_number_ids"]
    sfn_payload = {
        "PoolId": demo["pool_arn"],
        "OriginationIdentity": demo["sender_id_arn"],
        "IsoCountryCode": demo["sender_id_country"],
        "IdempotencyKey": "demo-execution-1",
    }
    return "\n".join(
        [
            "",
            f"Local API:  {api}   (OpenAPI: {api}/openapi.json, Swagger UI: {api}/docs)",
            f"Emulator:   {emulator}   (SMS Voice V2; control: {emulator}/_emulator/health)",
            f"Demo pool {pool}: phone numbers {', '.join(phones)}; sender ID {demo['sender_id']}",
            "",
            "# 200: removes the third phone number from the pool",
            _curl(api, {"PoolId": pool, "OriginationIdentity": phones[2], "IsoCountryCode": "US"}, "demo-1"),
            "# 404 RESOURCE_NOT_FOUND: no such phone number",
            _curl(
                api,
                {
                    "PoolId": pool,
                    "OriginationIdentity": "phone-00000000000000000000000000000000",
                    "IsoCountryCode": "US",
                },
            ),
            "# 400 INVALID_REQUEST: a phone number is not an identity id",
            _curl(api, {"PoolId": pool, "OriginationIdentity": "+12065550100", "IsoCountryCode": "US"}),
            "# Step Functions-style direct invoke (removes the sender ID):",
            f"echo {shlex.quote(json.dumps(sfn_payload))} | .venv/bin/python -m local.cli invoke -",
            "",
            "Ctrl-C stops both servers.",
        ]
    )


def _watch_parent(stop: threading.Event) -> None:
    # Test servers stop by themselves when whoever started them is gone, even after a SIGKILL.
    parent = os.getppid()
    while not stop.wait(1.0):
        if os.getppid() != parent:
            stop.set()


def serve(args: argparse.Namespace) -> int:
    """Start the emulator and the local API; with ``run``, also reset, seed and print the demo."""
    from local.emulator import EmulatorControl, EmulatorServer  # noqa: PLC0415

    # With --emulator-url the emulator is someone else's process (tests stop and restart it); else ours.
    emulator: EmulatorServer | None = None
    emulator_url: str = args.emulator_url
    if not emulator_url:
        emulator = EmulatorServer(args.db, port=args.emulator_port)
        emulator_url = emulator.start()
    _lambda_environment(emulator_url)
    from local import routes  # noqa: PLC0415
    from local.gateway import LocalApiGateway  # noqa: PLC0415 - imports the handler: after the environment

    gateway = LocalApiGateway(routes.load(routes.find_template(Path(args.cdk_out))), port=args.api_port)
    api_url = gateway.start()
    if args.command == "run":
        import boto3  # noqa: PLC0415

        from local import openapi  # noqa: PLC0415
        from local.emulator.seed import seed_demo  # noqa: PLC0415

        EmulatorControl(emulator_url).reset()  # a fresh demo, so the printed commands give the printed results
        demo = seed_demo(boto3.client("pinpoint-sms-voice-v2", endpoint_url=emulator_url))
        gateway.example = openapi.example_body(demo["pool_id"], demo["phone_number_ids"][0])
        print(_banner(api_url, emulator_url, demo), file=OUT, flush=True)
    else:
        print(json.dumps({"api": api_url, "emulator": emulator_url}), file=OUT, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.exit_with_parent:
        threading.Thread(target=_watch_parent, args=(stop,), daemon=True).start()
    stop.wait()
    print("Stopping...", file=sys.stderr, flush=True)
    gateway.stop()
    if emulator is not None:
        emulator.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m local.cli``."""
    parser = argparse.ArgumentParser(
        prog="python -m local.cli", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("run", "emulator + local API + demo data, with curl examples"),
        ("serve", "emulator + local API; prints their URLs as one JSON line"),
    ):
        server_parser = sub.add_parser(name, help=text)
        server_parser.add_argument("--api-port", type=int, default=int(os.environ.get("LOCAL_API_PORT", "3000")))
        server_parser.add_argument(
            "--emulator-port", type=int, default=int(os.environ.get("SMS_EMULATOR_PORT", "4580"))
        )
        server_parser.add_argument("--db", default=os.environ.get("SMS_EMULATOR_DB", ".local/emulator.sqlite3"))
        server_parser.add_argument("--cdk-out", default="cdk.out")
        server_parser.add_argument(
            "--emulator-url", default=None, help="use the emulator already running there instead of starting one"
        )
        server_parser.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    invoke_parser = sub.add_parser("invoke", help="run the handler once with a Step Functions-style payload")
    invoke_parser.add_argument("payload", nargs="?", default="-", help="a JSON file, or - for stdin")
    invoke_parser.add_argument("--endpoint", default=os.environ.get("SMS_EMULATOR_URL", DEFAULT_EMULATOR_URL))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    if args.command == "invoke":
        _lambda_environment(args.endpoint)
        text = sys.stdin.read() if args.payload == "-" else Path(args.payload).read_text()
        return invoke(text)
    return serve(args)


if __name__ == "__main__":
    raise SystemExit(main())
