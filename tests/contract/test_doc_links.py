"""The README's and docs' relative links name files that exist and headings those files have."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.synth import ROOT

DOCS = sorted({ROOT / "README.md", ROOT / "tests" / "README.md", *(ROOT / "docs").glob("*.md")})
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors of a Markdown file's headings (code blocks skipped: their # lines are comments)."""
    text = _FENCE.sub("", path.read_text())
    return {anchor(match) for match in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}


def broken_links(path: Path) -> list[str]:
    """The relative links of ``path`` whose file or heading does not exist."""
    broken = []
    for target in _LINK.findall(_FENCE.sub("", path.read_text())):
        if "://" in target or target.startswith("mailto:"):
            continue
        file_part, _, fragment = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists() or (fragment and linked.suffix == ".md" and fragment not in anchors(linked)):
            broken.append(target)
    return broken


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(path: Path) -> None:
    assert broken_links(path) == []


def test_anchor_follows_githubs_rule() -> None:
    assert (
        anchor("Calling the API from an internal service (SigV4)") == "calling-the-api-from-an-internal-service-sigv4"
    )
    assert anchor("Retry policy: standard, not adaptive (measured)") == "retry-policy-standard-not-adaptive-measured"


def test_a_missing_heading_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n[ok](#title) [gone](#nowhere) [file](missing.md)\n")
    assert broken_links(page) == ["#nowhere", "missing.md"]
