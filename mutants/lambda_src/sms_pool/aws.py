"""The data-access layer: the only module that touches boto3."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from sms_pool import config, errors

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import (
        DisassociateOriginationIdentityRequestTypeDef,
        DisassociateOriginationIdentityResultTypeDef,
    )

SERVICE_NAME: Final = "pinpoint-sms-voice-v2"
RESULT_FIELDS: Final = ("PoolArn", "PoolId", "OriginationIdentityArn", "OriginationIdentity", "IsoCountryCode")
# Members of AWS's modelled errors that the problem answer carries (names from botocore's model).
_CARRIED: Final = {"Reason": "reason", "ResourceType": "resourceType"}
_SYMBOL: Final = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_make_client__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_make_client__mutmut)
def make_client(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_orig(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_1(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = None
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_2(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=None,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_3(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=None,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_4(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=None,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_5(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries=None,  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_6(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid=None,  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_7(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_8(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_9(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_10(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_11(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_12(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"XXmodeXX": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_13(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"MODE": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_14(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "XXstandardXX", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_15(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "STANDARD", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_16(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "XXtotal_max_attemptsXX": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_17(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "TOTAL_MAX_ATTEMPTS": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_18(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="XXsms-pool-disassociateXX",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_19(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="SMS-POOL-DISASSOCIATE",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_20(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(None, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_21(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=None)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_22(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_23(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, )
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


def x_make_client__mutmut_24(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid="sms-pool-disassociate",  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(None) from exc

mutants_x_make_client__mutmut['_mutmut_orig'] = x_make_client__mutmut_orig # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_1'] = x_make_client__mutmut_1 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_2'] = x_make_client__mutmut_2 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_3'] = x_make_client__mutmut_3 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_4'] = x_make_client__mutmut_4 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_5'] = x_make_client__mutmut_5 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_6'] = x_make_client__mutmut_6 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_7'] = x_make_client__mutmut_7 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_8'] = x_make_client__mutmut_8 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_9'] = x_make_client__mutmut_9 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_10'] = x_make_client__mutmut_10 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_11'] = x_make_client__mutmut_11 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_12'] = x_make_client__mutmut_12 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_13'] = x_make_client__mutmut_13 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_14'] = x_make_client__mutmut_14 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_15'] = x_make_client__mutmut_15 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_16'] = x_make_client__mutmut_16 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_17'] = x_make_client__mutmut_17 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_18'] = x_make_client__mutmut_18 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_19'] = x_make_client__mutmut_19 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_20'] = x_make_client__mutmut_20 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_21'] = x_make_client__mutmut_21 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_22'] = x_make_client__mutmut_22 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_23'] = x_make_client__mutmut_23 # type: ignore # mutmut generated
mutants_x_make_client__mutmut['x_make_client__mutmut_24'] = x_make_client__mutmut_24 # type: ignore # mutmut generated


client: Final = make_client(config.load())
PARTITION: Final[str] = client.meta.partition  # "aws", "aws-cn", "aws-us-gov", ... from the region
mutants_x__symbol__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__symbol__mutmut)
def _symbol(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if isinstance(value, str) and _SYMBOL.fullmatch(value) else None


def x__symbol__mutmut_orig(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if isinstance(value, str) and _SYMBOL.fullmatch(value) else None


def x__symbol__mutmut_1(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if (isinstance(value, str) and _SYMBOL.fullmatch(value)) and False else None


def x__symbol__mutmut_2(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if (isinstance(value, str) and _SYMBOL.fullmatch(value)) or True else None


def x__symbol__mutmut_3(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if isinstance(value, str) or _SYMBOL.fullmatch(value) else None


def x__symbol__mutmut_4(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if isinstance(value, str) and _SYMBOL.fullmatch(None) else None

mutants_x__symbol__mutmut['_mutmut_orig'] = x__symbol__mutmut_orig # type: ignore # mutmut generated
mutants_x__symbol__mutmut['x__symbol__mutmut_1'] = x__symbol__mutmut_1 # type: ignore # mutmut generated
mutants_x__symbol__mutmut['x__symbol__mutmut_2'] = x__symbol__mutmut_2 # type: ignore # mutmut generated
mutants_x__symbol__mutmut['x__symbol__mutmut_3'] = x__symbol__mutmut_3 # type: ignore # mutmut generated
mutants_x__symbol__mutmut['x__symbol__mutmut_4'] = x__symbol__mutmut_4 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__from_client_error__mutmut)
def _from_client_error(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_orig(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_1(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = None
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_2(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(None)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_3(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = None
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_4(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) and ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_5(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(None) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_6(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get(None)) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_7(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get(None, {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_8(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", None).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_9(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get({}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_10(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", ).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_11(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("XXErrorXX", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_12(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_13(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("ERROR", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_14(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("XXCodeXX")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_15(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_16(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("CODE")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_17(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or "XXXX"
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_18(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = None
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_19(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(None)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_20(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is not None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_21(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            None, f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_22(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", None, awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_23(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_24(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_25(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_26(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_27(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "XXother_client_errorXX", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_28(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "OTHER_CLIENT_ERROR", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_29(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code and 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_30(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'XXan unknown errorXX'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_31(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'AN UNKNOWN ERROR'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_32(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code and None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_33(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = None
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_34(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(None))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_35(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(None)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_36(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = None
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_37(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get(None)
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_38(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("XXResourceIdXX")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_39(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("resourceid")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_40(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("RESOURCEID")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_41(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) or resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_42(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id not in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_43(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get(None), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_44(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("XXPoolIdXX"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_45(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("poolid"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_46(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("POOLID"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_47(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get(None)):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_48(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("XXOriginationIdentityXX")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_49(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("originationidentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_50(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("ORIGINATIONIDENTITY")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_51(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = None
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_52(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["XXresourceIdXX"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_53(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceid"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_54(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["RESOURCEID"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_55(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = None
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_56(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get(None)
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_57(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("XXFieldsXX")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_58(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_59(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("FIELDS")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_60(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = None
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_61(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if (isinstance(fields, list)) and False
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_62(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if (isinstance(fields, list)) or True
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_63(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "XXfieldXX": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_64(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "FIELD": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_65(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) and "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_66(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(None) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_67(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get(None)) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_68(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("XXNameXX")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_69(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_70(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("NAME")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_71(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "XXunknownXX",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_72(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "UNKNOWN",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_73(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "XXmessageXX": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_74(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "MESSAGE": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_75(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get(None, code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_76(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', None)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_77(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get(code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_78(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', )})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_79(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('XXreasonXX', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_80(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('REASON', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_81(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code != "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_82(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "XXResourceNotFoundExceptionXX":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_83(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "resourcenotfoundexception":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_84(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "RESOURCENOTFOUNDEXCEPTION":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_85(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = None
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_86(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            None
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_87(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = "XX XX".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_88(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, None)
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_89(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter((carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_90(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, )
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_91(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get(None, "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_92(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", None), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_93(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_94(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", ), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_95(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("XXresourceTypeXX", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_96(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourcetype", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_97(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("RESOURCETYPE", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_98(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "XXresourceXX"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_99(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "RESOURCE"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_100(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get(None), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_101(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("XXresourceIdXX"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_102(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceid"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_103(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("RESOURCEID"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_104(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "XXwas not foundXX"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_105(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "WAS NOT FOUND"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_106(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "XXreasonXX" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_107(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "REASON" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_108(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" not in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_109(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = None
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_110(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['XXreasonXX']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_111(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['REASON']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_112(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = None
    return errors.error(code, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_113(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(None, detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_114(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, None, errors=field_errors, **carried)


def x__from_client_error__mutmut_115(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=None, **carried)


def x__from_client_error__mutmut_116(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(detail, errors=field_errors, **carried)


def x__from_client_error__mutmut_117(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, errors=field_errors, **carried)


def x__from_client_error__mutmut_118(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, **carried)


def x__from_client_error__mutmut_119(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            "other_client_error", f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.error(code, detail, errors=field_errors, )

mutants_x__from_client_error__mutmut['_mutmut_orig'] = x__from_client_error__mutmut_orig # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_1'] = x__from_client_error__mutmut_1 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_2'] = x__from_client_error__mutmut_2 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_3'] = x__from_client_error__mutmut_3 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_4'] = x__from_client_error__mutmut_4 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_5'] = x__from_client_error__mutmut_5 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_6'] = x__from_client_error__mutmut_6 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_7'] = x__from_client_error__mutmut_7 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_8'] = x__from_client_error__mutmut_8 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_9'] = x__from_client_error__mutmut_9 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_10'] = x__from_client_error__mutmut_10 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_11'] = x__from_client_error__mutmut_11 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_12'] = x__from_client_error__mutmut_12 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_13'] = x__from_client_error__mutmut_13 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_14'] = x__from_client_error__mutmut_14 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_15'] = x__from_client_error__mutmut_15 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_16'] = x__from_client_error__mutmut_16 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_17'] = x__from_client_error__mutmut_17 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_18'] = x__from_client_error__mutmut_18 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_19'] = x__from_client_error__mutmut_19 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_20'] = x__from_client_error__mutmut_20 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_21'] = x__from_client_error__mutmut_21 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_22'] = x__from_client_error__mutmut_22 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_23'] = x__from_client_error__mutmut_23 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_24'] = x__from_client_error__mutmut_24 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_25'] = x__from_client_error__mutmut_25 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_26'] = x__from_client_error__mutmut_26 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_27'] = x__from_client_error__mutmut_27 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_28'] = x__from_client_error__mutmut_28 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_29'] = x__from_client_error__mutmut_29 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_30'] = x__from_client_error__mutmut_30 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_31'] = x__from_client_error__mutmut_31 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_32'] = x__from_client_error__mutmut_32 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_33'] = x__from_client_error__mutmut_33 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_34'] = x__from_client_error__mutmut_34 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_35'] = x__from_client_error__mutmut_35 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_36'] = x__from_client_error__mutmut_36 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_37'] = x__from_client_error__mutmut_37 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_38'] = x__from_client_error__mutmut_38 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_39'] = x__from_client_error__mutmut_39 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_40'] = x__from_client_error__mutmut_40 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_41'] = x__from_client_error__mutmut_41 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_42'] = x__from_client_error__mutmut_42 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_43'] = x__from_client_error__mutmut_43 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_44'] = x__from_client_error__mutmut_44 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_45'] = x__from_client_error__mutmut_45 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_46'] = x__from_client_error__mutmut_46 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_47'] = x__from_client_error__mutmut_47 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_48'] = x__from_client_error__mutmut_48 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_49'] = x__from_client_error__mutmut_49 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_50'] = x__from_client_error__mutmut_50 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_51'] = x__from_client_error__mutmut_51 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_52'] = x__from_client_error__mutmut_52 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_53'] = x__from_client_error__mutmut_53 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_54'] = x__from_client_error__mutmut_54 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_55'] = x__from_client_error__mutmut_55 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_56'] = x__from_client_error__mutmut_56 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_57'] = x__from_client_error__mutmut_57 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_58'] = x__from_client_error__mutmut_58 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_59'] = x__from_client_error__mutmut_59 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_60'] = x__from_client_error__mutmut_60 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_61'] = x__from_client_error__mutmut_61 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_62'] = x__from_client_error__mutmut_62 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_63'] = x__from_client_error__mutmut_63 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_64'] = x__from_client_error__mutmut_64 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_65'] = x__from_client_error__mutmut_65 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_66'] = x__from_client_error__mutmut_66 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_67'] = x__from_client_error__mutmut_67 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_68'] = x__from_client_error__mutmut_68 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_69'] = x__from_client_error__mutmut_69 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_70'] = x__from_client_error__mutmut_70 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_71'] = x__from_client_error__mutmut_71 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_72'] = x__from_client_error__mutmut_72 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_73'] = x__from_client_error__mutmut_73 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_74'] = x__from_client_error__mutmut_74 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_75'] = x__from_client_error__mutmut_75 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_76'] = x__from_client_error__mutmut_76 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_77'] = x__from_client_error__mutmut_77 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_78'] = x__from_client_error__mutmut_78 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_79'] = x__from_client_error__mutmut_79 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_80'] = x__from_client_error__mutmut_80 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_81'] = x__from_client_error__mutmut_81 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_82'] = x__from_client_error__mutmut_82 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_83'] = x__from_client_error__mutmut_83 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_84'] = x__from_client_error__mutmut_84 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_85'] = x__from_client_error__mutmut_85 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_86'] = x__from_client_error__mutmut_86 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_87'] = x__from_client_error__mutmut_87 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_88'] = x__from_client_error__mutmut_88 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_89'] = x__from_client_error__mutmut_89 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_90'] = x__from_client_error__mutmut_90 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_91'] = x__from_client_error__mutmut_91 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_92'] = x__from_client_error__mutmut_92 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_93'] = x__from_client_error__mutmut_93 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_94'] = x__from_client_error__mutmut_94 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_95'] = x__from_client_error__mutmut_95 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_96'] = x__from_client_error__mutmut_96 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_97'] = x__from_client_error__mutmut_97 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_98'] = x__from_client_error__mutmut_98 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_99'] = x__from_client_error__mutmut_99 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_100'] = x__from_client_error__mutmut_100 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_101'] = x__from_client_error__mutmut_101 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_102'] = x__from_client_error__mutmut_102 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_103'] = x__from_client_error__mutmut_103 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_104'] = x__from_client_error__mutmut_104 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_105'] = x__from_client_error__mutmut_105 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_106'] = x__from_client_error__mutmut_106 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_107'] = x__from_client_error__mutmut_107 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_108'] = x__from_client_error__mutmut_108 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_109'] = x__from_client_error__mutmut_109 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_110'] = x__from_client_error__mutmut_110 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_111'] = x__from_client_error__mutmut_111 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_112'] = x__from_client_error__mutmut_112 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_113'] = x__from_client_error__mutmut_113 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_114'] = x__from_client_error__mutmut_114 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_115'] = x__from_client_error__mutmut_115 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_116'] = x__from_client_error__mutmut_116 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_117'] = x__from_client_error__mutmut_117 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_118'] = x__from_client_error__mutmut_118 # type: ignore # mutmut generated
mutants_x__from_client_error__mutmut['x__from_client_error__mutmut_119'] = x__from_client_error__mutmut_119 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__from_transport_error__mutmut)
def _from_transport_error(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_orig(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_1(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(None).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_2(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ not in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_3(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(None, errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_4(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, None)
    return None


def x__from_transport_error__mutmut_5(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(errors.TRANSPORT_ERRORS[cls.__name__].title)
    return None


def x__from_transport_error__mutmut_6(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in errors.TRANSPORT_ERRORS:
            return errors.error(cls.__name__, )
    return None

mutants_x__from_transport_error__mutmut['_mutmut_orig'] = x__from_transport_error__mutmut_orig # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_1'] = x__from_transport_error__mutmut_1 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_2'] = x__from_transport_error__mutmut_2 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_3'] = x__from_transport_error__mutmut_3 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_4'] = x__from_transport_error__mutmut_4 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_5'] = x__from_transport_error__mutmut_5 # type: ignore # mutmut generated
mutants_x__from_transport_error__mutmut['x__from_transport_error__mutmut_6'] = x__from_transport_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_disassociate_origination_identity__mutmut)
def disassociate_origination_identity(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_orig(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_1(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = None
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_2(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(None, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_3(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, None) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_4(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_5(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, ) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_6(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = None
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_7(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(None)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_8(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is not None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_9(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = None
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_10(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_11(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error(None, f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_12(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", None)
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_13(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error(f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_14(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", )
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_15(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("XXmalformed_responseXX", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_16(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("MALFORMED_RESPONSE", f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_17(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {', '.join(None)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def x_disassociate_origination_identity__mutmut_18(
    params: DisassociateOriginationIdentityRequestTypeDef,
) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS; return the response fields, or raise the table's error for what went wrong."""
    try:
        response = client.disassociate_origination_identity(**params)
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error("malformed_response", f"AWS's answer lacked {'XX, XX'.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]

mutants_x_disassociate_origination_identity__mutmut['_mutmut_orig'] = x_disassociate_origination_identity__mutmut_orig # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_1'] = x_disassociate_origination_identity__mutmut_1 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_2'] = x_disassociate_origination_identity__mutmut_2 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_3'] = x_disassociate_origination_identity__mutmut_3 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_4'] = x_disassociate_origination_identity__mutmut_4 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_5'] = x_disassociate_origination_identity__mutmut_5 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_6'] = x_disassociate_origination_identity__mutmut_6 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_7'] = x_disassociate_origination_identity__mutmut_7 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_8'] = x_disassociate_origination_identity__mutmut_8 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_9'] = x_disassociate_origination_identity__mutmut_9 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_10'] = x_disassociate_origination_identity__mutmut_10 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_11'] = x_disassociate_origination_identity__mutmut_11 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_12'] = x_disassociate_origination_identity__mutmut_12 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_13'] = x_disassociate_origination_identity__mutmut_13 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_14'] = x_disassociate_origination_identity__mutmut_14 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_15'] = x_disassociate_origination_identity__mutmut_15 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_16'] = x_disassociate_origination_identity__mutmut_16 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_17'] = x_disassociate_origination_identity__mutmut_17 # type: ignore # mutmut generated
mutants_x_disassociate_origination_identity__mutmut['x_disassociate_origination_identity__mutmut_18'] = x_disassociate_origination_identity__mutmut_18 # type: ignore # mutmut generated
