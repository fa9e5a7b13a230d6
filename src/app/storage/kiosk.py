"""What a shared gym kiosk stores: the admin PIN, athlete PINs, the idle timeout, tiles.

PINs are kept only as salted scrypt hashes (see `app.domain.pin`). The admin
PIN and the idle timeout live in the `app_setting` table, inside the database
they guard, so a kiosk can be provisioned over a remote shell. Wrong PINs and
lock-outs live in `pin_attempts` (see `app.domain.lockout`), so they outlast
a restart and are shared by every kiosk on one server.
"""

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.athletes import AthleteInfo, KioskAthlete, check_name_free
from app.domain.idle import DEFAULT_IDLE_TIMEOUT_S, validate_idle_timeout
from app.domain.lockout import PinAttempts
from app.domain.pin import hash_pin, verify_pin
from app.storage.athletes import all_athletes, create_athlete
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import AppSettingRow, AthleteRow, PinAttemptsRow, TrainingSessionRow

ADMIN_PIN_KEY = "kiosk.admin_pin"
IDLE_TIMEOUT_KEY = "kiosk.idle_timeout_s"
ADMIN_PIN_OWNER = "admin"
"""The `pin_attempts` key of the admin PIN; an athlete's is `athlete_pin_owner(id)`."""


def athlete_pin_owner(athlete_id: int) -> str:
    """The `pin_attempts` key of one athlete's PIN."""
    return f"athlete:{athlete_id}"


