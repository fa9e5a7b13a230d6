"""Body mass over time and the share of it each exercise puts on the working leg."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.body_mass import BodyMassEntry, BodyMassLog, body_mass_carry_kg, check_body_mass
from app.domain.errors import ValidationError
from app.domain.records import combined_form, legacy_form_answers
from app.library import builtin_exercises


def test_the_mass_on_a_day_is_the_latest_entry_on_or_before_it() -> None:
    log = BodyMassLog([BodyMassEntry(date(2025, 3, 1), 70.0),
                       BodyMassEntry(date(2025, 1, 1), 72.0)])
    assert log.on(date(2025, 2, 15)) == 72.0
    assert log.on(date(2025, 3, 1)) == 70.0
    assert log.on(date(2025, 6, 1)) == 70.0
    # before the first weigh-in the first entry stands in, so charts do not jump
    assert log.on(date(2024, 12, 1)) == 72.0
    assert log.latest() == BodyMassEntry(date(2025, 3, 1), 70.0)
    assert BodyMassLog([]).on(date(2025, 1, 1)) is None and not BodyMassLog([])


@pytest.mark.parametrize("kg", [0.0, 24.9, 300.1, float("nan")])
def test_an_implausible_body_mass_is_refused(kg: float) -> None:
    with pytest.raises(ValidationError, match="between 25 and 300 kg"):
        check_body_mass(kg)


def test_the_body_mass_part_of_the_load_per_exercise() -> None:
    library = {e.id: e for e in builtin_exercises()}
    # one foot on the ground: all of a 70 kg athlete
    assert body_mass_carry_kg(library["single-leg-squat"], 70.0) == 70.0
    # rear foot on a bench: the front foot carries 84 % → 58.8 kg
    assert body_mass_carry_kg(library["rear-foot-elevated-split-squat"], 70.0) == \
        pytest.approx(58.8)
    # reverse lunge: about 75 % → 52.5 kg
    assert body_mass_carry_kg(library["reverse-lunge"], 70.0) == pytest.approx(52.5)
    # unknown body mass: unknown; a user's exercise without a share: external load only
    assert body_mass_carry_kg(library["single-leg-squat"], None) is None
    custom = replace(library["single-leg-squat"], body_mass_share=None)
    assert body_mass_carry_kg(custom, 70.0) == 0.0


@pytest.mark.parametrize(
    ("knee", "hips", "verdict"),
    [(True, True, True), (True, False, False), (None, False, False), (True, None, None),
     (None, None, None)],
)
def test_two_form_answers_make_one_verdict(knee, hips, verdict) -> None:
    assert combined_form(knee, hips) is verdict


def test_the_old_single_form_check_becomes_two_answers() -> None:
    # the old log had the check ticked already: "yes" was the default, so "not answered";
    # "no" was an answer without saying which, so "no" on both
    assert legacy_form_answers(True) == (None, None)
    assert legacy_form_answers(None) == (None, None)
    assert legacy_form_answers(False) == (False, False)
