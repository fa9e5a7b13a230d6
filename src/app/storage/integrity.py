"""Checking a database file before anything writes to it, and moving a damaged one aside.

Runs on every open with the standard library's `sqlite3` through a
read-only connection, before SQLAlchemy touches the file: `PRAGMA
quick_check` normally, the full `integrity_check` when the previous session
did not close cleanly. A damaged file is renamed with a timestamp, together
with its -wal and -shm files, exactly as it was; it is never written to and
never deleted.
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.backup_policy import utc_stamp
from app.domain.errors import LegworkError
from app.paths import backups_dir
from app.storage.writer_lock import live_holder, process_is_running

SQLITE_MAGIC = b"SQLite format 3\x00"
OPEN_MARKER_SUFFIX = ".open"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


class DamagedDatabaseError(LegworkError):
    """The database file failed its integrity check; it has been moved aside.

    `moved_to` is where the damaged file now is (None only when another
    Legwork process had it open, so it was left in place).
    """

    def __init__(self, message: str, database: Path, moved_to: Path | None) -> None:
        super().__init__(message)
        self.database = database
        self.moved_to = moved_to


@dataclass(frozen=True)
class CheckResult:
    """What an integrity check found: no problems means the file is sound."""

    full: bool
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.problems


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header (a damaged database usually still does)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_file(path: Path, *, full: bool = False) -> CheckResult:
    """Run `quick_check` (or `integrity_check` with `full`) on the file, read-only.

    Damage the check reports, and errors SQLite raises because the file is
    corrupt, become problems; any other failure (no permission, a lock held
    too long) propagates as `sqlite3.Error`, since it says nothing about damage.
    """
    pragma = "integrity_check" if full else "quick_check"
    # mode=ro: checking must not write, not even a WAL checkpoint on close.
    uri = f"{path.absolute().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") in _DAMAGE_CODES:
            return CheckResult(full=full, problems=(str(exc),))
        raise
    problems = tuple(str(row[0]) for row in rows if str(row[0]) != "ok")
    return CheckResult(full=full, problems=problems)


def companions(path: Path) -> list[Path]:
    """The database's side files (-wal, -shm, -journal) that exist right now."""
    candidates = (path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)
    return [candidate for candidate in candidates if candidate.exists()]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database to ``<name>.damaged-<UTC stamp>``, with its side files.

    Renaming keeps every byte as it was (and on the same disk, so it cannot
    fail half-way for lack of space). Side files keep their suffix after the
    new name, so SQLite still pairs them if someone opens the copy.
    """
    stamp = utc_stamp(now or datetime.now(UTC))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    # Side files first: if the main file's rename failed, the database would
    # still be whole where it was.
    for side in companions(path):
        os.replace(side, target.with_name(target.name + side.name[len(path.name) :]))
    os.replace(path, target)
    return target


def marker_path(path: Path) -> Path:
    """The marker that says the database is open: ``<database>.open``."""
    return path.with_name(path.name + OPEN_MARKER_SUFFIX)


def _marker_owner_alive(marker: Path) -> bool:
    text = marker.read_text(encoding="utf-8").strip()
    if not text.isdigit():
        return False
    pid = int(text)
    # Elsewhere than POSIX another pid cannot be asked about cheaply, and the
    # price of guessing "crashed" is only the slower full check.
    return pid == os.getpid() or (os.name == "posix" and process_is_running(pid))


def closed_cleanly(path: Path) -> bool:
    """False when a marker shows the last process using the file died without closing it."""
    try:
        return _marker_owner_alive(marker_path(path))
    except FileNotFoundError:
        return True
    except OSError:
        return False


def mark_open(path: Path) -> None:
    """Leave the open marker, unless a running process (an open app) already left one."""
    marker = marker_path(path)
    try:
        if _marker_owner_alive(marker):
            return
    except OSError:
        pass
    marker.write_text(f"{os.getpid()}\n", encoding="utf-8")


def mark_closed(path: Path) -> None:
    """Remove the open marker if this process left it."""
    marker = marker_path(path)
    try:
        if marker.read_text(encoding="utf-8").strip() == str(os.getpid()):
            marker.unlink()
    except OSError:
        return


def damage_message(path: Path, moved_to: Path | None, problem: str) -> str:
    """Plain words for a damaged database: what happened, where the copy is, what next."""
    backups = backups_dir(path)
    if moved_to is None:
        return (
            f"Your Legwork database {path} is damaged ({problem}). Another Legwork window "
            "has it open, so it was left where it is: close Legwork, then run "
            "`legwork check` to move it aside."
        )
    return (
        f"Your Legwork database {path} is damaged ({problem}), so Legwork did not write to "
        f"it. It has been moved aside, unchanged, to {moved_to}. Restore your newest backup "
        f"(File → Restore from backup…, or `legwork restore FILE` with a file from {backups}), "
        "or start with a fresh database."
    )


def guard_database(path: Path, *, full: bool | None = None) -> CheckResult | None:
    """Check the database before opening it; move it aside and raise if it is damaged.

    `full=None` chooses: the full check after an unclean shutdown, the quick
    one otherwise. Returns None for a missing, empty or non-SQLite file
    (which the schema check reports on), else the passing result. Raises
    `DamagedDatabaseError` after moving a damaged file aside.
    """
    if not path.exists() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        return None
    result = check_file(path, full=not closed_cleanly(path) if full is None else full)
    if result.ok:
        return result
    problem = result.problems[0]
    if live_holder(path) is not None:
        raise DamagedDatabaseError(damage_message(path, None, problem), path, None)
    moved_to = move_aside(path)
    marker_path(path).unlink(missing_ok=True)
    raise DamagedDatabaseError(damage_message(path, moved_to, problem), path, moved_to)
