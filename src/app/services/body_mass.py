"""Body mass: read and record an athlete's dated entries (optional; used for the load carried)."""

from datetime import date
from typing import TYPE_CHECKING

from app.domain.body_mass import BodyMassEntry, BodyMassLog
from app.domain.units import Unit, to_kg
from app.services.changes import NOTHING, Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database

BODY_MASS_KEY = "body_mass"
"""The preference key a body-mass change is announced under (`Changes.preferences`)."""


def body_mass_log(db: "Database", athlete_id: int) -> BodyMassLog:
    """The athlete's body-mass entries, ready to answer "what did they weigh that day?"."""
    from app.storage.body_mass import body_mass_entries

    return BodyMassLog(body_mass_entries(db, athlete_id))


def record_body_mass(
    db: "Database", athlete_id: int, day: date, mass: float, unit: Unit = Unit.KG
) -> Outcome[BodyMassEntry]:
    """Record `mass` (in `unit`) as the athlete's body mass on `day`.

    `ValidationError`, with nothing written, for a mass outside 25–300 kg.
    """
    from app.storage.body_mass import record_body_mass as store

    entry = store(db, athlete_id, day, to_kg(mass, unit))
    return Outcome(entry, Changes(preferences=frozenset({BODY_MASS_KEY})))


def forget_body_mass(db: "Database", athlete_id: int, day: date) -> Outcome[bool]:
    """Remove the entry for `day`; the value says whether there was one."""
    from app.storage.body_mass import delete_body_mass

    removed = delete_body_mass(db, athlete_id, day)
    return Outcome(removed, Changes(preferences=frozenset({BODY_MASS_KEY})) if removed
                   else NOTHING)
