"""Unit-test set-up on top of tests/conftest.py."""

from __future__ import annotations

import logging
import sys
from typing import IO, cast

import pytest


@pytest.fixture(autouse=True)
def _open_log_stream() -> None:
    """Give the service's logger an open stream when the one it was built with is closed.

    The logger keeps the stdout of the pytest session that imported ``sms_pool``. mutmut's fork server imports it
    in a collection-only session that has ended by the time each mutant's session runs, so every logging test then
    failed with "I/O operation on closed file" and killed mutants that no assertion caught. In an ordinary run the
    stream is open and nothing changes.
    """
    module = sys.modules.get("sms_pool.observability")
    if module is None:
        return
    handler = cast("logging.StreamHandler[IO[str]]", module.logger.registered_handler)
    if handler.stream.closed:
        handler.stream = sys.stdout  # not setStream(): it flushes the closed stream first
