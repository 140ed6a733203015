"""Log levels under Lambda's log-level filtering: the stack keeps Lambda's application filter at INFO or DEBUG
(level-less audit and EMF lines count as INFO), and the function applies a stricter POWERTOOLS_LOG_LEVEL."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from sms_pool import observability


@pytest.mark.parametrize(
    ("start", "wanted", "expected"),
    [
        (logging.INFO, "WARNING", logging.WARNING),
        (logging.INFO, "error", logging.ERROR),
        (logging.INFO, "CRITICAL", logging.CRITICAL),
        (logging.INFO, "DEBUG", logging.INFO),  # never looser than Lambda's own filter lets through
        (logging.DEBUG, "INFO", logging.INFO),
        (logging.INFO, None, logging.INFO),
        (logging.INFO, "LOUD", logging.INFO),
    ],
)
def test_a_stricter_powertools_level_wins(start: int, wanted: str | None, expected: int) -> None:
    log = logging.getLogger(f"level-test-{start}-{wanted}")
    log.setLevel(start)
    observability.apply_stricter_level(log, wanted)
    assert log.level == expected


def _levels_at_import(lambda_level: str, powertools_level: str) -> list[str]:
    # A fresh interpreter: observability reads the environment once, at import, as in a cold start.
    env = {**os.environ, "AWS_LAMBDA_LOG_LEVEL": lambda_level, "POWERTOOLS_LOG_LEVEL": powertools_level}
    code = "import logging; from sms_pool import observability as o; print(logging.getLevelName(o.logger.log_level))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.mark.parametrize(
    ("lambda_level", "powertools_level", "effective"),
    [("INFO", "WARNING", "WARNING"), ("INFO", "INFO", "INFO"), ("DEBUG", "DEBUG", "DEBUG")],
)
def test_the_function_logs_at_the_configured_level_under_lambdas_filter(
    lambda_level: str, powertools_level: str, effective: str
) -> None:
    assert _levels_at_import(lambda_level, powertools_level) == [effective]
