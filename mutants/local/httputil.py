"""HTTP framing shared by the local servers (the emulator and the local API Gateway)."""

from __future__ import annotations

from email.message import Message

MAX_CONTENT_LENGTH = 64 * 1024 * 1024  # far beyond any real request: a guard, not a limit of the API


def content_length(headers: Message) -> int:
    """The request body's declared length (0 when absent).

    Raises ValueError for what the servers do not read: a non-numeric or negative length, several
    different lengths, an absurd length, or a chunked body.
    """
    if headers.get("Transfer-Encoding"):
        raise ValueError("chunked bodies are not supported; send Content-Length")
    values = set(headers.get_all("Content-Length") or [])
    if not values:
        return 0
    if len(values) > 1:
        raise ValueError("conflicting Content-Length headers")
    raw = values.pop().strip()
    if not raw.isdigit() or int(raw) > MAX_CONTENT_LENGTH:
        raise ValueError(f"invalid Content-Length {raw[:20]!r}")
    return int(raw)
