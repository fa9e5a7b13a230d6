"""Body mass in the database: dated entries per athlete, one per day, nothing else touched."""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.units import Unit
from app.services.body_mass import BODY_MASS_KEY, body_mass_log, forget_body_mass, record_body_mass
from app.storage.athletes import create_athlete
from app.storage.database import Database


def test_entries_are_dated_per_athlete_and_a_day_is_replaced(database: Database) -> None:
    ana, ben = create_athlete(database, "Ana"), create_athlete(database, "Ben")
    outcome = record_body_mass(database, ana.id, date(2025, 3, 1), 61.0)
    assert outcome.changes.preferences == {BODY_MASS_KEY}
    record_body_mass(database, ana.id, date(2025, 1, 1), 62.0)
    record_body_mass(database, ana.id, date(2025, 3, 1), 60.5)  # the same day again: replaced
    record_body_mass(database, ben.id, date(2025, 3, 1), 80.0)
    log = body_mass_log(database, ana.id)
    assert [(e.day, e.kg) for e in log.entries] == [(date(2025, 1, 1), 62.0),
                                                    (date(2025, 3, 1), 60.5)]
    assert log.on(date(2025, 2, 1)) == 62.0
    assert body_mass_log(database, ben.id).on(date(2025, 3, 2)) == 80.0


def test_pounds_are_stored_in_kilograms(database: Database) -> None:
    ana = create_athlete(database, "Ana")
    entry = record_body_mass(database, ana.id, date(2025, 3, 1), 150.0, Unit.LB).value
    assert entry.kg == pytest.approx(68.0388555)


def test_an_implausible_mass_is_refused_and_nothing_is_written(database: Database) -> None:
    ana = create_athlete(database, "Ana")
    with pytest.raises(ValidationError, match="between 25 and 300 kg"):
        record_body_mass(database, ana.id, date(2025, 3, 1), 7.0)
    assert not body_mass_log(database, ana.id)


def test_an_entry_can_be_taken_back(database: Database) -> None:
    ana = create_athlete(database, "Ana")
    record_body_mass(database, ana.id, date(2025, 3, 1), 61.0)
    assert forget_body_mass(database, ana.id, date(2025, 3, 1)).value
    gone = forget_body_mass(database, ana.id, date(2025, 3, 1))
    assert not gone.value and not gone.changes.any
    assert not body_mass_log(database, ana.id)
