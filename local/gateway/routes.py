"""Routes of the synthesized stack: read from the CloudFormation template in ``cdk.out``.

The local API serves exactly what the stack deploys, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The local API's own (not deployed) route: what Lambda would report, {"count", "billed_ms"} of invocations.
INVOCATIONS_PATH = "/_local/invocations"


@dataclass(frozen=True, slots=True)
class Route:
    """One API Gateway method with a Lambda proxy integration."""

    path: str
    method: str
    handler: str  # the function's Handler property, e.g. sms_pool.handlers.handler
    authorization: str
    # The JSON Schema (draft-04) the method's request validator checks application/json bodies against.
    request_schema: dict[str, Any] | None = field(default=None, compare=False, hash=False)


def find_template(cdk_out: Path) -> Path:
    """The one stack template in a cloud assembly that declares an API Gateway REST API."""
    for template in sorted(cdk_out.glob("*.template.json")):
        if '"AWS::ApiGateway::RestApi"' in template.read_text():
            return template
    raise FileNotFoundError(f"no template with an API Gateway REST API in {cdk_out}; run `make synth` first")


def _resource_path(resources: dict[str, Any], resource_id: Any) -> str:
    parts: list[str] = []
    while isinstance(resource_id, dict) and "Ref" in resource_id:
        resource = resources[resource_id["Ref"]]
        if resource["Type"] != "AWS::ApiGateway::Resource":
            break
        parts.append(resource["Properties"]["PathPart"])
        resource_id = resource["Properties"]["ParentId"]
    return "/" + "/".join(reversed(parts))


def _function_handler(resources: dict[str, Any], uri: Any) -> str:
    # The integration URI is an Fn::Join holding Fn::GetAtt [<function or alias>, Arn] or a Ref to an alias.
    text = json.dumps(uri)
    for logical_id, resource in resources.items():
        if resource["Type"] == "AWS::Lambda::Function" and f'"{logical_id}"' in text:
            return str(resource["Properties"]["Handler"])
    for logical_id, resource in resources.items():
        if resource["Type"] in ("AWS::Lambda::Alias", "AWS::Lambda::Version") and f'"{logical_id}"' in text:
            return _function_handler(resources, resource["Properties"]["FunctionName"])
    raise ValueError(f"no Lambda function found for integration {text[:200]}")


def resources_of(template: Path) -> dict[str, Any]:
    """The ``Resources`` section of a template."""
    resources: dict[str, Any] = json.loads(template.read_text())["Resources"]
    return resources


def stage_name(resources: dict[str, Any]) -> str:
    """The ``StageName`` of the template's one API Gateway stage: the first segment of every deployed path."""
    names = [r["Properties"]["StageName"] for r in resources.values() if r["Type"] == "AWS::ApiGateway::Stage"]
    if len(names) != 1:
        raise ValueError(f"expected one AWS::ApiGateway::Stage in the template, found {len(names)}")
    return str(names[0])


def _request_schema(resources: dict[str, Any], props: dict[str, Any]) -> dict[str, Any] | None:
    """The application/json model of a method whose request validator checks bodies, else None."""
    validator = props.get("RequestValidatorId")
    model = (props.get("RequestModels") or {}).get("application/json")
    if not (isinstance(validator, dict) and isinstance(model, dict) and "Ref" in validator and "Ref" in model):
        return None
    if not resources[validator["Ref"]]["Properties"].get("ValidateRequestBody"):
        return None
    schema: dict[str, Any] = resources[model["Ref"]]["Properties"]["Schema"]
    return schema


def load(template: Path) -> list[Route]:
    """Every Lambda-proxy method of the template."""
    resources = resources_of(template)
    routes = []
    for resource in resources.values():
        if resource["Type"] != "AWS::ApiGateway::Method":
            continue
        props = resource["Properties"]
        integration = props.get("Integration", {})
        if integration.get("Type") != "AWS_PROXY":
            continue
        routes.append(
            Route(
                path=_resource_path(resources, props["ResourceId"]),
                method=props["HttpMethod"],
                handler=_function_handler(resources, integration["Uri"]),
                authorization=props.get("AuthorizationType", "NONE"),
                request_schema=_request_schema(resources, props),
            )
        )
    if not routes:
        raise ValueError(f"{template} declares no Lambda proxy method")
    return routes
