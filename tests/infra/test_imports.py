"""Importing a module does nothing but define it: every module but the Lambda handler's imports with an empty
environment (no region, no credentials) and leaves the environment as it found it."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fixtures import python_json

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("local", "infra", "scripts", "bench", "lambda_src")
# The one module whose import does work: Lambda's init phase builds the client there, once per container.
HANDLER_MODULE = "sms_pool.handlers"

# Imports each module named on the command line; prints {module: why it failed} as the last line.
_PROBE = """
import importlib, json, os, sys
before = dict(os.environ)
failed = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
    if dict(os.environ) != before:
        failed[name] = "changed os.environ"
        os.environ.clear()
        os.environ.update(before)
print(json.dumps(failed))
"""


def _modules() -> list[str]:
    names = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / "lambda_src" if folder == "lambda_src" else ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_but_the_handlers_imports_with_an_empty_environment() -> None:
    modules = _modules()
    assert {"local.cli", "infra.stack", "scripts.gen_validator", "bench.run", "sms_pool.aws"} <= set(modules)
    failed = python_json(_PROBE, *modules, env={"PATH": os.environ.get("PATH", "")})  # the CDK's jsii runs node
    assert set(failed) == {HANDLER_MODULE}, failed
    assert "AWS_REGION" in failed[HANDLER_MODULE]  # the init fails loudly, naming the setting
