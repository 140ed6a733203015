"""Local mode command line: ``run`` (emulator + local API + demo data), ``serve``, ``invoke``.

python -m local.cli run [--api-port N] [--emulator-port N] [--db .local/emulator.sqlite3] [--no-auth]
                        [--no-validate] [--concurrency N]   # ports: LOCAL_API_PORT, SMS_EMULATOR_PORT (3000, 4580)
python -m local.cli serve --api-port 0 --emulator-port 0   # for tests: prints {"api", "emulator"}
python -m local.cli serve --api-port 0 --emulator-url URL  # an emulator started (and stopped) elsewhere
python -m local.cli invoke [FILE|-]      # a Step Functions-style payload, as Lambda would run it
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from local import banner, defaults, settings
from local.gateway import lambda_runtime
from local.settings import UserError

# The command's own output (results, URLs, the banner). Function logs and EMF metrics go to stderr, as Lambda
# keeps them apart from the invocation result (Powertools binds its stream when sms_pool is imported).
OUT = sys.stdout


def invoke(payload_text: str) -> int:
    """Run the handler once with a direct-invoke payload; print the result or Lambda's error object."""
    from sms_pool import handlers  # noqa: PLC0415

    try:
        payload = json.loads(payload_text)
    except ValueError as exc:
        print(json.dumps({"errorType": "InvalidJsonPayload", "errorMessage": str(exc)}), file=OUT)
        return 2
    ok, answer = lambda_runtime.invoke(handlers.handler, payload)
    print(json.dumps(answer, indent=2), file=OUT)
    return 0 if ok else 1


def validates_bodies(template: Path, args: argparse.Namespace) -> bool:
    """Whether the local API checks bodies before the function: the template has a request validator (the default
    stack has none, infra/api.py) and --no-validate is off."""
    from local.gateway import routes  # noqa: PLC0415

    return not args.no_validate and any(route.request_schema for route in routes.load(template))


def _watch_parent(stop: threading.Event) -> None:
    # Test servers stop by themselves when whoever started them is gone, even after a SIGKILL.
    parent = os.getppid()
    while not stop.wait(1.0):
        if os.getppid() != parent:
            stop.set()


def serve(args: argparse.Namespace) -> int:
    """Start the emulator and the local API; with ``run``, also reset, seed and print the demo."""
    settings.check_ports(args)
    keys = settings.local_keys()  # a bad LOCAL_API_KEYS is told before anything starts
    template = settings.find_template(Path(args.cdk_out))  # and a missing synth
    from local.emulator import EmulatorControl, EmulatorServer, auth  # noqa: PLC0415
    from local.emulator.quotas import settings_from_env  # noqa: PLC0415
    from local.gateway import throttle  # noqa: PLC0415

    # Both limits are on for `run` (what AWS does) and off for `serve` (tests) unless the environment says.
    try:
        quota_settings = settings_from_env(default=args.command == "run")
        throttle_on = throttle.enabled_from_env(default=args.command == "run")
        emulator_auth = auth.enabled_from_env()  # SigV4 checked as AWS does, unless SMS_EMULATOR_AUTH=off
    except ValueError as exc:
        print(f"local.cli: {exc}", file=sys.stderr)
        return 2
    # With --emulator-url the emulator is someone else's process (tests stop and restart it); else ours.
    emulator: EmulatorServer | None = None
    emulator_url: str = args.emulator_url
    if not emulator_url:
        emulator = EmulatorServer(args.db, port=args.emulator_port, auth=emulator_auth)
        emulator_url = emulator.start()
    from local.gateway import routes  # noqa: PLC0415

    lambda_runtime.lambda_environment(emulator_url, stage=routes.stage_name(routes.resources_of(template)))
    from local.gateway.core import LocalApiGateway  # noqa: PLC0415 - imports the handler: after the environment

    region = os.environ["AWS_REGION"]
    gateway = LocalApiGateway.from_template(
        template,
        port=args.api_port,
        throttle=throttle.StageThrottle.from_template(template) if throttle_on else None,
        auth=not args.no_auth,
        validate=not args.no_validate,
        region=region,
        keys=keys,
        concurrency=args.concurrency,
    )
    api_url = gateway.start()
    if args.command == "run":
        from local.emulator.seed import seed_demo  # noqa: PLC0415
        from local.gateway import openapi  # noqa: PLC0415

        EmulatorControl(emulator_url).reset()  # a fresh demo, so the printed commands give the printed results
        demo = seed_demo(auth.client(emulator_url, region))
        gateway.example = openapi.example_body(demo["pool_id"], demo["phone_number_ids"][0])
        sign, auth_lines = banner.signing(not args.no_auth, region)
        auth_lines.append(banner.limits_line(gateway.throttle, quota_settings))
        print(
            banner.render(api_url, emulator_url, demo, sign, tuple(auth_lines), validates_bodies(template, args)),
            file=OUT,
            flush=True,
        )
    else:
        print(json.dumps({"api": api_url, "emulator": emulator_url}), file=OUT, flush=True)
    if emulator is not None:  # AWS's quotas after seeding: on for `run`, as SMS_EMULATOR_QUOTAS says for `serve`
        emulator.quotas.configure(quota_settings)
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


