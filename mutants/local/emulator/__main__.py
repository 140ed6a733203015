"""``python -m local.emulator [--host 127.0.0.1] [--port 4580] [--db PATH] [--seed-demo]``."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from local.emulator.faults import FaultConfig
from local.emulator.server import DEFAULT_ACCOUNT_ID, DEFAULT_PORT, DEFAULT_REGION, EmulatorServer
from local.emulator.store import DEFAULT_DB_PATH

DUMMY_CREDENTIAL = "local"  # the emulator does not check signatures


def _parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m local.emulator", description=__doc__)
    parser.add_argument("--host", default=env("SMS_EMULATOR_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(env("SMS_EMULATOR_PORT", str(DEFAULT_PORT))))
    parser.add_argument("--db", default=env("SMS_EMULATOR_DB", str(DEFAULT_DB_PATH)))
    parser.add_argument("--region", default=env("SMS_EMULATOR_REGION", DEFAULT_REGION))
    parser.add_argument("--account-id", default=env("SMS_EMULATOR_ACCOUNT_ID", DEFAULT_ACCOUNT_ID))
    parser.add_argument("--seed-demo", action="store_true", help="create the demo pool after start")
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
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
    )
    url = server.bind()
    logging.getLogger("local.emulator").warning("SMS Voice V2 emulator listening on %s (db %s)", url, args.db)
    if args.seed_demo:
        import boto3  # noqa: PLC0415 - only needed for seeding

        from local.emulator.seed import seed_demo  # noqa: PLC0415

        server.start()
        client = boto3.client(
            "pinpoint-sms-voice-v2",
            endpoint_url=url,
            region_name=args.region,
            aws_access_key_id=DUMMY_CREDENTIAL,
            aws_secret_access_key=DUMMY_CREDENTIAL,
        )
        print(json.dumps(seed_demo(client)), flush=True)
        assert server._thread is not None
        try:
            server._thread.join()
        except KeyboardInterrupt:
            server.stop()
        return 0
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
