"""Backups of the database: made with SQLite's online backup API, checked, thinned, restored.

A PostgreSQL server is backed up by its own tools (`pg_dump`, base backups);
`backup_server_database` adds a portable Legwork SQLite file of its whole
history, which `legwork copy` can put back into an empty database of either kind.

A backup is a complete, standalone SQLite file (rollback journal, no -wal)
in the `backups/` folder beside the database, named
``legwork-<UTC stamp>[-<reason>].db``. SQLite's backup API copies a
consistent snapshot even while the app has the database open. Each backup
is checked (integrity, schema revision, row counts) before it gets its
final name, so a half-written or damaged copy never looks like a backup. A
backup killed half-way leaves its part-file (``.legwork-….partial``): it is
never counted as a backup, and the next backup (or `legwork check`) removes it
once it is a minute old (`remove_stale_part_files`).
"""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.backup_policy import (
    REASON_AFTER_SESSION,
    REASON_BEFORE_RESTORE,
    REASON_BEFORE_UPGRADE,
    REASON_MANUAL,
    BackupInfo,
    RetentionPolicy,
    automatic_backup_due,
    backup_file_name,
    backups_to_keep,
    is_part_file_name,
    parse_backup_name,
    part_file_is_stale,
)
from app.domain.errors import LegworkError
from app.files import written_whole
from app.paths import backups_dir
from app.storage.integrity import (
    check_file,
    companions,
    connect_read_only,
    looks_like_sqlite,
    move_aside,
)
from app.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "REASON_AFTER_SESSION",
    "REASON_BEFORE_RESTORE",
    "REASON_BEFORE_UPGRADE",
    "REASON_MANUAL",
    "BackupError",
    "BackupInfo",
    "backup_and_thin",
    "backup_if_due",
    "backup_server_database",
    "create_backup",
    "describe",
    "list_backups",
    "newest_backup_time",
    "newest_good_backup",
    "recovery_advice",
    "remove_stale_part_files",
    "restore_backup",
    "thin_backups",
    "verify_backup",
]


class BackupError(LegworkError):
    """A backup that cannot be made, read or restored, with the reason in plain words."""


def _created_at(path: Path) -> tuple[datetime, str]:
    parsed = parse_backup_name(path.name)
    if parsed is not None:
        return parsed
    return datetime.fromtimestamp(path.stat().st_mtime, UTC), ""


def describe(path: Path, *, full_check: bool = False) -> BackupInfo:
    """Read a backup's revision and counts; with `full_check`, run `integrity_check` first.

    Never raises for a bad file: the reason is in `problem`.
    """
    created_at, reason = _created_at(path)
    size = path.stat().st_size

    def unusable(problem: str) -> BackupInfo:
        return BackupInfo(path, created_at, reason, None, None, None, size, problem)

    if not looks_like_sqlite(path):
        return unusable("not a SQLite database")
    try:
        if full_check:
            result = check_file(path, full=True)
            if not result.ok:
                return unusable(f"damaged: {result.problems[0]}")
        with connect_read_only(path) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            sessions = conn.execute("SELECT count(*) FROM training_session").fetchone()[0]
            sets = conn.execute("SELECT count(*) FROM set_entry").fetchone()[0]
    except sqlite3.Error as exc:
        return unusable(f"not a readable Legwork database ({exc})")
    if revision is None:
        return unusable("it has no schema version")
    info = BackupInfo(path, created_at, reason, str(revision[0]), sessions, sets, size)
    if info.revision not in KNOWN_REVISIONS:
        return BackupInfo(
            path, created_at, reason, info.revision, sessions, sets, size,
            f"made by a newer Legwork (schema {info.revision!r}; this version reads up to "
            f"{HEAD_REVISION!r})",
        )
    return info


def verify_backup(path: Path) -> BackupInfo:
    """The backup's description after a full check; `BackupError` if it cannot be restored."""
    if not path.is_file():
        raise BackupError(f"There is no backup file at {path}.")
    info = describe(path, full_check=True)
    if info.problem is not None:
        raise BackupError(f"{path} cannot be used as a backup: {info.problem}.")
    return info