def _read(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(AppSettingRow, key)
        return None if row is None else row.value


def _write(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        _write_in(session, key, value)


def _write_in(session: Session, key: str, value: str) -> None:
    row = session.get(AppSettingRow, key)
    if row is None:
        session.add(AppSettingRow(key=key, value=value))
    else:
        row.value = value


def has_admin_pin(db: Database) -> bool:
    """Whether the kiosk's admin PIN has been set (it is asked for on the first kiosk start)."""
    return _read(db, ADMIN_PIN_KEY) is not None


def set_admin_pin(db: Database, pin: str) -> None:
    """Set or replace the admin PIN (wrong tries forgotten); `ValidationError` unless 4 digits."""
    stored = hash_pin(pin)
    with db.session() as session:
        _write_in(session, ADMIN_PIN_KEY, stored)
        _forget_attempts(session, ADMIN_PIN_OWNER)


def _forget_attempts(session: Session, owner: str) -> None:
    session.execute(delete(PinAttemptsRow).where(PinAttemptsRow.pin == owner))


def verify_admin_pin(db: Database, pin: str) -> bool:
    """Whether `pin` is the admin PIN; always False while none is set."""
    stored = _read(db, ADMIN_PIN_KEY)
    return stored is not None and verify_pin(pin, stored)


def idle_timeout_s(db: Database) -> int:
    """Seconds without a touch before the kiosk returns to the picker (90 unless changed).

    A missing or damaged value reads as the default: a kiosk must always start.
    """
    stored = _read(db, IDLE_TIMEOUT_KEY)
    try:
        return validate_idle_timeout(int(stored or ""))
    except ValueError:
        return DEFAULT_IDLE_TIMEOUT_S


def set_idle_timeout_s(db: Database, seconds: int) -> None:
    """Change the idle timeout; `ValidationError` outside 30–3600 seconds."""
    _write(db, IDLE_TIMEOUT_KEY, str(validate_idle_timeout(seconds)))


def _athlete_row(session: Session, athlete_id: int) -> AthleteRow:
    row = session.get(AthleteRow, athlete_id)
    if row is None:
        raise NotFoundError(f"There is no athlete with id {athlete_id}.")
    return row


def set_athlete_pin(db: Database, athlete_id: int, pin: str | None) -> None:
    """Guard an athlete's screens with a four-digit PIN, or remove the guard with None.

    A new PIN (or none) starts with a clean slate: earlier wrong tries and a
    lock-out are forgotten.
    """
    stored = None if pin is None else hash_pin(pin)
    with db.session() as session:
        _athlete_row(session, athlete_id).pin_hash = stored
        _forget_attempts(session, athlete_pin_owner(athlete_id))


def session_count(db: Database, athlete_id: int) -> int:
    """How many sessions an athlete has (the admin sees it before deleting them)."""
    with db.session() as session:
        _athlete_row(session, athlete_id)
        return int(session.scalar(
            select(func.count()).select_from(TrainingSessionRow)
            .where(TrainingSessionRow.athlete_id == athlete_id)) or 0)


def athlete_has_pin(db: Database, athlete_id: int) -> bool:
    """Whether picking this athlete asks for a PIN."""
    with db.session() as session:
        return _athlete_row(session, athlete_id).pin_hash is not None


def verify_athlete_pin(db: Database, athlete_id: int, pin: str) -> bool:
    """Whether `pin` is this athlete's PIN; False when they have none (nothing to match)."""
    with db.session() as session:
        stored = _athlete_row(session, athlete_id).pin_hash
    return stored is not None and verify_pin(pin, stored)


def pin_attempts(db: Database, owner: str) -> PinAttempts:
    """Wrong PINs in a row and any lock-out for one PIN (`ADMIN_PIN_OWNER` or an athlete's)."""
    with db.session() as session:
        row = session.get(PinAttemptsRow, owner)
        return PinAttempts() if row is None else PinAttempts(row.wrong, row.locked_until)


def check_pin(db: Database, owner: str, pin: str, now: datetime) -> tuple[bool, PinAttempts]:
    """Check `pin` against the owner's stored PIN and count the outcome, in one transaction.

    Raises `LockedOutError` (nothing checked, nothing counted) while entry is
    locked. Returns whether the PIN was right and the attempts after it. The
    row is read for update, so two kiosks guessing at once both count.
    """
    with db.session() as session:
        row = session.get(PinAttemptsRow, owner, with_for_update=True)
        attempts = PinAttempts() if row is None else PinAttempts(row.wrong, row.locked_until)
        attempts.check_open(now)
        if owner == ADMIN_PIN_OWNER:
            stored = session.get(AppSettingRow, ADMIN_PIN_KEY)
            hashed = None if stored is None else stored.value
        else:
            hashed = _athlete_row(session, int(owner.split(":", 1)[1])).pin_hash
        correct = hashed is not None and verify_pin(pin, hashed)
        attempts = attempts.after(correct, now)
        if row is None:
            session.add(PinAttemptsRow(pin=owner, wrong=attempts.wrong,
                                       locked_until=attempts.locked_until))
        else:
            row.wrong, row.locked_until = attempts.wrong, attempts.locked_until
        return correct, attempts


def check_new_athlete_name(db: Database, name: str) -> None:
    """Raise `ValidationError` if `add_kiosk_athlete` would refuse this name (empty, long, taken).

    The kiosk asks before it asks for a PIN, so nobody types a PIN twice for nothing.
    """
    with db.session() as session:
        check_name_free(name, all_athletes(session))


def add_kiosk_athlete(db: Database, name: str, pin: str | None = None) -> AthleteInfo:
    """Add an athlete from the kiosk, with an optional PIN.

    The PIN is checked before anything is written, so a bad PIN leaves no
    athlete behind.
    """
    stored = None if pin is None else hash_pin(pin)
    athlete = create_athlete(db, name)
    if stored is not None:
        with db.session() as session:
            _athlete_row(session, athlete.id).pin_hash = stored
    return athlete


def kiosk_athletes(db: Database, search: str = "") -> list[KioskAthlete]:
    """Athletes for the picker, alphabetically, with their latest session's start.

    `search` keeps names containing it (ignoring case and extra spaces). The
    demo athlete is left out: a shared screen is for real people.
    """
    last = (
        select(
            TrainingSessionRow.athlete_id.label("athlete_id"),
            func.max(TrainingSessionRow.started_at).label("started_at"),
        )
        .group_by(TrainingSessionRow.athlete_id)
        .subquery()
    )
    query = (
        select(AthleteRow, last.c.started_at)
        .outerjoin(last, last.c.athlete_id == AthleteRow.id)
        .where(AthleteRow.is_demo.is_(False))
    )
    wanted = " ".join(search.split()).casefold()
    with db.session() as session:
        rows = [
            KioskAthlete(
                id=row.id,
                name=row.name,
                has_pin=row.pin_hash is not None,
                last_session=started,
            )
            for row, started in session.execute(query)
        ]
    # Matched and sorted in Python: SQLite's lower() only folds ASCII letters.
    return sorted(
        (a for a in rows if wanted in a.name.casefold()), key=lambda a: a.name.casefold()
    )


def delete_athlete(db: Database, athlete_id: int) -> None:
    """Remove an athlete with their plans, sessions and sets (the kiosk admin's choice).

    The last remaining athlete may be deleted too: the kiosk picker then
    simply offers "New athlete".
    """
    with db.session() as session:
        session.delete(_athlete_row(session, athlete_id))
        _forget_attempts(session, athlete_pin_owner(athlete_id))
