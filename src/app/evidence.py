"""The shipped evidence (claims, references, the caution) and the evidence page built from it."""

import tomllib
from functools import cache

from app.domain.evidence import Evidence, parse_evidence, render_page
from app.resources import resource_path

PAGE_TEMPLATE = "why-single-leg.md"


def _toml(name: str) -> dict[str, object]:
    return tomllib.loads(resource_path(name).read_text(encoding="utf-8"))


@cache
def shipped_evidence() -> Evidence:
    """`resources/references.toml` and `resources/claims.toml`, parsed and checked once."""
    return parse_evidence(_toml("references.toml"), _toml("claims.toml"))


def evidence_page() -> str:
    """The "Why single-leg training" page as Markdown, every claim with its sources."""
    template = resource_path(PAGE_TEMPLATE).read_text(encoding="utf-8")
    return render_page(template, shipped_evidence())
