"""Backups of the history: made on request, after a session and once a day; listed; restored."""

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.backup_policy import (
    REASON_AFTER_SESSION,
    REASON_MANUAL,
    BackupInfo,
    after_session_backup_due,
    backup_file_name,
)
from app.domain.records import SessionStatus
from app.storage.backups import (
    BackupError,
    backup_and_thin,
    backup_if_due,
    backup_server_database,
    create_backup,
    describe,
    list_backups,
    newest_backup_time,
    newest_good_backup,
    recovery_advice,
    remove_stale_part_files,
    restore_backup,
)
from app.storage.integrity import damaged_copies, inspect_database
from app.storage.schema import SchemaStatus, read_revision, schema_status

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "BackupError",
    "BackupInfo",
    "back_up_after_session",
    "back_up_now",
    "back_up_server_to",
    "back_up_to",
    "backup_if_due",
    "damaged_copies",
    "describe",
    "has_history",
    "inspect_database",
    "list_backups",
    "newest_good_backup",
    "recovery_advice",
    "remove_stale_part_files",
    "restore_backup",
    "schema_behind",
]

# A finished session is among the athlete's latest few; looking further back finds nothing new.
_RECENT_SESSIONS = 3


def back_up_now(database: Path) -> BackupInfo:
    """A checked backup in the backups folder (the folder is then thinned)."""
    return backup_and_thin(database, REASON_MANUAL)


def back_up_to(database: Path, target: Path) -> BackupInfo:
    """A checked backup at `target`, or inside it when it is a folder."""
    return create_backup(database, _backup_file(target))


def back_up_server_to(db: "Database", target: Path) -> BackupInfo:
    """A checked, portable Legwork file of a server's whole history at `target` (or inside it).

    A server has no backups folder on this computer and keeps its own backups
    (pg_dump, base backups); this is the copy a gym takes home or moves away with.
    """
    return backup_server_database(db, _backup_file(target))


def _backup_file(target: Path) -> Path:
    """`target`, or a new manual backup's name inside it when it is a folder."""
    if target.is_dir():
        return target / backup_file_name(datetime.now(UTC), REASON_MANUAL)
    return target


def back_up_after_session(database: Path, db: "Database", athlete_id: int) -> BackupInfo | None:
    """A backup once a session has finished since the newest backup, else None."""
    from app.storage.sessions import sessions_for

    finished = [
        s.finished_at for s in sessions_for(db, athlete_id, limit=_RECENT_SESSIONS)
        if s.status is SessionStatus.FINISHED and s.finished_at is not None
    ]
    if not after_session_backup_due(newest_backup_time(database), finished):
        return None
    return backup_and_thin(database, REASON_AFTER_SESSION)


def has_history(database: Path) -> bool:
    """Whether the file holds a Legwork history (another program's file raises, saying so)."""
    return schema_status(database) is not SchemaStatus.MISSING


def schema_behind(database: Path) -> str | None:
    """The revision of a history written by an older Legwork (to be upgraded), else None."""
    if schema_status(database) is SchemaStatus.BEHIND:
        return read_revision(database)
    return None
