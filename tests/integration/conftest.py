"""The local mode as a user runs it: ``python -m local.cli serve`` in a subprocess, driven over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from local import launcher, sigv4
from local.emulator import EmulatorControl, auth
from local.emulator.seed import seed_demo
from local.launcher import LocalProcess


@dataclass
class LocalMode:
    """The running local servers and what tests need to drive and inspect them."""

    api: str
    emulator: str
    control: EmulatorControl
    client: Any  # a boto3 pinpoint-sms-voice-v2 client on the emulator
    log_path: Path

    def seed(self) -> dict[str, Any]:
        """A fresh demo pool (three phone numbers, one sender ID), with no recorded calls or faults."""
        self.control.reset()
        self.control.clear_faults()
        demo = seed_demo(self.client)
        self.control.clear_calls()
        return demo

    def pool_identities(self, pool_id: str) -> set[str]:
        """Ids of the identities the emulator has in the pool."""
        pages = self.client.get_paginator("list_pool_origination_identities").paginate(PoolId=pool_id)
        return {item["OriginationIdentity"] for page in pages for item in page["OriginationIdentities"]}


def start_local_mode(cdk_out: Path, workdir: Path, env: dict[str, str] | None = None) -> tuple[LocalProcess, LocalMode]:
    """Start the local mode with short AWS timeouts (so timeout faults stay fast); return it and its handles."""
    running = launcher.start(
        cdk_out, workdir, {"SMS_POOL_READ_TIMEOUT": "1", "SMS_POOL_CONNECT_TIMEOUT": "1", **(env or {})}
    )
    client = auth.client(running.emulator)  # signed with the local mode's key: the emulator checks SigV4
    return running, LocalMode(
        running.api, running.emulator, EmulatorControl(running.emulator), client, running.log_path
    )


@pytest.fixture(scope="session")
def local_mode(cdk_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalMode]:
    """The emulator and the local API serving the synthesized stack, for the whole session."""
    process, mode = start_local_mode(cdk_out, tmp_path_factory.mktemp("local-mode"))
    yield mode
    process.stop()


def post(
    mode: LocalMode,
    body: Any,
    headers: dict[str, str] | None = None,
    *,
    raw: bytes | None = None,
    method: str = "POST",
    path: str = "/disassociate-origination-identity",
    sign: bool = True,
) -> tuple[int, dict[str, str], Any]:
    """One HTTP request to the local API, SigV4-signed with the local key unless ``sign`` is False.

    Returns (status, headers, parsed JSON body or text).
    """
    import urllib.error
    import urllib.request

    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if sign:
        all_headers = sigv4.signed_headers(method, mode.api + path, data or b"", all_headers)
    request = urllib.request.Request(mode.api + path, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, response_headers, payload = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, response_headers, payload = error.code, dict(error.headers), error.read()
    text = payload.decode()
    try:
        return status, response_headers, json.loads(text)
    except ValueError:
        return status, response_headers, text
