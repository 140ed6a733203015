"""Send the in-process function's AWS calls to an emulator: botocore builds and signs each request as usual, and
a ``before-send`` hook delivers it to the emulator instead of the (closed) configured endpoint."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast
from urllib.parse import urlsplit

from botocore.awsrequest import AWSPreparedRequest, AWSResponse

from sms_pool import aws
from sms_pool.constants import SERVICE_NAME
from tests.fixtures import _Raw  # the raw body botocore reads a canned response from


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


@contextmanager
def to_emulator(url: str) -> Iterator[None]:
    """While open, every call of the function's client is answered by the emulator at ``url``."""

    def send(request: AWSPreparedRequest, **_: Any) -> AWSResponse:
        body = request.body if isinstance(request.body, bytes) else str(request.body or "").encode()
        headers = {k: _text(v) for k, v in request.headers.items()}
        outgoing = urllib.request.Request(url + urlsplit(request.url).path, body, headers, method=request.method)
        try:
            with urllib.request.urlopen(outgoing, timeout=10) as answer:
                status, answer_headers, data = answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, data = error.code, dict(error.headers), error.read()
        return AWSResponse(request.url, status, answer_headers, _Raw(data))  # type: ignore[arg-type]

    hook = cast(Callable[..., None], send)  # before-send hooks may return a response
    aws.client().meta.events.register_first(f"before-send.{SERVICE_NAME}", hook)
    try:
        yield
    finally:
        aws.client().meta.events.unregister(f"before-send.{SERVICE_NAME}", hook)