def _copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of `source` into the new file `target` (rollback journal)."""
    with connect_read_only(source) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        # A backup is one self-contained file: no -wal to lose when copying it.
        dst.execute("PRAGMA journal_mode=DELETE")


def create_backup(
    database: Path,
    destination: Path | None = None,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> BackupInfo:
    """Back up `database` to `destination` (default: a new file in its backups folder).

    The copy is checked before it is given its name; a damaged source makes
    a damaged copy, which is deleted and reported as `BackupError`.
    """
    if not database.is_file() or database.stat().st_size == 0:
        raise BackupError(f"There is no database at {database} to back up yet.")
    if destination is None:
        folder = backups_dir(database, ensure=True)
        remove_stale_part_files(database)
        destination = folder / backup_file_name(now or datetime.now(UTC), reason)
        counter = 2
        while destination.exists():
            tagged = f"{reason}-{counter}" if reason else str(counter)
            destination = folder / backup_file_name(now or datetime.now(UTC), tagged)
            counter += 1
    destination = destination.absolute()
    if not destination.parent.is_dir():
        raise BackupError(
            f"Could not write the backup {destination}: the folder {destination.parent} "
            "does not exist."
        )
    if destination == database.absolute():
        raise BackupError("A backup cannot be written over the database it backs up.")
    try:
        with written_whole(destination) as temp:
            _copy_database(database, temp)
            info = describe(temp, full_check=True)
            if info.problem is not None:
                raise BackupError(
                    f"The backup of {database} failed its check ({info.problem}); the "
                    "database itself may be damaged. Run `legwork check`."
                )
    except sqlite3.Error as exc:
        raise BackupError(f"Could not back up {database}: {exc}.") from exc
    except (OSError, ValueError) as exc:
        reason_text = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BackupError(f"Could not write the backup {destination}: {reason_text}.") from exc
    created_at, reason = _created_at(destination)
    return BackupInfo(
        destination, created_at, reason, info.revision, info.sessions, info.sets,
        destination.stat().st_size,
    )


def backup_server_database(db: "Database", destination: Path) -> BackupInfo:
    """Write every row of a server database into a new, checked Legwork SQLite file.

    The file is built beside `destination` under a temporary name, checked
    like any backup, and only then renamed into place; a failure leaves nothing.
    """
    from app.storage.copying import copy_database
    from app.storage.database import open_database
    from app.storage.location import SQLITE_FILE_PREFIX

    destination = destination.absolute()
    if not destination.parent.is_dir():
        raise BackupError(
            f"Could not write the backup {destination}: the folder {destination.parent} "
            "does not exist."
        )
    try:
        with written_whole(destination) as temp:
            with open_database(SQLITE_FILE_PREFIX + temp.as_posix()) as copy:
                copy_database(db, copy)
            with closing(sqlite3.connect(temp)) as conn:
                # A backup is one self-contained file: no -wal to lose when copying it.
                conn.execute("PRAGMA journal_mode=DELETE")
            info = describe(temp, full_check=True)
            if info.problem is not None:
                raise BackupError(f"The backup of {db.location} failed its check ({info.problem}).")
    except sqlite3.Error as exc:
        raise BackupError(f"Could not back up {db.location}: {exc}.") from exc
    except OSError as exc:
        raise BackupError(
            f"Could not write the backup {destination}: {exc.strerror or exc}."
        ) from exc
    created_at, reason = _created_at(destination)
    return BackupInfo(destination, created_at, reason, info.revision, info.sessions, info.sets,
                      destination.stat().st_size)


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups in the database's backups folder, newest first, with their counts."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    found = [
        describe(path)
        for path in folder.iterdir()
        if path.is_file() and parse_backup_name(path.name) is not None
    ]
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def remove_stale_part_files(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the part-files killed backups left in the backups folder; returns them.

    Only a part-file (and its SQLite side files) untouched for a minute goes: a
    backup running now in another process keeps its own. Creates nothing.
    """
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    moment = now or datetime.now(UTC)
    removed = []
    for path in folder.iterdir():
        if not is_part_file_name(path.name):
            continue
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if part_file_is_stale(modified, moment):
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue  # its own backup finished, or another cleaner came first
    return sorted(removed)


