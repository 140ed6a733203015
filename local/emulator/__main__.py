"""``python -m local.emulator [--host 127.0.0.1] [--port 4580] [--db PATH] [--seed-demo]``."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from local.defaults import ACCOUNT_ID, EMULATOR_PORT, EMULATOR_PORT_ENV, HOST, REGION
from local.emulator import auth
from local.emulator.faults import FaultConfig
from local.emulator.quotas import QuotaLimiter, settings_from_env
from local.emulator.server import EmulatorServer
from local.emulator.store import DEFAULT_DB_PATH
from local.httputil import DEFAULT_READ_TIMEOUT


def _parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m local.emulator", description=__doc__)
    parser.add_argument("--host", default=env("SMS_EMULATOR_HOST", HOST))
    parser.add_argument("--port", type=int, default=int(env(EMULATOR_PORT_ENV, str(EMULATOR_PORT))))
    parser.add_argument("--db", default=env("SMS_EMULATOR_DB", str(DEFAULT_DB_PATH)))
    parser.add_argument("--region", default=env("SMS_EMULATOR_REGION", REGION))
    parser.add_argument("--account-id", default=env("SMS_EMULATOR_ACCOUNT_ID", ACCOUNT_ID))
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=float(env("SMS_EMULATOR_READ_TIMEOUT", str(DEFAULT_READ_TIMEOUT))),
        help="seconds a client may take to send a whole request (headers and body); then it is dropped, unapplied",
    )
    parser.add_argument("--seed-demo", action="store_true", help="create the demo pool after start")
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines")
    parser.add_argument(
        "--no-auth",
        action="store_true",
        help=f"accept unsigned or badly signed requests (AWS refuses them); {auth.ENV_VAR}=off",
    )
    return parser


def _quotas() -> QuotaLimiter:
    """AWS's rate quotas as ``SMS_EMULATOR_QUOTAS`` says (off when unset); a bad value stops with one line."""
    limiter = QuotaLimiter()
    try:
        limiter.configure(settings_from_env())
    except ValueError as exc:
        raise SystemExit(f"python -m local.emulator: {exc}") from None
    return limiter


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        checked = auth.enabled_from_env() and not args.no_auth
    except ValueError as exc:
        raise SystemExit(f"python -m local.emulator: {exc}") from None
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s emulator %(message)s",
    )
    server = EmulatorServer(
        args.db,
        host=args.host,
        port=args.port,
        region=args.region,
        account_id=args.account_id,
        faults=FaultConfig.from_env(),
        read_timeout=args.read_timeout,
        auth=checked,
    )
    quotas = _quotas()  # applied once the demo is seeded, so seeding is not throttled
    url = server.bind()
    logging.getLogger("local.emulator").warning("SMS Voice V2 emulator listening on %s (db %s)", url, args.db)
    if args.seed_demo:
        from local.emulator.seed import seed_demo  # noqa: PLC0415

        server.start()
        print(json.dumps(seed_demo(auth.client(url, args.region))), flush=True)
        server.quotas = quotas
        assert server._thread is not None
        try:
            server._thread.join()
        except KeyboardInterrupt:
            server.stop()
        return 0
    server.quotas = quotas
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
