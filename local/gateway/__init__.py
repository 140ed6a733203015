"""The local API Gateway: routes, the deployed checks (SigV4, resource policy, request models), the stage throttle,
Lambda-like containers, API Gateway's own responses, the HTTP side and the OpenAPI document.

Nothing is imported here, so a part (``local.gateway.routes``, say) imports without the rest.
"""
