"""The contract's derived artefacts agree: pydantic models, compiled validators, botocore's model, docs/api.md."""

from __future__ import annotations

import re
from typing import Any

import botocore.session
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from scripts import gen_validator
from sms_pool import errors, models, phone, validation
from tests.synth import ROOT

OPERATION = (
    botocore.session.get_session()
    .get_service_model("pinpoint-sms-voice-v2")
    .operation_model("DisassociateOriginationIdentity")
)


def test_generated_validators_are_up_to_date() -> None:
    for name, text in gen_validator.render().items():
        assert (gen_validator.OUT / name).read_text() == text, f"run `make generate`: {name} is stale"


@pytest.mark.parametrize("member", ["PoolId", "OriginationIdentity", "IsoCountryCode", "ClientToken"])
def test_model_constraints_match_botocore(member: str) -> None:
    assert OPERATION.input_shape is not None
    shape = OPERATION.input_shape.members[member]
    ours = models.request_schema()["properties"][member]
    assert ours["maxLength"] == shape.metadata["max"]
    assert ours["minLength"] == max(1, shape.metadata["min"])  # PoolIdOrArn allows 0; an empty id is never valid

    # botocore's patterns are unanchored and may allow empty (*); ours are the same class, anchored, non-empty.
    def core(pattern: str) -> str:
        return pattern.strip("^$").removesuffix("+").removesuffix("*")

    # OriginationIdentity alone also takes an E.164 number (resolved within the pool, never sent to AWS as is).
    expected = core(shape.metadata["pattern"])
    if member == "OriginationIdentity":
        expected = f"(?:{expected}+|{phone.E164_PATTERN})"
    assert core(ours["pattern"]) == expected


def test_required_members_are_botocores_plus_iso_country_code() -> None:
    required = set(models.request_schema()["required"])
    # IsoCountryCode is required by our API reference; botocore's newer model relaxed it for RCS agents only.
    assert OPERATION.input_shape is not None and OPERATION.output_shape is not None
    assert required == set(OPERATION.input_shape.required_members) | {"IsoCountryCode"}
    assert set(models.DisassociateResponse.model_fields) == set(OPERATION.output_shape.members)


_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Z", "Cc"))
_VALUES = st.one_of(
    st.text(_ALPHABET, max_size=3),
    st.text("ABCUSabc0-:/_ +", min_size=0, max_size=8),
    st.sampled_from(["US", "pool-1", "phone-1", "x" * 256, "x" * 257, "t" * 65]),
    st.none(),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=2), max_size=2),
)
_KEYS = st.sampled_from(["PoolId", "OriginationIdentity", "IsoCountryCode", "ClientToken", "Other"])


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=5))
def test_compiled_validator_agrees_with_pydantic(payload: dict[str, Any]) -> None:
    try:
        models.DisassociateRequest.model_validate(payload)
        pydantic_ok = all(v is not None for v in payload.values())  # pydantic allows null defaults; the wire does not
    except ValidationError:
        pydantic_ok = False
    try:
        validation.validate_body(payload)
        compiled_ok = True
    except errors.ServiceError:
        compiled_ok = False
    phone_like = (
        isinstance(payload.get("OriginationIdentity"), str)
        and sum(c.isdigit() for c in payload["OriginationIdentity"]) >= 7
    )
    if not phone_like:
        assert compiled_ok == pydantic_ok, payload


def test_aws_error_rows_are_the_operations_modelled_errors() -> None:
    assert set(errors.AWS_ERRORS) == {shape.name for shape in OPERATION.error_shapes}


def test_transport_rows_name_botocore_exceptions() -> None:
    import botocore.exceptions

    for name in errors.TRANSPORT_ERRORS:
        assert issubclass(getattr(botocore.exceptions, name), botocore.exceptions.BotoCoreError)


def test_api_docs_name_every_setting_the_function_reads() -> None:
    doc = (ROOT / "docs" / "api.md").read_text()
    package = ROOT / "lambda_src" / "sms_pool"
    names = {
        name
        for module in ("config.py", "constants.py", "bounds.py")
        for name in re.findall(r'"(SMS_POOL_[A-Z_]+)"', (package / module).read_text())
    }
    assert "SMS_POOL_RETRY_MODE" in names and len(names) >= 5
    assert sorted(name for name in names if f"`{name}`" not in doc) == []
