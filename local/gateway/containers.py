"""Lambda-like containers for the local API: N processes, each with its own handler import, one request each.

API Gateway scales a function out to one container per concurrent request; a caller's load test should
see that locally too. Each container is a ``spawn``-ed process (a fresh interpreter: its own Powertools
Logger/Metrics state and boto3 client, as a real container) serving one invocation at a time over a pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import sys
from multiprocessing.connection import Connection
from typing import Any

from local.gateway.lambda_runtime import FakeLambdaContext, load_handler


def _container(conn: Connection, handlers: list[str]) -> None:
    """The container's loop: import the handlers, then answer (handler, event) pairs until EOF."""
    sys.stdout = sys.stderr  # function logs go to stderr; stdout is the CLI's ready line
    loaded = {dotted: load_handler(dotted) for dotted in handlers}
    conn.send("ready")
    while True:
        try:
            handler, event = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send((True, loaded[handler](event, FakeLambdaContext())))
        except Exception as exc:  # the gateway answers 502, as for a failed proxy integration
            conn.send((False, f"{type(exc).__name__}: {exc}"))


class ContainerError(RuntimeError):
    """The function raised (or its container died) during an invocation."""


class ContainerPool:
    """``size`` containers; ``invoke`` waits for an idle one, as requests queue for a free Lambda container."""

    def __init__(self, handlers: list[str], size: int, start_timeout: float = 60.0) -> None:
        context = multiprocessing.get_context("spawn")
        self._processes: list[Any] = []
        self._idle: queue.Queue[Connection] = queue.Queue()
        for _ in range(size):
            parent, child = context.Pipe()
            process = context.Process(target=_container, args=(child, handlers), daemon=True)
            process.start()
            child.close()
            self._processes.append((process, parent))
        for process, conn in self._processes:
            try:
                ready = conn.poll(start_timeout) and conn.recv() == "ready"
            except (EOFError, OSError):
                ready = False  # it died while importing: its traceback is on stderr
            if not ready:
                self.close()
                raise RuntimeError(f"a container (pid {process.pid}) did not import the handler; see its stderr")
            self._idle.put(conn)

    def invoke(self, handler: str, event: dict[str, Any]) -> dict[str, Any]:
        """Run one invocation in the next idle container."""
        conn = self._idle.get()
        try:
            conn.send((handler, event))
            ok, result = conn.recv()
        except (EOFError, OSError) as exc:
            raise ContainerError(f"the container died: {exc}") from exc
        finally:
            self._idle.put(conn)
        if not ok:
            raise ContainerError(result)
        answer: dict[str, Any] = result
        return answer

    def close(self) -> None:
        """Stop every container."""
        for process, conn in self._processes:
            with contextlib.suppress(OSError):
                conn.close()
            process.join(timeout=2)
            if process.is_alive():
                process.terminate()
                process.join(timeout=2)
