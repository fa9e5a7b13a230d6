"""The people who train: one home athlete on first start, more (and a demo) later."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ValidationError
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import AthleteRow

MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class AthleteInfo:
    """An athlete as the UI sees it: plain values, no database session attached."""

    id: int
    name: str
    is_demo: bool


def _info(row: AthleteRow) -> AthleteInfo:
    return AthleteInfo(id=row.id, name=row.name, is_demo=row.is_demo)


def clean_athlete_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("The athlete's name cannot be empty.")
    if not cleaned.isprintable():
        raise ValidationError("The athlete's name cannot contain control characters.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"The athlete's name must be {MAX_NAME_LENGTH} characters or fewer "
            f"(got {len(cleaned)})."
        )
    return cleaned


def _name_taken(rows: list[AthleteRow], name: str, *, except_id: int | None = None) -> bool:
    # Compared with casefold in Python: SQLite's lower() only folds ASCII, and
    # "Åsa" and "åsa" on one machine would only confuse.
    folded = name.casefold()
    return any(row.name.casefold() == folded and row.id != except_id for row in rows)


def create_athlete(db: Database, name: str, *, is_demo: bool = False) -> AthleteInfo:
    """Add an athlete; the name is trimmed and must be non-empty, ≤ 60 characters and unique."""
    cleaned = clean_athlete_name(name)
    try:
        with db.session() as session:
            if _name_taken(list(session.scalars(select(AthleteRow))), cleaned):
                raise ValidationError(f"There is already an athlete called {cleaned!r}.")
            row = AthleteRow(name=cleaned, is_demo=is_demo)
            session.add(row)
            session.flush()
            return _info(row)
    except IntegrityError:
        # Two kiosks adding the same name at the same moment: the table's unique
        # name lets one in and refuses the other, who gets the usual sentence.
        raise ValidationError(f"There is already an athlete called {cleaned!r}.") from None


def ensure_home_athlete(db: Database, default_name: str) -> AthleteInfo:
    """The athlete the app opens with: the oldest non-demo one, created on first start.

    If `default_name` is already used (by the demo athlete, say), a number is
    appended rather than failing the first start.
    """
    base = clean_athlete_name(default_name)
    with db.session() as session:
        rows = list(session.scalars(select(AthleteRow).order_by(AthleteRow.id)))
        for row in rows:
            if not row.is_demo:
                return _info(row)
        name, suffix = base, 2
        while _name_taken(rows, name):
            name, suffix = f"{base} ({suffix})", suffix + 1
        row = AthleteRow(name=name, is_demo=False)
        session.add(row)
        session.flush()
        return _info(row)


def rename_athlete(db: Database, athlete_id: int, new_name: str) -> AthleteInfo:
    """Give an athlete a new name (trimmed, non-empty, ≤ 60 characters, unique)."""
    cleaned = clean_athlete_name(new_name)
    with db.session() as session:
        row = session.get(AthleteRow, athlete_id)
        if row is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        if _name_taken(list(session.scalars(select(AthleteRow))), cleaned, except_id=row.id):
            raise ValidationError(f"There is already an athlete called {cleaned!r}.")
        row.name = cleaned
        return _info(row)


def list_athletes(db: Database) -> list[AthleteInfo]:
    """Every athlete, in the order they were added."""
    with db.session() as session:
        return [_info(row) for row in session.scalars(select(AthleteRow).order_by(AthleteRow.id))]


def get_athlete_by_name(db: Database, name: str) -> AthleteInfo | None:
    """The athlete with this name (ignoring case and extra spaces), or None."""
    wanted = " ".join(name.split()).casefold()
    return next((a for a in list_athletes(db) if a.name.casefold() == wanted), None)
