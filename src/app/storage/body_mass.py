"""An athlete's dated body-mass entries (optional): one per day, newest wins."""

from datetime import date

from sqlalchemy import delete, select

from app.domain.body_mass import BodyMassEntry, check_body_mass
from app.storage.database import Database
from app.storage.models import BodyMassRow


def body_mass_entries(db: Database, athlete_id: int) -> list[BodyMassEntry]:
    """Every body-mass entry of the athlete, oldest day first."""
    query = (select(BodyMassRow.measured_on, BodyMassRow.mass_kg)
             .where(BodyMassRow.athlete_id == athlete_id)
             .order_by(BodyMassRow.measured_on))
    with db.session() as session:
        return [BodyMassEntry(day, kg) for day, kg in session.execute(query)]


def record_body_mass(db: Database, athlete_id: int, day: date, kg: float) -> BodyMassEntry:
    """Store the athlete's body mass for `day`, replacing that day's entry if there is one.

    `ValidationError` (nothing written) for a mass outside 25–300 kg.
    """
    entry = BodyMassEntry(day, check_body_mass(kg))
    with db.session() as session:
        row = session.scalar(select(BodyMassRow).where(
            BodyMassRow.athlete_id == athlete_id, BodyMassRow.measured_on == day))
        if row is None:
            session.add(BodyMassRow(athlete_id=athlete_id, measured_on=day, mass_kg=entry.kg))
        else:
            row.mass_kg = entry.kg
    return entry


def delete_body_mass(db: Database, athlete_id: int, day: date) -> bool:
    """Remove the athlete's entry for `day`; False when there was none."""
    with db.session() as session:
        gone = session.scalars(delete(BodyMassRow).where(
            BodyMassRow.athlete_id == athlete_id, BodyMassRow.measured_on == day,
        ).returning(BodyMassRow.id)).all()
        return bool(gone)
