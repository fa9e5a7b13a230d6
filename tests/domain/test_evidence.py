"""The evidence page: every claim names its sources and strength; every source supports a claim."""

import re

import pytest

from app.domain.evidence import EvidenceError, Support, parse_evidence, render_page
from app.evidence import evidence_page, shipped_evidence
from app.library import builtin_exercises


def _ref(ref_id: str, design: str = "trial") -> dict[str, str]:
    return {"id": ref_id, "citation": f"{ref_id} (2020). A study.", "url": "https://doi.org/10.1/x",
            "doi": "10.1/x", "design": design, "who": "runners", "population": "20 runners",
            "found": "Something."}


def _claim(claim_id: str, refs: list[str], support: str = "trial",
           section: str = "performance") -> dict[str, object]:
    return {"id": claim_id, "section": section, "text": "A finding.", "references": refs,
            "support": support}


def _parse(refs: list[dict[str, str]], claims: list[dict[str, object]]):
    return parse_evidence({"reference": refs},
                          {"claim": claims, "caution": {"text": "Stop.", "short": "Stop."}})


# --- The shipped data -------------------------------------------------------------------------


def test_every_shipped_claim_names_a_reference_and_every_reference_supports_a_claim() -> None:
    evidence = shipped_evidence()
    assert evidence.claims and all(claim.references for claim in evidence.claims)
    assert evidence.unsupported() == ()


def test_the_shipped_references_carry_a_doi_or_say_where_to_find_them() -> None:
    for reference in shipped_evidence().references:
        assert reference.url.startswith("https://")
        if reference.doi is not None:
            assert reference.url == f"https://doi.org/{reference.doi}"


def test_each_study_is_cited_for_what_it_found() -> None:
    evidence = shipped_evidence()

    def cited(claim_id: str) -> tuple[str, ...]:
        return next(c for c in evidence.claims if c.id == claim_id).references

    # time to exhaustion (+21 %) is Støren 2008's, not the triathlon study's
    assert cited("heavy-squats-exhaustion") == ("storen2008",)
    # the 5 % economy gain came from heavy two-leg half-squats, and the page says so
    economy = next(c for c in evidence.claims if c.id == "heavy-squats-economy")
    assert "two-leg half-squats" in economy.text and "5 %" in economy.text
    # no weight gain: the two trials that measured it
    assert {"storen2008", "luckin2021"} <= set(cited("no-weight-gain"))
    # the hip trial improved the single-leg squat, not running
    hip = next(c for c in evidence.claims if c.id == "hip-program-squat-not-running")
    assert hip.references == ("willy2011",) and "did not change how they ran" in hip.text
    # the shin-rotation study is a model and shows nothing about strength training
    shin = next(c for c in evidence.claims if c.id == "shin-rotation-from-above")
    assert shin.support is Support.MODEL and "does not show" in shin.text
    # the plyometric study: jumping, and no change in its elastic-return measures
    plyo = next(c for c in evidence.claims if c.id == "plyometrics-economy")
    assert "jumping" in plyo.text and "did not change" in plyo.text
    assert "stiffness" not in evidence_page().split("## References")[0]
    # the review is the 2018 volume 36(6)
    assert "(2018)" in evidence.reference("alcaraz2018").citation


def test_the_page_has_the_caution_and_only_cited_claims() -> None:
    page = evidence_page()
    assert page.index("Pain is a reason to stop") < page.index("## Running is")
    assert "physiotherapist decides" in page
    body = page.split("## References")[0]
    # every citation marker on the page belongs to a claim line rendered from the data
    markers = re.findall(r"\*\*\[[\d, ]+\]\*\*", body)
    assert len(markers) == len(shipped_evidence().claims)
    # the template carries no citations of its own: all of them come from claims.toml
    assert "doi.org" not in body and "et al." not in body


def test_every_split_stance_share_is_a_cited_claim() -> None:
    evidence = shipped_evidence()
    sources = {e.body_mass_source for e in builtin_exercises() if e.body_mass_source}
    assert sources and sources <= {r for c in evidence.claims for r in c.references}


# --- The rules, on made-up data --------------------------------------------------------------


def test_a_claim_without_a_reference_is_refused() -> None:
    with pytest.raises(EvidenceError, match="names no reference"):
        _parse([_ref("a")], [_claim("c", [])])


def test_a_claim_naming_an_unknown_reference_is_refused() -> None:
    with pytest.raises(EvidenceError, match=r"unknown references \['b'\]"):
        _parse([_ref("a")], [_claim("c", ["a", "b"])])


def test_a_reference_that_supports_nothing_is_reported() -> None:
    evidence = _parse([_ref("a"), _ref("b")], [_claim("c", ["a"])])
    assert evidence.unsupported() == ("b",)
    assert evidence.unsupported(also_cited=["b"]) == ()


def test_a_claim_cannot_claim_more_support_than_its_references_give() -> None:
    with pytest.raises(EvidenceError, match="not the design of any of its references"):
        _parse([_ref("a", "model")], [_claim("c", ["a"], support="trial")])
    with pytest.raises(EvidenceError, match="strongest reference's, 'trial'"):
        _parse([_ref("a", "trial"), _ref("b", "review")], [_claim("c", ["a", "b"], "review")])


def test_the_page_numbers_references_in_citation_order_and_labels_strength() -> None:
    evidence = _parse([_ref("a"), _ref("b", "review")],
                      [_claim("c1", ["b"], "review"), _claim("c2", ["a", "b"])])
    page = render_page("{{caution}}\n{{claims:performance}}\n{{references}}", evidence)
    assert page.splitlines()[0] == "> **Stop.**"
    assert "- A finding. **[1]** *(review: runners)*" in page
    assert "- A finding. **[2, 1]** *(training trial: runners)*" in page
    assert page.index("**1.** b (2020)") < page.index("**2.** a (2020)")


def test_a_section_left_off_the_page_is_an_error() -> None:
    evidence = _parse([_ref("a")], [_claim("c", ["a"], section="injury")])
    with pytest.raises(EvidenceError, match="never shows the claims of injury"):
        render_page("{{references}}", evidence)
    with pytest.raises(EvidenceError, match="Unknown placeholder"):
        render_page("{{claims:injury}} {{oops}}", evidence)
