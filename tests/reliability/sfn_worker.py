"""A warm "Lambda container" for the Step Functions path: one direct invoke per stdin line.

    python -m tests.reliability.sfn_worker --endpoint http://127.0.0.1:PORT

Each input line is a JSON payload; each output line is ``{"result": ...}`` or Lambda's error object
``{"errorType", "errorMessage"}``. Function logs go to stderr, as in ``python -m local.cli invoke``.
"""

from __future__ import annotations

import argparse
import json
import sys

from local.gateway import lambda_runtime


def main() -> int:
    """Serve invocations until stdin closes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    out = sys.stdout
    lambda_runtime.lambda_environment(parser.parse_args().endpoint)  # redirects sys.stdout to stderr
    from sms_pool import handlers  # after the environment is set

    for line in sys.stdin:
        ok, answer = lambda_runtime.invoke(handlers.handler, json.loads(line))
        out.write(json.dumps({"result": answer} if ok else answer) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
