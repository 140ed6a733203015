"""A small load run inside ``make test`` (``make load`` runs the full one): 8 clients, 1,000 mixed requests."""

from __future__ import annotations

import json

import pytest

from bench import load
from tests.integration.conftest import LocalMode


def test_small_load_run_loses_nothing_and_applies_nothing_twice(
    rel_mode: LocalMode, tmp_path_factory: pytest.TempPathFactory
) -> None:
    rel_mode.seed()
    figures = load.run(rel_mode.api, rel_mode.emulator, clients=8, total=1000, max_seconds=60)
    (tmp_path_factory.getbasetemp() / "load-figures.json").write_text(json.dumps(figures, indent=1))
    assert figures["completed"] == 1000 and figures["seconds"] < 60
    assert figures["unexpected"] == {} and figures["state_problems"] == []
    assert figures["statuses"] == {"conflict:409": 250, "invalid:400": 250, "not_found:404": 250, "success:200": 250}
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]


def test_verify_detects_a_change_no_answer_explains(rel_mode: LocalMode) -> None:
    rel_mode.seed()
    seeded = load.seed(rel_mode.emulator, successes=3, per_pool=3, conflict_pools=1)
    ((pool, ids),) = seeded.pools.items()
    rel_mode.control.clear_calls()
    rel_mode.client.disassociate_origination_identity(PoolId=pool, OriginationIdentity=ids[1], IsoCountryCode="US")
    problems = load.verify(rel_mode.emulator, seeded, [])
    assert any(pool in problem for problem in problems) and any("applied calls" in p for p in problems)
