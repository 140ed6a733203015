"""The pre-commit hooks run exactly the Makefile's lint commands and the drift tests `make test` runs."""

from __future__ import annotations

import ast
import re
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML ships no types; only safe_load is used

from tests.synth import ROOT

BIN = ".venv/bin/"


def hooks() -> dict[str, dict[str, Any]]:
    """The local hooks of .pre-commit-config.yaml by id."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    (repo,) = config["repos"]
    assert repo["repo"] == "local"  # nothing to fetch: the venv's pinned tools
    return {hook["id"]: hook for hook in repo["hooks"]}


def lint_commands() -> list[str]:
    """The `lint` target's recipe lines, comments dropped and $(BIN) spelled out."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None
    return [line.split("  #")[0].strip().replace("$(BIN)/", BIN) for line in recipe.group(1).splitlines()]


def test_lint_hooks_are_the_makefiles_lint_commands() -> None:
    entries = [hook["entry"] for hook in hooks().values() if hook["id"] != "generated-files"]
    commands = lint_commands()
    assert len(commands) >= 4 and any("mypy --strict" in command for command in commands)
    assert entries == commands


def test_every_hook_runs_the_venvs_tool_on_the_whole_tree() -> None:
    for hook in hooks().values():
        assert hook["language"] == "system" and hook["entry"].startswith(BIN), hook["id"]
        assert hook["pass_filenames"] is False, hook["id"]


def test_the_drift_hook_runs_tests_that_exist() -> None:
    words = hooks()["generated-files"]["entry"].split()
    node_ids = [word for word in words if "::" in word]
    assert node_ids and words[:3] == [f"{BIN}python", "-m", "pytest"]
    for node_id in node_ids:
        path, name = node_id.split("::")
        tree = ast.parse((ROOT / path).read_text())
        assert name in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}, node_id