def _port_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-port", type=int, default=None, help=f"default ${defaults.API_PORT_ENV} or {defaults.API_PORT}"
    )
    parser.add_argument(
        "--emulator-port",
        type=int,
        default=None,
        help=f"default ${defaults.EMULATOR_PORT_ENV} or {defaults.EMULATOR_PORT}",
    )


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
        _port_arguments(server_parser)
        server_parser.add_argument("--db", default=os.environ.get("SMS_EMULATOR_DB", ".local/emulator.sqlite3"))
        server_parser.add_argument("--cdk-out", default="cdk.out")
        server_parser.add_argument(
            "--emulator-url", default=None, help="use the emulator already running there instead of starting one"
        )
        server_parser.add_argument(
            "--no-auth",
            action="store_true",
            default=os.environ.get("LOCAL_API_AUTH") == "off",
            help="accept unsigned requests (deployed, AWS_IAM refuses them); LOCAL_API_AUTH=off",
        )
        server_parser.add_argument(
            "--no-validate",
            action="store_true",
            default=os.environ.get("LOCAL_API_VALIDATE") == "off",
            help="skip a request validator the template has (the default stack has none); LOCAL_API_VALIDATE=off",
        )
        server_parser.add_argument(
            "--concurrency",
            type=int,
            default=None,
            help="Lambda containers, each its own process and handler import (default $LOCAL_API_CONCURRENCY or 1)",
        )
        server_parser.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    invoke_parser = sub.add_parser("invoke", help="run the handler once with a Step Functions-style payload")
    invoke_parser.add_argument("payload", nargs="?", default="-", help="a JSON file, or - for stdin")
    invoke_parser.add_argument(
        "--endpoint",
        default=None,
        help=f"the emulator (default $SMS_EMULATOR_URL, else 127.0.0.1:${defaults.EMULATOR_PORT_ENV}, else port "
        f"{defaults.EMULATOR_PORT})",
    )
    ports_parser = sub.add_parser("check-ports", help="exit 2 with one line if the local mode's ports are busy")
    _port_arguments(ports_parser)
    ports_parser.set_defaults(emulator_url=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    # botocore's INFO lines ("Found credentials in environment variables.") say nothing to a local-mode user.
    logging.getLogger("botocore").setLevel(logging.WARNING)
    try:
        if args.command != "invoke":
            settings.resolve_settings(args)
        if args.command == "check-ports":
            settings.check_ports(args)
            return 0
        if args.command == "invoke":
            args.endpoint = args.endpoint or settings.emulator_url()
            text = settings.read_payload(args.payload)
            settings.check_emulator(args.endpoint)
            lambda_runtime.lambda_environment(args.endpoint)
            return invoke(text)
        return serve(args)
    except UserError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
