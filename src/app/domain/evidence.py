"""The research behind the programme as data: references, the claims they support, a caution.

Every sentence of the evidence page that rests on a study is a `Claim` naming
its reference ids and how strong the support is (`Support`). The page and the
sheets render from these values, so a claim cannot lose its source and a
reference cannot hang on the page supporting nothing. See docs/evidence.md.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.errors import ValidationError


class EvidenceError(ValidationError):
    """Claims or references that cannot be used, with the item and the field named."""


class Support(StrEnum):
    """How a study supports what is said: from a training trial down to an expert's word."""

    TRIAL = "trial"
    REVIEW = "review"
    OBSERVATION = "observation"
    MODEL = "model"
    EXPERT = "expert"

    @property
    def label(self) -> str:
        """The words the page prints for this kind of support."""
        return _SUPPORT_LABELS[self]


_SUPPORT_LABELS = {
    Support.TRIAL: "training trial",
    Support.REVIEW: "review",
    Support.OBSERVATION: "measurement study, no training",
    Support.MODEL: "biomechanical model, no training",
    Support.EXPERT: "expert article",
}
# Stronger first: a claim resting on several references is as strong as its best one.
SUPPORT_ORDER = (Support.TRIAL, Support.REVIEW, Support.OBSERVATION, Support.MODEL,
                 Support.EXPERT)


@dataclass(frozen=True)
class Reference:
    """One study: how to find it, what kind of study it is, who was in it, what it found.

    `who` names the people studied in a few words (it follows the support on
    the page: "training trial: well-trained distance runners"); `population`
    says it in full.
    """

    id: str
    citation: str
    url: str
    doi: str | None
    design: Support
    who: str
    population: str
    found: str


@dataclass(frozen=True)
class Claim:
    """One statement the app makes, the references that show it and how strongly."""

    id: str
    section: str
    text: str
    references: tuple[str, ...]
    support: Support


@dataclass(frozen=True)
class Evidence:
    """Every reference and claim, in file order, and the caution shown before training.

    `caution_short` says the same as `caution` in one line, for printed sheets.
    """

    references: tuple[Reference, ...]
    claims: tuple[Claim, ...]
    caution: str
    caution_short: str

    def reference(self, reference_id: str) -> Reference:
        """The reference with this id; `EvidenceError` if there is none."""
        for reference in self.references:
            if reference.id == reference_id:
                return reference
        raise EvidenceError(f"There is no reference {reference_id!r}.")

    def strength(self, claim: Claim) -> str:
        """How strongly a claim is supported, in words: its support and who was studied."""
        best = next(self.reference(r) for r in claim.references
                    if self.reference(r).design is claim.support)
        return f"{claim.support.label}: {best.who}"

    def claims_in(self, section: str) -> tuple[Claim, ...]:
        """The claims of one page section, in file order."""
        return tuple(c for c in self.claims if c.section == section)

    def sections(self) -> tuple[str, ...]:
        """Every section that has claims, in the order first used."""
        return tuple(dict.fromkeys(c.section for c in self.claims))

    def numbered(self) -> tuple[Reference, ...]:
        """References in the order claims first cite them: the page's numbering (1, 2, …)."""
        cited = dict.fromkeys(r for c in self.claims for r in c.references)
        return tuple(self.reference(r) for r in cited)

    def number(self, reference_id: str) -> int:
        """The page's number for a reference (1-based)."""
        ids = [r.id for r in self.numbered()]
        if reference_id not in ids:
            raise EvidenceError(f"Reference {reference_id!r} supports no claim.")
        return ids.index(reference_id) + 1

    def unsupported(self, also_cited: Iterable[str] = ()) -> tuple[str, ...]:
        """Ids of references that support no claim (and are not in `also_cited`)."""
        used = {r for c in self.claims for r in c.references} | set(also_cited)
        return tuple(r.id for r in self.references if r.id not in used)


def _text(item: Mapping[str, Any], field: str, where: str) -> str:
    value = item.get(field)
    if not isinstance(value, str) or not value.strip():
        raise EvidenceError(f"{where}: field '{field}' must be non-empty text")
    return " ".join(value.split())


def _support(value: object, field: str, where: str) -> Support:
    try:
        return Support(str(value))
    except ValueError:
        allowed = ", ".join(s.value for s in Support)
        raise EvidenceError(f"{where}: field '{field}' must be one of {allowed}") from None


def _reference(item: Mapping[str, Any], index: int) -> Reference:
    where = f"reference {index}"
    reference_id = _text(item, "id", where)
    where = f"reference {reference_id!r}"
    doi = item.get("doi")
    if doi is not None and (not isinstance(doi, str) or not doi.startswith("10.")):
        raise EvidenceError(f"{where}: field 'doi' must start with 10.")
    return Reference(
        id=reference_id,
        citation=_text(item, "citation", where),
        url=_text(item, "url", where),
        doi=doi,
        design=_support(item.get("design"), "design", where),
        who=_text(item, "who", where),
        population=_text(item, "population", where),
        found=_text(item, "found", where),
    )


