"""A gym's shared screen: its athletes' tiles, PINs and their lock-out, members, settings."""

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.athletes import AthleteInfo, KioskAthlete
from app.domain.errors import LegworkError
from app.domain.idle import DEFAULT_IDLE_TIMEOUT_S
from app.domain.lockout import PinAttempts
from app.domain.messages import message
from app.domain.transfer import ExportFormat
from app.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database

IDLE_TIMEOUT = "kiosk.idle_timeout_s"
ADMIN_PIN = "kiosk.admin_pin"


def tiles(db: "Database", search: str = "") -> list[KioskAthlete]:
    """The picker's tiles, alphabetically, optionally narrowed by a search (no demo athlete)."""
    from app.storage.kiosk import kiosk_athletes

    return kiosk_athletes(db, search)


def check_new_name(db: "Database", name: str) -> None:
    """`ValidationError` if no athlete could be added with this name (asked before the PIN)."""
    from app.storage.kiosk import check_new_athlete_name

    check_new_athlete_name(db, name)


def add_athlete(db: "Database", name: str, pin: str | None) -> Outcome[AthleteInfo]:
    """Add an athlete from the kiosk; `ValidationError` for a bad name or PIN."""
    from app.storage.kiosk import add_kiosk_athlete

    return Outcome(add_kiosk_athlete(db, name, pin), Changes(athletes=True))


def session_count(db: "Database", athlete_id: int) -> int:
    """How many sessions an athlete has logged (shown before the admin deletes them)."""
    from app.storage.kiosk import session_count as count

    return count(db, athlete_id)


def kept_history_file(folder: Path, name: str, now: datetime) -> Path:
    """Where a deleted athlete's history is kept: `<folder>/<name> <UTC time>.csv`."""
    safe = re.sub(r"[^\w .-]+", "_", name).strip(" .") or "athlete"
    return folder / f"{safe} {now.strftime('%Y-%m-%d %H%M%S')}.csv"


def delete_athlete(db: "Database", athlete_id: int, keep_in: Path,
                   now: datetime) -> Outcome[Path]:
    """Keep the athlete's history in a CSV file in `keep_in`, then delete them with it.

    The file is written whole first (`legwork import FILE` brings the sessions
    back, under the same name); if it cannot be written nothing is deleted and
    `LegworkError` says why. Returns the file.
    """
    from app.services.history import export_history
    from app.storage.athletes import list_athletes
    from app.storage.errors import NotFoundError
    from app.storage.kiosk import delete_athlete as remove

    athlete = next((a for a in list_athletes(db) if a.id == athlete_id), None)
    if athlete is None:
        raise NotFoundError(f"There is no athlete with id {athlete_id}.")
    kept = kept_history_file(keep_in, athlete.name, now)
    try:
        keep_in.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LegworkError(message(
            "Cannot keep a copy of the history in {folder!r}: {reason}. Nobody was deleted.",
            folder=str(keep_in), reason=error.strerror or error)) from None
    export_history(db, kept, ExportFormat.CSV, athlete_id=athlete_id)
    remove(db, athlete_id)
    return Outcome(kept, Changes(athletes=True, plans=True, sessions=True))


def set_athlete_pin(db: "Database", athlete_id: int, pin: str | None) -> Outcome[None]:
    """Give an athlete a new PIN (a forgotten one, reset by the admin) or take it away (None).

    `ValidationError` unless four digits; wrong tries so far are forgotten.
    """
    from app.storage.kiosk import set_athlete_pin as store

    store(db, athlete_id, pin)
    return Outcome(None, Changes(athletes=True))


def rename_athlete(db: "Database", athlete_id: int, name: str) -> Outcome[AthleteInfo]:
    """Rename a member; `ValidationError` (nothing changed) for an empty, long or taken name."""
    from app.services.athletes import rename_athlete as rename

    return rename(db, athlete_id, name)


def has_admin_pin(db: "Database") -> bool:
    """Whether the admin PIN has been set."""
    from app.storage.kiosk import has_admin_pin as stored

    return stored(db)


def set_admin_pin(db: "Database", pin: str) -> Outcome[None]:
    """Set or change the admin PIN; `ValidationError` unless four digits."""
    from app.storage.kiosk import set_admin_pin as store

    store(db, pin)
    return Outcome(None, Changes(preferences=frozenset({ADMIN_PIN})))


def admin_pin_attempts(db: "Database") -> PinAttempts:
    """Wrong admin PINs in a row and any lock-out, as stored."""
    from app.storage.kiosk import ADMIN_PIN_OWNER, pin_attempts

    return pin_attempts(db, ADMIN_PIN_OWNER)


def athlete_pin_attempts(db: "Database", athlete_id: int) -> PinAttempts:
    """Wrong PINs in a row for this athlete and any lock-out, as stored."""
    from app.storage.kiosk import athlete_pin_owner, pin_attempts

    return pin_attempts(db, athlete_pin_owner(athlete_id))


def check_admin_pin(db: "Database", pin: str, now: datetime) -> bool:
    """Whether `pin` is the admin PIN, counted in the stored lock-out.

    `LockedOutError` (nothing checked) while five wrong PINs keep entry locked.
    """
    from app.storage.kiosk import ADMIN_PIN_OWNER, check_pin

    return check_pin(db, ADMIN_PIN_OWNER, pin, now)[0]


def check_athlete_pin(db: "Database", athlete_id: int, pin: str, now: datetime) -> bool:
    """Whether `pin` is this athlete's PIN, counted in their stored lock-out."""
    from app.storage.kiosk import athlete_pin_owner, check_pin

    return check_pin(db, athlete_pin_owner(athlete_id), pin, now)[0]


def idle_timeout_s(db: "Database | None") -> int:
    """Seconds without a touch before the kiosk returns to its picker (the default before a
    history is open)."""
    if db is None:
        return DEFAULT_IDLE_TIMEOUT_S
    from app.storage.kiosk import idle_timeout_s as stored

    return stored(db)


def set_idle_timeout_s(db: "Database", seconds: int) -> Outcome[int]:
    """Change the idle timeout; `ValidationError` outside 30–3600 s."""
    from app.storage.kiosk import set_idle_timeout_s as store

    store(db, seconds)
    return Outcome(seconds, Changes(preferences=frozenset({IDLE_TIMEOUT})))
