"""How AWS (``fake_aws``) must answer for the function to raise each Step Functions ``errorType``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from botocore.exceptions import EndpointConnectionError, ReadTimeoutError

from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws, member, phone_info

NUMBER: Final = "+12065550100"
OTHER: Final = "phone-00000000000000000000000000000001"
BY_NUMBER: Final = {**VALID_REQUEST, "OriginationIdentity": NUMBER}
# A pool outside the deployment's allowedPools (the ``one_allowed_pool`` fixture allows VALID_REQUEST's only).
OTHER_POOL: Final = "pool-ffffffffffffffffffffffffffffffff"
_ENDPOINT: Final = "http://127.0.0.1:9"


def _numbers(fake: FakeAws, *own: dict[str, Any]) -> None:
    fake.numbers(*own)  # the account's own numbers, one page
    fake.numbers()  # then the numbers shared with it: none


# errorType -> (the task input, AWS's answer to one call: queued again for each call botocore makes).
Setup = tuple[dict[str, Any], Callable[[FakeAws], None]]
FINAL: Final[dict[str, Setup]] = {
    "InvalidRequestError": ({"PoolId": VALID_REQUEST["PoolId"]}, lambda fake: None),  # no AWS call at all
    "AwsValidationError": (VALID_REQUEST, lambda fake: fake.error("ValidationException", Reason="OTHER")),
    "AccessDeniedError": (VALID_REQUEST, lambda fake: fake.error("AccessDeniedException", 403)),
    "ResourceNotFoundError": (
        VALID_REQUEST,
        lambda fake: fake.error("ResourceNotFoundException", 404, ResourceType="pool", ResourceId=OK_RESULT["PoolId"]),
    ),
    "ConflictError": (VALID_REQUEST, lambda fake: fake.error("ConflictException", 409, Reason="DELETION_PROTECTION")),
    # The account's numbers (the function's number index, DescribePhoneNumbers) do not hold it / hold it twice.
    "PhoneNumberNotInPoolError": (BY_NUMBER, lambda fake: _numbers(fake, phone_info(OTHER, "+12065550199"))),
    "PhoneNumberAmbiguousError": (
        BY_NUMBER,
        lambda fake: fake.numbers(phone_info(OK_RESULT["OriginationIdentity"], NUMBER), phone_info(OTHER, NUMBER)),
    ),
    # A sender ID's dry run pages the pool; with no time left for a second page it is a final answer.
    "DryRunOverBudgetError": (
        {**VALID_REQUEST, "OriginationIdentity": "MySender", "DryRun": True},
        lambda fake: fake.listing(member(OTHER, "+12065550199"), next_token="page-2"),
    ),
    "NotInPoolError": (
        VALID_REQUEST,
        lambda fake: fake.error("ConflictException", 409, Reason="PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"),
    ),
    "LastIdentityError": (VALID_REQUEST, lambda fake: fake.error("ConflictException", 409, Reason="LAST_PHONE_NUMBER")),
    "UpstreamError": (VALID_REQUEST, lambda fake: fake.error("ServiceQuotaExceededException")),
    "InternalError": (VALID_REQUEST, lambda fake: fake.raise_(ZeroDivisionError("an internal detail"))),
    "PoolNotAllowedError": ({**VALID_REQUEST, "PoolId": OTHER_POOL}, lambda fake: None),  # refused before any call
}
# The function's timeout (FakeLambdaContext) where a case needs the request's time budget to run out.
TIMEOUT_SECONDS: Final[dict[str, float]] = {"DryRunOverBudgetError": 1.0}
RETRYABLE: Final[dict[str, Callable[[FakeAws], None]]] = {
    "ThrottledError": lambda fake: fake.error("ThrottlingException"),
    "UpstreamInternalError": lambda fake: fake.error("InternalServerException", 500),
    "UpstreamUnavailableError": lambda fake: fake.raise_(EndpointConnectionError(endpoint_url=_ENDPOINT)),
    "UpstreamTimeoutError": lambda fake: fake.raise_(ReadTimeoutError(endpoint_url=_ENDPOINT)),
}


def queue(fake: FakeAws, answer: Callable[[FakeAws], None], times: int = 50) -> None:
    """``answer`` for the next ``times`` calls (botocore retries some answers itself)."""
    for _ in range(times):
        answer(fake)