def newest_backup_time(database: Path) -> datetime | None:
    """When the newest backup in the folder was made, read from the names alone (cheap)."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return None
    moments = [parsed[0] for path in folder.iterdir() if (parsed := parse_backup_name(path.name))]
    return max(moments, default=None)


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup that passes the full check, or None if there is none."""
    for info in list_backups(database):
        if info.ok:
            checked = describe(info.path, full_check=True)
            if checked.ok:
                return checked
    return None


def recovery_advice(database: Path, *, moved: bool) -> str:
    """What an athlete can do about a damaged `database`: restore the newest good backup,
    or, when there is none, what else helps. `moved` says it has been moved aside already."""
    from app.dates import moment_text

    backup = newest_good_backup(database)
    if backup is not None:
        keeping = "" if moved else ", keeping the damaged file"
        return (
            f"Your newest good backup is {backup.path} ({moment_text(backup.created_at)}, "
            f"{backup.sessions} sessions, {backup.sets} sets): "
            f"`legwork restore {_argument(backup.path)}` puts it back{keeping}."
        )
    elsewhere = "If you have a copy of it elsewhere, `legwork restore FILE` puts it back"
    if moved:
        return (
            f"There is no backup of it yet. {elsewhere}; otherwise Legwork starts a new, "
            "empty history the next time it opens."
        )
    return (
        f"There is no backup of it yet. {elsewhere}; otherwise start afresh: move "
        f"{database.name} out of {database.parent}, and Legwork begins a new, empty history."
    )


def _argument(path: Path) -> str:
    """`path` as it can be pasted into a command line."""
    text = str(path)
    return f'"{text}"' if any(ch.isspace() for ch in text) else text


def thin_backups(
    database: Path, now: datetime | None = None, policy: RetentionPolicy | None = None
) -> list[Path]:
    """Delete the backups the retention policy no longer keeps; returns what was deleted."""
    backups = list_backups(database)
    keep = backups_to_keep((b.created_at for b in backups), now or datetime.now(UTC), policy)
    deleted = [info.path for info in backups if info.created_at not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def backup_and_thin(database: Path, reason: str, now: datetime | None = None) -> BackupInfo:
    """Make a backup in the backups folder, then thin the folder."""
    info = create_backup(database, reason=reason, now=now)
    thin_backups(database, now)
    return info


def backup_if_due(database: Path, now: datetime | None = None) -> BackupInfo | None:
    """The once-a-day automatic backup: made (and the folder thinned) only when due."""
    moment = now or datetime.now(UTC)
    if not database.is_file() or not automatic_backup_due(newest_backup_time(database), moment):
        return None
    return backup_and_thin(database, "", moment)


def restore_backup(
    database: Path, backup: Path, now: datetime | None = None
) -> BackupInfo | None:
    """Put `backup` in place of `database`; returns the safety copy of what was there.

    The backup is fully checked first. The current file is backed up before
    it is replaced; if it is too damaged to back up, it is moved aside
    instead (the safety copy is then that damaged file). None means there
    was no database to keep. The replacement is a copy to a temporary file and one rename,
    so a crash leaves either the old file or the restored one, never a mix.
    The caller must have closed every connection to `database`.
    """
    if backup.absolute() == database.absolute():
        raise BackupError("That file is the database itself, not a backup of it.")
    verify_backup(backup)
    safety: BackupInfo | None = None
    if database.is_file() and database.stat().st_size > 0:
        try:
            safety = create_backup(database, reason=REASON_BEFORE_RESTORE, now=now)
        except BackupError:
            safety = describe(move_aside(database, now))
    try:
        with written_whole(database) as temp:
            _copy_database(backup, temp)
            # A -wal left from the old file would be replayed into the new one.
            for stale in companions(database):
                stale.unlink()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"Could not restore {backup} to {database}: {exc}.") from exc
    return safety
