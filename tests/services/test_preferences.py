"""An athlete's training preferences: kept with them, checked, changed one key at a time."""

import pytest

from app.domain import preferences as prefs
from app.domain.errors import ValidationError
from app.domain.preferences import TrainingPreferences
from app.domain.session import CountingMode
from app.domain.units import Unit
from app.services.preferences import carry_over, preferences, set_preference
from app.storage.athletes import create_athlete
from app.storage.database import Database


def test_each_athlete_has_their_own(database: Database) -> None:
    ida, ola = create_athlete(database, "Ida").id, create_athlete(database, "Ola").id
    changed = set_preference(database, ida, prefs.COUNTING_MODE, CountingMode.MANUAL)
    assert changed.changes.preferences == {prefs.COUNTING_MODE}
    set_preference(database, ida, prefs.UNIT, "lb")
    assert preferences(database, ida).counting_mode is CountingMode.MANUAL
    assert preferences(database, ida).unit is Unit.LB
    assert preferences(database, ola) == TrainingPreferences()


def test_setting_the_same_value_changes_nothing(database: Database) -> None:
    ida = create_athlete(database, "Ida").id
    assert not set_preference(database, ida, prefs.UNIT, Unit.KG).changes.any


def test_a_refused_value_names_the_field(database: Database) -> None:
    ida = create_athlete(database, "Ida").id
    with pytest.raises(ValidationError, match="The count-in must be a whole number"):
        set_preference(database, ida, prefs.COUNT_IN, 30)
    with pytest.raises(ValidationError, match="no preference called 'colour'"):
        set_preference(database, ida, "colour", "red")


def test_old_settings_carry_over_once_and_never_over_a_stored_choice(
    database: Database,
) -> None:
    ida = create_athlete(database, "Ida").id
    set_preference(database, ida, prefs.UNIT, Unit.KG)
    outcome = carry_over(database, ida, {
        prefs.UNIT: "lb", prefs.REST_BETWEEN_SETS: 120, prefs.COUNT_IN: 99, "volume": 30,
    })
    assert outcome.changes.preferences == {prefs.REST_BETWEEN_SETS}
    stored = preferences(database, ida)
    assert (stored.unit, stored.rest_between_sets_s, stored.count_in_s) == (Unit.KG, 120, 3)
    assert not carry_over(database, ida, {}).changes.any
