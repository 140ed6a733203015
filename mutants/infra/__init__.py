"""CDK constructs for the sms-pool-disassociate service.

The stack reads the Lambda package's error table and pydantic models at synth time, so
``lambda_src`` goes on ``sys.path`` before any ``infra`` module imports ``sms_pool``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_LAMBDA_SRC = str(Path(__file__).resolve().parent.parent / "lambda_src")
if _LAMBDA_SRC not in sys.path:
    sys.path.insert(0, _LAMBDA_SRC)
