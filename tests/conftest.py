"""Shared test set-up: no credentials, no network, AWS answered at botocore's HTTP layer."""

from __future__ import annotations

import os

# Before any sms_pool import: the module-scope client reads these. The endpoint is a closed local
# port, so a request that escaped the canned answers could never reach AWS.
os.environ.update(
    {
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2": "http://127.0.0.1:9",
        "POWERTOOLS_SERVICE_NAME": "sms-pool-disassociate",
        "POWERTOOLS_METRICS_NAMESPACE": "SmsPoolTest",
        "POWERTOOLS_TRACE_DISABLED": "true",
    }
)
# The function's guards as the local mode sets them (every pool; the local API's requestContext is trusted).
from local.gateway.lambda_runtime import FUNCTION_GUARDS

os.environ.update(FUNCTION_GUARDS)
for _var in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_LAMBDA_FUNCTION_NAME"):
    os.environ.pop(_var, None)

pytest_plugins = ["tests.fixtures", "tests.reliability.plugin"]
