"""moto's in-process mock behind a local HTTP endpoint (moto's own server mode needs Flask, which we do not ship).

While :func:`serve` runs, moto intercepts this process's botocore calls to AWS's hosts (its "decorator" mode) and
lets every other call through (the emulator's, on 127.0.0.1). The endpoint receives the calls of clients pointed
at it (``AWS_ENDPOINT_URL_S3``/``_SFN``, in this process or a container process), rewrites each to the AWS
host of the service its SigV4 credential scope names, and has moto answer it, as a before-send hook would.
"""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

_SCOPE: Final = re.compile(r"Credential=[^/]+/\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request")


def aws_url(service: str, region: str, path: str) -> str:
    """The AWS URL moto routes a call of ``service`` by (IAM is global)."""
    host = "iam.amazonaws.com" if service == "iam" else f"{service}.{region}.amazonaws.com"
    return f"https://{host}{path}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the local API logs its own requests."""

    def _answer(self) -> None:
        from botocore.awsrequest import AWSPreparedRequest  # noqa: PLC0415
        from moto.core.models import botocore_stubber  # noqa: PLC0415

        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        scope = _SCOPE.search(self.headers.get("Authorization", ""))
        region, service = scope.groups() if scope else ("us-east-1", "s3")
        url = aws_url(service, region, self.path)
        headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
        headers["Host"] = url.split("/")[2]
        request = AWSPreparedRequest(self.command, url, headers, body, False)  # type: ignore[arg-type]
        response = botocore_stubber("before-send", request)
        status, answer_headers, content = (
            (response.status_code, dict(response.headers), response.content)
            if response is not None
            else (501, {}, f"moto does not serve {service}".encode())
        )
        self.send_response(status)
        for name, value in answer_headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, str(value))
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _answer  # noqa: N815 - http.server's names


class MotoEndpoint:
    """moto started (credentials left as they are) and served on 127.0.0.1 at ``url``."""

    def __init__(self) -> None:
        from moto import mock_aws  # noqa: PLC0415 - a dev/local dependency

        self._mock = mock_aws(
            config={"core": {"mock_credentials": False}, "stepfunctions": {"execute_state_machine": True}}
        )
        self._mock.start()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto-endpoint", daemon=True)
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    def stop(self) -> None:
        """Stop serving and end the mock."""
        self._server.shutdown()
        self._server.server_close()
        self._mock.stop()
