"""An athlete's training preferences, one row per key, as the text the domain reads.

The domain (`app.domain.preferences`) decides what each key may hold and how a
damaged value reads; this module only stores and fetches the text.
"""

from collections.abc import Mapping

from sqlalchemy import select

from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import AthletePreferenceRow, AthleteRow


def stored_preferences(db: Database, athlete_id: int) -> dict[str, str]:
    """The athlete's stored preferences by key (keys never set are absent)."""
    with db.session() as session:
        rows = session.execute(
            select(AthletePreferenceRow.key, AthletePreferenceRow.value)
            .where(AthletePreferenceRow.athlete_id == athlete_id)
        )
        return {key: value for key, value in rows}


def store_preferences(db: Database, athlete_id: int, values: Mapping[str, str]) -> None:
    """Set some of the athlete's preferences in one transaction; `NotFoundError` if no athlete."""
    with db.session() as session:
        if session.get(AthleteRow, athlete_id) is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        for key, value in values.items():
            row = session.get(AthletePreferenceRow, (athlete_id, key))
            if row is None:
                session.add(AthletePreferenceRow(athlete_id=athlete_id, key=key, value=value))
            else:
                row.value = value
