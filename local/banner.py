"""The banner `make run` prints: the local servers, the demo data and curl commands that exercise them."""

from __future__ import annotations

import json
import shlex
from typing import TYPE_CHECKING, Any

from sms_pool.constants import IDEMPOTENCY_HEADER, ROUTE

if TYPE_CHECKING:
    from local.gateway.throttle import StageThrottle


def curl(api: str, body: dict[str, Any], key: str | None = None, sign: str = "") -> str:
    headers = " -H 'Content-Type: application/json'" + (f" -H '{IDEMPOTENCY_HEADER}: {key}'" if key else "")
    return f"curl -s -i{sign} -X POST {api}{ROUTE}{headers} -d {shlex.quote(json.dumps(body))}"


def signing(auth: bool, region: str) -> tuple[str, list[str]]:
    """curl's SigV4 options with the first local key, and the banner lines that explain them."""
    from local import sigv4  # noqa: PLC0415

    if not auth:
        return "", ["SigV4 checking is off (--no-auth): unsigned requests pass."]
    key = sigv4.configured_keys()[0]
    sign = f' --aws-sigv4 "aws:amz:{region}:{sigv4.API_SERVICE}" --user {key.access_key}:{key.secret_key}'
    return sign, [
        f"SigV4 required (AWS_IAM, as deployed). Local key {key.access_key} / {key.secret_key} "
        f"({key.user_arn}); other keys via {sigv4.KEYS_ENV}, --no-auth turns checking off.",
        f"SDKs: sign for service {sigv4.API_SERVICE}, region {region}, with that key (docs/infrastructure.md's "
        "Python example works as is).",
    ]


def limits_line(stage: StageThrottle | None, quotas: dict[str, Any]) -> str:
    """What the demo's requests meet besides the function: the stage throttle and AWS's rate quotas."""
    from local.emulator.quotas import ENV_VAR  # noqa: PLC0415
    from local.gateway import throttle  # noqa: PLC0415

    gate = (
        f"stage throttle {stage.rate:g} request/s, burst {stage.burst} (awsRequestsPerSecond, as deployed: "
        f"paste the commands a second apart, faster ones get 429 THROTTLED; {throttle.ENV_VAR}=off lifts it)"
        if stage is not None
        else "no stage throttle"
    )
    aws = f"emulator at AWS's quotas ({ENV_VAR}=off lifts them)" if quotas.get("enabled") else "no emulator quotas"
    return f"Limits: {gate}; {aws}."


def _endpoint(emulator: str) -> str:
    """``invoke``'s --endpoint when the emulator is not where it looks by default (another SMS_EMULATOR_PORT)."""
    from local import defaults  # noqa: PLC0415

    return "" if emulator == defaults.EMULATOR_URL else f" --endpoint {emulator}"


def render(  # noqa: PLR0917 - the banner's parts, named
    api: str,
    emulator: str,
    demo: dict[str, Any],
    sign: str = "",
    auth_lines: tuple[str, ...] = (),
    validate: bool = False,
) -> str:
    pool, phones = demo["pool_id"], demo["phone_number_ids"]
    # Each id with its E.164 number: a caller may name either (the number is resolved within the pool).
    numbers = ", ".join(f"{phone} ({number})" for phone, number in zip(phones, demo["phone_numbers"], strict=True))
    # The labels follow --no-auth and whether a request validator checks bodies (the default stack has none:
    # infra/api.py), so each comment says what answers.
    signed = " (signed)" if sign else " (unsigned: SigV4 checking is off)"
    checked_by = "the request validator" if validate else "the function's own check, naming the field"
    sfn_payload = {
        "PoolId": demo["pool_arn"],
        "OriginationIdentity": demo["sender_id_arn"],
        "IsoCountryCode": demo["sender_id_country"],
        "IdempotencyKey": "demo-execution-1",
    }
    return "\n".join(
        [
            "",
            # The stage is in the path, as deployed: https://<api>.execute-api.<region>.amazonaws.com/<stage>/...
            f"Local API:  {api}{ROUTE}   (OpenAPI: {api}/openapi.json, Swagger UI: {api}/docs)",
            f"Emulator:   {emulator}   (SMS Voice V2; control: {emulator}/_emulator/health)",
            f"Demo pool {pool}: phone numbers {numbers}; sender ID {demo['sender_id']} ({demo['sender_id_country']})",
            *auth_lines,
            "",
            f"# 200: removes the third phone number from the pool{signed}",
            curl(api, {"PoolId": pool, "OriginationIdentity": phones[2], "IsoCountryCode": "US"}, "demo-1", sign),
            "# 404 RESOURCE_NOT_FOUND: no such phone number",
            curl(
                api,
                {
                    "PoolId": pool,
                    "OriginationIdentity": "phone-00000000000000000000000000000000",
                    "IsoCountryCode": "US",
                },
                sign=sign,
            ),
            "# 200: removes the second phone number by the number itself (E.164, resolved within the pool)",
            curl(
                api,
                {"PoolId": pool, "OriginationIdentity": demo["phone_numbers"][1], "IsoCountryCode": "US"},
                sign=sign,
            ),
            "# 200 DryRun: would remove the first phone number; nothing changes",
            curl(
                api,
                {"PoolId": pool, "OriginationIdentity": phones[0], "IsoCountryCode": "US", "DryRun": True},
                sign=sign,
            ),
            f"# 400 INVALID_REQUEST: only E.164 numbers are resolved ({checked_by})",
            curl(api, {"PoolId": pool, "OriginationIdentity": "(206) 555-0100", "IsoCountryCode": "US"}, sign=sign),
            *(["# 403 MISSING_AUTHENTICATION: unsigned", curl(api, {"PoolId": pool})] if sign else []),
            "# Step Functions-style direct invoke (removes the sender ID):",
            f"echo {shlex.quote(json.dumps(sfn_payload))} | .venv/bin/python -m local.cli invoke -"
            + _endpoint(emulator),
            "",
            "Ctrl-C stops both servers.",
        ]
    )
