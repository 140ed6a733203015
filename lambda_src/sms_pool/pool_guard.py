"""The pools this deployment may change (the stack's ``allowedPools``), checked before any AWS call.

The same list is the function role's IAM resources (infra/function.py), so the check here is the early, clear
answer (403 ``POOL_NOT_ALLOWED``) and IAM the backstop. Pool ids and ARNs are compared as written: the stack lists
each own pool by id and by ARN, a shared pool by ARN only (AWS requires the ARN for a shared resource).
"""

from __future__ import annotations

from sms_pool import config, errors


def check(pool_id: str) -> None:
    """Raise ``PoolNotAllowedError`` unless ``pool_id`` is one of the configured pools (or every pool is allowed)."""
    allowed = config.settings().allowed_pools
    if allowed is None or pool_id in allowed:
        return
    raise errors.error(
        errors.Kind.POOL_NOT_ALLOWED,
        f"pool {pool_id} is not one this deployment may change; its operators list the pools in allowedPools",
        poolId=pool_id,
    )
