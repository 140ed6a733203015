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
import shlex
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from local import defaults
from sms_pool.constants import IDEMPOTENCY_HEADER, ROUTE, SERVICE_NAME, USER_AGENT_APP_ID

if TYPE_CHECKING:
    from local.gateway.sigv4 import LocalKey
    from local.gateway.throttle import StageThrottle


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
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", USER_AGENT_APP_ID)
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "SmsPoolLocal")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ["AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2"] = endpoint_url


def invoke(payload_text: str) -> int:
    """Run the handler once with a direct-invoke payload; print the result or Lambda's error object."""
    from local.gateway import lambda_runtime  # noqa: PLC0415 - after the environment is set
    from sms_pool import handlers  # noqa: PLC0415

    try:
        payload = json.loads(payload_text)
    except ValueError as exc:
        print(json.dumps({"errorType": "InvalidJsonPayload", "errorMessage": str(exc)}), file=OUT)
        return 2
    ok, answer = lambda_runtime.invoke(handlers.handler, payload)
    print(json.dumps(answer, indent=2), file=OUT)
    return 0 if ok else 1


def _curl(api: str, body: dict[str, Any], key: str | None = None, sign: str = "") -> str:
    headers = " -H 'Content-Type: application/json'" + (f" -H '{IDEMPOTENCY_HEADER}: {key}'" if key else "")
    return f"curl -s -i{sign} -X POST {api}{ROUTE}{headers} -d {shlex.quote(json.dumps(body))}"


def _signing(auth: bool, region: str) -> tuple[str, list[str]]:
    """curl's SigV4 options with the first local key, and the banner lines that explain them."""
    from local.gateway import sigv4  # noqa: PLC0415

    if not auth:
        return "", ["SigV4 checking is off (--no-auth): unsigned requests pass."]
    key = sigv4.configured_keys()[0]
    sign = f' --aws-sigv4 "aws:amz:{region}:{sigv4.SERVICE}" --user {key.access_key}:{key.secret_key}'
    return sign, [
        f"SigV4 required (AWS_IAM, as deployed). Local key {key.access_key} / {key.secret_key} "
        f"({key.user_arn}); other keys via {sigv4.KEYS_ENV}, --no-auth turns checking off.",
        f"SDKs: sign for service {sigv4.SERVICE}, region {region}, with that key (docs/infrastructure.md's "
        "Python example works as is).",
    ]


def _limits_line(stage: StageThrottle | None, quotas: dict[str, Any]) -> str:
    """What the demo's requests meet besides the function: the stage throttle and AWS's rate quotas."""
    from local.emulator.quotas import ENV_VAR  # noqa: PLC0415
    from local.gateway import throttle  # noqa: PLC0415

    gate = (
        f"stage throttle {stage.rate:g} request/s, burst {stage.burst} (awsRequestsPerSecond, as deployed: "
        f"paste the commands a second apart, faster ones get 429 THROTTLED; {throttle.ENV_VAR}=off lifts it)"
        if stage is not None
        else "no stage throttle"
    )
    aws = f"emulator at AWS's quotas ({ENV_VAR}=off lifts them)" if quotas.get("enabled") else "no emulator quotas"
    return f"Limits: {gate}; {aws}."


def _banner(  # noqa: PLR0917 - the banner's parts, named
    api: str,
    emulator: str,
    demo: dict[str, Any],
    sign: str = "",
    auth_lines: tuple[str, ...] = (),
    validate: bool = True,
) -> str:
    pool, phones = demo["pool_id"], demo["phone_number_ids"]
    # The labels follow --no-auth / --no-validate: unsigned commands, the function's own 400 instead of the validator's.
    signed = " (signed)" if sign else " (unsigned: SigV4 checking is off)"
    checked_by = "the request validator, as deployed" if validate else "the function's own check; the validator is off"
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
            *auth_lines,
            "",
            f"# 200: removes the third phone number from the pool{signed}",
            _curl(api, {"PoolId": pool, "OriginationIdentity": phones[2], "IsoCountryCode": "US"}, "demo-1", sign),
            "# 404 RESOURCE_NOT_FOUND: no such phone number",
            _curl(
                api,
                {
                    "PoolId": pool,
                    "OriginationIdentity": "phone-00000000000000000000000000000000",
                    "IsoCountryCode": "US",
                },
                sign=sign,
            ),
            "# 200: removes the second phone number by the number itself (E.164, resolved within the pool)",
            _curl(
                api,
                {"PoolId": pool, "OriginationIdentity": demo["phone_numbers"][1], "IsoCountryCode": "US"},
                sign=sign,
            ),
            "# 200 DryRun: would remove the first phone number; nothing changes",
            _curl(
                api,
                {"PoolId": pool, "OriginationIdentity": phones[0], "IsoCountryCode": "US", "DryRun": True},
                sign=sign,
            ),
            f"# 400 INVALID_REQUEST: only E.164 numbers are resolved ({checked_by})",
            _curl(api, {"PoolId": pool, "OriginationIdentity": "(206) 555-0100", "IsoCountryCode": "US"}, sign=sign),
            *(["# 403 MISSING_AUTHENTICATION: unsigned", _curl(api, {"PoolId": pool})] if sign else []),
            "# Step Functions-style direct invoke (removes the sender ID):",
            f"echo {shlex.quote(json.dumps(sfn_payload))} | .venv/bin/python -m local.cli invoke -",
            "",
            "Ctrl-C stops both servers.",
        ]
    )


class UserError(Exception):
    """A mistake of the user's, reported as one line naming the problem and the fix (exit status 2)."""


