"""One writer per database file: an operating-system lock on ``<database>.lock``.

A Legwork window holds the lock for as long as it runs (`app.ui.shell.single_instance`);
a command that writes (import, restore, demo data, `check --upgrade`, the target of
`copy`) holds it while it writes. Reading needs no lock, so a read-only command never
touches it.

The lock is the operating system's own (the `filelock` library: `flock` on Linux and
macOS, `LockFileEx` on Windows), so it is released the moment its process ends, however
it ends: a window that crashed, or was killed, never blocks the next start or the
command line, and no process id is ever guessed about. The file itself may stay behind;
it means nothing while no process holds its lock.

Within one process the lock nests (a window and a command run in the same process share
it), so a process never locks itself out. Only a SQLite file takes the lock: a gym's
server takes writes from every kiosk at once.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import LegworkError

if TYPE_CHECKING:
    # filelock (about 20 ms) is imported when a lock is first made, not with the errors.
    from filelock import FileLock

LOCK_SUFFIX = ".lock"

# One lock object per lock file in this process: holding it twice only counts up.
_LOCKS: dict[str, "FileLock"] = {}


class DatabaseInUseError(LegworkError):
    """Another Legwork process is writing the database (a window, or a command)."""


def lock_path(database: Path) -> Path:
    """The lock file beside a database: ``<database>.lock``."""
    return database.with_name(database.name + LOCK_SUFFIX)


def _file_lock(database: Path) -> "FileLock":
    from filelock import FileLock

    key = os.path.normcase(os.path.abspath(lock_path(database)))
    lock = _LOCKS.get(key)
    if lock is None:
        # Not per thread: a window takes it on the main thread and may close elsewhere.
        lock = _LOCKS[key] = FileLock(key, thread_local=False)
    return lock


def in_use_message(database: Path) -> str:
    """The one sentence for a database another Legwork process is writing."""
    return (
        f"Legwork is open on {database} in a window, or another `legwork` command is writing "
        "it: close that window (or let the command finish), then try again, so that two "
        "programs never write the same file."
    )


class WriterLock:
    """The right to write one database file, held until `release` (or the process ends)."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = _file_lock(database)
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._held

    def try_acquire(self) -> bool:
        """Take the lock if no other process holds it; False (taking nothing) if one does.

        The database's folder is created first if it is missing: whoever takes the
        lock is about to write there.
        """
        from filelock import Timeout

        if self._held:
            return True
        self.database.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        self._held = True
        return True

    def acquire(self) -> None:
        """Take the lock, or raise `DatabaseInUseError` if another process holds it."""
        if not self.try_acquire():
            raise DatabaseInUseError(in_use_message(self.database))

    def release(self) -> None:
        """Give the lock back (a no-op when this object does not hold it)."""
        if self._held:
            self._held = False
            self._lock.release()

    def __enter__(self) -> "WriterLock":
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def held_elsewhere(database: Path) -> bool:
    """Whether another process holds the database's lock right now.

    Creates nothing: without a lock file nobody can hold the lock. A lock this
    process holds does not count.
    """
    if not lock_path(database).exists():
        return False
    probe = WriterLock(database)
    if probe._lock.is_locked:
        return False
    if not probe.try_acquire():
        return True
    probe.release()
    return False
