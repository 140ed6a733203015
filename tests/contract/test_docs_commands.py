"""The README's and docs' shell blocks run as pasted from the repository root.

Each block is read as a shell would (continuations joined, comments dropped, commands split on ``&&``, ``|``
and ``;``), and each command may name only existing make targets, repository files and modules, and flags the
module's argument parser defines; variables must be set earlier in the block; ``python`` outside ``.venv/`` and
``[optional]`` placeholders, which fail when pasted, are refused.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted({ROOT / "README.md", ROOT / "tests" / "README.md", *(ROOT / "docs").glob("*.md")})
_BLOCK = re.compile(r"^( *)```(?:bash|sh|shell)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
_ASSIGNMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=")
_ENVIRONMENT = frozenset({"PATH", "PWD", "HOME"})  # set by any shell
_TRACKED = frozenset(
    subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
)
_TOP_DIRS = frozenset(path.split("/")[0] for path in _TRACKED if "/" in path)
_MADE_BY_MAKE = (".venv/bin/python", ".local/", "cdk.out", "node_modules/.bin")


def make_targets() -> set[str]:
    """Every target the Makefile defines (explicit rules, not pattern or file rules)."""
    text = (ROOT / "Makefile").read_text()
    return {m.group(1) for m in re.finditer(r"^([a-z][a-z-]*)\s*:(?!=)", text, re.MULTILINE)}


def shell_blocks(path: Path) -> list[str]:
    """The bash/sh blocks of a Markdown file, de-indented."""
    blocks = []
    for match in _BLOCK.finditer(path.read_text()):
        indent = len(match.group(1))
        blocks.append("\n".join(line[indent:] for line in match.group(2).splitlines()))
    return blocks


def commands(block: str) -> list[list[str]]:
    """The block's simple commands as token lists."""
    joined = re.sub(r"\\\n", " ", block)
    out: list[list[str]] = []
    for line in joined.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
        lexer.whitespace_split = True
        lexer.commenters = "#"
        current: list[str] = []
        for token in lexer:
            if token in (";", "&&", "||", "|", "&"):
                out.append(current)
                current = []
            else:
                current.append(token)
        out.append(current)
    return [command for command in out if command]


def module_file(module: str) -> Path | None:
    """The source file ``python -m module`` runs, if the module is the repository's."""
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__main__.py"):
        if candidate.relative_to(ROOT).as_posix() in _TRACKED:
            return candidate
    return None


def _path_problem(token: str) -> str | None:
    if "$" in token or "://" in token or token.startswith(_MADE_BY_MAKE):
        return None
    head = token.split("/", maxsplit=1)[0]
    if "/" not in token or head not in _TOP_DIRS:
        return None
    path = token.rstrip("/")
    if path in _TRACKED or any(name.startswith(path + "/") for name in _TRACKED):
        return None
    return f"no such file or folder {token!r}"


def _python_problems(command: list[str]) -> list[str]:
    if command[0] != ".venv/bin/python":
        return [f"{command[0]} is not the project's interpreter: use .venv/bin/python (or a make target)"]
    if len(command) < 3 or command[1] != "-m":
        return []
    source = module_file(command[2])
    if source is None:
        return [f"no module {command[2]} in the repository"]
    text = source.read_text()
    return [
        f"{command[2]} defines no {flag}" for flag in command[3:] if flag.startswith("--") and f'"{flag}"' not in text
    ]


def problems(block: str, targets: set[str]) -> list[str]:
    """What would fail, or mislead, if ``block`` were pasted into a shell at the repository root."""
    found: list[str] = []
    defined = set(_ENVIRONMENT)
    for command in commands(block):
        words = command[1:] if command[0] == "export" else command
        for word in words:
            if assignment := _ASSIGNMENT.match(word):
                defined.add(assignment.group(1))
        found += [
            f"${name} is never set" for word in command for name in _VARIABLE.findall(word) if name not in defined
        ]
        found += [f"{word!r} is a placeholder, not a shell word" for word in command if word.startswith("[")]
        found += [problem for word in command if (problem := _path_problem(word))]
        if command[0] == "make":
            found += [f"no make target {word!r}" for word in command[1:] if "=" not in word and word not in targets]
        elif command[0] in ("python", "python3") or command[0].endswith("/python"):
            found += _python_problems(command)
    return found


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_shell_blocks_name_only_what_exists(path: Path) -> None:
    targets = make_targets()
    for block in shell_blocks(path):
        assert not problems(block, targets), f"{path.name}:\n{block}"


def test_the_checker_catches_what_fails_when_pasted() -> None:
    targets = make_targets()
    assert "run" in targets and "bench-quick" in targets and "lint" in targets
    assert problems("make run && make nonesuch", targets) == ["no make target 'nonesuch'"]
    assert problems('curl "$API/x"', targets) == ["$API is never set"]
    assert problems('API=http://127.0.0.1:3000\ncurl "$API/x"', targets) == []
    assert problems("python -m local.cli run", targets)[0].startswith("python is not the project's interpreter")
    assert problems(".venv/bin/python -m local.cli run --api-port 3000", targets) == []
    assert problems(".venv/bin/python -m local.cli run --no-such-flag", targets) == [
        "local.cli defines no --no-such-flag"
    ]
    assert problems(".venv/bin/python -m local.nonesuch", targets) == ["no module local.nonesuch in the repository"]
    assert problems("cat docs/nonesuch.md", targets) == ["no such file or folder 'docs/nonesuch.md'"]
    assert problems(".venv/bin/python -m local.cli run [--db x]", targets) == [
        "'[--db' is a placeholder, not a shell word"
    ]
    assert problems("make synth \\\n  lint  # comment", targets) == []