def check_port_free(port: int, env_var: str, flag: str) -> None:
    """Raise :class:`UserError` when something listens on 127.0.0.1:``port`` (0 picks a free one).

    SO_REUSEADDR as the servers set it (http.server's allow_reuse_address): connections of a server just
    stopped linger in TIME_WAIT for a minute and would refuse a plain bind, though the real server binds fine;
    a socket that still listens refuses even this bind. The hint names the variable, as `make run` passes no flags.
    """
    if port == 0:
        return
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((defaults.HOST, port))
        except OSError:
            raise UserError(
                f"port {port} on {defaults.HOST} is busy (another `make run`?): stop that process or choose "
                f"another port, e.g. `{env_var}={port + 1} make run` (or {flag} N)"
            ) from None


def _check_ports(args: argparse.Namespace) -> None:
    check_port_free(args.api_port, defaults.API_PORT_ENV, "--api-port")
    if not args.emulator_url:
        check_port_free(args.emulator_port, defaults.EMULATOR_PORT_ENV, "--emulator-port")


def _env_int(name: str, default: int, what: str, low: int = 0, high: int = 65535) -> int:
    """The integer setting ``name`` of the environment (``default`` when unset), or a :class:`UserError`."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise UserError(f"{name}={raw} is not {what} ({low} to {high}): set it to one or unset it (default {default})")
    return value


def _resolve_settings(args: argparse.Namespace) -> None:
    # Flags win; else the environment, read here (not as argparse defaults) so a bad value is one line.
    if args.api_port is None:
        args.api_port = _env_int(defaults.API_PORT_ENV, defaults.API_PORT, "a port number")
    if args.emulator_port is None:
        args.emulator_port = _env_int(defaults.EMULATOR_PORT_ENV, defaults.EMULATOR_PORT, "a port number")
    if getattr(args, "concurrency", 0) is None:
        args.concurrency = _env_int("LOCAL_API_CONCURRENCY", 1, "a number of containers", low=1, high=1000)


def _local_keys() -> tuple[LocalKey, ...]:
    from local.gateway import sigv4  # noqa: PLC0415

    try:
        return sigv4.configured_keys()
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _template(cdk_out: Path) -> Path:
    from local.gateway import routes  # noqa: PLC0415

    try:
        return routes.find_template(cdk_out)
    except FileNotFoundError as exc:
        raise UserError(str(exc)) from None


def _check_emulator(url: str) -> None:
    from local.emulator import EmulatorControl  # noqa: PLC0415

    try:
        EmulatorControl(url, timeout=2).health()
    except (OSError, ValueError):
        raise UserError(
            f"the emulator at {url} does not answer: start the local mode (`make run`) or pass --endpoint URL"
        ) from None


def _read_payload(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text()
    except FileNotFoundError:
        raise UserError(f"payload file {name} not found: give a JSON file, or - to read stdin") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read payload file {name} ({type(exc).__name__}): give a UTF-8 JSON file") from None


def _watch_parent(stop: threading.Event) -> None:
    # Test servers stop by themselves when whoever started them is gone, even after a SIGKILL.
    parent = os.getppid()
    while not stop.wait(1.0):
        if os.getppid() != parent:
            stop.set()


def serve(args: argparse.Namespace) -> int:
    """Start the emulator and the local API; with ``run``, also reset, seed and print the demo."""
    _check_ports(args)
    keys = _local_keys()  # a bad LOCAL_API_KEYS is told before anything starts
    template = _template(Path(args.cdk_out))  # and a missing synth
    from local.emulator import EmulatorControl, EmulatorServer  # noqa: PLC0415
    from local.emulator.quotas import settings_from_env  # noqa: PLC0415
    from local.gateway import throttle  # noqa: PLC0415

    # Both limits are on for `run` (what AWS does) and off for `serve` (tests) unless the environment says.
    try:
        quota_settings = settings_from_env(default=args.command == "run")
        throttle_on = throttle.enabled_from_env(default=args.command == "run")
    except ValueError as exc:
        print(f"local.cli: {exc}", file=sys.stderr)
        return 2
    # With --emulator-url the emulator is someone else's process (tests stop and restart it); else ours.
    emulator: EmulatorServer | None = None
    emulator_url: str = args.emulator_url
    if not emulator_url:
        emulator = EmulatorServer(args.db, port=args.emulator_port)
        emulator_url = emulator.start()
    _lambda_environment(emulator_url)
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
        import boto3  # noqa: PLC0415

        from local.emulator.seed import seed_demo  # noqa: PLC0415
        from local.gateway import openapi  # noqa: PLC0415

        EmulatorControl(emulator_url).reset()  # a fresh demo, so the printed commands give the printed results
        demo = seed_demo(boto3.client(SERVICE_NAME, endpoint_url=emulator_url))
        gateway.example = openapi.example_body(demo["pool_id"], demo["phone_number_ids"][0])
        sign, auth_lines = _signing(not args.no_auth, region)
        auth_lines.append(_limits_line(gateway.throttle, quota_settings))
        print(_banner(api_url, emulator_url, demo, sign, tuple(auth_lines), not args.no_validate), file=OUT, flush=True)
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
            help="skip the request validator, so the function's own (richer) 400s show; LOCAL_API_VALIDATE=off",
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
    invoke_parser.add_argument("--endpoint", default=os.environ.get("SMS_EMULATOR_URL", defaults.EMULATOR_URL))
    ports_parser = sub.add_parser("check-ports", help="exit 2 with one line if the local mode's ports are busy")
    _port_arguments(ports_parser)
    ports_parser.set_defaults(emulator_url=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    try:
        if args.command != "invoke":
            _resolve_settings(args)
        if args.command == "check-ports":
            _check_ports(args)
            return 0
        if args.command == "invoke":
            text = _read_payload(args.payload)
            _check_emulator(args.endpoint)
            _lambda_environment(args.endpoint)
            return invoke(text)
        return serve(args)
    except UserError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