def _claim(item: Mapping[str, Any], index: int, known: Mapping[str, Reference]) -> Claim:
    where = f"claim {index}"
    claim_id = _text(item, "id", where)
    where = f"claim {claim_id!r}"
    ids = item.get("references")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise EvidenceError(f"{where}: names no reference; every claim needs at least one")
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise EvidenceError(f"{where}: names unknown references {unknown}")
    support = _support(item.get("support"), "support", where)
    designs = {known[i].design for i in ids}
    if support not in designs:
        raise EvidenceError(
            f"{where}: support {support.value!r} is not the design of any of its references "
            f"({', '.join(sorted(d.value for d in designs))})"
        )
    best = min(designs, key=SUPPORT_ORDER.index)
    if support is not best:
        raise EvidenceError(f"{where}: support must be its strongest reference's, {best.value!r}")
    return Claim(
        id=claim_id,
        section=_text(item, "section", where),
        text=_text(item, "text", where),
        references=tuple(ids),
        support=support,
    )


def parse_evidence(references: Mapping[str, Any], claims: Mapping[str, Any]) -> Evidence:
    """Build `Evidence` from the two TOML tables, or raise `EvidenceError` naming the problem.

    Refused: a claim without references or naming an unknown one, a claim
    whose support is not its strongest reference's design, repeated ids.
    """
    ref_items = references.get("reference")
    if not isinstance(ref_items, list):
        raise EvidenceError("references: there must be a list of [[reference]] tables")
    parsed_refs = [_reference(item, i) for i, item in enumerate(ref_items, start=1)]
    known = {r.id: r for r in parsed_refs}
    if len(known) != len(parsed_refs):
        raise EvidenceError("references: two references share an id")
    claim_items = claims.get("claim")
    if not isinstance(claim_items, list):
        raise EvidenceError("claims: there must be a list of [[claim]] tables")
    parsed_claims = [_claim(item, i, known) for i, item in enumerate(claim_items, start=1)]
    if len({c.id for c in parsed_claims}) != len(parsed_claims):
        raise EvidenceError("claims: two claims share an id")
    caution = claims.get("caution")
    if not isinstance(caution, dict):
        raise EvidenceError("claims: there must be a [caution] table")
    return Evidence(tuple(parsed_refs), tuple(parsed_claims), _text(caution, "text", "caution"),
                    _text(caution, "short", "caution"))


# ---------------------------------------------------------------------------- the page

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z]+)(?::([a-z-]+))?\s*\}\}")


def _markers(evidence: Evidence, ids: Sequence[str]) -> str:
    return "[" + ", ".join(str(evidence.number(i)) for i in ids) + "]"


def claim_markdown(evidence: Evidence, claim: Claim) -> str:
    """One claim as a Markdown list item: the text, its reference numbers, its support."""
    return (f"- {claim.text} **{_markers(evidence, claim.references)}** "
            f"*({evidence.strength(claim)})*")


def reference_markdown(evidence: Evidence, reference: Reference) -> str:
    """One numbered entry of the reference list, with design, population and finding."""
    link = f"[doi:{reference.doi}]({reference.url})" if reference.doi \
        else f"[{reference.url}]({reference.url})"
    return (
        f"- **{evidence.number(reference.id)}.** {reference.citation} {link} "
        f"*{reference.design.label.capitalize()}; {reference.population}.* "
        f"Found: {reference.found}"
    )


def render_page(template: str, evidence: Evidence) -> str:
    """The evidence page as Markdown: the template with its placeholders filled in.

    ``{{caution}}`` becomes the caution as a quote, ``{{claims:SECTION}}`` the
    claims of that section, ``{{references}}`` the numbered reference list.
    Raises `EvidenceError` for an unknown placeholder or section, and when a
    section with claims is never placed, so no claim is dropped unseen.
    """
    placed: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        kind, section = match.group(1), match.group(2)
        if kind == "caution" and section is None:
            return f"> **{evidence.caution}**"
        if kind == "references" and section is None:
            return "\n".join(reference_markdown(evidence, r) for r in evidence.numbered())
        if kind == "claims" and section is not None:
            claims = evidence.claims_in(section)
            if not claims:
                raise EvidenceError(f"The page asks for claims of {section!r}, which has none.")
            placed.add(section)
            return "\n".join(claim_markdown(evidence, c) for c in claims)
        raise EvidenceError(f"Unknown placeholder {match.group(0)!r} in the page.")

    page = _PLACEHOLDER.sub(fill, template)
    missing = [s for s in evidence.sections() if s not in placed]
    if missing:
        raise EvidenceError(f"The page never shows the claims of {', '.join(missing)}.")
    return page
