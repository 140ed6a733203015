"""The local mode's default addresses and the environment variables that override them.

Plain values only (no environment read, nothing started), so the CLI, the servers and the tools import it freely.
"""

from __future__ import annotations

from typing import Final

ACCOUNT_ID: Final = "123456789012"  # the demo account of the local mode (AWS's documentation example id)
REGION: Final = "us-east-1"  # the local mode's region when the caller names none
STAGE: Final = "local"  # the local API's stage and id, in every event's requestContext (the function checks them)
API_ID: Final = "local"
# The local mode's own values of the settings that have no default (infra/settings.py): its synth (the Makefile's
# LOCAL_CONTEXT, tests/synth.py) opts in to every pool and every caller of the demo account, which is the emulator's.
SYNTH_CONTEXT: Final = {"allowAllPools": "true", "allowAccountCallers": "true"}

HOST: Final = "127.0.0.1"  # the local servers never listen beyond this machine
API_PORT: Final = 3000  # the local API Gateway
EMULATOR_PORT: Final = 4580  # the SMS Voice V2 emulator
EMULATOR_URL: Final = f"http://{HOST}:{EMULATOR_PORT}"

# Read by `python -m local.cli` (and so by `make run`, which passes no flags) and by `python -m local.emulator`.
API_PORT_ENV: Final = "LOCAL_API_PORT"
EMULATOR_PORT_ENV: Final = "SMS_EMULATOR_PORT"
