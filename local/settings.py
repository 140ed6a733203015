"""The CLI's settings (flags, then the environment) checked before anything starts.

A user's mistake (a busy port, a bad variable, no synth, no emulator, an unreadable payload) is a
:class:`UserError`: one line naming the problem and the fix.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from local import defaults

if TYPE_CHECKING:
    from local.sigv4 import LocalKey


class UserError(Exception):
    """A mistake of the user's, reported as one line naming the problem and the fix (exit status 2)."""


def port_is_free(port: int) -> bool:
    """Whether a server could bind 127.0.0.1:``port`` now.

    SO_REUSEADDR as the servers set it (http.server's allow_reuse_address): connections of a server just
    stopped linger in TIME_WAIT for a minute and would refuse a plain bind, though the real server binds fine;
    a socket that still listens refuses even this bind.
    """
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((defaults.HOST, port))
        except OSError:
            return False
    return True


def free_port_near(port: int, avoid: frozenset[int] = frozenset()) -> int:
    """The first free port above ``port`` (not in ``avoid``), so a hint suggests one that works when pasted."""
    for candidate in range(port + 1, min(port + 200, 65536)):
        if candidate not in avoid and port_is_free(candidate):
            return candidate
    with socket.socket() as sock:  # a crowded range: any port the system has free
        sock.bind((defaults.HOST, 0))
        found: int = sock.getsockname()[1]
    return found


def check_port_free(port: int, env_var: str, flag: str, avoid: frozenset[int] = frozenset()) -> None:
    """Raise :class:`UserError` when something listens on 127.0.0.1:``port`` (0 picks a free one).

    The hint names the variable (`make run` passes no flags) and a port that is free now (not one in ``avoid``).
    """
    if port == 0 or port_is_free(port):
        return
    suggestion = free_port_near(port, avoid | {port})
    raise UserError(
        f"port {port} on {defaults.HOST} is busy (another `make run`?): stop that process or choose "
        f"another port, e.g. `{env_var}={suggestion} make run` (or {flag} {suggestion})"
    )


def check_ports(args: argparse.Namespace) -> None:
    """One line for a busy port, or for one port given to both servers (the second bind would fail)."""
    if args.emulator_url:
        check_port_free(args.api_port, defaults.API_PORT_ENV, "--api-port")
        return
    both = frozenset({args.api_port, args.emulator_port})
    if args.api_port == args.emulator_port != 0:
        suggestion = free_port_near(args.emulator_port, both)
        raise UserError(
            f"{defaults.API_PORT_ENV} and {defaults.EMULATOR_PORT_ENV} are both {args.api_port}: the local API and "
            f"the emulator need a port each, e.g. `{defaults.EMULATOR_PORT_ENV}={suggestion} make run` "
            f"(or --emulator-port {suggestion})"
        )
    check_port_free(args.api_port, defaults.API_PORT_ENV, "--api-port", both)
    check_port_free(args.emulator_port, defaults.EMULATOR_PORT_ENV, "--emulator-port", both)


def env_int(name: str, default: int, what: str, low: int = 0, high: int = 65535) -> int:
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


def resolve_settings(args: argparse.Namespace) -> None:
    # Flags win; else the environment, read here (not as argparse defaults) so a bad value is one line.
    if args.api_port is None:
        args.api_port = env_int(defaults.API_PORT_ENV, defaults.API_PORT, "a port number")
    if args.emulator_port is None:
        args.emulator_port = env_int(defaults.EMULATOR_PORT_ENV, defaults.EMULATOR_PORT, "a port number")
    if getattr(args, "concurrency", 0) is None:
        args.concurrency = env_int("LOCAL_API_CONCURRENCY", 1, "a number of containers", low=1, high=1000)


def emulator_url() -> str:
    """Where ``invoke`` finds the emulator: ``SMS_EMULATOR_URL``, else 127.0.0.1 on ``SMS_EMULATOR_PORT`` (or 4580)."""
    url = os.environ.get("SMS_EMULATOR_URL")
    if url:
        return url
    return f"http://{defaults.HOST}:{env_int(defaults.EMULATOR_PORT_ENV, defaults.EMULATOR_PORT, 'a port number')}"


def local_keys() -> tuple[LocalKey, ...]:
    from local import sigv4  # noqa: PLC0415

    try:
        return sigv4.configured_keys()
    except ValueError as exc:
        raise UserError(str(exc)) from None


def find_template(cdk_out: Path) -> Path:
    from local.gateway import routes  # noqa: PLC0415

    try:
        return routes.find_template(cdk_out)
    except FileNotFoundError as exc:
        raise UserError(str(exc)) from None


def check_emulator(url: str) -> None:
    from local.emulator import EmulatorControl  # noqa: PLC0415

    try:
        EmulatorControl(url, timeout=2).health()
    except (OSError, ValueError):
        raise UserError(
            f"the emulator at {url} does not answer: start the local mode (`make run`) or pass --endpoint URL"
        ) from None


def read_payload(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text()
    except FileNotFoundError:
        raise UserError(f"payload file {name} not found: give a JSON file, or - to read stdin") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read payload file {name} ({type(exc).__name__}): give a UTF-8 JSON file") from None
