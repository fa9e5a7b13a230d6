"""The people who train: stored athletes, as the domain's `AthleteInfo`.

The rules for names (length, uniqueness ignoring case) are the domain's
(`app.domain.athletes`); this module checks them against the stored rows
inside the writing transaction.
"""

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.athletes import (
    AthleteInfo,
    check_name_free,
    clean_athlete_name,
    free_name,
    home_athlete,
    name_taken,
)
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import AthleteRow


def info(row: AthleteRow) -> AthleteInfo:
    """An athlete row as the domain's value."""
    return AthleteInfo(id=row.id, name=row.name, is_demo=row.is_demo)


def all_athletes(session: Session) -> list[AthleteInfo]:
    """Every athlete in an open unit of work, in the order they were added."""
    return [info(row) for row in session.scalars(select(AthleteRow).order_by(AthleteRow.id))]


def create_athlete(db: Database, name: str, *, is_demo: bool = False) -> AthleteInfo:
    """Add an athlete; the name is trimmed and must be non-empty, ≤ 60 characters and unique."""
    try:
        with db.session() as session:
            row = AthleteRow(name=check_name_free(name, all_athletes(session)), is_demo=is_demo)
            session.add(row)
            session.flush()
            return info(row)
    except IntegrityError:
        # Two kiosks adding the same name at the same moment: the table's unique
        # name lets one in and refuses the other, who gets the usual sentence.
        raise name_taken(clean_athlete_name(name)) from None


def ensure_home_athlete(db: Database, default_name: str) -> AthleteInfo:
    """The domain's home athlete, created on first start (in the same transaction).

    If `default_name` is already used (by the demo athlete, say), a number is
    appended rather than failing the first start.
    """
    with db.session() as session:
        athletes = all_athletes(session)
        home = home_athlete(athletes)
        if home is not None:
            return home
        row = AthleteRow(name=free_name(default_name, athletes), is_demo=False)
        session.add(row)
        session.flush()
        return info(row)


def rename_athlete(db: Database, athlete_id: int, new_name: str) -> AthleteInfo:
    """Give an athlete a new name (trimmed, non-empty, ≤ 60 characters, unique)."""
    with db.session() as session:
        row = session.get(AthleteRow, athlete_id)
        if row is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        row.name = check_name_free(new_name, all_athletes(session), except_id=row.id)
        return info(row)


def list_athletes(db: Database) -> list[AthleteInfo]:
    """Every athlete, in the order they were added."""
    with db.session() as session:
        return all_athletes(session)


def get_athlete_by_name(db: Database, name: str) -> AthleteInfo | None:
    """The athlete with this name (ignoring case and extra spaces), or None."""
    wanted = " ".join(name.split()).casefold()
    return next((a for a in list_athletes(db) if a.name.casefold() == wanted), None)
